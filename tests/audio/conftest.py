"""Shared, session-scoped audio fixtures: one espeak-ng engine with a cache, one short rendered score."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from autark.audio import EspeakEngine, Score, compose_score, find_soundfont, render_score


@pytest.fixture(scope="session")
def engine(tmp_path_factory: pytest.TempPathFactory) -> EspeakEngine:
    return EspeakEngine(cache_dir=tmp_path_factory.mktemp("speech-cache"))


@pytest.fixture(scope="session")
def epic_score() -> Score:
    return compose_score("epic", 8.0, seed=11)


@pytest.fixture(scope="session")
def epic_audio(epic_score: Score) -> np.ndarray:
    # The bundled TimGM6mb font: the one every install has, so results do not depend on the system.
    return render_score(epic_score, soundfont=find_soundfont(prefer_system=False))


@pytest.fixture(scope="session")
def bundled_soundfont() -> Path:
    return find_soundfont(prefer_system=False)
