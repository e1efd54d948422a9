"""The result cache (LRU under a size budget, hash-checked entries) and the autark cache / stats commands."""

from __future__ import annotations

import json
import os
import time
from pathlib import Path

from typer.testing import CliRunner

from autark.cli.main import app
from autark.jobs.cache import ResultCache
from autark.jobs.metrics import RunMetrics, TaskTiming, prometheus_text


def test_least_recently_used_entries_go_first_when_over_budget(tmp_path: Path) -> None:
    store = ResultCache(tmp_path / "c", budget_bytes=3600)  # three entries (1000 bytes + their JSON) fit
    for k, name in enumerate("abc"):
        store.put_bytes("piece", name * 64, bytes([k]) * 1000)
        path = store.get("piece", name * 64)[0]  # type: ignore[index]
        os.utime(path, (time.time() - 100 + k, time.time() - 100 + k))
    assert store.get("piece", "a" * 64) is not None  # a is used now: b is the oldest
    store.put_bytes("piece", "d" * 64, b"\x09" * 1000)
    kept = {key[0] for key in ("a" * 64, "b" * 64, "c" * 64, "d" * 64) if store.get("piece", key) is not None}
    assert kept == {"a", "c", "d"}
    assert store.info().size_bytes <= 3600


def test_a_changed_byte_is_a_miss_and_the_entry_is_gone(tmp_path: Path) -> None:
    store = ResultCache(tmp_path / "c")
    path = store.put_bytes("sound", "e" * 64, b"hello world")
    path.write_bytes(b"hello w0rld")
    assert store.get("sound", "e" * 64) is None and store.corrupt == 1 and not path.exists()


def test_cache_and_stats_commands(tmp_path: Path) -> None:
    project = tmp_path / "p"
    store = ResultCache(project / "cache" / "graph")
    store.put_bytes("piece", "f" * 64, b"x" * 5000)
    store.get("piece", "f" * 64)
    store.get("piece", "0" * 64)
    store.save_stats()
    run = RunMetrics(film="film.mp4", wall_s=2.5, frames=40, frames_rendered=10, render_s=2.0)
    run.add(TaskTiming("piece 0", "piece", 1.5, False, frames=10))
    run.add(TaskTiming("piece 1", "piece", 0.01, True, frames=30))
    run.write(project / "cache" / "metrics.json", tmp_path / "film.metrics.json")
    shown = CliRunner().invoke(app, ["cache", str(project)])
    assert shown.exit_code == 0, shown.output
    assert "results: 1 (piece 1)" in shown.output and "1 hit(s), 1 miss(es), 50% hits" in shown.output
    stats = CliRunner().invoke(app, ["stats", str(project)])
    assert stats.exit_code == 0 and "10/40 frames rendered at 5.0 fps" in stats.output
    assert "piece 1" in stats.output and "hit" in stats.output
    as_json = CliRunner().invoke(app, ["stats", str(tmp_path / "film.mp4"), "--json"])
    assert json.loads(as_json.output)["cache_hits"] == 1
    missing = CliRunner().invoke(app, ["stats", str(tmp_path / "nothing.mp4")])
    assert missing.exit_code != 0 and "no render metrics" in missing.output
    cleared = CliRunner().invoke(app, ["cache", str(project), "--clear"])
    assert cleared.exit_code == 0 and "cleared 1 result(s)" in cleared.output
    assert not (project / "cache").exists()


def test_prometheus_text_is_well_formed() -> None:
    run = RunMetrics(film='a "b".mp4', wall_s=1.5, frames=8, frames_rendered=8, render_s=1.0)
    run.add(TaskTiming("report", "report", 0.25, False))
    text = prometheus_text([run.to_json()])
    assert 'autark_render_wall_seconds{film="a \\"b\\".mp4"} 1.5' in text
    assert 'autark_task_seconds{film="a \\"b\\".mp4",kind="report"} 0.25' in text
    for line in text.splitlines():
        assert line.startswith("# ") or line.split(" ")[-1].replace(".", "").replace("e-", "").isdigit()
