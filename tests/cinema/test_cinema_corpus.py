"""The camera corpus: films built from ideas nobody tuned the planner on (tests/cinema/ideas.yaml, English and
German, indoor and outdoor, day and night, one to four characters) have no shot with the camera inside
anything, no line spoken wholly off screen outside a planned reaction shot, and their subjects usable for at
least 95% of the shot time. The fast test builds the ideas marked ``fast``; the slow one all of them."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))
from camera_corpus import film_counts, ideas  # noqa: E402


def _check(items: list[dict]) -> None:
    from autark.jobs.shots import CameraCounts

    total = CameraCounts()
    for idea in items:
        counts = film_counts(idea)
        assert counts.inside == 0, (idea["idea"], counts)
        assert counts.lines_off == 0, (idea["idea"], counts)
        total.add(counts)
    assert total.usable_pct >= 95.0, total


def test_the_corpus_is_varied() -> None:
    items = ideas()
    assert len(items) >= 40
    assert {it["lang"] for it in items} == {"en", "de"}
    assert 4 <= len([it for it in items if it.get("fast")]) <= 6


def test_fast_ideas_make_films_whose_camera_breaks_no_rule() -> None:
    _check(ideas(fast_only=True))


@pytest.mark.slow
def test_every_idea_makes_a_film_whose_camera_breaks_no_rule() -> None:
    _check(ideas())
