"""Benchmark the film report's cost (issue 16, item 5: under 5% of the render): films made from an idea at
preview and final quality, each with the check on, and the check alone re-run on the finished film.

    .venv/bin/python benchmarks/bench_report.py                     # 30 s films, preview then final (~1 min)
    .venv/bin/python benchmarks/bench_report.py --duration 12 --only preview --repeats 5

Prints per film: render+encode seconds, the check's seconds inside the film command, its share of the
render+encode stage, and the median of ``--repeats`` re-runs of the check alone (decode, measure, write)
with its CPU seconds.
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import time
from pathlib import Path

IDEA = "A lonely robot finds a flower in the desert at sunset"


def run(quality: str, duration_s: float, repeats: int, folder: Path) -> None:
    from autark.jobs import FilmOptions
    from autark.jobs.produce import produce
    from autark.jobs.report import check_film, load_facts, write_report
    from autark.story import plan

    screenplay = plan(IDEA, duration_s=duration_s, seed=0)
    out = folder / f"{quality}.mp4"
    report = produce(screenplay, out, FilmOptions(quality=quality, workers=1))  # type: ignore[arg-type]
    t = report.timings_s
    share = 100 * t["check"] / t["render+encode"]
    walls, cpus = [], []
    facts = load_facts(out)
    for _ in range(repeats):
        w0, c0 = time.perf_counter(), time.process_time()
        write_report(check_film(out, facts))
        walls.append(time.perf_counter() - w0)
        cpus.append(time.process_time() - c0)
    print(f"{quality:8s} {report.width}x{report.height} {report.n_frames} frames: render+encode "
          f"{t['render+encode']:.1f} s, check {t['check']:.2f} s = {share:.1f}% of it "
          f"({100 * t['check'] / sum(v for k, v in t.items() if k in ('build', 'audio', 'render+encode')):.1f}% of "
          f"build+audio+render); check alone: median {statistics.median(walls):.2f} s wall, "
          f"{statistics.median(cpus):.2f} s CPU; verdict {report.check.status if report.check else '-'}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--duration", type=float, default=30.0)
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--only", choices=("preview", "final"))
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="bench-report-") as tmp:
        for quality in ("preview", "final"):
            if args.only in (None, quality):
                run(quality, args.duration, args.repeats, Path(tmp))


if __name__ == "__main__":
    main()
