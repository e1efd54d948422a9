"""Riding from the mount's flank (issue 17): a rider who stands beside the mount gets up at once, with no walk
to it, and a ride told over two shots goes on from the saddle instead of getting down and up again."""

from __future__ import annotations

import numpy as np
import pytest

from autark.assets.rig import bone_world_position
from autark.language import apply_sentences
from autark.motion import evaluate_scene
from autark.motion.riding import CHAINED_S, MOUNT_S, ride_at, saddle
from autark.scene import Scene
from autark.scene.geometry import model_matrix


def _at_cursor(scene: Scene, t: float) -> Scene:
    return scene.model_copy(update={"timeline": scene.timeline.model_copy(update={"cursor_s": t})})


def _astride(scene: Scene, rider: str, mount: str, t: float) -> bool:
    s = evaluate_scene(scene, t)
    o = s.object(rider)
    pelvis = model_matrix(o.transform)[:3, :3] @ bone_world_position(o.type, o.pose, "root") + \
        model_matrix(o.transform)[:3, 3]
    seat, _heading, _half = saddle(s.object(mount))
    return bool(0.0 <= pelvis[1] - seat[1] <= 0.2 and np.hypot(*(pelvis - seat)[[0, 2]]) < 0.2)


_BESIDE = {
    "en": ["add a horse named Star", "add a knight named Tom next to Star", "Tom rides Star"],
    "de": ["füge ein Pferd namens Star hinzu", "füge einen Ritter namens Tom neben Star hinzu",
           "Tom reitet auf Star"],
    "en-unicorn": ["add a unicorn named Sparkle", "add a princess named Ann 0.4 metres right of Sparkle",
                   "Ann is riding Sparkle"],
}


@pytest.mark.parametrize("lang", list(_BESIDE))
def test_a_rider_beside_the_mount_is_up_at_once_and_rides_most_of_the_time(lang: str) -> None:
    scene = apply_sentences(_BESIDE[lang])
    (ride,) = [a for a in scene.timeline.actions if a.kind == "ride"]
    rider, mount = ride.object_id, ride.target_object
    assert not [a for a in scene.timeline.actions if a.object_id == rider and a.kind in ("walk", "run")]
    assert ride.start_s == pytest.approx(0.0)
    times = np.arange(ride.start_s, ride.end_s, 0.25)
    up = [_astride(scene, rider, mount, float(t)) for t in times]
    assert not up[0] and up[int(MOUNT_S / 0.25) + 1]  # from the ground into the saddle
    assert sum(up) / len(up) > 0.6, up  # most of the ride is spent astride
    walks = [a for a in scene.timeline.actions if a.object_id == mount and a.kind in ("walk", "run")]
    assert walks and walks[0].kind == "walk"  # nowhere named: a ride at a walk, not a dash


@pytest.mark.parametrize("sentences", [_BESIDE["en"], _BESIDE["de"]], ids=["en", "de"])
def test_a_ride_told_again_right_after_goes_on_from_the_saddle(sentences: list[str]) -> None:
    scene = apply_sentences(sentences)
    (first,) = [a for a in scene.timeline.actions if a.kind == "ride"]
    gap_to = first.end_s + 0.6 * CHAINED_S
    scene = apply_sentences([sentences[-1]], _at_cursor(scene, gap_to))
    rides = sorted((a for a in scene.timeline.actions if a.kind == "ride"), key=lambda a: a.start_s)
    assert len(rides) == 2 and rides[1].start_s == pytest.approx(gap_to)
    rider, mount = first.object_id, first.target_object
    assert not [a for a in scene.timeline.actions if a.object_id == rider and a.kind in ("walk", "run")]
    for t in (first.end_s - 0.05, (first.end_s + gap_to) / 2, gap_to + 0.05):  # no getting down in between
        assert _astride(scene, rider, mount, t), t
    chained = ride_at(scene.timeline.actions, rider, gap_to + 0.05)
    assert chained is not None and chained.start_s == first.start_s and chained.end_s == rides[1].end_s
    mount_moves = [a for a in scene.timeline.actions if a.object_id == mount and a.start_s >= gap_to - 1e-6]
    assert mount_moves and mount_moves[0].start_s == pytest.approx(gap_to)  # off at once, nobody climbs up
    assert not _astride(scene, rider, mount, rides[1].end_s + 0.3)  # down after the last


def test_rides_far_apart_are_two_rides() -> None:
    scene = apply_sentences(_BESIDE["en"])
    (first,) = [a for a in scene.timeline.actions if a.kind == "ride"]
    later = first.end_s + 3.0
    scene = apply_sentences(["Tom rides Star"], _at_cursor(scene, later))
    assert not _astride(scene, first.object_id, first.target_object, first.end_s + 1.5)  # stood in between
    second = max((a for a in scene.timeline.actions if a.kind == "ride"), key=lambda a: a.start_s)
    assert second.start_s >= later
    chained = ride_at(scene.timeline.actions, first.object_id, second.start_s + 0.1)
    assert chained is not None and chained.start_s == pytest.approx(second.start_s)
