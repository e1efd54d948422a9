"""Where ideas nobody tuned for happen, read at the story level with the embedding model switched off (as in
CI): a place named in either language lands on its own set (a town square, a swamp, a stadium, a garden, a
river bank, an island, the sky, a mountain top, a village, a harbour, an airport, a jungle), a German compound
by its head ("Fußballstadion", "Klostergarten"), an English word no table has by its WordNet class ("fjord",
"archipelago", "metropolis"), and the moon something is done to stays in the sky instead of taking the film to
the moon. Written for this work and run once before it: 2 of the 42 fresh ideas were read right (the tables
sent every one of these places to a near set: the swamp to the forest, the square to a street with cars, the
balloon ride to the ground)."""

from __future__ import annotations

import pytest

from autark.story import analyze, semantic
from autark.story.place_classes import place_by_class
from autark.story.places import props_for
from autark.story.thing_words import sky_bodies

# idea -> the sets that read it right ("!moon": any set but the moon)
IDEAS: dict[str, set[str]] = {
    "Three pigeons fight over a pretzel on the piazza": {"town_square"},
    "Auf dem Kirchplatz verkauft eine Bäuerin Eier": {"town_square"},
    "Der Bürgermeister tanzt mit der Bäckerin auf dem Dorfplatz": {"town_square"},
    "A street musician plays the violin in the market square of an old town": {"town_square"},
    "A crow steals a ring on the town square": {"town_square"},
    "Der Ritter reitet durch die mittelalterliche Altstadt": {"town_square"},
    "Im Schlossgarten pflückt die Prinzessin Rosen": {"garden"},
    "Grandma and her cat nap in the vegetable garden": {"garden"},
    "Zwei Nachbarn streiten über den Zaun ihrer Gärten": {"garden"},
    "A grandfather waters the roses in his backyard": {"garden"},
    "A heron hunts frogs in the bog": {"swamp"},
    "Ein Frosch quakt im Moor, bis ein Storch kommt": {"swamp"},
    "A lost hiker sinks knee-deep into a marsh": {"swamp"},
    "Two alligators argue in the bayou": {"swamp"},
    "Ein Krokodil wartet im Sumpf auf einen Fisch": {"swamp"},
    "The fans cheer as the goalkeeper catches the ball in the stadium": {"stadium"},
    "Im Olympiastadion läuft eine Schildkröte gegen einen Hasen": {"stadium"},
    "Im Fußballstadion jubeln die Fans": {"stadium"},
    "Die Fans feiern im Stadion mit Fahnen": {"stadium"},
    "Zwei Biber bauen einen Damm am Bach": {"river_bank"},
    "An old fisherman and his grandson sit by the river": {"river_bank"},
    "Kinder lassen Papierschiffchen auf dem Fluss schwimmen": {"river_bank"},
    "Der Fährmann rudert über den Fluss": {"river_bank"},
    "Ein Pirat vergräbt eine Schatzkiste auf der Insel": {"island"},
    "Two castaways build a raft on a desert island": {"island"},
    "A turtle sunbathes on a tiny island in the lagoon": {"island"},
    "Zwei Eulen fliegen hoch über den Wolken": {"sky"},
    "A grandmother and a goat float through the sky in a hot-air balloon": {"sky"},
    "Ein Engel verliert seine Harfe im Himmel": {"sky"},
    "Ein Pilot und ein Hund fliegen mit dem Heißluftballon über die Berge": {"sky"},
    "Two angels argue on a cloud": {"sky"},
    "A mountaineer drinks tea on the summit": {"mountain_top"},
    "Zwei Gämsen streiten auf dem Berggipfel": {"mountain_top"},
    "The villagers chase a runaway pig through the village": {"village"},
    "Im Bergdorf läuten die Glocken zur Hochzeit": {"village"},
    "A seagull steals a sandwich from a fisherman at the harbor": {"harbour"},
    "Im Hafen legt ein großes Schiff an": {"harbour"},
    "Two stewardesses dance on the runway at the airport": {"airport"},
    "Am Flughafen sucht ein Junge seinen Koffer": {"airport"},
    "A parrot and a jaguar play hide and seek in the jungle": {"jungle"},
    "An explorer gets lost in the rainforest": {"jungle"},
    "A camel drinks at a desert oasis": {"desert"},
    "A wolf howls at the full moon on a hill": {"!moon"},
    "Die Kinder zeigen auf den Mond und lachen": {"!moon"},
    "A wizard turns the moon blue": {"!moon"},
    "Ein Wolf heult den Mond an": {"!moon"},
    "An astronaut plants a flag on the moon": {"moon"},
    "Eine Rakete fliegt zum Mond": {"moon"},
    "Two astronauts walk on the moon": {"moon"},
    "A fox and a hare meet in the fjord": {"mountain_lake"},
    "Pirates hide their gold somewhere in the archipelago": {"island"},
    "A lonely robot wanders through the metropolis": {"city_street"},
    "Two goats graze on the plateau": {"mountain_top"},
    "A mechanic repairs a biplane in the hangar": {"workshop"},
}


@pytest.fixture(autouse=True)
def no_embeddings(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(semantic, "semantic_available", lambda: False)


@pytest.mark.parametrize("idea", list(IDEAS))
def test_an_idea_plays_in_the_place_it_names(idea: str) -> None:
    settings = analyze(idea).settings
    wanted = IDEAS[idea]
    if all(w.startswith("!") for w in wanted):
        assert settings[0] not in {w[1:] for w in wanted}, settings
    else:
        assert settings[0] in wanted, settings


def test_the_moon_something_is_done_to_is_a_thing_in_the_sky() -> None:
    concept = analyze("A frog sings to the moon in the swamp")
    assert concept.settings == ["swamp"] and "moon_orb" in [o.type for o in concept.objects]
    assert sky_bodies(["the", "cow", "jumps", "over", "the", "moon"], [None] * 6) == {5}
    assert sky_bodies(["er", "landet", "auf", "dem", "mond"], [None] * 5) == set()


def test_a_balloon_ride_brings_its_balloon_and_a_flight_its_plane() -> None:
    assert "hot_air_balloon" in [o.type for o in analyze("Zwei Kinder fahren mit dem Heißluftballon").objects]
    assert "hot_air_balloon" in props_for("hot_air")  # the phrase "hot-air balloon", named by its first word
    assert props_for("over") == ()  # a lone preposition begins too many phrases to bring anything


@pytest.mark.parametrize(("word", "setting"), [
    ("fjord", "mountain_lake"), ("quagmire", "swamp"), ("coliseum", "stadium"), ("hangar", "workshop"),
    ("patio", "garden"), ("delta", "river_bank"), ("archipelago", "island"), ("metropolis", "city_street"),
    ("highland", "mountain_top"), ("backwater", "river_bank"), ("seaport", "harbour"), ("airstrip", "airport"),
])
def test_an_untabled_place_word_reaches_its_class(word: str, setting: str) -> None:
    found = place_by_class(word)
    if found is None:
        pytest.skip("WordNet is not installed")
    assert found[0] == setting, found


@pytest.mark.parametrize("word", ["dragon", "apple", "kitchen", "car", "teacher"])
def test_no_thing_or_being_is_read_as_a_place(word: str) -> None:
    assert place_by_class(word) is None


@pytest.mark.parametrize(("idea", "thing", "not_thing"), [
    ("The fairy waves her wand at the pumpkin", "wand", "fishing_rod"),
    ("A wizard drops his magic wand into the well", "wand", "wall"),
    ("A cowboy loses his boot in the desert", "boot", "boat"),
    ("Ein Junge malt ein Bild an die Wand", "wall", "wand"),
    ("Zwei Kinder fahren mit dem Boot über den See", "boat", "boot"),
    ("Die Hexe schwingt ihren Zauberstab", "wand", "wall"),
])
def test_a_word_of_both_languages_means_what_the_ideas_language_says(idea: str, thing: str, not_thing: str) -> None:
    things = [o.type for o in analyze(idea).objects]
    assert thing in things and not_thing not in things, things


def test_a_place_word_that_is_another_word_in_the_other_language_is_keyed_by_its_language() -> None:
    from autark.story.place_words import PLACE_LANGUAGE, PLACES, place_language

    assert set(PLACE_LANGUAGE) <= set(PLACES)
    assert place_language("fair") == "en" and place_language("laden") == "de" and place_language("market") == "any"


@pytest.mark.parametrize(("idea", "cast", "lang", "at", "each"), [
    ("two women race their bikes", 2, "en", 4, 2), ("three boys ride their horses to the lake", 3, "en", 4, 3),
    ("the twins lose their glasses", 2, "en", 4, 2), ("two knights polish their shiny swords", 2, "en", 5, 2),
    ("two friends share their pizza", 2, "en", 4, 0), ("a girl rides her bike", 1, "en", 4, 0),
    ("Drei Freundinnen fahren mit ihren Fahrrädern", 3, "de", 5, 3),
    ("Die Ritter schwingen ihre Schwerter", 2, "de", 4, 2), ("Zwei Frauen tragen ihre Tasche", 2, "de", 4, 0),
])
def test_a_thing_each_of_the_cast_has_is_one_each(idea: str, cast: int, lang: str, at: int, each: int) -> None:
    from autark.assets.templates import fold
    from autark.story.thing_words import one_each

    assert one_each([fold(w) for w in idea.split()], at, cast, lang) == each


def test_every_set_says_where_it_is_in_both_languages() -> None:
    from autark.assets.templates import list_settings
    from autark.story.beats import PLACES
    from autark.story.set_phrases import SET_PHRASES

    for name in list_settings():
        en, de = {**SET_PHRASES, **PLACES}.get(name, ("", ""))
        assert en.split()[0] in ("in", "on", "at", "by", "high", "under"), (name, en)
        assert de.split()[0] in ("im", "in", "auf", "am", "hoch", "unter"), (name, de)
        assert "_" not in en + de, (name, en, de)


@pytest.mark.parametrize(("idea", "setting"), [
    ("A mouse lives in the old city library", "library"), ("The school garden is full of snails", "garden"),
    ("A cat naps in the castle kitchen", "kitchen"), ("The villagers meet in the village church", "church"),
    ("Two ducks quarrel in the city park", "meadow"), ("A troll hides in the mountain cave", "cave"),
])
def test_an_english_place_before_a_place_is_its_modifier(idea: str, setting: str) -> None:
    assert analyze(idea).settings[0] == setting


def test_the_english_heads_name_their_own_sets() -> None:
    from autark.assets.templates import load_setting
    from autark.story.place_words import ENGLISH_HEADS, PLACES

    for head, setting in ENGLISH_HEADS.items():
        assert setting == PLACES.get(head) or setting == load_setting(head).name, head


@pytest.mark.parametrize(("word", "no_place"), [("jar", True), ("bottle", True), ("basket", True), ("hat", True),
                                                ("attic", False), ("hangar", False), ("balcony", False)])
def test_a_thing_one_puts_something_in_is_no_place(word: str, no_place: bool) -> None:
    from autark.language import wordnet
    from autark.story.place_classes import is_no_place

    if not wordnet.available():
        pytest.skip("WordNet is not installed")
    assert is_no_place(word) == no_place


@pytest.mark.parametrize("idea", [
    "Eine kleine Hexe verliert ihren Zauberstab im Wald, bis ein Fuchs ihn findet",
    "Zwei Freunde suchen ihren Ball im Garten",
    "Die Oma und das Kind backen ihren Kuchen in der Küche",
])
def test_ihren_before_one_thing_is_one_thing(idea: str) -> None:
    """'ihren' is a dative plural only after a preposition: 'verliert ihren Zauberstab' is one wand."""
    assert all(o.count == 1 for o in analyze(idea, "de").objects), analyze(idea, "de").objects
