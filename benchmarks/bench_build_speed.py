"""The time before a film's first frame, and whether a speed-up changed what is made: every idea of
benchmarks/build_speed_ideas.yaml planned and built into its scenes and shots (as ``autark make`` does, no frames),
with the CPU seconds of each and a fingerprint of the screenplay and of each scene (its timeline's shots, its camera
tracks and a hash of the whole scene). Lines are timed by a stand-in voice (as long as a brisk espeak line), so the
build neither waits for nor pays the speech; run with PYTHONHASHSEED=0 to compare two runs (a tie between two
framing classes of a shot is broken by set order, which the hash seed changes).

    PYTHONHASHSEED=0 .venv/bin/python benchmarks/bench_build_speed.py --json before.json          # on the old code
    PYTHONHASHSEED=0 .venv/bin/python benchmarks/bench_build_speed.py --against before.json        # on the new code
    ... [--held] [--all] [--first N]

Prints per idea the plan and build CPU seconds, and with ``--against`` whether its screenplay and every scene are
identical to the earlier run's, with the CPU before and after.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import statistics
import time
from pathlib import Path
from typing import Any

import yaml
from brisk_voices import BriskVoices

IDEAS = Path(__file__).with_name("build_speed_ideas.yaml")


def film(lang: str, idea: str) -> dict[str, Any]:
    """One idea's plan and build CPU seconds and its fingerprint."""
    from autark.jobs.film import SceneSegment
    from autark.jobs.produce import build_film
    from autark.story import plan

    c0 = time.process_time()
    screenplay = plan(idea, duration_s=30.0, seed=0, language=lang)
    c1 = time.process_time()
    built = build_film(screenplay, width=1280, height=720, fps=30, voices=BriskVoices())  # type: ignore[arg-type]
    c2 = time.process_time()
    scenes = []
    for seg in built.segments:
        if isinstance(seg, SceneSegment):
            tl = seg.scene.timeline
            scenes.append({"hash": hashlib.sha256(seg.scene.model_dump_json().encode()).hexdigest()[:16],
                           "shots": [s.model_dump(mode="json") for s in tl.shots],
                           "cams": [tr.model_dump(mode="json") for tr in tl.tracks if tr.target.startswith("camera:")]})
    return {"idea": idea, "plan": screenplay.model_dump(mode="json"), "warnings": built.warnings, "scenes": scenes,
            "plan_cpu": round(c1 - c0, 2), "build_cpu": round(c2 - c1, 2)}


def differences(a: dict[str, Any], b: dict[str, Any]) -> list[str]:
    """What differs between two runs' rows of one idea (empty: the same screenplay, shots and scenes)."""
    out = [k for k in ("plan", "warnings") if a[k] != b[k]]
    if len(a["scenes"]) != len(b["scenes"]):
        out.append("scene count")
    for i, (x, y) in enumerate(zip(a["scenes"], b["scenes"], strict=False)):
        out += [f"scene {i + 1} {k}" for k in ("shots", "cams", "hash") if x[k] != y[k]]
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--held", action="store_true", help="the held-out ideas only")
    parser.add_argument("--all", action="store_true", help="corpus and held-out ideas")
    parser.add_argument("--first", type=int, default=0, help="only the first N ideas")
    parser.add_argument("--json", help="write the rows here")
    parser.add_argument("--against", help="an earlier run's rows to compare with")
    args = parser.parse_args()
    data = yaml.safe_load(IDEAS.read_text(encoding="utf-8"))
    ideas = data["held"] if args.held else data["corpus"] + (data["held"] if args.all else [])
    ideas = ideas[: args.first] if args.first else ideas
    before = {r["idea"]: r for r in json.loads(Path(args.against).read_text())} if args.against else {}
    rows, same = [], 0
    for item in ideas:
        row = film(item["lang"], item["idea"])
        rows.append(row)
        old = before.get(row["idea"])
        diff = differences(old, row) if old else []
        same += bool(old) and not diff
        was = f" (was {old['plan_cpu']:.2f} / {old['build_cpu']:.2f} s)" if old else ""
        mark = ("SAME " if not diff else "DIFF ") if old else ""
        print(f"{mark}plan {row['plan_cpu']:5.2f} s, build {row['build_cpu']:6.2f} s CPU{was}  {row['idea'][:60]}"
              + (f"  {diff}" if diff else ""), flush=True)
    builds = [r["build_cpu"] for r in rows]
    print(f"{len(rows)} ideas: build CPU median {statistics.median(builds):.2f} s, total {sum(builds):.1f} s")
    if before:
        olds = [before[r["idea"]]["build_cpu"] for r in rows if r["idea"] in before]
        print(f"  before: median {statistics.median(olds):.2f} s, total {sum(olds):.1f} s; "
              f"identical screenplay and shots: {same}/{len(rows)}")
    if args.json:
        Path(args.json).write_text(json.dumps(rows, indent=1), encoding="utf-8")


if __name__ == "__main__":
    main()
