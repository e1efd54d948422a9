"""The one the story is about stays in the picture: while someone else speaks in a shot planned as a single of
the speaker, the one acting (dancing, running about, waving) is framed with them, not left off screen for the
whole line (a man's close-ups ran while the dog the idea was about stayed off screen)."""

from __future__ import annotations

import pytest

from autark.cinema import measure_scene, rules

PLAN = """
title: Beside
language: en
duration_s: 12.0
title_card: {{text: Beside, duration_s: 1.0}}
end_card: {{text: The End, duration_s: 1.0}}
scenes:
- setting: {setting}
  characters:
  - {{name: {actor}, type: {actor_type}, voice: {actor_voice}, position: [-1.2, 0.0, 0.3]}}
  - {{name: {speaker}, type: {speaker_type}, voice: {speaker_voice}, position: [1.4, 0.0, -0.4]}}
  objects: []
  shots:
  - {{duration_s: 3.0, camera: static, size: wide, subject: '', actions: []}}
  - duration_s: 7.0
    camera: static
    size: {size}
    subject: {speaker}
    actions: ['{action}']
    dialogue: [{{speaker: {speaker}, text: '{line}'}}]
"""

CASES = [
    dict(setting="park", actor="Lena", actor_type="girl", actor_voice="child", speaker="Tom", speaker_type="man",
         speaker_voice="man", size="close-up", action="Lena dances",
         line="Look at you dancing, Lena! One day you will dance on a real stage, I am sure of it."),
    dict(setting="garden", actor="Bello", actor_type="dog", actor_voice="none", speaker="Anna",
         speaker_type="woman", speaker_voice="woman", size="medium", action="Bello plays",
         line="Bello, what are you doing there on the grass? Come here, silly dog, dinner is ready now."),
]


@pytest.mark.parametrize("case", CASES, ids=[c["actor_type"] for c in CASES])
def test_the_one_acting_is_framed_while_another_speaks(tmp_path, case: dict[str, str]) -> None:
    from autark.jobs.film import SceneSegment
    from autark.jobs.produce import build_film
    from autark.story.screenplay import load_plan

    path = tmp_path / "plan.yaml"
    path.write_text(PLAN.format(**case), encoding="utf-8")
    built = build_film(load_plan(path), width=320, height=180, fps=24)
    scene = next(s.scene for s in built.segments if isinstance(s, SceneSegment))
    names = {o.id: o.name for o in scene.objects}
    actor = next(c.object_id for c in scene.characters if c.name == case["actor"])
    speaking = [sh for sh in scene.timeline.shots if sh.start_s >= 3.0 - 1e-6]
    assert speaking and all(actor in sh.story for sh in speaking), [(sh.story, sh.notes) for sh in speaking]
    for m in measure_scene(scene):
        if m.start_s >= 3.0 - 1e-6:
            off = m.faults["subject_off"][0]
            assert off <= rules.FAULT_WARN_S, (names.get(m.subjects[0]), off, m.notes)
            assert not [p for p in m.failures if p.code in ("subject_off", "empty", "head_out")], m.problems
