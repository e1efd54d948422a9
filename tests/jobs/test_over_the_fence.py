"""A thing sent over a fence or a wall comes down on the ground beyond it (``jobs.landings``), not on its top: the
side away from where it left, lying on the ground, and it stays there."""

from __future__ import annotations

import numpy as np
import pytest

from autark.audio import VoiceEngine
from autark.jobs.landings import landed_id
from autark.jobs.produce import build_scene
from autark.motion import evaluate_scene
from autark.scene.geometry import world_bbox
from autark.story import plan, semantic


@pytest.fixture(autouse=True)
def no_embeddings(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(semantic, "semantic_available", lambda: False)


def test_a_key_thrown_over_the_wall_lands_beyond_it(brisk_voices: VoiceEngine) -> None:
    spec = plan("das Mädchen wirft den Schlüssel über die Mauer", duration_s=24, seed=1).scenes[0]
    spec = spec.model_copy(update={"shots": [s.model_copy(update={"dialogue": [], "narration": ""})
                                             for s in spec.shots]})
    scene = build_scene(spec, width=160, height=90, fps=10, voices=brisk_voices, check_shots=False)
    key = next(o.id for o in scene.objects if o.type == "key")
    wall = next(o.id for o in scene.objects if o.type == "wall" and o.tag != "setting")
    ids = [landed_id(key), key]
    start = evaluate_scene(scene, 0.0)
    end = evaluate_scene(scene, scene.timeline.duration_s - 0.1)
    moved = next(i for i in ids if end.find_object(i) is not None and end.object(i).visible)
    w = world_bbox(end.object(wall))
    k = world_bbox(end.object(moved))
    assert k.min[1] < w.min[1] + 0.15  # on the ground, not on the wall's top
    c, wc, k0 = np.array(k.center), np.array(w.center), np.array(world_bbox(start.object(key)).center)
    assert np.dot((c - wc)[[0, 2]], (wc - k0)[[0, 2]]) > 0  # beyond the wall, seen from where it left
