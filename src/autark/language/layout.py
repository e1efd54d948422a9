"""Placement in a scene: where a new or moved thing goes under a relation ("next to the table", "on the shelf",
"in the corner", "in a row"), at a free spot on the floor or a support, and what travels with a thing (what
stands on it, a group's members). The geometry underneath is ``placement``."""

from __future__ import annotations

import math
from typing import Any

import numpy as np

from autark.errors import LimitExceeded, NotFound, NotUnderstood
from autark.language import parse as ps
from autark.language import placement as pl
from autark.language.context import GROUP_TYPE, Ctx, round3
from autark.language.decisions import SpotNote, note_spot
from autark.language.placement import box_distance, center, union
from autark.language.references import resolve
from autark.scene.model import SceneObject

ARRANGE_GAP_M = 0.3  # between neighbours in a row or on a circle


def obstacle_boxes(ctx: Ctx, exclude: set[str]) -> list[pl.Box]:
    return [ctx.boxes[o.id] for o in ctx.scene.objects
            if o.id not in exclude and o.type != GROUP_TYPE and o.visible]


def _room(ctx: Ctx) -> tuple[float, float, float, float]:
    """The floor extent: the walls/floor tiles when there are some, else the ground plane."""
    walls = [ctx.boxes[o.id] for o in ctx.scene.objects if o.type in ("wall", "floor")]
    if walls:
        u = union(walls)
        return (u[0], u[2], u[3], u[5])
    h = ctx.scene.settings.ground_size / 2
    return (-h, -h, h, h)


def _cast_boxes(ctx: Ctx, exclude: set[str]) -> list[pl.Box]:
    """The boxes of the characters standing in the scene (but those in ``exclude``)."""
    from autark.assets.library import is_character

    return [ctx.boxes[o.id] for o in ctx.scene.objects
            if o.id not in exclude and o.visible and o.type != GROUP_TYPE and is_character(o.type)]


SET_PIECE_BEHIND_M = 2.0  # open ground between the rearmost character and a set piece's near side


def _behind_the_cast(ext: pl.Box, ctx: Ctx, exclude: set[str]) -> tuple[float, float] | None:
    """For a set piece (larger than ``rules.SET_PIECE_M``: a lighthouse, a castle) added where characters
    stand: (the cast's middle x, the z its near side may come to), behind them all as seen from the camera
    (+Z); None for anything smaller or a scene without characters."""
    from autark.cinema.rules import SET_PIECE_M

    if max(ext[3] - ext[0], ext[4] - ext[1], ext[5] - ext[2]) <= SET_PIECE_M:
        return None
    cast = _cast_boxes(ctx, exclude)
    if not cast:
        return None
    return ((min(b[0] for b in cast) + max(b[3] for b in cast)) / 2, min(b[2] for b in cast) - SET_PIECE_BEHIND_M)


CAST_SIDE_GAP_M = 0.25  # between two bodies placed side by side without a place said


def _beside_the_cast(ctx: Ctx, exclude: set[str], off: tuple[float, float], half: tuple[float, float],
                     batch: list[pl.Box]) -> Any:
    """For a character added without a place where characters stand (``batch``: the boxes of the ones added by
    the same command, "add two men"): the test (vectorised over x, z) that keeps it out of every character's
    column as the camera (+Z) sees it, so nobody stands hidden behind another or blocks them; None when
    nobody stands there yet."""
    cast = _cast_boxes(ctx, exclude) + batch
    if not cast:
        return None

    def accept(x: Any, z: Any) -> Any:
        lo, hi = x + off[0] - half[0], x + off[0] + half[0]
        ok = np.ones(np.shape(x), bool)
        for b in cast:
            ok &= (hi <= b[0] - CAST_SIDE_GAP_M + 1e-6) | (lo >= b[3] + CAST_SIDE_GAP_M - 1e-6)
        return ok
    return accept


def place(ext: pl.Box, rel: ps.Rel | None, ctx: Ctx, *, exclude: set[str], floating: bool,
           current: tuple[float, float, float] | None = None,
           extra_obstacles: list[pl.Box] | None = None, character: bool = False) -> tuple[float, float, float]:
    """Position (of the object origin) for an object with extent ``ext`` under relation ``rel`` (``character``:
    a body, which is set beside the others when no place is said)."""
    obstacles = obstacle_boxes(ctx, exclude) + list(extra_obstacles or [])
    floor_y = -ext[1]
    if floating and rel is None:
        floor_y = pl.FLOAT_HEIGHT - ext[1]
    half = ((ext[3] - ext[0]) / 2, (ext[5] - ext[2]) / 2)
    off = ((ext[0] + ext[3]) / 2, (ext[2] + ext[5]) / 2)  # extent centre relative to the origin

    def spot(desired_c: tuple[float, float], y: float, obs: list[pl.Box], accept: Any = None,
             region: tuple[float, float, float, float] | None = None, step: float = 0.05) -> tuple[float, float, float]:
        d = (desired_c[0] - off[0], desired_c[1] - off[1])
        found = pl.find_free(ext, d, y, obs, accept=accept, region=region, step=step)
        if found is None and accept is not None:
            found = pl.find_free(ext, d, y, obs, region=region, step=step)
        # written down for "why is it there?" (free unless a caller collects: decisions.noting)
        note_spot(SpotNote(d, found, y, ext, rel.kind if rel is not None else "",
                           tuple(t for t in tids_seen)))
        if found is None:
            raise LimitExceeded(ctx.msg("there is no free space left for that", "dafür ist kein Platz mehr frei"),
                                hint=ctx.msg("remove something or place it elsewhere", "entferne etwas zuerst"))
        return (found[0], y, found[1])

    tids_seen: list[str] = []  # the relation's targets once known, for the spot notes

    if rel is None and current is None and not floating and not character:  # (a horse is no set piece)
        back = _behind_the_cast(ext, ctx, exclude)
        if back is not None:  # a set piece said without a place: behind the cast, not on it or before the camera
            return spot((back[0], back[1] - half[1]), floor_y, obstacles,
                        accept=lambda x, z: z + off[1] + half[1] <= back[1] + 1e-6)
    if rel is None and current is None and not floating and character:
        beside = _beside_the_cast(ctx, exclude, off, half, list(extra_obstacles or []))
        if beside is not None:  # "add a woman" after "add a man": beside him, not hidden right behind him
            return spot((0.0, 0.0), floor_y, obstacles, accept=beside)
    if rel is None or rel.kind in ("floor",):
        c = (current[0] + off[0], current[2] + off[1]) if current is not None else (0.0, 0.0)
        return spot(c, floor_y, obstacles)
    if rel.kind == "middle":
        r = _room(ctx)
        return spot(((r[0] + r[2]) / 2, (r[1] + r[3]) / 2), floor_y, obstacles)
    if rel.kind == "corner":
        r = _room(ctx)
        sx, sz = rel.corner
        cx = r[0] + half[0] + 0.05 if sx < 0 else r[2] - half[0] - 0.05
        cz = r[1] + half[1] + 0.05 if sz < 0 else r[3] - half[1] - 0.05
        return spot((cx, cz), floor_y, obstacles)
    tids = [i for t in rel.targets for i in resolve(t, ctx)]
    if not tids:
        raise NotFound(ctx.msg("I can't find what to place it by", "ich finde das Bezugsobjekt nicht"))
    if set(tids) & exclude and rel.kind != "between":
        raise NotUnderstood(ctx.msg("an object cannot be placed relative to itself",
                                    "ein Objekt kann nicht relativ zu sich selbst stehen"))
    tids_seen.extend(tids)
    tboxes = [ctx.boxes[t] for t in tids]
    tb = union(tboxes)
    tc = center(tb)
    gap = rel.distance if rel.distance is not None else pl.GAP
    if rel.kind == "on":
        return place_on(ext, tids[0], ctx, exclude, off, extra_obstacles or [])
    if rel.kind == "under":
        obs = obstacle_boxes(ctx, exclude | set(tids))
        return spot((tc[0], tc[2]), floor_y, obs)
    if rel.kind == "above":
        y = tb[4] + (rel.distance if rel.distance is not None else 0.5) - ext[1]
        return spot((tc[0], tc[2]), y, obstacles)
    if rel.kind == "between":
        if len(tboxes) < 2:
            if len(tids) >= 2:
                tboxes = [ctx.boxes[tids[0]], ctx.boxes[tids[1]]]
            else:
                raise NotUnderstood(ctx.msg("between what and what?", "zwischen was und was?"))
        a, b = center(tboxes[0]), center(tboxes[1])
        return spot(((a[0] + b[0]) / 2, (a[2] + b[2]) / 2), floor_y, obstacles)
    if rel.kind == "around":
        return spot((tc[0], tc[2] + (tb[5] - tb[2]) / 2 + half[1] + gap), floor_y, obstacles)
    sides: dict[str, tuple[tuple[float, float], Any]] = {
        "left": ((tb[0] - gap - half[0], tc[2]), lambda x, z: x + off[0] + half[0] <= tb[0] - gap * 0.5 + 1e-6),
        "right": ((tb[3] + gap + half[0], tc[2]), lambda x, z: x + off[0] - half[0] >= tb[3] + gap * 0.5 - 1e-6),
        "front": ((tc[0], tb[5] + gap + half[1]), lambda x, z: z + off[1] - half[1] >= tb[5] + gap * 0.5 - 1e-6),
        "behind": ((tc[0], tb[2] - gap - half[1]), lambda x, z: z + off[1] + half[1] <= tb[2] - gap * 0.5 + 1e-6),
    }
    if rel.kind in sides:
        desired, accept = sides[rel.kind]
        return spot(desired, floor_y, obstacles, accept=accept)
    # next to: the nearest free spot on any side, close to the target (right side first)
    best = None
    for side in ("right", "left", "front", "behind"):
        desired, accept = sides[side]
        d = (desired[0] - off[0], desired[1] - off[1])
        found = pl.find_free(ext, d, floor_y, obstacles, accept=accept, radius=1.5)
        note_spot(SpotNote(d, found, floor_y, ext, rel.kind, tuple(tids), side))
        if found is not None:
            fb = pl.box_at(ext, (found[0], floor_y, found[1]))
            dist = box_distance(fb, tb)
            if best is None or dist < best[0] - 1e-6:
                best = (dist, (found[0], floor_y, found[1]))
            if dist <= gap + 0.06:
                break
    if best is not None:
        return best[1]
    return spot(sides["right"][0], floor_y, obstacles)


def place_on(ext: pl.Box, tid: str, ctx: Ctx, exclude: set[str], off: tuple[float, float],
              extra: list[pl.Box]) -> tuple[float, float, float]:
    target = ctx.scene.object(tid)
    sups = sorted(pl.surfaces(target), key=lambda s: s[0])
    obs_all = obstacle_boxes(ctx, exclude | {tid}) + extra
    height = ext[4] - ext[1]
    for k, (h, (x0, z0, x1, z1)) in enumerate(sups):
        # a board with another board too close above it cannot take a tall thing
        above = [s for s in sups[k + 1:] if s[0] > h + 1e-6]
        if above and above[0][0] - h < height:
            continue
        y = h - ext[1]
        cx0, cz0 = x0 - ext[0], z0 - ext[2]  # whole footprint inside the surface when possible
        cx1, cz1 = x1 - ext[3], z1 - ext[5]
        if cx0 <= cx1 and cz0 <= cz1:
            region = (cx0, cz0, cx1, cz1)
        else:  # bigger than the surface: keep its centre inside the footprint
            region = (x0 - off[0], z0 - off[1], x1 - off[0], z1 - off[1])
        desired = ((x0 + x1) / 2 - off[0], (z0 + z1) / 2 - off[1])
        found = pl.find_free(ext, desired, y, obs_all, region=region, step=0.02,
                             radius=max(x1 - x0, z1 - z0) + 0.1)
        note_spot(SpotNote(desired, found, y, ext, "on", (tid,)))
        if found is not None:
            return (found[0], y, found[1])
    name = target.name
    raise LimitExceeded(ctx.msg(f"there is no room left on the {name}", f"auf '{name}' ist kein Platz mehr"),
                        hint=ctx.msg("remove something from it first", "räume zuerst etwas herunter"))


def riders_of(ids: list[str], ctx: Ctx) -> list[str]:
    """What rests on these objects (or on their group members) and travels with them."""
    carried = set(ids)
    for i in ids:
        carried.update(descendants(ctx, i))
    return [r for r in pl.riders(ctx.scene, carried, ctx.boxes) if r not in carried]


def descendants(ctx: Ctx, oid: str) -> list[str]:
    """The ids of a group's members, nested groups' members included (in the order the operators visit them)."""
    found: list[str] = []
    frontier = [oid]
    while frontier:
        pid = frontier.pop()
        for o in ctx.scene.objects:
            if o.parent == pid:
                found.append(o.id)
                frontier.append(o.id)
    return found


def obj_box(ctx: Ctx, oid: str) -> pl.Box:
    obj = ctx.scene.object(oid)
    if obj.type == GROUP_TYPE:
        members = descendants(ctx, oid)
        if members:
            return union([ctx.boxes[m] for m in members])
    return ctx.boxes[oid]


def settle(ext: pl.Box, want: tuple[float, float, float], ctx: Ctx, exclude: set[str], extra: list[pl.Box],
            prefer: tuple[float, float] = (0.0, 0.0)) -> tuple[float, float, float]:
    """``want`` when it is free, else the nearest free spot, preferring the direction of travel."""
    box = pl.box_at(ext, want)
    obs = obstacle_boxes(ctx, exclude) + extra
    if not any(pl.overlaps(box, b, tol=1e-3) for b in obs):
        return want
    accept = None
    if prefer != (0.0, 0.0):
        px, pz = prefer

        def accept(x: np.ndarray, z: np.ndarray) -> np.ndarray:
            return (x - want[0]) * px + (z - want[2]) * pz >= -1e-6
    found = pl.find_free(ext, (want[0], want[2]), want[1], obs, accept=accept)
    if found is None:
        found = pl.find_free(ext, (want[0], want[2]), want[1], obs)
    if found is None:
        raise LimitExceeded(ctx.msg("there is no free space there", "dort ist kein Platz frei"))
    return (found[0], want[1], found[1])


def ring_spots(proto: SceneObject, count: int, rel: ps.Rel, ctx: Ctx) -> list[tuple[tuple[float, float, float], float]]:
    """Evenly spaced spots around the target's footprint (a rectangle grown by the object's depth), each
    turned to face the centre."""
    tids = [i for t in rel.targets for i in resolve(t, ctx)]
    tb = union([obj_box(ctx, t) for t in tids])
    cx, cz = (tb[0] + tb[3]) / 2, (tb[2] + tb[5]) / 2
    ext0 = pl.obj_extent(proto)
    depth = max(ext0[3] - ext0[0], ext0[5] - ext0[2]) / 2
    gap = rel.distance if rel.distance is not None else pl.GAP
    hx, hz = (tb[3] - tb[0]) / 2 + gap + depth, (tb[5] - tb[2]) / 2 + gap + depth
    out = []
    for grow in range(0, 20):
        out = []
        boxes: list[pl.Box] = []
        ok = True
        for k in range(count):
            ang = 2 * math.pi * k / count
            dx, dz = math.sin(ang), math.cos(ang)
            t = min(hx / abs(dx) if abs(dx) > 1e-9 else math.inf, hz / abs(dz) if abs(dz) > 1e-9 else math.inf)
            px, pz = cx + dx * t, cz + dz * t
            yaw = math.degrees(math.atan2(cx - px, cz - pz))
            ext = pl.extent(proto.bounds_min, proto.bounds_max, (0.0, yaw, 0.0), proto.transform.scale)
            pos = (px, -ext[1], pz)
            b = pl.box_at(ext, pos)
            if any(pl.overlaps(b, o, tol=1e-3) for o in boxes):
                ok = False
                break
            boxes.append(b)
            out.append((round3(pos), round(yaw, 3)))
        if ok:
            return out
        hx, hz = hx + 0.15 * (grow + 1), hz + 0.15 * (grow + 1)
    return out


def arrangement_spots(protos: list[SceneObject], kind: str, rel: ps.Rel | None, ctx: Ctx,
                       exclude: set[str]) -> list[tuple[tuple[float, float, float], float]]:
    """(position, yaw) for each object: a row runs left to right, a circle faces its centre; neighbours keep
    ``ARRANGE_GAP_M`` apart. The whole arrangement is placed as one box, so it lands on free floor and obeys
    the sentence's relation ("behind the house")."""
    n = len(protos)
    gap = ARRANGE_GAP_M
    exts = [pl.obj_extent(p.model_copy(update={"transform": p.transform.model_copy(
        update={"rotation": (0.0, 0.0, 0.0)})})) for p in protos]
    y0, y1 = min(e[1] for e in exts), max(e[4] for e in exts)
    out: list[tuple[tuple[float, float, float], float]] = []
    if kind == "row":
        widths = [e[3] - e[0] for e in exts]
        total = sum(widths) + gap * (n - 1)
        depth = max(e[5] - e[2] for e in exts)
        centre = place((-total / 2, y0, -depth / 2, total / 2, y1, depth / 2), rel, ctx, exclude=exclude,
                        floating=False)
        x = centre[0] - total / 2
        for e, w in zip(exts, widths, strict=True):
            out.append((round3((x + w / 2 - (e[0] + e[3]) / 2, -e[1], centre[2] - (e[2] + e[5]) / 2)), 0.0))
            x += w + gap
        return out
    # a circle: the chord between neighbours must clear the largest footprint's diagonal
    d = max(math.hypot(e[3] - e[0], e[5] - e[2]) for e in exts)
    radius = (d + gap) / (2 * math.sin(math.pi / n)) if n > 1 else 0.0
    half = radius + d / 2
    centre = place((-half, y0, -half, half, y1, half), rel, ctx, exclude=exclude, floating=False)
    for k, p in enumerate(protos):
        ang = 2 * math.pi * k / n
        px, pz = centre[0] + radius * math.sin(ang), centre[2] + radius * math.cos(ang)
        yaw = round(math.degrees(math.atan2(centre[0] - px, centre[2] - pz)), 3) if n > 1 else 0.0
        e = pl.extent(p.bounds_min, p.bounds_max, (0.0, yaw, 0.0), p.transform.scale)
        out.append((round3((px - (e[0] + e[3]) / 2, -e[1], pz - (e[2] + e[5]) / 2)), yaw))
    return out


def near_spot(ext: pl.Box, oid: str, ctx: Ctx, placed: list[pl.Box]) -> tuple[float, float, float]:
    """The nearest free spot beside an object, at its height (a copy of a cup on a table stays on the table)."""
    src = ctx.scene.object(oid)
    cur = src.transform.position
    obs = obstacle_boxes(ctx, set()) + placed
    supporter = None
    for o in ctx.scene.objects:
        if o.id != oid and oid in pl.riders(ctx.scene, {o.id}, ctx.boxes)[:1]:
            supporter = o.id
    if supporter is not None:
        return place_on(ext, supporter, ctx, set(), (0.0, 0.0), placed)
    found = pl.find_free(ext, (cur[0], cur[2]), cur[1], obs)
    if found is None:
        raise LimitExceeded(ctx.msg("there is no free space for a copy", "kein Platz für eine Kopie"))
    return (found[0], cur[1], found[1])


def is_free(box: pl.Box, ctx: Ctx, extra: list[pl.Box], exclude: set[str]) -> bool:
    return not any(pl.overlaps(box, b, tol=1e-3) for b in obstacle_boxes(ctx, exclude) + extra)


def face_object(obj: SceneObject, target_c: tuple[float, float, float], ctx: Ctx,
                 placed: list[pl.Box]) -> SceneObject:
    p = obj.transform.position
    yaw = _round3v(math.degrees(math.atan2(target_c[0] - p[0], target_c[2] - p[2])))
    turned = obj.model_copy(update={"transform": obj.transform.model_copy(update={"rotation": (0.0, yaw, 0.0)})})
    if is_free(pl.world_box(turned), ctx, placed, {obj.id}):
        return turned
    return obj


def _round3v(v: float) -> float:
    return round(v, 3)


def is_floating(obj: SceneObject) -> bool:
    from autark.assets import library

    try:
        return library.get(obj.type).floating
    except KeyError:
        return False
