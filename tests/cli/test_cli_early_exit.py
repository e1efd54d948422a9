"""`autark make` that stops at once on a user mistake exits cleanly: the voice it began loading on a thread is
waited for (the interpreter shutting down under the voice library's loader crashed the process after the clear
error: a segmentation fault, exit code -11)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path


def test_make_with_a_broken_plan_exits_with_its_error_not_a_crash(tmp_path: Path) -> None:
    plan = tmp_path / "broken.yaml"
    plan.write_text("title: x\nscenes: 5\n", encoding="utf-8")
    env = {**os.environ, "AUTARK_CONFIG_DIR": str(tmp_path / "config")}
    for _ in range(3):  # the crash came at shutdown, not every time
        result = subprocess.run([sys.executable, "-m", "autark.cli.main", "make", str(plan), "-o",
                                 str(tmp_path / "film.mp4"), "--quality", "preview"],
                                capture_output=True, text=True, env=env, timeout=120)
        assert result.returncode == 2, (result.returncode, result.stderr[-500:])
        assert "duration_s" in result.stderr and "Traceback" not in result.stderr
    assert not (tmp_path / "film.mp4").exists()
