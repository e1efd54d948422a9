"""Parsing and validating protocol messages (no server): every bad input is a ProtocolError with a code."""

from __future__ import annotations

import json

import pytest

from autark.errors import NotFound, RenderError
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


def test_commands_and_actions() -> None:
    env = pr.parse_envelope('{"type": "command", "id": "a", "data": {"text": "add a chair"}}')
    assert env.id == "a" and pr.parse_command(env.data).text == "add a chair"
    for data, code in [({}, "bad_message"), ({"text": "x", "action": "undo"}, "bad_message"),
                       ({"action": "fly"}, "unknown_action"), ({"text": ["x"]}, "bad_message"),
                       ({"text": "x", "colour": "red"}, "bad_message")]:
        with pytest.raises(pr.ProtocolError) as err:
            pr.parse_command(data)
        assert err.value.code == code, data
    params = pr.parse_action("add_object", {"type": "chair", "position": [1, 0, 2]})
    assert params.position == (1.0, 0.0, 2.0)  # type: ignore[attr-defined]
    for bad in [{"type": "chair", "position": [1, 2]}, {"type": "chair", "position": [1, 0, float("nan")]},
                {"position": [0, 0, 0]}, {"type": "chair", "size": 3}]:
        with pytest.raises(pr.ProtocolError, match="data.parameters"):
            pr.parse_action("add_object", bad)
    with pytest.raises(pr.ProtocolError):
        pr.parse_action("set_material", {"id": "obj1", "roughness": 2})


def test_colours() -> None:
    assert pr.parse_color("#ff8000") == (1.0, 128 / 255, 0.0)
    assert pr.parse_color((0.1, 0.2, 0.3)) == (0.1, 0.2, 0.3)
    assert pr.parse_color(" Red ") == "red"
    for bad in ["#ff80", "#gg0000", (1.5, 0, 0)]:
        with pytest.raises(pr.ProtocolError):
            pr.parse_color(bad)  # type: ignore[arg-type]


def test_error_data_never_leaks_internals() -> None:
    assert pr.error_data(NotFound("no such thing", hint="look"))["code"] == "not_found"
    assert pr.error_data(RenderError("no GL"))["code"] == "render"
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

    good = {"id": "obj1", "position": [limits.WORLD_EXTENT_M, 0, 0], "rotation": [0, -limits.MAX_ANGLE_DEG, 0],
            "scale": [limits.MIN_SCALE, 1, limits.MAX_SCALE]}
    pr.parse_action("set_transform", good)
    for bad in [{"position": [limits.WORLD_EXTENT_M * 1.001, 0, 0]}, {"position": [1.7e308, 0, 0]},
                {"position": ["1", 0, 0]}, {"position": [True, 0, 0]}, {"scale": [0, 1, 1]},
                {"rotation": [0, 0, limits.MAX_ANGLE_DEG + 1]}, {"id": 1}]:
        with pytest.raises(pr.ProtocolError, match="data.parameters"):
            pr.parse_action("set_transform", {**good, **bad})
    for bad_visible in [1, "true", None]:
        with pytest.raises(pr.ProtocolError):
            pr.parse_action("set_visible", {"id": "obj1", "visible": bad_visible})
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
