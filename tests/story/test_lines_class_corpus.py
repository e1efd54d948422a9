"""A corpus of ideas written for this test (both languages, people and animals, gifts, wrecks, trades, talk)
counted for the dialogue faults of a whole class: a lead who never speaks, an animal made to speak that stays
mute, lines any film could say, a gift spoken of as another kind of thing, cheering after a wreck."""

from __future__ import annotations

import re

import pytest

from autark.language import wordnet
from autark.story import plan

CORPUS = [
    "A little pig asks the wolf to leave its house alone",
    "Die Eule erklärt dem Igel, dass der Winter bald kommt",
    "A talking horse tells the farmer about the broken fence",
    "The goose begs the cook not to put her in the oven",
    "Die Schildkröte bittet den Hasen um ein Wettrennen",
    "A hungry bear asks the beekeeper for some honey",
    "Der Kater sagt der Maus, dass er heute keinen Hunger hat",
    "A brave girl gives her little brother a wooden sword",
    "Die Nachbarin schenkt dem Jungen eine Gitarre",
    "A florist gives the nurse a bunch of tulips",
    "Die Mutter schenkt ihrer Tochter ein neues Kleid",
    "Die Kinder pflanzen Sonnenblumen am Zaun",
    "Die Sandburg stürzt ein, als eine Welle kommt",
    "A kettle explodes while grandma knits in the kitchen",
    "A vet examines a sick horse in the stable",
    "A police officer questions a thief in the street",
    "Ein Koch probiert die Suppe in der Küche",
    "Zwei Freunde sitzen am Lagerfeuer und schauen in die Sterne",
    "A sailor looks at the sea from the lighthouse",
    "Eine Tänzerin übt im leeren Theater",
]
FILLER = ("a quiet day", "it is peaceful", "all quiet", "nothing but us", "here we are at last", "i am right behind you",
          "i missed you", "just us and", "ein ruhiger tag", "wie friedlich", "ganz still", "nur wir zwei", "nur wir und",
          "endlich sind wir da", "ich bin direkt hinter dir", "ich habe dich vermisst", "wie schön, dass du da bist",
          "i have to tell you something", "ich muss dir etwas sagen")
_SPEAKING = ("asks", "tells", "begs", "erklärt", "bittet", "sagt")
_SAFE = ("safe", "made it", "sicherheit", "geschafft", "hooray", "hurra")


@pytest.fixture(scope="module")
def films() -> dict[str, list[tuple[str, str]]]:
    return {idea: [(d.speaker, d.text) for sh in plan(idea, duration_s=30, seed=0).shots for d in sh.dialogue]
            for idea in CORPUS}


def test_no_line_any_film_could_say(films: dict[str, list[tuple[str, str]]]) -> None:
    filler = {i: t for i, lines in films.items() for _w, t in lines if any(f in t.lower() for f in FILLER)}
    assert not filler, filler


def test_every_film_speaks_and_an_animal_made_to_speak_does(films: dict[str, list[tuple[str, str]]]) -> None:
    assert all(films.values()), [i for i, lines in films.items() if not lines]
    for idea in CORPUS:
        if any(f" {v} " in f" {idea} " for v in _SPEAKING):
            first = plan(idea, duration_s=30, seed=0).scenes[0].characters[0]
            assert first.voice != "none" and any(w == first.name for w, _t in films[idea]), (idea, films[idea])


@pytest.mark.skipif(not wordnet.available(), reason="WordNet is not installed")
def test_no_gift_is_eaten_or_grown_unless_it_is_food_or_a_plant(films: dict[str, list[tuple[str, str]]]) -> None:
    for idea in ("A brave girl gives her little brother a wooden sword", "Die Nachbarin schenkt dem Jungen eine Gitarre",
                 "Die Mutter schenkt ihrer Tochter ein neues Kleid"):
        wrong = [t for _w, t in films[idea] if re.search(r"\b(delicious|taste|enjoy|köstlich|schmeck|grow|wachs)", t.lower())]
        assert not wrong, (idea, wrong)


def test_nobody_cheers_or_feels_saved_after_a_small_thing_is_wrecked(films: dict[str, list[tuple[str, str]]]) -> None:
    last = films["A kettle explodes while grandma knits in the kitchen"][-1:]
    assert last and not any(s in last[0][1].lower() for s in _SAFE), last
