"""The staging that opens the ground a person faces (``jobs.sightlines``): the extra or the dressing standing tall in
front of someone steps aside for the whole scene; what stands behind them, to their side, low, acted on, walking,
resting on another or in a row stays where the set put it."""

from __future__ import annotations

import math

from autark.assets import library
from autark.jobs.sightlines import FAR_M, WEDGE_DEG, clearing_moves
from autark.ops import AddObject, SetTimeline, apply_ops
from autark.scene.model import Scene, SceneObject, Transform
from autark.scene.timeline import Action


def _thing(oid: str, kind: str, at: tuple[float, float, float], heading: float = 0.0, tag: str = "setting",
           ) -> SceneObject:
    spec = library.get(kind)
    return SceneObject(id=oid, name=kind, type=spec.type, tag=tag, transform=Transform(
        position=at, rotation=(0.0, heading, 0.0)), bounds_min=spec.bounds_min, bounds_max=spec.bounds_max)


def _scene(*objects: SceneObject, actions: tuple[Action, ...] = ()) -> Scene:
    scene = apply_ops(Scene(), [AddObject(object=o) for o in objects])
    return apply_ops(scene, [SetTimeline(actions=list(actions))]) if actions else scene


def _moved(scene: Scene, movable: list[str], cast: tuple[str, ...] = ("man",)) -> dict[str, tuple[float, ...]]:
    ops, ids = clearing_moves(scene, [(0.0, 2.0), (2.0, 4.0)], list(cast), movable)
    assert len(ops) == len(ids)
    return {op.id: op.position for op in ops}  # type: ignore[attr-defined]


def _in_front(at: tuple[float, ...], person: tuple[float, float], heading: float) -> bool:
    vx, vz = at[0] - person[0], at[2] - person[1]
    d = math.hypot(vx, vz)
    h = math.radians(heading)
    return d <= FAR_M and math.degrees(math.acos((vx * math.sin(h) + vz * math.cos(h)) / d)) < WEDGE_DEG


def test_a_street_lamp_before_a_face_steps_aside_and_one_behind_stays() -> None:
    scene = _scene(_thing("man", "man", (0.0, 0.0, 0.0), tag=""), _thing("lamp", "street_lamp", (0.2, 0.0, 2.0)),
                   _thing("back", "street_lamp", (0.0, 0.0, -2.0)), _thing("aside", "street_lamp", (3.0, 0.0, 0.0)))
    moved = _moved(scene, ["lamp", "back", "aside"])
    assert set(moved) == {"lamp"}
    assert not _in_front(moved["lamp"], (0.0, 0.0), 0.0)
    assert math.dist(moved["lamp"], (0.2, 0.0, 2.0)) <= 3.5  # a step, not across the set


def test_the_ground_faced_is_the_one_opened() -> None:
    """Turned to the side (to whom they speak), the ground on that side is opened, not the one before the set."""
    scene = _scene(_thing("man", "man", (0.0, 0.0, 0.0), heading=90.0, tag=""),
                   _thing("faced", "street_lamp", (2.5, 0.0, 0.3)), _thing("front", "street_lamp", (0.0, 0.0, 2.5)))
    assert set(_moved(scene, ["faced", "front"])) == {"faced"}


def test_low_acted_on_or_walking_things_and_rows_stay() -> None:
    scene = _scene(
        _thing("man", "man", (0.0, 0.0, 0.0), tag=""),
        _thing("rug", "rug", (0.0, 0.0, 1.5)),  # under everyone's feet
        _thing("lamp", "street_lamp", (-0.4, 0.0, 2.2)),  # the one he points at
        _thing("fence1", "fence", (0.0, 0.0, 3.0)), _thing("fence2", "fence", (2.0, 0.0, 3.0)),  # a row
        _thing("walker", "woman", (0.6, 0.0, 1.6), tag=""),
        _thing("up", "barrel", (-1.2, 0.9, 2.0)),  # on something (the vase on the table): it stays with it
        actions=(Action(object_id="man", kind="point", start_s=0.0, end_s=1.0, target_object="lamp"),
                 Action(object_id="walker", kind="walk", start_s=0.0, end_s=3.0, target=(4.0, 0.0, 1.6))))
    assert _moved(scene, ["rug", "lamp", "fence1", "fence2", "walker", "up"]) == {}


def test_a_step_never_lands_in_another_thing_or_the_ground_another_faces() -> None:
    scene = _scene(_thing("man", "man", (0.0, 0.0, 0.0), tag=""),
                   _thing("woman", "woman", (3.0, 0.0, 0.0), heading=-90.0, tag=""),
                   _thing("bush", "bush", (0.0, 0.0, 2.0)))
    moved = _moved(scene, ["bush"], ("man", "woman"))
    assert set(moved) == {"bush"}
    assert not _in_front(moved["bush"], (0.0, 0.0), 0.0) and not _in_front(moved["bush"], (3.0, 0.0), -90.0)
    assert math.dist(moved["bush"][::2], (3.0, 0.0)) > 0.9
