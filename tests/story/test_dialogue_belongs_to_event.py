"""Dialogue says something about this story (issue 17): no line for walking or looking around, none
said twice in a film, a lone thanks or question answered, an ending that fits who says it, and enough lines
in a 30-s film where characters can speak. Ideas written for this test, in both languages."""

from __future__ import annotations

import random

import pytest

from autark.story import plan
from autark.story.lines import answer_to, ending_line

IDEAS = [
    "A grumpy baker chases a cheeky dog that stole a loaf of bread",
    "A boy loses his kite in a storm and his grandfather finds it in a tree",
    "A little girl gives her teddy bear to a crying boy at the train station",
    "Two pirates fight over a map on the deck of their ship",
    "A nurse helps an injured soldier in a tent at night",
    "A diver finds a treasure chest at the bottom of the sea",
    "Zwei Brüder streiten sich um das letzte Stück Pizza",
    "Ein Polizist jagt einen Dieb durch die Stadt und fängt ihn schließlich",
    "Eine Großmutter erzählt ihrer Enkelin eine Geschichte am Kamin",
    "Ein Fischer verliert seine Angel im See und weint",
    "Eine Ärztin hilft einem verletzten Pferd im Stall",
    "Ein Junge und sein Hund spielen im Garten mit einem Ball, bis es anfängt zu regnen",
]
# lines any film could say: they told nothing of the story they were in
FILLER = {"shh... just watch.", "pst ... schau einfach zu.", "this way, i think.", "hier entlang, glaube ich.",
          "not much farther now.", "es ist nicht mehr weit.", "look at that!", "schau dir das an!"}


def _heard(text: str) -> str:
    return " ".join("".join(ch for ch in text.lower() if ch.isalnum() or ch.isspace()).split())


@pytest.mark.parametrize("idea", IDEAS, ids=[i[:30] for i in IDEAS])
def test_a_film_has_no_filler_and_says_no_line_twice(idea: str) -> None:
    sp = plan(idea, duration_s=30, seed=0)
    lines = [d.text for s in sp.scenes for sh in s.shots for d in sh.dialogue]
    assert not {t.lower() for t in lines} & FILLER, lines
    assert len({_heard(t) for t in lines}) == len(lines), lines


def test_thirty_seconds_with_speakers_have_lines_every_few_seconds() -> None:
    counts = [sum(len(sh.dialogue) for s in plan(i, duration_s=30, seed=0).scenes for sh in s.shots) for i in IDEAS]
    assert sum(counts) / len(counts) >= 3.5, counts
    assert min(counts) >= 2, counts


@pytest.mark.parametrize(("line", "lang", "starts"), [
    ("Thank you for your help!", "en", ("You are welcome", "Any time")),
    ("Danke, dass du mir hilfst, Mia!", "de", ("Gern geschehen", "Jederzeit")),
    ("Where is the map?", "en", ("Over there", "This way")),
    ("Wo ist die Katze?", "de", ("Da drüben", "Hier entlang")),
    ("Are you all right, Tom?", "en", ("I am fine",)),
    ("Alles in Ordnung, Lea?", "de", ("Alles gut",)),
])
def test_a_thanks_or_a_question_is_answered(line: str, lang: str, starts: tuple[str, ...]) -> None:
    said = answer_to(line, lang, {"other": "Sam"}, random.Random(1))
    assert said is not None and said.startswith(starts), said


def test_a_statement_gets_no_made_up_answer() -> None:
    assert answer_to("The soup is almost ready.", "en", {"other": "Sam"}, random.Random(0)) is None
    assert answer_to("Oh nein! Der Kuchen brennt an!", "de", {"other": "Sam"}, random.Random(0)) is None


@pytest.mark.parametrize("lang", ["en", "de"])
def test_the_chaser_does_not_end_on_a_narrow_escape(lang: str) -> None:
    for seed in range(6):
        values = {"other": "Rex", "obj": "the bread" if lang == "en" else "das Brot"}
        chaser = ending_line("disaster", lang, values, random.Random(seed), "chase", "say")
        assert chaser and "close" not in chaser and "knapp" not in chaser, chaser
        chased = ending_line("disaster", lang, values, random.Random(seed), "chase", "reply")
        assert chased and "Rex" in chased, chased


@pytest.mark.parametrize("lang", ["en", "de"])
def test_the_eater_does_not_mourn_what_it_ate(lang: str) -> None:
    values = {"other": "Tom", "obj": "the cake" if lang == "en" else "der Kuchen",
              "obj_acc": "the cake" if lang == "en" else "den Kuchen", "objn": "cake" if lang == "en" else "Kuchen"}
    for seed in range(6):
        eater = ending_line("eaten", lang, values, random.Random(seed), "eat", "say")
        assert eater and "nobody" not in eater.lower() and "keiner" not in eater.lower(), eater


@pytest.mark.parametrize(("word", "nominative"), [("Kindern", "Kinder"), ("Katzen", "Katzen"), ("Kinder", "Kinder"),
                                                  ("Schwestern", "Schwestern")])
def test_a_german_dative_plural_is_counted_in_the_nominative(word: str, nominative: str) -> None:
    from autark.story.wording import plural_nominative

    assert plural_nominative(word, "de") == nominative


@pytest.mark.parametrize(("idea", "count"), [("Drei Kinder spielen mit einem Ball im Park", "drei"),
                                             ("Vier Kinder tanzen im Regen", "vier"),
                                             ("Zwei Katzen jagen eine Maus", "zwei")])
def test_a_title_counts_the_kin_it_names(idea: str, count: str) -> None:
    assert count in plan(idea, duration_s=30, seed=0).title.lower().split()
