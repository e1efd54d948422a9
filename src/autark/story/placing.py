"""Acts whose thing ends somewhere: putting it into or onto something, throwing it at someone, carrying it there.

"drops a coin into the hat", "legt den Brief in den Briefkasten", "puts the cake on the table": taken in the hand
(unless it is there already), then put on the goal (the command engine's put_down steps up to it and sets the
thing on its top). "the kids throw snowballs at the teacher", "wirft einen Schneeball auf den Lehrer": the throw
has a target and the thing flies to it. "carries the lamb to the barn", "trägt es zum Sofa", "hauls the box to the
car": picked up, taken to the goal, put down there; a creature too big to lift is led there (both walk), and it
is never a hug. With the goal a place of its own (another set), the journey (story.journey_shots) takes them
there. ``placing_actions`` returns None for an event that is none of these, so the spine stages it as before.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from autark.story.verbs import sentence

if TYPE_CHECKING:
    from autark.story.events import Event

__all__ = ["CONTAINERS", "placing_actions", "set_down_apart"]

# goals a thing goes into rather than onto (the sentence says "into"/"in"; the engine sets it on the top either way)
CONTAINERS = frozenset({"hat", "box", "basket", "bag", "mailbox", "bucket", "trash_can", "bin", "pot", "chest",
                         "treasure_chest", "cup", "bowl", "drawer", "suitcase", "backpack", "cart", "wheelbarrow",
                         "crate", "barrel", "jar", "vase", "car", "truck", "van", "boat", "oven", "fridge",
                         "refrigerator", "cage", "nest", "sack", "shopping_cart", "piggy_bank", "envelope", "well"})
_PUT = {"en": {"on": "{a} puts down {o} on {r}", "in": "{a} puts down {o} into {r}"},
        "de": {"on": "{a} legt {o} auf {r}", "in": "{a} legt {o} in {r}"}}
_THROW_AT = {"en": "{a} throws {o} at {r}", "de": "{a} wirft {o} auf {r}"}
_TAKING = frozenset({"pick_up", "take", "catch"})  # after these the thing is in the hand already


def placing_actions(ev: Event, sp: Any, actors: list[str]) -> list[str] | None:
    """The action sentences of a put-into/onto, a throw at, or a carry (``sp`` is the spine's speech helper:
    its ``lang``, ``cast``, ``concept``, ``thing`` and ``slots``); None for any other event."""
    if not actors or not ev.patient:
        return None
    if ev.verb == "carry":
        return _carry(ev, sp, actors)
    if ev.kind == "put_down" and ev.to_thing and (ev.patient_is_thing or _liftable(ev, sp)):
        a = actors[0]
        o, _, _ = sp.slots(ev)
        out = [] if _in_hand(ev, sp, a) else [sentence("pick_up", sp.lang, a=a, o=o)]
        return [*out, *_put_on(sp, a, o, ev.to_thing)]
    if ev.kind == "throw" and ev.patient_is_thing and (ev.recipient or ev.to_thing):
        o, _, _ = sp.slots(ev)
        target = ev.recipient or _phrase(sp, ev.to_thing, "acc")
        return [_THROW_AT[sp.lang].format(a=a, o=o, r=target) for a in actors[:3]]
    return None


def _carry(ev: Event, sp: Any, actors: list[str]) -> list[str]:
    from autark.story.uncast import liftable

    lang, a = sp.lang, actors[0]
    o, _, _ = sp.slots(ev)
    goal = _phrase(sp, ev.to_thing, "dat") if ev.to_thing else ev.recipient
    if not liftable(ev.patient, ev.patient_is_thing, sp.cast):
        if ev.patient_is_thing:  # a piano, a wardrobe: pushed there, not lifted
            return [sentence("push", lang, a=a, o=o)]
        # a sheep, a pony: led along, the two walking side by side to the goal
        walkers = [a, ev.patient]
        if goal:
            return [sentence("walk", lang, a=w, o=goal, w=goal) for w in walkers]
        return [sentence("walk", lang, a=a, o=ev.patient, w=ev.patient)] if ev.place or not ev.then else [
            sentence("walk", lang, a=w) for w in walkers]
    out = [] if _in_hand(ev, sp, a) else [sentence("pick_up", lang, a=a, o=o)]
    if _handed_on(ev, sp):  # "carries the kitten down and gives it to a girl": kept in the arms for that
        return [*out, sentence("walk", lang, a=a)]
    if ev.to_thing:
        return [*out, *_put_on(sp, a, o, ev.to_thing)]
    if ev.recipient:  # "carries the baby to its mother": to her, and set down by her
        return [*out, sentence("walk", lang, a=a, o=ev.recipient, w=ev.recipient),
                sentence("put_down", lang, a=a, o=o)]
    if (ev.place and len(sp.concept.stops) > 1) or not ev.then:  # "carries it home": the journey walks them
        return out  # there (story.journey_shots, whose reading of the journey took the put-down off: it happens
    # in the next set); carried across the one set ("across the meadow"), it is set down at the end of the walk
    return [*out, sentence("walk", lang, a=a), sentence("put_down", lang, a=a, o=o)]


def _put_on(sp: Any, a: str, o: str, goal: str) -> list[str]:
    """Set down on (into) the goal; a goal taller than a person reaches (a barn, a house, a bus) is walked
    to and the thing set down in front of it, never on its roof."""
    from autark.story.footprints import footprint

    size = footprint(goal)
    if size is not None and size[1] > _REACH_M:
        there = _phrase(sp, goal, "dat")
        return [sentence("walk", sp.lang, a=a, o=there, w=there), sentence("put_down", sp.lang, a=a, o=o)]
    how = "in" if goal in CONTAINERS else "on"
    there = _phrase(sp, goal, "dat")  # walked there first: a walk runs on at its own pace (jobs.shot_actions),
    return [sentence("walk", sp.lang, a=a, o=there, w=there),  # a put-down squeezed into its share of the
            _PUT[sp.lang][how].format(a=a, o=o, r=_phrase(sp, goal, "acc"))]  # shot never reached the sofa


_REACH_M = 1.6  # the top of a thing higher than this is out of reach: set down at its foot


def _liftable(ev: Event, sp: Any) -> bool:
    from autark.story.uncast import liftable

    return liftable(ev.patient, ev.patient_is_thing, sp.cast)


def _phrase(sp: Any, typ: str, case: str) -> str:
    np_ = sp.thing(typ)
    return getattr(np_, case) if sp.lang == "de" else np_.nom


def _in_hand(ev: Event, sp: Any, a: str) -> bool:
    """Did an earlier event put this thing in ``a``'s hand (picked up, taken, caught; found and picked up)?"""
    for e in sp.concept.events:
        if e is ev or e.at >= ev.at >= 0:
            break
        if e.patient == ev.patient and a in e.agents and (e.kind in _TAKING or e.then in _TAKING):
            return True
    return False


_HANDED_ON = frozenset({"give", "serve", "put_down", "throw", "feed", "hide"})


def _handed_on(ev: Event, sp: Any) -> bool:
    """Does a later event do something else with the thing carried (give it, throw it, put it away)?"""
    return any(e.at > ev.at and e.patient == ev.patient and e.kind in _HANDED_ON for e in sp.concept.events)


def set_down_apart(ev: Event, actions: list[str]) -> list[str]:
    """The set-down of a carry, for a shot of its own after the carrying (a walk runs on at its own pace, and a
    put-down after it in the same shot fell past the cut: the cat stayed in the arms); the same for a thing
    taken out of what it was found in (``story.finding_in``): the walk to the drawer, then a shot of the taking
    out and the look at it; [] for any other event."""
    from autark.story.finding_in import taken_out_apart
    from autark.story.slopes import slides_apart

    if ev.verb == "find":
        return taken_out_apart(actions)
    if slid := slides_apart(ev, actions):  # up the hill, then a shot of the slide down (story.slopes)
        return slid
    if ev.verb != "carry" or len(actions) < 3:
        return []
    return actions[-1:]
