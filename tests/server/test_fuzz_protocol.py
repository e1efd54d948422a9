"""Fuzzing the studio protocol over real WebSocket and TCP connections: every message, however malformed, gets
one ``response`` or ``error`` (never ``internal``), the connection answers the next message, everything the
studio sends is strict JSON, and the project reopens afterwards with a valid scene equal to the one served.

Messages are envelopes with plausible and implausible types, ids and data (commands, typed actions with any
numbers, preferences, hellos), arbitrary JSON (NaN, infinities, huge integers, lone surrogates, deep nesting)
and raw bytes. Seeded (derandomize) and bounded, so it runs in CI in a few seconds.
"""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path
from typing import Any

import httpx
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from studio_client import TcpClient, new_project, start_studio
from websockets.sync.client import connect

from autark.scene.export import scene_to_json
from autark.scene.model import Scene
from autark.studio import Studio

_FUZZ = settings(derandomize=True, max_examples=400, deadline=None, database=None,
                 suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])

_NUMBER = st.one_of(st.floats(), st.integers(),
                    st.sampled_from([1e308, -1.7e308, 1e-320, 2**53, 2**64, 10_000.0, 10_000.5, 36_000.0, 0.0]))
_ORDINARY = st.one_of(st.integers(-20, 20), st.floats(-20, 20))
_SOME_NUMBER = st.one_of(*[_ORDINARY] * 6, _NUMBER)  # mostly ordinary, sometimes anything
_TEXT = st.one_of(st.text(max_size=12), st.sampled_from(["", "obj1", "obj2", "obj999", "\ud800", "a\x00b"]))
_JSON = st.recursive(st.none() | st.booleans() | _NUMBER | _TEXT,
                     lambda inner: st.lists(inner, max_size=4) | st.dictionaries(_TEXT, inner, max_size=4),
                     max_leaves=10)
_VEC = st.one_of(*[st.lists(_SOME_NUMBER, min_size=3, max_size=3)] * 4, st.lists(_NUMBER, max_size=4), _JSON)
_SCALE = st.one_of(st.lists(st.floats(0.2, 3), min_size=3, max_size=3), _VEC)
_UNIT = st.one_of(st.floats(0, 1), _NUMBER)
_COLOR = st.one_of(st.lists(st.floats(0, 1), min_size=3, max_size=3), _VEC,
                   st.sampled_from(["#ff0000", "#ff00", "red", "blau", "#GG0000"]))
_ID = st.one_of(*[st.sampled_from([f"obj{k}" for k in range(1, 13)])] * 4, _JSON)
_NAME = st.one_of(st.sampled_from(["Glow", "Stühle", "a b"]), _TEXT)
_TYPE = st.one_of(st.sampled_from(["cube", "chair", "lamp", "ball", "tabel", "", "robot"]), _TEXT)
# per action: its own fields, mostly well typed, with any numbers; sometimes fields of the wrong kind
_PARAMS: dict[str, Any] = {
    "add_object": st.fixed_dictionaries({"type": _TYPE},
                                        optional={"position": _VEC, "color": _COLOR, "name": _NAME}),
    "set_transform": st.fixed_dictionaries({"id": _ID}, optional={"position": _VEC, "rotation": _VEC,
                                                                  "scale": _SCALE}),
    "set_material": st.fixed_dictionaries({"id": _ID}, optional={"color": _COLOR, "roughness": _UNIT,
                                                                 "metalness": _UNIT}),
    "set_name": st.fixed_dictionaries({"id": _ID, "name": _NAME}),
    "set_visible": st.fixed_dictionaries({"id": _ID, "visible": st.one_of(st.booleans(), _JSON)}),
    "remove_objects": st.fixed_dictionaries({"ids": st.one_of(st.lists(_ID, min_size=1, max_size=3), _JSON)}),
    "undo": st.just({}), "redo": st.just({}),
    "explode": st.dictionaries(_TEXT, _JSON, max_size=2),
}
_ACTION = st.sampled_from(sorted(_PARAMS)).flatmap(
    lambda a: st.one_of(*[_PARAMS[a]] * 4, st.dictionaries(_TEXT, _JSON, max_size=3))
    .map(lambda p: {"action": a, "parameters": p}))
_SENTENCES = st.one_of(st.sampled_from([
    "add a red chair", "add a lamp", "move it left", "make it blue", "undo", "remove the lamp",
    "add 3 cubes", "the camera orbits the chair for 5 seconds", "add a chiar", "make it 1e308 times bigger",
    "move the chair 999999999 meters up", "stell einen Stuhl hin"]), _TEXT)
_COMMAND = st.one_of(
    st.fixed_dictionaries({"text": _SENTENCES}), _ACTION, _ACTION,
    st.dictionaries(st.sampled_from(["text", "action", "parameters", "other"]), _JSON, max_size=3),
)
_DATA = st.one_of(st.dictionaries(_TEXT, _NUMBER | _TEXT | st.booleans(), max_size=3),
                  st.fixed_dictionaries({"language": st.sampled_from(["en", "de", "fr"])}),
                  st.fixed_dictionaries({}, optional={"token": _JSON}), _JSON)
_REQUEST_ID = st.one_of(st.integers(-5, 5), st.integers(-5, 5), st.text(max_size=8), _TEXT, _JSON)
_OBJ = st.sampled_from([f"obj{k}" for k in range(1, 13)])
_POINT = st.lists(_ORDINARY, min_size=3, max_size=3)
_GOOD = st.one_of(  # commands that mostly change the scene
    st.fixed_dictionaries({"text": st.sampled_from(["add a red chair", "add a lamp", "move it left",
                                                    "make it blue", "add 3 cubes", "remove the lamp"])}),
    st.fixed_dictionaries({"action": st.just("add_object"), "parameters": st.fixed_dictionaries(
        {"type": st.sampled_from(["cube", "chair", "ball"])}, optional={"position": _POINT, "name": _NAME})}),
    st.fixed_dictionaries({"action": st.just("set_transform"), "parameters": st.fixed_dictionaries(
        {"id": _OBJ}, optional={"position": _POINT, "rotation": _POINT, "scale": _SCALE})}),
    st.fixed_dictionaries({"action": st.sampled_from(["undo", "redo"]), "parameters": st.just({})}),
    st.fixed_dictionaries({"action": st.just("remove_objects"),
                           "parameters": st.fixed_dictionaries({"ids": st.lists(_OBJ, min_size=1, max_size=2)})}),
).map(lambda data: {"type": "command", "id": 7, "data": data})
_WELL_FORMED = st.one_of(
    st.fixed_dictionaries({"type": st.just("command"), "id": _REQUEST_ID, "data": _COMMAND}),
    st.fixed_dictionaries({"type": st.sampled_from(["scene_state", "user_preference", "hello"]),
                           "id": _REQUEST_ID, "data": _DATA}))
_ANY_ENVELOPE = st.fixed_dictionaries(
    {}, optional={"type": st.sampled_from(["command", "scene_state", "user_preference", "hello"]) | _TEXT,
                  "id": _REQUEST_ID, "data": st.one_of(_COMMAND, _DATA), "extra": _JSON})


def _text(value: Any) -> str:
    """JSON text as a sloppy client writes it: NaN and Infinity as such, lone surrogates as \\u escapes."""
    return json.dumps(value, allow_nan=True)


_MESSAGE = st.one_of(
    _GOOD.map(_text), _GOOD.map(_text), _GOOD.map(_text), _WELL_FORMED.map(_text), _WELL_FORMED.map(_text),
    _ANY_ENVELOPE.map(_text),
    _WELL_FORMED.map(_text).flatmap(lambda t: st.integers(0, len(t)).map(lambda n: t[:n])),  # cut short
    st.integers(25, 200).map(lambda n: '{"type": "user_preference", "id": 1, "data": {"a": '
                             + "[" * n + "]" * n + "}}"),
    _JSON.map(_text),
    st.binary(max_size=80),
)


def _frame(raw: str | bytes) -> str | bytes:
    """A text frame must be UTF-8: text that is not (it holds lone surrogates) goes as a binary frame."""
    if isinstance(raw, str):
        try:
            raw.encode("utf-8")
        except UnicodeEncodeError:
            return raw.encode("utf-8", "surrogatepass")
    return raw


def _strict(raw: str | bytes) -> dict[str, Any]:
    def refuse(name: str) -> Any:
        raise AssertionError(f"the studio sent {name}")

    msg = json.loads(raw, parse_constant=refuse)
    assert isinstance(msg, dict) and set(msg) == {"type", "id", "data"}, msg
    return msg


def _replies(receive: Any, probe: str) -> list[dict[str, Any]]:
    """Responses and errors up to the probe's response (its connection still answers)."""
    replies = []
    while True:
        msg = _strict(receive())
        if msg["type"] in ("response", "error"):
            if msg["id"] == probe and msg["type"] == "response":
                return replies
            replies.append(msg)


def _check(replies: list[dict[str, Any]], raw: str | bytes, seen: Counter[str]) -> None:
    """One reply, never ``internal``; counted in ``seen`` by its kind (a response or the error's code)."""
    assert len(replies) == 1, (raw[:200], replies)
    reply = replies[0]
    if reply["type"] == "error":
        assert reply["data"]["code"] != "internal", (raw[:200], reply)
        assert isinstance(reply["data"]["message"], str) and reply["data"]["message"]
    seen[reply["data"]["code"] if reply["type"] == "error" else "response"] += 1


def test_fuzzed_messages_never_break_a_connection_or_the_project(tmp_path: Path) -> None:
    project = new_project(tmp_path, ["add a table", "add a red chair", "add a robot named Robo"])
    studio = start_studio(project)
    seen: Counter[str] = Counter()
    try:
        with connect(studio.ws, max_size=None) as ws:
            tcp = TcpClient(studio.address.tcp_port or 0)
            try:
                tcp.hello()
                sent = [0]

                @_FUZZ
                @given(_MESSAGE)
                def one(raw: str | bytes) -> None:
                    sent[0] += 1
                    probe = f"probe-{sent[0]}"
                    probe_msg = json.dumps({"type": "scene_state", "id": probe, "data": {}})
                    ws.send(_frame(raw))
                    ws.send(probe_msg)
                    _check(_replies(lambda: ws.recv(timeout=20), probe), raw, seen)
                    line = raw if isinstance(raw, bytes) else raw.encode("utf-8", "surrogatepass")
                    line = line.replace(b"\n", b" ")
                    if line.strip():  # TCP skips blank lines: no reply to wait for
                        tcp.send_raw(line + b"\n" + probe_msg.encode() + b"\n")
                        _check(_replies(tcp.file.readline, probe), raw, seen)

                one()
            finally:
                tcp.close()
            served = httpx.get(f"{studio.http}/api/scene", timeout=30).json()
    finally:
        studio.stop()
    # the fuzzing reached the studio: many messages were carried out, and every kind of refusal happened
    assert seen["response"] >= 100 and {"bad_json", "bad_message", "not_found"} <= set(seen), seen
    with Studio.open(project) as reopened:
        scene = reopened.scene
        Scene.model_validate(scene.model_dump())
        on_disk = scene_to_json(scene)
        json.dumps(on_disk, allow_nan=False)
    assert served["scene"] == on_disk, "what the studio served is what it stored"
