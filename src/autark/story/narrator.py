"""The narrator says whole sentences: each shot's narration is checked sentence by sentence
(``story.narration_check``); a sentence cut badly from the idea ("Dessen Kuh verschwunden ist.", "A fisherman
who never catches anything.") is rebuilt from the shot's event as its subject, verb and object with the cast's
names ("The fisherman pulls a boot out of the river."), or, where that fails too, not said.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from autark.story.narration_check import narration_faults, sentences

if TYPE_CHECKING:
    from autark.story.analysis import Concept
    from autark.story.events import Event
    from autark.story.screenplay import CastMember
    from autark.story.shot_plans import ShotPlan, _Speech

__all__ = ["whole_narration", "whole_sentences", "arrival_line"]


def whole_sentences(line: str, lang: str) -> str:
    """The sentences of ``line`` that are whole, in order ("" if none is)."""
    return " ".join(s for s in sentences(line) if not narration_faults(s, lang))


def whole_narration(plans: list[ShotPlan], sp: _Speech, events: list[Event]) -> None:
    """Each plan's narration made of whole sentences only: a broken one is rebuilt from the plan's events
    (``spine_words._told``: the event's doers as the film calls them, its verb and object), else left out."""
    from autark.story.spine_words import _told

    names = {c.name for c in sp.cast}
    told_already: set[str] = set()
    for p in plans:
        if not p.narration:
            continue
        kept: list[str] = []
        for s in sentences(p.narration):
            if not narration_faults(s, sp.lang):
                kept.append(s)
                continue
            for i in p.events:
                ev = events[i]
                rebuilt = _told(ev, sp, [a for a in ev.agents if a in names])
                if rebuilt and not narration_faults(rebuilt, sp.lang) and rebuilt not in told_already \
                        and rebuilt not in kept:
                    kept.append(rebuilt)
                    break
        p.narration = " ".join(kept)
        told_already.update(kept)


def arrival_line(concept: Concept, cast: list[CastMember], travellers: list[str], place: str) -> str:
    """The narrator's sentence for travellers coming to the next place (``place``: "at home", "in der Schule"):
    "At last, the girl is at home.", "Endlich ist der Lehrer in der Schule."; several who were just seen
    leaving together are "they" ("At last, they are at home.")."""
    from autark.story.wording import _joined, capitalise, people

    if not place:
        return ""
    persons = people(concept, cast)
    refs = [persons[n].ref() if n in persons else n for n in travellers[:1]]
    de = concept.language == "de"
    many = len(travellers) != 1  # those just seen leaving together: "they", short enough for the shot
    who = ("sie" if de else "they") if many else _joined(refs, concept.language)
    if de:
        return capitalise(f"Endlich {'sind' if many else 'ist'} {who} {place}.")
    return capitalise(f"At last, {who} {'are' if many else 'is'} {place}.")
