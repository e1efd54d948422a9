"""A sound heard from off screen: "the guard hears footsteps", "hört nachts ein Klopfen an der Tür", "the old
farmer hears a strange noise in the barn", "lauscht dem Heulen der Wölfe".

The hearing verb is the story verb ``hear`` (staged as ``listen``: the sound plays, the head turns to it and a
hand goes to the ear, ``autark.motion.listening``); the sound's words after it are the event's ``sound``
(``autark.language.heard_words`` knows them). The sound is no thing: the stand-in a reader gave its word
("footsteps" as a staircase) is dropped, an act read from it ("ein Klopfen" as the listener knocking) is not
the listener's, and its word is no unknown word.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from autark.language.heard_words import heard_phrase, heard_sound
from autark.story.verbs import sentence

if TYPE_CHECKING:
    from autark.story.concept import ObjectConcept
    from autark.story.events import Event

# In annotations only: story.shot_plans._Speech (analysis calls this module, and shot_plans reads analysis)
_Speech = Any

__all__ = ["heard_sounds", "heard_actions"]

_REACH = 7  # the sound is named within this many words after the verb ("hears a strange, low noise")
_CLAUSE_ENDS = frozenset({"and", "und", "then", "dann", "but", "aber", "until", "bis", "while", "während", "when",
                          "als", "so", "doch", "because", "weil"})


def _sound_after(tokens: list[str], at: int) -> tuple[int, int, str]:
    """(first, last) word index and the words of the sound named after the verb at ``at``; (-1, -1, "") when
    none is named before the clause ends."""
    for k in range(at + 1, min(len(tokens), at + 1 + _REACH)):
        word = tokens[k]
        if not word[:1].isalnum() or word.lower() in _CLAUSE_ENDS:
            break
        if heard_sound(word) is not None:
            return k, k, word
        phrase = " ".join(tokens[k:k + 3])
        if heard_phrase(phrase) is not None:
            return k, k + 2, phrase
    return -1, -1, ""


def heard_sounds(objects: list[ObjectConcept], events: list[Event], tokens: list[str], unknown: list[str],
                 warnings: list[str]) -> tuple[list[ObjectConcept], list[Event], list[str]]:
    """``objects``, ``events`` and ``unknown`` with each sound heard read as the hearing event's ``sound``: its
    stand-in thing and an act read from its noun dropped, its word no longer unknown; ``warnings`` loses the
    notes on what stood in for it. What is given off (fire breathed, smoke puffed, a phone's ring) is read first:
    no stand-in thing for it either (``story.emissions``)."""
    from autark.story.emissions import settle_emissions

    objects, events, unknown = settle_emissions(objects, events, tokens, unknown, warnings)
    sound_at: set[int] = set()
    words: set[str] = set()
    for ev in events:
        if ev.verb != "hear" or ev.at < 0:
            continue
        first, last, said = _sound_after(tokens, ev.at)
        if not said:
            continue
        ev.sound = said
        sound_at.update(range(first, last + 1))
        words.update(w.lower() for w in tokens[first:last + 1])
        if ev.patient_is_thing and ev.patient and any(o.type == ev.patient and o.word.lower() in words
                                                      for o in objects):
            ev.patient = ""  # heard, not a thing there: no staircase for the footsteps
    if not sound_at:
        return objects, events, unknown
    events = [ev for ev in events if ev.at not in sound_at]  # "ein Klopfen" is heard, not the listener's knock
    used = {t for ev in events for t in (ev.patient, ev.instrument, ev.to_thing, ev.result) if t}
    objects = [o for o in objects if o.word.lower() not in words or o.type in used]
    unknown = [u for u in unknown if u.lower() not in words]
    warnings[:] = [w for w in warnings if not any(w.lower().startswith(f"'{word}' is") for word in words)]
    return objects, events, unknown


def heard_actions(ev: Event, sp: _Speech, actors: list[str]) -> list[str] | None:
    """The action sentences of a hearing event: each hearer listens to the sound, in the idea's words ("Guard
    listens to footsteps", "Mädchen hört Klopfen"); None for any other event."""
    if ev.verb != "hear" or not actors:
        return None
    heard = ev.sound or (ev.patient if not ev.patient_is_thing else "")
    return [sentence("listen", sp.lang, a=a, o=heard) for a in actors]
