"""The studio protocol's messages: parsing and validating what clients send, building what the studio sends.

Every message is ``{"type": str, "id": str | int | null, "data": object}`` (see PROTOCOL.md). Parsing never
raises anything but ``autark.errors.ProtocolError`` (a ``UserInputError`` with a protocol ``code``), so a
transport can answer any bad input with an ``error`` message and keep the connection open. A command's typed
form is a list of ``autark.ops`` operators (``autark.server.operators`` checks them). No FastAPI here: the TCP
server and the tests use this module without the web stack.
"""

from __future__ import annotations

import json
import math
import re
from itertools import accumulate
from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field, Strict, StringConstraints, ValidationError

from autark import limits
from autark.errors import AutarkError, ProtocolError
from autark.server.operators import OPERATORS, check_ops

__all__ = [
    "MAX_DEPTH",
    "MAX_INT",
    "MAX_MESSAGE_BYTES",
    "CommandData",
    "Envelope",
    "ProtocolError",
    "RequestId",
    "dump",
    "error_data",
    "loads",
    "message",
    "parse_command",
    "parse_envelope",
    "parse_hello",
    "parse_preferences",
]

MAX_MESSAGE_BYTES = limits.MAX_MESSAGE_BYTES
MAX_ID_CHARS = limits.MAX_ID_CHARS
MAX_PREFERENCES = limits.MAX_PREFERENCES
MAX_DEPTH = limits.MAX_MESSAGE_DEPTH
MAX_INT = limits.MAX_MESSAGE_INT

Int = Annotated[int, Strict(), Field(ge=-MAX_INT, le=MAX_INT)]
Text = Annotated[str, Strict()]
RequestId = Int | Annotated[str, Strict(), StringConstraints(max_length=MAX_ID_CHARS)] | None
ClientType = Literal["command", "scene_state", "user_preference", "hello"]
CLIENT_TYPES: tuple[str, ...] = ClientType.__args__  # type: ignore[attr-defined]
HISTORY_STEPS = ("undo", "redo")  # a command's "action": a step through the history, not an operator


class _Strict(BaseModel):
    # scalars are checked strictly by their annotations (Int, Text, Strict()): "1" is not a number and 1 is
    # not true; NaN and infinities never pass a float field
    model_config = ConfigDict(extra="forbid", allow_inf_nan=False)


class Envelope(_Strict):
    type: Text
    id: RequestId = None
    data: dict[str, Any] = Field(default_factory=dict)


class CommandData(_Strict):
    """Exactly one of: a sentence (``text``); operator dicts (``ops``, carried out as one undoable command
    named ``label`` in the history, by default a summary of the operators); a step through the history
    (``action``: ``undo`` or ``redo``)."""

    text: Annotated[str, Strict(), StringConstraints(max_length=10_000)] | None = None
    ops: Annotated[list[dict[str, Any]], Field(min_length=1)] | None = None
    label: Annotated[str, Strict(), StringConstraints(min_length=1, max_length=300)] | None = None
    action: Text | None = None


class HelloData(_Strict):
    token: Annotated[str, Strict(), StringConstraints(max_length=1000)] | None = None


class PreferenceData(_Strict):
    model_config = ConfigDict(extra="allow", allow_inf_nan=False)
    language: Literal["en", "de"] | None = None


_UNION_TAGS = {"str", "int", "float", "bool", "tuple", "list", "dict", "none"}


def _where(exc: ValidationError, prefix: str) -> tuple[str, str | None]:
    """The first validation problem as 'data.parameters.position: Input should be ...' and a hint."""
    first = exc.errors()[0]
    # union members appear in the location as tags ('constrained-str', 'tuple[float, float, float]'): not fields
    loc = [p for p in first.get("loc", ()) if isinstance(p, int) or (p.isidentifier() and p not in _UNION_TAGS)]
    where = ".".join(str(p) for p in (prefix, *loc) if p != "")
    msg = first.get("msg", "is not valid")
    hint = None
    if first.get("type") == "extra_forbidden":
        msg = "is not a known field"
    elif first.get("type") == "missing":
        msg = "is required"
    return f"{where}: {msg}", hint


_JSON_HINT = 'send one JSON object such as {"type": "command", "id": 1, "data": {"text": "add a chair"}}'
_STRING = re.compile(r'"[^"\\]*(?:\\.[^"\\]*)*"', re.S)
_NOT_BRACKET = re.compile(r"[^\[\]{}]+")
_BRACKET_STEP = {"[": 1, "{": 1, "]": -1, "}": -1}
_SURROGATE_ESCAPE = re.compile(r"\\u[dD][89a-fA-F][0-9a-fA-F]{2}")
_SURROGATE = re.compile("[\ud800-\udfff]")


class _BadNumber(ValueError):
    """A number (or a key) that parses but is not strict JSON."""


def _constant(name: str) -> Any:
    raise _BadNumber(f"{name} is not a JSON number")


def _float(text: str) -> float:
    value = float(text)
    if not math.isfinite(value):
        raise _BadNumber(f"the number {text[:40]} is too large")
    return value


def _object(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    value = dict(pairs)
    if len(value) != len(pairs):  # a key came twice: name it
        seen: set[str] = set()
        for key, _ in pairs:
            if key in seen:
                raise _BadNumber(f"the key {key[:40]!r} appears twice in one object")
            seen.add(key)
    return value


def _int(text: str) -> int:
    if len(text) > 17 or abs(value := int(text)) > MAX_INT:
        raise _BadNumber(f"the integer {text[:40]}{'...' if len(text) > 40 else ''} is beyond ±{MAX_INT}")
    return value


def _depth(text: str) -> int:
    """How deeply arrays and objects nest in JSON ``text``, found without parsing it (so without recursion):
    with the strings taken out, the highest point of the running count of brackets. Unclosed ones count."""
    if text.count("[") + text.count("{") <= MAX_DEPTH:
        return 0  # cannot be deeper than the limit: no need to look
    brackets = _NOT_BRACKET.sub("", _STRING.sub("", text))
    return max(accumulate(map(_BRACKET_STEP.__getitem__, brackets)), default=0)


def _has_surrogate(value: Any) -> bool:
    """Whether a parsed value holds a lone surrogate (from a JSON escape like \\ud800) in a key or string."""
    if isinstance(value, str):
        return _SURROGATE.search(value) is not None
    if isinstance(value, dict):
        return any(_has_surrogate(k) or _has_surrogate(v) for k, v in value.items())
    if isinstance(value, list):
        return any(_has_surrogate(v) for v in value)
    return False


def _request_id(value: Any) -> Any:
    """The id of a message where it is a valid one (an error about the rest of the message still carries it)."""
    raw_id = value.get("id") if isinstance(value, dict) else None
    if isinstance(raw_id, int) and not isinstance(raw_id, bool) and abs(raw_id) <= MAX_INT:
        return raw_id
    if isinstance(raw_id, str) and len(raw_id) <= MAX_ID_CHARS and _SURROGATE.search(raw_id) is None:
        return raw_id
    return None


def loads(raw: str | bytes) -> Any:
    """Strict JSON: UTF-8 text of at most ``MAX_MESSAGE_BYTES``, nested at most ``MAX_DEPTH`` deep, numbers
    that are finite doubles (no NaN, Infinity or 1e999) and integers within ±``MAX_INT``, strings without lone
    surrogates, no key twice in one object (which of the two counts is up to each parser). Raises ProtocolError too_large or bad_json (with the request id where the message has a valid
    one), never RecursionError or anything else."""
    text: str | None = None
    if isinstance(raw, str):
        try:
            size = len(raw.encode("utf-8"))
            text = raw
        except UnicodeEncodeError as exc:
            size = len(raw.encode("utf-8", "surrogatepass"))
            problem = f"a lone surrogate at character {exc.start}"
    else:
        size = len(raw)
        try:
            text = bytes(raw).decode("utf-8")
        except UnicodeDecodeError as exc:
            problem = f"byte {exc.start}"
    if size > MAX_MESSAGE_BYTES:
        raise ProtocolError("too_large", f"the message is {size} bytes; the limit is {MAX_MESSAGE_BYTES}",
                            hint="send smaller messages (split long command lists)")
    if text is None:
        raise ProtocolError("bad_json", f"the message is not valid UTF-8 ({problem})", hint=_JSON_HINT)
    if (depth := _depth(text)) > MAX_DEPTH:
        raise ProtocolError("bad_json", f"the message nests {depth} levels deep; the limit is {MAX_DEPTH}",
                            hint=f"arrays and objects may nest at most {MAX_DEPTH} levels deep")
    try:
        value = json.loads(text, parse_constant=_constant, parse_float=_float, parse_int=_int,
                           object_pairs_hook=_object)
    except _BadNumber as exc:
        raise ProtocolError("bad_json", f"the message is not valid JSON ({exc})",
                            hint="numbers must be finite (NaN and Infinity are not JSON) and keys unique") from None
    except (ValueError, RecursionError) as exc:
        raise ProtocolError("bad_json", f"the message is not valid JSON ({exc})", hint=_JSON_HINT) from None
    if _SURROGATE_ESCAPE.search(text) is not None and _has_surrogate(value):
        raise ProtocolError("bad_json", "a string in the message has a lone surrogate (an unpaired \\ud800-"
                            "\\udfff escape), which is not Unicode text", hint="escape whole characters only",
                            request_id=_request_id(value))
    return value


def parse_envelope(raw: str | bytes) -> Envelope:
    """Parse one message. Raises ProtocolError: too_large, bad_json, bad_message, unknown_type."""
    value = loads(raw)
    if not isinstance(value, dict):
        raise ProtocolError("bad_message", f"a message must be a JSON object, not {type(value).__name__}",
                            hint='{"type": ..., "id": ..., "data": {...}}')
    # answer with the request's id wherever it is one, even when the rest of the message is wrong
    rid = _request_id(value)
    try:
        env = Envelope.model_validate(value)
    except ValidationError as exc:
        msg, hint = _where(exc, "")
        raise ProtocolError("bad_message", msg, hint=hint or 'every message is {"type", "id", "data"}',
                            request_id=rid) from None
    if env.type not in CLIENT_TYPES:
        raise ProtocolError("unknown_type", f"unknown message type {env.type[:64]!r}",
                            hint="client messages: " + ", ".join(CLIENT_TYPES), request_id=rid)
    return env


def parse_hello(data: dict[str, Any]) -> str | None:
    """The token a ``hello`` carries (None: none given)."""
    try:
        return HelloData.model_validate(data).token
    except ValidationError as exc:
        msg, _ = _where(exc, "data")
        raise ProtocolError("bad_message", msg, hint='{"type": "hello", "data": {"token": "..."}}') from None


_COMMAND_HINT = ('{"text": "add a chair"}, {"ops": [{"op": "set_name", "id": "obj1", "name": "Rex"}]} or '
                 '{"action": "undo"}')


def parse_command(data: dict[str, Any]) -> CommandData:
    """A command's data, its operators checked (``autark.server.operators.check_ops``). Raises ProtocolError:
    bad_message, unknown_action (with the operator form where the old typed action is an operator now)."""
    action = data.get("action")
    if isinstance(action, str) and action not in HISTORY_STEPS:
        if action in OPERATORS:  # a typed action of the first protocol: the operator of that name replaced it
            raise ProtocolError("unknown_action", f"{action!r} is an operator: send it in \"ops\"",
                                hint=f'{{"ops": [{{"op": "{action}", ...}}]}} (PROTOCOL.md lists the fields)')
        raise ProtocolError("unknown_action", f"unknown action {action[:64]!r}",
                            hint="the actions are undo and redo; changes are operators in \"ops\"")
    try:
        cmd = CommandData.model_validate(data)
    except ValidationError as exc:
        msg, hint = _where(exc, "data")
        raise ProtocolError("bad_message", msg, hint=hint) from None
    if sum(v is not None for v in (cmd.text, cmd.ops, cmd.action)) != 1:
        raise ProtocolError("bad_message", "a command has exactly one of 'text', 'ops' or 'action'",
                            hint=_COMMAND_HINT)
    if cmd.label is not None and cmd.ops is None:
        raise ProtocolError("bad_message", "data.label: names operators in the history; give it with 'ops'")
    if cmd.ops is not None:
        check_ops(cmd.ops)
    return cmd


def parse_preferences(data: dict[str, Any]) -> dict[str, Any]:
    try:
        prefs = PreferenceData.model_validate(data).model_dump(exclude_none=True)
    except ValidationError as exc:
        msg, _ = _where(exc, "data")
        raise ProtocolError("bad_message", msg, hint="language is 'en' or 'de'") from None
    if len(prefs) > MAX_PREFERENCES:
        raise ProtocolError("too_large", f"at most {MAX_PREFERENCES} preferences")
    for key, value in prefs.items():
        if (not isinstance(value, str | int | float | bool) or len(key) > 64 or len(str(value)) > 1000
                or (isinstance(value, float) and not math.isfinite(value))):
            raise ProtocolError("bad_message", f"preference {key[:64]!r} must be a short string, number or bool")
    return prefs


def error_data(exc: BaseException) -> dict[str, Any]:
    """``{"code", "message", "hint"}`` for an error (an AutarkError's ``code``); anything that is not an
    AutarkError is a bug and says only that (the details stay in the server log)."""
    if isinstance(exc, AutarkError):
        return {"code": exc.code, "message": exc.message, "hint": exc.hint}
    return {"code": "internal", "message": f"the studio failed on this request ({type(exc).__name__})",
            "hint": "this is a bug; the server log has the details"}


def message(type_: str, data: dict[str, Any], id_: Any = None) -> dict[str, Any]:
    return {"type": type_, "id": id_, "data": data}


def dump(msg: dict[str, Any]) -> str:
    """One message as compact, strict JSON text (no newline: the TCP transport adds it). ASCII only (other
    characters as \\u escapes), so it always encodes; NaN or an infinity raises ValueError instead of being
    written as an Infinity that no browser parses."""
    return json.dumps(msg, separators=(",", ":"), allow_nan=False)
