"""Staging: who does what in time. Characters act through timeline ``Action`` clips (``autark.motion``): walk,
run, sit, wave, point, turn, talk; things (a car, a ball) move on keyframe tracks, a jump is a hop on the
spot. ``read_action`` gives the reading of an action sentence as data, for a caller that times it itself."""

from __future__ import annotations

import contextlib
import math
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from autark.errors import NotFound, NotUnderstood, UserInputError
from autark.language import acting, lang
from autark.language import lexicon as lx
from autark.language import parse as ps
from autark.language import placement as pl
from autark.language.characters import is_character
from autark.language.context import GROUP_TYPE, Ctx, display, norm_name, round3
from autark.language.grammar import Token, split_clauses, tokenize
from autark.language.layout import is_floating, obj_box
from autark.language.placement import box_distance, world_box
from autark.language.references import as_reference, resolve
from autark.language.time_phrases import When, change, evaluated, extract_when, finish, span
from autark.language.words import check_words, known_word, unknown
from autark.motion.route import Blocked, path_length, route
from autark.ops import (
    AddKeyframes,
    Operator,
    SetTimeline,
)
from autark.scene.model import Scene, SceneObject
from autark.scene.speeds import (
    DRIVE_M_S,
    FLY_M_S,
    GESTURE_S,
    GLIDE_M_S,
    JUMP_M,
    JUMP_S,
    RUN_M_S,
    SIT_S,
    TURN_S,
    WALK_M_S,
)
from autark.scene.timeline import Action, Keyframe

ARRIVE_GAP_M = 0.35  # a walker stops this far from what it walks to
# action kind -> a stager of its own, (rest, verb, when, ctx) -> operators; a module that stages a kind on top of
# this one's readers adds itself here (``autark.language.riding``), so this module needs not import it
OWN_STAGING: dict[str, Callable[[list[Token], int, When, Ctx], list[Operator] | None]] = {}
_FLAT_M = 0.12  # lower than this, a thing is walked over (``route``'s measure)


ACROSS_NDC = 0.7  # "from left to right": from 70 % left of the frame's centre to 70 % right


def actor_names(ctx: Ctx) -> dict[str, list[str]]:
    names: dict[str, list[str]] = {}
    for o in ctx.scene.objects:
        names.setdefault(norm_name(o.name), []).append(o.id)
    for c in ctx.scene.characters:
        names.setdefault(norm_name(c.name), []).append(c.object_id)
    return names


def parse_ref(p: ps.Parser, i: int, ctx: Ctx) -> tuple[list[str], int] | None:
    """A reference to things in the scene at i (a pronoun, 'the robot', 'Robo', 'die Blume')."""
    r = p.parse_np(i)
    if r is None:
        return None
    np_, j = r
    if np_.is_new and np_.count not in (None, 1) and np_.word not in lx.SAME_PLURAL_DE:
        return None
    return resolve(as_reference(np_), ctx), j


def characters_and_thing(rest: list[Token], verb: int, ctx: Ctx,
                         named: Callable[[list[Token], int, list[str], Ctx], str | None],
                         ) -> tuple[list[str], int, int, str] | None:
    """(actor ids, index after the subject, verb index, the thing) of 'Ida goes into the barn', 'they board the
    bus': the subject must be characters and ``named`` must find the thing in the words after it; None where
    either is missing, so the clause goes on to the next rule."""
    try:
        actors, after, verb = read_subject(rest, verb, ctx)
    except NotFound:
        return None
    thing = named(rest, after, actors, ctx)
    if thing is None or not all(is_character(ctx.scene.object(a)) for a in actors):
        return None
    return actors, after, verb, thing


def read_subject(rest: list[Token], verb: int, ctx: Ctx) -> tuple[list[str], int, int]:
    """(actor ids, first token index after the verb phrase's subject, verb index) for 'the robot walks' and
    German 'winkt der Roboter'; without a subject, the one the previous clause or sentence talked about."""
    p = ps.Parser(rest, actor_names(ctx), ctx.types)
    i = 0
    while i < verb and p.at(i) in lx.FILLER | {","}:
        i += 1
    if i < verb:
        r = parse_ref(p, i, ctx)
        if r is None:
            check_words(rest[:verb], ctx)
            raise NotUnderstood(ctx.msg("who should do that? e.g. 'the robot walks to the door'",
                                        "wer soll das tun? z.B. 'der Roboter geht zur Tür'"))
        return r[0], verb + 1, verb
    k = verb + 1
    if p.at(k) == "sich":
        k += 1
    r = parse_ref(p, k, ctx) if p.at(k) not in lang.PREPOSITIONS - {"the"} else None
    if r is not None:
        return r[0], r[1], verb
    ids = ctx.last or ctx.scene_focus()
    if not ids:
        raise NotUnderstood(ctx.msg("who should do that? e.g. 'the robot walks to the door'",
                                    "wer soll das tun? z.B. 'der Roboter geht zur Tür'"))
    return list(ids), verb + 1, verb


def read_target(rest: list[Token], i: int, ctx: Ctx, skip: set[str] | None = None
            ) -> tuple[list[str] | None, Any, list[str]]:
    """What follows the verb: (target object ids or None, a direction item or "across"/"around", leftovers)."""
    p = ps.Parser(rest, actor_names(ctx), ctx.types)
    target: list[str] | None = None
    where: Any = None
    extra: list[str] = []
    while i < p.n:
        w = p.at(i)
        if p.match(i, ("from", "left", "to", "right")) or p.match(i, ("von", "links", "nach", "rechts")):
            where, i = ("across", 1.0), i + 4
            continue
        if p.match(i, ("from", "right", "to", "left")) or p.match(i, ("von", "rechts", "nach", "links")):
            where, i = ("across", -1.0), i + 4
            continue
        if target is None and (r := p.parse_dir(i)) is not None and not (
                w in ("up", "hoch") and p.parse_np(i + 1) is not None):
            where, i = ("dir", r[0], r[1]), r[2]
            continue
        if target is None and w not in lang.PREPOSITIONS and (ref := parse_ref(p, i, ctx)) is not None:
            target, i = ref
            continue
        if w in ("around", "herum", "um") and target is None and parse_ref(p, i + 1, ctx) is None:
            where = ("around",)
            i += 1
            continue
        if w in lang.PREPOSITIONS or w in (skip or set()) or w in ("sich", "down", "hin", "hinüber", "rüber", ",", "platz",
                                                         "seat", "takes", "nimmt", "a", "einen"):
            i += 1
            continue
        if known_word(w) or w in lx.NOUNS:
            extra.append(w)
            i += 1
            continue
        unknown(rest[i], ctx)
    return target, where, extra


@dataclass(frozen=True)
class ActionReading:
    """What an action sentence says, before anything is timed: the kind (``lang.ACTION_VERBS``; "move" is a
    walk, "looks around" is ``around``), who acts and toward what (object ids; None when it names nobody)."""

    kind: str
    actor: str | None
    target: str | None
    around: bool = False


_FACE_WORDS = {"faces", "face"}  # "Robo faces Luna": for an actor, a turn toward


def read_action(text: str, scene: Scene) -> ActionReading | None:
    """The engine's reading of an action sentence ("Robo walks to the flower", "Rex dreht sich zu Luna",
    "Mia looks around") against ``scene``, for a caller that times the action itself (the production of a
    screenplay); None when no clause of it holds an action verb. Unknown or ambiguous words leave the actor
    or target None rather than raising."""
    tokens = tokenize(text)
    ctx = Ctx(scene=scene, german=lx.is_german([t.text for t in tokens]))
    for part in split_clauses(tokens):
        _when, rest = extract_when(part)
        words = [t.text for t in rest]
        verb = next((i for i, w in enumerate(words) if w in lang.ACTION_VERBS), None)
        kind = lang.ACTION_VERBS[words[verb]] if verb is not None else "turn"
        if verb is None:
            verb = next((i for i, w in enumerate(words) if w in _FACE_WORDS), None)
            if verb is None:
                continue
        try:
            actors, after, _ = read_subject(rest, verb, ctx)
        except UserInputError:
            actors, after = [], verb + 1
        try:
            target, where, _extra = read_target(rest, after, ctx)
        except UserInputError:
            target, where = None, None
        around = where == ("around",) or (kind == "turn" and where is None and not target
                                           and "um" in words[after:])
        actor = actors[0] if actors else None
        goal = next((t for t in target or [] if t != actor), None)
        return ActionReading("walk" if kind == "move" else kind, actor, goal, around)
    return None


def stage_action(rest: list[Token], verb: int, when: When, ctx: Ctx) -> list[Operator]:
    kind = lang.ACTION_VERBS.get(rest[verb].text) or acting.SPOKEN_ACTS[rest[verb].text]
    if kind == "take" and {t.text for t in rest} & {"seat", "platz"}:
        kind = "sit"  # "Tom takes a seat"
    elif kind in OWN_STAGING and (own := OWN_STAGING[kind](rest, verb, when, ctx)) is not None:
        return own  # a kind staged by a module of its own (riding: ``autark.language.riding``); None: as any
    elif kind in acting.ACT_KINDS:  # eating, giving, dancing, hugging ...: read by role
        return acting.stage_act(rest, verb, kind, when, ctx, actor_names, read_subject, _jump)
    actors, after, verb = read_subject(rest, verb, ctx)
    target, where, _extra = read_target(rest, after, ctx)
    if kind == "turn" and where is None and target is None and "um" in [t.text for t in rest[after:]]:
        where = ("around",)
    scene = ctx.scene
    ops: list[Operator] = []
    start_all, end_all = None, None
    actions: list[Action] = []
    for actor in actors:
        obj = scene.object(actor)
        start, end, acts, keys = stage_one(obj, kind, target, where, when, ctx)
        actions += acts
        ops += keys
        start_all = start if start_all is None else min(start_all, start)
        end_all = end if end_all is None else max(end_all, end)
    if actions:
        ops.insert(0, SetTimeline(actions=actions))
    ctx.last = list(actors)
    assert start_all is not None and end_all is not None
    return finish(ops, ctx, start_all, end_all)


def stage_one(obj: SceneObject, kind: str, target: list[str] | None, where: Any, when: When, ctx: Ctx
                ) -> tuple[float, float, list[Action], list[Operator]]:
    scene = ctx.scene
    character = is_character(obj)
    if kind == "move":
        kind = "walk" if character else ("fly" if is_floating(obj) else "drive")
    if kind in ("wave", "talk"):
        start, end = span(when, ctx, GESTURE_S)
        return start, end, [Action(object_id=obj.id, kind=kind, start_s=start, end_s=end)], []  # type: ignore
    if kind == "jump":
        return _jump(obj, when, ctx)
    if kind == "point":
        if not target:
            raise NotUnderstood(ctx.msg("point at what? e.g. 'the robot points at the flower'",
                                        "worauf zeigen? z.B. 'der Roboter zeigt auf die Blume'"))
        start, end = span(when, ctx, GESTURE_S)
        return start, end, [Action(object_id=obj.id, kind="point", start_s=start, end_s=end,
                                   target_object=target[0])], []
    if kind == "turn":
        start, end = span(when, ctx, TURN_S)
        act = Action(object_id=obj.id, kind="turn", start_s=start, end_s=end)
        if target:
            act.target_object = target[0]
        elif where is not None and where[0] == "dir":
            here = evaluated(scene, start).object(obj.id).transform.position
            act.target = (here[0] + where[1][0] * 3, here[1], here[2] + where[1][2] * 3)
        return start, end, [act], []
    if kind == "sit":
        seat = target[0] if target else _nearest_seat(obj, ctx)
        if target and not _can_sit_on(obj, scene.object(seat)):  # "sits on the plate": near by, on a blanket
            with contextlib.suppress(NotFound):  # nothing else to sit on: the motion says why this will not do
                seat = _nearest_seat(obj, ctx)
        here = evaluated(scene, ctx.scene.timeline.cursor_s).object(obj.id)
        dist = box_distance(obj_box(ctx, seat), world_box(here))
        start, end = span(when, ctx, dist / WALK_M_S + SIT_S)
        act = Action(object_id=obj.id, kind="sit", start_s=start, end_s=end, target_object=seat)
        if not _supports(ctx.scene.object(seat).type):  # round a campfire, on a blanket: a place of one's own
            act.target = _place_round(ctx.scene.object(seat), sum(
                a.kind == "sit" and a.target_object == seat for a in scene.timeline.actions))
        return start, end, [act], []
    # walk, run, drive, fly
    start0, _ = span(when, ctx, 0.0)
    state = evaluated(scene, start0)
    here_obj = state.object(obj.id)
    here = here_obj.transform.position
    if where is not None and where[0] == "across":
        p0, p1 = _across(state, here_obj, where[1], ctx)
    elif where is not None and where[0] == "dir":
        vec, amount = where[1], where[2]
        amount = amount if amount is not None else 2.0
        if vec == (0, 0, 1) or vec == (0, 0, -1):
            # forward/back for something that moves itself is its own facing
            h = math.radians(here_obj.transform.rotation[1])
            vec = (math.sin(h) * vec[2], 0, math.cos(h) * vec[2])
        p0, p1 = here, (here[0] + vec[0] * amount, here[1] + vec[1] * amount, here[2] + vec[2] * amount)
    elif target:
        p0, p1 = here, arrival_point(here_obj, target[0], state, ctx)
    else:
        raise NotUnderstood(ctx.msg(f"where to? e.g. 'the {display(obj.type)} {kind}s to the door'",
                                    "wohin? z.B. 'der Roboter geht zur Tür'"))
    p1 = round3(p1)
    way = [p0, p1] if kind == "fly" else _way(state, here_obj, p0, p1, target or [], ctx)
    dist = path_length(way) + abs(p1[1] - p0[1])
    speed = {"walk": WALK_M_S, "run": RUN_M_S, "drive": DRIVE_M_S, "fly": FLY_M_S}[kind]
    if not character and kind in ("walk", "run"):
        speed = GLIDE_M_S if kind == "walk" else RUN_M_S
    default = max(0.8, dist / speed + (0.4 if character else 0.0))
    start, end = span(when, ctx, default)
    if character:
        # one walk per leg of the way around obstacles, each as long as its share of the way
        times = _leg_times(way, start, end)
        moved = kind if kind in ("walk", "run") or (kind == "fly" and _winged(obj)) else "walk"
        acts = [Action(object_id=obj.id, kind=moved, start_s=a,  # type: ignore
                       end_s=b, target=round3(pt)) for (a, b), pt in zip(times, way[1:], strict=True)]
        keys = []
        if p0 != here:  # "from left to right": it steps in at the left edge first
            keys.append(change(scene, f"object:{obj.id}.transform.position", here, round3(p0), start, start,
                                False))
        return start, end, acts, keys
    return start, end, [], _glide(obj, here_obj, way, kind, start, end, ctx)


def _way(state: Scene, mover: SceneObject, p0: tuple[float, float, float], p1: tuple[float, float, float],
         goal: list[str], ctx: Ctx) -> list[tuple[float, float, float]]:
    """The points of the mover's way from p0 to p1 around what stands in it (``autark.motion.route``); the
    goal and what stands on it do not count. A closed way is refused, naming what closes it."""
    ext = pl.obj_extent(mover)
    y = mover.transform.position[1]
    goal_boxes = [world_box(state.object(g)) for g in goal if any(o.id == g for o in state.objects)]

    def on_goal(b: pl.Box) -> bool:
        return any(g[0] - 1e-3 <= b[0] and b[3] <= g[3] + 1e-3 and g[2] - 1e-3 <= b[2] and b[5] <= g[5] + 1e-3
                   for g in goal_boxes)

    obstacles = [(o.id, box) for o in state.objects
                 if o.id != mover.id and o.id not in goal and o.visible and o.type != GROUP_TYPE
                 and not on_goal(box := world_box(o))]
    try:
        return route(p0, p1, max(ext[3] - ext[0], ext[5] - ext[2]) / 2, (y + ext[1], y + ext[4]), obstacles)
    except Blocked as blocked:
        names = ", ".join(f"'{state.object(i).name}'" for i in blocked.ids) or "something"
        raise UserInputError(ctx.msg(f"the way of '{mover.name}' is blocked by {names}",
                                     f"der Weg von '{mover.name}' ist versperrt durch {names}"),
                             hint=ctx.msg("move it out of the way or choose another goal",
                                          "räume es aus dem Weg oder wähle ein anderes Ziel")) from None


def _winged(obj: SceneObject) -> bool:
    """A body with wings (a bird, the dragon) flies where others walk: its fly clip beats them."""
    from autark.assets import library

    try:
        return any(b.name == "wing_l" for b in library.get(obj.type).skeleton)
    except KeyError:
        return False


def _leg_times(way: list[tuple[float, float, float]], start: float, end: float) -> list[tuple[float, float]]:
    """(start, end) of each leg of ``way`` over start..end, in proportion to the legs' lengths."""
    lengths = [math.dist((a[0], a[2]), (b[0], b[2])) + abs(b[1] - a[1]) for a, b in zip(way, way[1:], strict=False)]
    total = sum(lengths) or 1.0
    out: list[tuple[float, float]] = []
    t = start
    for k, length in enumerate(lengths):
        nxt = end if k == len(lengths) - 1 else round(t + (end - start) * length / total, 4)
        out.append((t, nxt))
        t = nxt
    return out


def _jump(obj: SceneObject, when: When, ctx: Ctx) -> tuple[float, float, list[Action], list[Operator]]:
    """A hop on the spot: up ``JUMP_M`` and back down over ``JUMP_S``, as keyframes on the position track.

    Known limit: once an object has a movement clip (walk, run, turn, sit, drive, fly), the animation code
    takes its position from the clip chain for the whole film and ignores the position track, so a jump would
    not show; such a jump is refused with a message rather than silently doing nothing. For the same reason a
    walk added *after* a jump hides the hop (the jump's keys stay in the track, harmless but unseen).
    """
    from autark.motion import MOVEMENT_KINDS

    start, end = span(when, ctx, JUMP_S)
    if any(a.object_id == obj.id and a.kind in MOVEMENT_KINDS - {"idle"}
           for a in ctx.scene.timeline.actions):
        raise NotUnderstood(ctx.msg(f"the {obj.name} walks, turns or sits in this film; jumping as well is not supported yet",
                                    f"'{obj.name}' geht, dreht sich oder sitzt in diesem Film; springen geht "
                                    "dann noch nicht"),
                            hint=ctx.msg("let something that stays in place jump", "lass etwas springen, das "
                                                                                     "an seinem Platz bleibt"))
    here = round3(evaluated(ctx.scene, start).object(obj.id).transform.position)
    top = round3((here[0], here[1] + JUMP_M, here[2]))
    path = f"object:{obj.id}.transform.position"
    track = next((t for t in ctx.scene.timeline.tracks if t.target == path and t.keyframes), None)
    keys: list[Keyframe] = []
    if track is None and start > 0:
        keys.append(Keyframe(time_s=0.0, value=here, easing="hold"))
    elif track is not None:
        before = [k for k in track.keyframes if k.time_s < start - 1e-9]
        if before and before[-1].easing != "hold":
            keys.append(before[-1].model_copy(update={"easing": "hold"}))
    # up fast and slowing (ease out), down slow and speeding up (ease in): a ballistic arc's feel
    keys += [Keyframe(time_s=start, value=here, easing="ease_out"),
             Keyframe(time_s=round((start + end) / 2, 4), value=top, easing="ease_in"),
             Keyframe(time_s=end, value=here, easing="hold")]
    return start, end, [], [AddKeyframes(target=path, keyframes=keys)]


def _glide(obj: SceneObject, now: SceneObject, way: list[tuple[float, float, float]], kind: str, start: float,
           end: float, ctx: Ctx) -> list[Operator]:
    """Keyframes moving a thing along ``way`` (from its first point to its last, around obstacles) over
    start..end, turned to its direction of travel; a thrown thing ("the ball flies to the house") rises on
    an arc."""
    scene = ctx.scene
    p0, p1 = way[0], way[-1]
    here = now.transform.position
    path = f"object:{obj.id}.transform.position"
    track = next((t for t in scene.timeline.tracks if t.target == path and t.keyframes), None)
    keys: list[Keyframe] = []
    if track is None and start > 0:
        keys.append(Keyframe(time_s=0.0, value=round3(here), easing="hold"))
    elif track is not None:
        before = [k for k in track.keyframes if k.time_s < start - 1e-9]
        if before and before[-1].easing != "hold":
            keys.append(before[-1].model_copy(update={"easing": "hold"}))
    keys.append(Keyframe(time_s=start, value=round3(p0), easing="cubic" if kind == "fly" else "ease_in_out"))
    if kind == "fly" and not is_floating(obj):
        flat = math.dist((p0[0], p0[2]), (p1[0], p1[2]))
        top = max(p0[1], p1[1]) + min(3.0, 0.25 * flat)
        mid = ((p0[0] + p1[0]) / 2, top, (p0[2] + p1[2]) / 2)
        keys.append(Keyframe(time_s=round((start + end) / 2, 4), value=round3(mid), easing="cubic"))
    if len(way) > 2:  # round the corners of the way at an even speed
        keys[-1] = keys[-1].model_copy(update={"easing": "linear"})
        keys += [Keyframe(time_s=b, value=round3(pt), easing="linear")
                 for (_a, b), pt in zip(_leg_times(way, start, end)[:-1], way[1:-1], strict=True)]
    keys.append(Keyframe(time_s=end, value=p1, easing="hold"))
    ops: list[Operator] = [AddKeyframes(target=path, keyframes=keys)]
    dx, dz = p1[0] - p0[0], p1[2] - p0[2]
    if kind == "drive" and math.hypot(dx, dz) > 1e-3:
        r = now.transform.rotation
        yaw = round(math.degrees(math.atan2(dx, dz)), 3)
        ops.append(change(scene, f"object:{obj.id}.transform.rotation", r, (r[0], yaw, r[2]), start, start, False))
    return ops


def arrival_point(walker: SceneObject, target_id: str, state: Scene, ctx: Ctx) -> tuple[float, float, float]:
    """Where a walker stops beside a target: on its own side of it, ``ARRIVE_GAP_M`` from it, at a free spot."""

    tb = world_box(state.object(target_id))
    here = walker.transform.position
    tc = ((tb[0] + tb[3]) / 2, (tb[2] + tb[5]) / 2)
    dx, dz = here[0] - tc[0], here[2] - tc[1]
    d = math.hypot(dx, dz)
    ux, uz = (dx / d, dz / d) if d > 1e-6 else (0.0, 1.0)
    heading = math.degrees(math.atan2(-ux, -uz))  # facing the target on arrival
    t = walker.transform
    ext = pl.extent(walker.bounds_min, walker.bounds_max, (0.0, heading, 0.0), t.scale)
    # distance from the target centre to its box edge along the approach, plus the walker's half depth
    reach_t = min(abs((tb[3] - tb[0]) / 2 / ux) if abs(ux) > 1e-9 else math.inf,
                  abs((tb[5] - tb[2]) / 2 / uz) if abs(uz) > 1e-9 else math.inf)
    half_w = max(ext[3] - ext[0], ext[5] - ext[2]) / 2
    r = reach_t + half_w + ARRIVE_GAP_M
    want = (tc[0] + ux * r, tc[1] + uz * r)
    # the floor and a rug are walked on, not around: a walker whose feet sank a few millimetres below the floor's
    # top (a cat lying down) found the whole floor in its way and stopped off its edge, behind the back wall
    obstacles = [b for b in (world_box(o) for o in state.objects
                             if o.id != walker.id and o.visible and o.type != GROUP_TYPE) if b[4] - b[1] >= _FLAT_M]
    found = pl.find_free(ext, want, here[1], obstacles, radius=3.0)
    x, z = found if found is not None else want
    return (x, here[1], z)


def _across(state: Scene, obj: SceneObject, sign: float, ctx: Ctx
            ) -> tuple[tuple[float, float, float], tuple[float, float, float]]:
    """(start, end) points crossing the visible frame left to right (sign 1) at the object's distance."""
    from autark.assets import framing

    cam = state.camera()
    s, _u, f = framing.basis(cam.position, cam.target, cam.up)
    right = (s[0], 0.0, s[2])
    n = math.hypot(right[0], right[2]) or 1.0
    right = (right[0] / n, 0.0, right[2] / n)
    p = obj.transform.position
    rel = [p[i] - cam.position[i] for i in range(3)]
    depth = max(sum(rel[i] * f[i] for i in range(3)), 1.0)
    aspect = ctx.scene.settings.width / ctx.scene.settings.height
    half_w = depth * math.tan(math.radians(cam.fov) / 2) * aspect
    lateral = sum(rel[i] * right[i] for i in range(3))
    a = -ACROSS_NDC * half_w * sign - lateral
    b = ACROSS_NDC * half_w * sign - lateral
    p0 = (p[0] + right[0] * a, p[1], p[2] + right[2] * a)
    p1 = (p[0] + right[0] * b, p[1], p[2] + right[2] * b)
    return p0, p1


# where the k-th one to sit round a thing with no seat comes from (degrees from the camera's side, +Z): left,
# right, behind it, then between, so all of them face it and the camera sees every face
_ROUND_DEG = (-70.0, 70.0, 180.0, -130.0, 130.0, 0.0, -30.0, 30.0)


def _place_round(thing: SceneObject, k: int) -> tuple[float, float, float]:
    """A point a few metres out from ``thing`` on the side where the k-th sitter round it sits."""
    c = thing.transform.position
    a = math.radians(_ROUND_DEG[k % len(_ROUND_DEG)])
    return round3((c[0] + 3.0 * math.sin(a), c[1], c[2] + 3.0 * math.cos(a)))


def _supports(asset_type: str) -> tuple:
    from autark.assets import library

    try:
        return tuple(library.get(asset_type).supports)
    except KeyError:
        return ()


_SIT_NEAR_M = 5.0  # "they sit down" with no chair: on a blanket or by a campfire this near


def _can_sit_on(sitter: SceneObject, o: SceneObject) -> bool:
    """A seat of its own (a chair, a sofa, a bed), or a thing one sits on or by (``motion.chain.sittable``); a
    person told to sit on a plate or a table top (a picnic's dish) sits down near by instead, a cat sits on it."""
    from autark.motion import rig_info
    from autark.motion.chain import sittable

    supports = _supports(o.type)
    if any(s.name in ("seat", "mattress") for s in supports):
        return True
    rig = rig_info(sitter.type)
    if supports and not (rig is not None and rig.has_legs):
        return True
    return not supports and sittable(o)


def _sat_by(o: SceneObject) -> bool:
    """A thing with no seat that people sit down on or round when they just sit down: a blanket, a towel, a rug,
    a campfire (not a table: one sits at it on a chair)."""
    from autark.motion.chain import sittable
    from autark.motion.perches import FLAT_M
    from autark.scene.geometry import world_bbox

    if o.type == GROUP_TYPE or not o.visible or o.tag == "setting" or not sittable(o):
        return False
    box = world_bbox(o)
    return (float(box.size[1]) < FLAT_M and max(float(box.size[0]), float(box.size[2])) > 0.8) or "fire" in o.type


def _nearest_seat(obj: SceneObject, ctx: Ctx) -> str:
    from autark.assets import library

    seats = []
    for o in ctx.scene.objects:
        try:
            sups = library.get(o.type).supports
        except KeyError:
            continue
        if any(s.name == "seat" for s in sups):
            seats.append(o)
    # a picnic blanket or a campfire the story brought, near by, before the park's bench (``motion.perches``)
    brought = [o for o in ctx.scene.objects if o.id != obj.id and _sat_by(o)
               and math.dist(o.transform.position, obj.transform.position) < _SIT_NEAR_M]
    seats = brought or seats
    if not seats:
        raise NotFound(ctx.msg("there is nothing to sit on", "es gibt nichts zum Hinsetzen"),
                       hint=ctx.msg("add a chair first", "füge zuerst einen Stuhl hinzu"))
    here = obj.transform.position
    return min(seats, key=lambda o: math.dist(here, o.transform.position)).id
