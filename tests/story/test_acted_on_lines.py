"""The one an act is done to answers it in their own voice, the doer answers them by title, and a find the idea
calls "only" disappoints (story.acted_on_lines), over ideas of both languages."""

from __future__ import annotations

import pytest

from autark.story.narrative import plan


def _lines(idea: str) -> list[tuple[str, str]]:
    return [(d.speaker, d.text) for sh in plan(idea, duration_s=30, seed=0).shots for d in sh.dialogue]


@pytest.mark.parametrize(("idea", "victim", "words"), [
    ("A clumsy waiter drops a wedding cake on the mayor", "Mayor", ("wedding cake", "me")),
    ("Ein ungeschickter Kellner lässt eine Hochzeitstorte auf den Bürgermeister fallen", "Bürgermeister",
     ("hochzeitstorte", "mir")),
    ("A wizard turns the farmer into a frog", "Farmer", ("me",)),
    ("Eine Hexe verwandelt den Prinzen in einen Frosch", "Prinz", ("mir", "mich")),
    ("A robot paints a portrait of an old woman", "Woman", ("me",)),
    ("Ein Roboter malt ein Porträt einer alten Frau", "Frau", ("ich",)),
])
def test_the_one_acted_on_reacts_in_their_own_voice(idea: str, victim: str, words: tuple[str, ...]) -> None:
    said = [t.lower() for who, t in _lines(idea) if who == victim]
    assert any(w in t for t in said for w in words), said


@pytest.mark.parametrize(("idea", "doer", "words"), [
    ("A clumsy waiter drops a wedding cake on the mayor", "Waiter", ("sorry, mr mayor",)),
    ("Ein ungeschickter Kellner lässt eine Hochzeitstorte auf den Bürgermeister fallen", "Kellner",
     ("leid, herr bürgermeister",)),
    ("Ein Junge bespritzt seinen Lehrer mit Wasser", "Junge", ("leid", "entschuldigung")),
])
def test_the_doer_of_a_mishap_apologises_by_title(idea: str, doer: str, words: tuple[str, ...]) -> None:
    said = [t.lower() for who, t in _lines(idea) if who == doer]
    assert any(w in t for t in said for w in words), said


@pytest.mark.parametrize(("idea", "line"), [
    ("A pirate digs up a treasure chest and finds only a rubber duck", "Only a rubber duck?!"),
    ("Ein Pirat gräbt eine Schatzkiste aus und findet nur eine Gummiente", "Nur eine Gummiente?!"),
    ("An astronaut lands on the moon and finds only a sock", "Only a sock?!"),
    ("Ein Angler fängt einen Stiefel statt eines Fisches", "Nur ein Stiefel?!"),
])
def test_a_find_called_only_disappoints(idea: str, line: str) -> None:
    lines = [t for _w, t in _lines(idea)]
    assert line in lines, lines
    assert not any("who would have thought" in t.lower() or "wer hätte das gedacht" in t.lower() for t in lines)


def test_the_one_a_mishap_befalls_does_not_laugh_about_it() -> None:
    said = [t.lower() for who, t in _lines("A clumsy waiter drops a wedding cake on the mayor") if who == "Mayor"]
    assert not any("ha ha" in t or "laugh" in t for t in said), said


def test_an_animal_acted_on_says_nothing() -> None:
    lines = _lines("Ein Fuchs jagt einen Hasen durch den Wald")
    assert not any(who in ("Hase", "Fuchs") for who, _t in lines), lines


@pytest.mark.parametrize("idea", [
    "A boy gives his sister a puppy for her birthday",
    "A firefighter rescues a grandmother from a burning house",
    "Ein Mädchen schenkt ihrer Oma einen Blumenstrauß",
    "A chef spills soup on a famous singer",
])
def test_a_film_keeps_enough_lines(idea: str) -> None:
    assert len(_lines(idea)) >= 4
