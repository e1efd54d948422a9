"""A thing struck leaves the body and flies to where it goes (``autark.motion.strikes``): a ball kicked into a
goal ends behind its line inside the net, one thrown into a hoop drops through the ring, one thrown into a
basket lies inside it; the kicker first runs up behind the ball."""

from __future__ import annotations

import numpy as np
import pytest

from autark.language import apply_sentences
from autark.motion import evaluate_scene
from autark.scene import Scene
from autark.scene.geometry import world_bbox

_SET_EN = ["add a woman named Lea", "add a ball 1 m in front of Lea", "add a football goal 7 m behind Lea",
           "add a basket 3 m left of Lea", "add a basketball hoop 5 m right of Lea"]
_SET_DE = ["füge eine Frau namens Lea hinzu", "füge einen Ball 1 m vor Lea hinzu",
           "füge ein Fußballtor 7 m hinter Lea hinzu", "füge einen Korb 3 m links von Lea hinzu",
           "füge einen Basketballkorb 5 m rechts von Lea hinzu"]


@pytest.fixture(scope="module", params=["en", "de"])
def pitch(request: pytest.FixtureRequest) -> tuple[str, Scene]:
    return request.param, apply_sentences(_SET_EN if request.param == "en" else _SET_DE)


def _of(scene: Scene, typ: str) -> str:
    return next(o.id for o in scene.objects if o.type == typ)


def _centre(scene: Scene, oid: str, t: float) -> np.ndarray:
    return np.array(world_bbox(evaluate_scene(scene, t).object(oid)).center)


def _inside(p: np.ndarray, box) -> bool:
    return bool(np.all(p >= np.array(box.min) - 1e-6) and np.all(p <= np.array(box.max) + 1e-6))


@pytest.mark.parametrize(("en", "de"), [("Lea kicks the ball into the goal", "Lea schießt den Ball ins Fußballtor"),
                                        ("Lea kicked the ball into the goal", "Lea kickt den Ball in das Fußballtor")])
def test_a_ball_kicked_into_the_goal_flies_there_and_lies_in_its_net(pitch, en: str, de: str) -> None:
    lang, scene = pitch
    played = apply_sentences([en if lang == "en" else de], scene)
    (kick,) = [a for a in played.timeline.actions if a.kind == "kick"]
    ball, goal = _of(played, "ball"), _of(played, "football_goal")
    assert kick.target_object == goal and kick.item == ball
    start = _centre(played, ball, 0.0)
    mid = _centre(played, ball, kick.start_s + 0.85 * (kick.end_s - kick.start_s))
    end = _centre(played, ball, kick.end_s + 0.5)
    box = world_bbox(evaluate_scene(played, 0.0).object(goal))
    assert mid[1] > 0.5  # in the air on the way
    assert _inside(end, box) and end[1] < 0.3  # on the ground in the goal, behind its posts' line
    assert np.linalg.norm(end - start) > 6.0
    # the kicker ran up: at the strike she stands by the ball, on its far side from the goal
    lea = np.array(evaluate_scene(played, kick.end_s).object(_of(played, "woman")).transform.position)
    assert np.hypot(*(lea - start)[[0, 2]]) < 0.6 and lea[2] > start[2]


@pytest.mark.parametrize(("en", "de", "into"), [
    ("Lea throws the ball into the basketball hoop", "Lea wirft den Ball in den Basketballkorb", "basketball_hoop"),
    ("Lea throws the ball into the basket", "Lea wirft den Ball in den Korb", "basket")])
def test_a_ball_thrown_into_a_hoop_or_a_basket_ends_in_it(pitch, en: str, de: str, into: str) -> None:
    lang, scene = pitch
    played = apply_sentences([en if lang == "en" else de], scene)
    (throw,) = [a for a in played.timeline.actions if a.kind == "throw"]
    ball, aim = _of(played, "ball"), _of(played, into)
    box = world_bbox(evaluate_scene(played, 0.0).object(aim))
    end = _centre(played, ball, throw.end_s + 0.5)
    assert abs(end[0] - box.center[0]) < 0.15 and abs(end[2] - box.center[2]) < 0.75 and end[1] < 0.35
    if into == "basketball_hoop":  # up above the ring before it drops through
        top = max(_centre(played, ball, throw.start_s + k * (throw.end_s - throw.start_s) / 20)[1] for k in range(21))
        assert top > 3.0


def test_a_ball_kicked_at_nothing_flies_on_along_the_run_up(pitch) -> None:
    lang, scene = pitch
    played = apply_sentences(["Lea kicks the ball" if lang == "en" else "Lea kickt den Ball"], scene)
    (kick,) = [a for a in played.timeline.actions if a.kind == "kick"]
    ball = _of(played, "ball")
    start, end = _centre(played, ball, 0.0), _centre(played, ball, kick.end_s + 0.3)
    assert end[2] - start[2] > 5.0 and abs(end[0] - start[0]) < 0.3  # Lea stood behind it (-z): on to +z
