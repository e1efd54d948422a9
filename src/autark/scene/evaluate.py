"""Evaluating the scene at time t: a pure function from (scene, t) to the scene as it looks at t.

``evaluate`` applies, in this order:

1. every keyframe track (``autark.scene.timeline`` documents the target paths),
2. the animation step it is given, if any: ``autark.motion.evaluate_scene`` passes the one that applies every
   character action (walks move bodies, clips fill ``SceneObject.pose``); the scene knows nothing of motion,
3. the shot covering t, which picks ``Scene.active_camera``,
4. default lighting: a scene with no lights of its own is seen in daylight (``autark.scene.lighting``), so the
   evaluated state always carries the lights to render with.

The input is never modified. The result shares every object, camera and light that nothing animates with
the input (a shallow ``model_copy``), because copying a 200-object scene per frame would cost more than the
whole evaluation; treat the result as read-only, or ``model_copy(deep=True)`` it before editing.
"""

from __future__ import annotations

import math
from bisect import bisect_right
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from autark.errors import UserInputError
from autark.scene.easing import EASINGS, catmull_rom_tangent, hermite
from autark.scene.lighting import default_lights
from autark.scene.model import Scene, SceneObject, Transform
from autark.scene.timeline import Keyframe, Shot, Track

__all__ = [
    "Animate",
    "TargetPath",
    "parse_target",
    "sample_track",
    "evaluate",
    "active_shot",
    "film_duration_s",
    "estimate_line_duration_s",
]

# Which attributes each kind of subject can animate, and the range a value is kept in (cubic keys overshoot,
# and a colour of 1.02 or a negative intensity would be invalid data).
_OBJECT_ATTRS: dict[str, tuple[float, float] | None] = {
    "transform.position": None,
    "transform.rotation": None,
    "transform.scale": (1e-4, math.inf),
    "material.color": (0.0, 1.0),
    "material.emissive": (0.0, 1.0),
    "material.emissive_strength": (0.0, math.inf),
    "material.opacity": (0.0, 1.0),
    "material.roughness": (0.0, 1.0),
    "material.metallic": (0.0, 1.0),
    "visible": None,
}
_CAMERA_ATTRS: dict[str, tuple[float, float] | None] = {
    "position": None,
    "target": None,
    "up": None,
    "fov": (1.01, 169.9),
}
_LIGHT_ATTRS: dict[str, tuple[float, float] | None] = {
    "color": (0.0, 1.0),
    "ground_color": (0.0, 1.0),
    "intensity": (0.0, math.inf),
    "position": None,
    "direction": None,
    "range": (1e-3, math.inf),
    "cone_angle": (0.1, 90.0),
}
_ATTRS = {"object": _OBJECT_ATTRS, "camera": _CAMERA_ATTRS, "light": _LIGHT_ATTRS}

Value = float | bool | tuple[float, float, float]
# an animation step: (scene, its track-evaluated objects, t, the track-evaluated transform of any object at any
# time) -> the objects as they are at t
Animate = Callable[[Scene, list[SceneObject], float, Callable[[SceneObject, float], Transform]], list[SceneObject]]


@dataclass(frozen=True)
class TargetPath:
    """A parsed track target: ``kind`` (object/camera/light), the subject's id or name, the attribute."""

    kind: str
    name: str
    attr: str


@lru_cache(maxsize=4096)
def parse_target(path: str) -> TargetPath:
    """Parse ``"object:<id>.transform.position"``, ``"camera:<name>.fov"``, ``"light:<name>.intensity"``."""
    kind, sep, rest = path.partition(":")
    attrs = _ATTRS.get(kind)
    if not sep or attrs is None:
        raise UserInputError(f"cannot animate {path!r}: a track target starts with object:, camera: or light:",
                             hint="for example 'camera:main.fov'")
    # Names may contain dots ("cam.1"), attributes are known: match the longest known attribute suffix.
    for attr in sorted(attrs, key=len, reverse=True):
        if rest.endswith("." + attr) and len(rest) > len(attr) + 1:
            return TargetPath(kind, rest[: -len(attr) - 1], attr)
    raise UserInputError(f"cannot animate {path!r}: unknown property",
                         hint=f"a {kind} can animate {', '.join(attrs)}")


def _lerp(a: Value, b: Value, w: float) -> Value:
    if isinstance(a, tuple) and isinstance(b, tuple):
        return (a[0] + (b[0] - a[0]) * w, a[1] + (b[1] - a[1]) * w, a[2] + (b[2] - a[2]) * w)
    return a + (b - a) * w  # type: ignore[operator]


def _cubic(keys: list[Keyframe], i: int, t: float) -> Value:
    """Catmull-Rom through keys i-1, i, i+1, i+2 at time t in [key i, i+1]. The first and last keys of a
    track (and keys next to a non-cubic segment) get zero slope: a move starts from and comes to rest, and a
    one-sided chord there would bow a sampled arc (an orbit) inward."""
    k0, k1 = keys[i], keys[i + 1]
    # a neighbour only shapes the curve when the segment joining it is itself cubic (not a step or a cut)
    kp = keys[i - 1] if i > 0 and keys[i - 1].easing == "cubic" else None
    kn = keys[i + 2] if i + 2 < len(keys) and k1.easing == "cubic" else None

    def one(a: float, b: float, p: float, n: float) -> float:
        m0 = catmull_rom_tangent(kp.time_s, p, k1.time_s, b) if kp is not None else 0.0
        m1 = catmull_rom_tangent(k0.time_s, a, kn.time_s, n) if kn is not None else 0.0
        return hermite(a, b, m0, m1, k0.time_s, k1.time_s, t)

    a, b = k0.value, k1.value
    p = kp.value if kp is not None else a
    n = kn.value if kn is not None else b
    if isinstance(a, tuple):
        return tuple(one(a[j], b[j], p[j], n[j]) for j in range(3))  # type: ignore[return-value,index]
    return one(float(a), float(b), float(p), float(n))


def sample_track(track: Track, t: float) -> Value | None:
    """The track's value at time t (None for a track with no keyframes). Before the first key the first
    value holds, after the last key the last value holds; booleans always step."""
    keys = track.keyframes
    if not keys:
        return None
    if t <= keys[0].time_s or len(keys) == 1:
        return keys[0].value
    if t >= keys[-1].time_s:
        return keys[-1].value
    i = bisect_right([k.time_s for k in keys], t) - 1
    k0, k1 = keys[i], keys[i + 1]
    if isinstance(k0.value, bool) or isinstance(k1.value, bool):
        return k0.value
    if isinstance(k0.value, tuple) != isinstance(k1.value, tuple):
        raise UserInputError(f"track {track.target!r} mixes numbers and 3-vectors",
                             hint="give every keyframe of a track the same kind of value")
    if k0.easing == "cubic":
        return _cubic(keys, i, t)
    dt = k1.time_s - k0.time_s
    w = EASINGS[k0.easing]((t - k0.time_s) / dt if dt > 1e-12 else 1.0)
    return _lerp(k0.value, k1.value, w)


def _clamp(value: Value, bounds: tuple[float, float] | None) -> Value:
    if bounds is None or isinstance(value, bool):
        return value
    lo, hi = bounds
    if isinstance(value, tuple):
        return tuple(min(max(v, lo), hi) for v in value)  # type: ignore[return-value]
    return min(max(float(value), lo), hi)


_SCALAR_ATTRS = {"fov", "intensity", "range", "cone_angle", "material.opacity", "material.roughness",
                 "material.metallic", "material.emissive_strength"}


def _coerce(value: Value, attr: str, path: str) -> Any:
    """Check that a value has the shape its attribute needs (a 3-vector, a number, a flag)."""
    if attr == "visible":
        return bool(value)
    want_vec = attr not in _SCALAR_ATTRS
    if want_vec != isinstance(value, tuple):
        kind = "a 3-vector (x, y, z)" if want_vec else "a single number"
        raise UserInputError(f"track {path!r} needs {kind}, got {value!r}")
    return value


def _group_tracks(scene: Scene, t: float) -> dict[tuple[str, str], dict[str, Any]]:
    """(kind, name) -> {attr: value at t} for every track with keyframes."""
    out: dict[tuple[str, str], dict[str, Any]] = {}
    for track in scene.timeline.tracks:
        value = sample_track(track, t)
        if value is None:
            continue
        tp = parse_target(track.target)
        value = _coerce(_clamp(value, _ATTRS[tp.kind][tp.attr]), tp.attr, track.target)
        out.setdefault((tp.kind, tp.name), {})[tp.attr] = value
    return out


def _nested_update(model: Any, changes: dict[str, Any]) -> Any:
    """model_copy with dotted attribute names ("transform.position") applied one level down."""
    direct: dict[str, Any] = {}
    sub: dict[str, dict[str, Any]] = {}
    for attr, value in changes.items():
        head, dot, tail = attr.partition(".")
        if dot:
            sub.setdefault(head, {})[tail] = value
        else:
            direct[attr] = value
    for head, inner in sub.items():
        direct[head] = getattr(model, head).model_copy(update=inner)
    return model.model_copy(update=direct)


def active_shot(scene: Scene, t: float) -> Shot | None:
    """The shot the film shows at time t: among shots that have started by t and not ended, the one that
    started last (a later shot is a cut away from an earlier one). In a gap the last shot that started keeps
    showing; before the first shot there is none. At the very end of a shot (t == end_s) with nothing after
    it, that shot still shows, so the last frame of a film has a camera."""
    best: Shot | None = None
    held: Shot | None = None
    for shot in scene.timeline.shots:
        if shot.start_s > t + 1e-9:
            continue
        if t < shot.end_s - 1e-9:
            if best is None or shot.start_s >= best.start_s:
                best = shot
        elif held is None or shot.start_s >= held.start_s:
            held = shot
    return best or held


def estimate_line_duration_s(text: str) -> float:
    """How long a line takes to say before the voice engine has measured it (about 2.6 words a second)."""
    return 0.3 + len(text.split()) / 2.6


def film_duration_s(scene: Scene) -> float:
    """``timeline.duration_s`` when set; else the end of the last shot, action, line or keyframe; else the
    scene settings' duration."""
    tl = scene.timeline
    if tl.duration_s > 0:
        return tl.duration_s
    ends = [s.end_s for s in tl.shots] + [a.end_s for a in tl.actions]
    ends += [ln.start_s + (ln.duration_s if ln.duration_s is not None else estimate_line_duration_s(ln.text))
             for ln in tl.lines]
    ends += [tr.keyframes[-1].time_s for tr in tl.tracks if tr.keyframes]
    end = max(ends, default=0.0)
    return end if end > 0 else scene.settings.duration_s


def evaluate(scene: Scene, t: float, animate: Animate | None = None) -> Scene:
    """The scene as it looks at time ``t`` seconds: tracks applied, then ``animate`` (character actions: use
    ``autark.motion.evaluate_scene``), the active camera chosen by the shot covering t, and the lights to render
    with (daylight for a scene with none). Pure: the input scene is not modified."""
    if not math.isfinite(t):
        raise UserInputError(f"cannot evaluate the scene at time {t!r}", hint="give a time in seconds")
    t = max(t, 0.0)
    grouped = _group_tracks(scene, t)
    shot = active_shot(scene, t)
    if shot is not None and t < shot.start_s:
        # a hair before the cut (within active_shot's tolerance: a frame time with float noise) the new
        # shot is already chosen: its camera is where it starts, not where its tracks hold before that (a
        # new camera's default place, seen for one frame as a flash of another view)
        at_cut = _group_tracks(scene, shot.start_s).get(("camera", shot.camera))
        if at_cut is not None:
            grouped[("camera", shot.camera)] = at_cut

    objects = scene.objects
    obj_changes = {name: ch for (kind, name), ch in grouped.items() if kind == "object"}
    if obj_changes:
        objects = [_nested_update(o, obj_changes[o.id]) if o.id in obj_changes else o for o in objects]

    if animate is not None:
        objects = animate(scene, objects, t, _transform_at(scene))

    cameras = scene.cameras
    cam_changes = {name: ch for (kind, name), ch in grouped.items() if kind == "camera"}
    if cam_changes:
        cameras = [_nested_update(c, cam_changes[c.name]) if c.name in cam_changes else c for c in cameras]

    lights = scene.lights or default_lights()
    light_changes = {name: ch for (kind, name), ch in grouped.items() if kind == "light"}
    if light_changes:
        lights = [_nested_update(lt, light_changes[lt.name]) if lt.name in light_changes else lt
                  for lt in lights]

    update: dict[str, Any] = {}
    if objects is not scene.objects:
        update["objects"] = objects
    if cameras is not scene.cameras:
        update["cameras"] = cameras
    if lights is not scene.lights:
        update["lights"] = lights
    if shot is not None and shot.camera != scene.active_camera and any(c.name == shot.camera for c in cameras):
        update["active_camera"] = shot.camera
    return scene.model_copy(update=update) if update else scene.model_copy()


def _transform_at(scene: Scene) -> Callable[[SceneObject, float], Transform]:
    """A function giving an object's track-evaluated transform at any time (actions start from it)."""
    by_target = {tr.target: tr for tr in scene.timeline.tracks if tr.keyframes}

    def at(obj: SceneObject, t: float) -> Transform:
        prefix = f"object:{obj.id}.transform."
        changes: dict[str, Any] = {}
        for attr in ("position", "rotation", "scale"):
            tr = by_target.get(prefix + attr)
            if tr is not None:
                value = sample_track(tr, t)
                changes[attr] = _clamp(value, _OBJECT_ATTRS["transform." + attr])  # type: ignore[arg-type]
        return obj.transform.model_copy(update=changes) if changes else obj.transform

    return at
