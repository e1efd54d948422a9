"""The last gate before a change is committed: every value a command changed is valid and writable.

Operators and the command engine change scene models in place, and a few paths (``model_copy(update=...)``)
skip pydantic's validation, so a value such as a position of -inf metres could reach the store and make the
project unreadable. ``check_patch`` re-validates exactly what a command changed (the "after" side of its
patch) against the scene model's bounds (``autark.limits``) and checks that it can be written as strict JSON
(no NaN or Infinity, which browsers' ``JSON.parse`` rejects). Every entry point (sentences, operators from
the protocol, undo and redo) commits through ``Studio``, which calls it once before writing.
"""

from __future__ import annotations

import json
import math
from functools import cache
from typing import Any

from pydantic import BaseModel, TypeAdapter, ValidationError

from autark.errors import LimitExceeded, UserInputError
from autark.ops.patch import Patch
from autark.scene.model import Camera, Character, Light, Scene, SceneObject

__all__ = ["check_patch", "describe_invalid", "field_adapter"]

_ITEM_MODELS: dict[str, type[BaseModel]] = {"objects": SceneObject, "cameras": Camera, "lights": Light,
                                            "characters": Character}
_AXES = {"position", "rotation", "scale", "target", "direction", "up", "bounds_min", "bounds_max"}
_CHANNELS = {"color", "emissive", "ground_color", "sky_top", "sky_horizon"}
_UNITS = {"position": " m", "target": " m", "bounds_min": " m", "bounds_max": " m", "rotation": "°",
          "time_s": " s", "start_s": " s", "end_s": " s", "duration_s": " s", "cursor_s": " s"}
_SINGULAR = {"objects": "object", "cameras": "camera", "lights": "light", "shots": "shot", "actions": "action",
             "lines": "line", "keyframes": "keyframe", "characters": "character"}


@cache
def field_adapter(model: type[BaseModel], name: str) -> TypeAdapter[Any]:
    """A validator for one field of a model, with its bounds (built once per field)."""
    return TypeAdapter(model.model_fields[name].rebuild_annotation())


def _number(value: Any, unit: str = "") -> str:
    if isinstance(value, float):
        if math.isnan(value):
            return "not a number"
        if math.isinf(value):
            return "infinite" if value > 0 else "minus infinite"
        return f"{value:g}{unit}"
    if isinstance(value, int) and not isinstance(value, bool) and abs(value) >= 10**15:
        return f"a number of {len(str(abs(value)))} digits"
    text = repr(value)
    return text if len(text) <= 60 else text[:57] + "..."


def _where(loc: tuple[Any, ...]) -> tuple[str, str]:
    """('transform', 'position', 0) -> ('position x', ' m'): the words for a value's place, and its unit."""
    words: list[str] = []
    unit = ""
    prev = ""
    for part in loc:
        if isinstance(part, int):
            if prev in _AXES and part < 3:
                words[-1] += " " + "xyz"[part]
            elif prev in _CHANNELS and part < 3:
                words[-1] += " " + ("red", "green", "blue")[part]
            continue
        part = str(part)
        if part in ("transform", "timeline", "tracks", "float", "bool") or part.startswith(("tuple[", "function-")):
            continue
        part = _SINGULAR.get(part, part)
        words.append(part.replace("_", " ").removesuffix(" s"))
        unit = _UNITS.get(part, unit)
        prev = part
    return " ".join(words) or "a value", unit


def loc_words(error: Any) -> bool:
    return any(isinstance(p, str) for p in error.get("loc", ()))


def describe_invalid(exc: ValidationError, subject: str = "") -> str:
    """One sentence for the first problem in a validation error: what, the value it would get, the bound."""
    first = exc.errors()[0]
    what, unit = _where(tuple(first.get("loc", ())))
    ctx = first.get("ctx") or {}
    value = first.get("input")
    kind = first.get("type", "")
    bounds = {"less_than_equal": "at most {le}", "less_than": "less than {lt}",
              "greater_than_equal": "at least {ge}", "greater_than": "more than {gt}"}
    owner = f"{subject}'s " if subject else ("the " if loc_words(first) else "")
    if kind in bounds:
        limit = bounds[kind].format(**{k: _number(v) for k, v in ctx.items()})
        return f"that would make {owner}{what} {_number(value, unit)}; it must be {limit}{unit}"
    if value is None and kind.endswith("_type"):  # JSON wrote a NaN or an infinity as null
        return f"that would make {owner}{what} a number that is not finite"
    if kind == "value_error":
        return f"that would not work: {first.get('msg', '').removeprefix('Value error, ')}"
    return f"that would make {owner}{what} invalid ({first.get('msg')}, got {_number(value)})"


def _label(name: str, key: str, item: dict[str, Any] | None) -> str:
    if name == "objects" and item is not None:
        return f"the {item.get('name') or key}"
    return f"the {name[:-1]} {key!r}"


def check_patch(patch: Patch) -> None:
    """Raise a UserInputError naming the first value a command would commit that the scene model refuses or
    that cannot be written as strict JSON. Costs one validation per changed item, not per scene."""
    for name, changes in patch.items.items():
        model = _ITEM_MODELS[name]
        for key, (_before, after) in changes.items():
            if after is None:
                continue
            try:
                model.model_validate(after)
            except ValidationError as exc:
                raise UserInputError(describe_invalid(exc, _label(name, key, after)),
                                     hint="see the limits table in the README") from None
    for name, (_before, after) in patch.fields.items():
        try:
            field_adapter(Scene, name).validate_python(after)
        except ValidationError as exc:
            raise UserInputError(describe_invalid(exc, f"the scene {name.replace('_', ' ')}"),
                                 hint="see the limits table in the README") from None
    try:
        json.dumps(patch.model_dump(mode="python"), allow_nan=False)
    except ValueError:
        raise LimitExceeded("that change holds a number that is not finite (NaN or infinity)",
                            hint="use ordinary numbers within the limits table in the README") from None
