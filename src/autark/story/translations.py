"""The English words for a German noun, from the German-English dictionary of TU Chemnitz ("Ding") as Debian's
``trans-de-en`` installs it (/usr/share/trans/de-en): a German noun no table knows is read through its English
words, and those through WordNet (``autark.story.semantic.nearest``): "Zwiebel" is an onion (a vegetable),
"Geldbörse" a wallet, "Brautkleid" a wedding dress, "Zahn" a tooth. One rule for every German noun the
dictionary has (about 200,000 entries), where a table would list them one by one; the multilingual embedding
of the ``semantic`` extra was measured and ranks German words by their spelling ("Zwiebel" nearest "Kübel").

Each line of the file is ``German | German forms :: English | English forms``, the ``|`` parts parallel
("Zahn {m} [anat.] | Zähne {pl} :: tooth | teeth"); alternatives are separated by ``;`` and carry their gender
(``{m}``, ``{f}``, ``{n}``, ``{pl}``) and notes in brackets. The file is memory-mapped and searched for the
word's line, never parsed whole: a lookup scans it once with a regular expression (tens of milliseconds) and
only for a word nothing else knew. Without the file nothing is found. Ding is (c) Frank Richter, under the
GPL (version 2 or later); the file is not part of autark, which only reads it where it is installed.
"""

from __future__ import annotations

import itertools
import mmap
import re
from functools import cache

__all__ = ["DICTIONARY_PATH", "available", "english_nouns", "spellings", "forget"]

# Debian's trans-de-en; a module setting (no layer below the edges reads the environment): tests point it elsewhere
DICTIONARY_PATH = "/usr/share/trans/de-en"
_MAX_LINES = 1  # a word's first entry is its everyday sense ("Zahn [anat.]" before the gear's and the cathode ray's)
_NOTES = re.compile(r"\{[^}]*\}|\[[^\]]*\]|\([^)]*\)|<[^>]*>")
_FOLDED = (("ae", "ä"), ("oe", "ö"), ("ue", "ü"), ("ss", "ß"))


@cache
def _mapped() -> mmap.mmap | None:
    try:
        with open(DICTIONARY_PATH, "rb") as f:
            return mmap.mmap(f.fileno(), 0, access=mmap.ACCESS_READ)
    except (OSError, ValueError):
        return None


def available() -> bool:
    """Whether the dictionary is installed (``apt-get install trans-de-en``)."""
    return _mapped() is not None


def spellings(folded: str) -> list[str]:
    """The German spellings a folded word may stand for, capitalised as a noun ("geldboerse" -> Geldbörse,
    Geldboerse): each "ae", "oe", "ue", "ss" as written or as its letter."""
    parts = re.split("(ae|oe|ue|ss)", folded)
    choices = [[p, dict(_FOLDED)[p]] if p in dict(_FOLDED) else [p] for p in parts]
    words = ["".join(c) for c in itertools.product(*choices)][:32]
    return [w[:1].upper() + w[1:] for w in words if w]


@cache
def english_nouns(folded: str) -> tuple[str, ...]:
    """The English words for the German noun ``folded`` (folded: lower case, ä -> ae), its everyday senses
    first, each once ("zwiebel" -> onion, bulb, ...); a plural is looked up by its own form ("tomaten" ->
    tomatoes). Empty without the dictionary or for a word it does not have as a noun."""
    m = _mapped()
    if m is None or len(folded) < 3:
        return ()
    heads: list[str] = []  # lines the word begins: its own entries, before those it is an alternative in
    others: list[str] = []
    for spelling in spellings(folded):
        key = spelling.encode("utf-8") + b" {"
        at = m.find(key)
        while at >= 0 and len(heads) < _MAX_LINES:
            before = m[max(at - 2, 0):at]
            if at == 0 or before.endswith(b"\n") or before in (b"; ", b"| ") and m[at + len(key):at + len(key) + 1] in (
                    b"m", b"f", b"n", b"p"):
                start = m.rfind(b"\n", 0, at) + 1
                end = m.find(b"\n", at)
                line = m[start:end if end >= 0 else len(m)].decode("utf-8", "replace")
                (heads if start == at else others).append(_english_of(line, at - start))
            at = m.find(key, at + 1)
    found = [w for words in (heads + others)[:_MAX_LINES] for w in words]
    return tuple(dict.fromkeys(found))


@cache
def gender_de(folded: str) -> str:
    """The gender ("m", "f", "n") the dictionary gives the German noun ``folded`` where a line begins with it
    ("Kaugummi {m}": m), "" where it has none (or no such line, or no dictionary)."""
    m = _mapped()
    if m is None or len(folded) < 3:
        return ""
    for spelling in spellings(folded):
        key = ("\n" + spelling + " {").encode("utf-8")
        at = m.find(key)
        if at >= 0 and m[at + len(key):at + len(key) + 1] in (b"m", b"f", b"n") and m[
                at + len(key) + 1:at + len(key) + 2] == b"}":
            return m[at + len(key):at + len(key) + 1].decode()
    return ""


def _english_of(line: str, at: int) -> list[str]:
    """The English words of the ``|`` part of ``line`` whose German part holds character ``at``."""
    german, sep, english = line.partition(" :: ")
    if not sep:
        return []
    part = german[:at].count(" | ")
    parts = english.split(" | ")
    if part >= len(parts):
        return []
    words = [" ".join(_NOTES.sub("", w).split()) for w in parts[part].split(";")]
    return [w for w in words if w and not w.startswith(("to ", "sb", "sth"))]


def forget() -> None:
    """Drop the open file and every answer kept (after ``DICTIONARY_PATH`` changes: tests)."""
    _mapped.cache_clear()
    english_nouns.cache_clear()
    gender_de.cache_clear()
