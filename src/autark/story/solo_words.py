"""What one alone says draws on: which deeds are handiwork, feats, over in a moment or unmeant, who the film's one
speaker is, and which lines are fresh. Shared by ``story.solo_lines`` (the lone track), ``story.talk_on``,
``story.turn_reactions`` and ``story.lone_asides``, below all four so that none imports another to ask."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from autark.story.shot_plans import ShotPlan, _Speech

__all__ = ["FEATS", "MOMENTARY", "UNMEANT", "WORK", "fresh", "lone_speaker", "said_key"]

# the families of work done on a thing with one's hands, where "Careful... careful with it" is said
WORK = frozenset({"repair", "build", "cook", "paint", "sew", "garden", "carry", "clean", "magic", "invent", "fish",
                  "catch", "bake", "craft", "write", "read", "pour", "wrap", "decorate", "dig", "juggle"})
# acts that are a feat once done: "I knew I could do it" after them, never after a walk or a ride
FEATS = frozenset({"build", "cook", "repair", "catch", "fish", "find", "jump", "learn", "invent", "paint", "garden",
                   "land", "climb", "help", "rescue", "win", "bake", "craft", "juggle", "magic", "sew", "fly"})
# deeds over in a moment or that are no effort (a throw, a taste, a look, a gift): nobody keeps at them step by step
MOMENTARY = frozenset({"eat", "drink", "taste", "feed", "look", "see", "watch", "give", "throw", "kiss", "hug", "smell",
                       "sing", "talk", "wave", "greet", "meet", "sleep", "wake", "sit", "stand", "laugh", "play", "dance",
                       "serve", "show", "say", "call", "pet", "listen", "wait", "rest"})
# what comes upon one rather than what one sets out to do: no "Today is the day." or "Here goes nothing." before
# a find, a fall, a chase or a rescue (their own family's words are said there: "Hold on, I am coming!")
UNMEANT = frozenset({"flee", "chase", "help", "fall", "find", "lose", "drop", "scare", "startle", "fight", "cry",
                     "spill", "break", "hide", "extinguish", "scream", "trip", "crash", "burn"})


def said_key(line: str) -> str:
    """The key a line is known by among those said (``spine_words._said_key``)."""
    from autark.story.spine_words import _said_key

    return _said_key(line)


def lone_speaker(plans: list[ShotPlan], sp: _Speech) -> str:
    """The film's one speaker where only one of the cast can speak (others mute, hidden or absent); "" else."""
    voiced = [c.name for c in sp.cast if c.name in sp.voiced and c.name not in sp.hidden]
    return voiced[0] if len(voiced) == 1 else ""


def fresh(options: list[str], values: dict[str, str], said: set[str]) -> list[str]:
    """The options not yet said in the film (as they would be filled in)."""
    from autark.story.exchanges import _Blank

    return [o for o in options if said_key(o.format_map(_Blank(values))) not in said]
