"""The word-reading corpus (``word_reading_corpus.py``): every idea reads its homographs, compounds, place names,
jobs and relations as the checks say."""

from __future__ import annotations

import pytest
from word_reading_corpus import CORPUS, faults


@pytest.mark.slow
@pytest.mark.parametrize(("idea", "checks"), CORPUS)
def test_word_reading_corpus(idea: str, checks: str) -> None:
    assert faults(idea, checks) == []
