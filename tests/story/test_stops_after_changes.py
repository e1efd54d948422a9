"""A change of the world told in a clause ("until it starts to rain") is no one's act, and its words' events
are cut from the idea's events; the journey's stops name events by index, so they are renumbered with them
(``journeys.kept_stops``). They had pointed past the list's end, and making the film crashed. Ideas written for
this test."""

from __future__ import annotations

import pytest

from autark.story import plan
from autark.story.analysis import analyze
from autark.story.journeys import Stop, kept_stops


def test_kept_stops_renumbers_events_and_arrivals() -> None:
    stops = [Stop(setting="lake", events=[0, 1]), Stop(setting="forest", events=[2, 3], arrive_by=2)]
    kept = kept_stops(stops, [0, 2, 3])  # event 1 (the change) is cut
    assert [s.events for s in kept] == [[0], [1, 2]] and kept[1].arrive_by == 1


def test_a_stop_whose_arrival_is_cut_is_walked_on_to() -> None:
    stops = [Stop(setting="lake", events=[0]), Stop(setting="forest", events=[2], arrive_by=1)]
    kept = kept_stops(stops, [0, 2])
    assert [s.events for s in kept] == [[0], [1]] and kept[1].implied and kept[1].arrive_by == 0


def test_one_place_left_is_no_journey() -> None:
    assert kept_stops([Stop(setting="lake", events=[0]), Stop(setting="forest", events=[1])], [0]) == []


@pytest.mark.parametrize("idea", [
    "Zwei Freunde angeln am See, bis es anfängt zu regnen, und dann laufen sie in den Wald und finden eine Hütte",
    "Two brothers fish at the lake until it starts to snow, then they run into the forest and find a cabin",
    "Ein Mädchen spielt im Garten, bis ein Sturm aufzieht, und rennt dann in die Scheune zu den Pferden",
    "A farmer works in the field until the sun sets, then he walks to the village and dances in the square",
])
def test_every_stop_names_only_events_there_are_and_the_plan_is_made(idea: str) -> None:
    concept = analyze(idea)
    assert all(0 <= i < len(concept.events) for s in concept.stops for i in s.events), concept.stops
    assert all(s.arrive_by < len(concept.events) for s in concept.stops), concept.stops
    assert plan(idea, duration_s=30, seed=0).scenes
