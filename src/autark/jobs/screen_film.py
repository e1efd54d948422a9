"""A film shown on a screen (the ``screen`` effect, ``autark.story.showing``): the screen lights up with a moving
picture -- a sky, the ground under it, and a small figure walking across -- while the cast watch it. The whole set
glowing (a ``glow``) had read as a yellow box, not as a picture, and a television's own dark screen as a film that
is not playing.

The picture is three thin lit panels just in front of the screen's face (the television asset's screen: ``_SCREEN``
in its own frame), turned and scaled with the set, hidden before the film starts; the sky darkens to a dusk and
back as the film goes on, the figure walks from one side to the other and back. They are pieces of the set
(``<id>_film_sky``...), so the camera's rules treat them as part of what they sit on.
"""

from __future__ import annotations

import numpy as np

from autark.ops import AddKeyframes, AddObject, Operator
from autark.scene.model import Scene
from autark.scene.timeline import Keyframe

__all__ = ["film_ops"]

# the screen's face in the television's own frame: left, bottom, right, top, and the depth just in front of it
_SCREEN = (-0.6, 0.12, 0.6, 0.79, 0.03)
_THIN = 0.004
_SKY, _DUSK = (0.45, 0.72, 1.0), (0.95, 0.55, 0.3)
_GROUND = (0.25, 0.75, 0.3)
_FIGURE = (0.08, 0.06, 0.1)
_GLOW = 1.2  # the panels' own light: they read lit in a dark cinema and in daylight
_WALK_S = 4.0  # the figure crosses the picture in this long


def _key(t: float, value: object, easing: str = "linear") -> Keyframe:
    return Keyframe(time_s=max(0.0, t), value=value, easing=easing)  # type: ignore[arg-type]


def _facing_as_the_nearest(scene: Scene, oid: str, t: float) -> tuple[float, float, float] | None:
    """The screen's turn so that it faces the way the cast member nearest it faces at ``t`` (who shows the film
    stands by it, turned to the audience and the camera: a screen set edge-on or its back to the camera showed a
    film nobody could see); None where nobody is there."""
    from autark.motion import evaluate_scene

    state = evaluate_scene(scene, t)
    here = np.asarray(state.object(oid).transform.position, float)
    bodies = [state.object(c.object_id) for c in scene.characters if state.find_object(c.object_id) is not None]
    if not bodies:
        return None
    near = min(bodies, key=lambda b: float(np.linalg.norm(np.asarray(b.transform.position, float) - here)))
    rot = scene.object(oid).transform.rotation
    return (float(rot[0]), float(near.transform.rotation[1]), float(rot[2]))


def film_ops(scene: Scene, oid: str, t0: float, t1: float) -> list[Operator]:
    """The moving picture on the screen ``oid`` from ``t0`` to the scene's end (see the module doc); none where
    ``oid`` has no screen to light (only a television's face is known)."""
    from autark.language import new_object
    from autark.scene.geometry import model_matrix

    tv = scene.object(oid)
    if tv.type not in ("tv", "computer"):
        return []
    turn = _facing_as_the_nearest(scene, oid, t0)  # the screen faces where its nearest watcher faces
    if turn is not None:
        tv = tv.model_copy(update={"transform": tv.transform.model_copy(update={"rotation": turn})})
    m = model_matrix(tv.transform)
    s = np.asarray(tv.transform.scale, float)
    left, bottom, right, top, front = _SCREEN
    width, height = right - left, top - bottom
    end = scene.settings.duration_s

    def world(x: float, y: float, z: float) -> tuple[float, float, float]:
        w = m[:3, :3] @ np.array([x, y, z]) + m[:3, 3]
        return (float(w[0]), float(w[1]), float(w[2]))

    # (name, centre x, bottom y, width, height, depth offset, colour)
    panels = [("sky", 0.0, bottom + 0.3 * height, width, 0.7 * height, 0.0, _SKY),
              ("ground", 0.0, bottom, width, 0.3 * height, 0.0, _GROUND),
              ("figure", left + 0.15 * width, bottom + 0.2 * height, 0.07 * width, 0.35 * height, 0.002, _FIGURE)]
    ops: list[Operator] = [] if turn is None else [
        AddKeyframes(target=f"object:{oid}.transform.rotation", keyframes=[_key(0.0, turn, "hold")])]
    for name, x, y, w, h, dz, colour in panels:
        pid = f"{oid}_film_{name}"
        if scene.find_object(pid) is not None:
            return []
        base = new_object(scene, "cube", position=world(x, y, front + dz))
        mat = base.material.model_copy(update={"color": colour, "emissive": colour, "emissive_strength": _GLOW,
                                               "roughness": 0.9})
        piece = base.model_copy(update={
            "id": pid, "name": f"{tv.name} film", "visible": False, "material": mat,
            "transform": base.transform.model_copy(update={
                "rotation": tv.transform.rotation,
                "scale": (float(w * s[0]), float(h * s[1]), float(_THIN * s[2]))})})
        ops += [AddObject(object=piece),
                AddKeyframes(target=f"object:{pid}.visible", keyframes=[_key(0.0, False, "hold"),
                                                                       _key(t0, True, "hold")])]
        if name == "sky":  # the film's light changes: day, dusk, day
            ops.append(AddKeyframes(target=f"object:{pid}.material.emissive", keyframes=[
                _key(t0, _SKY, "ease_in_out"), _key(min(end, t0 + 0.5 * (t1 - t0)), _DUSK, "ease_in_out"),
                _key(min(end, t1), _SKY)]))
        if name == "figure":  # it walks across the picture and back, on to the scene's end
            keys, t, k = [], t0, 0
            while t < end + _WALK_S:
                keys.append(_key(min(t, end), world(left + (0.15 if k % 2 == 0 else 0.85) * width, y, front + dz),
                                 "ease_in_out"))
                t, k = t + _WALK_S, k + 1
            ops.append(AddKeyframes(target=f"object:{pid}.transform.position", keyframes=keys))
    return ops
