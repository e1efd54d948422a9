"""Progress reporting for a film render: two rich bars (frames rendered, frames encoded) with ETA."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from rich.console import Console
    from rich.progress import Progress

__all__ = ["ProgressHooks", "film_progress", "rich_progress"]


@dataclass(frozen=True)
class ProgressHooks:
    """Callbacks that take the number of frames done so far; pass them to :func:`compose_film`."""

    rendered: Callable[[int], None]
    encoded: Callable[[int], None]
    progress: Progress | None = None


def film_progress(console: Console | None = None, *, transient: bool = False) -> Progress:
    """The rich ``Progress`` every film command shows: description, bar, n/total, %, elapsed and ETA."""
    from rich.progress import (
        BarColumn,
        MofNCompleteColumn,
        Progress,
        TaskProgressColumn,
        TextColumn,
        TimeElapsedColumn,
        TimeRemainingColumn,
    )

    return Progress(
        TextColumn("[bold]{task.description}"), BarColumn(), MofNCompleteColumn(), TaskProgressColumn(),
        TimeElapsedColumn(), TextColumn("ETA"), TimeRemainingColumn(), console=console, transient=transient,
    )


@contextmanager
def rich_progress(n_frames: int, *, console: Console | None = None, label: str = "film",
                  transient: bool = False) -> Iterator[ProgressHooks]:
    """A rich ``Progress`` with 'rendered' and 'encoded' bars, live for the ``with`` block.

    The hooks may be called from any thread (rich's Progress is thread-safe); they set absolute counts, so
    calling them out of order never makes a bar go backwards by more than one update.
    """
    progress = film_progress(console, transient=transient)
    rendered = progress.add_task(f"{label}: rendered", total=n_frames)
    encoded = progress.add_task(f"{label}: encoded", total=n_frames)
    with progress:
        yield ProgressHooks(
            rendered=lambda n: progress.update(rendered, completed=n),
            encoded=lambda n: progress.update(encoded, completed=n),
            progress=progress,
        )
