"""References: which objects a noun phrase means ("the second red chair", "it", "Robo", "the chair next to the
table"), asking back like a person would (``NotFound``, ``Ambiguous``); and the scan of a clause into items
(noun phrases, relations, directions, angles, sizes, colours) that the rules work on."""

from __future__ import annotations

import numpy as np

from autark.errors import Ambiguous, NotFound, NotUnderstood
from autark.language import lang
from autark.language import lexicon as lx
from autark.language import parse as ps
from autark.language import placement as pl
from autark.language.context import GROUP_TYPE, Ctx, display, id_num, norm_name
from autark.language.grammar import Token
from autark.language.placement import box_distance, center, union, volume
from autark.language.words import known_word, unknown
from autark.scene.model import SceneObject


def _color_of(name: str) -> tuple[float, float, float]:
    return lx.COLORS[name]


def _describe(obj: SceneObject) -> str:
    return f"the {obj.name}"


def recent_default(ctx: Ctx, plural: bool) -> list[str]:
    """'it'/'them' with nothing mentioned earlier in the sentence: what was added last."""
    objs = list(ctx.scene.objects)
    if not objs:
        raise NotFound(ctx.msg("there is nothing in the scene that 'it' could mean",
                               "in der Szene gibt es nichts, worauf sich 'es' beziehen könnte"))
    objs = sorted(objs, key=lambda o: id_num(o.id))
    last = objs[-1]
    if not plural:
        return [last.id]
    run = []
    for o in reversed(objs):
        if o.type != last.type:
            break
        run.append(o.id)
    return list(reversed(run))


# a general word finds the special kinds when there is nothing of the general kind
_FAMILY = {"lamp": ("table_lamp", "street_lamp")}


def resolve(np_: ps.NP, ctx: Ctx) -> list[str]:
    """The ids a reference means; raises NotFound / Ambiguous like a person would ask back."""
    scene = ctx.scene
    if np_.pronoun:
        # this sentence's last reference first, then what the previous sentence talked about (Scene.focus)
        for pool in (ctx.last, ctx.scene_focus()):
            if pool:
                if np_.plural or np_.pronoun in ("sie",) and len(pool) > 1:
                    return list(pool)
                return list(pool) if len(pool) == 1 or np_.pronoun in ("sie", "them") else [pool[-1]]
        return recent_default(ctx, np_.plural or np_.pronoun == "sie")
    if np_.everything:
        ids = [o.id for o in scene.objects if o.parent is None]
        if not ids:
            raise NotFound(ctx.msg("the scene is empty", "die Szene ist leer"))
        return ids
    if np_.name:
        cands = [o for o in scene.objects if norm_name(o.name) == np_.name]
    else:
        from autark.assets import library

        if np_.type not in library.all_types() and not any(o.type == np_.type for o in scene.objects):
            raise NotFound(ctx.msg(f"there is no {display(np_.type or '')} in the scene",
                                   f"in der Szene gibt es kein Objekt '{np_.word}'"))
        cands = [o for o in scene.objects if o.type == np_.type]
        if not cands and np_.type in _FAMILY:
            # "the lamp" when the only lamp is a table lamp (it became one on the table)
            cands = [o for o in scene.objects if o.type in _FAMILY[np_.type]]
        if any(o.tag == "setting" for o in cands) and any(o.tag != "setting" for o in cands):
            cands = [o for o in cands if o.tag != "setting"]  # "the tree" in a forest: the one the user added
        kind = lx.PERSON_KINDS.get(np_.word) if np_.type == "humanoid" else None
        if kind is not None:
            # "the girl": the humanoids tagged so; people added without a kind ("a person") still count
            tagged = [o for o in cands if o.tag in lx.PERSON_MATCHES[kind]]
            cands = tagged or [o for o in cands if o.tag not in lx.PERSON_VOICES]
        if not cands and _is_person(np_.type or ""):
            # "the man" finds the knight, "the child" the girl, "the person" anyone: people of the kind the word
            # (or the body it names) says, whatever their own type
            kind = lx.PERSON_KINDS.get(np_.word) or library.person_kind(np_.type or "")
            matches = lx.PERSON_MATCHES.get(kind) if kind else None
            cands = [o for o in scene.objects if _is_person(o.type) and (matches is None or o.tag in matches)]
    word = np_.word or np_.name or ""
    if not cands:
        raise NotFound(ctx.msg(f"there is no {word or display(np_.type or '')} in the scene",
                               f"in der Szene gibt es kein Objekt '{word}'"),
                       hint=ctx.msg(f"add one first: 'add a {display(np_.type or word)}'", "füge zuerst eines hinzu"))
    if np_.color:
        want = np.asarray(_color_of(np_.color))
        cands = [o for o in cands if float(np.linalg.norm(np.asarray(o.material.color) - want)) < 0.3]
    if np_.material:
        mat = lx.MATERIALS[np_.material]
        mname = mat.get("name")
        # "the golden crown" is one made of gold or only painted its colour (a film's props are coloured)
        near = np.asarray(mat["color"]) if mat.get("color") is not None else None
        cands = [o for o in cands if o.material.name == mname or (near is not None and not o.material.name and float(
            np.linalg.norm(np.asarray(o.material.color) - near)) < 0.3)]
    if np_.rel is not None:
        cands = _filter_by_rel(cands, np_.rel, ctx)
    if not cands:
        desc = " ".join(x for x in (np_.color, np_.material, word) if x)
        raise NotFound(ctx.msg(f"there is no {desc} in the scene", f"in der Szene gibt es kein Objekt '{desc}'"))
    cands.sort(key=lambda o: id_num(o.id))
    if np_.ordinal is not None:
        if np_.ordinal > len(cands) or np_.ordinal == 0:
            raise NotFound(ctx.msg(f"there are only {len(cands)} {word}", f"es gibt nur {len(cands)} {word}"))
        return [cands[np_.ordinal - 1 if np_.ordinal > 0 else -1].id]
    if np_.size is not None and len(cands) > 1:
        vol = {o.id: volume(ctx.boxes[o.id]) for o in cands}
        pick = max(cands, key=lambda o: vol[o.id]) if np_.size > 1 else min(cands, key=lambda o: vol[o.id])
        return [pick.id]
    if np_.side is not None and len(cands) > 1:
        cx = {o.id: (ctx.boxes[o.id][0] + ctx.boxes[o.id][3]) / 2 for o in cands}
        pick = min(cands, key=lambda o: cx[o.id]) if np_.side == "left" else max(cands, key=lambda o: cx[o.id])
        return [pick.id]
    if np_.all or np_.plural:
        return [o.id for o in cands]
    if len(cands) == 1:
        return [cands[0].id]
    ids = {o.id for o in cands}
    # what a person means by "the chair" when there are several: the one this sentence just named or added,
    # or the one added last when it came on its own (not one of several added together)
    for pool in (ctx.last, ctx.added, ctx.scene_focus()):
        hit = [i for i in pool if i in ids]
        if len(hit) == 1:
            return hit
    ordered = sorted(scene.objects, key=lambda o: id_num(o.id))
    ordered = [o for o in ordered if o.type != GROUP_TYPE]
    if ordered and ordered[-1].id in ids and (len(ordered) < 2 or ordered[-2].id not in ids):
        return [ordered[-1].id]
    names = _distinct_descriptions(cands)
    n = len(cands)
    raise Ambiguous(ctx.msg(f"there are {_count_word(n)} {word}s -- which one? ({', '.join(names)})",
                            f"es gibt {n} davon ('{word}') -- welches? ({', '.join(names)})"),
                    candidates=names, hint=ctx.msg("say e.g. 'the red chair' or 'the second chair'",
                                                   "sag z.B. 'der rote Stuhl' oder 'der zweite Stuhl'"))


def _count_word(n: int) -> str:
    return {2: "two", 3: "three", 4: "four", 5: "five"}.get(n, str(n))


def _distinct_descriptions(cands: list[SceneObject]) -> list[str]:
    descs = [_describe(o) for o in cands]
    if len(set(descs)) == len(descs):
        return descs
    ordn = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth"]
    return [f"the {ordn[i] if i < len(ordn) else str(i + 1) + 'th'} {o.name}" for i, o in enumerate(cands)]


def _filter_by_rel(cands: list[SceneObject], rel: ps.Rel, ctx: Ctx) -> list[SceneObject]:
    if not rel.targets:
        return cands
    tids = resolve(rel.targets[0], ctx)
    tb = union([ctx.boxes[t] for t in tids])
    tc = center(tb)
    cands = [o for o in cands if o.id not in tids]
    if rel.kind == "on":
        ride = set(pl.riders(ctx.scene, set(tids), ctx.boxes))
        return [o for o in cands if o.id in ride]
    pred = {
        "left": lambda b: b[3] <= tb[0] + 0.05, "right": lambda b: b[0] >= tb[3] - 0.05,
        "front": lambda b: b[2] >= tb[5] - 0.05, "behind": lambda b: b[5] <= tb[2] + 0.05,
        "under": lambda b: b[4] <= tb[4] and center(b)[1] < tc[1], "above": lambda b: b[1] >= tb[4] - 0.05,
    }.get(rel.kind)
    if pred is not None:
        cands = [o for o in cands if pred(ctx.boxes[o.id])]
    if cands:
        # the nearest one is meant: "the chair next to the table"
        best = min(cands, key=lambda o: box_distance(ctx.boxes[o.id], tb))
        return [best]
    return cands


def refs(items: list[ps.Item], ctx: Ctx, *, required: bool = True) -> list[str]:
    ids: list[str] = []
    for it in items:
        if it.kind == "np" and not it.value.is_new:
            for i in resolve(it.value, ctx):
                if i not in ids:
                    ids.append(i)
    if not ids and required:
        # "make it red" without "it" known, or a verb with no object: use what was added last
        if any(it.kind == "np" for it in items):
            raise NotUnderstood(ctx.msg("which object do you mean?", "welches Objekt meinst du?"))
        ids = recent_default(ctx, False)
    ctx.last = list(ids)
    return ids


def scan_items(tokens: list[Token], ctx: Ctx, *, skip: int | None, allow_rel: bool) -> list[ps.Item]:
    """Scan a clause into items (noun phrases, relations, directions, ...); unknown words raise."""
    names: dict[str, list[str]] = {}
    for o in ctx.scene.objects:
        names.setdefault(norm_name(o.name), []).append(o.id)
    p = ps.Parser(tokens, names, ctx.types)
    items: list[ps.Item] = []
    i = 0
    while i < p.n:
        w = p.at(i)
        if i == skip:
            i += 1
            continue
        if (r := p.parse_scale(i)) is not None:
            items.append(ps.Item("scale", r[0]))
            i = r[1]
        elif (r := p.parse_dim(i)) is not None:
            items.append(ps.Item("dim", r[0]))
            i = r[1]
        elif (r := p.parse_angle(i)) is not None and (p.at(i) not in ("around", "um", "round", "herum")
                                                     or p.parse_np(i + 1) is None):
            items.append(ps.Item("angle", r[0]))
            i = r[1]
        elif (r := p.parse_rel(i)) is not None:
            items.append(ps.Item("rel", r[0]))
            i = r[1]
        elif (r := p.parse_abs(i)) is not None:
            items.append(ps.Item("abs", r[0]))
            i = r[1]
        elif (r := p.parse_dir(i)) is not None:
            items.append(ps.Item("dir", r[0], r[1]))
            i = r[2]
        elif (r := p.parse_np(i, allow_rel=allow_rel)) is not None:
            items.append(ps.Item("np", r[0]))
            i = r[1]
        elif (adj := p.adjective(i)) is not None:
            items.append(ps.Item(adj[0], adj[1]))
            i += 1
        elif w in lang.VISIBILITY:
            items.append(ps.Item("visible", lang.VISIBILITY[w]))
            i += 1
        elif w in ("face", "faces", "facing", "toward", "towards", "zu", "zum", "zur", "richtung", "at") and \
                (r := p.parse_np(i + 1)) is not None:
            items.append(ps.Item("face", r[0]))
            i = r[1]
        elif w in lang.DARKER:
            items.append(ps.Item("shade", lang.DARKER[w]))
            i += 1
        elif (num := p.number(i)) is not None and p.at(num[1]) in ("times", "mal", "copies", "kopien"):
            items.append(ps.Item("times", num[0]))
            i = num[1] + 1
        elif known_word(w):
            i += 1
        else:
            unknown(tokens[i], ctx)
    return items


def as_reference(np_: ps.NP) -> ps.NP:
    """A noun phrase read as a reference to existing things, also when it looks like a new one."""
    if not np_.is_new:
        return np_
    plural = np_.plural and np_.word not in lx.SAME_PLURAL_DE or (np_.count or 1) > 1
    return ps.NP(**{**np_.__dict__, "indefinite": False, "count": None, "definite": True, "plural": plural})


def _is_person(asset_type: str) -> bool:
    """A person's body: the generic humanoid or one of the cast (a type whose spec has an age)."""
    from autark.assets import library

    return asset_type == "humanoid" or (asset_type in library.ASSETS and bool(library.get(asset_type).age))
