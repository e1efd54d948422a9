"""A subject pronoun that no one named fits is the last thing named that fits: "repariert die Turmuhr, und um
Mitternacht schlägt *sie*" (the clock strikes; the clockmaker is no "sie"), "repairs the old radio, and that evening
it plays music"; a thing's own change goes to the thing ("doch am Mittag schmilzt *er*": the snowman, not the boy
who built it). A pronoun a person fits stays theirs."""

from __future__ import annotations

import pytest

from autark.story import analyze

THINGS = [
    ("Ein alter Uhrmacher repariert die Turmuhr, und um Mitternacht schlägt sie zum ersten Mal seit Jahren.",
     "schlägt", "Turmuhr"),
    ("Ein Junge baut einen Schneemann, doch am Mittag schmilzt er in der Sonne.", "schmilzt", "Schneemann"),
    ("Der Opa repariert das alte Radio, und am Abend spielt es wieder Musik.", "spielt", "Radio"),
    ("Die Oma stellt eine Kerze ins Fenster, und in der Nacht erlischt sie.", "erlischt", "Kerze"),
]
PEOPLE = [
    ("Die Mutter backt einen Kuchen, und am Abend isst sie ihn mit ihrem Sohn.", "isst"),
    ("Ein Junge findet einen Ball, und im Park spielt er damit.", "spielt"),
    ("Die Oma stellt eine Kerze ins Fenster, und in der Nacht löscht sie die Kerze.", "löscht"),
    ("The girl finds an old kite, and in the evening she flies it over the hill.", "flies"),
]


@pytest.mark.parametrize(("idea", "word", "thing"), THINGS)
def test_a_pronoun_no_one_fits_is_the_thing_that_does_it(idea: str, word: str, thing: str) -> None:
    concept = analyze(idea)
    (ev,) = [e for e in concept.events if e.word == word]
    (named,) = [o.type for o in concept.objects if o.word == thing]  # the thing the idea's word is played by
    assert not ev.agents and ev.patient == named and ev.thing_does_it, ev


@pytest.mark.parametrize(("idea", "word"), PEOPLE)
def test_a_pronoun_a_person_fits_stays_theirs(idea: str, word: str) -> None:
    (ev,) = [e for e in analyze(idea).events if e.word == word]
    assert ev.agents and not ev.thing_does_it, ev
