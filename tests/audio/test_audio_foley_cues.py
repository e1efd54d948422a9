"""Where the sound effects fall: on the beat of the motion clips (hands meeting three times a second, a bite as
the hand reaches the mouth, a fall's landing), applause for a clapping crowd, panned to where the thing is on
screen, in film time and only inside the part of the scene the film shows; the stem is the cues' sounds at
their times."""

from __future__ import annotations

import numpy as np
import pytest

from autark.audio.foley import effect_samples
from autark.audio.foley_cues import Foley, FoleyCue, film_cues, scene_cues
from autark.scene.model import Camera, Character, Scene, SceneObject, Transform
from autark.scene.timeline import Action, Keyframe, Timeline, Track

SR = 48000


def _scene(actions: list[Action], xs: tuple[float, ...] = (0.0,), tracks: list[Track] | None = None,
           extra: list[SceneObject] | None = None) -> Scene:
    bodies = [SceneObject(id=f"obj{i}", name=f"p{i}", type="man", transform=Transform(position=(x, 0.0, 0.0)))
              for i, x in enumerate(xs, 1)]
    return Scene(objects=bodies + (extra or []), cameras=[Camera(name="main", position=(0.0, 1.6, 8.0))],
                 timeline=Timeline(actions=actions, tracks=tracks or [], duration_s=10.0))


def test_one_clapper_claps_on_the_clip_s_beat_and_a_crowd_applauds() -> None:
    cues = scene_cues(_scene([Action(object_id="obj1", kind="clap", start_s=1.0, end_s=2.5)]))
    assert [c.kind for c in cues] == ["clap"] * 4
    assert [round(c.time_s, 3) for c in cues] == [1.333, 1.667, 2.0, 2.333]  # sin(3 pi t) = 0: hands together
    crowd = _scene([Action(object_id=f"obj{i}", kind="clap", start_s=4.0, end_s=7.0) for i in (1, 2, 3, 4)],
                   xs=(-2.0, -1.0, 1.0, 2.0))
    (applause,) = scene_cues(crowd)
    assert applause.kind == "applause" and applause.time_s == pytest.approx(4.1)
    assert applause.duration_s == pytest.approx(2.9) and applause.gain_db > 0  # four are louder than three


def test_bites_falls_and_throws_fall_on_their_moments() -> None:
    apple = SceneObject(id="obj9", name="apple", type="apple")
    soup = SceneObject(id="obj8", name="soup", type="soup")
    cues = scene_cues(_scene([Action(object_id="obj1", kind="eat", start_s=0.0, end_s=5.0, item="obj9"),
                              Action(object_id="obj1", kind="eat", start_s=6.0, end_s=8.0, item="obj8"),
                              Action(object_id="obj1", kind="fall", start_s=8.0, end_s=10.0)],
                             extra=[apple, soup]))
    assert [(c.kind, round(c.time_s, 2)) for c in cues] == [("crunch", 0.3), ("crunch", 2.3), ("crunch", 4.3),
                                                             ("thud", 9.1)]  # soup is not heard


def test_a_dragon_roars_before_it_first_bites() -> None:
    dragon = SceneObject(id="obj4", name="Smok", type="dragon", transform=Transform(position=(1.0, 0.0, 0.0)))
    apple = SceneObject(id="obj9", name="apple", type="apple")
    cues = scene_cues(_scene([Action(object_id="obj4", kind="eat", start_s=3.0, end_s=5.0, item="obj9"),
                              Action(object_id="obj4", kind="eat", start_s=6.0, end_s=7.0, item="obj9")],
                             extra=[dragon, apple]))
    assert [(c.kind, round(c.time_s, 2)) for c in cues] == [("roar", 1.8), ("crunch", 3.3), ("crunch", 6.3)]


def test_fighters_punch_or_clang_once_a_second_and_a_hammer_hits_each_blow() -> None:
    sword = SceneObject(id="obj6", name="sword", type="sword")
    cues = scene_cues(_scene([Action(object_id="obj1", kind="fight", start_s=0.0, end_s=2.0),
                              Action(object_id="obj2", kind="fight", start_s=0.0, end_s=2.0),
                              Action(object_id="obj1", kind="fight", start_s=3.0, end_s=5.0, item="obj6"),
                              Action(object_id="obj2", kind="hammer", start_s=6.0, end_s=7.0)],
                             xs=(-1.0, 1.0), extra=[sword]))
    assert [(c.kind, round(c.time_s, 2)) for c in cues] == [  # two fighters' blows at one time: one sound
        ("punch", 0.25), ("punch", 1.25), ("clang", 3.25), ("clang", 4.25), ("hit", 6.28), ("hit", 6.83)]


def test_a_jump_into_the_water_splashes_once() -> None:
    cues = scene_cues(_scene([Action(object_id="obj1", kind="jump", start_s=1.0, end_s=2.0),
                              Action(object_id="obj1", kind="swim", start_s=2.5, end_s=6.0),
                              Action(object_id="obj1", kind="jump", start_s=7.0, end_s=8.0)]))
    assert [(c.kind, round(c.time_s, 2)) for c in cues] == [("splash", 1.82), ("thud", 7.82)]


def test_a_kicked_ball_bounces_where_it_lands_and_a_caught_one_does_not() -> None:
    ball = SceneObject(id="obj7", name="ball", type="ball")
    cues = scene_cues(_scene([Action(object_id="obj1", kind="kick", start_s=1.0, end_s=3.0, item="obj7"),
                              Action(object_id="obj1", kind="throw", start_s=4.0, end_s=6.0, item="obj7",
                                     target_object="obj2")], xs=(0.0, 3.0), extra=[ball])
                      .model_copy(update={"characters": [Character(id="p2", name="p2", object_id="obj2")]}))
    assert [(c.kind, round(c.time_s, 2)) for c in cues] == [("kick", 2.0), ("bounce", 3.0), ("whoosh", 4.78)]


def test_the_pan_follows_the_thing_across_the_picture() -> None:
    cues = scene_cues(_scene([Action(object_id="obj1", kind="fall", start_s=0.0, end_s=2.0),
                              Action(object_id="obj2", kind="fall", start_s=3.0, end_s=5.0),
                              Action(object_id="obj3", kind="fall", start_s=6.0, end_s=8.0)], xs=(-3.0, 0.0, 40.0)))
    # where each lands: the middle one toppled over beside the spot it stood on, a little off the middle
    assert cues[0].pan < -0.3 and abs(cues[1].pan) < 0.2 and cues[2].pan == pytest.approx(0.8)
    assert cues[2].gain_db == pytest.approx(-3.0)  # off the picture: quieter


def test_a_change_is_heard_when_its_particles_first_show() -> None:
    vase = SceneObject(id="obj5", name="vase", type="vase")
    shards = [SceneObject(id=f"obj5_break{k}", name="shard", type="cube", visible=False) for k in (1, 2)]
    tracks = [Track(target=f"object:obj5_break{k}.visible",
                    keyframes=[Keyframe(time_s=0.0, value=False, easing="hold"),
                               Keyframe(time_s=3.15, value=True, easing="hold")]) for k in (1, 2)]
    cues = scene_cues(_scene([], tracks=tracks, extra=[vase, *shards]))
    assert [(c.kind, c.time_s) for c in cues] == [("shatter", 3.15)]  # one crash for all its shards


def test_film_cues_are_in_film_time_and_only_inside_the_excerpt() -> None:
    scene = _scene([Action(object_id="obj1", kind="fall", start_s=0.0, end_s=2.0),
                    Action(object_id="obj1", kind="fall", start_s=5.0, end_s=7.0)])
    cues = film_cues([(10.0, 3.0, 4.0, scene)])  # the film shows the scene's 4 .. 7 s from its 10th second
    assert [(c.kind, round(c.time_s, 3)) for c in cues] == [("thud", 12.1)]
    assert film_cues([(10.0, 3.0, 4.0, scene)], seed=1)[0].seed != cues[0].seed
    assert film_cues([(10.0, 3.0, 4.0, scene)]) == cues  # the same every time
    frying = _scene([Action(object_id="obj1", kind="cook", start_s=1.0, end_s=6.0)])
    (sizzle,) = film_cues([(0.0, 3.0, 4.0, frying)])  # under way when the excerpt begins: heard from there
    assert (sizzle.time_s, sizzle.offset_s, sizzle.duration_s) == pytest.approx((0.0, 3.0, 2.0))
    stem = Foley([sizzle])(0, 3 * SR)
    whole = effect_samples("sizzle", sizzle.seed, 5.0)
    for ch in (0, 1):  # the same samples, from 3 s into the sound (each channel at its balance's gain)
        assert np.corrcoef(stem[:2 * SR, ch], whole[3 * SR:, ch])[0, 1] > 0.9999
    assert not stem[2 * SR:].any()


def test_the_stem_is_each_cue_s_sound_at_its_time() -> None:
    cue = FoleyCue(1.0, "thud", 0.0, 0.0, None, 7)
    stem = Foley([cue])(0, 2 * SR)
    sound = effect_samples("thud", 7)
    assert not stem[:SR].any()
    np.testing.assert_allclose(stem[SR:SR + sound.shape[0], 0], sound, atol=1e-6)  # centre: both channels
    blocks = np.concatenate([Foley([cue])(a, a + 4800) for a in range(0, 2 * SR, 4800)])
    np.testing.assert_array_equal(blocks, stem)  # made block by block, the same


def test_a_loud_effect_dips_under_lines_keeping_half_its_first_moment() -> None:
    from autark.audio.foley_cues import _dips

    blast = FoleyCue(1.0, "explosion")
    (a, b, c) = _dips(blast, [(0.5, 1.5), (2.0, 2.3), (4.0, 5.0)])  # the blast lasts 2.5 s: not to the third
    assert a[:2] == (1.0, pytest.approx(1.12)) and b[:2] == (pytest.approx(1.2), 1.5) and c[:2] == (2.0, 2.3)
    assert a[2] == pytest.approx(b[2] / 2) and b[2] == c[2] < -10.0
    assert _dips(FoleyCue(1.0, "clap"), [(0.5, 1.5)]) == ()  # quiet enough under a line as it is
    gain = Foley([FoleyCue(1.0, "explosion", dips=(b,))])(int(1.3 * SR), int(1.4 * SR))
    plain = Foley([FoleyCue(1.0, "explosion")])(int(1.3 * SR), int(1.4 * SR))
    assert np.sqrt(np.mean(gain ** 2)) == pytest.approx(np.sqrt(np.mean(plain ** 2)) * 10 ** (b[2] / 20), rel=1e-3)
