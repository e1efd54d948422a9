"""A fault in measuring one framing costs that framing, never the film: the planner skips it and goes on."""

from __future__ import annotations

import yaml

from autark.jobs import shots
from autark.jobs.produce import build_scene
from autark.story.screenplay import SceneSpec

_SPEC = """
setting: kitchen
characters:
- {name: Ann, type: woman, voice: none, position: [-1.0, 0.0, 0.0]}
- {name: Bo, type: man, voice: none, position: [1.0, 0.0, 0.0]}
shots:
- {duration_s: 3.0, size: medium, subject: Ann}
- {duration_s: 3.0, size: close-up, subject: Bo}
"""


def test_a_framing_that_raises_is_skipped_and_the_scene_still_gets_its_shots(monkeypatch, silent_voices) -> None:
    real = shots.measure_shot
    calls = {"n": 0}

    def flaky(*args, **kwargs):
        calls["n"] += 1
        if calls["n"] % 2 == 1:  # every other framing tried hits a body point that is not there
            raise KeyError("eyes")
        return real(*args, **kwargs)

    monkeypatch.setattr(shots, "measure_shot", flaky)
    scene = build_scene(SceneSpec.model_validate(yaml.safe_load(_SPEC)), width=160, height=90, fps=10,
                        voices=silent_voices)
    assert calls["n"] >= 2
    planned = sorted(scene.timeline.shots, key=lambda s: s.start_s)
    assert planned and planned[0].start_s == 0.0 and abs(planned[-1].end_s - 6.0) < 0.05
