"""Where ``autark make``'s CPU goes: one film made in this process with the CPU seconds of the whole process
tree (this process's threads, its live workers read from /proc, the children it has waited for) taken at each
stage's edge, and the thread CPU of the film report's three parts.

    .venv/bin/python benchmarks/bench_make_stages.py plan.yaml -o /tmp/film.mp4      # any ``make`` arguments
    PYTHONPATH=/tmp/base/src .venv/bin/python benchmarks/bench_make_stages.py "an idea" -o /tmp/film.mp4

On a machine shared with other work the wall seconds grow with the load and the CPU seconds far less: compare
CPU. (Linux only: the live workers are read from /proc.)

Measured 2026-12-07 (load 20-29), the fisherman's film from its plan, code at 4158f1a: before the build 1.5 s,
the build 23.9 s (the scenes, their shots and pixel checks, the voices spoken ahead on a thread, the render
workers warming), speech 0.0 s (spoken ahead), render + encode 63.1 s (720 frames: both workers and the
encoder), the report 2.7 s (its video 1.4 s, sound 0.4 s, shot facts 0.8 s); 91.4 s in all.
"""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Callable
from typing import Any


def tree_cpu_s() -> float:
    """CPU seconds (user + system) of this process, the children it has waited for and its live children."""
    t = os.times()
    total = t.user + t.system + t.children_user + t.children_system
    tick = os.sysconf("SC_CLK_TCK")
    me = str(os.getpid())
    for pid in os.listdir("/proc"):
        if not pid.isdigit():
            continue
        try:
            with open(f"/proc/{pid}/stat") as f:
                fields = f.read().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if fields[1] == me:  # the parent's pid; utime and stime are the 12th and 13th fields after the name
            total += (int(fields[11]) + int(fields[12])) / tick
    return total


def main() -> None:
    import autark.compose as compose
    import autark.jobs.facts as facts
    import autark.jobs.film as film
    import autark.jobs.measure as measure
    import autark.jobs.produce as produce
    from autark.cli.main import app

    marks: list[tuple[str, float, float]] = []
    parts: dict[str, float] = {}

    def mark(name: str) -> None:
        marks.append((name, tree_cpu_s(), time.perf_counter()))

    def around(module: Any, name: str, before: str, after: str) -> None:
        inner: Callable[..., Any] = getattr(module, name)

        def wrapped(*args: Any, **kwargs: Any) -> Any:
            mark(before)
            result = inner(*args, **kwargs)
            mark(after)
            return result

        setattr(module, name, wrapped)

    def thread_timed(module: Any, name: str) -> None:
        inner: Callable[..., Any] = getattr(module, name)

        def wrapped(*args: Any, **kwargs: Any) -> Any:
            t0 = time.thread_time()
            try:
                return inner(*args, **kwargs)
            finally:
                parts[name] = parts.get(name, 0.0) + time.thread_time() - t0

        setattr(module, name, wrapped)

    around(produce, "build_film", "build", "built")
    around(film, "speak_segments", "speech", "spoken")
    around(compose, "compose_film", "render+encode", "encoded")
    around(film, "_check_film", "report", "reported")
    for name in ("measure_video", "measure_audio"):
        thread_timed(measure, name)
    thread_timed(facts, "film_facts")
    mark("start")
    sys.argv = ["autark", "make", *sys.argv[1:]]
    try:
        app()
    except SystemExit as exc:
        if exc.code not in (0, None):
            raise
    mark("end")
    for (name, cpu, wall), (_, cpu_next, wall_next) in zip(marks, marks[1:], strict=False):
        print(f"{name:>14s}: CPU {cpu_next - cpu:6.1f} s, wall {wall_next - wall:6.1f} s")
    print(f"{'in all':>14s}: CPU {marks[-1][1] - marks[0][1]:6.1f} s, wall {marks[-1][2] - marks[0][2]:6.1f} s; "
          f"load {os.getloadavg()[0]:.1f}")
    print("report parts (thread CPU): " + ", ".join(f"{k} {v:.2f} s" for k, v in parts.items()))


if __name__ == "__main__":
    main()
