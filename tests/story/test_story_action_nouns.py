"""The action sentences of a plan name things by words the command engine reads: a German compound the idea
uses for a stand-in ("Baumhaus" played by a house) is no word of the scene, and every action with it was left
out of the film, so the two brothers stood still for 25 seconds."""

from __future__ import annotations

import pytest

from autark.story import plan

_NOT_UNDERSTOOD = "neither the command engine nor the screenplay"


@pytest.mark.parametrize("idea", [
    "Zwei Brüder bauen im Garten ein Baumhaus, bis ein Gewitter kommt",
    "Ein Roboter lernt in der Küche Pfannkuchen zu backen",
    "Der Pirat findet eine Schatzkarte am Strand",
    "Die Oma schaut im Wohnzimmer auf die Kuckucksuhr",
])
def test_every_action_of_the_plan_is_read_by_the_command_engine(idea: str) -> None:
    from autark.jobs.produce import build_film

    built = build_film(plan(idea, duration_s=20, seed=0), width=160, height=90, fps=10)
    assert not [w for w in built.warnings if _NOT_UNDERSTOOD in w], built.warnings
