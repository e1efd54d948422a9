"""Known and unknown words: whether a word means anything to the engine here, and the error for one it does not
know, with the nearest known words as suggestions ("did you mean 'chair'?")."""

from __future__ import annotations

import difflib
from collections import Counter
from functools import cache

import numpy as np

from autark.errors import NotUnderstood
from autark.language import lang
from autark.language import lexicon as lx
from autark.language import parse as ps
from autark.language.context import Ctx, norm_name
from autark.language.grammar import Token


def adj_kind(word: str) -> str | None:
    for cand in lx.normalize_adjective(word):
        if cand in lx.COLORS:
            return "color"
    return None


def has_noun(tokens: list[Token]) -> bool:
    p = ps.Parser(tokens, {})
    return any(p.lookup_noun(i) is not None for i in range(len(tokens)))


def known_word(w: str) -> bool:
    return (w in lx.FILLER or w in lx.KEYWORDS or w in lang.VERBS or w in lx.NUMBERS or w in lx.DEFINITE
            or w in lx.INDEFINITE or w in lx.ALL_WORDS or w in lx.PRONOUNS or w in (",", "=", ":", "(", ")"))


def unknown(tok: Token, ctx: Ctx) -> None:
    word = tok.text
    if len(word) > 40:
        word = word[:40] + "..."
    if word in lx.STAND_INS:  # a creature autark has no body for: name the one that could play it
        body = lx.STAND_INS[word]
        noun = lx.noun_forms(body)[0] if not ctx.german else lang.LANGUAGES["de"].NOUNS[body].split()[0].title()
        raise NotUnderstood(ctx.msg(f"autark has no {word}; a {noun} could play it",
                                    f"'{word}' gibt es in autark nicht -- als Ersatz: {noun}"),
                            word=word, suggestions=[noun])
    if word in lx.NOUNS or word in lx.known_words():  # a known word in a place where it makes no sense
        raise NotUnderstood(ctx.msg(f"I don't understand what to do with '{word}' here",
                                    f"Ich verstehe nicht, was '{word}' hier bedeutet"), word=word)
    # nouns first: a typo in a command is most often a thing's name, and the short list keeps this fast
    sugg = difflib.get_close_matches(word, sorted(_letter_candidates(word, 0.7, nouns=True)), n=3, cutoff=0.7)
    if not sugg:
        names = {norm_name(o.name) for o in ctx.scene.objects}
        sugg = difflib.get_close_matches(word, sorted(_letter_candidates(word, 0.6) | names), n=3, cutoff=0.6)
    # prefer nouns: a typo in a sentence is most often a thing's name; among equally close words, the one with
    # the same letters (two swapped: 'chiar' is 'chair' rather than 'chart', which difflib scores the same)
    sugg.sort(key=lambda s: (s not in lx.NOUNS, -difflib.SequenceMatcher(None, word, s).ratio(),
                             _letters_apart(word, s)))
    if sugg:
        msg = ctx.msg(f"I don't know '{word}' -- did you mean '{sugg[0]}'?",
                      f"Ich kenne '{word}' nicht -- meinst du '{sugg[0]}'?")
    else:
        msg = ctx.msg(f"I don't know '{word}'", f"Ich kenne '{word}' nicht")
    raise NotUnderstood(msg, word=word, suggestions=sugg,
                        hint=ctx.msg("known things include chair, table, lamp, tree, robot",
                                     "bekannt sind z.B. Stuhl, Tisch, Lampe, Baum, Roboter"))


def _letters_apart(a: str, b: str) -> int:
    """How many letters one word has that the other lacks, counted both ways (0 for an anagram)."""
    ca, cb = Counter(a), Counter(b)
    return sum(((ca - cb) + (cb - ca)).values())


@cache
def _vocab_letters(nouns: bool = False) -> tuple[list[str], np.ndarray, np.ndarray, dict[str, int]]:
    """The known words (or the nouns) with their letter counts (a matrix), for a vectorised ``difflib``
    quick-ratio bound."""
    vocab = sorted(lx.NOUNS) if nouns else sorted(lx.known_words())
    letters = sorted({c for w in vocab for c in w})
    index = {c: i for i, c in enumerate(letters)}
    counts = np.zeros((len(vocab), len(letters)), dtype=np.int16)
    for r, w in enumerate(vocab):
        for c in w:
            counts[r, index[c]] += 1
    return vocab, counts, np.array([len(w) for w in vocab]), index


def _letter_candidates(word: str, cutoff: float, *, nouns: bool = False) -> set[str]:
    """Known words (or nouns) whose difflib ratio with ``word`` can reach ``cutoff``: the shared letter count
    bounds the ratio from above (difflib's quick_ratio), so scoring only these gives the same matches, faster."""
    vocab, counts, lengths, index = _vocab_letters(nouns)
    mine = np.zeros(counts.shape[1], dtype=np.int16)
    for c in word:
        if c in index:
            mine[index[c]] += 1
    shared = np.minimum(counts, mine[None, :]).sum(axis=1)
    bound = 2.0 * shared / (lengths + len(word))
    return {vocab[i] for i in np.flatnonzero(bound >= cutoff - 1e-9)}


def check_words(tokens: list[Token], ctx: Ctx) -> None:
    for t in tokens:
        if known_word(t.text):
            continue
        if t.text in lx.NOUNS or adj_kind(t.text) or not t.text.isalpha():
            continue
        unknown(t, ctx)
