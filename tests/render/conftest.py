"""One renderer (one EGL context) for the whole test session, with GL errors checked around each test."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))


@pytest.fixture(scope="session")
def renderer() -> Iterator[object]:
    from autark.render import Renderer

    r = Renderer(width=320, height=180)
    yield r
    r.release()


@pytest.fixture(autouse=True)
def _gl_clean(request: pytest.FixtureRequest) -> Iterator[None]:
    """Fail a test that leaves a GL error behind (only for tests that use the shared renderer)."""
    if "renderer" not in request.fixturenames:
        yield
        return
    r = request.getfixturevalue("renderer")
    assert r.ctx.error == "GL_NO_ERROR"
    yield
    assert r.ctx.error == "GL_NO_ERROR"
