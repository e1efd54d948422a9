"""Opening a box, a chest, a gift or a suitcase is an act at it (down at it, then a look at what is inside);
opening a door, a gate or a window is an act at the door; "gets out of the car" is getting out of it (it had
been no event: "gets" is a light verb); "signs the treaty" writes; "stands in the rain" is a wait, never a
fight. Ideas written for this test, both languages."""

from __future__ import annotations

import pytest

from autark.story.analysis import analyze


def _verbs(idea: str) -> list[tuple[str, str]]:
    return [(e.verb, e.patient) for e in analyze(idea).events]


@pytest.mark.parametrize(("idea", "thing"), [
    ("A young wizard opens an old chest in the attic and finds a map", "treasure_chest"),
    ("The sailor opened the suitcase on the pier", "suitcase"),
    ("Ein Mädchen öffnet ein Geschenk und findet einen kleinen Hund darin", "gift"),
    ("Der Junge packt seinen Koffer aus und findet eine Maus", "suitcase"),
])
def test_opening_a_container_is_an_act_at_it(idea: str, thing: str) -> None:
    verbs = _verbs(idea)
    opened = [(v, p) for v, p in verbs if v == "open"]
    assert opened, verbs
    assert all(v != "stand_in" for v, _ in verbs), verbs
    assert any(p == thing for _, p in opened), verbs


@pytest.mark.parametrize("idea", ["The old man opens the door and sees a fox in the snow",
                                  "Die Großmutter öffnet die Tür und sieht einen Fuchs"])
def test_opening_a_door_is_done_at_the_door(idea: str) -> None:
    first = analyze(idea).events[0]
    assert (first.verb, first.kind, first.patient) == ("open", "knock", "door"), first


@pytest.mark.parametrize("idea", ["A taxi driver gets out of the car to help an old lady",
                                  "The farmer got out of his tractor and waved"])
def test_getting_out_of_a_vehicle_is_an_event(idea: str) -> None:
    verbs = _verbs(idea)
    assert verbs[0][0] == "climb" and verbs[0][1] in ("car", "tractor"), verbs


def test_signing_writes_and_standing_waits() -> None:
    assert _verbs("The queen signs the peace treaty in the palace")[0][0] == "write"
    verbs = _verbs("A stranger stands in the rain outside the inn")
    assert verbs and verbs[0][0] == "wait" and "fight" not in [v for v, _ in verbs], verbs
