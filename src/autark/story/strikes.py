"""Acts that send a thing flying to where it goes: a ball kicked or shot into the goal, thrown into the basket
or the hoop, bowled at the pins, tossed into the bucket.

The reading gives the aim as the event's ``to_thing`` ("into the goal", "ins Tor", "in den Korb"). Two words
of everyday sport are read as the wrong thing by the noun reader, because outside sport they mean something
else: German "Tor" is a gate or door, "Korb" (and "basket") a basket. A ball kicked at a door or a gate goes
into a football goal; a basketball thrown into a basket goes through a basketball hoop (any other ball into
the basket) (``aimed_goals``, run once on
the reading). ``strike_actions`` writes the action sentence that names the aim ("Mia kicks the ball into the
goal"), which the command engine stages as a flight from the foot or hand into it (``autark.motion.strikes``).
"""

from __future__ import annotations

from typing import Any

from autark.story.concept import ObjectConcept
from autark.story.events import Event

__all__ = ["aimed_goals", "strike_actions", "STRUCK_KINDS"]

STRUCK_KINDS = frozenset({"kick", "throw"})  # the event kinds whose thing leaves the body and flies
# things a ball is kicked or shot into: a door or a gate is the noun reader's "Tor", a net a tennis net (a goal)
_GOAL_MISREAD = frozenset({"door", "gate", "fence", "garage_door", "tennis_net", "net", "fishing_net"})
# containers a ball is thrown into in a game: "in den Korb", "into the basket" is the basketball hoop's
_HOOP_MISREAD = frozenset({"basket", "picnic_basket"})
_BALLS = frozenset({"ball", "football", "soccer_ball", "basketball", "volleyball", "beach_ball", "tennis_ball"})
_INTO = {"en": "{a} {verb} {o} into {r}", "de": "{a} {verb} {o} in {r}"}
_VERB = {("kick", "en"): "kicks", ("kick", "de"): "schießt", ("throw", "en"): "throws", ("throw", "de"): "wirft"}


def _is_ball(typ: str) -> bool:
    return typ in _BALLS or typ.endswith("ball")


def _aim(ev: Event) -> str:
    """The thing the struck ball goes into, read right for sport (see the module's docstring)."""
    if not ev.to_thing or not _is_ball(ev.patient):
        return ev.to_thing
    if ev.to_thing in _GOAL_MISREAD and ev.kind == "kick":
        return "football_goal"
    if ev.to_thing in _HOOP_MISREAD and ev.kind == "throw" and ev.patient == "basketball":
        return "basketball_hoop"
    return ev.to_thing


def aimed_goals(objects: list[ObjectConcept], events: list[Event]) -> tuple[list[ObjectConcept], list[Event]]:
    """``objects`` and ``events`` with the aim of every struck ball read as sport reads it: the misread
    thing (a door, a basket) replaced by the goal or the hoop, in the set's things as in the event."""
    swaps: dict[str, str] = {}
    out = []
    for ev in events:
        aim = _aim(ev) if ev.kind in STRUCK_KINDS and ev.patient_is_thing else ev.to_thing
        if aim != ev.to_thing:
            swaps[ev.to_thing] = aim
            ev = ev.model_copy(update={"to_thing": aim})
        out.append(ev)
    if not swaps:
        return objects, events
    used = {e.patient for e in out} | {e.to_thing for e in out} | {e.instrument for e in out} | {
        e.place for e in out}
    kept = [o.model_copy(update={"type": swaps[o.type]}) if o.type in swaps and o.type not in used else o
            for o in objects]
    if not any(o.type in swaps.values() for o in kept):
        kept.append(ObjectConcept(type=next(iter(swaps.values()))))
    return kept, out


_AT = {"en": "{a} {verb} {o} to {r}", "de": "{a} {verb} {o} zu {r}"}
_AWAY = {"en": "{a} {verb} {o}", "de": "{a} {verb} {o}"}


def _struck_ball(ev: Event, sp: Any, actors: list[str]) -> list[str] | None:
    """A ball hit or batted ("hits the ball over the fence", "schlägt den Ball") flies off the arm's swing (a
    throw's); a ball rolled to someone ("rolls the ball to the dog", "rollt den Ball zu ihrem Bruder") goes to
    them (a kick along the ground): never a punch at a ball, nor a push that walks along with it."""
    if not actors or not ev.patient_is_thing or not _is_ball(ev.patient):
        return None
    o, _, _ = sp.slots(ev)
    if ev.kind == "fight":
        aim = sp.thing(ev.to_thing) if ev.to_thing else None
        if aim is not None:
            r = aim.acc if sp.lang == "de" else aim.nom
            return [_INTO[sp.lang].format(a=actors[0], verb=_VERB[("throw", sp.lang)], o=o, r=r)]
        return [_AWAY[sp.lang].format(a=actors[0], verb=_VERB[("throw", sp.lang)], o=o)]
    if ev.kind == "push" and ev.recipient and ev.recipient != actors[0]:
        return [_AT[sp.lang].format(a=actors[0], verb=_VERB[("kick", sp.lang)], o=o, r=ev.recipient)]
    return None


def strike_actions(ev: Event, sp: Any, actors: list[str]) -> list[str] | None:
    """The action sentences of a kick or a throw into a thing ("kicks the ball into the goal"): the first
    actor strikes it into the aim; a ball hit or rolled (``_struck_ball``); None for any other event (``sp``
    is the spine's speech helper)."""
    if ev.kind in ("fight", "push"):
        return _struck_ball(ev, sp, actors)
    if ev.kind not in STRUCK_KINDS or not ev.patient_is_thing or not ev.to_thing or not actors:
        return None
    if ev.kind == "throw" and not _is_ball(ev.patient) and ev.recipient:
        return None  # a snowball or a stone thrown at someone: story.placing's throw at them
    o, _, _ = sp.slots(ev)
    aim = sp.thing(ev.to_thing)
    r = aim.acc if sp.lang == "de" else aim.nom
    return [_INTO[sp.lang].format(a=actors[0], verb=_VERB[(ev.kind, sp.lang)], o=o, r=r)]
