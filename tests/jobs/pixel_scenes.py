"""Scenes built the way the production builds them (``build_scene``) and what their pixels show: where the sky
or backdrop shows through, and which pixels are the characters' own (a uniquely named module, not conftest)."""

from __future__ import annotations

import numpy as np

from autark.jobs.produce import build_scene
from autark.motion import evaluate_scene
from autark.render.math3d import camera_matrices, project_points, world_bboxes
from autark.scene.model import Camera, Scene
from autark.story.screenplay import CastMember, SceneSpec, Shot

W, H = 320, 180
LUMA = np.array([0.2126, 0.7152, 0.0722])  # Rec. 709 weights on the sRGB values
Cast = list[tuple[str, str, tuple[float, float, float]]]


def built(setting: str, lighting: str, size: str, cast: Cast, subject: str = "") -> Scene:
    """One 2-second shot of ``cast`` in ``setting`` under ``lighting``, evaluated at 1 s."""
    time_of_day = "day" if lighting in ("daylight", "studio", "overcast") else "night"
    spec = SceneSpec(setting=setting, lighting=lighting, time_of_day=time_of_day,
                     characters=[CastMember(name=n, type=t, voice="none", position=p) for n, t, p in cast],
                     shots=[Shot(duration_s=2.0, size=size, subject=subject)])
    return evaluate_scene(build_scene(spec, width=W, height=H, warnings=[]), 1.0)


def sky_pixels(renderer, state: Scene, camera: Camera) -> tuple[np.ndarray, np.ndarray]:
    """(the frame, where it shows the sky or the backdrop): the pixels that turn pure red under a red sky and pure
    blue under a blue one (a surface reflects a little of the sky, so it changes far less)."""
    image = renderer.render(state, camera, W, H)
    marked = []
    for colour in ((1.0, 0.0, 0.0), (0.0, 0.0, 1.0)):
        settings = state.settings.model_copy(update={"sky_top": colour, "sky_horizon": colour})
        marked.append(renderer.render(state.model_copy(update={"settings": settings}), camera, W, H).astype(int))
    red, blue = marked
    return image, ((red[..., 0] >= 250) & (red[..., 1:].max(axis=2) <= 5)
                   & (blue[..., 2] >= 250) & (blue[..., :2].max(axis=2) <= 5))


def subject_mask(renderer, state: Scene, camera: Camera, image: np.ndarray) -> np.ndarray:
    """The characters' own pixels: inside their projected boxes, and changed when they are hidden."""
    ids = {c.object_id for c in state.characters}
    hidden = state.model_copy(update={"objects": [o.model_copy(update={"visible": False}) if o.id in ids else o
                                                  for o in state.objects]})
    bare = renderer.render(hidden, camera, W, H)
    boxes = np.zeros((H, W), bool)
    mats = camera_matrices(state, camera, W / H)
    for lo, hi in zip(*world_bboxes([state.object(i) for i in ids]), strict=True):
        corners = np.array([[x, y, z] for x in (lo[0], hi[0]) for y in (lo[1], hi[1]) for z in (lo[2], hi[2])])
        px = project_points(mats, corners, W, H)
        x0, x1 = int(max(px[:, 0].min(), 0)), int(min(px[:, 0].max(), W))
        y0, y1 = int(max(px[:, 1].min(), 0)), int(min(px[:, 1].max(), H))
        boxes[y0:y1, x0:x1] = True
    return boxes & (np.abs(image.astype(int) - bare.astype(int)).max(axis=2) > 2)
