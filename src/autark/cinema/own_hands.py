"""A figure's own hands and forearms in front of its face: the measures read a body's head as hidden only by
*other* things (``seeing.see`` ignores the body's own parts), so a close shot of a speaker whose raised hand, a
salute, a hand at the chin or an arm lifting what it holds, stood between the lens and the face passed as a clear
view of it. Counted only for close shots (a close-up or a medium of the figure): in a wide a hand before a face is
a gesture, not a lost face.
"""

from __future__ import annotations

import numpy as np

from autark.cinema.boxes import bone_part_boxes, part_world_boxes, points_in, segments_hit
from autark.scene.model import Camera, SceneObject

__all__ = ["HAND_BONES", "hands_before_face"]

HAND_BONES = frozenset({"hand_l", "hand_r", "lower_arm_l", "lower_arm_r"})
_CLOSE = frozenset({"close-up", "extreme close-up", "medium close-up", "medium"})


# the boxes by the posed body they belong to (one ``SceneStates`` moment's object, looked at through every camera
# tried): posing its bones again for each camera was a tenth of a planner's measure
_HANDS: dict[int, tuple[SceneObject, np.ndarray]] = {}
_HANDS_KEPT = 2048


def _hand_boxes(obj: SceneObject) -> np.ndarray:
    hit = _HANDS.get(id(obj))
    if hit is not None and hit[0] is obj:
        return hit[1]
    bones = [bone for bone, _box in bone_part_boxes(obj.type)]
    boxes = part_world_boxes(obj)
    keep = np.array([b in HAND_BONES for b in bones], bool)
    out = boxes[keep] if len(boxes) == len(keep) else np.zeros((0, 6))
    if len(_HANDS) >= _HANDS_KEPT:
        _HANDS.clear()
    _HANDS[id(obj)] = (obj, out)  # the object held, so that its id stays its own while kept
    return out


def hands_before_face(obj: SceneObject, head: np.ndarray, cam: Camera, framing: str) -> bool:
    """Whether, in a close shot (``framing`` a close-up or a medium), one of ``obj``'s own hands or forearms stands
    across the ray from the lens to its head's centre ``head`` (a world point) without holding that point."""
    if framing not in _CLOSE:
        return False
    boxes = _hand_boxes(obj)
    if not len(boxes):
        return False
    cam_p = np.asarray(cam.position, float)
    end = np.asarray(head, float)[None]
    return bool((segments_hit(cam_p, end, boxes) & ~points_in(boxes, end, 0.02)).any())
