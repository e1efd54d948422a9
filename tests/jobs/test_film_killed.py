"""``kill -9`` during a film render with two render workers: the workers die with it within seconds, and the
next film removes the hidden partial MP4 and the ``autark-film-*`` work folder it left (real processes)."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from autark.compose import partial_path_for
from autark.jobs import CardSegment, FilmOptions, make_segments_film

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc")

# 600 frames of 1280x720 (about 5 s on 2 cores): long enough to be killed while the workers render.
_RENDER = textwrap.dedent(
    """
    import sys
    from autark.jobs import CardSegment, FilmOptions, make_segments_film

    make_segments_film([CardSegment("A film that is killed", duration_s=60.0)], sys.argv[1],
                       FilmOptions(fps=10, width=1280, height=720, workers=2, music=False))
    """
)


def _children(pid: int) -> dict[int, str]:
    """The processes whose parent is ``pid``: pid -> command line."""
    found = {}
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            ppid = int((entry / "stat").read_text().rsplit(")", 1)[1].split()[1])
            if ppid == pid:
                found[int(entry.name)] = (entry / "cmdline").read_bytes().replace(b"\0", b" ").decode()
        except (OSError, ValueError, IndexError):
            continue
    return found


def _running(pid: int) -> bool:
    """Whether ``pid`` still runs (a zombie, dead but not yet reaped by init, does not)."""
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except (OSError, IndexError):
        return False
    return state not in ("Z", "X")


def test_kill_9_takes_the_workers_along_and_the_next_film_removes_the_leftovers(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import tempfile

    temp, films = tmp_path / "tmp", tmp_path / "films"
    temp.mkdir()
    films.mkdir()
    out = films / "film.mp4"
    partial = partial_path_for(out)
    log = tmp_path / "render.log"  # a file, not a pipe: orphaned workers would hold a pipe open
    with log.open("w") as sink:
        proc = subprocess.Popen([sys.executable, "-c", _RENDER, str(out)], env={**os.environ, "TMPDIR": str(temp)},
                                stdout=sink, stderr=subprocess.STDOUT)
    helpers: dict[int, str] = {}
    try:
        deadline = time.monotonic() + 60
        while not partial.exists() and proc.poll() is None and time.monotonic() < deadline:
            time.sleep(0.01)
        assert partial.exists(), log.read_text()
        time.sleep(1.0)  # the workers are started and rendering
        helpers = _children(proc.pid)  # the two workers and multiprocessing's resource tracker
        assert len([cmd for cmd in helpers.values() if "spawn_main" in cmd]) == 2, helpers
        assert proc.poll() is None, "the film finished before it could be killed"
        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=30)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
    assert proc.returncode == -signal.SIGKILL
    gone_by = time.monotonic() + 5
    while any(_running(pid) for pid in helpers) and time.monotonic() < gone_by:
        time.sleep(0.05)
    orphans = [cmd for pid, cmd in helpers.items() if _running(pid)]
    for pid in helpers:  # so a failure here leaves no processes behind either
        if _running(pid):
            os.kill(pid, signal.SIGKILL)
    assert not orphans, "orphaned worker processes"

    # what kill -9 left: the hidden partial film and the work folder with the mix
    left = [p.name for p in temp.iterdir()]
    assert partial.exists() and len(left) == 1 and left[0].startswith(f"autark-film-{proc.pid}-"), left
    # the next film (here, in this process) removes both and leaves only itself
    monkeypatch.setattr(tempfile, "tempdir", str(temp))
    make_segments_film([CardSegment("Next", duration_s=1.0)], films / "next.mp4",
                       FilmOptions(fps=5, width=64, height=48, workers=1, music=False))
    assert sorted(p.name for p in films.iterdir()) == ["next.mp4", "next.report.html", "next.report.json"]
    assert list(temp.iterdir()) == []
