"""Benchmark ``autark make``: wall time of a 30-second film from an idea, per stage, preview and final.

    .venv/bin/python benchmarks/bench_make.py                      # preview and final, 1 run each
    .venv/bin/python benchmarks/bench_make.py --quality final --repeats 3

Each run is a fresh ``autark make`` subprocess (so imports, the GL context and shader compilation are paid
as a person pays them); the stage figures come from the summary line the command prints. Prints the median
per stage over ``--repeats`` runs. Target: final <= 60 s on a 2-core machine.
"""

from __future__ import annotations

import argparse
import re
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

IDEA = "a lonely robot finds a flower in the desert at sunset"
STAGES = ("plan", "build", "audio", "render", "encode", "render+encode")


def run_once(quality: str, duration: float, out_dir: Path) -> dict[str, float]:
    exe = Path(sys.executable).with_name("autark")
    out = out_dir / f"film-{quality}.mp4"
    t0 = time.perf_counter()
    proc = subprocess.run([str(exe), "make", IDEA, "-o", str(out), "--duration", str(duration),
                           "--quality", quality], capture_output=True, text=True, check=False)
    wall = time.perf_counter() - t0
    if proc.returncode != 0:
        raise SystemExit(f"autark make failed ({proc.returncode}):\n{proc.stderr[-2000:]}")
    line = next(ln for ln in proc.stdout.splitlines() if ln.startswith("timings:"))
    figures = {name: float(v) for name, v in re.findall(r"([a-z+]+) ([\d.]+) s", line)}
    figures["wall"] = wall
    return figures


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quality", choices=["preview", "final", "both"], default="both")
    parser.add_argument("--duration", type=float, default=30.0)
    parser.add_argument("--repeats", type=int, default=1)
    args = parser.parse_args()
    qualities = ["preview", "final"] if args.quality == "both" else [args.quality]
    with tempfile.TemporaryDirectory() as tmp:
        for quality in qualities:
            runs = [run_once(quality, args.duration, Path(tmp)) for _ in range(args.repeats)]
            med = {k: statistics.median(r[k] for r in runs) for k in runs[0]}
            stages = ", ".join(f"{k} {med[k]:.1f} s" for k in STAGES if k in med)
            print(f"autark make {args.duration:g} s film, {quality:7s}: wall {med['wall']:.1f} s "
                  f"(median of {len(runs)}); {stages}")
            if quality == "final":
                verdict = "meets" if med["wall"] <= 60 else "misses"
                print(f"  target final <= 60 s: {verdict} ({med['wall']:.1f} s)")


if __name__ == "__main__":
    main()
