"""``autark check FILM|DIR``: measure a film and print its report as tables (exit 0 when nothing fails, 1 when
a check fails).

FILM may be any MP4: then the measures are the frame-based ones (picture, sound, the subtitles beside it).
A film autark made has its report beside it (``film.report.json``), which also knows the shot list, the
mix's stems and the scene measures; check re-measures the file and keeps what that report knew when it was
written for these very bytes. DIR is a project folder (its newest film, in the folder or its ``renders/``)
or a folder of films (each one). The measuring lives in ``autark.jobs.report``; this only prints.
"""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Any

import typer

__all__ = ["register"]

_COLOURS = {"pass": "green", "warn": "yellow", "fail": "red", "skip": "dim"}
_SHOT_COLUMNS = ("mean_luminance", "flicker", "black_s", "frozen_s", "flashes")
_LINE_COLUMNS = ("chars_per_s", "line_chars", "lines", "speech_over_music_db")
# short column heads, so the tables fit an 80-column terminal (the rules' labels are in the HTML and JSON)
_HEADS = {"mean_luminance": "luma", "flicker": "flicker", "black_s": "black s", "frozen_s": "frozen s",
          "flashes": "flashes", "chars_per_s": "chars/s", "line_chars": "longest", "lines": "lines",
          "speech_over_music_db": "over music dB", "cut_offset_frames": "cut ±", "subjects_visible_pct": "subj %",
          "speaker_visible_pct": "spkr %", "occluded_pct": "occl %", "clearance_m": "clear m",
          "subject_height_pct": "ht %", "framing": "framing"}
# the scene measures shown as columns (the others, head cut, turn speed, eyes, are in the problem lines below
# the tables when they warn or fail, and in the HTML and JSON)
_SCENE_COLUMNS = ("subjects_visible_pct", "subject_height_pct", "clearance_m", "occluded_pct", "speaker_visible_pct",
                  "framing")


def register(app: typer.Typer) -> None:
    """Add ``check`` to ``app``."""

    @app.command("check")
    def check_cmd(
        target: Annotated[Path, typer.Argument(help="A film (.mp4), a project folder or a folder of films.",
                                               metavar="FILM|DIR", show_default=False)],
        as_json: Annotated[bool, typer.Option("--json", help="Print the report as JSON instead of tables.")] = False,
        write: Annotated[bool, typer.Option("--write", help="Also write FILM.report.json and FILM.report.html "
                                            "beside each film.")] = False,
    ) -> None:
        """Measure a film against the report's rules and print the result; exit 1 when a check fails.

        Per shot: luminance, flicker, black and frozen stretches, one-frame flashes (and what the scene
        should show, for films autark made); per subtitle: reading speed and line length; the whole film:
        loudness, true peak, duration and audio/video sync.
        """
        import json
        import sys

        from autark.jobs.report import check_film, load_facts, write_report

        films = _films(target)
        checks = []
        for film in films:
            check = check_film(film, load_facts(film))
            if write:
                write_report(check)
            checks.append(check)
        if as_json:
            docs = [c.data for c in checks]
            sys.stdout.write(json.dumps(docs[0] if target.is_file() else docs, indent=1, ensure_ascii=False) + "\n")
        else:
            for check in checks:
                _print(check)
        if any(c.failed for c in checks):
            raise typer.Exit(1)


def _films(target: Path) -> list[Path]:
    from autark.errors import UserInputError

    if target.is_file():
        if target.suffix.lower() not in (".mp4", ".m4v", ".mov"):
            raise typer.BadParameter(f"{target.name}: give an MP4 film or a folder", param_hint="FILM|DIR")
        return [target]
    if not target.is_dir():
        raise UserInputError(f"there is no film or folder {target}", hint="give an MP4 file or a folder")

    def mp4s(folder: Path) -> list[Path]:
        # hidden names are the encoder's partial files (.NAME.partial.mp4)
        return sorted(p for p in folder.glob("*.mp4") if p.is_file() and not p.name.startswith("."))

    if (target / "project.ams").is_file():
        found = mp4s(target) + (mp4s(target / "renders") if (target / "renders").is_dir() else [])
        if not found:
            raise UserInputError(f"the project {target} has no film yet",
                                 hint=f"render one: autark render {target} -o {target / 'film.mp4'}")
        return [max(found, key=lambda p: p.stat().st_mtime_ns)]
    found = mp4s(target)
    if not found:
        raise UserInputError(f"there is no film (.mp4) in {target}", hint="give an MP4 file or a folder of films")
    return found


def _cell(measure: dict[str, Any] | None, unit: str = "") -> str:
    from rich.markup import escape

    if measure is None:
        return ""
    colour = _COLOURS.get(measure.get("status", "skip"), "white")
    value = measure.get("value")
    if value is None:
        text = "—" if measure.get("status") == "skip" else measure.get("reason", "—")
    elif isinstance(value, float):
        text = (f"{value:.1f}" if abs(value) >= 10 else f"{value:.2f}").rstrip("0").rstrip(".")
        text += f" {unit}" if unit else ""
    else:
        text = f"{value}" + (f" {unit}" if unit else "")
    return f"[{colour}]{escape(str(text))}[/{colour}]"


def _print(check: Any) -> None:
    from rich import box
    from rich.console import Console
    from rich.markup import escape
    from rich.table import Table

    data = check.data
    rules = data["rules"]
    out = Console(highlight=False, soft_wrap=True)
    video, audio = data["video"], data["audio"]
    status = data["status"]
    out.print(f"[bold]{escape(str(check.path))}[/bold]: [{_COLOURS[status]}]{status}[/{_COLOURS[status]}]  "
              f"{video['width']}x{video['height']}, {video['fps']:g} fps, {video['frames']} frames"
              + (f", sound {audio['codec']} {audio['sample_rate_hz']} Hz" if audio else ", no sound")
              + f"; shots from the {data['shots_from']}; checked in {data['check_s']:.2f} s")
    film = Table(title="the whole film", title_justify="left", box=box.SIMPLE_HEAD)
    for col in ("measure", "value", "status", "source"):
        film.add_column(col, no_wrap=True)
    for name, m in data["film_measures"].items():
        film.add_row(rules[name]["label"], _cell(m, rules[name]["unit"]), _cell({**m, "value": m["status"]}),
                     m["source"])
    out.print(film)
    seen = [k for s in data["shots"] for k, m in s["measures"].items() if k not in _SHOT_COLUMNS]
    frames = [*_SHOT_COLUMNS, *dict.fromkeys(k for k in seen if k in data["rules"]
                                             and data["rules"][k]["source"] == "frames")]
    scene = [k for k in _SCENE_COLUMNS if k in seen]
    out.print(_shot_table(data, f"{len(data['shots'])} shot(s): what the frames show", frames))
    if scene:
        out.print(_shot_table(data, "what the scene shows (autark.cinema)", scene))
    if data["lines"]:
        lines = Table(title=f"{len(data['lines'])} line(s) from {data['lines_from']}", title_justify="left",
                      box=box.SIMPLE_HEAD)
        lines.add_column("from s", justify="right", no_wrap=True)
        lines.add_column("line")
        for name in _LINE_COLUMNS:
            lines.add_column(_HEADS[name], justify="right", no_wrap=True)
        for line in data["lines"]:
            who = f"{line['speaker']}: " if line["speaker"] else ""
            lines.add_row(f"{line['start_s']:.2f}", escape(who + line["text"].replace("\n", " / ")),
                          *(_cell(line["measures"].get(n)) for n in _LINE_COLUMNS))
        out.print(lines)
    problems = _problems(data)
    for text, st in problems:
        out.print(f"[{_COLOURS[st]}]{st}[/{_COLOURS[st]}] {escape(text)}")
    counts = data["counts"]
    out.print(f"{counts['fail']} fail, {counts['warn']} warn, {counts['pass']} pass, {counts['skip']} skipped")


def _shot_table(data: dict[str, Any], title: str, names: list[str]) -> Any:
    from rich import box
    from rich.markup import escape
    from rich.table import Table

    table = Table(title=title, title_justify="left", box=box.SIMPLE_HEAD)
    table.add_column("#", justify="right", no_wrap=True, min_width=2)
    table.add_column("from s", justify="right", no_wrap=True, min_width=6)
    table.add_column("shot", no_wrap=True, overflow="ellipsis", min_width=6, max_width=16)
    for name in names:
        head = _HEADS.get(name, name.replace("_", " "))
        table.add_column(head, justify="right", no_wrap=True, min_width=max(5, len(head)))
    for shot in data["shots"]:
        label = shot["label"] or shot["kind"]
        table.add_row(str(shot["index"] + 1), f"{shot['start_s']:.2f}",
                      f"[{_COLOURS[shot['status']]}]{escape(label)}[/{_COLOURS[shot['status']]}]",
                      *(_cell(shot["measures"].get(n)) for n in names))
    return table


def _problems(data: dict[str, Any]) -> list[tuple[str, str]]:
    """One line per failed or warned measure, failures first, saying where and what the limit is."""
    rules = data["rules"]
    found = []

    def note(where: str, name: str, m: dict[str, Any]) -> None:
        if m.get("status") not in ("warn", "fail"):
            return
        rule = rules.get(name)
        value = m.get("value")
        what = rule["label"] if rule else name
        shown = m.get("reason", "") if value is None else f"{value:g} {rule['unit'] if rule else ''}".strip()
        limit = f" (passes {_band(rule['pass'])})" if rule else ""
        found.append((f"{where}: {what} {shown}{limit}", m["status"]))

    for name, m in data["film_measures"].items():
        note("film", name, m)
    for shot in data["shots"]:
        for name, m in shot["measures"].items():
            note(f"shot {shot['index'] + 1} ({shot['start_s']:.2f}-{shot['end_s']:.2f} s)", name, m)
    for line in data["lines"]:
        for name, m in line["measures"].items():
            note(f"line {line['index'] + 1} ({line['start_s']:.2f} s)", name, m)
    return sorted(found, key=lambda p: p[1] != "fail")


def _band(r: list[Any]) -> str:
    lo, hi = r
    if lo is not None and hi is not None:
        return f"{lo:g} to {hi:g}"
    return f"at least {lo:g}" if lo is not None else f"at most {hi:g}" if hi is not None else "always"
