"""The studio protocol over real WebSocket connections to a running studio (uvicorn on a free port)."""

from __future__ import annotations

import asyncio
import json
from typing import Any

import httpx
from studio_client import RunningStudio, apply_update, recv_json, recv_until
from websockets.asyncio.client import connect


def _cmd(id_: Any, **data: Any) -> str:
    return json.dumps({"type": "command", "id": id_, "data": data})


def _ops(id_: Any, *ops: dict[str, Any], **data: Any) -> str:
    return _cmd(id_, ops=list(ops), **data)


def _obj(scene: dict[str, Any], oid: str) -> dict[str, Any]:
    return next(o for o in scene["objects"] if o["id"] == oid)


def _sent(update: dict[str, Any], oid: str) -> dict[str, Any]:
    """The object as a scene_update's delta carries it (new or changed)."""
    return next(o for o in update["delta"]["upsert"] if o["id"] == oid)


def test_text_command_updates_every_client_before_the_senders_response(studio: RunningStudio) -> None:
    async def run() -> None:
        async with connect(studio.ws) as a, connect(studio.ws) as b:
            assert (await recv_json(a))["type"] == "status"
            await a.send(_cmd("t1", text="add a red cube"))
            resp, before = await recv_until(a, "response", "t1")
            updates = [m for m in before if m["type"] == "scene_update"]
            assert len(updates) == 1, "the sender sees its scene_update before its response"
            upd = updates[0]["data"]
            assert resp["data"]["ok"] and resp["data"]["seq"] == upd["seq"]
            new_id = resp["data"]["added"][0]
            cube = _sent(upd, new_id)
            assert upd["delta"]["remove"] == [] and len(upd["delta"]["upsert"]) == 1, "only what changed"
            assert cube["type"] == "cube" and cube["color"][0] > 0.6 > cube["color"][2]
            assert cube["bbox"]["min"][1] >= -1e-6, "the engine placed it on the floor"
            other, _ = await recv_until(b, "scene_update")
            assert other["data"]["seq"] == upd["seq"] and _sent(other["data"], new_id) == cube

    asyncio.run(run())


def test_a_client_following_the_deltas_holds_exactly_the_studios_scene(studio: RunningStudio) -> None:
    """Every kind of change (add, move, recolour, rename, remove, undo of a remove back into its place,
    lights, timeline) applied as deltas to the scene from scene_state gives the scene GET /api/scene serves."""
    steps = [{"text": "add a table"}, {"text": "add a red chair next to the table"},
             {"text": "add a lamp"}, {"text": "move the chair left"}, {"text": "make it sunset"},
             {"text": "make the chair blue"}, {"ops": [{"op": "remove_objects", "ids": ["obj1"]}]},
             {"action": "undo"}, {"text": "the camera orbits the table for 5 seconds"},
             {"text": "rename the lamp to Glow"}]

    async def run() -> None:
        async with connect(studio.ws) as ws:
            await ws.send(json.dumps({"type": "scene_state", "id": "s", "data": {}}))
            state, _ = await recv_until(ws, "response", "s")
            scene, seq = state["data"]["scene"], state["data"]["seq"]
            kinds: set[str] = set()
            for k, data in enumerate(steps):
                await ws.send(json.dumps({"type": "command", "id": k, "data": data}))
                upd, _ = await recv_until(ws, "scene_update")
                await recv_until(ws, "response", k)
                delta = upd["data"]["delta"]
                assert delta["base"] == seq, "each delta follows the one before"
                kinds |= {key for key in ("order",) if key in delta} | set(delta["replace"])
                scene, seq = apply_update(scene, upd["data"]), upd["data"]["seq"]
            served = httpx.get(f"{studio.http}/api/scene", timeout=10).json()
            assert served["seq"] == seq and served["scene"] == scene
            # the undo put obj1 back in its place (an "order"), and lights and timeline were replaced whole
            assert {"order", "lights", "timeline"} <= kinds, kinds
            assert [o["id"] for o in scene["objects"]][0] == "obj1"

    asyncio.run(run())


def test_operators_build_the_engines_objects_and_edit_them(studio: RunningStudio) -> None:
    async def run() -> None:
        async with connect(studio.ws) as ws:
            await ws.send(_ops(1, {"op": "add_object", "object": {
                "type": "chair", "name": "Greenie", "transform": {"position": [1, 0, 2]},
                "material": {"color": [0, 1, 0]}}}))
            upd, _ = await recv_until(ws, "scene_update")
            oid = upd["data"]["added"][0]
            chair = _sent(upd["data"], oid)
            assert chair["position"] == [1.0, 0.0, 2.0] and chair["name"] == "Greenie"
            assert chair["color"] == [0.0, 1.0, 0.0]
            # the asset's real size, as "add a chair" makes it: about 0.9 m tall
            assert 0.6 < chair["bbox"]["max"][1] - chair["bbox"]["min"][1] < 1.3
            steps: list[dict[str, Any]] = [
                {"op": "set_transform", "id": oid, "position": [-2, 0, 0.5], "rotation": [0, 90, 0],
                 "scale": [2, 2, 2]},
                {"op": "set_material", "id": oid, "changes": {"color": [0.2, 0.3, 0.4], "roughness": 0.1,
                                                              "metallic": 1.0}},
                {"op": "set_name", "id": oid, "name": "Throne"},
                {"op": "set_visible", "ids": [oid], "visible": False},
            ]
            for k, op in enumerate(steps):
                await ws.send(_ops(f"s{k}", op))
                upd, _ = await recv_until(ws, "scene_update")
                await recv_until(ws, "response", f"s{k}")
            chair = _sent(upd["data"], oid)
            assert chair["position"] == [-2.0, 0.0, 0.5] and chair["rotation"] == [0.0, 90.0, 0.0]
            assert chair["scale"] == [2.0, 2.0, 2.0] and chair["color"] == [0.2, 0.3, 0.4]
            assert chair["name"] == "Throne" and chair["visible"] is False
            await ws.send(_cmd("u", action="undo"))
            upd, _ = await recv_until(ws, "scene_update")
            assert upd["data"]["kind"] == "undo" and _sent(upd["data"], oid)["visible"] is True
            await ws.send(_cmd("r", action="redo"))
            upd, _ = await recv_until(ws, "scene_update")
            assert upd["data"]["kind"] == "redo" and _sent(upd["data"], oid)["visible"] is False
            await ws.send(_ops("rm", {"op": "remove_objects", "ids": [oid]}))
            upd, _ = await recv_until(ws, "scene_update")
            assert upd["data"]["removed"] == [oid]
            assert upd["data"]["delta"]["remove"] == [oid] and upd["data"]["delta"]["upsert"] == []
        history = httpx.get(f"{studio.http}/api/history", timeout=10).json()
        assert [h["text"] for h in history[-2:]] == [f"set_visible: ids ({oid}) visible False", f"remove {oid}"]

    asyncio.run(run())


def test_a_list_of_operators_is_one_command_undone_as_one(studio: RunningStudio) -> None:
    """Operators in one message apply in order on the scene the ones before left (a new object a client names
    can be moved and grouped in the same message), as one entry of the history; any one failing fails all."""
    async def run() -> None:
        async with connect(studio.ws) as ws:
            ops = [{"op": "add_object", "object": {"type": "table", "id": "desk"}},
                   {"op": "add_object", "object": {"type": "lamp", "id": "light1"}},
                   {"op": "set_transform", "id": "light1", "position": [0, 0.8, 0]},
                   {"op": "set_parent", "ids": ["light1"], "parent": "desk"}]
            await ws.send(_ops("set", *ops, label="a desk with its lamp"))
            upd, _ = await recv_until(ws, "scene_update")
            resp, _ = await recv_until(ws, "response", "set")
            assert resp["data"]["added"] == ["desk", "light1"] and upd["data"]["text"] == "a desk with its lamp"
            lamp = _sent(upd["data"], "light1")
            assert lamp["parent"] == "desk" and lamp["position"] == [0.0, 0.8, 0.0]
            # a loop of groups is refused, and with it the whole message (the rename before it too)
            await ws.send(_ops("loop", {"op": "set_name", "id": "desk", "name": "Desk"},
                               {"op": "set_parent", "ids": ["desk"], "parent": "light1"}))
            err, before = await recv_until(ws, "error", "loop")
            assert err["data"]["code"] == "user_input" and "inside itself" in err["data"]["message"]
            assert not [m for m in before if m["type"] == "scene_update"]
            await ws.send(_cmd("u", action="undo"))
            upd, _ = await recv_until(ws, "scene_update")
            assert upd["data"]["kind"] == "undo" and sorted(upd["data"]["delta"]["remove"]) == ["desk", "light1"]

    asyncio.run(run())


def test_bad_messages_get_errors_and_the_connection_keeps_working(studio: RunningStudio) -> None:
    bad = [
        ("{not json", None, "bad_json"),
        ("[1, 2]", None, "bad_message"),
        (json.dumps({"type": "command", "id": 5, "data": {"text": 3}}), 5, "bad_message"),
        (json.dumps({"type": "command", "id": 6, "data": {"text": "x"}, "extra": 1}), 6, "bad_message"),
        (json.dumps({"type": "fly", "id": 7, "data": {}}), 7, "unknown_type"),
        (_cmd(8, action="explode"), 8, "unknown_action"),
        (_ops(9, {"op": "set_transform", "id": "obj1", "position": "left"}), 9, "bad_message"),
        (_ops(10, {"op": "set_transform", "id": "obj999", "position": [0, 0, 0]}), 10, "not_found"),
        (_ops(11, {"op": "add_object", "object": {"type": "chiar"}}), 11, "not_understood"),
        (_cmd(12, text="x" * (70 * 1024)), None, "too_large"),
        (json.dumps({"type": "command", "id": 13, "data": {"text": "add a cube", "action": "undo"}}), 13,
         "bad_message"),
    ]

    async def run() -> None:
        async with connect(studio.ws) as ws:
            for raw, id_, code in bad:
                await ws.send(raw)
                err, _ = await recv_until(ws, "error")
                assert err["data"]["code"] == code, (raw[:80], err)
                assert err["id"] == id_
                assert "Traceback" not in err["data"]["message"]
            # the did-you-mean of an unknown type names the right one
            await ws.send(_ops(14, {"op": "add_object", "object": {"type": "tabel"}}))
            err, _ = await recv_until(ws, "error", 14)
            assert "'table'" in err["data"]["message"]
            # still open and working
            await ws.send(_cmd("ok", text="add a blue ball"))
            resp, _ = await recv_until(ws, "response", "ok")
            assert resp["data"]["ok"] and len(resp["data"]["added"]) == 1

    asyncio.run(run())


def test_not_understood_sentence_suggests_the_corrected_one(studio: RunningStudio) -> None:
    async def run() -> None:
        async with connect(studio.ws) as ws:
            await ws.send(_cmd("typo", text="add a chiar"))
            err, _ = await recv_until(ws, "error", "typo")
            assert err["data"]["code"] == "not_understood"
            sug, _ = await recv_until(ws, "suggestion")
            assert sug["data"]["for"] == "typo" and sug["data"]["suggestions"][0] == "add a chair"

    asyncio.run(run())


def test_replies_follow_the_order_of_requests_whatever_their_ids(studio: RunningStudio) -> None:
    ids: list[Any] = ["zeta", 3, "alpha", 1, None, "alpha"]

    async def run() -> None:
        async with connect(studio.ws) as ws:
            await ws.send(json.dumps({"type": "user_preference", "id": "p", "data": {"suggestions": False}}))
            await recv_until(ws, "response", "p")
            for k, id_ in enumerate(ids):
                if k % 2:
                    await ws.send(json.dumps({"type": "scene_state", "id": id_, "data": {}}))
                else:
                    await ws.send(_cmd(id_, text="add a small green box"))
            got = []
            while len(got) < len(ids):
                msg = await recv_json(ws)
                if msg["type"] in ("response", "error"):
                    got.append((msg["type"], msg["id"], msg["data"]))
            assert [g[1] for g in got] == ids and all(g[0] == "response" for g in got)
            # each scene_state answers with the scene as it stands after the commands sent before it
            seqs = [g[2]["seq"] for g in got]
            assert seqs == sorted(seqs) and seqs[1] == seqs[0] and seqs[2] == seqs[1] + 1
            assert "objects" in got[1][2]["scene"] and "timeline" in got[1][2]["scene"]

    asyncio.run(run())


def test_concurrent_clients_see_every_update_in_seq_order(studio: RunningStudio) -> None:
    n_clients, n_each = 4, 5

    async def client(k: int, ready: asyncio.Barrier) -> list[int]:
        async with connect(studio.ws) as ws:
            await ws.send(json.dumps({"type": "user_preference", "id": "p", "data": {"suggestions": False}}))
            await recv_until(ws, "response", "p")
            await ready.wait()
            for i in range(n_each):
                await ws.send(_ops(f"{k}-{i}", {"op": "add_object",
                                               "object": {"type": "cube", "transform": {"position": [k, 0, -i]}}}))
            seqs: list[int] = []
            while len(seqs) < n_clients * n_each:
                msg = await recv_json(ws)
                if msg["type"] == "scene_update":
                    seqs.append(msg["data"]["seq"])
            return seqs

    async def run() -> None:
        ready = asyncio.Barrier(n_clients)
        results = await asyncio.gather(*(client(k, ready) for k in range(n_clients)))
        first = results[0]
        assert first == list(range(first[0], first[0] + n_clients * n_each)), "consecutive, in order"
        assert all(r == first for r in results), "every client sees the same updates in the same order"

    asyncio.run(run())


def test_preferences_are_checked_and_kept_per_connection(studio: RunningStudio) -> None:
    async def run() -> None:
        async with connect(studio.ws) as a, connect(studio.ws) as b:
            await a.send(json.dumps({"type": "user_preference", "id": 1, "data": {"language": "de"}}))
            resp, _ = await recv_until(a, "response", 1)
            assert resp["data"]["preferences"] == {"language": "de"}
            await a.send(json.dumps({"type": "user_preference", "id": 2, "data": {"language": "fr"}}))
            err, _ = await recv_until(a, "error", 2)
            assert err["data"]["code"] == "bad_message"
            await b.send(json.dumps({"type": "user_preference", "id": 3, "data": {"theme": "dark"}}))
            resp, _ = await recv_until(b, "response", 3)
            assert resp["data"]["preferences"] == {"theme": "dark"}

    asyncio.run(run())
