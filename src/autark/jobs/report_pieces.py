"""The film report, made incrementally by the production graph (``autark.jobs.graph``).

A report is three kinds of measurement, each cached in the project's :class:`ResultCache` by a key of exactly
what it is made of, so an edit re-measures only what it changed:

* **the picture**, per piece (kind ``vmeasure``): the piece's segment file decoded and measured as
  ``measure_video`` measures a film (a segment decodes to the film's frames: the film is its packets, copied),
  keyed by the piece's key and the thumbnails wanted inside it. The film's track is the pieces' tracks back to
  back; the difference to the frame before, at each piece's first frame, is taken from the small luma of the
  previous piece's last frame, kept with it.
* **the sound**: measured from the sound track (``measure_audio`` of the AAC file that is joined into the film)
  on the mixer's thread beside the render, and kept with the sound track's cache entry.
* **the scene's shots** (kind ``shot``): ``autark.jobs.facts``'s measures of each shot, keyed by the slice of
  the scene that reaches the shot (``autark.jobs.pieces.scene_slice``), the shot and the frame size.

The whole report is also kept by the film's content, so an unchanged film's report is read back at once.
"""

from __future__ import annotations

import base64
import functools
import hashlib
import json
import time
from collections.abc import Callable, Sequence
from dataclasses import asdict
from fractions import Fraction
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np

from autark.errors import AutarkError
from autark.jobs.cache import ResultCache, content_key, file_sha256
from autark.jobs.measure import CHANGED_LEVELS, AudioTrack, VideoTrack, measure_audio, measure_video
from autark.jobs.metrics import RunMetrics, TaskTiming
from autark.jobs.pieces import Piece, engine_fingerprint

if TYPE_CHECKING:
    from autark.audio import Speech
    from autark.jobs.film import FilmOptions, FilmReport, Segment
    from autark.jobs.report import FilmFacts

__all__ = ["audio_measures", "audio_measures_from", "graph_report", "pieces_video", "report_facts", "report_video"]

MEASURE_VERSION = 1  # bump when what is kept per piece changes


@functools.cache
def _report_code() -> str:
    """The sources that turn measures into a report: a change to them changes every report key."""
    here = Path(__file__).resolve().parent
    digest = hashlib.sha256()
    for name in ("report.py", "facts.py", "measure.py", "report_pieces.py"):
        digest.update(hashlib.sha256((here / name).read_bytes()).digest())
    return digest.hexdigest()



# -- the sound ---------------------------------------------------------------------------------------------------
def audio_measures(track: Path) -> dict[str, Any] | None | bool:
    """``measure_audio`` of the sound track as plain data (kept in the sound's cache entry); None: no audio;
    False: not measured."""
    try:
        measured = measure_audio(track)
    except AutarkError:  # the report decodes the film's audio then, and says what is wrong with it
        return False
    if measured is None:
        return None
    return {k: (v if np.isfinite(v) else str(v)) if isinstance(v, float) else v for k, v in asdict(measured).items()}


def audio_measures_from(data: dict[str, Any] | None) -> AudioTrack | None:
    if data is None:
        return None
    floats = ("start_s", "loudness_lufs", "true_peak_dbfs")  # -inf and nan are kept as text in JSON
    return AudioTrack(**{k: float(v) if k in floats else v for k, v in data.items()})


# -- the picture -------------------------------------------------------------------------------------------------
def _piece_measures(store: ResultCache, piece: Piece, path: Path, wanted: list[int]) -> dict[str, Any]:
    """One piece's measures (frames, thumbnails at ``wanted``, film frame numbers), from the cache or decoded."""
    local = [i - piece.start for i in wanted if piece.start <= i < piece.stop]
    key = content_key({"v": MEASURE_VERSION, "piece": piece.key, "thumbs": local, "code": _report_code()})

    def measure() -> dict[str, Any]:
        track = measure_video(path, thumbnail_frames=local, edges=True)
        if track.edges is None or track.n_frames != piece.n_frames:
            raise AutarkError(f"the film piece {path.name} decodes to {track.n_frames} frames, not {piece.n_frames}")
        first, last, scale = track.edges
        return {"codec": track.codec, "width": track.width, "height": track.height,
                "fps": [track.fps.numerator, track.fps.denominator], "time_s": track.time_s.tolist(),
                "luma": track.luma.tolist(), "peak": track.peak.tolist(), "diff": track.diff.tolist(),
                "changed": track.changed.tolist(), "scale": scale, "shape": list(first.shape),
                "first": base64.b64encode(first.astype(np.uint8).tobytes()).decode(),
                "last": base64.b64encode(last.astype(np.uint8).tobytes()).decode(),
                "thumbs": {str(k): base64.b64encode(v).decode() for k, v in track.thumbnails.items()}}

    return store.json_memo("vmeasure", key, measure)


def pieces_video(store: ResultCache, pieces: Sequence[Piece], paths: Sequence[Path], wanted: list[int],
                 fps: int) -> VideoTrack:
    """The film's ``measure_video`` (thumbnails at ``wanted``) joined from its pieces' measures."""
    docs = [_piece_measures(store, p, path, wanted) for p, path in zip(pieces, paths, strict=True)]
    diff = np.concatenate([np.asarray(d["diff"], np.float32) for d in docs])
    changed = np.concatenate([np.asarray(d["changed"], np.float32) for d in docs])
    prev_last: np.ndarray | None = None
    for p, d in zip(pieces, docs, strict=True):
        shape = tuple(d["shape"])
        first = np.frombuffer(base64.b64decode(d["first"]), np.uint8).reshape(shape).astype(np.int16)
        if prev_last is not None and prev_last.shape == first.shape:
            # as measure_video does at this frame of the whole film: against the frame before it
            change = np.abs(first - prev_last)
            diff[p.start] = float(change.mean()) * d["scale"]
            changed[p.start] = float(np.count_nonzero(change > CHANGED_LEVELS / d["scale"])) / change.size
        prev_last = np.frombuffer(base64.b64decode(d["last"]), np.uint8).reshape(shape).astype(np.int16)
    head = docs[0]
    times = np.concatenate([np.asarray(d["time_s"], np.float64) + p.start / fps
                            for p, d in zip(pieces, docs, strict=True)])
    thumbs = {p.start + int(k): base64.b64decode(v) for p, d in zip(pieces, docs, strict=True)
              for k, v in d["thumbs"].items()}
    return VideoTrack(codec=head["codec"], width=head["width"], height=head["height"], fps=Fraction(*head["fps"]),
                      time_s=times, luma=np.concatenate([np.asarray(d["luma"], np.float32) for d in docs]),
                      peak=np.concatenate([np.asarray(d["peak"], np.float32) for d in docs]), diff=diff,
                      changed=changed, thumbnails=thumbs)


def report_video(store: ResultCache, pieces: Sequence[Piece], facts: FilmFacts, fps: int) -> VideoTrack | None:
    """The film's picture measures joined from its pieces' (each piece decoded once, then from the cache);
    None where a piece's file was evicted meanwhile (then the report decodes the film)."""
    # the pieces' files as this job stored or found them (each was checked against its hash then)
    found = [store.path("piece", p.key) for p in pieces]
    if any(f is None for f in found) or facts.shots is None:
        return None
    wanted = [s.first_frame + s.n_frames // 2 for s in facts.shots]
    return pieces_video(store, pieces, found, wanted, fps)  # type: ignore[arg-type]


def _shot_memo(store: ResultCache) -> Callable[[dict[str, Any], Callable[[], dict[str, Any]]], dict[str, Any]]:
    def memo(doc: dict[str, Any], measure: Callable[[], dict[str, Any]]) -> dict[str, Any]:
        key = content_key({"doc": doc, "engine": engine_fingerprint(), "code": _report_code()})
        return store.json_memo("shot", key, measure)

    return memo


def report_facts(options: FilmOptions, segments: Sequence[Segment], spoken: Sequence[tuple[float, Speech]],
                 line_levels: Sequence[tuple[float, float]], store: ResultCache, n_frames: int, width: int,
                 height: int) -> FilmFacts:
    """What the production knows about the film (``autark.jobs.facts``), each shot's scene measures through
    the cache: the graph finds them on the mixer's thread, beside the render, once the mix has its levels."""
    from autark.jobs.facts import film_facts

    return film_facts(segments, spoken, line_levels, fps=options.fps, n_frames=n_frames, width=width,
                      height=height, music=options.music, memo=_shot_memo(store))


# -- the report --------------------------------------------------------------------------------------------------
def graph_report(report: FilmReport, options: FilmOptions, segments: Sequence[Segment],
                 spoken: Sequence[tuple[float, Speech]], line_levels: Sequence[tuple[float, float]],
                 store: ResultCache, metrics: RunMetrics, film_key: str, pieces: Sequence[Piece],
                 sound: dict[str, Any] | None | bool, facts: FilmFacts | None = None,
                 video: VideoTrack | None = None) -> None:
    """Write the film report beside ``report.path``: from the cache when the film's content (its key: pieces
    and mix; the stamp's metadata, which holds the time it was made, is not looked at) and facts are the ones
    it was made for, else from the pieces' and shots' cached measures and the sound track's (``sound``: its
    measures; False when not known, then the film's audio is decoded). ``facts``: :func:`report_facts`, when
    they were found beside the render; ``video``: :func:`report_video`, when it was joined beside the film's
    join."""
    from autark.jobs.film import _payload
    from autark.jobs.report import REPORT_VERSION, FilmCheck, check_film, remove_report, write_report

    if not options.check:
        remove_report(report.path)
        return
    t0 = time.perf_counter()
    try:
        srt = report.path.with_suffix(".srt")
        # the facts come from the segments, the speech and the mix's levels: all in the film's key and here
        key = content_key({"v": REPORT_VERSION, "film": film_key, "name": report.path.name,
                           "code": _report_code(), "segments": hashlib.sha256(_payload(segments).encode()).hexdigest(),
                           "levels": [list(x) for x in line_levels], "music": options.music,
                           "size": [report.width, report.height, report.n_frames, options.fps],
                           "srt": srt.read_text(encoding="utf-8") if srt.is_file() else None})
        hit = store.get_bytes("report", key)
        if hit is not None:
            doc = json.loads(hit[0])
            thumbs = {int(k): base64.b64decode(v) for k, v in doc["thumbnails"].items()}
            data = doc["data"] | {"film_bytes": report.path.stat().st_size, "film_sha256": file_sha256(report.path)}
            report.check = FilmCheck(report.path, data, thumbs)
        else:
            facts = report_facts(options, segments, spoken, line_levels, store, report.n_frames, report.width,
                                 report.height) if facts is None else facts
            if video is None:
                video = report_video(store, pieces, facts, options.fps)
            audio: Any = Ellipsis if sound is False else audio_measures_from(sound)  # type: ignore[arg-type]
            report.check = check_film(report.path, facts, video=video, audio=audio)
            doc = {"data": report.check.data,
                   "thumbnails": {str(k): base64.b64encode(v).decode() for k, v in report.check.thumbnails.items()}}
            store.put_bytes("report", key, json.dumps(doc).encode())
        write_report(report.check)
        metrics.add(TaskTiming("report", "report", time.perf_counter() - t0, hit is not None))
    except AutarkError as exc:
        report.warnings.append(f"the film report could not be made: {exc}")
    except Exception as exc:  # a bug in the report must not cost the finished film
        report.warnings.append(f"the film report could not be made ({type(exc).__name__}: {exc})")
    report.timings_s["check"] = time.perf_counter() - t0
