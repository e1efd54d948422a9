"""How much faster a Ray cluster makes a film, estimated from measured per-piece costs (issue 19, item 4).

The film: 16 seconds, 5 shots, built with ``autark do`` sentences (several objects, a walk, two lines, cuts
between cameras), as bench_graph.py's. Measured here, in one run:

* the local production graph with an empty cache (this machine's render workers): the baseline wall time and
  the driver's own tasks (keys, sound track, join, stamp);
* every piece rendered and encoded by ``run_piece`` (the function a Ray worker runs), one after the other in
  one warm process: per-piece wall and CPU seconds and segment bytes;
* a worker's cold start: a fresh Python importing autark's renderer and drawing its first frame.

The estimate: the driver makes the keys, then the pieces go to N one-CPU workers in film order (each takes
the next piece when free, as Ray hands out queued tasks; each worker pays the cold start once) while the
driver mixes the sound track; the segments come back over the network (``--gbit``) and are joined.
makespan(N) = keys + max(sound, list_schedule(pieces, N) + transfer) + join + stamp.
``--ray`` also renders the film on a 2-node loopback cluster (1 CPU each) to show the executor's overhead
on this machine (on 2 shared cores it cannot show a speed-up).

    .venv/bin/python benchmarks/bench_cluster.py [--final] [--gbit 1] [--ray]
"""

from __future__ import annotations

import argparse
import heapq
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from graph_film import DURATION_S, build_scene

from autark.jobs.film import FilmOptions, SceneSegment, _payload, make_segments_film
from autark.jobs.graph import PiecePayload, run_piece
from autark.jobs.pieces import Piece, piece_key, split_pieces

WORKERS = (1, 2, 4, 8, 16, 32)
DISPATCH_S = 0.005  # Ray's per-task scheduling and result bookkeeping, a few ms (--ray measures it here)


def _options(final: bool, cache: Path | None, executor=None) -> FilmOptions:
    size = {"width": 1280, "height": 720, "quality": "final"} if final else \
        {"width": 320, "height": 180, "quality": "preview"}
    return FilmOptions(fps=30, exact_size=True, check=False, cache_dir=cache, executor=executor, **size)


def makespan(pieces_s: list[float], n: int, cold_s: float, per_piece_s: float) -> float:
    """The time ``n`` workers take for pieces handed out in order to whichever worker is free first."""
    free = [(0.0, k) for k in range(n)]
    started: set[int] = set()
    end = 0.0
    for cost in pieces_s:
        at, k = heapq.heappop(free)
        cost += per_piece_s + (cold_s if k not in started else 0.0)
        started.add(k)
        end = max(end, at + cost)
        heapq.heappush(free, (at + cost, k))
    return end


def _cold_start_s(payload: PiecePayload, warm_s: float, folder: Path) -> float:
    """A fresh worker's first piece minus the same piece in a warm one: Python, autark and the renderer."""
    import pickle

    (folder / "payload.pickle").write_bytes(pickle.dumps(payload))
    code = ("import pickle, sys, time; t = time.perf_counter(); from autark.jobs.graph import run_piece; "
            "run_piece(pickle.loads(open(sys.argv[1], 'rb').read())); print(time.perf_counter() - t)")
    runs = [float(subprocess.run([sys.executable, "-c", code, str(folder / "payload.pickle")], check=True,
                                 capture_output=True, text=True).stdout.split()[-1]) for _ in range(2)]
    return max(0.0, min(runs) - warm_s)


def _ray_run(scene, options_for, folder: Path) -> float | None:
    os.environ["RAY_USAGE_STATS_ENABLED"] = "0"
    os.environ["RAY_ENABLE_WINDOWS_OR_OSX_CLUSTER"] = "0"  # every process on 127.0.0.1
    from ray.cluster_utils import Cluster

    from autark.jobs.cluster import RayExecutor

    small = {"node_ip_address": "127.0.0.1", "object_store_memory": 100 * 1024 * 1024}
    c = Cluster(initialize_head=True, head_node_args={**small, "num_cpus": 0, "include_dashboard": False})
    try:
        for _ in range(2):
            c.add_node(num_cpus=1, **small)
        c.wait_for_nodes()
        t0 = time.perf_counter()
        make_segments_film([SceneSegment(scene, DURATION_S)], folder / "ray.mp4",
                           options_for(folder / "ray-cache", RayExecutor(c.address)))
        return time.perf_counter() - t0
    finally:
        c.shutdown()


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--final", action="store_true", help="1280x720 final quality (default: 320x180 preview)")
    ap.add_argument("--gbit", type=float, default=1.0, help="network speed for the segments' way back")
    ap.add_argument("--ray", action="store_true", help="also render on a 2-node loopback Ray cluster")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory(prefix="autark-bench-cluster-") as tmp:
        folder = Path(tmp)
        scene = build_scene(folder)
        segments = [SceneSegment(scene, DURATION_S)]

        def options_for(cache, executor=None):
            return _options(args.final, cache, executor)

        make_segments_film(segments, folder / "warm.mp4", options_for(folder / "warm"))  # imports, shaders
        t0 = time.perf_counter()
        report = make_segments_film(segments, folder / "local.mp4", options_for(folder / "cache"))
        local_s = time.perf_counter() - t0
        tasks = report.metrics.tasks
        driver = {kind: sum(t.seconds for t in tasks if t.kind == kind) for kind in ("keys", "sound", "film", "stamp")}
        options = options_for(folder / "cache")
        width, height = options.frame_size()
        n_frames = report.n_frames
        pieces = [Piece(p.index, p.start, p.stop, piece_key(p, segments, options, width, height, []))
                  for p in split_pieces(segments, options.fps, n_frames)]
        film = _payload(segments)
        settings = tuple(sorted(options.render_settings().items()))
        payloads = [PiecePayload(film, p.start, p.stop, options.fps, width, height, options.quality, settings)
                    for p in pieces]
        run_piece(payloads[0])  # the renderer warm, as in a worker after its first piece
        walls, cpus, sizes = [], [], []
        for payload in payloads:
            c0, w0 = time.process_time(), time.perf_counter()
            sizes.append(len(run_piece(payload)))
            walls.append(time.perf_counter() - w0)
            cpus.append(time.process_time() - c0)
        cold = _cold_start_s(payloads[0], walls[0], folder)
        starts = sorted(s.start_s for s in scene.timeline.shots)
        shots = len(starts) + (1 if not starts or starts[0] > 0 else 0)  # the active camera before the first
        print(f"film: {DURATION_S:g} s, {shots} shots, {n_frames} frames at {width}x{height} {options.quality}, "
              f"{len(pieces)} pieces")
        print(f"local production graph (empty cache, {options.workers or 'default'} render workers): {local_s:.2f} s")
        print("driver tasks: " + ", ".join(f"{k} {v:.2f} s" for k, v in driver.items()))
        print(f"per piece (one warm process): wall mean {statistics.mean(walls):.3f} s, min {min(walls):.3f}, "
              f"max {max(walls):.3f}, sum {sum(walls):.2f} s; CPU sum {sum(cpus):.2f} s; "
              f"segments {sum(sizes) / 1e6:.2f} MB")
        print(f"worker cold start (python + autark + renderer + first frame): {cold:.2f} s")
        transfer = sum(sizes) * 8 / (args.gbit * 1e9)
        print(f"\n{'workers':>7} {'pieces s':>9} {'makespan s':>10} {'vs local':>8} {'vs 1 worker':>11}")
        one = None
        for n in WORKERS:
            pieces_s = makespan(walls, n, cold, DISPATCH_S) + transfer
            total = driver["keys"] + max(driver["sound"], pieces_s) + driver["film"] + driver["stamp"]
            one = one or total
            print(f"{n:>7} {pieces_s:>9.2f} {total:>10.2f} {local_s / total:>7.2f}x {one / total:>10.2f}x")
        bound = driver["keys"] + max(driver["sound"], max(walls) + cold) + driver["film"] + driver["stamp"]
        print(f"limit with a worker per piece: {bound:.2f} s (the longest piece + a cold start + the driver)")
        if args.ray:
            ray_s = _ray_run(scene, options_for, folder)
            two = driver["keys"] + max(driver["sound"], makespan(walls, 2, cold, DISPATCH_S) + transfer) \
                + driver["film"] + driver["stamp"]
            print(f"\n2-node loopback Ray cluster on this machine (1 CPU each): {ray_s:.2f} s vs local {local_s:.2f} s "
                  f"(the model for 2 workers: {two:.2f} s)")


if __name__ == "__main__":
    main()
