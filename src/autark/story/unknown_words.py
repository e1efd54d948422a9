"""What an unknown word of an idea may be: whether it looks like a word at all (``plausible``: keyboard mashing is
reported, never matched), which part of speech it most likely is where it stands (``guess_pos``), and the known
words of that part it may mean (``vocabulary``). Split from ``autark.story.analysis``, which reads the idea.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from autark.assets.templates import fold
from autark.story.hypernyms import HYPERNYMS
from autark.story.lexicon import Hit, lexicon
from autark.story.verbs import Verb
from autark.story.vocabularies import vocabulary

if TYPE_CHECKING:
    from autark.story.semantic import Match

__all__ = ["plausible", "staged_contest_word", "unknown_word_notes", "known_bigrams", "guess_pos", "nearest_in_language", "PRONOUNS", "ADJ_ENDINGS"]


def plausible(word: str) -> bool:
    """Does a word look like a word of a human language (not keyboard mashing)?"""
    from autark.story.roles import ROLE_KITS

    w = fold(word)
    # "Hubschrauber", "Hufschmied" have five consonants in a row and are words (tabled things and jobs)
    if len(w) <= 2 or w in HYPERNYMS or w in ROLE_KITS:
        return True
    vowels = sum(c in "aeiouy" for c in w)
    if vowels == 0 or vowels / len(w) > 0.8:
        return False
    if re.search(r"q(?!u)", w) or (re.search(r"[^aeiouy]{5,}", w) and not _known_compound(w)):
        return False
    bigrams = known_bigrams()
    pairs = [w[i:i + 2] for i in range(len(w) - 1) if w[i:i + 2].isalpha()]
    return not pairs or sum(p in bigrams for p in pairs) / len(pairs) >= 0.75


def _known_compound(w: str) -> bool:
    """A German compound whose last part autark knows, with a known first part or a word-list word before it:
    "Herbstwald" (Herbst + Wald) has five consonants at its seam and is a word."""
    from autark.story import dictionary

    for i in range(3, len(w) - 3):
        head, tail = w[:i], w[i:]
        if lexicon().lookup(tail) and (lexicon().lookup(head) or dictionary.is_word_in(head, "de") is True):
            return True
    return False


_BIGRAMS: set[str] = set()


def known_bigrams() -> set[str]:
    # letter pairs that occur in the lexicon's own words: a cheap model of what English/German looks like
    if not _BIGRAMS:
        for w in lexicon().index:
            _BIGRAMS.update(w[i:i + 2] for i in range(len(w) - 1) if w[i:i + 2].isalpha())
    return _BIGRAMS


def guess_pos(k: int, folded: list[str], meanings: list[list[Hit]], verbs: list[Verb | None]) -> str:
    """The part of speech an unknown word most likely is: "verb" after a subject (with a verb ending),
    "adj" before a noun or with an adjective ending, else "noun"."""
    w = folded[k]
    back = k - 1
    while back > 0 and meanings[back] == [_PHRASE_TAIL]:  # "an old man grumbles": the phrase's head is before
        back -= 1
    prev = {h.category for h in meanings[back]} if k else set()
    nxt = {h.category for h in meanings[k + 1]} if k + 1 < len(folded) else set()
    after_subject = bool(prev & {"character", "stand_in"}) or (k > 0 and folded[k - 1] in PRONOUNS)
    if after_subject and w.endswith(("s", "t", "ed", "en")):
        return "verb"
    before_article = k + 1 < len(folded) and folded[k + 1] in _ARTICLES_EN
    if before_article and ((k and folded[k - 1] == "and" and _english_verb_form(w)) or (
            after_subject and _english_verb(w))):  # "... and slices a croissant", "two otters shampoo a bison"
        return "verb"
    if nxt & {"character", "object", "setting", "stand_in"} or w.endswith(ADJ_ENDINGS):
        return "adj"
    if w.endswith(("s", "ed")) and _english_verb_form(w) and not _english_noun(w) and not (
            k and folded[k - 1] in _ARTICLES_EN):  # "the twins sculpted"; "a stunned audience" describes
        return "verb"
    if k and verbs[k - 1] is None and prev <= {"stop"} and folded[k - 1] in ("to", "zu") and k + 1 == len(folded):
        return "verb"
    return "noun"


def _english_verb_form(word: str) -> bool:
    """An inflected form of a verb WordNet knows ("slices", "rinsed"), not the base form (a noun as often), of
    a word the English word list has (a German "backt" never)."""
    from autark.language import wordnet
    from autark.story import dictionary

    return word.endswith(("s", "ed")) and any(base != word for base in wordnet.base_forms(word, "verb")) and \
        dictionary.is_word_in(word, "en") is True


def _english_verb(word: str) -> bool:
    """A verb WordNet knows, in any form, that the English word list has."""
    from autark.language import wordnet
    from autark.story import dictionary

    return bool(wordnet.base_forms(word, "verb")) and dictionary.is_word_in(word, "en") is True


def _english_noun(word: str) -> bool:
    from autark.language import wordnet

    return bool(wordnet.base_forms(word, "noun"))


_ARTICLES_EN = {"a", "an", "the", "his", "her", "their", "its", "my", "your", "our", "some"}
PRONOUNS = {"he", "she", "they", "it", "er", "sie", "es", "wir"}
_PHRASE_TAIL = Hit("stop", "", "any")  # what the analysis gives the later words of a phrase ("old man")
ADJ_ENDINGS = ("y", "ful", "ous", "ive", "ish", "less", "ig", "lich", "isch", "bar", "los", "sam")
def nearest_in_language(word: str, pos: str, lang: str) -> Match | None:
    """The known word of ``pos`` nearest in meaning to ``word`` (folded), looked up in the idea's own language
    first; the other language's words are asked only for a loanword, a word the idea's language does not have
    ("Shop" in a German idea), and never where the word is a real word of the idea's language."""
    from autark.story import dictionary, semantic

    match = semantic.table_match(word, vocabulary(pos)) or semantic.nearest(word, vocabulary(pos, lang), lang=lang,
                                                                              pos=pos)
    if match is not None:
        return match
    if pos == "verb" and lang == "de":
        loan = _loan_verb(word)
        if loan is not None:
            return loan
    if dictionary.is_word_in(word, lang) is not False:  # a word of the idea's own language (or no list)
        return None
    other = "de" if lang == "en" else "en"
    if not dictionary.is_word_in(word, other):
        return None
    return semantic.nearest(word, vocabulary(pos, other), lang=other, pos=pos)  # an English loanword: WordNet too


# the German ending of a verb borrowed from Latin or French, in its forms ("operiert", "dekorierte", "jonglieren")
_LOAN_ENDINGS = ("ierten", "ierte", "ieren", "iert", "ierst", "iere")


def _loan_verb(word: str) -> Match | None:
    """A German verb in -ieren read through its English kin ("operiert" -> operate, "dekoriert" -> decorate,
    "attackiert" -> attack, "fotografiert" -> photograph): the story verb of the kin where the English tables
    name it; else None. A whole class of loan verbs in one rule, where a German table would list them again. Not
    through WordNet: a false friend's English sense is far off ("rasiert" is no raze, "probiert" no probe)."""
    from autark.story import dictionary, semantic

    end = next((e for e in _LOAN_ENDINGS if word.endswith(e) and len(word) - len(e) >= 3), None)
    if end is None:
        return None
    stem = word[: -len(end)]
    kin = [stem + "ate", stem + "e", stem, stem.replace("k", "c") + "ate", stem.replace("k", "c") + "e",
           stem.replace("k", "c"), stem + "ize", stem.replace("s", "z") + "e", stem.replace("f", "ph")]
    from autark.story import verbs as verb_table

    for english in dict.fromkeys(kin):
        if dictionary.is_word_in(english, "en") is not True:
            continue
        tabled = verb_table.verb(english, "en")
        if tabled is not None:  # the story verb's own English word stands for it (the idea's reader looks it up)
            known = next((w for w in vocabulary("verb", "en") if (v := verb_table.verb(w, "en")) is not None
                          and v.key == tabled.key), "")
            if known:
                return semantic.Match(word, known, 1.0, "loanword")
    return None


def staged_contest_word(word: str, events: list, idea_words: list[str]) -> bool:
    """Whether the unknown ``word`` names a contest ("Backwettbewerb", "a pie-eating championship") that
    story.contests staged all the same: its win and its loss are there, acts the idea did not write. Such a
    word is no note's "does not know": the film shows it."""
    from autark.story.contests import CONTEST_STEMS

    w = fold(word).lower()
    if not any(s in w for s in CONTEST_STEMS):
        return False
    written = {fold(t).lower() for t in idea_words}
    return any(e.verb in ("celebrate", "lose", "win") and fold(e.word).lower() not in written for e in events)


def unknown_word_notes(unknown: list[str], unknown_at: dict[int, str], events: list, tokens: list[str]) -> list[str]:
    """What the analysis says of the idea's unknown words (``unknown_at``: index -> the part of speech it seemed
    to be): the verbs staged all the same (``story.generic_staging``: the note says how, not that they are left
    out), and the words the story leaves out."""
    notes = []
    acted = [tokens[k] for k, pos in unknown_at.items() if pos == "verb" and any(e.at == k for e in events)]
    if acted:
        notes.append(f"autark has no act for {', '.join(repr(u) for u in acted)}; they work at what it is done "
                     "to and the narrator says it in the idea's words")
    left_out = [u for u in unknown if u not in acted and not staged_contest_word(u, events, tokens)]
    if left_out:
        listed = ", ".join(repr(u) for u in left_out)
        notes.append(f"autark does not know {listed}; the story leaves {'it' if len(left_out) == 1 else 'them'} "
                     "out (edit the screenplay to add it by hand)")
    return notes
