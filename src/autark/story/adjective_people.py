"""German adjectives and participles used as nouns for people: "zwei Verliebte", "der Verletzte", "eine Fremde",
"ein Alter", "die Verlorene". German writes them with a capital after an article; the word list has them only
in lower case (an adjective, a participle), so a reading by the tables took "Verliebte" for an act (verlieben)
and "Alte" for a mood. A German speaker reads them as the people the adjective describes.

The article tells who: a neuter one ("das Gute", "das Neue") is an idea, never a person; "der Verletzte", "ein
Alter" a man, "die Verlorene" a woman or, with "-en" or a number, several ("die Verletzten", "zwei Verliebte").
"""

from __future__ import annotations

from collections.abc import Sequence

__all__ = ["adjective_person_at", "person_key", "adjective_noun"]

# the German determiners, numbers and quantifiers that may stand before a noun, folded (no neuter singular ones:
# "das Gute", "ein Neues" are ideas, not people)
_PERSON_DETERMINERS = frozenset({
    "der", "die", "den", "dem", "des", "ein", "eine", "einen", "einem", "einer", "zwei", "drei", "vier", "fuenf",
    "viele", "vielen", "alle", "allen", "beide", "beiden", "einige", "mehrere", "manche", "keine", "kein", "jeder",
    "jede", "jedem", "jeden", "sein", "seine", "seinen", "seinem", "seiner", "ihr", "ihre", "ihren", "ihrem",
    "ihrer", "mein", "meine", "unser", "unsere", "dieser", "diese", "diesen", "diesem"})
# the endings a German adjective takes after a determiner (folded)
_ENDINGS = ("e", "er", "en")
# lower-case describing words that may stand between the determiner and the noun ("der alte Verletzte")
_BETWEEN = 2


def adjective_person_at(tokens: Sequence[str], folded: Sequence[str], k: int) -> bool:
    """Whether the German word at ``k`` is an adjective or participle used as a noun for a person: written with a
    capital after a determiner (past up to two lower-case describing words), with an adjective's ending, and
    listed by the German word list only in lower case ("Verliebte", "Verletzte", "Müde", "Alter")."""
    token, word = tokens[k], folded[k]
    if k == 0 or not token[:1].isupper() or not word.endswith(_ENDINGS) or len(word) < 4:
        return False
    determiner = next((j for j in range(k - 1, max(k - 2 - _BETWEEN, -1), -1)
                       if folded[j] in _PERSON_DETERMINERS or not tokens[j][:1].islower()), -1)
    if determiner < 0 or folded[determiner] not in _PERSON_DETERMINERS:
        return False
    if not all(tokens[j][:1].islower() and folded[j].endswith(_ENDINGS) for j in range(determiner + 1, k)):
        return False  # only describing words between ("der alte Verletzte"), never a noun or a verb
    return _adjective_forms(word)


def _adjective_forms(word: str) -> bool:
    """Whether the folded ``word`` is an adjective's form whose other forms the German list has, each only in
    lower case: "verliebt-e/-en/-em", "alt-e/-en/-em" (a verb's form, "blätter", has no "-em"; a noun the list
    lacks in some forms, "Blätter", no lower-case one)."""
    from autark.story import dictionary

    ending = next((e for e in sorted(_ENDINGS, key=len, reverse=True) if word.endswith(e)), "")
    base = word[: -len(ending)] if ending else word
    return bool(ending) and all(dictionary.german_noun(base + end) is False for end in ("e", "en", "em"))


def adjective_noun(noun: str) -> bool:
    """Whether the German ``noun`` is an adjective or participle written as one ("Verletzte", "Verliebte",
    "Fremder"), not a noun of its own the vocabulary casts ("Junge" is a boy, though "junge" is an adjective)."""
    from autark.assets.templates import fold
    from autark.story.lexicon import lexicon

    word = fold(noun)
    if not noun[:1].isupper() or any(h.category in ("character", "object", "setting") and h.key != "person"
                                     for h in lexicon().lookup(word)):
        return False
    return _adjective_forms(word)


def person_key(folded: Sequence[str], k: int) -> str:
    """Who the adjective person at ``k`` is, by its determiner and ending: "man" ("der Verletzte", "ein Alter"),
    "woman" ("die Verlorene", "eine Fremde"), or "person" for several ("zwei Verliebte", "die Armen") or where the
    article does not tell ("den Verletzten", "dem Alten")."""
    determiner = next(folded[j] for j in range(k - 1, -1, -1) if folded[j] in _PERSON_DETERMINERS)
    word = folded[k]
    if determiner in ("der", "ein", "jeder", "dieser", "kein", "sein", "ihr", "mein", "unser") and (
            word.endswith("er") or determiner == "der" and word.endswith("e")):
        return "man"
    if determiner in ("die", "eine", "jede", "diese", "keine", "seine", "ihre", "meine", "unsere") and word.endswith(
            "e"):  # (several of them take "-en" after "die": "die Verletzten")
        return "woman"
    return "person"
