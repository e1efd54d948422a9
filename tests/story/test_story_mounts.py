"""A rider with no goal is seen astride (issue 17): the rider stands at the mount's flank from the first
shot, the ride's shots are rides (no walk to the horse first), and the ride goes on in the shot after it."""

from __future__ import annotations

import math

import pytest

from autark.story import plan
from autark.story.mounts import can_carry

_IDEAS = [
    "the knight rides his horse across the field",
    "A cowgirl is riding her horse through the desert",
    "the old king rode his white horse to the castle and met a dragon",
    "Die Prinzessin reitet auf ihrem Pferd durch den Wald und findet einen verletzten Wolf",
    "Ein Ritter ritt auf seinem Pferd über die Wiese",
    "Die Bäuerin reitet ihr Pferd zum Bauernhof und füttert die Hühner",
]


@pytest.mark.parametrize("idea", _IDEAS)
def test_the_rider_starts_beside_the_mount_and_the_ride_fills_shots(idea: str) -> None:
    sp = plan(idea, duration_s=30, seed=0)
    scene = sp.scenes[0]
    rides = [(k, a) for k, shot in enumerate(scene.shots) for a in shot.actions
             if " rides " in a or " reitet " in a]
    assert rides, [s.actions for s in scene.shots]
    words = rides[0][1].split()
    rider = next(c for c in scene.characters if c.name == words[0])
    mount = next(c for c in scene.characters if c.name in words[1:])
    assert can_carry(mount.type) and not can_carry(rider.type)
    assert math.dist(rider.position, mount.position) < 1.3, (rider.position, mount.position)
    first = rides[0][0]
    walks_to = [a for a in scene.shots[first].actions if a.startswith(rider.name) and mount.name in a
                and (" walks " in a or " geht " in a or " runs " in a or " rennt " in a)]
    assert not walks_to  # no walk to the horse eats the ride's shot
    assert not any(mount.name in a and (" walks " in a or " geht " in a) and a.startswith(rider.name)
                   for shot in scene.shots[:first] for a in shot.actions)
    ridden = {k for k, _a in rides}
    assert len(ridden) >= 2 and first + 1 in ridden  # the ride goes on in the next shot, in the saddle
    assert sum(scene.shots[k].duration_s for k in ridden) >= 5.0
