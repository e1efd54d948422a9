"""Orchestration: turning scenes with timelines (and title/end cards) into a finished film.

    produce(screenplay, out_path, FilmOptions(...)) -> FilmReport   (autark.jobs.produce: screenplay -> scenes)
    make_film(scene, out_path, FilmOptions(...)) -> FilmReport
    make_segments_film([CardSegment(...), SceneSegment(scene, 8.0), ...], out_path, options) -> FilmReport
    speak_segments(segments) -> (segments with spoken lines, speech at film times, cues)
    score_and_mix(segments, speech, work_dir) -> PcmFile        the film's audio, streamed through disk
    check_film(film, facts) -> FilmCheck                          the film report (autark.jobs.report), written
                                                                  beside every film unless FilmOptions(check=False)
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
    score_and_mix,
    segment_starts,
    speak_segments,
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
    "score_and_mix",
    "segment_starts",
    "speak_segments",
]
