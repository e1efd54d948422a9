"""Benchmark the film stage (issue #4): a 30-second 1280x720 30 fps film of a scene with a walking character,
50 objects, speech and music.

    .venv/bin/python benchmarks/bench_film.py                 # everything (many minutes on 2 cores)
    .venv/bin/python benchmarks/bench_film.py --only pipeline  # one section: pipeline|render|audio|encode|rss|peer

Sections (medians over ``--repeats``):
  pipeline  make_film end to end (audio, then render and encode pipelined), with its own stage split
  render    render-only pass: every frame rendered and dropped (no encoder)
  audio     speech + score + mix only
  encode    encode-only pass: 900 frames cycled from 30 pre-rendered ones, plus the mix (no renderer)
  presets   x264 settings for the final film on 90 consecutive rendered frames of the scene: wall and CPU
            seconds (interleaved), file size, PSNR and SSIM (luma) against the rendered frames
  variants  make_film of a 10 s cut of the scene, A/B interleaved: x264 preset (final's vs 'medium') and the
            encoder thread's nice value (FilmOptions.encoder_nice 0 vs 10), wall seconds and render/encode split
  rss       peak RSS of a 30-second and a 5-minute film, each in its own subprocess; run at preview quality,
            320x180 and 10 fps so the 5-minute film finishes in minutes (memory flatness, not speed)
  peer      MoviePy composing the same frames and audio, when moviepy is importable
"""

from __future__ import annotations

import argparse
import functools
import json
import math
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

W, H, FPS = 1280, 720, 30


def build_scene(duration_s: float = 30.0, width: int = W, height: int = H):  # -> Scene
    """Meadow template + props up to 50 objects, a walking character, three lines, a static wide shot."""
    from autark.assets import library
    from autark.assets.templates import load_setting
    from autark.ops import AddObject, SetCharacter, SetSettings, SetTimeline, apply_ops
    from autark.ops import camera_moves as cm
    from autark.ops.templates import setting_ops
    from autark.scene.model import Character, Material, Scene, SceneObject, Transform
    from autark.scene.timeline import Action, Line

    scene = Scene(name="bench")
    scene = apply_ops(scene, [SetSettings(changes={"width": width, "height": height, "fps": FPS})])
    scene = apply_ops(scene, setting_ops(load_setting("meadow"), scene))
    kinds = ["rock", "flower", "bush", "mushroom", "tree"]
    extra = []
    i = 0
    while len(scene.objects) + len(extra) < 49:
        spec = library.get(kinds[i % len(kinds)])
        a = 2 * math.pi * i / 34
        r = 4.5 + (i % 3)
        extra.append(AddObject(object=SceneObject(
            id=f"obj{scene.next_id + i}", name=spec.type, type=spec.type,
            transform=Transform(position=(r * math.sin(a), 0.0, -abs(r * math.cos(a)))),
            material=Material(color=spec.color), bounds_min=spec.bounds_min, bounds_max=spec.bounds_max)))
        i += 1
    scene = apply_ops(scene, extra)
    body = library.get("humanoid")
    oid = f"obj{scene.next_id}"
    scene = apply_ops(scene, [
        AddObject(object=SceneObject(id=oid, name="Ann", type="humanoid", transform=Transform(position=(-2.5, 0, 0)),
                                     bounds_min=body.bounds_min, bounds_max=body.bounds_max)),
        SetCharacter(character=Character(id="ann", name="Ann", object_id=oid, voice="woman")),
    ])
    walks = [Action(object_id=oid, kind="walk", start_s=1.0 + k * 7, end_s=6.0 + k * 7,
                    target=((2.5, 0.0, 0.0) if k % 2 == 0 else (-2.5, 0.0, 0.0)))
             for k in range(int((duration_s - 2) // 7))]
    lines = [Line(speaker="Ann", text=t, start_s=s, voice="woman")
             for t, s in (("What a lovely morning.", 2.0), ("I think I will walk a little.", 9.0),
                          ("And back again.", 16.0)) if s + 3 < duration_s]
    scene = apply_ops(scene, [SetTimeline(actions=walks, lines=lines, duration_s=duration_s, music_mood="happy")])
    scene = apply_ops(scene, cm.static(scene, "main", 0.0, duration_s, position=(0.0, 2.2, 9.0),
                                       target=(0.0, 0.9, 0.0)))
    return scene


def _median_of(fn: Callable[[], float], repeats: int) -> float:
    return statistics.median(fn() for _ in range(repeats))


def bench_pipeline(repeats: int, tmp: Path) -> None:
    from autark.jobs import FilmOptions, make_film

    scene = build_scene()
    runs = []
    for _ in range(repeats):
        t0 = time.perf_counter()
        report = make_film(scene, tmp / "film.mp4", FilmOptions(quality="final"))
        runs.append({"total": time.perf_counter() - t0, **report.timings_s})
    med = {k: statistics.median(r[k] for r in runs) for k in runs[0]}
    print(f"pipeline (make_film, final 1280x720 30 fps, 30 s; load {_load()}): total {med['total']:.1f} s "
          f"(target <= 30 s); speech {med['speech']:.1f} s, then render+encode {med['render+encode']:.1f} s "
          f"(encoder waited {med['render']:.1f} s on frames) with music {med['music']:.1f} s + mix "
          f"{med['mix']:.1f} s on a thread beside it")


def _factory(width: int, height: int, quality: str):  # -> make_renderer, n_frames
    from autark.jobs import FilmOptions, SceneSegment
    from autark.jobs.film import _make_segments_renderer, _payload

    scene = build_scene(width=width, height=height)
    options = FilmOptions(quality=quality)  # type: ignore[arg-type]
    return functools.partial(_make_segments_renderer, _payload([SceneSegment(scene, 30.0)]), FPS, width, height,
                             options.render_settings()), 30 * FPS


def bench_render(repeats: int) -> None:
    from autark.compose import render_frames

    factory, n = _factory(W, H, "final")

    def once() -> float:
        t0 = time.perf_counter()
        for _frame in render_frames(factory, n):
            pass
        return time.perf_counter() - t0

    wall = _median_of(once, repeats)
    print(f"render-only pass: {wall:.1f} s for {n} frames ({n / wall:.1f} fps, GL start-up included)")


def bench_audio(repeats: int) -> None:
    from autark.jobs import prepare_audio

    scene = build_scene()

    def once() -> float:
        t0 = time.perf_counter()
        prepare_audio(scene, 30.0)
        return time.perf_counter() - t0

    print(f"audio only (speech + score + mix, 30 s): {_median_of(once, repeats):.2f} s")


def _rendered_frames(k: int) -> list:
    factory, _n = _factory(W, H, "final")
    render = factory()
    return [render(i * 30) for i in range(k)]


def bench_encode(repeats: int, tmp: Path) -> float:
    from autark.compose import encode_mp4
    from autark.jobs import prepare_audio

    frames = _rendered_frames(30)
    _scene, audio, _cues = prepare_audio(build_scene(), 30.0)

    def once() -> float:
        t0 = time.perf_counter()
        encode_mp4((frames[i % 30] for i in range(900)), tmp / "enc.mp4", FPS, W, H, audio, quality="final")
        return time.perf_counter() - t0

    wall = _median_of(once, repeats)
    print(f"encode-only pass: {wall:.1f} s for 900 frames + audio ({900 / wall:.1f} fps)")
    return wall


def _ssim_luma(a, b) -> float:
    """Mean SSIM of the BT.601 luma of two RGB frames (8x8 box windows; enough to rank encoder settings)."""
    import numpy as np
    from scipy.ndimage import uniform_filter

    w = np.array([0.299, 0.587, 0.114])
    x, y = a.astype(np.float64) @ w, b.astype(np.float64) @ w
    mx, my = uniform_filter(x, 8), uniform_filter(y, 8)
    vx, vy = uniform_filter(x * x, 8) - mx * mx, uniform_filter(y * y, 8) - my * my
    cov = uniform_filter(x * y, 8) - mx * my
    c1, c2 = (0.01 * 255) ** 2, (0.03 * 255) ** 2
    return float((((2 * mx * my + c1) * (2 * cov + c2)) / ((mx * mx + my * my + c1) * (vx + vy + c2))).mean())


def bench_presets(repeats: int, tmp: Path, n: int = 90) -> None:
    import av
    import numpy as np

    from autark.compose import encode, encode_mp4

    factory, _n = _factory(W, H, "final")
    render = factory()
    frames = [render(i) for i in range(n)]  # consecutive frames: the film's real motion for x264
    variants = {"medium crf18": ("medium", "18"), "faster crf17": ("faster", "17"),
                "veryfast crf18": ("veryfast", "18"), "veryfast crf17": ("veryfast", "17"),
                "veryfast crf16": ("veryfast", "16"), "superfast crf17": ("superfast", "17")}
    saved = dict(encode._VIDEO_SETTINGS["final"])
    wall: dict[str, list[float]] = {k: [] for k in variants}
    cpu: dict[str, list[float]] = {k: [] for k in variants}
    try:
        for _ in range(repeats):
            for name, (preset, crf) in variants.items():
                encode._VIDEO_SETTINGS["final"] = {"preset": preset, "crf": crf}
                t0, c0 = time.perf_counter(), _cpu_s()
                encode_mp4(iter(frames), tmp / f"{name}.mp4", FPS, W, H, None, quality="final")
                wall[name].append(time.perf_counter() - t0)
                cpu[name].append(_cpu_s() - c0)
    finally:
        encode._VIDEO_SETTINGS["final"] = saved
    print(f"x264 for the final film, {n} rendered 1280x720 frames, medians of {repeats} (load {_load()}):")
    base_cpu = statistics.median(cpu["medium crf18"])
    for name in variants:
        with av.open(str(tmp / f"{name}.mp4")) as c:
            decoded = [f.to_ndarray(format="rgb24") for f in c.decode(video=0)]
        mse = np.mean([np.mean((d.astype(np.float64) - f) ** 2) for d, f in zip(decoded, frames, strict=True)])
        ssim = statistics.mean(_ssim_luma(decoded[i], frames[i]) for i in range(0, n, 10))
        size = (tmp / f"{name}.mp4").stat().st_size
        print(f"  {name:16s} wall {statistics.median(wall[name]):5.2f} s  CPU {statistics.median(cpu[name]):5.2f} s "
              f"({statistics.median(cpu[name]) / base_cpu:.2f} of medium)  {size * 8 / (n / FPS) / 1e6:5.2f} Mbit/s  "
              f"PSNR {10 * math.log10(255 ** 2 / mse):5.2f} dB  SSIM {ssim:.4f}")


def _cpu_s() -> float:
    usage = resource.getrusage(resource.RUSAGE_SELF)  # every thread of this process, x264's included
    return usage.ru_utime + usage.ru_stime


def _load() -> str:
    try:
        return Path("/proc/loadavg").read_text().split()[0]
    except OSError:
        return "?"


def bench_variants(repeats: int, tmp: Path, seconds: float = 10.0) -> None:
    from autark.compose import encode
    from autark.jobs import FilmOptions, make_film

    scene = build_scene(seconds)
    saved = dict(encode._VIDEO_SETTINGS["final"])
    variants = {f"{preset} nice {nice}": (preset, nice) for preset in (saved["preset"], "medium")
                for nice in (0, 10)}
    runs: dict[str, list[dict[str, float]]] = {k: [] for k in variants}
    try:
        for _ in range(repeats):
            for name, (preset, nice) in variants.items():
                encode._VIDEO_SETTINGS["final"] = {**saved, "preset": preset}
                t0 = time.perf_counter()
                report = make_film(scene, tmp / "v.mp4", FilmOptions(quality="final", encoder_nice=nice))
                runs[name].append({"total": time.perf_counter() - t0, **report.timings_s})
    finally:
        encode._VIDEO_SETTINGS["final"] = saved
    print(f"make_film variants, {seconds:g} s final 1280x720 30 fps, medians of {repeats} (load {_load()}):")
    for name, rs in runs.items():
        med = {k: statistics.median(r[k] for r in rs) for k in rs[0]}
        print(f"  {name:18s} total {med['total']:5.1f} s  render+encode {med['render+encode']:5.1f} s "
              f"(waited on frames {med['render']:5.1f} s)  runs {[round(r['total'], 1) for r in rs]}")


def child_rss(duration_s: float, out: str) -> None:
    from autark.jobs import FilmOptions, make_film

    scene = build_scene(duration_s, 640, 360)
    t0 = time.perf_counter()
    make_film(scene, out, FilmOptions(fps=10, width=640, height=360, quality="preview"))
    peak_mib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(json.dumps({"peak_mib": peak_mib, "wall_s": time.perf_counter() - t0}))


def bench_rss(tmp: Path) -> None:
    results = {}
    for duration in (30.0, 300.0):
        proc = subprocess.run([sys.executable, __file__, "--child-rss", str(duration), str(tmp / "rss.mp4")],
                              capture_output=True, text=True, check=True)
        results[duration] = json.loads(proc.stdout.strip().splitlines()[-1])
    a, b = results[30.0]["peak_mib"], results[300.0]["peak_mib"]
    print(f"peak RSS (preview 320x180, 10 fps): 30 s film {a:.0f} MiB ({results[30.0]['wall_s']:.0f} s), "
          f"5 min film {b:.0f} MiB ({results[300.0]['wall_s']:.0f} s); ratio {b / a:.2f} "
          f"({'within' if b <= 1.2 * a else 'OVER'} the 20% limit)")


def bench_peer(tmp: Path, ours_s: float | None) -> None:
    try:
        import moviepy  # noqa: F401
    except ImportError:
        print("peer: MoviePy skipped -- it is not installed in this environment (no downloads at run time)")
        return
    import numpy as np
    from moviepy import AudioArrayClip, ImageSequenceClip  # type: ignore[import-not-found]

    from autark.jobs import prepare_audio

    frames = _rendered_frames(30)
    _scene, audio, _cues = prepare_audio(build_scene(), 30.0)
    t0 = time.perf_counter()
    clip = ImageSequenceClip([frames[i % 30] for i in range(900)], fps=FPS)
    clip = clip.with_audio(AudioArrayClip(np.asarray(audio), fps=48_000))
    clip.write_videofile(str(tmp / "peer.mp4"), codec="libx264", audio_codec="aac", logger=None)
    peer = time.perf_counter() - t0
    ratio = f"; time ratio autark / MoviePy = {ours_s / peer:.2f}" if ours_s else ""
    print(f"peer: MoviePy (libx264 defaults, AAC) wrote the same 900 frames + audio in {peer:.1f} s{ratio}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--only", choices=["pipeline", "render", "audio", "encode", "presets", "variants", "rss", "peer"])
    parser.add_argument("--repeats", type=int, default=1)
    parser.add_argument("--child-rss", nargs=2, metavar=("DURATION", "OUT"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child_rss:
        child_rss(float(args.child_rss[0]), args.child_rss[1])
        return
    with tempfile.TemporaryDirectory() as name:
        tmp = Path(name)
        want = [args.only] if args.only else ["pipeline", "render", "audio", "encode", "presets", "rss", "peer"]
        if "pipeline" in want:
            bench_pipeline(args.repeats, tmp)
        if "render" in want:
            bench_render(args.repeats)
        if "audio" in want:
            bench_audio(args.repeats)
        encode_s = None
        if "encode" in want or "peer" in want:  # the peer's ratio is against our encode of the same frames
            encode_s = bench_encode(args.repeats, tmp)
        if "presets" in want:
            bench_presets(args.repeats, tmp)
        if "variants" in want:
            bench_variants(args.repeats, tmp)
        if "rss" in want:
            bench_rss(tmp)
        if "peer" in want:
            bench_peer(tmp, encode_s)


if __name__ == "__main__":
    main()
