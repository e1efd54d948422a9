"""Edits of things already there: moving, turning, scaling, and painting or making them ("make the chair red",
"make it bigger")."""

from __future__ import annotations

import math
from typing import Any

from autark.errors import LimitExceeded, NotUnderstood
from autark.language import lexicon as lx
from autark.language import parse as ps
from autark.language import placement as pl
from autark.language.context import GROUP_TYPE, Ctx, display, round3
from autark.language.layout import (
    arrangement_spots,
    descendants,
    is_floating,
    obj_box,
    place,
    riders_of,
    ring_spots,
    settle,
)
from autark.language.objects import visibility
from autark.language.placement import center, union
from autark.language.references import refs, resolve
from autark.ops import (
    Operator,
    SetMaterial,
    SetName,
    SetTransform,
)
from autark.scene.model import SceneObject


def move(items: list[ps.Item], ctx: Ctx, verb: str) -> list[Operator]:
    ids = refs(items, ctx)
    rels = [it.value for it in items if it.kind == "rel"]
    dirs = [it for it in items if it.kind == "dir"]
    absolute = next((it.value for it in items if it.kind == "abs"), None)
    if not rels and not dirs and absolute is None and ctx.arrangement is None:
        faces = [it.value for it in items if it.kind == "face"]
        if faces:
            return turn(items, ctx, "turn")
        raise NotUnderstood(ctx.msg("move it where? e.g. '2 m to the left', 'next to the table', 'to 1, 0, 2'",
                                    "wohin? z.B. '2 m nach links', 'neben den Tisch'"))
    if ctx.arrangement is not None:
        kind, ctx.arrangement = ctx.arrangement, None
        spots = arrangement_spots([ctx.scene.object(i) for i in ids], kind, rels[0] if rels else None, ctx,
                                   set(ids))
        return [SetTransform(id=i, position=pos, rotation=(0.0, yaw, 0.0)) for i, (pos, yaw) in zip(ids, spots,
                                                                                                   strict=True)]
    if rels and rels[0].kind == "around" and len(ids) > 1:
        return _arrange_around(ids, rels[0], ctx)
    ops: list[Operator] = []
    moved_boxes: list[pl.Box] = []
    moving = set(ids)
    for oid in ids:
        moving.update(descendants(ctx, oid))
    all_riders = riders_of(ids, ctx)
    for oid in ids:
        obj = ctx.scene.object(oid)
        members = descendants(ctx, oid)
        riders = [r for r in riders_of([oid], ctx) if r not in moving]
        cur = obj.transform.position
        box = obj_box(ctx, oid)
        ext = (box[0] - cur[0], box[1] - cur[1], box[2] - cur[2], box[3] - cur[0], box[4] - cur[1], box[5] - cur[2])
        exclude = {oid, *members, *all_riders}
        floating = is_floating(obj)
        if rels:
            pos = place(ext, rels[0], ctx, exclude=exclude, floating=floating, extra_obstacles=moved_boxes)
        elif absolute is not None:
            want = list(cur)
            for axis, val in absolute.items():  # type: ignore[union-attr]
                want[axis] = val
            if 1 not in absolute:  # type: ignore[operator]
                want[1] = -ext[1] if not floating else cur[1]
            pos = settle(ext, tuple(want), ctx, exclude, moved_boxes)  # type: ignore[arg-type]
        else:
            delta = [0.0, 0.0, 0.0]
            for d in dirs:
                vec, amount = d.value, d.extra
                amt = amount if amount is not None else 1.0
                for a in range(3):
                    delta[a] += vec[a] * amt  # type: ignore[index]
            want = (cur[0] + delta[0], cur[1] + delta[1], cur[2] + delta[2])
            if want[1] + ext[1] < -1e-6:
                want = (want[0], -ext[1], want[2])  # nothing sinks below the floor
            pref = (delta[0], delta[2])
            pos = settle(ext, want, ctx, exclude, moved_boxes, prefer=pref)
        pos = round3(pos)
        ops.append(SetTransform(id=oid, position=pos))
        d = (pos[0] - cur[0], pos[1] - cur[1], pos[2] - cur[2])
        moved_boxes.append(pl.box_at(ext, pos))
        for r in riders:
            rp = ctx.scene.object(r).transform.position
            ops.append(SetTransform(id=r, position=round3((rp[0] + d[0], rp[1] + d[1], rp[2] + d[2]))))
            moved_boxes.append(pl.box_at(pl.obj_extent(ctx.scene.object(r)), (rp[0] + d[0], rp[1] + d[1],
                                                                                 rp[2] + d[2])))
    return ops


def _arrange_around(ids: list[str], rel: ps.Rel, ctx: Ctx) -> list[Operator]:
    proto = ctx.scene.object(ids[0])
    ring = ring_spots(proto.model_copy(update={"transform": proto.transform.model_copy(update={"rotation": (0, 0, 0)})}),
                 len(ids), rel, ctx)
    ops: list[Operator] = []
    for oid, (pos, yaw) in zip(ids, ring, strict=False):
        ops.append(SetTransform(id=oid, position=pos, rotation=(0.0, yaw, 0.0)))
    return ops


def turn(items: list[ps.Item], ctx: Ctx, verb: str) -> list[Operator]:
    faces = [it.value for it in items if it.kind == "face"]
    nps = [it for it in items if it.kind == "np"]
    rels = [it.value for it in items if it.kind == "rel"]
    colors = [it for it in items if it.kind in ("color", "material")]
    if colors and not faces and not any(it.kind == "angle" for it in items):
        return make(items, ctx, "paint")  # "turn the chair red"
    if verb == "face" and not faces and len(nps) >= 2:
        faces = [nps[-1].value]
        items = [it for it in items if it is not nps[-1]]
    ids = refs(items, ctx)
    ops: list[Operator] = []
    if faces or (rels and rels[0].kind == "next"):
        target_np = faces[0] if faces else rels[0].targets[0]
        tids = resolve(target_np, ctx)
        tc = center(union([obj_box(ctx, t) for t in tids]))
        for oid in ids:
            obj = ctx.scene.object(oid)
            p = obj.transform.position
            oc = center(ctx.boxes[oid])
            yaw = round(math.degrees(math.atan2(tc[0] - oc[0], tc[2] - oc[2])), 3)
            r = obj.transform.rotation
            ops.append(SetTransform(id=oid, rotation=(r[0], yaw, r[2]), position=p))
        ctx.last = list(ids)
        return ops
    angle = next((float(it.value) for it in items if it.kind == "angle"), 90.0)  # type: ignore[arg-type]
    sign = 1.0
    for it in items:
        if it.kind == "dir" and it.value[0] != 0:  # type: ignore[index]
            # turning left is counter-clockwise seen from above (positive yaw), right is clockwise
            sign = -1.0 if it.value[0] > 0 else 1.0  # type: ignore[index]
    placed: list[pl.Box] = []
    for oid in ids:
        obj = ctx.scene.object(oid)
        r = obj.transform.rotation
        yaw = (r[1] + sign * angle + 180.0) % 360.0 - 180.0
        rot = (r[0], round(yaw, 3), r[2])
        if obj.type == GROUP_TYPE:
            ops.append(SetTransform(id=oid, rotation=rot))
            continue
        # a long thing turned beside a neighbour would swing into it: step aside to the nearest free spot
        ext = pl.extent(obj.bounds_min, obj.bounds_max, rot, obj.transform.scale)
        exclude = {oid, *riders_of([oid], ctx), *descendants(ctx, oid)}
        pos = round3(settle(ext, obj.transform.position, ctx, exclude, placed))
        placed.append(pl.box_at(ext, pos))
        if pos != obj.transform.position:
            ops.append(SetTransform(id=oid, rotation=rot, position=pos))
        else:
            ops.append(SetTransform(id=oid, rotation=rot))
    return ops


def scale(items: list[ps.Item], ctx: Ctx, verb: str) -> list[Operator]:
    ids = refs(items, ctx)
    factors = next((it.value for it in items if it.kind == "scale"), None)
    dim = next((it.value for it in items if it.kind == "dim"), None)
    size = next((it.value for it in items if it.kind == "size"), None)
    if factors is None and dim is None and size is None:
        if verb == "scale":
            raise NotUnderstood(ctx.msg("scale by how much? e.g. 'twice as big', 'by 2'",
                                        "um wie viel? z.B. 'doppelt so groß'"))
        raise NotUnderstood(ctx.msg("make it what? e.g. 'make it red', 'make it bigger'",
                                    "wie soll es werden? z.B. 'mach es rot', 'mach es größer'"))
    ops: list[Operator] = []
    placed: list[pl.Box] = []
    for oid in ids:
        obj = ctx.scene.object(oid)
        s = obj.transform.scale
        if dim is not None:
            axis, metres = dim  # type: ignore[misc]
            local = obj.bounds_max[axis] - obj.bounds_min[axis]
            if local <= 1e-9 or metres <= 0:
                raise NotUnderstood(ctx.msg("that size is not possible", "diese Größe geht nicht"))
            f = metres / (local * s[axis])
            new = (s[0] * f, s[1] * f, s[2] * f)
        elif factors is not None:
            fx, fy, fz = factors  # type: ignore[misc]
            new = (s[0] * fx, s[1] * fy, s[2] * fz)
        else:
            f = lx.SIZES[str(size)]
            new = (f, f, f)
        if not all(1e-3 <= v <= 1e3 for v in new):
            raise LimitExceeded(ctx.msg("that would make it too big or too small", "das wäre zu groß oder zu klein"))
        new = (round(new[0], 6), round(new[1], 6), round(new[2], 6))
        old_box = ctx.boxes[oid]
        ext_new = pl.extent(obj.bounds_min, obj.bounds_max, obj.transform.rotation, new)
        p = obj.transform.position
        # keep the bottom where it was: a scaled chair still stands on the floor
        want = (p[0], old_box[1] - ext_new[1], p[2])
        riders = riders_of([oid], ctx)
        exclude = {oid, *riders, *descendants(ctx, oid)}
        pos = settle(ext_new, want, ctx, exclude, placed)
        pos = round3(pos)
        ops.append(SetTransform(id=oid, position=pos, scale=new))
        new_box = pl.box_at(ext_new, pos)
        placed.append(new_box)
        # what stands on it rises or sinks with its top, and moves with it
        dx, dy, dz = pos[0] - p[0], new_box[4] - old_box[4], pos[2] - p[2]
        for r in riders:
            rp = ctx.scene.object(r).transform.position
            ops.append(SetTransform(id=r, position=round3((rp[0] + dx, rp[1] + dy, rp[2] + dz))))
    return ops


def make(items: list[ps.Item], ctx: Ctx, verb: str) -> list[Operator]:
    kinds = {it.kind for it in items}
    if kinds & {"scale", "dim"} or ("size" in kinds and not kinds & {"color", "material"}):
        return scale(items, ctx, verb)
    if "visible" in kinds:
        vis = next(bool(it.value) for it in items if it.kind == "visible")
        return visibility(items, ctx, "show" if vis else "hide")
    if "face" in kinds:
        return turn(items, ctx, "face")
    changes: dict[str, Any] = {}
    color_word = None
    for it in items:
        if it.kind == "material":
            changes.update(lx.MATERIALS[str(it.value)])
        elif it.kind == "color":
            changes["color"] = lx.COLORS[str(it.value)]
            color_word = lx.COLOR_EN.get(str(it.value), str(it.value))
    shade = next((float(it.value) for it in items if it.kind == "shade"), None)  # type: ignore[arg-type]
    if not changes and shade is None:
        if verb == "paint":
            raise NotUnderstood(ctx.msg("paint it which colour?", "in welcher Farbe?"))
        raise NotUnderstood(ctx.msg("make it what? e.g. 'make it red', 'make it bigger'",
                                    "wie soll es werden? z.B. 'mach es rot', 'mach es größer'"))
    ids = refs(items, ctx)
    ops: list[Operator] = []
    for oid in ids:
        obj = ctx.scene.object(oid)
        targets = descendants(ctx, oid) if obj.type == GROUP_TYPE else [oid]
        for t in targets:
            o = ctx.scene.object(t)
            ch = dict(changes)
            if shade is not None:
                base = ch.get("color", o.material.color)
                ch["color"] = tuple(min(1.0, max(0.0, c * shade)) for c in base)
            ops.append(SetMaterial(id=t, changes=ch))
            new_name = _auto_name(o, color_word, ch.get("name"))
            if new_name and new_name != o.name:
                ops.append(SetName(id=t, name=new_name))
    return ops


def _auto_name(obj: SceneObject, color_word: str | None, material: Any) -> str | None:
    """Keep generated names ("red chair") in step with a new colour; user-given names stay."""
    base = display(obj.type)
    words = obj.name.split()
    if not obj.name.endswith(base):
        return None
    known = set(lx.COLOR_EN.values()) | set(lx.COLORS) | {"wooden", "metal", "glass", "golden", "stone", "plastic",
                                                          "shiny", "matte"}
    if not all(w in known for w in words[: len(words) - len(base.split())]):
        return None
    parts = []
    if color_word:
        parts.append(color_word)
    elif material:
        parts.append({"wood": "wooden", "gold": "golden"}.get(str(material), str(material)))
    else:
        return None
    return " ".join([*parts, base])
