"""The camera corpus made into real films and read back through their reports (issue 16's "done when").

Each idea of tests/cinema/ideas.yaml is made into a preview film (`autark make`, the report on by default) and
its ``film.report.json`` is read: the counts the issue asks for come from what the films' reports say, the
scene measures (what should be seen) and the decoded frames (what is seen) together. Prints the counts and
the ideas behind every failure. Slow: about 10-15 s a film on 2 cores at 480x270.

    python benchmarks/bench_corpus_films.py [--limit N] [--out DIR] [--width 480 --height 270]
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[1]
IDEAS = ROOT / "tests" / "cinema" / "ideas.yaml"


def _measure(report: dict, name: str) -> list[tuple[dict, dict]]:
    return [(shot, shot["measures"][name]) for shot in report["shots"] if name in shot.get("measures", {})]


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--limit", type=int, default=0)
    ap.add_argument("--out", type=Path, default=None)
    ap.add_argument("--width", type=int, default=480)
    ap.add_argument("--height", type=int, default=270)
    args = ap.parse_args()
    ideas = yaml.safe_load(IDEAS.read_text(encoding="utf-8"))
    if args.limit:
        ideas = ideas[: args.limit]
    out = args.out or Path(tempfile.mkdtemp(prefix="autark-corpus-films-"))
    out.mkdir(parents=True, exist_ok=True)
    totals = {"films": 0, "failed_to_make": 0, "shots": 0, "inside_geometry": 0, "flashes": 0,
              "subject_time_s": 0.0, "subject_usable_s": 0.0, "dark_shots": 0, "report_fail": 0}
    problems: list[str] = []
    times = []
    for i, entry in enumerate(ideas):
        film = out / f"film{i:02d}.mp4"
        started = time.perf_counter()
        made = subprocess.run([sys.executable, "-m", "autark.cli.main", "make", entry["idea"], "-o", str(film),
                               "--duration", str(entry.get("duration_s", 30)), "--seed", str(entry.get("seed", 1)),
                               "--quality", "preview", "--width", str(args.width), "--height", str(args.height)],
                              capture_output=True, text=True, timeout=600)
        times.append(time.perf_counter() - started)
        report_path = film.with_suffix(".report.json")
        if not report_path.is_file():
            totals["failed_to_make"] += 1
            problems.append(f"{i:02d} no film/report (exit {made.returncode}): {made.stderr.strip()[-200:]}")
            continue
        report = json.loads(report_path.read_text(encoding="utf-8"))
        totals["films"] += 1
        totals["report_fail"] += report["status"] == "fail"
        scene_shots = [s for s in report["shots"] if s.get("kind") == "scene"]
        totals["shots"] += len(scene_shots)
        for shot, m in _measure(report, "clearance_m"):
            if m["status"] == "fail":
                totals["inside_geometry"] += 1
                problems.append(f"{i:02d} shot {shot['index']} camera clearance {m['value']}: {entry['idea']}")
        for shot, m in _measure(report, "flashes"):
            if m["value"]:
                totals["flashes"] += int(m["value"])
                problems.append(f"{i:02d} shot {shot['index']} {m['value']} one-frame flash(es): {entry['idea']}")
        for shot, m in _measure(report, "subjects_visible_pct"):
            if m["value"] is not None:
                length = shot["end_s"] - shot["start_s"]
                totals["subject_time_s"] += length
                totals["subject_usable_s"] += length * m["value"] / 100.0
        for shot, m in _measure(report, "mean_luminance"):
            if m["status"] == "fail":
                totals["dark_shots"] += 1
                problems.append(f"{i:02d} shot {shot['index']} mean luminance {m['value']}: {entry['idea']}")
        for shot in report["shots"]:
            for name, m in shot.get("measures", {}).items():
                if m["status"] == "fail" and name not in ("clearance_m", "flashes", "mean_luminance"):
                    problems.append(f"{i:02d} shot {shot['index']} {name} = {m['value']}: {m.get('reason', '')}")
        print(f"{i:02d} {report['status']:4} {times[-1]:5.1f} s  {entry['idea'][:70]}", flush=True)
    usable = 100.0 * totals["subject_usable_s"] / max(totals["subject_time_s"], 1e-9)
    print(f"\nfilms {totals['films']} (not made: {totals['failed_to_make']}), scene shots {totals['shots']}, "
          f"films whose report fails: {totals['report_fail']}")
    print(f"shots with the camera inside geometry: {totals['inside_geometry']}")
    print(f"one-frame flashes: {totals['flashes']}")
    print(f"shot time with the subject visible at a usable size: {usable:.1f}%")
    print(f"shots below the luminance floor: {totals['dark_shots']}")
    times.sort()
    print(f"median time per film: {times[len(times) // 2]:.1f} s; films in {out}")
    if problems:
        print("\nproblems:")
        print("\n".join(f"  {p}" for p in problems))


if __name__ == "__main__":
    main()
