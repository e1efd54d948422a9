"""Two shots that show the same picture to the eye (``autark.cinema.alike``), measured on hand-made scenes whose
answer follows from their geometry: the same two people from the same way a metre nearer is the same picture; a
camera turned 60 degrees round them, a medium of one, a close-up, or another place is not. The film report
counts the shots alike to an earlier one of their scene (``report_faults.repeated_pictures``), allowing a
dialogue's shot and reverse shot to come back."""

from __future__ import annotations

import math

from autark.assets import library
from autark.cinema import measure_shot
from autark.cinema.alike import Picture, alike, picture_at
from autark.cinema.states import SceneStates
from autark.jobs.holds import Setup, looks_again
from autark.jobs.report import scene_measures
from autark.jobs.report_faults import repeated_pictures
from autark.scene.model import Camera, Character, Scene, SceneObject, Transform

ASPECT = 16 / 9


def _scene() -> Scene:
    objects = []
    for oid, x in (("ann", -1.0), ("bob", 1.0)):
        spec = library.get("humanoid")
        objects.append(SceneObject(id=oid, name=oid.title(), type="humanoid", bounds_min=spec.bounds_min,
                                   bounds_max=spec.bounds_max, transform=Transform(position=(x, 0.0, 0.0))))
    return Scene(name="street", objects=objects, characters=[Character(id=o.id, name=o.name, object_id=o.id)
                                                              for o in objects],
                 cameras=[Camera(name="cam", position=(0.0, 1.6, 7.0), target=(0.0, 1.0, 0.0), fov=40.0)])


def _at(distance_m: float, around_deg: float = 0.0, height_m: float = 1.6, target: tuple[float, float, float] = (
        0.0, 1.0, 0.0)) -> Camera:
    a = math.radians(around_deg)
    pos = (target[0] + distance_m * math.sin(a), height_m, target[2] + distance_m * math.cos(a))
    return Camera(name="c", position=pos, target=target, fov=40.0)


def _pic(cam: Camera) -> Picture:
    scene = _scene()
    return picture_at(SceneStates(scene), cam, 0.0, ["ann", "bob"], ASPECT, "street")


def test_the_same_pair_a_metre_nearer_from_the_same_way_is_the_same_picture() -> None:
    wide, nearer = _pic(_at(8.0)), _pic(_at(7.0, around_deg=8.0))
    assert wide.seen == {"ann", "bob"} and 0.2 < wide.size < 0.6
    assert alike(wide, nearer)


def test_another_angle_another_size_or_another_place_is_another_picture() -> None:
    wide = _pic(_at(8.0))
    assert not alike(wide, _pic(_at(8.0, around_deg=60.0)))  # turned round the pair
    assert not alike(wide, _pic(_at(8.0, height_m=6.0)))  # from high above
    assert not alike(wide, _pic(_at(3.5)))  # the pair at twice the size
    single = _pic(_at(1.5, target=(-1.0, 1.5, 0.0)))  # a medium of Ann alone
    assert single.seen == {"ann"} and not alike(wide, single)
    close = _pic(_at(0.8, target=(-1.0, 1.5, 0.0)))  # both fill the frame's height; the close-up's body runs on below
    assert close.seen == {"ann"} and not alike(single, close)
    assert not alike(wide, Picture(wide.seen, wide.heading_deg, wide.tilt_deg, wide.size, "kitchen"))


def test_the_planner_reads_a_picture_again_but_lets_a_dialogue_return() -> None:
    two = Setup((0, 0, 0), (0, 0, -1), False, _pic(_at(8.0)))
    ann = Setup((0, 0, 0), (0, 0, -1), True, _pic(_at(1.5, target=(-1.0, 1.5, 0.0))))
    bob = Setup((0, 0, 0), (0, 0, -1), True, _pic(_at(1.5, target=(1.0, 1.5, 0.0))))
    assert looks_again([two, ann], dataclass_copy(two))  # the wide again
    assert not looks_again([ann, bob], dataclass_copy(ann))  # shot, reverse shot and back
    assert looks_again([ann], dataclass_copy(ann))  # the same single straight after itself


def dataclass_copy(s: Setup) -> Setup:
    return Setup(s.position, s.target, s.dialogue, s.picture)


def test_the_report_counts_the_shots_alike_to_an_earlier_one_of_their_scene() -> None:
    scene = _scene()

    def shot(start_s: float, cam: Camera, subjects: list[str]) -> dict:
        scene.cameras = [cam.model_copy(update={"name": "cam"})]
        m = measure_shot(scene, "cam", 0.0, 1.0, subjects)
        return {"kind": "scene", "start_s": start_s, "measures": scene_measures(m.to_dict(), 720)}

    shots = [shot(0.0, _at(8.0), ["ann", "bob"]), shot(2.0, _at(1.5, target=(-1.0, 1.5, 0.0)), ["ann"]),
             shot(4.0, _at(7.0, around_deg=8.0), ["ann", "bob"]), shot(6.0, _at(8.0, around_deg=60.0), ["ann", "bob"])]
    assert shots[0]["measures"]["picture"]["value"]["seen"] == ["ann", "bob"]
    assert repeated_pictures(shots) == [4.0]


def test_the_planner_tries_a_picture_shown_again_after_the_new_ones() -> None:
    from autark.jobs.holds import fresh_first

    kept = [Setup((0, 1.6, 8), (0, 1, 0), False, _pic(_at(8.0)))]
    # the framings as the planner would order them: the wide again from a step nearer, from 60 degrees round, from
    # high above, a medium of Ann, and one whose camera cannot be placed
    cams = {"again": _at(7.0, around_deg=8.0), "round": _at(8.0, around_deg=60.0), "high": _at(8.0, height_m=6.0),
            "ann": _at(1.5, target=(-1.0, 1.5, 0.0))}

    def setup_of(name: str) -> Setup:
        if name == "broken":
            raise ValueError(name)
        cam = cams[name]
        return Setup(cam.position, cam.target, False, _pic(cam))

    order = fresh_first(["again", "round", "broken", "high", "ann"], setup_of, kept, (ValueError,))
    assert order == ["round", "broken", "high", "ann", "again"]
    # only the first ``most`` are read: one beyond stays where the planner put it
    assert fresh_first(["again", "round", "high"], setup_of, kept, (), most=2) == ["round", "again", "high"]
    assert fresh_first(["again", "round"], setup_of, []) == ["again", "round"]  # nothing kept yet: as planned
