"""The studio renders a film at the rate every other way of making one uses (film's 24 frames a second)."""

from __future__ import annotations


def test_the_studio_renders_at_the_film_rate() -> None:
    from autark.jobs.film import FILM_FPS, FilmOptions
    from autark.server.jobs import RenderParams

    assert RenderParams().fps == FILM_FPS == FilmOptions().fps == 24
