"""A thing's number in the lines: a pair, a plural or an amount takes no "a" and its verb agrees ("a pair of
pliers", "some flour", "the gloves are mine", "die Kekse sind weg", "Schau! Mehl!"); a character named in the
genitive is introduced in the nominative ("seines Enkels" -> "ein Enkel"). Words written for this test."""

from __future__ import annotations

import random

import pytest

from autark.story import plan
from autark.story.line_grammar import agree, number_de, number_en
from autark.story.lines import NounPhrase, _fill


def _said(template: str, noun: str, lang: str, gender: str = "") -> str:
    values = {**NounPhrase(noun, lang, gender).slots(), "other": "Ada", "listener": "Ada", "me": "Ben"}
    said = _fill([template], values, random.Random(0))
    assert said is not None
    return said


@pytest.mark.parametrize(("noun", "number"), [
    ("pliers", "pair"), ("tweezers", "pair"), ("jeans", "pair"), ("flour", "mass"), ("honey", "mass"),
    ("sand", "mass"), ("cherries", "plural"), ("playing cards", "plural"), ("bus", "one"), ("apple", "one"),
    ("compass", "one"), ("crown", "one")])
def test_english_nouns_are_counted(noun: str, number: str) -> None:
    assert number_en(noun) == number


@pytest.mark.parametrize(("noun", "gender", "number"), [
    ("Mehl", "n", "mass"), ("Orangensaft", "m", "mass"), ("Kekse", "p", "plural"), ("Krone", "f", "one"),
    ("Honig", "m", "mass"), ("Schere", "f", "one")])
def test_german_nouns_are_counted(noun: str, gender: str, number: str) -> None:
    assert number_de(noun, gender) == number


@pytest.mark.parametrize(("template", "noun", "lang", "gender", "said"), [
    ("Look, {a_obj}!", "pliers", "en", "", "Look, a pair of pliers!"),
    ("I found {a_obj}!", "flour", "en", "", "I found some flour!"),
    ("I found {a_obj}!", "cherries", "en", "", "I found some cherries!"),
    ("{obj} is mine!", "gloves", "en", "", "The gloves are mine!"),
    ("Where is {obj}?", "tweezers", "en", "", "Where are the tweezers?"),
    ("There goes {obj}...", "jeans", "en", "", "There go the jeans..."),
    ("That {objn} is mine!", "binoculars", "en", "", "Those binoculars are mine!"),
    ("What a delicious {objn}!", "honey", "en", "", "What delicious honey!"),
    ("{obj} smells wonderful!", "cookies", "en", "", "The cookies smell wonderful!"),
    ("My {objn}! It is gone!", "shoes", "en", "", "My shoes! They are gone!"),
    ("Look, {a_obj}!", "apple", "en", "", "Look, an apple!"),
    ("Here you go. Some {objn} for you.", "carrot", "en", "", "Here you go. Some carrots for you."),
    ("There is plenty of {objn}.", "berry", "en", "", "There are plenty of berries."),
    ("Here you go. Some {objn} for you.", "bread", "en", "", "Here you go. Some bread for you."),
    ("We will find another {objn}, {other}.", "milk", "en", "", "We will find more milk, Ada."),
    ("We will find another {objn}, {other}.", "scissors", "en", "", "We will find another pair of scissors, Ada."),
    ("We will find another {objn}, {other}.", "kite", "en", "", "We will find another kite, Ada."),
    ("{obj} ist weg!", "Kekse", "de", "p", "Die Kekse sind weg!"),
    ("Wo ist {obj}?", "Kekse", "de", "p", "Wo sind die Kekse?"),
    ("Jetzt gehört {obj} mir!", "Murmeln", "de", "p", "Jetzt gehören die Murmeln mir!"),
    ("Irgendwo hier muss {obj} sein.", "Schlüssel", "de", "p", "Irgendwo hier müssen die Schlüssel sein."),
    ("Schau! {a_obj_nom}!", "Mehl", "de", "n", "Schau! Mehl!"),
    ("Ist das da drüben {a_obj_nom}?", "Muscheln", "de", "p", "Sind das da drüben Muscheln?"),
    ("Is that {a_obj} over there?", "cherries", "en", "", "Are those cherries over there?"),
    ("Ich habe {a_obj} gefunden!", "Honig", "de", "m", "Ich habe Honig gefunden!"),
    ("Ich habe {a_obj} gefunden!", "Krone", "de", "f", "Ich habe eine Krone gefunden!"),
    ("{obj} ist gleich fertig.", "Suppe", "de", "f", "Die Suppe ist gleich fertig."),
])
def test_a_line_agrees_with_its_thing(template: str, noun: str, lang: str, gender: str, said: str) -> None:
    assert _said(template, noun, lang, gender) == said


def test_a_singular_thing_is_left_alone() -> None:
    assert agree("The apple is mine!", "the apple", "apple", "one", "en") == "The apple is mine!"


@pytest.mark.parametrize(("idea", "intro"), [
    ("Ein Opa repariert das Fahrrad seines Enkels in der Werkstatt", "ein Enkel"),
    ("Eine Katze klaut den Fisch des Nachbarn", "ein Nachbar"),
])
def test_a_character_named_in_the_genitive_is_introduced_in_the_nominative(idea: str, intro: str) -> None:
    sp = plan(idea, duration_s=30, seed=0)
    first = sp.scenes[0].shots[0].narration
    assert intro in first and "seiner" not in first, first


@pytest.mark.parametrize(("idea", "said"), [
    ("Zwei Nachbarinnen streiten um die Birnen im Garten", "Birnen"),
    ("Ein Pirat verliert seine Goldmünzen auf dem Schiff", "Goldmünzen"),
    ("Zwei Kinder streiten um die Kekse im Garten", "Kekse"),
    ("Two brothers argue about the pears in the orchard", "pears"),
])
def test_the_lines_keep_the_idea_s_plural(idea: str, said: str) -> None:
    shots = [sh for s in plan(idea, duration_s=30, seed=0).scenes for sh in s.shots]
    words = " ".join([d.text for sh in shots for d in sh.dialogue] + [sh.narration for sh in shots])
    singular = {"Birnen": "Birne ", "Goldmünzen": "Münze ", "Kekse": "Keks ", "pears": "pear "}[said]
    assert said in words and singular not in words, words


def test_a_plural_in_the_dative_takes_its_n() -> None:
    from autark.story.wording import noun_phrase

    assert noun_phrase("Schlüssel", "de", "p", case="dat") == "den Schlüsseln"
    assert noun_phrase("Äpfel", "de", "p", case="dat") == "den Äpfeln"
    assert noun_phrase("Autos", "de", "p", case="dat") == "den Autos"
    assert noun_phrase("Birnen", "de", "p", case="dat") == "den Birnen"


@pytest.mark.parametrize(("idea", "said", "stand_in"), [
    ("A cook spills the salt and a mouse licks it up", "salt", None),
    ("A boy lends his markers to his friend in the classroom", "markers", None),
    ("Ein Koch verliert seine Kochlöffel in der Küche", "Kochlöffel sind", None),
    ("Eine Lehrerin verteilt Buntstifte an die Kinder", "Buntstifte", None),
    ("Ein Pirat findet Goldmünzen am Strand", "Sind das da drüben Goldmünzen", None),
    ("Ein Pirat findet eine Goldmünze am Strand", "eine Goldmünze", None),
])
def test_the_lines_say_the_idea_s_word_not_its_stand_in(idea: str, said: str, stand_in: str | None) -> None:
    shots = [sh for s in plan(idea, duration_s=30, seed=0).scenes for sh in s.shots]
    lines = " ".join(d.text for sh in shots for d in sh.dialogue)
    assert said in lines, lines
