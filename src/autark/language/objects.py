"""Objects: adding them (with counts, colours, materials, sizes, around or on something, in a row or a circle),
removing, hiding and showing, duplicating, grouping, renaming, and naming new ones ("a robot named Robo")."""

from __future__ import annotations

import difflib
from typing import Any

from autark import limits
from autark.errors import Ambiguous, LimitExceeded, NotUnderstood
from autark.language import lang
from autark.language import lexicon as lx
from autark.language import parse as ps
from autark.language import placement as pl
from autark.language.characters import character_id, is_character, voice_for
from autark.language.context import GROUP_TYPE, Ctx, display, norm_name, round3
from autark.language.grammar import Token
from autark.language.layout import (
    arrangement_spots,
    descendants,
    face_object,
    is_floating,
    is_free,
    near_spot,
    obj_box,
    place,
    riders_of,
    ring_spots,
)
from autark.language.placement import center, union
from autark.language.references import refs, resolve, scan_items
from autark.language.words import known_word
from autark.ops import (
    AddObject,
    Operator,
    RemoveObjects,
    SetCharacter,
    SetName,
    SetParent,
    SetTransform,
    SetVisible,
)
from autark.scene.model import Character, Material, Scene, SceneObject, Transform


def build_object(np_: ps.NP, oid: str, ctx: Ctx) -> SceneObject:
    from autark.assets import library

    try:
        spec = library.get(np_.type or "")
    except KeyError:
        raise NotUnderstood(
            ctx.msg(f"'{display(np_.type or np_.word)}' is not available yet", f"'{np_.word}' gibt es noch nicht"),
            word=np_.word, suggestions=[t for t in library.all_types()
                                        if t in difflib.get_close_matches(np_.type or "", library.all_types())],
            hint=ctx.msg(f"available: {', '.join(library.all_types())}",
                         f"verfügbar: {', '.join(library.all_types())}")) from None
    person = lx.PERSON_KINDS.get(np_.word)
    if spec.type == "humanoid" and person in lx.PERSON_MATCHES and person in library.ASSETS:
        # a people word without a body of its own ("a fisherman", "ein Mönch"): the everyday person of its kind
        spec = library.get(person)
    mat: dict[str, Any] = {"color": spec.color, "roughness": spec.roughness, "metallic": spec.metallic}
    words = []
    if np_.material:
        m = lx.MATERIALS[np_.material]
        mat.update(m)
        words.append({"wood": "wooden", "stone": "stone", "gold": "golden"}.get(str(m["name"]), str(m["name"])))
    if np_.color:
        mat["color"] = lx.COLORS[np_.color]
        words.insert(0, lx.COLOR_EN.get(np_.color, np_.color))
    s = np_.size or 1.0
    # a person is tagged with its kind (man, woman, boy, girl, child): "the woman" finds her even after she is
    # called Anna, and "the man" finds the knight; the word says it first ("a nurse"), else the body does
    person = (person if spec.type == "humanoid" or spec.age else None) or library.person_kind(spec.type) or None
    if spec.type == "humanoid" and person in lx.CHILD_KINDS:
        s *= lx.CHILD_SCALE  # the generic figure has an adult's size; the cast's children are built small
    scale = (s, s * (np_.height_size or 1.0), s)
    noun = display(spec.type) if spec.type != "humanoid" else person or "person"
    if spec.type == "humanoid" and np_.word in ("humanoid", "humanoids"):
        noun = "humanoid"
    name = " ".join([*words, noun])
    return SceneObject(id=oid, name=name, type=spec.type, material=Material(**mat), tag=person or "",
                       transform=Transform(scale=scale), bounds_min=spec.bounds_min, bounds_max=spec.bounds_max)


def new_object(scene: Scene, asset_type: str, *, color: str | None = None,
               position: tuple[float, float, float] | None = None) -> SceneObject:
    """The object "add a [COLOR] TYPE" would add to ``scene`` (id, name, material, scale and bounds as the
    engine makes them), at ``position`` or placed where the sentence would put it. For typed front ends (the
    web studio's ``add_object``) so they make the same objects as the sentences. ``color`` is a colour word
    the engine knows. Raises ``NotUnderstood`` (with suggestions) for an unknown type or colour."""
    from autark.assets import library

    if color is not None and color not in lx.COLORS:
        sugg = difflib.get_close_matches(color, sorted(lx.COLORS), n=3)
        raise NotUnderstood(f"I don't know the colour '{color}'" + (f" -- did you mean '{sugg[0]}'?" if sugg else ""),
                            word=color, suggestions=sugg, hint="or give [r, g, b] numbers in 0..1")
    ctx = Ctx(scene=scene, german=False)
    obj = build_object(ps.NP(type=asset_type, word=asset_type, indefinite=True, color=color),
                      f"obj{scene.next_id}", ctx)
    if position is None:
        position = round3(place(pl.obj_extent(obj), None, ctx, exclude=set(),
                                  floating=library.get(obj.type).floating))
    obj.transform = obj.transform.model_copy(update={"position": tuple(float(v) for v in position)})
    return obj


def add(items: list[ps.Item], ctx: Ctx) -> list[Operator]:
    from autark.assets import library

    new_nps = [it.value for it in items if it.kind == "np" and it.value.is_new]
    rels = [it.value for it in items if it.kind == "rel"]
    rel = rels[0] if rels else None
    total = sum(1 if n.count is None else n.count for n in new_nps)
    named = next((it.value for it in items if it.kind == "np" and not it.value.is_new and it.value.word), None)
    if not new_nps and named is not None:  # "add the table": one that is already there, or meant to be new?
        raise NotUnderstood(ctx.msg(f"'the {named.word}' means one already in the scene; to add one, say "
                                    f"'add a {named.word}'",
                                    f"'{named.word}' mit 'der/die/das' meint eines, das schon da ist; um noch eines "
                                    f"hinzuzufügen, sag 'ein/eine {named.word}'"), word=named.word)
    if total < 1:
        raise NotUnderstood(ctx.msg("add how many? the number must be at least one",
                                    "wie viele? die Anzahl muss mindestens eins sein"))
    ctx.new_count += total
    if ctx.new_count > limits.MAX_NEW_PER_COMMAND:
        raise LimitExceeded(ctx.msg(f"that adds {ctx.new_count} objects; one command may add at most "
                                    f"{limits.MAX_NEW_PER_COMMAND}",
                                    f"das wären {ctx.new_count} Objekte; höchstens {limits.MAX_NEW_PER_COMMAND} pro Befehl"))
    most = limits.current().objects
    if len(ctx.scene.objects) + total > most:
        raise LimitExceeded(ctx.msg(f"a scene may hold at most {most} objects",
                                    f"eine Szene darf höchstens {most} Objekte enthalten"),
                            hint=limits.raise_hint("objects"))
    for it in items:
        if it.kind in ("color", "material", "size") and new_nps:
            # "add a chair, red" / "stell einen Stuhl rot" -- a trailing adjective describes the new thing
            np0 = new_nps[-1]
            if it.kind == "color":
                np0.color = it.value  # type: ignore[assignment]
            elif it.kind == "material":
                np0.material = it.value  # type: ignore[assignment]
            else:
                np0.size = lx.SIZES[str(it.value)]
    ops: list[Operator] = []
    next_id = ctx.scene.next_id
    placed: list[pl.Box] = []
    added: list[str] = []
    if ctx.arrangement is not None:
        kind, ctx.arrangement = ctx.arrangement, None
        protos = [build_object(np_, "tmp", ctx) for np_ in new_nps for _ in range(np_.count or 1)]
        for k, (obj, (pos, yaw)) in enumerate(zip(protos, arrangement_spots(protos, kind, rel, ctx, set()),
                                                  strict=True)):
            obj.id = f"obj{next_id + k}"
            obj.transform = obj.transform.model_copy(update={"position": pos, "rotation": (0.0, yaw, 0.0)})
            ops.append(AddObject(object=obj))
            added.append(obj.id)
        ctx.note_added(added)
        return ops
    for np_ in new_nps:
        count = np_.count or 1
        small = small_for_surface(np_, rel, ctx)
        if small is not None:
            np_.type = small
        ring: list[tuple[tuple[float, float, float], float]] | None = None
        if rel is not None and rel.kind == "around":
            proto = build_object(np_, "tmp", ctx)
            ring = ring_spots(proto, count, rel, ctx)
        for k in range(count):
            oid = f"obj{next_id}"
            next_id += 1
            obj = build_object(np_, oid, ctx)
            spec = library.get(obj.type)
            if ring is not None:
                pos, yaw = ring[k]
                obj.transform = obj.transform.model_copy(update={"rotation": (0.0, yaw, 0.0)})
                ext = pl.obj_extent(obj)
                if is_free(pl.box_at(ext, pos), ctx, placed, set()):
                    position = pos
                else:
                    position = place(ext, None, ctx, exclude=set(), floating=False, current=pos,
                                      extra_obstacles=placed)
            else:
                ext = pl.obj_extent(obj)
                position = place(ext, rel, ctx, exclude=set(), floating=spec.floating, extra_obstacles=placed,
                                 character=is_character(obj))
            obj.transform = obj.transform.model_copy(update={"position": round3(position)})
            if rel is not None and rel.kind in ("left", "right", "front", "behind", "next", "between") and \
                    ring is None and rel.targets and _is_seat(obj.type):
                # a seat placed beside a table turns to it, as a person would set it
                tids = [i for t in rel.targets for i in resolve(t, ctx)]
                if tids and ctx.scene.object(tids[0]).type in ("table", "desk"):
                    obj = face_object(obj, center(ctx.boxes[tids[0]]), ctx, placed)
            placed.append(pl.world_box(obj))
            ops.append(AddObject(object=obj))
            added.append(oid)
    ctx.note_added(added)
    return ops


# the small version of a type, for when it is put on a raised surface: nobody means a 1.6 m floor lamp on a table
SMALL_COUNTERPART = {"lamp": "table_lamp"}


RAISED_SURFACE_M = 0.3  # a support at least this high is furniture (a table top, a shelf), not the floor


def small_for_surface(np_: ps.NP, rel: ps.Rel | None, ctx: Ctx) -> str | None:
    if rel is None or rel.kind != "on" or not rel.targets or np_.type not in SMALL_COUNTERPART:
        return None
    tids = resolve(rel.targets[0], ctx)
    if not tids:
        return None
    target = ctx.scene.object(tids[0])
    floor = obj_box(ctx, tids[0])[1]
    if any(h - floor >= RAISED_SURFACE_M for h, _area in pl.surfaces(target)):
        return SMALL_COUNTERPART[np_.type]
    return None


def _is_seat(asset_type: str) -> bool:
    return asset_type in ("chair", "stool")


def remove(items: list[ps.Item], ctx: Ctx, verb: str) -> list[Operator]:
    ids = refs(items, ctx)
    ops: list[Operator] = [RemoveObjects(ids=ids)]
    gone = set(ids)
    for i in ids:
        gone.update(descendants(ctx, i))
    # what stood on a removed thing falls to the floor
    extra: list[pl.Box] = []
    for r in riders_of(ids, ctx):
        if r in gone:
            continue
        obj = ctx.scene.object(r)
        ext = pl.obj_extent(obj)
        p = obj.transform.position
        pos = place(ext, None, ctx, exclude=gone | {r}, floating=False, current=p, extra_obstacles=extra)
        extra.append(pl.box_at(ext, pos))
        ops.append(SetTransform(id=r, position=round3(pos)))
    ctx.last = []
    return ops


def visibility(items: list[ps.Item], ctx: Ctx, verb: str) -> list[Operator]:
    ids = refs(items, ctx)
    out = []
    for i in ids:
        if ctx.scene.object(i).type == GROUP_TYPE:
            out.extend(descendants(ctx, i))
        else:
            out.append(i)
    return [SetVisible(ids=out, visible=(verb == "show"))]


def duplicate(items: list[ps.Item], ctx: Ctx, verb: str) -> list[Operator]:
    ids = refs(items, ctx)
    times_value = next((it.value for it in items if it.kind == "times"), 1)
    if times_value != int(times_value) or times_value < 1:
        raise NotUnderstood(ctx.msg(f"copy it {times_value:g} times? the number must be a whole number of at least 1",
                                    f"{times_value:g} Mal kopieren? die Anzahl muss eine ganze Zahl ab 1 sein"))
    times = int(times_value)
    rels = [it.value for it in items if it.kind == "rel"]
    if times > limits.MAX_COPIES or times * len(ids) + ctx.new_count > limits.MAX_NEW_PER_COMMAND:
        raise LimitExceeded(ctx.msg(f"too many copies at once; one command may make at most {limits.MAX_COPIES}",
                                    f"zu viele Kopien auf einmal; höchstens {limits.MAX_COPIES} pro Befehl"))
    ops: list[Operator] = []
    next_id = ctx.scene.next_id
    placed: list[pl.Box] = []
    added = []
    for oid in ids:
        src = ctx.scene.object(oid)
        if src.type == GROUP_TYPE:
            raise NotUnderstood(ctx.msg("duplicating a whole group is not supported yet",
                                        "Gruppen kann ich noch nicht duplizieren"))
        for _ in range(times):
            new_id = f"obj{next_id}"
            next_id += 1
            ext = pl.obj_extent(src)
            rel = rels[0] if rels else ps.Rel("next", [ps.NP(name=norm_name(src.name))])
            if rels:
                pos = place(ext, rel, ctx, exclude=set(), floating=is_floating(src), extra_obstacles=placed)
            else:
                pos = near_spot(ext, oid, ctx, placed)
            copy = src.model_copy(deep=True, update={"id": new_id, "parent": None})
            copy.transform = copy.transform.model_copy(update={"position": round3(pos)})
            placed.append(pl.world_box(copy))
            ops.append(AddObject(object=copy))
            added.append(new_id)
    ctx.note_added(added)
    return ops


def group_objects(tokens: list[Token], verb_i: int, ctx: Ctx) -> list[Operator]:
    words = [t.text for t in tokens]
    cut = next((i for i in range(verb_i + 1, len(words)) if words[i] in ("as", "als", "called", "named", "namens",
                                                                         "into", "zu")), len(words))
    name_tokens = [t.orig for t in tokens[cut + 1:] if t.text not in ("a", "an", "the", "einer", "eine", "die",
                                                                       "der", "das", "group", "gruppe", "zusammen")]
    name = " ".join(name_tokens).strip() or "group"
    items = scan_items(tokens[:cut], ctx, skip=verb_i, allow_rel=True)
    ids = refs(items, ctx)
    ids = [i for i in ids if ctx.scene.object(i).type != GROUP_TYPE or True]
    if len(name) > 200:
        raise LimitExceeded(ctx.msg("that name is too long", "der Name ist zu lang"))
    boxes = [obj_box(ctx, i) for i in ids]
    u = union(boxes)
    pos = ((u[0] + u[3]) / 2, u[1], (u[2] + u[5]) / 2)
    gid = f"obj{ctx.scene.next_id}"
    group = SceneObject(id=gid, name=name, type=GROUP_TYPE, visible=False, transform=Transform(position=round3(pos)),
                        bounds_min=(u[0] - pos[0], 0.0, u[2] - pos[2]),
                        bounds_max=(u[3] - pos[0], u[4] - pos[1], u[5] - pos[2]))
    ctx.note_added([gid])
    return [AddObject(object=group), SetParent(ids=ids, parent=gid)]


def rename(tokens: list[Token], verb_i: int, ctx: Ctx) -> list[Operator]:
    words = [t.text for t in tokens]
    # the new name is what follows "to"/"as"/"in" (or, for "call X Y", what follows the reference)
    names: dict[str, list[str]] = {}
    for o in ctx.scene.objects:
        names.setdefault(norm_name(o.name), []).append(o.id)
    p = ps.Parser(tokens, names, ctx.types)
    r = p.parse_np(verb_i + 1)
    if r is None:
        raise NotUnderstood(ctx.msg("rename what? e.g. 'call the robot Robo'",
                                    "was soll ich umbenennen? z.B. 'nenne den Roboter Robo'"))
    np_, j = r
    while j < len(words) and words[j] in ("to", "as", "in", "into", "zu", "als", "now", "jetzt", "nun"):
        j += 1
    end = len(words)
    if end > j and words[end - 1] == "um":
        end -= 1
    name = " ".join(t.orig for t in tokens[j:end]).strip(" '\"")
    if not name:
        raise NotUnderstood(ctx.msg("what should the new name be?", "wie soll der neue Name lauten?"))
    if len(name) > 200:
        raise LimitExceeded(ctx.msg("that name is too long", "der Name ist zu lang"))
    ids = resolve(np_, ctx)
    ctx.last = list(ids)
    return [SetName(id=i, name=name) for i in ids]


_QUOTES = {"'", '"', "“", "”", "„", "«", "»", "‘", "’"}


def take_name(tokens: list[Token]) -> tuple[list[Token], str | None]:
    """'add a robot named Robo next to the table' -> (the clause without 'named Robo', 'Robo')."""
    k = next((i for i, t in enumerate(tokens) if t.text in lang.NAME_MARKERS), None)
    if k is None or k == 0 or not any(lang.VERBS.get(t.text) in ("add", "put") for t in tokens[:k]):
        return tokens, None
    j = k + 1
    if j < len(tokens) and tokens[j].text in _QUOTES:  # a quoted name may hold any words
        end = next((i for i in range(j + 1, len(tokens)) if tokens[i].text in _QUOTES), len(tokens))
        name = " ".join(t.orig for t in tokens[j + 1:end])
        return tokens[:k] + tokens[end + 1:], name or None
    taken = []
    while j < len(tokens) and len(taken) < 4:
        w = tokens[j].text
        # the first word is the name whatever it is; later ones only while they are no command words
        if taken and (known_word(w) or w in lx.NOUNS or not w.isalpha()):
            break
        if not taken and not any(c.isalnum() for c in w):
            break
        taken.append(tokens[j].orig)
        j += 1
    return tokens[:k] + tokens[j:], " ".join(taken) or None


def name_new(ops: list[Operator], name: str, ctx: Ctx) -> list[Operator]:
    """Give the objects this clause added the user's name; people and robots become characters with a voice."""

    if len(name) > 200:
        raise LimitExceeded(ctx.msg("that name is too long", "der Name ist zu lang"))
    new = [op for op in ops if isinstance(op, AddObject)]
    if not new:
        raise NotUnderstood(ctx.msg(f"what should be called {name}? e.g. 'add a robot named {name}'",
                                    f"was soll {name} heißen? z.B. 'füge einen Roboter namens {name} hinzu'"))
    taken = {norm_name(o.name) for o in ctx.scene.objects} | {norm_name(c.name) for c in ctx.scene.characters}
    names = [name] if len(new) == 1 else [f"{name} {k + 1}" for k in range(len(new))]
    clash = next((n for n in names if norm_name(n) in taken), None)
    if clash is not None:
        raise Ambiguous(ctx.msg(f"there is already something called {clash}", f"es gibt schon '{clash}'"),
                        candidates=[clash], hint=ctx.msg("pick another name", "wähle einen anderen Namen"))
    out: list[Operator] = []
    chars: list[Operator] = []
    for op in ops:
        if isinstance(op, AddObject):
            nm = names[new.index(op)]
            obj = op.object.model_copy(update={"name": nm})
            op = AddObject(object=obj)
            if is_character(obj):
                chars.append(SetCharacter(character=Character(
                    id=character_id(nm), name=nm, object_id=obj.id, voice=voice_for(obj),
                    language="de" if ctx.german else "en")))
        out.append(op)
    return out + chars


def take_arrangement(tokens: list[Token]) -> tuple[list[Token], str | None]:
    """'in a row', 'in a circle', 'in eine Reihe', 'im Kreis', 'a row of 4 columns' -> (rest, 'row'|'circle')."""
    words = [t.text for t in tokens]
    for i, w in enumerate(words):
        if w not in lang.ARRANGEMENTS:
            continue
        j = i
        while j > 0 and words[j - 1] in lang.ARRANGE_ARTICLE:
            j -= 1
        if j > 0 and words[j - 1] in lang.ARRANGE_LEAD:
            return tokens[:j - 1] + tokens[i + 1:], lang.ARRANGEMENTS[w]  # "... in a row"
        if i + 1 < len(words) and words[i + 1] in ("of", "von", "aus") and j < i:
            return tokens[:j] + tokens[i + 2:], lang.ARRANGEMENTS[w]  # "a row of 4 columns"
    return tokens, None
