"""The first reading of a German idea's words corrected by German grammar (called by ``story.meanings`` once the
tables have read each word): what a word's capital, article and place in the clause say it is.

- an adjective or participle written as a noun is a person ("zwei Verliebte", "der Verletzte":
  ``story.adjective_people``);
- a lower-case word is no noun: "die Kinder springen in den See und spritzen sich nass" is splashing, no syringe
  ("Spritzen"), where the idea writes its nouns with a capital;
- a measure before a bare noun is no being: "einen Strauß Blumen" is a bunch of flowers, no ostrich;
- "nach der Party", "während des Konzerts" say when, not where (``story.time_phrases``);
- "trifft" a thing is a hit, not a meeting: "schießt aufs Tor und trifft den Pfosten" is the shot that hits it.
"""

from __future__ import annotations

from autark.story import verbs as verb_table
from autark.story.adjective_people import adjective_person_at, person_key
from autark.story.lexicon import Hit
from autark.story.time_phrases import time_not_place

__all__ = ["read_german_grammar"]

_NOUN_MEANINGS = ("object", "setting", "character", "stand_in")
# the articles of one before a measure ("einen Strauß Blumen", "eine Herde ...")
_ONE = frozenset({"ein", "eine", "einen", "einem", "einer"})


_MEETING = "meet"  # "treffen": a person met, or a thing hit
_HITTING = ("kick", "throw")  # the acts whose thing hits what "trifft" names; a throw where the idea names none
_ARTICLES = frozenset({"den", "die", "das", "einen", "eine", "ein", "nur", "genau", "fast"})


def _thing_after(folded: list[str], meanings: list[list[Hit]], k: int) -> bool:
    """Whether the verb at ``k`` has a thing as its object, past articles and describing words ("trifft nur den
    alten Pfosten"), and no one."""
    for j in range(k + 1, min(k + 5, len(folded))):
        cats = {h.category for h in meanings[j]}
        if cats & {"character", "stand_in"}:
            return False
        if "object" in cats:
            return True
        if folded[j] not in _ARTICLES and not folded[j].endswith(("e", "en", "er", "es", "em")):
            return False
    return False


def read_german_grammar(tokens: list[str], folded: list[str], meanings: list[list[Hit]], verbs: list,
                        phrased: set[int], breaks: set[int]) -> None:
    """Correct the German idea's ``meanings`` and ``verbs`` (per word, in place) by its grammar."""
    for k in range(len(tokens)):  # "zwei Verliebte", "der Verletzte": people, no act
        if k not in phrased and all(h.category in ("mood", "action", "genre") or h.category == "character" and h.key == (
                "person") for h in meanings[k]) and adjective_person_at(tokens, folded, k):  # ("eine Fremde": a woman)
            meanings[k], verbs[k] = [Hit("character", person_key(folded, k), "de")], None
    capitals = any(t[:1].isupper() for k, t in enumerate(tokens) if k and k not in breaks)
    for k in range(1, len(tokens)) if capitals else ():  # "und spritzen sich nass": a verb, no syringe
        if k not in phrased and k not in breaks and tokens[k][:1].islower() and verbs[k] is None and any(
                h.category in _NOUN_MEANINGS for h in meanings[k]) and not (
                k + 1 < len(tokens) and tokens[k + 1][:1].isupper()):  # ("die verbrannte Pizza" describes it)
            read = verb_table.verb(folded[k], "de")
            if read is not None:
                meanings[k], verbs[k] = [h for h in meanings[k] if h.category not in _NOUN_MEANINGS], read
    for k in range(1, len(tokens) - 1):  # "einen Strauß Blumen": a bunch of them, no ostrich ("eine Frau Briefe"
        # is a woman: no person is a measure)
        if folded[k - 1] in _ONE and tokens[k + 1][:1].isupper() and k + 1 not in breaks and (not meanings[k] or any(
                h.category == "character" and h.key == "animal" for h in meanings[k])) and any(
                h.category == "object" for h in meanings[k + 1]):
            meanings[k] = [Hit("stop", "", "de")]
    for k in range(len(tokens) - 1):  # "schießt aufs Tor und trifft den Pfosten": the shot hits it, no meeting
        if verbs[k] is not None and verbs[k].key == _MEETING and _thing_after(folded, meanings, k):
            shots = [v for v in verbs[:k] if v is not None and v.key in _HITTING]
            verbs[k] = shots[-1] if shots else verb_table.verb_by_key(_HITTING[-1])
    places_at = [k for k, m in enumerate(meanings) if any(h.category == "setting" for h in m)]
    for k in places_at if len(places_at) > 1 else ():  # "nach der Party": when, not where
        if time_not_place(folded, k):
            meanings[k] = [h for h in meanings[k] if h.category != "setting"]
