"""Malformed messages over real WebSocket and TCP connections: each gets an ``error`` (never ``internal``), the
connection keeps working, and nothing the studio sends is anything but strict JSON."""

from __future__ import annotations

import asyncio
import json
from pathlib import Path
from typing import Any

import httpx
import pytest
from studio_client import RunningStudio, TcpClient, new_project, recv_json, recv_until
from websockets.asyncio.client import connect
from websockets.exceptions import ConnectionClosed

from autark.server import protocol as pr


def _strict(text: str | bytes) -> Any:
    """Parse as a browser's JSON.parse would: NaN and Infinity are not JSON."""
    def refuse(name: str) -> Any:
        raise AssertionError(f"the studio sent {name}")

    return json.loads(text, parse_constant=refuse)


def _nested(depth: int) -> str:
    return '{"type": "user_preference", "id": "deep", "data": {"x": ' + "[" * depth + "]" * depth + "}}"


_ENVELOPE = '{{"type": "command", "id": {id}, "data": {data}}}'
# (raw message, the id its error carries, the error code); sent as text frames or lines
BAD: list[tuple[str, Any, str]] = [
    ('{"type": "scene_state", "id": "\\ud800", "data": {}}', None, "bad_json"),  # lone surrogate in the id
    ('{"type": "command", "id": "s2", "data": {"text": "add a chair named \\udfff"}}', "s2", "bad_json"),
    ('{"type": "command", "id": "s3", "data": {"\\ud800": 1}}', "s3", "bad_json"),  # ... in a key
    ('{"type": "scene_state", "id": "\\ud83d\\ude00", "data": {}}', None, "response"),  # a pair is fine
    ("[1, 2]", None, "bad_message"),
    ('"command"', None, "bad_message"),
    ("null", None, "bad_message"),
    (_nested(1000), None, "bad_json"),
    (_nested(30_000), None, "bad_json"),  # just under the size limit
    # the envelope and data count: 32 levels in all pass as JSON (and fail as a preference), 33 do not
    (_nested(pr.MAX_DEPTH - 2), "deep", "bad_message"),
    (_nested(pr.MAX_DEPTH - 1), None, "bad_json"),
    ('{"type": "user_preference", "id": "u", "data": {"x": ' + "[" * 5000 + "}", None, "bad_json"),
    ('{"type": "user_preference", "id": 1, "data": {"zoom": NaN}}', None, "bad_json"),
    ('{"type": "user_preference", "id": 2, "data": {"zoom": 1e999}}', None, "bad_json"),
    ('{"type": "user_preference", "id": 3, "data": {"zoom": -Infinity}}', None, "bad_json"),
    ('{"type": "scene_state", "id": 123456789012345678901234567890, "data": {}}', None, "bad_json"),
    (_ENVELOPE.format(id='"t1"', data='{"ops": [{"op": "set_transform", "id": "obj1", '
                                      '"position": [1.7e308, 0, 0]}]}'), "t1", "bad_message"),
    (_ENVELOPE.format(id='"t2"', data='{"ops": [{"op": "set_transform", "id": "obj1", '
                                      '"scale": [1e-300, 1, 1]}]}'), "t2", "bad_message"),
    (_ENVELOPE.format(id='"t3"', data='{"ops": [{"op": "set_transform", "id": "obj1", '
                                      '"rotation": ["90", 0, 0]}]}'), "t3", "bad_message"),
    (_ENVELOPE.format(id='"t4"', data='{"ops": [{"op": "set_visible", "ids": ["obj1"], "visible": 1}]}'),
     "t4", "bad_message"),
    (_ENVELOPE.format(id='"t5"', data='{"ops": [{"op": "add_object", "object": {"type": "cube", '
                                      '"material": {"color": [2, 0, 0]}}}]}'), "t5", "bad_message"),
    (_ENVELOPE.format(id="true", data='{"text": "add a cube"}'), None, "bad_message"),
    (_ENVELOPE.format(id="1.5", data='{"text": "add a cube"}'), None, "bad_message"),
    (_ENVELOPE.format(id='"t6"', data='{"text": 7}'), "t6", "bad_message"),
    (_ENVELOPE.format(id='"t7"', data='"add a cube"'), "t7", "bad_message"),
    ('{"type": "teleport", "id": "t8", "data": {}}', "t8", "unknown_type"),
    ('{"type": 5, "id": "t9", "data": {}}', "t9", "bad_message"),
    ('{"type": "hello", "id": "t10", "data": {"token": 5}}', "t10", "bad_message"),
    ('{"type": "user_preference", "id": "t11", "data": {"language": "fr"}}', "t11", "bad_message"),
    ("{not json", None, "bad_json"),
    ("", None, "bad_json"),
    (_ENVELOPE.format(id='"big"', data='{"text": "' + "x" * (70 * 1024) + '"}'), None, "too_large"),
]


def _ids(case: tuple[str, Any, str]) -> str:
    return case[0][:40]


async def _exchange(ws: Any, raw: str | bytes) -> tuple[dict[str, Any], dict[str, Any]]:
    """Send a bad message, then a scene_state: (the bad one's reply, the scene_state's response)."""
    await ws.send(raw)
    await ws.send(json.dumps({"type": "scene_state", "id": "probe", "data": {}}))
    replies = []
    while True:
        msg = _strict(await asyncio.wait_for(ws.recv(), 10))
        if msg["type"] in ("response", "error"):
            replies.append(msg)
            if msg["id"] == "probe" and msg["type"] == "response" and len(replies) >= 2:
                break
    assert len(replies) == 2, replies
    return replies[0], replies[1]


def _check(reply: dict[str, Any], probe: dict[str, Any], id_: Any, code: str) -> None:
    if code == "response":
        assert reply["type"] == "response", reply
    else:
        assert reply["type"] == "error" and reply["data"]["code"] == code, reply
        assert reply["id"] == id_ and reply["data"]["message"] and "Traceback" not in reply["data"]["message"]
    assert probe["type"] == "response" and "scene" in probe["data"], "the connection still works"


@pytest.mark.parametrize("case", BAD, ids=_ids)
def test_websocket_answers_every_bad_message_and_stays_open(studio: RunningStudio,
                                                            case: tuple[str, Any, str]) -> None:
    raw, id_, code = case

    async def run() -> None:
        async with connect(studio.ws, max_size=None) as ws:
            await recv_json(ws)  # status
            reply, probe = await _exchange(ws, raw)
            _check(reply, probe, id_, code)

    asyncio.run(run())


@pytest.mark.parametrize("case", [c for c in BAD if c[0]], ids=_ids)  # TCP skips blank lines
def test_tcp_answers_every_bad_line_and_stays_open(studio: RunningStudio, case: tuple[str, Any, str]) -> None:
    raw, id_, code = case
    tcp = TcpClient(studio.address.tcp_port or 0)
    try:
        tcp.hello()
        tcp.send_raw(raw.encode("utf-8") + b"\n" + json.dumps({"type": "scene_state", "id": "probe",
                                                                 "data": {}}).encode() + b"\n")
        replies = []
        while len(replies) < 2:
            msg = _strict(tcp.file.readline())
            if msg["type"] in ("response", "error"):
                replies.append(msg)
        _check(replies[0], replies[1], id_, code)
    finally:
        tcp.close()


def test_bytes_that_are_not_utf8_are_bad_json(studio: RunningStudio) -> None:
    """TCP lines and binary WebSocket frames; a WebSocket text frame that is not UTF-8 breaks the WebSocket
    protocol itself (RFC 6455 says to fail the connection: close code 1007)."""
    raw = b'{"type": "scene_state", "id": "\xff\xfe", "data": {}}'

    async def run() -> None:
        async with connect(studio.ws) as ws:
            await recv_json(ws)
            reply, probe = await _exchange(ws, raw)  # bytes: a binary frame
            _check(reply, probe, None, "bad_json")
            assert "UTF-8" in reply["data"]["message"]
        async with connect(studio.ws) as ws:
            await recv_json(ws)
            await ws.send(raw, text=True)
            with pytest.raises(ConnectionClosed) as closed:
                await asyncio.wait_for(ws.recv(), 10)
            assert closed.value.rcvd is not None and closed.value.rcvd.code == 1007

    asyncio.run(run())
    tcp = TcpClient(studio.address.tcp_port or 0)
    try:
        tcp.hello()
        tcp.send_raw(raw + b"\n" + b'{"type": "scene_state", "id": "probe", "data": {}}\n')
        reply = tcp.recv_until("error")
        assert reply["data"]["code"] == "bad_json" and reply["id"] is None
        assert tcp.recv_until("response", "probe")["data"]["seq"] >= 0
    finally:
        tcp.close()


def test_a_refused_preference_leaves_the_others_working(studio: RunningStudio) -> None:
    async def run() -> None:
        async with connect(studio.ws) as ws:
            for k, raw in enumerate(['{"zoom": NaN}', '{"zoom": 1e999}', '{"zoom": 1e308}', '{"zoom": 2}']):
                await ws.send(f'{{"type": "user_preference", "id": {k}, "data": {raw}}}')
                reply, _ = await (recv_until(ws, "error", None) if k < 2 else recv_until(ws, "response", k))
            assert reply["data"]["preferences"] == {"zoom": 2}

    asyncio.run(run())


def test_huge_numbers_never_reach_the_scene(studio: RunningStudio) -> None:
    """1.7e308 (finite, but a scene with it could not be drawn or written as JSON) is refused at the edge with
    the limit; what the studio then serves parses as strict JSON."""
    async def run() -> None:
        async with connect(studio.ws) as ws:
            await ws.send(json.dumps({"type": "command", "id": "add", "data": {"ops": [
                {"op": "add_object", "object": {"type": "cube", "transform": {"position": [0, 0, 0]}}}]}}))
            added, _ = await recv_until(ws, "response", "add")
            oid = added["data"]["added"][0]
            for k, params in enumerate([{"position": [1.7e308, 0, 0]}, {"position": [0, 0, -1e5]},
                                        {"scale": [1e308, 1, 1]}, {"rotation": [0, 1e300, 0]}]):
                await ws.send(json.dumps({"type": "command", "id": k, "data": {
                    "ops": [{"op": "set_transform", "id": oid, **params}]}}))
                err, _ = await recv_until(ws, "error", k)
                assert err["data"]["code"] == "bad_message" and "data.ops.0." in err["data"]["message"]
            await ws.send(json.dumps({"type": "scene_state", "id": "s", "data": {}}))
            state, _ = await recv_until(ws, "response", "s")
            assert _obj(state["data"]["scene"], oid)["position"] == [0.0, 0.0, 0.0]

    asyncio.run(run())
    text = httpx.get(f"{studio.http}/api/scene", timeout=30).text
    assert "Infinity" not in text and "NaN" not in text
    _strict(text)


def _obj(scene: dict[str, Any], oid: str) -> dict[str, Any]:
    return next(o for o in scene["objects"] if o["id"] == oid)


def test_what_the_studio_sends_is_strict_ascii_json() -> None:
    text = pr.dump(pr.message("response", {"name": "Stühle \u2013 \U0001f600", "ok": True}, "r"))
    assert text.isascii() and json.loads(text)["data"]["name"] == "Stühle \u2013 \U0001f600"
    with pytest.raises(ValueError):
        pr.dump(pr.message("response", {"x": float("inf")}))


def test_a_command_whose_scene_cannot_be_sent_is_taken_out_of_its_group(tmp_path: Path,
                                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    """Were a command ever to leave a scene the studio cannot write as strict JSON (its own checks refuse
    such values first), the group is rolled back and carried out again without it: the others stand, it is
    refused, and what is published is what is stored."""
    from autark.scene import export
    from autark.server.hub import StudioHub
    from autark.studio import Studio

    project = new_project(tmp_path)
    real = export.object_to_json

    def poisoned(obj: Any) -> dict[str, Any]:
        data = real(obj)
        return {**data, "position": [float("inf"), 0.0, 0.0]} if obj.name == "bad" else data

    monkeypatch.setattr(export, "object_to_json", poisoned)
    hub = StudioHub.open(project)
    try:
        cmds = [pr.parse_command({"ops": [{"op": "add_object", "object": {"type": "cube", "name": name}}]})
                for name in ("one", "bad", "two")]
        outcomes = hub._exec.submit(hub._execute_group, cmds).result()
        assert [type(o).__name__ for o, _ in outcomes] == ["CommandResult", "ProjectError", "CommandResult"]
        assert [u is not None for _, u in outcomes] == [True, False, True]
        published = [o["name"] for o in json.loads(hub.scene_text)["objects"]]
    finally:
        asyncio.run(hub.close())
    with Studio.open(project) as reopened:
        assert [o.name for o in reopened.scene.objects] == published == ["one", "two"]
