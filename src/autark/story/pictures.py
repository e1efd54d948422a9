"""What a picture made in the story shows: "a robot paints a picture of a sunflower", "ein Kind malt ein Bild von
seinem Hund", "die Malerin malt einen Baum und hängt das Bild auf", "draws a portrait of the queen".

The picture is made on screen (``story.presence``: a ``make`` of the painting, on an easel, ``autark.jobs.making``),
but the painting's own canvas shows a landscape: the film never showed the sunflower. Here the idea is read for
what it shows -- the one or the thing after the picture word and "of", "von", "vom" (or a genitive), else what
the painting verb is done to where a picture is named too -- and a ``depict`` effect on the painting's making shot
asks ``autark.jobs.canvas_pictures`` to draw it on the canvas, from when it is painted on.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from autark.assets.templates import fold
from autark.story.effects import Effect
from autark.story.modified_nouns import _PICTURE_WORDS

if TYPE_CHECKING:
    from autark.story.concept import Concept
    from autark.story.shot_plans import ShotPlan

__all__ = ["depicted", "picture_effects", "PICTURE_KINDS"]

PICTURE_KINDS = frozenset({"painting", "drawing", "poster", "portrait"})  # the kinds a picture is played by
_OF = frozenset({"of", "von", "vom", "eines", "einer", "des", "der"})
_PAINTING = ("paint", "draw", "sketch", "mal", "zeichn", "skizz")
_SKIP = frozenset({"a", "an", "the", "his", "her", "their", "its", "my", "our", "your", "ein", "eine", "einen", "einem",
                   "einer", "eines", "den", "dem", "der", "des", "die", "das", "seinem", "seiner", "seinen", "seines",
                   "ihrem", "ihrer", "ihren", "ihres", "meinem", "meiner", "unserem", "unserer", "old", "alte", "alten",
                   "little", "kleine", "kleinen", "big", "grosse", "grossen", "beautiful", "schoene", "schoenen"})


def _things(concept: Concept) -> dict[str, str]:
    """The folded words (whole, last part, a name) by which the idea names each body and thing: its kind."""
    out: dict[str, str] = {}
    for c in concept.characters:
        for w in (c.word, c.name):
            if w:
                out.setdefault(fold(w), c.type)
    for o in concept.objects:
        if o.word and o.type not in PICTURE_KINDS:
            out.setdefault(fold(o.word), o.type)
            out.setdefault(fold(o.word).split()[-1], o.type)
    return out


def _kind_of(word: str, named: dict[str, str]) -> str:
    from autark.assets import library

    if word in named:
        return named[word]
    from autark.story.lexicon import lexicon

    # a thing or a body of the one vocabulary ("Schloss": a castle), a catalog kind, an inflected cast word
    for kind in [h.key for h in lexicon().lookup(word) if h.category in ("object", "character")] + [word]:
        try:
            library.get(kind)
            return kind
        except KeyError:
            continue
    return next((k for w, k in named.items() if len(w) > 3 and word.startswith(w)), "")  # "Hundes", "Baums"


def depicted(concept: Concept) -> str:
    """The kind (an asset type) the idea's picture shows, "" where it names none."""
    tokens = [fold(t) for t in re.findall(r"\w+|[^\w\s]", concept.idea)]
    named = _things(concept)
    for k, w in enumerate(tokens):
        if w in _PICTURE_WORDS and k + 1 < len(tokens) and tokens[k + 1] in _OF:
            for j in range(k + 2, min(k + 6, len(tokens))):
                if tokens[j] in _SKIP:
                    continue
                return _kind_of(tokens[j], named)
    if not any(w in _PICTURE_WORDS for w in tokens):
        return ""
    for k, w in enumerate(tokens):  # "malt einen Baum und hängt das Bild auf": what is painted
        if w.startswith(_PAINTING) and not w.startswith(("male", "mall", "painter")):
            for j in range(k + 1, min(k + 5, len(tokens))):
                if tokens[j] in _SKIP:
                    continue
                if tokens[j] in _PICTURE_WORDS or not tokens[j][:1].isalpha():
                    break
                kind = _kind_of(tokens[j], named)
                if kind:
                    return kind
                break
    return ""


def picture_effects(concept: Concept, plans: list[ShotPlan], out: dict[int, list[Effect]]) -> None:
    """A ``depict`` effect on the painting in the shot where it is made (what it shows, ``depicted``)."""
    kind = depicted(concept)
    if not kind:
        return
    painted = [n for n, ev in enumerate(concept.events) if ev.patient in PICTURE_KINDS | {kind}
               and fold(ev.word).startswith(_PAINTING)]
    shots = [i for i, p in enumerate(plans) if any(n in p.events for n in painted)]
    picture = next((o.type for o in concept.objects if o.type in PICTURE_KINDS), "")
    if not shots or not picture or any(e.kind == "depict" for es in out.values() for e in es):
        return
    out.setdefault(shots[0], []).append(Effect(kind="depict", target=picture, into=kind, at_s=0.5, duration_s=3.0))
