"""Riding (issue 17): the rider sits astride the mount, both move together, the mount walks its own gait, and
the rider gets down beside it after; read from sentences in both languages and from ideas."""

from __future__ import annotations

import numpy as np
import pytest

from autark.assets.rig import bone_world_position
from autark.language import apply_sentences
from autark.motion import evaluate_scene
from autark.motion.riding import saddle
from autark.scene import Scene
from autark.scene.geometry import model_matrix


def _pelvis(scene: Scene, oid: str) -> np.ndarray:
    o = scene.object(oid)
    m = model_matrix(o.transform)
    return m[:3, :3] @ bone_world_position(o.type, o.pose, "root") + m[:3, 3]


_EN = ["add a horse named Star", "add a knight named Tom 2 metres left of Star",
       "add a castle 8 metres right of Star", "Tom rides Star to the castle"]
_DE = ["füge ein Pferd namens Star hinzu", "füge einen Ritter namens Tom 2 Meter links von Star hinzu",
       "füge ein Schloss 8 Meter rechts von Star hinzu", "Tom reitet auf Star zum Schloss"]


@pytest.mark.parametrize("sentences", [_EN, _DE], ids=["en", "de"])
def test_the_rider_sits_on_the_walking_horse_and_gets_down_beside_it(sentences: list[str]) -> None:
    scene = apply_sentences(sentences)
    (ride,) = [a for a in scene.timeline.actions if a.kind == "ride"]
    horse = ride.target_object
    walks = [a for a in scene.timeline.actions if a.object_id == horse and a.kind in ("walk", "run")]
    assert walks and scene.object(horse).type == "horse"
    w0, w1 = walks[0].start_s, walks[-1].end_s
    starts = []
    for t in np.linspace(w0 + 0.3, w1 - 0.3, 3):
        s = evaluate_scene(scene, float(t))
        seat, heading, _half = saddle(s.object(horse))
        pelvis = _pelvis(s, ride.object_id)
        assert 0.0 <= pelvis[1] - seat[1] <= 0.2, (t, pelvis, seat)  # on its back, not beside or inside it
        assert np.hypot(*(pelvis - seat)[[0, 2]]) < 0.2
        assert abs((s.object(ride.object_id).transform.rotation[1] - heading + 180) % 360 - 180) < 5
        starts.append(s.object(horse).transform.position)
    assert np.linalg.norm(np.subtract(starts[-1], starts[0])) > 2.5  # they went somewhere together
    after = evaluate_scene(scene, ride.end_s + 0.3)
    down = _pelvis(after, ride.object_id)
    assert down[1] < saddle(after.object(horse))[0][1] - 0.5  # back on the ground after the ride


def test_a_ride_with_nothing_to_ride_is_a_walk() -> None:
    scene = apply_sentences(["add a knight named Tom", "Tom rides 4 metres to the right"])
    kinds = {a.kind for a in scene.timeline.actions}
    assert "ride" not in kinds and "walk" in kinds


@pytest.mark.parametrize(("idea", "want"), [
    # a ride to the castle is a journey (story.journeys): ridden across the way there, then arrived
    ("a knight rides his horse to the castle", "Knight rides Horse"),
    ("Ein Cowboy reitet auf seinem Pferd durch die Wüste", "Cowboy reitet auf Pferd"),
    ("the princess rides a unicorn over the rainbow", "Princess rides Unicorn"),
])
def test_an_idea_with_a_ride_writes_the_rider_on_the_mount(idea: str, want: str) -> None:
    from autark.story import plan

    sp = plan(idea, duration_s=30, seed=0)
    assert any(want in a for s in sp.scenes for shot in s.shots for a in shot.actions)
