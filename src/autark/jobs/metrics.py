"""What a production run measured: per-task timings, cache hits and misses, frames per second, peak memory.

A run's :class:`RunMetrics` is written as JSON beside the film (``film.metrics.json``) and in the project's
cache folder (``cache/metrics.json``, the last render's); ``autark stats DIR|FILM`` prints it, the web
studio's render panel shows its summary and the server exposes it as Prometheus text at ``/metrics``
(:func:`prometheus_text`).
"""

from __future__ import annotations

import contextlib
import json
import os
import resource
import sys
import threading
import time
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from autark.errors import NotFound

__all__ = ["METRICS_NAME", "RunMetrics", "TaskTiming", "load_metrics", "metrics_path_for", "peak_memory_mb",
           "prometheus_text"]

METRICS_NAME = "metrics.json"
METRICS_VERSION = 1


def peak_memory_mb() -> float:
    """This process's peak resident memory (and its finished children's, the render workers), in MB."""
    scale = 1.0 if sys.platform == "darwin" else 1024.0  # bytes on macOS, kilobytes on Linux
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * scale
    children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss * scale
    return round(max(own, children) / 1e6, 1)


@dataclass
class TaskTiming:
    name: str  # "piece 3", "music", "mix", "join", "report", ...
    kind: str  # piece, music, mix, film, join, report, keys
    seconds: float
    cached: bool | None  # None: not a cached task (keys)
    attempts: int = 1
    frames: int = 0


@dataclass
class RunMetrics:
    """One production run."""

    film: str = ""
    started_at: float = field(default_factory=time.time)
    wall_s: float = 0.0
    frames: int = 0  # the film's
    frames_rendered: int = 0  # rendered this run (the rest came from the cache)
    render_s: float = 0.0
    # the graph's own work, beyond what a plain render does: keys and joining the pieces (wall time, on the
    # job's thread), cache reads and writes with their hashing (CPU time, mostly on other threads); its share
    # of wall_s is the graph's overhead on a first render
    bookkeeping_s: float = 0.0
    peak_memory_mb: float = 0.0
    tasks: list[TaskTiming] = field(default_factory=list)
    version: int = METRICS_VERSION

    def __post_init__(self) -> None:
        self._lock = threading.Lock()

    def add(self, task: TaskTiming) -> None:
        with self._lock:
            self.tasks.append(task)

    @property
    def hits(self) -> int:
        return sum(t.cached is True for t in self.tasks)

    @property
    def misses(self) -> int:
        return sum(t.cached is False for t in self.tasks)

    @property
    def render_fps(self) -> float:
        return round(self.frames_rendered / self.render_s, 2) if self.render_s > 0 else 0.0

    def to_json(self) -> dict[str, Any]:
        data = {k: v for k, v in asdict(self).items() if not k.startswith("_")}
        data |= {"cache_hits": self.hits, "cache_misses": self.misses, "render_fps": self.render_fps}
        return data

    def summary(self) -> str:
        """One line: what the web studio's panel and the command line show."""
        return (f"{self.wall_s:.1f} s, {self.frames_rendered}/{self.frames} frames rendered"
                + (f" at {self.render_fps:.1f} fps" if self.frames_rendered else "")
                + f", cache {self.hits} hit(s) {self.misses} miss(es), peak {self.peak_memory_mb:.0f} MB")

    def write(self, *paths: Path) -> None:
        text = json.dumps(self.to_json(), indent=1)
        for path in paths:
            with contextlib.suppress(OSError):  # metrics never cost the film
                path.parent.mkdir(parents=True, exist_ok=True)
                tmp = path.with_name(f".{path.name}.tmp")
                tmp.write_text(text + "\n", encoding="utf-8")
                os.replace(tmp, path)


def metrics_path_for(film: Path) -> Path:
    return film.with_name(film.stem + ".metrics.json")


def load_metrics(target: Path) -> dict[str, Any]:
    """The metrics of a film (``film.mp4`` -> ``film.metrics.json``) or of a project folder's last render."""
    candidates = ([target / "cache" / METRICS_NAME, target / METRICS_NAME] if target.is_dir()
                  else [metrics_path_for(target), target])
    for path in candidates:
        if path.is_file() and path.suffix == ".json":
            try:
                data = json.loads(path.read_text(encoding="utf-8"))
            except (OSError, ValueError) as exc:
                raise NotFound(f"the metrics file {path} cannot be read: {exc}") from None
            if isinstance(data, dict) and "tasks" in data:
                return data
    raise NotFound(f"no render metrics for {target}",
                   hint="render the film first: autark render DIR -o film.mp4 (metrics are kept beside it)")


def _esc(text: str) -> str:
    return text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n")


def prometheus_text(runs: list[dict[str, Any]], extra: dict[str, float] | None = None) -> str:
    """Prometheus exposition text (version 0.0.4) for the runs' metrics, newest last, labelled by film."""
    lines: list[str] = []

    def metric(name: str, kind: str, help_: str, samples: list[tuple[dict[str, str], float]]) -> None:
        lines.append(f"# HELP {name} {help_}")
        lines.append(f"# TYPE {name} {kind}")
        for labels, value in samples:
            lab = ",".join(f'{k}="{_esc(v)}"' for k, v in labels.items())
            lines.append(f"{name}{{{lab}}} {float(value):g}" if lab else f"{name} {float(value):g}")

    def per_run(key: str) -> list[tuple[dict[str, str], float]]:
        return [({"film": str(r.get("film", ""))}, float(r.get(key, 0) or 0)) for r in runs]

    metric("autark_render_wall_seconds", "gauge", "Wall time of the last render of each film.", per_run("wall_s"))
    metric("autark_render_frames", "gauge", "Frames in the film.", per_run("frames"))
    metric("autark_render_frames_rendered", "gauge", "Frames rendered (not from the cache).",
           per_run("frames_rendered"))
    metric("autark_render_fps", "gauge", "Frames rendered per second of render time.", per_run("render_fps"))
    metric("autark_render_peak_memory_megabytes", "gauge", "Peak resident memory.", per_run("peak_memory_mb"))
    metric("autark_graph_bookkeeping_seconds", "gauge", "The graph's own work (keys, cache, joining).",
           per_run("bookkeeping_s"))
    metric("autark_cache_hits", "gauge", "Tasks taken from the cache in the last render.", per_run("cache_hits"))
    metric("autark_cache_misses", "gauge", "Tasks computed in the last render.", per_run("cache_misses"))
    kinds: list[tuple[dict[str, str], float]] = []
    for r in runs:
        totals: dict[str, float] = {}
        for t in r.get("tasks", []):
            totals[t["kind"]] = totals.get(t["kind"], 0.0) + float(t["seconds"])
        kinds += [({"film": str(r.get("film", "")), "kind": k}, v) for k, v in sorted(totals.items())]
    metric("autark_task_seconds", "gauge", "Seconds spent per task kind in the last render.", kinds)
    for name, value in (extra or {}).items():
        metric(name, "gauge", name.replace("_", " ") + ".", [({}, value)])
    return "\n".join(lines) + "\n"
