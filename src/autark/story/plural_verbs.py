"""A word that names a thing or a creature in the tables but stands where a plural subject's verb does is that
verb: "the lights flicker" (no woodpecker called a flicker), "two teenagers skateboard in the park" (no board
of teenagers), "the candles glow", "they ship the crates". English only: a plural verb has no ending, so the
noun tables would read it as one more thing.

The subject is the word before: "they"/"we", a plural noun (ends in -s, and is a thing or creature the
tables know or follows an article or a number), or the last of two beings joined by "and" ("a girl and her
grandmother light candles": no light for a title, no act lost). The word must be a verb in English (the verb table, else a
verb sense in WordNet) and the clause must have no verb yet; a verb right after it means it was a noun of a
compound ("the kids ball rolls away").
"""

from __future__ import annotations

from autark.story.lexicon import Hit, names_being

__all__ = ["verb_after_plural"]

_PLURAL_SUBJECTS = frozenset({"they", "we"})
_BEFORE_PLURAL = frozenset({"the", "two", "three", "four", "five", "six", "seven", "ten", "all", "some", "many",
                            "several", "his", "her", "their", "our", "my", "your", "these", "those", "both"})
_CLAUSE_STARTS = frozenset({"and", "but", "until", "when", "while", "then", "as", "because", "before", "after",
                            "so", "if", "where"})
_NOT_VERBS = frozenset({"and", "or", "but", "of", "in", "on", "at", "to", "with", "the", "a", "an", "then", "while",
                        "when", "as", "from", "by", "for", "into", "over", "under", "near", "all", "both"})


def _plural_subject(k: int, folded: list[str], meanings: list[list[Hit]]) -> bool:
    prev = folded[k - 1]
    if prev in _PLURAL_SUBJECTS or _coordinated(k, folded, meanings):
        return True
    if not (prev.endswith("s") and not prev.endswith("ss") and len(prev) > 3):
        return False
    if any(h.category in ("object", "character", "stand_in", "light") for h in meanings[k - 1]):
        return True
    return k >= 2 and (folded[k - 2] in _BEFORE_PLURAL or _counted(folded, k - 1)) and not meanings[k - 1]
    # ("two teenagers", "nine scouts", "12 pupils": unknown yet)


def _coordinated(k: int, folded: list[str], meanings: list[list[Hit]]) -> bool:
    """Whether the word before ``k`` ends a subject of two joined by "and" ("a girl and her grandmother light
    candles", "two chefs and a waiter cook dinner"): a plural however singular its last noun is."""
    if not names_being(meanings[k - 1]):
        return False
    j = k - 2
    while j >= 1 and folded[j] in _SINGULAR_BEFORE | _BEFORE_PLURAL and folded[j] != "all":
        j -= 1  # the joined noun's article, number or possessive
    return j >= 1 and folded[j] == "and" and names_being(meanings[j - 1])


def _counted(folded: list[str], k: int) -> bool:
    """Whether the word at ``k`` follows a number ("nine scouts", "12 pupils", "a dozen hikers")."""
    from autark.story.headcount import number_before

    return k >= 1 and number_before(folded[:k + 1], k) > 1 and (folded[k - 1].isdigit() or folded[k - 1] not in (
        "a", "an", "the"))


def _is_verb(word: str) -> bool:
    from autark.language import wordnet
    from autark.story import verbs as verb_table

    if wordnet.available():  # a plain form ("ring", "flicker"), not a form in -ing or -ed ("dancing")
        return bool(wordnet.synsets(word, "verb")) and word in wordnet.base_forms(word, "verb")
    return verb_table.verb(word, "en") is not None and not word.endswith(("ing", "ed"))


def _new_singular_subject(k: int, folded: list[str], meanings: list[list[Hit]]) -> bool:
    """A word the tables do not know yet (a person word read later: "the stepfather") right after an article."""
    return k >= 2 and not meanings[k - 1] and not folded[k - 1].endswith("s") and folded[k - 2] in _SINGULAR_BEFORE


_SINGULAR_BEFORE = frozenset({"the", "a", "an", "his", "her", "their", "my", "our", "your", "its"})


def _third_person(word: str) -> bool:
    """Whether ``word`` is an English verb's -s form ("cooks", "watches"), by WordNet."""
    from autark.language import wordnet

    if not wordnet.available() or not word.endswith("s"):
        return False
    return any(b != word and wordnet.synsets(b, "verb") for b in wordnet.base_forms(word, "verb"))


def verb_after_plural(k: int, folded: list[str], meanings: list[list[Hit]], verbs: list,
                      breaks: set[int]) -> bool:
    """Whether the English word at ``k`` (a noun in the tables, or unknown) is the verb of the subject right
    before it, in a clause that has no verb yet: a plain form after a plural subject ("the lights flicker"), or
    an -s form after a person word the tables read only later ("the stepfather cooks soup")."""
    word = folded[k]
    if k < 1 or k in breaks or word in _NOT_VERBS or word.endswith("ly") or len(word) < 3:
        return False
    if any(h.category in ("stop", "number", "colour", "time") for h in meanings[k]) or any(
            h.category == "setting" for h in meanings[k]) and not (k >= 2 and _counted(folded, k - 1)):
        return False  # (a place word is a verb only after a counted plural: "nine scouts pitch their tents")
    if word.endswith("s"):
        if not (_new_singular_subject(k, folded, meanings) and _third_person(word)):
            return False
    elif not _plural_subject(k, folded, meanings):
        return False
    if verbs[k - 1] is not None:
        return False
    j = k - 1
    while j > 0 and j not in breaks and folded[j - 1] not in _CLAUSE_STARTS:
        if verbs[j - 1] is not None:
            return False
        j -= 1
    if k + 1 < len(folded) and verbs[k + 1] is not None and k + 1 not in breaks:
        return False
    return word.endswith("s") or _is_verb(word)
