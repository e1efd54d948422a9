"""The head-relative framing rule (``cinema.head_room``): a medium that cuts a man's head at the top edge fails
though most of his silhouette is in the frame; one with room over his head passes; a close-up may lose the top of
the head, never the eyes or the chin; the pixel judge fails such a framing as a cut (``PixelJudge._head_cuts``)."""

from __future__ import annotations

import numpy as np

from autark.cinema.figures import subject_points
from autark.cinema.head_room import head_cut
from autark.scene.model import Camera, Character, Scene, SceneObject, Transform

ASPECT = 16 / 9


def _man(oid: str = "man", x: float = 0.0) -> SceneObject:
    from autark.assets import library

    spec = library.get("man")
    return SceneObject(id=oid, name=oid, type=spec.type, transform=Transform(position=(x, 0.0, 0.0)),
                       bounds_min=spec.bounds_min, bounds_max=spec.bounds_max)


def _aimed(y: float, dist: float, fov: float = 30.0) -> Camera:
    return Camera(name="cam", position=(0.0, y, dist), target=(0.0, y, 0.0), fov=fov)


def _head(obj: SceneObject) -> tuple[float, float, float]:
    _fig, pts, _c = subject_points(obj)
    return float(pts["neck"][1]), float(pts["eyes"][1]), float(pts["top"][1])


def test_a_medium_must_hold_the_whole_head_with_room_over_it() -> None:
    man = _man()
    neck, _eyes, top = _head(man)
    # a medium aimed at the chest, far enough back: head wholly in with room
    assert not head_cut(man, _aimed(neck - 0.1, 3.0), ASPECT, "medium", own=True)
    # the same medium aimed low and near: the top of the head over the frame's top edge
    low = _aimed(neck - 0.45, 1.6)
    assert head_cut(man, low, ASPECT, "medium", own=True)
    # the head wholly over the top edge while his body shows: still his head cut
    assert head_cut(man, _aimed(neck - 0.8, 1.3), ASPECT, "medium", own=True)
    # a body wholly off the frame is no cut here
    away = Camera(name="cam", position=(0.0, 1.2, 3.0), target=(6.0, 1.2, 0.0), fov=30.0)
    assert not head_cut(man, away, ASPECT, "medium", own=False)


def test_a_close_up_may_lose_the_hair_never_the_eyes() -> None:
    man = _man()
    neck, eyes, top = _head(man)
    # tight on the face, the top of the head just over the edge, eyes and chin in
    tan = np.tan(np.radians(15.0))
    mid = (neck + eyes) / 2
    dist = (top - mid) / tan * 0.9  # the top 10% past the top edge
    close = _aimed(mid, dist)
    assert not head_cut(man, close, ASPECT, "close-up", own=True)
    assert head_cut(man, close, ASPECT, "medium", own=True)  # a medium may not
    # aimed at the chin, the eyes over the top edge: cut
    assert head_cut(man, _aimed(neck - 0.02, (eyes - neck) / tan * 0.8), ASPECT, "close-up", own=True)


def test_the_pixel_judge_fails_a_framing_that_cuts_a_head() -> None:
    from autark.cinema import SceneStates
    from autark.jobs.pixel_looks import PixelJudge

    man = _man()
    scene = Scene(objects=[man], characters=[Character(id="man", name="man", object_id="man")])
    judge = PixelJudge(scene, SceneStates(scene), 0.0, 1.0, ["man"])
    neck, _eyes, _top = _head(man)
    now = {t: ["man"] for t in judge.times}
    cut = judge._head_cuts(lambda t: _aimed(neck - 0.45, 1.6), ASPECT, "medium", now, ["man"], [])
    assert cut == ["man"]
    assert judge._head_cuts(lambda t: _aimed(neck - 0.1, 3.0), ASPECT, "medium", now, ["man"], []) == []
    # the near shoulder of an over-the-shoulder shot is meant to be cut
    assert judge._head_cuts(lambda t: _aimed(neck - 0.45, 1.6), ASPECT, "over-the-shoulder", now, [], ["man"]) == []


def test_a_worn_hat_is_part_of_the_head() -> None:
    """A hat is its own object (``worn_things``); a medium that holds the bare head but cuts the hat fails."""
    from autark.cinema import SceneStates
    from autark.jobs.pixel_looks import PixelJudge
    from autark.jobs.worn_things import worn_id

    man = _man()
    neck, _eyes, top = _head(man)
    hat = SceneObject(id=worn_id("man"), name="hat", type="box", transform=Transform(position=(0.0, top - 0.05, 0.0)),
                      bounds_min=(-0.15, 0.0, -0.15), bounds_max=(0.15, 0.3, 0.15))
    tan = np.tan(np.radians(15.0))
    dist = 2.0
    # aimed so the bare head's top sits just under the top edge with headroom, the hat's top well over it
    y = top + 0.06 - tan * dist
    cam = _aimed(y, dist)
    bare = Scene(objects=[man], characters=[Character(id="man", name="man", object_id="man")])
    worn = Scene(objects=[man, hat], characters=[Character(id="man", name="man", object_id="man")])
    for scene, cut in ((bare, []), (worn, ["man"])):
        judge = PixelJudge(scene, SceneStates(scene), 0.0, 1.0, ["man"])
        now = {t: ["man"] for t in judge.times}
        assert judge._head_cuts(lambda t: cam, ASPECT, "medium", now, ["man"], []) == cut
