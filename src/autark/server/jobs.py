"""Render jobs: the film pipeline (``autark.jobs.make_segments_film``, what ``autark render -o`` runs) on a
background thread, one job at a time, with progress reported to the studio's clients and cancellation.

The film is written to ``renders/<job>.mp4`` through the encoder's hidden partial file, renamed only when
complete, with its report beside it (``<job>.report.html`` and ``.json``, ``autark.jobs.report``); cancelling raises inside the pipeline's per-frame callback, which stops rendering and makes the
encoder delete the partial file, so a cancelled or failed job leaves no video behind.
"""

from __future__ import annotations

import dataclasses
import logging
import secrets
import threading
import time
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

from pydantic import BaseModel, ConfigDict, Field

from autark.config import Settings
from autark.errors import AutarkError, LimitExceeded, NotFound, UserInputError
from autark.limits import MAX_RENDER_JOBS

if TYPE_CHECKING:
    from autark.scene.model import Scene

__all__ = ["MAX_JOBS", "RenderJob", "RenderJobs", "RenderParams"]

log = logging.getLogger("autark.server")
MAX_JOBS = MAX_RENDER_JOBS  # queued or running at once
State = Literal["queued", "running", "done", "failed", "cancelled"]
MIN_MUSIC_S = 4.0  # clips shorter than this render without music
UPDATE_EVERY_S = 0.25  # progress messages at most this often (plus every state change)


class RenderParams(BaseModel):
    """The body of ``POST /api/render``."""

    model_config = ConfigDict(extra="forbid", allow_inf_nan=False)
    start: float = Field(0.0, ge=0.0, le=3600.0)
    end: float | None = Field(None, gt=0.0, le=3600.0)
    fps: int = Field(24, ge=1, le=60)  # film's rate, as autark.jobs.film.FILM_FPS
    width: int = Field(1280, ge=16, le=1920)
    height: int = Field(720, ge=16, le=1080)
    quality: Literal["preview", "final"] = "preview"


class _Cancelled(Exception):
    """Raised inside the pipeline's callbacks to stop a cancelled job."""


@dataclass(eq=False)
class RenderJob:
    id: str
    params: RenderParams
    scene: Scene
    path: Path
    state: State = "queued"
    frames_done: int = 0
    frames_total: int = 0
    error: str | None = None
    cancel: threading.Event = field(default_factory=threading.Event)
    last_sent: float = 0.0
    check: str | None = None  # the film report's verdict (pass, warn, fail) once the film is done
    metrics: dict[str, Any] | None = None  # the production graph's (autark.jobs.metrics) once the film is done

    @property
    def report_paths(self) -> tuple[Path, Path]:
        """The film report beside the video: ``renders/<job>.report.json`` and ``.report.html``."""
        return self.path.with_name(self.path.stem + ".report.json"), self.path.with_name(self.path.stem
                                                                                         + ".report.html")

    def to_json(self) -> dict[str, Any]:
        total = max(self.frames_total, 1)
        out: dict[str, Any] = {"job": self.id, "state": self.state,
                               "progress": 1.0 if self.state == "done" else round(self.frames_done / total, 4),
                               "frames_done": self.frames_done, "frames_total": self.frames_total}
        if self.error is not None:
            out["error"] = self.error
        if self.state == "done":
            out["video"] = f"/api/render/{self.id}/video"
            if self.check is not None:
                out["report"] = f"/api/render/{self.id}/report"
                out["check"] = self.check
            if self.metrics is not None:  # timings, cache hits, fps, memory: shown in the render panel
                out["metrics"] = self.metrics
        return out


MAX_RUNS = 20  # render metrics kept for /metrics


class RenderJobs:
    """The project's render jobs. ``on_update(job_json, state_changed)`` is called from the job thread."""

    def __init__(self, folder: Path, on_update: Callable[[dict[str, Any], bool], None],
                 settings: Settings | None = None) -> None:
        self.folder = folder
        self.settings = settings if settings is not None else Settings()
        self._on_update = on_update
        self._jobs: dict[str, RenderJob] = {}
        self._queue: deque[RenderJob] = deque()
        self._cond = threading.Condition()
        self._thread: threading.Thread | None = None
        self._closed = False
        self.runs: dict[str, dict[str, Any]] = {}  # job id -> its metrics (the newest MAX_RUNS), for /metrics
        # an encrypted project's file key: films are sealed once written and there is no plain-text cache
        self.seal_key: bytes | None = None

    def open_sealed(self, path: Path) -> bytes:
        """The plain bytes of a finished film of an encrypted project."""
        from autark.store.cipher import SEALED_SUFFIX, open_sealed

        assert self.seal_key is not None
        sealed = path.with_name(path.name + SEALED_SUFFIX)
        if not sealed.is_file():
            raise UserInputError(f"the film {path.name} is gone", hint="render it again")
        return open_sealed(sealed, self.seal_key)

    def busy(self) -> bool:
        with self._cond:
            return any(j.state in ("queued", "running") for j in self._jobs.values())

    def start(self, scene: Scene, params: RenderParams) -> RenderJob:
        from autark import limits
        from autark.scene.evaluate import film_duration_s

        most = limits.current().resolution_px
        if max(params.width, params.height) > most:
            # a UserInputError: the studio answers LimitExceeded from here as "busy" (the render queue)
            raise UserInputError(f"{params.width}x{params.height} is larger than the limit of {most} pixels per side",
                                 hint=limits.raise_hint("resolution_px"))
        length = film_duration_s(scene)
        end = params.end if params.end is not None else length
        if params.start >= end:
            raise UserInputError(f"the range {params.start:g} s to {end:g} s is empty",
                                 hint=f"give a start before the end (the film lasts {length:g} s)")
        n_frames = max(1, int(round((end - params.start) * params.fps)))
        with self._cond:
            if self._closed:
                raise UserInputError("the studio is shutting down")
            active = sum(j.state in ("queued", "running") for j in self._jobs.values())
            if active >= MAX_JOBS:
                raise LimitExceeded(f"{active} render jobs are already queued or running",
                                    hint="wait for one to finish or cancel it")
            job_id = secrets.token_hex(6)
            job = RenderJob(job_id, params.model_copy(update={"end": end}), scene, self.folder / f"{job_id}.mp4",
                            frames_total=n_frames)
            self._jobs[job_id] = job
            self._queue.append(job)
            if self._thread is None:
                self._thread = threading.Thread(target=self._run, name="autark-render-jobs", daemon=True)
                self._thread.start()
            self._cond.notify()
        self._send(job, True)
        return job

    def get(self, job_id: str) -> RenderJob:
        with self._cond:
            job = self._jobs.get(job_id)
        if job is None:
            raise NotFound(f"there is no render job {job_id!r}", hint="start one with POST /api/render")
        return job

    def cancel(self, job_id: str) -> RenderJob:
        job = self.get(job_id)
        with self._cond:
            job.cancel.set()
            if job.state == "queued":
                self._queue.remove(job)
                job.state = "cancelled"
                changed = True
            else:
                changed = False
        if changed:
            self._send(job, True)
        return job

    def close(self) -> None:
        with self._cond:
            self._closed = True
            for job in self._jobs.values():
                job.cancel.set()
            self._cond.notify()
        if self._thread is not None:
            self._thread.join(timeout=30)

    # -- the job thread ------------------------------------------------------------------------------------------
    def _send(self, job: RenderJob, state_changed: bool) -> None:
        job.last_sent = time.monotonic()
        self._on_update(job.to_json(), state_changed)

    def _run(self) -> None:
        while True:
            with self._cond:
                while not self._queue and not self._closed:
                    self._cond.wait()
                if self._closed:
                    return
                job = self._queue.popleft()
                job.state = "running"
            self._send(job, True)
            try:
                self._render(job)
            except _Cancelled:
                job.state = "cancelled"
            except AutarkError as exc:
                job.state, job.error = "failed", str(exc)
            except Exception as exc:  # a bug: logged here, one line to the clients
                log.exception("render job %s failed", job.id)
                job.state, job.error = "failed", f"the render failed ({type(exc).__name__})"
            else:
                job.state = "done"
            if job.state != "done":
                # the encoder already deleted its partial file; a subtitle file may not outlive the film
                job.path.unlink(missing_ok=True)
                job.path.with_suffix(".srt").unlink(missing_ok=True)
                for report in job.report_paths:
                    report.unlink(missing_ok=True)
            self._send(job, True)

    def _render(self, job: RenderJob) -> None:
        from autark.jobs import FilmOptions
        from autark.jobs.film import SceneSegment, make_segments_film

        def check(*_: object) -> None:
            if job.cancel.is_set():
                raise _Cancelled

        def encoded(n: int) -> None:
            job.frames_done = n
            if time.monotonic() - job.last_sent >= UPDATE_EVERY_S or n == job.frames_total:
                self._send(job, False)

        try:
            self.folder.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            from autark.errors import ProjectError

            raise ProjectError(f"cannot create {self.folder}: {exc.strerror}") from None
        p = job.params
        assert p.end is not None
        # the score fades in over 1 s and out over 2 s: a shorter clip (a quick test render) goes without it
        from autark.jobs.graph import GraphLimits

        # through the production graph with the project's cache (autark.jobs.graph): a render of an unchanged
        # or partly changed scene re-renders only what changed
        options = FilmOptions(fps=p.fps, width=p.width, height=p.height, quality=p.quality, exact_size=True, workers=1,
                              encoder_nice=self.settings.encoder_nice, music=p.end - p.start >= MIN_MUSIC_S,
                              cache_dir=self.folder.parent / "cache", limits=GraphLimits.from_settings(self.settings),
                              policy=self.settings.policy)
        if self.seal_key is not None:  # an encrypted project keeps no plain-text cache
            options = dataclasses.replace(options, cache_dir=None)
        from autark.compose.provenance import Provenance  # made by AI, signed with the user's key (C2PA)

        options = dataclasses.replace(options, provenance=Provenance(
            config_dir=self.settings.user_config_dir(), title=job.scene.name))
        check()
        clip = SceneSegment(job.scene, p.end - p.start, from_s=p.start, excerpt=True)
        film = make_segments_film([clip], job.path, options, on_stage=check, on_rendered=check, on_encoded=encoded)
        # the film report (autark.jobs.report) is written beside the video; a report that could not be made is
        # logged and the video stays
        job.check = film.check.status if film.check is not None else None
        run = getattr(film, "metrics", None)
        if run is not None:
            job.metrics = {"summary": run.summary(), "wall_s": run.wall_s, "frames_rendered": run.frames_rendered,
                           "frames": run.frames, "render_fps": run.render_fps, "cache_hits": run.hits,
                           "cache_misses": run.misses, "peak_memory_mb": run.peak_memory_mb}
            self.runs[job.id] = run.to_json() | {"film": job.path.name}
            while len(self.runs) > MAX_RUNS:
                self.runs.pop(next(iter(self.runs)))
        for warning in film.warnings:
            log.warning("render job %s: %s", job.id, warning)
        if job.cancel.is_set():  # cancelled after the last frame: the file was complete, drop it all the same
            raise _Cancelled
        if not job.path.is_file():
            raise NotFound(f"the film {job.path.name} was not written")
        if self.seal_key is not None:  # sealed at rest (autark.store.cipher), opened when it is served
            from autark.store.cipher import seal_file

            for path in (job.path, job.path.with_suffix(".srt"), *job.report_paths):
                if path.is_file():
                    seal_file(path, self.seal_key)
