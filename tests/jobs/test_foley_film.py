"""Sound effects in a made film: a crate that explodes at 2.2 s (``autark.jobs.changes``) is heard from then on,
not before, in the film's decoded AAC track; a line said over it stays 10 dB over everything else (the film
report's floor); the same scene without the change has no effects stem at all; the stems' cache key changes
with the effects heard."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from autark.audio import EspeakEngine
from autark.audio.ambient import film_ambience
from autark.audio.foley_cues import WithFoley, film_cues, with_foley
from autark.jobs import FilmOptions, SceneSegment, make_film, score_and_mix, speak_segments
from autark.jobs.changes import change_ops
from autark.jobs.shot_actions import with_ops
from autark.jobs.sound_cache import stems_key_for
from autark.scene.evaluate import evaluate
from autark.scene.model import Camera, Character, Scene, SceneObject, Settings, Transform
from autark.scene.timeline import Line, Timeline

EXPLODE_S = 2.0  # the change starts here; its flash, and the crate's going, 0.2 s later


def _scene(explodes: bool) -> Scene:
    crate = SceneObject(id="obj1", name="crate", type="crate", transform=Transform(position=(2.5, 0.0, 0.0)))
    scene = Scene(name="boom", objects=[crate], cameras=[Camera(name="main", position=(0.0, 1.5, 7.0))],
                  settings=Settings(duration_s=4.0, setting="living_room", fps=10, width=64, height=36),
                  timeline=Timeline(duration_s=4.0))
    if explodes:
        scene = with_ops(scene, change_ops(scene, evaluate(scene, EXPLODE_S), "explode", "obj1", EXPLODE_S,
                                           EXPLODE_S + 1.0, 4.0))
    return scene


def _decode(path: Path) -> tuple[np.ndarray, int]:
    import av

    with av.open(str(path)) as container:
        stream = container.streams.audio[0]
        frames = [f.to_ndarray() for f in container.decode(stream)]
        rate = stream.rate
    return np.concatenate(frames, axis=1).T.astype(np.float64), rate


def test_the_explosion_is_heard_at_its_time_and_not_before(tmp_path: Path) -> None:
    scene = _scene(explodes=True)
    cues = film_cues([(0.0, 4.0, 0.0, scene)])
    assert [c.kind for c in cues] == ["explosion"]
    cue_s = cues[0].time_s
    assert cue_s == pytest.approx(EXPLODE_S + 0.2, abs=1e-6)
    assert cues[0].pan > 0.2  # the crate stands right of the picture's middle
    make_film(scene, tmp_path / "boom.mp4", FilmOptions(fps=10, width=64, height=36, quality="preview",
                                                         exact_size=True, music=False, check=False))
    audio, rate = _decode(tmp_path / "boom.mp4")
    m = audio.mean(axis=1)
    hop = int(0.01 * rate)
    env = 20 * np.log10(np.sqrt(np.mean(m[:m.shape[0] // hop * hop].reshape(-1, hop) ** 2, axis=1)) + 1e-9)
    before = env[int(1.2 / 0.01):int((cue_s - 0.06) / 0.01)]  # the room's air tone, after the fade in
    # 12 dB: the limiter holds the blast 2 dB under the -1 dBTP ceiling (the AAC codec's margin), a room's tone
    # stays where it is
    onset = int(np.argmax(env[int(1.2 / 0.01):] > np.median(before) + 12.0)) + int(1.2 / 0.01)
    assert abs(onset * 0.01 - cue_s) <= 0.05, (onset * 0.01, cue_s)  # AAC's priming is compensated
    assert before.max() < np.median(before) + 6.0  # nothing of it before its time
    assert env[onset:onset + 50].max() > np.median(before) + 12.0  # and loud: the blast over the room tone
    blast = audio[onset * hop:onset * hop + int(0.3 * rate)]
    left, right = blast[:, 0], blast[:, 1]
    assert np.sqrt(np.mean(right ** 2)) > np.sqrt(np.mean(left ** 2))  # heard on the crate's side


def test_a_scene_without_events_has_no_effects_and_the_stems_key_follows_them() -> None:
    quiet, boom = _scene(explodes=False), _scene(explodes=True)
    placed = [(0.0, 4.0, 0.0, quiet)]
    ambience = film_ambience(placed)
    assert film_cues(placed) == [] and with_foley(ambience, placed) is ambience
    stem_lufs: dict[str, float] = {}
    loud = with_foley(film_ambience([(0.0, 4.0, 0.0, boom)]), [(0.0, 4.0, 0.0, boom)], stem_lufs=stem_lufs)
    assert isinstance(loud, WithFoley) and -60.0 < stem_lufs["foley_bed"] < -10.0

    def unheard(a: int, b: int) -> np.ndarray:
        raise AssertionError("the bed's loudness is known: it is not measured again")

    again = with_foley(unheard, [(0.0, 4.0, 0.0, boom)], stem_lufs=dict(stem_lufs))
    assert isinstance(again, WithFoley) and again.foley.gain_db == loud.foley.gain_db
    options = FilmOptions()
    assert stems_key_for([SceneSegment(quiet, 4.0)], options, "calm", None) != \
        stems_key_for([SceneSegment(boom, 4.0)], options, "calm", None)


def test_a_line_said_over_the_blast_stays_ten_db_over_it(tmp_path: Path) -> None:
    scene = _scene(explodes=True)
    robot = SceneObject(id="obj2", name="Robo", type="robot", transform=Transform(position=(-1.0, 0.0, 0.0)))
    scene = scene.model_copy(update={
        "objects": [*scene.objects, robot],
        "characters": [Character(id="robo", name="Robo", object_id="obj2", voice="robot")],
        "timeline": scene.timeline.model_copy(update={"lines": [Line(speaker="Robo", text="Oh no, the crate!",
                                                                     start_s=2.0)]})})
    out, spoken, _ = speak_segments([SceneSegment(scene, 4.0)], engine=EspeakEngine(cache_dir=tmp_path / "speech"))
    (cue,) = film_cues([(0.0, 4.0, 0.0, out[0].scene)])
    line_end = 2.0 + spoken[0][1].duration_s
    assert cue.dips and cue.dips[0][0] == pytest.approx(cue.time_s) and cue.dips[-1][1] <= line_end + 1e-6
    levels: list[tuple[float, float]] = []
    pcm = score_and_mix(out, spoken, tmp_path, music=False, line_levels=levels)
    pcm.close()
    ((voice_db, bed_db),) = levels
    assert voice_db - bed_db >= 10.0, levels


def test_the_graph_s_sound_pieces_with_an_explosion_match_a_fresh_render(tmp_path: Path) -> None:
    """An explosion at 2.2 s and a line at 6 s that is then said differently: the edited film's sound, made
    from cached pieces, is the one a render from scratch makes, packet for packet, and has the blast."""
    import av

    from autark.jobs.film import make_segments_film

    engine = EspeakEngine(cache_dir=tmp_path / "speech")

    def film(text: str, name: str, cache: str):
        scene = _scene(explodes=True)
        robot = SceneObject(id="obj2", name="Robo", type="robot", transform=Transform(position=(-1.0, 0.0, 0.0)))
        scene = scene.model_copy(update={
            "objects": [*scene.objects, robot],
            "characters": [Character(id="robo", name="Robo", object_id="obj2", voice="robot")],
            "settings": scene.settings.model_copy(update={"duration_s": 8.0}),
            "timeline": scene.timeline.model_copy(update={"duration_s": 8.0, "lines": [
                Line(speaker="Robo", text=text, start_s=6.0)]})})
        options = FilmOptions(fps=8, width=96, height=54, quality="preview", exact_size=True, check=False,
                              cache_dir=tmp_path / cache)
        make_segments_film([SceneSegment(scene, 8.0)], tmp_path / name, options, engine=engine)
        with av.open(str(tmp_path / name)) as c:
            return [bytes(p) for p in c.demux(c.streams.audio[0]) if p.size]

    film("What a bang.", "a.mp4", "cache")
    edited = film("What a noise.", "b.mp4", "cache")
    assert edited == film("What a noise.", "c.mp4", "fresh")
    audio, rate = _decode(tmp_path / "b.mp4")
    m = audio.mean(axis=1)
    before, after = m[int(1.5 * rate):int(2.1 * rate)], m[int(2.25 * rate):int(2.85 * rate)]
    # the blast: 5 dB over the music at least (6 dB measured: the limiter holds it 2 dB under the -1 dBTP ceiling
    # for AAC's coding noise, audio.dynamics.CODEC_MARGIN_DB, and rounds its crack's peaks)
    assert np.sqrt(np.mean(after ** 2)) > 1.75 * np.sqrt(np.mean(before ** 2))
