"""German "brechen" and its particles: "bricht" breaks, "bricht auf" sets off, "bricht aus" erupts (a volcano),
"bricht ab" breaks off. "bricht" had been no verb at all. Ideas written for this test."""

from __future__ import annotations

import pytest

from autark.story.analysis import analyze


@pytest.mark.parametrize(("idea", "verb"), [
    ("Die alte Brücke bricht unter dem Gewicht", "break"),
    ("Der Junge bricht den Zweig ab", "break"),
    ("Die Karawane bricht im Morgengrauen auf", "leave"),
    ("Der Vulkan bricht aus", "erupt"),
    ("Das Glas bricht, als die Katze es vom Tisch stößt", "break"),
    ("Die Vase fiel vom Regal und brach", "break"),
    ("Der Ast brach unter dem Schnee", "break"),
])
def test_brechen_is_read(idea: str, verb: str) -> None:
    concept = analyze(idea, language="de")
    assert any(e.verb == verb for e in concept.events), [(e.verb, e.agents, e.patient) for e in concept.events]
    assert not any("no act for" in w and "brach" in w or "bricht" in w for w in concept.warnings), concept.warnings


@pytest.mark.parametrize("idea", ["Die Vase fiel vom Regal und brach", "Der Ast brach unter dem Schnee"])
def test_brach_breaks_and_serves_nothing(idea: str) -> None:
    # "brach" is the past of brechen; it had been listed as a form of bringen (whose past is "brachte")
    concept = analyze(idea, language="de")
    assert not any(e.verb == "serve" for e in concept.events), [(e.verb, e.word) for e in concept.events]


def test_brachte_still_brings() -> None:
    concept = analyze("Der Kellner brachte der Königin die Suppe", language="de")
    assert any(e.verb == "serve" for e in concept.events), [(e.verb, e.word) for e in concept.events]
