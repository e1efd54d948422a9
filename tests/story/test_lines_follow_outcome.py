"""The last words follow how the story came out (story.wrecks): after a small thing is wrecked with nobody in
danger (the cake collapses, the toaster explodes, the snowman melts) nobody cheers, claims it is finished or
says everyone is safe; and no film ends on mood filler that fits any film ("A quiet day in the meadow", "Here
we are at last", "I missed you"). Ideas written for this test, both languages."""

from __future__ import annotations

import random
import re

import pytest

from autark.story import plan
from autark.story.analysis import analyze
from autark.story.lines import ENDINGS
from autark.story.wrecks import harmless_wreck, wreck_line

WRECKS = [
    "A toaster explodes in the kitchen while a man makes breakfast",
    "Der Fernseher explodiert, während die Familie einen Film schaut",
    "Two friends paint a vase and then it breaks",
    "The snowman melts in the garden while the children watch",
    "Ein Ballon platzt auf der Wiese, während zwei Kinder spielen",
    "A microwave explodes in the office while two colleagues argue",
    "Ein Opa repariert eine alte Uhr, aber sie zerbricht",
    "The lamp explodes while a girl reads a book",
    "Die Kaffeemaschine explodiert im Büro",
]
_SUCCESS = ("safe", "made it", "sicherheit", "geschafft", "finished", "fertig", "what a day", "never be the same",
            "hooray", "hurra", "good as new", "wie neu", "worth it", "gelohnt")


@pytest.mark.parametrize("idea", WRECKS, ids=[i[:34] for i in WRECKS])
def test_after_a_harmless_wreck_nobody_cheers_or_feels_saved(idea: str) -> None:
    sp = plan(idea, duration_s=30, seed=0)
    last = [d.text for d in sp.shots[-1].dialogue]
    assert last, [(d.speaker, d.text) for sh in sp.shots for d in sh.dialogue]
    assert not [t for t in last if any(w in t.lower() for w in _SUCCESS)], last


@pytest.mark.parametrize(("idea", "wrecked"), [
    ("The snowman melts in the garden while the children watch", True),
    ("A toaster explodes in the kitchen while a man makes breakfast", True),
    ("Die Brücke stürzt ein, während ein Lastwagen darüberfährt", False),  # a bridge: danger
    ("A volcano erupts near the village and the farmers flee", False),
    ("A boy builds a sandcastle on the beach", False),
])
def test_a_wreck_is_harmless_only_for_a_small_thing_with_nobody_fleeing(idea: str, wrecked: bool) -> None:
    assert (harmless_wreck(analyze(idea).events) is not None) is wrecked


@pytest.mark.parametrize("lang", ["en", "de"])
def test_a_wreck_line_names_the_thing_and_a_lone_maker_grieves_it(lang: str) -> None:
    values = {"obj": "the cake" if lang == "en" else "die Torte", "obj_acc": "die Torte", "obj_dat": "der Torte",
              "objn": "cake" if lang == "en" else "Torte", "other": ""}
    for seed in range(5):
        line = wreck_line("say", lang, values, random.Random(seed))
        assert line and ("cake" in line or "Torte" in line), line


FILLER = ("a quiet day", "it is peaceful", "all quiet", "nothing but us", "here we are at last",
          "i am right behind you", "i missed you", "ein ruhiger tag", "wie friedlich", "ganz still", "nur wir zwei",
          "endlich sind wir da", "ich bin direkt hinter dir", "ich habe dich vermisst", "wie schön, dass du da bist")


@pytest.mark.parametrize("lang", ["en", "de"])
def test_no_tone_ending_is_mood_filler(lang: str) -> None:
    for tone, options in ENDINGS[lang].items():
        assert not [o for o in options if any(f in o.lower() for f in FILLER)], tone


IDEAS = [
    "A hedgehog and a mouse share a pear under the old oak",
    "Zwei Schwestern gehen im Park spazieren und umarmen sich",
    "A grandfather walks his granddaughter to school",
    "Ein Hase sitzt auf der Wiese und schaut den Wolken zu",
    "The twins hug their father at the airport",
    "Eine Katze schläft auf dem Sofa, während der Hund spielt",
    "A shepherd counts his sheep on a green hill",
    "Der Opa und sein Enkel angeln am See",
    "A nurse and a doctor drink tea in the hospital",
    "Die Freundinnen treffen sich im Café",
]


@pytest.mark.parametrize("idea", IDEAS, ids=[i[:30] for i in IDEAS])
def test_a_film_says_no_filler_any_film_could_say(idea: str) -> None:
    lines = [d.text.lower() for sh in plan(idea, duration_s=30, seed=0).shots for d in sh.dialogue]
    assert not [t for t in lines if any(re.search(re.escape(f), t) for f in FILLER)], lines


@pytest.mark.parametrize("idea", ["A toaster explodes in the kitchen while a man makes breakfast",
                                  "Die Kaffeemaschine explodiert, während der Koch eine Torte backt",
                                  "A balloon pops at the party while the children dance"])
def test_nobody_brags_after_the_wreck(idea: str) -> None:
    lines = [d.text.lower() for sh in plan(idea, duration_s=30, seed=0).shots for d in sh.dialogue]
    assert not [t for t in lines if any(w in t for w in _SUCCESS + ("like no other", "wie keine"))], lines
