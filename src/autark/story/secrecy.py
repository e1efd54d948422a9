"""An act done in secret, staged so the film shows the secret: "the bear eats the gingerbread in secret", "the fox
steals the eggs behind the farmer's back", "while the teacher sleeps, the students eat her cake", "der Affe klaut
heimlich die Bananen", "die Kinder naschen vom Kuchen, während die Mutter telefoniert".

The one the act is kept from (the watcher: the one whose back it is done behind, the one who sleeps or looks away
or is busy while it happens, else the one of the cast who does not do it) is turned away or asleep in the shot of
the act (each shot where it is done), which happens on screen in front of them; the doer sneaks up to the thing, instead of walking, and looks
about before doing it. With nobody to keep it from, the sneaking and the looking about are the secret. The act had
been done in plain view: the bear stood eating in the open, the farmer pointed at the fox while it stole.

Read from the idea's words (``SECRET_WORDS``, ``BEHIND_BACK``) and its "while" clauses (``story.simultaneous``);
the shots are the spine's plans (``story.shot_plans.ShotPlan``), changed in place.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from autark.story.concept import Concept
    from autark.story.events import Event
    from autark.story.shot_plans import ShotPlan

__all__ = ["stage_secrecy", "secret_act", "SECRET_WORDS"]

# words that say an act is done unseen (folded: ä -> ae); "in secret" and "im Geheimen" by their second word
SECRET_WORDS = frozenset(
    {
        "secretly",
        "secret",
        "sneakily",
        "unseen",
        "unnoticed",
        "stealthily",
        "furtively",
        "heimlich",
        "unbemerkt",
        "insgeheim",
        "verstohlen",
        "geheimen",
        "ungesehen",
    }
)
# "behind the farmer's back", "hinter dem Rücken des Bauern", "hinter seinem Rücken"
_BACK = frozenset({"back", "ruecken", "rücken"})
_BEHIND = frozenset({"behind", "hinter"})
# the watcher's own act in a "while" clause that keeps their eyes off the act: asleep, or busy with something else
_ASLEEP = frozenset({"sleep", "lie"})
# acts the doer does to a thing in secret (an eat, a take, a swap ...): never a look or a walk
_SNEAKY_KINDS = frozenset(
    {
        "eat",
        "drink",
        "take",
        "pick_up",
        "put_down",
        "give",
        "pour",
        "throw",
        "hide",
        "push",
        "kick",
        "cook",
        "write",
        "read",
        "play",
    }
)
_TAKING_KINDS = frozenset({"eat", "drink", "take", "pick_up"})  # what is someone's, had while they sleep
_TURN_AWAY = {"en": "{w} turns away", "de": "{w} dreht sich um"}
_LOOK_ABOUT = {"en": "{a} looks around", "de": "{a} schaut sich um"}
_SNEAK = {"en": ("{a} walks to ", "{a} sneaks to "), "de": ("{a} geht zu ", "{a} schleicht zu ")}


def _words(idea: str) -> list[str]:
    return [w.lower() for w in re.findall(r"[\wäöüÄÖÜß]+", idea)]


def secret_act(concept: Concept) -> int | None:
    """The index of the event done in secret, or None: the first act on a thing (or a person) done by someone,
    in an idea that says it is done unseen, or while another sleeps."""
    words = _words(concept.idea)
    told = bool(SECRET_WORDS & set(words)) or any(
        w in _BACK and _BEHIND & set(words[max(0, k - 5) : k]) for k, w in enumerate(words)
    )
    at = next(
        (
            i
            for i, e in enumerate(concept.events)
            if e.agents and e.kind in _SNEAKY_KINDS and e.patient and e.clause != "while"
        ),
        None,
    )
    if at is None or told:
        return at
    watcher, asleep = _watcher(
        concept, concept.events[at]
    )  # "while grandpa sleeps, the boy eats the chocolate"
    # (a book read while grandmother sleeps is no secret: only what is eaten, drunk or taken meanwhile)
    return at if watcher and asleep and concept.events[at].kind in _TAKING_KINDS else None


def _watcher(concept: Concept, act: Event) -> tuple[str, bool]:
    """Who the act is kept from, and whether they sleep through it ("", False: nobody)."""
    from autark.story.simultaneous import together_events

    doers = set(act.agents)
    together = together_events(concept)
    for i, e in enumerate(concept.events):  # "while the teacher sleeps": the one in the while clause
        if (i in together or e.clause == "while") and e.agents and not set(e.agents) & doers:
            return e.agents[0], e.kind in _ASLEEP or e.verb in _ASLEEP
    others = [c.name for c in concept.characters if c.name not in doers]
    owner = act.source or act.recipient or ("" if act.patient_is_thing else act.patient)
    if owner and owner not in doers:  # "steals the farmer's eggs": the farmer
        return owner, False
    return (others[0], False) if others else ("", False)


def stage_secrecy(concept: Concept, plans: list[ShotPlan]) -> None:
    """Stage the idea's secret act (see the module doc) in the plans, in place."""
    at = secret_act(concept)
    if at is None:
        return
    act = concept.events[at]
    lang = "de" if concept.language == "de" else "en"
    from autark.story.verbs import sentence

    doing = tuple(
        " ".join(sentence(act.kind, lang, a=a, o="X", r="X", w="X").split()[:2]) + " " for a in act.agents
    )
    staged = [i for i, p in enumerate(plans) if at in p.events or any(s.startswith(doing) for s in p.actions)]
    if not staged:
        return
    watcher, asleep = _watcher(concept, act)
    first = staged[0]
    walk, sneak = _SNEAK[lang]
    for p in plans[: first + 1]:  # they creep up to it
        for a in act.agents:
            p.actions = [s.replace(walk.format(a=a), sneak.format(a=a), 1) for s in p.actions]
    for i in staged:
        p = plans[i]
        if watcher:  # the one it is kept from, turned away or asleep while it happens, not pointing at it
            keep = [s for s in p.actions if not s.startswith(f"{watcher} ")]
            away = (
                f"{watcher} sleeps"
                if asleep and lang == "en"
                else (f"{watcher} schläft" if asleep else _TURN_AWAY[lang].format(w=watcher))
            )
            p.actions = [away, *keep]
            p.size = "wide"  # both in frame: the watcher's back and the act behind it
        if i == first:  # the doer makes sure nobody sees
            p.actions = [_LOOK_ABOUT[lang].format(a=act.agents[0]), *p.actions]
