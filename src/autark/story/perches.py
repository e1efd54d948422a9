"""Who is up on something high as the story begins: "a firefighter rescues a cat from a tree", "a kitten stuck
up a tree", "ein Feuerwehrmann rettet die Katze vom Baum", "der Vogel auf dem Dach".

An animal of the cast and a high thing of the idea named after "in", "up", "on", "from", "auf", "vom" ... are a
perch: the story's first shot has the animal sit up there (``autark.motion.perches`` puts it on a branch at the
front of the crown, on a roof's ridge, on a table), so the one who rescues it takes it down into their arms.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from autark.story.analysis import Concept
from autark.story.screenplay import CastMember
from autark.story.thing_words import BEFORE_WORDS as _BEFORE_WORDS
from autark.story.thing_words import BETWEEN as _BETWEEN

__all__ = ["PERCH_TYPES", "perches", "small_animal", "stays_up"]

# the high things an animal gets stuck on or sits up on
PERCH_TYPES = frozenset({"tree", "apple_tree", "palm_tree", "pine_tree", "oak", "house", "barn", "roof", "shed",
                         "wall", "fence", "table", "shelf", "cupboard", "car", "truck", "bus", "castle_tower",
                         "lighthouse", "windmill", "chimney", "rock"})
_UP_WORDS = frozenset({"in", "up", "on", "onto", "from", "off", "atop", "of", "auf", "im", "vom", "von", "oben",
                       "aufs", "am", "an"})
# "in" puts an animal up only where it sits among branches ("a cat in the tree"); in a barn, a house or a car it is
# inside, on the floor ("the cat catches the mouse in the barn" had sat the cat on the barn's roof, and no catch
# could be staged from up there)
_INSIDE_WORDS = frozenset({"in", "im"})
_AMONG_BRANCHES = frozenset({"tree", "apple_tree", "palm_tree", "pine_tree", "oak"})
_PERCHER_M = 1.2  # an animal this tall or smaller gets up a tree or onto a roof (a cat, an owl; not a horse)


def small_animal(member: CastMember) -> bool:
    """Whether a cast member is an animal small enough to get up a tree or onto a roof (a cat, an owl)."""
    from autark.assets.library import get, person_kind
    from autark.motion import rig_info

    rig = rig_info(member.type)
    if rig is None or rig.has_legs or person_kind(member.type):
        return False
    spec = get(member.type)
    return spec.bounds_max[1] - spec.bounds_min[1] <= _PERCHER_M


def perches(concept: Concept, cast: Sequence[CastMember]) -> list[tuple[str, str]]:
    """(animal's name, thing's type) for each small animal the idea names just before a high thing it is up
    on ("a cat in the tree", "rescues a kitten from the roof"), at most one per thing. A thing named as the
    place ("picks apples in the orchard and feeds his horse") has no animal before it and holds nobody."""
    words = re.findall(r"[^\W\d_]+", concept.idea.lower())
    small = {c.name for c in cast if small_animal(c)}
    named = [(ch.name, ch.word.lower()) for ch in concept.characters if ch.name in small and ch.word]
    if not named:
        return []
    out: list[tuple[str, str]] = []
    # one who climbs up it in the story starts on the ground ("a cat climbs up the tree": up there by the climb)
    climbs = {(a, e.patient) for e in concept.events if e.kind == "climb" for a in e.agents}
    from autark.story.knocked_off import knocked_off_from  # who knocks a thing off it goes to it from below

    climbs |= {(a, knocked_off_from(e, concept.idea, concept.objects)) for e in concept.events for a in e.agents}
    named = [(name, word) for name, word in named if not any((name, o.type) in climbs for o in concept.objects)]
    for thing in concept.objects:
        if thing.type not in PERCH_TYPES or not thing.word:
            continue
        own = thing.word.lower().split()[0]  # a phrase by its first word ('apple tree')
        for k, w in enumerate(words):
            if not (w == own or (len(own) > 3 and w.startswith(own))):
                continue
            j = k - 1
            while j >= 0 and words[j] in _BETWEEN:
                j -= 1
            if j < 0 or words[j] not in _UP_WORDS or (words[j] in _INSIDE_WORDS and thing.type not in _AMONG_BRANCHES):
                continue
            before = words[max(0, j - _BEFORE_WORDS):j]
            who = next((name for name, word in named if name not in {a for a, _t in out}
                        and any(b == word or b.startswith(word) for b in before)), None)
            if who is not None:
                out.append((who, thing.type))
                break
    return out


def stays_up(animal: str, actions: list[str], keep_first_sit: bool = False) -> list[str]:
    """``actions`` without the acts of ``animal`` after it got up on its perch: any act of its own (a walk, a
    jump, even a look about) ends its seat and puts it on the ground below (``motion.chain``), so it sits still
    up there until someone takes it down. ``keep_first_sit``: the first shot's sit that puts it up there stays."""
    out, sat = [], not keep_first_sit
    for a in actions:
        if a.startswith(f"{animal} "):
            if sat or not _SITS.search(a):
                continue
            sat = True
        out.append(a)
    return out


_SITS = re.compile(r" (sits|setzt sich) (on|in|auf)\b")
