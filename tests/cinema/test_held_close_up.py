"""A close-up of a thing someone holds frames it in their hands with them from the waist up (issue 17): the
close-up of a held fish on its own was the fish and a trouser leg."""

from __future__ import annotations

from autark.cinema import measure_shot

PLAN = """
title: The Fish
language: en
duration_s: 13.0
title_card: {text: The Fish, duration_s: 1.0}
end_card: {text: The End, duration_s: 1.0}
scenes:
- setting: meadow
  characters:
  - {name: Tom, type: sailor, voice: man, position: [-1.0, 0.0, 0.5]}
  objects:
  - {type: fish, position: [0.0, 0.0, 0.8]}
  shots:
  - {duration_s: 5.0, camera: static, size: wide, subject: Tom, actions: [Tom picks up the fish]}
  - {duration_s: 6.0, camera: static, size: close-up, subject: fish, actions: []}
"""


def test_a_close_up_of_a_held_thing_shows_its_holder_too(tmp_path) -> None:
    from autark.jobs.film import SceneSegment
    from autark.jobs.produce import build_film
    from autark.story.screenplay import load_plan

    path = tmp_path / "fish.yaml"
    path.write_text(PLAN, encoding="utf-8")
    built = build_film(load_plan(path), width=480, height=270, fps=24)
    scene = next(s.scene for s in built.segments if isinstance(s, SceneSegment))
    tom = next(c.object_id for c in scene.characters if c.name == "Tom")
    # the insert (a six-second hold of a thing nobody moves is cut with a wide: ``jobs.shots.STILL_MAX_S``)
    shot = max((s for s in scene.timeline.shots if s.subjects and tom not in s.subjects), key=lambda s: s.start_s)
    (fish,) = shot.subjects
    assert fish != tom
    held = measure_shot(scene, shot.camera, shot.start_s, shot.end_s, [fish])
    holder = measure_shot(scene, shot.camera, shot.start_s, shot.end_s, [tom])
    assert held.subjects_visible_pct >= 99.0 and held.head_cut_pct == 0.0, held.to_dict()
    assert holder.subjects_visible_pct >= 99.0, holder.to_dict()  # his head is in the frame, not only a leg
    assert holder.framing in ("medium", "close-up"), holder.to_dict()
    assert held.clearance_m >= 0.3
