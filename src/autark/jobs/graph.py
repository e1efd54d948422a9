"""Production as a graph of content-addressed tasks: pieces, music, mix, film, report.

``make_segments_film`` hands a film to :func:`produce_graph` when it has a cache folder (``FilmOptions.cache_dir``;
``autark render DIR -o film.mp4`` uses ``DIR/cache``). After speech (cached per line by the voice engines),
every task is keyed by a sha256 of exactly its inputs and looked up in the project's :class:`ResultCache`:

* **piece** (``autark.jobs.pieces``): render a run of frames and encode it as a video-only segment;
* **music**: the built-in score for the film's mood, length and seed (a music plugin's bed is made every time);
* **sound**: music + speech + ambience mixed and encoded as the film's AAC track (with the stems' levels
  under each line), beside the render, in cached pieces of 1.6 s (``autark.jobs.sound_pieces``): each piece
  is mixed, limited, encoded and measured only when what is heard in it changed;
* **film**: the segments and the sound track joined by copying their packets
  (``autark.compose.segments.join_segments``); an unchanged film is copied from the cache;
* **report**: the film report, keyed by the film's content (its pieces' and sound's keys), the segments and the
  subtitles; the provenance stamp (its metadata holds the time) is not part of it.

Only missing pieces are rendered: they stream, in order, through one ``render_frames`` call (worker processes
when ``workers`` > 1) into a :class:`SegmentWriter` thread, while the mix is made on another thread, as the
old single-encode path did. One renderer draws them all, the thread's pooled one (``autark.render.pool``): a
run, and each edit after it, no longer makes a GL context and compiles its shaders again. :func:`run_piece` is the same work for one piece as a pure, picklable function
(``PiecePayload -> segment bytes``): an executor on other machines (Ray) calls it and stores the bytes.

What a changed line (same start, other words) runs again, on the 16-second benchmark film (320x180, 30 fps):
its speech (the neural voice, ~0.17 s of CPU); the pieces from its start to the later of its old and new ends,
because the speaker's jaw follows the voice's mouth envelope and the head nods with it while the line plays
(two 1-second pieces, 60 frames, ~0.7 s of CPU with the encoder; subtitles are burned into pieces only with
``burn_subtitles``, else they are the SRT beside the film); the sound pieces the line is heard in (2 of 10:
the line, its ducking, the encoder's run-up; lines go into the mix at one fixed loudness, so a line no longer
moves the music's gain, and the film's make-up gain sits on a 0.5 dB grid that a changed line rarely moves:
0.13 s of CPU where the whole track took 0.36 s to mix, encode and measure); the measures of the shot the line
is said in (~0.08 s); the join and the report. The sound runs in the forked sound process beside the render
(``SoundTask``), the shot measures in the job once its pieces are done. When a line moves the film's loudness
across a grid step's midpoint (the first edit of the benchmark's line did), every sound piece is made again:
as long as the whole track took before.

Faults and limits: a transient failure (a render worker process that died, an OS error such as EAGAIN) is
retried with exponential backoff (``MAX_ATTEMPTS``), keeping the pieces already done; a permanent one is a
``RenderError`` naming the task. ``cancel`` (an event: the web studio's cancel, Ctrl-C arrives as
KeyboardInterrupt) stops every task; nothing is written under the film's name unless it is complete. A job's
time limit and memory budget (``GraphLimits``, from ``Settings``) are checked before and while it runs.
"""

from __future__ import annotations

import contextlib
import errno
import functools
import json
import os
import shutil
import threading
import time
from collections.abc import Callable, Sequence
from concurrent.futures import ThreadPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from fractions import Fraction
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np

from autark.errors import AutarkError, LimitExceeded, RenderError
from autark.jobs.cache import DEFAULT_CACHE_MB, ResultCache, content_key
from autark.jobs.metrics import METRICS_NAME, RunMetrics, TaskTiming, metrics_path_for, peak_memory_mb
from autark.jobs.pieces import PIECE_S, Piece, piece_key, split_pieces
from autark.jobs.report_pieces import audio_measures, graph_report, report_facts, report_video
from autark.jobs.sound_cache import (
    caching_composer,
    link_or_copy,
    mix_key_for,
    music_key_for,
    music_mood_of,
    stems_key_for,
)
from autark.jobs.sound_pieces import PieceSound, piece_mixer
from autark.jobs.sound_task import SoundTask

if TYPE_CHECKING:
    from autark.audio import Speech
    from autark.compose import Cue
    from autark.jobs.film import Composer, FilmOptions, FilmReport, Segment

__all__ = ["MAX_ATTEMPTS", "Cancelled", "GraphLimits", "PiecePayload", "produce_graph", "run_piece"]

MAX_ATTEMPTS = 3
BACKOFF_S = 0.5  # first wait before a retry; doubled each time
GRAPH_VERSION = 1
# How far below the renderer the sound track (mix + AAC) is made on a first render. At 10 (the single-encode
# path's level for its mix) the mix took 6-10 s of wall time beside the render on this shared 2-core machine and
# the finished render then waited for it; at 0 it took 1-1.7 s, and a first render's wall time matched the
# single-encode path (16 s film, 320x180, 3 interleaved pairs: medians 12.7 s vs 12.8 s; CPU 6.9 s vs 7.3 s).
SOUND_NICE = 0
_TRANSIENT_ERRNOS = {errno.EAGAIN, errno.EINTR, errno.EBUSY, errno.ETIMEDOUT, errno.ECONNRESET}


class Cancelled(AutarkError):
    """The job was cancelled; nothing was written under the film's name."""


@dataclass(frozen=True)
class GraphLimits:
    """A job's limits (``Settings``: AUTARK_CACHE_MB, AUTARK_JOB_LIMIT_S, AUTARK_MEMORY_MB)."""

    cache_mb: int = DEFAULT_CACHE_MB
    time_limit_s: float | None = None
    memory_mb: int | None = None
    piece_s: float = PIECE_S

    @classmethod
    def from_settings(cls, settings: Any) -> GraphLimits:
        """The limits ``autark.config.Settings`` (the AUTARK_* variables) set."""
        return cls(cache_mb=settings.cache_mb or DEFAULT_CACHE_MB, time_limit_s=settings.job_limit_s,
                   memory_mb=settings.memory_mb)


# -- the pure piece task (for any executor) --------------------------------------------------------------------
@dataclass(frozen=True)
class PiecePayload:
    """Everything one piece needs, as plain data: the film's renderer payload (``film._payload``), frame
    range, size, rate, quality, render settings and the cues to burn (or none)."""

    film: str
    start: int
    stop: int
    fps: int
    width: int
    height: int
    quality: str
    settings: tuple[tuple[str, Any], ...]
    burned: tuple[tuple[float, float, str], ...] = ()
    key: str = ""


@functools.lru_cache(maxsize=2)
def _renderer_for(film: str, fps: int, width: int, height: int, settings: tuple[tuple[str, Any], ...]) -> Any:
    from autark.jobs.film_frames import SegmentsRenderer

    return SegmentsRenderer(film, fps, width, height, dict(settings))


def run_piece(payload: PiecePayload) -> bytes:
    """Render and encode one piece; the segment's bytes. Pure (the same payload gives the same bytes on the
    same engine) and picklable, so a remote executor can run it; a worker keeps its renderer across pieces."""
    import tempfile

    from autark.compose.segments import encode_segment
    from autark.compose.subtitles import Cue, SubtitleBurner

    render = _renderer_for(payload.film, payload.fps, payload.width, payload.height, payload.settings)
    burner = None
    if payload.burned:
        cues = [Cue(a, b, text) for a, b, text in payload.burned]
        burner = SubtitleBurner(cues, payload.width, payload.height, Fraction(payload.fps))
    with tempfile.TemporaryDirectory(prefix="autark-piece-") as tmp:
        path = encode_segment((render(i) for i in range(payload.start, payload.stop)), Path(tmp) / "piece.mp4",
                              payload.fps, payload.width, payload.height, payload.quality, burner=burner,
                              first_index=payload.start)
        return path.read_bytes()


# -- faults ----------------------------------------------------------------------------------------------------
def is_transient(exc: BaseException) -> bool:
    """A failure worth retrying: a worker process that died, or an OS error that passes."""
    seen: BaseException | None = exc
    while seen is not None:
        if isinstance(seen, BrokenProcessPool):
            return True
        if isinstance(seen, OSError) and seen.errno in _TRANSIENT_ERRNOS:
            return True
        if isinstance(seen, RenderError) and "worker process died" in str(seen):
            return True
        seen = seen.__cause__ or seen.__context__
    return False


class _Guard:
    """Cancellation and the time limit, checked between frames and tasks."""

    def __init__(self, cancel: threading.Event | None, limits: GraphLimits) -> None:
        self.cancel = cancel
        self.limit = limits.time_limit_s
        self.deadline = None if self.limit is None else time.monotonic() + self.limit

    def check(self, where: str = "") -> None:
        if self.cancel is not None and self.cancel.is_set():
            raise Cancelled("the render was cancelled" + (f" during {where}" if where else ""))
        if self.deadline is not None and time.monotonic() > self.deadline:
            raise LimitExceeded(f"the render took longer than its limit of {self.limit:g} s"
                                + (f" (during {where})" if where else ""),
                                hint="raise AUTARK_JOB_LIMIT_S, or render a preview or a shorter film")


def check_memory(options: FilmOptions, width: int, height: int, limits: GraphLimits) -> None:
    """Refuse a job whose frames in flight and renderers would not fit the memory budget or what is free."""
    workers = options.workers or 1
    frame = width * height * 3
    # frames queued for the encoder and chunks in flight, plus per renderer its GL buffers and shadow maps
    need_mb = (frame * (8 + 2 * workers * 4 + 4) + workers * (frame * 8 + 64e6)) / 1e6
    if limits.memory_mb is not None and need_mb > limits.memory_mb:
        raise LimitExceeded(f"the render needs about {need_mb:.0f} MB, over the memory budget of "
                            f"{limits.memory_mb} MB", hint="render fewer workers or a smaller size, or raise "
                            "AUTARK_MEMORY_MB")
    with contextlib.suppress(OSError, ValueError, IndexError):
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemAvailable:"):
                free_mb = int(line.split()[1]) / 1024
                if need_mb > free_mb:
                    raise LimitExceeded(f"the render needs about {need_mb:.0f} MB and only {free_mb:.0f} MB "
                                        "are free", hint="close other programs or render a smaller size")


# -- the graph -------------------------------------------------------------------------------------------------
def produce_graph(segments: Sequence[Segment], spoken: Sequence[tuple[float, Speech]], cues: list[Cue],
                  out_path: str | os.PathLike[str], options: FilmOptions, timings: dict[str, float], *,
                  music_mood: str | None = None, composer: Composer | None = None,
                  on_rendered: Callable[[int], None] | None = None,
                  on_encoded: Callable[[int], None] | None = None,
                  on_stage: Callable[[str], None] | None = None,
                  cancel: threading.Event | None = None, limits: GraphLimits | None = None,
                  engine: Any = None) -> FilmReport:
    """The film of ``segments`` (already spoken) at ``out_path``, every task through the cache in
    ``options.cache_dir``; see the module's docstring."""
    from autark.audio import SAMPLE_RATE_HZ
    from autark.compose.encode import DEFAULT_ENCODER_NICE, check_output_path
    from autark.compose.provenance import stamp_film, stamp_metadata, trained_models
    from autark.compose.segments import join_segments
    from autark.compose.subtitles import write_srt
    from autark.jobs.film import FilmReport, score_and_mix
    from autark.leftovers import work_dir

    assert options.cache_dir is not None  # noqa: S101 - the caller routes only cached films here
    limits = limits or GraphLimits()
    guard = _Guard(cancel, limits)
    started = time.perf_counter()
    store = ResultCache(Path(options.cache_dir) / "graph", limits.cache_mb * 1024 * 1024)
    out = check_output_path(out_path)
    metrics = RunMetrics(film=out.name)
    width, height = options.frame_size()
    duration_s = sum(s.duration_s for s in segments)
    n_frames = max(1, int(round(duration_s * options.fps)))
    n_samples = int(round(n_frames / options.fps * SAMPLE_RATE_HZ))
    metrics.frames = n_frames
    check_memory(options, width, height, limits)
    guard.check()

    t0 = time.perf_counter()
    pieces = split_pieces(segments, options.fps, n_frames, limits.piece_s)
    pieces = [Piece(p.index, p.start, p.stop, piece_key(p, segments, options, width, height, cues))
              for p in pieces]
    mood = music_mood_of(segments, music_mood)
    mix_key = mix_key_for(segments, spoken, options, mood, composer)
    film_key = content_key({"v": GRAPH_VERSION, "pieces": [p.key for p in pieces], "mix": mix_key, "n": n_frames,
                            "fps": options.fps})
    metrics.add(TaskTiming("keys", "keys", time.perf_counter() - t0, None))
    nice = DEFAULT_ENCODER_NICE if options.encoder_nice is None else options.encoder_nice
    line_levels: list[tuple[float, float]] = []
    audio_timings: dict[str, float] = {}
    sound_measures: dict[str, Any] | None | bool = False  # the sound track's measures, for the report
    facts = None  # the report's facts, when the mixer found them
    stamp: dict[str, str] | None = None  # the provenance metadata the join wrote (then only signing is left)
    trained = trained_models(engine, spoken)  # the trained models the stamp names, asked once
    video = None  # the report's picture measures, when they were joined beside the film's join
    if on_stage:
        on_stage("render+encode")
    render_t0 = time.perf_counter()
    with work_dir("autark-graph-") as work:
        film_hit = store.get("film", film_key)
        if film_hit is not None:
            line_levels = [tuple(x) for x in film_hit[1].get("line_levels", [])]  # type: ignore[misc]
            sound_measures = film_hit[1].get("audio", False)
            _copy_into_place(film_hit[0], out, work)
            metrics.add(TaskTiming("film", "film", time.perf_counter() - render_t0, True))
            if on_encoded:
                on_encoded(n_frames)
        else:
            missing_frames = sum(p.n_frames for p in pieces if not store.has("piece", p.key))
            # the sound track: the mix (music from the cache) encoded as AAC on a thread beside the render
            sound_hit = store.get("sound", mix_key)
            mixer: SoundTask | None = None
            if sound_hit is not None:
                track = link_or_copy(sound_hit[0], work / "sound-cached.m4a")
                line_levels = [tuple(x) for x in sound_hit[1].get("line_levels", [])]  # type: ignore[misc]
                sound_measures = sound_hit[1].get("audio", False)
            else:
                caching = caching_composer(store, music_key_for(mood, segments, options, composer), composer, metrics)
                stems_key = stems_key_for(segments, options, mood, composer)
                stems_hit = store.get_bytes("stems", stems_key)
                stem_lufs: dict[str, float] = json.loads(stems_hit[0]) if stems_hit is not None else {}
                counts = (len(metrics.tasks), store.hits, store.misses, store.corrupt, store.busy_s)
                # the report's scene measures are found in the sound task after the sound, beside the render: the
                # sound in pieces is the shorter of the two also after a changed line (0.13 s of CPU for 60 frames'
                # 0.5 s), so the film no longer waits for the shots' measures after its render
                render_is_longer = 2 * missing_frames > n_frames

                def make_sound() -> dict[str, Any]:
                    """The sound track and what the report needs of it, as plain data (it may run in another
                    process: ``autark.jobs.sound_task``)."""
                    from autark.compose.encode import lower_thread_priority
                    from autark.compose.segments import encode_audio_track

                    # below the renderer when it is the long pole (most pieces to render), else at its
                    # priority: after a changed line the mix is what the film waits for
                    lower_thread_priority(SOUND_NICE if render_is_longer else 0)
                    m0 = time.perf_counter()
                    # the sound in pieces, each from the cache unless a change reached it (autark.jobs.sound_pieces)
                    pcm = score_and_mix(segments, spoken, work, music_mood=mood, seed=options.seed,
                                        music=options.music, timings=audio_timings, line_levels=line_levels,
                                        composer=caching, stem_lufs=stem_lufs,
                                        mixer=piece_mixer(store, stems_key, metrics))
                    if stems_hit is None and stem_lufs:  # the music's and ambience's loudness, for the next mix
                        store.put_bytes("stems", stems_key, json.dumps(stem_lufs).encode())
                    guard.check("the mix")
                    if isinstance(pcm, PieceSound):
                        sound = pcm.track
                    else:  # a silent film: no stems, no lines
                        try:
                            sound = encode_audio_track(pcm, n_samples, SAMPLE_RATE_HZ, work / "sound.m4a")
                        finally:
                            pcm.close()
                    # measured here, beside the render, for the report (the film's audio is these packets)
                    measured = False
                    if options.check:  # the pieces measured the track as it decodes (or it is silence)
                        measured = pcm.measures if isinstance(pcm, PieceSound) else audio_measures(sound)
                    facts = None
                    if options.check:  # the report's facts need the mix's levels, not the frames
                        with contextlib.suppress(Exception):  # else the report finds them (or says why not)
                            facts = report_facts(options, segments, spoken, line_levels, store, n_frames, width,
                                                 height)
                    store.put_file("sound", mix_key, sound, {"line_levels": [list(x) for x in line_levels],
                                                             "audio": measured})
                    metrics.add(TaskTiming("sound", "sound", time.perf_counter() - m0, False))
                    return {"track": sound, "audio": measured, "facts": facts, "line_levels": list(line_levels),
                            "timings": dict(audio_timings), "tasks": metrics.tasks[counts[0]:],
                            "store": (store.hits - counts[1], store.misses - counts[2], store.corrupt - counts[3],
                                      store.busy_s - counts[4])}

                mixer = SoundTask(make_sound).start()
            try:
                paths, delays = _pieces(pieces, segments, cues, options, width, height, store, metrics, guard,
                                        work, nice, on_rendered, on_encoded)
                if mixer is not None:
                    mixed = mixer.result(lambda: guard.check("the mix"))
                    track, sound_measures, facts = mixed["track"], mixed["audio"], mixed["facts"]
                    line_levels[:] = [tuple(x) for x in mixed["line_levels"]]
                    audio_timings.update(mixed["timings"])
                    if mixer.process:  # the child's own counts and timings, which the job did not see
                        for task in mixed["tasks"]:
                            metrics.add(task)
                        hits, misses, corrupt, busy = mixed["store"]
                        store.hits, store.misses = store.hits + hits, store.misses + misses
                        store.corrupt, store.busy_s = store.corrupt + corrupt, store.busy_s + busy
            finally:
                if mixer is not None:
                    mixer.stop()
            metrics.render_s = time.perf_counter() - render_t0
            guard.check("the join")
            j0 = time.perf_counter()
            # the stamp's metadata goes into the join: the film is copied once, not twice
            stamp = stamp_metadata(options.provenance, trained=trained) if hasattr(options, "provenance") else None
            # the report's picture measures are joined from the pieces' on a thread beside the join (both
            # mostly FFmpeg, which lets go of the GIL): the report is then left with grading and writing
            with ThreadPoolExecutor(max_workers=1, thread_name_prefix="autark-report") as pool:
                ahead = pool.submit(report_video, store, pieces, facts, options.fps) \
                    if options.check and facts is not None else None
                join_segments(paths, out, options.fps, track, metadata=stamp, delays=delays)
                store.put_file("film", film_key, out, {"line_levels": [list(x) for x in line_levels],
                                                       "audio": sound_measures})
                metrics.add(TaskTiming("join", "film", time.perf_counter() - j0, False, frames=n_frames))
                with contextlib.suppress(Exception):  # else the report measures them itself (or says why not)
                    video = ahead.result() if ahead is not None else None
    timings.update(audio_timings)
    timings["render+encode"] = time.perf_counter() - render_t0
    timings["render"] = metrics.render_s
    timings["encode"] = max(0.0, timings["render+encode"] - metrics.render_s)
    timings["audio"] = timings.get("speech", 0.0) + audio_timings.get("music", 0.0) + audio_timings.get("mix", 0.0)
    srt = out.with_suffix(".srt")
    if cues:
        write_srt(cues, srt)
    report = FilmReport(path=out, srt_path=srt if cues else None, duration_s=n_frames / options.fps,
                        n_frames=n_frames, width=width, height=height, timings_s=timings)
    if hasattr(options, "provenance"):  # the film's metadata and signed manifest, as the single-encode path
        s0 = time.perf_counter()
        report.warnings += stamp_film(out, options.provenance, trained=trained, written=stamp)
        metrics.add(TaskTiming("stamp", "stamp", time.perf_counter() - s0, None))
    graph_report(report, options, segments, spoken, line_levels, store, metrics, film_key, pieces, sound_measures,
                 facts, video)
    metrics.wall_s = round(time.perf_counter() - started, 3)
    metrics.bookkeeping_s = round(store.busy_s + sum(t.seconds for t in metrics.tasks if t.kind == "keys"
                                                     or (t.kind == "film" and not t.cached)), 4)
    metrics.peak_memory_mb = peak_memory_mb()
    store.save_stats()
    metrics.write(metrics_path_for(out), Path(options.cache_dir) / METRICS_NAME)
    report.metrics = metrics  # type: ignore[attr-defined]
    return report


def _copy_into_place(source: Path, out: Path, work: Path) -> None:
    tmp = out.with_name(f".{out.stem}.partial.mp4")
    shutil.copyfile(source, tmp)
    os.replace(tmp, out)


def _pieces(pieces: list[Piece], segments: Sequence[Segment], cues: list[Cue], options: FilmOptions, width: int,
            height: int, store: ResultCache, metrics: RunMetrics, guard: _Guard, work: Path, nice: int,
            on_rendered: Callable[[int], None] | None, on_encoded: Callable[[int], None] | None
            ) -> tuple[list[Path], list[int | None]]:
    """Every piece's segment file (in ``work``): cached ones linked, missing ones rendered and stored; and each
    one's decode delay where the cache kept it (the join needs it and would open every file for it)."""
    paths: dict[int, Path] = {}
    delays: dict[int, int] = {}
    missing: list[Piece] = []
    for p in pieces:
        t0 = time.perf_counter()
        hit = store.get("piece", p.key)
        if hit is not None:
            paths[p.index] = link_or_copy(hit[0], work / f"piece-{p.index:05d}.mp4")
            if isinstance(hit[1].get("delay"), int):
                delays[p.index] = hit[1]["delay"]
            metrics.add(TaskTiming(f"piece {p.index}", "piece", time.perf_counter() - t0, True, frames=p.n_frames))
        else:
            missing.append(p)
    executor = getattr(options, "executor", None)
    if executor is not None and missing:  # on other machines (autark.jobs.cluster); the cache stays here
        from autark.jobs import executor_pieces  # re-exported: the cluster builds on this module

        executor_pieces(executor, missing, segments, cues, options, width, height, store, metrics, work, paths,
                        guard.check, on_rendered, on_encoded)
        missing = []
    attempt = 1
    while missing:
        try:
            _render_pieces(missing, segments, cues, options, width, height, store, metrics, guard, work, nice,
                           paths, delays, attempt, on_rendered, on_encoded)
            missing = []
        except (Cancelled, LimitExceeded, KeyboardInterrupt):
            raise
        except Exception as exc:
            if getattr(exc, "_autark_caller", False):  # the caller's own (a progress callback that cancels)
                raise
            _retry_or_raise(exc, missing, paths, options, attempt)
            missing = [p for p in missing if p.index not in paths]
            attempt += 1
    return [paths[p.index] for p in pieces], [delays.get(p.index) for p in pieces]


def _retry_or_raise(exc: Exception, missing: list[Piece], paths: dict[int, Path], options: FilmOptions,
                    attempt: int) -> None:
    """Wait before another attempt at a transient failure; raise a permanent one naming its piece."""
    left = [p for p in missing if p.index not in paths]
    first = left[0] if left else None
    where = (f"piece {first.index} (frames {first.start}-{first.stop - 1}, "
             f"{first.start / options.fps:.2f}-{first.stop / options.fps:.2f} s)") if first else "a piece"
    if not is_transient(exc) or attempt >= MAX_ATTEMPTS:
        if isinstance(exc, AutarkError) and not is_transient(exc):
            raise RenderError(f"{where}: {exc.message}", hint=exc.hint) from exc
        raise RenderError(f"{where} failed after {attempt} attempt(s): {exc}",
                          hint="see the error above; a worker that keeps dying may be short of memory") from exc
    time.sleep(BACKOFF_S * 2 ** (attempt - 1))


def _callers(callback: Callable[[int], None] | None) -> Callable[[int], None] | None:
    """``callback`` with its exceptions marked as the caller's: raised as they are, never retried."""
    if callback is None:
        return None

    def call(n: int) -> None:
        try:
            callback(n)
        except BaseException as exc:
            with contextlib.suppress(AttributeError, TypeError):
                exc._autark_caller = True  # type: ignore[attr-defined]
            raise

    return call


def _piece_renderer(film: str, fps: int, width: int, height: int, settings: dict[str, Any],
                    frames: tuple[int, ...]) -> Callable[[int], np.ndarray]:
    """``render(i)`` drawing the film's frame ``frames[i]`` (the missing pieces' frames, back to back)."""
    from autark.jobs.film_frames import make_segments_renderer

    render = make_segments_renderer(film, fps, width, height, settings)
    return lambda i: render(frames[i])


def _render_pieces(missing: list[Piece], segments: Sequence[Segment], cues: list[Cue], options: FilmOptions,
                   width: int, height: int, store: ResultCache, metrics: RunMetrics, guard: _Guard, work: Path,
                   nice: int, paths: dict[int, Path], delays: dict[int, int], attempt: int,
                   on_rendered: Callable[[int], None] | None,
                   on_encoded: Callable[[int], None] | None) -> None:
    from autark.compose import render_frames
    from autark.compose.segments import SegmentWriter, segment_decode_delay
    from autark.compose.subtitles import SubtitleBurner
    from autark.jobs.film import _payload

    frames = tuple(i for p in missing for i in range(p.start, p.stop))
    factory = functools.partial(_piece_renderer, _payload(segments), options.fps, width, height,
                                options.render_settings(), frames)
    raw = iter(render_frames(factory, len(frames), options.workers))
    stream: Any = raw
    burner = SubtitleBurner(cues, width, height, Fraction(options.fps)) if (cues and options.burn_subtitles) else None
    began: dict[int, float] = {}

    def done(piece: Piece, path: Path, count: int) -> None:
        delays[piece.index] = delay = segment_decode_delay(path, options.fps)  # on the writer's thread
        stored = store.put_file("piece", piece.key, path, {"frames": count, "delay": delay}, move=True)
        paths[piece.index] = link_or_copy(stored, work / f"piece-{piece.index:05d}.mp4")
        metrics.add(TaskTiming(f"piece {piece.index}", "piece", time.perf_counter() - began[piece.index], False,
                               attempt, count))

    provenance = getattr(options, "provenance", None)
    if provenance is not None and provenance.mark:  # the visible AI badge (part of every piece's key)
        from autark.compose.mark import mark_frames

        stream = mark_frames(stream, width, height)
    writer = SegmentWriter(options.fps, width, height, options.quality, burner=burner, nice=nice,
                           on_done=done, on_encoded=_callers(on_encoded))
    on_rendered = _callers(on_rendered)
    rendered = 0
    try:
        for piece in missing:
            began[piece.index] = time.perf_counter()
            writer.begin(piece, work / f"new-{piece.index:05d}.mp4")
            for index in range(piece.start, piece.stop):
                guard.check(f"piece {piece.index}")
                frame = next(stream)
                writer.put(index, frame)
                rendered += 1
                if on_rendered:
                    on_rendered(rendered)
            writer.end()
        writer.finish()
    except BaseException:
        writer.stop()
        raise
    finally:
        for gen in (stream, raw):  # shut the worker processes down now, also on error or Ctrl-C
            close = getattr(gen, "close", None)
            if close is not None:
                close()
        metrics.frames_rendered += rendered
