"""Shared by the store tests: a fresh copy of a module's ``made`` project."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest


@pytest.fixture
def project(made: Path, tmp_path: Path) -> Path:
    """A fresh copy of the module's ``made`` project folder (each module builds its own ``made``)."""
    folder = tmp_path / "p"
    shutil.copytree(made, folder)
    return folder

