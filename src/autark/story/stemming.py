"""Candidate base forms of a folded word in either language ("dancing" -> dance, "findet" -> find): the one
inflection stripper the story's readers share. A leaf module, so the tables that read words (the lexicon, the
job table) can use it without importing each other.
"""

from __future__ import annotations

__all__ = ["person_word_forms", "stems"]

_DE_ENDINGS = ("ern", "est", "ten", "en", "er", "es", "em", "et", "st", "te", "e", "n", "s", "t")
_EN_ENDINGS = ("ing", "ed", "es", "s", "ly", "er")


def stems(word: str) -> list[str]:
    """Candidate base forms of a folded word, the word itself first."""
    out = [word]
    if word.endswith("'s"):
        out.append(word[:-2])
    if word.endswith("ies") and len(word) > 4:
        out.append(word[:-3] + "y")
    if word.endswith("ied") and len(word) > 4:
        out.append(word[:-3] + "y")
    for end in (*_EN_ENDINGS, *_DE_ENDINGS):
        if end == "st" and word.endswith("sst"):
            continue  # "reißt", "küsst": the stem keeps its ss (reiß-t), never "reis" (travel)
        if word.endswith(end) and len(word) - len(end) >= 3:
            base = word[: -len(end)]
            out.append(base)
            if end in ("ing", "ed", "er"):
                out.append(base + "e")  # dancing -> dance, chased -> chase
                if len(base) >= 4 and base[-1] == base[-2]:
                    out.append(base[:-1])  # running -> run
    return list(dict.fromkeys(out))


def person_word_forms(folded: str, shortest: int) -> list[str]:
    """The base forms of a folded person word, each also without a German feminine ending, as the word and as its
    -er agent ("Imkerin": imker; "Wanderin", "Zauberinnen": wanderer, zauberer); ``shortest``: the fewest
    letters left once the ending is off."""
    out = []
    for form in stems(folded):
        out.append(form)
        for end in ("innen", "in"):
            if form.endswith(end) and len(form) - len(end) >= shortest:
                out += [form[: -len(end)], form[: -len(end)] + "er"]
    return list(dict.fromkeys(out))
