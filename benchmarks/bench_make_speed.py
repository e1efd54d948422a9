"""Speed of ``autark make`` on heavy ideas (benchmarks/make_speed_ideas.yaml: storms, crowds, water, night, many
characters; English and German): each idea planned once, then its plan made alternately by a baseline copy of
the source and by the working tree (``bench_make_stages.py``, a fresh process each), with the CPU seconds of the
whole process tree per stage; medians over the repeats and the ratio after / before per idea and stage.

    git worktree add /tmp/base <commit>       # or: git archive <commit> src | tar -x -C /tmp/base
    .venv/bin/python benchmarks/bench_make_speed.py --baseline /tmp/base/src --set corpus --duration 12
    .venv/bin/python benchmarks/bench_make_speed.py --baseline /tmp/base/src --set held --repeats 2

On a machine shared with other work compare the CPU seconds (the wall seconds grow with the load). ``--set held``
measures the held-out ideas, written before the change and measured only at its end.
"""

from __future__ import annotations

import argparse
import os
import re
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent
STAGES = ("start", "build", "render+encode", "report", "in all")
LINE = re.compile(r"^\s*(?P<stage>[a-z+ ]+): CPU\s+(?P<cpu>[\d.]+) s, wall\s+(?P<wall>[\d.]+) s")


def ideas(which: str) -> list[dict[str, str]]:
    return yaml.safe_load((HERE / "make_speed_ideas.yaml").read_text(encoding="utf-8"))[which]


def plan(idea: str, out: Path, duration: float) -> Path:
    subprocess.run([sys.executable, "-m", "autark.cli.main", "plan", idea, "-o", str(out), "--duration",
                    str(duration)], check=True, capture_output=True)
    return out


def stages(plan_path: Path, film: Path, src: str | None, duration: float, quality: str) -> dict[str, float]:
    """CPU seconds per stage (and 'wall' for the whole make) of one ``make`` of the plan."""
    env = dict(os.environ)
    if src is not None:
        env["PYTHONPATH"] = src
    proc = subprocess.run([sys.executable, str(HERE / "bench_make_stages.py"), str(plan_path), "-o", str(film),
                           "--duration", str(duration), "--quality", quality], env=env, capture_output=True,
                          text=True, check=False)
    if proc.returncode != 0:
        raise RuntimeError(f"make failed: {proc.stderr[-2000:]}")
    out: dict[str, float] = {}
    for line in proc.stdout.splitlines():
        m = LINE.match(line)
        if m and m["stage"].strip() in STAGES:
            out[m["stage"].strip()] = float(m["cpu"])
            if m["stage"].strip() == "in all":
                out["wall"] = float(m["wall"])
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--baseline", required=True, help="the baseline's src folder (PYTHONPATH)")
    ap.add_argument("--after", help="the changed src folder (default: the working tree); the baseline with only "
                    "the change applied keeps other work in the tree out of the comparison")
    ap.add_argument("--set", default="corpus", choices=("corpus", "held"))
    ap.add_argument("--repeats", type=int, default=1)
    ap.add_argument("--duration", type=float, default=30.0, help="the film's length (the plan is made for it)")
    ap.add_argument("--quality", default="final")
    ap.add_argument("--only", type=int, nargs="*", help="indices of the ideas to run")
    args = ap.parse_args()
    chosen = ideas(args.set)
    picked = [(i, e) for i, e in enumerate(chosen) if args.only is None or i in args.only]
    totals: dict[str, list[float]] = {"before": [], "after": []}
    with tempfile.TemporaryDirectory(prefix="bench-make-speed-") as tmp:
        work = Path(tmp)
        for i, entry in picked:
            plan_path = plan(entry["idea"], work / f"idea{i}.yaml", args.duration)
            runs: dict[str, list[dict[str, float]]] = {"before": [], "after": []}
            for _ in range(args.repeats):
                for label, src in (("before", args.baseline), ("after", args.after)):
                    runs[label].append(stages(plan_path, work / f"{label}{i}.mp4", src, args.duration, args.quality))
            print(f"[{args.set} {i}] {entry['lang']} {entry['idea']}")
            for stage in (*STAGES, "wall"):
                b = statistics.median(r.get(stage, 0.0) for r in runs["before"])
                a = statistics.median(r.get(stage, 0.0) for r in runs["after"])
                ratio = f"{a / b:5.2f}" if b > 0 else "   - "
                unit = "wall s" if stage == "wall" else "CPU s"
                print(f"    {stage:>14s}: {b:7.1f} -> {a:7.1f} {unit} (x{ratio})")
            totals["before"].append(statistics.median(r["in all"] for r in runs["before"]))
            totals["after"].append(statistics.median(r["in all"] for r in runs["after"]))
            sys.stdout.flush()
    b, a = statistics.median(totals["before"]), statistics.median(totals["after"])
    print(f"median CPU of a film over {len(picked)} ideas: {b:.1f} -> {a:.1f} s (x{a / b:.3f}); "
          f"load {os.getloadavg()[0]:.1f}")


if __name__ == "__main__":
    main()
