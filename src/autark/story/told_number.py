"""How many the narrator's words speak of, in the idea's own words: a German group by the idea's plural for it
("die Zwillinge" cast as two children: "zwei Zwillinge", never the member word "zwei kind"), and a verb the idea
said of several said of the one the film casts ("Lily und Finn wollen" told of Finn alone: "Finn will").
"""

from __future__ import annotations

import re

from autark.assets.templates import fold
from autark.story.idea_marks import SUBORDINATORS, TOKEN, ends_clause, plural_nominative

__all__ = ["group_word_de", "several_before", "singular_verb"]


def group_word_de(idea: str, word: str) -> str:
    """The German plural a group of cast members is told by: the idea's own word for them in the nominative
    ("die Zwillinge" cast as two of "kind": zwei Zwillinge), else the plural of their noun (zwei Kinder), never
    the member word in lower case ("zwei kind")."""
    from autark.story.roles import COLLECTIVES, MEMBER_PLURALS

    tokens = TOKEN.findall(idea)
    if any(fold(t) == fold(word) for t in tokens):
        return plural_nominative(word, "de")
    for t in tokens:  # the group word the members were cast for: "Zwillinge" -> kind kind
        members = COLLECTIVES.get(fold(t))
        if members and t[:1].isupper() and fold(word) in {fold(m) for m in members[1]} and fold(t) in MEMBER_PLURALS:
            return plural_nominative(t, "de")
    from autark.story.lexicon import plurals

    w = fold(word)
    many = sorted((p for p in plurals() if fold(p).startswith(w) and 0 < len(p) - len(w) <= 3), key=len)
    noun = many[0] if many else word
    return noun[:1].upper() + noun[1:]


_SEVERAL_WORDS = frozenset({"and", "und", "both", "beide", "two", "three", "four", "zwei", "drei", "vier", "they"})


def several_before(idea: str, at: int) -> bool:
    """Does the idea's clause name several before its verb at token ``at`` ("Lily und Finn wollen", "two
    sisters want")?"""
    tokens = TOKEN.findall(idea)
    start = at
    while start > 0 and at - start < 6 and fold(tokens[start - 1]) not in SUBORDINATORS and not ends_clause(
            idea, tokens, start):
        start -= 1
    return any(fold(t) in _SEVERAL_WORDS for t in tokens[start:at])


_MODALS_EN = frozenset({"can", "will", "must", "may", "might", "should", "would", "could", "shall"})
_SINGULAR_EN = {"are": "is", "have": "has", "do": "does", "go": "goes", "were": "was"}


def singular_verb(verb: str, lang: str) -> str:
    """A verb the idea said of several ("wollen", "spielen", "want") as said of one ("will", "spielt", "wants");
    a form that is already one's (or no present plural) stays."""
    low = verb.lower()
    if lang == "de":
        from autark.story.verb_number import _PLURAL_DE

        one = {many: single for single, many in _PLURAL_DE.items() if single not in ("läd",)}
        if low in one:
            return one[low]
        if not verb[:1].islower() or not low.endswith(("en", "ern", "eln")) or len(low) < 5:
            return verb
        stem = verb[:-2] if low.endswith("en") else verb[:-1]  # "spielen": spiel, "wandern": wander
        needs_e = stem.endswith(("d", "t")) or re.search(r"([^aeiouäöülrh]|[^aeiouäöü]h)[mn]$", stem)  # arbeitet,
        # rechnet, atmet (wohnt)
        return stem + ("et" if needs_e else "t")
    if low in _SINGULAR_EN:
        return _SINGULAR_EN[low]
    if not verb[:1].islower() or low in _MODALS_EN or low.endswith(("s", "ed")) or len(low) < 2:
        return verb
    if low.endswith("y") and low[-2:-1] not in "aeiou":
        return verb[:-1] + "ies"
    return verb + ("es" if low.endswith(("ch", "sh", "x", "z", "o")) else "s")
