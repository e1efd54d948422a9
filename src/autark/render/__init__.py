"""Rendering: scenes to pixels with one headless OpenGL context (EGL; a GPU, or Mesa llvmpipe on the CPU).

    from autark.render import Renderer, render_still
    pixels = Renderer(width=640, height=360).render(scene)   # (360, 640, 3) uint8 RGB, top row first
    render_still(scene, "still.png")

moderngl is imported only when a ``Renderer`` is created, so importing this package stays cheap.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from autark.render.math3d import CameraMatrices, camera_matrices, project_points
    from autark.render.renderer import Renderer, render_still

__all__ = ["CameraMatrices", "Renderer", "camera_matrices", "project_points", "render_still"]


def __getattr__(name: str) -> Any:
    if name in ("Renderer", "render_still"):
        from autark.render import renderer

        return getattr(renderer, name)
    if name in ("CameraMatrices", "camera_matrices", "project_points"):
        from autark.render import math3d

        return getattr(math3d, name)
    raise AttributeError(name)
