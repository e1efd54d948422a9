"""A later clause's hour changes the film's light (``story.hours.later_hour``, ``story.world_changes``): at the end of
a clause that goes on with a verb ("... and reaches the harbour at dawn"), at a journey's next stop, and a storm
or rain the next morning's sun ends is over; a subject joined by "and" is no clause of its own."""

from __future__ import annotations

import pytest

from autark.story import analyze, plan
from autark.story.hours import later_hour
from autark.story.world_changes import read_changes


def worlds(idea: str) -> list[tuple[str, str]]:
    scenes = plan(idea, 30.0, seed=0).scenes
    out = [(s.weather, s.time_of_day) for s in scenes]
    return [w for i, w in enumerate(out) if i == 0 or w != out[i - 1]]


@pytest.mark.parametrize(("folded", "after", "hour"), [
    ("and reaches the harbour at dawn", 7, "dawn"),
    ("and his grandson go fishing on a misty lake at sunrise", 2, ""),  # one subject, one clause
    ("and goes home in the evening", 5, "sunset"),
    ("and sleeps until the afternoon", 5, ""),
    ("and the next morning she finds it", 5, "dawn"),
    ("und tanzt spaet in der nacht nachts", 5, "night"),
])
def test_later_hour(folded: str, after: int, hour: str) -> None:
    assert later_hour(folded.split(), after) == hour


@pytest.mark.parametrize("idea", [
    "A fisherman fights a storm at sea and reaches the harbour at dawn",
    "Ein Fischer kämpft auf dem Meer gegen einen Sturm und erreicht im Morgengrauen den Hafen",
    "During a storm at sea the captain steers the ship, and at dawn the sea is calm",
])
def test_after_a_storm_the_dawn_is_dry(idea: str) -> None:
    seen = worlds(idea)
    assert seen[0][0] == "storm" and seen[0][1] != "dawn", seen
    assert seen[-1] == ("clear", "dawn"), seen


def test_a_journeys_stop_at_sunrise_is_lit_at_sunrise() -> None:
    seen = worlds("A climber spends the night in a snowstorm on the mountain, and at sunrise he reaches the summit")
    assert seen[0] == ("snow", "night") and seen[-1][1] == "dawn", seen


def test_the_next_mornings_sun_ends_the_rain() -> None:
    seen = worlds("Two sailors play cards on the deck in the rain, and the next morning the sun shines")
    assert seen[0][0] == "rain" and seen[-1] == ("clear", "dawn"), seen


def test_a_subject_joined_by_and_tells_no_change() -> None:
    assert read_changes(analyze("A grandfather and his grandson go fishing on a misty lake at sunrise")) == []
