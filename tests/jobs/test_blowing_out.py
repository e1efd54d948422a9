"""A candle blown out is seen blown (issue 17: the one who blew only looked at it): the blower steps up to the
flame, bends until the face is close over it, and a puff of breath flies from the face to the flame as it goes
out; a big fire is doused, not blown."""

from __future__ import annotations

import math

import numpy as np
import pytest

from autark.jobs.effects import blow_ops, effect_ops
from autark.language import apply_sentences
from autark.motion import evaluate_scene
from autark.ops import apply_ops
from autark.scene.geometry import world_bbox
from autark.story.effects import Effect


def _head(obj) -> np.ndarray:
    from autark.jobs.effects import _face

    return np.array(_face(obj))


@pytest.mark.parametrize(("sentences", "blower", "flame"), [
    (["add a girl named Mia", "add a candle 2 metres right of Mia"], "Mia", "candle"),
    (["füge einen Mann namens Tom hinzu", "füge einen Tisch 2 Meter links von Tom hinzu",
      "füge eine Kerze auf den Tisch hinzu"], "Tom", "candle"),
    (["add a grandmother named Rose", "add a table 3 metres behind Rose", "add a cake on the table"],
     "Rose", "cake"),
    (["füge einen Jungen namens Ben hinzu", "füge einen Roboter namens Robo 1 Meter links von Ben hinzu",
      "füge eine Kerze 4 Meter rechts von Ben hinzu"], "Ben", "candle"),
    (["add a knight named Arthur", "add a candle 0.6 metres in front of Arthur"], "Arthur", "candle"),
])
def test_the_blower_bends_over_the_flame_and_a_puff_reaches_it(sentences: list[str], blower: str, flame: str) -> None:
    scene = apply_sentences(sentences)
    who = next(o.id for o in scene.objects if o.name == blower)
    oid = next(o.id for o in scene.objects if o.type == flame)
    eff = Effect(kind="extinguish", target=flame, at_s=1.2, duration_s=2.2)
    ops = effect_ops(scene, [eff], 0.0, 6.0, lambda w: oid if w == flame else None, [], "shot 1")
    scene = apply_ops(scene, ops)
    blow = next(a for a in scene.timeline.actions if a.kind == "blow")
    assert blow.object_id == who and blow.target_object == oid
    out = 1.2 + 0.6 * 2.2  # the flames go
    assert blow.start_s < out < blow.end_s + 0.3
    top = np.array(world_bbox(scene.object(oid)).max)
    top[0], top[2] = world_bbox(scene.object(oid)).center[0], world_bbox(scene.object(oid)).center[2]
    standing = _head(evaluate_scene(scene, 0.0).object(who))
    puff_t = blow.start_s + 0.6 * (blow.end_s - blow.start_s)
    bent = _head(evaluate_scene(scene, puff_t).object(who))
    assert bent[1] < standing[1] - 0.15  # the face came down
    assert math.dist((bent[0], bent[2]), (top[0], top[2])) < 0.75  # and close to the flame
    breath = [o for o in scene.objects if "_breath" in o.id]
    assert len(breath) >= 3
    s0, s1 = evaluate_scene(scene, puff_t + 0.01), evaluate_scene(scene, puff_t + 0.25)
    p0 = np.array(s0.object(breath[0].id).transform.position)
    p1 = np.array(s1.object(breath[0].id).transform.position)
    assert s0.object(breath[0].id).visible and np.linalg.norm(p0 - bent) < 0.35  # from the lips
    assert np.linalg.norm(p1 - top) < 0.15  # to the flame


def test_a_fireplace_is_doused_not_blown() -> None:
    scene = apply_sentences(["add a man named Tom", "add a fireplace 2 metres behind Tom"])
    oid = next(o.id for o in scene.objects if o.type == "fireplace")
    assert blow_ops(scene, oid, 1.0, 3.0, 0.0) == []
