"""A render worker keeps the memory of its frames for the next ones (compose.parallel.keep_freed_memory)."""

from __future__ import annotations

import subprocess
import sys

import pytest

PROBE = """
import pickle, resource, sys
import numpy as np
from autark.compose.parallel import keep_freed_memory
if sys.argv[1] == "keep":
    keep_freed_memory()
frame = np.zeros((720, 1280, 3), np.uint8)
for _ in range(3):
    frame[::-1].copy()
before = resource.getrusage(resource.RUSAGE_SELF).ru_minflt
for _ in range(40):  # what a worker does with each frame: a fresh flipped copy, pickled, sent, then freed
    flipped = frame[::-1].copy()
    sent = pickle.dumps(flipped, protocol=pickle.HIGHEST_PROTOCOL)
    del flipped, sent
print(resource.getrusage(resource.RUSAGE_SELF).ru_minflt - before)
"""


def _faults(mode: str) -> int:
    out = subprocess.run([sys.executable, "-c", PROBE, mode], capture_output=True, text=True, check=True)
    return int(out.stdout.split()[-1])


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="glibc's allocator")
def test_frames_reuse_their_pages() -> None:
    kept = _faults("keep")
    # 40 frames of 2.7 MB, copied and pickled: the pages of the first are reused by every later one (~680
    # faults in all; glibc's defaults gave them back each frame and faulted them in again: ~27,000)
    assert kept < 1000, kept
