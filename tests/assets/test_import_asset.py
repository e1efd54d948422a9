"""``autark import-asset``: a user's model becomes a normalised asset kind usable from sentences."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest
import trimesh


def _autark(args: list[str], config: Path, cwd: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "AUTARK_CONFIG_DIR": str(config)}
    return subprocess.run([sys.executable, "-m", "autark.cli.main", *args], capture_output=True, text=True,
                          env=env, cwd=cwd, timeout=120)


def _model(path: Path, extents=(0.4, 1.2, 0.2), offset=(5.0, 3.0, -2.0), z_up: bool = False) -> Path:
    body = trimesh.creation.box(extents=extents)
    body.apply_translation(offset)
    body.visual.face_colors = [200, 30, 30, 255]
    if z_up:
        body.apply_transform(trimesh.transformations.rotation_matrix(np.pi / 2, [1, 0, 0]))
    body.export(str(path))
    return path


def test_an_imported_model_is_normalised_and_used_in_sentences(tmp_path: Path) -> None:
    config = tmp_path / "config"
    model = _model(tmp_path / "totem.glb")
    got = _autark(["import-asset", str(model), "--name", "totem", "--words", "totem totems",
                   "--de", "totempfahl totempfähle", "--gender-de", "m"], config, tmp_path)
    assert got.returncode == 0, got.stderr + got.stdout
    card = json.loads((config / "assets" / "totem" / "asset.json").read_text())
    assert card["bounds_min"][1] == pytest.approx(0.0, abs=1e-6)  # on the floor
    assert card["bounds_min"][0] == pytest.approx(-0.2, abs=1e-4) and card["bounds_max"][0] == pytest.approx(0.2, abs=1e-4)
    assert card["bounds_max"][1] == pytest.approx(1.2, abs=1e-4)  # glTF is metres: kept
    assert _autark(["new", "p"], config, tmp_path).returncode == 0
    done = _autark(["do", "p", "add a totem", "stell einen roten Totempfahl neben den Totem"], config, tmp_path)
    assert done.returncode == 0, done.stderr + done.stdout
    shown = json.loads(_autark(["show", "p", "--json"], config, tmp_path).stdout)
    totems = [o for o in shown["objects"] if o["type"] == "totem"]
    assert len(totems) == 2 and all(o["bbox"]["min"][1] == pytest.approx(0.0, abs=1e-3) for o in totems)
    still = tmp_path / "still.png"
    assert _autark(["render", "p", "--still", str(still), "--width", "160", "--height", "90"], config,
                   tmp_path).returncode == 0 and still.stat().st_size > 0


def test_z_up_and_height_are_normalised(tmp_path: Path) -> None:
    from autark.assets.imported import import_asset

    model = _model(tmp_path / "post.obj", extents=(20, 30, 200), offset=(0, 0, 100), z_up=False)
    done = import_asset(model, "post", tmp_path, up="z", height_m=2.0)
    lo, hi = np.array(done.spec.bounds_min), np.array(done.spec.bounds_max)
    assert hi[1] - lo[1] == pytest.approx(2.0, abs=1e-6) and lo[1] == pytest.approx(0.0, abs=1e-6)
    assert (hi - lo)[0] == pytest.approx(0.2, abs=1e-4)  # 20 units across, scaled by 2 m / 200 units
    parts = done.spec.build()
    assert np.concatenate([p.mesh.vertices for p in parts])[:, 1].min() == pytest.approx(0.0, abs=1e-5)


def test_hostile_and_clashing_imports_are_refused_and_leave_nothing(tmp_path: Path) -> None:
    config = tmp_path / "config"
    junk = tmp_path / "junk.glb"
    junk.write_bytes(b"glTF" + os.urandom(200))
    bad = _autark(["import-asset", str(junk), "--name", "junk"], config, tmp_path)
    assert bad.returncode == 2 and "cannot read junk.glb" in bad.stdout + bad.stderr
    assert "Traceback" not in bad.stderr
    model = _model(tmp_path / "thing.glb")
    clash = _autark(["import-asset", str(model), "--name", "chair"], config, tmp_path)
    assert clash.returncode == 2 and "already an asset kind" in clash.stdout + clash.stderr
    word = _autark(["import-asset", str(model), "--name", "thingy", "--words", "thingy table"], config, tmp_path)
    assert word.returncode == 2 and "table" in word.stdout + word.stderr
    assert not (config / "assets").exists() or not any((config / "assets").iterdir())
