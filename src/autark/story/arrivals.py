"""One who comes back, comes home or arrives is seen arriving: they start away at the side of the set, walk
all the way to the one who waits there, and the two meet (a hug).

"returns to the old woman", "comes home", "arrives at the station", "kehrt zu seinem Jungen zurück", "kommt nach
Hause": ``arrival_of`` reads who arrives and who waits (the one they return to; else the one a later event pairs
with them: "his wife hugs him", "the boy runs to her"; else the one other person). This is for a story told in
one place; a journey's arrival in a new place is staged by ``story.journeys``. ``start_away`` puts the one who
arrives ``AWAY_X`` to the side; ``arrival_actions`` writes the run to the one who waits (who watches them come)
and, when the idea tells no meeting of its own, their hug.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from autark.assets.templates import fold
from autark.story.concept import Concept
from autark.story.events import Event

__all__ = ["Arrival", "arrival_of", "start_away", "arrival_actions", "settle_arrival", "AWAY_X"]

AWAY_X = -5.0  # the one who arrives starts this far to the left, away from the one who waits
# folded word starts of coming back or home (English, German); "kehrt ... zurück" is read by its particle too
_COMING = ("return", "came", "come", "arriv", "reach", "kehr", "komm", "kam", "heim", "zurueck", "ankomm",
           "ankam", "eintreff", "get_home")
_BACK = frozenset({"back", "home", "zurueck", "heim", "nach_hause", "hause"})
_MEETING = frozenset({"hug", "kiss", "greet", "wave", "embrace", "run", "walk", "meet", "celebrate", "cry"})
# the last stretch home is run (at a walk, the 6 m took longer than most shots, and a walk cut short by its
# shot's end sped up to a glide)
_WALK = {"en": "{a} runs to {w}", "de": "{a} rennt zu {w}"}
_HUG = {"en": "{a} hugs {w}", "de": "{a} umarmt {w}"}
_LOOK = {"en": "{a} looks at {w}", "de": "{a} schaut {w} an"}


@dataclass(frozen=True)
class Arrival:
    """Who arrives, who waits, the ``at`` of the arrival, and whether a later event is their meeting."""

    comer: str
    waiting: str
    at: int
    met: bool


def _is_arrival(ev: Event) -> bool:
    if not ev.agents or ev.kind not in ("walk", "run", "cook", "look"):  # "kehrt zurück" may be read as sweeping
        return False
    word = fold(ev.word or "")
    told = {fold(w.strip(".,!?;:")) for w in (ev.told or "").lower().split()}
    if ev.verb == "arrive":
        return True
    return word.startswith(_COMING) and (bool(told & _BACK) or ev.recipient != "" or word.startswith(("return",
                                                                                                      "arriv")))


def arrival_of(concept: Concept) -> Arrival | None:
    """The idea's arrival in its one place, or None (none told, a journey, nobody there to arrive to)."""
    if concept.stops:
        return None
    people = {c.name for c in concept.characters}
    ev = next((e for e in concept.events if _is_arrival(e)), None)
    if ev is None:
        return None
    comer = ev.agents[0]
    waiting = ev.recipient if ev.recipient in people and ev.recipient != comer else ""
    met = False
    for e in concept.events:
        if e.at <= ev.at or e.kind not in _MEETING:
            continue
        other = (e.patient if comer in e.agents else e.agents[0] if e.patient == comer and e.agents else "")
        if other in people and other != comer:
            waiting, met = waiting or other, (waiting or other) == other
            break
    waiting = waiting or next((c.name for c in concept.characters if c.name != comer), "")
    return Arrival(comer=comer, waiting=waiting, at=ev.at, met=met) if waiting else None


def start_away(concept: Concept, cast: list[Any]) -> list[Any]:
    """The cast with the one who arrives away at the left side, level with the one who waits; a guide and those
    it leads across the set from their goal (``story.guides``)."""
    arrival = arrival_of(concept)
    if arrival is None:
        return _behind_guide(concept, cast)
    waiting = next((c for c in cast if c.name == arrival.waiting), None)
    z = waiting.position[2] if waiting is not None and waiting.position is not None else 0.5
    return [c.model_copy(update={"position": (AWAY_X, 0.0, z)}) if c.name == arrival.comer else c for c in cast]


def _behind_guide(concept: Concept, cast: list[Any]) -> list[Any]:
    from autark.story.casting import story_props
    from autark.story.guides import lead_of, start_behind

    lead = lead_of(concept)
    if lead is None:
        return cast
    from autark.story.set_pieces import is_set_piece

    goal = next((p.position for p in story_props(concept, cast) if p.type == lead.goal
                 and not is_set_piece(p.type, 1.0)), None)  # a set piece stands where the cast leaves room
    return start_behind(concept, cast, goal)


def arrival_actions(ev: Event, sp: Any) -> list[str] | None:
    """The arrival's action sentences: the walk all the way to the one who waits, and (when no later event of
    the idea is their meeting) their hug; None for any other event."""
    arrival = arrival_of(sp.concept)
    if arrival is None or ev.at != arrival.at:
        return None
    out = [_WALK[sp.lang].format(a=arrival.comer, w=arrival.waiting)]
    out.append(_LOOK[sp.lang].format(a=arrival.waiting, w=arrival.comer))  # the one who waits sees them come
    if not arrival.met:  # and they hug when they get there
        out.append(_HUG[sp.lang].format(a=arrival.comer, w=arrival.waiting))
    return out


_AIMLESS = ("walks to the right", "runs to the right", "walks away", "runs away", "geht nach rechts",
            "rennt nach rechts", "geht weg", "rennt weg")


def settle_arrival(concept: Concept, plans: list[Any]) -> list[Any]:
    """``plans`` with the arrival staged once: the walk to the one who waits in its first shot only (a shot
    that lets the act go on repeats it), and the one who arrives never wandering off to the side before or
    after it (they look at the one who waits instead); a guide and those it leads staying where they start until
    the lead (``story.guides``)."""
    from autark.story.guides import settle_lead

    arrival = arrival_of(concept)
    if arrival is None:
        return settle_lead(concept, plans)
    lang = concept.language
    walk = _WALK[lang].format(a=arrival.comer, w=arrival.waiting)
    look = _LOOK[lang].format(a=arrival.comer, w=arrival.waiting)
    theirs = {walk, _LOOK[lang].format(a=arrival.waiting, w=arrival.comer),
              _HUG[lang].format(a=arrival.comer, w=arrival.waiting)}
    seen = False
    for p in plans:
        again = seen and walk in p.actions
        seen = seen or walk in p.actions
        acts = [look if a.startswith(f"{arrival.comer} ") and re.search(r"\d|" + "|".join(_AIMLESS), a) and (
            a.endswith(_AIMLESS) or "metres to the" in a or "Meter nach" in a) else a for a in p.actions]
        if again:
            acts = [look if a in theirs else a for a in acts]
        p.actions = list(dict.fromkeys(acts))
    return plans
