"""Who is in danger as the story begins, and where: "a fisherman rescues two children from a sinking boat", "eine
Feuerwehrfrau rettet ein Baby aus dem brennenden Haus", "a businessman is trapped in the bus", "zwei Fischer
sitzen im kenternden Boot fest".

The endangered start inside the danger: aboard the vehicle (seated in it from the film's first instant, as one
who gets out of a vehicle they never got into is: ``autark.language.vehicles``) or inside the building (they go in through its door:
``autark.language.insides``), while the change the idea tells of it (``story.told_changes``: the boat sinks,
the house burns) goes on. In the shot of the rescue they come out of it, to the rescuer, before the rescuer's
own act on them; a boat that sinks goes down only after (``told_changes``). Small animals up a tree or on a roof
are ``story.perches``' business.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from autark.story.change_words import change_at
from autark.story.lexicon import idea_words

if TYPE_CHECKING:
    from autark.story.concept import Concept
    from autark.story.shot_plans import ShotPlan

__all__ = ["Peril", "perils", "stage_perils"]

# the story verbs of getting someone out of a danger
_RESCUES = frozenset({"rescue", "save", "help", "pull", "free", "release", "carry", "take", "fetch", "lift"})
# the verbs of getting out of a danger oneself ("abandon the sinking ship", "flieht aus dem brennenden Haus")
_ESCAPES = frozenset({"leave", "flee", "escape", "abandon"})
# the words before the danger in a rescue ("from the boat", "aus dem Haus", "out of the barn")
_FROM = frozenset({"from", "out", "aus", "vom", "von", "off"})
# the words of being caught in a danger, and the words before the danger they are caught in
_TRAPPED = frozenset({"trapped", "stuck", "caught", "locked", "stranded", "eingeschlossen", "eingesperrt",
                      "gefangen", "eingeklemmt", "fest", "festsitzt", "feststeckt", "festsitzen", "feststecken",
                      "steckt", "stecken", "steckte", "aboard", "inside"})
_IN = frozenset({"in", "im", "inside", "on", "auf", "aboard", "within", "innen", "drinnen"})
_MOST_ENDANGERED = 4
_DANGERS = frozenset({"sink", "burn", "break", "explode", "flood"})  # the changes that put those inside in danger


@dataclass(frozen=True)
class Peril:
    thing: str  # the danger's type: a vehicle or a building
    victims: tuple[str, ...]  # cast names, inside it as the story begins
    rescue: int  # the index of the rescue event in ``concept.events``; -1 where none is told
    vehicle: bool  # aboard a vehicle (else inside a building)


def _danger_kind(thing: str) -> str:
    from autark.language.insides import ENTERABLE
    from autark.motion.vehicles import SEATS

    return "vehicle" if thing in SEATS else "building" if thing in ENTERABLE else ""


def perils(concept: Concept) -> list[Peril]:
    """The dangers the idea puts someone in at the start, each with who is in it (at most one per thing)."""
    from autark.assets.library import person_kind
    from autark.story.told_changes import _breaks, _named_at, clause_of, told_changes

    words = idea_words(concept.idea)
    breaks = _breaks(concept.idea)
    named = _named_at(concept, words)
    types = {c.name: c.type for c in concept.characters}
    out: list[Peril] = []
    taken: set[str] = set()
    changes = told_changes(concept)
    for j, ev in enumerate(concept.events):
        if ev.at < 0 or ev.at >= len(words):
            continue
        a, b = clause_of(words, ev.at, breaks)
        rescued = ev.verb in _RESCUES and ev.patient and not ev.patient_is_thing and ev.patient in types
        trapped = any(w in _TRAPPED for w in words[a:b + 1])
        if ev.verb in _ESCAPES and ev.agents and ev.agents[0] in types:  # "the sailors abandon the sinking ship"
            fled = ev.patient if ev.patient_is_thing and ev.patient else next(
                (named[k][0] for k in range(ev.at + 1, b + 1) if k in named and named[k][1]), "")
            if _danger_kind(fled) and any(t.target == fled and t.kind in _DANGERS for t in changes):
                if fled not in taken:
                    out.append(Peril(thing=fled, victims=tuple(ev.agents[:_MOST_ENDANGERED]), rescue=j,
                                     vehicle=_danger_kind(fled) == "vehicle"))
                    taken.add(fled)
                continue
        if not rescued and not trapped:
            continue
        lead = _FROM if rescued else _IN
        thing = next((named[k][0] for k in range(ev.at + 1, b + 1) if k in named and named[k][1]
                      and any(words[m] in lead for m in range(max(ev.at, k - 4), k))), "")
        if not thing and trapped and not rescued:  # "ein Opa bleibt im Aufzug stecken": before the trap word
            thing = next((named[k][0] for k in range(a, b + 1) if k in named and named[k][1]
                          and any(words[m] in _IN for m in range(max(a, k - 3), k))), "")
        if not thing and rescued:  # "saves the children when their bus catches fire": the thing that changes
            thing = next((t.target for t in changes if t.is_thing and t.kind in _DANGERS
                          and _danger_kind(t.target)), "")
        if not thing or thing in taken or not _danger_kind(thing):
            continue
        wrecked = any(named.get(k, ("", True))[0] == thing and any(change_at(words, m) in _DANGERS
                                                                  for m in range(max(a, k - 3), k))
                      for k in range(a, b + 1))  # "from a capsized raft", "aus dem eingestürzten Stollen"
        if not trapped and not wrecked and not any(t.target == thing and t.kind in _DANGERS for t in changes):
            continue  # "rescues a cat from the roof": no danger inside it (story.perches has it up there)
        if rescued:
            first = ev.patient
        else:
            first = next((named[k][0] for k in range(a, b + 1) if k in named and not named[k][1]),
                         ev.agents[0] if ev.agents else "")
        if first not in types:
            continue
        # "rescues two children": the others of their kind the rescuer is not
        rescuers = set(ev.agents) if rescued else set()
        group = [n for n, t in types.items() if t == types[first] and n != first and n not in rescuers]
        # "rettet ein Mädchen und ihren Hund aus dem Boot": everyone named between the rescue and the danger
        until = next((k for k in range(ev.at + 1, min(len(words), ev.at + 10)) if words[k] in lead or k in breaks),
                     ev.at) if rescued else ev.at
        along = [named[k][0] for k in range(ev.at + 1, until) if k in named and not named[k][1]
                 and named[k][0] in types and named[k][0] not in rescuers]
        victims = tuple(dict.fromkeys([first, *along, *group]))[:_MOST_ENDANGERED]
        if _danger_kind(thing) == "vehicle":  # an animal has no seat aboard: getting it out of the boat had put
            victims = tuple(v for v in victims if person_kind(types[v]))  # the girl on its back
            if not victims:
                continue
        rescue = j if rescued else next((k for k, e in enumerate(concept.events) if k > j and e.verb in _RESCUES
                                         and (e.patient in victims or not e.patient)), -1)
        out.append(Peril(thing=thing, victims=victims, rescue=rescue, vehicle=_danger_kind(thing) == "vehicle"))
        taken.add(thing)
    return out


def stage_perils(concept: Concept, plans: list[ShotPlan]) -> None:
    """The plans with the endangered inside their danger from the first shot and out of it, to their rescuer,
    in the shot of the rescue (or the last event shot where no rescue is told)."""
    from autark.story.shot_plans import _Speech
    from autark.story.verbs import sentence

    if not plans:
        return
    sp = _Speech(concept, [])
    de = concept.language == "de"
    for peril in perils(concept):
        np_ = sp.thing(peril.thing)
        if peril.vehicle:  # who gets out of a vehicle without having got in sits in it from the film's start
            go_in = []  # (``autark.language.vehicles``): no climbing aboard a burning bus in the opening shot
            go_out = [f"{v} steigt aus {np_.dat}" if de else f"{v} climbs out of {np_.nom}" for v in peril.victims]
        else:
            go_in = [f"{v} geht in {np_.acc}" if de else f"{v} goes into {np_.nom}" for v in peril.victims]
            go_out = [f"{v} geht aus {np_.dat}" if de else f"{v} walks out of {np_.nom}" for v in peril.victims]
        out_at = next((i for i, p in enumerate(plans) if peril.rescue in p.events), None)
        if out_at is None:
            events = [i for i, p in enumerate(plans) if p.events and p.kind != "setup"]
            out_at = events[-1] if events else len(plans) - 1
        out_at = max(out_at, 1)
        victims = set(peril.victims)
        for k, p in enumerate(plans):
            own = [a for a in p.actions if a.split(" ", 1)[0] in victims]
            if 0 < k < out_at:  # inside until the rescue: no walking about in the meadow before it
                p.actions = [a for a in p.actions if a not in own]
        plans[0].actions = [*go_in, *[a for a in plans[0].actions if a.split(" ", 1)[0] not in victims]] or [
            sentence("look", concept.language, a=next((c.name for c in concept.characters if c.name not in victims),
                                                       peril.victims[0]))]
        plans[out_at].actions = [*go_out, *plans[out_at].actions]
        if not plans[0].subject:
            plans[0].subject = peril.victims[0]
