"""A thing repaired, mended, fixed, built or put together is seen to change: the ``repair`` effect on the shot
where the one who mends it works at it (``autark.jobs.repairs`` draws it: broken before, whole after).

Every verb the story reads as a repair ("repairs", "fixes", "mends", "assembles", "repariert", "flickt") is
one event verb, ``repair``; what it is done to is its patient. A thing built new ("builds a wagon", "baut ein
Floß") or moulded by hand (a snowman) is not mended: it appears as it is made (``story.presence``,
``story.becoming``).
"""

from __future__ import annotations

from typing import Any

from autark.assets.templates import fold
from autark.story.effects import Effect
from autark.story.events import Event
from autark.story.verbs import sentence

__all__ = ["repair_effects", "mended_not_broken", "REPAIR_AT_S", "REPAIR_S"]

REPAIR_AT_S = 0.8  # when in its shot the mending starts (the production times it by the tool act on it)
REPAIR_S = 2.6
_MENDED = frozenset({"repair"})
_MOULDED = frozenset({"snowman", "sand_castle", "sandcastle", "snowball", "igloo", "sculpture"})
# words of making a thing new rather than mending it (folded word starts): "builds a wagon", "baut ein Floß"
_MADE_NEW = ("build", "built", "construct", "bau", "erbau", "forge", "schmied", "zimmer")


def repair_effects(events: list[Event], plans: list[Any], effects: dict[int, list[Effect]],
                   lang: str = "en") -> dict[int, list[Effect]]:
    """``effects`` (shot plan index -> effects) with a ``repair`` on each thing the idea's events mend, in the
    shot plan that stages the event (the first that names it, when none lists the event)."""
    for at, ev in enumerate(events):
        if ev.verb not in _MENDED or not ev.patient or not ev.patient_is_thing or ev.patient in _MOULDED:
            continue
        if fold(ev.word).startswith(_MADE_NEW):  # built from nothing: it appears as it is made (story.presence)
            continue
        if any(e.target == ev.patient and e.kind == "repair" for es in effects.values() for e in es):
            continue
        staged = [k for k, p in enumerate(plans) if at in p.events]
        # the first shot that works at it (the spine may show the work going on in a shot before the event's
        # own): whole from then on, never still broken when it is used ("repairs the car, then drives off")
        working = [k for k, p in enumerate(plans) if staged and (k in staged or set(p.actions) & set(
            plans[staged[0]].actions))]
        tool = {" ".join(sentence(ev.kind, lang, a=a, o="X").split()[:2]) for a in ev.agents}  # "Tom hämmert"
        i = next((k for k in working if any(" ".join(a.split()[:2]) in tool for a in plans[k].actions)),
                 working[0] if working else None)
        if i is None:
            i = next((k for k, p in enumerate(plans) if any(ev.patient.replace("_", " ") in a for a in p.actions)),
                     None)
        if i is None:
            continue
        effects.setdefault(i, []).append(Effect(kind="repair", target=ev.patient, at_s=REPAIR_AT_S,
                                                duration_s=REPAIR_S))
    return effects


# a participle before the thing mended says its state ("repairs the broken radio", "flickt das kaputte Boot"),
# not an act of breaking it: folded words
_BROKEN_WORDS = frozenset({"broken", "torn", "damaged", "cracked", "smashed", "ripped", "busted", "kaputt", "kaputte",
                           "kaputten", "kaputter", "kaputtes", "zerbrochen", "zerbrochene", "zerbrochenen",
                           "zerrissen", "zerrissene", "zerrissenen", "defekt", "defekte", "defekten", "beschaedigt",
                           "beschaedigte", "beschaedigten"})


def mended_not_broken(events: list[Event]) -> list[Event]:
    """``events`` without the break read from the state word of a thing being mended in the same clause
    ("the broken radio": nobody breaks it, nobody cries over it); the repair gets that break's thing when it
    named none."""
    drop: set[int] = set()
    out = list(events)
    for k, ev in enumerate(events):
        if ev.verb != "break" or fold(ev.word) not in _BROKEN_WORDS:
            continue
        mend = next((j for j, e in enumerate(events) if e.verb in _MENDED and e.told == ev.told), None)
        if mend is None:
            continue
        drop.add(k)
        if not out[mend].patient and ev.patient:
            out[mend] = out[mend].model_copy(update={"patient": ev.patient, "patient_is_thing": ev.patient_is_thing})
    return [e for k, e in enumerate(out) if k not in drop]
