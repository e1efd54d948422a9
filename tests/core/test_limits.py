"""Numbers and text are checked where they enter: nothing out of bounds or unwritable is ever committed."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from autark import limits
from autark.errors import LimitExceeded, NotUnderstood, UserInputError
from autark.ops import Patch, SetTransform, check_patch
from autark.studio import Studio

HUGE = "9" * 320  # float() of this is inf


@pytest.fixture()
def studio(tmp_path: Path):
    with Studio.create(tmp_path / "p") as st:
        st.do("add a table")
        st.do("add a robot named Robo")
        yield st


@pytest.mark.parametrize("sentence", [
    f"add a chair {HUGE} meters left of the table",
    f"crane up {HUGE} meters",
    f"Robo walks {HUGE} meters forward",
    "add a lamp 20000 meters left of the table",
    "crane up 50000 meters",
    "Robo walks 12000 meters forward",
    "wait 5000 seconds",
    "the camera orbits the table for 99999 seconds",
    "add 0 chairs",
    "duplicate the table -1 times",
    "duplicate the table 2.5 times",
    "duplicate the table 5000 times",
    "dolly in\udcff",
    "add a \x00chair",
])
def test_out_of_bounds_sentences_are_refused_and_change_nothing(studio: Studio, sentence: str) -> None:
    before = studio.scene.model_dump_json()
    seq = len(studio.history())
    with pytest.raises(UserInputError) as info:
        studio.do(sentence)
    assert "Traceback" not in str(info.value) and str(info.value)
    assert studio.scene.model_dump_json() == before
    assert len(studio.history()) == seq
    path = studio.path
    studio.close()
    with Studio.open(path) as again:  # the project still opens and its JSON is strict
        json.loads(again.scene.model_dump_json(), parse_constant=lambda c: pytest.fail(f"{c} in the scene"))


def test_the_error_names_the_value_and_the_limit(studio: Studio) -> None:
    with pytest.raises(LimitExceeded, match=r"999999\.\.\.\(320 digits\).*1,000,000"):
        studio.do(f"add a chair {HUGE} meters left of the table")
    with pytest.raises(UserInputError, match=r"position x -20001 m; it must be at least -10000 m"):
        studio.do("add a lamp 20000 meters left of the table")
    with pytest.raises(NotUnderstood, match="character 9 is a byte that is not UTF-8"):
        studio.do("dolly in\udcff")


@pytest.mark.parametrize("value", [1.7e308, float("inf"), float("nan"), -1e5])
def test_operators_from_the_protocol_are_bounded(studio: Studio, value: float) -> None:
    oid = studio.scene.objects[0].id
    before = studio.scene.model_dump_json()
    with pytest.raises(UserInputError):
        studio.apply_ops([{"op": "set_transform", "id": oid, "position": [value, 0, 0]}], "move")
    with pytest.raises(UserInputError):
        studio.apply_ops([SetTransform.model_construct(op="set_transform", id=oid, position=(value, 0.0, 0.0),
                                                       rotation=None, scale=None)], "move")
    assert studio.scene.model_dump_json() == before


def test_check_patch_catches_what_skipped_validation(studio: Studio) -> None:
    obj = studio.scene.objects[0].model_dump(mode="json")
    bad = {**obj, "transform": {**obj["transform"], "position": [None, 0.0, 0.0]}}  # JSON's null for inf
    with pytest.raises(UserInputError, match="not finite"):
        check_patch(Patch(items={"objects": {obj["id"]: (obj, bad)}}))
    with pytest.raises(UserInputError, match="at most 3600"):
        check_patch(Patch(fields={"timeline": (None, {"duration_s": 1e9})}))
    check_patch(Patch(items={"objects": {obj["id"]: (obj, obj)}}))  # a valid one passes


def test_add_zero_adds_nothing_and_counts_are_honest(studio: Studio) -> None:
    n = len(studio.scene.objects)
    with pytest.raises(NotUnderstood):
        studio.do("add 0 chairs")
    studio.do("duplicate the table 2 times")
    assert len(studio.scene.objects) == n + 2


def test_one_command_limit_everywhere(studio: Studio) -> None:
    text = "add a chair " + "and a table " * 400
    with pytest.raises(LimitExceeded, match=f"limit is {limits.MAX_COMMAND_CHARS}"):
        studio.do(text)
    with pytest.raises(LimitExceeded, match=f"limit is {limits.MAX_COMMAND_CHARS}"):
        studio.do("add " * 5000)


def test_readme_limits_table_matches_the_code() -> None:
    readme = (Path(__file__).resolve().parents[2] / "README.md").read_text(encoding="utf-8")
    table = readme.split("## Limits", 1)[1].split("\n## ", 1)[0]
    rows = {m.group(1).strip(): m.group(2).strip() for m in re.finditer(r"^\| ([^|]+) \| ([^|]+) \|", table, re.M)}
    for limit in limits.LIMITS:
        assert limit.what in rows, f"README limits table lacks {limit.what!r}"
        assert rows[limit.what] == limit.shown, limit.what
