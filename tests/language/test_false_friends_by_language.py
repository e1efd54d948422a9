"""A word two languages spell alike is read in the command's own language (``lexicon.noun_in``): "add a wand"
places a magic wand, "stell eine Wand hin" a wall; an English "boot" is a boot and a German "Boot" a boat."""

from __future__ import annotations

import pytest

from autark.assets import library
from autark.errors import NotUnderstood
from autark.language import interpret, lang
from autark.language import lexicon as lx
from autark.ops import apply_ops
from autark.scene import Scene
from autark.story.dictionary import is_word_in


def _types(sentence: str) -> list[str]:
    scene = apply_ops(Scene(), interpret(sentence, Scene()))
    return sorted(o.type for o in scene.objects)


@pytest.mark.parametrize(("sentence", "types"), [
    ("add a wand", ["wand"]),
    ("place two wands on the floor", ["wand", "wand"]),
    ("create a boot", ["boot"]),
    ("add a brown boot", ["boot"]),
    ("add a tree and put a gift under it", ["gift"]),
    ("add a big rock", ["rock"]),
    ("add a hut", ["house"]),
    ("add three puzzles", ["jigsaw_puzzle"] * 3),
    ("add a red auto", ["car"]),
])
def test_english_commands_read_english_words(sentence: str, types: list[str]) -> None:
    got = _types(sentence)
    assert [t for t in got if t in types] == sorted(types), got
    assert "wall" not in got and "boat" not in got and "child" not in got


@pytest.mark.parametrize(("sentence", "types"), [
    ("stell eine Wand hin", ["wall"]),
    ("füge zwei Wände hinzu", ["wall", "wall"]),
    ("füge ein Boot hinzu", ["boat"]),
    ("stell ein rotes Boot in die Mitte", ["boat"]),
    ("füge einen Hut hinzu", ["hat"]),
    ("stell zwei Hüte hin", ["hat", "hat"]),
    ("füge ein Gift hinzu", ["bottle"]),
    ("stelle eine Bank hin", ["bench"]),
    ("füge ein Kind hinzu", ["child"]),
    ("füge einen Stein hinzu", ["rock"]),
])
def test_german_commands_read_german_words(sentence: str, types: list[str]) -> None:
    got = _types(sentence)
    assert sorted(t for t in got if t in types) == sorted(types), got
    assert "house" not in got and "gift" not in got and "boot" not in got


@pytest.mark.parametrize("sentence", ["add a kind", "add a bank", "add a stern", "füge einen Rock hinzu",
                                      "füge einen Rat hinzu", "füge eine Note hinzu"])
def test_a_word_that_names_no_thing_in_its_language_is_refused(sentence: str) -> None:
    with pytest.raises(NotUnderstood):
        interpret(sentence, Scene())


def test_the_languages_are_told_apart_by_their_markers() -> None:
    assert lx.sentence_language(["add", "a", "wand"]) == "en"
    assert lx.sentence_language(["stell", "eine", "wand", "hin"]) == "de"
    assert lx.sentence_language(["wand"]) == ""
    assert lx.noun_in("wand", "en") == "wand" and lx.noun_in("wand", "de") == "wall"
    assert lx.noun_in("wand", "") == "wall"  # no clear language: the one vocabulary's meaning
    assert lx.noun_in("kind", "en") is None and lx.noun_in("kind", "de") == "child"
    assert lx.noun_in("hut", "de") == "hat" and lx.noun_in("hut", "en") == "house"


def test_every_false_friend_is_a_word_of_its_language_and_means_a_real_thing() -> None:
    types = set(library.all_types())
    for code, table in lang.FALSE_FRIENDS.items():
        other = set(lx.NOUNS) - {w for w, t in table.items() if t}
        for word, meaning in table.items():
            assert not meaning or meaning in types, (code, word, meaning)
            assert word in other or word in lx.NOUNS or meaning, (code, word)  # it shadows another reading
            if is_word_in(word, code) is not None:
                assert is_word_in(word, code), (code, word)


def test_a_false_friend_never_hides_its_own_languages_noun() -> None:
    for code, table in lang.FALSE_FRIENDS.items():
        own = lang._invert(lang.LANGUAGES[code].NOUNS, "NOUNS", code)
        for word, meaning in table.items():
            assert own.get(word, meaning) == meaning or not own.get(word), (code, word, own.get(word), meaning)
