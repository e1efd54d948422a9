"""Stand-ins that keep the meaning: a thing named is no cue for another of another role (an umbrella one flies
with brings no plane)."""

from __future__ import annotations

import pytest

from autark.story import analyze


@pytest.mark.parametrize(("idea", "thing"), [("A girl with an umbrella flies over the city", "umbrella"),
                                             ("Ein Junge fliegt mit vielen Luftballons über die Stadt", "balloon")])
def test_who_flies_with_a_thing_gets_no_plane(idea: str, thing: str) -> None:
    """A carried thing one flies with is no propeller plane's cue (``thing_kinds.FLOWN_WITH``)."""
    kinds = [o.type for o in analyze(idea).objects]
    assert thing in kinds and "airplane" not in kinds
