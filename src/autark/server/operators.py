"""Operators on the wire: the protocol's typed commands are ``autark.ops`` operators, as JSON objects.

A ``command`` ``{"ops": [OP, ...], "label": "..."}`` carries operator dicts such as ``{"op": "set_transform",
"id": "obj1", "position": [1, 0, 0]}``: the tagged union ``autark.ops.Operator`` on ``op``, its field names and
all (PROTOCOL.md lists them, written from the schemas by ``autark.server.opdoc``). Three steps:

- ``check_ops`` (at the edge, before the command waits in the queue): every operator validated strictly
  through ``autark.ops.operator_adapter`` (a number is a JSON number, a flag ``true``/``false``), and the
  fields an operator keeps wider than the scene does (a ``set_transform`` position, a material's ``changes``)
  against the scene model's own field; a wrong one is ``ProtocolError`` ``bad_message`` naming it
  (``data.ops.0.position.0: ...``).
- ``complete`` (in the studio's worker, on the scene the command runs on): what a client cannot know of an
  ``add_object`` (a free ``id``, ``name``, the asset's bounds, material and placement) comes from the asset
  library as the sentence "add a TYPE" makes it (``autark.language.new_object``); what the client gave wins.
- ``Studio.apply_ops`` applies them as one undoable command; ``autark.ops.check_patch`` gates the commit.
"""

from __future__ import annotations

import difflib
import json
import re
from typing import TYPE_CHECKING, Any, get_args

from pydantic import BaseModel, ValidationError

from autark import limits
from autark.errors import LimitExceeded, NotUnderstood, ProtocolError
from autark.ops import Operator, field_adapter, operator_adapter
from autark.scene.model import Material, Settings, Transform
from autark.scene.timeline import Timeline

if TYPE_CHECKING:
    from autark.scene.model import Scene

__all__ = ["OPERATORS", "check_ops", "complete", "label"]

# op name -> its model, in the union's order
OPERATORS: dict[str, type[BaseModel]] = {m.model_fields["op"].default: m for m in get_args(get_args(Operator)[0])}
# fields an operator keeps wider than the scene (a bare 3-vector, a dict of changes), checked against the scene
# model field they end up in: (the operator's field holding the values, or None for its own fields; the model)
_SCENE_FIELDS: dict[str, list[tuple[str | None, type[BaseModel]]]] = {
    "set_transform": [(None, Transform)],
    "set_material": [("changes", Material)],
    "set_settings": [("changes", Settings)],
    "apply_lighting": [("sky", Settings), (None, Settings)],
    "set_timeline": [(None, Timeline)],
}
# what the studio fills in of an add_object's object when the client leaves it out (see ``complete``)
_FILLED = {"id": "obj1", "name": "new"}
# ids a client gives a new object: usable in track targets ("object:ID.transform.position") and short
_NEW_ID = re.compile(r"[A-Za-z][A-Za-z0-9_-]{0,63}")
_OBJ_NUMBER = re.compile(r"obj(\d+)")
_UNION_TAGS = {"str", "int", "float", "bool", "tuple", "list", "dict", "none"}
_LIMITS_HINT = "see the limits table in the README"


def check_ops(ops: list[dict[str, Any]], where: str = "data.ops") -> None:
    """Raise ProtocolError ``bad_message`` naming the first field of ``ops`` that is not a valid operator's."""
    probe = [{**op, "object": {**_FILLED, **op["object"]}} if _is_add(op) else op for op in ops]
    try:
        operator_adapter.validate_json(json.dumps(probe, allow_nan=False), strict=True)
    except ValidationError as exc:
        raise _refusal(exc.errors()[0], where) from None
    except ValueError:  # a REST body is strict JSON already; kept for callers in Python
        raise ProtocolError("bad_message", f"{where}: numbers must be finite") from None
    for i, op in enumerate(ops):
        for key, model in _SCENE_FIELDS.get(op["op"], ()):
            values = op.get(key) if key is not None else {k: v for k, v in op.items() if k not in ("op", "id")}
            _check_fields(values or {}, model, f"{where}.{i}" + (f".{key}" if key else ""), own=key is None)
        if _is_add(op) and "id" in op["object"]:
            _check_new_id(op["object"]["id"], f"{where}.{i}.object.id")


def _is_add(op: dict[str, Any]) -> bool:
    return op.get("op") == "add_object" and isinstance(op.get("object"), dict)


def _check_fields(values: dict[str, Any], model: type[BaseModel], where: str, *, own: bool) -> None:
    """Each value against the scene model's field of the same name (its bounds); an unknown name is refused
    unless ``own`` (an operator's own fields that are not the model's were checked by the operator)."""
    for name, value in values.items():
        if name not in model.model_fields:
            if own:
                continue
            close = difflib.get_close_matches(name, list(model.model_fields), n=1, cutoff=0.5)
            raise ProtocolError("bad_message", f"{where}.{name}: is not a {model.__name__.lower()} field"
                                + (f" -- did you mean {close[0]!r}?" if close else ""),
                                hint=f"{model.__name__.lower()} fields: " + ", ".join(model.model_fields))
        if value is None and own:
            continue
        try:
            field_adapter(model, name).validate_json(json.dumps(value, allow_nan=False), strict=True)
        except ValidationError as exc:
            raise _refusal(exc.errors()[0], f"{where}.{name}", _LIMITS_HINT) from None


def _check_new_id(oid: str, where: str) -> None:
    number = _OBJ_NUMBER.fullmatch(oid)
    if _NEW_ID.fullmatch(oid) is None or (number is not None and len(number.group(1)) > 12):
        raise ProtocolError("bad_message", f"{where}: {oid[:70]!r} is not a usable object id",
                            hint="leave it out (the studio gives the next free one) or use up to 64 letters, "
                                 "digits, '_' and '-', starting with a letter")


def _refusal(error: Any, where: str, hint: str | None = None) -> ProtocolError:
    """A pydantic error as ``bad_message`` with the field's place: 'data.ops.0.position.1: Input should ...',
    and the fields of the operator it is in as the hint."""
    loc = list(error.get("loc", ()))
    if len(loc) >= 2 and isinstance(loc[0], int) and loc[1] in OPERATORS:
        fields = [name + ("" if f.is_required() else "?")
                  for name, f in OPERATORS[str(loc[1])].model_fields.items() if name != "op"]
        hint = hint or f"{loc[1]} takes " + (", ".join(fields) or "no fields") + " (PROTOCOL.md)"
        del loc[1]  # the union's tag, not a field
    # union members appear as tags ('tuple[float, float, float]', 'constrained-str'): not fields either
    parts = [str(p) for p in loc if isinstance(p, int) or (p.isidentifier() and p not in _UNION_TAGS)]
    place = ".".join([where, *parts])
    kind = error.get("type", "")
    msg = error.get("msg", "is not valid")
    if kind == "union_tag_invalid":
        tag = str((error.get("ctx") or {}).get("tag", ""))[:64]
        close = difflib.get_close_matches(tag, list(OPERATORS), n=1)
        place, msg = f"{place}.op", f"unknown operator {tag!r}" + (f" -- did you mean {close[0]!r}?" if close else "")
        hint = "operators: " + ", ".join(OPERATORS)
    elif kind == "union_tag_not_found":
        place, msg, hint = f"{place}.op", "is required", "operators: " + ", ".join(OPERATORS)
    elif kind == "extra_forbidden":
        msg = "is not a known field"
    elif kind == "missing":
        msg = "is required"
    return ProtocolError("bad_message", f"{place}: {msg}", hint=hint)


def complete(scene: Scene, ops: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The operators with every ``add_object``'s object made whole (worker thread; ``ops`` passed
    ``check_ops``). Each new object starts as the one "add a TYPE" would add to the scene as the operators
    before it left it (a free id, the asset's name, bounds and material, placed where the sentence places it,
    or with its base at a given ``transform.position``); the fields the client gave replace those, and
    ``transform`` and ``material`` are merged field by field. Raises NotUnderstood for an unknown type (with
    the closest ones) and LimitExceeded past the limits of a command and of a scene."""
    from autark.language import new_object

    if any(op["op"] in ("set_timeline", "add_keyframes") for op in ops):
        _check_timeline(scene, ops)
    adds = sum(1 for op in ops if op["op"] == "add_object")
    if not adds:
        return ops
    if adds > limits.MAX_NEW_PER_COMMAND:
        raise LimitExceeded(f"that adds {adds} objects; one command may add at most {limits.MAX_NEW_PER_COMMAND}")
    if len(scene.objects) + adds > limits.current().objects:
        raise LimitExceeded(f"a scene may hold at most {limits.current().objects} objects",
                            hint=limits.raise_hint("objects"))
    work = scene.model_copy(update={"objects": list(scene.objects)})  # the objects added so far, for placement
    out = []
    for op in ops:
        if op["op"] == "add_object":
            given = op["object"]
            _check_type(given["type"])
            transform = given.get("transform") or {}
            made = new_object(work, given["type"], position=transform.get("position")).model_dump()
            whole = {**made, **given, "transform": {**made["transform"], **transform},
                     "material": {**made["material"], **(given.get("material") or {})}}
            op = {**op, "object": whole}
            operator_adapter.validate_python([op])[0].apply(work)  # the next one is placed beside it
        out.append(op)
    return out


def _check_timeline(scene: Scene, ops: list[dict[str, Any]]) -> None:
    """What the command engine checks of a sentence's clips, and that the tracks these operators touch can
    be played: the scene they leave has clips that can be carried out (``validate_actions``), and evaluates at
    every key of those tracks and between keys (a track target such as 'object:obj1.colour', or a number
    among 3-vectors, is refused now rather than when the scene is drawn). Raises UserInputError."""
    from autark.motion import validate_actions
    from autark.ops import apply_ops
    from autark.scene.evaluate import evaluate

    after = apply_ops(scene, operator_adapter.validate_python(ops))
    validate_actions(after)
    touched = {op["target"] for op in ops if op["op"] == "add_keyframes"}
    times: set[float] = set()
    for track in after.timeline.tracks:
        if track.target in touched:
            keys = [k.time_s for k in track.keyframes]
            times.update(keys)
            times.update((a + b) / 2 for a, b in zip(keys, keys[1:], strict=False))
    for t in sorted(times):
        evaluate(after, t)


def _check_type(type_: str) -> None:
    from autark.assets import library

    types = library.all_types()
    if type_ not in types:
        close = difflib.get_close_matches(type_.strip().lower().replace(" ", "_"), types, n=3)
        raise NotUnderstood(f"there is no object type {type_[:64]!r}"
                            + (f" -- did you mean {close[0]!r}?" if close else ""),
                            word=type_[:64], suggestions=close, hint="types: " + ", ".join(types))


def label(ops: list[dict[str, Any]]) -> str:
    """How operators read in the history: 'add chair at (1, 0, 2)', 'set_transform obj3: position (0, 0, 1)'."""
    def fmt(v: Any) -> str:
        if isinstance(v, list | tuple):
            return "(" + ", ".join(f"{x:g}" if isinstance(x, float | int) else str(x) for x in v) + ")"
        if isinstance(v, dict):
            return " ".join(f"{k} {fmt(x)}" for k, x in v.items())
        return str(v)

    words = []
    for op in ops:
        name = op["op"]
        if name == "add_object":
            obj = op["object"]
            position = (obj.get("transform") or {}).get("position")
            words.append(f"add {obj.get('name') or obj['type']}" + (f" at {fmt(position)}" if position else ""))
        elif name == "remove_objects":
            words.append("remove " + ", ".join(op["ids"]))
        else:
            rest = " ".join(f"{k} {fmt(v)}" for k, v in op.items() if k not in ("op", "id"))
            words.append(f"{name} {op.get('id', '')}".strip() + (f": {rest}" if rest else ""))
    return "; ".join(words)[:300]
