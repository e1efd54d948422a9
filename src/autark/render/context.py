"""The one place a GL context is created, so "no usable OpenGL" is reported once and clearly."""

from __future__ import annotations

from typing import Any

from autark.errors import RenderError

__all__ = ["create_context", "INSTALL_HINT"]

INSTALL_HINT = (
    "install Mesa's headless OpenGL: sudo apt-get install libegl1 libgl1-mesa-dri libegl-mesa0 "
    "(a GPU driver works too; Mesa's llvmpipe renders on the CPU)"
)

MIN_GL_VERSION = 330


def create_context() -> Any:
    """A standalone headless EGL context (GL >= 3.3); raises ``RenderError`` with an install hint otherwise."""
    try:
        import moderngl
    except ImportError as exc:  # pragma: no cover - moderngl is a hard dependency
        raise RenderError("moderngl is not installed, so nothing can be rendered",
                          hint="pip install moderngl") from exc
    try:
        ctx = moderngl.create_standalone_context(backend="egl", require=MIN_GL_VERSION)
    except Exception as exc:  # moderngl raises bare Exceptions from its loaders
        raise RenderError(f"no usable OpenGL: could not create a headless EGL context ({exc})",
                          hint=INSTALL_HINT) from exc
    if ctx.version_code < MIN_GL_VERSION:
        version = ctx.info.get("GL_VERSION", "?")
        ctx.release()
        raise RenderError(f"OpenGL {version} is too old; autark needs OpenGL 3.3", hint=INSTALL_HINT)
    return ctx
