"""A thing that acts by itself moves on screen (``autark.jobs.thing_motion``), measured on built scenes: a printer
that sings hops and glows during its shot and is back where it stood after; a toy car that drives through the room
travels across it and back; a fridge that tips off the van stands upright before its shot and lies on its side on
the ground after; a pumpkin that rolls off the cart starts on the cart and ends on the ground, metres away."""

from __future__ import annotations

import numpy as np
import pytest

from autark.audio import VoiceEngine
from autark.jobs.produce import build_scene
from autark.motion import evaluate_scene
from autark.scene.geometry import world_bbox
from autark.scene.model import Scene
from autark.story import plan, semantic
from autark.story.screenplay import SceneSpec


@pytest.fixture(autouse=True)
def no_embeddings(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(semantic, "semantic_available", lambda: False)


def _built(idea: str, voices: VoiceEngine, kind: str) -> tuple[Scene, str, float, float]:
    """The built scene, the id of the thing the ``kind`` effect is on, and its shot's start and end."""
    spec: SceneSpec = plan(idea, duration_s=24, seed=1).scenes[0]
    spec = spec.model_copy(
        update={"shots": [s.model_copy(update={"dialogue": [], "narration": ""}) for s in spec.shots]}
    )
    scene = build_scene(spec, width=160, height=90, fps=10, voices=voices, check_shots=False)
    t = 0.0
    for shot in spec.shots:
        effect = next((e for e in shot.effects if e.kind == kind), None)
        if effect is not None:
            oid = next(o.id for o in scene.objects if o.type == effect.target)
            return scene, oid, t, t + shot.duration_s
        t += shot.duration_s
    raise AssertionError(f"no {kind} in the plan")


def _box(scene: Scene, oid: str, t: float) -> tuple[np.ndarray, np.ndarray]:
    b = world_bbox(evaluate_scene(scene, t).object(oid))
    return np.array(b.min), np.array(b.max)


def test_a_singing_printer_hops_and_glows_and_comes_back(brisk_voices: VoiceEngine) -> None:
    scene, oid, t0, t1 = _built(
        "a printer sings opera in the office while the clerks watch", brisk_voices, "perform"
    )
    rest_lo, rest_hi = _box(scene, oid, t0)
    times = np.linspace(t0, t1, 40)
    lows = [_box(scene, oid, t)[0][1] for t in times]
    assert max(lows) - rest_lo[1] > 0.04  # off the floor at the top of a hop
    glow = [evaluate_scene(scene, t).object(oid).material.emissive_strength for t in times]
    assert max(glow) > 0.3
    end_lo, end_hi = _box(scene, oid, t1)
    assert np.allclose(end_lo, rest_lo, atol=0.02) and np.allclose(end_hi, rest_hi, atol=0.02)


def test_a_toy_car_drives_off_across_the_room_and_back(brisk_voices: VoiceEngine) -> None:
    scene, oid, t0, t1 = _built("Das Spielzeugauto fährt allein durch das Kinderzimmer", brisk_voices, "roam")
    start = (_box(scene, oid, t0)[0] + _box(scene, oid, t0)[1]) / 2
    middles = [sum(_box(scene, oid, t)) / 2 for t in np.linspace(t0, t1, 30)]
    assert max(float(np.linalg.norm((m - start)[[0, 2]])) for m in middles) > 1.0
    assert float(np.linalg.norm(middles[-1] - start)) < 0.05


def test_a_tipping_fridge_ends_on_its_side_on_the_ground(brisk_voices: VoiceEngine) -> None:
    scene, oid, t0, t1 = _built("the fridge tips off the van in front of the house", brisk_voices, "tumble")
    lo, hi = _box(scene, oid, t0)
    tall, wide = hi[1] - lo[1], max(hi[0] - lo[0], hi[2] - lo[2])
    assert tall > wide  # a fridge stands upright before
    end_lo, end_hi = _box(scene, oid, scene.timeline.duration_s - 0.1)
    assert end_hi[1] - end_lo[1] < 0.75 * tall  # and lies after, to the film's end
    assert abs(end_lo[1]) < 0.05  # on the ground


def test_a_pumpkin_rolls_off_the_cart_and_on_along_the_ground(brisk_voices: VoiceEngine) -> None:
    scene, oid, t0, t1 = _built("Der Kürbis rollt vom Karren den Hügel hinunter", brisk_voices, "roll")
    lo, hi = _box(scene, oid, t0)
    assert lo[1] > 0.2  # on the cart before
    end_lo, end_hi = _box(scene, oid, scene.timeline.duration_s - 0.1)
    assert (
        abs((end_lo[1] + end_hi[1]) / 2 - (hi[1] - lo[1]) / 2) < 0.05
    )  # its middle its own half up: on the ground
    assert abs((end_lo[0] + end_hi[0]) / 2 - (lo[0] + hi[0]) / 2) > 2.0  # rolled on, away
    spun = evaluate_scene(scene, (t0 + t1) / 2).object(oid).transform.rotation[2]
    assert abs(spun - evaluate_scene(scene, t0).object(oid).transform.rotation[2]) > 45  # turning as it rolls
