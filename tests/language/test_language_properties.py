"""Property tests: any text gives operators or a UserInputError, and the input scene is never modified."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from autark import errors
from autark.language import interpret
from autark.language.lexicon import NOUNS
from autark.ops import apply_ops
from autark.scene import Scene


def _base() -> Scene:
    scene = Scene()
    for s in ("add a table", "add two chairs next to the table", "add a red lamp", "add a robot"):
        scene = apply_ops(scene, interpret(s, scene))
    return scene


BASE = _base()
SNAPSHOT = BASE.model_dump_json()
WORDS = sorted(NOUNS)[:80] + ["the", "a", "and", "then", "on", "under", "left", "of", "2", "m", "red", "move",
                             "add", "put", "turn", "it", "den", "auf", "stell", "neben", "und", "zwischen",
                             "90", "degrees", ",", "make", "bigger", "camera", "sunset", "all", "around"]


def _interpret_or_error(text: str) -> None:
    try:
        ops = interpret(text, BASE)
    except errors.UserInputError as exc:
        assert str(exc)  # every error carries a message for a person
    else:
        apply_ops(BASE, ops)  # what the engine returns always applies
    assert BASE.model_dump_json() == SNAPSHOT


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(max_size=200))
def test_random_unicode_raises_only_user_errors(text: str) -> None:
    _interpret_or_error(text)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from(WORDS), min_size=1, max_size=14).map(" ".join))
def test_word_salad_from_the_lexicon_raises_only_user_errors(text: str) -> None:
    _interpret_or_error(text)


@pytest.mark.parametrize("text", ["x" * 2001, "add a chair " * 300, "\x00" * 50, "   \n\t ", "ä" * 1999 + " chair"])
def test_extreme_inputs(text: str) -> None:
    with pytest.raises(errors.UserInputError):
        interpret(text, BASE)
    assert BASE.model_dump_json() == SNAPSHOT


def test_too_many_objects_per_scene() -> None:
    # build a crowded scene directly (placing 4,950 cubes by sentence would take minutes)
    from autark.scene import SceneObject, Transform

    objs = [SceneObject(id=f"obj{i + 1}", name="cube", type="cube", transform=Transform(position=(i * 1.1, 0, 0)))
            for i in range(4950)]
    scene = Scene(objects=objs, next_id=4951)
    with pytest.raises(errors.LimitExceeded, match="5000"):
        interpret("add 60 cubes", scene)
    with pytest.raises(errors.LimitExceeded, match="200"):
        interpret("add 150 cubes and 100 spheres", Scene())
