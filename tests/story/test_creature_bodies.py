"""A creature word gives the one it describes its body ("a ghost butler" is the ghost, "ein Vampir-Friseur" the
vampire, "ein Roboterhund" a robot); a creature autark has no body for is played by the nearest by meaning (the
risen dead by the ghost, a werewolf by a wolf), never by a robot, and the notes say so. An animal's mother is the
same kind of animal, not a woman. Ideas written for this test (none from a review)."""

from __future__ import annotations

import pytest

from autark.story.analysis import analyze


def _bodies(idea: str) -> list[str]:
    return [c.type for c in analyze(idea).characters]


@pytest.mark.parametrize(("idea", "body"), [
    ("a ghost butler polishes the silver spoons", "ghost"),
    ("two ghost sailors row across the foggy bay", "ghost"),
    ("the phantom violinist plays to an empty hall", "ghost"),
    ("ein Geisterkoch rührt nachts in einem Topf", "ghost"),
    ("eine Gespenster-Lehrerin schreibt an die Tafel", "ghost"),
    ("a vampire baker is afraid of garlic bread", "vampire"),
    ("ein Vampir-Friseur schneidet einem Mann die Haare", "vampire"),
    ("eine Vampirlehrerin schläft im Klassenzimmer ein", "female_vampire"),
    ("a robot gardener trims the hedge", "robot"),
    ("ein Roboterhund bellt den Briefträger an", "robot"),
    ("der Roboterkellner bringt eine Suppe", "robot"),
    ("an android nurse takes care of a sick boy", "robot"),
    ("a vampire bride waits in the castle", "female_vampire"),
    ("ein Geisterhund jagt eine Katze durch den Flur", "dog"),  # a pale dog: the ghost is a person's sheet
    ("a ghost cat sleeps on the piano", "cat"),
])
def test_a_creature_word_gives_its_body(idea: str, body: str) -> None:
    assert _bodies(idea)[0] == body, analyze(idea).characters


@pytest.mark.parametrize(("idea", "body", "creature"), [  # (the risen dead have bodies: test_creature_own_bodies)
    ("a werewolf postman delivers letters at midnight", "wolf", "werewolf"),
])
def test_a_creature_without_a_body_is_played_by_the_nearest_and_noted(idea: str, body: str, creature: str) -> None:
    concept = analyze(idea)
    assert concept.characters[0].type == body, concept.characters
    assert all(c.type != "robot" for c in concept.characters)
    assert any(f"no {creature} body" in w for w in concept.warnings), concept.warnings
    assert creature not in [u.lower() for u in concept.unknown_words]


def test_mummy_alone_is_still_a_mother() -> None:
    cast = analyze("a girl bakes a cake with her mummy").characters
    assert [c.group for c in cast] == ["child", "woman"] and "ghost" not in [c.type for c in cast], cast


@pytest.mark.parametrize(("idea", "creature"), [
    ("Die Mumie tanzt im Keller", "mummy"),
    ("ein Skelett klopft nachts an die Tür", "skeleton"),
    ("Zwei Mumien spielen Karten im Keller", "mummy"),
    ("a mummy chases two tourists through the pyramid", "mummy"),
    ("the mummy wakes up in the museum at midnight", "mummy"),
])
def test_a_creature_word_alone_is_cast_as_the_creature(idea: str, creature: str) -> None:
    concept = analyze(idea)
    assert concept.characters[0].type == creature, concept.characters
    assert not any(f"no {creature} body" in w for w in concept.warnings), concept.warnings
    assert not concept.unknown_words, concept.unknown_words


def test_bees_are_bees_not_be() -> None:
    cast = analyze("a bear steals honey from the bees").characters
    assert [c.name for c in cast if c.type != "bear"][:1] == ["Bee"], cast


@pytest.mark.parametrize(("idea", "kind"), [
    ("a kitten loses its mother in the snow", "cat"),
    ("a duckling follows its mother across the road", "duck"),
    ("a calf looks for its mother in the barn", "cow"),
    ("a lost puppy finds its mother at the farm", "dog"),
    ("ein Fohlen sucht seine Mutter auf der Wiese", "horse"),
    ("ein Kätzchen und seine Mutter schlafen in der Sonne", "cat"),
    ("die Mutter des Affen sucht ihr Kind", "monkey"),
    ("ein kleiner Elefant folgt seiner Mutter zum Fluss", "elephant"),
])
def test_an_animals_mother_is_the_same_animal(idea: str, kind: str) -> None:
    cast = analyze(idea).characters
    mother = next(c for c in cast if c.word.lower() in ("mother", "mutter", "mum", "mama"))
    assert mother.type == kind, cast


@pytest.mark.parametrize("idea", [
    "a boy helps his mother carry the shopping",
    "ein Mädchen ruft ihre Mutter an",
    "the dog waits while the mother of the twins cooks",
])
def test_a_persons_mother_stays_a_woman(idea: str) -> None:
    cast = analyze(idea).characters
    mother = next(c for c in cast if c.word.lower() in ("mother", "mutter", "mum", "mama"))
    assert mother.group == "woman", cast


@pytest.mark.parametrize("idea", [
    "die Gäste tanzen bis Mitternacht",
    "die Zuschauer jubeln, als der Läufer stürzt",
    "die Fußballer feiern im Regen",
    "der Kellner begrüßt die Gäste an der Tür",
    "die Matrosen singen auf dem Deck",
    "die Kellner tragen Torten in den Saal",
    "die Maler streichen die Wand blau",
    "die Räuber verstecken das Gold im Wald",
])
def test_a_mans_word_after_die_is_several(idea: str) -> None:
    cast = analyze(idea).characters
    words = [c.word for c in cast]
    assert any(words.count(w) >= 2 for w in words), [(c.name, c.word) for c in cast]


@pytest.mark.parametrize("idea", [
    "die Lehrerin lacht über den Witz",
    "die Königin verliert ihre Krone",
    "der Gärtner gießt die Blumen",
])
def test_one_after_die_or_der_stays_one(idea: str) -> None:
    cast = analyze(idea).characters
    assert len(cast) == 1, [(c.name, c.word) for c in cast]


@pytest.mark.parametrize("idea", [
    "an astronaut looks down at Earth and misses her dog",
    "a lonely robot waves at Earth from the moon",
    "die Astronautin sieht die Erde vom Mond aus",
    "ein Kind träumt von Saturn und Jupiter",
    "a girl points at Mercury through her telescope",
    "zwei Forscher fliegen von der Erde zum Mond",
])
def test_a_worlds_name_is_no_one(idea: str) -> None:
    concept = analyze(idea)
    assert not any(c.name in ("Earth", "Erde", "Saturn", "Jupiter", "Mercury") for c in concept.characters), \
        concept.characters
    assert not any(w in ("Earth", "Erde") for w in concept.unknown_words)


@pytest.mark.parametrize("idea", [
    "der Weihnachtsmann verliert seinen Schlitten",
    "der Nikolaus bringt den Kindern Äpfel",
    "ein müder Weihnachtsmann schläft im Sessel ein",
])
def test_the_christmas_man_is_cast(idea: str) -> None:
    lead = analyze(idea).characters[0]
    assert lead.group == "man" and lead.word.lower() in ("weihnachtsmann", "nikolaus"), lead


@pytest.mark.parametrize(("idea", "absent"), [
    ("ein Elefant hat Angst vor Mäusen", "mouse"),
    ("ein Mädchen fürchtet sich vor Hunden", "dog"),
    ("a boy is scared of the big dogs next door", "dog"),
    ("a brave knight is terrified of spiders", "butterfly"),  # (a spider's stand-in)
    ("der Postbote hat große Angst vor Hunden und klingelt trotzdem", "dog"),
    ("a sailor who is afraid of sharks sings on the deck", "shark"),
])
def test_what_is_only_feared_is_not_cast(idea: str, absent: str) -> None:
    concept = analyze(idea)
    assert absent not in [c.type for c in concept.characters], concept.characters
    cast = {c.name for c in concept.characters}
    assert all(a in cast for e in concept.events for a in e.agents), concept.events


@pytest.mark.parametrize(("idea", "kind", "count"), [
    ("ein Junge mit großer Angst vor Spinnen findet eine Spinne in seinem Schuh", "butterfly", 1),
    ("a woman who is afraid of dogs has to walk her neighbour's puppy", "dog", 1),
    ("a mouse is afraid of the cat until the cat falls asleep", "cat", 1),
    ("a girl who is afraid of spiders finds one in her bed", "butterfly", 1),
    ("the knight fears snakes and meets one in the cave", "snake", 1),
    ("die Prinzessin fürchtet sich vor Fröschen und küsst einen am Teich", "frog", 1),
])
def test_what_is_feared_and_met_is_cast_once(idea: str, kind: str, count: int) -> None:
    assert [c.type for c in analyze(idea).characters].count(kind) == count


@pytest.mark.parametrize(("idea", "thing"), [
    ("ein Mädchen strickt einen Pullover für ihren Opa", "Pullover"),
    ("ein Bauer füttert die Hühner mit Körnern", "Körnern"),
    ("Oma trägt einen roten Pullover im Garten", "Pullover"),
])
def test_a_german_thing_in_er_is_no_one(idea: str, thing: str) -> None:
    assert thing not in [c.word for c in analyze(idea).characters]


@pytest.mark.parametrize(("idea", "word"), [
    ("die Zuschauer jubeln im Stadion", "Zuschauer"),
    ("ein Wanderer verirrt sich im Nebel", "Wanderer"),
    ("ein Schwimmer friert im kalten See", "Schwimmer"),
])
def test_a_german_doer_in_er_is_someone(idea: str, word: str) -> None:
    cast = analyze(idea).characters
    assert any(c.word == word for c in cast) or len(cast) >= 2, [(c.name, c.word) for c in cast]


@pytest.mark.parametrize(("idea", "word"), [
    ("zwei Nachbarinnen treten bei einem Backwettbewerb gegeneinander an", "Backwettbewerb"),
])
def test_a_staged_contest_word_is_no_unknown_note(idea: str, word: str) -> None:
    concept = analyze(idea)
    assert any(e.verb == "celebrate" for e in concept.events)
    assert not any(f"does not know {word!r}" in w for w in concept.warnings), concept.warnings


def test_an_unstaged_contest_word_is_still_noted() -> None:
    concept = analyze("die Zwillinge machen einen Sandburgenwettbewerb am Strand")
    if not any(e.verb == "celebrate" for e in concept.events):
        assert any("Sandburgenwettbewerb" in w for w in concept.warnings), concept.warnings


@pytest.mark.parametrize(("idea", "word"), [
    ("der Kellner bringt den Gästen Suppe", "Gästen"),
    ("die Gäste essen Kuchen im Garten", "Gäste"),
    ("die Zuschauer essen Popcorn im Kino", "Zuschauer"),
])
def test_a_german_capital_after_an_article_names_before_a_noun(idea: str, word: str) -> None:
    cast = analyze(idea).characters
    assert any(c.word == word for c in cast), [(c.name, c.word) for c in cast]


@pytest.mark.parametrize("idea", ["ein Geisterhund jagt eine Katze durch den Flur", "a ghost cat sleeps on the piano"])
def test_a_ghost_animal_is_pale(idea: str) -> None:
    assert analyze(idea).characters[0].color == "white"


@pytest.mark.parametrize("idea", ["a zombie nurse pushes a wheelchair", "a vampire bride waits in the castle",
                                  "eine Vampirlehrerin schläft im Klassenzimmer ein"])
def test_a_creature_womans_role_keeps_her_voice(idea: str) -> None:
    lead = analyze(idea).characters[0]
    assert lead.group == "woman" and lead.voice == "woman", lead


def test_a_robot_grandmother_stays_a_robot() -> None:
    lead = analyze("a robot grandmother reads a story to two kids").characters[0]
    assert (lead.type, lead.group, lead.voice) == ("robot", "robot", "robot"), lead
