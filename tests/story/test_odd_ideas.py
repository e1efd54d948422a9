"""Ideas written carelessly (a verb without its object, a preposition without its noun, a subject said twice)
still make a plan that loads back, never a crash (found by building random ideas)."""

from __future__ import annotations

import pytest

from autark.story import load_plan, plan, to_yaml
from autark.story.screenplay import check_plan

ODD = ["a shark feeds in the library and finally goes home", "Der Hai füttert im Museum.",
       "an octopus waves at until it starts to rain", "a dragon builds a sandcastle with , then everyone laughs",
       "zwei kleine Brüder schläft ein zwei kleine Brüder im Schnee", "a robot chases a butterfly a robot in the kitchen",
       "Die Oma füttert.", "the baker gives to", "Ein Bär trägt zu am Strand", "a nurse carries in the hospital",
       "three penguins throws snowballs at in a busy street", "ein Ritter folgt , bis es regnet"]


@pytest.mark.parametrize("idea", ODD)
def test_a_careless_idea_still_plans_and_loads_back(idea: str) -> None:
    sp = plan(idea, duration_s=30, seed=0)
    assert sp.scenes and all(s.shots for s in sp.scenes)
    assert not check_plan(load_plan(to_yaml(sp)))
