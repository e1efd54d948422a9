"""German verb-second after a fronted phrase: the subject stands after the verb, so a thing named there does it,
not the one named in the clause before ("..., und am nächsten Morgen liegen hundert goldene Knöpfe vor ...")."""

from __future__ import annotations

from autark.story import analyze


def _lying(idea: str):
    return next(e for e in analyze(idea).events if e.verb == "lie")


def test_a_thing_after_a_fronted_verb_does_it() -> None:
    lie = _lying("Ein armer Schneider näht einen Mantel, und am nächsten Morgen liegen hundert goldene Knöpfe "
                 "vor seiner Werkstatt.")
    assert lie.agents == [] and lie.patient == "buttons"  # the tailor had lain on the floor


def test_a_pronoun_after_the_verb_is_still_the_one_before() -> None:
    assert _lying("Der Hund bellt, und am Abend liegt er im Körbchen.").agents == ["Hund"]
