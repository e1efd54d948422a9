"""Who and what is there when (``appear`` and ``vanish`` effects, ``autark.story.presence``) as visibility
keyframes: a guest who comes later is hidden until the shot they come in, a lost ring is gone from the moment
it is lost until it is found, a thing found under the sofa turns up at the sofa's foot, a wizard who flies away
is gone after, fading out (``material.opacity``) over the moment before. Ordinary ``visible``,
``transform.position`` and ``material.opacity`` tracks, so the renderer, the shot measurer and an exported scene
all see the same.
"""

from __future__ import annotations

from autark.ops import AddKeyframes, Operator
from autark.ops.visibility import visible_from
from autark.scene.model import Scene
from autark.scene.timeline import Keyframe

__all__ = ["presence_ops", "PRESENCE_EFFECTS", "FADE_S"]

PRESENCE_EFFECTS = ("appear", "vanish")
FADE_S = 0.8  # how long one who vanishes takes to fade out
_GAP_M = 0.06  # between a found thing and the front of what it was found in or under


def presence_ops(scene: Scene, oid: str, kind: str, at_s: float, where: str | None = None) -> list[Operator]:
    """``oid`` hidden until ``at_s`` (``appear``; at the foot of ``where``'s front, toward the camera, when
    given) or hidden from ``at_s`` on (``vanish``). A thing that was there before and went keeps its earlier
    keys: it is hidden only between its going and its coming."""
    ops: list[Operator] = [visible_from(scene, oid, at_s, kind == "appear", before=kind != "appear")]
    if kind == "vanish" and at_s > 0.0:  # seen to go: it fades out over the moment before it is gone (a passenger
        # who disappears, a ghost), and is whole again for any later coming back
        fade0 = max(0.0, at_s - FADE_S)
        ops.append(AddKeyframes(target=f"object:{oid}.material.opacity", keyframes=[
            Keyframe(time_s=fade0, value=1.0, easing="ease_in_out"), Keyframe(time_s=at_s, value=0.0, easing="hold"),
            Keyframe(time_s=at_s + 0.01, value=1.0, easing="hold")]))
    if kind == "appear" and where and where != oid:
        spot = _at_the_foot_of(scene, oid, where, at_s)
        if spot is not None:
            ops.append(AddKeyframes(target=f"object:{oid}.transform.position",
                                    keyframes=[Keyframe(time_s=max(0.0, at_s), value=spot, easing="hold")]))
    return ops


def _at_the_foot_of(scene: Scene, oid: str, where: str, at_s: float) -> tuple[float, float, float] | None:
    """Where a thing found in or under ``where`` lies when it turns up: on the ground in front of it (the
    camera's side), so the finder walks to it and the film sees it come out from there."""
    from autark.motion import evaluate_scene
    from autark.scene.geometry import world_bbox

    state = evaluate_scene(scene, at_s)
    if state.find_object(where) is None:
        return None
    box, own = world_bbox(state.object(where)), world_bbox(state.object(oid))
    pos = state.object(oid).transform.position
    half_depth = (own.max[2] - own.min[2]) / 2
    ground = float(box.min[1]) + (pos[1] - float(own.min[1]))  # its bottom on the ground the piece stands on
    return (float(box.center[0]), ground, float(box.max[2]) + half_depth + _GAP_M)
