"""Down a slope (``autark.motion.sliding``): one who climbs a hill or a playground slide ends at the top of its
run, and the slide goes down it on its surface to its foot, in English and German, for a person and an animal."""

from __future__ import annotations

import numpy as np
import pytest

from autark.language import apply_sentences
from autark.motion.animate import evaluate_scene
from autark.motion.sliding import surface_at

SLIDES = [
    ["add a girl named Mia", "add a sledging hill 3 meters behind Mia", "Mia climbs the sledging hill",
     "Mia slides to the sledging hill"],
    ["add a penguin named Pit", "add a ski slope 4 meters left of Pit", "Pit climbs the ski slope",
     "Pit slides to the ski slope"],
    ["füge einen Jungen namens Tim hinzu", "füge einen Rodelhang 5 Meter hinter Tim hinzu",
     "Tim klettert auf den Rodelhang", "Tim rutscht zu dem Rodelhang"],
    ["add a boy named Max", "add a playground slide 3 meters right of Max", "Max climbs the playground slide",
     "Max slides to the playground slide"],
]


def _at(scene, oid: str, t: float) -> np.ndarray:  # noqa: ANN001
    return np.array(evaluate_scene(scene, t).object(oid).transform.position, float)


@pytest.mark.parametrize("commands", SLIDES, ids=lambda c: c[-1])
def test_the_slide_goes_down_the_run_on_its_surface(commands: list[str]) -> None:
    scene = apply_sentences(commands)
    (climb,) = [a for a in scene.timeline.actions if a.kind == "climb"]
    (slide,) = [a for a in scene.timeline.actions if a.kind == "slide"]
    slope = scene.object(slide.target_object)
    top = _at(scene, slide.object_id, climb.end_s - 0.02)
    assert top[1] > 1.2, top  # up on the top of the run
    ys = []
    for u in np.linspace(0.05, 0.95, 7):
        p = _at(scene, slide.object_id, slide.start_s + u * (slide.end_s - slide.start_s))
        ys.append(p[1])
        # on the surface, not floating over it nor sunk into it (a sitter's origin sits a little lower)
        assert abs(p[1] - surface_at(slope, p)) < 0.45, (u, p, surface_at(slope, p))
    assert all(a >= b - 0.05 for a, b in zip(ys, ys[1:], strict=False)), ys  # always down
    end = _at(scene, slide.object_id, slide.end_s - 0.02)
    assert end[1] < 0.2 and float(np.hypot(*(end - top)[[0, 2]])) > 2.5, (top, end)  # at the foot, away from the top


def test_three_who_slide_down_together_keep_lanes_of_their_own() -> None:
    scene = apply_sentences(["add a penguin named Pit", "add a penguin named Pat 1 meter right of Pit",
                             "add a penguin named Pia 1 meter left of Pit", "add a sledging hill 4 meters behind Pit",
                             "Pit climbs the sledging hill", "meanwhile Pat climbs the sledging hill",
                             "meanwhile Pia climbs the sledging hill", "Pit slides to the sledging hill",
                             "meanwhile Pat slides to the sledging hill", "meanwhile Pia slides to the sledging hill"])
    slides = [a for a in scene.timeline.actions if a.kind == "slide"]
    t = max(a.end_s for a in slides) - 0.05
    ends = [_at(scene, a.object_id, t) for a in slides]
    assert len(ends) == 3
    for i in range(3):
        for j in range(i + 1, 3):
            assert float(np.hypot(*(ends[i] - ends[j])[[0, 2]])) > 0.6, ends
