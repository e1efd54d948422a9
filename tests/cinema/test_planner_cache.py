"""Shot planning evaluates the scene once per moment (issue 17: planning took 11.5 s of a 58 s film, every held
shot's drift re-evaluating the scene for its own path check), and the vectorised path check (``clear_span``)
and ray test (``segments_hit``) say what the step-by-step ones said."""

from __future__ import annotations

import numpy as np

from autark.cinema import SceneStates, clear_span, rules
from autark.cinema.boxes import box_distances, points_in, segment_hits, segments_hit

PLAN = """
title: Cache
language: en
duration_s: 12.0
title_card: {text: Cache, duration_s: 1.0}
end_card: {text: The End, duration_s: 1.0}
scenes:
- setting: living_room
  characters:
  - {name: Ann, type: woman, voice: woman, position: [-0.8, 0.0, 0.0]}
  - {name: Tom, type: man, voice: man, position: [0.8, 0.0, 0.0]}
  objects:
  - {type: table, position: [0.0, 0.0, -1.2]}
  shots:
  - {duration_s: 5.0, camera: static, size: medium, subject: Ann, actions: [Ann walks to the table]}
  - {duration_s: 5.0, camera: dolly, size: close-up, subject: Tom, actions: []}
"""


def test_planning_evaluates_each_moment_of_the_scene_once(tmp_path, monkeypatch) -> None:
    import autark.cinema.states as states_module
    from autark.jobs.produce import build_film
    from autark.story.screenplay import load_plan

    made: list[SceneStates] = []
    evaluated: list[float] = []
    init, evaluate = SceneStates.__init__, states_module.evaluate_scene

    def counted_init(self, scene) -> None:  # noqa: ANN001
        made.append(self)
        init(self, scene)

    def counted(scene, t):  # noqa: ANN001, ANN202 - the function it stands for
        evaluated.append(t)
        return evaluate(scene, t)

    monkeypatch.setattr(SceneStates, "__init__", counted_init)
    monkeypatch.setattr(states_module, "evaluate_scene", counted)
    path = tmp_path / "cache.yaml"
    path.write_text(PLAN, encoding="utf-8")
    build_film(load_plan(path), width=320, height=180, fps=24)
    # one for each screenplay shot, shared by every framing tried on its parts and by their moves' path checks
    # (a held shot's drift made its own, and evaluated the scene again at every moment of its path: 50 of them)
    # (and one for jobs.sightlines' look at where the cast faces before any camera: its moves change the scene)
    assert 1 <= len(made) <= 3, len(made)
    # each moment once: every evaluation lands in ``evaluated``'s cache (the boxed ``at`` cache holds only the
    # moments a measure boxed; the pixel check reads moments unboxed)
    assert len(evaluated) == sum(len(st._scenes) for st in made)


def _clear_span_by_steps(boxes: np.ndarray, a: np.ndarray, b: np.ndarray, steps: int = 50) -> float:
    need = np.where(box_distances(a, boxes) < rules.MIN_CLEARANCE_M, rules.NEAR_PLANE_M, rules.MIN_CLEARANCE_M)
    share = 0.0
    for i in range(steps + 1):
        if (box_distances(a + (b - a) * i / steps, boxes) < need).any():
            return share
        share = i / steps
    return 1.0


class _Boxes:
    """A SceneStates stand-in holding fixed boxes (one solid object each)."""

    def __init__(self, boxes: np.ndarray) -> None:
        from types import SimpleNamespace

        self.boxes = boxes
        self.solid = [SimpleNamespace(id=f"o{i}") for i in range(len(boxes))]
        self._over: dict = {}

    keep_out_over = SceneStates.keep_out_over  # the union over moments, from ``at`` and ``keep_out`` below

    def at(self, t: float):  # noqa: ANN201
        return None, self.solid, self.boxes, np.arange(len(self.boxes))

    def keep_out(self, t: float):  # noqa: ANN201
        return self.boxes, np.arange(len(self.boxes))


def test_the_vectorised_path_and_ray_checks_agree_with_the_step_by_step_ones() -> None:
    rng = np.random.default_rng(7)
    for _ in range(200):
        lo = rng.uniform(-3, 3, (6, 3))
        boxes = np.concatenate([lo, lo + rng.uniform(0.1, 1.5, (6, 3))], axis=1)
        a, b = rng.uniform(-4, 4, 3), rng.uniform(-4, 4, 3)
        states: SceneStates = _Boxes(boxes)  # type: ignore[assignment]
        assert clear_span(states, tuple(a), tuple(b), [0.0]) == _clear_span_by_steps(boxes, a, b)
        ends = rng.uniform(-4, 4, (3, 3))
        ends[0, 0] = a[0]  # a ray parallel to a box's face
        hits = segments_hit(a, ends, boxes)
        inside = points_in(boxes, ends, 0.02)
        for k in range(3):
            assert (hits[k] == segment_hits(a, ends[k], boxes)).all()
            assert (inside[k] == np.all((boxes[:, :3] - 0.02 <= ends[k]) & (ends[k] <= boxes[:, 3:] + 0.02), axis=1)).all()
