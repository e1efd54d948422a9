"""The studio protocol's messages: parsing and validating what clients send, building what the studio sends.

Every message is ``{"type": str, "id": str | int | null, "data": object}`` (see PROTOCOL.md). Parsing never
raises anything but ``ProtocolError`` (an ``autark.errors.UserInputError`` with a protocol ``code``), so a
transport can answer any bad input with an ``error`` message and keep the connection open. No FastAPI here:
the TCP server and the tests use this module without the web stack.
"""

from __future__ import annotations

import json
import math
from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field, StringConstraints, ValidationError, field_validator

from autark.errors import (
    Ambiguous,
    AutarkError,
    LimitExceeded,
    NotFound,
    NotUnderstood,
    ProjectError,
    RenderError,
    UserInputError,
)

__all__ = [
    "MAX_MESSAGE_BYTES",
    "ActionName",
    "CommandData",
    "Envelope",
    "ProtocolError",
    "RequestId",
    "dump",
    "error_data",
    "message",
    "parse_action",
    "parse_envelope",
    "parse_preferences",
]

MAX_MESSAGE_BYTES = 64 * 1024
MAX_ID_CHARS = 128
MAX_PREFERENCES = 32

RequestId = int | Annotated[str, StringConstraints(max_length=MAX_ID_CHARS)] | None
ClientType = Literal["command", "scene_state", "user_preference", "hello"]
ActionName = Literal["add_object", "set_transform", "set_material", "set_name", "set_visible", "remove_objects",
                     "undo", "redo"]
CLIENT_TYPES: tuple[str, ...] = ClientType.__args__  # type: ignore[attr-defined]
ACTIONS: tuple[str, ...] = ActionName.__args__  # type: ignore[attr-defined]


class ProtocolError(UserInputError):
    """A message the studio cannot take: ``code`` is the protocol's error code (bad_json, too_large, ...)."""

    def __init__(self, code: str, message: str, *, hint: str | None = None, request_id: Any = None) -> None:
        super().__init__(message, hint=hint)
        self.code = code
        self.request_id = request_id  # the id of a message whose envelope was readable enough to have one


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", strict=False)


class Envelope(_Strict):
    type: str
    id: RequestId = None
    data: dict[str, Any] = Field(default_factory=dict)


def _finite3(v: tuple[float, float, float] | None) -> tuple[float, float, float] | None:
    if v is not None and not all(math.isfinite(x) for x in v):
        raise ValueError("values must be finite numbers")
    return v


Vec3 = tuple[float, float, float]
ObjectId = Annotated[str, StringConstraints(min_length=1, max_length=64)]


class CommandData(_Strict):
    """A sentence (``text``) or a typed ``action`` with its ``parameters``; exactly one of the two."""

    text: Annotated[str, StringConstraints(max_length=10_000)] | None = None
    action: str | None = None
    parameters: dict[str, Any] = Field(default_factory=dict)


class AddObjectParams(_Strict):
    type: Annotated[str, StringConstraints(min_length=1, max_length=64)]
    position: Vec3 | None = None
    color: Vec3 | Annotated[str, StringConstraints(max_length=32)] | None = None
    name: Annotated[str, StringConstraints(min_length=1, max_length=200)] | None = None

    _finite = field_validator("position")(_finite3)


class SetTransformParams(_Strict):
    id: ObjectId
    position: Vec3 | None = None
    rotation: Vec3 | None = None
    scale: Vec3 | None = None

    _finite = field_validator("position", "rotation", "scale")(_finite3)


class SetMaterialParams(_Strict):
    id: ObjectId
    color: Vec3 | Annotated[str, StringConstraints(max_length=32)] | None = None
    roughness: float | None = Field(None, ge=0.0, le=1.0)
    metalness: float | None = Field(None, ge=0.0, le=1.0)


class SetNameParams(_Strict):
    id: ObjectId
    name: Annotated[str, StringConstraints(min_length=1, max_length=200)]


class SetVisibleParams(_Strict):
    id: ObjectId
    visible: bool


class RemoveObjectsParams(_Strict):
    ids: Annotated[list[ObjectId], Field(min_length=1, max_length=1000)]


class NoParams(_Strict):
    pass


ACTION_PARAMS: dict[str, type[_Strict]] = {
    "add_object": AddObjectParams, "set_transform": SetTransformParams, "set_material": SetMaterialParams,
    "set_name": SetNameParams, "set_visible": SetVisibleParams, "remove_objects": RemoveObjectsParams,
    "undo": NoParams, "redo": NoParams,
}


class PreferenceData(_Strict):
    model_config = ConfigDict(extra="allow")
    language: Literal["en", "de"] | None = None


def _where(exc: ValidationError, prefix: str) -> tuple[str, str | None]:
    """The first validation problem as 'data.parameters.position: Input should be ...' and a hint."""
    first = exc.errors()[0]
    loc = ".".join(str(p) for p in (prefix, *first.get("loc", ())) if p != "")
    msg = first.get("msg", "is not valid")
    hint = None
    if first.get("type") == "extra_forbidden":
        msg = "is not a known field"
    elif first.get("type") == "missing":
        msg = "is required"
    return f"{loc}: {msg}", hint


def parse_envelope(raw: str | bytes) -> Envelope:
    """Parse one message. Raises ProtocolError: too_large, bad_json, bad_message, unknown_type."""
    size = len(raw.encode("utf-8", "surrogatepass")) if isinstance(raw, str) else len(raw)
    if size > MAX_MESSAGE_BYTES:
        raise ProtocolError("too_large", f"the message is {size} bytes; the limit is {MAX_MESSAGE_BYTES}",
                            hint="send smaller messages (split long command lists)")
    try:
        value = json.loads(raw)
    except (ValueError, UnicodeDecodeError) as exc:
        raise ProtocolError("bad_json", f"the message is not valid JSON ({exc})",
                            hint='send one JSON object such as {"type": "command", "id": 1, '
                                 '"data": {"text": "add a chair"}}') from None
    if not isinstance(value, dict):
        raise ProtocolError("bad_message", f"a message must be a JSON object, not {type(value).__name__}",
                            hint='{"type": ..., "id": ..., "data": {...}}')
    raw_id = value.get("id")
    # answer with the request's id wherever it is one, even when the rest of the message is wrong
    rid = raw_id if (isinstance(raw_id, int) and not isinstance(raw_id, bool)) or (
        isinstance(raw_id, str) and len(raw_id) <= MAX_ID_CHARS) else None
    try:
        env = Envelope.model_validate(value)
    except ValidationError as exc:
        msg, hint = _where(exc, "")
        raise ProtocolError("bad_message", msg, hint=hint or 'every message is {"type", "id", "data"}',
                            request_id=rid) from None
    if env.type not in CLIENT_TYPES:
        raise ProtocolError("unknown_type", f"unknown message type {env.type!r}",
                            hint="client messages: " + ", ".join(CLIENT_TYPES), request_id=rid)
    return env


def parse_command(data: dict[str, Any]) -> CommandData:
    try:
        cmd = CommandData.model_validate(data)
    except ValidationError as exc:
        msg, hint = _where(exc, "data")
        raise ProtocolError("bad_message", msg, hint=hint) from None
    if (cmd.text is None) == (cmd.action is None):
        raise ProtocolError("bad_message", "a command has either 'text' or 'action'",
                            hint='{"text": "add a chair"} or {"action": "add_object", "parameters": {...}}')
    if cmd.action is not None and cmd.action not in ACTIONS:
        raise ProtocolError("unknown_action", f"unknown action {cmd.action!r}", hint="actions: " + ", ".join(ACTIONS))
    return cmd


def parse_action(action: str, parameters: dict[str, Any]) -> _Strict:
    """The typed parameters of ``action``; ProtocolError bad_message when they are wrong."""
    try:
        return ACTION_PARAMS[action].model_validate(parameters)
    except ValidationError as exc:
        msg, hint = _where(exc, "data.parameters")
        raise ProtocolError("bad_message", msg, hint=hint) from None


def parse_preferences(data: dict[str, Any]) -> dict[str, Any]:
    try:
        prefs = PreferenceData.model_validate(data).model_dump(exclude_none=True)
    except ValidationError as exc:
        msg, _ = _where(exc, "data")
        raise ProtocolError("bad_message", msg, hint="language is 'en' or 'de'") from None
    if len(prefs) > MAX_PREFERENCES:
        raise ProtocolError("too_large", f"at most {MAX_PREFERENCES} preferences")
    for key, value in prefs.items():
        if not isinstance(value, str | int | float | bool) or len(key) > 64 or len(str(value)) > 1000:
            raise ProtocolError("bad_message", f"preference {key[:64]!r} must be a short string, number or bool")
    return prefs


def parse_color(value: tuple[float, float, float] | str) -> tuple[float, float, float] | str:
    """[r, g, b] in 0..1 stays; '#rrggbb' becomes [r, g, b]; any other string is returned for the caller to
    look up as a colour word."""
    if isinstance(value, tuple):
        if not all(math.isfinite(c) and 0.0 <= c <= 1.0 for c in value):
            raise ProtocolError("bad_message", f"colour {list(value)} has channels outside 0..1",
                                hint="give [r, g, b] with each channel between 0 and 1, or '#rrggbb'")
        return value
    text = value.strip().lower()
    if text.startswith("#"):
        digits = text[1:]
        if len(digits) != 6 or any(c not in "0123456789abcdef" for c in digits):
            raise ProtocolError("bad_message", f"colour {value!r} is not '#rrggbb'", hint="for example '#ff0000'")
        return (int(digits[0:2], 16) / 255, int(digits[2:4], 16) / 255, int(digits[4:6], 16) / 255)
    return text


_CODES: list[tuple[type[AutarkError], str]] = [
    (NotUnderstood, "not_understood"), (Ambiguous, "ambiguous"), (NotFound, "not_found"),
    (LimitExceeded, "limit_exceeded"), (UserInputError, "user_input"), (ProjectError, "project"),
    (RenderError, "render"),
]


def error_data(exc: BaseException) -> dict[str, Any]:
    """``{"code", "message", "hint"}`` for an error; anything that is not an AutarkError is a bug and says
    only that (the details stay in the server log)."""
    if isinstance(exc, ProtocolError):
        return {"code": exc.code, "message": exc.message, "hint": exc.hint}
    if isinstance(exc, AutarkError):
        code = next((c for cls, c in _CODES if isinstance(exc, cls)), "error")
        return {"code": code, "message": exc.message, "hint": exc.hint}
    return {"code": "internal", "message": f"the studio failed on this request ({type(exc).__name__})",
            "hint": "this is a bug; the server log has the details"}


def message(type_: str, data: dict[str, Any], id_: Any = None) -> dict[str, Any]:
    return {"type": type_, "id": id_, "data": data}


def dump(msg: dict[str, Any]) -> str:
    """One message as compact JSON text (no newline: the TCP transport adds it)."""
    return json.dumps(msg, ensure_ascii=False, separators=(",", ":"), allow_nan=False)
