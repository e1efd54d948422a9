"""A light someone switches on or off: "switches off the lights", "turns on the light", "schaltet das Licht ein",
"knipst das Licht aus", "macht das Licht an". The reader finds the act (a ``light`` or ``extinguish`` event) but
no thing for it: "the lights", "das Licht" name no asset, so the lamp was never cast and nothing on screen went
on or off. Here such an event gets the room's lamp: a ``lamp`` thing joins the idea's things (named by the
idea's own word), and the event acts on it, so the story stages the doer at the lamp and the lamp is dark before
and lit after (``light``), or the reverse (``extinguish``, ``autark.jobs.changes``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from autark.assets.templates import fold
from autark.story.effects import Effect
from autark.story.lexicon import idea_words

if TYPE_CHECKING:
    from autark.story.concept import Concept

__all__ = ["switched_lamps", "stage_switching", "LIGHT_WORDS", "LAMPS", "SWITCHED"]

# the words for a light that name no thing of their own (folded)
LIGHT_WORDS = frozenset({"light", "lights", "licht", "lichter", "deckenlicht", "raumlicht", "zimmerlicht"})
# the asset types that are a room's light: a lamp already cast is the one switched
LAMPS = ("lamp", "table_lamp", "street_lamp", "lantern", "candle", "chandelier", "lighthouse")
_SWITCHED = frozenset({"light", "extinguish"})


def switched_lamps(concept: Concept) -> Concept:
    """The concept with a lamp for each ``light`` or ``extinguish`` event that acts on no thing and whose idea
    names a light ("switches off the lights"): the lamp already among its things, else a ``lamp`` added."""
    from autark.story.concept import ObjectConcept

    words = idea_words(concept.idea)
    light_word = next((w for w in concept.idea.replace(",", " ").split() if fold(w.strip(".!?;:")).lower()
                       in LIGHT_WORDS), "")
    if not light_word or not any(w in LIGHT_WORDS for w in words):
        return concept
    events = list(concept.events)
    objects = list(concept.objects)
    changed = False
    for i, ev in enumerate(events):
        if ev.verb not in _SWITCHED or ev.patient or not ev.agents:
            continue
        lamp = next((o.type for o in objects if o.type in LAMPS), "")
        if not lamp:
            lamp = "lamp"
            objects.append(ObjectConcept(type=lamp, word=light_word.strip(".,!?;:")))
        events[i] = ev.model_copy(update={"patient": lamp, "patient_is_thing": True})
        changed = True
    if not changed:
        return concept
    return concept.model_copy(update={"events": events, "objects": objects})


# the lights a hand switches (no flame: no match, no breath, no bucket of water for them)
SWITCHED = frozenset({"lamp", "table_lamp", "street_lamp", "chandelier", "lighthouse", "traffic_light"})
# the doer's acts a lighting or a putting out by hand takes the place of: a point (the review's keeper only
# pointed at the lamp he lit) and a bucket spilled over a lamp switched off
_LIGHTS_OUT = {"en": "Lights out. Good night.", "de": "Licht aus. Gute Nacht."}
_STAND_INS = {"en": ("points at ", "spills ", "pours "), "de": ("zeigt auf ", "verschüttet ", "gießt ")}


def stage_switching(concept: Concept, plans: list, out: dict[int, list]) -> None:
    """The doer's hands at the thing they light (a lamp, a lantern, a candle, a fire) or switch off, in the shot
    of its ``light`` or ``extinguish`` effect ("Keeper works on the lamp", read by ``jobs.hand_work``): its
    light comes on (goes off) as they finish (``jobs.effects``). A fire doused with water keeps its bucket."""
    from autark.story.generic_staging import works_on
    from autark.story.thing_nouns import thing_noun

    lang = concept.language
    off: list[tuple[int, str]] = []
    for i, effects in out.items():
        for fx in effects:
            if fx.kind not in _SWITCHED or fx.kind == "extinguish" and fx.target not in SWITCHED:
                continue
            ev = next((e for e in concept.events if e.verb == fx.kind and e.patient == fx.target and e.agents), None)
            if ev is None or i >= len(plans):
                continue
            np_ = thing_noun(concept, fx.target)
            done = False
            acts: list[str] = []
            for a in plans[i].actions:
                who = next((g for g in ev.agents if a.startswith(f"{g} ")), "")
                rest = a[len(who) + 1:] if who else ""
                if who and rest.startswith(_STAND_INS[lang]) and np_.noun.lower() in rest.lower():
                    if not done:
                        acts.append(works_on(who, np_.dat if lang == "de" else np_.nom, lang))
                        done = True
                    continue
                acts.append(a)
            plans[i].actions = acts
            if fx.kind == "extinguish":  # a lamp switched off is no fire put out: "Lights out.", not "Out, fire!"
                for p in plans[i:i + 2]:
                    p.dialogue = [(who, _LIGHTS_OUT[lang] if any(w in t.lower() for w in ("fire", "feuer")) else t)
                                  for who, t in p.dialogue]
                off.append((i + 1, fx.target))
    for j, lamp in off:  # it stays off in the dark after (a night's scene switches its lamps on as it starts)
        if j < len(plans):
            out.setdefault(j, []).append(Effect(kind="extinguish", target=lamp, at_s=0.0, duration_s=0.1))
