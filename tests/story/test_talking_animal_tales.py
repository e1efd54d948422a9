"""A cast of animals only speaks in a tale (comedy, fairy tale, a light mood) and stays mute in a realistic
drama or a hunt (story.talking_animals.tale_speaks)."""

import pytest

from autark.story import plan
from autark.story.analysis import analyze
from autark.story.talking_animals import talking_animals


@pytest.mark.parametrize("idea", ["Eine Katze wirft die Geburtstagstorte vom Tisch",
                                  "Ein Elefant und eine Maus werden Freunde am Fluss",
                                  "A goat and a bear share honey in the forest"])
def test_animals_of_a_tale_speak(idea: str) -> None:
    concept = analyze(idea)
    assert talking_animals(concept) == {c.name for c in concept.characters}
    sp = plan(idea, duration_s=30, seed=0)
    said = [line.speaker for sc in sp.scenes for s in sc.shots for line in s.dialogue]
    # each animal of the tale speaks, and the film is no monologue of one line (a lone cat that knocks the cake
    # off says two: no praise of its own throw since story.act_families)
    assert set(said) == {c.name for c in concept.characters} and len(said) >= 2, said


@pytest.mark.parametrize("idea", ["A lonely fox waits in the snow for its mother who never comes",
                                  "An eagle hunts a dove over the valley",
                                  "A cat sleeps in the sun"])
def test_animals_of_a_drama_a_hunt_or_a_nature_scene_stay_mute(idea: str) -> None:
    assert not talking_animals(analyze(idea))


def test_a_pet_beside_people_stays_a_pet() -> None:
    concept = analyze("A dog steals the sausages from the butcher")
    assert all(c.voice == "none" for c in concept.characters if c.type == "dog")
    assert not talking_animals(concept)


def test_the_tale_rule_leaves_a_cast_that_already_speaks_as_it_was() -> None:
    concept = analyze("Two cats fight over a fish, until a dog takes it")
    talkers = talking_animals(concept)
    dog = next(c.name for c in concept.characters if c.type == "dog")
    assert talkers and dog not in talkers
