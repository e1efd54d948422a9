"""What stands in for what an idea names is said, once the idea's words are read (``autark.story.analysis``
asks ``stand_in_notes`` before it casts): a bare word the idea's other words make another kind's
(``story.kinds_in_context``: a fisherman's net is the fishing net), the place table's sets of another name (``places.stand_in_notes``:
"'bakery' is played by the set 'kitchen' with an oven") and English two-word things, where the first word is
no thing of its own ("a vending machine", "the sleeping car"):

- WordNet knows the pair as one thing; where the pair's class reaches a vehicle of another kind than its last
  word's (a sleeping car is a railway carriage, a baby carriage a pram), that kind plays it: a sleeping car had
  been a motor car;
- where a generic of its category plays it (``thing_kinds.GENERIC_KINDS``), a note says so: "'vending machine'
  is shown as a machine" (the first word had been dropped as a describing word, silently).
"""

from __future__ import annotations

from autark.story import places
from autark.story.kinds_in_context import kinds_in_context

__all__ = ["stand_in_notes"]

# what the first word of a pair may have been read as and still be no thing of its own
_NO_THING = frozenset({"stop", "mood", "colour", "genre"})


def stand_in_notes(tokens: list[str], folded: list[str], meanings: list[list], span_start: list[bool],
                   said: list[str], lang: str) -> list[str]:
    """The notes of the idea's stand-ins; English pairs that name a vehicle of another kind, or a thing their
    last word's stand-in is not, are re-read in ``meanings`` (in place; the last word's own note leaves
    ``said``)."""
    notes = kinds_in_context(tokens, folded, meanings)
    if lang == "en":
        _describing_things(folded, meanings, span_start)
    notes += _english_pairs(tokens, folded, meanings, span_start, said) if lang == "en" else []
    return notes + places.stand_in_notes(tokens, folded, meanings, span_start, [*said, *notes])


def _describing_things(folded: list[str], meanings: list[list], span_start: list[bool]) -> None:
    """Re-read as nothing (in ``meanings``, in place) the first word of an English pair WordNet knows as one
    thing, where both words are things: a "ski mask" is a mask (no skis, no snow field for them), a "gas mask"
    a mask; the pair's last word shows it."""
    from autark.language import wordnet
    from autark.story.lexicon import Hit
    from autark.story.thing_kinds import preferred_kind, thing_kind

    if not wordnet.available():
        return
    for k in range(len(folded) - 1):
        if not span_start[k + 1] or not _object_kind(meanings[k]) or not _object_kind(meanings[k + 1]):
            continue
        pair, head = f"{folded[k]}_{folded[k + 1]}", _object_kind(meanings[k + 1])
        if thing_kind(_object_kind(meanings[k])) != thing_kind(head) and preferred_kind(pair, head) == head and \
                wordnet.synsets(pair, "noun", frozenset({"noun.artifact"})):
            meanings[k] = [Hit("stop", "", "any")]  # (a "toaster oven" keeps both: two tools, the pairs below)


def _object_kind(hits: list) -> str:
    return next((h.key for h in hits if h.category == "object"), "")


def _english_pairs(tokens: list[str], folded: list[str], meanings: list[list], span_start: list[bool],
                   said: list[str]) -> list[str]:
    from autark.assets import library
    from autark.language import wordnet
    from autark.story import wordnet_words
    from autark.story.lexicon import Hit, lexicon
    from autark.story.nouns import thing_note
    from autark.story.thing_kinds import GENERIC_KINDS, preferred_kind
    from autark.story.vocabularies import vocabulary

    if not wordnet.available():
        return []
    lookup = lexicon().lookup
    notes: list[str] = []
    for k in range(len(folded) - 1):
        head = _object_kind(meanings[k + 1])
        if not head or not span_start[k + 1] or not tokens[k][:1].islower() or any(
                h.category not in _NO_THING for h in meanings[k]):
            continue
        pair = f"{folded[k]}_{folded[k + 1]}"
        if not wordnet.synsets(pair, "noun", frozenset({"noun.artifact"})):
            continue
        found = wordnet_words.noun_target(pair, vocabulary("noun", "en"))
        kind = _object_kind(lookup(found[0])) if found else ""
        token = f"{tokens[k]} {tokens[k + 1]}"
        if kind and kind != head and library.get(kind).category == library.get(head).category == "vehicle":
            meanings[k + 1] = [h for h in lookup(found[0]) if h.category == "object"]  # type: ignore[index]
            note = thing_note(token, found[0], lookup)  # type: ignore[index]
        elif head in GENERIC_KINDS and not any(repr(tokens[k + 1]) in n for n in said):
            note = f"{token!r} is shown as {GENERIC_KINDS[head]}"
        elif (better := preferred_kind(pair, head)) is not None and better != head:
            # "rolling pin": its last word's stand-in (a necklace for "pin") is no rolling pin, nor its note
            meanings[k + 1] = [h for h in meanings[k + 1] if h.category != "object"] + (
                [Hit("object", better, "en")] if better else [])
            said[:] = [n for n in said if not n.startswith(f"{tokens[k + 1]!r} is played by")]
            note = (f"{token!r} is played by {better.replace('_', ' ')!r}" if better else
                    f"{token!r} is left out: autark has no thing of its shape and use")
        else:
            continue
        if note:
            notes.append(note)
    return notes
