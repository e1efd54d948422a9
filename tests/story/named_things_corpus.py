"""Ideas rich in the concrete things people name in stories (tools, sports gear, instruments, containers, food,
clothes, furniture, vehicles, crafts, a job's equipment), English and German, and for each named thing what
may show it: ``self`` the kinds that are the thing, ``fit`` a stand-in of the same shape and use (a trumpet for a
horn). Anything else on screen is a misleading stand-in; nothing at all is a dropped thing.

Written for ``test_named_things_corpus`` and ``benchmarks/bench_named_things.py`` (``CORPUS`` is tuned on,
``HELD_OUT`` is not). Words are the idea's own, as written (a German compound whole).
"""

from __future__ import annotations

from collections import Counter

LABELS = ("self", "fit", "misleading", "dropped")

# idea -> {the idea's word: (self kinds, fitting stand-ins)}
Things = dict[str, tuple[str, str]]

CORPUS: list[tuple[str, Things]] = [
    ("A barber trims the mayor's beard with golden scissors before the parade",
     {"scissors": ("scissors", "")}),
    ("A diver loses her oxygen tank near a sunken ship and an octopus returns it",
     {"oxygen tank": ("gas_cylinder", "fire_extinguisher")}),
    ("The village blacksmith hammers a horseshoe on his anvil while the church bell rings",
     {"horseshoe": ("horseshoe", ""), "anvil": ("anvil", ""), "church bell": ("bell", "")}),
    ("A girl kicks the football into the goal and the goalkeeper drops his gloves",
     {"football": ("ball", "volleyball beach_ball basketball"), "goal": ("football_goal", ""),
      "gloves": ("glove", "")}),
    ("A grandfather plays the accordion at the wedding while the guests eat the wedding cake",
     {"accordion": ("accordion", ""), "cake": ("cake_3_tiers", "cake")}),  # a wedding cake is tiered
    ("A boy loses his helmet and finds it in a wheelbarrow full of pumpkins",
     {"helmet": ("helmet", ""), "wheelbarrow": ("wheelbarrow", ""), "pumpkins": ("pumpkin", "")}),
    ("A chef drops a tray of cupcakes and his cat licks the whisk",
     {"tray": ("tray", "cutting_board"), "cupcakes": ("cupcake", "muffin cake donut cookie"),
      "whisk": ("whisk", "spoon")}),
    ("A fisherman mends his net, then a storm tears away his lantern and his oars",
     {"net": ("fishing_net", ""), "lantern": ("lantern", ""), "oars": ("oar", "")}),
    ("A tailor sews a red coat on her sewing machine for a snowman",
     {"coat": ("coat", ""), "sewing machine": ("sewing_machine", "")}),
    ("The knight sharpens his sword on a grindstone and polishes his shield",
     {"sword": ("sword", ""), "grindstone": ("grindstone", ""), "shield": ("shield", "")}),
    ("Two kids build a birdhouse with a saw, nails and a bucket of paint",
     {"birdhouse": ("birdhouse", ""), "saw": ("saw", ""), "nails": ("nails", ""), "bucket": ("bucket", "")}),
    ("A tennis player breaks her racket and throws it over the net",
     {"racket": ("tennis_racket", ""), "net": ("tennis_net", "")}),
    ("A nurse carries a thermometer and a syringe to the sick dragon",
     {"thermometer": ("thermometer", ""), "syringe": ("syringe", "")}),
    ("A farmer's tractor pulls a plough through the cornfield at sunrise",
     {"tractor": ("tractor", ""), "plough": ("plough", "")}),
    ("A detective finds a magnifying glass and a torn glove in the attic",
     {"magnifying glass": ("magnifying_glass", ""), "glove": ("glove", "")}),
    ("A wizard stirs his cauldron with a wooden ladle while his broomstick flies away",
     {"cauldron": ("cauldron", ""), "ladle": ("ladle", "spoon"), "broomstick": ("broom", "")}),
    ("An astronaut drops her wrench and floats after it past the satellite",
     {"wrench": ("wrench", ""), "satellite": ("satellite", "")}),
    ("A drummer in a marching band loses his trumpet player's sheet music in the wind",
     {"sheet music": ("sheet_music", "letter book")}),
    ("Ein Bäcker zieht frische Brezeln aus dem Ofen und legt sie in einen Korb",
     {"Brezeln": ("pretzel", "bread"), "Ofen": ("oven", "stove"), "Korb": ("basket", "")}),
    ("Die Großmutter strickt einen Schal mit zwei Stricknadeln neben dem Kamin",
     {"Schal": ("scarf", ""), "Stricknadeln": ("knitting_needles", ""), "Kamin": ("fireplace", "")}),
    ("Der Küster läutet die Kirchenglocke, und die Tauben fliegen auf",
     {"Kirchenglocke": ("bell", "")}),
    ("Ein Taucher verliert seine Sauerstoffflasche im Riff",
     {"Sauerstoffflasche": ("gas_cylinder", "fire_extinguisher")}),
    ("Der Friseur schneidet einem Bären die Haare mit einer Schere und föhnt ihn mit dem Föhn",
     {"Schere": ("scissors", ""), "Föhn": ("hair_dryer", "")}),
    ("Eine Geigerin vergisst ihren Geigenkasten im Zug",
     {"Geigenkasten": ("violin_case", "suitcase")}),
    ("Der Schmied schmiedet ein Hufeisen auf dem Amboss",
     {"Hufeisen": ("horseshoe", ""), "Amboss": ("anvil", "")}),
    ("Ein Mädchen fährt mit dem Tretroller zur Schule und verliert ihre Brotdose",
     {"Tretroller": ("kick_scooter", "skateboard bicycle"), "Brotdose": ("lunchbox", "box tin_can")}),
    ("Ein Koch rührt mit dem Schneebesen in der Schüssel und kostet mit dem Löffel",
     {"Schneebesen": ("whisk", "spoon"), "Schüssel": ("bowl", "cooking_pot"), "Löffel": ("spoon", "")}),
    ("Der Gärtner schiebt die Schubkarre voller Kürbisse und gießt die Rosen mit der Gießkanne",
     {"Schubkarre": ("wheelbarrow", ""), "Kürbisse": ("pumpkin", ""), "Rosen": ("rose", "flower"),
      "Gießkanne": ("watering_can", "")}),
    ("Ein Trompeter spielt auf dem Marktplatz, bis ihm ein Hund die Mütze klaut",
     {"Mütze": ("hat", "")}),
    ("Die Lehrerin schreibt mit Kreide an die Tafel, und ein Schüler wirft einen Radiergummi",
     {"Kreide": ("chalk", "pencil"), "Tafel": ("blackboard", ""), "Radiergummi": ("eraser", "")}),
    ("Ein Pirat vergräbt eine Schatztruhe und markiert die Stelle mit einer Schaufel",
     {"Schatztruhe": ("treasure_chest", ""), "Schaufel": ("shovel", "")}),
    ("Der Opa repariert mit Hammer und Zange das Fahrrad seiner Enkelin",
     {"Hammer": ("hammer", ""), "Zange": ("pliers", "wrench"), "Fahrrad": ("bicycle", "")}),
    ("Ein Feuerwehrmann rollt den Schlauch aus und löscht den brennenden Heuwagen",
     {"Schlauch": ("garden_hose", ""), "Heuwagen": ("cart", "wagon")}),
    ("Ein Eishockeyspieler verliert seinen Schläger und den Puck auf dem Teich",
     {"Schläger": ("hockey_stick", ""), "Puck": ("puck", "")}),
    ("Die Bergsteigerin packt ihren Rucksack, ihre Laterne und eine Thermoskanne",
     {"Rucksack": ("backpack", ""), "Laterne": ("lantern", ""), "Thermoskanne": ("thermos", "bottle")}),
    ("Ein Zauberer zieht einen Hasen aus seinem Zylinder und schwingt den Zauberstab",
     {"Zauberstab": ("wand", "")}),
]

HELD_OUT: list[tuple[str, Things]] = [
    ("A drummer loses his drumsticks and plays on pots and pans instead",
     {"drumsticks": ("drumsticks", ""), "pots": ("cooking_pot", ""), "pans": ("frying_pan", "")}),
    ("A mechanic lifts the old car with a jack and changes the tyre",
     {"car": ("car", ""), "jack": ("car_jack", ""), "tyre": ("tyre", "")}),
    ("A boy finds an old typewriter and a pocket watch in grandpa's trunk",
     {"typewriter": ("typewriter", ""), "pocket watch": ("pocket_watch", "clock"),
      "trunk": ("treasure_chest", "suitcase box")}),
    ("A ballerina ties her shoes and spins under the chandelier",
     {"shoes": ("shoe", ""), "chandelier": ("chandelier", "")}),
    ("The sheriff rings the bell on the saloon roof and grabs his lasso",
     {"bell": ("bell", ""), "lasso": ("lasso", "rope_coil")}),
    ("Ein Fischer flickt sein Netz und verliert sein Ruder im Sturm",
     {"Netz": ("fishing_net", ""), "Ruder": ("oar", "")}),
    ("Die Bergsteigerin schlägt den Eispickel ins Eis und zieht am Seil",
     {"Eispickel": ("ice_axe", "pickaxe"), "Seil": ("rope_coil", "")}),
    ("Ein Kind bläst in die Blockflöte, während der Vater die Pauke schlägt",
     {"Blockflöte": ("flute", ""), "Pauke": ("drum", "")}),
    ("Der Kellner trägt ein Tablett mit Gläsern und stolpert über den Teppich",
     {"Tablett": ("tray", ""), "Gläsern": ("wine_glass", "cup"), "Teppich": ("rug", "")}),
    ("Eine Schneiderin misst mit dem Maßband und steckt Nadeln in das Kleid",
     {"Maßband": ("tape_measure", ""), "Nadeln": ("needle", ""), "Kleid": ("dress", "")}),
]


def shown(concept, word: str) -> str | None:
    """The kind that shows the idea's ``word`` in the analysis' ``concept`` (a two-word thing by either word),
    None where nothing does."""
    from autark.assets.templates import fold

    words = {fold(w) for w in word.split()} | {fold(word).replace(" ", "_")}
    return next((o.type for o in concept.objects if fold(o.word or "").replace(" ", "_") in words
                 or fold(o.phrase or "").replace(" ", "_") in words or (o.phrase or "").split()[-1:] and
                 fold(o.phrase.split()[-1]) in words), None)  # "the wedding cake" by its whole phrase or its last word


def tally(corpus: list[tuple[str, Things]]) -> tuple[Counter, list[str]]:
    """How many named things of ``corpus`` are shown as each of ``LABELS``, and the misses ("word -> kind")."""
    from autark.story import analyze

    counts: Counter = Counter()
    misses: list[str] = []
    for idea, things in corpus:
        concept = analyze(idea)
        for word, (own, fits) in things.items():
            kind = shown(concept, word)
            label = ("dropped" if kind is None else "self" if kind in own.split() else
                     "fit" if kind in fits.split() else "misleading")
            counts[label] += 1
            if label in ("misleading", "dropped"):
                misses.append(f"{label}: {word} -> {kind}")
    return counts, misses
