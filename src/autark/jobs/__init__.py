"""Orchestration: turning scenes with timelines (and title/end cards) into a finished film.

    produce(screenplay, out_path, FilmOptions(...)) -> FilmReport   (autark.jobs.produce: screenplay -> scenes)
    make_film(scene, out_path, FilmOptions(...)) -> FilmReport
    make_segments_film([CardSegment(...), SceneSegment(scene, 8.0), ...], out_path, options) -> FilmReport
    speak_segments(segments) -> (segments with spoken lines, speech at film times, cues)
    score_and_mix(segments, speech, work_dir) -> PcmFile        the film's audio, streamed through disk
    check_film(film, facts) -> FilmCheck                          the film report (autark.jobs.report), written
                                                                  beside every film unless FilmOptions(check=False)
    produce_graph(...)                                            with FilmOptions(cache_dir=...): the film as
                                                                  cached pieces (autark.jobs.graph)

The graph and the cluster executor build on the film module and are reached from it through this package
(``from autark.jobs import produce_graph``), so no module imports one that imports it back.
"""

from autark.jobs.cluster import executor_pieces
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
    score_and_mix,
    segment_starts,
    speak_segments,
)
from autark.jobs.graph import GraphLimits, produce_graph

__all__ = [
    "CardSegment",
    "GraphLimits",
    "FilmOptions",
    "FilmReport",
    "SceneSegment",
    "Segment",
    "make_film",
    "executor_pieces",
    "make_segments_film",
    "prepare_audio",
    "prepare_segments_audio",
    "produce_graph",
    "render_card",
    "score_and_mix",
    "segment_starts",
    "speak_segments",
]
