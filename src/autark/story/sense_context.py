"""Whether a stand-in found for a word nobody listed fits what the idea is about: a reader that reaches a word
through WordNet, a dictionary or an embedding may land on the word's other sense, and a stand-in of that sense
changes the meaning. An instrument plays a word only where the idea is about music: "the oxygen pipe" on a
space station is no trumpet (WordNet's pipe is also a wind instrument), though a shepherd's "pipe" he plays
is. Where the stand-in does not fit, the word is reported rather than shown as something else (the reader's
own rule: "reported, never a misleading stand-in"). Asked by ``story.nouns`` for the words it reads.

A place word a verb makes ("digs *a tunnel* in the prison", "baut eine Höhle im Garten") names a thing made,
not where the film happens, where the idea names another place (``made_places``, asked by ``story.meanings``);
"aboard" is a ship's deck only where no other vessel or place follows it ("aboard the space station": the
station, ``aboard_what``).
"""

from __future__ import annotations

__all__ = ["aboard_what", "fits_context", "made_places"]

# words of music-making (folded stems, both languages): the idea is about music where one begins a word
_MUSIC_CUES = (
    "music",
    "musik",
    "musiz",
    "concert",
    "konzert",
    "song",
    "lied",
    "melod",
    "orchest",
    "band",
    "sing",
    "sang",
    "saeng",
    "chor",
    "choir",
    "tune",
    "play",
    "spiel",
    "blow",
    "blaes",
    "blas",
    "pfeif",
    "whistl",
    "dance",
    "tanz",
    "serenad",
    "stage",
    "buehne",
    "opera",
    "oper",
    "jazz",
    "rock",
    "symphon",
    "sinfon",
)


def fits_context(kind: str, folded: list[str], lookup) -> bool:
    """Whether the thing kind ``kind`` may stand in for a word of the idea (its ``folded`` words;
    ``lookup(word)`` the lexicon's hits): an instrument only where a word of music-making or another
    instrument is there."""
    from autark.story.roles import INSTRUMENTS

    if kind not in INSTRUMENTS:
        return True
    return any(w.startswith(_MUSIC_CUES) for w in folded) or any(
        h.category == "object" and h.key in INSTRUMENTS for w in folded for h in lookup(w)
    )


# the verbs that make what they act on (story verb keys): "digs a tunnel", "baut eine Höhle", "builds a den"
_MAKING = frozenset({"bury", "repair", "craft", "invent"})
_ARTICLES = frozenset({"a", "an", "the", "ein", "eine", "einen", "einem", "der", "die", "das", "den", "dem"})


def made_places(folded: list[str], meanings: list[list], verbs: list) -> list[int]:
    """The indices of place words a verb makes ("digs *a tunnel* out of the prison": read as the cave) where the
    idea names another place: what is made there is no place it happens in (the caller reads them as nothing)."""
    places = [k for k, hits in enumerate(meanings) if hits and all(h.category == "setting" for h in hits)]
    made = [
        k
        for k in places
        if k > 1 and folded[k - 1] in _ARTICLES and verbs[k - 2] is not None and verbs[k - 2].key in _MAKING
    ]
    return made if len(made) < len(places) else []


_ABOARD = frozenset({"aboard", "onboard"})
_VESSEL_KINDS = frozenset({"spaceship", "rocket", "airplane", "train", "bus", "submarine", "boat", "tram"})
_FOLLOWING = 4  # "aboard *the old rusty* space station": the vessel a few words on


def aboard_what(folded: list[str], meanings: list[list]) -> list[int]:
    """The indices of "aboard" words (read as the ship's deck) that a place or another vessel follows: that one is
    where it happens (the caller reads them as nothing)."""
    return [
        k
        for k, w in enumerate(folded)
        if w in _ABOARD
        and any(
            h.category == "setting"
            and h.key not in {x.key for x in meanings[k]}
            or h.category == "object"
            and h.key in _VESSEL_KINDS
            for hits in meanings[k + 1 : k + 1 + _FOLLOWING]
            for h in hits
        )
    ]
