"""Orchestration: turning scenes with timelines (and title/end cards) into a finished film.

    make_film(scene, out_path, FilmOptions(...)) -> FilmReport
    make_segments_film([CardSegment(...), SceneSegment(scene, 8.0), ...], out_path, options) -> FilmReport
"""

from autark.jobs.film import (
    CardSegment,
    FilmOptions,
    FilmReport,
    SceneSegment,
    Segment,
    make_film,
    make_segments_film,
    prepare_audio,
    prepare_segments_audio,
    render_card,
    segment_starts,
)

__all__ = [
    "CardSegment",
    "FilmOptions",
    "FilmReport",
    "SceneSegment",
    "Segment",
    "make_film",
    "make_segments_film",
    "prepare_audio",
    "prepare_segments_audio",
    "render_card",
    "segment_starts",
]
