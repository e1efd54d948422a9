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
