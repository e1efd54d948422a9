"""Latency of applying the sentence table's sentences to a real project (command engine + SQLite store).

For every row of tests/language/sentence_table.py a fresh project gets the row's setup sentences, then
the row's sentence; each `Studio.do` call is timed, store commit included. Prints median, p95 and max over
all calls, and the same for only the rows' own sentences. Target from issue #2: p95 < 20 ms.

    .venv/bin/python benchmarks/bench_commands.py [--repeat 3]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests" / "language"))

from sentence_table import ROWS  # noqa: E402

from autark.errors import UserInputError  # noqa: E402
from autark.studio import Studio  # noqa: E402


def _pct(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    all_ms: list[float] = []
    row_ms: list[float] = []
    failures = 0
    with tempfile.TemporaryDirectory() as tmp:
        for rep in range(args.repeat):
            for i, row in enumerate(ROWS):
                studio = Studio.create(Path(tmp) / f"p{rep}-{i}")
                try:
                    for n, sentence in enumerate([*row["setup"], row["say"]]):
                        t0 = time.perf_counter()
                        try:
                            studio.do(sentence)
                        except UserInputError:
                            failures += 1  # error rows are part of the table; their latency counts too
                        ms = (time.perf_counter() - t0) * 1000
                        all_ms.append(ms)
                        if n == len(row["setup"]):
                            row_ms.append(ms)
                finally:
                    studio.close()
    print(f"sentence table: {len(ROWS)} rows x {args.repeat} repeats, {len(all_ms)} Studio.do calls "
          f"({failures} were expected/unexpected user errors)")
    for label, values in (("all calls", all_ms), ("row sentences", row_ms)):
        print(f"  {label:14s} median {statistics.median(values):6.2f} ms   p95 {_pct(values, 0.95):6.2f} ms   "
              f"max {max(values):6.2f} ms")
    verdict = "meets" if _pct(all_ms, 0.95) < 20 else "misses"
    print(f"  target p95 < 20 ms: {verdict}")


if __name__ == "__main__":
    main()
