"""Film pieces as video-only MP4 segments, and a film joined from them without re-encoding.

Each segment is encoded by its own x264 encoder with the film's settings (``encode._VIDEO_SETTINGS``), so it
starts on an IDR frame and decodes on its own; :func:`join_segments` copies the segments' packets one after
the other into the final MP4 (their timestamps shifted by the frames before them) and encodes the film's
audio (AAC) beside them. Every segment of a film shares one set of codec parameters (same encoder, size and
settings), so the first segment's parameter sets serve the whole film; a segment whose parameters differ is
refused rather than joined into a film that would not decode.

:class:`SegmentWriter` encodes a stream of frames into consecutive segments on a thread of its own (lower
priority, as the film's encoder: it takes the CPU the renderer leaves idle), so rendering never waits on
encoding; :func:`encode_segment` encodes one piece's frames where they are (a remote worker's way).
"""

from __future__ import annotations

import contextlib
import os
import queue
import threading
from collections.abc import Callable, Iterable, Sequence
from fractions import Fraction
from pathlib import Path
from typing import Any

import numpy as np

from autark.compose.encode import (
    _VIDEO_SETTINGS,
    AUDIO_BITRATE,
    AUDIO_CHUNK_SAMPLES,
    AudioLike,
    _audio_chunk,
    check_output_path,
    lower_thread_priority,
    partial_path_for,
    yuv420_frame,
)
from autark.compose.subtitles import SubtitleBurner
from autark.errors import ProjectError, RenderError, UserInputError
from autark.leftovers import hold, release, remove_stale_partials

__all__ = ["SegmentWriter", "encode_audio_track", "encode_segment", "join_segments", "segment_decode_delay"]


# A piece must encode to the same bytes wherever and whenever it is made (a cached piece stands in for a fresh
# one, and the tests compare decoded frames exactly). x264's macroblock-tree rate control is not reproducible for
# a frame size that is not a multiple of 16: the same rendered frames at 320x180 encoded to 3-5 different
# streams in 20 runs (one thread or several; decoded pixels off by a level here and there), at 320x176 or with
# mbtree off to one. So mbtree is off for such sizes only (720p keeps it; at the same crf, a slightly bigger file).
def _x264_params(width: int, height: int) -> dict[str, str]:
    return {"x264-params": "mbtree=0"} if width % 16 or height % 16 else {}


class _Segment:
    """One open video-only MP4 being written."""

    def __init__(self, path: Path, fps: Fraction, width: int, height: int, quality: str) -> None:
        import av

        self.path = path
        self.container = av.open(str(path), mode="w", format="mp4")
        try:
            stream = self.container.add_stream("libx264", rate=fps)
            stream.width, stream.height, stream.pix_fmt = width, height, "yuv420p"
            stream.codec_context.time_base = 1 / fps
            stream.options = dict(_VIDEO_SETTINGS[quality]) | _x264_params(width, height)
            stream.thread_type = "FRAME"
            stream.thread_count = 0
        except BaseException:
            self.container.close()
            raise
        self.stream = stream
        self.fps = fps
        self.count = 0
        self._reformatter = av.video.reformatter.VideoReformatter()

    def add(self, array: np.ndarray) -> None:
        frame = yuv420_frame(self._reformatter, array)
        frame.pts = self.count
        frame.time_base = 1 / self.fps
        self.container.mux(self.stream.encode(frame))
        self.count += 1

    def close(self) -> None:
        self.container.mux(self.stream.encode(None))
        self.container.close()

    def abandon(self) -> None:
        with contextlib.suppress(Exception):
            self.container.close()
        self.path.unlink(missing_ok=True)


def encode_segment(frames: Iterable[np.ndarray], path: str | os.PathLike[str], fps: Fraction | int, width: int,
                   height: int, quality: str = "preview", *, burner: SubtitleBurner | None = None,
                   first_index: int = 0) -> Path:
    """Encode ``frames`` (RGB uint8) as one video-only segment at ``path``; burned captions use the film's
    frame numbers (``first_index`` is the first frame's)."""
    if quality not in _VIDEO_SETTINGS:
        raise UserInputError(f"unknown quality {quality!r}", hint="use 'preview' or 'final'")
    seg = _Segment(Path(path), Fraction(fps), width, height, quality)
    try:
        for k, frame in enumerate(frames):
            array = _checked(frame, width, height)
            seg.add(burner.burn(array, first_index + k) if burner is not None else array)
        if seg.count == 0:
            raise RenderError("a film piece had no frames")
        seg.close()
    except BaseException:
        seg.abandon()
        raise
    return seg.path


def _checked(frame: Any, width: int, height: int) -> np.ndarray:
    array = np.asarray(frame)
    if array.shape != (height, width, 3) or array.dtype != np.uint8:
        raise RenderError(f"a frame has shape {array.shape} ({array.dtype}), expected ({height}, {width}, 3) uint8")
    return np.ascontiguousarray(array)


_END = object()


class SegmentWriter(threading.Thread):
    """Encodes frames into consecutive segments on a thread: :meth:`begin` a segment, :meth:`put` its frames,
    :meth:`end` it (``on_done(tag, path, n_frames)`` is called from the writer thread when its file is
    complete); :meth:`finish` waits for the rest, :meth:`stop` abandons everything (no file is left). The
    queue holds twice the film encoder's frames: x264 drains its lookahead at the end of every piece, and the
    renderer should not wait for that."""

    def __init__(self, fps: Fraction | int, width: int, height: int, quality: str, *,
                 burner: SubtitleBurner | None = None, nice: int = 0, queue_frames: int = 16,
                 on_done: Callable[[Any, Path, int], None] | None = None,
                 on_encoded: Callable[[int], None] | None = None) -> None:
        super().__init__(name="autark-segments", daemon=True)
        self.fps, self.width, self.height, self.quality = Fraction(fps), width, height, quality
        self.burner, self.nice, self.on_done, self.on_encoded = burner, nice, on_done, on_encoded
        self.items: queue.Queue[Any] = queue.Queue(maxsize=max(1, queue_frames))
        self.error: BaseException | None = None
        self.abort = threading.Event()
        self.encoded = 0
        self._open: _Segment | None = None
        self.start()

    def run(self) -> None:
        try:
            lower_thread_priority(self.nice)
            tag = None
            while not self.abort.is_set():
                item = self.items.get()
                if item is _END:
                    return
                kind, value = item
                if kind == "begin":
                    tag, path = value
                    self._open = _Segment(path, self.fps, self.width, self.height, self.quality)
                elif kind == "frame" and self._open is not None:
                    index, array = value
                    self._open.add(self.burner.burn(array, index) if self.burner is not None else array)
                    self.encoded += 1
                    if self.on_encoded is not None:
                        self.on_encoded(self.encoded)
                elif kind == "end" and self._open is not None:
                    seg, self._open = self._open, None
                    seg.close()
                    if self.on_done is not None:
                        self.on_done(tag, seg.path, seg.count)
        except BaseException as exc:  # handed to the producer, which re-raises it
            self.error = exc
        finally:
            if self._open is not None:
                self._open.abandon()
                self._open = None

    def _put(self, item: Any) -> None:
        while True:
            if self.error is not None:
                raise self.error
            if not self.is_alive():
                raise RenderError("the segment encoder stopped unexpectedly")
            try:
                self.items.put(item, timeout=0.1)
                return
            except queue.Full:
                continue

    def begin(self, tag: Any, path: Path) -> None:
        self._put(("begin", (tag, path)))

    def put(self, index: int, frame: np.ndarray) -> None:
        self._put(("frame", (index, np.array(_checked(frame, self.width, self.height), copy=True))))

    def end(self) -> None:
        self._put(("end", None))

    def finish(self) -> None:
        self._put(_END)
        self.join()
        if self.error is not None:
            raise self.error

    def stop(self) -> None:
        self.abort.set()
        with contextlib.suppress(queue.Empty):
            while True:
                self.items.get_nowait()
        with contextlib.suppress(queue.Full):
            self.items.put_nowait(_END)
        self.join()


def _extradata(path: Path) -> tuple[bytes | None, Any, Fraction]:
    import av

    with av.open(str(path)) as c:
        s = c.streams.video[0]
        return s.codec_context.extradata, s, s.time_base


def encode_audio_track(audio: AudioLike | None, n_samples: int, sample_rate_hz: int,
                       path: str | os.PathLike[str]) -> Path:
    """Encode ``audio`` (float32 ``(n, 2)``, padded or trimmed to ``n_samples``; None: silence) as an
    audio-only AAC MP4 at ``path``: the film's sound track, made beside the render and joined by copying."""
    import av

    path = Path(path)
    available = 0 if audio is None else int(audio.shape[0])
    with av.open(str(path), mode="w", format="mp4") as dst:
        stream = dst.add_stream("aac", rate=sample_rate_hz, layout="stereo")
        stream.bit_rate = AUDIO_BITRATE
        stream.codec_context.time_base = Fraction(1, sample_rate_hz)
        # FFmpeg's fast AAC coder: half the time of the default (twoloop) one, 0.27 s vs 0.59 s for 16 s of
        # stereo; after a changed line the film waits for this track, and at 192 kbit/s the difference is not
        # one to hear
        stream.options = {"aac_coder": "fast"}
        _feed_audio(dst, stream, audio, available, 0, n_samples, sample_rate_hz, final=True)
        dst.mux(stream.encode(None))
    return path


def join_segments(segments: Sequence[Path], out_path: str | os.PathLike[str], fps: Fraction | int,
                  audio_track: Path, *, metadata: dict[str, str] | None = None,
                  delays: Sequence[int | None] | None = None) -> Path:
    """Write the film at ``out_path``: the segments' video packets in order and the packets of
    ``audio_track`` (:func:`encode_audio_track`), interleaved, nothing re-encoded. Atomic like
    ``encode_mp4``: the film appears under its name only once complete; any failure leaves an older file
    there untouched. ``metadata``: container tags to write with it (``autark.compose.provenance``'s stamp,
    which would otherwise copy the film once more); ``delays``: each segment's :func:`segment_decode_delay`
    where the caller kept it (None: read from the file)."""
    import av

    if not segments:
        raise RenderError("there are no segments to join")
    fps = Fraction(fps)
    out = check_output_path(out_path)
    partial = partial_path_for(out)
    remove_stale_partials(out.parent)
    try:
        lock = hold(partial)
    except BlockingIOError:
        raise UserInputError(f"another render is writing {out} now",
                             hint="wait until it is done, or choose another output name") from None
    try:
        flags = "use_metadata_tags+faststart" if metadata else "+faststart"
        with av.open(str(partial), mode="w", format="mp4", options={"movflags": flags}) as dst, \
                av.open(str(audio_track)) as sound:
            if metadata:
                dst.metadata.update(metadata)
            with av.open(str(segments[0])) as src0:
                template = src0.streams.video[0]
                first_extra = template.codec_context.extradata
                video = dst.add_stream_from_template(template)
            a_src = sound.streams.audio[0]
            a_dst = dst.add_stream_from_template(a_src)
            a_packets = (p for p in sound.demux(a_src) if p.dts is not None)
            pending = next(a_packets, None)
            frames_before = 0
            # The film decodes as one encode would: packet k (in decoding order) at k - delay frame times, where
            # delay is the longest B-frame run-up of any piece (x264 decodes a piece's first frames up to two
            # frame times before its first picture; a piece of one or two frames has none). Each piece's own
            # decode times, shifted, went back in time after a short piece (the muxer refused: "Invalid
            # argument"), and a short last piece made the track's sample table two frames longer than the film.
            known = list(delays) if delays is not None else [None] * len(segments)
            delay = max(segment_decode_delay(path, fps) if d is None else d
                        for path, d in zip(segments, known, strict=True))
            # audio packet k goes before the end of a piece of f frames when dts_k * a_tb < f / fps, in integers
            a_tb = a_src.time_base
            a_scale, f_scale = a_tb.numerator * fps.numerator, a_tb.denominator * fps.denominator
            for path in segments:
                with av.open(str(path)) as src:
                    stream = src.streams.video[0]
                    if stream.codec_context.extradata != first_extra:
                        raise RenderError(f"the film piece {path.name} was encoded with other settings",
                                          hint="clear the cache (autark cache DIR --clear) and render again")
                    tb = stream.time_base
                    frame_ticks = 1 / fps / tb  # one frame in the piece's time base (exact: a Fraction)
                    shift = int(round(frames_before * frame_ticks))
                    # a whole number of ticks a frame (x264 at 30 fps: 512 of 1/15360 s) needs no Fractions
                    whole = int(frame_ticks) if frame_ticks.denominator == 1 else None
                    for packet in src.demux(stream):
                        if packet.dts is None:
                            continue  # the demuxer's flush packet
                        packet.pts = None if packet.pts is None else packet.pts + shift
                        packet.dts = ((frames_before - delay) * whole if whole is not None
                                      else int(round((frames_before - delay) * frame_ticks)))
                        packet.stream = video
                        dst.mux(packet)
                        frames_before += 1
                # the sound up to the end of this piece, so the two streams interleave in the file
                until = frames_before * f_scale
                while pending is not None and pending.dts * a_scale < until:
                    pending.stream = a_dst
                    dst.mux(pending)
                    pending = next(a_packets, None)
            while pending is not None:
                pending.stream = a_dst
                dst.mux(pending)
                pending = next(a_packets, None)
        os.replace(partial, out)
    except av.FFmpegError as exc:
        partial.unlink(missing_ok=True)
        raise RenderError(f"joining the film's pieces failed: {exc}") from exc
    except OSError as exc:
        partial.unlink(missing_ok=True)
        raise ProjectError(f"cannot write {out}: {exc.strerror or exc}", hint="check free disk space") from exc
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
    finally:
        release(lock)
    return out


def segment_decode_delay(path: Path, fps: Fraction | int) -> int:
    """How many frame times before its first picture a segment decodes its first frame (its B-frame run-up)."""
    import av

    with av.open(str(path)) as src:
        stream = src.streams.video[0]
        for packet in src.demux(stream):
            if packet.dts is not None and packet.pts is not None:
                return max(0, int(round((packet.pts - packet.dts) * stream.time_base * fps)))
    return 0


def _feed_audio(dst: Any, stream: Any, audio: AudioLike | None, available: int, start: int, until: int,
                rate: int, *, final: bool) -> int:
    """Encode the audio from sample ``start`` in 1024-sample chunks up to ``until`` (whole chunks unless
    ``final``); returns the next sample to encode."""
    import av

    while start < until:
        n = min(AUDIO_CHUNK_SAMPLES, until - start)
        if n < AUDIO_CHUNK_SAMPLES and not final:
            break
        chunk = np.zeros((2, n), np.float32) if audio is None else _audio_chunk(audio, start, n, available)
        frame = av.AudioFrame.from_ndarray(chunk, format="fltp", layout="stereo")
        frame.sample_rate = rate
        frame.pts = start
        frame.time_base = Fraction(1, rate)
        dst.mux(stream.encode(frame))
        start += n
    return start
