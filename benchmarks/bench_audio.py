"""Audio benchmark: medians for speaking 10 lines, composing + rendering a 30 s score, and mixing 30 s.

Run: .venv/bin/python benchmarks/bench_audio.py [--repeats N] [--long-s 300]
The render is compared with pretty_midi's own FluidSynth path (mono, one synth per instrument) on the same
score and SoundFont, measured in the same run. The last lines compare a film-length score + mix made in
memory (render_score + mix) with the same streamed through disk (render_score_to_file + mix_to_file, what
films use): wall time and peak traced memory (tracemalloc sees numpy's buffers), one run each.
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import time
import tracemalloc
from collections.abc import Callable
from pathlib import Path

import numpy as np

from autark.audio import EspeakEngine, compose_score, find_soundfont, mix, render_score
from autark.audio.mixer import mix_to_file
from autark.audio.synth import render_score_to_file

LINES = [
    "Once upon a time, in a small town by the sea, there lived an old clockmaker.",
    "Every morning he opened his shop before the sun came up.",
    "Where are you going so early?",
    "To the lighthouse. The lamp has gone dark again.",
    "Then take the lantern, and be careful on the rocks.",
    "Der Wind wehte kalt über den Hafen.",
    "Ich komme bald zurück, versprochen.",
    "The stairs wound up and up into the fog.",
    "At the top, a small brass gear lay on the floor.",
    "He smiled. He knew exactly where it belonged.",
]
VOICES = ["narrator", "man", "woman", "man", "woman", "narrator", "child", "narrator", "narrator", "elder"]


def median_s(fn: Callable[[], object], repeats: int) -> float:
    times = []
    for _ in range(repeats):
        t0 = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t0)
    return statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--repeats", type=int, default=5)
    parser.add_argument("--long-s", type=float, default=300.0, help="film length for the streaming comparison")
    args = parser.parse_args()
    r = args.repeats

    def speak_all() -> None:
        with tempfile.TemporaryDirectory() as cache:  # a cold cache: every line is synthesized
            engine = EspeakEngine(cache_dir=Path(cache))
            for text, voice in zip(LINES, VOICES, strict=True):
                engine.speak(text, voice, "de" if text.startswith(("Der", "Ich")) else "en")

    speak_all()  # warm-up: imports, espeak-ng's data files into the page cache
    t_speak = median_s(speak_all, r)
    with tempfile.TemporaryDirectory() as cache:
        engine = EspeakEngine(cache_dir=Path(cache))
        engine.speak(LINES[0], "narrator", "en")
        t_cached = median_s(lambda: engine.speak(LINES[0], "narrator", "en"), r)
        speech = [(1.0 + 9.0 * i, engine.speak(LINES[i], VOICES[i], "en")) for i in range(3)]

    sf = find_soundfont(prefer_system=False)
    t_compose = median_s(lambda: compose_score("epic", 30.0, seed=1), r)
    score = compose_score("epic", 30.0, seed=1)
    t_render = median_s(lambda: render_score(score, soundfont=sf), r)
    t_peer = median_s(lambda: score.midi.fluidsynth(fs=48000, synthesizer=str(sf)), r)
    music = render_score(score, soundfont=sf)
    t_mix = median_s(lambda: mix(30.0, music, speech), r)
    sys_sf = find_soundfont()
    t_render_sys = median_s(lambda: render_score(score, soundfont=sys_sf), r) if sys_sf != sf else float("nan")

    print(f"audio benchmark, median of {r} runs")
    print(f"  speak 10 lines (espeak-ng, cold cache)   {t_speak:8.3f} s   ({t_speak / 10 * 1000:.0f} ms/line)")
    print(f"  speak 1 line from cache                  {t_cached * 1000:8.2f} ms")
    print(f"  compose 30 s score (epic)                {t_compose * 1000:8.1f} ms")
    print(f"  render 30 s score, stereo (TimGM6mb)     {t_render:8.3f} s   ({30.0 / t_render:.0f}x real time)")
    print(f"  peer: pretty_midi.fluidsynth, mono       {t_peer:8.3f} s   (ours/peer {t_render / t_peer:.2f})")
    if np.isfinite(t_render_sys):
        print(f"  render 30 s score, stereo ({sys_sf.name}) {t_render_sys:8.3f} s")
    print(f"  compose + render 30 s                    {t_compose + t_render:8.3f} s")
    print(f"  mix 30 s (music + 3 lines, -16 LUFS)     {t_mix:8.3f} s   ({30.0 / t_mix:.0f}x real time)")
    long_s = args.long_s
    long_score = compose_score("epic", long_s, seed=1)
    lines = [(1.0 + 9.0 * i, speech[i % 3][1]) for i in range(int((long_s - 10) // 9))]

    def in_memory() -> None:
        mix(long_s, render_score(long_score, soundfont=sf), lines)

    def streamed() -> None:
        with tempfile.TemporaryDirectory() as work:
            bed = render_score_to_file(long_score, Path(work) / "music.f32", soundfont=sf)
            mix_to_file(long_s, bed, lines, Path(work) / "mix.f32")

    for name, fn in (("in memory", in_memory), ("streamed ", streamed)):
        tracemalloc.start()
        t0 = time.perf_counter()
        fn()
        wall = time.perf_counter() - t0
        peak = tracemalloc.get_traced_memory()[1]
        tracemalloc.stop()
        print(f"  score + mix {long_s:g} s, {name}            {wall:8.3f} s   peak {peak / 2**20:6.1f} MiB traced")


if __name__ == "__main__":
    main()
