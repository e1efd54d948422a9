"""Median time of ``evaluate(scene, t)`` for a 200-object scene with 50 tracks, and with walking characters.

Peer, measured in the same run: ``scene.model_copy(deep=True)``, the cost of the naive "copy, then
animate" approach before it has animated anything.

    .venv/bin/python benchmarks/bench_evaluate.py
"""

from __future__ import annotations

import statistics
import time

from autark.motion import evaluate_scene as evaluate
from autark.scene.model import Camera, Light, Scene, SceneObject, Transform
from autark.scene.timeline import Action, Keyframe, Track


def _scene(characters: int) -> Scene:
    objects = [SceneObject(id=f"obj{i}", name=f"thing {i}", type="cube",
                           transform=Transform(position=(i % 20 - 10.0, 0.0, i // 20 - 5.0)))
               for i in range(200 - characters)]
    objects += [SceneObject(id=f"char{i}", name=f"walker {i}", type="humanoid",
                            transform=Transform(position=(i * 1.5, 0.0, 0.0))) for i in range(characters)]
    tracks = []
    for i in range(50):
        if i % 5 == 0:
            target, a, b = "camera:main.fov", 40.0, 30.0
        elif i % 5 == 1:
            target, a, b = f"object:obj{i}.material.color", (0.1, 0.2, 0.3), (0.9, 0.5, 0.1)
        else:
            target, a, b = f"object:obj{i}.transform.position", (0.0, 0.0, 0.0), (1.0, 2.0, 3.0)
        tracks.append(Track(target=target, keyframes=[Keyframe(time_s=float(k), value=(a, b)[k % 2],
                                                               easing="cubic" if i % 2 else "ease_in_out")
                                                      for k in range(6)]))
    actions = [Action(object_id=f"char{i}", kind="walk", start_s=0.0, end_s=8.0, target=(i * 1.5, 0.0, 8.0))
               for i in range(characters)]
    scene = Scene(objects=objects, cameras=[Camera(name="main")], lights=[Light(name="sun")])
    scene.timeline.tracks = tracks
    scene.timeline.actions = actions
    return scene


def _median_ms(fn, repeats: int = 300) -> float:
    fn()
    times = []
    for _ in range(repeats):
        t0 = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t0)
    return statistics.median(times) * 1e3


def main() -> None:
    for characters in (0, 1, 4):
        scene = _scene(characters)
        clock = iter([0.5 + 0.013 * k for k in range(100000)])
        ev = _median_ms(lambda s=scene, c=clock: evaluate(s, next(c)))
        peer = _median_ms(lambda s=scene: s.model_copy(deep=True), repeats=50)
        print(f"evaluate 200 objects, 50 tracks, {characters} walking characters: median {ev:.3f} ms "
              f"| deep copy (peer) {peer:.3f} ms | ratio {ev / peer:.2f}")


if __name__ == "__main__":
    main()
