"""render_frames: worker processes give the same frames, in order, as rendering in-process."""

from __future__ import annotations

import functools
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import numpy as np
import pytest
from compose_media import make_failing_renderer, make_gl_renderer, make_square_renderer, red_centroid_x

from autark.compose import render_frames
from autark.errors import RenderError, UserInputError


def test_in_process_frames_are_in_order() -> None:
    frames = list(render_frames(make_square_renderer, 10, workers=1))
    xs = [red_centroid_x(f) for f in frames]
    assert xs == sorted(xs) and len(set(xs)) == 10


def test_parallel_gl_frames_equal_serial() -> None:
    # Each worker creates its own EGL context (spawn); frames come back in order and pixel-identical.
    make = functools.partial(make_gl_renderer, 64, 48)
    serial = list(render_frames(make, 13, workers=1))
    parallel = list(render_frames(make, 13, workers=2, chunk_frames=3))
    assert len(parallel) == 13
    for a, b in zip(serial, parallel, strict=True):
        assert np.array_equal(a, b)
    # The triangle really turns: consecutive frames differ, and the first frame has both colours.
    assert not np.array_equal(serial[0], serial[1])
    assert (serial[0][:, :, 0] > 200).any() and (serial[0][:, :, 2] > 120).any()


def test_worker_error_is_a_render_error_naming_the_cause() -> None:
    with pytest.raises(RenderError, match="the lamp exploded"):
        list(render_frames(make_failing_renderer, 12, workers=2, chunk_frames=2))


def test_bad_worker_count() -> None:
    with pytest.raises(UserInputError, match="workers=0"):
        list(render_frames(make_square_renderer, 3, workers=0))


def test_zero_frames_yields_nothing() -> None:
    assert list(render_frames(make_square_renderer, 0, workers=2)) == []



_ORPHAN = """
import multiprocessing, os, sys, threading, time
from autark.compose import parallel

def worker(parent_pid, how):
    if how == "prctl":
        parallel._die_with_parent(parent_pid)
    else:  # the fallback where PR_SET_PDEATHSIG is missing: a thread polls the parent's pid
        parallel.PARENT_POLL_S = 0.05
        threading.Thread(target=parallel._watch_parent, args=(parent_pid,), daemon=True).start()
    time.sleep(60)

if __name__ == "__main__":
    proc = multiprocessing.get_context("spawn").Process(target=worker, args=(os.getpid(), sys.argv[1]))
    proc.start()
    print(proc.pid, flush=True)
    time.sleep(60)
"""


def _running(pid: int) -> bool:
    """Whether ``pid`` runs (a zombie that init has not reaped does not)."""
    try:
        return Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0] not in ("Z", "X")
    except (OSError, IndexError):
        return False


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc")
@pytest.mark.parametrize("how", ["prctl", "poll"])
def test_a_worker_ends_when_its_parent_is_killed(how: str, tmp_path: Path) -> None:
    script = tmp_path / "orphan.py"
    script.write_text(_ORPHAN, encoding="utf-8")
    with (tmp_path / "out.txt").open("w+") as out:
        proc = subprocess.Popen([sys.executable, str(script), how], stdout=out)
        worker = 0
        try:
            deadline = time.monotonic() + 30
            while not worker and time.monotonic() < deadline:
                out.seek(0)
                worker = int(out.read().strip() or 0)
                time.sleep(0.02)
            time.sleep(1.0)  # the worker has armed its watch
            proc.send_signal(signal.SIGKILL)
            proc.wait(timeout=30)
            deadline = time.monotonic() + 5
            while _running(worker) and time.monotonic() < deadline:
                time.sleep(0.02)
            assert worker and not _running(worker), f"the worker outlived its parent ({how})"
        finally:
            if proc.poll() is None:
                proc.kill()
                proc.wait()
            if worker and _running(worker):
                os.kill(worker, signal.SIGKILL)


def test_frames_cross_in_shared_memory_and_leave_none_behind() -> None:
    # After the first chunk, workers write frames into the parent's shared-memory slots (frame_slots): the
    # frames are the same, in order, and no slot is left in /dev/shm once the render ends or is closed early.
    make = functools.partial(make_gl_renderer, 64, 48)
    shm = Path("/dev/shm")
    before = set(shm.iterdir()) if shm.is_dir() else set()
    serial = list(render_frames(make, 17, workers=1))
    parallel = list(render_frames(make, 17, workers=2, chunk_frames=2))
    assert all(np.array_equal(a, b) for a, b in zip(serial, parallel, strict=True))
    frames = render_frames(make, 17, workers=2, chunk_frames=2)
    next(frames), next(frames), next(frames)
    frames.close()
    if shm.is_dir():
        assert set(shm.iterdir()) - before == set()


def test_a_slot_lent_to_a_chunk_it_cannot_hold_sends_the_frames_through_the_pipe() -> None:
    from autark.compose import frame_slots

    slots = frame_slots.FrameSlots(1, 10)
    try:
        name = slots.take()
        assert slots.take() is None  # the one slot is lent
        frames = [np.full((4, 4, 3), k, np.uint8) for k in range(2)]
        assert frame_slots.deliver(frames, name) is frames  # 96 bytes: too big for 10
        slots.give_back(name)
        small = [np.full((1, 3, 3), 7, np.uint8)]
        sent = frame_slots.deliver(small, slots.take())
        assert isinstance(sent, tuple)
        assert np.array_equal(slots.read(sent[1], sent[2])[0], small[0])
        assert slots.take() == name  # free again once read
    finally:
        slots.close()
