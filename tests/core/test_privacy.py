"""Privacy: ``autark make``, ``autark render`` and ``autark serve`` open no outbound connection (issue 20).

Each command runs in a fresh process whose ``sitecustomize`` installs an audit hook (PEP 578) that records,
and refuses, every attempt to reach another machine: a ``socket.connect``/``sendto`` to an address that is not
loopback, and a name lookup of a host that is not this machine. Every Python process the command starts (render
workers, plugin workers) loads the same ``sitecustomize`` through ``PYTHONPATH`` and says it did. Loopback stays
open: the web studio listens there and the test asks it one question. A control run proves the hook counts.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import textwrap
import time
import urllib.request
from pathlib import Path

import pytest

_SITECUSTOMIZE = textwrap.dedent('''
    import ipaddress, json, os, sys

    _LOG = os.environ["AUTARK_PRIVACY_LOG"]

    def _write(record):
        with open(os.path.join(_LOG, f"{os.getpid()}.jsonl"), "a", encoding="utf-8") as f:
            f.write(json.dumps(record) + "\\n")

    def _local(host):
        if isinstance(host, bytes):
            host = host.decode("latin-1")
        if host is None or host == "" or not isinstance(host, str) or host.startswith(("/", "\\0")):
            return True
        if host.lower() in ("localhost", "localhost.localdomain", "ip6-localhost"):
            return True
        try:
            address = ipaddress.ip_address(host.split("%")[0])
        except ValueError:
            return False
        return address.is_loopback or address.is_unspecified

    def _hook(event, args):
        if event in ("socket.connect", "socket.sendto", "socket.sendmsg"):
            address = args[1] if len(args) > 1 else None
            host = address[0] if isinstance(address, tuple) and address else address
        elif event in ("socket.getaddrinfo", "socket.gethostbyname", "socket.gethostbyname_ex",
                       "socket.gethostbyaddr"):
            host = args[0] if args else None
        else:
            return
        if not _local(host):
            _write({"event": event, "host": str(host), "argv": sys.argv[:2]})
            raise PermissionError(f"privacy test: {event} to {host!r} blocked")

    sys.addaudithook(_hook)
    _write({"event": "started", "argv": sys.argv[:2]})
''')


@pytest.fixture
def hooked(tmp_path: Path) -> tuple[dict[str, str], Path]:
    site = tmp_path / "site"
    site.mkdir()
    (site / "sitecustomize.py").write_text(_SITECUSTOMIZE, encoding="utf-8")
    log = tmp_path / "connections"
    log.mkdir()
    env = {**os.environ, "AUTARK_PRIVACY_LOG": str(log), "NO_COLOR": "1", "COLUMNS": "200",
           "AUTARK_CONFIG_DIR": str(tmp_path / "config"),
           "PYTHONPATH": os.pathsep.join(p for p in (str(site), os.environ.get("PYTHONPATH", "")) if p)}
    for name in ("AUTARK_LLM_URL", "AUTARK_LLM_MODEL", "AUTARK_PLUGIN_NETWORK", "HTTP_PROXY", "HTTPS_PROXY"):
        env.pop(name, None)
    return env, log


def _records(log: Path) -> list[dict[str, object]]:
    return [json.loads(line) for f in sorted(log.glob("*.jsonl")) for line in f.read_text().splitlines()]


def _autark(env: dict[str, str], *args: str, timeout: float = 240) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "autark.cli.main", *args], capture_output=True, text=True,
                          env=env, timeout=timeout)


def test_the_hook_counts_an_outbound_connection(hooked: tuple[dict[str, str], Path]) -> None:
    env, log = hooked
    code = ("import socket\ns = socket.socket()\ntry:\n    s.connect(('192.0.2.1', 80))\n"
            "except PermissionError:\n    print('blocked')")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, timeout=60)
    assert done.stdout.strip() == "blocked", done.stderr
    assert [r["event"] for r in _records(log)] == ["started", "socket.connect"]


def test_make_render_and_serve_open_no_outbound_connection(hooked: tuple[dict[str, str], Path],
                                                           tmp_path: Path) -> None:
    env, log = hooked
    made = _autark(env, "make", "a robot finds a flower in the garden", "-o", str(tmp_path / "film.mp4"),
                   "--duration", "10", "--quality", "preview", "--width", "96", "--height", "54", "--fps", "8",
                   "--no-check")
    assert made.returncode == 0, made.stderr
    assert (tmp_path / "film.mp4").stat().st_size > 0

    project = str(tmp_path / "room")
    assert _autark(env, "new", project).returncode == 0
    assert _autark(env, "do", project, "add a red chair", "the chair turns around for 4 seconds").returncode == 0
    rendered = _autark(env, "render", project, "-o", str(tmp_path / "room.mp4"), "--quality", "preview",
                       "--width", "96", "--height", "54", "--fps", "8", "--no-check")
    assert rendered.returncode == 0, rendered.stderr

    errors = tmp_path / "serve.err"
    with errors.open("w") as err, subprocess.Popen(
            [sys.executable, "-m", "autark.cli.main", "serve", project, "--port", "0", "--tcp-port", "0"],
            stdout=subprocess.PIPE, stderr=err, text=True, env=env) as server:
        try:
            url = None
            deadline = time.monotonic() + 120
            while url is None and time.monotonic() < deadline:
                line = server.stdout.readline()  # type: ignore[union-attr]
                if not line:
                    break
                if line.strip().startswith("open"):
                    url = line.split()[-1]
            assert url is not None, errors.read_text()
            with urllib.request.urlopen(url, timeout=60) as answer:  # noqa: S310 - our own loopback studio
                assert answer.status == 200 and b"<html" in answer.read(4096).lower()
        finally:
            server.send_signal(signal.SIGINT)
            try:
                server.wait(timeout=60)
            except subprocess.TimeoutExpired:
                server.kill()
                server.wait()

    records = _records(log)
    outbound = [r for r in records if r["event"] != "started"]
    assert outbound == [], outbound  # the count is 0
    watched = {str(r["argv"][-1]) for r in records if r["event"] == "started"}  # type: ignore[index]
    assert {"make", "new", "do", "render", "serve"} <= watched, watched  # every command ran with the hook


def test_signing_recipes_and_encryption_open_no_outbound_connection(hooked: tuple[dict[str, str], Path],
                                                                     tmp_path: Path) -> None:
    """Issue 20's other commands: the film's C2PA signature (a key made here, no time-stamp server), ``recipe``,
    ``new --encrypt``, ``encrypt`` and an encrypted project's ``do`` and ``render``."""
    env, log = hooked
    env = {**env, "AUTARK_PASSPHRASE": "privacy test"}
    secret, plain = str(tmp_path / "secret"), str(tmp_path / "plain")
    for args in (("new", secret, "--encrypt"), ("do", secret, "add a red chair"), ("new", plain),
                 ("do", plain, "add a table"), ("encrypt", plain),
                 ("render", secret, "-o", str(tmp_path / "secret.mp4"), "--quality", "preview", "--width", "32",
                  "--height", "18", "--fps", "4", "--no-check", "--mark"),
                 ("recipe", str(tmp_path / "secret.mp4"), "-o", str(tmp_path / "again"))):
        done = _autark(env, *args)
        assert done.returncode == 0, (args, done.stdout, done.stderr)
    assert (tmp_path / "config" / "signing" / "film-signer.key.pem").is_file()  # made here, on first use
    assert not (tmp_path / "secret" / "cache").exists()  # an encrypted project renders without a plain-text cache
    records = _records(log)
    outbound = [r for r in records if r["event"] != "started"]
    assert outbound == [], outbound
    watched = {str(r["argv"][-1]) for r in records if r["event"] == "started"}  # type: ignore[index]
    assert {"new", "do", "encrypt", "render", "recipe"} <= watched, watched


def test_phrases_templates_preferences_and_ratings_open_no_outbound_connection(hooked: tuple[dict[str, str], Path],
                                                                                tmp_path: Path) -> None:
    """Issue 21's commands: teaching and using a phrase, saving, using, exporting and importing a template,
    rating a film, showing and resetting preferences, and a plan made with them (all in the user folder)."""
    env, log = hooked
    first, second, shared = str(tmp_path / "first"), str(tmp_path / "second"), str(tmp_path / "office.json")
    film = tmp_path / "film.mp4"
    film.write_bytes(b"\x00")
    (tmp_path / "film.report.json").write_text(json.dumps({"made_with": {"lighting": "sunset"}}), encoding="utf-8")
    for args in (("new", first), ("new", second),
                 ("do", first, "add a table", "from now on, cozy means candlelight", "make it cozy",
                  "save this room as my office"),
                 ("do", second, "make this my office"), ("templates", "use", second, "office"),
                 ("templates", "export", "office", shared), ("templates", "import", shared, "--replace"),
                 ("phrases", "--remove", "cozy"), ("rate", str(film), "5", "--aspect", "fidelity"),
                 ("preferences",), ("preferences", "--reset", "lighting"),
                 ("plan", "a robot in a garden", "-o", str(tmp_path / "plan.yaml"))):
        done = _autark(env, *args)
        assert done.returncode == 0, (args, done.stdout, done.stderr)
    assert (tmp_path / "config" / "templates" / "scene" / "office.json").is_file()
    records = _records(log)
    outbound = [r for r in records if r["event"] != "started"]
    assert outbound == [], outbound
    watched = {str(r["argv"][-1]) for r in records if r["event"] == "started"}  # type: ignore[index]
    assert {"do", "templates", "phrases", "rate", "preferences", "plan"} <= watched, watched


def test_questions_and_why_open_no_outbound_connection(hooked: tuple[dict[str, str], Path], tmp_path: Path) -> None:
    """Issue 21's questions: asking about the scene, asking why, and ``history --why``."""
    env, log = hooked
    project = str(tmp_path / "asked")
    for args in (("new", project),
                 ("do", project, "add a table", "add a red chair next to the table", "where is the table?",
                  "wie viele Stühle gibt es?", "warum steht der Stuhl dort?"),
                 ("history", project, "--why")):
        done = _autark(env, *args)
        assert done.returncode == 0, (args, done.stdout, done.stderr)
    records = _records(log)
    outbound = [r for r in records if r["event"] != "started"]
    assert outbound == [], outbound
    watched = {str(r["argv"][-1]) for r in records if r["event"] == "started"}  # type: ignore[index]
    assert {"new", "do", "history"} <= watched, watched
