"""A close shot is of a face (issue 17, films from unseen ideas): close and medium shots showed the back of a
helmet while its wearer repaired the ship, a farmer in profile, a speaker talking with his back to the camera.
The camera stands within 70 degrees of where a medium's subject faces, and a speaker seen from behind is not
on screen for their line."""

from __future__ import annotations

import pytest

from autark.cinema import LineSpan, measure_shot, rules


def _scene(heading: float):
    from autark.assets import library
    from autark.scene.model import Character, Scene, SceneObject, Transform

    spec = library.get("grandmother")
    gran = SceneObject(id="g", name="Gran", type="grandmother", bounds_min=spec.bounds_min,
                       bounds_max=spec.bounds_max, transform=Transform(rotation=(0.0, heading, 0.0)))
    return Scene(objects=[gran], characters=[Character(id="gran", name="Gran", object_id="g")])


def _medium(heading: float, lines=()):
    from autark.scene.model import Camera

    cam = Camera(name="c", position=(0.0, 1.3, 1.6), target=(0.0, 1.25, 0.0), fov=40.0)  # waist up, from +Z
    return measure_shot(_scene(heading), lambda _t: cam, 0.0, 1.0, ["g"], list(lines), width=480, height=270)


@pytest.mark.parametrize(("heading", "turned"), [(0.0, False), (45.0, False), (-60.0, False), (90.0, True),
                                                 (-90.0, True), (125.0, True)])
def test_a_medium_shows_the_face_within_70_degrees(heading: float, turned: bool) -> None:
    m = _medium(heading)
    assert m.framing == "medium"
    assert m.turned_pct == (100.0 if turned else 0.0), m.to_dict()
    assert ("back" in {p.code for p in m.failures}) == turned, m.problems


def test_a_speaker_seen_from_behind_is_not_on_screen() -> None:
    line = [LineSpan("g", 0.0, 1.0, "hello")]
    front, back = _medium(0.0, line), _medium(180.0, line)
    assert front.worst_line_pct == 100.0 and "speaker_off" not in {p.code for p in front.failures}
    assert back.worst_line_pct == 0.0 and "speaker_off" in {p.code for p in back.failures}
    assert rules.FACE_COS > 0.0  # a profile (90 degrees) is past it


def test_a_big_animal_whose_flank_is_nearer_than_the_subject_is_foreground() -> None:
    """A horse between the camera and the farmer, its head further off than his: its flank filled half of his
    medium and the shot was kept."""
    from autark.assets import library
    from autark.scene.model import Camera, Character, Scene, SceneObject, Transform

    gran, horse = library.get("grandmother"), library.get("horse")
    scene = Scene(objects=[
        SceneObject(id="g", name="Gran", type="grandmother", bounds_min=gran.bounds_min, bounds_max=gran.bounds_max),
        SceneObject(id="h", name="Horse", type="horse", bounds_min=horse.bounds_min, bounds_max=horse.bounds_max,
                    transform=Transform(position=(-0.7, 0.0, 0.9), rotation=(0.0, 180.0, 0.0))),
    ], characters=[Character(id="gran", name="Gran", object_id="g"), Character(id="horse", name="Horse",
                                                                                object_id="h")])
    cam = Camera(name="c", position=(0.0, 1.3, 2.2), target=(0.0, 1.25, 0.0), fov=40.0)
    m = measure_shot(scene, lambda _t: cam, 0.0, 1.0, ["g"], width=480, height=270)
    assert m.foreground_pct > rules.MAX_FOREGROUND_PCT and "foreground" in {p.code for p in m.failures}, m.to_dict()
    alone = measure_shot(Scene(objects=scene.objects[:1], characters=scene.characters[:1]), lambda _t: cam, 0.0,
                         1.0, ["g"], width=480, height=270)
    assert alone.foreground_pct == 0.0 and alone.ok, alone.problems


def test_the_planners_quick_clearance_is_the_one_the_full_measure_finds() -> None:
    from autark.cinema import SceneStates, measure_shot
    from autark.cinema.measure import clearance_along
    from autark.jobs.film import SceneSegment
    from autark.jobs.produce import build_film
    from autark.story import plan

    built = build_film(plan("a knight and a dragon argue in the castle", 12, seed=0), width=320, height=180, fps=30)
    scene = next(s.scene for s in built.segments if isinstance(s, SceneSegment))
    states = SceneStates(scene)
    for shot in scene.timeline.shots:
        full = measure_shot(scene, shot.camera, shot.start_s, shot.end_s, shot.subjects, states=states,
                            samples_per_s=6.0)
        assert clearance_along(scene, shot.camera, shot.start_s, shot.end_s, states, 6.0) == \
            pytest.approx(full.clearance_m)
