"""How many key verbs and nouns of the German reading corpus are read right: prints each miss and the counts
for the tuned corpus and the held-out set (``python benchmarks/german_reading.py``)."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests" / "story"))

from german_reading_corpus import CORPUS, HELD_OUT, misreadings  # noqa: E402


def main() -> None:
    for name, rows in (("corpus", CORPUS), ("held out", HELD_OUT)):
        checks = sum(len(verbs) + len(nouns) for _idea, verbs, nouns in rows)
        missed, ideas_right = 0, 0
        for idea, verbs, nouns in rows:
            wrong = misreadings(idea, verbs, nouns)
            missed += len(wrong)
            ideas_right += not wrong
            for line in wrong:
                print(f"  {idea[:60]:60}  {line}")
        print(f"{name}: {checks - missed}/{checks} readings right, {ideas_right}/{len(rows)} ideas all right")


if __name__ == "__main__":
    main()
