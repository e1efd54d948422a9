"""PROTOCOL.md documents the operators the protocol takes, written from their schemas and kept current."""

from __future__ import annotations

import re
import subprocess
import sys
from typing import get_args

from autark.ops import Operator
from autark.server import opdoc


def test_the_operator_section_is_current() -> None:
    text = opdoc.PROTOCOL_MD.read_text(encoding="utf-8")
    assert opdoc.rewrite(text) == text, "run: python -m autark.server.opdoc"
    check = subprocess.run([sys.executable, "-m", "autark.server.opdoc", "--check"], capture_output=True,
                           text=True, timeout=120)
    assert check.returncode == 0, check.stdout


def test_every_operator_of_the_union_is_listed_with_its_fields() -> None:
    text = opdoc.PROTOCOL_MD.read_text(encoding="utf-8")
    section = text[text.index(opdoc.BEGIN):text.index(opdoc.END)]
    rows = {m.group(1): m.group(2) for m in re.finditer(r"^\| `(\w+)` \| (.*?) \|", section, re.M)
            if m.group(1) != "op"}  # not the header
    union = get_args(get_args(Operator)[0])
    assert set(rows) == {model.model_fields["op"].default for model in union}
    for model in union:
        row = rows[model.model_fields["op"].default]
        for name, field in model.model_fields.items():
            if name != "op":
                assert f"`{name}`" + ("" if field.is_required() else "?") + ":" in row, (model.__name__, name)
    # the models they hold are listed too, with their fields
    for model_name in ("SceneObject", "Material", "Light", "Camera", "Keyframe", "Shot", "Settings"):
        assert f"- **{model_name}**:" in section, model_name
    assert "`metallic`?:" in section and "metalness" not in section
