"""Line up people types in one scene and render a PNG, to check that a viewer can name each role, age and
gender. Not a test.

    python tests/assets/people_lineup.py [out.png] [--yaw 35] [--width 1600] [--close] [types...]
    python tests/assets/people_lineup.py --write-bounds   (measure the built people into people_bounds.py)

Rows of up to eight people, each turned ``yaw`` degrees (0: facing the camera; 35: a three-quarter view).
``--close`` frames the first row at head-and-shoulders height (faces). Without types: every person type.
"""

from __future__ import annotations

import math
import sys

import numpy as np
from PIL import Image, ImageDraw

from autark.assets import library
from autark.assets.catalog.people import PERSON_TYPES
from autark.motion import evaluate_scene
from autark.render import Renderer, project_points
from autark.scene.model import Camera, Material, Scene, SceneObject, Transform


def lineup(types: list[str], yaw: float, close: bool) -> Scene:
    per_row = 8 if not close else min(len(types), 6)
    gap, depth = (0.85, 2.6) if not close else (0.6, 1.0)
    objects = []
    for k, t in enumerate(types):
        spec = library.get(t)
        row, col = divmod(k, per_row)
        n = min(per_row, len(types) - row * per_row)
        x = (col - (n - 1) / 2) * gap
        objects.append(SceneObject(id=f"obj{k + 1}", name=t, type=t, bounds_min=spec.bounds_min,
                                   bounds_max=spec.bounds_max, material=Material(color=spec.color,
                                                                                 roughness=spec.roughness),
                                   transform=Transform(position=(x, 0.0, -row * depth), rotation=(0.0, yaw, 0.0))))
    rows = math.ceil(len(types) / per_row)
    if close:
        cam = Camera(name="main", position=(0.0, 1.5, 2.6), target=(0.0, 1.45, 0.0), fov=35.0)
    else:
        far = (rows - 1) * depth
        cam = Camera(name="main", position=(0.0, 1.1 + 0.7 * rows, 4.6 + 1.6 * rows),
                     target=(0.0, 0.75 + 0.25 * rows, -far / 2), fov=40.0)
    return Scene(objects=objects, cameras=[cam], next_id=len(objects) + 1)


def write_bounds() -> None:
    """Measure every person type's built mesh into ``autark/assets/catalog/people_bounds.py``."""
    from pathlib import Path

    import trimesh

    from autark.assets.catalog import people_bounds

    rows = []
    for t in PERSON_TYPES:
        # the bounds of the drawn triangles (a vertex no triangle uses does not count), as the catalogue test
        lo, hi = trimesh.util.concatenate([p.mesh for p in library.build_parts(t)]).bounds.copy()
        lo[1] = 0.0 if abs(lo[1]) < 1e-9 else lo[1]
        rows.append(f"    {t!r}: (({lo[0]:.4f}, {lo[1]:.4f}, {lo[2]:.4f}), ({hi[0]:.4f}, {hi[1]:.4f}, {hi[2]:.4f})),")
    path = Path(people_bounds.__file__)
    head, _, rest = path.read_text(encoding="utf-8").partition("BOUNDS: dict[str, tuple[Vec3, Vec3]] = {\n")
    _, _, tail = rest.partition("}\n")
    path.write_text(head + "BOUNDS: dict[str, tuple[Vec3, Vec3]] = {\n" + "\n".join(rows) + "\n}\n" + tail,
                    encoding="utf-8")
    print(path)


def main(argv: list[str]) -> None:
    if argv == ["--write-bounds"]:
        write_bounds()
        return
    out, yaw, width, close, types = "/tmp/people_lineup.png", 0.0, 1600, False, []
    it = iter(argv)
    for a in it:
        if a == "--yaw":
            yaw = float(next(it))
        elif a == "--width":
            width = int(next(it))
        elif a == "--close":
            close = True
        elif a.endswith(".png"):
            out = a
        else:
            types.append(a)
    scene = lineup(types or list(PERSON_TYPES), yaw, close)
    state = evaluate_scene(scene, 0.0)
    height = width * 9 // 16
    renderer = Renderer(width=width, height=height)
    try:
        image = Image.fromarray(renderer.render(state, scene.cameras[0]))
        matrices = renderer.camera_matrices(state, scene.cameras[0])
    finally:
        renderer.release()
    # each person's type under its feet, so a reviewer can check that the look says the same
    draw = ImageDraw.Draw(image)
    feet = np.array([o.transform.position for o in scene.objects], float)
    for obj, (x, y, depth) in zip(scene.objects, project_points(matrices, feet, width, height), strict=True):
        if depth > 0:
            draw.text((x, y + 4), obj.type, fill=(255, 255, 255), anchor="mt", stroke_width=2, stroke_fill=(0, 0, 0))
    image.save(out)
    print(out)


if __name__ == "__main__":
    main(sys.argv[1:])
