"""The idea's outcome, read once from its events: per event who does it to whom, and whether it comes off, fails,
is undone or ruined; the roles its people play (helper, culprit, victim, rival, sleeper); and the order.

Every spoken line and narrated sentence is checked against this one reading (``story.story_lines``) before it
is kept. What it knows, in the idea's own order:

* a thing made (built, cooked, brewed, carved, knitted, painted) that a later turn ruins ("builds a treehouse,
  but the roof collapses", "carves an ice statue until the sun melts it") is **ruined** from that turn on: it is
  never finished, never "looks great";
* a deed that a later "but" or "until" takes back ("catches a huge pike, but it jumps back", "catches every
  ball until a girl scores", "steals the crown until the guard catches him") is **undone** from the turn on;
  a "but" the reading found no event in ("cook a soup, but it is far too salty") spoils what came before it;
* a deed the idea tells as failing ("tries to jump over the puddle but lands in it") **failed**;
* a **helper** (one who helps, rescues, frees) is never a **culprit** (one who steals, knocks over, scares,
  breaks): "So it was you all along!" is for the culprit only; a **victim** is the one robbed, chased or whose
  thing is ruined;
* a **sleeper** sleeps from the shot of their sleep (the film's start where the idea names them asleep or the
  sleep is its first clause) to the shot of their next deed (their waking): nobody talks to them meanwhile;
* the thing **made** is of the kind the idea names: a potion is no meal.

The model is data (``OutcomeModel``); the shots it is laid on (``staged``: each shot's event indices) place
each turn in the film.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from autark.story.endings import RUIN_VERBS

if TYPE_CHECKING:
    from autark.story.events import Event

__all__ = ["OutcomeModel", "read_model", "MAKE_VERBS", "HELP_VERBS", "CULPRIT_VERBS", "DONE", "FAILED", "UNDONE",
           "RUINED", "SPOILED"]

DONE, FAILED, UNDONE, RUINED, SPOILED = "done", "failed", "undone", "ruined", "spoiled"
# the story verbs of making a thing (their patient is the thing made)
MAKE_VERBS = frozenset({"repair", "cook", "craft", "build", "make", "bake", "paint", "garden", "brew", "knit"})
# the story verbs of one who helps another
HELP_VERBS = frozenset({"help", "rescue", "release", "save", "free", "assist", "comfort", "heal", "feed"})
# the story verbs of one who does another harm or takes what is theirs
CULPRIT_VERBS = frozenset({"steal", "take", "knock", "scare", "break", "destroy", "burn", "eat", "spill", "wreck",
                           "chase", "attack", "bite", "sneak"})
# what a later turn does to a thing that leaves it ruined, beyond endings.RUIN_VERBS
_RUINING = RUIN_VERBS | {"knock", "tear", "rip", "throw", "hit", "blow", "pull", "explode", "crack", "wash"}
_SLEEP_VERBS = frozenset({"sleep", "nap", "doze"})
_RIVAL_VERBS = frozenset({"argue", "fight", "compete", "race", "quarrel", "duel"})
_TAKING_BACK = ("but", "until")  # turns that take back what came before
_SUDDEN = ("then", "suddenly", "and", "when")  # turns after which a ruin still ruins what came before
_BUT = re.compile(r"\b(but|aber|doch|jedoch)\b", re.IGNORECASE)


@dataclass(frozen=True)
class EventOutcome:
    """How one event of the idea comes out: its status (``DONE``, ``FAILED``, ``UNDONE``, ``RUINED``,
    ``SPOILED``) and the event that ended it (-1 where none did)."""

    index: int
    verb: str
    agents: tuple[str, ...]
    patient: str
    status: str = DONE
    ended_by: int = -1


@dataclass
class OutcomeModel:
    """The idea's outcome (see the module doc): events in the idea's order, the roles, who sleeps."""

    idea: str
    lang: str
    events: list[EventOutcome] = field(default_factory=list)
    made: dict[int, str] = field(default_factory=dict)  # a make event's index -> the thing made (its type)
    helpers: frozenset[str] = frozenset()
    culprits: frozenset[str] = frozenset()
    victims: frozenset[str] = frozenset()
    rivals: frozenset[str] = frozenset()
    sleepers: dict[str, int] = field(default_factory=dict)  # a sleeper -> the index of their sleep event (-1: named)
    clauses: dict[int, str] = field(default_factory=dict)  # an event's index -> the idea's clause for it
    spoiler: str = ""  # the idea's "but" clause no event carries ("Aber sie ist viel zu salzig."), as a sentence

    def ended(self) -> list[EventOutcome]:
        """The events that did not come off as done (failed, undone, ruined, spoiled)."""
        return [e for e in self.events if e.status != DONE]


def _ends(ev: Event, later: Event, first_made: bool) -> str:
    """What ``later`` does to ``ev`` (RUINED, UNDONE) or ""."""
    by_others = not later.agents or not set(later.agents) <= set(ev.agents)
    ruins = later.verb in _RUINING and (not later.patient or later.patient == ev.patient or later.thing_does_it
                                        or bool(later.subject))
    if later.turn in _TAKING_BACK and (by_others or ruins):
        # a thing made that a "but" acts on is ruined whatever the verb ("but the wind tears it apart")
        return RUINED if first_made and (ruins or later.verb in _RUINING or later.patient == ev.patient) else UNDONE
    if later.turn in _SUDDEN and ruins and first_made and (later.patient == ev.patient or not later.patient):
        return RUINED
    return ""


def read_model(idea: str, lang: str, events: Sequence[Event], named_asleep: Sequence[str] = ()) -> OutcomeModel:
    """The outcome model of ``idea`` from its ``events`` (``story.events.Event``, outcomes read: story.outcomes);
    ``named_asleep``: those the idea names asleep (``story.sleepers.sleepers``)."""
    model = OutcomeModel(idea, lang)
    outs: list[EventOutcome] = []
    for i, ev in enumerate(events):
        made = ev.verb in MAKE_VERBS
        if made:
            model.made[i] = ev.patient
        if ev.told:
            model.clauses[i] = ev.told
        status, ended_by = (FAILED, i) if ev.outcome in ("failed", "almost") else (DONE, -1)
        if status == DONE:
            for j in range(i + 1, len(events)):
                how = _ends(ev, events[j], made)
                if how:
                    status, ended_by = how, j
                    break
        outs.append(EventOutcome(i, ev.verb, tuple(ev.agents), ev.patient, status, ended_by))
    if events and _BUT.search(idea) and not any(e.turn == "but" for e in events) and outs[-1].status == DONE:
        last = outs[-1]  # "kochen eine Suppe, aber sie ist viel zu salzig": the "but" spoils what came before
        outs[-1] = EventOutcome(last.index, last.verb, last.agents, last.patient, SPOILED, len(events))
        m = _BUT.search(idea)
        said = re.split(r"[.;!?]", idea[m.start():])[0].strip() if m else ""
        model.spoiler = f"{said[:1].upper()}{said[1:]}." if len(said.split()) >= 3 else ""
    model.events = outs
    helpers = {a for ev in events if ev.verb in HELP_VERBS for a in ev.agents}
    culprits = {a for ev in events if ev.verb in CULPRIT_VERBS and (ev.source or not ev.patient_is_thing or
                                                                      ev.recipient or ev.verb != "take")
                for a in ev.agents} - helpers
    victims = {w for ev in events if ev.verb in CULPRIT_VERBS and set(ev.agents) & culprits
               for w in (ev.source, ev.recipient, "" if ev.patient_is_thing else ev.patient) if w}
    victims |= {a for e in outs if e.status == RUINED for a in e.agents}
    model.helpers, model.culprits, model.victims = frozenset(helpers), frozenset(culprits), frozenset(victims - culprits)
    model.rivals = frozenset(a for ev in events if ev.verb in _RIVAL_VERBS and len(ev.agents) >= 2 for a in ev.agents)
    for i, ev in enumerate(events):
        if ev.verb in _SLEEP_VERBS or ev.kind == "sleep":
            for a in ev.agents:
                model.sleepers.setdefault(a, -1 if i == 0 or ev.clause == "while" else i)
    for name in named_asleep:
        model.sleepers[name] = -1
    return model


def shot_of(staged: Sequence[Sequence[int]], index: int, default: int = -1) -> int:
    """The first shot that stages event ``index`` (``default`` where none does)."""
    return next((k for k, evs in enumerate(staged) if index in evs), default)


def turn_shot(staged: Sequence[Sequence[int]], e: EventOutcome) -> int:
    """The shot from which ``e`` no longer stands as done: the shot of the event that ended it, else the shot
    after its own last one (a turn the film does not stage still comes after the deed)."""
    if e.status == DONE:
        return len(staged)
    if e.status == FAILED:
        return shot_of(staged, e.index, 0)
    at = shot_of(staged, e.ended_by)
    if at >= 0:
        return at
    own = [k for k, evs in enumerate(staged) if e.index in evs]
    return min(len(staged) - 1, (own[-1] + 1) if own else len(staged) - 1)


def asleep_at(model: OutcomeModel, staged: Sequence[Sequence[int]], agents_of: Sequence[Sequence[str]],
              name: str, k: int) -> bool:
    """Is ``name`` asleep in shot ``k``: after their sleep began and before the first shot with a later event
    of theirs (``agents_of``: each event's agents)?"""
    if name not in model.sleepers:
        return False
    sleep = model.sleepers[name]
    start = 0 if sleep < 0 else shot_of(staged, sleep, 0)
    own_later = {i for i, agents in enumerate(agents_of) if name in agents and i > sleep
                 and (i >= len(model.events) or model.events[i].verb not in _SLEEP_VERBS)}
    wake = next((q for q, evs in enumerate(staged) if own_later & set(evs)), len(staged))
    return start < k < wake if sleep >= 0 else k < wake
