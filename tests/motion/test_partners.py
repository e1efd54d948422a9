"""Dancing together (issue 17): two who dance with each other step in close, hold each other and turn round the
point between them; one who dances alone dances on the spot."""

from __future__ import annotations

import math

import numpy as np

from autark.language import apply_sentences
from autark.motion import evaluate_scene
from autark.motion.holding import _palm
from autark.motion.partners import HOLD_M
from autark.scene.geometry import world_bbox


def test_a_couple_dances_in_each_others_arms_turning_round_between_them() -> None:
    scene = apply_sentences(["add a man named Tom", "add a woman named Anna 1.2 metres right of Tom", "Tom dances with Anna"])
    dance = next(a for a in scene.timeline.actions if a.kind == "dance")
    spots = []
    for t in np.linspace(dance.start_s + 1.2, dance.end_s - 0.2, 3):
        s = evaluate_scene(scene, float(t))
        tom, anna = (next(o for o in s.objects if o.name == n) for n in ("Tom", "Anna"))
        a, b = np.array(tom.transform.position), np.array(anna.transform.position)
        assert abs(math.hypot(*(a - b)[[0, 2]]) - HOLD_M) < 0.15, t  # close, in each other's arms
        for me, other in ((tom, b), (anna, a)):
            h = math.radians(me.transform.rotation[1])
            to = other - np.array(me.transform.position)
            assert (math.sin(h) * to[0] + math.cos(h) * to[2]) / math.hypot(to[0], to[2]) > 0.94  # facing
        chest = np.array(world_bbox(anna).center)
        assert min(np.linalg.norm(_palm(tom, side) - chest) for side in ("l", "r")) < 0.45  # a hand on her
        spots.append(a)
    assert np.linalg.norm(spots[-1] - spots[0]) > 0.1  # the couple turns


def test_one_who_dances_alone_stays_on_the_spot() -> None:
    scene = apply_sentences(["add a man named Tom", "Tom dances"])
    dance = next(a for a in scene.timeline.actions if a.kind == "dance")
    here = [np.array(evaluate_scene(scene, float(t)).objects[0].transform.position)
            for t in (dance.start_s + 0.5, dance.end_s - 0.2)]
    assert np.linalg.norm(here[1] - here[0]) < 0.2
