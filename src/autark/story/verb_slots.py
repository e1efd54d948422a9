"""Where a word stands tells whether it is a verb: an unknown word after "to" or a German clause-final "-en" is
an infinitive, a word right after a person or "he"/"er" stands where the clause's verb does, and an English
plural noun ("irons", "sinks") right after its subject is that clause's verb. Read by story.analysis for the
words the lexicon does not know as verbs (moved out of it to keep it under the module size)."""

from __future__ import annotations

from autark.story.lexicon import Hit

__all__ = ["FRONTED_DE", "after_subject", "as_verb", "infinitive", "verb_after_subject", "verb_slot"]


def infinitive(tok: str, folded: list[str], k: int, lang: str, breaks: set[int]) -> bool:
    """Whether an unknown word is a verb's infinitive by where it stands: after "to" ("tries to open the gate"),
    or, German, a lower-case word in -en/-ern/-eln that ends its clause ("kann die Tür nicht öffnen") or follows
    "zu" ("versucht, den Deckel abzuheben", "ohne ihn zu finden")."""
    if not tok[:1].islower():
        return False
    before = folded[k - 1] if k else ""
    if lang == "en":
        return before == "to" and not tok.endswith(("ing", "ed"))
    ends_clause = k + 1 == len(folded) or (k + 1) in breaks or folded[k + 1] in ("und", "aber", "doch", "bis", "oder")
    return folded[k].endswith(("en", "ern", "eln")) and (ends_clause or before == "zu")


_SUBJECTS_EN = {"he", "she", "it"}  # who does it, before a verb in -s
_CLAUSE_LINKS_EN = ("and", "but", "until", "when", "while", "then")  # words that open a new clause
_OBJECT_STARTS_EN = {"a", "an", "the", "his", "her", "their", "its", "some", "my", "our", "two", "three"}


# German words that take the first place of a main clause, so that its verb comes right after them
FRONTED_DE = {"dann", "danach", "ploetzlich", "endlich", "zuerst", "schliesslich", "heute", "morgens", "abends",
               "nachts", "jetzt", "nun", "sofort", "spaeter", "daraufhin", "anschliessend", "gleich", "bald"}


def after_subject(k: int, folded: list[str], meanings: list[list[Hit]], lang: str) -> bool:
    """Whether an unknown lower-case word stands where a verb does, right after the one who does it: German
    puts no describing word after its noun ("die Zwillinge verzieren einen Kuchen"); English, before what it
    is done to ("the twins decorate a cake")."""
    if folded[k - 1] in (("er", "sie", "es", "wir", "ihr") if lang == "de" else ("he", "she", "it", "they", "we")):
        return lang == "de" or folded[k].endswith("s")  # "aber sie quietscht weiter", "but it squeaks"
    return any(h.category in ("character", "stand_in") for h in meanings[k - 1])


def verb_slot(k: int, folded: list[str], lang: str) -> bool:
    """Whether the word after a subject looks like its verb rather than a describing word."""
    if lang == "de":
        return not folded[k].endswith(("lich", "ig", "isch"))
    if folded[k].endswith("ly"):
        return False
    return (k + 1 < len(folded) and folded[k + 1] in _OBJECT_STARTS_EN) or folded[k - 1] in ("he", "she", "it")


def verb_after_subject(k: int, folded: list[str], meanings: list[list[Hit]], verbs: list, breaks: set[int]) -> bool:
    """Whether an English word that reads as a plural noun ("irons", "sinks", "hammers") stands where the
    clause's verb does: right after its subject (a person or "he"/"she"/"it") in a clause that has no verb yet.
    Read as a noun, the clause lost its only act and the film filled the gap with a mood filler."""
    word = folded[k]
    if not (word.endswith("s") and not word.endswith("ss") and len(word) > 3):
        return False
    if not any(h.category in ("object", "setting", "material") for h in meanings[k]) and not _one_then_many(
            k, folded, meanings):
        return False
    prev = folded[k - 1]
    # a thing does things too, first in its clause ("the little boat sinks", "a heavy stone sinks in the river")
    thing = any(h.category == "object" for h in meanings[k - 1]) and _opens_clause(k - 1, folded, breaks)
    if prev not in _SUBJECTS_EN and not thing and not any(
            h.category in ("character", "stand_in") for h in meanings[k - 1]):
        return False
    j = k - 1
    while j > 0 and j not in breaks and folded[j - 1] not in _CLAUSE_LINKS_EN:
        if verbs[j - 1] is not None:
            return False
        j -= 1
    return not (k + 1 < len(folded) and verbs[k + 1] is not None)


def _opens_clause(j: int, folded: list[str], breaks: set[int]) -> bool:
    """Whether the noun at ``j`` is the first noun of its clause, after an article and describing words at most
    ("The little boat", "a heavy stone"): the clause's subject, not what a verb before it acts on."""
    i = j - 1
    while i >= 0 and (i + 1) not in breaks and folded[i] not in _CLAUSE_LINKS_EN:
        if folded[i] in _OBJECT_STARTS_EN:
            return i == 0 or (i in breaks) or folded[i - 1] in _CLAUSE_LINKS_EN
        i -= 1
    return False


def _one_then_many(k: int, folded: list[str], meanings: list[list[Hit]]) -> bool:
    """Whether the English creature's plural at ``k`` follows one creature named with "a" ("a rooster crows", "a
    cat bats"): a verb of the one, for "a" never goes with a plural."""
    return k > 1 and folded[k - 2] in ("a", "an", "one") and any(
        h.category in ("character", "stand_in") for h in meanings[k])


# nouns the verb table leaves out of its verbs (as verbs they would read "a fishing boat" as fishing) that are a
# verb where a subject's verb stands ("a boy fishes for a big fish", "the fisherman and his son fish all day")
_NOUN_VERBS_EN = {"fish": "angle", "fishes": "angle"}


def as_verb(word: str, lang: str) -> object:
    """The story verb of ``word`` standing where a subject's verb does: the verb table's, else that of the verb a
    noun of the tables means there (``_NOUN_VERBS_EN``), else the stand-in verb (said by the narrator)."""
    from autark.story import verbs as verb_table

    alias = _NOUN_VERBS_EN.get(word, "") if lang == "en" else ""
    return verb_table.verb(word, lang) or (verb_table.verb(alias, lang) if alias else None) or verb_table.stand_in()

