"""Falling or jumping into the water, and getting out again, staged as it happens: the one who falls goes
down into a pond in the set, is seen in it, and climbs out (or is pulled out) when the idea says so.

The reading seldom gives the water as a thing: "falls into the pond" is read as the place (a mountain lake),
"springt ins Wasser" names nothing, "slips into the mud" nothing known. ``falls_in`` reads the water from the
clause's own words (a water word after "into", "in", "ins") or from the event's place when it is a place by
the water; ``into_water`` (run once on the reading) makes the pond such an event goes into a thing of the set,
near the cast (the lake or the sea of a set lies far behind them). ``plunge_actions`` writes "Tom falls into
the pond" for the fall, and "Anna walks to the pond", "Tom climbs out of the pond" for the rescue, the pulling
out, or the climb out that follows; the motion layer puts the body down in the water and up onto the bank
(``autark.motion.plunges``).
"""

from __future__ import annotations

import re
from typing import Any

from autark.assets.templates import fold
from autark.story.concept import ObjectConcept
from autark.story.events import Event

__all__ = ["falls_in", "into_water", "plunge_actions", "WATER_THING"]

WATER_THING = "pond"  # what one falls into, set near the cast
_INTO_KINDS = frozenset({"fall", "jump", "swim"})  # fell, slipped, jumped, dived in
_INTO_VERBS = frozenset({"fall", "jump", "swim", "dive"})
# water and mud words, folded (English, German; singular and plural, German compounds by their ending)
_WATER_WORDS = frozenset({
    "pond", "ponds", "lake", "lakes", "river", "rivers", "water", "waters", "sea", "ocean", "pool", "pools", "puddle",
    "puddles", "stream", "creek", "brook", "mud", "swamp", "bog", "marsh", "fountain", "canal", "waves", "bath",
    "bathtub", "tub", "teich", "teiche", "see", "fluss", "wasser", "meer", "ozean", "becken", "pfuetze", "pfuetzen",
    "bach", "schlamm", "sumpf", "moor", "brunnen", "tuempel", "kanal", "wellen", "badewanne", "wanne", "weiher",
    "schwimmbecken", "schwimmbad", "planschbecken", "dorfteich", "ententeich", "baggersee", "bergsee"})
_WATER_ENDINGS = ("teich", "see", "fluss", "wasser", "becken", "pfuetze", "bach", "sumpf", "pool", "pond", "lake")
_INTO = frozenset({"into", "in", "ins", "inside"})
_WATER_PLACES = frozenset({"mountain_lake", "river_bank", "beach", "swimming_pool", "swamp", "island", "harbour"})
# the words after which a later event brings the fallen one out: verbs and particles (folded)
_OUT_VERBS = frozenset({"rescue", "save", "help", "take", "pull", "drag", "fish", "lift", "climb", "escape", "get"})
_OUT_WORDS = ("out", "heraus", "raus", "hinaus", "rettet", "rette", "gerettet", "zieht", "zog", "klettert", "kletter")
_FALL = {"en": "{a} falls into {w}", "de": "{a} fällt in {w}"}
_JUMP = {"en": "{a} jumps into {w}", "de": "{a} springt in {w}"}
_CLIMB_OUT = {"en": "{a} climbs out of {w}", "de": "{a} klettert aus {w}"}
_WALK_TO = {"en": "{a} walks to {w}", "de": "{a} geht zu {w}"}


def _words(text: str) -> list[str]:
    return [fold(w) for w in re.findall(r"\w+", text.lower())]


def _water_named(ev: Event) -> bool:
    """Does the clause put the act into water ("into the pond", "ins Wasser", "in den Dorfteich"), or through the
    ice over it ("falls through the thin ice", "bricht im Eis ein")?"""
    words = _words(ev.told or "")
    for k, w in enumerate(words):
        if w in _INTO and any(x in _WATER_WORDS or x.endswith(_WATER_ENDINGS) for x in words[k + 1:k + 4]):
            return True
    return through_ice(words)


def through_ice(words: list[str]) -> bool:
    """Do the (folded) words send someone through ice into the water under it?"""
    return any(w in _THROUGH and any(x in _ICE for x in words[k + 1:k + 4]) for k, w in enumerate(words))


# falling through the ice over water: the words before the ice, and the ice
_THROUGH = frozenset({"through", "into", "durch", "durchs", "ins", "im", "in"})
_ICE = frozenset({"ice", "eis", "eisdecke", "eisflaeche", "eisscholle", "floe"})


def falls_in(ev: Event) -> bool:
    """Is ``ev`` someone falling, slipping, jumping or diving into water?"""
    if ev.kind not in _INTO_KINDS or ev.verb not in _INTO_VERBS or not ev.agents:
        return False
    if ev.to_thing == WATER_THING or _water_named(ev):
        return True
    return ev.place in _WATER_PLACES and bool(_INTO & set(_words(ev.told or "")))


def into_water(objects: list[ObjectConcept], events: list[Event]) -> tuple[list[ObjectConcept], list[Event]]:
    """``events`` with every fall into water aimed at ``WATER_THING``, and that thing among ``objects``; one who
    breaks through the ice ("bricht im Eis ein") falls into the water under it, and the ice is no block of ice
    of the set."""
    people_through = [k for k, e in enumerate(events) if e.verb == "break" and e.agents and through_ice(
        _words(e.told or ""))]
    for k in people_through:  # "ein Junge bricht im Eis ein": he falls in, he breaks nothing
        events[k] = events[k].model_copy(update={"verb": "fall", "kind": "fall", "patient": "", "then": "",
                                                 "line": "fall"})
    if any(falls_in(e) and through_ice(_words(e.told or "")) for e in events):
        iced = {e.patient for e in events if falls_in(e)} | {"ice_block", "ice_cream"}
        objects = [o for o in objects if o.type not in iced]
        # "sein Opa rettet ihn" read as saving the ice for him: it is he who is saved
        events = [(e.model_copy(update={"patient": e.recipient, "patient_is_thing": False, "recipient": ""})
                   if e.recipient else e.model_copy(update={"patient": ""})) if e.patient in iced else e
                  for e in events]
    if not any(falls_in(e) for e in events):
        return objects, events
    events = [e.model_copy(update={"to_thing": WATER_THING}) if falls_in(e) else e for e in events]
    if not any(o.type == WATER_THING for o in objects):
        objects = [*objects, ObjectConcept(type=WATER_THING)]
    return objects, events


def _brings_out(ev: Event, fallen: set[str]) -> str:
    """The one a later event brings out of the water ("pulls him out", "rettet ihn", "climbs out"), or ""."""
    words = _words(ev.told or "")
    out = any(w in _OUT_WORDS for w in words) or ev.verb in ("rescue", "save")
    if not out or ev.verb not in _OUT_VERBS | {"rescue"} and ev.kind not in ("climb", "take", "pick_up", "kneel"):
        return ""
    if ev.patient in fallen:
        return ev.patient
    return next((a for a in ev.agents if a in fallen and ev.kind in ("climb", "swim", "walk", "run")), "")


def plunge_actions(ev: Event, sp: Any, actors: list[str]) -> list[str] | None:
    """The action sentences of a fall into water, or of bringing the fallen one out of it; None otherwise
    (``sp`` is the spine's speech helper: its ``lang``, ``concept`` and ``thing``)."""
    water = sp.thing(WATER_THING)
    w_acc, w_dat = (water.acc, water.dat) if sp.lang == "de" else (water.nom, water.nom)
    if falls_in(ev):
        form = _JUMP if ev.kind in ("jump", "swim") else _FALL
        return [form[sp.lang].format(a=a, w=w_acc) for a in ev.agents[:3]]
    fallen = {a for e in sp.concept.events if e.at < ev.at and falls_in(e) for a in e.agents}
    if not fallen:
        return None
    who = _brings_out(ev, fallen)
    if not who:
        return None
    helpers = [a for a in ev.agents if a != who][:1]
    return [*(_WALK_TO[sp.lang].format(a=h, w=w_dat) for h in helpers), _CLIMB_OUT[sp.lang].format(a=who, w=w_dat)]
