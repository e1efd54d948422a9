"""The camera corpus counted: every idea of tests/cinema/ideas.yaml made into a film's scenes and shots (no
frames rendered), its shots measured by autark.cinema, with the shots as the screenplay plans them ("as
planned") and as the shot planner keeps them ("checked"). Prints, for each: shots with the camera inside
anything, character lines spoken wholly off screen outside a planned reaction shot, the share of shot time
the subjects are usable (in frame, unblocked, large enough), the failed rules by code, and the build time.

Run: .venv/bin/python benchmarks/bench_camera.py [--fast] [--only checked|planned]
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests" / "cinema"))
from camera_corpus import film_counts, ideas  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--fast", action="store_true", help="only the ideas marked fast")
    parser.add_argument("--only", choices=["checked", "planned"], help="one of the two runs")
    args = parser.parse_args()
    from autark.jobs.shots import CameraCounts

    items = ideas(fast_only=args.fast)
    runs = [("planned", False), ("checked", True)]
    for label, check in runs:
        if args.only and args.only != label:
            continue
        total = CameraCounts()
        t0 = time.perf_counter()
        for idea in items:
            total.add(film_counts(idea, check_shots=check))
        wall = time.perf_counter() - t0
        failed = ", ".join(f"{k} {v}" for k, v in sorted(total.failed.items())) or "none"
        print(f"{label:8s}: {len(items)} ideas, {total.shots} shots: camera inside {total.inside}, lines off screen "
              f"{total.lines_off} of {total.lines}, subjects usable {total.usable_pct:.1f}% of "
              f"{total.shot_s:.0f} s; failed rules: {failed}; {wall:.1f} s ({wall / len(items):.2f} s an idea)")


if __name__ == "__main__":
    main()
