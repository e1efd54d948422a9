"""Whether an event's consequence is seen in the built scene (``jobs.shown_events``), measured on its tracks: a
ball sent off by ``fly_off`` (``jobs.thing_motion``) travels through the air and is gone; the same ball left
alone does not; a vase that breaks changes shape, one that stands does not."""

from __future__ import annotations

import pytest

from autark.audio import VoiceEngine
from autark.jobs.produce import build_scene
from autark.jobs.shown_events import consequence_seen, resolve_in
from autark.motion import evaluate_scene
from autark.story import plan, semantic
from autark.story.effects import Effect


@pytest.fixture(autouse=True)
def no_embeddings(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(semantic, "semantic_available", lambda: False)


def _with(idea: str, voices: VoiceEngine, thing: str, kind: str | None):
    """The first scene of ``idea`` built with (or without) an effect ``kind`` on ``thing`` in its last shot;
    the built scene, the thing's id and that shot's span."""
    spec = plan(idea, duration_s=20, seed=1).scenes[0]
    shots = [s.model_copy(update={"dialogue": [], "narration": "", "effects": [e for e in s.effects
                                                                            if e.target != thing]})
             for s in spec.shots]
    if kind is not None:
        shots[-1] = shots[-1].model_copy(update={"effects": [Effect(kind=kind, target=thing, at_s=0.5,
                                                                    duration_s=1.5)]})
    spec = spec.model_copy(update={"shots": shots})
    scene = build_scene(spec, width=160, height=90, fps=10, voices=voices, check_shots=False)
    t0 = sum(s.duration_s for s in shots[:-1])
    oid = resolve_in(scene, thing)
    assert oid is not None
    return scene, oid, t0, t0 + shots[-1].duration_s


def test_a_ball_sent_flying_is_seen_in_the_air_and_gone(brisk_voices: VoiceEngine) -> None:
    scene, oid, t0, t1 = _with("A boy looks at a ball in the garden", brisk_voices, "ball", "fly_off")
    seen, why = consequence_seen(scene, "air", oid, t0, t1)
    assert seen, why
    assert not evaluate_scene(scene, t1 - 0.05).object(oid).visible  # so far it never comes back
    assert evaluate_scene(scene, t0).object(oid).visible


def test_a_ball_left_alone_is_not_seen_flying(brisk_voices: VoiceEngine) -> None:
    scene, oid, t0, t1 = _with("A boy looks at a ball in the garden", brisk_voices, "ball", None)
    seen, why = consequence_seen(scene, "air", oid, t0, t1)
    assert not seen, why
    assert not consequence_seen(scene, "shape", oid, t0, t1)[0]


def test_a_vase_that_breaks_changes_shape(brisk_voices: VoiceEngine) -> None:
    scene, oid, t0, t1 = _with("A waiter looks at a vase on the table", brisk_voices, "vase", "break")
    assert consequence_seen(scene, "shape", oid, t0, t1)[0]
