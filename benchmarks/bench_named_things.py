"""How the things ideas name are shown: for each named thing of tests/story/named_things_corpus.py, as itself, as
a stand-in of the same shape and use (fit), as a misleading one, or dropped; for the tuned corpus and the
held-out ideas, with the analysis time per idea.

Run: .venv/bin/python benchmarks/bench_named_things.py [--misses]
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests" / "story"))
from named_things_corpus import CORPUS, HELD_OUT, LABELS, tally  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--misses", action="store_true", help="list each misleading or dropped thing")
    args = parser.parse_args()
    for name, corpus in (("corpus", CORPUS), ("held-out", HELD_OUT)):
        start = time.perf_counter()
        counts, misses = tally(corpus)
        per_idea = (time.perf_counter() - start) / len(corpus)
        print(f"{name}: " + ", ".join(f"{label} {counts[label]}" for label in LABELS)
              + f" of {sum(counts.values())} things; {per_idea:.2f} s an idea")
        for miss in misses if args.misses else ():
            print(f"  {miss}")


if __name__ == "__main__":
    main()
