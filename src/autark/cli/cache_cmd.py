"""``autark cache DIR`` (size, entries and hits of a project's render cache) and ``autark cache DIR --clear``.

The cache is the project's ``cache/`` folder: spoken lines (``speech-*``) and the production graph's results
(``cache/graph``: film pieces, music, mixes, films, reports; ``autark.jobs.cache``).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer

if TYPE_CHECKING:
    from autark.config import Settings

__all__ = ["graph_limits", "register"]


def graph_limits(settings: Settings) -> Any:
    """The production graph's limits (``autark.jobs.graph.GraphLimits``) the environment sets."""
    from autark.jobs.graph import GraphLimits

    return GraphLimits.from_settings(settings)


def register(app: typer.Typer) -> None:
    """Add ``cache`` to ``app``."""

    @app.command("cache")
    def cache_cmd(
        directory: Annotated[Path, typer.Argument(help="The project folder.", metavar="DIR", show_default=False)],
        clear: Annotated[bool, typer.Option("--clear", help="Remove everything in the cache.")] = False,
    ) -> None:
        """Show the size, entries, budget and hit rate of a project's render cache, or clear it."""
        import shutil

        from rich.console import Console

        from autark.config import Settings
        from autark.errors import NotFound
        from autark.jobs.cache import DEFAULT_CACHE_MB, ResultCache

        if not directory.is_dir():
            raise NotFound(f"there is no project folder {directory}", hint="give the folder autark new made")
        folder = directory / "cache"
        budget = (Settings.from_env().cache_mb or DEFAULT_CACHE_MB) * 1024 * 1024
        store = ResultCache(folder / "graph", budget)
        speech = sorted(folder.glob("speech-*")) if folder.is_dir() else []
        console = Console(highlight=False)
        if clear:
            n = store.clear()
            for path in speech:
                path.unlink(missing_ok=True)
            (folder / "metrics.json").unlink(missing_ok=True)
            if folder.is_dir() and not any(folder.iterdir()):
                shutil.rmtree(folder, ignore_errors=True)
            console.print(f"cleared {n} result(s) and {len(speech)} spoken-line file(s) from {folder}")
            return
        info = store.info()
        speech_bytes = sum(p.stat().st_size for p in speech)
        looked = info.hits + info.misses
        kinds = ", ".join(f"{k} {v}" for k, v in sorted(info.by_kind.items())) or "none"
        console.print(f"cache {folder}: {(info.size_bytes + speech_bytes) / 1e6:.1f} MB "
                      f"(budget {info.budget_bytes / 1e6:.0f} MB for results)")
        console.print(f"results: {info.entries} ({kinds}), {info.size_bytes / 1e6:.1f} MB")
        console.print(f"spoken lines: {len(speech)} file(s), {speech_bytes / 1e6:.1f} MB")
        console.print(f"lookups: {info.hits} hit(s), {info.misses} miss(es)"
                      + (f", {info.hits / looked:.0%} hits" if looked else "")
                      + (f", {info.corrupt} corrupt entr(ies) recomputed" if info.corrupt else ""))
