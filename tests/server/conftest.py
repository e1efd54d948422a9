"""The server tests' studio: a running one per test module, on a fresh project."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from studio_client import RunningStudio, new_project, start_studio


@pytest.fixture(scope="module")
def studio(tmp_path_factory: pytest.TempPathFactory) -> Iterator[RunningStudio]:
    running = start_studio(new_project(tmp_path_factory.mktemp("studio")))
    yield running
    running.stop()
