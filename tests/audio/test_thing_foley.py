"""A thing that moves by itself is heard where it comes down (``audio.thing_foley``): a performing printer's
hops tap on each landing, a tipping fridge thuds as it comes to lie on its side, a thing rolling off a cart
lands on the ground; the effects stem has the sound at those moments and is silent before the act."""

from __future__ import annotations

import numpy as np
import pytest

from autark.audio.foley_cues import film_foley, scene_cues
from autark.jobs.thing_motion import HOP_S, thing_motion_ops
from autark.ops import apply_ops
from autark.scene.model import Camera, Scene, SceneObject, Transform
from autark.scene.timeline import Action, Timeline

SR = 48000
T0, T1 = 2.0, 5.0


def _moved(kind: str, typ: str, y: float = 0.0, actions: list[Action] | None = None) -> Scene:
    scene = Scene(objects=[SceneObject(id="obj1", name="t", type=typ, transform=Transform(position=(0.0, y, 0.0)))],
                  cameras=[Camera(name="main", position=(0.0, 1.6, 8.0))],
                  timeline=Timeline(duration_s=8.0, actions=actions or []))
    return apply_ops(scene, thing_motion_ops(scene, kind, "obj1", T0, T1))


def _thuds(scene: Scene) -> list[float]:
    return [c.time_s for c in scene_cues(scene) if c.kind == "thud" and T0 <= c.time_s <= T1 + 1e-6]


def test_a_performing_thing_taps_down_after_each_hop() -> None:
    thuds = _thuds(_moved("perform", "printer"))
    assert len(thuds) >= 3
    assert np.allclose(np.diff(thuds), HOP_S, atol=0.05)  # one landing a hop


def test_a_tipping_thing_thuds_as_it_lands_on_its_side_and_louder_than_a_hop() -> None:
    fell = [c for c in scene_cues(_moved("tumble", "fridge")) if c.kind == "thud"]
    assert [round(c.time_s, 2) for c in fell] == [T1]
    hop = max(c.gain_db for c in scene_cues(_moved("perform", "printer")))
    assert fell[0].gain_db > hop


def test_a_thing_that_acts_itself_is_heard_by_its_acts_not_its_keys() -> None:
    scene = _moved("perform", "printer", actions=[Action(object_id="obj1", kind="wave", start_s=6.0, end_s=7.0)])
    assert _thuds(scene) == []


@pytest.mark.parametrize("kind", ["perform", "tumble"])
def test_the_stem_sounds_at_the_landing_and_is_silent_before(kind: str) -> None:
    scene = _moved(kind, "printer" if kind == "perform" else "fridge")
    stem = film_foley([(0.0, scene.timeline.duration_s, 0.0, scene)])
    assert stem is not None
    x = stem(0, int(7.0 * SR))
    first = min(_thuds(scene))
    at = int(first * SR)
    assert not x[:int(T0 * SR)].any()  # nothing before the act
    assert np.abs(x[at:at + int(0.2 * SR)]).max() > 1e-3  # heard at the landing


def test_a_thing_rolling_off_a_cart_lands_once_and_one_rolling_on_the_ground_is_not_heard() -> None:
    from autark.motion import evaluate_scene
    from autark.scene.geometry import world_bbox

    cart = SceneObject(id="cart", name="cart", type="cart")
    base = Scene(objects=[cart], cameras=[Camera(name="main", position=(0.0, 1.6, 8.0))],
                 timeline=Timeline(duration_s=8.0))
    top = float(world_bbox(evaluate_scene(base, 0.0).object("cart"))[4])
    barrel = SceneObject(id="obj1", name="t", type="barrel", transform=Transform(position=(0.0, top, 0.0)))
    up = base.model_copy(update={"objects": [cart, barrel]})
    up = apply_ops(up, thing_motion_ops(up, "roll", "obj1", T0, T1))
    (landing,) = _thuds(up)
    assert T0 < landing < T1  # it lands on the ground on its way, not where it stops
    assert evaluate_scene(up, landing).object("obj1").transform.position[1] < top
    assert _thuds(_moved("roll", "barrel")) == []  # no drop: a roll along the ground
