"""A two-word or compound noun is read whole before its head: a walking stick, a fire engine, a rocking horse,
a mummy case, a chariot, the village pitch; never cut to its last word (a stick lost, an engine read as a
locomotive, a live horse cast, a coffin with a cross, a car, the village)."""

from __future__ import annotations

import pytest

from autark.language import interpret
from autark.ops import apply_ops
from autark.scene import Scene
from autark.story import analyze


@pytest.mark.parametrize(("idea", "thing", "not_cast"), [
    ("An old man leans on his walking stick in the snow", "walking_stick", ""),
    ("Die Oma sucht ihren Spazierstock im Flur", "walking_stick", ""),
    ("Ein Wanderer mit Wanderstock wandert durch den Wald", "walking_stick", "Wanderstock"),
    ("A fire engine races through the city", "truck", ""),
    ("Die Feuerwehr kommt mit dem Feuerwehrauto", "truck", ""),
    ("Der Junge spielt mit seinem Schaukelpferd", "rocking_horse", "Schaukelpferd"),
    ("The toddler hugs her rocking horse in the bedroom", "rocking_horse", ""),
    ("An archaeologist finds a sarcophagus in the desert", "sarcophagus", ""),
    ("Der Archäologe öffnet den Mumiensarg", "sarcophagus", ""),
    ("A Roman races his chariot around the arena", "chariot", ""),
    ("Ein Römer lenkt seinen Streitwagen durch die Arena", "chariot", ""),
])
def test_a_compound_is_the_thing_it_names_whole(idea: str, thing: str, not_cast: str) -> None:
    concept = analyze(idea)
    assert thing in [o.type for o in concept.objects], (concept.objects, concept.warnings)
    assert not any(o.type in ("coffin", "train", "wand") for o in concept.objects), concept.objects
    assert not not_cast or not_cast not in [c.name for c in concept.characters]


@pytest.mark.parametrize(("idea", "setting"), [
    ("A footballer scores the winning goal on the village pitch", "sports_field"),
    ("Two boys play football on the school field", "meadow"),
    ("Ein Wanderer klettert auf den Berg", "mountain_top"),
])
def test_a_place_compound_is_its_head(idea: str, setting: str) -> None:
    assert analyze(idea).settings[0] == setting


@pytest.mark.parametrize(("command", "asset"), [
    ("add a walking stick", "walking_stick"),
    ("add a rocking horse", "rocking_horse"),
    ("add a fire engine", "truck"),
    ("add a chariot", "chariot"),
    ("füge einen Spazierstock hinzu", "walking_stick"),
    ("füge ein Feuerwehrauto hinzu", "truck"),
    ("stell einen Streitwagen hin", "chariot"),
    ("füge einen Mumiensarg hinzu", "sarcophagus"),
])
def test_a_command_places_the_whole_thing(command: str, asset: str) -> None:
    scene = apply_ops(Scene(), interpret(command, Scene()))
    assert [o.type for o in scene.objects] == [asset]


@pytest.mark.parametrize(("idea", "thing", "not_cast"), [
    ("A nanny pushes a pram through the park", "pram", ""),  # its own kind now (catalog.tale_and_sport_things)
    ("Ein Mädchen schiebt den Kinderwagen durch den Park", "pram", ""),
    ("An ambulance rushes to the old man in the park", "truck", ""),
    ("Der Krankenwagen fährt schnell durch die Stadt", "truck", ""),
    ("A parrot escapes from its bird cage in the kitchen", "cage", "Bird"),
    ("Der Papagei sitzt im Vogelkäfig", "cage", ""),
])
def test_a_thing_of_two_parts_is_played_by_the_nearest_whole(idea: str, thing: str, not_cast: str) -> None:
    concept = analyze(idea)
    assert thing in [o.type for o in concept.objects], concept.objects
    assert "car" not in [o.type for o in concept.objects]
    assert not not_cast or not_cast not in [c.name for c in concept.characters]


@pytest.mark.parametrize(("idea", "setting", "ball"), [
    ("Cinderella dances with the prince at the royal ball", "throne_room", False),
    ("The farmers meet their neighbours at the harvest ball", "town_square", False),
    ("Der Prinz tanzt auf dem Maskenball mit einer Unbekannten", "throne_room", False),
    ("Die Schüler feiern auf dem Abschlussball", "throne_room", False),
    ("Zwei Hunde spielen mit einem Ball im Garten", "garden", True),
    ("A boy kicks the ball over the fence", "meadow", True),
])
def test_a_dance_called_a_ball_is_a_place_not_a_ball_to_kick(idea: str, setting: str, ball: bool) -> None:
    concept = analyze(idea)
    assert setting in concept.settings, concept.settings
    assert ("ball" in [o.type for o in concept.objects]) == ball, concept.objects
