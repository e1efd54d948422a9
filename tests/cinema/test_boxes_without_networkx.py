"""A part of separate bodies is boxed body by body without networkx (trimesh's optional graph library is no
dependency of autark: a fresh install raised ModuleNotFoundError in every film with such a part)."""

from __future__ import annotations

import subprocess
import sys


def test_every_kind_is_boxed_with_networkx_missing() -> None:
    code = ("import sys; sys.modules['networkx'] = None\n"
            "from autark.assets.library import all_types\n"
            "from autark.cinema.boxes import part_boxes\n"
            "n = sum(1 for k in all_types() if part_boxes(k) is not None or True)\n"
            "print(n)\n")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stderr[-800:]
    assert int(result.stdout.strip()) >= 400
