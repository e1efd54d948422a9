"""The narrator says whole sentences: each shot's narration is checked sentence by sentence
(``story.narration_check``); a sentence cut badly from the idea ("Dessen Kuh verschwunden ist.", "A fisherman
who never catches anything.") is rebuilt from the shot's event as its subject, verb and object with the cast's
names ("The fisherman pulls a boot out of the river."), or, where that fails too, not said.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from autark.story.narration_check import narration_faults, sentences

if TYPE_CHECKING:
    from autark.story.analysis import Concept
    from autark.story.events import Event
    from autark.story.screenplay import CastMember
    from autark.story.shot_plans import ShotPlan, _Speech

__all__ = ["whole_narration", "whole_sentences", "arrival_line", "spread"]


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
            if any(_negation_lost(s, events[i], sp.concept.idea) for i in p.events):
                continue  # "who never catches anything" told as "The fisherman catches anything."
            if not narration_faults(s, sp.lang):
                kept.append(s)
                continue
            for i in p.events:
                ev = events[i]
                if _negated(ev, sp.concept.idea):
                    continue
                rebuilt = _told(ev, sp, [a for a in ev.agents if a in names])
                if rebuilt and not narration_faults(rebuilt, sp.lang) and rebuilt not in told_already \
                        and rebuilt not in kept:
                    kept.append(rebuilt)
                    break
        p.narration = " ".join(kept)
        told_already.update(kept)
    spread(plans)


def spread(plans: list[ShotPlan]) -> None:
    """One sentence a shot where the shots allow: a shot's second sentence goes on to the next shot when that
    one has no narration of its own ("In the meadow, we meet three children." | "Their names are ..."), so
    the narrator never speaks one long block over a single shot."""
    for k in range(len(plans) - 1):
        said = sentences(plans[k].narration)
        if len(said) > 1 and not plans[k + 1].narration:
            plans[k].narration = said[0]
            plans[k + 1].narration = " ".join(said[1:])


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


_NEGATIONS = frozenset({"not", "never", "no", "cannot", "can't", "doesn't", "don't", "didn't", "won't", "isn't",
                        "nothing", "nobody", "nicht", "nie", "niemals", "kein", "keine", "keinen", "keinem",
                        "keiner", "nichts", "niemand"})


def _negated(ev: Event, idea: str) -> bool:
    """Whether the idea says the event does not happen ("who never catches anything", "findet ihn nicht")."""
    from autark.story.wording import TOKEN

    tokens = [t.lower() for t in TOKEN.findall(idea)]
    if not 0 <= ev.at < len(tokens):
        return False
    return bool(_NEGATIONS & set(tokens[max(0, ev.at - 3):ev.at + 4])) and any(
        t in _NEGATIONS for t in tokens[max(0, ev.at - 3):ev.at]) or any(
        t in ("nicht", "nie", "niemals") for t in tokens[ev.at + 1:ev.at + 4])


def _negation_lost(sentence: str, ev: Event, idea: str) -> bool:
    """A sentence that tells a negated event without its negation: it says the opposite of the idea."""
    words = {w.lower() for w in re.findall(r"[\w']+", sentence)}
    return bool(ev.word) and ev.word.lower() in words and not words & _NEGATIONS and _negated(ev, idea)
