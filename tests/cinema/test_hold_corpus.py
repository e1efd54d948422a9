"""The shot-sequence corpus (hold_ideas.yaml beside this file: ideas written for it, English and German, two to seven
people, indoors and out, big props): films built from them (scenes and shots, no frames) hold no still camera past
``holds.MAX_HELD_S``, keep no setup twice (a dialogue single excepted, never straight after itself), and few of
their shots keep a wide whose people are a speck or two heads stacked. Slow: each film is planned and its shots
searched (about ten seconds of CPU each)."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
import yaml

IDEAS = yaml.safe_load(Path(__file__).with_name("hold_ideas.yaml").read_text(encoding="utf-8"))


def test_the_corpus_is_varied() -> None:
    assert len(IDEAS) >= 25
    assert {it["lang"] for it in IDEAS} == {"en", "de"}
    assert len({it["idea"] for it in IDEAS}) == len(IDEAS)


def _film(idea: dict):
    from autark.jobs.film import SceneSegment
    from autark.jobs.produce import build_film
    from autark.story import plan

    screenplay = plan(idea["idea"], 30.0, seed=0, language=idea["lang"])
    built = build_film(screenplay, width=640, height=360, fps=24)
    return [s.scene for s in built.segments if isinstance(s, SceneSegment)]


def _held_s(scene, shot) -> float:
    """The shot's length when its camera stands still through it (moves under 0.3 m, turns its aim under 0.3 m)."""
    from autark.cinema import camera_path

    path = camera_path(scene, shot.camera)
    ts = np.linspace(shot.start_s, shot.end_s - 1e-3, 8)
    pos = np.array([path(t).position for t in ts])
    aim = np.array([path(t).target for t in ts])
    still = np.linalg.norm(pos - pos[0], axis=1).max() < 0.3 and np.linalg.norm(aim - aim[0], axis=1).max() < 0.3
    return shot.end_s - shot.start_s if still else 0.0


@pytest.mark.slow
def test_corpus_films_cut_long_holds_and_repeat_few_setups() -> None:
    # measured on this corpus (28 films, ~230 shots): no still camera over 5 s (before: 18 shots of 6-7 s), 2% of
    # shots back to back on one setup (before: 5%), 5% wides whose people stay a speck where no framing shows them
    # otherwise (before: their planner had no such rule)
    from autark.cinema import camera_path, measure_scene
    from autark.jobs.holds import MAX_HELD_S, MAX_MOVING_S, Setup, same_setup

    shots = held = jumps = again = small = stacked = 0
    for idea in IDEAS:
        for scene in _film(idea):
            kept: list[Setup] = []
            for shot in sorted(scene.timeline.shots, key=lambda s: s.start_s):
                shots += 1
                still_s = _held_s(scene, shot)
                assert still_s <= MAX_MOVING_S, (idea["idea"], shot.name, shot.notes)
                held += still_s > MAX_HELD_S + 0.05
                c = camera_path(scene, shot.camera)(shot.start_s)
                new = Setup(tuple(c.position), tuple(c.target),
                            shot.size in ("close-up", "medium", "over-the-shoulder"))
                jumps += bool(kept) and same_setup(kept[-1], new)
                again += any(same_setup(old, new) and not (old.dialogue and new.dialogue) for old in kept[:-1])
                kept.append(new)
            for m in measure_scene(scene, samples_per_s=4):
                codes = {p.code for p in m.failures}
                small += "small" in codes
                stacked += "stacked" in codes
    assert held <= 0.02 * shots, (held, shots)
    assert jumps <= 0.04 * shots, (jumps, shots)
    assert again <= 0.08 * shots, (again, shots)
    assert small <= 0.08 * shots, (small, shots)
    assert stacked <= 0.05 * shots, (stacked, shots)
