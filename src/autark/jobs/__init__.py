"""Orchestration: turning a scene with a timeline into a finished film (stages, timings, caching).

    make_film(scene, out_path, FilmOptions(...)) -> FilmReport
"""

from autark.jobs.film import FilmOptions, FilmReport, make_film, prepare_audio

__all__ = ["FilmOptions", "FilmReport", "make_film", "prepare_audio"]
