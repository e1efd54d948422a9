"""How the key words of ideas rich in words of several senses are read (tests/story/sense_corpus.py: the sense a
word's idea chooses, phrasal and particle verbs with what follows them, the doer of a second clause, materials),
with the CPU time of reading and of planning an idea.

Run: .venv/bin/python benchmarks/bench_reading_senses.py [--misses] [--plan]
     PYTHONPATH=<other tree>/src .venv/bin/python benchmarks/bench_reading_senses.py   (another version, same corpus)
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests" / "story"))
from sense_corpus import CORPUS, HELD_OUT, MORE, tally  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--misses", action="store_true", help="list each wrong reading")
    parser.add_argument("--plan", action="store_true", help="also time planning each idea (screenplay)")
    args = parser.parse_args()
    from autark.story import analyze

    analyze("a dog finds a ball")  # the tables load once, outside the timing
    for name, entries in (("corpus", CORPUS), ("more", MORE), ("held-out", HELD_OUT)):
        t = tally(entries)
        print(f"{name:9}: {len(entries):2} ideas, {t.right:3}/{t.checks:3} right, "
              f"{t.cpu_s / len(entries) * 1000:.0f} ms CPU an idea to read")
        if args.misses:
            for m in t.misses:
                print("   ", m)
    if args.plan:
        from autark.story.narrative import plan

        ideas = [i for i, _c in CORPUS + MORE + HELD_OUT]
        plan(ideas[0], 30.0)
        start = time.process_time()
        for idea in ideas:
            plan(idea, 30.0)
        print(f"plan: {(time.process_time() - start) / len(ideas) * 1000:.0f} ms CPU an idea ({len(ideas)} ideas)")


if __name__ == "__main__":
    main()
