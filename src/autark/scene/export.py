"""``scene_to_json``: the scene as a small, stable JSON document that other tools read.

The contract (keys may be added later, never removed or renamed)::

    {"name": str,
     "objects": [{"id", "name", "type", "position": [x, y, z], "rotation": [x, y, z] (degrees),
                  "scale": [x, y, z], "color": [r, g, b] (0..1), "bbox": {"min": [x, y, z], "max": [x, y, z]}
                  (world space), "visible": bool, "parent": str | None}],
     "cameras": [{"name", "position", "target", "fov"}],
     "lights": [{"name", "type", "position", "direction", "color", "intensity"}],
     "timeline": {"duration": float (the film's length, s),
                  "shots": [{"camera", "start", "end", "size"}],
                  "keys": [{"target": "obj3" | "camera:main" | "light:sun", "property": "transform.position",
                            "times": [float, ...]}],
                  "lines": [{"speaker", "text", "start", "end"}]}}

Units are metres and degrees, Y up. This is a view for readers; the full scene round-trips through
``Scene.model_dump_json`` instead.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from autark.scene.geometry import world_bbox
from autark.scene.model import Scene, SceneObject

__all__ = ["object_to_json", "scene_to_json", "timeline_to_json"]


def _vec(v: tuple[float, ...]) -> list[float]:
    return [float(x) for x in v]


def object_to_json(obj: SceneObject) -> dict[str, Any]:
    """One object in the contract above."""
    box = world_bbox(obj)
    return {
        "id": obj.id,
        "name": obj.name,
        "type": obj.type,
        "position": _vec(obj.transform.position),
        "rotation": _vec(obj.transform.rotation),
        "scale": _vec(obj.transform.scale),
        "color": _vec(obj.material.color),
        "bbox": {"min": _vec(box.min), "max": _vec(box.max)},
        "visible": obj.visible,
        "parent": obj.parent,
    }


def scene_to_json(scene: Scene, *,
                  object_json: Callable[[SceneObject], dict[str, Any]] = object_to_json) -> dict[str, Any]:
    """The scene's objects, cameras and lights in the stable JSON contract above (plain dicts and lists).
    ``object_json`` converts one object (a caller serialising often may pass a caching ``object_to_json``)."""
    objects = [object_json(obj) for obj in scene.objects]
    cameras = [{"name": c.name, "position": _vec(c.position), "target": _vec(c.target), "fov": float(c.fov)}
               for c in scene.cameras]
    lights = [{"name": lt.name, "type": lt.type, "position": _vec(lt.position), "direction": _vec(lt.direction),
               "color": _vec(lt.color), "intensity": float(lt.intensity)} for lt in scene.lights]
    return {"name": scene.name, "objects": objects, "cameras": cameras, "lights": lights,
            "timeline": timeline_to_json(scene)}


def timeline_to_json(scene: Scene) -> dict[str, Any]:
    """The timeline as a timeline editor draws it: shots, keyframe times per animated property, spoken lines
    (a line not yet spoken lasts its estimated duration)."""
    from autark.scene.evaluate import estimate_line_duration_s, film_duration_s

    tl = scene.timeline
    shots = [{"camera": s.camera, "start": float(s.start_s), "end": float(s.end_s), "size": s.size}
             for s in tl.shots]
    keys = []
    for track in tl.tracks:
        kind, _, rest = track.target.partition(":")
        # "object:obj3.transform.position" -> ("obj3", "transform.position"); ids and names hold no dots for
        # objects, but camera/light names may, so split those at the last known property.
        if kind == "object":
            target, _, prop = rest.partition(".")
        else:
            head, _, prop = rest.rpartition(".")
            target = f"{kind}:{head}"
        keys.append({"target": target, "property": prop,
                     "times": [float(k.time_s) for k in track.keyframes]})
    lines = []
    for ln in tl.lines:
        length = ln.duration_s if ln.duration_s is not None else estimate_line_duration_s(ln.text)
        lines.append({"speaker": ln.speaker, "text": ln.text, "start": float(ln.start_s),
                      "end": float(ln.start_s + length)})
    return {"duration": float(film_duration_s(scene)), "shots": shots, "keys": keys, "lines": lines}
