"""A failed attempt at a catch or a picking is built with the thing never in the hands (story.attempts,
jobs.catches), measured on the built scene with ``jobs.whereabouts.where_is``."""

from __future__ import annotations

import pytest

from autark.audio import VoiceEngine
from autark.jobs.produce import build_scene
from autark.jobs.whereabouts import where_is
from autark.story import plan, semantic


@pytest.fixture(autouse=True)
def no_embeddings(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(semantic, "semantic_available", lambda: False)


@pytest.mark.parametrize(("idea", "kind", "lang"), [
    ("A boy tries to catch a fish but catches nothing.", "fish", "en"),
    ("Ein Junge versucht, den Apfel zu pflücken, kommt aber nicht heran.", "apple", "de"),
])
def test_the_thing_of_a_failed_attempt_is_never_held(idea: str, kind: str, lang: str,
                                                     brisk_voices: VoiceEngine) -> None:
    spec = plan(idea, duration_s=30, seed=1).scenes[0]
    scene = build_scene(spec, width=160, height=90, fps=10, voices=brisk_voices, check_shots=False, language=lang)
    thing = next(o.id for o in scene.objects if o.type == kind and o.tag != "setting")
    seen = [where_is(scene, thing, t / 2) for t in range(int(2 * scene.timeline.duration_s))]
    assert seen and all(w.relation != "gone" for w in seen[:1])
    assert not [i / 2 for i, w in enumerate(seen) if w.relation == "held"]
