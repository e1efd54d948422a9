"""Story planning speed: analyze, plan (30 s and 120 s films), to_yaml and load_plan; prints medians.

Run: .venv/bin/python benchmarks/bench_story.py
"""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable

IDEAS = [
    "a lonely robot finds a flower in the desert at sunset",
    "ein einsamer Roboter findet eine Blume in der Wüste bei Sonnenuntergang",
    "Mia and her dog Rex chase a red ball on the beach",
    "a detective discovers a secret book in the office at night",
]


def median_ms(fn: Callable[[], object], repeat: int = 30) -> float:
    times = []
    for _ in range(repeat):
        t = time.perf_counter()
        fn()
        times.append((time.perf_counter() - t) * 1000)
    return statistics.median(times)


def main() -> None:
    t = time.perf_counter()
    from autark.story import analyze, load_plan, plan, to_yaml

    analyze(IDEAS[0])  # loads the lexicon and templates once
    print(f"first analyze (import + lexicon load): {(time.perf_counter() - t) * 1000:.0f} ms")
    print(f"analyze, median:        {median_ms(lambda: [analyze(i) for i in IDEAS]) / len(IDEAS):.2f} ms per idea")
    print(f"plan 30 s, median:      {median_ms(lambda: [plan(i, 30) for i in IDEAS]) / len(IDEAS):.2f} ms per idea")
    print(f"plan 120 s, median:     {median_ms(lambda: [plan(i, 120) for i in IDEAS]) / len(IDEAS):.2f} ms per idea")
    sp = plan(IDEAS[2], 120)
    text = to_yaml(sp)
    print(f"to_yaml 120 s, median:  {median_ms(lambda: to_yaml(sp)):.2f} ms ({len(text.splitlines())} lines)")
    print(f"load_plan 120 s, median: {median_ms(lambda: load_plan(text)):.2f} ms")


if __name__ == "__main__":
    main()
