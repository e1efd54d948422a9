"""The graph's sound task beside the render: in a forked process (Linux) or on a thread, its value and its
errors come back to the job, and a job that stops (cancel, Ctrl-C, time limit) ends it at once."""

from __future__ import annotations

import os
import sys
import time

import pytest

from autark.errors import LimitExceeded, UserInputError
from autark.jobs.graph import Cancelled
from autark.jobs.sound_task import SoundTask

MODES = [pytest.param(True, id="process", marks=pytest.mark.skipif(sys.platform != "linux", reason="fork: Linux")),
         pytest.param(False, id="thread")]


@pytest.mark.parametrize("process", MODES)
def test_the_value_comes_back_from_the_task(process: bool) -> None:
    task = SoundTask(lambda: {"pid": os.getpid(), "levels": [(1.5, -20.0)]}, process=process).start()
    value = task.result()
    assert value["levels"] == [(1.5, -20.0)]
    assert (value["pid"] != os.getpid()) == process  # another process only when asked


@pytest.mark.parametrize("process", MODES)
def test_an_error_in_the_task_is_raised_in_the_job_as_it_was(process: bool) -> None:
    def fails() -> None:
        raise LimitExceeded("the render took longer than its limit of 1 s (during the mix)", hint="raise it")

    with pytest.raises(LimitExceeded, match="during the mix"):
        SoundTask(fails, process=process).start().result()


def test_an_error_that_cannot_be_pickled_comes_back_with_its_text() -> None:
    class Odd(Exception):
        def __init__(self, a: int, b: int) -> None:  # pickling calls Odd(message): it cannot be rebuilt
            super().__init__(f"odd {a} {b}")

    def fails() -> None:
        raise Odd(1, 2)

    with pytest.raises(Exception, match="odd 1 2"):
        SoundTask(fails, process=True).start().result()


def test_a_stopped_job_kills_the_sound_process_at_once() -> None:
    task = SoundTask(lambda: time.sleep(30), process=True).start()
    pid = task._child.pid
    t0 = time.perf_counter()

    def cancel() -> None:
        if time.perf_counter() - t0 > 0.2:
            raise Cancelled("the render was cancelled during the mix")

    with pytest.raises(Cancelled):
        task.result(cancel)
    assert time.perf_counter() - t0 < 5.0
    assert task._child is None
    with pytest.raises(ProcessLookupError):  # killed and reaped
        os.kill(pid, 0)


def test_a_dead_sound_process_is_a_clear_error() -> None:
    with pytest.raises(Exception, match="sound process stopped unexpectedly"):
        SoundTask(lambda: os._exit(3), process=True).start().result()


def test_user_errors_keep_their_hint_through_the_process() -> None:
    def fails() -> None:
        raise UserInputError("the line runs outside the film", hint="start it earlier")

    with pytest.raises(UserInputError) as caught:
        SoundTask(fails, process=True).start().result()
    assert "outside the film" in str(caught.value)


def test_a_stuck_sound_process_is_killed_and_the_sound_made_on_a_thread() -> None:
    parent = os.getpid()

    def make() -> str:
        if os.getpid() != parent:  # the child waits on a lock nobody will release (as after an unlucky fork)
            time.sleep(60)
        return "made here"

    t0 = time.perf_counter()
    task = SoundTask(make, process=True, stall_s=0.5).start()
    assert task.result() == "made here" and not task.process
    assert time.perf_counter() - t0 < 10.0
