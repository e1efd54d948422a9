"""A German person word whose plural is written as its singular ("die Lehrer", "die Fischer", "die Schüler")
is several where its verb is plural, and 'ihre' after a plural is their, not hers."""

from __future__ import annotations

import pytest

from autark.story.analysis import analyze


@pytest.mark.parametrize("idea,kind,count", [
    ("Die Lehrer trinken Kaffee im Lehrerzimmer", "teacher", 2),
    ("Die Fischer ziehen ihre Netze aus dem See", "sailor", 2),
    ("Die Ritter kämpfen im Burghof um die Krone", "knight", 2),
    ("Die Bäcker backen Brot in der Küche", "chef", 2),
    ("Die Maler streichen das Haus rot an", "painter", 2),
    ("Der Ritter kämpft im Burghof mit seinem Schwert", "knight", 1),
    ("Der Fischer zieht sein Netz aus dem See", "sailor", 1),
    ("Die Lehrerin liest ihre Zeitung im Garten", "female_teacher", 1),
])
def test_the_verb_tells_one_from_several(idea: str, kind: str, count: int) -> None:
    cast = analyze(idea, "de").characters
    assert [c.type for c in cast].count(kind) == count, [(c.name, c.type) for c in cast]


def test_boys_are_named_as_boys() -> None:
    names = {c.name for c in analyze("Die Schüler spielen Fußball auf dem Schulhof", "de").characters}
    assert not names & {"Lily", "Emma", "Mila", "Zoe"}, names
