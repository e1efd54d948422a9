"""Parsing and validating protocol messages (no server): every bad input is a ProtocolError with a code."""

from __future__ import annotations

import json
from typing import Any

import pytest

from autark.errors import NotFound, PlanError, ProtocolError, RegistryError, RenderError, UserInputError
from autark.server import protocol as pr


@pytest.mark.parametrize(("raw", "code"), [
    (b"\xff\xfe", "bad_json"),
    ("", "bad_json"),
    ("null", "bad_message"),
    ('"command"', "bad_message"),
    ('{"id": 1, "data": {}}', "bad_message"),
    ('{"type": 5, "data": {}}', "bad_message"),
    ('{"type": "command", "id": 1.5, "data": {}}', "bad_message"),
    ('{"type": "command", "id": {"a": 1}, "data": {}}', "bad_message"),
    ('{"type": "command", "id": "' + "x" * 200 + '", "data": {}}', "bad_message"),
    ('{"type": "command", "data": []}', "bad_message"),
    ('{"type": "response", "data": {}}', "unknown_type"),
    ("{" + " " * pr.MAX_MESSAGE_BYTES + "}", "too_large"),
])
def test_bad_envelopes(raw: str | bytes, code: str) -> None:
    with pytest.raises(pr.ProtocolError) as err:
        pr.parse_envelope(raw)
    assert err.value.code == code and err.value.message


def test_size_limit_counts_bytes_not_characters() -> None:
    text = "ä" * (pr.MAX_MESSAGE_BYTES // 2)  # 2 bytes each in UTF-8: just over the limit with the envelope
    raw = json.dumps({"type": "command", "id": 1, "data": {"text": text}}, ensure_ascii=False)
    assert len(raw) < pr.MAX_MESSAGE_BYTES < len(raw.encode())
    with pytest.raises(pr.ProtocolError, match="bytes"):
        pr.parse_envelope(raw)


def test_errors_carry_the_request_id_when_the_envelope_has_one() -> None:
    with pytest.raises(pr.ProtocolError) as err:
        pr.parse_envelope('{"type": "teleport", "id": "r7", "data": {}}')
    assert err.value.request_id == "r7"


def _ops(*ops: dict[str, Any]) -> dict[str, Any]:
    return {"ops": list(ops)}


def test_commands_are_sentences_operators_or_history_steps() -> None:
    env = pr.parse_envelope('{"type": "command", "id": "a", "data": {"text": "add a chair"}}')
    assert env.id == "a" and pr.parse_command(env.data).text == "add a chair"
    move = {"op": "set_transform", "id": "obj1", "position": [1, 0, 2]}
    cmd = pr.parse_command({"ops": [move], "label": "move it"})
    assert cmd.ops == [move] and cmd.label == "move it"
    assert pr.parse_command({"action": "redo"}).action == "redo"
    for data, code in [({}, "bad_message"), ({"text": "x", "action": "undo"}, "bad_message"),
                       ({"text": "x", "ops": [move]}, "bad_message"), ({"ops": []}, "bad_message"),
                       ({"ops": {"op": "clear_scene"}}, "bad_message"), ({"text": "x", "label": "y"}, "bad_message"),
                       ({"action": "fly"}, "unknown_action"), ({"text": ["x"]}, "bad_message"),
                       ({"text": "x", "colour": "red"}, "bad_message")]:
        with pytest.raises(pr.ProtocolError) as err:
            pr.parse_command(data)
        assert err.value.code == code, data


def test_the_old_typed_actions_point_to_their_operators() -> None:
    with pytest.raises(pr.ProtocolError) as err:
        pr.parse_command({"action": "set_transform", "parameters": {"id": "obj1", "position": [0, 0, 0]}})
    assert err.value.code == "unknown_action" and '"ops"' in err.value.message
    assert '"op": "set_transform"' in (err.value.hint or "")


@pytest.mark.parametrize(("op", "where", "words"), [
    ({"op": "set_transform", "id": "obj1", "position": [1, 2]}, "data.ops.0.position.2", "required"),
    ({"op": "set_transform", "id": "obj1", "position": [1, 0, 1e5]}, "data.ops.0.position.2", "10000"),
    ({"op": "set_transform", "id": "obj1", "scale": [1, 0, 1]}, "data.ops.0.scale.1", "0.001"),
    ({"op": "set_transform", "id": "obj1", "rotation": [0, 36_001, 0]}, "data.ops.0.rotation.1", "36000"),
    ({"op": "set_transform", "position": [0, 0, 0]}, "data.ops.0.id", "required"),
    ({"op": "set_transform", "id": "obj1", "size": 3}, "data.ops.0.size", "not a known field"),
    ({"op": "set_material", "id": "obj1", "changes": {"metalness": 1}}, "data.ops.0.changes.metalness",
     "did you mean 'metallic'"),
    ({"op": "set_material", "id": "obj1", "changes": {"roughness": 2}}, "data.ops.0.changes.roughness", "1"),
    ({"op": "set_material", "id": "obj1", "changes": {"color": [1.5, 0, 0]}}, "data.ops.0.changes.color.0", "1"),
    ({"op": "set_settings", "changes": {"fps": 0}}, "data.ops.0.changes.fps", "1"),
    ({"op": "set_visible", "ids": ["obj1"], "visible": 1}, "data.ops.0.visible", "boolean"),
    ({"op": "set_name", "id": "obj1", "name": ""}, "data.ops.0.name", "at least 1"),
    ({"op": "set_light", "light": {"name": "key", "intensity": -1}}, "data.ops.0.light.intensity", "0"),
    ({"op": "add_object", "object": {"name": "x"}}, "data.ops.0.object.type", "required"),
    ({"op": "add_object", "object": {"type": "cube", "id": "obj1.2"}}, "data.ops.0.object.id", "not a usable"),
    ({"op": "set_tranform", "id": "obj1"}, "data.ops.0.op", "did you mean 'set_transform'"),
    ({"id": "obj1"}, "data.ops.0.op", "required"),
])
def test_operators_are_checked_through_the_operator_schemas(op: dict[str, Any], where: str, words: str) -> None:
    with pytest.raises(pr.ProtocolError) as err:
        pr.parse_command(_ops(op))
    assert err.value.code == "bad_message" and err.value.message.startswith(where + ":"), err.value.message
    assert words in err.value.message + (err.value.hint or ""), (err.value.message, err.value.hint)


def test_every_operator_is_accepted_in_its_documented_form() -> None:
    from autark.server.operators import OPERATORS

    light = {"name": "key", "type": "point"}
    examples = {
        "add_object": {"object": {"type": "chair"}}, "remove_objects": {"ids": ["obj1"]},
        "set_transform": {"id": "obj1", "rotation": [0, 90, 0]}, "set_material": {"id": "obj1", "changes": {}},
        "set_name": {"id": "obj1", "name": "Rex"}, "set_visible": {"ids": ["obj1"], "visible": False},
        "set_parent": {"ids": ["obj2"], "parent": None}, "set_light": {"light": light},
        "apply_lighting": {"preset": "night", "lights": [light], "exposure": 0.8},
        "set_character": {"character": {"id": "ann", "name": "Ann", "object_id": "obj1"}},
        "set_camera": {"camera": {"name": "side", "position": [4, 1, 0]}}, "set_settings": {"changes": {"fps": 24}},
        "set_focus": {"ids": []}, "clear_scene": {},
        "add_keyframes": {"target": "object:obj1.transform.position", "keyframes": [{"time_s": 1, "value": [0, 0, 1]}]},
        "set_timeline": {"cursor_s": 2, "music_mood": "calm"},
    }
    assert set(examples) == set(OPERATORS)
    cmd = pr.parse_command(_ops(*({"op": name, **fields} for name, fields in examples.items())))
    assert [o["op"] for o in cmd.ops or []] == list(examples)


def test_error_data_never_leaks_internals() -> None:
    assert pr.error_data(NotFound("no such thing", hint="look"))["code"] == "not_found"
    assert pr.error_data(RenderError("no GL"))["code"] == "render"
    assert pr.error_data(RegistryError("taken"))["code"] == "registry"
    assert pr.error_data(PlanError("bad plan"))["code"] == "user_input"
    refused = ProtocolError("bad_message", "data.x: is not a known field")
    assert isinstance(refused, UserInputError) and pr.error_data(refused)["code"] == "bad_message"
    bug = pr.error_data(KeyError("/secret/path.py line 3"))
    assert bug["code"] == "internal" and "secret" not in bug["message"]


@pytest.mark.parametrize(("raw", "ok"), [
    ("[" * pr.MAX_DEPTH + "]" * pr.MAX_DEPTH, True),
    ("[" * (pr.MAX_DEPTH + 1) + "]" * (pr.MAX_DEPTH + 1), False),
    ("[" * 20_000, False),  # never closed: still too deep, not a RecursionError
    ("{" * 100 + '"', False),
    ('["' + "[" * 1000 + '"]', True),  # brackets inside strings do not nest
    ('["\\"' + "[" * 1000 + '\\\\"]', True),  # ... nor after escaped quotes
    (f"[{pr.MAX_INT}, {-pr.MAX_INT}, 1e308, -0, 0.5e-400]", True),
    (f"[{pr.MAX_INT + 1}]", False),
    ("[1" + "0" * 5000 + "]", False),  # beyond Python's int-string limit: bad_json, not a ValueError
    ("[1e309]", False), ("[-1e309]", False), ("[NaN]", False), ("[Infinity]", False), ("[-Infinity]", False),
    ('["\\ud83d\\ude00"]', True), ('["\\ud83d"]', False), ('["\\ude00\\ud83d"]', False), ('{"\\udc00": 1}', False),
    ("\ufeff[]", False),  # a byte-order mark is not JSON
    ('{"text": "add a chair", "text": "add a lamp"}', False), ('[{"a": 1}, {"a": 2}]', True),
])
def test_loads_is_strict_and_never_recurses(raw: str, ok: bool) -> None:
    for form in (raw, raw.encode("utf-8", "surrogatepass")):
        if ok:
            pr.loads(form)
        else:
            with pytest.raises(pr.ProtocolError) as err:
                pr.loads(form)
            assert err.value.code == "bad_json", err.value.message


def test_scalars_are_not_coerced_and_bounds_are_the_scenes() -> None:
    from autark import limits

    good = {"op": "set_transform", "id": "obj1", "position": [limits.WORLD_EXTENT_M, 0, 0],
            "rotation": [0, -limits.MAX_ANGLE_DEG, 0], "scale": [limits.MIN_SCALE, 1, limits.MAX_SCALE]}
    pr.parse_command(_ops(good))
    for bad in [{"position": [limits.WORLD_EXTENT_M * 1.001, 0, 0]}, {"position": [1.7e308, 0, 0]},
                {"position": ["1", 0, 0]}, {"position": [True, 0, 0]}, {"scale": [0, 1, 1]},
                {"rotation": [0, 0, limits.MAX_ANGLE_DEG + 1]}, {"id": 1}]:
        with pytest.raises(pr.ProtocolError, match="data.ops.0"):
            pr.parse_command(_ops({**good, **bad}))
    for bad_visible in [1, "true", None]:
        with pytest.raises(pr.ProtocolError, match="data.ops.0.visible"):
            pr.parse_command(_ops({"op": "set_visible", "ids": ["obj1"], "visible": bad_visible}))
    for bad_id in ["true", "1.0", "[1]", str(pr.MAX_INT + 1)]:
        with pytest.raises(pr.ProtocolError) as err:
            pr.parse_envelope(f'{{"type": "scene_state", "id": {bad_id}, "data": {{}}}}')
        assert err.value.request_id is None
    with pytest.raises(pr.ProtocolError) as err:
        pr.parse_envelope('{"type": "scene_state", "id": "ok", "data": {"a": "\\udfff"}}')
    assert err.value.request_id == "ok", "a clean id is still echoed"
    with pytest.raises(pr.ProtocolError) as err:
        pr.parse_envelope('{"type": "scene_state", "id": "\\udfff", "data": {}}')
    assert err.value.request_id is None, "a bad id is never echoed"
