"""What a film shows and sounds like, measured by decoding it: any MP4 (or other file PyAV reads), made by
autark or not.

    video, audio = measure_film("film.mp4", thumbnail_frames=[45, 130])

One pass over the video keeps a few numbers per frame, taken from a small copy of its luma plane (a box
average to about :data:`ANALYSIS_WIDTH` pixels wide, so the cost per frame is the decoder's plus ~0.15 ms at
720p): mean luminance, the 99th percentile (is anything lit?), the mean absolute difference to the frame
before, and the share of pixels that changed visibly. Luminance is full range, 0 (black) to 255 (white),
whatever range the file was coded in. One pass over the audio gives integrated loudness (BS.1770, the mixer's
meter) and the 4x oversampled true peak, block by block through a scratch file, so a long film costs no
memory. :mod:`autark.jobs.report` turns these numbers into shots, measures and statuses.
"""

from __future__ import annotations

import io
import os
from collections.abc import Iterable
from dataclasses import dataclass, field
from fractions import Fraction
from pathlib import Path

import numpy as np

from autark.errors import ProjectError, UserInputError

__all__ = ["ANALYSIS_WIDTH", "AudioTrack", "FrameMeasures", "VideoTrack", "jpeg", "measure_audio", "measure_film", "measure_video"]

# A frame is measured at about this width (a box average of its luma plane by a whole factor): wide enough
# that a subject of 2% of the frame still changes whole pixels, small enough that the measures cost ~0.2 ms.
ANALYSIS_WIDTH = 160
# A pixel "changed" between two frames when its luma moved by more than this (0..255): above what the
# encoder's noise does to an unchanged picture at autark's preview quality (crf 23), measured on the box-
# averaged copy.
CHANGED_LEVELS = 6
THUMBNAIL_WIDTH = 240
# Without a shot list, a thumbnail is kept every this many seconds and each shot shows the one nearest its
# middle.
THUMBNAIL_EVERY_S = 0.5
MAX_THUMBNAILS = 2000
_Y_PLANE_FORMATS = {"yuv420p", "yuvj420p", "yuv422p", "yuvj422p", "yuv444p", "yuvj444p", "nv12", "nv21",
                    "yuv411p", "yuv410p", "yuv440p", "gray"}


@dataclass
class VideoTrack:
    """Per frame (arrays of ``n_frames``): what the decoded picture shows."""

    codec: str
    width: int
    height: int
    fps: Fraction
    time_s: np.ndarray  # presentation time of each frame, from the file's start
    luma: np.ndarray  # mean luminance 0..255
    peak: np.ndarray  # 99th percentile of luminance 0..255
    diff: np.ndarray  # mean |luma - luma of the frame before| 0..255 (0 for the first frame)
    changed: np.ndarray  # share of pixels whose luma moved by more than CHANGED_LEVELS since the frame before
    thumbnails: dict[int, bytes] = field(default_factory=dict)  # frame index -> JPEG
    # with ``measure_video(edges=True)``: the first and last frames' small luma (int16, coded levels) and the
    # scale to full range, so pieces measured apart join into the film's measures (autark.jobs.report_pieces)
    edges: tuple[np.ndarray, np.ndarray, float] | None = None

    @property
    def n_frames(self) -> int:
        return int(self.luma.shape[0])

    @property
    def start_s(self) -> float:
        return float(self.time_s[0]) if self.n_frames else 0.0

    @property
    def duration_s(self) -> float:
        """From the first frame's start to the last frame's end (one frame interval after its start)."""
        return self.n_frames / float(self.fps) if self.n_frames else 0.0


@dataclass
class AudioTrack:
    codec: str
    sample_rate_hz: int
    channels: int
    n_samples: int
    start_s: float
    loudness_lufs: float  # integrated, BS.1770 gated; -inf for silence
    true_peak_dbfs: float  # 4x oversampled; -inf for silence

    @property
    def duration_s(self) -> float:
        return self.n_samples / self.sample_rate_hz


def _open(path: Path):  # -> av.container.InputContainer
    import av

    if not path.is_file():
        raise UserInputError(f"there is no film {path}", hint="give the path of an MP4 file")
    try:
        return av.open(str(path))
    except (av.FFmpegError, UnicodeDecodeError) as exc:
        raise ProjectError(f"{path.name} is not a film autark can read: {exc}",
                           hint="check the file is a complete MP4 (H.264/AAC or any codec FFmpeg decodes)") from None


def jpeg(image: object, width: int = THUMBNAIL_WIDTH) -> bytes:
    """A PIL image as JPEG bytes, ``width`` pixels wide (a thumbnail for the report)."""
    from PIL import Image

    assert isinstance(image, Image.Image)  # noqa: S101 - internal helper
    height = max(2, round(image.height * width / max(1, image.width)))
    buf = io.BytesIO()
    image.convert("RGB").resize((width, height), Image.Resampling.BILINEAR).save(buf, format="JPEG", quality=82)
    return buf.getvalue()


class _Luma:
    """A frame's luma as a small uint8 image (the Y plane box-averaged by a whole factor) and the scale and
    offset that take its values to full range (MPEG "limited" range codes black as 16 and white as 235)."""

    def __init__(self, frame: object) -> None:
        self.factor = max(1, round(frame.width / ANALYSIS_WIDTH))  # type: ignore[attr-defined]
        name = frame.format.name  # type: ignore[attr-defined]
        self.direct = name in _Y_PLANE_FORMATS
        full = name.startswith("yuvj") or name == "gray" or int(getattr(frame, "color_range", 0) or 0) == 2
        self.scale, self.offset = (1.0, 0.0) if full or not self.direct else (255.0 / 219.0, -16.0)
        self._reformatter = None

    def full(self, value: float) -> float:
        """A mean or percentile of the coded values in full range, 0..255."""
        return min(255.0, max(0.0, (value + self.offset) * self.scale))

    def __call__(self, frame: object) -> np.ndarray:
        from PIL import Image

        w, h = frame.width, frame.height  # type: ignore[attr-defined]
        if self.direct:
            plane = frame.planes[0]  # type: ignore[attr-defined]
            if self.factor >= 4 and self.factor % 2 == 0:
                # every other pixel of every other row, then the box average: a quarter of the pixels in each
                # block is plenty for these statistics and halves the cost at 720p (~0.1 ms a frame)
                y = np.frombuffer(plane, np.uint8).reshape(h, plane.line_size)[:h // 2 * 2:2, :w // 2 * 2:2]
                return np.asarray(Image.fromarray(np.ascontiguousarray(y)).reduce(self.factor // 2))
            image = Image.frombuffer("L", (plane.line_size, h), plane, "raw", "L", 0, 1)
            small = image.reduce(self.factor, box=(0, 0, w, h)) if self.factor > 1 else image.crop((0, 0, w, h))
            return np.asarray(small)
        # 10-bit, RGB or other layouts: swscale gives full-range grey at the analysis size
        import av

        if self._reformatter is None:
            self._reformatter = av.video.reformatter.VideoReformatter()
        grey = self._reformatter.reformat(frame, width=max(2, w // self.factor), height=max(2, h // self.factor),
                                          format="gray")
        return grey.to_ndarray()


class FrameMeasures:
    """The per-frame measures of :func:`measure_video`, taken one frame at a time from any yuv or RGB
    ``av.VideoFrame``: from a decoded film, or from the frames on their way into the encoder, so that the film
    report of a film just made need not decode it again (``autark.jobs.film``). ``add`` each frame in order,
    then ``track``. Thumbnails are kept for ``thumbnail_frames`` when given, else every ``every`` frames."""

    def __init__(self, thumbnail_frames: Iterable[int] | None = None, every: int = 1) -> None:
        self.wanted = None if thumbnail_frames is None else set(thumbnail_frames)
        self.every = max(1, every)
        self.times: list[float] = []
        self.luma: list[float] = []
        self.peak: list[float] = []
        self.diff: list[float] = []
        self.changed: list[float] = []
        self.thumbs: dict[int, bytes] = {}
        self.reader: _Luma | None = None
        self.prev: np.ndarray | None = None
        self.first: np.ndarray | None = None
        self._step = 0.0

    def add(self, frame: object, time_s: float) -> None:
        """Measure the next frame, shown at ``time_s``."""
        index = len(self.luma)
        if self.reader is None:
            self.reader = _Luma(frame)
            self._step = CHANGED_LEVELS / self.reader.scale  # in coded levels
        reader = self.reader
        y = reader(frame)
        self.times.append(time_s)
        hist = np.bincount(y.ravel(), minlength=256)
        self.luma.append(reader.full(float(hist @ np.arange(hist.size)) / y.size))
        self.peak.append(reader.full(float(np.searchsorted(np.cumsum(hist), 0.99 * y.size))))
        y16 = y.astype(np.int16)
        if self.prev is None or self.prev.shape != y16.shape:
            self.diff.append(0.0)
            self.changed.append(1.0)
        else:
            d = np.abs(y16 - self.prev)
            self.diff.append(float(d.mean()) * reader.scale)
            self.changed.append(float(np.count_nonzero(d > self._step)) / d.size)
        self.prev = y16
        if self.first is None:
            self.first = y16
        if (index in self.wanted) if self.wanted is not None else index % self.every == 0:
            # scaled by swscale before it becomes RGB: a fifth of the cost of a full-size picture
            width, height = frame.width, frame.height  # type: ignore[attr-defined]
            size = (THUMBNAIL_WIDTH, max(2, round(height * THUMBNAIL_WIDTH / width)))
            self.thumbs[index] = jpeg(frame.reformat(width=size[0], height=size[1],  # type: ignore[attr-defined]
                                                     format="rgb24", interpolation="AREA").to_image())

    def track(self, codec: str, width: int, height: int, fps: Fraction, edges: bool = False) -> VideoTrack:
        """The measures so far as a :class:`VideoTrack` (times from the first frame's)."""
        t = np.asarray(self.times, dtype=np.float64)
        if t.size:
            t -= t[0] if np.isfinite(t[0]) else 0.0
        kept = None
        if edges and self.first is not None and self.prev is not None and self.reader is not None:
            kept = (self.first, self.prev, self.reader.scale)
        return VideoTrack(codec=codec, width=width, height=height, fps=fps, time_s=t,
                          luma=np.asarray(self.luma, np.float32), peak=np.asarray(self.peak, np.float32),
                          diff=np.asarray(self.diff, np.float32), changed=np.asarray(self.changed, np.float32),
                          thumbnails=self.thumbs, edges=kept)


def measure_video(path: str | os.PathLike[str], *, thumbnail_frames: Iterable[int] | None = None,
                  thumbnail_every_s: float = THUMBNAIL_EVERY_S, edges: bool = False) -> VideoTrack:
    """Decode the first video stream of ``path`` and measure every frame (see the module's docstring).

    Thumbnails (JPEG, :data:`THUMBNAIL_WIDTH` wide) are kept for ``thumbnail_frames`` when given, else every
    ``thumbnail_every_s`` seconds. Raises :class:`UserInputError` for a missing file, :class:`ProjectError` for
    one that cannot be decoded or has no video.
    """
    import av

    path = Path(path)
    with _open(path) as container:
        if not container.streams.video:
            raise ProjectError(f"{path.name} has no video stream", hint="autark check measures films")
        stream = container.streams.video[0]
        # PyAV's default slice threads: one thread for x264's single-slice frames. Frame threads decode 720p up
        # to ~20% faster on an idle machine but cost ~25% more CPU; on the shared 2-core machine (load 4-5) one
        # thread was as fast in wall time and cheaper, and the sound is measured on another thread meanwhile.
        # Without the deblocking filter H.264 decodes ~15% faster; it moves pixels by ~0.1 level on average,
        # far below any threshold here
        stream.codec_context.options = {"skip_loop_filter": "all"}
        rate = stream.average_rate or stream.guessed_rate or Fraction(30)
        fps = Fraction(rate).limit_denominator(1001)
        # at most MAX_THUMBNAILS kept (~5 kB each), however long the film
        every = max(1, round(thumbnail_every_s * float(fps)), int(stream.frames or 0) // MAX_THUMBNAILS + 1)
        measures = FrameMeasures(thumbnail_frames, every)
        try:
            for index, frame in enumerate(container.decode(stream)):
                measures.add(frame, float(frame.time) if frame.time is not None else index / float(fps))
        except av.FFmpegError as exc:
            raise ProjectError(f"{path.name} cannot be decoded after frame {len(measures.luma)}: {exc}",
                               hint="the file may be truncated; render it again") from None
        codec = stream.codec_context.name
        width, height = stream.codec_context.width, stream.codec_context.height
    return measures.track(codec, width, height, fps, edges)


def measure_audio(path: str | os.PathLike[str]) -> AudioTrack | None:
    """Loudness and true peak of the first audio stream of ``path`` (None when it has none).

    The decoded samples stream through a raw float32 scratch file (``autark.leftovers.work_dir``) that the
    mixer's loudness meter reads block by block; the true peak is taken per block with a margin, so blocks
    join into the whole signal's peak."""
    import av

    from autark.audio import PcmWriter, loudness_lufs, true_peak_dbfs
    from autark.audio.pcm import BLOCK_SAMPLES
    from autark.leftovers import work_dir

    path = Path(path)
    with _open(path) as container:
        if not container.streams.audio:
            return None
        stream = container.streams.audio[0]
        codec = stream.codec_context.name
        rate = int(stream.codec_context.sample_rate or stream.rate or 0)
        channels = max(1, int(stream.codec_context.channels))
        start_s = float(stream.start_time * stream.time_base) if stream.start_time is not None else 0.0
        with work_dir("autark-check-") as work:
            with PcmWriter(work / "audio.f32", channels, rate) as writer:
                try:
                    for frame in container.decode(stream):
                        samples = frame.to_ndarray()
                        if not frame.format.is_planar:  # interleaved: (1, n * channels)
                            samples = samples.reshape(-1, channels).T
                        if samples.dtype.kind in "iu":
                            samples = samples.astype(np.float32) / float(np.iinfo(samples.dtype).max)
                        writer.write(np.ascontiguousarray(samples.T, dtype=np.float32))
                except av.FFmpegError as exc:
                    raise ProjectError(f"the audio of {path.name} cannot be decoded: {exc}",
                                       hint="the file may be truncated; render it again") from None
            pcm = writer.result()
            try:
                n = pcm.n_samples
                lufs = loudness_lufs(pcm) if rate and rate % 10 == 0 else float("nan")
                peak = float("-inf")
                margin = 64  # the oversampling filter's reach, so block edges see their neighbours
                for a in range(0, n, BLOCK_SAMPLES):
                    block = pcm.read(max(0, a - margin), BLOCK_SAMPLES + 2 * margin)
                    peak = max(peak, true_peak_dbfs(block))
            finally:
                pcm.close()
    return AudioTrack(codec=codec, sample_rate_hz=rate, channels=channels, n_samples=n, start_s=start_s,
                      loudness_lufs=float(lufs), true_peak_dbfs=float(peak))


def measure_film(path: str | os.PathLike[str], *, thumbnail_frames: Iterable[int] | None = None
                 ) -> tuple[VideoTrack, AudioTrack | None]:
    """:func:`measure_video` and :func:`measure_audio` of one file."""
    return measure_video(path, thumbnail_frames=thumbnail_frames), measure_audio(path)
