"""Fuzzing the studio protocol over real WebSocket and TCP connections: every message, however malformed, gets
one ``response`` or ``error`` (never ``internal``), the connection answers the next message, everything the
studio sends is strict JSON, and the project reopens afterwards with a valid scene equal to the one served.

Messages are envelopes with plausible and implausible types, ids and data (commands: sentences, lists of
operators of every kind with any numbers and fields, the old typed actions; preferences, hellos), arbitrary
JSON (NaN, infinities, huge integers, lone surrogates, deep nesting) and raw bytes. Nothing invalid is ever
committed: the project reopens with a scene that validates, evaluates at any time and has no loop of groups.
Seeded (derandomize) and bounded, so it runs in CI in a few seconds.
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
_IDS = st.one_of(*[st.lists(_ID, min_size=1, max_size=3)] * 4, _JSON)
_TIME = st.one_of(st.floats(0, 12), _SOME_NUMBER)
_VALUE = st.one_of(st.booleans(), _SOME_NUMBER, st.lists(_SOME_NUMBER, min_size=3, max_size=3))
_LIGHT = st.fixed_dictionaries({"name": st.sampled_from(["key", "sun"])}, optional={
    "type": st.sampled_from(["sun", "point", "spot", "laser"]), "intensity": _SOME_NUMBER, "position": _VEC,
    "color": _COLOR, "target": _ID})
_TRANSFORM = st.fixed_dictionaries({}, optional={"position": _VEC, "rotation": _VEC, "scale": _SCALE})
_MATERIAL = st.fixed_dictionaries({}, optional={"color": _COLOR, "roughness": _UNIT, "metallic": _UNIT,
                                                "metalness": _UNIT, "opacity": _UNIT})
# per operator: its own fields, mostly well typed, with any numbers; sometimes fields of the wrong kind or name
_OP_FIELDS: dict[str, Any] = {
    "add_object": st.fixed_dictionaries({"object": st.fixed_dictionaries({"type": _TYPE}, optional={
        "id": st.one_of(st.sampled_from(["new1", "obj1", "obj40", "obj" + "9" * 30, "a.b"]), _TEXT),
        "name": _NAME, "transform": _TRANSFORM, "material": _MATERIAL, "parent": _ID, "visible": _JSON})}),
    "remove_objects": st.fixed_dictionaries({"ids": _IDS}),
    "set_transform": st.fixed_dictionaries({"id": _ID}, optional={"position": _VEC, "rotation": _VEC,
                                                                  "scale": _SCALE}),
    "set_material": st.fixed_dictionaries({"id": _ID, "changes": _MATERIAL}),
    "set_name": st.fixed_dictionaries({"id": _ID, "name": _NAME}),
    "set_visible": st.fixed_dictionaries({"ids": _IDS, "visible": st.one_of(st.booleans(), _JSON)}),
    "set_parent": st.fixed_dictionaries({"ids": _IDS, "parent": st.one_of(_ID, st.none())}),
    "set_light": st.fixed_dictionaries({"light": _LIGHT}, optional={"remove": st.booleans()}),
    "apply_lighting": st.fixed_dictionaries({"preset": _NAME, "lights": st.lists(_LIGHT, max_size=2)}, optional={
        "exposure": _SOME_NUMBER, "sky": st.dictionaries(st.sampled_from(["sky_top", "fps", "bogus"]), _VALUE,
                                                          max_size=2)}),
    "set_character": st.fixed_dictionaries({"character": st.fixed_dictionaries(
        {"id": st.sampled_from(["ann", "bob"]), "name": _NAME, "object_id": _ID})}, optional={"remove": _JSON}),
    "set_camera": st.fixed_dictionaries({"camera": st.fixed_dictionaries({"name": st.sampled_from(["main", "side"])},
                                                                         optional={"position": _VEC, "target": _VEC,
                                                                                   "fov": _SOME_NUMBER})},
                                        optional={"activate": st.booleans()}),
    "set_settings": st.fixed_dictionaries({"changes": st.dictionaries(st.sampled_from(
        ["fps", "width", "exposure", "ground_size", "duration_s", "sky_top", "bogus"]), _VALUE, max_size=2)}),
    "set_focus": st.fixed_dictionaries({"ids": _IDS}),
    "clear_scene": st.just({}),
    "add_keyframes": st.fixed_dictionaries({"target": st.one_of(st.sampled_from([
        "object:obj1.transform.position", "object:obj2.visible", "camera:main.fov", "light:sun.intensity",
        "object:obj3.material.color", "obj1.position", "object:obj1.colour"]), _TEXT), "keyframes": st.lists(
            st.fixed_dictionaries({"time_s": _TIME, "value": _VALUE}, optional={
                "easing": st.sampled_from(["linear", "cubic", "hold", "bouncy"])}), max_size=3)}),
    "set_timeline": st.fixed_dictionaries({}, optional={
        "shots": st.lists(st.fixed_dictionaries({"camera": st.sampled_from(["main", "side", "nowhere"]),
                                                 "start_s": _TIME, "end_s": _TIME}), max_size=2),
        "actions": st.lists(st.fixed_dictionaries({"object_id": _ID, "kind": st.sampled_from(
            ["walk", "wave", "sit", "dance"]), "start_s": _TIME, "end_s": _TIME}, optional={"target": _VEC}),
            max_size=2),
        "lines": st.lists(st.fixed_dictionaries({"speaker": st.sampled_from(["ann", "narrator"]), "text": _NAME},
                                                optional={"start_s": _TIME}), max_size=2),
        "cursor_s": _TIME, "duration_s": _TIME, "music_mood": _NAME}),
}
_OPERATOR = st.one_of(
    *[st.sampled_from(sorted(_OP_FIELDS)).flatmap(
        lambda name: st.one_of(*[_OP_FIELDS[name]] * 6, st.dictionaries(_TEXT, _JSON, max_size=3))
        .map(lambda fields: {"op": name, **fields}))] * 8,
    st.dictionaries(st.sampled_from(["op", "id", "ids", "object"]), _JSON, max_size=3), _JSON)
_OPS = st.fixed_dictionaries({"ops": st.one_of(*[st.lists(_OPERATOR, min_size=1, max_size=3)] * 6, _JSON)},
                             optional={"label": _NAME})
# the typed actions of the first protocol (answered unknown_action, naming their operator) and undo/redo
_ACTION = st.fixed_dictionaries({"action": st.sampled_from(
    ["undo", "redo", "undo", "redo", "set_transform", "add_object", "explode"])},
    optional={"parameters": st.dictionaries(_TEXT, _JSON, max_size=2)})
_SENTENCES = st.one_of(st.sampled_from([
    "add a red chair", "add a lamp", "move it left", "make it blue", "undo", "remove the lamp",
    "add 3 cubes", "the camera orbits the chair for 5 seconds", "add a chiar", "make it 1e308 times bigger",
    "move the chair 999999999 meters up", "stell einen Stuhl hin"]), _TEXT)
_COMMAND = st.one_of(
    st.fixed_dictionaries({"text": _SENTENCES}), _OPS, _OPS, _OPS, _ACTION,
    st.dictionaries(st.sampled_from(["text", "ops", "label", "action", "other"]), _JSON, max_size=3),
)
_DATA = st.one_of(st.dictionaries(_TEXT, _NUMBER | _TEXT | st.booleans(), max_size=3),
                  st.fixed_dictionaries({"language": st.sampled_from(["en", "de", "fr"])}),
                  st.fixed_dictionaries({}, optional={"token": _JSON}), _JSON)
_REQUEST_ID = st.one_of(st.integers(-5, 5), st.integers(-5, 5), st.text(max_size=8), _TEXT, _JSON)
_OBJ = st.sampled_from([f"obj{k}" for k in range(1, 13)])
_POINT = st.lists(_ORDINARY, min_size=3, max_size=3)
_GOOD_OP = st.one_of(  # operators that mostly change the scene
    st.fixed_dictionaries({"op": st.just("add_object"), "object": st.fixed_dictionaries(
        {"type": st.sampled_from(["cube", "chair", "ball"])}, optional={
            "name": _NAME, "transform": st.fixed_dictionaries({}, optional={"position": _POINT})})}),
    st.fixed_dictionaries({"op": st.just("set_transform"), "id": _OBJ},
                          optional={"position": _POINT, "rotation": _POINT, "scale": _SCALE}),
    st.fixed_dictionaries({"op": st.just("set_material"), "id": _OBJ, "changes": st.fixed_dictionaries(
        {}, optional={"color": st.lists(st.floats(0, 1), min_size=3, max_size=3), "metallic": st.floats(0, 1)})}),
    st.fixed_dictionaries({"op": st.just("set_parent"), "ids": st.lists(_OBJ, min_size=1, max_size=2),
                           "parent": st.one_of(_OBJ, st.none())}),
    st.fixed_dictionaries({"op": st.just("add_keyframes"), "target": st.sampled_from(
        ["object:obj1.transform.position", "object:obj2.transform.rotation"]), "keyframes": st.lists(
            st.fixed_dictionaries({"time_s": st.floats(0, 10), "value": _POINT}), min_size=1, max_size=2)}),
    st.fixed_dictionaries({"op": st.just("remove_objects"), "ids": st.lists(_OBJ, min_size=1, max_size=2)}),
)
_GOOD = st.one_of(  # commands that mostly change the scene
    st.fixed_dictionaries({"text": st.sampled_from(["add a red chair", "add a lamp", "move it left",
                                                    "make it blue", "add 3 cubes", "remove the lamp"])}),
    st.fixed_dictionaries({"ops": st.lists(_GOOD_OP, min_size=1, max_size=3)}),
    st.fixed_dictionaries({"ops": st.lists(_GOOD_OP, min_size=1, max_size=3)}),
    st.fixed_dictionaries({"action": st.sampled_from(["undo", "redo"])}),
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
    assert seen["response"] >= 100, seen
    assert {"bad_json", "bad_message", "not_found", "unknown_action", "user_input"} <= set(seen), seen
    with Studio.open(project) as reopened:
        scene = reopened.scene
        Scene.model_validate(scene.model_dump())
        on_disk = scene_to_json(scene)
        json.dumps(on_disk, allow_nan=False)
    assert served["scene"] == on_disk, "what the studio served is what it stored"
    _playable(scene)


def _playable(scene: Scene) -> None:
    """Every object is of a known type, no group holds itself, and the scene evaluates (tracks and clips) at
    any time."""
    from autark.assets import library
    from autark.motion import evaluate_scene, validate_actions

    assert {o.type for o in scene.objects} <= {*library.all_types(), "group"}
    parents = {o.id: o.parent for o in scene.objects}
    for oid in parents:
        seen = {oid}
        while (oid := parents.get(oid)) is not None:  # type: ignore[assignment]
            assert oid not in seen, f"a loop of groups through {oid}"
            seen.add(oid)
    validate_actions(scene)
    for t in (0.0, 0.5, 1.7, 4.0, 11.0):
        evaluate_scene(scene, t)
