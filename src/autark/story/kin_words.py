"""Family words the vocabulary has no entry for, and the known person word that plays each: a granddaughter is
a girl, a nephew a boy, "die Nichte" a girl (the vocabulary had read it as "nicht"), a son-in-law a man, a
great-grandmother a grandmother. English and German, singular and plural, folded. The analysis reads them as
that person word before it looks at unknown words, so "a grandfather and his granddaughter" casts both."""

from __future__ import annotations

from autark.assets.templates import fold

__all__ = ["KIN_PLAYED_BY", "kin_word"]

# kin word (folded) -> the person word that plays it (a word of the vocabulary, same language)
KIN_PLAYED_BY: dict[str, str] = {
    **dict.fromkeys(("granddaughter", "granddaughters", "niece", "nieces", "stepdaughter", "stepdaughters",
                     "goddaughter", "great-granddaughter", "stepsister"), "girl"),
    **dict.fromkeys(("grandson", "grandsons", "nephew", "nephews", "stepson", "stepsons", "godson",
                     "great-grandson", "stepbrother"), "boy"),
    **dict.fromkeys(("grandchild", "great-grandchild", "godchild", "stepchild"), "child"),
    **dict.fromkeys(("daughter-in-law", "sister-in-law", "stepmother", "godmother", "aunts", "auntie",
                     "aunty"), "woman"),
    **dict.fromkeys(("son-in-law", "brother-in-law", "stepfather", "godfather", "uncles"), "man"),
    **dict.fromkeys(("great-grandmother", "great-grandma", "granny", "nan", "nana"), "grandmother"),
    **dict.fromkeys(("great-grandfather", "great-grandpa", "gramps"), "grandfather"),
    **dict.fromkeys(("enkelin", "enkelinnen", "nichte", "nichten", "stieftochter", "patentochter", "urenkelin",
                     "stiefschwester"), "mädchen"),
    **dict.fromkeys(("enkel", "enkeln", "enkelsohn", "neffe", "neffen", "stiefsohn", "patensohn", "urenkel",
                     "stiefbruder"), "junge"),
    **dict.fromkeys(("enkelkind", "patenkind", "stiefkind"), "kind"),
    **dict.fromkeys(("schwiegertochter", "schwaegerin", "stiefmutter", "patentante", "tanten"), "frau"),
    **dict.fromkeys(("schwiegersohn", "schwager", "stiefvater", "patenonkel"), "mann"),
    **dict.fromkeys(("urgrossmutter", "uroma", "grossmama"), "großmutter"),
    **dict.fromkeys(("urgrossvater", "uropa", "grosspapa"), "großvater"),
}


def kin_word(token: str, lang: str) -> str | None:
    """The person word that plays the family word ``token`` (as written), None for another word. A German one
    must be written as a noun (capitalised): "nichte" in lower case is a misspelt "nicht"."""
    if lang == "de" and not token[:1].isupper():
        return None
    return KIN_PLAYED_BY.get(fold(token))
