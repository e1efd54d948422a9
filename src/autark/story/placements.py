"""Where a thing is from the idea's first mention of it: on or in another thing ("the cherry on top of the cake",
"der Stern auf dem Weihnachtsbaum", "the apple in the basket", "das Glas auf dem Tisch"), or taken, knocked or
falling from it ("takes the apple out of the basket", "knocks the vase off the shelf", "nimmt das Buch aus dem
Regal"). The thing is then a prop placed on its support (``Prop.placement``: "on the cake", "in the basket"), which
the command engine sets on the top of the support's box (``autark.language.placement``); production keeps it on
the support as the support moves and lowers a thing into a container (``autark.jobs.stacking``).

A thing put, thrown or dropped there by an event of the idea ("puts the star on top of the tree", "legt das Buch
auf den Tisch") is not there before the act: the act takes it there (``story.placing``, ``jobs.landings``).
German tells the two apart by the case too: "auf dem Tisch" (where it is) against "auf den Tisch" (where it goes).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, NamedTuple

from autark.assets.templates import fold
from autark.story.lexicon import idea_words
from autark.story.places import props_for
from autark.story.placing import CONTAINERS

if TYPE_CHECKING:
    from autark.story.concept import Concept
    from autark.story.screenplay import Prop

__all__ = ["Placement", "first_placements", "placed_props", "ON", "IN"]

ON, IN = "on", "in"
# (folded) words that say where a thing is, after its noun: on, in, or from (then it was on or in it before)
_ON = frozenset({"on", "upon", "atop", "auf", "obenauf", "ontop", "oben"})
_IN = frozenset({"in", "inside", "im", "within", "drin", "drinnen"})
_FROM = frozenset({"from", "off", "out", "aus", "vom", "von"})
# what may stand between the thing's noun and its support's: articles, possessives, "top of", adjectives
_BETWEEN = frozenset({"the", "a", "an", "his", "her", "their", "its", "my", "our", "your", "top", "of", "dem", "der",
                      "den", "des", "einem", "einer", "seinem", "seiner", "ihrem", "ihrer", "unserem", "meinem",
                      "meiner", "big", "small", "little", "old", "new", "great", "large", "tall", "high",
                      "grossen", "kleinen", "alten", "hohen", "neuen", "schonen", "runden", "bunten"})
# the verbs of being somewhere that may stand between ("an apple lies in the basket", "der Stern steht oben auf")
_BEING = frozenset({"is", "are", "was", "lies", "lay", "sits", "sat", "stands", "stood", "hangs", "hung", "rests",
                    "ist", "sind", "war", "liegt", "lag", "sitzt", "sass", "steht", "stand", "hangt", "hing", "thront"})
# German articles after "auf"/"in" that name where a thing goes, not where it is (accusative)
_GOING = frozenset({"den", "das", "einen", "ein", "seinen", "ihren", "meinen"})
_SENDING_KINDS = frozenset({"put_down", "throw", "pour", "kick", "knock"})
# the words after a container that say what fills it (its contents follow): "full of", "of", "with", "voller"
_FULL = frozenset({"full", "filled", "packed", "stuffed", "of", "with", "voller", "voll", "gefuellt", "mit", "von"})
# what can hold things: the placing containers and other vessels a thing is read as
_HOLDERS = CONTAINERS | {"tin_can", "can", "tin", "bottle", "glass", "cauldron", "tub", "trunk", "purse", "wallet",
                         "lunchbox", "bowl", "plate", "tray", "cooking_pot", "jug", "pitcher", "teapot", "sack"}
_MAX_GAP = 5  # words between the thing and its support at most


class Placement(NamedTuple):
    """A thing (its type) on or in (``relation``: ``ON``, ``IN``) its support (a type)."""

    thing: str
    relation: str
    support: str


def _relation(between: list[str]) -> str:
    """ON, IN or "" for the words between a thing's noun and its support's ("on top of the", "im", "aus dem")."""
    between = [w for w in between if w not in _BEING]
    if not between or any(w not in _ON | _IN | _FROM | _BETWEEN for w in between):
        return ""
    first = between[0]
    if first in ("auf", "in") and len(between) > 1 and between[1] in _GOING:
        return ""  # "auf den Tisch", "in den Korb": where it goes
    if first in _ON or "top" in between:
        return ON
    if first in _IN:
        return IN
    if first in _FROM:
        return IN if first in ("out", "aus") else ON
    return ""


def first_placements(concept: Concept) -> list[Placement]:
    """The things the idea has on or in another thing from their first mention (see the module doc), in the order
    the idea names them; a thing an event puts or sends there is left out."""
    words = idea_words(concept.idea)
    by_word: dict[str, list[str]] = {}  # "birthday" names the cake, the balloon and the gift of "birthday cake"
    for o in concept.objects:
        if o.word and o.type:
            by_word.setdefault(fold(o.word), []).append(o.type)

    def kind(j: int) -> str:
        """The thing the word at j names: of several, the one the next word names ("birthday cake")."""
        kinds = by_word.get(words[j], [])
        after = set(words[j + 1:j + 2])
        return next((k for k in kinds if fold(k).split("_")[-1] in after), kinds[0] if kinds else "")

    out: list[Placement] = []
    for i, w in enumerate(words):
        thing = kind(i)
        if not thing or any(p.thing == thing for p in out) or words.index(w) != i:
            continue  # its first mention only
        on_top = _with_on_top(words, i, kind)  # "the cake with a cherry on top", "die Torte mit Kirsche obendrauf"
        if on_top and on_top != thing:
            out.append(Placement(thing, ON, on_top))
            continue
        held = _contents(words, i, kind) if thing in _HOLDERS else ""  # "a box full of letters", "ein Korb
        if held and held != thing and not any(p.thing == held for p in out):  # voller Äpfel": in it
            out.append(Placement(held, IN, thing))
            continue
        for j in range(i + 1, min(len(words), i + _MAX_GAP + 2)):
            support = kind(j)
            if not support:
                continue
            if support in props_for(words[j]):  # "seinen Ballon auf dem Jahrmarkt": the place, whose stall it
                break  # brings is no table for the balloon
            relation = _relation(words[i + 1:j])
            if relation == ON and words[i + 1] in _FROM and support in CONTAINERS:  # "from the basket": in it
                relation = IN
            if relation and support != thing and not _sent(concept, thing, i, words[i + 1:j]):
                out.append(Placement(thing, relation, support))
            break
    return out


def _contents(words: list[str], i: int, kind: Callable[[int], str]) -> str:
    """The thing a container at ``i`` holds where the idea says so after it ("a box full of letters", "a jar of
    honey", "a basket with eggs", "eine Dose voller Kekse", "ein Korb voll mit Äpfeln", "gefüllt mit"), else ""."""
    j = i + 1
    while j < len(words) and words[j] in _FULL:
        j += 1
    if j == i + 1:
        return ""
    for k in range(j, min(len(words), j + 3)):  # past an article or a describing word
        if kind(k):
            return kind(k)
        if words[k] not in _BETWEEN and not words[k].endswith(("e", "en", "er", "es")):
            return ""
    return ""


def _with_on_top(words: list[str], i: int, kind: Callable[[int], str]) -> str:
    """The thing the word at ``i`` is on top of where the idea says "<support> with (a) <thing> on top" or "mit
    ... obenauf/obendrauf/oben drauf", else ""."""
    after = words[i + 1:i + 3]
    if not (after[:2] == ["on", "top"] or after[:1] in (["obenauf"], ["obendrauf"], ["drauf"])
            or after[:2] == ["oben", "drauf"]):
        return ""
    for k in range(i - 1, max(-1, i - 4), -1):
        if words[k] in ("with", "mit"):
            return kind(k - 1) if k > 0 else ""
    return ""


def _sent(concept: Concept, thing: str, at: int, between: list[str]) -> bool:
    """Does an event before the thing's mention send it there ("puts the star on top of the tree")? Taken or
    knocked from it, it was there before all the same."""
    if between and between[0] in _FROM:
        return False
    return any(ev.patient == thing and ev.at < at and (ev.kind in _SENDING_KINDS or ev.verb in ("drop", "put", "place"))
               for ev in concept.events)


def placed_props(concept: Concept, props: list[Prop]) -> list[Prop]:
    """``props`` with each thing the idea has on or in another (``first_placements``) placed there: its
    ``placement`` says so ("on the cake", "in the basket"), and it comes after its support in the list (the
    command engine places it on a support that is there already). A thing already placed (on a stand it is taken
    from) keeps its place."""
    out = list(props)
    for p in first_placements(concept):
        k = next((n for n, q in enumerate(out) if q.type == p.thing and not q.placement), None)
        s = next((n for n, q in enumerate(out) if q.type == p.support), None)
        if k is None or s is None:
            continue
        phrase = "on the" if p.relation == ON else "in the"
        moved = out[k].model_copy(update={"position": None,
                                          "placement": f"{phrase} {p.support.replace('_', ' ')}"})
        del out[k]
        s = next(n for n, q in enumerate(out) if q.type == p.support)
        out.insert(s + 1, moved)
    return out
