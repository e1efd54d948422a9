"""The shot search, counted and timed: every idea of benchmarks/shot_search_ideas.yaml built into a 30-second film's
scenes and shots (as ``autark make`` builds them, no frames rendered). Prints per idea and in total: the build time,
the framings the search measured in full and coarsely (``measure_shot(every=...)``), and the kept shots' faults by
the planner's own measures (``measure_scene``): a body cut at the frame's edge or a head over its top (body_cut, head_out, head_cut), a subject hidden or lost
(occluded, not_visible, subject_off, foreground), and pictures shown again (``report_faults.repeated_pictures``).

Run: .venv/bin/python benchmarks/bench_shot_search.py [--held] [--all] [--first N] [--json OUT]
"""

from __future__ import annotations

import argparse
import json
import time
from pathlib import Path
from typing import Any

import yaml

IDEAS = Path(__file__).with_name("shot_search_ideas.yaml")
CUT = ("body_cut", "head_out", "head_cut")
HIDDEN = ("occluded", "not_visible", "subject_off", "foreground")


def film(idea: dict[str, Any]) -> dict[str, Any]:
    """One idea's build time, measured framings and faults."""
    from autark.cinema import measure_scene
    from autark.jobs import shots
    from autark.jobs.film import SceneSegment
    from autark.jobs.produce import build_film
    from autark.jobs.report_faults import repeated_pictures
    from autark.story import plan

    calls = [0, 0]  # full looks, coarse looks
    real = shots.measure_shot

    def counted(*a: Any, **k: Any) -> Any:
        calls[k.get("every", 1) > 1] += 1
        return real(*a, **k)

    shots.measure_shot = counted
    try:
        screenplay = plan(idea["idea"], 30.0, seed=0, language=idea["lang"])
        t0, c0 = time.perf_counter(), time.process_time()
        built = build_film(screenplay, width=1280, height=720, fps=24)
        build_s, cpu_s = time.perf_counter() - t0, time.process_time() - c0
    finally:
        shots.measure_shot = real
    faults: dict[str, int] = {}
    n_shots = again = 0
    for seg in built.segments:
        if not isinstance(seg, SceneSegment):
            continue
        ms = measure_scene(seg.scene)
        n_shots += len(ms)
        again += len(repeated_pictures([m.to_dict() for m in ms]))
        for m in ms:
            for code in {p.code for p in m.failures}:
                faults[code] = faults.get(code, 0) + 1
    return {
        "idea": idea["idea"],
        "build_s": round(build_s, 2),
        "cpu_s": round(cpu_s, 2),
        "measured": calls[0],
        "coarse": calls[1],
        "shots": n_shots,
        "cut": sum(faults.get(c, 0) for c in CUT),
        "hidden": sum(faults.get(c, 0) for c in HIDDEN),
        "again": again,
        "faults": faults,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--held", action="store_true", help="the held-out ideas only")
    parser.add_argument("--all", action="store_true", help="corpus and held-out ideas")
    parser.add_argument("--first", type=int, default=0, help="only the first N ideas")
    parser.add_argument("--match", default="", help="only ideas containing this text")
    parser.add_argument("--json", help="write the rows here")
    parser.add_argument("--ideas", default=str(IDEAS), help="another list of ideas, in that file's order")
    args = parser.parse_args()
    items = yaml.safe_load(Path(args.ideas).read_text(encoding="utf-8"))
    if not args.all:
        items = [it for it in items if bool(it.get("held")) == args.held]
    items = [it for it in items if args.match.lower() in it["idea"].lower()]
    if args.first:
        items = items[: args.first]
    rows = []
    for idea in items:
        row = film(idea)
        rows.append(row)
        print(
            f"{row['build_s']:6.1f} s ({row['cpu_s']:5.1f} s cpu) {row['measured']:4d} measured ({row['coarse']:3d} coarse) "
            f"{row['shots']:3d} shots  cut {row['cut']:2d} "
            f"hidden {row['hidden']:2d} again {row['again']:2d}  {row['idea'][:60]}  {row['faults']}",
            flush=True,
        )
    tot = {
        k: sum(r[k] for r in rows)
        for k in ("build_s", "cpu_s", "measured", "shots", "cut", "hidden", "again")
    }
    print(
        f"total: {len(rows)} ideas, {tot['shots']} shots, cut {tot['cut']}, hidden {tot['hidden']}, again "
        f"{tot['again']}; {tot['measured']} framings measured, build {tot['build_s']:.1f} s "
        f"({tot['cpu_s']:.1f} s cpu)"
    )
    if args.json:
        Path(args.json).write_text(json.dumps(rows, indent=1), encoding="utf-8")


if __name__ == "__main__":
    main()
