"""``autark stats DIR|FILM``: the last render's metrics (per-task timings, cache hits and misses, frames per
second, peak memory), kept as ``film.metrics.json`` beside a film and ``cache/metrics.json`` in a project."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

__all__ = ["register"]


def register(app: typer.Typer) -> None:
    """Add ``stats`` to ``app``."""

    @app.command("stats")
    def stats_cmd(
        target: Annotated[Path, typer.Argument(help="A project folder or a film (.mp4).", metavar="DIR|FILM",
                                               show_default=False)],
        as_json: Annotated[bool, typer.Option("--json", help="Print the metrics as JSON.")] = False,
    ) -> None:
        """Print the last render's metrics: tasks, timings, cache hits, frames per second and memory."""
        import json

        from rich.console import Console
        from rich.table import Table

        from autark.jobs.metrics import load_metrics

        data = load_metrics(target)
        console = Console(highlight=False)
        if as_json:
            console.print_json(json.dumps(data))
            return
        console.print(f"{data.get('film', '')}: {data.get('wall_s', 0):.2f} s, {data.get('frames_rendered', 0)}/"
                      f"{data.get('frames', 0)} frames rendered at {data.get('render_fps', 0):.1f} fps, cache "
                      f"{data.get('cache_hits', 0)} hit(s) {data.get('cache_misses', 0)} miss(es), peak memory "
                      f"{data.get('peak_memory_mb', 0):.0f} MB")
        table = Table("task", "kind", "seconds", "cached", "frames", "attempts")
        for t in data.get("tasks", []):
            cached = {True: "hit", False: "miss"}.get(t.get("cached"), "")
            table.add_row(t["name"], t["kind"], f"{t['seconds']:.3f}", cached, str(t.get("frames") or ""),
                          str(t.get("attempts", 1)))
        console.print(table)
