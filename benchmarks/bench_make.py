"""Benchmark ``autark make``: wall time and CPU time of a 30-second film from an idea, per stage, preview and
final.

    .venv/bin/python benchmarks/bench_make.py                      # preview and final, 1 run each
    .venv/bin/python benchmarks/bench_make.py --quality final --repeats 3
    .venv/bin/python benchmarks/bench_make.py --quality final --idea "a shy ghost tries to make friends with a family in an old castle"

Each run is a fresh ``autark make`` subprocess (so imports, the GL context and shader compilation are paid
as a person pays them); the stage figures come from the summary line the command prints, the CPU seconds
(user + system, the command's threads and any processes it waited for) from the kernel. On a machine shared
with other work compare CPU seconds: wall time grows with the load, CPU time far less. Prints the median per
stage over ``--repeats`` runs. Target (issue 17): a final 1280x720 film <= 45 s on a quiet 2-core machine.
"""

from __future__ import annotations

import argparse
import os
import re
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

IDEA = "a lonely robot finds a flower in the desert at sunset"
STAGES = ("plan", "build", "plan+build", "audio", "render", "encode", "render+encode")


def _children_cpu_s() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def timed_make(command: list[str], env: dict[str, str] | None = None) -> dict[str, float]:
    """Run one ``autark make`` command: its wall and CPU seconds and the stage figures its summary line prints."""
    t0, cpu0 = time.perf_counter(), _children_cpu_s()
    proc = subprocess.run(command, capture_output=True, text=True, check=False, env=env)
    wall, cpu = time.perf_counter() - t0, _children_cpu_s() - cpu0
    if proc.returncode != 0:
        raise SystemExit(f"autark make failed ({proc.returncode}):\n{proc.stderr[-2000:]}")
    line = next(ln for ln in proc.stdout.splitlines() if ln.startswith("timings:"))
    figures = {name: float(v) for name, v in re.findall(r"([a-z+]+) ([\d.]+) s", line)}
    figures["wall"], figures["cpu"] = wall, cpu
    return figures


def run_once(quality: str, duration: float, out_dir: Path, idea: str = IDEA) -> dict[str, float]:
    exe = Path(sys.executable).with_name("autark")
    out = out_dir / f"film-{quality}.mp4"
    figures = timed_make([str(exe), "make", idea, "-o", str(out), "--duration", str(duration),
                          "--quality", quality])
    # the time before the first frame (reading the idea, the screenplay, the sets, the motion and the shot search)
    figures["plan+build"] = figures.get("plan", 0.0) + figures.get("build", 0.0)
    return figures


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quality", choices=["preview", "final", "both"], default="both")
    parser.add_argument("--duration", type=float, default=30.0)
    parser.add_argument("--repeats", type=int, default=1)
    parser.add_argument("--idea", default=IDEA, help="the idea to film (default: the robot in the desert)")
    args = parser.parse_args()
    qualities = ["preview", "final"] if args.quality == "both" else [args.quality]
    if sys.flags.dont_write_bytecode or os.environ.get("PYTHONDONTWRITEBYTECODE"):
        # each run then compiles every module it imports (about 450, 1-2 s of CPU) where an installed copy reads them
        print("note: PYTHONDONTWRITEBYTECODE is set: no module's bytecode is kept, each run compiles its imports again")
    with tempfile.TemporaryDirectory() as tmp:
        for quality in qualities:
            runs = [run_once(quality, args.duration, Path(tmp), args.idea) for _ in range(args.repeats)]
            med = {k: statistics.median(r[k] for r in runs) for k in runs[0]}
            stages = ", ".join(f"{k} {med[k]:.1f} s" for k in STAGES if k in med)
            print(f"autark make {args.duration:g} s film, {quality:7s}: wall {med['wall']:.1f} s, CPU "
                  f"{med['cpu']:.1f} s (median of {len(runs)}, load {os.getloadavg()[0]:.1f}); {stages}")
            if quality == "final":
                verdict = "meets" if med["wall"] <= 45 else "misses"
                print(f"  target final <= 45 s on a quiet 2-core machine: {verdict} ({med['wall']:.1f} s)")
                print(f"  before the first frame (plan+build): {med['plan+build']:.1f} s (aim <= 8 s)")


if __name__ == "__main__":
    main()
