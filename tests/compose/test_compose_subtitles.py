"""Subtitles: SRT text round-trips the cue times; burned-in captions appear only during their cue."""

from __future__ import annotations

import re
from fractions import Fraction
from pathlib import Path

import numpy as np
import pytest
from compose_media import FPS, H, W, decode

from autark.compose import Cue, SubtitleBurner, encode_mp4, format_srt_time, wrap_cue_text, write_srt
from autark.errors import UserInputError

_TIME = re.compile(r"^(\d\d):(\d\d):(\d\d),(\d\d\d) --> (\d\d):(\d\d):(\d\d),(\d\d\d)$")


def _parse_srt(text: str) -> list[tuple[int, float, float, list[str]]]:
    out = []
    for block in text.strip().split("\n\n"):
        lines = block.split("\n")
        m = _TIME.match(lines[1])
        assert m, lines[1]
        v = [int(g) for g in m.groups()]
        start = v[0] * 3600 + v[1] * 60 + v[2] + v[3] / 1000
        end = v[4] * 3600 + v[5] * 60 + v[6] + v[7] / 1000
        out.append((int(lines[0]), start, end, lines[2:]))
    return out


def test_srt_times_numbering_and_order(tmp_path: Path) -> None:
    cues = [Cue(3723.4567, 3725.0, "Later line."), Cue(0.0, 1.25, "Hello."), Cue(61.001, 62.5, "Mid")]
    parsed = _parse_srt(write_srt(cues, tmp_path / "f.srt").read_text(encoding="utf-8"))
    assert [p[0] for p in parsed] == [1, 2, 3]
    for (_, start, end, lines), cue in zip(parsed, sorted(cues, key=lambda c: c.start_s), strict=True):
        assert start == pytest.approx(cue.start_s, abs=0.0006)
        assert end == pytest.approx(cue.end_s, abs=0.0006)
        assert " ".join(lines) == cue.text


def test_read_srt_round_trips_and_takes_other_players_files(tmp_path: Path) -> None:
    from autark.compose import read_srt

    cues = [Cue(0.5, 1.25, "Hello."), Cue(2.0, 4.5, "A line long enough that it wraps onto a second one, as shown.")]
    back = read_srt(write_srt(cues, tmp_path / "a.srt"))
    assert [(c.start_s, c.end_s) for c in back] == [(0.5, 1.25), (2.0, 4.5)]
    assert back[1].text.split("\n") == wrap_cue_text(cues[1].text)  # the lines as they are shown
    other = tmp_path / "b.srt"
    # a BOM, CRLF, '.' for ',', styling tags, a block without its number, a block without a time line
    other.write_bytes("\ufeff2\r\n00:00:03.5 --> 00:00:05,000\r\n<i>Second</i>\r\n{\\an8}line\r\n\r\n"
                      "00:00:01,000 --> 00:00:02,000\r\nFirst\r\n\r\nnot a cue\r\n".encode())
    assert read_srt(other) == [Cue(1.0, 2.0, "First"), Cue(3.5, 5.0, "Second\nline")]


def test_srt_time_format_edges() -> None:
    assert format_srt_time(0) == "00:00:00,000"
    assert format_srt_time(59.9996) == "00:01:00,000"  # rounding carries into the minutes
    assert format_srt_time(3600 * 10 + 5.5) == "10:00:05,500"


def test_long_text_wraps_to_two_lines_of_42() -> None:
    text = "The quick brown fox jumps over the lazy dog while the cat watches from the sill."
    lines = wrap_cue_text(text)
    assert len(lines) == 2
    assert all(len(line) <= 42 for line in lines)
    assert " ".join(lines) == text
    too_long = " ".join(["word"] * 40)
    lines = wrap_cue_text(too_long)
    assert len(lines) == 2 and all(len(line) <= 42 for line in lines) and lines[-1].endswith("…")


@pytest.mark.parametrize(
    ("cue", "message"),
    [(Cue(2.0, 1.0, "x"), "not after its start"), (Cue(-1.0, 1.0, "x"), "starts at"), (Cue(0, 1, " "), "no text")],
)
def test_bad_cues_are_user_errors(tmp_path: Path, cue: Cue, message: str) -> None:
    with pytest.raises(UserInputError, match=message):
        write_srt([cue], tmp_path / "x.srt")
    assert not (tmp_path / "x.srt").exists()


def _bright_rows(frame: np.ndarray) -> np.ndarray:
    return np.nonzero((frame.min(axis=2) > 200).any(axis=1))[0]


def test_burner_draws_bottom_centre_with_outline() -> None:
    w, h = 640, 360
    burner = SubtitleBurner([Cue(0.0, 1.0, "Where is the key?")], w, h, Fraction(24))
    frame = np.full((h, w, 3), 128, np.uint8)
    out = burner.burn(frame, 0)
    assert np.array_equal(frame, np.full((h, w, 3), 128, np.uint8))  # input untouched
    white = out.min(axis=2) > 230
    dark = out.max(axis=2) < 40  # the outline, darker than the grey background
    ys, xs = np.nonzero(white)
    assert ys.min() > h * 0.8 and ys.max() < h - 5
    assert abs(xs.mean() - w / 2) < w * 0.05
    assert dark.sum() > white.sum() * 0.3


def test_burned_subtitles_only_during_the_cue(tmp_path: Path) -> None:
    cue = Cue(0.5, 1.0, "Hello there")
    frames = (np.full((H, W, 3), 20, np.uint8) for _ in range(36))
    stats = encode_mp4(frames, tmp_path / "sub.mp4", FPS, W, H, None, subtitles=[cue], burn_subtitles=True)
    decoded = decode(stats.path).frames
    for i, frame in enumerate(decoded):
        rows = _bright_rows(frame)
        t = i / 24
        if 0.5 <= t < 1.0:
            assert rows.size > 0, f"frame {i} should show the caption"
            assert rows.min() > H * 0.6, f"frame {i}: caption not in the bottom band"
        else:
            assert rows.size == 0, f"frame {i} should have no caption"


def test_subtitles_not_burned_unless_asked(tmp_path: Path) -> None:
    frames = (np.full((H, W, 3), 20, np.uint8) for _ in range(24))
    stats = encode_mp4(frames, tmp_path / "nosub.mp4", FPS, W, H, None, subtitles=[Cue(0, 1, "Hi")])
    assert all(_bright_rows(f).size == 0 for f in decode(stats.path).frames)


def test_caption_fits_a_narrow_frame() -> None:
    w, h = 240, 320
    burner = SubtitleBurner([Cue(0.0, 1.0, "A fairly long line of dialogue for a portrait frame")], w, h, Fraction(24))
    out = burner.burn(np.full((h, w, 3), 128, np.uint8), 0)
    ys, xs = np.nonzero(out.min(axis=2) > 230)
    assert xs.min() > 0 and xs.max() < w - 1  # no glyph cut off at the edges
    assert ys.min() > h * 0.6
