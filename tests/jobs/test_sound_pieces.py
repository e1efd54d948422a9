"""The production graph's sound track in cached pieces (jobs.sound_pieces, audio.mix_pieces): a changed line
re-makes only the pieces it is heard in, and the track is the one a render from scratch makes, packet for
packet, at the film's loudness."""

from __future__ import annotations

from pathlib import Path

import av
import numpy as np
import pytest

from autark.jobs.film import FilmOptions, SceneSegment, make_segments_film
from autark.jobs.measure import measure_audio
from autark.scene.model import Camera, Character, Scene, SceneObject
from autark.scene.timeline import Line, Timeline

DURATION_S = 9.0


def _scene(second: str) -> Scene:
    robot = SceneObject(id="obj1", name="Robo", type="robot")
    cam = Camera(name="a", position=(0.0, 1.5, 4.0), target=(0.0, 1.0, 0.0))
    lines = [Line(speaker="Robo", text="Good morning.", start_s=1.5), Line(speaker="Robo", text=second, start_s=6.0)]
    return Scene(objects=[robot], cameras=[cam], active_camera="a",
                 characters=[Character(id="robo", name="Robo", object_id="obj1", voice="robot")],
                 timeline=Timeline(duration_s=DURATION_S, lines=lines, music_mood="calm"))


def _film(second: str, out: Path, cache: Path, engine):
    options = FilmOptions(fps=8, width=96, height=54, quality="preview", exact_size=True, check=False,
                          cache_dir=cache)
    return make_segments_film([SceneSegment(_scene(second), DURATION_S)], out, options, engine=engine)


def _packets(path: Path) -> list[bytes]:
    with av.open(str(path)) as c:
        return [bytes(p) for p in c.demux(c.streams.audio[0]) if p.size]


def _sound(path: Path) -> np.ndarray:
    with av.open(str(path)) as c:
        return np.concatenate([f.to_ndarray() for f in c.decode(audio=0)], axis=1).T


def _made(report) -> tuple[int, int]:
    task = next(t for t in report.metrics.tasks if t.name.startswith("sound pieces"))
    made, of = task.name.split("(")[1].split(" made")[0].split(" of ")
    return int(made), int(of)


@pytest.fixture(scope="module")
def engine(tmp_path_factory: pytest.TempPathFactory):
    from autark.audio import EspeakEngine

    return EspeakEngine(cache_dir=tmp_path_factory.mktemp("speech"))  # the same samples every time


def test_a_changed_line_remakes_only_the_sound_it_is_heard_in(tmp_path: Path, engine) -> None:
    cache = tmp_path / "cache"
    first = _film("See you tonight.", tmp_path / "a.mp4", cache, engine)
    assert _made(first) == (6, 6)  # 9 s: five pieces of 1.6 s and the rest
    edited = _film("See you at noon.", tmp_path / "b.mp4", cache, engine)
    made, of = _made(edited)
    assert 0 < made <= 3, made  # the line's pieces (6.0 s on), not the first line's nor the music's alone
    fresh = _film("See you at noon.", tmp_path / "c.mp4", tmp_path / "fresh", engine)
    assert _made(fresh) == (6, 6)
    # the edited film's sound is the one made from scratch, packet for packet
    assert _packets(tmp_path / "b.mp4") == _packets(tmp_path / "c.mp4")
    a, b = _sound(tmp_path / "a.mp4"), _sound(tmp_path / "b.mp4")
    assert np.array_equal(a[:int(4.8 * 48_000)], b[:int(4.8 * 48_000)])  # the first three pieces: untouched
    assert not np.allclose(a[int(6.0 * 48_000):int(7.0 * 48_000)], b[int(6.0 * 48_000):int(7.0 * 48_000)])
    track = measure_audio(tmp_path / "b.mp4")
    assert track is not None
    assert track.loudness_lufs == pytest.approx(-16.0, abs=1.0)  # the film's loudness contract
    assert track.true_peak_dbfs <= -0.5  # the limiter's -1 dBTP, and AAC's overshoot on it


def test_the_sound_in_pieces_meets_the_mix_contract_a_whole_mix_does(tmp_path: Path, engine) -> None:
    """The same film without a cache (the single-encode path mixes the whole film at once): the same loudness
    within the half step of the pieces' gain grid, the lines at the same level over the music."""
    cached = _film("See you tonight.", tmp_path / "a.mp4", tmp_path / "cache", engine)
    options = FilmOptions(fps=8, width=96, height=54, quality="preview", exact_size=True, check=False)
    whole = make_segments_film([SceneSegment(_scene("See you tonight."), DURATION_S)], tmp_path / "w.mp4", options,
                               engine=engine)
    la, lw = measure_audio(tmp_path / "a.mp4"), measure_audio(tmp_path / "w.mp4")
    assert la is not None and lw is not None
    assert abs(la.loudness_lufs - lw.loudness_lufs) <= 0.3
    a, w = _sound(tmp_path / "a.mp4"), _sound(tmp_path / "w.mp4")
    n = min(len(a), len(w))
    # the same mix but for the make-up gain's rounding: the signals agree to a gain within 0.3 dB
    ratio = float(np.sqrt(np.mean(a[:n] ** 2) / np.mean(w[:n] ** 2)))
    assert abs(20 * np.log10(ratio)) <= 0.3
    assert cached.timings_s is not None and whole.timings_s is not None


def test_the_pieces_measure_the_track_as_it_decodes(tmp_path: Path, engine) -> None:
    """The report's sound measures come from the pieces (their loudness per hop, each piece's decoded peak):
    they are what decoding the whole track measures, also when most pieces come from the cache."""
    from autark.audio.mixplan import MixPlan
    from autark.jobs.cache import ResultCache
    from autark.jobs.metrics import RunMetrics
    from autark.jobs.report_pieces import audio_measures
    from autark.jobs.sound_pieces import piece_mixer

    rng = np.random.default_rng(3)
    t = np.arange(int(DURATION_S * 48_000)) / 48_000
    music = (0.1 * np.sin(2 * np.pi * 220 * t)[:, None] + 0.02 * rng.standard_normal((t.size, 2))).astype(np.float32)
    mix = piece_mixer(ResultCache(tmp_path / "cache"), "stems", RunMetrics(film="x"))
    first, second = engine.speak("Good morning.", "robot", "en"), engine.speak("See you tonight.", "robot", "en")
    # the second line said a little later: 3 pieces new (and the same gain: a gain on its grid moves a step when
    # the film's loudness crosses a midpoint, which 0.3 s later would have done here)
    for k, start in enumerate((6.0, 6.1)):
        levels: list[tuple[float, float]] = []
        sound = mix(DURATION_S, music, [(1.5, first), (start, second)], tmp_path / f"mix{k}.f32",
                    line_levels=levels)
        # each line's levels (the first one's from the cache the second time) as the plan computes them
        assert levels == MixPlan(DURATION_S, music, [(1.5, first), (start, second)]).line_levels()
        assert sound.made == (6 if k == 0 else 3), (sound.made, sound.gain_db)
        decoded = audio_measures(sound.track)
        assert isinstance(decoded, dict)
        assert sound.measures["n_samples"] == decoded["n_samples"]
        assert sound.measures["loudness_lufs"] == pytest.approx(decoded["loudness_lufs"], abs=0.05)
        assert sound.measures["true_peak_dbfs"] == pytest.approx(decoded["true_peak_dbfs"], abs=0.1)
        # the limited PCM is at -16.08 LUFS; this music's full-band white noise loses 0.2 LU to AAC's low-pass
        assert sound.measures["loudness_lufs"] == pytest.approx(-16.0, abs=0.35)
