"""Camera moves and shot sizes as operators: each function returns the ``autark.ops`` operators (keyframes on
``camera:<name>.position/target/fov`` plus a ``Shot``) that make the move; applying them with ``apply_ops``
is all-or-nothing like any other edit, and undo works through the usual patch.

Every move starts from where the camera is at ``start_s`` in the scene as it stands (earlier moves already
applied), so moves chain: ``pan`` then ``dolly`` continue from each other. Moves are sampled into a few
keyframes with Catmull-Rom (``cubic``) interpolation, so a pan or an orbit turns on a true arc instead of
cutting the chord between two keys.

Shot sizes reuse ``autark.assets.framing`` (the same maths as still framing, and ``shot_box``: the part of the
subject a size shows, whole body, waist up, head and shoulders), framed from a view direction relative to the
subject's facing, for the camera's field of view and the film's aspect ratio. The subject is taken as it is at
the shot's time, actions applied (``autark.motion.evaluate_scene``).
"""

from __future__ import annotations

import functools
import math
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

import numpy as np

from autark.assets.framing import (
    SHOT_SIZES,
    basis,
    canonical_shot_size,
    frame_box,
    shot_box,
    view_direction,
)
from autark.errors import NotFound, UserInputError
from autark.motion import evaluate_scene
from autark.ops.operators import AddKeyframes, Operator, SetCamera, SetTimeline
from autark.scene.evaluate import evaluate
from autark.scene.geometry import world_bbox
from autark.scene.model import Camera, Scene, SceneObject, Vec3
from autark.scene.timeline import Easing, Keyframe, Shot

if TYPE_CHECKING:
    from autark.cinema.states import SceneStates

__all__ = [
    "SHOT_SIZES",
    "MOVES",
    "shot_box",
    "place_camera",
    "over_the_shoulder",
    "static",
    "frame",
    "cut",
    "pan",
    "tilt",
    "dolly",
    "truck",
    "orbit",
    "crane",
    "follow",
    "zoom",
]

MOVES = ("static", "pan", "tilt", "dolly", "truck", "orbit", "crane", "follow", "zoom")
_OTS_BACK = 1.4  # how far behind the near head, as the planner's ``back`` (1.0 let it cover 35% of the frame)


# -- helpers -------------------------------------------------------------------------------------------------
def _check_times(start_s: float, end_s: float) -> None:
    if not (math.isfinite(start_s) and math.isfinite(end_s)) or start_s < 0:
        raise UserInputError(f"a camera move needs times in seconds from 0, got {start_s}..{end_s}")
    if end_s <= start_s:
        raise UserInputError(f"a camera move must end after it starts ({start_s} s .. {end_s} s)",
                             hint="give it a duration, e.g. 'over 3 seconds'")


def _evaluated(scene: Scene, t: float) -> Scene:
    return evaluate_scene(scene, t)


def _camera_at(scene: Scene, name: str, t: float) -> Camera:
    """The camera as it is at t; a camera that does not exist yet starts as a copy of the active one. Its tracks
    alone place it (the characters' animation moves none), so the scene is evaluated without animating them: in
    the shot search every dolly's start cost a whole scene's poses, 13% of the search."""
    ev = evaluate(scene, t)
    cam = next((c for c in ev.cameras if c.name == name), None)
    if cam is not None:
        return cam
    base = next((c for c in ev.cameras if c.name == ev.active_camera), None) or Camera(name=name)
    return base.model_copy(update={"name": name})


def _subject(scene: Scene, subject_id: str, t: float, states: SceneStates | None = None) -> SceneObject:
    obj = (states.evaluated(t) if states is not None else _evaluated(scene, t)).find_object(subject_id)
    if obj is None:
        raise NotFound(f"there is no object {subject_id!r} to point the camera at",
                       hint="name something that is in the scene")
    return obj


def _aspect(scene: Scene) -> float:
    return scene.settings.width / scene.settings.height


def _vec(v: np.ndarray) -> Vec3:
    return (float(v[0]), float(v[1]), float(v[2]))


def _ensure_camera(scene: Scene, cam: Camera) -> list[Operator]:
    if any(c.name == cam.name for c in scene.cameras):
        return []
    return [SetCamera(camera=cam, activate=False)]


def _track_ops(scene: Scene, name: str, start_s: float, samples: dict[str, list[tuple[float, object]]],
               easing: Easing) -> list[Operator]:
    """AddKeyframes for each camera property. A property animated for the first time also gets a held key
    at 0 s with its current value, so the move does not reach back before ``start_s``."""
    ops: list[Operator] = []
    existing = {tr.target for tr in scene.timeline.tracks if tr.keyframes}
    stored = next((c for c in scene.cameras if c.name == name), None)
    for prop, keys in samples.items():
        target = f"camera:{name}.{prop}"
        frames = [Keyframe(time_s=t, value=v, easing=easing) for t, v in keys]  # type: ignore[arg-type]
        if target not in existing and start_s > 0 and stored is not None:
            frames.insert(0, Keyframe(time_s=0.0, value=getattr(stored, prop), easing="hold"))
        ops.append(AddKeyframes(target=target, keyframes=frames))
    return ops


def _shot(name: str, start_s: float, end_s: float, move: str, size: str = "", subjects: Sequence[str] = (),
          foreground: Sequence[str] = ()) -> Operator:
    return SetTimeline(shots=[Shot(name=f"{move} {name}".strip(), camera=name, start_s=start_s, end_s=end_s,
                                   move=move, size=size, subjects=list(subjects), foreground=list(foreground))])


def _sample_times(start_s: float, end_s: float, per_second: float, at_least: int) -> list[float]:
    n = max(at_least, math.ceil((end_s - start_s) * per_second))
    return [start_s + (end_s - start_s) * i / n for i in range(n + 1)]


def _eased(u: float, easing: Easing) -> float:
    from autark.scene.easing import EASINGS

    return float(EASINGS[easing](u))


def _sampled_move(scene: Scene, name: str, start_s: float, end_s: float, move: str, easing: Easing,
                  at: Callable[[float], dict[str, object]], steps: int, size: str = "") -> list[Operator]:
    """Sample ``at(share)`` (share of the move done, eased) at ``steps`` points into cubic keyframes."""
    cam = _camera_at(scene, name, start_s)
    times = [start_s + (end_s - start_s) * i / steps for i in range(steps + 1)]
    samples: dict[str, list[tuple[float, object]]] = {}
    for t in times:
        for prop, value in at(_eased((t - start_s) / (end_s - start_s), easing)).items():
            samples.setdefault(prop, []).append((t, value))
    kind: Easing = "cubic" if steps > 1 else easing
    return [*_ensure_camera(scene, cam), *_track_ops(scene, name, start_s, samples, kind),
            _shot(name, start_s, end_s, move, size)]


# -- shot sizes ----------------------------------------------------------------------------------------------
def place_camera(scene: Scene, subject_id: str, size: str = "medium", *, view: str = "front",
                 fov_deg: float = 40.0, t: float = 0.0) -> tuple[Vec3, Vec3]:
    """(position, target) of a camera showing the subject at ``size`` from ``view`` at time t."""
    obj = _subject(scene, subject_id, t)
    if canonical_shot_size(size) == "over-the-shoulder":
        raise UserInputError("an over-the-shoulder shot needs two people", hint="use over_the_shoulder()")
    box, fill = shot_box(obj, size)
    pos, target = frame_box(box.min, box.max, direction=_vec(view_direction(obj, view)), fov_deg=fov_deg,
                            aspect=_aspect(scene), fill=fill)
    return pos, target


def over_the_shoulder(scene: Scene, over_id: str, subject_id: str, *, t: float = 0.0, fov_deg: float = 40.0,
                      side: str = "right") -> tuple[Vec3, Vec3]:
    """(position, target) behind ``over_id``'s shoulder looking at ``subject_id``'s head and shoulders."""
    from autark.cinema.measure import subject_points
    from autark.cinema.shoulder import facing, over_shoulder

    near = _subject(scene, over_id, t)
    far = _subject(scene, subject_id, t)
    if all("eyes" in subject_points(o)[1] for o in (near, far)):  # the planner's placement, from both eye lines
        return over_shoulder(near, far, side=side, back=_OTS_BACK)
    # one of them has no eyes (over Robo's shoulder onto a flower): from the near one's shoulder height
    nbox = world_bbox(near)
    fbox_part, _fill = shot_box(far, "over-the-shoulder")
    target = np.array(fbox_part.center)
    shoulder = np.array([(nbox.min[0] + nbox.max[0]) / 2, nbox.min[1] + 0.85 * nbox.size[1],
                         (nbox.min[2] + nbox.max[2]) / 2])
    fwd, right = facing(shoulder, target)  # right: the near person's, facing the subject
    sign = 1.0 if side == "right" else -1.0
    # far enough back and aside that the near shoulder and the back of the head fill about a third of the
    # frame at its edge, not half of it (0.7 m back and 0.35 m aside filled 40% with a head in the corpus)
    position = shoulder - fwd * 1.0 + right * sign * 0.5 + np.array([0.0, 0.1, 0.0])
    return _vec(position), _vec(target)


# -- moves ---------------------------------------------------------------------------------------------------
def static(scene: Scene, camera: str, start_s: float, end_s: float, *, position: Vec3 | None = None,
           target: Vec3 | None = None, fov: float | None = None, size: str = "", subjects: Sequence[str] = (),
           foreground: Sequence[str] = ()) -> list[Operator]:
    """Hold the camera still from start_s to end_s (optionally at a new position/target/fov)."""
    _check_times(start_s, end_s)
    cam = _camera_at(scene, camera, start_s)
    values = {"position": position or cam.position, "target": target or cam.target, "fov": fov or cam.fov}
    samples = {k: [(start_s, v)] for k, v in values.items()}
    return [*_ensure_camera(scene, cam), *_track_ops(scene, camera, start_s, samples, "hold"),
            _shot(camera, start_s, end_s, "static", size, subjects, foreground)]


def frame(scene: Scene, camera: str, subject_id: str, start_s: float, end_s: float, *, size: str = "medium",
          view: str = "front", over_id: str | None = None) -> list[Operator]:
    """A static shot of a subject at a shot size (for "over-the-shoulder", ``over_id`` is the near person)."""
    _check_times(start_s, end_s)
    cam = _camera_at(scene, camera, start_s)
    if canonical_shot_size(size) == "over-the-shoulder":
        if over_id is None:
            raise UserInputError("an over-the-shoulder shot needs the person to look past",
                                 hint="say whose shoulder, e.g. 'over Bob's shoulder'")
        pos, target = over_the_shoulder(scene, over_id, subject_id, t=start_s, fov_deg=cam.fov)
        # the near one is the shot's foreground, not its subject (whose back the measure would fail)
        return static(scene, camera, start_s, end_s, position=pos, target=target, size="over-the-shoulder",
                      subjects=[subject_id], foreground=[over_id])
    pos, target = place_camera(scene, subject_id, size, view=view, fov_deg=cam.fov, t=start_s)
    return static(scene, camera, start_s, end_s, position=pos, target=target, size=canonical_shot_size(size))


def cut(scene: Scene, t: float, camera: str, subject_id: str, *, size: str = "medium", view: str = "front",
        end_s: float | None = None, fov: float = 40.0, over_id: str | None = None) -> list[Operator]:
    """Cut at t to a NEW camera (its own name) framing the subject; the shot runs to ``end_s`` (default: the
    end of the film)."""
    from autark.scene.evaluate import film_duration_s

    if any(c.name == camera for c in scene.cameras):
        raise UserInputError(f"there is already a camera called {camera!r}", hint="a cut needs a new camera name")
    end = end_s if end_s is not None else max(film_duration_s(scene), t + 1.0)
    new = Camera(name=camera, fov=fov)
    with_cam = scene.model_copy(update={"cameras": [*scene.cameras, new]})
    ops = frame(with_cam, camera, subject_id, t, end, size=size, view=view, over_id=over_id)
    return [SetCamera(camera=new, activate=False), *ops]


def pan(scene: Scene, camera: str, degrees: float, start_s: float, end_s: float, *,
        easing: Easing = "ease_in_out") -> list[Operator]:
    """Turn the camera about the vertical through its position; positive degrees pan to the right."""
    _check_times(start_s, end_s)
    cam = _camera_at(scene, camera, start_s)
    pos = np.array(cam.position)
    rel = np.array(cam.target) - pos

    def at(share: float) -> dict[str, object]:
        a = -math.radians(degrees) * share
        c, s = math.cos(a), math.sin(a)
        r = np.array([c * rel[0] + s * rel[2], rel[1], -s * rel[0] + c * rel[2]])
        return {"target": _vec(pos + r)}

    return _sampled_move(scene, camera, start_s, end_s, "pan", easing, at, max(2, math.ceil(abs(degrees) / 10)))


def tilt(scene: Scene, camera: str, degrees: float, start_s: float, end_s: float, *,
         easing: Easing = "ease_in_out") -> list[Operator]:
    """Turn the camera about its horizontal axis; positive degrees tilt up. Stops short of straight up/down."""
    _check_times(start_s, end_s)
    cam = _camera_at(scene, camera, start_s)
    pos = np.array(cam.position)
    rel = np.array(cam.target) - pos
    dist = float(np.linalg.norm(rel))
    _s, _u, f = basis(cam.position, cam.target, cam.up)
    pitch0 = math.degrees(math.asin(max(-1.0, min(1.0, f[1]))))
    pitch1 = max(-85.0, min(85.0, pitch0 + degrees))
    yaw = math.atan2(f[0], f[2])

    def at(share: float) -> dict[str, object]:
        p = math.radians(pitch0 + (pitch1 - pitch0) * share)
        d = np.array([math.cos(p) * math.sin(yaw), math.sin(p), math.cos(p) * math.cos(yaw)])
        return {"target": _vec(pos + d * dist)}

    return _sampled_move(scene, camera, start_s, end_s, "tilt", easing, at,
                         max(2, math.ceil(abs(pitch1 - pitch0) / 10)))


def dolly(scene: Scene, camera: str, metres: float, start_s: float, end_s: float, *,
          easing: Easing = "ease_in_out", toward: str | None = None, states: SceneStates | None = None) -> list[Operator]:
    """Move the camera along its view direction (positive: in, toward the target), keeping its aim; never
    closer than 0.2 m to the target. With ``toward`` (an object id) it moves toward that object instead (a
    figure's upper body, anything else's centre), turning its aim onto it on the way. Either way the move
    stops where the camera would come nearer than ``autark.cinema.rules.MIN_CLEARANCE_M`` to anything in the
    scene (the subject included) at any moment of the move: a dolly never ends inside a body or a wall.
    ``states``: the scene's evaluated moments when the caller has them (a planner trying many cameras)."""
    from autark.assets import framing
    from autark.cinema import SceneStates, clear_span

    _check_times(start_s, end_s)
    cam = _camera_at(scene, camera, start_s)
    start = np.array(cam.position)
    aim0 = np.array(cam.target)
    aim1 = aim0
    if toward is None:
        end = np.array(framing.dolly(cam, metres).position)
    else:
        aim1 = np.array(shot_box(_subject(scene, toward, start_s), "medium")[0].center)  # a figure's upper body
        way = aim1 - start
        dist = float(np.linalg.norm(way))
        step = min(metres, dist - 0.2)
        end = start + way / max(dist, 1e-9) * step
    share = clear_span(states or SceneStates(scene), _vec(start), _vec(end), _sample_times(start_s, end_s, 4.0, 2))
    end = start + (end - start) * share
    if toward is None:
        return _sampled_move(scene, camera, start_s, end_s, "dolly", easing,
                             lambda u: {"position": _vec(start + (end - start) * u)}, 1)
    return _sampled_move(scene, camera, start_s, end_s, "dolly", easing,
                         lambda u: {"position": _vec(start + (end - start) * u),
                                    "target": _vec(aim0 + (aim1 - aim0) * u)}, 1)


def truck(scene: Scene, camera: str, metres: float, start_s: float, end_s: float, *,
          easing: Easing = "ease_in_out") -> list[Operator]:
    """Slide the camera (and its aim) sideways; positive metres go to the camera's right."""
    _check_times(start_s, end_s)
    cam = _camera_at(scene, camera, start_s)
    s, _u, _f = basis(cam.position, cam.target, cam.up)
    right = np.array([s[0], 0.0, s[2]])
    right = right / max(float(np.linalg.norm(right)), 1e-9)
    p0, t0 = np.array(cam.position), np.array(cam.target)
    return _sampled_move(scene, camera, start_s, end_s, "truck", easing,
                         lambda share: {"position": _vec(p0 + right * metres * share),
                                        "target": _vec(t0 + right * metres * share)}, 1)


def orbit(scene: Scene, camera: str, subject_id: str, degrees: float, start_s: float, end_s: float, *,
          size: str = "wide", easing: Easing = "ease_in_out") -> list[Operator]:
    """Circle the subject's box centre by ``degrees`` (positive: counter-clockwise seen from above) at the
    radius that frames it at ``size`` from every side, always looking at the centre. Starts from the
    camera's current bearing and elevation around the subject."""
    _check_times(start_s, end_s)
    cam = _camera_at(scene, camera, start_s)
    obj = _subject(scene, subject_id, start_s)
    box, fill = shot_box(obj, size)
    centre = np.array(box.center)
    rel = np.array(cam.position) - centre
    horiz = math.hypot(rel[0], rel[2])
    elevation = math.atan2(rel[1], horiz) if horiz > 1e-6 else math.radians(15)
    elevation = max(-math.radians(60), min(math.radians(60), elevation))
    azimuth = math.atan2(rel[0], rel[2]) if horiz > 1e-6 else 0.0
    # the radius that frames the box from the worst bearing, so the subject never leaves the frame
    distance = 0.0
    for k in range(8):
        a = azimuth + 2 * math.pi * k / 8
        d = (math.cos(elevation) * math.sin(a), math.sin(elevation), math.cos(elevation) * math.cos(a))
        pos, _tgt = frame_box(box.min, box.max, direction=d, fov_deg=cam.fov, aspect=_aspect(scene), fill=fill)
        distance = max(distance, float(np.linalg.norm(np.array(pos) - centre)))

    def at(share: float) -> dict[str, object]:
        a = azimuth + math.radians(degrees) * share
        d = np.array([math.cos(elevation) * math.sin(a), math.sin(elevation), math.cos(elevation) * math.cos(a)])
        return {"position": _vec(centre + d * distance), "target": _vec(centre)}

    return _sampled_move(scene, camera, start_s, end_s, "orbit", easing, at,
                         max(4, math.ceil(abs(degrees) / 10)), size=canonical_shot_size(size))


def crane(scene: Scene, camera: str, subject_id: str, rise_m: float, start_s: float, end_s: float, *,
          easing: Easing = "ease_in_out") -> list[Operator]:
    """Raise (or with negative metres lower) the camera while it keeps looking at the subject's centre."""
    _check_times(start_s, end_s)
    cam = _camera_at(scene, camera, start_s)
    centre = np.array(world_bbox(_subject(scene, subject_id, start_s)).center)
    p0 = np.array(cam.position)
    low = max(p0[1] + rise_m, 0.1) - p0[1]  # never below the ground
    return _sampled_move(scene, camera, start_s, end_s, "crane", easing,
                         lambda share: {"position": _vec(p0 + np.array([0.0, low * share, 0.0])),
                                        "target": _vec(centre)}, 2)


def follow(scene: Scene, camera: str, subject_id: str, start_s: float, end_s: float, *,
           offset: Vec3 | None = None, samples_per_s: float = 4.0,
           states: SceneStates | None = None) -> list[Operator]:
    """Keep a fixed offset from a moving object (default: the camera's offset from it at start_s), looking
    at it: at the part of it the camera already aims at (a medium shot keeps its waist-up framing), else at
    its centre. The object's path is sampled from ``evaluate_scene``; the camera stays at the start height so
    a walker's bob does not shake it. ``states``: the scene's evaluated moments when the caller has them (a
    planner trying many cameras follows the same walk many times)."""
    _check_times(start_s, end_s)
    at = states.evaluated if states is not None else functools.partial(evaluate_scene, scene)
    cam = _camera_at(scene, camera, start_s)
    first = _subject(scene, subject_id, start_s, states)
    box = world_bbox(first)
    c0 = np.array(box.center)
    p0 = np.array(first.transform.position)
    off = np.array(offset) if offset is not None else np.array(cam.position) - c0
    aim = np.array(cam.target) - c0
    on_it = math.hypot(aim[0], aim[2]) <= 0.5 * math.hypot(box.size[0], box.size[2]) + 0.05 and \
        box.min[1] <= cam.target[1] <= box.max[1]
    aim = aim if on_it else np.zeros(3)
    samples: dict[str, list[tuple[float, object]]] = {"position": [], "target": []}
    for t in _sample_times(start_s, end_s, samples_per_s, 2):
        obj = at(t).find_object(subject_id)
        assert obj is not None  # it exists at start_s and actions cannot delete objects
        p = np.array(obj.transform.position)
        centre = np.array([c0[0] + p[0] - p0[0], c0[1], c0[2] + p[2] - p0[2]])
        samples["position"].append((t, _vec(centre + off)))
        samples["target"].append((t, _vec(centre + aim)))
    return [*_ensure_camera(scene, cam), *_track_ops(scene, camera, start_s, samples, "cubic"),
            _shot(camera, start_s, end_s, "follow")]


def zoom(scene: Scene, camera: str, factor: float, start_s: float, end_s: float, *,
         easing: Easing = "ease_in_out") -> list[Operator]:
    """Change the field of view so the image magnifies by ``factor`` (2 = zoom in twice, 0.5 = out)."""
    _check_times(start_s, end_s)
    if not (math.isfinite(factor) and factor > 0):
        raise UserInputError(f"a zoom factor must be positive, got {factor}", hint="e.g. 2 to zoom in twice")
    cam = _camera_at(scene, camera, start_s)
    half0 = math.radians(cam.fov) / 2
    fov1 = math.degrees(2 * math.atan(math.tan(half0) / factor))
    fov1 = max(5.0, min(120.0, fov1))
    f0 = cam.fov
    return _sampled_move(scene, camera, start_s, end_s, "zoom", easing,
                         lambda share: {"fov": f0 + (fov1 - f0) * share}, 1)
