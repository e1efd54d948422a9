"""A verb said of one as said of several ("picknickt" -> "picknicken", "watches" -> "watch"), for a narrator's
sentence whose subject is several where the idea's clause had one ("die Familie picknickt" told of Papa, Mama
und Lily)."""

from __future__ import annotations

__all__ = ["plural_verb", "singular_en"]

# German verbs whose singular changes its vowel: the plural from the singular
_PLURAL_DE = {"ist": "sind", "hat": "haben", "wird": "werden", "kann": "können", "muss": "müssen", "will": "wollen",
              "soll": "sollen", "darf": "dürfen", "mag": "mögen", "weiß": "wissen", "tut": "tun", "isst": "essen",
              "frisst": "fressen", "liest": "lesen", "sieht": "sehen", "nimmt": "nehmen", "gibt": "geben",
              "hilft": "helfen", "spricht": "sprechen", "wirft": "werfen", "trifft": "treffen", "stiehlt": "stehlen",
              "vergisst": "vergessen", "läuft": "laufen", "fährt": "fahren", "schläft": "schlafen", "trägt": "tragen",
              "fängt": "fangen", "hält": "halten", "fällt": "fallen", "wäscht": "waschen", "gräbt": "graben",
              "lässt": "lassen", "stößt": "stoßen", "bricht": "brechen", "tritt": "treten", "stirbt": "sterben",
              "wächst": "wachsen", "schlägt": "schlagen", "bäckt": "backen", "läd": "laden", "lädt": "laden"}
_PLURAL_EN = {"is": "are", "has": "have", "does": "do", "was": "were", "goes": "go"}
_SINGULAR_EN = {"be": "is", "have": "has", "do": "does", "go": "goes"}


def plural_verb(verb: str, lang: str) -> str:
    """A verb said of one ("picknickt", "watches") as said of several ("picknicken", "watch"); a form that
    is not a singular's stays."""
    low = verb.lower()
    if lang == "de":
        if low in _PLURAL_DE:
            return _PLURAL_DE[low]
        if not low.endswith("t") or low.endswith(("en", "st")) or len(low) < 4:
            return verb
        stem = verb[:-2] if low.endswith("et") and low[-3:-2] in ("d", "t") else verb[:-1]  # "arbeitet"
        unstressed = stem.endswith(("el", "er")) and len(stem) > 3 and stem[-3] not in "aeiouäöü" or stem.endswith(
            ("eier", "auer", "euer", "äuer"))  # "feiert": feiern, "dauert": dauern
        return stem + ("n" if unstressed else "en")  # "wandert": wandern; "spielt": spielen
    if low in _PLURAL_EN:
        return _PLURAL_EN[low]
    if not low.endswith("s") or low.endswith("ss"):
        return verb
    if low.endswith("ies") and len(low) > 4:
        return verb[:-3] + "y"
    if low.endswith(("ches", "shes", "sses", "xes", "zes", "oes")):
        return verb[:-2]
    return verb[:-1]


def singular_en(verb: str) -> str:
    """An English verb's base form ("bring", "catch", "carry") said of one ("brings", "catches", "carries"): an
    infinitive's clause told on its own ("his dog runs to bring them": "The dog brings them")."""
    low = verb.lower()
    if low in _SINGULAR_EN:
        return _SINGULAR_EN[low]
    if low.endswith(("s", "x", "z", "ch", "sh", "o")):
        return verb + "es"
    if low.endswith("y") and len(low) > 2 and low[-2] not in "aeiou":
        return verb[:-1] + "ies"
    return verb + "s"
