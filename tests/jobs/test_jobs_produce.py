"""Production end to end: a screenplay -> a film, checked by decoding it (frames, pixels, audio, subtitles)."""

from __future__ import annotations

import re
import sys
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pytest

sys.path.insert(0, str(Path(__file__).parent))
from film_plans import TWO_SCENES  # noqa: E402

from autark.jobs import FilmOptions  # noqa: E402
from autark.jobs.produce import produce  # noqa: E402
from autark.story import load_plan  # noqa: E402

FPS = 10
OPTIONS = FilmOptions(fps=FPS, width=320, height=180, quality="preview", seed=3)  # frames are 160x90


@dataclass
class Film:
    frames: list[np.ndarray]
    audio: np.ndarray  # (channels, samples)
    rate: int
    duration_s: float
    width: int
    height: int
    srt: str
    report: object


def _decode(path: Path) -> tuple[list[np.ndarray], np.ndarray | None, int, float]:
    import av

    with av.open(str(path)) as c:
        frames = [f.to_ndarray(format="rgb24") for f in c.decode(video=0)]
        duration = c.duration / 1e6
    with av.open(str(path)) as c:
        if not c.streams.audio:
            return frames, None, 0, duration
        rate = c.streams.audio[0].codec_context.sample_rate
        audio = np.concatenate([f.to_ndarray() for f in c.decode(audio=0)], axis=1)
    return frames, audio, rate, duration


@pytest.fixture(scope="module")
def film(tmp_path_factory: pytest.TempPathFactory) -> Film:
    out = tmp_path_factory.mktemp("film") / "walk.mp4"
    report = produce(load_plan(TWO_SCENES), out, OPTIONS)
    frames, audio, rate, duration = _decode(out)
    assert audio is not None
    return Film(frames, audio, rate, duration, frames[0].shape[1], frames[0].shape[0],
                out.with_suffix(".srt").read_text(encoding="utf-8"), report)


def _rms(film: Film, start_s: float, end_s: float) -> float:
    a = film.audio[:, int(start_s * film.rate):int(end_s * film.rate)]
    return float(np.sqrt(np.mean(a.astype(np.float64) ** 2)))


def _cues(srt: str) -> list[tuple[float, float, str]]:
    def secs(stamp: str) -> float:
        h, m, rest = stamp.split(":")
        s, ms = rest.split(",")
        return int(h) * 3600 + int(m) * 60 + int(s) + int(ms) / 1000

    out = []
    for block in srt.strip().split("\n\n"):
        lines = block.splitlines()
        start, end = re.findall(r"\d\d:\d\d:\d\d,\d\d\d", lines[1])
        out.append((secs(start), secs(end), " ".join(lines[2:])))
    return out


def test_film_length_frames_size_and_audio(film: Film) -> None:
    screenplay = load_plan(TWO_SCENES)
    assert abs(film.duration_s - screenplay.duration_s) <= 0.05 * screenplay.duration_s
    assert len(film.frames) == round(screenplay.total_duration_s * FPS)
    assert (film.width, film.height) == (160, 90)
    assert film.audio.shape[1] / film.rate == pytest.approx(screenplay.duration_s, abs=0.15)


def test_title_card_first_and_end_card_last(film: Film) -> None:
    def text_pixels(frame: np.ndarray) -> int:
        return int((frame.min(axis=2) > 170).sum())

    title = film.frames[int(0.8 * FPS)]  # fully faded in
    end = film.frames[len(film.frames) - int(0.8 * FPS)]
    for card in (title, end):
        assert card.mean() < 60, "a card is light text on a dark background"
        assert text_pixels(card) > 40
        rows = np.nonzero(card.min(axis=2) > 170)[0]
        assert 0.2 * film.height < rows.mean() < 0.8 * film.height  # centred text
    assert film.frames[0].mean() < title.mean()  # the title fades in from black
    assert film.frames[-1].mean() < end.mean()  # the end card fades out to black
    scene_frame = film.frames[int(2.5 * FPS)]
    assert scene_frame.mean() > 2 * title.mean()  # after the card, the daylit meadow


def test_scene_change_where_the_screenplay_cuts(film: Film) -> None:
    cut = int((1.5 + 4.0) * FPS)  # title card + scene 1
    diffs = [float(np.abs(film.frames[i].astype(int) - film.frames[i - 1].astype(int)).mean())
             for i in range(int(1.7 * FPS), int(7.3 * FPS))]
    at_cut = diffs[cut - int(1.7 * FPS)]
    others = [d for i, d in enumerate(diffs) if i + int(1.7 * FPS) != cut]
    assert at_cut == max(diffs) and at_cut > 3 * np.median(others)
    # a daylit meadow, then a space station at night: the picture gets darker and bluer
    before, after = film.frames[cut - 2].astype(float), film.frames[cut + 2].astype(float)
    assert after.mean() < before.mean()


def test_speech_over_music_and_subtitles_match_it(film: Film) -> None:
    cues = _cues(film.srt)
    assert [c[2] for c in cues] == ["Robo sees a flower.", "Hello there."]
    narration, hello = cues
    assert narration[0] == pytest.approx(1.5 + 0.25, abs=0.02)  # title card, then the line's lead-in
    assert hello[0] == pytest.approx(1.5 + 4.0 + 0.25, abs=0.02)  # the second scene's first line
    for start, end, _text in cues:
        inside = _rms(film, start + 0.05, end - 0.05)
        before = _rms(film, start - 0.35, start - 0.05)
        assert inside > 1.5 * before, "speech is louder than the (ducked) music just before it"
    music_only = _rms(film, 4.2, 5.2)  # scene 1, after the narration: music alone
    assert music_only > 0.01
    assert music_only < _rms(film, *narration[:2])


def test_walking_character_moves_across_the_static_shot(film: Film) -> None:
    # shot 2 of scene 1 is a static wide shot (film 3.0..5.5 s) in which Robo walks right to the flower
    def motion_centroid_x(i: int) -> float:
        d = np.abs(film.frames[i].astype(int) - film.frames[i - 2].astype(int)).sum(axis=2)
        mask = d > 30
        assert mask.sum() > 3, "something moves"
        return float(np.nonzero(mask)[1].mean())

    early = motion_centroid_x(int(3.5 * FPS))
    late = motion_centroid_x(int(5.0 * FPS))
    assert late - early > 0.1 * film.width


def test_warnings_name_the_action_nobody_understood(film: Film) -> None:
    warnings = film.report.warnings  # type: ignore[attr-defined]
    assert any("juggles three suns" in w and "stand-in act" in w for w in warnings)  # done by the nearest act, named
    assert set(film.report.timings_s) >= {"build", "audio", "render+encode"}  # type: ignore[attr-defined]


IDEAS = [
    ("a lonely robot finds a flower in the desert at sunset", "en"),
    ("two friends meet in a kitchen and dance", "en"),
    ("Ein Hund und eine Katze spielen im Wald", "de"),
    ("Ein Mädchen verliert ihren Ball am Strand", "de"),
]


@pytest.mark.parametrize(("idea", "lang"), IDEAS)
def test_ideas_make_films(idea: str, lang: str, tmp_path: Path) -> None:
    from autark.story import plan

    screenplay = plan(idea, duration_s=10, seed=1)
    assert screenplay.language == lang
    out = tmp_path / "film.mp4"
    report = produce(screenplay, out, FilmOptions(fps=6, width=192, height=108, quality="preview"))
    frames, audio, rate, duration = _decode(out)
    assert abs(duration - screenplay.duration_s) <= 0.05 * screenplay.duration_s
    assert len(frames) == report.n_frames == round(screenplay.total_duration_s * 6)
    assert audio is not None and float(np.abs(audio).max()) > 0.05
