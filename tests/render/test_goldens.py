"""Golden images: each reference scene rendered at 320x180 and compared with a committed PNG, with a tolerance.

Refresh after an intended change with ``AUTARK_UPDATE_GOLDENS=1 pytest tests/render/test_goldens.py`` and look
at the new images before committing them. Pixels are compared only on llvmpipe (the reference rasteriser);
on a GPU only the structure is checked (non-empty, not one flat colour), as GPUs differ in the last bits.
"""

from __future__ import annotations

import os
from pathlib import Path

import numpy as np
import pytest
from PIL import Image
from render_scenes import GOLDEN_SCENES

GOLDEN_DIR = Path(__file__).parent.parent / "goldens"
MEAN_TOLERANCE = 1.5  # mean absolute difference, in 1/255 steps
PIXEL_TOLERANCE = 16  # a pixel is "off" when any channel differs by more than this
MAX_OFF_FRACTION = 0.005


def compare(actual: np.ndarray, expected: np.ndarray) -> tuple[float, float, np.ndarray]:
    """(mean abs difference, fraction of pixels off, diff image amplified for viewing)."""
    diff = np.abs(actual.astype(np.int16) - expected.astype(np.int16))
    off = diff.max(axis=2) > PIXEL_TOLERANCE
    picture = np.clip(diff * 4, 0, 255).astype(np.uint8)
    picture[off] = (255, 0, 255)
    return float(diff.mean()), float(off.mean()), picture


@pytest.mark.parametrize("name", sorted(GOLDEN_SCENES))
def test_golden(renderer, name: str, tmp_path_factory: pytest.TempPathFactory) -> None:
    image = renderer.render(GOLDEN_SCENES[name](), width=320, height=180)
    path = GOLDEN_DIR / f"{name}.png"
    if os.environ.get("AUTARK_UPDATE_GOLDENS") == "1":
        GOLDEN_DIR.mkdir(parents=True, exist_ok=True)
        Image.fromarray(image).save(path)
        pytest.skip(f"golden {path.name} refreshed")
    assert path.exists(), f"no golden image {path}; create it with AUTARK_UPDATE_GOLDENS=1"
    # Whatever the rasteriser, a reference scene is a picture, not a flat fill.
    assert image.shape == (180, 320, 3)
    assert image.reshape(-1, 3).std(axis=0).max() > 10
    with renderer.ctx:  # GL strings read empty unless the renderer's context is current
        gl_renderer = renderer.ctx.info["GL_RENDERER"]
    assert gl_renderer  # an empty name would silently skip the pixel comparison below
    if "llvmpipe" not in gl_renderer:
        return
    expected = np.asarray(Image.open(path).convert("RGB"))
    mean, off, picture = compare(image, expected)
    if mean >= MEAN_TOLERANCE or off >= MAX_OFF_FRACTION:
        out = tmp_path_factory.mktemp("golden-diff")
        Image.fromarray(image).save(out / f"{name}-actual.png")
        Image.fromarray(picture).save(out / f"{name}-diff.png")
        pytest.fail(f"{name}: mean difference {mean:.2f}/255, {off:.2%} of pixels off by >{PIXEL_TOLERANCE}; "
                    f"actual and diff images in {out}")


def test_compare_detects_a_change() -> None:
    """The tolerance catches a small but real change (a 20x20 patch, 0.7% of the frame) and forgives
    rasteriser noise (every pixel one step off)."""
    base = np.full((180, 320, 3), 120, np.uint8)
    patch = base.copy()
    patch[50:70, 50:70] = 250
    _, off, picture = compare(patch, base)
    assert off >= MAX_OFF_FRACTION
    assert (picture[60, 60] == (255, 0, 255)).all() and (picture[0, 0] == 0).all()
    mean, off, _ = compare(base + 1, base)
    assert mean < MEAN_TOLERANCE and off == 0.0
