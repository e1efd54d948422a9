"""The sky: a vertical gradient from the horizon colour to the top colour, drawn last at the far plane so it
only shades pixels nothing else covered, and only above the horizon (below it the frame is cleared to the
horizon colour, which is what the gradient would show there).
"""

from __future__ import annotations

from typing import Any

import numpy as np

from autark.render import shaders
from autark.render.gpu import gl_matrix
from autark.render.math3d import CameraMatrices
from autark.scene.model import Scene

__all__ = ["SKY_MAX_VERTICES", "Sky", "sky_polygon"]

SKY_MAX_VERTICES = 9  # the screen clipped by the horizon has at most 5 corners: 3 triangles


class Sky:
    """The sky's program and the buffer of the screen polygon above the horizon."""

    def __init__(self, ctx: Any) -> None:
        self.ctx = ctx
        self._program = ctx.program(vertex_shader=shaders.SKY_VERTEX, fragment_shader=shaders.SKY_FRAGMENT)
        self._vbo = ctx.buffer(reserve=SKY_MAX_VERTICES * 8)
        self._vao = ctx.vertex_array(self._program, [(self._vbo, "2f", "in_ndc")])

    def draw(self, scene: Scene, cam: CameraMatrices) -> None:
        """The gradient, behind everything drawn before it, above the horizon."""
        inv = np.linalg.inv(cam.view_proj)
        polygon = sky_polygon(inv, cam.eye)
        if len(polygon) < 3:
            return  # looking down: no sky above the horizon on screen
        fan = np.array([[polygon[0], polygon[i], polygon[i + 1]] for i in range(1, len(polygon) - 1)],
                       np.float32).reshape(-1, 2)
        self._vbo.write(fan.tobytes())
        self._program["u_inv_view_proj"].write(gl_matrix(inv))
        self._program["u_eye"].value = tuple(cam.eye)
        self._program["u_top"].value = scene.settings.sky_top
        self._program["u_horizon"].value = scene.settings.sky_horizon
        self.ctx.depth_func = "<="
        self._vao.render(self.ctx.TRIANGLES, vertices=len(fan))
        self.ctx.depth_func = "<"


def sky_polygon(inv_view_proj: np.ndarray, eye: np.ndarray) -> list[tuple[float, float]]:
    """The screen (NDC square) clipped to where the view ray points up, with a hair of margin below.

    The ray's height on the far plane is affine in NDC (the clip w is constant there), so clipping the
    square's edges by linear interpolation is exact; the margin keeps pixels on the horizon line, which the
    gradient shows as the horizon colour anyway, inside."""
    corners = [(-1.0, -1.0), (1.0, -1.0), (1.0, 1.0), (-1.0, 1.0)]
    far = np.array([[x, y, 1.0, 1.0] for x, y in corners]) @ inv_view_proj.T
    rays = far[:, :3] / far[:, 3:4] - eye
    up = rays[:, 1] + 0.002 * np.linalg.norm(rays, axis=1).max()
    out: list[tuple[float, float]] = []
    for i in range(4):
        j = (i + 1) % 4
        if up[i] >= 0:
            out.append(corners[i])
        if (up[i] >= 0) != (up[j] >= 0):
            t = up[i] / (up[i] - up[j])
            out.append((corners[i][0] + t * (corners[j][0] - corners[i][0]),
                        corners[i][1] + t * (corners[j][1] - corners[i][1])))
    return out

