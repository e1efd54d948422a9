"""Subtitles: cues, SRT files and burned-in captions drawn with Pillow.

A :class:`Cue` is a span of film time with a line of dialogue. ``write_srt`` writes the sidecar file that
players show on demand; :class:`SubtitleBurner` paints the same cues into the frames themselves (white text
with a dark outline, bottom-centre) for players and sites that ignore sidecar files.
"""

from __future__ import annotations

import functools
import math
import os
import re
import textwrap
from collections.abc import Sequence
from dataclasses import dataclass
from fractions import Fraction
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np

from autark.errors import ProjectError, UserInputError

if TYPE_CHECKING:
    from PIL import ImageFont

__all__ = ["Cue", "SubtitleBurner", "format_srt_time", "line_cues", "read_srt", "readable_cues", "validate_cues",
           "wrap_cue_text", "write_srt"]

#: Netflix-style limits: 42 characters a line, at most two lines on screen.
MAX_LINE_CHARS = 42
MAX_LINES = 2
#: Reading speed a cue is held on screen for where the next cue leaves room (the usual guides say 17 at most).
READING_CHARS_PER_S = 15.0

# Debian's DejaVu is the legible choice when present; Pillow's built-in scalable font is the fallback,
# so nothing is ever downloaded.
_FONT_DIRS = ("/usr/share/fonts/truetype/dejavu", "/usr/share/fonts/dejavu", "/usr/local/share/fonts")


@dataclass(frozen=True)
class Cue:
    """One subtitle: ``text`` is shown from ``start_s`` (inclusive) to ``end_s`` (exclusive), in seconds."""

    start_s: float
    end_s: float
    text: str

    def active_at(self, t_s: float) -> bool:
        return self.start_s <= t_s < self.end_s


def validate_cues(cues: list[Cue]) -> None:
    """Raise :class:`UserInputError` for a cue with a negative, empty or reversed time span or no text."""
    for index, cue in enumerate(cues, start=1):
        if not (math.isfinite(cue.start_s) and math.isfinite(cue.end_s)) or cue.start_s < 0:
            raise UserInputError(f"subtitle {index} starts at {cue.start_s} s, which is not a time in the film",
                                 hint="use a start time of 0 s or later")
        if cue.end_s <= cue.start_s:
            raise UserInputError(f"subtitle {index} ends at {cue.end_s} s, not after its start at {cue.start_s} s",
                                 hint="make end_s larger than start_s")
        if not cue.text.strip():
            raise UserInputError(f"subtitle {index} has no text", hint="remove the cue or give it words")


def format_srt_time(t_s: float) -> str:
    """``HH:MM:SS,mmm`` as SRT wants it, rounded to the nearest millisecond."""
    total_ms = int(round(t_s * 1000))
    hours, rest = divmod(total_ms, 3_600_000)
    minutes, rest = divmod(rest, 60_000)
    seconds, millis = divmod(rest, 1000)
    return f"{hours:02d}:{minutes:02d}:{seconds:02d},{millis:03d}"


def wrap_cue_text(text: str, width: int = MAX_LINE_CHARS, max_lines: int = MAX_LINES) -> list[str]:
    """Wrap ``text`` to lines of at most ``width`` characters, at most ``max_lines`` of them.

    Text that does not fit is shortened with an ellipsis rather than overflowing the screen; the screenplay
    layer is expected to split long speeches into several cues.
    """
    words = " ".join(text.split())
    lines = textwrap.wrap(words, width=width, break_long_words=True)
    if len(lines) <= max_lines:
        return lines
    kept = lines[:max_lines]
    kept[-1] = textwrap.shorten(kept[-1] + " " + " ".join(lines[max_lines:]), width=width, placeholder="…")
    return kept


def line_cues(text: str, start_s: float, end_s: float, words: Sequence[tuple[str, float, float]] = (),
              width: int = MAX_LINE_CHARS, max_lines: int = MAX_LINES) -> list[Cue]:
    """The cues of one spoken line heard from ``start_s`` to ``end_s`` (film time). A line that fits
    ``max_lines`` lines of ``width`` characters is one cue; a longer one is split at word boundaries into
    pieces that fit, each shown from when its first word is said (``words``: (word, start, end) in the
    line's own time, one per word of ``text``) until the next piece begins. Without matching word times a
    piece's time is its share of the line's characters."""
    tokens = text.split()
    if not tokens or len(textwrap.wrap(" ".join(tokens), width=width)) <= max_lines:
        return [Cue(start_s, end_s, " ".join(tokens) or text)]
    pieces: list[list[int]] = [[]]
    for i in range(len(tokens)):
        trial = " ".join(tokens[k] for k in [*pieces[-1], i])
        if pieces[-1] and len(textwrap.wrap(trial, width=width)) > max_lines:
            pieces.append([])
        pieces[-1].append(i)
    if len(words) == len(tokens):
        starts = [start_s + float(words[p[0]][1]) for p in pieces]
    else:
        chars = np.cumsum([0] + [len(t) + 1 for t in tokens])
        starts = [start_s + (end_s - start_s) * float(chars[p[0]]) / float(chars[-1]) for p in pieces]
    starts[0] = start_s
    ends = [*starts[1:], end_s]
    return [Cue(a, b, " ".join(tokens[k] for k in p)) for p, a, b in zip(pieces, starts, ends, strict=True)
            if b > a]


def readable_cues(cues: Sequence[Cue], end_s: float, chars_per_s: float = READING_CHARS_PER_S,
                  gap_s: float = 0.1) -> list[Cue]:
    """``cues`` sorted by start, each held on screen long enough to read at ``chars_per_s`` where the next
    cue (``gap_s`` before it) and the film's end ``end_s`` leave room: a quick speaker's short line stays up
    after the words are said. A cue is never shortened."""
    ordered = sorted(cues, key=lambda c: c.start_s)
    out = []
    for i, cue in enumerate(ordered):
        limit = ordered[i + 1].start_s - gap_s if i + 1 < len(ordered) else end_s
        want = cue.start_s + len(" ".join(cue.text.split())) / chars_per_s
        out.append(Cue(cue.start_s, max(cue.end_s, min(want, limit)), cue.text))
    return out


def write_srt(cues: list[Cue], path: str | os.PathLike[str]) -> Path:
    """Write ``cues`` as an SRT file (numbered from 1, sorted by start time, UTF-8) and return its path."""
    validate_cues(cues)
    out = Path(path)
    blocks = []
    for number, cue in enumerate(sorted(cues, key=lambda c: (c.start_s, c.end_s)), start=1):
        lines = "\n".join(wrap_cue_text(cue.text))
        blocks.append(f"{number}\n{format_srt_time(cue.start_s)} --> {format_srt_time(cue.end_s)}\n{lines}\n")
    try:
        out.write_text("\n".join(blocks), encoding="utf-8")
    except OSError as exc:
        raise ProjectError(f"cannot write subtitles to {out}: {exc.strerror}",
                           hint="check that the folder exists and is writable") from exc
    return out


_SRT_TIME = re.compile(r"(\d+):(\d{1,2}):(\d{1,2})[,.](\d{1,3})\s*-->\s*(\d+):(\d{1,2}):(\d{1,2})[,.](\d{1,3})")
_SRT_TAG = re.compile(r"<[^>]*>|\{\\[^}]*\}")  # <i>, </font>, {\an8}: styling, not text


def read_srt(path: str | os.PathLike[str]) -> list[Cue]:
    """The cues of an SRT file (any player's: a BOM, ``.`` for ``,``, styling tags and a missing number are
    taken), sorted by start. A cue's text keeps its line breaks as ``\\n``, as it is shown. A block without a
    time line is skipped; a file that is not text raises :class:`ProjectError`."""
    try:
        raw = Path(path).read_bytes()
    except OSError as exc:
        raise ProjectError(f"cannot read subtitles {path}: {exc.strerror}") from None
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = raw.decode("latin-1")
    cues = []
    for block in re.split(r"\n\s*\n", text.replace("\r\n", "\n").replace("\r", "\n")):
        lines = block.strip("\n").split("\n")
        for i, line in enumerate(lines[:2]):
            m = _SRT_TIME.search(line)
            if m:
                v = [int(x) for x in m.groups()]
                start = v[0] * 3600 + v[1] * 60 + v[2] + int(m.group(4).ljust(3, "0")) / 1000
                end = v[4] * 3600 + v[5] * 60 + v[6] + int(m.group(8).ljust(3, "0")) / 1000
                shown = [_SRT_TAG.sub("", t).strip() for t in lines[i + 1:]]
                cues.append(Cue(start, end, "\n".join(t for t in shown if t)))
                break
    return sorted(cues, key=lambda c: (c.start_s, c.end_s))


@functools.lru_cache(maxsize=32)
def load_font(size_px: int, bold: bool = True) -> ImageFont.FreeTypeFont | ImageFont.ImageFont:
    """DejaVu Sans (bold by default) where Debian's fonts-dejavu is installed, else Pillow's own scalable
    font: never a download. Shared by subtitles and the film's title and end cards."""
    from PIL import ImageFont

    name = "DejaVuSans-Bold.ttf" if bold else "DejaVuSans.ttf"
    for folder in _FONT_DIRS:
        path = os.path.join(folder, name)
        if os.path.exists(path):
            return ImageFont.truetype(path, size_px)
    return ImageFont.load_default(size=size_px)


class SubtitleBurner:
    """Paints cues into RGB frames of one size.

    Each cue's caption is drawn once (RGBA band, premultiplied into a colour and an alpha array) and then
    blended into every frame of its span with numpy, so burning costs a few milliseconds a frame.
    """

    def __init__(self, cues: list[Cue], width: int, height: int, fps: Fraction) -> None:
        validate_cues(cues)
        self.cues = sorted(cues, key=lambda c: c.start_s)
        self.width = width
        self.height = height
        self.fps = Fraction(fps)
        # Text height scales with the frame so captions read the same at 360p and 1080p.
        self.font_size_px = max(10, round(height * 0.055))
        self.margin_px = max(4, round(height * 0.06))
        self._cache: dict[int, tuple[int, np.ndarray, np.ndarray]] = {}

    def cue_indices_at(self, frame_index: int) -> list[int]:
        # A frame shows the film at its start time; the cue covers [start, end).
        t_s = float(Fraction(frame_index) / self.fps)
        return [i for i, cue in enumerate(self.cues) if cue.active_at(t_s)]

    def _overlay(self, cue_index: int) -> tuple[int, np.ndarray, np.ndarray]:
        cached = self._cache.get(cue_index)
        if cached is not None:
            return cached
        from PIL import Image, ImageDraw

        text = "\n".join(wrap_cue_text(self.cues[cue_index].text))
        probe = ImageDraw.Draw(Image.new("L", (1, 1)))
        size_px = self.font_size_px
        while True:
            # Shrink the font until 42 characters fit in 94% of the width (narrow or portrait frames).
            font = load_font(size_px)
            stroke = max(1, size_px // 12)
            left, top, right, bottom = probe.multiline_textbbox((0, 0), text, font=font, align="center",
                                                                stroke_width=stroke)
            if right - left <= 0.94 * self.width or size_px <= 8:
                break
            size_px = max(8, int(size_px * 0.9))
        band_h = min(self.height, bottom - top + 2 * stroke + 2)
        band = Image.new("RGBA", (self.width, band_h), (0, 0, 0, 0))
        draw = ImageDraw.Draw(band)
        x = (self.width - (right - left)) / 2 - left
        # A drop shadow first, then white text with a black outline: legible on any background.
        shadow = max(1, stroke)
        draw.multiline_text((x + shadow, -top + stroke + shadow), text, font=font, fill=(0, 0, 0, 160),
                            align="center", stroke_width=stroke, stroke_fill=(0, 0, 0, 160))
        draw.multiline_text((x, -top + stroke), text, font=font, fill=(255, 255, 255, 255), align="center",
                            stroke_width=stroke, stroke_fill=(0, 0, 0, 255))
        rgba = np.asarray(band, dtype=np.float32)
        alpha = rgba[:, :, 3:4] / 255.0
        premultiplied = rgba[:, :, :3] * alpha
        y0 = max(0, self.height - self.margin_px - band_h)
        overlay = (y0, premultiplied, alpha)
        self._cache[cue_index] = overlay
        return overlay

    def burn(self, frame: np.ndarray, frame_index: int) -> np.ndarray:
        """Return ``frame`` with the captions active at ``frame_index``; the input array is never changed."""
        indices = self.cue_indices_at(frame_index)
        if not indices:
            return frame
        out = frame.copy()
        for cue_index in indices:
            y0, premultiplied, alpha = self._overlay(cue_index)
            rows = out[y0:y0 + premultiplied.shape[0]]
            blended = premultiplied + rows.astype(np.float32) * (1.0 - alpha)
            rows[...] = np.clip(blended + 0.5, 0, 255).astype(np.uint8)
        return out
