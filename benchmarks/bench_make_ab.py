"""A/B of ``autark make``: the same idea (or plan) made alternately by a baseline copy of the source and by the
working tree, on the same machine in the same run; medians of wall time, CPU time and each stage, and how far
the two films' decoded frames are apart (PSNR, luma and chroma) and their sizes.

    git archive HEAD src | tar -x -C /tmp/base          # or a copy of src with the files under test reverted
    .venv/bin/python benchmarks/bench_make_ab.py --baseline /tmp/base/src --repeats 3
    .venv/bin/python benchmarks/bench_make_ab.py --baseline /tmp/base/src --plan plan.yaml --quality final

Each run is a fresh ``python -m autark.cli.main make`` (imports, GL contexts and worker starts paid as a person
pays them); the baseline runs with ``PYTHONPATH`` set to its source folder. CPU seconds are the command's and its
children's (user + system): on a machine shared with other work compare those, wall time grows with the load.

Measured 2026-12-07, the fisherman's 30-second final film, baseline 3e1ab46: render workers keeping freed memory
(``compose.parallel.keep_freed_memory``) and loading the asset catalog while warming, CPU 103.8 -> 95.4 s
(median of 3, load 12-30); with the frames in shared memory as well (``compose.frame_slots``), 98.5 -> 88.6 s
(one run each, load ~5); the same film to the pixel and byte size. (The render stage alone,
``bench_make_frames.py``, 360 frames of it: 34.7 -> 32.6 s of CPU.)

Measured 2026-12-07 23:00-23:40 (load 20-35), the fisherman's film from its plan (``--plan``), baseline 4158f1a
against it with the meshes kept on disk (``render.mesh_store``, warm): CPU 97.3 -> 97.0 s (median of 2), the
same film to the pixel (PSNR inf) and byte size (4.19 MB). The saving, ~0.55 s a worker and the planner's own
builds, is below what this load lets two runs resolve; measured alone (a worker's first frame, 12 kinds):
0.78-0.96 s of CPU built, 0.25 s loaded. (``bench_make_stages.py`` says where the rest goes.)
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
from pathlib import Path

from bench_make import timed_make

IDEA = "a fisherman catches a huge fish but a cat steals it"


def run_once(source: str, out: Path, quality: str, src: str | None) -> dict[str, float]:
    env = dict(os.environ)
    if src is not None:
        env["PYTHONPATH"] = src
    return timed_make([sys.executable, "-m", "autark.cli.main", "make", source, "-o", str(out), "--quality",
                       quality], env)


def psnr(a: Path, b: Path, every: int = 6) -> tuple[float, float]:
    """PSNR (dB) of luma and of chroma between two films' decoded frames (every ``every``-th frame)."""
    import av
    import numpy as np

    def planes(path: Path):
        with av.open(str(path)) as c:
            for i, frame in enumerate(c.decode(video=0)):
                if i % every == 0:
                    yield frame.to_ndarray()  # yuv420p: (3h/2, w)

    se_y = se_c = 0.0
    n_y = n_c = 0
    for x, y in zip(planes(a), planes(b), strict=False):
        h = x.shape[0] * 2 // 3
        d = x.astype(np.float64) - y
        se_y, n_y = se_y + float((d[:h] ** 2).sum()), n_y + d[:h].size
        se_c, n_c = se_c + float((d[h:] ** 2).sum()), n_c + d[h:].size

    def db(se: float, n: int) -> float:
        return float("inf") if se == 0 else 10 * np.log10(255.0**2 / (se / max(n, 1)))

    return db(se_y, n_y), db(se_c, n_c)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--baseline", required=True, help="the baseline's source folder (holding autark/)")
    parser.add_argument("--candidate", help="the candidate's source folder (default: the working tree's)")
    parser.add_argument("--idea", default=IDEA)
    parser.add_argument("--plan", help="a plan file to make instead of the idea (skips planning)")
    parser.add_argument("--quality", default="final", choices=["preview", "final"])
    parser.add_argument("--repeats", type=int, default=3)
    args = parser.parse_args()
    source = args.plan or args.idea
    runs: dict[str, list[dict[str, float]]] = {"baseline": [], "tree": []}
    with tempfile.TemporaryDirectory() as tmp:
        films = {name: Path(tmp) / f"{name}.mp4" for name in runs}
        for _ in range(args.repeats):  # interleaved, so both see the same load
            for name, src in (("baseline", args.baseline), ("tree", args.candidate)):
                runs[name].append(run_once(source, films[name], args.quality, src))
        for name, rs in runs.items():
            med = {k: statistics.median(r[k] for r in rs) for k in rs[0]}
            stages = ", ".join(f"{k} {v:.1f} s" for k, v in med.items() if k not in ("wall", "cpu", "total"))
            print(f"{name:8s}: wall {med['wall']:.1f} s, CPU {med['cpu']:.1f} s (median of {len(rs)}); {stages}; "
                  f"{films[name].stat().st_size / 1e6:.2f} MB")
        y, c = psnr(films["baseline"], films["tree"])
        print(f"tree vs baseline: PSNR luma {y:.1f} dB, chroma {c:.1f} dB; load {os.getloadavg()[0]:.1f}")


if __name__ == "__main__":
    main()
