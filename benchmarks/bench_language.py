"""Command engine speed: median and p95 of ``interpret`` per sentence on a 100-object scene.

Run: .venv/bin/python benchmarks/bench_language.py
"""

from __future__ import annotations

import contextlib
import statistics
import time

from autark.errors import UserInputError
from autark.language import interpret
from autark.ops import apply_ops
from autark.scene import Scene

SENTENCES = [
    "add a red chair next to the table",
    "stell einen blauen Stuhl links vom Tisch",
    "put a cup on the table",
    "move the sofa 2 m to the left",
    "turn the robot to face the table",
    "make the sofa twice as big",
    "paint the lamp green",
    "add four chairs around the table",
    "close-up on the robot",
    "sunset",
    "add a chiar",
]


def build_scene() -> Scene:
    scene = Scene()
    for s in ("add a table", "add a sofa", "add a lamp", "add a robot", "add 48 cubes", "add 48 spheres"):
        scene = apply_ops(scene, interpret(s, scene))
    return scene


def main() -> None:
    scene = build_scene()
    print(f"scene: {len(scene.objects)} objects")
    all_times = []
    for s in SENTENCES:
        times = []
        for _ in range(15):
            t0 = time.perf_counter()
            with contextlib.suppress(UserInputError):  # the typo sentence raises on purpose
                interpret(s, scene)
            times.append((time.perf_counter() - t0) * 1000)
        all_times += times
        print(f"{statistics.median(times):7.2f} ms  {s}")
    all_times.sort()
    print(f"median {statistics.median(all_times):.2f} ms, p95 {all_times[int(0.95 * len(all_times))]:.2f} ms")


if __name__ == "__main__":
    main()
