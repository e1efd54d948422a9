"""Output scanning: the words a film speaks and shows, checked by the content policy before it is made.

The idea, the plan and each command are checked where they come in (the command line, ``Studio.do``); this
checks what comes out, once the lines are laid: the spoken lines (hence the subtitles) and the cards' text, so
a plan edited by hand, a timeline changed through operators or a screenplay changed by a plugin cannot slip
past. ``produce`` calls it before building the audio, ``make_segments_film`` before anything is rendered or
written, for every film (``autark make``, ``autark render -o``, the web studio's renders).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from autark.policy import Decision

__all__ = ["film_text", "scan_film_text"]


def film_text(segments: Sequence[Any]) -> str:
    """The text of a film's segments, in order: each scene's spoken lines and each card's text and subtitle
    (read by their fields, so this module needs no segment type and jobs.film can call it)."""
    texts: list[str] = []
    for segment in segments:
        scene = getattr(segment, "scene", None)
        if scene is not None:
            texts += [line.text for line in scene.timeline.lines]
        else:
            texts += [getattr(segment, "text", ""), getattr(segment, "subtitle", "")]
    return ". ".join(t for t in texts if t and t.strip())


def scan_film_text(segments: Sequence[Any], level: str = "standard") -> Decision:
    """The content policy's decision on the film's text at ``level``; raises ``PolicyRefused`` when it is
    refused (nothing has been rendered or written then)."""
    from autark.policy import check
    from autark.story.policy_words import policy_nearest

    return check(film_text(segments), level, where="film text", nearest=policy_nearest)
