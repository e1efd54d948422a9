"""A reader of Princeton WordNet 3.0 as Debian's ``wordnet-base`` installs it (/usr/share/wordnet): the senses of
an English noun or verb, in WordNet's order (the most frequent first), each with its lexicographer file
("noun.animal", "verb.body") and its hypernyms, so that a word autark has no asset or verb for can be walked up
to a more general one that it has ("moustache" is facial hair, "shave" is to groom).

WordNet's files are made for lookup without loading them: each ``index.*`` file's lines are sorted by lemma, so
one is found by a binary search over the file's bytes (as WordNet's own C library, ``binsrch.c``, does); each
``data.*`` line is addressed by its byte offset. The files are memory-mapped on first use and never parsed
whole: a lookup reads a few pages and costs microseconds. Base forms come from the exception lists (``geese``,
``went``) and the detachment rules of WordNet's ``morphy``. Without the files every function answers nothing
(no senses, no base forms): the product works without WordNet, only with fewer words.

WordNet 3.0 is (c) 2006 Princeton University, under its own permissive licence (use, copy, modify and
distribute for any purpose, without fee, keeping the copyright notice); the files are not part of autark.
nltk's reader is not used: it refuses Debian's layout (no ``lexnames`` file) and loads every index at start,
seconds per process.
"""

from __future__ import annotations

import mmap
from dataclasses import dataclass, replace
from functools import cache, lru_cache
from pathlib import Path

__all__ = ["LEXNAMES", "Synset", "available", "base_forms", "synsets", "synset_at", "hypernyms", "ancestors",
           "wordnet_dir", "forget"]

# The 45 lexicographer files, by their number in a data line's ``lex_filenum`` field (WordNet's lexnames(5WN)).
LEXNAMES = (
    "adj.all", "adj.pert", "adv.all", "noun.Tops", "noun.act", "noun.animal", "noun.artifact", "noun.attribute",
    "noun.body", "noun.cognition", "noun.communication", "noun.event", "noun.feeling", "noun.food", "noun.group",
    "noun.location", "noun.motive", "noun.object", "noun.person", "noun.phenomenon", "noun.plant",
    "noun.possession", "noun.process", "noun.quantity", "noun.relation", "noun.shape", "noun.state",
    "noun.substance", "noun.time", "verb.body", "verb.change", "verb.cognition", "verb.communication",
    "verb.competition", "verb.consumption", "verb.contact", "verb.creation", "verb.emotion", "verb.motion",
    "verb.perception", "verb.possession", "verb.social", "verb.stative", "verb.weather", "adj.ppl",
)

_POS = {"noun": "noun", "n": "noun", "verb": "verb", "v": "verb"}
_DATA_POS = {"n": "noun", "v": "verb"}

# morphy's detachment rules: an ending and what replaces it
_RULES = {
    "noun": (("ses", "s"), ("xes", "x"), ("zes", "z"), ("ches", "ch"), ("shes", "sh"), ("men", "man"),
             ("ies", "y"), ("s", "")),
    "verb": (("ies", "y"), ("es", "e"), ("es", ""), ("ed", "e"), ("ed", ""), ("ing", "e"), ("ing", ""),
             ("s", "")),
}

# Debian's wordnet-base; a module setting, not an environment variable (no layer below the edges reads the
# environment): a test points it elsewhere and calls ``forget``
WORDNET_DIR = "/usr/share/wordnet"


def wordnet_dir() -> Path:
    """Where the WordNet files are (``WORDNET_DIR``)."""
    return Path(WORDNET_DIR)


@dataclass(frozen=True)
class Synset:
    """One sense: its byte offset in ``data.<pos>``, part of speech ("noun", "verb"), lexicographer file
    ("noun.animal"), its words (folded: lower case, "_" for a space) and its hypernyms' offsets (same part of
    speech; instance hypernyms too: "Paris" is an instance of a city); ``proper``: a name (every word of it
    capitalised: "Heron" the mathematician, not the bird); ``tagged``: the sense's order among the word's
    senses is by frequency in WordNet's tagged texts (an untagged sense's place says nothing)."""

    offset: int
    pos: str
    lexname: str
    lemmas: tuple[str, ...]
    hypernym_offsets: tuple[int, ...]
    proper: bool = False
    tagged: bool = True


@cache
def _mapped(name: str) -> mmap.mmap | None:
    # one read-only map per file for the process: the pages are shared with the OS cache, nothing is parsed
    path = wordnet_dir() / name
    try:
        with open(path, "rb") as f:
            return mmap.mmap(f.fileno(), 0, access=mmap.ACCESS_READ)
    except (OSError, ValueError):  # absent, unreadable or empty
        return None


def available() -> bool:
    """Whether the WordNet files are installed (``apt-get install wordnet-base``)."""
    return _mapped("index.noun") is not None and _mapped("data.noun") is not None


def _line_at(m: mmap.mmap, start: int) -> bytes:
    end = m.find(b"\n", start)
    return m[start:] if end < 0 else m[start:end]


def _search(name: str, key: str) -> bytes | None:
    """The line of the sorted file ``name`` whose first field is ``key``, by binary search over its bytes; the
    licence lines at the top start with spaces, which sort before every lemma."""
    m = _mapped(name)
    if m is None or not key:
        return None
    want = key.encode("utf-8")
    lo, hi = 0, len(m)
    while lo < hi:
        mid = (lo + hi) // 2
        start = m.rfind(b"\n", 0, mid) + 1  # the line that holds byte ``mid``
        line = _line_at(m, start)
        field = line.split(b" ", 1)[0]
        if field == want:
            return line
        if line.startswith(b" ") or field < want:
            lo = start + len(line) + 1
        else:
            hi = start
    return None


def _key(word: str) -> str:
    return word.strip().lower().replace(" ", "_").replace("-", "_")


def _index(lemma: str, pos: str) -> tuple[int, ...]:
    """The synset offsets of ``lemma`` as written (no base form), in sense order."""
    return _index_entry(lemma, _POS[pos])[0]


@lru_cache(maxsize=4096)
def _index_entry(lemma: str, pos: str) -> tuple[tuple[int, ...], int]:
    """(the synset offsets of ``lemma`` in sense order, how many of the first are ordered by tagged frequency)."""
    line = _search(f"index.{pos}", lemma)
    if line is None:
        return (), 0
    fields = line.decode("utf-8").split()
    synset_cnt, p_cnt = int(fields[2]), int(fields[3])
    tagged = int(fields[5 + p_cnt])
    return tuple(int(f) for f in fields[6 + p_cnt:6 + p_cnt + synset_cnt]), tagged


@lru_cache(maxsize=4096)
def _exceptions(word: str, pos: str) -> tuple[str, ...]:
    line = _search(f"{pos}.exc", word)
    return tuple(line.decode("utf-8").split()[1:]) if line is not None else ()


@lru_cache(maxsize=4096)
def base_forms(word: str, pos: str) -> tuple[str, ...]:
    """The base forms of ``word`` that WordNet has as ``pos`` ("noun"/"verb"), as its morphy finds them: the
    exception list ("geese" -> goose, "went" -> go), the word itself, then the detachment rules ("buries" ->
    bury, "dresses" -> dress); empty for a word WordNet does not know."""
    pos = _POS[pos]
    w = _key(word)
    if not w or not available():
        return ()
    found = [f for f in (*_exceptions(w, pos), w) if _index(f, pos)]
    if not found:
        for end, repl in _RULES[pos]:
            if w.endswith(end) and len(w) > len(end):
                form = w[: len(w) - len(end)] + repl
                if _index(form, pos):
                    found.append(form)
        if pos == "verb" and not found and len(w) > 4 and w.endswith(("ed", "ing")):  # "shopped": a doubled
            stem = w[:-2] if w.endswith("ed") else w[:-3]  # consonant the rules leave ("shopp")
            if len(stem) >= 3 and stem[-1] == stem[-2] and _index(stem[:-1], pos):
                found.append(stem[:-1])
    return tuple(dict.fromkeys(found))


@lru_cache(maxsize=16384)
def synset_at(offset: int, pos: str) -> Synset | None:
    """The synset at byte ``offset`` of ``data.<pos>``, or None (no file, or not a synset's line)."""
    pos = _POS[pos]
    m = _mapped(f"data.{pos}")
    if m is None or not 0 <= offset < len(m):
        return None
    fields = _line_at(m, offset).decode("utf-8").split(" | ", 1)[0].split()
    if not fields or not fields[0].isdigit() or int(fields[0]) != offset:
        return None
    lexnum = int(fields[1])
    w_cnt = int(fields[3], 16)
    written = [fields[4 + 2 * i].split("(", 1)[0] for i in range(w_cnt)]
    at = 4 + 2 * w_cnt
    p_cnt = int(fields[at])
    hyper = []
    for i in range(p_cnt):
        symbol, target, target_pos = fields[at + 1 + 4 * i: at + 4 + 4 * i]
        if symbol in ("@", "@i") and _DATA_POS.get(target_pos) == pos:
            hyper.append(int(target))
    return Synset(offset, pos, LEXNAMES[lexnum] if lexnum < len(LEXNAMES) else "",
                  tuple(w.lower() for w in written), tuple(hyper), all(w[:1].isupper() for w in written))


def synsets(word: str, pos: str, lexnames: frozenset[str] | set[str] | tuple[str, ...] | None = None) -> tuple[Synset, ...]:
    """The senses of ``word`` (any inflection) as ``pos``, most frequent first (the base forms' senses in
    morphy's order, each once); with ``lexnames`` only the senses of those lexicographer files."""
    pos = _POS[pos]
    out: list[Synset] = []
    seen: set[int] = set()
    for form in base_forms(word, pos):
        offsets, tagged = _index_entry(form, pos)
        for rank, offset in enumerate(offsets):
            if offset in seen:
                continue
            seen.add(offset)
            s = synset_at(offset, pos)
            if s is not None and (lexnames is None or s.lexname in lexnames):
                out.append(s if rank < tagged else replace(s, tagged=False))
    return tuple(out)


def hypernyms(synset: Synset) -> tuple[Synset, ...]:
    """The synset's direct hypernyms (and instance hypernyms)."""
    return tuple(s for o in synset.hypernym_offsets if (s := synset_at(o, synset.pos)) is not None)


def ancestors(synset: Synset, max_depth: int = 12, stop: frozenset[str] = frozenset()) -> list[tuple[int, Synset]]:
    """The synset and its hypernyms, breadth first, as (depth, synset): the nearer a more general word, the
    earlier; each synset once. A hypernym with a lemma in ``stop`` (words too general to mean anything:
    entity, object, whole) is left out, and nothing above it is reached through it."""
    out: list[tuple[int, Synset]] = [(0, synset)]
    seen = {synset.offset}
    frontier = [synset]
    for depth in range(1, max_depth + 1):
        nxt = []
        for s in frontier:
            for h in hypernyms(s):
                if h.offset not in seen and stop.isdisjoint(h.lemmas):
                    seen.add(h.offset)
                    out.append((depth, h))
                    nxt.append(h)
        if not nxt:
            break
        frontier = nxt
    return out


def forget() -> None:
    """Drop the open files and every answer kept (after ``WORDNET_DIR`` changes: tests)."""
    for f in (_mapped, _index_entry, _exceptions, base_forms, synset_at):
        f.cache_clear()
