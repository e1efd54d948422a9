"""How much the characters say, and how a story's words end (for ``story.spine``).

A film of 30 s where characters can speak has a line every few seconds: a shot with a voiced character in
it and nothing said gets a line from what happens there (its event's family, else what its first action
is). The ending's tone comes from how the idea turns last: "until" something ends what went on ("until an
avalanche chases them": a narrow escape; "until both fall asleep": quiet), "finally" is a relief, "but" a
reversal in the tone of what comes.
"""

from __future__ import annotations

import random
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from autark.story.analysis import Concept
    from autark.story.events import Event

__all__ = ["QUIET_VERBS", "can_speak_in", "LASTING", "ending_tone", "last_staged", "family_of_action", "LINE_EVERY_S"]

LINE_EVERY_S = 6.0  # at least one spoken line this often where characters can speak
# acts that go on to the end once begun: the ending does not make sleepers get up and wave
LASTING = frozenset({"sleep", "lie", "hide", "sit"})
_THREAT_REACTIONS = frozenset({"flee"})
# the act a shot's first action sentence names (its verb, English and German) -> the line family said there
# (walking, running and looking around say nothing of the story: "This way, I think." fits any film, so they
# have no family here and a shot of them gets its line from the story's events or none)
_ACTION_FAMILY = {
    "hides": "hide", "versteckt": "hide",
    "flees": "flee", "flieht": "flee", "sits": "sit", "setzt": "sit", "jumps": "jump", "springt": "jump", "sleeps": "sleep", "schläft": "sleep",
    "swims": "swim", "schwimmt": "swim", "climbs": "climb", "klettert": "climb", "flies": "fly", "fliegt": "fly",
    "drives": "drive", "fährt": "drive", "waves": "farewell", "winkt": "farewell", "laughs": "laugh",
    "lacht": "laugh", "cries": "cry", "weint": "cry", "hugs": "hug", "umarmt": "hug", "dances": "dance", "tanzt": "dance",
}  # a cheer ("celebrates", "klatscht") is a reaction: its line comes from what it reacts to


def ending_tone(key: Event, events: list[Event]) -> str:
    """The tone the story ends on, from its key event and the turn that brings it."""
    from autark.story.uncast import reaction_to

    if getattr(key, "outcome", "") == "failed":
        return "sad"  # "waits in vain", "never catches a fish": no celebration at the end
    if not key.agents and (key.subject or key.thing_does_it) and reaction_to(key) in _THREAT_REACTIONS:
        return "disaster"  # "until an avalanche chases them": they got away
    if key.turn == "finally" and key.tone != "sad":
        return "happy"
    if key.turn == "until" and key.kind in LASTING:
        return "calm"
    if key.turn == "until" and reaction_to(key) in _THREAT_REACTIONS:
        return "disaster"  # "until a fox scares them away": a fright they got over
    return key.tone


def last_staged(events: list[Event], concept: Concept) -> Event | None:
    """The last event the film shows (not one a change of the world shows for it)."""
    from autark.story.uncast import consumed

    gone = consumed(concept)
    return next((e for i, e in reversed(list(enumerate(events))) if i not in gone), None)


# verbs of a speaker who cannot talk now: asleep, or lying down to sleep (a sleeper's "Yawn" is its event's line)
QUIET_VERBS = frozenset({"sleeps", "schläft", "lies", "liegt", "faints", "stirbt", "dies"})


def can_speak_in(name: str, actions: list[str]) -> bool:
    """Is ``name`` awake and free to talk in a shot with these action sentences?"""
    return not any(a.split()[0] == name and len(a.split()) > 1 and a.split()[1] in QUIET_VERBS for a in actions)


def family_of_action(action: str) -> str:
    """The line family of an action sentence ("Tom walks to the right" -> walk), "" when none."""
    words = action.split()
    return _ACTION_FAMILY.get(words[1], "") if len(words) > 1 else ""


def shuffle_free(rng: random.Random) -> random.Random:
    """A generator of its own for the lines filled in, so they change no other choice the story makes."""
    return random.Random(rng.random())
