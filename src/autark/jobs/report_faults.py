"""The film report's view of the frame faults (``autark.cinema.frame_faults``): each shot's fault span said in the
film's own time, and the story's subject off screen joined over consecutive shots (two reverse shots of the one
who speaks, each under the shot's limit, lose the one the scene is about for as long as both), and the shots that
show again a picture their scene showed (``repeated_pictures``)."""

from __future__ import annotations

from typing import Any

from autark.cinema.alike import Picture, alike

__all__ = ["film_spans", "repeated_pictures", "story_off_across_shots"]

_JOIN_S = 0.15  # a fault's span this near its shot's edge runs on into the next shot


def film_spans(measures: dict[str, dict[str, Any]], shot_start_s: float) -> None:
    """A scene measure's fault span (seconds from its shot's start, ``span_in_shot_s``) in the film's own time
    (``span_s``), said in its reason: "from 18.8 s to 21.3 s" is where a viewer finds it."""
    for m in measures.values():
        rel = m.get("span_in_shot_s") if isinstance(m, dict) else None
        if not rel or len(rel) != 2 or rel[0] is None or rel[1] is None:
            continue
        a, b = round(shot_start_s + float(rel[0]), 2), round(shot_start_s + float(rel[1]), 2)
        m["span_s"] = [a, b]
        reason = str(m.get("reason", "")).split(" (from ")[0]
        reason = "" if reason.startswith("from ") else reason  # its own span, said by an earlier check
        m["reason"] = f"{reason} (from {a:.1f} s to {b:.1f} s)" if reason else f"from {a:.1f} s to {b:.1f} s"


def story_off_across_shots(shots: list[dict[str, Any]]) -> tuple[float, float, float, list[str]]:
    """The longest time the same story subject stays off screen over consecutive shots of the report (each a
    ``check_film`` shot with its ``subject_off_s`` measure, its ``span_s`` and ``who``): (seconds, start, end, who).
    A card, or a shot where they are on screen, ends it."""
    best: tuple[float, float, float, list[str]] = (0.0, 0.0, 0.0, [])
    run: tuple[float, float, set[str]] | None = None
    prev_end: float | None = None
    for shot in shots:
        m = shot.get("measures", {}).get("subject_off_s") or {}
        span, who = m.get("span_s"), set(m.get("who") or [])
        start, end = float(shot.get("start_s", 0.0)), float(shot.get("end_s", 0.0))
        if shot.get("kind") != "scene" or not span or not who:
            run = None
        else:
            joined = (run is not None and prev_end is not None and abs(prev_end - start) < _JOIN_S
                      and abs(span[0] - start) < _JOIN_S and run[2] & who)
            run = (run[0], span[1], run[2] & who) if joined and run is not None else (span[0], span[1], who)
            if run[1] - run[0] > best[0]:
                best = (run[1] - run[0], run[0], run[1], sorted(run[2]))
            if abs(span[1] - end) >= _JOIN_S:  # back on screen before the cut
                run = None
        prev_end = end
    return best


def repeated_pictures(shots: list[dict[str, Any]]) -> list[float]:
    """The film times of the shots (``check_film`` shots with their scene ``picture`` measure) that show a picture
    alike (``cinema.alike``) to an earlier one of their scene: the shot before it, or any earlier one unless both
    are dialogue singles (shot, reverse shot and back again is an exchange's grammar)."""
    out: list[float] = []
    kept: list[tuple[Picture, bool]] = []
    for shot in shots:
        info = (shot.get("measures", {}).get("picture") or {}).get("value")
        if shot.get("kind") != "scene" or not isinstance(info, dict):
            continue
        pic, dialogue = Picture.from_dict(info), bool(info.get("dialogue"))
        if any(alike(old, pic) and (k == len(kept) - 1 or not (was and dialogue)) for k, (old, was) in enumerate(kept)):
            out.append(round(float(shot.get("start_s", 0.0)), 2))
        kept.append((pic, dialogue))
    return out
