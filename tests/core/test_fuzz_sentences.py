"""Fuzzing sentences through Studio.do: whatever a person types, the answer is a result or an autark error,
a refused sentence changes nothing, and the project always reopens with a strictly-JSON scene.

Seeded (derandomize) and bounded so it runs in CI in well under a minute.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from autark.errors import AutarkError
from autark.language.grammar import all_keywords
from autark.studio import Studio

_WORDS = sorted(all_keywords() | {"table", "chair", "lamp", "robot", "Robo", "Tisch", "Stuhl", "it", "them"})
_NUMBERS = st.one_of(
    st.integers(-10**6, 10**6).map(str),
    st.integers(10**6, 10**400).map(str),
    st.floats(allow_nan=False, allow_infinity=False, width=64).map(lambda f: f"{f:.6g}"),
    st.sampled_from(["0", "-0", "1e308", "inf", "nan", "NaN", "-1", "2,5", "999999999999999999999"]),
)
_TOKEN = st.one_of(
    st.sampled_from(_WORDS),
    _NUMBERS,
    st.sampled_from(["meters", "m", "cm", "seconds", "s", "degrees", "times", "and", "then", ",", "'", "\""]),
    st.text(min_size=1, max_size=6),  # anything at all, surrogates and control characters included
)
_SALAD = st.lists(_TOKEN, min_size=1, max_size=14).map(" ".join)
# sentences autark understands, with any number in them: the numbers are what reach the scene
_TEMPLATES = [
    "add a {thing} {n} meters left of the table", "add {n} {thing}s", "move the table {n} meters up",
    "Robo walks {n} meters forward", "crane up {n} meters", "dolly in {n} meters", "rotate the table by {n} degrees",
    "make the chair {n} times bigger", "wait {n} seconds", "at {n} seconds the lamp turns red",
    "the camera orbits the table for {n} seconds", "zoom in by {n}", "duplicate the chair {n} times",
    "the film is {n} seconds long", "Robo walks to the table in {n} seconds", "put the table at {n}, {n}, {n}",
    "stell einen Stuhl {n} Meter links neben den Tisch", "make the lamp {n} times brighter", "tilt up {n} degrees",
    "the lamp is {n} m tall", "pan left {n} degrees", "Robo says 'hello' at {n} seconds",
]
_SENTENCE = st.one_of(
    _SALAD,
    st.builds(lambda t, thing, ns: t.replace("{thing}", thing).replace("{n}", ns[0]).replace("{n}", ns[-1]),
              st.sampled_from(_TEMPLATES), st.sampled_from(["chair", "lamp", "box", "tree", "ball"]),
              st.lists(_NUMBERS, min_size=1, max_size=3)),
)
_FUZZ = settings(derandomize=True, max_examples=600, deadline=None, database=None,
                 suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])


@pytest.fixture(scope="module")
def studio(tmp_path_factory: pytest.TempPathFactory):
    with Studio.create(tmp_path_factory.mktemp("fuzz") / "p") as st_:
        for sentence in ("add a table", "add a robot named Robo", "add two chairs next to the table"):
            st_.do(sentence)
        yield st_


@_FUZZ
@given(sentence=_SENTENCE)
def test_any_sentence_is_carried_out_or_refused_cleanly(studio: Studio, sentence: str) -> None:
    before = studio.scene.model_dump_json()
    log = len(studio.history())
    try:
        studio.do(sentence)
    except AutarkError as exc:
        assert str(exc).strip()
        assert studio.scene.model_dump_json() == before, f"refused {sentence!r} but changed the scene"
        assert len(studio.history()) == log
    if len(studio.scene.objects) > 300:  # keep the scene small, so the fuzz stays fast
        studio.do("remove everything")


def test_the_fuzzed_project_reopens_with_strict_json(studio: Studio) -> None:
    path: Path = studio.path
    scene_json = studio.scene.model_dump_json()
    with Studio.open(path) as again:
        assert again.scene.model_dump_json() == scene_json
        json.loads(scene_json, parse_constant=lambda c: pytest.fail(f"{c} in the scene"))
        while again.undo() is not None:  # every step back still works
            pass
