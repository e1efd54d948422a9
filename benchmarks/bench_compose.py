"""Benchmark autark.compose: encode speed, threading mode, memory flatness, parallel render, MoviePy peer.

    .venv/bin/python benchmarks/bench_compose.py               # everything (several minutes on 2 cores)
    .venv/bin/python benchmarks/bench_compose.py --only encode  # one section: encode|threads|rss|render|warm|peer

``warm``: a film's render workers started ahead (``compose.parallel.warm_workers``, as ``autark make`` starts them
while the scenes are built) against started by ``render_frames`` itself: seconds from the render's start to its
first frame and to its last, and CPU seconds of the whole run, for 48 final 720p frames of the film benchmark's
scene (``bench_film``) after a wait of 6 s that stands for the build; fresh processes, interleaved.

Prints medians over ``--repeats`` runs. Synthetic 1280x720 30 fps frames (a textured background with a
moving square, so x264 has real work) and a stereo 48 kHz tone.
"""

from __future__ import annotations

import argparse
import functools
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from fractions import Fraction
from pathlib import Path

import numpy as np

W, H, FPS, SR = 1280, 720, Fraction(30), 48_000


@functools.lru_cache(maxsize=1)
def _background() -> np.ndarray:
    y, x = np.mgrid[0:H, 0:W].astype(np.float32)
    r = 128 + 60 * np.sin(x / 37.0) * np.cos(y / 23.0)
    g = 110 + 50 * np.sin((x + y) / 51.0)
    b = 90 + 40 * np.cos(x / 71.0 - y / 19.0)
    return np.stack([r, g, b], axis=2).clip(0, 255).astype(np.uint8)


def synth_frame(index: int) -> np.ndarray:
    frame = _background().copy()
    x0 = (40 + 7 * index) % (W - 160)
    y0 = 200 + int(120 * np.sin(index / 20.0))
    frame[y0:y0 + 160, x0:x0 + 160] = (230, 30, 30)
    return frame


def synth_frames(n: int) -> Iterator[np.ndarray]:
    for i in range(n):
        yield synth_frame(i)


def tone(duration_s: float) -> np.ndarray:
    t = np.arange(int(duration_s * SR), dtype=np.float32) / SR
    mono = (0.3 * np.sin(2 * np.pi * 440 * t)).astype(np.float32)
    return np.stack([mono, mono], axis=1)


class LazyTone:
    """An (n, 2) audio 'array' synthesised per slice, so the RSS runs measure the pipeline, not the input."""

    def __init__(self, n_samples: int) -> None:
        self.shape = (n_samples, 2)

    def __getitem__(self, key: slice) -> np.ndarray:
        start, stop, _ = key.indices(self.shape[0])
        t = np.arange(start, stop, dtype=np.float64) / SR
        mono = (0.3 * np.sin(2 * np.pi * 440 * t)).astype(np.float32)
        return np.stack([mono, mono], axis=1)


def _cpu_s() -> float:
    usage = resource.getrusage(resource.RUSAGE_SELF)  # all threads of this process
    return usage.ru_utime + usage.ru_stime


def interleaved(fns: dict[str, Callable[[], object]], repeats: int,
                cpu: dict[str, list[float]] | None = None) -> dict[str, list[float]]:
    """Wall times of each function, run round-robin so a change in machine load hits all of them alike.

    With ``cpu``, also collects each run's CPU seconds (user + system, all threads): on a shared, loaded
    machine that is the steadier measure of how much work a setting costs.
    """
    times: dict[str, list[float]] = {name: [] for name in fns}
    for _ in range(repeats):
        for name, fn in fns.items():
            t0, c0 = time.perf_counter(), _cpu_s()
            fn()
            times[name].append(time.perf_counter() - t0)
            if cpu is not None:
                cpu.setdefault(name, []).append(_cpu_s() - c0)
    return times


def _fmt(times: list[float]) -> str:
    return "[" + ", ".join(f"{t:.2f}" for t in times) + "]"


def bench_encode(tmp: Path, seconds: float, repeats: int) -> None:
    from autark.compose import encode_mp4

    n = int(seconds * FPS)
    audio = tone(seconds)
    print(f"\n## encode {seconds:g} s of {W}x{H} @ {FPS} fps + stereo AAC ({n} frames), median of {repeats}")
    times = interleaved({q: (lambda q=q: encode_mp4(synth_frames(n), tmp / f"{q}.mp4", FPS, W, H, audio, quality=q))
                         for q in ("preview", "final")}, repeats)
    for quality, runs in times.items():
        med = statistics.median(runs)
        size_mb = (tmp / f"{quality}.mp4").stat().st_size / 1e6
        print(f"{quality:8s}: median {med:6.2f} s  ({n / med:5.1f} fps, {seconds / med:4.2f}x real time, "
              f"{size_mb:.1f} MB)  runs {_fmt(runs)}")
    print(f"final / preview wall-time ratio: {statistics.median(times['final']) / statistics.median(times['preview']):.2f}")


def bench_threads(tmp: Path, seconds: float, repeats: int) -> None:
    from autark.compose import encode_mp4

    n = int(seconds * FPS)
    audio = tone(seconds)
    print(f"\n## x264 threading through PyAV, preview, {seconds:g} s 720p30, median of {repeats}")
    cpu: dict[str, list[float]] = {}
    times = interleaved({m: (lambda m=m: encode_mp4(synth_frames(n), tmp / f"t_{m}.mp4", FPS, W, H, audio,
                                                    thread_type=m))
                         for m in ("FRAME", "SLICE")}, repeats, cpu)
    med = {m: statistics.median(runs) for m, runs in times.items()}
    cpu_med = {m: statistics.median(runs) for m, runs in cpu.items()}
    for mode, runs in times.items():
        print(f"{mode:6s}: median {med[mode]:6.2f} s ({n / med[mode]:5.1f} fps), CPU {cpu_med[mode]:6.2f} s "
              f"({cpu_med[mode] / med[mode]:.2f} cores busy)  runs {_fmt(runs)}")
    print(f"SLICE / FRAME ratio: wall {med['SLICE'] / med['FRAME']:.2f}, CPU {cpu_med['SLICE'] / cpu_med['FRAME']:.2f}")


def rss_child(seconds: float, out: str) -> None:
    """Run in a subprocess: encode ``seconds`` of preview video and print peak RSS as JSON."""
    from autark.compose import encode_mp4

    n = int(seconds * FPS)
    stats = encode_mp4(synth_frames(n), out, FPS, W, H, LazyTone(int(seconds * SR)), quality="preview")
    print(json.dumps({"frames": stats.frames, "peak_mb": _peak_rss_kb() / 1024, "wall_s": stats.wall_s}))


def _peak_rss_kb() -> float:
    """This process image's peak RSS. Linux carries ru_maxrss across fork+exec (a child started by a big
    parent reports the parent's size), so prefer VmHWM, which belongs to the exec'd image alone."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return float(line.split()[1])
    except OSError:
        pass
    return float(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)  # kilobytes on Linux


def bench_rss(tmp: Path, long_s: float) -> None:
    print(f"\n## peak RSS, preview encode in a fresh process: 30 s vs {long_s:g} s of 720p30")
    peaks = {}
    for seconds in (30.0, long_s):
        proc = subprocess.run([sys.executable, __file__, "--rss-child", str(seconds), str(tmp / "rss.mp4")],
                              capture_output=True, text=True, check=True)
        result = json.loads(proc.stdout.strip().splitlines()[-1])
        peaks[seconds] = result["peak_mb"]
        print(f"{seconds:6.0f} s: {result['frames']:5d} frames, peak RSS {result['peak_mb']:7.1f} MB, "
              f"wall {result['wall_s']:.1f} s")
    growth = peaks[long_s] / peaks[30.0] - 1
    print(f"growth {growth * 100:+.1f}%  ({'flat: within 20%' if abs(growth) <= 0.20 else 'NOT FLAT'})")


class _GLScene:
    """A fill-heavy EGL renderer: full-screen procedural shading, like a lit scene on llvmpipe."""

    def __init__(self, width: int, height: int) -> None:
        import moderngl

        self.ctx = moderngl.create_standalone_context(backend="egl")
        self.fbo = self.ctx.simple_framebuffer((width, height))
        self.prog = self.ctx.program(
            vertex_shader="""#version 330
                in vec2 pos; out vec2 uv;
                void main() { uv = pos * 0.5 + 0.5; gl_Position = vec4(pos, 0.0, 1.0); }""",
            fragment_shader="""#version 330
                in vec2 uv; out vec4 color; uniform float t;
                void main() {
                    vec3 c = vec3(0.0);
                    for (int i = 0; i < 6; i++) {
                        float fi = float(i);
                        vec2 p = vec2(0.5 + 0.35 * sin(t + fi), 0.5 + 0.35 * cos(1.3 * t + fi * 0.7));
                        c += vec3(0.02, 0.015, 0.01) * (1.0 + fi / 6.0) / (0.01 + distance(uv, p));
                    }
                    color = vec4(c / (1.0 + c), 1.0);
                }""",
        )
        vbo = self.ctx.buffer(np.array([-1, -1, 1, -1, -1, 1, 1, 1], dtype="f4").tobytes())
        self.vao = self.ctx.vertex_array(self.prog, [(vbo, "2f", "pos")])
        self.width, self.height = width, height

    def __call__(self, index: int) -> np.ndarray:
        self.fbo.use()
        self.prog["t"].value = index / 30.0
        self.vao.render(mode=5)  # triangle strip
        data = self.fbo.read(components=3)
        return np.frombuffer(data, np.uint8).reshape(self.height, self.width, 3)[::-1].copy()


def make_gl_scene(width: int = W, height: int = H) -> _GLScene:
    return _GLScene(width, height)


def _render_only(n: int, workers: int, chunk: int, env: dict[str, str]) -> None:
    from autark.compose import render_frames

    for _ in render_frames(make_gl_scene, n, workers=workers, chunk_frames=chunk, worker_env=env):
        pass


def _render_child(n: int, workers: int, chunk: int, lp_threads: str, encode: bool, out: str) -> None:
    """Run in a subprocess so LP_NUM_THREADS applies to the in-process renderer too."""
    from autark.compose import compose_film

    env = {"LP_NUM_THREADS": lp_threads} if lp_threads else {}
    t0 = time.perf_counter()
    if encode:
        compose_film(make_gl_scene, n, FPS, out, None, workers=workers)
    else:
        _render_only(n, workers, chunk, env)
    print(json.dumps({"wall_s": time.perf_counter() - t0}))


def bench_render(tmp: Path, n: int, repeats: int) -> None:
    print(f"\n## parallel rendering on {os.cpu_count()} cores: {n} frames of a fill-heavy 720p EGL scene, "
          f"median of {repeats} (process start included)")
    configs = [
        ("1 worker, in-process, llvmpipe default threads", 1, 4, "", False),
        ("2 workers, chunks of 4 frames", 2, 4, "", False),
        ("2 workers, 1 frame per task (interleaved)", 2, 1, "", False),
        ("2 workers, chunks of 4, LP_NUM_THREADS=1", 2, 4, "1", False),
        ("render+encode preview, 1 worker", 1, 4, "", True),
        ("render+encode preview, 2 workers", 2, 4, "", True),
    ]
    def run_config(workers: int, chunk: int, lp: str, encode: bool) -> float:
        child_env = dict(os.environ)
        if lp:
            child_env["LP_NUM_THREADS"] = lp
        proc = subprocess.run(
            [sys.executable, __file__, "--render-child", str(n), str(workers), str(chunk), lp, str(int(encode)),
             str(tmp / "r.mp4")], capture_output=True, text=True, check=True, env=child_env)
        return float(json.loads(proc.stdout.strip().splitlines()[-1])["wall_s"])

    results: dict[str, list[float]] = {label: [] for label, *_ in configs}
    for _ in range(repeats):
        for label, workers, chunk, lp, encode in configs:
            results[label].append(run_config(workers, chunk, lp, encode))
    base: dict[bool, float] = {}
    for label, _workers, _chunk, _lp, encode in configs:
        med = statistics.median(results[label])
        base.setdefault(encode, med)
        print(f"{label:48s}: median {med:6.2f} s ({n / med:5.1f} fps, {base[encode] / med:4.2f}x vs 1 worker)"
              f"  runs {_fmt(results[label])}")


def bench_peer(tmp: Path, seconds: float, repeats: int) -> None:
    print(f"\n## peer: MoviePy vs autark, preview settings (libx264 veryfast crf 23 + AAC), {seconds:g} s 720p30")
    try:
        import moviepy
        from moviepy import AudioArrayClip, VideoClip
    except ImportError:
        print("MoviePy is not importable: peer skipped")
        return
    from autark.compose import encode_mp4

    n = int(seconds * FPS)
    audio = tone(seconds)

    def autark_run() -> None:
        encode_mp4(synth_frames(n), tmp / "autark.mp4", FPS, W, H, audio, quality="preview")

    def moviepy_run() -> None:
        clip = VideoClip(frame_function=lambda t: synth_frame(int(round(t * float(FPS)))), duration=seconds)
        clip = clip.with_audio(AudioArrayClip(audio, fps=SR))
        clip.write_videofile(str(tmp / "moviepy.mp4"), fps=float(FPS), codec="libx264", audio_codec="aac",
                             audio_bitrate="192k", preset="veryfast", ffmpeg_params=["-crf", "23"],
                             threads=os.cpu_count(), logger=None)

    times = interleaved({"autark": autark_run, "moviepy": moviepy_run}, repeats)
    ours, peer = statistics.median(times["autark"]), statistics.median(times["moviepy"])
    print(f"autark        : median {ours:6.2f} s  runs {_fmt(times['autark'])}")
    print(f"MoviePy {moviepy.__version__:6s}: median {peer:6.2f} s  runs {_fmt(times['moviepy'])}")
    print(f"MoviePy / autark wall-time ratio: {peer / ours:.2f}")


def _warm_child(warm: bool, n: int, wait_s: float, out: str) -> None:
    from bench_film import _factory

    from autark.compose import render_frames
    from autark.compose.parallel import warm_workers
    from autark.jobs import FilmOptions
    from autark.jobs.film_frames import warm_renderer

    make, _ = _factory(W, H, "final")
    if warm:
        warm_workers(240, 2, warm=functools.partial(warm_renderer, W, H, FilmOptions(quality="final").render_settings()))
    time.sleep(wait_s)  # the film's scenes being built
    t0 = time.perf_counter()
    first = None
    for _ in render_frames(make, n, workers=2):
        first = first if first is not None else time.perf_counter() - t0
    total = time.perf_counter() - t0
    usage = [resource.getrusage(who) for who in (resource.RUSAGE_SELF, resource.RUSAGE_CHILDREN)]
    Path(out).write_text(json.dumps({"first": first, "total": total,
                                     "cpu": sum(u.ru_utime + u.ru_stime for u in usage)}))


def bench_warm(tmp: Path, repeats: int, n: int = 48, wait_s: float = 6.0) -> None:
    print(f"\nrender workers started ahead vs by render_frames ({n} final 720p frames, 2 workers, "
          f"{wait_s:g} s of 'build' before the render)")
    runs: dict[bool, list[dict]] = {False: [], True: []}
    for _ in range(repeats):
        for warm in (False, True):
            out = tmp / "warm.json"
            subprocess.run([sys.executable, __file__, "--warm-child", str(int(warm)), str(n), str(wait_s), str(out)],
                           check=True, cwd=Path(__file__).parent)
            runs[warm].append(json.loads(out.read_text()))
    for warm, rs in runs.items():
        med = {k: statistics.median(r[k] for r in rs) for k in rs[0]}
        print(f"  {'warm' if warm else 'cold'}: first frame after {med['first']:.2f} s, all after {med['total']:.2f} s, "
              f"CPU {med['cpu']:.1f} s (medians of {len(rs)}; load {os.getloadavg()[0]:.1f})")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--only", choices=["encode", "threads", "rss", "render", "warm", "peer"])
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--seconds", type=float, default=30.0, help="clip length for encode/threads/peer")
    parser.add_argument("--long-seconds", type=float, default=300.0, help="long clip for the RSS check")
    parser.add_argument("--render-frames", type=int, default=90)
    parser.add_argument("--rss-child", nargs=2, metavar=("SECONDS", "OUT"), help=argparse.SUPPRESS)
    parser.add_argument("--render-child", nargs=6, help=argparse.SUPPRESS)
    parser.add_argument("--warm-child", nargs=4, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.warm_child:
        _warm_child(bool(int(args.warm_child[0])), int(args.warm_child[1]), float(args.warm_child[2]),
                    args.warm_child[3])
        return
    if args.rss_child:
        rss_child(float(args.rss_child[0]), args.rss_child[1])
        return
    if args.render_child:
        n, workers, chunk, lp, encode, out = args.render_child
        _render_child(int(n), int(workers), int(chunk), lp, bool(int(encode)), out)
        return
    print(f"autark.compose benchmark: {os.cpu_count()} cores, load average {os.getloadavg()[0]:.1f} at start")
    with tempfile.TemporaryDirectory() as folder:
        tmp = Path(folder)
        sections = {
            "encode": lambda: bench_encode(tmp, args.seconds, args.repeats),
            "threads": lambda: bench_threads(tmp, args.seconds, args.repeats),
            "rss": lambda: bench_rss(tmp, args.long_seconds),
            "render": lambda: bench_render(tmp, args.render_frames, args.repeats),
            "warm": lambda: bench_warm(tmp, args.repeats),
            "peer": lambda: bench_peer(tmp, args.seconds, args.repeats),
        }
        for name, run in sections.items():
            if args.only in (None, name):
                run()
    print(f"\nload average {os.getloadavg()[0]:.1f} at end")


if __name__ == "__main__":
    main()
