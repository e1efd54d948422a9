"""The render + encode stage of ``autark make`` alone, A/B: a film's frames (from a saved frame-source payload)
rendered by the worker pool and encoded at final quality, by a baseline copy of the source and by the working
tree, interleaved; medians of CPU seconds (the command, its workers and threads) and wall, and how far the two
films' decoded frames are apart.

    # once: save the payload of a film (the JSON ``jobs.film._payload`` hands the workers)
    .venv/bin/python benchmarks/bench_make_frames.py --save-payload "a fisherman catches a huge fish but a cat \\
        steals it" --out /tmp/payload.json                      # an idea, or a plan file (.yaml)
    git archive HEAD src | tar -x -C /tmp/base
    .venv/bin/python benchmarks/bench_make_frames.py --payload /tmp/payload.json --baseline /tmp/base/src \\
        --frames 240 --repeats 3

Planning, building the scenes and speaking the lines are left out (``bench_make_ab.py`` times the whole
command): what this measures is the cost of each frame (the workers' renderers, their start, moving the frames
to the encoder, swscale and x264), the part of a film's CPU that grows with its length. Each run is a fresh
process (``PYTHONPATH`` set to the source under test), so imports, GL contexts and worker starts are paid as a
person pays them.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from bench_make_ab import psnr


def _cpu_s(who: int) -> float:
    usage = resource.getrusage(who)
    return usage.ru_utime + usage.ru_stime


def run_here(payload: Path, out: Path, frames: int | None, workers: int | None) -> dict[str, float]:
    """Render and encode the payload's frames in this process (and its workers): wall and CPU seconds."""
    import functools
    from fractions import Fraction

    from autark.compose import compose_film, render_frames
    from autark.jobs.film import FilmOptions
    from autark.jobs.film_frames import make_segments_renderer

    text = payload.read_text()
    options = FilmOptions()
    width, height = options.frame_size()
    duration_s = max(s["start_s"] + s["duration_s"] for s in json.loads(text))
    n = int(round(duration_s * options.fps)) if frames is None else frames
    t0 = time.perf_counter()
    cpu0 = _cpu_s(resource.RUSAGE_SELF) + _cpu_s(resource.RUSAGE_CHILDREN)
    factory = functools.partial(make_segments_renderer, text, options.fps, width, height,
                                options.render_settings())
    compose_film(iter(render_frames(factory, n, workers)), n, Fraction(options.fps), out, None, None,
                 options.quality, width=width, height=height)
    cpu = _cpu_s(resource.RUSAGE_SELF) + _cpu_s(resource.RUSAGE_CHILDREN) - cpu0
    return {"wall": time.perf_counter() - t0, "cpu": cpu, "frames": n}


def run_in(src: str | None, payload: Path, out: Path, frames: int | None, workers: int | None) -> dict[str, float]:
    env = dict(os.environ)
    if src is not None:
        env["PYTHONPATH"] = src
    cmd = [sys.executable, __file__, "--payload", str(payload), "--here", str(out)]
    if frames is not None:
        cmd += ["--frames", str(frames)]
    if workers is not None:
        cmd += ["--workers", str(workers)]
    proc = subprocess.run(cmd, capture_output=True, text=True, env=env, check=False)
    if proc.returncode != 0:
        raise SystemExit(proc.stderr[-2000:])
    return json.loads(proc.stdout.strip().splitlines()[-1])


def save_payload(source: str, out: Path) -> None:
    """Run ``autark make SOURCE`` until its frames would render, saving the frame source's payload at ``out``."""
    import autark.jobs.film as film
    from autark.cli.main import app

    payload = film._payload

    def saving(segments):  # noqa: ANN001, ANN202
        out.write_text(payload(segments))
        raise SystemExit(f"saved the payload at {out}")

    film._payload = saving
    with tempfile.TemporaryDirectory() as tmp:
        sys.argv = ["autark", "make", source, "-o", str(Path(tmp) / "film.mp4"), "--no-check"]
        app()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--payload", type=Path)
    parser.add_argument("--save-payload", metavar="IDEA_OR_PLAN", help="save a film's payload at --out")
    parser.add_argument("--out", type=Path)
    parser.add_argument("--baseline", help="the baseline's source folder (holding autark/)")
    parser.add_argument("--candidate", help="the candidate's source folder (default: the working tree's)")
    parser.add_argument("--frames", type=int, help="the first N frames (default: the whole film)")
    parser.add_argument("--workers", type=int, help="render processes (default: as autark make)")
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--here", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.save_payload:
        save_payload(args.save_payload, args.out)
        return
    if args.here is not None:
        print(json.dumps(run_here(args.payload, args.here, args.frames, args.workers)))
        return
    runs: dict[str, list[dict[str, float]]] = {"baseline": [], "tree": []}
    with tempfile.TemporaryDirectory() as tmp:
        films = {name: Path(tmp) / f"{name}.mp4" for name in runs}
        for _ in range(args.repeats):  # interleaved, so both see the same load
            for name, src in (("baseline", args.baseline), ("tree", args.candidate)):
                runs[name].append(run_in(src, args.payload, films[name], args.frames, args.workers))
        for name, rs in runs.items():
            wall, cpu = statistics.median(r["wall"] for r in rs), statistics.median(r["cpu"] for r in rs)
            n = rs[0]["frames"]
            each = ", ".join(f"{r['cpu']:.1f}" for r in rs)
            print(f"{name:8s}: {n} frames, wall {wall:.1f} s, CPU {cpu:.1f} s ({1000 * cpu / n:.1f} ms a frame; "
                  f"runs {each}); {films[name].stat().st_size / 1e6:.2f} MB")
        y, c = psnr(films["baseline"], films["tree"], every=3)
        print(f"tree vs baseline: PSNR luma {y:.1f} dB, chroma {c:.1f} dB; load {os.getloadavg()[0]:.1f}")


if __name__ == "__main__":
    main()
