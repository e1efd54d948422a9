"""Camera moves in time: orbit, pan, tilt, dolly, truck, crane, follow and zoom (through
``autark.ops.camera_moves``), cuts to a new shot, over-the-shoulder shots."""

from __future__ import annotations

import math

from autark.errors import NotFound, NotUnderstood
from autark.language import lang
from autark.language import parse as ps
from autark.language.camera import frame_shot, is_camera
from autark.language.context import GROUP_TYPE, Ctx
from autark.language.grammar import Token
from autark.language.placement import center, world_box
from autark.language.staging import actor_names, parse_ref
from autark.language.time_phrases import When, change, evaluated, finish, span
from autark.ops import (
    Operator,
    SetCamera,
)
from autark.scene.model import Camera, Scene
from autark.scene.speeds import (
    CAMERA_MOVE_S,
)
from autark.scene.timeline import Action


def is_camera_clause(words: list[str], when: When) -> bool:
    ws = set(words)
    if ws & set(lang.CAMERA_MOVES):
        return True
    if ("shoulder" in ws or "schulter" in ws) and ws & {"over", "über"}:
        return True
    if ws & {"camera", "kamera"} and ws & {"moves", "rises", "fährt", "hebt", "steigt", "sinkt", "goes"}:
        return True
    return is_camera(words) and (when.duration is not None or when.at is not None or when.after is not None)


def _camera_now(scene: Scene, t: float) -> str:
    """The camera the film shows at t."""
    from autark.scene.evaluate import active_shot

    shot = active_shot(scene, t)
    if shot is not None and any(c.name == shot.camera for c in scene.cameras):
        return shot.camera
    return scene.active_camera


def _new_camera_name(scene: Scene) -> str:
    names = {c.name for c in scene.cameras}
    k = 2
    while f"shot{k}" in names:
        k += 1
    return f"shot{k}"


def camera_move(rest: list[Token], when: When, ctx: Ctx) -> list[Operator]:
    from autark.ops import camera_moves as cm

    words = [t.text for t in rest]
    ws = set(words)
    move = next((lang.CAMERA_MOVES[w] for w in words if w in lang.CAMERA_MOVES), None)
    if move is None and ws & {"rises", "hebt", "steigt", "sinkt"}:
        move = "crane"
    if move is None and ws & {"moves", "fährt", "goes"}:
        up_down = {"up", "down", "hoch", "runter", "oben", "unten", "rauf", "herunter", "upward", "downward"}
        move = "crane" if ws & up_down else "dolly"
    ots = ("shoulder" in ws or "schulter" in ws) and bool(ws & {"over", "über"})
    subjects, over = _camera_subjects(rest, ctx, ots)
    scene = ctx.scene
    if move == "cut" or ots or move is None:
        return _cut(words, subjects, over, when, ctx, ots)
    start, end = span(when, ctx, CAMERA_MOVE_S[move])
    cam = _camera_now(scene, start)
    inward = not ws & {"out", "back", "away", "raus", "heraus", "zurück", "weg", "backward", "backwards"}
    subject = subjects[0] if subjects else None
    if move == "orbit":
        subject = subject or _camera_subject_default(scene, cam, start, ctx)
        degrees = 360.0
        if ws & {"half", "halb", "halbe"}:
            degrees = 180.0
        p = ps.Parser(rest, {})
        for i in range(len(rest)):
            a = p.parse_angle(i)
            if a is not None and p.at(i) not in ("around", "um", "round", "herum"):
                degrees = a[0]
        if ws & {"right", "rechts", "clockwise"}:
            degrees = -abs(degrees)
        ops = cm.orbit(scene, cam, subject, degrees, start, end, size="wide")
    elif move == "pan" or move == "tilt":
        if subject is None:
            deg = 30.0 if move == "pan" else 15.0
            if ws & {"left", "links", "down", "runter", "unten"}:
                deg = -deg
            ops = (cm.pan if move == "pan" else cm.tilt)(scene, cam, deg, start, end)
        else:
            ops = cm.pan(scene, cam, _pan_degrees(scene, cam, subject, start), start, end)
    elif move == "dolly":
        c = evaluated(scene, start).camera(cam)
        if subject is not None and inward:
            # toward something: by default until it fills a medium shot; the move stops before it anyway
            medium, aim = cm.place_camera(scene, subject, "medium", fov_deg=c.fov, t=start)
            amount = _quantity(rest) or max(0.0, math.dist(c.position, aim) - math.dist(medium, aim))
            ops = cm.dolly(scene, cam, amount, start, end, toward=subject)
        else:
            dist = math.dist(c.position, c.target)
            amount = _quantity(rest) or dist * (0.4 if inward else 0.5)
            ops = cm.dolly(scene, cam, amount if inward else -amount, start, end)
    elif move == "truck":
        amount = _quantity(rest) or 2.0
        ops = cm.truck(scene, cam, -amount if ws & {"left", "links"} else amount, start, end)
    elif move == "crane":
        subject = subject or _camera_subject_default(scene, cam, start, ctx)
        amount = _quantity(rest) or 2.0
        down = bool(ws & {"down", "runter", "unten", "sinkt", "lower"})
        ops = cm.crane(scene, cam, subject, -amount if down else amount, start, end)
    elif move == "follow":
        if subject is None:
            raise NotUnderstood(ctx.msg("follow whom? e.g. 'the camera follows the robot'",
                                        "wem folgen? z.B. 'die Kamera folgt dem Roboter'"))
        start, end = _follow_span(scene, subject, when, start, end, ctx)
        ops = cm.follow(scene, cam, subject, start, end)
    else:  # zoom
        ops = _zoom(scene, cam, subject, inward, start, end, ctx)
    if subjects:
        ctx.last = list(subjects)
    return finish(list(ops), ctx, start, end)


def _quantity(rest: list[Token]) -> float | None:
    p = ps.Parser(rest, {})
    for i in range(len(rest)):
        q = p.quantity(i)
        if q is not None:
            return q[0]
    return None


def _camera_subjects(rest: list[Token], ctx: Ctx, ots: bool) -> tuple[list[str], str | None]:
    """Things named in a camera clause, in order; for an over-the-shoulder shot (subject, over whose shoulder)."""
    p = ps.Parser(rest, actor_names(ctx), ctx.types)
    found: list[str] = []
    over: str | None = None
    after_shoulder = False
    i = 0
    while i < p.n:
        w = p.at(i)
        if w in ("shoulder", "schulter"):
            after_shoulder = True
        if w not in ("camera", "kamera") and (r := parse_ref(p, i, ctx)) is not None:
            ids, i = r
            if ots and over is None and (after_shoulder or p.at(i) in ("'s",)):
                over = ids[0]
            else:
                found.extend(x for x in ids if x not in found)
            continue
        i += 1
    if ots and over is None and found:
        over = found.pop(0)
    return found, over


def _camera_subject_default(scene: Scene, cam: str, t: float, ctx: Ctx) -> str:
    """What a move without a named subject is about: the focus, else the thing nearest the camera's aim."""
    focus = ctx.last or ctx.scene_focus()
    if focus:
        return focus[0]
    state = evaluated(scene, t)
    objs = [o for o in state.objects if o.visible and o.type != GROUP_TYPE]
    if not objs:
        raise NotFound(ctx.msg("there is nothing in the scene for the camera to move around",
                               "in der Szene gibt es nichts, worum die Kamera fahren könnte"))
    aim = state.camera(cam).target
    return min(objs, key=lambda o: math.dist(center(world_box(o)), aim)).id


def _pan_degrees(scene: Scene, cam: str, subject: str, t: float) -> float:
    """The horizontal turn (positive: to the camera's right) that puts the subject in the middle."""
    state = evaluated(scene, t)
    c = state.camera(cam)
    centre = center(world_box(state.object(subject)))
    fx, fz = c.target[0] - c.position[0], c.target[2] - c.position[2]
    dx, dz = centre[0] - c.position[0], centre[2] - c.position[2]
    rx, rz = -fz, fx  # the camera's right in the floor plane
    return math.degrees(math.atan2(dx * rx + dz * rz, dx * fx + dz * fz))


def _follow_span(scene: Scene, subject: str, when: When, start: float, end: float, ctx: Ctx
                 ) -> tuple[float, float]:
    """A follow without a time lasts as long as the subject moves: its movement that is under way at the
    cursor, or the one just before (said right after "the robot walks to the door")."""
    if when.duration is not None or when.at is not None:
        return start, end
    from autark.motion import MOVEMENT_KINDS

    moving = [a for a in scene.timeline.actions if a.object_id == subject and a.kind in MOVEMENT_KINDS]
    moving += _track_spans(scene, subject)
    if not moving:
        return start, end
    later = [a for a in moving if a.end_s > start + 1e-6]
    if later:
        first = min(later, key=lambda a: a.start_s)
        return max(start, first.start_s) if not when.meanwhile else start, max(a.end_s for a in later)
    last = max(moving, key=lambda a: a.end_s)
    if abs(last.end_s - scene.timeline.cursor_s) < 1e-6:
        return last.start_s, last.end_s
    return start, end


def _track_spans(scene: Scene, oid: str) -> list[Action]:
    """Keyframed moves of a thing, as (start, end) spans in the shape of actions."""
    out = []
    for tr in scene.timeline.tracks:
        if tr.target == f"object:{oid}.transform.position" and len(tr.keyframes) >= 2:
            moving = [k for k in tr.keyframes if k.easing != "hold"]
            if moving:
                first = moving[0].time_s
                last = next((k.time_s for k in tr.keyframes if k.time_s > moving[-1].time_s), moving[-1].time_s)
                out.append(Action(object_id=oid, kind="drive", start_s=first, end_s=max(last, first + 0.01)))
    return out


def _zoom(scene: Scene, cam: str, subject: str | None, inward: bool, start: float, end: float,
          ctx: Ctx) -> list[Operator]:
    """Zoom (field of view) in or out; 'zoom in on the flower' also turns the aim onto the flower so it ends
    in the middle of the frame, filling about half of it."""
    from autark.assets import framing
    from autark.ops import camera_moves as cm

    if subject is None:
        return list(cm.zoom(scene, cam, 2.0 if inward else 0.5, start, end))
    state = evaluated(scene, start)
    c = state.camera(cam)
    box = world_box(state.object(subject))
    centre = center(box)
    aimed = c.model_copy(update={"target": centre})
    aspect = scene.settings.width / scene.settings.height
    pts = [framing.project(aimed, (x, y, z), aspect) for x in (box[0], box[3]) for y in (box[1], box[4])
           for z in (box[2], box[5])]
    extent = max(max(abs(q[0]), abs(q[1])) for q in pts)
    factor = 0.5 / max(extent, 1e-3) if inward else 0.5
    factor = min(max(factor, 1.0), 12.0) if inward else factor
    ops = list(cm.zoom(scene, cam, factor, start, end))
    ops.append(change(scene, f"camera:{cam}.target", c.target, tuple(round(v, 5) for v in centre), start, end,
                       True))
    return ops


def _cut(words: list[str], subjects: list[str], over: str | None, when: When, ctx: Ctx,
         ots: bool) -> list[Operator]:
    """A cut to a new camera: a shot size on a subject ('cut to a close-up of the robot'), over a shoulder,
    or a still framing ('wide shot for 3 seconds'). Without a duration the cursor stays: what follows
    happens in the new shot."""
    from autark.ops import camera_moves as cm

    scene = ctx.scene
    start, end = span(when, ctx, 0.0)
    name = _new_camera_name(scene)
    until = end if when.duration is not None else None
    ws = set(words)
    size = "medium"
    for i, w in enumerate(words):
        nxt = words[i + 1] if i + 1 < len(words) else ""
        if w in ("close", "nahaufnahme", "closeup") or (w in ("nah", "nahe") and nxt in ("aufnahme", "shot")):
            size = "close-up"
        elif w in ("wide", "totale", "establishing", "weitwinkel", "overview", "übersicht") or (
                w in ("long", "full") and nxt == "shot"):
            size = "wide"
    if ots:
        if over is None or not subjects:
            raise NotUnderstood(ctx.msg("over whose shoulder, looking at what? e.g. 'over the shoulder of Robo "
                                        "looking at the flower'",
                                        "über wessen Schulter, auf was? z.B. 'über die Schulter von Robo auf die "
                                        "Blume'"))
        ops = cm.cut(scene, start, name, subjects[0], size="over-the-shoulder", over_id=over, end_s=until)
    elif len(subjects) == 1 and not ws & {"from", "von"}:
        ops = cm.cut(scene, start, name, subjects[0], size=size, end_s=until)
    else:
        # a still framing of everything (or of several things, or from a side): the still camera maths
        framed = frame_shot([Token(w, w) for w in words if w not in lang.CAMERA_MOVES and w != "to"], ctx)
        cam_op = next(op for op in framed if isinstance(op, SetCamera))
        new = Camera(name=name, fov=cam_op.camera.fov)
        with_cam = scene.model_copy(update={"cameras": [*scene.cameras, new]})
        from autark.scene.evaluate import film_duration_s

        stop = until if until is not None else max(film_duration_s(scene), start + 1.0)
        ops = [SetCamera(camera=new, activate=False),
               *cm.static(with_cam, name, start, stop, position=cam_op.camera.position,
                          target=cam_op.camera.target, size=size)]
    if subjects:
        ctx.last = list(subjects)
    return finish(list(ops), ctx, start, end if until is not None else start)
