"""What containing a plugin costs: ``python benchmarks/bench_plugins.py``. Prints medians and ratios.

The same plugin call three ways: called directly (no plugin machinery), in autark's process through
``autark.plugins.run`` (permission guard on, answer checked) and isolated in its worker process (a pipe round
trip each way, the request and the answer pickled). Two payloads: a tiny voice answer (0.1 s of 16 kHz audio,
the overhead alone) and a realistic one (a 3 s line at 48 kHz, 576 kB of samples). The worker's start
(a fresh interpreter importing the plugin) is paid once per plugin and process and printed on its own, with a
built-in voice (espeak-ng) call for scale.
"""

from __future__ import annotations

import statistics
import sys
import time
from dataclasses import replace
from pathlib import Path
from typing import Any

import numpy as np

from autark.config import Settings
from autark.plugins.catalog import PLUGINS
from autark.plugins.isolation import Worker
from autark.plugins.kinds import Plugin, Resources, VoiceRequest, VoiceResult
from autark.plugins.run import run_plugin


class Beep:
    """A voice plugin whose answer is ``seconds`` of a tone at ``rate`` Hz: its own cost is a numpy fill."""

    def __init__(self, seconds: float = 0.1, rate: int = 16000) -> None:
        t = np.arange(int(seconds * rate)) / rate
        self.result = VoiceResult((0.3 * np.sin(2 * np.pi * 220 * t)).astype(np.float32), rate)

    def speak(self, request: VoiceRequest) -> VoiceResult:
        return self.result


class LongBeep(Beep):
    def __init__(self) -> None:
        super().__init__(3.0, 48000)


def _median_s(fn: Any, runs: int) -> float:
    fn()  # warm
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main(runs: int = 200) -> None:
    settings = Settings()
    request = VoiceRequest("Hello there.", "man", "en")
    print(f"plugin call overhead, median of {runs} calls (python {sys.version.split()[0]})")
    print(f"{'payload':<22} {'direct':>10} {'in-process':>12} {'isolated':>10} {'in-proc/direct':>15} "
          f"{'isolated/in-proc':>17}")
    for label, factory in (("tiny (3 kB)", Beep), ("3 s line (576 kB)", LongBeep)):
        inline = Plugin(f"bench-{factory.__name__.lower()}", "voice", factory, builtin=False, isolated=False)
        isolated = replace(inline, name=inline.name + "-isolated", isolated=True,
                           resources=Resources(time_s=30.0))
        direct_impl = factory()
        direct = _median_s(lambda impl=direct_impl: impl.speak(request), runs)
        in_process = _median_s(lambda p=inline: run_plugin(p, request, settings), runs)
        worker_s = _median_s(lambda p=isolated: run_plugin(p, request, settings), runs)
        print(f"{label:<22} {direct * 1e6:>8.1f}us {in_process * 1e6:>10.1f}us {worker_s * 1e6:>8.1f}us "
              f"{in_process / direct:>14.1f}x {worker_s / in_process:>16.1f}x")

    starts = []
    for _ in range(5):
        start = time.perf_counter()
        worker = Worker(Plugin("bench-start", "voice", Beep), network=False)
        worker.call("speak", request, 30.0)
        starts.append(time.perf_counter() - start)
        worker.stop()
    espeak = PLUGINS["voice"]["espeak-ng"]
    speak_s = _median_s(lambda: run_plugin(espeak, VoiceRequest("Hello there, brave knight.", "man", "en"),
                                           settings), 5)
    print(f"worker start + first call: median {statistics.median(starts) * 1e3:.0f} ms (paid once per plugin)")
    print(f"for scale, one espeak-ng line (built in, in-process): {speak_s * 1e3:.0f} ms")


if __name__ == "__main__":
    sys.path.insert(0, str(Path(__file__).resolve().parent))  # the worker imports this module's classes
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 200)
