"""Lines fit the kind of thing they speak of (story.thing_kinds, story.kind_lines): a flower is smelled, not
eaten; a flag stands, it does not grow; a violin is played, a bicycle ridden, a hat tried on. Ideas written for
this test, both languages, many kinds of thing."""

from __future__ import annotations

import random
import re

import pytest

from autark.language import wordnet
from autark.story import plan
from autark.story.kind_lines import fits
from autark.story.lines import ending_line, event_lines
from autark.story.thing_kinds import thing_kind

needs_wordnet = pytest.mark.skipif(not wordnet.available(), reason="WordNet is not installed")


@needs_wordnet
@pytest.mark.parametrize(("kind", "words"), [
    ("food", "cake bread apple soup pizza cheese sandwich sausage banana cookie carrot strawberry breakfast"),
    ("drink", "milk tea coffee juice"),
    ("plant", "sunflower tulip rose tree bouquet"),
    ("instrument", "violin guitar piano drum flute"),
    ("vehicle", "bicycle truck car boat ship rocket plane skateboard"),
    ("toy", "teddy_bear doll ball kite"),
    ("clothing", "scarf hat shoe dress"),
    ("treasure", "necklace crown coin gold pearl diamond medal trophy"),
    ("building", "castle hut house tower tent mountain_hut"),
    ("document", "letter book map newspaper postcard"),
    ("tool", "hammer sword shovel axe knife broom fishing_rod lamp"),
    ("container", "basket chest box bottle cup treasure_chest"),
    ("animal", "puppy horse goose fish"),
])
def test_a_thing_is_read_as_its_kind(kind: str, words: str) -> None:
    assert {w: thing_kind(w) for w in words.split()} == dict.fromkeys(words.split(), kind)


def test_an_unknown_word_has_no_kind_and_keeps_every_line() -> None:
    assert thing_kind("blorptang") == ""
    assert fits("What a delicious {objn}!", "") and fits("Grow, little {objn}, grow!", "")


@pytest.mark.parametrize(("template", "kind", "ok"), [
    ("What a delicious {objn}!", "plant", False), ("What a delicious {objn}!", "food", True),
    ("{obj} ist köstlich!", "treasure", False), ("Grow, little {objn}, grow!", "decoration", False),
    ("Jetzt kann {obj} {place} wachsen.", "plant", True), ("{obj}, fresh for you!", "container", False),
    ("Thank you, {other}. I will keep {obj} forever.", "food", False),
    ("Thank you, {other}. I will keep {obj} forever.", "treasure", True),
])
def test_a_line_fits_only_the_kinds_its_verb_is_said_of(template: str, kind: str, ok: bool) -> None:
    assert fits(template, kind) is ok


@pytest.mark.parametrize(("kind", "lang", "words"), [
    ("food", "en", ("taste", "enjoy", "mmm", "smells")), ("plant", "en", ("smell", "beautiful")),
    ("instrument", "en", ("play",)), ("vehicle", "en", ("ride", "hop on")), ("clothing", "en", ("try", "put", "fits", "look")),
    ("document", "en", ("read",)), ("building", "en", ("inside", "belongs", "mine", "home")),
    ("food", "de", ("probier", "schmecken", "mmm", "duftet")), ("instrument", "de", ("spiel",)),
    ("vehicle", "de", ("steig", "fahr")), ("clothing", "de", ("zieh", "probier", "passt", "aussehe", "sehe")),
    ("document", "de", ("lies", "lese")), ("treasure", "de", ("funkelt", "schatz", "pass")),
])
def test_a_gift_is_spoken_of_as_what_it_is(kind: str, lang: str, words: tuple[str, ...]) -> None:
    values = {"obj": "X", "obj_acc": "X", "obj_dat": "X", "objn": "X", "a_obj": "X", "a_obj_nom": "X", "it_acc": "es",
              "other": "Sam", "kind": kind}
    for seed in range(4):
        for role in ("say", "reply"):
            line = event_lines("give", lang, role, values, random.Random(seed))
            assert line and any(w in line.lower() for w in words), (role, line)


def test_the_one_given_food_does_not_keep_it_forever() -> None:
    values = {"obj": "the pie", "objn": "pie", "other": "Sam", "kind": "food"}
    for seed in range(6):
        line = ending_line("happy", "en", values, random.Random(seed), "give", "reply")
        assert line and "forever" not in line, line


# (idea, words no line about its thing may say)
_EATING = ("delicious", "tasty", "taste", "enjoy", "köstlich", "lecker", "schmeck", "salz", "salt")
_GROWING = ("grow", "wachs", "pflege")
IDEAS = [
    ("A farmer gives the mayor a bunch of roses", _EATING),
    ("The aunt gives her nephew a drum for Christmas", _EATING + _GROWING),
    ("A shopkeeper gives the girl a blue bicycle", _EATING + _GROWING),
    ("A grandfather gives his grandson an old violin", _EATING + _GROWING),
    ("The queen gives the brave knight a castle", _EATING + _GROWING),
    ("A soldier plants a flag on the hill", _EATING + _GROWING),
    ("An astronaut plants a flag on the moon", _EATING + _GROWING),
    ("Die Tante schenkt ihrem Neffen eine Trommel", _EATING + _GROWING),
    ("Der Vater schenkt seiner Tochter einen Strohhut", _EATING + _GROWING),
    ("Die Lehrerin schenkt dem Schüler ein Buch", _EATING + _GROWING),
    ("Ein Opa schenkt seiner Enkelin ein Fahrrad zum Geburtstag", _EATING + _GROWING),
    ("Eine Mutter gibt ihrem Sohn einen warmen Schal", _EATING + _GROWING),
]


@needs_wordnet
@pytest.mark.parametrize(("idea", "banned"), IDEAS, ids=[i[:32] for i, _b in IDEAS])
def test_no_line_treats_a_thing_as_another_kind(idea: str, banned: tuple[str, ...]) -> None:
    sp = plan(idea, duration_s=30, seed=0)
    lines = [d.text for sh in sp.shots for d in sh.dialogue]
    assert lines, idea
    wrong = [t for t in lines if any(re.search(rf"\b{w}", t.lower()) for w in banned)]
    assert not wrong, wrong


@needs_wordnet
@pytest.mark.parametrize(("idea", "words"), [
    ("A grandfather gives his grandson an old violin", ("play",)),
    ("A shopkeeper gives the girl a blue bicycle", ("ride", "hop on")),
    ("Die Tante schenkt ihrem Neffen eine Trommel", ("spiel",)),
    ("Der Vater schenkt seiner Tochter einen Strohhut", ("zieh", "probier", "passt", "sehe")),
    ("Die Lehrerin schenkt dem Schüler ein Buch", ("lies", "lese")),
    ("A grandmother gives her grandson a sunflower for his birthday", ("smell", "beautiful", "lovely")),
])
def test_a_gift_is_used_as_what_it_is_in_the_film(idea: str, words: tuple[str, ...]) -> None:
    lines = [d.text.lower() for sh in plan(idea, duration_s=30, seed=0).shots for d in sh.dialogue]
    assert any(w in t for t in lines for w in words), lines
