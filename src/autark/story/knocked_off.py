"""A thing knocked, pushed, swept or thrown off what it stands on: "the cat knocks the vase off the shelf", "the dog
knocks the cup off the table", "die Katze wirft die Tasse vom Tisch", "der Junge stößt das Glas vom Regal",
"schubst den Teller vom Tisch". The thing stands on its support from the start (``story.placements`` reads "off
the shelf", "vom Tisch"); the doer goes to the support and reaches for the thing, and the thing tips over the
support's edge and falls to the floor, where it lies (the ``tumble`` effect, ``jobs.thing_motion``).

Without this the verb was read as a knock at a door or as a throw with nowhere to go, and nothing was staged: the
cat sat on the shelf and the vase stayed where it was.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from autark.assets.templates import fold
from autark.story.effects import Effect
from autark.story.lexicon import idea_words
from autark.story.verbs import sentence

if TYPE_CHECKING:
    from autark.story.concept import ObjectConcept
    from autark.story.events import Event

__all__ = ["knocked_off_from", "knock_off_actions", "knock_off_effect", "FALL_S"]

# the event kinds and verbs (and German stems, folded) that send a thing off its support by a blow or a push
_KINDS = frozenset({"knock", "throw", "push", "kick", "hit"})
_STEMS = ("knock", "push", "swept", "sweep", "shov", "nudg", "bump", "swat", "flick", "stoss", "stiess", "schubs",
          "wirf", "warf", "fegt", "kipp", "wisch", "schieb", "schob", "haut", "schlaegt", "schlug")
_OFF = frozenset({"off", "from", "vom", "von", "herunter", "runter", "hinunter"})
_OFF_SKIP = frozenset({"the", "a", "his", "her", "their", "dem", "der", "einem", "einer", "seinem", "ihrem", "top", "of"})
FALL_S = 1.2  # how long it takes to tip over the edge and come down


def knocked_off_from(ev: Event, idea: str, things: list[ObjectConcept]) -> str:
    """The type of the thing ``ev``'s thing is knocked off ("off the shelf": "shelf"), "" where the event is no
    such knock (no blow or push, nothing named after "off"/"vom", or the thing named is not the idea's)."""
    if not ev.patient or not ev.patient_is_thing or not ev.agents:
        return ""
    words = idea_words(idea)
    if not 0 <= ev.at < len(words):
        return ""
    verb = words[ev.at]
    if ev.kind not in _KINDS and not any(verb.startswith(s) for s in _STEMS):
        return ""
    kinds = {fold(o.word): o.type for o in things if o.word}
    for k in range(ev.at + 1, min(len(words), ev.at + 9)):
        if words[k] not in _OFF:
            continue
        for j in range(k + 1, min(len(words), k + 4)):
            if words[j] in kinds and kinds[words[j]] != ev.patient:
                return kinds[words[j]]
            if words[j] not in _OFF_SKIP:
                break
    return ""


def knock_off_actions(ev: Event, sp: Any, actors: list[str]) -> list[str] | None:
    """The action sentences of a knock off (``sp``: the spine's speech helper): the doer goes to the support and
    reaches out at the thing (its fall is the effect, ``knock_off_effect``); None for any other event."""
    if not actors:
        return None
    support = knocked_off_from(ev, sp.concept.idea, sp.concept.objects)
    if not support:
        return None
    o, _, _ = sp.slots(ev)
    stand = sp.thing(support)
    at = stand.dat if sp.lang == "de" else stand.nom
    return [sentence("walk", sp.lang, a=actors[0], o=at, w=at), sentence("point", sp.lang, a=actors[0], o=o)]


def knock_off_effect(ev: Event, idea: str, things: list[ObjectConcept]) -> Effect | None:
    """The thing's fall off its support for a knock off (a ``tumble`` late in the shot, after the reach), else
    None."""
    if not knocked_off_from(ev, idea, things):
        return None
    return Effect(kind="tumble", target=ev.patient, at_s=2.6, duration_s=FALL_S)
