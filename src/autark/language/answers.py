"""Answers to questions about the scene, from the scene's truth, in the asker's language.

``answer(text, scene, decisions)`` reads the question (``questions.read_question``) and answers it with an
``Answer``: the words, and the ids of the objects it talks about (the web studio selects them). It never
changes the scene. Where things are is said in plain words (the middle, the left, the back; on, next to,
left of another thing) with metres; the film's time questions and "why" are answered in ``answers_film``.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence

from autark.language import answers_film
from autark.language import lexicon as lx
from autark.language import placement as pl
from autark.language.answer_words import (
    MAX_LISTED,
    Answer,
    colour_name,
    count_word,
    listing,
    matches,
    missing,
    name_of,
    names_of,
    plural,
    t,
    things,
)
from autark.language.context import norm_name
from autark.language.decisions import Decision
from autark.language.grammar import tokenize
from autark.language.questions import Question, is_question, read_question
from autark.scene.model import Scene, SceneObject

__all__ = ["Answer", "answer", "related", "support_of", "where"]


def _forms(asset_type: str, code: str) -> list[str]:
    from autark.language import lang

    return lang.LANGUAGES[code].NOUNS.get(asset_type, "").split()


# -- where things are ---------------------------------------------------------------------------------------------
def support_of(obj: SceneObject, scene: Scene) -> SceneObject | None:
    """What the object stands on (its bottom on a support surface, its centre over it), if anything."""
    box = pl.world_box(obj)
    if box[1] < 0.01:
        return None
    cx, cz = (box[0] + box[3]) / 2, (box[2] + box[5]) / 2
    for other in things(scene):
        if other.id == obj.id:
            continue
        for h, (x0, z0, x1, z1) in pl.surfaces(other):
            if abs(box[1] - h) <= 0.02 and x0 - 1e-6 <= cx <= x1 + 1e-6 and z0 - 1e-6 <= cz <= z1 + 1e-6:
                return other
    return None


def riders_on(obj: SceneObject, scene: Scene) -> list[SceneObject]:
    return [o for o in things(scene) if o.id != obj.id and (s := support_of(o, scene)) is not None and s.id == obj.id]


def _region(x: float, z: float, german: bool) -> str:
    side = "" if abs(x) < 0.75 else ("links" if x < 0 else "rechts") if german else ("left" if x < 0 else "right")
    depth = "" if abs(z) < 0.75 else ("hinten" if z < 0 else "vorne") if german else ("back" if z < 0 else "front")
    if not side and not depth:
        return "in der Mitte" if german else "in the middle"
    if german:
        return " ".join(p for p in (depth, side) if p)
    if side and depth:
        return f"at the {depth} {side}"
    return f"on the {side}" if side else f"at the {depth}"


def relation_of(a: pl.Box, b: pl.Box) -> str:
    """Where box ``a`` is seen from box ``b``, on the floor plane: left, right, front or behind (the camera
    looks toward -Z, so -Z is behind)."""
    ca, cb = pl.center(a), pl.center(b)
    dx, dz = ca[0] - cb[0], ca[2] - cb[2]
    if abs(dx) >= abs(dz):
        return "right" if dx > 0 else "left"
    return "front" if dz > 0 else "behind"


_REL_EN = {"left": "left of", "right": "right of", "front": "in front of", "behind": "behind", "on": "on",
           "under": "under", "above": "above", "next": "next to"}
_REL_DE = {"left": "links von", "right": "rechts von", "front": "vor", "behind": "hinter", "on": "auf",
           "under": "unter", "above": "über", "next": "neben"}


def rel_words(kind: str, german: bool) -> str:
    return (_REL_DE if german else _REL_EN)[kind]


def _nearest(obj: SceneObject, scene: Scene, skip: set[str]) -> SceneObject | None:
    box = pl.world_box(obj)
    others = [o for o in things(scene) if o.id not in skip and o.tag != "setting" and support_of(o, scene) is None]
    if not others:
        return None
    return min(others, key=lambda o: math.dist(pl.center(box), pl.center(pl.world_box(o))))


def where(obj: SceneObject, scene: Scene, german: bool) -> tuple[str, list[str]]:
    """One sentence saying where an object is, and the ids it mentions."""
    x, y, z = obj.transform.position
    name = name_of(obj, german)
    ids = [obj.id]
    if not german:
        name = "the " + name if not obj.name[:1].isupper() else name
    base = support_of(obj, scene)
    verb = ("liegt" if german else "lies") if obj.type in ("cup", "book", "plate", "ball", "bottle") else \
        ("steht" if german else "stands")
    if base is not None:
        ids.append(base.id)
        where_words = f"{rel_words('on', german)} {name_of(base, german) if german else 'the ' + name_of(base)}"
        text = f"{name[:1].upper()}{name[1:]} {verb} {where_words}, {y:.2f} m {'hoch' if german else 'up'}"
    else:
        text = f"{name[:1].upper()}{name[1:]} {verb} {_region(x, z, german)} (x {x:.1f} m, z {z:.1f} m)"
        riders = {r.id for r in riders_on(obj, scene)}
        near = _nearest(obj, scene, {obj.id} | riders)
        if near is not None:
            ids.append(near.id)
            d = math.dist((x, z), (near.transform.position[0], near.transform.position[2]))
            rel = rel_words(relation_of(pl.world_box(obj), pl.world_box(near)), german)
            near_name = name_of(near, german) if german or near.name[:1].isupper() else "the " + near.name
            text += f", {d:.1f} m {rel} {near_name}"
    on_it = riders_on(obj, scene)
    if on_it:
        ids += [o.id for o in on_it]
        listed = listing(names_of(on_it, german), german)
        text += f"; darauf: {listed}" if german else f"; {listed} {'is' if len(on_it) == 1 else 'are'} on it"
    return text + ".", ids


def _answer_where(q: Question, scene: Scene) -> Answer:
    if q.np is None:
        return missing(q)
    objs = matches(q.np, scene)
    if not objs:
        return missing(q)
    parts, ids = [], []
    if len(objs) > 1:
        parts.append(t(q, f"There are {count_word(len(objs), False)} of them.", f"Es gibt {count_word(len(objs), True)}."))
    for o in objs[:MAX_LISTED]:
        text, mentioned = where(o, scene, q.german)
        parts.append(text)
        ids += [i for i in mentioned if i not in ids]
    return Answer(" ".join(parts), ids, q.kind, q.german)


def related(kind: str, target: SceneObject, scene: Scene) -> list[SceneObject]:
    """The things in relation ``kind`` to ``target`` (what is on / next to / left of ... it)."""
    tb = pl.world_box(target)
    out = []
    for o in things(scene):
        if o.id == target.id or o.tag == "setting":
            continue
        b = pl.world_box(o)
        base = support_of(o, scene)
        overlap_xz = b[0] < tb[3] and tb[0] < b[3] and b[2] < tb[5] and tb[2] < b[5]
        if kind == "on":
            hit = base is not None and base.id == target.id
        elif kind == "under":
            hit = overlap_xz and b[4] <= tb[1] + 0.02
        elif kind == "above":
            hit = overlap_xz and b[1] >= tb[4] - 0.02 and not (base is not None and base.id == target.id)
        elif base is not None:
            continue  # a cup on the table is on it, not next to it
        elif kind == "next":
            hit = pl.box_distance(b, tb) <= 1.0
        else:
            hit = pl.box_distance(b, tb) <= 3.0 and relation_of(b, tb) == kind
        if hit:
            out.append(o)
    return out


def _answer_relation(q: Question, scene: Scene) -> Answer:
    targets = matches(q.np, scene) if q.np is not None else []
    if not targets:
        return missing(q)
    target = targets[0]
    found = related(q.relation, target, scene)
    tname = name_of(target, q.german)
    where_words = f"{rel_words(q.relation, q.german)} {tname if q.german or target.name[:1].isupper() else 'the ' + tname}"
    if not found and q.subject is not None:
        return Answer(t(q, f"No. Nothing is {where_words}.", f"Nein. {where_words[:1].upper()}{where_words[1:]} "
                        "ist nichts."), [target.id], q.kind, q.german)
    if not found:
        return Answer(t(q, f"Nothing is {where_words}.", f"{where_words[:1].upper()}{where_words[1:]} ist nichts."),
                      [target.id], q.kind, q.german)
    if q.subject is not None:  # yes or no, then what is there
        asked = matches(q.subject, scene)
        yes = bool(asked) and all(o in found for o in asked)
        lead = t(q, "Yes. " if yes else "No. ", "Ja. " if yes else "Nein. ")
    else:
        lead = ""
    listed = listing(names_of(found, q.german), q.german)
    verb = "is" if len(found) == 1 else "are"
    text = lead + t(q, f"{listed[:1].upper()}{listed[1:]} {verb} {where_words}.",
                     f"{where_words[:1].upper()}{where_words[1:]}: {listed}.")
    return Answer(text, [o.id for o in found] + [target.id], q.kind, q.german)


def _answer_count(q: Question, scene: Scene) -> Answer:
    if q.np is None:
        n = len(things(scene))
        return Answer(t(q, f"There are {n} things in the scene.", f"In der Szene sind {n} Dinge."),
                      [o.id for o in things(scene)], q.kind, q.german)
    objs = matches(q.np, scene)
    kind = q.np.type or q.np.word or ""
    if kind in ("person", "humanoid") and not objs:  # "how many people": everyone with a body of a person
        objs = [o for o in things(scene) if _is_person(o, scene)]
    n = len(objs)
    if n == 0:
        text = t(q, f"There are no {plural(kind, False)}.", f"Es gibt keine {plural(kind, True)}.")
    elif n == 1:
        text = t(q, f"There is one {name_of(objs[0])}.", f"Es gibt 1 ({name_of(objs[0], True)}).")
    else:
        many = plural(kind, q.german)
        if q.np.color and not q.german:
            many = f"{colour_name(lx.COLORS[q.np.color])} {many}"
        text = t(q, f"There are {n} {many}.", f"Es gibt {n} {many}.")
    return Answer(text, [o.id for o in objs], q.kind, q.german)


def _answer_colour(q: Question, scene: Scene) -> Answer:
    if q.np is None:
        return missing(q)
    objs = matches(q.np, scene)
    if not objs:
        return missing(q)
    parts = []
    for o in objs[:MAX_LISTED]:
        colour = colour_name(o.material.color, q.german)
        material = f" ({o.material.name})" if o.material.name else ""
        name = name_of(o, q.german)
        parts.append(t(q, f"The {name} is {colour}{material}." if not o.name[:1].isupper()
                        else f"{name} is {colour}{material}.", f"{name} ist {colour}{material}."))
    return Answer(" ".join(parts), [o.id for o in objs], q.kind, q.german)


def _is_person(obj: SceneObject, scene: Scene) -> bool:
    from autark.assets import library

    if any(c.object_id == obj.id for c in scene.characters) or obj.type == "humanoid":
        return True
    try:
        return bool(library.get(obj.type).age)
    except KeyError:
        return False


def _answer_who(q: Question, scene: Scene) -> Answer:
    people = [o for o in things(scene) if _is_person(o, scene)]
    if not people:
        return Answer(t(q, "Nobody: there are no characters in the scene.",
                         "Niemand: in der Szene gibt es keine Figuren."), [], q.kind, q.german)
    parts = []
    for o in people:
        kind = o.type.replace("_", " ") if not q.german else (_forms(o.type, "de") or [o.type])[0].capitalize()
        parts.append(f"{o.name} ({t(q, 'a ' + kind, kind)})" if o.name.lower() != o.type.replace("_", " ")
                     else name_of(o, q.german))
    text = listing(parts, q.german)
    verb = t(q, "is" if len(people) == 1 else "are", "ist" if len(people) == 1 else "sind")
    return Answer(f"{text[:1].upper()}{text[1:]} {verb} {t(q, 'in the scene', 'in der Szene')}.",
                  [o.id for o in people], q.kind, q.german)


def _answer_what(q: Question, scene: Scene) -> Answer:
    objs = [o for o in things(scene) if o.tag != "setting"] or things(scene)
    if not objs:
        return Answer(t(q, "The scene is empty.", "Die Szene ist leer."), [], q.kind, q.german)
    listed = listing(names_of(objs, q.german), q.german)
    return Answer(t(q, f"In the scene: {listed}.", f"In der Szene: {listed}."), [o.id for o in objs], q.kind,
                  q.german)


def answer(text: str, scene: Scene,
           decisions: Sequence[Decision] | Callable[[], Sequence[Decision]] = ()) -> Answer | None:
    """The answer to ``text`` when it is a question about ``scene`` (None when it is no question). Pure: the
    scene is read, never changed. ``decisions`` (the project's recorded ones, or a function that reads them
    when a "why" question needs them) answer "why" questions."""
    if not is_question([tok.text for tok in tokenize(text) if tok.text not in (",", ".", "!")]):
        return None  # a command: decided before the scene's names are gathered (every command asks this first)
    names: dict[str, list[str]] = {}
    for o in scene.objects:
        names.setdefault(norm_name(o.name), []).append(o.id)
    for c in scene.characters:
        names.setdefault(norm_name(c.name), []).append(c.object_id)
    q = read_question(text, names, {o.id: o.type for o in scene.objects})
    if q is None:
        return None
    handlers = {"where": _answer_where, "relation": _answer_relation, "count": _answer_count,
                "colour": _answer_colour, "who": _answer_who, "what": _answer_what}
    if q.kind in handlers:
        return handlers[q.kind](q, scene)
    if q.kind == "why":
        return answers_film.answer_why(q, scene, decisions() if callable(decisions) else decisions)
    return answers_film.answer_film(q, scene)
