"""A mix killed with ``kill -9`` leaves its work folder behind; the next mix removes it."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from autark.audio import mix

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="flock and /proc: Linux")

# a mix that stops half-way: its scratch file is written, then it waits to be killed
_STUCK_MIX = """
import time
from autark.audio import mixer

def stuck(duration_s, music, speech, out_path, **kwargs):
    out_path.write_bytes(bytes(4096))
    print("mixing", flush=True)
    time.sleep(600)

mixer.mix_to_file = stuck
mixer.mix(1.0, None, [])
"""


def test_a_killed_mix_leaves_a_work_folder_that_the_next_mix_removes(tmp_path: Path,
                                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    import tempfile

    proc = subprocess.Popen([sys.executable, "-c", _STUCK_MIX], env={**os.environ, "TMPDIR": str(tmp_path)},
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        assert proc.stdout is not None and proc.stdout.readline() == "mixing\n", proc.stderr
        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=30)
    finally:
        if proc.poll() is None:
            proc.kill()
        proc.communicate()
    left = [p.name for p in tmp_path.iterdir()]
    assert len(left) == 1 and left[0].startswith(f"autark-mix-{proc.pid}-"), left
    assert (tmp_path / left[0] / "mix.f32").is_file()

    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    music = np.full((48_000 * 4, 2), 0.1, np.float32)
    assert mix(4.0, music, []).shape == (48_000 * 4, 2)
    assert list(tmp_path.iterdir()) == []
