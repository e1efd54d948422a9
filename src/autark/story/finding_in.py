"""A thing found in, on or under another thing: "finds the key under the doormat", "the letter in a drawer",
"findet den Ring im Vogelnest", "die Brille unter dem Sofa", "the map in an old chest".

The place it was found is a thing of the set (``story.presence`` has the found thing turn up at its foot as the
shot of the find begins), so the finder goes to it, bends down to it to reach in or under, takes the thing out
and looks at it in the hand; whoever finds it with them comes along and looks at it too. A find with no such place
("finds a key in the forest"), or of someone rather than something, is staged as before (``find_in_actions``
returns None).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from autark.story.verbs import sentence

if TYPE_CHECKING:
    from autark.story.events import Event

__all__ = ["find_in_actions", "found_in_place", "taken_out_apart"]


def found_in_place(ev: Event, concept: Any) -> str:
    """The type of the thing ``ev`` finds its thing in, on or under ("" for none): one of the idea's things,
    named after "in", "under", "im", "unter" ... near the find (``story.presence`` reads it the same way)."""
    from autark.story.presence import _found_in

    if ev.verb != "find" or not ev.patient or not ev.patient_is_thing:
        return ""
    nxt = next((e.at for e in concept.events if e.at > ev.at), -1)
    where = _found_in(concept, ev, nxt)
    return where if where and where != ev.patient else ""


def find_in_actions(ev: Event, sp: Any, actors: list[str]) -> list[str] | None:
    """The action sentences of a find in, on or under a thing of the set (``sp`` is the spine's speech helper:
    its ``lang``, ``concept``, ``thing`` and ``slots``); None for any other event."""
    from autark.story.uncast import liftable

    if not actors or "pick_up" not in (ev.kind, ev.then):  # found and taken; a find going on (the thing in
        return None  # the hand already, ``then`` left off) is the look at it it was before
    where = found_in_place(ev, sp.concept)
    if not where or not liftable(ev.patient, True, sp.cast):
        return None
    lang, a = sp.lang, actors[0]
    o, _, _ = sp.slots(ev)
    np_ = sp.thing(where)
    there = np_.dat if lang == "de" else np_.nom
    out = [sentence("walk", lang, a=a, o=there, w=there),  # to the place, not to the thing still in it
           sentence("pick_up", lang, a=a, o=o)]  # down to it, reaching in or under, and taken out into the hand
    # (no kneel of its own before it: a kneel and a pick-up in the shot after the walk left the letter lying)
    seen = _as_seen(sp, ev)  # then looked at in the hand, and by whoever came along
    out += [sentence("look", lang, a=b, o=seen) for b in [a, *actors[1:3]]]
    return out


def _as_seen(sp: Any, ev: Event) -> str:
    np_ = sp.thing(ev.patient)
    return np_.acc if sp.lang == "de" else np_.nom


_WALK_WORDS = (" walks to ", " geht zu ")


def taken_out_apart(actions: list[str]) -> list[str]:
    """Of a find's actions as ``find_in_actions`` stages them (a walk to the place first, then the taking out
    and the looks), all after the walk, for a shot of their own: the walk runs on at its own pace,
    and a taking out squeezed in after it fell past the cut (the letter still lay by the drawer); [] for a find
    staged otherwise."""
    if len(actions) < 3 or not any(w in actions[0] for w in _WALK_WORDS):
        return []
    return actions[1:]
