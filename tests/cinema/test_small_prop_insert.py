"""An insert of a small thing (a football on the grass) shows it with some of its world around it: the one who
stands by it, or the ground, never the thing filling the frame (the football's close-up was a red ball as tall as
the picture with two trouser legs at its top)."""

from __future__ import annotations

from autark.cinema import measure_shot

PLAN = """
title: The Ball
language: en
duration_s: 11.0
title_card: {text: The Ball, duration_s: 1.0}
end_card: {text: The End, duration_s: 1.0}
scenes:
- setting: park
  characters:
  - {name: Sam, type: boy, voice: child, position: [-0.9, 0.0, 0.5]}
  - {name: Kim, type: woman, voice: woman, position: [2.5, 0.0, -3.0]}
  objects:
  - {type: ball, position: [-0.3, 0.0, 0.9]}
  - {type: cup, position: [4.0, 0.0, 3.0]}
  shots:
  - {duration_s: 3.0, camera: static, size: wide, subject: Sam, actions: []}
  - {duration_s: 3.0, camera: static, size: close-up, subject: ball, actions: []}
  - {duration_s: 3.0, camera: static, size: close-up, subject: cup, actions: []}
"""


def _built(tmp_path, silent_voices):
    from autark.jobs.film import SceneSegment
    from autark.jobs.produce import build_film
    from autark.story.screenplay import load_plan

    path = tmp_path / "ball.yaml"
    path.write_text(PLAN, encoding="utf-8")
    built = build_film(load_plan(path), width=480, height=270, fps=24, voices=silent_voices)
    return next(s.scene for s in built.segments if isinstance(s, SceneSegment))


def _thing_share(scene, shot, thing) -> float:
    """The thing's projected height over the frame's, halfway through the shot."""
    import numpy as np

    from autark.cinema import SceneStates, camera_path
    from autark.cinema.boxes import project

    t = (shot.start_s + shot.end_s) / 2
    obj = SceneStates(scene).object(t, thing)
    from autark.scene.geometry import world_bbox

    b = world_bbox(obj)
    corners = np.array([[x, y, z] for x in (b.min[0], b.max[0]) for y in (b.min[1], b.max[1])
                        for z in (b.min[2], b.max[2])])
    p = project(camera_path(scene, shot.camera)(t), scene.settings.width / scene.settings.height, corners)
    return float(p[:, 1].max() - p[:, 1].min()) / 2


def test_an_insert_of_a_small_thing_shows_it_small_with_the_one_by_it(tmp_path, silent_voices) -> None:
    scene = _built(tmp_path, silent_voices)
    sam = next(c.object_id for c in scene.characters if c.name == "Sam")
    ball = next(o.id for o in scene.objects if o.type == "ball" and o.tag != "setting")
    cup = next(o.id for o in scene.objects if o.type == "cup" and o.tag != "setting")
    # the ball's shot: its insert, or, where the insert would cut the boy's face at the top edge (a boy stands
    # no taller than the frame an insert at his feet holds), the ball with him
    ball_shot = next(s for s in scene.timeline.shots if s.subjects[:1] == [ball])
    cup_shot = next(s for s in scene.timeline.shots if s.subjects == [cup])
    share = _thing_share(scene, ball_shot, ball)
    assert 0.1 <= share <= 0.42, share  # the ball a tenth to two fifths of the frame, not all of it
    m = measure_shot(scene, ball_shot.camera, ball_shot.start_s, ball_shot.end_s, [ball])
    assert m.subjects_visible_pct >= 95.0 and m.clearance_m >= 0.3, m.to_dict()
    assert not {"head_out", "body_cut"} & {p.code for p in m.problems}, m.problems
    # Sam, who stands by it, is in the picture with it: his legs at least (a third of his body's width across it)
    legs = measure_shot(scene, ball_shot.camera, ball_shot.start_s, ball_shot.end_s, [sam])
    assert legs.subject_height_px >= 0.25 * scene.settings.height, legs.to_dict()
    # the cup stands alone: the ground around it, the cup still small and usable
    share = _thing_share(scene, cup_shot, cup)
    assert 0.1 <= share <= 0.42, share
    m = measure_shot(scene, cup_shot.camera, cup_shot.start_s, cup_shot.end_s, [cup])
    assert m.subjects_visible_pct >= 95.0, m.to_dict()


BETWEEN = """
title: The Cup
language: en
duration_s: 8.0
title_card: {text: The Cup, duration_s: 1.0}
end_card: {text: The End, duration_s: 1.0}
scenes:
- setting: kitchen
  characters:
  - {name: Tom, type: chef, voice: man, position: [-0.71, 0.0, 0.7]}
  - {name: Eva, type: waitress, voice: woman, position: [0.71, 0.0, 0.72]}
  objects:
  - {type: cup, position: [0.0, 0.0, 0.9]}
  shots:
  - {duration_s: 3.0, camera: static, size: wide, subject: '', actions: []}
  - {duration_s: 3.0, camera: static, size: close-up, subject: cup, actions: []}
"""


def test_an_insert_of_a_cup_between_two_people_is_not_filled_by_the_legs_of_either(tmp_path, silent_voices) -> None:
    from autark.jobs.film import SceneSegment
    from autark.jobs.produce import build_film
    from autark.story.screenplay import load_plan

    path = tmp_path / "cup.yaml"
    path.write_text(BETWEEN, encoding="utf-8")
    built = build_film(load_plan(path), width=480, height=270, fps=24, voices=silent_voices)
    scene = next(s.scene for s in built.segments if isinstance(s, SceneSegment))
    cup = next(o.id for o in scene.objects if o.type == "cup" and o.tag != "setting")
    shot = next(s for s in scene.timeline.shots if s.subjects == [cup])
    assert 0.08 <= _thing_share(scene, shot, cup) <= 0.42
    # the one of them further from the cup counts as a body in front of it (``test_measure_truths``): none fills it
    m = measure_shot(scene, shot.camera, shot.start_s, shot.end_s, [cup])
    assert m.ok and m.foreground_pct <= 25.0 and m.clearance_m >= 0.3, m.to_dict()
