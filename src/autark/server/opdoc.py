"""PROTOCOL.md's list of operators, written from the operator schemas (``autark.ops.operator_adapter``).

    python -m autark.server.opdoc          # rewrite the section in src/autark/server/PROTOCOL.md
    python -m autark.server.opdoc --check  # exit 1 if it is not current (tests/server/test_protocol_doc.py)

The section lists every operator of the ``Operator`` union with its fields and their JSON types and bounds,
then every model the operators hold (an ``add_object``'s SceneObject, a light, a shot...). Where the protocol
checks a field against the scene's own (``operators._SCENE_FIELDS``: a ``set_transform`` position, a
material's ``changes``), the scene's field is what the table shows.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

from autark.ops import operator_adapter
from autark.server.operators import _SCENE_FIELDS, OPERATORS

__all__ = ["BEGIN", "END", "PROTOCOL_MD", "operator_section", "rewrite"]

PROTOCOL_MD = Path(__file__).resolve().parent / "PROTOCOL.md"
BEGIN = "<!-- operators: written by `python -m autark.server.opdoc` from the operator schemas; do not edit -->"
END = "<!-- end of operators -->"
# what the studio fills in of an add_object's object (see operators.complete), said where SceneObject is listed
_FILLED_NOTE = ("In an `add_object`, `id` and `name` may be left out, and so may everything else but `type`: "
                "the studio fills them as the sentence \"add a TYPE\" would (a free id, the asset's name, size "
                "(`bounds_min`/`bounds_max`), material and placement); `transform` and `material` may give some "
                "of their fields only.")


def _number(s: dict[str, Any]) -> str:
    lo = s.get("minimum", s.get("exclusiveMinimum"))
    hi = s.get("maximum", s.get("exclusiveMaximum"))
    name = "integer" if s.get("type") == "integer" else "number"
    low = "" if lo is None else f"{lo:g}" + (" <" if "exclusiveMinimum" in s else " ≤")
    high = "" if hi is None else ("< " if "exclusiveMaximum" in s else "≤ ") + f"{hi:g}"
    return " ".join(p for p in (low, name, high) if p)


def _type(s: dict[str, Any]) -> str:
    """A JSON schema as a short type: '0 ≤ number ≤ 1', '[number ×3]', 'Light', 'string or null' (no '|':
    the types go in a markdown table)."""
    if "$ref" in s:
        return s["$ref"].rsplit("/", 1)[-1]
    if "anyOf" in s:
        return " or ".join(dict.fromkeys(_type(m) for m in s["anyOf"]))
    if "const" in s:
        return f'"{s["const"]}"'
    if "enum" in s:
        return "/".join(f'"{v}"' for v in s["enum"])
    kind = s.get("type")
    if kind in ("number", "integer"):
        return _number(s)
    if kind == "string":
        lo, hi = s.get("minLength"), s.get("maxLength")
        return "string" + (f" ({lo or 0}..{hi} characters)" if hi is not None else
                           f" (at least {lo} character{'s' if lo != 1 else ''})" if lo else "")
    if kind == "boolean":
        return "bool"
    if kind == "null":
        return "null"
    if kind == "array":
        if "prefixItems" in s:
            parts = [_type(p) for p in s["prefixItems"]]
            return f"[{parts[0]} ×{len(parts)}]" if len(set(parts)) == 1 else "[" + ", ".join(parts) + "]"
        return f"[{_type(s.get('items', {}))}, ...]"
    if kind == "object":
        extra = s.get("additionalProperties")
        return f"{{string: {_type(extra)}}}" if isinstance(extra, dict) else "object"
    return "any"


def _field(name: str, s: dict[str, Any], required: bool, shown: str | None = None) -> str:
    text = f"`{name}`" + ("" if required else "?") + f": {shown or _type(s)}"
    if not required and s.get("default") is not None:
        default = s["default"]
        text += f" = `{default!r}`".replace("'", '"').replace("True", "true").replace("False", "false")
    return text


def _scene_field(op: str, name: str, defs: dict[str, Any]) -> str | None:
    """How the protocol checks an operator's field: the scene model's type where it is checked against one."""
    for key, model in _SCENE_FIELDS.get(op, ()):
        if key == name:
            return f"{{field of {model.__name__}: its value}} (checked as {model.__name__}'s fields)"
        if key is None and name in model.model_fields:
            return _type(defs[model.__name__]["properties"][name]) if model.__name__ in defs else None
    return None


def _line(text: str | None) -> str:
    return " ".join((text or "").split()).replace("``", "`")


def operator_section() -> str:
    """The markdown between ``BEGIN`` and ``END``."""
    from autark.scene.model import Material, Settings, Transform
    from autark.scene.timeline import Timeline

    defs: dict[str, Any] = dict(operator_adapter.json_schema()["$defs"])
    for model in (Material, Settings, Transform, Timeline):
        schema = model.model_json_schema()
        defs.update(schema.pop("$defs", {}))
        defs.setdefault(model.__name__, schema)
    out = [BEGIN, "", "| `op` | fields (`?`: may be left out; `= default`) | what it does |", "|---|---|---|"]
    for op, model in OPERATORS.items():
        s = defs[model.__name__]
        required = set(s.get("required", ()))
        fields = [_field(n, f, n in required, _scene_field(op, n, defs))
                  for n, f in s["properties"].items() if n != "op"]
        out.append(f"| `{op}` | {'; '.join(fields) or '(none)'} | {_line(model.__doc__)} |")
    held = sorted({name for name in defs if name not in {m.__name__ for m in OPERATORS.values()}}
                  - {"Timeline", "Track"})
    out += ["", "The models the operators hold (and the fields `changes` may name):", ""]
    for name in held:
        s = defs[name]
        required = set(s.get("required", ()))
        fields = "; ".join(_field(n, f, n in required) for n, f in s["properties"].items())
        note = f" {_FILLED_NOTE}" if name == "SceneObject" else ""
        out.append(f"- **{name}**: {fields}.{note}")
    out += ["", END]
    return "\n".join(out)


def rewrite(text: str) -> str:
    """``text`` (PROTOCOL.md) with its operator section replaced by the current one."""
    start, end = text.index(BEGIN), text.index(END) + len(END)
    return text[:start] + operator_section() + text[end:]


def main(argv: list[str]) -> int:
    text = PROTOCOL_MD.read_text(encoding="utf-8")
    new = rewrite(text)
    if "--check" in argv:
        if new != text:
            print("PROTOCOL.md's operator section is out of date: run python -m autark.server.opdoc")
            return 1
        return 0
    PROTOCOL_MD.write_text(new, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
