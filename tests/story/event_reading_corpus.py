"""Ideas whose events must name the right agents, verbs, things, containers, places and outcomes: hopes that
come to nothing, negations and substitutions ("only", "instead of", "without", "never", "nur", "statt", "ohne",
"kein"), digging for a thing, containers and their contents ("full of", "a basket of", "voller"), words the
tables have never seen (trades, German compounds of animals), and ideas that happen indoors. Half German.

Each idea has checks, one key reading each:

- ``("did", who, verbs, what)``: an event of one of ``verbs`` that happens as told (no failed or near outcome)
  by the one the idea's word ``who`` became (``None``: anyone), on a thing or someone whose type is in ``what``
  (``None``: whatever it is done to);
- ``("not", verbs, what)``: no event of ``verbs`` (``None``: any verb) happens as told to, or with, a thing or
  someone of a type in ``what``: the hope that came to nothing, the thing they were without;
- ``("in", contents, containers)``: a thing of ``contents`` is read as lying in one of ``containers`` (or one
  thing is both: "a jar of honey" read as a honey jar);
- ``("who", word, types)`` / ``("thing", word, types)``: the word is cast as, or played by, one of ``types``;
- ``("set", settings)``: the film starts in one of ``settings``; ``("indoor",)``: it starts indoors.

``HELD_OUT`` was written before any change and is measured before and after only. Shared by
tests/story/test_event_reading_corpus.py and benchmarks/bench_event_reading.py.
"""

from __future__ import annotations

from dataclasses import dataclass, field

Check = tuple

FIND = {"find"}
EAT = {"eat", "bite"}
DIG = {"dig", "search", "look", "mine", "garden"}
CHEST = {"treasure_chest", "chest", "box", "coins", "gold", "gold_bar", "treasure"}

HELD_OUT: dict[str, list[Check]] = {
    "A little boy searches the garden for his lost kitten but only finds a hedgehog": [
        ("did", "boy", FIND, {"hedgehog"}), ("not", FIND, {"cat", "kitten"}), ("who", "boy", {"boy"})],
    "Instead of the cake, the dog eats the birthday candles": [
        ("did", "dog", EAT, {"candle", "candles"}), ("not", EAT, {"cake", "birthday_cake"})],
    "A sailor opens a barrel full of apples on the ship": [
        ("did", "sailor", {"open"}, {"barrel"}), ("in", {"apple", "apples"}, {"barrel"}),
        ("set", {"ship_deck"})],
    "Two miners dig for gold deep in the mountain": [
        ("did", "miners", DIG, None), ("not", {"bury"}, None), ("who", "miners", {"miner", "worker", "man"})],
    "A bugler wakes the soldiers at dawn": [
        ("who", "bugler", {"musician", "soldier", "man", "trumpeter", "bugler", "person"}),
        ("did", "bugler", {"wake"}, {"soldier"})],
    "The whole family plays cards in the kitchen all evening": [
        ("did", None, {"play", "play_game"}, None), ("set", {"kitchen"}), ("indoor",)],
    "A knight rides to the castle without his sword": [
        ("did", "knight", {"ride", "walk", "go", "travel"}, None), ("not", None, {"sword"}),
        ("who", "knight", {"knight"})],
    "A boy never catches the butterfly he chases all afternoon": [
        ("did", "boy", {"chase"}, {"butterfly"}), ("not", {"catch"}, {"butterfly"})],
    "A pirate opens an old chest hoping for gold but finds only a letter": [
        ("did", "pirate", {"open"}, CHEST), ("did", "pirate", FIND, {"letter"}),
        ("not", FIND, {"coins", "gold", "gold_bar", "treasure"})],
    "A hen guards a basket of eggs in the barn": [
        ("in", {"egg", "eggs"}, {"basket"}), ("who", "hen", {"chicken", "hen"}), ("set", {"farm", "barn"})],
    "A zookeeper feeds the polar bear a bucket of fish": [
        ("who", "bear", {"polar_bear", "bear"}), ("in", {"fish"}, {"bucket"}),
        ("did", "zookeeper", {"feed", "give"}, None)],
    "An auctioneer sells an old painting in a crowded hall": [
        ("who", "auctioneer", {"man", "woman", "person", "auctioneer", "businessman", "merchant", "seller"}),
        ("did", "auctioneer", {"sell", "give", "show"}, {"painting", "picture", "frame"}), ("indoor",)],
    "Ein Braunbär klaut einem Wanderer den Rucksack": [
        ("who", "Braunbär", {"bear", "brown_bear"}), ("did", "Braunbär", {"steal", "take"}, {"backpack", "bag"}),
        ("who", "Wanderer", {"hiker", "man", "person", "explorer", "traveller"})],
    "Die Kinder suchen im Keller nach Gespenstern, finden aber nur eine alte Katze": [
        ("did", "Kinder", FIND, {"cat"}), ("not", FIND, {"ghost"}), ("set", {"cellar"})],
    "Statt eines Briefes bringt der Postbote ein Paket": [
        ("did", "Postbote", {"bring", "give", "carry", "deliver"}, {"package", "parcel", "box", "gift"}),
        ("not", {"bring", "give", "carry", "deliver"}, {"letter"}),
        ("who", "Postbote", {"postman", "man", "mail_carrier"})],
    "Ein Ritter kämpft ohne Schwert gegen einen Drachen": [
        ("did", "Ritter", {"fight", "attack"}, {"dragon"}), ("not", None, {"sword"})],
    "Ein Junge findet im Schrank eine Dose voller Kekse": [
        ("did", "Junge", FIND, None), ("in", {"cookie", "cookies", "biscuit"}, {"tin", "tin_can", "jar", "can", "box"}),
        ("indoor",)],
    "Zwei Freunde graben am Strand nach einer Schatzkiste": [
        ("did", "Freunde", DIG, None), ("not", {"bury"}, None), ("set", {"beach"})],
    "Nach langen Reisen kehrt der Seemann in seinen Heimathafen zurück": [
        ("who", "Seemann", {"sailor", "fisherman", "man", "captain"}),
        ("did", "Seemann", {"return", "go", "walk", "arrive", "come", "sail", "travel"}, None)],
    "Der Hausmeister repariert die kaputte Heizung nie": [
        ("not", {"repair"}, {"radiator", "heater"}), ("who", "Hausmeister", {"janitor", "man", "worker"})],
    "Die Köchin backt im Restaurant keinen Kuchen, sondern eine Pizza": [
        ("did", "Köchin", {"cook", "bake"}, {"pizza"}), ("not", {"cook", "bake"}, {"cake"}),
        ("set", {"restaurant", "kitchen"})],
    "Ein Dudelsackspieler spielt auf der Hochzeit im Saal": [
        ("who", "Dudelsackspieler", {"musician", "man", "piper", "bagpiper", "person"}),
        ("did", "Dudelsackspieler", {"play", "music", "sing"}, None), ("indoor",)],
    "A toymaker paints wooden soldiers in his workshop": [
        ("who", "toymaker", {"man", "person", "craftsman", "toymaker", "carpenter", "artist"}),
        ("did", "toymaker", {"paint", "craft"}, None), ("set", {"workshop"})],
}


@dataclass
class Tally:
    """How the checks of a set of ideas came out."""

    right: int = 0
    checks: int = 0
    misses: list[str] = field(default_factory=list)


_NOT_DONE = frozenset({"failed", "almost"})  # an event told as not coming off


def _who_types(concept: object, name: str) -> set[str]:
    """The types a character name of an event stands for (its type, without the sex of a trade's kit)."""
    for c in concept.characters:  # type: ignore[attr-defined]
        if c.name == name:
            kind = c.type.removeprefix("female_").removeprefix("male_")
            return {kind, c.group}
    return set()


def _touched(concept: object, e: object) -> set[str]:
    """The types an event is done to or with: its patient (a thing's type or someone's), its instrument."""
    out: set[str] = set()
    if e.patient:  # type: ignore[attr-defined]
        out |= {e.patient} if e.patient_is_thing else _who_types(concept, e.patient)  # type: ignore[attr-defined]
    if e.instrument:  # type: ignore[attr-defined]
        out.add(e.instrument)  # type: ignore[attr-defined]
    return out


def _names_of(concept: object, word: str) -> set[str]:
    """The character names the idea's word became ("miners": both of them)."""
    w = word.lower()
    return {c.name for c in concept.characters if c.word.lower() == w}  # type: ignore[attr-defined]


def _contained(concept: object) -> set[tuple[str, str]]:
    """(thing, container) pairs the reading puts a thing in: a first placement, a containment, an act's goal."""
    from autark.story.containers import containments
    from autark.story.placements import IN, first_placements

    pairs = {(p.thing, p.support) for p in first_placements(concept) if p.relation == IN}  # type: ignore[arg-type]
    pairs |= {(c.mover, c.place) for c in containments(concept)}  # type: ignore[arg-type]
    pairs |= {(e.patient, e.to_thing) for e in concept.events if e.to_thing}  # type: ignore[attr-defined]
    return pairs


def miss(concept: object, check: Check) -> str:
    """Why ``concept`` fails ``check`` ("" where it passes)."""
    from reading_corpus import readings

    from autark.assets.templates import load_setting

    what = check[0]
    done = [e for e in concept.events if e.outcome not in _NOT_DONE]  # type: ignore[attr-defined]
    shown = [(e.verb, sorted(_touched(concept, e))) for e in concept.events]  # type: ignore[attr-defined]
    if what == "did":
        _, who, verbs, things = check
        names = _names_of(concept, who) if who else None
        for e in done:
            if e.verb in verbs and (names is None or names & set(e.agents)) and (
                    things is None or _touched(concept, e) & things):
                return ""
        return f"no {sorted(verbs)} by {who} on {sorted(things) if things else 'anything'}: {shown}"
    if what == "not":
        _, verbs, things = check
        bad = [e for e in done if (verbs is None or e.verb in verbs) and (things is None or _touched(concept, e) & things)]
        return f"staged as done: {[(e.verb, e.patient) for e in bad]}" if bad else ""
    if what == "in":
        _, contents, containers = check
        pairs = _contained(concept)
        ok = any(t in contents and c in containers for t, c in pairs) or any(  # one thing of both: a honey jar
            f"{t}_{c}" == o.type for o in concept.objects for t in contents for c in containers)  # type: ignore[attr-defined]
        return "" if ok else f"not in {sorted(containers)}: {sorted(pairs)}"
    if what in ("who", "thing"):
        _, word, types = check
        found = readings(concept, word)
        return "" if found & types else f"{word} -> {sorted(found)}"
    settings = concept.settings  # type: ignore[attr-defined]
    if what == "set":
        return "" if settings and settings[0] in check[1] else f"set in {settings}"
    if what == "indoor":
        return "" if settings and load_setting(settings[0]).indoor else f"set outdoors in {settings}"
    raise ValueError(check)


def tally(ideas: dict[str, list[Check]]) -> Tally:
    """Read each idea and count its checks."""
    from autark.story import analyze

    out = Tally()
    for idea, checks in ideas.items():
        concept = analyze(idea)
        for check in checks:
            out.checks += 1
            why = miss(concept, check)
            if why:
                out.misses.append(f"{idea}: {check[0]} {check[1] if len(check) > 1 else ''}: {why}")
            else:
                out.right += 1
    return out


# the corpus the work is measured on while it goes (other sentences, places and casts than HELD_OUT's)
CORPUS: dict[str, list[Check]] = {
    "Two pirates dig for treasure on the island but only find an old boot": [
        ("did", "pirates", DIG, None), ("not", {"bury"}, None), ("did", "pirates", FIND, {"boot", "shoe"}),
        ("not", FIND, CHEST)],
    "A girl finds a box full of letters in the attic": [
        ("did", "girl", FIND, {"box"}), ("in", {"letter"}, {"box"}), ("set", {"attic"}), ("indoor",)],
    "A fisherman hopes for a big fish but only catches a rubber duck": [
        ("did", "fisherman", {"catch", "fish"}, {"rubber_duck", "duck", "toy"}), ("not", {"catch"}, {"fish"})],
    "Instead of a present the boy gets a pair of socks": [
        ("not", {"get", "receive", "take", "find", "give"}, {"gift", "present"})],
    "A wizard crosses the desert without water": [
        ("did", "wizard", {"walk", "go", "travel", "cross"}, None), ("not", None, {"water", "bottle"})],
    "The cat never catches the mouse": [("not", {"catch"}, {"mouse"}), ("who", "cat", {"cat"})],
    "A squirrel carries a basket of nuts up the oak tree": [
        ("in", {"nut", "nuts", "acorn"}, {"basket"}), ("did", "squirrel", {"carry", "climb"}, None)],
    "A farmer fills a bucket with milk in the barn": [("set", {"farm", "barn"}), ("who", "farmer", {"farmer"})],
    "A dog digs for a bone in the garden": [
        ("did", "dog", DIG, None), ("not", {"bury"}, None), ("set", {"garden"})],
    "A bugler plays a tune at the fort every morning": [
        ("who", "bugler", {"musician", "soldier", "man", "trumpeter", "bugler", "person"}),
        ("did", "bugler", {"play", "music"}, None)],
    "A shepherd counts his sheep but one lamb is missing": [
        ("who", "shepherd", {"shepherd", "farmer", "man"})],
    "Grandpa reads the newspaper in his armchair all afternoon": [
        ("did", "Grandpa", {"read"}, {"newspaper", "book"}), ("indoor",)],
    "Two friends play chess in the library while it rains": [
        ("did", "friends", {"play", "play_game"}, None), ("indoor",)],
    "A chef opens a jar of honey in the kitchen": [
        ("in", {"honey"}, {"jar", "honey_jar"}), ("did", "chef", {"open"}, {"jar", "honey_jar", "honey"}),
        ("set", {"kitchen"})],
    "A boy searches the whole house for his cat but finds only his sister": [
        ("not", FIND, {"cat"}), ("did", "boy", FIND, {"girl", "sister"})],
    "Ein Eisbär fängt einen Fisch im Meer": [
        ("who", "Eisbär", {"polar_bear", "bear"}), ("did", "Eisbär", {"catch", "fish"}, {"fish"})],
    "Ein Goldfisch schwimmt in einem Glas voller Wasser": [
        ("who", "Goldfisch", {"fish", "goldfish"}), ("did", "Goldfisch", {"swim"}, None)],
    "Die Piraten graben nach einem Schatz, finden aber nur einen alten Stiefel": [
        ("did", "Piraten", DIG, None), ("not", {"bury"}, None), ("did", "Piraten", FIND, {"boot", "shoe"}),
        ("not", FIND, CHEST)],
    "Ein Mädchen trägt einen Korb voller Äpfel zum Markt": [
        ("in", {"apple", "apples"}, {"basket"}), ("did", "Mädchen", {"carry", "walk", "go"}, None)],
    "Statt Kuchen isst der Junge einen Apfel": [
        ("did", "Junge", EAT, {"apple"}), ("not", EAT, {"cake"})],
    "Ein Ritter reitet ohne Pferd zur Burg": [("not", {"ride"}, {"horse"}), ("who", "Ritter", {"knight"})],
    "Die Katze fängt die Maus nie": [("not", {"catch"}, {"mouse"})],
    "Der Junge findet keinen Schatz, sondern eine Flaschenpost": [
        ("not", FIND, CHEST), ("did", "Junge", FIND, {"bottle", "message_in_a_bottle", "letter"})],
    "Oma liest im Wohnzimmer einen Brief vor": [("set", {"living_room"}), ("indoor",)],
    "Ein Trompeter weckt das ganze Dorf": [
        ("who", "Trompeter", {"musician", "trumpeter", "man", "person"}), ("did", "Trompeter", {"wake"}, None)],
    "Ein Hund gräbt im Garten nach einem Knochen": [
        ("did", "Hund", DIG, None), ("not", {"bury"}, None), ("set", {"garden"})],
    "Die Familie frühstückt in der Küche": [("set", {"kitchen"}), ("indoor",)],
    "Ein Seehund spielt mit einem Ball im Hafen": [
        ("who", "Seehund", {"seal"}), ("did", "Seehund", {"play"}, {"ball"})],
    "Ein Fuchs schleicht sich ohne Laterne durch den dunklen Wald": [("not", None, {"lantern", "lamp"})],
    "Die Schülerin findet in ihrer Schultasche eine Dose voller Bonbons": [
        ("in", {"candy", "sweets", "sweet", "bonbon"}, {"tin", "tin_can", "jar", "can", "box"})],
}
