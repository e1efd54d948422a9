"""A German capital word after an article and describing words is a noun ("eine große Welle", "ein starker
Sturm"), unless it is a given name ("der kleine Max"): a wave was cast as a woman called Welle. Ideas written
for this test."""

from __future__ import annotations

import pytest

from autark.story.analysis import analyze


@pytest.mark.parametrize(("idea", "word"), [
    ("Zwei Brüder bauen eine Burg aus Sand, bis eine große Welle sie zerstört", "Welle"),
    ("Der Bauer pflügt das Feld, aber ein heftiger Sturm zieht auf", "Sturm"),
    ("Die Kinder spielen im Hof, bis ein kalter Regen einsetzt", "Regen"),
    ("Ein Fischer wartet am Steg, als eine dichte Wolke die Sonne verdeckt", "Wolke"),
])
def test_a_force_of_nature_is_nobody(idea: str, word: str) -> None:
    assert word not in {c.name for c in analyze(idea).characters}, idea


@pytest.mark.parametrize(("idea", "name"), [
    ("Der kleine Max spielt mit seinem Ball im Garten", "Max"),
    ("Die mutige Lena rettet eine Katze vom Baum", "Lena"),
    ("Der freche Jonas versteckt die Brille seiner Oma", "Jonas"),
])
def test_a_given_name_after_describing_words_is_still_a_name(idea: str, name: str) -> None:
    assert name in {c.name for c in analyze(idea).characters}, idea
