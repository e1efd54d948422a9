"""Frames + audio + subtitles -> MP4 through PyAV, pipelined and parallel.

    compose_film(frame_source, n_frames, fps, out_path, audio, cues, quality)  the one call for a film
    encode_mp4(frames, out_path, fps, width, height, audio, ...) -> EncodeStats  H.264 + AAC, atomic
    PendingAudio(produce, n_samples)                                          audio mixed while frames render
    render_frames(make_renderer, n_frames, workers) -> frames in order        worker processes ('spawn')
    SceneFrames(scene, fps, width, height)                                    make_renderer for a scene
    Cue, write_srt, read_srt, SubtitleBurner                                  sidecar and burned-in captions
    crossfade, crossfade_frames                                               shot transitions
    rich_progress(n_frames) -> ProgressHooks                                  CLI progress bars with ETA

PyAV and rich are imported only when a function that needs them runs.
"""

from __future__ import annotations

from autark.compose.encode import (
    EncodeStats,
    PendingAudio,
    Quality,
    check_output_path,
    encode_mp4,
    partial_path_for,
)
from autark.compose.film import compose_film
from autark.compose.parallel import DEFAULT_WORKERS, render_frames
from autark.compose.progress import ProgressHooks, rich_progress
from autark.compose.scene_frames import SceneFrames, frame_count
from autark.compose.subtitles import Cue, SubtitleBurner, format_srt_time, read_srt, wrap_cue_text, write_srt
from autark.compose.transitions import crossfade, crossfade_frames

__all__ = [
    "DEFAULT_WORKERS",
    "Cue",
    "EncodeStats",
    "PendingAudio",
    "ProgressHooks",
    "Quality",
    "SceneFrames",
    "SubtitleBurner",
    "check_output_path",
    "compose_film",
    "crossfade",
    "crossfade_frames",
    "encode_mp4",
    "frame_count",
    "format_srt_time",
    "partial_path_for",
    "read_srt",
    "render_frames",
    "rich_progress",
    "wrap_cue_text",
    "write_srt",
]
