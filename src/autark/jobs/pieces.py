"""A film's frames in pieces, each keyed by a hash of exactly what can change its frames.

A piece is a run of frames ``[start, stop)`` encoded on its own (it starts on a key frame), so it can be
cached, re-used and joined to its neighbours without re-encoding (``autark.compose.segments``). Pieces end
at every hard cut (a segment or shot that begins with a cut: the picture changes completely there, so a key
frame costs nothing) and long shots are split further into pieces of at most ``piece_s`` seconds, so an edit
in the middle of a long shot (a line said differently) re-renders seconds, not the whole shot. Cross-fades
are never split (both sides are in one piece).

Shorter pieces where lines are said were tried and do not pay. A changed line changes the frames from its start
to the later of its old and new ends (the speaker's jaw follows the voice, the head nods with it); with pieces
of a third of a second for 3 s after each line's start (placed by starts only, so the pieces after the old end
come back from the cache) a changed line of the 16-second benchmark film re-rendered 50 frames instead of 60,
yet its CPU time stayed 1.41 s (6 edits each, interleaved): every piece costs about what 10 frames do (its
encoder's start, a cache entry, the report decoding it), and the film grew 6% with the extra key frames.

The key of a piece (:func:`piece_key`) hashes the engine (autark's version and the sources of every package
that draws a frame), the frame size, rate, quality, render settings, burned subtitles that overlap it, and
the content of its frames: for a card its text and fades, for a scene a canonical *slice* of the scene
(:func:`scene_slice`): everything static, and only the timeline items that can reach the piece's time range.
The slice errs on the side of too much: a stale piece must never be used (the tests compare decoded frames
of a cached film with a fresh one).
"""

from __future__ import annotations

import functools
import hashlib
import math
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from autark.jobs.cache import content_key
from autark.jobs.slices import scene_slice

if TYPE_CHECKING:
    from autark.compose import Cue
    from autark.jobs.film import FilmOptions, Segment

__all__ = ["PIECE_S", "Piece", "engine_fingerprint", "piece_key", "scene_slice", "split_pieces"]

PIECE_S = 1.0  # longest piece: a line said differently re-renders about its own length plus a second
KEY_VERSION = 1  # bump when the slice below changes meaning
# the packages whose code draws a frame; a change to any file in them changes every key
_ENGINE_PACKAGES = ("scene", "assets", "motion", "cinema", "render", "compose")
_ENGINE_FILES = ("jobs/film.py", "jobs/film_frames.py", "jobs/pieces.py", "jobs/slices.py", "config.py", "limits.py")


@dataclass(frozen=True)
class Piece:
    index: int
    start: int  # first frame (film frame index)
    stop: int  # one past the last frame
    key: str = ""

    @property
    def n_frames(self) -> int:
        return self.stop - self.start


def _first_frame_at(t: float, fps: int) -> int:
    """The first frame whose time is at or after ``t`` (the renderers pick a segment the same way)."""
    return max(0, math.ceil(t * fps - 1e-6))


def split_pieces(segments: Sequence[Segment], fps: int, n_frames: int, piece_s: float = PIECE_S) -> list[Piece]:
    """The film's pieces, in order, covering frames 0..n_frames (keys not yet filled in)."""
    from autark.jobs.film import CROSSFADE_S, SceneSegment, segment_starts

    hard: set[int] = set()
    fades: list[tuple[float, float]] = []  # film times no boundary may fall into
    for seg, start in zip(segments, segment_starts(segments), strict=True):
        if seg.transition == "cut":
            hard.add(_first_frame_at(start, fps))
        else:
            fades.append((start - CROSSFADE_S / 2, start + CROSSFADE_S / 2))
        if isinstance(seg, SceneSegment):
            for shot in seg.scene.timeline.shots:
                at = start + shot.start_s - seg.from_s
                if not start < at < start + seg.duration_s:
                    continue
                if shot.transition == "cut":
                    hard.add(_first_frame_at(at, fps))
                else:
                    fades.append((at - CROSSFADE_S / 2, at + CROSSFADE_S / 2))

    def in_fade(frame: int) -> bool:
        t = frame / fps
        return any(a - 1.0 / fps <= t <= b + 1.0 / fps for a, b in fades)

    bounds = sorted({b for b in hard if 0 < b < n_frames})
    edges = [0, *bounds, n_frames]
    longest = max(1, round(piece_s * fps))
    out: list[int] = [0]
    for a, b in zip(edges, edges[1:], strict=False):
        parts = max(1, math.ceil((b - a) / longest))
        for k in range(1, parts):
            cut = a + round(k * (b - a) / parts)
            if not in_fade(cut) and cut > out[-1]:
                out.append(cut)
        if b > out[-1]:
            out.append(b)
    return [Piece(i, s, e) for i, (s, e) in enumerate(zip(out, out[1:], strict=False))]


# -- keys ------------------------------------------------------------------------------------------------------
@functools.cache
def engine_fingerprint() -> str:
    """A hash of autark's version, the libraries that draw and encode, and every source file that draws."""
    import importlib.metadata as md

    root = Path(__file__).resolve().parent.parent  # the autark package
    digest = hashlib.sha256()
    for lib in ("autark", "numpy", "moderngl", "av", "Pillow"):
        try:
            digest.update(f"{lib}={md.version(lib)}".encode())
        except md.PackageNotFoundError:
            digest.update(f"{lib}=none".encode())
    files = [root / f for f in _ENGINE_FILES]
    for pkg in _ENGINE_PACKAGES:
        files += sorted(p for p in (root / pkg).rglob("*") if p.suffix in (".py", ".glsl", ".yaml", ".json"))
    for path in files:
        if path.is_file():
            digest.update(str(path.relative_to(root)).encode())
            digest.update(hashlib.sha256(path.read_bytes()).digest())
    return digest.hexdigest()


def piece_key(piece: Piece, segments: Sequence[Segment], options: FilmOptions, width: int, height: int,
              cues: Sequence[Cue] | None) -> str:
    """The sha256 of everything that makes ``piece``'s encoded frames (see the module's docstring)."""
    from autark.jobs.film import CROSSFADE_S, CardSegment, SceneSegment, segment_starts

    fps = options.fps
    t_first, t_last = piece.start / fps, (piece.stop - 1) / fps
    parts: list[Any] = []
    starts = segment_starts(segments)
    for k, (seg, start) in enumerate(zip(segments, starts, strict=True)):
        end = start + seg.duration_s
        # a segment shows beyond its own time only in a cross-fade with its neighbour
        fade_in = seg.transition == "crossfade"
        fade_out = k + 1 < len(segments) and segments[k + 1].transition == "crossfade"
        if (end + (CROSSFADE_S / 2 if fade_out else 0.0) <= t_first
                or start - (CROSSFADE_S / 2 if fade_in else 0.0) > t_last):
            continue
        item: dict[str, Any] = {"k": k, "start_s": start, "duration_s": seg.duration_s,
                                "transition": seg.transition,
                                "next": segments[k + 1].transition if k + 1 < len(segments) else None,
                                "prev_kind": type(segments[k - 1]).__name__ if k else None}
        if isinstance(seg, CardSegment):
            item |= {"card": seg.text, "subtitle": seg.subtitle}
        elif isinstance(seg, SceneSegment):
            local0 = t_first - start + seg.from_s
            local1 = t_last - start + seg.from_s
            item |= {"from_s": seg.from_s, "scene": scene_slice(seg.scene, local0, local1)}
        parts.append(item)
    burned = []
    if options.burn_subtitles and cues:
        burned = [[c.start_s, c.end_s, c.text] for c in cues
                  if c.start_s <= t_last + 1.0 and c.end_s >= t_first - 1.0]
    doc = {"v": KEY_VERSION, "engine": engine_fingerprint(), "size": [width, height], "fps": fps,
           "quality": options.quality, "render": options.render_settings(), "frames": [piece.start, piece.stop],
           "burned": burned, "segments": parts,
           "ai_mark": bool(getattr(getattr(options, "provenance", None), "mark", False))}
    return content_key(doc)
