"""Frames + audio + subtitles -> MP4 (H.264 + AAC) through PyAV, pipelined and atomic.

The caller's thread only pulls frames (rendering them) and hands copies over a bounded queue to an encoder
thread, which burns captions, converts to yuv420p and feeds x264 and the AAC encoder; swscale, x264 and
AAC release the GIL, so rendering never waits on encoding and at most ``queue_frames`` frames are ever
held. The encoder thread (and x264's threads, which it starts) runs at a lower priority (``encoder_nice``,
``DEFAULT_ENCODER_NICE`` unless the caller says; the command line passes AUTARK_ENCODER_NICE), so it takes the
CPU the renderer leaves idle. The file appears under its name
only after a clean close: until then it is written to ``.<name>.partial.mp4`` beside it, and any failure
(including Ctrl-C) deletes that partial file and leaves an older file under the output name untouched. The
partial file is locked while it is written (``autark.leftovers``): a second render to the same name
is refused, and partial files that killed renders left in the folder are removed when the next one starts.
"""

from __future__ import annotations

import contextlib
import os
import queue
import threading
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from fractions import Fraction
from pathlib import Path
from typing import Any, Literal, Protocol

import numpy as np

from autark.audio import SAMPLE_RATE_HZ
from autark.compose.subtitles import Cue, SubtitleBurner, validate_cues
from autark.errors import ProjectError, RenderError, UserInputError
from autark.leftovers import hold, release, remove_stale_partials

__all__ = ["DEFAULT_ENCODER_NICE", "AudioLike", "EncodeStats", "PendingAudio", "Quality", "encode_mp4",
           "partial_path_for", "yuv420_frame"]

Quality = Literal["preview", "final"]

AUDIO_CHUNK_SAMPLES = 1024  # AAC's frame size: one encoder frame per chunk, no resampler buffering
AUDIO_BITRATE = 192_000
# The encoder thread, x264's threads and the film's mix thread run 10 nice levels under the renderer, so they
# take the CPU llvmpipe leaves idle instead of preempting its rasteriser threads (a frame waits for the slowest
# of them); when the frame queue is full the renderer blocks and the encoder gets the cores anyway. Measured
# on a 6 s cut of the film benchmark (make_film, final, 2 cores shared with other work at load 7-9, pairs
# interleaved): median 36.4 s at nice 10 vs 44.0 s at nice 0 over 4 pairs (2 clearly faster, 1 equal, 1
# slower): noisy, re-measure on a quiet machine with AUTARK_ENCODER_NICE=0 vs 10.
DEFAULT_ENCODER_NICE = 10
MAX_FPS = Fraction(240)

# x264 settings per quality. 'veryfast' keeps previews interactive. The final film is 'veryfast' at crf 16
# rather than 'medium' at 18: on 90 consecutive rendered frames of the film benchmark's scene (1280x720,
# benchmarks/bench_film.py --only presets, medians of 3) it costs 0.56 of medium's CPU for the same size
# (0.34 Mbit/s) and nearly the same fidelity (PSNR 40.06 vs 40.45 dB, SSIM 0.9972 vs 0.9976); on 2 cores every
# CPU second x264 saves goes to llvmpipe. ('faster' crf 17: 0.84 of the CPU, 40.21 dB; 'superfast' crf 17:
# 0.63, 40.45 dB but twice the bitrate.) Its sub-pixel refinement is lowered to 1 (veryfast's is 2): on the
# first 450 frames of the castle film ("a shy ghost tries to make friends with a family in an old castle",
# 1280x720, best of 2) the encoder thread's CPU went 4.25-4.40 s -> 3.29-3.31 s (RGB conversion included),
# the file 2.26 -> 2.47 MB, PSNR 43.51 -> 43.26 dB; 'superfast' saved as much at 2.6x the size. (aq-mode=0
# saved 0.3 s more but flattens the bits spent on dark gradients, where banding shows first.)
_VIDEO_SETTINGS: dict[str, dict[str, str]] = {
    "preview": {"preset": "veryfast", "crf": "23"},
    "final": {"preset": "veryfast", "crf": "16", "x264-params": "subme=1"},
}


class AudioLike(Protocol):
    """Anything sliced like an ``(n_samples, channels)`` or ``(n_samples,)`` array: ndarray, memmap, lazy."""

    @property
    def shape(self) -> tuple[int, ...]: ...

    def __getitem__(self, key: Any) -> Any: ...


@dataclass(frozen=True)
class EncodeStats:
    """What :func:`encode_mp4` wrote."""

    path: Path
    frames: int
    fps: Fraction
    width: int
    height: int
    duration_s: float
    audio_samples: int
    sample_rate_hz: int
    wall_s: float
    size_bytes: int
    quality: str

    @property
    def encode_fps(self) -> float:
        """Frames per wall-clock second, rendering included (the pipeline's throughput)."""
        return self.frames / self.wall_s if self.wall_s > 0 else float("inf")


def partial_path_for(out_path: str | os.PathLike[str]) -> Path:
    """The hidden file an encode writes to before it is moved into place."""
    out = Path(out_path)
    return out.with_name(f".{out.stem}.partial.mp4")


def check_output_path(out_path: str | os.PathLike[str]) -> Path:
    """The output path, after checking its folder exists and is writable (UserInputError otherwise); film
    commands call it before any work so a typo in the path costs nothing."""
    out = Path(out_path).expanduser()
    folder = out.parent if str(out.parent) else Path(".")
    if out.is_dir():
        raise UserInputError(f"the output path {out} is a folder, not a file",
                             hint="give a file name such as film.mp4")
    if not folder.is_dir():
        raise UserInputError(f"the output folder {folder} does not exist",
                             hint=f"create it first (mkdir -p {folder}) or choose another path")
    if not os.access(folder, os.W_OK | os.X_OK):
        raise UserInputError(f"the output folder {folder} is not writable",
                             hint="choose a folder you can write to")
    return out


def _check_args(fps: Fraction, width: int, height: int, quality: str, sample_rate_hz: int) -> None:
    if quality not in _VIDEO_SETTINGS:
        raise UserInputError(f"unknown quality {quality!r}", hint="use 'preview' or 'final'")
    if not (0 < fps <= MAX_FPS):
        raise UserInputError(f"frame rate {fps} is out of range", hint="use a frame rate such as 24, 25 or 30")
    if width < 16 or height < 16 or width % 2 or height % 2:
        raise UserInputError(f"frame size {width}x{height} cannot be encoded",
                             hint="H.264 in yuv420p needs even width and height of at least 16 pixels")
    if sample_rate_hz not in (44_100, 48_000):
        raise UserInputError(f"audio sample rate {sample_rate_hz} Hz is not supported",
                             hint=f"mix audio at {SAMPLE_RATE_HZ} Hz")


def lower_thread_priority(nice: int) -> None:
    """Raise the calling thread's nice value by ``nice`` (Linux: per thread; threads it starts later inherit
    it). The encoder and the audio mix then take the CPU the renderer leaves idle instead of preempting
    llvmpipe's rasteriser threads, whose frame waits for the slowest of them. No-op elsewhere or for 0."""
    if nice <= 0 or not hasattr(os, "setpriority"):
        return
    with contextlib.suppress(OSError):
        current = os.getpriority(os.PRIO_PROCESS, threading.get_native_id())
        os.setpriority(os.PRIO_PROCESS, threading.get_native_id(), min(19, current + nice))


class PendingAudio:
    """Audio another thread is still producing (the film's music and mix while its frames render): the
    length is known up front, the samples once ``produce`` returns. The encoder muxes video ahead while it is
    not ready and catches the audio up afterwards (the MP4 muxer interleaves them), so rendering starts at
    once instead of waiting for the mix. Slicing waits for the audio; an error in ``produce`` is raised there.

    ``PendingAudio(produce, n_samples)`` starts the thread; :meth:`wait` joins it (call it before removing
    anything ``produce`` writes to).
    """

    def __init__(self, produce: Callable[[], AudioLike], n_samples: int, channels: int = 2, nice: int = 0,
                 ) -> None:
        self._shape = (int(n_samples), int(channels))
        self._nice = nice
        self._value: AudioLike | None = None
        self._error: BaseException | None = None
        self._done = threading.Event()
        self._thread = threading.Thread(target=self._run, args=(produce,), name="autark-audio", daemon=True)
        self._thread.start()

    def _run(self, produce: Callable[[], AudioLike]) -> None:
        try:
            lower_thread_priority(self._nice)
            value = produce()
            if tuple(value.shape)[0] != self._shape[0]:
                raise RenderError(f"the audio has {value.shape[0]} samples, {self._shape[0]} were announced")
            self._value = value
        except BaseException as exc:  # handed to whoever reads the samples
            self._error = exc
        finally:
            self._done.set()

    @property
    def shape(self) -> tuple[int, int]:
        return self._shape

    def ready(self) -> bool:
        return self._done.is_set()

    def wait(self) -> AudioLike:
        """The finished audio (blocking until it is); re-raises the producer's error."""
        self._done.wait()
        if self._error is not None:
            raise self._error
        assert self._value is not None  # noqa: S101 - set whenever there is no error
        return self._value

    def __getitem__(self, key: Any) -> Any:
        return self.wait()[key]


def _check_audio(audio: AudioLike) -> int:
    shape = tuple(audio.shape)
    if len(shape) == 1 or (len(shape) == 2 and shape[1] in (1, 2)):
        return int(shape[0])
    raise UserInputError(f"audio has shape {shape}",
                         hint="pass (n_samples, 2) stereo or (n_samples,) mono samples")


def _audio_chunk(audio: AudioLike, start: int, n: int, total: int) -> np.ndarray:
    """Samples ``[start, start+n)`` as planar float32 (2, n), zero-padded past the end of ``audio``."""
    out = np.zeros((2, n), dtype=np.float32)
    stop = min(start + n, total)
    if stop > start:
        part = np.asarray(audio[start:stop])
        if part.dtype.kind in "iu":
            # Integer PCM: scale by the type's full range so int16 and int32 mixes both land in [-1, 1].
            part = part.astype(np.float32) / float(np.iinfo(part.dtype).max)
        else:
            part = part.astype(np.float32, copy=False)
        if part.ndim == 1:
            part = part[:, None]
        out[:, : stop - start] = part.T  # mono broadcasts to both channels
    np.clip(out, -1.0, 1.0, out=out)
    return out


class _AudioFeeder:
    """Encodes the audio track in step with the video so the muxer interleaves without buffering."""

    def __init__(self, container: Any, stream: Any, audio: AudioLike | None, total_samples: int,
                 sample_rate_hz: int) -> None:
        self.container = container
        self.stream = stream
        self.audio = audio
        self.available = _check_audio(audio) if audio is not None else 0
        self.total = total_samples  # exactly the video's duration: pad or trim the input
        self.rate = sample_rate_hz
        self.next_sample = 0

    def feed_until(self, sample: int, *, final: bool = False) -> None:
        """Encode whole 1024-sample chunks ending at or before ``sample``; ``final`` also the short tail.

        Only whole chunks mid-stream, because the total may not be known yet and a chunk must never run
        past the end of the video.
        """
        import av

        sample = min(sample, self.total)
        pending = isinstance(self.audio, PendingAudio) and not self.audio.ready()
        if pending and not final:
            return  # still being mixed: the video goes ahead, the audio catches up on a later frame
        while self.next_sample < sample:
            n = min(AUDIO_CHUNK_SAMPLES, self.total - self.next_sample)
            if self.next_sample + n > sample and not final:
                return
            if self.audio is None:
                chunk = np.zeros((2, n), dtype=np.float32)
            else:
                chunk = _audio_chunk(self.audio, self.next_sample, n, self.available)
            frame = av.AudioFrame.from_ndarray(chunk, format="fltp", layout="stereo")
            frame.sample_rate = self.rate
            frame.pts = self.next_sample
            frame.time_base = Fraction(1, self.rate)
            self.container.mux(self.stream.encode(frame))
            self.next_sample += n

    def finish(self) -> None:
        self.feed_until(self.total, final=True)
        self.container.mux(self.stream.encode(None))


_DONE = object()  # all frames sent: flush the encoders and finish the audio track
_ABORT = object()  # give up: return without flushing anything


class _EncoderThread(threading.Thread):
    """Takes ``(index, VideoFrame)`` items off a bounded queue and muxes them with the matching audio."""

    def __init__(self, container: Any, video: Any, audio: _AudioFeeder, fps: Fraction,
                 progress: Callable[[int], None] | None, queue_frames: int, nice: int = 0,
                 burner: SubtitleBurner | None = None,
                 on_coded_frame: Callable[[int, Any], None] | None = None) -> None:
        super().__init__(name="autark-encoder", daemon=True)
        self.on_coded_frame = on_coded_frame
        self.nice = nice
        self.burner = burner
        self._reformatter: Any = None
        self.container = container
        self.video = video
        self.audio = audio
        self.fps = fps
        self.progress = progress
        self.items: queue.Queue[Any] = queue.Queue(maxsize=queue_frames)
        self.abort = threading.Event()
        self.error: BaseException | None = None
        self.encoded = 0

    def run(self) -> None:
        try:
            lower_thread_priority(self.nice)
            while not self.abort.is_set():
                item = self.items.get()
                if item is _ABORT:
                    return
                if item is _DONE:
                    self.container.mux(self.video.encode(None))
                    self.audio.finish()
                    return
                index, array = item
                frame = self._video_frame(index, array)
                if self.on_coded_frame is not None:
                    self.on_coded_frame(index, frame)
                self.container.mux(self.video.encode(frame))
                # Audio up to the end of this frame, so both streams advance together in the file.
                self.audio.feed_until(int((index + 1) * self.audio.rate / self.fps))
                self.encoded = index + 1
                if self.progress is not None:
                    self.progress(self.encoded)
        except BaseException as exc:  # handed to the caller's thread, which re-raises it
            self.error = exc

    def _video_frame(self, index: int, array: np.ndarray) -> Any:
        """Captions burned in, converted to the encoder's yuv420p here rather than on the rendering thread:
        swscale and x264 release the GIL, so this work takes CPU the renderer leaves idle instead of ~7 ms of
        every frame's critical path (720p)."""
        import av

        if self._reformatter is None:
            self._reformatter = av.video.reformatter.VideoReformatter()
        if self.burner is not None:
            array = self.burner.burn(array, index)
        frame = yuv420_frame(self._reformatter, array)
        frame.pts = index
        frame.time_base = 1 / self.fps
        return frame

    def put(self, item: Any) -> None:
        # A timed put so a dead encoder surfaces as its own error instead of a producer blocked forever.
        while True:
            if self.error is not None or not self.is_alive():
                self._raise()
                raise RenderError("the video encoder stopped unexpectedly")
            try:
                self.items.put(item, timeout=0.1)
                return
            except queue.Full:
                continue

    def stop(self) -> None:
        self.abort.set()
        # Unblock a get() waiting for more frames; drop queued frames, they will never be written.
        while True:
            try:
                self.items.get_nowait()
            except queue.Empty:
                break
        with contextlib.suppress(queue.Full):
            self.items.put_nowait(_ABORT)
        self.join()

    def _raise(self) -> None:
        if self.error is not None:
            import av

            if isinstance(self.error, av.FFmpegError):
                raise RenderError(f"encoding failed: {self.error}") from self.error
            raise self.error


def _open_container(path: Path, fps: Fraction, width: int, height: int, quality: str,
                    sample_rate_hz: int, thread_type: str) -> tuple[Any, Any, Any]:
    import av

    container = av.open(str(path), mode="w", format="mp4", options={"movflags": "+faststart"})
    try:
        video = container.add_stream("libx264", rate=fps)
        video.width = width
        video.height = height
        video.pix_fmt = "yuv420p"
        video.codec_context.time_base = 1 / fps
        video.options = dict(_VIDEO_SETTINGS[quality])
        # PyAV defaults to slice threading. Frame threading was 1.19x faster in wall time on 2 cores with
        # little other load (benchmarks/bench_compose.py --only threads, 10 s 720p30 preview: 3.82 s vs
        # 4.56 s, 1.65 vs 1.29 cores busy); total CPU was within ±7% either way, and on a heavily
        # oversubscribed machine (load 6-10) slice won by 7-30%, so that is the case to re-measure.
        video.thread_type = thread_type
        video.thread_count = 0  # let x264 pick from the core count
        audio = container.add_stream("aac", rate=sample_rate_hz, layout="stereo")
        audio.bit_rate = AUDIO_BITRATE
        audio.codec_context.time_base = Fraction(1, sample_rate_hz)
        # FFmpeg's fast AAC coder, as the sound track in pieces (segments.encode_audio_track): the default
        # (twoloop) one now and then codes a loud frame with 11-15 dB of SNR, lifting a peak limited to -2 dBTP
        # to +2.8 dBTP (an explosion) or -1.0 (applause); the fast one kept the same six films under -1.7 dBTP
        audio.options = {"aac_coder": "fast"}
    except BaseException:
        container.close()
        raise
    return container, video, audio


def yuv420_frame(reformatter: Any, array: np.ndarray) -> Any:
    """The RGB ``array`` (contiguous (h, w, 3) uint8) as the encoder's yuv420p frame. swscale reads the array
    where it is (``from_numpy_buffer``): ``from_ndarray`` first copied it into a frame of its own, 0.7-2 ms of
    CPU a 720p frame on the encoder's thread for nothing."""
    import av

    return reformatter.reformat(av.VideoFrame.from_numpy_buffer(np.ascontiguousarray(array), format="rgb24"),
                                format="yuv420p")


def encode_mp4(
    frames: Iterable[np.ndarray],
    out_path: str | os.PathLike[str],
    fps: Fraction | int,
    width: int,
    height: int,
    audio: np.ndarray | AudioLike | None = None,
    sample_rate_hz: int = SAMPLE_RATE_HZ,
    quality: Quality = "preview",
    subtitles: list[Cue] | None = None,
    burn_subtitles: bool = False,
    progress: Callable[[int], None] | None = None,
    *,
    n_frames: int | None = None,
    queue_frames: int = 8,
    thread_type: str = "FRAME",
    on_frame_rendered: Callable[[int], None] | None = None,
    encoder_nice: int | None = None,
    on_coded_frame: Callable[[int, Any], None] | None = None,
) -> EncodeStats:
    """Encode RGB ``frames`` (each ``(height, width, 3)`` uint8) and ``audio`` into an H.264/AAC MP4.

    ``audio`` is float samples in [-1, 1] (or integer PCM) at ``sample_rate_hz``, stereo ``(n, 2)`` or mono
    ``(n,)``; it is padded with silence or trimmed so the audio track lasts exactly as long as the video.
    ``subtitles`` with ``burn_subtitles`` paints the cues into the picture (write the sidecar file with
    :func:`~autark.compose.subtitles.write_srt`). ``progress(n)`` is called from the encoder thread after
    each encoded frame, ``on_frame_rendered(n)`` from the caller's thread after each frame is pulled, and
    ``on_coded_frame(index, frame)`` from the encoder thread with each yuv420p ``av.VideoFrame`` (captions
    burned in) just before x264 takes it: what the film shows, to measure without decoding it again.
    ``n_frames`` stops after that many frames, and raises if ``frames`` runs out sooner.

    Raises :class:`UserInputError` for bad arguments or an unwritable output folder, :class:`RenderError`
    for a frame of the wrong size or a failing encoder. Ctrl-C and any error leave no partial file behind.
    """
    started = time.perf_counter()
    fps = Fraction(fps)
    _check_args(fps, width, height, quality, sample_rate_hz)
    out = check_output_path(out_path)
    if thread_type not in ("FRAME", "SLICE", "AUTO"):
        raise UserInputError(f"unknown thread type {thread_type!r}", hint="use 'FRAME', 'SLICE' or 'AUTO'")
    if subtitles:
        validate_cues(subtitles)
    burner = SubtitleBurner(subtitles, width, height, fps) if (subtitles and burn_subtitles) else None
    if audio is not None:
        _check_audio(audio)

    import av  # noqa: F401 - loaded (~0.3 s the first time) before the partial file appears, as encoding starts

    partial = partial_path_for(out)
    lock = _hold_partial(partial, out)
    container: Any = None
    encoder: _EncoderThread | None = None
    count = 0
    try:
        try:
            container, video_stream, audio_stream = _open_container(partial, fps, width, height, quality,
                                                                     sample_rate_hz, thread_type)
        except OSError as exc:
            raise ProjectError(f"cannot create {partial}: {exc}",
                               hint="check free disk space and permissions") from exc
        # Without n_frames the feeder learns the total only when the frames run out.
        total = _samples_for_frames(n_frames, fps, sample_rate_hz) if n_frames else 2**62
        feeder = _AudioFeeder(container, audio_stream, audio, total_samples=total, sample_rate_hz=sample_rate_hz)
        nice = DEFAULT_ENCODER_NICE if encoder_nice is None else encoder_nice
        encoder = _EncoderThread(container, video_stream, feeder, fps, progress, max(1, queue_frames), nice,
                                 burner, on_coded_frame)
        encoder.start()
        for frame in frames:
            if n_frames is not None and count >= n_frames:
                break
            # A copy: the renderer may reuse its output buffer for the next frame while this one waits.
            array = np.array(_check_frame(frame, count, width, height), copy=True)
            encoder.put((count, array))
            count += 1
            if on_frame_rendered is not None:
                on_frame_rendered(count)
        if count == 0:
            raise UserInputError("no frames to encode", hint="the film needs at least one frame")
        if n_frames is not None and count < n_frames:
            raise RenderError(f"the frame source ended after {count} of {n_frames} frames")
        feeder.total = _samples_for_frames(count, fps, sample_rate_hz)
        encoder.put(_DONE)
        encoder.join()
        encoder._raise()
        container.close()
    except BaseException:
        # Ctrl-C, a bad frame or a failed encode: stop the thread, drop the partial file, keep the old one.
        if encoder is not None and encoder.is_alive():
            encoder.stop()
        # The container is being thrown away; an error while closing it is moot.
        if container is not None:
            with contextlib.suppress(Exception):
                container.close()
        partial.unlink(missing_ok=True)
        release(lock)
        raise
    try:
        os.replace(partial, out)
    finally:
        release(lock)
    return EncodeStats(
        path=out, frames=count, fps=fps, width=width, height=height,
        duration_s=float(count / fps), audio_samples=feeder.total, sample_rate_hz=sample_rate_hz,
        wall_s=time.perf_counter() - started, size_bytes=out.stat().st_size, quality=quality,
    )


def _hold_partial(partial: Path, out: Path) -> int | None:
    """Lock the partial file (creating it) for this encode, after removing those that killed renders left in
    its folder; a render writing the same output now is a ``UserInputError``."""
    remove_stale_partials(out.parent)
    try:
        return hold(partial)
    except BlockingIOError:
        raise UserInputError(f"another render is writing {out} now",
                             hint="wait until it is done, or choose another output name") from None
    except OSError as exc:
        raise ProjectError(f"cannot create {partial}: {exc}", hint="check free disk space and permissions") from exc


def _samples_for_frames(n_frames: int, fps: Fraction, sample_rate_hz: int) -> int:
    return round(Fraction(n_frames) * sample_rate_hz / fps)


def _check_frame(frame: Any, index: int, width: int, height: int) -> np.ndarray:
    array = np.asarray(frame)
    if array.shape != (height, width, 3):
        raise RenderError(f"frame {index} has shape {array.shape}, expected ({height}, {width}, 3)",
                          hint="render every frame at the film's size as RGB")
    if array.dtype != np.uint8:
        raise RenderError(f"frame {index} has dtype {array.dtype}, expected uint8",
                          hint="convert with (np.clip(f, 0, 1) * 255).astype(np.uint8)")
    return np.ascontiguousarray(array)
