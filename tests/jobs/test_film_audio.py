"""A film's audio stage: lines spoken in parallel give the same speech as one by one, and the streamed score +
mix file has the film's length, the loudness target and speech where the lines are."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from autark.audio import EspeakEngine, loudness_lufs
from autark.errors import UserInputError
from autark.jobs import CardSegment, SceneSegment, score_and_mix, speak_segments
from autark.scene.model import Character, Scene, SceneObject
from autark.scene.timeline import Line, Timeline

SR = 48_000


def _scene(lines: list[tuple[str, str, float]]) -> Scene:
    robot = SceneObject(id="obj1", name="Robo", type="robot")
    return Scene(name="talk", objects=[robot],
                 characters=[Character(id="robo", name="Robo", object_id="obj1", voice="robot")],
                 timeline=Timeline(lines=[Line(speaker=who, text=text, start_s=at) for who, text, at in lines],
                                   duration_s=6.0, music_mood="calm"))


@pytest.fixture(scope="module")
def engine(tmp_path_factory: pytest.TempPathFactory) -> EspeakEngine:
    return EspeakEngine(cache_dir=tmp_path_factory.mktemp("film-speech"))


@pytest.fixture(scope="module")
def segments() -> list:
    return [CardSegment("Title", duration_s=2.0),
            SceneSegment(_scene([("Robo", "Hello there.", 0.5), ("narrator", "The robot waved.", 3.0)]), 6.0),
            SceneSegment(_scene([("Robo", "Goodbye now.", 1.0)]), 6.0)]


def test_lines_spoken_in_parallel_match_one_by_one(segments: list, engine: EspeakEngine) -> None:
    out, spoken, cues = speak_segments(segments, engine=engine)
    expected = [("Hello there.", "robot"), ("The robot waved.", "narrator"), ("Goodbye now.", "robot")]
    assert [(s.text, s.voice) for _, s in spoken] == expected
    for (_, speech), (text, voice) in zip(spoken, expected, strict=True):
        np.testing.assert_array_equal(speech.samples, engine.speak(text, voice, "en").samples)
    # absolute times: the card lasts 2 s, the first scene 6 s
    assert [round(t, 3) for t, _ in spoken] == [2.5, 5.0, 9.0]
    assert [c.start_s for c in cues] == [2.5, 5.0, 9.0]
    first = out[1].scene.timeline.lines
    assert first[0].duration_s == pytest.approx(spoken[0][1].duration_s)
    # Robo's lines drive his mouth; the narrator's does not
    talks = [a for a in out[1].scene.timeline.actions if a.kind == "talk"]
    assert len(talks) == 1 and talks[0].start_s == 0.5


def test_streamed_score_and_mix_fill_the_film(segments: list, engine: EspeakEngine, tmp_path: Path) -> None:
    out, spoken, _ = speak_segments(segments, engine=engine)
    timings: dict[str, float] = {}
    pcm = score_and_mix(out, spoken, tmp_path, seed=4, timings=timings)
    assert pcm.shape == (14 * SR, 2) and set(timings) >= {"music", "mix"}
    audio = pcm.to_array()
    assert loudness_lufs(pcm) == pytest.approx(-16.0, abs=0.5)
    assert float(np.abs(audio).max()) <= 10 ** (-1 / 20) + 1e-6

    def rms(a: float, b: float) -> float:
        return float(np.sqrt(np.mean(audio[int(a * SR):int(b * SR)].astype(np.float64) ** 2)))

    for start, speech in spoken:  # each line is in the mix at its time, standing over the ducked music
        a = int(round(start * SR))
        heard = audio[a:a + speech.samples.shape[0]].mean(axis=1)
        assert np.corrcoef(heard, speech.samples[:, 0])[0, 1] > 0.8
    assert rms(13.98, 14.0) < 0.05 * rms(6.0, 8.0)  # faded out at the end
    assert sorted(p.name for p in tmp_path.iterdir()) == ["mix.f32"]  # the music file is gone
    pcm.close()


def test_an_excerpt_hears_only_what_is_said_inside_it(engine: EspeakEngine) -> None:
    """A range of a film (the web studio's From/To): a line under way at its start is heard from there, one
    still speaking at its end stops there, lines outside it are not heard; talk clips stay in scene time."""
    scene = _scene([("Robo", "Hello there, how are you today?", 0.5), ("narrator", "Much later.", 5.0)])
    whole = engine.speak("Hello there, how are you today?", "robot", "en")
    assert whole.duration_s > 1.5  # the line runs past the excerpt's end
    out, spoken, cues = speak_segments([SceneSegment(scene, 1.0, from_s=1.0, excerpt=True)], engine=engine)
    assert len(spoken) == 1 and len(cues) == 1
    at, heard = spoken[0]
    assert at == 0.0 and heard.duration_s == pytest.approx(1.0, abs=1e-4)
    # the samples are the line's own, from 0.5 s into it
    np.testing.assert_array_equal(heard.samples, whole.samples[SR // 2:SR // 2 + SR])
    assert (cues[0].start_s, cues[0].end_s) == (0.0, pytest.approx(1.0, abs=1e-4))
    talks = [a for a in out[0].scene.timeline.actions if a.kind == "talk"]
    assert talks[0].start_s == 0.5
    # the same line without the excerpt flag outlasts a 1-second film: an error, as before
    with pytest.raises(UserInputError, match="after the film"):
        speak_segments([SceneSegment(scene, 1.0)], engine=engine)
