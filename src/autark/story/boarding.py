"""An event made in a vehicle, as the shot's sentences: "the bus driver drives the children to school" (the
children climb into the bus, the driver drives it), "a teacher and her pupils travel by bus" (all on board,
the teacher first), "boards the rocket", "sitzt im Heißluftballon" (in it), "rows his boat" (in it, and it
goes), "steigt aus dem Auto" (out of it). Any vehicle with places (``autark.motion.vehicles``) counts, named
by the event or, for a journey or a boarding that names none, the idea's only one; the command engine stages
the sentences (``autark.language.vehicles``, ``autark.language.riding``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from autark.story.events import Event

if TYPE_CHECKING:
    from autark.story.concept import Concept
    from autark.story.shot_plans import _Speech

__all__ = ["vehicle_actions", "vehicle_of", "aboard_actions", "TRAVEL", "BOARDING"]

# kinds of event that travel (in a vehicle where the idea has one), and those that get into one or sit in it
TRAVEL = frozenset({"walk", "drive", "fly", "swim", "ride", "run", "slide"})
BOARDING = frozenset({"sit", "climb", "board", "enter"})
# the words of getting out ("gets out of the truck", "steigt aus dem Bus"), folded to lower case
_OUT_WORDS = ("aus", "out", "off", "alight", "disembark")
# verbs that travel only with a vehicle named in their roles, never with the idea's only one ("walks to the car")
_ON_FOOT = frozenset({"walk", "run", "slide"})


def vehicle_of(ev: Event, concept: Concept) -> str:
    """The vehicle with places an event is made in: one of its roles, else for a drive, a flight, a row or a
    boarding the idea's only one; "" for none."""
    from autark.motion.vehicles import SEATS, flies

    named = next((w for w in (ev.patient, ev.instrument, ev.recipient, ev.source) if w in SEATS), "")
    if named or ev.kind in _ON_FOOT and not set(_near(ev, concept, 3)) & _BY_WORDS:  # "travels by train": in it
        return named
    kinds = {o.type for o in concept.objects if o.type in SEATS}
    sole = next(iter(kinds)) if len(kinds) == 1 and (ev.kind in TRAVEL or ev.kind in BOARDING) else ""
    return "" if ev.kind == "swim" and not flies(sole) else sole  # one who swims swims (a balloon floats)


# the words of getting in ("boards the ferry", "steigt in das Auto", "gets into the car")
_IN_VERBS = ("board", "embark", "enter", "climb", "steig", "einsteig", "kletter", "hop")
# the words before a vehicle that travel in it ("by bus", "mit dem Zug", "in a balloon")
_BY_WORDS = frozenset({"by", "mit", "per", "im", "in", "aboard", "into", "on", "auf"})


def _near(ev: Event, concept: Concept, n: int = 5) -> list[str]:
    """The idea's words from the event's verb on (folded, without punctuation)."""
    words = [w.strip(".,!?;:").lower() for w in concept.idea.split()]
    return words[ev.at:ev.at + n] if 0 <= ev.at < len(words) else []


def _getting_out(ev: Event, sp: _Speech) -> bool:
    return any(w in _OUT_WORDS for w in _near(ev, sp.concept, 4))


def _getting_in(ev: Event, sp: _Speech) -> bool:
    near = _near(ev, sp.concept, 3)
    return ev.kind in BOARDING or ev.word.lower().startswith(_IN_VERBS) or (
        bool(near) and near[0] in ("gets", "get", "got", "jumps", "hops") and "into" in near)


def vehicle_actions(ev: Event, sp: _Speech, actors: list[str]) -> list[str] | None:
    """The sentences of an event made in a vehicle, None for any other event: the one who drives (the first
    actor) drives or flies it and everyone else on board (the other actors and the people driven) climbs in
    first; a boarding or a sitting in it seats them all; a getting out lets them out."""
    from autark.motion.vehicles import flies

    vehicle = vehicle_of(ev, sp.concept)
    if not vehicle or not actors or ev.kind not in TRAVEL | BOARDING and ev.verb not in ("escort", "take"):
        return None
    if ev.kind in _ON_FOOT and ev.verb not in ("escort", "take") and not _getting_in(ev, sp) and not (
            set(_near(ev, sp.concept, 6)) & _BY_WORDS):  # "walks to the car": on foot, to it
        return None
    de = sp.lang == "de"
    np_ = sp.thing(vehicle)
    people = {c.name for c in sp.cast}
    if not people & set(actors):
        return None
    riders = [a for a in actors if a in people]
    driven = [] if ev.patient_is_thing or ev.patient not in people else [ev.patient]
    group = [c.name for c in sp.cast if driven and c.type == next(
        (m.type for m in sp.cast if m.name == driven[0]), "") and c.name not in riders]  # "the children"
    aboard = list(dict.fromkeys([*riders[1:], *driven, *group]))[:6]
    if _getting_out(ev, sp):
        return [f"{a} steigt aus {np_.dat}" if de else f"{a} climbs out of {np_.nom}" for a in riders]
    board = [f"{a} steigt in {np_.acc}" if de else f"{a} climbs into {np_.nom}" for a in [*riders[:1], *aboard]]
    if _getting_in(ev, sp):
        return board
    first = riders[0]
    if flies(vehicle):
        go = f"{first} fliegt mit {np_.dat}" if de else f"{first} flies {np_.nom}"
    else:
        go = f"{first} fährt mit {np_.dat}" if de else f"{first} drives {np_.nom}"
    return [*board[1:], go]


# being in or on a vehicle while doing something else ("waits in the bus", "steht auf dem Schiff", "looks out of
# the window of the train"): the words between the verb and the vehicle's word
_IN_WORDS = frozenset({"in", "inside", "on", "aboard", "onboard", "im", "auf", "drin", "innen"})
_CLAUSE_ENDS = frozenset({"and", "und", "then", "dann", "but", "aber", "while", "während", "until", "bis", "for", "für"})
_WINDOW_WORDS = ("window", "fenster")
_JUST_THERE = frozenset({"stand_in", "stand", "sit", "stay", "wait"})  # verbs that only say where they are


def aboard_actions(ev: Event, sp: _Speech, actors: list[str]) -> list[str] | None:
    """'the children wait in the bus', 'der Kapitän steht auf dem Schiff', 'looks out of the train's window': all
    who do it climb into the vehicle first (it is the idea's and its words follow the verb: "in the bus"), then
    do it there; a look out of its window is a look around from the seat. None for any other event."""
    from autark.assets.templates import fold
    from autark.motion.vehicles import SEATS
    from autark.story.implied import vehicle_words
    from autark.story.shot_plans import _act

    people = {c.name for c in sp.cast}
    riders = [a for a in actors if a in people]
    if ev.partner in people and ev.partner not in actors:  # "sings with his parrot on the ship": it sings too
        actors = [*actors, ev.partner]
    if not riders or ev.kind in TRAVEL or ev.kind in BOARDING:
        return None
    kinds = {o.type for o in sp.concept.objects if o.type in SEATS}
    near = _near(ev, sp.concept, 8)
    near = near[:next((k for k, w in enumerate(near) if k and w in _CLAUSE_ENDS), len(near))]  # this clause only
    table = {**vehicle_words(), **{fold(o.word): o.type for o in sp.concept.objects if o.type in kinds and o.word}}
    at = next((k for k, w in enumerate(near) if table.get(fold(w)) in kinds), None)
    if at is None or not (set(near[:at]) & _IN_WORDS or any(w.startswith(_WINDOW_WORDS) for w in near[:at + 2])):
        return None
    vehicle = table[fold(near[at])]
    np_ = sp.thing(vehicle)
    de = sp.lang == "de"
    board = [f"{a} steigt in {np_.acc}" if de else f"{a} climbs into {np_.nom}" for a in riders]
    if ev.verb in _JUST_THERE or ev.kind in _JUST_THERE:
        return board
    o, _r, w = sp.slots(ev)
    if ev.kind == "look" and (ev.patient in ("window", vehicle) or not ev.patient):  # out of it, from the seat
        o = ""
    return [*board, *(_act(ev.kind, sp, a, o=o, w=w) for a in actors)]
