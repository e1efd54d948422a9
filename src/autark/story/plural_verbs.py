"""A word that names a thing or a creature in the tables but stands where a plural subject's verb does is that
verb: "the lights flicker" (no woodpecker called a flicker), "two teenagers skateboard in the park" (no board
of teenagers), "the candles glow", "they ship the crates". English only: a plural verb has no ending, so the
noun tables would read it as one more thing.

The subject is the word before: "they"/"we", or a plural noun (ends in -s, and is a thing or creature the
tables know or follows an article or a number). The word must be a verb in English (the verb table, else a
verb sense in WordNet) and the clause must have no verb yet; a verb right after it means it was a noun of a
compound ("the kids ball rolls away").
"""

from __future__ import annotations

from autark.story.lexicon import Hit

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
    if prev in _PLURAL_SUBJECTS:
        return True
    if not (prev.endswith("s") and not prev.endswith("ss") and len(prev) > 3):
        return False
    if any(h.category in ("object", "character", "stand_in", "light") for h in meanings[k - 1]):
        return True
    return k >= 2 and folded[k - 2] in _BEFORE_PLURAL and not meanings[k - 1]  # "two teenagers", unknown yet


def _is_verb(word: str) -> bool:
    from autark.language import wordnet
    from autark.story import verbs as verb_table

    if verb_table.verb(word, "en") is not None:
        return True
    return wordnet.available() and bool(wordnet.synsets(word, "verb")) and word in wordnet.base_forms(word, "verb")


def verb_after_plural(k: int, folded: list[str], meanings: list[list[Hit]], verbs: list,
                      breaks: set[int]) -> bool:
    """Whether the English word at ``k`` (a noun in the tables, or unknown) is the verb of the plural subject
    right before it, in a clause that has no verb yet."""
    word = folded[k]
    if k < 1 or k in breaks or word in _NOT_VERBS or word.endswith(("s", "ing", "ed", "ly")) or len(word) < 3:
        return False
    if any(h.category in ("stop", "number", "colour", "time", "setting") for h in meanings[k]):
        return False
    if not _plural_subject(k, folded, meanings) or verbs[k - 1] is not None:
        return False
    j = k - 1
    while j > 0 and j not in breaks and folded[j - 1] not in _CLAUSE_STARTS:
        if verbs[j - 1] is not None:
            return False
        j -= 1
    if k + 1 < len(folded) and verbs[k + 1] is not None and k + 1 not in breaks:
        return False
    return _is_verb(word)
