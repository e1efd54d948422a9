"""The worlds a film passes through (weather and hour of each scene) against what the idea tells, over the corpus of
benchmarks/light_ideas.yaml (its held-out ideas excepted): a storm before the dawn, snow until night falls, rain
until the next morning's sun. The pixels of those worlds are benchmarks/bench_light.py's."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from autark.story import plan

IDEAS = [d for d in yaml.safe_load((Path(__file__).parents[2] / "benchmarks" / "light_ideas.yaml").read_text(
    encoding="utf-8")) if not d.get("held")]


def _fits(want: str, got: str) -> bool:
    return want == "*" or got in want.split("|")


@pytest.mark.slow
@pytest.mark.parametrize("idea", IDEAS, ids=[d["idea"][:40] for d in IDEAS])
def test_the_films_worlds_follow_the_idea(idea: dict) -> None:
    scenes = plan(idea["idea"], 30.0, seed=0, language=idea["lang"]).scenes
    read = [(s.weather, s.time_of_day) for s in scenes]
    worlds = [w for i, w in enumerate(read) if i == 0 or w != read[i - 1]]
    expect = idea["expect"]
    assert len(worlds) >= len(expect), worlds
    # the idea's worlds are the film's last ones (a storm that breaks may open on the clear sky before it)
    for (weather, hour), (want_w, want_h) in zip(worlds[len(worlds) - len(expect):], expect, strict=True):
        assert _fits(want_w, weather) and _fits(want_h, hour), (worlds, expect)
