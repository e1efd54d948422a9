"""What comes later is not seen before, in the built scene itself (visibility keyframes, ``jobs.presence`` and
the transform swap): a thing found is hidden until the shot of its find and in the finder's hand after; a
guest who arrives is hidden until they come; a figure revealed as another is only its first form before the
reveal and only its second after."""

from __future__ import annotations

import math

import pytest

from autark.jobs.produce import build_film
from autark.motion import evaluate_scene
from autark.scene.model import Scene
from autark.story import plan


def _scene_and_plan(idea: str) -> tuple[Scene, list]:
    sp = plan(idea, duration_s=30, seed=0)
    assert len(sp.scenes) == 1, "one scene keeps the times simple"
    film = build_film(sp, width=160, height=90)
    (scene,) = [seg.scene for seg in film.segments if hasattr(seg, "scene")]
    return scene, sp.scenes[0].shots


def _start_of(shots: list, kind: str, target: str) -> float:
    k = next(i for i, s in enumerate(shots) if any(e.kind == kind and e.target == target for e in s.effects))
    return sum(s.duration_s for s in shots[:k])


def _obj(scene: Scene, t: float, name: str):
    state = evaluate_scene(scene, t)
    return next(o for o in state.objects if o.name == name or o.type == name)


def test_a_thing_found_in_the_fridge_is_hidden_until_the_find_then_in_the_finders_hand() -> None:
    scene, shots = _scene_and_plan("Der Opa sucht seine Brille und findet sie schließlich im Kühlschrank.")
    found_at = _start_of(shots, "appear", "glasses")
    assert found_at > 5.0  # not at the opening
    for t in (0.3, found_at / 2, found_at - 0.3):
        assert not _obj(scene, t, "glasses").visible, t
    end = scene.timeline.duration_s - 0.3
    glasses, opa = _obj(scene, end, "glasses"), _obj(scene, end, "Opa")
    assert glasses.visible
    gx, gy, gz = glasses.transform.position
    ox, _, oz = opa.transform.position
    assert gy > 0.3 and math.hypot(gx - ox, gz - oz) < 0.8  # held up in his hands, not on the floor
    fridge = _obj(scene, found_at + 0.1, "fridge").transform.position
    at_find = _obj(scene, found_at + 0.1, "glasses").transform.position
    assert math.hypot(at_find[0] - fridge[0], at_find[2] - fridge[2]) < 1.0  # it turns up at the fridge


@pytest.mark.parametrize(("idea", "first", "second"), [
    ("The children hear a ghost in the attic, but the ghost turns out to be an owl.", "Ghost", "Owl"),
])
def test_who_comes_later_or_is_revealed_is_not_seen_before(idea: str, first: str, second: str) -> None:
    scene, shots = _scene_and_plan(idea)
    end = scene.timeline.duration_s - 0.3
    assert not _obj(scene, 0.3, second).visible
    assert _obj(scene, end, second).visible
    if first:  # the ghost before, the owl after: never both
        assert _obj(scene, 0.3, first).visible
        assert not _obj(scene, end, first).visible
        swap = _start_of(shots, "transform", first)
        assert not _obj(scene, swap - 0.2, second).visible
