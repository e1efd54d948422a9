"""The genders a German noun can have, read from the article or possessive before it: "den Frosch" m, "dem
Pferd" m or n, "mit der Katze" f, "seinen klugen Zug" m. A leaf the pronoun reader and the sense chooser
(``story.word_senses``: "die Kiefer" a pine, "den Kiefer" a jaw) both read; kept apart from the pronouns so
the sense chooser, which the meanings read, does not import the whole clause reader back.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

__all__ = ["genders_before"]

# German articles and possessive endings -> the genders a noun after them can have
_ARTICLE_DE = {"der": "m", "den": "m", "dem": "mn", "das": "n", "die": "f", "ein": "mn", "eine": "f", "einen": "m",
               "einem": "mn", "einer": "f", "eines": "mn", "des": "mn", "diese": "f", "dieser": "m", "diesen": "m",
               "dieses": "n", "jede": "f", "jeder": "m", "jedes": "n"}
_POSSESSIVE_STEMS = ("sein", "ihr", "mein", "dein", "unser", "euer", "kein")
_POSSESSIVE_ENDINGS = {"": "mn", "e": "f", "en": "m", "em": "mn", "er": "f", "es": "mn"}
_PREPOSITIONS_DE = {"mit", "von", "vom", "zu", "zur", "zum", "bei", "in", "an", "auf", "unter", "hinter", "neben",
                    "vor", "aus", "nach", "ueber", "durch", "fuer", "gegen", "ohne", "um"}

# "im Wald", "zur Schule", "ins Haus": a preposition with its article in one word
_CONTRACTIONS_DE = {"im": "mn", "am": "mn", "vom": "mn", "zum": "mn", "beim": "mn", "zur": "f", "ins": "n",
                    "ans": "n", "aufs": "n"}


def genders_before(folded: Sequence[str], k: int, stop: Callable[[int], bool] | None = None,
                   contractions: bool = False) -> str:
    """The genders ("m", "f", "n") a German noun at ``k`` of the ``folded`` words can have, from the article or
    possessive before it, past up to two describing words ("den Frosch" m, "dem Pferd" m or n, "mit der Katze"
    f, "seinen klugen Zug" m), "" where none says; ``stop(i)`` ends the look back at word ``i`` (a noun, a
    verb), and ``contractions`` reads "im", "zur", "ins" too."""
    for i in range(k - 1, max(k - 4, -1), -1):
        word = folded[i]
        if word in _ARTICLE_DE:
            if word == "der" and i and folded[i - 1] in _PREPOSITIONS_DE:
                return "f"  # a dative: "mit der Hexe", "in der Küche"
            return _ARTICLE_DE[word]
        if contractions and word in _CONTRACTIONS_DE:
            return _CONTRACTIONS_DE[word]
        stem = next((s for s in _POSSESSIVE_STEMS if word.startswith(s)), "")
        if stem and word[len(stem):] in _POSSESSIVE_ENDINGS:
            return _POSSESSIVE_ENDINGS[word[len(stem):]]
        if stop is not None and stop(i):
            return ""
    return ""
