"""The spoken lines as the shot measures read them: each one's speaking body and when it is said."""

from __future__ import annotations

from dataclasses import dataclass

from autark.scene.evaluate import estimate_line_duration_s
from autark.scene.model import Scene

__all__ = ["LineSpan", "line_spans"]


@dataclass(frozen=True)
class LineSpan:
    """A spoken line for the measures: the speaking body's object id and when it is said (scene time)."""

    speaker: str
    start_s: float
    end_s: float
    text: str = ""


def line_spans(scene: Scene) -> list[LineSpan]:
    """The scene's lines spoken by its characters (narration has no one to show), with their bodies' ids."""
    bodies = {c.id: c.object_id for c in scene.characters} | {c.name.lower(): c.object_id for c in scene.characters}
    out = []
    for ln in scene.timeline.lines:
        oid = bodies.get(ln.speaker) or bodies.get(ln.speaker.lower())
        if oid is None:
            continue
        dur = ln.duration_s if ln.duration_s is not None else estimate_line_duration_s(ln.text)
        out.append(LineSpan(oid, ln.start_s, ln.start_s + dur, ln.text))
    return out
