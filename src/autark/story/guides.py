"""One who leads the way: "the dog leads the hikers to the hut", "a beaver shows the siblings the way to the
shore", "a fox guides the lost children to the castle", "der Hund führt die Wanderer zur Hütte", "ein Vogel
zeigt den Kindern den Weg zum Brunnen". The verb reader took these for a walk of the guide alone, a point, a
lesson ("zeigt": teach) or an act it did not know ("führt"), and the guide stood by the others while the narrator
told of the way.

``lead_of`` reads the guide (the event's doer), those led (the one the event names and the rest of the cast) and
the goal (a thing of the idea after "to", "zum", "zur": the hut, the well; the water for a shore, a beach or a
lake). ``start_behind`` puts them at the start with the guide nearest the goal and the others behind it in a
line; ``lead_actions`` writes the way: the guide sets off to the goal, the others watch it go and walk after
it, and at the goal the guide turns back to them; ``settle_lead`` keeps them all where they start until that
shot (the spine's build-up had the guide walk to the goal alone before it led anyone there).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from autark.assets.templates import fold
from autark.story.concept import Concept
from autark.story.destinations import WATER
from autark.story.events import Event
from autark.story.verbs import sentence

__all__ = ["Lead", "lead_of", "start_behind", "lead_actions", "settle_lead", "LEAD_GAP_M"]

# folded word starts of leading (English, German); "shows ... the way", "zeigt ... den Weg" by their "way"
_LEADING = ("lead", "led", "guid", "fuehr", "fuhr", "leit", "geleit", "lotst", "lotse")
_SHOWING = ("show", "zeig", "weis", "wies")
_WAY = frozenset({"way", "path", "road", "weg", "pfad"})
_TO = frozenset({"to", "towards", "toward", "into", "back", "home", "zu", "zum", "zur", "nach", "ins", "in", "an",
                 "ans", "bis", "hin"})
# what a way to the water ends at: the set's water (a shore, a beach, a lake, a pond)
_WATERSIDE = frozenset(fold(w) for w in ("shore", "beach", "lake", "pond", "sea", "river", "water", "coast",
                                         "Ufer", "Strand", "See", "Teich", "Meer", "Fluss", "Wasser", "Küste"))
_CLAUSE_ENDS = frozenset({"and", "but", "until", "then", "while", "when", "und", "aber", "bis", "dann", "als"})
_WINDOW = 9  # how many words after the verb the goal may stand ("zeigt den verirrten Kindern den Weg zum ...")
LEAD_GAP_M = 1.3  # how far behind the guide (and each other) those led start
_AHEAD_M = 4.8  # how far from the goal, across the set, the guide starts
_WORD = re.compile(r"[\wäöüÄÖÜß']+")
_LOOK_BACK = {"en": "{a} looks at {w}", "de": "{a} schaut {w} an"}


@dataclass(frozen=True)
class Lead:
    """Who leads, who follows, where to (a thing's type or ``WATER``; "" where the idea names no goal)."""

    guide: str
    followers: tuple[str, ...]
    goal: str
    at: int  # the verb's word index in the idea (``Event.at``)
    index: int  # the event's index in the concept's events (``ShotPlan.events``)


def _words(idea: str) -> list[str]:
    return [fold(w) for w in _WORD.findall(idea)]


def _is_lead(ev: Event, words: list[str]) -> bool:
    word = fold(ev.word or "").replace(" ", "_")
    if word.startswith(_LEADING) and not word.startswith(("leid", "leit_", "leiter")):
        return True
    return word.startswith(_SHOWING) and bool(_WAY & set(words[ev.at + 1:ev.at + 6]))


def _goal(ev: Event, concept: Concept, words: list[str]) -> str:
    things = {fold(o.word): o.type for o in concept.objects if o.word and o.type}
    end = ev.at + 1
    while end < len(words) and end - ev.at <= _WINDOW and words[end] not in _CLAUSE_ENDS:
        end += 1
    for k in range(ev.at + 1, end):
        if words[k] not in _TO:
            continue
        for w in words[k + 1:min(end, k + 5)]:
            if w in things:
                return things[w]
            if w in _WATERSIDE:
                return WATER
    return ev.to_thing if ev.to_thing else ""


def lead_of(concept: Concept) -> Lead | None:
    """The idea's leading of the way in its one place, or None (none told, nobody to lead, or a journey's:
    ``story.journeys`` walks them to the next place)."""
    if concept.stops:
        return None
    words = _words(concept.idea)
    names = [c.name for c in concept.characters]
    for i, ev in enumerate(concept.events):
        if not ev.agents or ev.agents[0] not in names or not _is_lead(ev, words):
            continue
        guide = ev.agents[0]
        named = [n for n in (ev.recipient, "" if ev.patient_is_thing else ev.patient, ev.partner) if n in names]
        followers = tuple(dict.fromkeys([*named, *(n for n in names if n != guide)]))[:3]
        if followers:
            return Lead(guide=guide, followers=followers, goal=_goal(ev, concept, words), at=ev.at, index=i)
    return None


def start_behind(concept: Concept, cast: list[Any], goal_at: tuple[float, float, float] | None) -> list[Any]:
    """The cast with the guide nearest the goal and those led in a line behind it: from a small goal at
    ``goal_at``, the guide ``_AHEAD_M`` away across the set and the others further on; for the water at the back
    of the set or a set piece (a hut, a castle, which ``story.set_pieces`` stands behind the cast: ``goal_at``
    None) the guide at the back of a line into the depth, the others behind it towards the camera, each a little
    to the side so the camera sees past them to the guide."""
    lead = lead_of(concept)
    if lead is None:
        return cast
    if goal_at is None:  # the goal is at the back: a line into the depth, the guide at its head
        spots = {lead.guide: (-0.5, 0.0, -0.2)}
        for k, name in enumerate(lead.followers):
            spots[name] = (round(-0.5 + (0.9 if k % 2 == 0 else -0.9) * (1 + k // 2) * 0.8, 2), 0.0,
                           round(-0.2 + LEAD_GAP_M * (k + 1), 2))
    else:
        gx, _gy, gz = goal_at
        side = -1.0 if gx >= 0.0 else 1.0  # they start on the other side of the set
        start_x = gx + side * _AHEAD_M
        z = max(-0.5, min(1.5, gz + 1.2))
        spots = {lead.guide: (start_x, 0.0, z)}
        for k, name in enumerate(lead.followers):
            spots[name] = (round(start_x + side * LEAD_GAP_M * (k + 1), 2), 0.0, z + (0.5 if k % 2 else -0.2))
    return [c.model_copy(update={"position": spots[c.name]}) if c.name in spots else c for c in cast]


def _goal_phrase(sp: Any, goal: str) -> str:
    if goal == WATER:  # the set's own water, by its name in the set ("the sea", "the lake")
        return _water_name(sp.concept.settings[0] if sp.concept.settings else "")
    np_ = sp.thing(goal)
    return np_.dat if sp.lang == "de" else np_.nom


def _water_name(setting: str) -> str:
    from autark.assets.templates import load_setting

    try:
        names = [o.name for o in load_setting(setting).layout if o.name]
    except KeyError:
        names = []
    water = next((n for n in names if any(w in n.lower() for w in ("sea", "lake", "river", "pond", "pool", "water",
                                                                   "basin"))), "water")
    return f"the {water}"


def lead_actions(ev: Event, sp: Any) -> list[str] | None:
    """The way led: the guide walks to the goal, those led walk after it, and the guide turns back to them at
    the goal; None for any other event (or a lead with no goal, which the spine stages as a walk)."""
    lead = lead_of(sp.concept)
    if lead is None or ev.at != lead.at or not lead.goal:
        return None
    there = _goal_phrase(sp, lead.goal)
    out = [sentence("walk", sp.lang, a=lead.guide, o=there, w=there)]
    # those led first watch the guide set off (a head start: it is seen ahead of them), then follow
    out += [_LOOK_BACK[sp.lang].format(a=f, w=lead.guide) for f in lead.followers]
    out += [sentence("walk", sp.lang, a=f, o=there, w=there) for f in lead.followers]
    out.append(_LOOK_BACK[sp.lang].format(a=lead.guide, w=lead.followers[0]))
    return out


def settle_lead(concept: Concept, plans: list[Any]) -> list[Any]:
    """``plans`` with nobody of the lead walking before the lead's shot: a walk there (to the goal, to the right,
    away) becomes a look at the guide (the guide looks at the first one led)."""
    lead = lead_of(concept)
    if lead is None or not lead.goal:
        return plans
    lang = concept.language
    walking = re.compile(r" (walks|runs|geht|rennt|läuft) ")
    for p in plans:
        if lead.index in p.events:
            break
        acts = []
        for a in p.actions:
            who = a.split(" ", 1)[0]
            if who in (lead.guide, *lead.followers) and walking.search(a):
                w = lead.followers[0] if who == lead.guide else lead.guide
                a = _LOOK_BACK[lang].format(a=who, w=w)
            acts.append(a)
        p.actions = list(dict.fromkeys(acts))
    return plans
