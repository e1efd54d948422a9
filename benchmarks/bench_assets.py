"""Asset library and glTF export timings: ``python benchmarks/bench_assets.py``. Prints medians.

* building every catalogue type from scratch (what the first render of a project pays);
* posing a humanoid (per-bone matrices, what the renderer pays per character per frame);
* exporting a 2,000-object scene (20 types, random colours) to .glb, which shares each part's geometry.
"""

from __future__ import annotations

import statistics
import tempfile
import time
from pathlib import Path

import numpy as np

from autark.assets import gltf, library, rig
from autark.scene import Material, Scene, SceneObject, Transform


def _median(fn, runs: int) -> float:
    times = []
    for _ in range(runs):
        t = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t)
    return statistics.median(times)


def build_all() -> None:
    library.build_parts.cache_clear()
    for t in library.all_types():
        library.build_parts(t)


def big_scene(n: int = 2000) -> Scene:
    rng = np.random.default_rng(0)
    types = library.all_types()[:20]
    objs = []
    for i in range(n):
        t = types[i % len(types)]
        spec = library.get(t)
        objs.append(SceneObject(id=f"o{i}", name=f"{t}{i}", type=t,
                                transform=Transform(position=(float(rng.uniform(-50, 50)), 0.0,
                                                              float(rng.uniform(-50, 50)))),
                                material=Material(color=tuple(rng.choice([0.2, 0.5, 0.8], 3).tolist())),
                                bounds_min=spec.bounds_min, bounds_max=spec.bounds_max))
    return Scene(objects=objs)


def main() -> None:
    build_all()  # warm imports
    print(f"build all {len(library.all_types())} types: median {_median(build_all, 5) * 1000:.0f} ms")
    faces = sum(len(p.mesh.faces) for t in library.all_types() for p in library.build_parts(t))
    print(f"triangles over all types: {faces} (mean {faces / len(library.all_types()):.0f} per type)")
    pose = {"upper_leg_l": (-30.0, 0.0, 0.0), "lower_leg_l": (40.0, 0.0, 0.0), "upper_arm_r": (0.0, 0.0, -60.0),
            "head": (0.0, 20.0, 0.0), "jaw": (15.0, 0.0, 0.0)}
    us = _median(lambda: [rig.posed_parts("humanoid", pose) for _ in range(100)], 5) * 1e4
    print(f"posed_parts(humanoid, 5-bone pose): median {us:.0f} us per call")
    scene = big_scene()
    with tempfile.TemporaryDirectory() as d:
        path = Path(d) / "big.glb"
        ms = _median(lambda: gltf.export_glb(scene, path), 5) * 1000
        print(f"export_glb 2000 objects: median {ms:.0f} ms, {path.stat().st_size / 1e6:.1f} MB")


if __name__ == "__main__":
    main()
