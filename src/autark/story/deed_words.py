"""The idea's own verb for a deed, as an infinitive a line can say with its thing: "Now to plant the flag.", "So,
jetzt die Schatzkiste vergraben." (for ``story.solo_lines``: one alone says what they are about to do in the
idea's words, not a stock "Right. Now for the flag." that every film of one alone would say).

English: the idea's verb form's WordNet base ("buries" -> bury). German: the present form less its ending, the
stem checked against the verb table's forms of the same verb (an umlaut of the present undone where the table
has the plain stem: "vergräbt" -> vergraben, "fängt" -> fangen), and a separable particle at the end of the
idea's clause put in front ("zündet das Feuer an" -> anzünden). Where the stem is not the table's, no
infinitive is guessed ("" : the line is not said).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from autark.assets.templates import fold

if TYPE_CHECKING:
    from autark.story.events import Event

__all__ = ["deed_infinitive"]

_PREPOSITIONS = frozenset({"for", "at", "with", "after", "into", "on", "to", "about", "from", "through", "over",
                           "nach", "mit", "auf", "an", "um", "über", "von", "zu", "durch", "für", "vor", "in"})
# what comes to one rather than one sets out to do ("bekommt eine Torte ins Gesicht": no "die Torte bekommen")
_HAPPENS = frozenset({"receive", "get", "lose", "drop", "break", "spill", "knock", "forget", "hit", "crash", "burn",
                      "fall", "trip", "wreck", "smash", "find"})
_UMLAUTS = (("ä", "a"), ("ö", "o"), ("ü", "u"))


def _en(word: str) -> str:
    from autark.language import wordnet

    bases = wordnet.base_forms(word.lower(), "verb")
    return bases[0] if bases else ""


def _de_stem(word: str, forms: set[str]) -> str:
    """The stem of a German present form that the verb table knows (umlaut undone where it has the plain one)."""
    w = word.lower()
    for stem in ([w[:-2], w[:-1]] if w.endswith("et") else [w[:-1]] if w.endswith("t") else []):
        if fold(stem) not in forms:
            continue
        for umlaut, plain in _UMLAUTS:
            if umlaut in stem and fold(stem.replace(umlaut, plain, 1)) in forms:
                return stem.replace(umlaut, plain, 1)
        return stem
    return ""


def _de(ev: Event) -> str:
    from autark.story.verbs import _german_forms, split_particles, verb

    found = verb(fold(ev.word), "de")
    if found is None:
        return ""
    stem = _de_stem(ev.word, set(_german_forms(found.key)))
    if not stem:
        return ""
    infinitive = stem + ("n" if stem.endswith(("el", "er")) else "en")
    told = re.findall(r"[\wäöüß]+", getattr(ev, "told", "") or "")
    if told and fold(told[-1].lower()) in split_particles() or told and told[-1].lower() in (
            "an", "auf", "aus", "ab", "ein", "mit", "weg", "zu", "vor", "los", "um", "hin", "her", "fest"):
        infinitive = told[-1].lower() + infinitive  # "zündet das Feuer an": anzünden
    return infinitive


def deed_infinitive(ev: Event, lang: str) -> str:
    """The infinitive of ``ev``'s verb in the idea's words where it does something to a thing ("plant",
    "vergraben"), "" where it has no thing it is done to or its form is not known."""
    from autark.story.verbs import verb_by_key

    if not ev.word or not ev.patient or not ev.patient_is_thing or ev.kind == "talk" or ev.verb in _HAPPENS:
        return ""
    try:
        if not verb_by_key(ev.verb).object:
            return ""
    except KeyError:
        return ""
    after = re.search(rf"\b{re.escape(ev.word)}\s+(\w+)", getattr(ev, "told", "") or "")
    if after and after.group(1).lower() in _PREPOSITIONS:  # "searches for the kite", "sucht nach dem Ball"
        return ""
    return _en(ev.word) if lang == "en" else _de(ev)
