"""The kind of deed a verb of an idea names, by WordNet's lexicographer class ("verb.contact", "verb.motion",
"verb.change", ...), in both languages: an English verb directly, a German one through its English words in the
German-English dictionary (``story.translations``' file): "pflügt" is "ploughs" (verb.contact), "färbt" "dyes"
(verb.change), "zeigt" "shows" (verb.perception, and a film is shown: it is watched).

A German verb form is found in the dictionary as it is written in the entry's forms ("er/sie pflügt",
"er/sie bläst auf" with its particle), so strong verbs need no rules of their own ("wirft" is werfen's); an
infinitive or a plural form ("bespritzen") is found as the entry's head. The first English word WordNet knows
as a verb gives the class, its first (most frequent) sense. Nothing is found without either file.
"""

from __future__ import annotations

import mmap
import re
from functools import cache

from autark.assets.templates import fold

__all__ = ["english_verbs", "verb_class", "CLASSES"]

# the classes a deed is staged by (story.generic_staging), in WordNet's names
CLASSES = ("verb.body", "verb.change", "verb.cognition", "verb.communication", "verb.competition",
           "verb.consumption", "verb.contact", "verb.creation", "verb.emotion", "verb.motion", "verb.perception",
           "verb.possession", "verb.social", "verb.stative", "verb.weather")
_NOTES = re.compile(r"\{[^}]*\}|\[[^\]]*\]|\([^)]*\)|<[^>]*>")


_BEFORE = (b"| ", b"; ", b"er/sie ", b"\n", b") ")  # what stands before a form of an entry (or its head)
_AFTER = (b" |", b";", b" ::", b" {")  # ... and after it
_MOST_TRIES = 400


def _german_line(form: str, particle: str) -> tuple[str, int] | None:
    """The dictionary line of the German verb whose forms hold ``form`` (lower case, umlauts written; with a
    separable verb's ``particle`` after it, "bläst auf"), and the index of the ``|`` part that holds it: the
    entry of the infinitive the form is of where there is one ("zeigt": zeigen, not "belegen; zeigen"; "fällt
    eine Tanne": "Bäume fällen", found by its infinitive where no form is written out), else the first."""
    from autark.story.translations import _mapped

    m = _mapped()
    if m is None or len(form) < 3:
        return None
    guess = _infinitive(form, particle)
    own, first = _scan(m, f"{form} {particle}".strip().encode("utf-8"), guess)
    if own is None and guess != form:  # "treten ... bei": the plural's forms are not written out, beitreten is
        own, other = _scan(m, guess.encode("utf-8"), guess)
        first = first or other
    return own or first


def _scan(m: mmap.mmap, key: bytes, guess: str) -> tuple[tuple[str, int] | None, tuple[str, int] | None]:
    """(the verb entry holding ``key`` whose head is ``guess``, the first verb entry holding it)."""
    first: tuple[str, int] | None = None
    at = m.find(key)
    tries = 0
    while at >= 0 and tries < _MOST_TRIES:
        tries += 1
        before = m[max(0, at - 7):at]
        after = m[at + len(key):at + len(key) + 3]
        if any(before.endswith(b) for b in _BEFORE) and after.startswith(_AFTER):
            start = m.rfind(b"\n", 0, at) + 1
            end = m.find(b"\n", at)
            line = m[start:end if end >= 0 else len(m)].decode("utf-8", "replace")
            head = line.partition(" :: ")[0].split(" | ", 1)[0]
            if "{v" in head and not all(alt.strip().startswith("sich ") for alt in head.split(";")):
                # a verb's entry (not a noun's sharing a form, nor only a reflexive's: "sich vergraben")
                found = (line, m[start:at].count(b" | "))
                if head.split(";")[0].split(" {")[0].split()[-1] == guess:
                    return found, first or found
                first = first or found
        at = m.find(key, at + 1)
    return None, first


def _infinitive(form: str, particle: str) -> str:
    """The infinitive a regular German present form is of ("zeigt" -> zeigen, "knetet" -> kneten, "bläst auf" ->
    aufbläsen: a strong verb's is not guessed, its own form finds it)."""
    stem = form[:-2] if form.endswith("et") and len(form) > 5 else form[:-1] if form.endswith("t") else form[:-2] \
        if form.endswith("en") else form
    return f"{particle}{stem}en"


_LIGHT = frozenset({"be", "get", "take", "make", "have", "do", "give", "put", "go", "sb.", "sth."})


@cache
def english_verbs(word: str, lang: str, particle: str = "") -> tuple[str, ...]:
    """The English base verbs the idea's verb ``word`` stands for: its WordNet base forms for English, the
    dictionary's words of its first entry for German ("pflügt" -> plough, plow)."""
    from autark.language import wordnet

    w = word.lower()
    if lang == "en":
        return tuple(wordnet.base_forms(w, "verb"))
    found = _german_line(w, particle.lower())
    if found is None and particle:
        found = _german_line(w, "")
    if found is None:
        return ()
    line, _part = found
    english = line.partition(" :: ")[2].split(" | ")[0]
    out, light = [], []
    for alt in english.split(";"):
        words = [w for w in _NOTES.sub("", alt).split() if w not in ("sb.", "sth.", "sb./sth.", "a", "an", "the")]
        if words and words[0] == "to":
            words = words[1:]
        if not words or not wordnet.base_forms(words[0], "verb"):
            continue
        if len(words) > 1 and wordnet.base_forms("_".join(words[:2]), "verb"):
            out.append("_".join(words[:2]))  # a phrasal verb WordNet has ("blow up")
        elif words[0] in _LIGHT:  # "to take a photo": the deed is the noun's, where WordNet has it as a verb
            light += [w for w in words[1:2] if wordnet.base_forms(w, "verb")] or words[:1]
        else:
            out.append(words[0])
    out += light
    return tuple(dict.fromkeys(out))


@cache
def verb_class(word: str, lang: str, particle: str = "") -> str:
    """WordNet's lexicographer class of the verb's first sense ("verb.contact"), "" where it is not known."""
    from autark.language import wordnet

    for base in english_verbs(fold(word) if lang == "en" else word, lang, particle):
        senses = [s for s in wordnet.synsets(base, "verb") if not s.proper]
        if senses:
            return senses[0].lexname
    return ""
