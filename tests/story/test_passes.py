"""A thing thrown *to* someone is a pass they catch (``story.destinations.passed_to``): it flies into their hands,
with no ``land`` on their head and no "All over me!"; a thing thrown *at* someone still hits them. Read in English
and German, with "to"/"zu", a dative, and the separable "wirft ... zu"."""

from __future__ import annotations

import pytest

from autark.story import semantic
from autark.story.analysis import analyze
from autark.story.destinations import landing_effect, passed_to


@pytest.fixture(autouse=True)
def no_embeddings(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(semantic, "semantic_available", lambda: False)


def _throw(idea: str):  # noqa: ANN202
    concept = analyze(idea, None)
    ev = next(e for e in concept.events if e.kind == "throw")
    return concept, ev


@pytest.mark.parametrize("idea", [
    "the boy throws the frisbee to his dog and the dog catches it",
    "Tom throws the ball to Anna",
    "the boy throws his sister the ball",
    "Der Vater wirft seinem Sohn den Schlüssel zu und der Sohn fängt ihn",
    "Das Mädchen wirft dem Hund den Stock zu",
    "Die Oma wirft dem Enkel einen Apfel zu",
])
def test_a_throw_to_someone_is_caught_not_landed_on_them(idea: str) -> None:
    concept, ev = _throw(idea)
    assert passed_to(ev, concept.idea, concept.characters) == ev.recipient != ""
    fx = landing_effect(None, ev, concept.idea, concept.characters, concept.objects)
    assert fx is None or fx.kind != "land"


@pytest.mark.parametrize("idea", [
    "the kids throw snowballs at the teacher",
    "Lisa wirft einen Schneeball auf den Lehrer",
    "A monkey throws a banana at the zookeeper",
])
def test_a_throw_at_someone_still_hits_them(idea: str) -> None:
    concept, ev = _throw(idea)
    assert passed_to(ev, concept.idea, concept.characters) == ""
    fx = landing_effect(None, ev, concept.idea, concept.characters, concept.objects)
    assert fx is not None and fx.kind == "land" and fx.into == ev.recipient


@pytest.mark.parametrize("idea", [
    "Der Vater wirft seinem Sohn den Schlüssel zu und der Sohn fängt ihn",
    "Das Mädchen wirft dem Hund den Stock zu und der Hund fängt ihn",
])
def test_the_one_after_und_catches_not_the_thrower(idea: str) -> None:
    concept = analyze(idea, None)
    throw = next(e for e in concept.events if e.kind == "throw")
    catch = next(e for e in concept.events if e.kind == "catch")
    assert catch.agents == [throw.recipient]
