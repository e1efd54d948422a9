"""A wide of everyone frames the people the beat is about; a big body behind them (a dragon, a whale) stands in
the background, partly out of the frame if it must, instead of shrinking them: in the box of a wide, the dragon
made the two knights it stood behind a few pixels tall."""

from __future__ import annotations

from autark.cinema import measure_shot, rules

PLAN = """
title: The Dragon
language: en
duration_s: 10.0
title_card: {text: The Dragon, duration_s: 1.0}
end_card: {text: The End, duration_s: 1.0}
scenes:
- setting: meadow
  characters:
  - {name: Tom, type: knight, voice: man, position: [-0.8, 0.0, 1.0]}
  - {name: Ben, type: knight, voice: man, position: [0.8, 0.0, 1.0]}
  - {name: Smok, type: dragon, voice: none, position: [0.0, 0.0, -5.0]}
  objects: []
  shots:
  - {duration_s: 4.0, camera: static, size: wide, subject: '', actions: []}
  - {duration_s: 4.0, camera: static, size: wide, subject: '', actions: [], dialogue: [{speaker: Tom, text: Look at that dragon behind us.}]}
"""


def test_a_wide_frames_the_knights_with_the_dragon_behind_them(tmp_path) -> None:
    import numpy as np

    from autark.cinema import SceneStates, camera_path
    from autark.cinema.boxes import project
    from autark.jobs.film import SceneSegment
    from autark.jobs.produce import build_film
    from autark.scene.geometry import world_bbox
    from autark.story.screenplay import load_plan

    path = tmp_path / "dragon.yaml"
    path.write_text(PLAN, encoding="utf-8")
    built = build_film(load_plan(path), width=480, height=270, fps=24)
    scene = next(s.scene for s in built.segments if isinstance(s, SceneSegment))
    ids = {c.name: c.object_id for c in scene.characters}
    for shot in scene.timeline.shots:
        assert sorted(shot.subjects) == sorted([ids["Tom"], ids["Ben"]]), shot
        m = measure_shot(scene, shot.camera, shot.start_s, shot.end_s, shot.subjects)
        assert m.ok, m.to_dict()
        # the knights a good part of the frame's height (their box with the dragon's, they were a sixth); the
        # second wide from another angle than the first (``jobs.holds``: the same wide twice is a jump cut)
        assert m.subject_height_px >= rules.MIN_WIDE_PEOPLE_FRAC * scene.settings.height, m.to_dict()
        # and the dragon behind them, in the picture: its middle and its head in the frame
        t = (shot.start_s + shot.end_s) / 2
        states = SceneStates(scene)
        dragon = states.object(t, ids["Smok"])
        _figure, points, _corners = states.points(t, dragon)
        cam = camera_path(scene, shot.camera)(t)
        p = project(cam, scene.settings.width / scene.settings.height,
                    np.array([world_bbox(dragon).center, points["head"]]))
        assert np.all(np.abs(p[:, :2]) <= 1.0), p


def test_the_backdrop_is_the_dragon_and_the_one_far_from_the_group_never_a_horse_or_everyone() -> None:
    from autark.assets import library
    from autark.jobs.shots import backdrop_cast
    from autark.scene.model import Scene, SceneObject, Transform

    def body(oid: str, kind: str, x: float, z: float = 0.0, y: float = 0.0) -> SceneObject:
        spec = library.get(kind)
        return SceneObject(id=oid, name=oid, type=kind, bounds_min=spec.bounds_min, bounds_max=spec.bounds_max,
                           transform=Transform(position=(x, y, z)))

    knights = [body("a", "knight", -1.0), body("b", "knight", 1.0)]
    scene = Scene(objects=[*knights, body("d", "dragon", 0.0, -6.0), body("h", "horse", 2.5)])
    assert backdrop_cast(scene, ["a", "b", "d", "h"]) == {"d"}
    scene = Scene(objects=[*knights, body("c", "knight", 0.0, 1.0), body("g", "bird", 0.0, -3.0, y=12.0)])
    assert backdrop_cast(scene, ["a", "b", "c", "g"]) == {"g"}  # the bird high over them
    assert backdrop_cast(scene, ["a", "g"]) == set()  # two: no group to leave one out of
    scene = Scene(objects=[body("d", "dragon", 0.0), body("e", "dragon", 14.0)])
    assert backdrop_cast(scene, ["d", "e"]) == set()  # all of them big: the wide is theirs
