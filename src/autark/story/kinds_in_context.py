"""A bare word that is the head of several kinds' names is the kind the idea's other words name: a fisherman's
"net" is the fishing net, not the tennis net the word alone reads as; an "Eishockeyspieler"'s "Schläger" is the
hockey stick, not the tennis racket; "Netz" beside a "Fischer" the fishing net.

The kinds' own words are the cues (``autark.assets`` specs, both languages): a kind whose word is a compound of
the idea's word ("fishing_net", "Fischernetz", "Eishockeyschläger") is named by its first part ("fishing",
"fischer", "eishockey"), which an idea word may begin with (English: "fisherman" begins with "fish") or hold
(German compounds: "Eishockeyspieler" holds "hockey"). The kind the word reads as keeps it where its own first
parts are named too, or none is. Asked by ``story.stand_ins`` before the cast is made.
"""

from __future__ import annotations

from functools import cache

from autark.assets.templates import fold

__all__ = ["kinds_in_context"]

_MIN_HEAD = 3  # "net": shorter words ("tor") are too often the tail of an unrelated compound
_MIN_CUE = 4  # a first part shorter than this ("ice") names too many things
_ENDINGS = ("ing", "er", "s")  # "fishing" -> "fish", "fischer" -> "fisch": the part's stem names it too


def kinds_in_context(tokens: list[str], folded: list[str], meanings: list[list]) -> list[str]:
    """Re-read in ``meanings`` (in place) each thing word whose kind another kind's compound name fits the idea
    better; the notes say so ("'net' is shown as a fishing net, for 'fisherman'")."""
    from autark.story.lexicon import Hit

    notes: list[str] = []
    for k, hits in enumerate(meanings):
        current = next((h for h in hits if h.category == "object"), None)
        if current is None or len(folded[k]) < _MIN_HEAD:
            continue
        others = {j: w for j, w in enumerate(folded) if j != k}
        heads = _compounds_of(folded[k])
        if current.key not in heads or _named(heads[current.key], others) is not None:
            continue
        better = next(((kind, at) for kind, parts in heads.items() if kind != current.key
                       for at in [_named(parts, others)] if at is not None), None)
        if better is None:
            continue
        kind, at = better
        meanings[k] = [Hit("object", kind, current.lang) if h is current else h for h in hits]
        notes.append(f"{tokens[k]!r} is shown as a {kind.replace('_', ' ')}, for {tokens[at]!r}")
    return notes


@cache
def _compounds_of(head: str) -> dict[str, tuple[str, ...]]:
    """Kind -> the first parts of its words that are compounds ending in ``head`` (folded: "net" ->
    {"fishing_net": ("fishing", "butterfly", "landing", "fischer"), "tennis_net": ("tennis", ...)}); a kind
    that has ``head`` itself as a word is listed too, with its compounds' parts (or none)."""
    from autark.assets import library

    out: dict[str, tuple[str, ...]] = {}
    for kind in library.all_types():
        words = [fold(w) for code in ("en", "de") for w in library.get(kind).words.get(code, "").split()]
        parts = tuple(w[: -len(head) - 1] if w.endswith(f"_{head}") else w[: -len(head)] for w in words
                      if w != head and (w.endswith(f"_{head}") or ("_" not in w and w.endswith(head)
                                                                  and len(w) - len(head) >= _MIN_HEAD)))
        if parts or head in words:
            out[kind] = tuple(p.rsplit("_", 1)[-1] for p in parts)
    return out if len(out) > 1 else {}


def _named(parts: tuple[str, ...], words: dict[int, str]) -> int | None:
    """Where the idea word (of ``words``: index -> folded word) that names one of a kind's first ``parts`` is,
    None where none does."""
    for part in parts:
        cues = {part} | {part[: -len(e)] for e in _ENDINGS if part.endswith(e) and len(part) - len(e) >= _MIN_CUE}
        for at, word in words.items():
            if any(len(c) >= _MIN_CUE and (word.startswith(c) or (len(word) > len(c) + 3 and c in word))
                   for c in cues):
                return at
    return None
