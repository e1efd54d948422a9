"""A sunken ship is a wreck (the underwater set's own kind of thing, not a rowing boat), and gold named as a
thing is gold bars, while a colour word before a noun stays that thing's colour."""

from __future__ import annotations

import pytest

from autark.story.analysis import analyze

THINGS = {  # idea -> things it must have, things it must not
    "Eine Taucherin entdeckt ein versunkenes Schiff voller Gold": ({"shipwreck", "gold_bars"}, {"boat"}),
    "a diver finds a sunken ship full of gold": ({"shipwreck", "gold_bars"}, {"boat"}),
    "a girl finds a sunken boat in the lake": ({"shipwreck"}, {"boat"}),
    "a pirate buries his gold on the island": ({"gold_bars"}, set()),
    "Ein Zwerg zählt sein Gold in der Höhle": ({"gold_bars"}, set()),
    "the king wears a gold crown": ({"crown"}, {"gold_bars"}),
    "Die Königin trägt eine goldene Krone": ({"crown"}, {"gold_bars"}),
    "a fisherman rows his boat across the lake": ({"boat"}, {"shipwreck"}),
}


@pytest.mark.parametrize("idea", list(THINGS))
def test_wrecks_and_gold_are_things(idea: str) -> None:
    have, never = THINGS[idea]
    types = {o.type for o in analyze(idea).objects}
    assert have <= types and not types & never, types
