"""How the events of ideas are read: agents, verbs, things, containers, places and outcomes (hopes, negations,
substitutions, digging for, containers full of things, unknown trades and German compounds, indoor ideas), on
the corpus and the held-out set of tests/story/event_reading_corpus.py.

Run: .venv/bin/python benchmarks/bench_event_reading.py [--misses] [--held-out]

Measured (2026-12-08): corpus 39/64 -> 64/64, held out (written first, measured before and at the end only)
38/63 -> 58/63.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests" / "story"))
from event_reading_corpus import CORPUS, HELD_OUT, tally  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--misses", action="store_true", help="list each wrong reading")
    parser.add_argument("--held-out", action="store_true", help="measure the held-out set too")
    args = parser.parse_args()
    sets = [("corpus", CORPUS)] + ([("held-out", HELD_OUT)] if args.held_out else [])
    for name, ideas in sets:
        t0 = time.perf_counter()
        t = tally(ideas)
        ms = (time.perf_counter() - t0) * 1000 / max(len(ideas), 1)
        print(f"{name:9}: {len(ideas):2} ideas, {t.right:3}/{t.checks:3} readings right ({ms:.0f} ms an idea)")
        if args.misses:
            for m in t.misses:
                print("   ", m)


if __name__ == "__main__":
    main()
