"""How a failed lift and a failed attempt that ends in a fall are played: the act begun, then the fall ("tries to jump over the fence
but falls", "tries to jump over the puddle and slips", "will über den Zaun springen, fällt aber hin").

``story.generic_staging.outcome_actions`` plays a failed act of completing as going to the thing and shaking the
head: the act is never begun. Where the idea says the attempt ended in a fall, the fall is how it fails, so the
attempt is played as begun (up to the thing and the jump there, that does not clear it) with no head shake, and the
fall's own shot right after it shows it not completed (``story.mishaps`` and the fall clip).

A lift that fails ("fails to lift the heavy box", "versucht vergeblich, den Stein zu heben") is the doer going to
the thing and stooping to it (kneeling by it), the thing left on the ground, then the head shake: the lift that
does not rise, where going up to it and shaking the head never showed the try.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from autark.story.events import Event
    from autark.story.shot_plans import _Speech

__all__ = ["ENDS_IN_FALL", "falls_after", "begun_acts"]

# brief acts, begun and broken off by the fall; a climb is not among them: played begun it reaches the top over
# its shots and its lines say so ("I made it to the top!") before the fall; nor a ride (a fall may not unseat)
ENDS_IN_FALL = frozenset({"jump", "run", "dance", "skate", "ski", "balance"})
_FALLING = frozenset({"fall", "slip", "trip", "stumble", "crash", "tumble"})


def falls_after(ev: Event, events: list[Event]) -> bool:
    """Whether the event right after the failed ``ev`` is a fall of one of its doers."""
    after = [e for e in events if e.at > ev.at]
    if not after or ev.outcome != "failed":
        return False
    nxt = min(after, key=lambda e: e.at)
    return (nxt.verb in _FALLING or nxt.kind in _FALLING) and (not nxt.agents or bool(set(nxt.agents) &
                                                                                      set(ev.agents)))


# a lift that does not rise ("fails to lift the heavy box", "versucht vergeblich, den Stein zu heben"): they go to
# the thing and stoop to it, and it stays on the ground
_LIFT_WORDS = ("lift", "raise", "heave", "heb", "hochheb", "stemm", "hieve", "wuchte")


def _stooped(ev: Event, sp: _Speech, actors: list[str]) -> list[str] | None:
    from autark.story.verbs import sentence

    if ev.outcome != "failed" or not ev.patient_is_thing or not ev.patient or ev.kind not in ("pick_up", "take") \
            or not ev.word.lower().startswith(_LIFT_WORDS):
        return None
    w = sp.slots(ev)[2]
    return [s for a in actors[:2] for s in (sentence("walk", sp.lang, a=a, o=w, w=w),
                                            sentence("kneel", sp.lang, a=a, o=w, w=w))] + [
        sentence("shake_head", sp.lang, a=actors[0])]


def begun_acts(ev: Event, sp: _Speech, actors: list[str], acts: list[str]) -> list[str] | None:
    """The acts of a failed attempt that ends in a fall, or None where the attempt is played otherwise: its doers
    go up to the thing and do the act there with no thing to it ("jumps", not "jumps over the fence", which
    cleared the fence in a draft before she fell behind it); the fall follows in its own shot."""
    from autark.story.verbs import sentence

    if (stooped := _stooped(ev, sp, actors)) is not None:
        return stooped
    if ev.kind not in ENDS_IN_FALL and ev.verb not in ENDS_IN_FALL or not falls_after(ev, sp.concept.events):
        return None
    if not ev.patient or not ev.patient_is_thing:
        return acts
    w = sp.slots(ev)[2]
    return [s for a in actors[:2] for s in (sentence("walk", sp.lang, a=a, o=w, w=w), sentence(ev.kind, sp.lang,
                                                                                                 a=a))]
