"""A thing the tables read from several words is said with all of them, and "in" a building is inside it."""
from __future__ import annotations

import pytest

from autark.story import analyze
from autark.story.narrative import plan
from autark.story.titles import title_for


@pytest.mark.parametrize(("idea", "phrase"), [
    ("A boy rides his kick scooter to school.", "kick scooter"),
    ("A firefighter buys an ice cream at the shop.", "ice cream"),
    ("Three pirates find a treasure chest on the beach.", "treasure chest"),
])
def test_a_thing_of_several_words_keeps_them_all(idea: str, phrase: str) -> None:
    concept = analyze(idea)
    assert any(o.phrase == phrase for o in concept.objects), [(o.type, o.word, o.phrase) for o in concept.objects]
    lines = [d.text for s in plan(idea, 30.0).shots for d in s.dialogue]
    first = phrase.split()[0]
    # no line says the first word alone as the thing ("I will take the fire.")
    assert not any(f"the {first}." in t.lower() or f"the {first}!" in t.lower() for t in lines), lines


def test_a_title_names_the_whole_phrase() -> None:
    assert title_for(analyze("A boy rides his kick scooter to school.")) == "The Kick Scooter"


@pytest.mark.parametrize("idea", ["The cat catches the mouse in the barn.", "A dog finds a puppy in the shed."])
def test_an_animal_in_a_building_is_not_put_on_its_roof(idea: str) -> None:
    actions = [a for s in plan(idea, 30.0).shots for a in s.actions]
    assert not any(" sits on the " in a for a in actions), actions
    assert any(a.startswith(("Cat catches", "Dog finds", "Dog picks up")) for a in actions), actions


def test_an_animal_in_a_tree_is_still_up_there() -> None:
    first = plan("A firefighter rescues a cat in the apple tree.", 30.0).shots[0]
    assert "Cat sits on the apple tree" in first.actions, first.actions
