"""How a film's words end: an attempt that came to nothing ends sad, never on success; where nobody at the end
can speak (animals) the narrator closes with how the last event left them; the tone endings name the story's
thing, its people or its place. Ideas written for this test, both languages."""

from __future__ import annotations

import random
import re

import pytest

from autark.story import plan
from autark.story.lines import ENDINGS, ending_line


def _end(idea: str) -> tuple[str, list[str]]:
    shots = [sh for s in plan(idea, duration_s=30, seed=0).scenes for sh in s.shots]
    return shots[-1].narration, [d.text for d in shots[-1].dialogue]


@pytest.mark.parametrize(("idea", "closing"), [
    ("A wolf chases a deer through the snowy forest", r"got away"),
    ("Ein Adler jagt eine Taube über die Berge", r"entwischt"),
    ("An owl waits all night for a mouse but never catches one", r"gives up"),
    ("Eine Katze wartet vergeblich vor dem Mauseloch", r"gibt auf"),
])
def test_where_nobody_can_speak_the_narrator_closes(idea: str, closing: str) -> None:
    narration, lines = _end(idea)
    assert re.search(closing, narration) or lines, (narration, lines)


@pytest.mark.parametrize("idea", [
    "A fisherman waits on the pier all day but never catches a single fish",
    "Ein Angler sitzt den ganzen Tag am Teich, fängt aber keinen Fisch",
    "A girl searches the attic for her old doll in vain",
])
def test_a_failed_attempt_never_ends_on_success(idea: str) -> None:
    narration, lines = _end(idea)
    said = " ".join(lines + [narration]).lower()
    assert not re.search(r"caught|what a catch|worth it|found it|gelohnt|was für ein fang|geschafft", said), said


def test_a_failed_ending_is_chosen_by_outcome_not_by_family() -> None:
    values = {"obj": "the kite", "objn": "kite", "other": "Ada", "listener": "Ada", "outcome": "failed",
              "place": "in the park"}
    for seed in range(6):
        said = ending_line("happy", "en", values, random.Random(seed), family="find", role="say")
        assert said and "found" not in said.lower() and "what a" not in said.lower(), said


@pytest.mark.parametrize("lang", ["en", "de"])
def test_every_tone_ending_names_the_story(lang: str) -> None:
    for tone, options in ENDINGS[lang].items():
        for line in options:
            assert re.search(r"\{(obj|obj_acc|obj_dat|objn|other|place)\}", line), (tone, line)


@pytest.mark.parametrize(("text", "lang", "whole"), [
    ("Die rote Maus und die blaue Maus tragen den Käse.", "de", True),
    ("Der Besen zerbricht Besen.", "de", False),
    ("Das Eis fällt Eis auf den Boden.", "de", False),
    ("The cat water on the cat.", "en", False),
    ("The red knight and the blue knight fight.", "en", True),
    ("The dog chases the cat through the garden.", "en", True),
])
def test_a_narrated_sentence_with_one_noun_twice_is_not_said(text: str, lang: str, whole: bool) -> None:
    from autark.story.spine_words import _sounds_whole

    assert _sounds_whole(text, lang) is whole
