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
])
def test_brechen_is_read(idea: str, verb: str) -> None:
    concept = analyze(idea, language="de")
    assert any(e.verb == verb for e in concept.events), [(e.verb, e.agents, e.patient) for e in concept.events]
    assert not any("no act for" in w and "brach" in w or "bricht" in w for w in concept.warnings), concept.warnings
