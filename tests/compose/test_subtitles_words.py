"""Subtitles of a spoken line timed by its word timings: a long line is split at word boundaries."""

from __future__ import annotations

import textwrap

import pytest

from autark.compose.subtitles import MAX_LINE_CHARS, MAX_LINES, line_cues

LONG = ("I baked this cake for my mother, and nobody is going to eat it before she comes home tonight, "
        "not you, not the dog, and certainly not the neighbours.")


def _words(text: str, start: float = 0.1, per_word: float = 0.3) -> list[tuple[str, float, float]]:
    return [(w, start + i * per_word, start + (i + 0.8) * per_word) for i, w in enumerate(text.split())]


def test_short_line_is_one_cue() -> None:
    cues = line_cues("Give it back!", 2.0, 3.5, _words("Give it back!"))
    assert [(c.start_s, c.end_s, c.text) for c in cues] == [(2.0, 3.5, "Give it back!")]


def test_long_line_splits_at_words_timed_by_their_start() -> None:
    words = _words(LONG)
    cues = line_cues(LONG, 10.0, 18.0, words)
    assert len(cues) >= 2
    assert " ".join(c.text for c in cues) == " ".join(LONG.split())  # no word lost, none cut
    for cue in cues:
        assert len(textwrap.wrap(cue.text, MAX_LINE_CHARS)) <= MAX_LINES  # fits the screen unshortened
    first_word = 0
    for prev, cue in zip(cues, cues[1:], strict=False):
        first_word += len(prev.text.split())
        assert cue.start_s == prev.end_s == 10.0 + words[first_word][1]  # shown when its first word is said
    assert cues[0].start_s == 10.0 and cues[-1].end_s == 18.0


def test_without_word_times_pieces_share_the_time_by_characters() -> None:
    cues = line_cues(LONG, 0.0, 10.0)
    assert len(cues) >= 2 and cues[0].start_s == 0.0 and cues[-1].end_s == 10.0
    spans = [c.end_s - c.start_s for c in cues]
    chars = [len(c.text) for c in cues]
    assert abs(spans[0] / 10.0 - chars[0] / sum(chars)) < 0.05


def test_quick_lines_stay_up_long_enough_to_read_where_there_is_room() -> None:
    from autark.compose.subtitles import Cue, readable_cues

    cues = [Cue(5.0, 6.0, "You had the last one, you know!"), Cue(1.0, 1.1, "Mine!"), Cue(6.5, 7.0, "No, never, not ever!")]
    out = readable_cues(cues, end_s=7.2)
    assert [c.text for c in out] == ["Mine!", "You had the last one, you know!", "No, never, not ever!"]
    assert out[0].end_s == pytest.approx(1.0 + 5 / 15)  # short: held to its reading time
    assert out[1].end_s == pytest.approx(6.4)  # held until just before the next cue
    assert out[2].end_s == pytest.approx(7.2)  # the film's end
    assert all(o.end_s >= c.end_s for o, c in zip(out, sorted(cues, key=lambda c: c.start_s), strict=True))
