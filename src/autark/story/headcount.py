"""How many of one kind an idea asks for, and how many of them are shown.

``story.sizes.count_before`` reads the number words of the one vocabulary ("three sailors", "sieben
Nachbarn"); this module reads what the vocabulary's number table does not hold: numbers written in digits
("5 pirates"), dozens ("a dozen children", "zwei Dutzend Schüler", "half a dozen ducks") and the nouns of a
group of some size ("a band of musicians", "a herd of cows", "ein Rudel Wölfe", "eine Schar Kinder").

A film shows at most ``MOST_OF_ONE_KIND`` bodies of one word and ``MOST_CAST`` in all: more do not fit a shot
that still shows faces, so "twenty children" are eight, and the plan says how many were shown
(``shown_note``).
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache

__all__ = ["MOST_OF_ONE_KIND", "MOST_CAST", "GROUP_SIZE", "MANY", "CHILDREN", "bare_plural", "count_word", "group_noun_count", "shown", "cast_count", "number_before",
           "shown_note"]

MOST_OF_ONE_KIND = 8  # bodies of one word: "a dozen children" are eight
MOST_CAST = 10  # bodies in all (``autark.limits.MAX_CHARACTERS_PER_SCENE``)
GROUP_SIZE = 5  # how many a group noun is ("a gang of thieves", "eine Horde Kinder")
MANY = 8  # "dozens of", "Dutzende": as many as are shown
CHILDREN = 3  # "the children", "die Kinder": a group at play, not a pair (a pair is "two children")


def bare_plural(kind: str) -> int:
    """How many a bare plural of people is ("the children" ``CHILDREN``, "the neighbours" two), by its lexicon
    group or body type."""
    return CHILDREN if kind in ("child", "children", "kid") else 2
_DOZENS = {"dozen": 12, "dutzend": 12, "score": 20}
_MANY_WORDS = frozenset({"dozens", "dutzende", "dutzenden", "hundreds", "hunderte", "hunderten", "scores",
                         "lots", "crowds", "scharen", "massen"})
_HALF = frozenset({"half", "halbes", "halbe", "halben"})
# a noun for a group of some size: with "of" after it ("a band of musicians", "eine Gruppe von Kindern"), and
# German ones also without ("ein Rudel Wölfe", "eine Schar Kinder")
_GROUP_NOUNS_OF = frozenset({
    "group", "groups", "band", "gang", "crowd", "herd", "flock", "pack", "troop", "troupe", "bunch", "swarm",
    "school", "team", "crew", "party", "horde", "tribe", "army", "brood", "litter", "colony", "choir", "class",
    "mannschaft", "klasse", "familie", "heer", "armee", "chor", "menge",
})
_GROUP_NOUNS_DE = frozenset({"gruppe", "bande", "herde", "rudel", "schwarm", "schar", "horde", "haufen", "truppe",
                             "trupp", "meute", "kolonne", "sippe", "wurf"})
_OF = frozenset({"of", "von"})


@cache
def _numbers() -> dict[str, int]:
    from autark.assets.templates import fold
    from autark.language import lang as vocabulary

    return {fold(w): n for w, n in vocabulary.NUMBERS.items() if n >= 2}


def _number(word: str) -> int | None:
    """The number a single folded word says: digits ("5"), a number word of the vocabulary ("seven", "sieben")."""
    if word.isdigit():
        return int(word) or None
    return _numbers().get(word)


def count_word(folded: Sequence[str], j: int) -> int | None:
    """How many the word at ``j`` says, with the words just before it: "5" -> 5, "a dozen" -> 12, "zwei
    Dutzend" -> 24, "half a dozen" -> 6, "dozens" -> ``MANY``; None where it is no count the number table
    lacks (its plain number words are read by ``story.sizes.count_before``)."""
    word = folded[j]
    if word.isdigit():
        return int(word) if int(word) >= 1 else None
    if word in _MANY_WORDS:
        return MANY
    if word in _DOZENS:
        prev = folded[j - 1] if j else ""
        if prev in ("a", "an", "ein", "eines") and j > 1 and folded[j - 2] in _HALF or prev in _HALF:
            return _DOZENS[word] // 2  # "half a dozen", "ein halbes Dutzend"
        n = _number(prev) if prev else None
        return _DOZENS[word] * (n or 1)
    return None


def number_before(folded: Sequence[str], k: int) -> int:
    """The number one or two words before ``k`` say ("five animals", "drei kleine Tiere", "2 crews"), 0 for none."""
    for j in range(k - 1, max(k - 3, -1), -1):
        n = count_word(folded, j) or _number(folded[j])
        if n:
            return n
    return 0


def group_noun_count(folded: Sequence[str], k: int) -> int | None:
    """How many the group noun before word ``k`` says: "a band of musicians", "a herd of cows", "ein Rudel
    Wölfe", "eine Gruppe von Kindern" are ``GROUP_SIZE``; "a group of three children" is left to the number."""
    if k >= 2 and folded[k - 1] in _OF and folded[k - 2] in _GROUP_NOUNS_OF | _GROUP_NOUNS_DE:
        return GROUP_SIZE
    if k >= 1 and folded[k - 1] in _GROUP_NOUNS_DE:
        return GROUP_SIZE
    return None


def shown(count: int, most: int = MOST_OF_ONE_KIND) -> int:
    """How many of ``count`` asked for are cast: all, up to ``most``."""
    return max(1, min(count, most))


def shown_note(word: str, count: int, shown_count: int, lang: str) -> str:
    """The plan's note when fewer are shown than asked for."""
    if lang == "de":
        return f"{count} {word}: {shown_count} sind zu sehen (mehr passen nicht ins Bild)"
    return f"{count} {word} asked for: {shown_count} are shown (more do not fit a shot)"


def cast_count(count: int, word: str, lang: str, notes: list[str]) -> int:
    """How many of ``count`` bodies for ``word`` are cast, with a note in ``notes`` where fewer are shown."""
    n = shown(count)
    if n < count:
        note = shown_note(word, count, n, lang)
        if note not in notes:
            notes.append(note)
    return n
