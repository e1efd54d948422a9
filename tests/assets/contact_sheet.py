"""Draw every asset type into one PNG (a contact sheet) to eyeball shapes.

Run ``python tests/assets/contact_sheet.py [out.png] [types...]``.

Not a test. A tiny painter's-algorithm rasteriser with PIL: three-quarter view from the front right, flat
Lambert shading, each part in its own colour (the object's default colour for ``color=None`` parts).
"""

from __future__ import annotations

import math
import sys

import numpy as np
from PIL import Image, ImageDraw

from autark.assets import library, rig
from autark.scene.geometry import rotation_matrix


def draw(asset_type: str, size: int = 220, pose: dict | None = None, yaw: float = 30.0) -> Image.Image:
    spec = library.get(asset_type)
    img = Image.new("RGB", (size, size), (235, 235, 240))
    d = ImageDraw.Draw(img)
    view = rotation_matrix((20.0, 0.0, 0.0)) @ rotation_matrix((0.0, -yaw, 0.0))
    tris, cols = [], []
    for part, m in rig.posed_parts(asset_type, pose or {}):
        v = part.mesh.vertices @ m[:3, :3].T + m[:3, 3]
        t = v[part.mesh.faces]
        base = np.array(part.color if part.color is not None else spec.color)
        tris.append(t)
        cols.append(np.repeat(base[None], len(t), axis=0) + (part.emissive > 0) * 0.3)
    t = np.concatenate(tris)
    c = np.clip(np.concatenate(cols), 0, 1)
    n = np.cross(t[:, 1] - t[:, 0], t[:, 2] - t[:, 0])
    n /= np.linalg.norm(n, axis=1, keepdims=True) + 1e-12
    light = np.array([0.4, 0.8, 0.5]) / np.linalg.norm([0.4, 0.8, 0.5])
    shade = 0.35 + 0.65 * np.clip(n @ light, 0, 1)
    tv = t @ view.T
    nv = n @ view.T
    lo, hi = tv.reshape(-1, 3).min(0), tv.reshape(-1, 3).max(0)
    scale = 0.85 * size / max(hi[0] - lo[0], hi[1] - lo[1])
    mid = (lo + hi) / 2
    order = np.argsort(tv[:, :, 2].mean(1))  # far (-z) first
    for i in order:
        if nv[i, 2] <= 0:
            continue  # back face
        pts = [((p[0] - mid[0]) * scale + size / 2, size / 2 - (p[1] - mid[1]) * scale) for p in tv[i]]
        d.polygon(pts, fill=tuple(int(255 * x) for x in c[i] * shade[i]))
    d.text((4, 4), f"{asset_type} {spec.size[1]:.2f}m", fill=(0, 0, 0))
    return img


def main(path: str = "/tmp/contact_sheet.png", types: list[str] | None = None) -> None:
    types = types or library.all_types()
    cols = 8
    size = 220
    rows = math.ceil(len(types) / cols)
    sheet = Image.new("RGB", (cols * size, rows * size), (255, 255, 255))
    for k, name in enumerate(types):
        sheet.paste(draw(name, size), ((k % cols) * size, (k // cols) * size))
    sheet.save(path)
    print(path)


if __name__ == "__main__":
    main(*sys.argv[1:2], types=sys.argv[2:] or None)
