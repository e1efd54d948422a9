"""Where a word stands says whether it is a thing, an act or a describing word, beside what the tables read it as:
a participle between an article and its noun only describes it ("his lost fishing boat": no act of losing), a
film watched is the screen it plays on, and a word the verb table reads as an act is a thing where it stands as a
noun ("glides on her roller skates"). Split from ``autark.story.nouns``, which reads the unknown words.
"""

from __future__ import annotations

from autark.story.forces import force_of
from autark.story.nouns import _ARTICLES

__all__ = ["describing_participles", "nouns_by_place", "watched_screens"]

_PARTICIPLES_EN = frozenset({"lost", "found", "left", "hidden", "kept", "bought", "caught", "sold", "torn", "worn",
                             "broken", "stolen", "forgotten", "beloved", "burnt", "frozen"})
_DETERMINERS_EN = frozenset({"a", "an", "the", "his", "her", "their", "its", "my"})
_INFLECTED_DE = ("e", "en", "er", "es", "em")  # a German describing word's endings ("verlorenes", "gestohlene")
_BETWEEN_NOUN = 2  # words between the describing word and its noun ("his lost fishing boat")


def describing_participles(tokens: list[str], folded: list[str], meanings: list[list], verbs: list) -> list[int]:
    """The indices of the words read as verbs that only describe the noun after them, an article or an owner's
    word before ("his lost fishing boat", "sein verlorenes Fischerboot", "the broken vase", "his wedding
    shirt"): a thing that is lost, no act of losing. German writes such a word small and inflected between its
    article and a capital noun; an English one is a participle or an -ing word before a thing or someone."""
    found: list[int] = []
    for k in range(1, len(tokens)):
        if verbs[k] is None or folded[k - 1] not in _ARTICLES or not tokens[k][:1].islower():
            continue
        english = folded[k - 1] in _DETERMINERS_EN
        if english and not (folded[k] in _PARTICIPLES_EN or folded[k].endswith(("ed", "en", "ing"))):
            continue
        if not english and not folded[k].endswith(_INFLECTED_DE):
            continue
        noun = next((j for j in range(k + 1, min(k + 1 + _BETWEEN_NOUN, len(tokens))) if any(
            h.category in ("object", "character", "stand_in") for h in meanings[j]) or (
            not english and tokens[j][:1].isupper())), None)
        if noun is not None and all(verbs[j] is None or folded[j].endswith(("ing", "ed")) for j in range(k + 1, noun)):
            found.append(k)
    return found


_OWNERS_EN = frozenset({"his", "their", "my", "your", "our", "its", "the", "a", "an"})
_OBJECT_OPENERS = _OWNERS_EN | {"her", "him", "them", "it", "me", "us", "this", "that", "these", "those"}
_PLACE_BEFORE_HER = frozenset({"on", "in", "with", "from", "under", "into", "onto", "off", "to", "of"})


def nouns_by_place(tokens: list[str], folded: list[str], meanings: list[list], verbs: list,
                   lookup) -> list[tuple[int, list]]:
    """(index, thing meanings) of the English words read as verbs that stand where a noun does and name a thing: right after an
    owner's word or an article, or after one and a word that is no verb and no one ("glides on her roller
    skates": the skates, not a glide and a skating; "puts on his boxes"). "her" counts only after a preposition
    ("on her skates"; "gives her drums" is left as it is)."""
    found: list[tuple[int, list]] = []
    for k in range(1, len(tokens)):
        things = [h for h in lookup(folded[k]) if h.category == "object"] if verbs[k] is not None else []
        if not things or not tokens[k][:1].islower() or k + 1 < len(folded) and folded[k + 1] in _OBJECT_OPENERS:
            continue  # "a tornado lifts their car": a verb with its object after it
        for j in (k - 1, k - 2):
            if j < 0 or any(verbs[i] is not None or force_of(tokens[i]) or any(
                    h.category in ("character", "stand_in") for h in meanings[i]) for i in range(j + 1, k)):
                break
            if folded[j] in _OWNERS_EN or folded[j] == "her" and j and folded[j - 1] in _PLACE_BEFORE_HER:
                found.append((k, things))
                break
    return found


# what is watched on a screen (folded, both languages): the tables leave the word out ("a film about a
# dragon" is the film itself); watched, it is the screen it plays on
_WATCHED = frozenset({"film", "films", "movie", "movies", "cartoon", "cartoons", "show", "series", "filme",
                      "zeichentrickfilm", "serie", "sendung"})
_WATCH_VERBS = frozenset({"watch"})


def watched_screens(folded: list[str], meanings: list[list], verbs: list) -> list[int]:
    """The indices of film words that a verb of watching before them takes as its object ("watches her favourite
    film one last time", "sieht einen Film"): the screen, a tv, plays them; a film the idea only names is left
    out as before."""
    found: list[int] = []
    for k, word in enumerate(folded):
        if word not in _WATCHED or any(h.category != "stop" for h in meanings[k]):
            continue
        j = k - 1
        while j >= 0 and k - j <= _BETWEEN_NOUN + 2 and verbs[j] is None:
            j -= 1
        if j >= 0 and verbs[j] is not None and getattr(verbs[j], "key", "") in _WATCH_VERBS:
            found.append(k)
    return found
