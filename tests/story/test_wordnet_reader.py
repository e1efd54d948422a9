"""The WordNet reader (``autark.language.wordnet``): binary search over Debian's sorted index files, base forms
by the exception lists and morphy's rules, synsets by byte offset with their lexicographer file, lookups in
microseconds, and nothing at all (no error) where the files are not installed."""

from __future__ import annotations

import time

import pytest

from autark.language import wordnet

needs_wordnet = pytest.mark.skipif(not wordnet.available(), reason="wordnet-base is not installed")


def _lemmas(path):
    with open(path, "rb") as f:
        return [line.split(b" ", 1)[0].decode() for line in f if not line.startswith(b" ")]


@needs_wordnet
@pytest.mark.parametrize("pos", ["noun", "verb"])
def test_binary_search_finds_the_first_and_last_entries_and_misses_between(pos):
    lemmas = _lemmas(wordnet.wordnet_dir() / f"index.{pos}")
    for lemma in (lemmas[0], lemmas[1], lemmas[len(lemmas) // 2], lemmas[-2], lemmas[-1]):
        assert wordnet._index(lemma, pos), lemma
    # before the first, after the last, and between two neighbours: nothing (and no endless loop)
    assert wordnet._index("", pos) == ()
    assert wordnet._index("!", pos) == ()
    assert wordnet._index("zzzzzz", pos) == ()
    assert wordnet._index(lemmas[100] + "qqq", pos) == ()


@needs_wordnet
def test_every_hundredth_noun_is_found_by_the_search():
    lemmas = _lemmas(wordnet.wordnet_dir() / "index.noun")[::100]
    assert len(lemmas) > 1000
    assert all(wordnet._index(lemma, "noun") for lemma in lemmas)


@needs_wordnet
@pytest.mark.parametrize(("word", "pos", "base"), [
    ("geese", "noun", "goose"), ("mice", "noun", "mouse"), ("went", "verb", "go"), ("buried", "verb", "bury"),
    ("buries", "verb", "bury"), ("dresses", "noun", "dress"), ("juggling", "verb", "juggle"),
    ("shopped", "verb", "shop"), ("hikers", "noun", "hiker"), ("women", "noun", "woman"),
    ("wolves", "noun", "wolf"), ("sewn", "verb", "sew"), ("boxes", "noun", "box"),
])
def test_base_forms_by_exceptions_and_rules(word, pos, base):
    assert base in wordnet.base_forms(word, pos)


@needs_wordnet
def test_an_unknown_word_has_no_base_form_and_no_sense():
    assert wordnet.base_forms("blorptastic", "noun") == ()
    assert wordnet.synsets("blorptastic", "verb") == ()


@needs_wordnet
def test_senses_come_with_their_lexicographer_file_and_hypernyms():
    squirrel = wordnet.synsets("squirrels", "noun")[0]
    assert squirrel.lexname == "noun.animal"
    assert "squirrel" in squirrel.lemmas
    up = [s.lemmas[0] for _, s in wordnet.ancestors(squirrel)]
    assert up[:2] == ["squirrel", "rodent"] and "mammal" in up and "animal" in up
    shave = wordnet.synsets("shaved", "verb")[0]
    assert shave.lexname == "verb.body"
    assert wordnet.synsets("hiker", "noun")[0].lexname == "noun.person"
    assert {s.lexname for s in wordnet.synsets("dress", "noun")} >= {"noun.artifact"}
    assert [s.lexname for s in wordnet.synsets("dress", "noun", {"noun.artifact"})] == ["noun.artifact"] * len(
        wordnet.synsets("dress", "noun", {"noun.artifact"}))


@needs_wordnet
def test_a_name_is_marked_proper():
    heron = wordnet.synsets("heron", "noun")
    assert any(s.proper for s in heron) and any(not s.proper and s.lexname == "noun.animal" for s in heron)


def test_the_45_lexicographer_files():
    assert len(wordnet.LEXNAMES) == 45 and len(set(wordnet.LEXNAMES)) == 45
    assert wordnet.LEXNAMES[5] == "noun.animal" and wordnet.LEXNAMES[18] == "noun.person"
    assert wordnet.LEXNAMES[29] == "verb.body" and wordnet.LEXNAMES[44] == "adj.ppl"


@needs_wordnet
def test_a_lookup_costs_well_under_a_millisecond():
    words = _lemmas(wordnet.wordnet_dir() / "index.noun")[7::397][:300]
    wordnet.forget()
    start = time.process_time()
    for w in words:
        wordnet.synsets(w, "noun")
    per_word = (time.process_time() - start) / len(words)
    assert per_word < 0.001, f"{per_word * 1e6:.0f} us a word"


def test_without_the_files_every_function_answers_nothing(monkeypatch, tmp_path):
    monkeypatch.setattr(wordnet, "WORDNET_DIR", str(tmp_path / "absent"))
    wordnet.forget()
    try:
        assert not wordnet.available()
        assert wordnet.base_forms("geese", "noun") == ()
        assert wordnet.synsets("dog", "noun") == ()
        assert wordnet.synset_at(1740, "noun") is None
        assert wordnet._index("dog", "noun") == ()
    finally:
        monkeypatch.undo()
        wordnet.forget()
    if wordnet.available():
        assert wordnet.synsets("dog", "noun")


def test_an_empty_file_is_no_wordnet(monkeypatch, tmp_path):
    for name in ("index.noun", "data.noun", "index.verb", "data.verb", "noun.exc", "verb.exc"):
        (tmp_path / name).write_bytes(b"")
    monkeypatch.setattr(wordnet, "WORDNET_DIR", str(tmp_path))
    wordnet.forget()
    try:
        assert not wordnet.available() and wordnet.synsets("dog", "noun") == ()
    finally:
        monkeypatch.undo()
        wordnet.forget()
