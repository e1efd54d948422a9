"""A theft from a person takes a thing from them (story.thefts): the thief takes it from the victim (who held
it first) and makes off, the victim points after them; never the person taken as a thing."""

from __future__ import annotations

import pytest

from autark.story.narrative import analyze
from autark.story.possession import first_holders


@pytest.mark.parametrize(("idea", "thing"), [
    ("A pirate pickpockets a sailor and takes his map", "map"),
    ("Ein Taschendieb beklaut eine Touristin am Bahnhof", "bag"),
    ("A masked thief robs the old banker in his office", None),
    ("Der Fuchs bestiehlt den Bauern", None),
    ("In the busy market a boy pickpockets a fat merchant", None),
    ("Zwei Räuber überfallen den Postboten im Wald", None),
    ("While the captain sleeps, the cabin boy robs him", None),
    ("Die Elster beklaut die Braut", None),
])
def test_a_thing_is_taken_from_the_victim_and_the_thief_makes_off(idea: str, thing: str | None) -> None:
    c = analyze(idea)
    theft = next(e for e in c.events if e.kind == "take")
    people = {ch.name for ch in c.characters}
    assert theft.patient_is_thing and theft.patient not in people, theft
    assert theft.source in people and theft.source not in theft.agents
    assert theft.then == "flee" and theft.reaction == "point"
    assert first_holders(c.events).get(theft.patient) == theft.source  # in the victim's hands first
    assert any(o.type == theft.patient for o in c.objects)
    if thing:
        assert theft.patient == thing
