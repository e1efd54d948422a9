"""A rider arrives with the mount: a ride to a castle ends in its courtyard, not in the throne room."""

from __future__ import annotations

import pytest

from autark.story import plan


@pytest.mark.parametrize("idea", ["a knight rides his horse to the castle", "Die Prinzessin reitet auf ihrem Pferd zum Schloss",
                                  "a knight rides to the castle and bows to the queen",
                                  "Der Ritter reitet mit seinem Pferd zur Burg"])
def test_a_ride_to_the_castle_arrives_in_its_courtyard(idea: str) -> None:
    sp = plan(idea, duration_s=30, seed=0)
    last = sp.scenes[-1]
    assert last.setting == "castle_courtyard", [s.setting for s in sp.scenes]


def test_walking_to_the_castle_still_goes_in() -> None:
    sp = plan("the king walks to the castle", duration_s=30, seed=0)
    assert sp.scenes[-1].setting == "throne_room"
