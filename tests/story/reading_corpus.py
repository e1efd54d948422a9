"""Ideas whose key words autark may not know, each word labelled by hand with the readings that fit it: the
word itself or a stand-in of the same kind (a tool by a tool, a person by a person, an act of the same kind).
A manner or idiom ("by mistake", "aus Versehen") is labelled ``MANNER``: it fits when it is read as no thing,
no one and no unknown word. Pure data and one counting function, shared by tests/story/test_reading_corpus.py
and benchmarks/bench_reading.py.

A word's reading is looked up in the idea's Concept: the character, thing or event the idea's word became
(its type, group or verb), the stand-in a note names ("'x' is played by 'y'"), or its place among the unknown
words. Counted per word: ``fits`` (a reading in its labels), ``unknown`` (reported or silently left out) and
``wrong`` (read as something of another meaning).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

MANNER = frozenset({"<none>"})  # read as nothing: no one, no thing, no act

# idea -> {word as written: the readings that fit}; a manner is labelled by its content word ("mistake")
IDEAS: dict[str, dict[str, frozenset[str] | set[str]]] = {
    "A lighthouse keeper rescues a seagull tangled in a fishing net during a storm": {
        "keeper": {"man", "person", "sailor", "woman"}, "rescues": {"rescue", "help"},
        "seagull": {"bird", "seagull", "gull"}, "net": {"net", "fishing_net"}},
    "A grumpy plumber unclogs the sink and finds a wedding ring": {
        "plumber": {"man", "worker", "mechanic", "person", "plumber"}, "unclogs": {"repair", "clean"},
        "sink": {"sink", "kitchen_sink", "washbasin", "basin", "bathtub"}, "finds": {"find"}, "ring": {"ring", "jewel"}},
    "Two astronauts plant a flag on a comet at last": {
        "astronauts": {"astronaut"}, "plant": {"put_down", "garden"}, "flag": {"flag", "banner"},
        "comet": {"comet", "asteroid", "meteor", "rock"}, "last": MANNER},
    "A shy librarian accidentally knocks over a tower of encyclopedias": {
        "librarian": {"man", "woman", "person", "librarian", "scholar", "teacher"},
        "knocks": {"push", "knock", "drop", "break"}, "encyclopedias": {"book", "books"}},
    "A pirate buries a treasure chest under a palm tree on purpose": {
        "pirate": {"pirate"}, "buries": {"bury"}, "chest": {"chest", "treasure_chest", "box"},
        "palm": {"palm_tree", "tree", "palm"}, "purpose": MANNER},
    "A toddler smears porridge on the kitchen wall": {
        "toddler": {"child", "baby"}, "smears": {"spill", "paint", "clean"},
        "porridge": {"bowl", "soup", "porridge", "food", "plate", "dish", "pasta"}},
    "A knight duels a dragon with a lance": {
        "knight": {"knight"}, "duels": {"fight"}, "dragon": {"dragon"}, "lance": {"spear", "lance", "sword"}},
    "An old fisherman hauls a giant squid into his rowboat": {
        "fisherman": {"sailor", "fisherman", "man", "fisher"}, "hauls": {"carry", "pull", "fish", "pick_up", "take"},
        "squid": {"fish", "octopus", "squid"}, "rowboat": {"boat", "rowboat"}},
    "A magician pulls a rabbit out of a top hat in front of a stunned audience": {
        "magician": {"magician", "wizard"}, "pulls": {"pick_up", "take", "magic", "show", "pull"},
        "rabbit": {"rabbit"}, "hat": {"hat", "top_hat"}, "stunned": {"<none>", "fear", "scare", "surprise"}},
    "A nurse bandages the paw of a limping wolf": {
        "nurse": {"nurse", "doctor", "woman"}, "bandages": {"help", "repair", "heal"}, "wolf": {"wolf", "dog"}},
    "A teenager skateboards down a ramp and loses a sneaker": {
        "teenager": {"child", "boy", "girl", "teenager", "person"}, "skateboards": {"ride", "slide"},
        "ramp": {"ramp", "slope", "stairs"}, "loses": {"lose", "drop"}, "sneaker": {"shoe", "shoes", "boots", "sneaker"}},
    "A clumsy waiter spills soup on a duchess by mistake": {
        "waiter": {"waiter"}, "spills": {"spill"}, "soup": {"soup", "bowl"},
        "duchess": {"woman", "queen", "princess", "duchess", "noblewoman"}, "mistake": MANNER},
    "A beekeeper harvests honey while bees swarm around the hive": {
        "beekeeper": {"beekeeper"}, "harvests": {"pick_up", "garden", "take", "harvest"},
        "honey": {"honey", "honey_jar", "jar", "pot"}, "bees": {"bee", "bees"}, "swarm": {"fly"}},
    "A mime juggles invisible balls in a busy plaza": {
        "mime": {"mime", "clown", "man", "person", "performer"}, "juggles": {"play", "throw", "juggle"},
        "balls": {"ball"}, "plaza": {"town_square", "square", "plaza"}},
    "A cowboy lassos a runaway bull at the rodeo": {
        "cowboy": {"cowboy"}, "lassos": {"catch"}, "bull": {"bull", "cow"}, "rodeo": {"arena", "ranch", "farm"}},
    "Ein Schornsteinfeger klettert auf das Dach und rettet eine Katze": {
        "Schornsteinfeger": {"man", "worker", "chimney_sweep", "person"}, "klettert": {"climb"},
        "Dach": {"roof", "house"}, "rettet": {"rescue", "help"}, "Katze": {"cat"}},
    "Eine Oma strickt einen Schal für ihren Enkel": {
        "Oma": {"woman", "grandmother"}, "strickt": {"craft", "knit"}, "Schal": {"scarf"},
        "Enkel": {"child", "boy", "man"}},
    "Der Bäcker verbrennt aus Versehen die Brezeln": {
        "Bäcker": {"chef", "baker"}, "verbrennt": {"burn"}, "Brezeln": {"bread", "pretzel", "pretzels", "cake"},
        "Versehen": MANNER},
    "Ein Förster fällt eine alte Eiche im Wald": {
        "Förster": {"man", "ranger", "forester", "farmer", "woodcutter", "hunter", "person"},
        "fällt": {"chop", "break", "cut"}, "Eiche": {"tree", "oak"}, "Wald": {"forest"}},
    "Zwei Kinder bauen einen Schneemann und werfen Schneebälle": {
        "Kinder": {"child"}, "bauen": {"craft", "build"}, "Schneemann": {"snowman"}, "werfen": {"throw"},
        "Schneebälle": {"snowball", "ball", "snowballs"}},
    "Ein Taschendieb klaut einer Touristin die Geldbörse": {
        "Taschendieb": {"thief", "burglar", "man", "person"}, "klaut": {"steal"},
        "Touristin": {"woman", "tourist"}, "Geldbörse": {"wallet", "purse", "bag", "coins", "handbag"}},
    "Eine Hexe braut einen Zaubertrank in ihrem Kessel": {
        "Hexe": {"witch"}, "braut": {"cook", "magic", "brew"}, "Zaubertrank": {"potion", "bottle", "flask"},
        "Kessel": {"cauldron", "pot", "kettle"}},
    "Der Torwart hält den Elfmeter in letzter Sekunde": {
        "Torwart": {"athlete", "goalkeeper", "man"}, "hält": {"catch", "hold"}, "Elfmeter": {"ball", "penalty"},
        "Sekunde": MANNER},
    "Ein Imker wird von einem Bienenschwarm verfolgt": {
        "Imker": {"beekeeper"}, "Bienenschwarm": {"bee", "bees", "swarm"}, "verfolgt": {"chase"}},
    "Eine Tänzerin verliert ihren Schuh auf der Treppe des Schlosses": {
        "Tänzerin": {"dancer", "ballerina", "woman"}, "verliert": {"lose", "drop"},
        "Schuh": {"shoe", "shoes", "boots"}, "Treppe": {"stairs", "staircase"}, "Schlosses": {"castle", "palace"}},
    "Ein Maulwurf gräbt einen Tunnel unter dem Gemüsebeet": {
        "Maulwurf": {"mouse", "mole"}, "gräbt": {"dig", "garden", "bury"}, "Tunnel": {"tunnel", "cave", "hole"},
        "Gemüsebeet": {"garden", "vegetable_patch", "allotment", "cabbage", "field"}},
    "Der Kapitän steuert das Schiff durch einen Orkan": {
        "Kapitän": {"captain", "sailor", "pirate"}, "steuert": {"drive", "ride", "steer", "sail"},
        "Schiff": {"boat", "ship"}, "Orkan": {"storm", "<weather>"}},
    "Ein Briefträger wird von einem bellenden Dackel gejagt": {
        "Briefträger": {"postman", "man", "mail_carrier"}, "Dackel": {"dog"}, "gejagt": {"chase"}},
    "Eine Sängerin zerbricht mit ihrer Stimme ein Weinglas": {
        "Sängerin": {"singer", "musician", "woman"}, "zerbricht": {"break"},
        "Weinglas": {"glass", "cup", "wine_glass", "goblet", "chalice"}},
    "Ein Polizist verhaftet einen Einbrecher auf dem Dachboden": {
        "Polizist": {"police", "policeman", "police_officer", "cop"}, "verhaftet": {"catch", "arrest"},
        "Einbrecher": {"burglar", "thief"}, "Dachboden": {"attic"}},
    "Ein Koch schneidet zum Glück nur die Zwiebel und nicht seinen Finger": {
        "Koch": {"chef", "cook"}, "schneidet": {"cut", "cook", "chop"}, "Glück": MANNER,
        "Zwiebel": {"onion", "vegetable", "cabbage", "carrot"}},
    "Ein Gärtner gießt die Tomaten mit einer Gießkanne": {
        "Gärtner": {"gardener", "farmer"}, "gießt": {"garden", "water", "pour"},
        "Tomaten": {"tomato", "tomatoes", "vegetable", "apple", "cabbage", "vegetable_patch"},
        "Gießkanne": {"watering_can", "bucket", "can"}},
}

# held out: never tuned on; measured before and after only
HELD_OUT: dict[str, dict[str, frozenset[str] | set[str]]] = {
    "A sculptor chisels a statue of a horse from a block of marble": {
        "sculptor": {"sculptor", "artist", "painter", "man", "woman", "craftsman"}, "chisels": {"craft", "carve", "repair"},
        "statue": {"statue", "sculpture"}, "marble": {"rock", "block", "stone", "marble"}},
    "A referee blows the whistle and a striker scores a goal at last": {
        "referee": {"referee", "athlete", "man"}, "blows": {"blow", "play"}, "whistle": {"whistle", "flute"},
        "striker": {"athlete", "footballer", "man", "player"}, "scores": {"kick", "win", "score"}, "last": MANNER},
    "A vet vaccinates a nervous parrot": {
        "vet": {"doctor", "vet", "veterinarian"}, "vaccinates": {"help", "heal", "treat"}, "parrot": {"parrot", "bird"}},
    "A hiker gets stung by a hornet on a mountain trail": {
        "hiker": {"hiker", "man", "woman", "person", "explorer"}, "hornet": {"bee", "wasp", "hornet", "butterfly"},
        "trail": {"path", "footpath", "trail", "mountain", "road"}},
    "A janitor mops the floor of a haunted museum at midnight": {
        "janitor": {"man", "janitor", "cleaner", "worker"}, "mops": {"clean"}, "museum": {"museum"}},
    "Ein Zahnarzt zieht einem Krokodil einen Zahn": {
        "Zahnarzt": {"doctor", "dentist"}, "zieht": {"pull", "pick_up", "take"}, "Krokodil": {"crocodile"},
        "Zahn": {"tooth", "bone"}},
    "Die Großmutter backt einen Apfelstrudel und verschüttet das Mehl": {
        "Großmutter": {"woman", "grandmother"}, "backt": {"cook", "bake"},
        "Apfelstrudel": {"cake", "strudel", "apple", "pie", "bread"}, "verschüttet": {"spill"},
        "Mehl": {"flour", "bag", "sack"}},
    "Ein Dieb stiehlt aus Versehen eine Vogelscheuche": {
        "Dieb": {"thief", "burglar"}, "stiehlt": {"steal"}, "Versehen": MANNER, "Vogelscheuche": {"scarecrow"}},
    "Ein Feuerwehrmann löscht einen brennenden Heuhaufen": {
        "Feuerwehrmann": {"firefighter", "fireman"}, "löscht": {"extinguish"}, "Heuhaufen": {"haystack"}},
    "Eine Schneiderin näht ein Brautkleid für eine Prinzessin": {
        "Schneiderin": {"tailor", "seamstress", "woman"}, "näht": {"craft", "sew", "knit"},
        "Brautkleid": {"dress", "wedding_dress", "gown"}, "Prinzessin": {"princess"}},
}

_PLAYED = re.compile(r"'([^']+)' is played by '([^']+)'|understood '([^']+)' as '([^']+)'")


@dataclass
class Counts:
    """How the labelled words of a set of ideas were read."""

    fits: int = 0
    unknown: int = 0
    wrong: int = 0
    misses: list[str] = field(default_factory=list)  # "idea: word -> reading" for each unknown or wrong word

    @property
    def words(self) -> int:
        return self.fits + self.unknown + self.wrong


def readings(concept: object, word: str) -> set[str]:
    """What ``word`` of the idea was read as: the types, groups and verbs of what it became (a thing's word may
    be the one before it: "top hat", "treasure chest"), the stand-ins the notes name, "<unknown>" where it is
    reported."""
    w = word.lower()
    words = [t.lower() for t in re.findall(r"[\w'-]+", concept.idea)]  # type: ignore[attr-defined]
    before = {words[i - 1] for i in range(1, len(words)) if words[i] == w}
    out: set[str] = set()
    for c in concept.characters:  # type: ignore[attr-defined]
        if c.word.lower() == w:  # a person by the costume that plays them: a doctor is no intern for being a man
            kind = c.type.removeprefix("female_").removeprefix("male_")  # a woman's kit is the trade's
            out |= {kind} if c.group in ("man", "woman") else {kind, c.group}
    for o in concept.objects:  # type: ignore[attr-defined]
        if o.word.lower() == w or o.word.lower() in before:
            out.add(o.type)
    for e in concept.events:  # type: ignore[attr-defined]
        if e.word.lower() == w:
            out.add(e.verb)
    for note in concept.warnings:  # type: ignore[attr-defined]
        for m in _PLAYED.finditer(note):
            said, shown = (m.group(1), m.group(2)) if m.group(1) else (m.group(3), m.group(4))
            if said.lower() == w:
                out.add(shown.replace(" ", "_"))
    if w in {u.lower() for u in concept.unknown_words}:  # type: ignore[attr-defined]
        out.add("<unknown>")
    return out


def _fits(concept: object, found: set[str], fitting: frozenset[str] | set[str]) -> bool:
    """Whether a word read as ``found`` fits its labels: a reading among them, nothing where nothing fits, the
    idea's place or weather where the word names it and is read as nothing else; a place's word (``place``)
    fits where the film is set there, whatever else it is read as."""
    if (sets := {f[1:] for f in fitting if f.startswith("@")}):
        return bool(sets & set(concept.settings))  # type: ignore[attr-defined]
    if found & set(fitting) or ("<none>" in fitting and not found):
        return True
    if found:
        return False
    return bool(set(concept.settings) & set(fitting)) or (  # type: ignore[attr-defined]
        "<weather>" in fitting and concept.weather != "clear")  # type: ignore[attr-defined]


def count(ideas: dict[str, dict[str, frozenset[str] | set[str]]]) -> Counts:
    """Analyse each idea and count its labelled words as fitting, unknown or wrong."""
    from autark.story import analyze

    counts = Counts()
    for idea, labels in ideas.items():
        concept = analyze(idea)
        for word, fitting in labels.items():
            found = readings(concept, word)
            if _fits(concept, found, fitting):
                counts.fits += 1
            elif (not found or found == {"<unknown>"}) and not any(f.startswith("@") for f in fitting):
                counts.unknown += 1
                counts.misses.append(f"{idea}: {word} -> unknown")
            else:
                counts.wrong += 1
                if any(f.startswith("@") for f in fitting):  # a place is wrong where the film is set elsewhere
                    found = {f"@{s}" for s in concept.settings} | found  # type: ignore[attr-defined]
                counts.misses.append(f"{idea}: {word} -> {sorted(found)} (fits: {sorted(fitting)})")
    return counts


def place(*settings: str) -> frozenset[str]:
    """The labels of a word that names the idea's place: it fits where the film is set in one of ``settings``
    (whatever else the word is also read as: a mill's windmill on the farm), and is wrong where it is not."""
    return frozenset(f"@{s}" for s in settings)


PART = MANNER  # a part of a creature's body ("its wing"): the creature shows it, no thing or place stands in

# words of several senses, people by their trade, and places: each word must take the sense the idea's other
# words point to (a dragon's "Flügel" is its wing, a pianist's the grand piano), a trade a person of that
# trade or a plain person (a forester is no farmer), a place the set that is that place
SENSES: dict[str, dict[str, frozenset[str] | set[str]]] = {
    "A dragon hurts its wing and a bird brings it a leaf": {
        "dragon": {"dragon"}, "wing": PART, "bird": {"bird"}, "leaf": {"leaf", "feather", "plant", "flower"}},
    "An intern spills coffee over the printer in a rainy office": {
        "intern": {"student", "female_student", "man", "woman", "person", "intern", "businessman", "businesswoman"},
        "printer": {"printer", "photocopier"}, "office": place("office")},
    "An astronaut repairs the oxygen pipe on the space station": {
        "astronaut": {"astronaut"}, "pipe": {"gas_cylinder", "pipe", "tube", "garden_hose"},
        "station": place("space_station")},
    "A grandfather loses his golden pocket watch on the train": {
        "grandfather": {"grandfather", "man"}, "watch": {"clock", "watch", "pocket_watch"},
        "pocket": {"<none>", "clock", "watch", "pocket_watch"}, "loses": {"lose", "drop"}},
    "A bulldog steals a sausage from the butcher at the market": {
        "bulldog": {"dog"}, "sausage": {"sausage", "plate", "fish_dish", "food"},
        "butcher": {"butcher", "chef", "man", "female_chef"}, "market": place("town_square", "shop", "supermarket")},
    "A thief in a black mask sneaks into the museum at night": {
        "thief": {"thief", "female_thief"}, "mask": {"mask"}, "museum": place("museum")},
    "A diver finds a pearl in a coral reef": {
        "diver": {"diver", "female_diver"}, "pearl": {"pearl", "gem", "seashell"}, "reef": place("underwater")},
    "A pianist plays the grand piano in the concert hall": {
        "pianist": {"musician", "female_musician", "pianist"}, "piano": {"piano"}, "hall": place("concert_hall")},
    "A bat flies out of the cave at dusk": {"bat": {"bat"}, "cave": place("cave")},
    "A baseball player swings the bat in the stadium": {
        "player": {"athlete", "female_athlete", "player"}, "bat": {"baseball_bat"},
        "stadium": place("stadium", "sports_field")},
    "Two children skate on the frozen lake": {"children": {"child"}, "lake": place("snow_field", "mountain_lake")},
    "A forester counts the deer in the forest": {
        "forester": {"man", "woman", "person", "ranger", "forester", "hunter"}, "deer": {"deer"},
        "forest": place("forest")},
    "A miller grinds grain in the old mill": {
        "miller": {"man", "miller", "baker", "person"}, "grinds": {"cook", "craft", "grind", "mill"},
        "grain": {"wheat", "sack", "grain"}, "mill": place("farm")},
    "A postman sorts letters in the post office": {
        "postman": {"postman", "man", "mail_carrier"}, "letters": {"letter"}, "office": place("office", "shop")},
    "A girl swims with a turtle in the blue lagoon": {
        "girl": {"girl"}, "turtle": {"turtle"}, "lagoon": place("island", "underwater")},
    "A fisherman sits on the bank of the river and waits": {
        "fisherman": {"fisherman", "sailor", "man", "fisher"}, "bank": place("river_bank")},
    "A bird builds a nest in the organ of the old church": {
        "bird": {"bird"}, "nest": {"nest"}, "organ": {"organ", "piano"}, "church": place("church")},
    "A farmer milks the cow in the barn": {
        "farmer": {"farmer", "female_farmer"}, "milks": {"milk", "pick_up", "pour", "take", "feed", "garden"},
        "cow": {"cow"}, "barn": place("farm")},
    "The dog finally falls asleep on the sofa in the living room": {
        "dog": {"dog"}, "finally": MANNER, "asleep": {"sleep"}, "room": place("living_room")},
    "A witch secretly poisons an apple in her kitchen": {
        "witch": {"witch"}, "secretly": MANNER, "apple": {"apple"}, "kitchen": place("kitchen")},
    "Ein Drache verletzt sich den Flügel und ein Vogel hilft ihm": {
        "Drache": {"dragon"}, "Flügel": PART, "Vogel": {"bird"}, "hilft": {"help"}},
    "Der Pianist spielt im Konzertsaal auf einem schwarzen Flügel": {
        "Pianist": {"musician", "pianist"}, "Flügel": {"piano"}, "Konzertsaal": place("concert_hall")},
    "Ein Praktikant verschüttet im Büro Kaffee über die Akten": {
        "Praktikant": {"student", "man", "person", "intern", "businessman"}, "verschüttet": {"spill"},
        "Büro": place("office")},
    "Ein Förster zählt die Rehe im Wald": {
        "Förster": {"man", "person", "ranger", "forester", "hunter"}, "Rehe": {"deer"}, "Wald": place("forest")},
    "Ein Junge klebt heimlich seinen Kaugummi unter die Schulbank": {
        "Junge": {"boy"}, "heimlich": MANNER, "Kaugummi": {"chewing_gum", "gum"},
        "Schulbank": {"school_desk", "desk"}},
    "Opa verliert seine goldene Taschenuhr im Zug": {
        "Opa": {"grandfather", "man"}, "verliert": {"lose", "drop"}, "Taschenuhr": {"clock", "watch", "pocket_watch"}},
    "Im Postamt sortiert eine Frau Briefe": {
        "Postamt": place("office", "shop"), "Frau": {"woman"}, "Briefe": {"letter"}},
    "Zwei Kinder spielen in der Lagune": {"Kinder": {"child"}, "Lagune": place("island", "underwater")},
    "Der Müller mahlt Korn in der alten Mühle": {
        "Müller": {"man", "miller", "baker", "person"}, "mahlt": {"cook", "craft", "grind", "mill"},
        "Korn": {"wheat", "sack", "grain"}, "Mühle": place("farm")},
    "Die Kinder laufen Schlittschuh auf dem zugefrorenen See": {
        "Kinder": {"child"}, "See": place("snow_field", "mountain_lake")},
    "Die Bäuerin melkt die Kuh im Stall": {
        "Bäuerin": {"female_farmer", "farmer"}, "melkt": {"milk", "pick_up", "pour", "take", "feed", "garden"},
        "Kuh": {"cow"}, "Stall": place("farm")},
    "Der Vater räumt sofort das Spielzeug weg": {
        "Vater": {"man", "father"}, "räumt": {"clean", "put_down", "pick_up", "tidy", "put_away"}, "sofort": MANNER},
    "Ein Clown bläst endlich einen Luftballon auf": {
        "Clown": {"clown"}, "bläst": {"blow", "inflate"}, "endlich": MANNER, "Luftballon": {"balloon"}},
    "Ein Taucher findet eine Perle am Korallenriff": {
        "Taucher": {"diver"}, "Perle": {"pearl", "gem", "seashell"}, "Korallenriff": place("underwater")},
    "Die Astronautin repariert die Sauerstoffleitung der Raumstation": {
        "Astronautin": {"astronaut"}, "Sauerstoffleitung": {"gas_cylinder", "pipe", "tube"},
        "Raumstation": place("space_station")},
    "Eine Bulldogge klaut dem Metzger eine Wurst": {
        "Bulldogge": {"dog"}, "Metzger": {"butcher", "chef", "man"}, "Wurst": {"sausage", "plate", "food"}},
    "Der Ritter öffnet das Schloss der Truhe mit einem Schlüssel": {
        "Ritter": {"knight"}, "Schloss": {"lock", "<none>", "treasure_chest"}, "Truhe": {"treasure_chest", "chest"},
        "Schlüssel": {"key"}},
    "Die Fledermaus fliegt nachts aus der Höhle": {"Fledermaus": {"bat"}, "Höhle": place("cave")},
    "Der Hausmeister repariert die Heizung im Keller": {
        "Hausmeister": {"janitor", "man", "mechanic", "worker", "builder"}, "Heizung": {"radiator"},
        "Keller": place("cellar")},
    "Die Bademeisterin rettet einen Jungen im Schwimmbad": {
        "Bademeisterin": {"lifeguard", "female_lifeguard"}, "Jungen": {"boy"}, "Schwimmbad": place("swimming_pool")},
    "Der Bürgermeister hält plötzlich eine Rede auf dem Marktplatz": {
        "Bürgermeister": {"man", "mayor", "businessman"}, "plötzlich": MANNER, "Marktplatz": place("town_square")},
    "Die Kinder bauen eine Sandburg in der Bucht": {
        "Kinder": {"child"}, "Sandburg": {"sand_castle"}, "Bucht": place("beach", "island")},
}

# held out from SENSES: written before any change, measured before and after only
SENSES_HELD_OUT: dict[str, dict[str, frozenset[str] | set[str]]] = {
    "A parrot loses a feather from its wing on the pirate ship": {
        "parrot": {"parrot", "bird"}, "wing": PART, "feather": {"feather"}, "ship": place("ship_deck")},
    "An apprentice sweeps the floor of the bakery": {
        "apprentice": {"student", "boy", "girl", "man", "apprentice", "baker", "chef"}, "sweeps": {"clean"},
        "bakery": place("shop", "kitchen")},
    "A lumberjack chops wood next to the sawmill": {
        "lumberjack": {"lumberjack", "woodcutter", "man"}, "sawmill": place("forest", "workshop", "factory")},
    "A tourist takes a photo of a gull on the pier": {
        "tourist": {"tourist", "man", "woman", "photographer", "female_photographer"}, "gull": {"seagull", "bird"},
        "pier": place("harbour", "beach")},
    "The pilot repairs the wing of the plane in the hangar": {
        "pilot": {"pilot", "female_pilot"}, "wing": {"airplane", "<none>", "wing"}, "hangar": place("airport")},
    "Der Adler breitet seine Flügel über dem Gipfel aus": {
        "Adler": {"eagle", "bird"}, "Flügel": PART, "Gipfel": place("mountain_top")},
    "Eine Försterin füttert heimlich einen Fuchs am Waldrand": {
        "Försterin": {"woman", "ranger", "forester", "hunter"}, "heimlich": MANNER, "Fuchs": {"fox"},
        "Waldrand": place("forest", "meadow")},
    "Der Lehrling fegt die Werkstatt": {
        "Lehrling": {"student", "boy", "man", "apprentice"}, "fegt": {"clean"}, "Werkstatt": place("workshop")},
    "Die Oma strickt endlich am Fenster in der Stube": {
        "Oma": {"grandmother", "woman"}, "endlich": MANNER, "Stube": place("living_room")},
    "Der Junge pustet die Kerzen auf der Torte aus": {
        "Junge": {"boy"}, "pustet": {"blow", "extinguish"}, "Kerzen": {"candle"}, "Torte": {"cake"}},
    "Die Taucherin schwimmt mit Schildkröten in der Lagune": {
        "Taucherin": {"diver", "female_diver"}, "Schildkröten": {"turtle"}, "Lagune": place("island", "underwater")},
}
