"""Words are read in the idea's own language, a player is cast by what they play, everyday jobs and young people
get a fitting costume, and things the library has under another name come into the scene. Sentences here are
invented for these tests (none is a reviewed idea)."""

from __future__ import annotations

import pytest

from autark.story.analysis import analyze
from autark.story.unknown_words import nearest_in_language

# real English words that are spelled (or embedded) like a German story verb or noun: never read as it
ENGLISH_FALSE_FRIENDS = ["shushes", "scolds", "fetches", "gift", "bald", "mist", "hell", "rock", "also", "brief",
                         "wand", "kind", "stern", "rat", "art", "bad", "chef", "fast", "tiptoes"]
GERMAN_FALSE_FRIENDS = ["schimpft", "flüstert", "grinst", "brav", "eilig", "stur", "fad", "plump"]


@pytest.mark.parametrize("word", ENGLISH_FALSE_FRIENDS)
def test_an_english_word_is_never_read_as_a_german_one(word: str) -> None:
    from autark.story.verbs import _data

    german = {w.lower() for entry in _data()["verbs"].values() for w in entry.get("de", [])}
    match = nearest_in_language(word, "verb", "en")
    assert match is None or match.known not in german, match


@pytest.mark.parametrize("word", GERMAN_FALSE_FRIENDS)
def test_a_german_word_is_never_read_as_an_english_one(word: str) -> None:
    from autark.story.verbs import _data

    english = {w.lower() for entry in _data()["verbs"].values() for w in entry.get("en", [])} - {
        w.lower() for entry in _data()["verbs"].values() for w in entry.get("de", [])}
    match = nearest_in_language(word.lower(), "verb", "de")
    assert match is None or match.known not in english, match


PLAYERS = {
    "a banjo player sings under the bridge": "musician",
    "the old trumpet player walks along the river": "musician",
    "a shy harp player waits in the hall": "musician",
    "the drum player and the baker dance in the square": "musician",
    "Der Trompetenspieler geht durch den Park": "musician",
    "Die Geigenspielerin wartet am Bahnhof": "female_musician",
    "Ein Gitarrenspieler sitzt auf der Treppe": "musician",
    "Der Klavierspieler lacht laut": "musician",
    "the football player kicks a ball across the yard": "athlete",
    "Der Fußballspieler rennt über den Platz": "athlete",
}


@pytest.mark.parametrize("idea", list(PLAYERS))
def test_a_player_is_cast_by_what_they_play(idea: str) -> None:
    kinds = [c.type for c in analyze(idea).characters]
    assert PLAYERS[idea] in kinds, kinds


YOUNG_AND_JOBS = {
    "two teenagers skate past a sleepy guard": "boy",  # young people: a grown child, not the student's backpack
    "a teen hides a note in the library": "boy",  # young people: a grown child, not the student's backpack
    "Der Jugendliche wartet vor dem Kino": "boy",  # young people: a grown child, not the student's backpack
    "Die Teenager lachen im Bus": "boy",  # young people: a grown child, not the student's backpack
    "the magician bows to the crowd": "wizard",
    "Der Zauberkünstler verbeugt sich auf der Bühne": "wizard",
    "Die Zauberin lacht im Wald": "witch",
    "the conductor waves his arms in the hall": "musician",
    "Der Dirigent hebt den Stab": "musician",
    "the plumber fixes a pipe in the kitchen": "builder",
    "Der Elektriker steigt auf die Leiter": "builder",
    "a detective follows a stranger through the rain": "detective",
    "Die Kommissarin sucht einen Schlüssel": "female_detective",
    "the nurse brings the old man a cup of tea": "nurse",
    "Die Krankenschwester öffnet das Fenster": "nurse",
    "the gymnast jumps over the bench": "athlete",
    "Der Bergsteiger klettert auf den Felsen": "athlete",
    "a flight attendant serves coffee": "pilot",
}


@pytest.mark.parametrize("idea", list(YOUNG_AND_JOBS))
def test_young_people_and_everyday_jobs_wear_a_fitting_costume(idea: str) -> None:
    kinds = [c.type for c in analyze(idea).characters]
    want = YOUNG_AND_JOBS[idea]
    assert any(k == want or k.removeprefix("female_") == want.removeprefix("female_") or
               (want == "witch" and k == "wizard") for k in kinds), kinds


THINGS = {
    "a girl plays the accordion on a bench": "accordion",  # its own kind now (catalog.named_gear)
    "Ein Mann spielt Akkordeon am Hafen": "accordion",
    "the boy blows into a clarinet": "flute",
    "Die Oma spielt Mundharmonika": "flute",
    "a grandfather plays the trombone in the park": "trumpet",
    "Zwei Freunde spielen Karten in der Küche": "playing_cards",
    "Die Kinder mischen die Karten": "playing_cards",
    "a taxi waits in front of the hotel": "car",
    "Ein Krankenwagen hält vor dem Haus": "truck",  # a van, not a car
    "a pilot walks to her plane": "airplane",
    "Das Flugzeug steht auf der Wiese": "airplane",
    "Der Hubschrauber landet auf dem Dach": "airplane",
    "a ferry crosses the lake": "boat",
    "Oma backt eine Geburtstagstorte": "cake",
}


@pytest.mark.parametrize("idea", list(THINGS))
def test_a_thing_the_library_has_under_another_name_comes_into_the_scene(idea: str) -> None:
    c = analyze(idea)
    assert THINGS[idea] in {o.type for o in c.objects}, (c.objects, c.settings)


def test_a_stand_in_thing_brings_no_genre_or_place_of_its_own() -> None:
    # the plane is an aeroplane (once played by a spaceship), and the film is not set in space
    c = analyze("a pilot walks to her plane in the meadow")
    assert "space_station" not in c.settings


OCCASIONS = {
    "grandpa celebrates his birthday in the kitchen": {"cake", "balloon"},
    "the twins open presents on their birthday": {"cake", "balloon"},
    "Die Oma feiert ihren Geburtstag im Garten": {"cake", "balloon"},
    "Zur Geburtstagsfeier kommt der Nachbar": {"cake", "balloon"},
    "a robot decorates the tree on christmas eve": {"christmas_tree", "gift"},
    "Zu Weihnachten wartet der Hund an der Tür": {"christmas_tree", "gift"},
    "two ghosts carve a face on halloween": {"pumpkin"},
    "Die Braut tanzt auf ihrer Hochzeit": {"cake", "flower"},
}


@pytest.mark.parametrize("idea", list(OCCASIONS))
def test_an_occasion_brings_the_things_that_show_it(idea: str) -> None:
    types = {o.type for o in analyze(idea).objects}
    assert OCCASIONS[idea] <= types, types


@pytest.mark.parametrize("idea", ["a taxi stops at the corner", "Das Taxi wartet vor dem Hotel",
                                  "Two friends take a cab to the airport", "Ein Taxi fährt durch die Nacht"])
def test_a_taxi_is_a_yellow_car(idea: str) -> None:
    cars = [o for o in analyze(idea).objects if o.type == "car"]
    assert cars and cars[0].color == "yellow", analyze(idea).objects


GERMAN_GENDERS = {("rabbit", "Kaninchen"): "n", ("sheep", "Lamm"): "n", ("horse", "Fohlen"): "n",
                  ("squirrel", "Eichhörnchen"): "n", ("cat", "Kätzchen"): "n", ("hat", "Zauberhut"): "m",
                  ("dog", "Welpe"): "m", ("mouse", "Maus"): "f", ("cow", "Kalb"): "n", ("bird", "Küken"): "n"}


@pytest.mark.parametrize("kind_word", list(GERMAN_GENDERS))
def test_a_german_word_keeps_its_own_gender_not_its_stand_ins(kind_word: tuple[str, str]) -> None:
    from autark.story.cast import character_noun

    kind, word = kind_word
    noun, gender = character_noun(kind, "animal", word, "de")
    assert noun == word and gender == GERMAN_GENDERS[kind_word]


def test_two_people_of_one_body_are_told_apart_by_colour() -> None:
    from autark.story.narrative import plan

    for idea in ("a tailor and his neighbour sweep the yard", "Tom and Max paint a fence",
                 "Der Schneider und sein Nachbar tragen eine Leiter"):
        cast = plan(idea, duration_s=12, seed=0).scenes[0].characters
        by_type: dict[str, list[str]] = {}
        for c in cast:
            by_type.setdefault(c.type, []).append(c.color)
        assert all(len(set(colours)) == len(colours) for colours in by_type.values()), (idea, by_type)
