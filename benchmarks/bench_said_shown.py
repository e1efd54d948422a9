"""How many spoken lines claim what the picture does not show (story.claims, read against each shot's acts and
effects), how many lines of an argument do not speak of its topic (story.arguments) and how many narration
sentences tell an event where it is not seen (story.told_shown), before and after the last pass over a
screenplay's lines (story.shown_lines.said_as_shown; "before" plans with it turned off).

    python benchmarks/bench_said_shown.py [corpus|held_out] [-v]
"""

from __future__ import annotations

import sys
from pathlib import Path

import yaml

import autark.story.shown_lines as shown_lines
from autark.story.arguments import _argue_shots, on_topic, topic_of
from autark.story.narrative import plan
from autark.story.screenplay import Screenplay
from autark.story.told_shown import told_unshown


def generic_argument_lines(sp: Screenplay) -> list[str]:
    """The lines of the argument's shots that do not speak of the topic the idea gives it."""
    topic = topic_of(sp.logline, sp.language)
    if topic is None:
        return []
    shots = [shot for scene in sp.scenes for shot in scene.shots]
    at, _sides = _argue_shots(shots)
    return [d.text for k in at for d in shots[k].dialogue if not on_topic(d.text, topic, sp.language)]


def measure(ideas: list[str], verbose: bool) -> tuple[int, int, int, int]:
    """(lines, lines whose claim the picture contradicts, generic argument lines, narration told where its event
    is not seen) over ``ideas``."""
    lines = claims = generic = told = 0
    for idea in ideas:
        sp = plan(idea, 30.0)
        wrong = shown_lines.unshown_lines(sp)
        off = generic_argument_lines(sp)
        lines += sum(len(shot.dialogue) for scene in sp.scenes for shot in scene.shots)
        claims += len(wrong)
        generic += len(off)
        unseen = told_unshown(sp)
        told += len(unseen)
        if verbose and (wrong or off or unseen):
            print(f"  {idea}")
            for k, who, text, why in wrong:
                print(f"     shot {k} {who}: {text!r} ({why})")
            for text in off:
                print(f"     off topic: {text!r}")
            for k, text, why in unseen:
                print(f"     told {why}: shot {k} {text!r}")
    return lines, claims, generic, told


def main() -> None:
    part = next((a for a in sys.argv[1:] if not a.startswith("-")), "corpus")
    verbose = "-v" in sys.argv
    ideas = yaml.safe_load((Path(__file__).parent / "said_shown_ideas.yaml").read_text(encoding="utf-8"))[part]
    real = shown_lines.said_as_shown
    for label, fn in (("before", lambda sp: sp), ("after", real)):
        shown_lines.said_as_shown = fn  # type: ignore[assignment]
        for lang, rows in ideas.items():
            lines, claims, generic, told = measure(rows, verbose)
            print(f"{part} {lang} {label}: {len(rows)} ideas, {lines} lines, {claims} claim what is not shown, "
                  f"{generic} argument lines off the topic, {told} narrations tell what is not seen there")
    shown_lines.said_as_shown = real


if __name__ == "__main__":
    main()
