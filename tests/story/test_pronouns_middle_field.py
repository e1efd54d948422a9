"""A German object pronoun before a clause's last verb stands right after the subject, with a place or a time
between it and the verb; it is what the pronoun means, not the place's noun ("bis Frieda ihn unter einer Bank
findet": the ball, not the bench)."""

from __future__ import annotations

import pytest

from autark.story.analysis import analyze

CASES = [
    ("Ein Junge sucht seinen Ball im Park, bis Frieda ihn unter einer Bank findet", "findet", "ball"),
    ("Ein Mädchen verliert ihre Mütze, bis Jonas sie im Schnee findet", "findet", "hat"),
    ("Der Hund versteckt den Knochen, bis die Katze ihn hinter dem Haus entdeckt", "entdeckt", "bone"),
    ("Oma sucht ihre Brille, bis Max sie am Abend auf dem Sofa findet", "findet", "glasses"),
    ("Ein Pirat vergräbt eine Truhe, bis ein Affe sie nach vielen Tagen im Sand findet", "findet", "treasure_chest"),
]


@pytest.mark.parametrize(("idea", "verb", "thing"), CASES)
def test_the_pronoun_is_the_thing_not_the_place(idea: str, verb: str, thing: str) -> None:
    concept = analyze(idea)
    ev = next(e for e in concept.events if e.word == verb)
    assert ev.patient_is_thing and ev.patient == thing, (ev.patient, [o.type for o in concept.objects])
