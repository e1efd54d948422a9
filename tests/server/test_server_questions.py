"""A question over the studio protocol (issue 21): the ``response`` carries the answer and the ids it refers to,
no ``scene_update`` is broadcast and nothing is logged."""

from __future__ import annotations

import asyncio
import json
from typing import Any

import httpx
from studio_client import RunningStudio, recv_until
from websockets.asyncio.client import connect


def _cmd(id_: Any, text: str) -> str:
    return json.dumps({"type": "command", "id": id_, "data": {"text": text}})


def test_a_question_gets_an_answer_in_its_response_and_changes_nothing(studio: RunningStudio) -> None:
    async def run() -> None:
        async with connect(studio.ws) as ws:
            for k, sentence in enumerate(("add a table", "put a lamp on the table", "add a sofa right of the table")):
                await ws.send(_cmd(k, sentence))
                await recv_until(ws, "response", k)
            seq = httpx.get(studio.http + "/api/project").json()["seq"]
            await ws.send(_cmd("q", "what is on the table?"))
            resp, before = await recv_until(ws, "response", "q")
            data = resp["data"]
            assert data["ok"] and data["seq"] is None
            assert "table lamp" in data["answer"] and set(data["refers"]) >= {"obj1", "obj2"}
            assert not any(m["type"] == "scene_update" for m in before)
            await ws.send(_cmd("de", "wie viele Sofas gibt es?"))
            resp, _ = await recv_until(ws, "response", "de")
            assert "Sofa" in resp["data"]["answer"] and resp["data"]["refers"] == ["obj3"]
            assert httpx.get(studio.http + "/api/project").json()["seq"] == seq

    asyncio.run(run())
