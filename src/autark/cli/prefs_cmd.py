"""``autark preferences`` (what was learned, and from what; ``--reset NAME``) and ``autark rate FILM 1..5``.

Everything is read from and written to the user folder on this machine; nothing is sent anywhere.
"""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Any

import typer

from autark.cli.userdir import learned, user_folder

__all__ = ["register"]

ASPECT_HELP = "What the score is about: plot, fidelity, camera or audio (default: the film as a whole)."


def _out() -> Any:
    from rich.console import Console

    return Console(highlight=False, soft_wrap=True)


def _esc(text: str) -> str:
    from rich.markup import escape

    return escape(text)


def _now() -> str:
    from datetime import UTC, datetime

    return datetime.now(UTC).isoformat(timespec="milliseconds").replace("+00:00", "")


def register(app: typer.Typer) -> None:
    """Add ``preferences`` and ``rate`` to ``app``."""

    @app.command("preferences")
    def preferences_cmd(
        reset: Annotated[str | None, typer.Option("--reset", help="Forget what was learned about NAME (lighting, "
                                                  "mood, camera_after_wide) up to now.", metavar="NAME",
                                                  show_default=False)] = None,
    ) -> None:
        """Show what autark learned from your commands, undos and ratings, and from what."""
        from autark.errors import UserInputError
        from autark.store.preferences import CHOICES, PREFER_AT

        folder = user_folder()
        if reset is not None:
            if reset not in CHOICES:
                raise UserInputError(f"there is no preference {reset!r}", hint=f"one of: {', '.join(CHOICES)}")
            folder.reset(reset, _now())
            _out().print(f"reset {reset}: what you did before now no longer counts")
            return
        prefs, counted, notes = learned(folder)
        out = _out()
        for choice in CHOICES:
            value = getattr(prefs, choice)
            avoid = getattr(prefs, f"avoid_{choice}", ())
            head = f"[bold]{choice}[/bold]: " + (_esc(value) if value else "not learned (the built-in default)")
            if avoid:
                head += f"; avoided: {_esc(', '.join(avoid))}"
            out.print(head)
            votes = counted.get(choice, [])
            totals: dict[str, int] = {}
            for v in votes:
                totals[v.value] = totals.get(v.value, 0) + v.weight
            if totals:
                out.print("  votes: " + ", ".join(f"{_esc(k)} {n:+d}" for k, n in sorted(totals.items())) +
                          f" (a preference needs {PREFER_AT:+d} and the most)")
            for v in votes:
                out.print(f"  {'+' if v.weight > 0 else '-'} {_esc(v.reason)}")
        for note in notes:
            out.print(f"[dim]{_esc(note)}[/dim]")
        out.print("[dim]learned on this machine from your projects' command logs and your ratings; nothing is "
                  "sent anywhere. autark preferences --reset NAME forgets one.[/dim]")

    @app.command("rate")
    def rate_cmd(
        film: Annotated[Path, typer.Argument(help="The film (an .mp4 autark made).")],
        score: Annotated[int, typer.Argument(help="1 (bad) to 5 (very good).")],
        aspect: Annotated[str | None, typer.Option("--aspect", help=ASPECT_HELP, show_default=False)] = None,
    ) -> None:
        """Rate a film; what it was made with counts for (4-5) or against (1-2) the defaults you get next."""
        from autark.errors import UserInputError
        from autark.store.preferences import ASPECTS

        if not 1 <= score <= 5:
            raise UserInputError(f"a score is 1 to 5, got {score}")
        if aspect is not None and (aspect not in ASPECTS or aspect == "overall"):
            raise UserInputError(f"there is no aspect {aspect!r}", hint="plot, fidelity, camera or audio")
        folder = user_folder()
        made = made_with_of(film)
        folder.add_rating({"film": film.name, "path": str(film.resolve()), "score": score,
                           "aspect": aspect or "overall", "made_with": made, "time": _now()})
        what = ", ".join(f"{k} {v}" for k, v in made.items() if k != "preferences" and v)
        _out().print(f"rated {_esc(film.name)} {score}/5" + (f" for {aspect}" if aspect else "")
                     + (f" (made with {_esc(what)})" if what else " (its report says nothing of how it was made: "
                                                              "the rating is kept but teaches nothing)"))


def made_with_of(film: Path) -> dict[str, Any]:
    """What a film was made with, from its report JSON (``autark make`` writes it); a missing film is an error."""
    import json

    from autark.errors import UserInputError
    from autark.jobs.report import report_paths

    if not film.is_file():
        raise UserInputError(f"there is no film {str(film)!r}")
    try:
        data = json.loads(report_paths(film)[0].read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    made = data.get("made_with") if isinstance(data, dict) else None
    return made if isinstance(made, dict) else {}
