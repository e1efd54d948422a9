"""Who is asleep as the story begins: "a mouse steals cheese from a sleeping cat", "ein Dieb schleicht an einem
schlafenden Hund vorbei". The cat had stood, looked about and jumped from the first shot, so nothing was stolen
from a sleeper and there was nobody to wake.

A cast member the idea names right after a word of sleeping lies asleep in every shot before the first one that
stages an event of theirs (their waking, or anything they do); they neither act nor speak there. One who does
nothing in the idea sleeps all film.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from autark.assets.templates import fold

if TYPE_CHECKING:
    from autark.story.concept import Concept
    from autark.story.shot_plans import ShotPlan

__all__ = ["sleepers", "keep_asleep"]

# folded stems of the words that say someone sleeps ("sleeping", "schlafenden", "dösende", "slumbering")
_SLEEPING = ("sleeping", "dozing", "napping", "slumbering", "snoozing", "snoring", "asleep", "schlafend", "doesend",
             "schlummernd", "schnarchend", "ruhend")
_BEFORE = 3  # words between the sleeping word and the noun at most ("a sleeping old cat", "dem schlafenden Kater")
_WORD = re.compile(r"[^\W\d_]+")


def sleepers(concept: Concept) -> list[str]:
    """The names of the cast members the idea names asleep, in cast order."""
    words = [fold(w) for w in _WORD.findall(concept.idea)]
    out = []
    for ch in concept.characters:
        own = fold(ch.word) if ch.word else ""
        if not own or ch.name in out:
            continue
        for k, w in enumerate(words):
            if (w == own or len(own) > 3 and w.startswith(own)) and any(
                    b.startswith(_SLEEPING) for b in words[max(0, k - _BEFORE):k]):
                out.append(ch.name)
                break
    return out


def keep_asleep(concept: Concept, plans: Sequence[ShotPlan], sentence_sleep: str) -> None:
    """Each sleeper lies asleep (``sentence_sleep`` formatted with their name) in the shots before the first that
    stages an event of theirs, without acts or lines of their own there (``plans`` changed in place)."""
    for name in sleepers(concept):
        own = {i for i, ev in enumerate(concept.events) if name in ev.agents}
        wake = next((k for k, p in enumerate(plans) if own & set(p.events)), len(plans))
        for p in plans[:wake]:
            # first: a shot's sentences are played in their order, and a sleeper is lying down as the shot opens
            p.actions = [sentence_sleep.format(name), *(a for a in p.actions if not a.startswith(f"{name} "))]
            p.dialogue = [(who, text) for who, text in p.dialogue if who != name]
            if any(who == name for who, _text in p.spare):  # its exchanges are whole or nothing
                p.spare, p.spare_starts = [], []
