"""The optional language-model backend against a real local HTTP server speaking the OpenAI chat API."""

from __future__ import annotations

import json
import socket
import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from autark.config import LLMConfig, Settings
from autark.story import analyze, load_plan, plan, to_yaml

IDEA = "a lonely robot finds a flower in the desert at sunset"


def _good_plan(duration_s: float = 30) -> dict:
    # what a model would write: valid, but with shot lengths that do not add up (models cannot count)
    return {
        "title": "The Last Flower", "language": "en", "duration_s": duration_s, "seed": 0, "music_mood": "sad",
        "title_card": {"text": "The Last Flower", "duration_s": 3},
        "scenes": [{
            "setting": "desert", "time_of_day": "sunset", "weather": "clear", "lighting": "sunset",
            "characters": [{"name": "Unit 7", "type": "robot", "voice": "robot", "position": [0, 0, 0]}],
            "objects": [{"type": "flower", "color": "red", "position": [2, 0, -2]}],
            "shots": [
                {"duration_s": 5, "camera": "crane", "size": "wide", "narration": "Sand, as far as the eye sees."},
                {"duration_s": 5, "camera": "dolly", "size": "medium", "subject": "Unit 7",
                 "actions": ["Unit 7 walks to the flower"], "dialogue": [{"speaker": "Unit 7", "text": "Oh."}]},
                {"duration_s": 6, "camera": "orbit", "size": "close-up", "subject": "flower",
                 "narration": "It was alive."},
            ],
        }],
        "end_card": {"text": "The End", "duration_s": 3},
    }


class _Handler(BaseHTTPRequestHandler):
    mode = "good"
    requests: list[dict] = []

    def log_message(self, *args: object) -> None:  # keep pytest output clean
        pass

    def do_POST(self) -> None:  # noqa: N802 - http.server's naming
        body = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
        type(self).requests.append({"path": self.path, "body": body})
        mode = type(self).mode
        if mode == "error":
            self.send_response(500)
            self.end_headers()
            self.wfile.write(b"internal error")
            return
        if mode == "slow":
            time.sleep(1.5)
        content = {
            "good": "Here you go:\n```json\n" + json.dumps(_good_plan()) + "\n```",
            "slow": json.dumps(_good_plan()),
            "broken": '{"title": "The Last Flower", "scenes": [ {',
            "invalid": json.dumps({**_good_plan(), "music_mood": "grumpy"}),
            "bad_speaker": json.dumps(_good_plan()).replace('"speaker": "Unit 7"', '"speaker": "Nobody"'),
        }[mode]
        data = json.dumps({"id": "x", "object": "chat.completion", "model": body["model"],
                           "choices": [{"index": 0, "message": {"role": "assistant", "content": content},
                                        "finish_reason": "stop"}]}).encode()
        try:
            self.send_response(200)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)
        except (BrokenPipeError, ConnectionResetError):  # the slow case: the client gave up already
            pass


@pytest.fixture
def server() -> Iterator[tuple[str, type[_Handler]]]:
    handler = type("Handler", (_Handler,), {"mode": "good", "requests": []})
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    httpd.daemon_threads = True
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}/v1", handler
    httpd.shutdown()
    httpd.server_close()


def test_model_writes_the_screenplay(server: tuple[str, type[_Handler]]) -> None:
    url, handler = server
    sp = plan(IDEA, 30, seed=5, llm=LLMConfig(url=url, model="tiny", timeout_s=5))
    assert sp.title == "The Last Flower" and sp.scenes[0].characters[0].name == "Unit 7"
    assert sp.seed == 5
    assert sp.total_duration_s == pytest.approx(30, rel=0.01)  # 3 + 16 + 3 stretched to 30
    assert load_plan(to_yaml(sp)) == sp
    request = handler.requests[0]
    assert request["path"] == "/v1/chat/completions" and request["body"]["model"] == "tiny"
    assert IDEA in request["body"]["messages"][1]["content"]
    assert "properties" in request["body"]["messages"][0]["content"]  # the schema went along


@pytest.mark.parametrize(("mode", "why"), [
    ("error", "HTTP 500"), ("broken", "not JSON"), ("invalid", "invalid"), ("bad_speaker", "invalid"),
    ("slow", "did not answer within"),
])
def test_failures_fall_back_with_a_warning(server: tuple[str, type[_Handler]], mode: str, why: str) -> None:
    url, handler = server
    handler.mode = mode
    started = time.monotonic()
    sp = plan(IDEA, 30, seed=5, llm=LLMConfig(url=url, model="tiny", timeout_s=0.5))
    assert time.monotonic() - started < 1.4  # the timeout held; nobody waited for the slow answer
    assert sp.scenes[0].characters[0].name == "Robot"  # the built-in path wrote it (a lone robot is called by its kind)
    assert sp == plan(IDEA, 30, seed=5).model_copy(update={"warnings": sp.warnings})
    note = next(w for w in sp.warnings if "language model not used" in w)
    assert why in note and "autark wrote the screenplay itself" in note


def test_environment_configures_the_backend(server: tuple[str, type[_Handler]],
                                             monkeypatch: pytest.MonkeyPatch) -> None:
    url, handler = server
    monkeypatch.setenv("AUTARK_LLM_URL", url)
    monkeypatch.setenv("AUTARK_LLM_MODEL", "envmodel")
    assert plan(IDEA, 30, llm=Settings.from_env().llm).title == "The Last Flower"  # read at the edge, passed in
    assert handler.requests[-1]["body"]["model"] == "envmodel"
    assert Settings.from_env({"AUTARK_LLM_URL": url}).llm is None  # a URL without a model is off


def test_the_command_line_reads_the_environment(server: tuple[str, type[_Handler]], tmp_path: Path,
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    from typer.testing import CliRunner

    from autark.cli import main as cli

    url, handler = server
    out = tmp_path / "plan.yaml"
    env = {"AUTARK_LLM_URL": url, "AUTARK_LLM_MODEL": "envmodel"}
    result = CliRunner().invoke(cli.app, ["plan", IDEA, "-o", str(out)], env=env)
    assert result.exit_code == 0, result.output
    assert load_plan(out).title == "The Last Flower" and handler.requests[-1]["body"]["model"] == "envmodel"
    env["AUTARK_LLM_TIMEOUT_S"] = "soon"
    result = CliRunner().invoke(cli.app, ["plan", IDEA, "-o", str(tmp_path / "other.yaml")], env=env)
    assert result.exit_code == cli.EXIT_INPUT
    assert "AUTARK_LLM_TIMEOUT_S='soon' is not a number" in result.output and "seconds above 0" in result.output
    assert "Traceback" not in result.output and not (tmp_path / "other.yaml").exists()


def test_no_network_without_configuration(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("AUTARK_LLM_URL", raising=False)
    monkeypatch.delenv("AUTARK_LLM_MODEL", raising=False)

    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError("plan() opened a network connection")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket.socket, "connect_ex", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    sp = plan(IDEA, 30, seed=1)
    assert len(sp.shots) >= 3 and not sp.warnings
    assert analyze(IDEA).setting == "desert"
