"""Scratch files of killed renders: removed by the next render when nobody holds them, never while one does."""

from __future__ import annotations

import os
import subprocess
import sys
from fractions import Fraction
from pathlib import Path

import pytest
from compose_media import square_frames

from autark.compose import encode_mp4, partial_path_for
from autark.errors import UserInputError
from autark.leftovers import (
    LOCK_NAME,
    hold,
    pid_alive,
    release,
    remove_stale_partials,
    remove_stale_work_dirs,
    work_dir,
)

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="flock and /proc: Linux")


def _dead_pid() -> int:
    """The pid of a process that has ended (and been reaped)."""
    proc = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True,
                          check=True)
    pid = int(proc.stdout)
    assert not pid_alive(pid)
    return pid


def _work_dir(root: Path, name: str, lock: bool = True) -> Path:
    path = root / name
    path.mkdir()
    (path / "mix.f32").write_bytes(b"\0" * 1024)
    if lock:
        (path / LOCK_NAME).touch()
    return path


def test_pid_alive() -> None:
    assert pid_alive(os.getpid()) and pid_alive(1)
    assert not pid_alive(_dead_pid()) and not pid_alive(0) and not pid_alive(-5)


def test_work_dirs_are_removed_only_when_their_process_is_gone_and_nobody_holds_them(tmp_path: Path) -> None:
    dead = _dead_pid()
    stale = _work_dir(tmp_path, f"autark-film-{dead}-abc")
    unlocked = _work_dir(tmp_path, f"autark-film-{dead}-def", lock=False)  # killed before it locked its folder
    mine = _work_dir(tmp_path, f"autark-film-{os.getpid()}-ghi")  # a live process: its render is running
    held = _work_dir(tmp_path, f"autark-film-{dead}-jkl")  # a dead pid but a held lock: another pid namespace
    legacy = _work_dir(tmp_path, "autark-film-q1w2e3r4")  # no pid: an older version's, left alone
    other = _work_dir(tmp_path, f"autark-audio-{dead}-mno")  # another kind
    target = _work_dir(tmp_path, "target")
    (tmp_path / f"autark-film-{dead}-lnk").symlink_to(target)
    fd = hold(held / LOCK_NAME)
    try:
        removed = remove_stale_work_dirs(tmp_path, "autark-film-")
    finally:
        release(fd)
    assert removed == [stale, unlocked]
    assert not stale.exists() and not unlocked.exists()
    assert all(p.exists() for p in (mine, held, legacy, other, target / "mix.f32"))
    assert remove_stale_work_dirs(tmp_path, "autark-film-") == [held]


def test_work_dir_is_held_removed_after_use_and_sweeps_first(tmp_path: Path,
                                                            monkeypatch: pytest.MonkeyPatch) -> None:
    import tempfile

    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    stale = _work_dir(tmp_path, f"autark-film-{_dead_pid()}-abc")
    with work_dir("autark-film-") as path:
        assert not stale.exists()
        assert path.parent == tmp_path and path.name.startswith(f"autark-film-{os.getpid()}-")
        assert (path / LOCK_NAME).exists()
        assert remove_stale_work_dirs(tmp_path, "autark-film-") == []  # ours, while we run
    assert list(tmp_path.iterdir()) == []
    with pytest.raises(KeyboardInterrupt), work_dir("autark-film-"):
        raise KeyboardInterrupt
    assert list(tmp_path.iterdir()) == []


def test_stale_partials_go_held_ones_stay(tmp_path: Path) -> None:
    stale = partial_path_for(tmp_path / "old.mp4")
    stale.write_bytes(b"half a film")
    busy = partial_path_for(tmp_path / "busy.mp4")
    keep = tmp_path / "film.mp4"
    keep.write_bytes(b"a film")
    fd = hold(busy)
    try:
        assert remove_stale_partials(tmp_path) == [stale]
        assert busy.exists() and keep.exists()
    finally:
        release(fd)
    assert remove_stale_partials(tmp_path) == [busy]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["film.mp4"]


def test_an_encode_removes_stale_partials_and_refuses_a_name_being_written(tmp_path: Path) -> None:
    stale = partial_path_for(tmp_path / "killed.mp4")
    stale.write_bytes(b"half a film")
    busy = partial_path_for(tmp_path / "busy.mp4")
    fd = hold(busy)
    try:
        with pytest.raises(UserInputError, match="another render is writing"):
            encode_mp4(square_frames(3), tmp_path / "busy.mp4", Fraction(24), 160, 96)
        assert busy.exists()  # the other render's file is untouched
        assert not stale.exists()
        encode_mp4(square_frames(3), tmp_path / "next.mp4", Fraction(24), 160, 96)
    finally:
        release(fd)
    assert sorted(p.name for p in tmp_path.iterdir()) == [busy.name, "next.mp4"]
