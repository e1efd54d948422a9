"""Knocks, bells and animals' calls: read from sentences in both languages ('Girl knocks on the door', 'Mädchen
klopft an die Tür', 'Bello jagt Mia'), and heard in a made film's decoded AAC track at their times with their
own sound: a knock's three low raps, a dog's bark in the voice band with its pitch, a telephone's bell
trembling twenty times a second, a microwave's ding ringing on at its pitch."""

from __future__ import annotations

import numpy as np
import pytest
import yaml

from autark.audio import VoiceEngine
from autark.audio.foley_cues import film_cues, scene_cues
from autark.jobs import FilmOptions, make_film
from autark.jobs.produce import build_scene
from autark.motion.gestures import KNOCK_RAP_S, knock_times
from autark.scene.model import Camera, Scene, SceneObject, Settings, Transform
from autark.scene.timeline import Action, Timeline
from autark.story.screenplay import SceneSpec

_SPEC = """
setting: living_room
characters:
- {{name: {who}, type: {kind}, voice: none, position: [-2.0, 0.0, 1.0]}}
{other}
objects:
- {{type: {thing}, position: [1.5, 0.0, -1.0]}}
shots:
- {{duration_s: 1.0, size: wide}}
- {{duration_s: 8.0, size: wide, actions: ["{sentence}"]}}
"""


def _built(silent_voices: VoiceEngine, sentence: str, who: str = "Girl", kind: str = "girl", thing: str = "door",
           other: str = "") -> Scene:
    spec = SceneSpec.model_validate(yaml.safe_load(_SPEC.format(who=who, kind=kind, thing=thing, other=other,
                                                                sentence=sentence)))
    warnings: list[str] = []
    scene = build_scene(spec, width=160, height=90, fps=10, voices=silent_voices, warnings=warnings)
    assert not warnings, warnings
    return scene


def _heard(scene: Scene) -> list:
    """The scene's cues but its footsteps."""
    return [c for c in scene_cues(scene) if not c.kind.startswith("step_")]


@pytest.mark.parametrize("sentence", ["Girl knocks on the door", "Girl knocks at the door", "Girl klopft an die Tür"])
def test_a_knock_on_the_door_is_read_staged_in_front_of_it_and_heard_on_its_raps(silent_voices: VoiceEngine,
                                                                                 sentence: str) -> None:
    scene = _built(silent_voices, sentence)
    knock = next(a for a in scene.timeline.actions if a.kind == "knock")
    door = next(o for o in scene.objects if o.type == "door")
    assert knock.target_object == door.id
    cues = [c for c in scene_cues(scene) if c.kind in ("knock", "ding")]
    raps = knock_times(knock)
    assert [c.kind for c in cues] == ["knock"] * (len(raps) // 3) and len(raps) >= 3
    assert cues[0].time_s == pytest.approx(raps[0]) and raps[1] - raps[0] == pytest.approx(KNOCK_RAP_S)


def test_a_bell_pressed_dings_and_a_phone_rings_before_it_is_answered(silent_voices: VoiceEngine) -> None:
    pressed = _heard(_built(silent_voices, "Tom knocks on the microwave", "Tom", "man", "microwave"))
    assert [c.kind for c in pressed] == ["ding"]
    answered = _built(silent_voices, "Tom picks up the phone", "Tom", "man", "phone")
    pick = next(a for a in answered.timeline.actions if a.kind == "pick_up")
    (ring,) = _heard(answered)
    assert ring.kind == "phone_ring" and ring.time_s < pick.start_s


@pytest.mark.parametrize("sentence", ["Rex chases Mia", "Rex jagt Mia"])
def test_a_dog_barks_as_it_gives_chase(silent_voices: VoiceEngine, sentence: str) -> None:
    scene = _built(silent_voices, sentence, "Rex", "dog", "ball",
                   other="- {name: Mia, type: cat, voice: none, position: [2.0, 0.0, 1.0]}")
    chase = next(a for a in scene.timeline.actions if a.kind == "chase")
    assert [(c.kind, round(c.time_s - chase.start_s, 2)) for c in scene_cues(scene)] == [("bark", 0.2)]


# -- heard in a film ---------------------------------------------------------------------------------------------
def _film_scene() -> Scene:
    def thing(oid: str, kind: str, x: float) -> SceneObject:
        return SceneObject(id=oid, name=kind, type=kind, transform=Transform(position=(x, 0.0, -1.0)))

    objects = [thing("man", "man", -1.0), thing("dog", "dog", 1.0), thing("door", "door", -2.0),
               thing("phone", "phone", 0.5), thing("oven", "microwave", 2.0), thing("woman", "woman", 4.5)]
    actions = [Action(object_id="man", kind="knock", start_s=0.5, end_s=2.0, target_object="door"),
               Action(object_id="woman", kind="walk", start_s=1.2, end_s=2.7, target=(2.0, 0.0, -1.0)),
               Action(object_id="dog", kind="talk", start_s=3.0, end_s=3.6),
               Action(object_id="man", kind="pick_up", start_s=6.0, end_s=7.0, item="phone"),
               Action(object_id="man", kind="look", start_s=8.0, end_s=9.5, target_object="oven")]
    return Scene(name="signals", objects=objects, cameras=[Camera(name="main", position=(0.0, 1.5, 7.0))],
                 settings=Settings(duration_s=10.0, setting="living_room", fps=10, width=64, height=36),
                 timeline=Timeline(duration_s=10.0, actions=actions))


@pytest.fixture(scope="module")
def heard(tmp_path_factory: pytest.TempPathFactory) -> tuple[np.ndarray, int, dict[str, float]]:
    import av

    scene = _film_scene()
    cues: dict[str, float] = {}
    for c in film_cues([(0.0, 10.0, 0.0, scene)]):
        cues.setdefault(c.kind, c.time_s)
        if c.kind.startswith("step_"):
            cues[f"footfall{sum(k.startswith('footfall') for k in cues)}"] = c.time_s
    path = tmp_path_factory.mktemp("signals") / "signals.mp4"
    make_film(scene, path, FilmOptions(fps=10, width=64, height=36, quality="preview", exact_size=True,
                                       music=False, check=False))
    with av.open(str(path)) as container:
        stream = container.streams.audio[0]
        audio = np.concatenate([f.to_ndarray() for f in container.decode(stream)], axis=1).T
        rate = stream.rate
    return audio.mean(axis=1).astype(np.float64), rate, cues


def _env_db(x: np.ndarray, rate: int, hop_s: float = 0.01) -> np.ndarray:
    hop = int(hop_s * rate)
    return 20 * np.log10(np.sqrt(np.mean(x[:x.shape[0] // hop * hop].reshape(-1, hop) ** 2, axis=1)) + 1e-9)


def _band_share(x: np.ndarray, rate: int, lo: float, hi: float) -> float:
    power = np.abs(np.fft.rfft(x * np.hanning(x.shape[0]))) ** 2
    f = np.fft.rfftfreq(x.shape[0], 1 / rate)
    return float(power[(f >= lo) & (f < hi)].sum() / power.sum())


def test_the_film_hears_each_signal_at_its_time(heard: tuple[np.ndarray, int, dict[str, float]]) -> None:
    x, rate, cues = heard
    assert {k for k in cues if not k.startswith("footfall")} == {"knock", "bark", "phone_ring", "ding", "step_wood"}
    env = _env_db(x, rate)
    bed = float(np.median(env[int(0.3 / 0.01):int(0.9 / 0.01)]))  # the room's tone before the first knock
    for kind, at in cues.items():
        if kind.startswith(("footfall", "step_")):
            continue
        onset = int(np.argmax(env[int((at - 0.3) / 0.01):] > bed + 12.0)) + int((at - 0.3) / 0.01)
        assert abs(onset * 0.01 - at) <= 0.05, (kind, onset * 0.01, at)


def test_a_knock_is_three_low_raps(heard: tuple[np.ndarray, int, dict[str, float]]) -> None:
    x, rate, cues = heard
    at = cues["knock"]
    env = _env_db(x[int(at * rate):int((at + 0.6) * rate)], rate, 0.005)
    peaks = [i * 0.005 for i in range(1, len(env) - 1) if env[i] >= env[i - 1] and env[i] > env[i + 1]
             and env[i] > env.max() - 8.0]
    groups = [p for j, p in enumerate(peaks) if j == 0 or p - peaks[j - 1] > 0.08]
    assert len(groups) == 3 and np.allclose(np.diff(groups), KNOCK_RAP_S, atol=0.03), groups
    assert _band_share(x[int(at * rate):int((at + 0.5) * rate)], rate, 80.0, 1500.0) > 0.7  # wood, not a bell


def test_a_bark_sits_in_the_voice_band_with_a_dog_s_pitch(heard: tuple[np.ndarray, int, dict[str, float]]) -> None:
    x, rate, cues = heard
    bark = x[int((cues["bark"] + 0.02) * rate):int((cues["bark"] + 0.12) * rate)]
    assert _band_share(bark, rate, 300.0, 3500.0) > 0.7
    ac = np.correlate(bark, bark, "full")[bark.shape[0] - 1:]
    lag = int(np.argmax(ac[int(rate / 800):int(rate / 250)])) + int(rate / 800)
    assert 250.0 <= rate / lag <= 800.0  # a medium dog's bark, 300-600 Hz, and its gliding pitch


def test_a_phone_trembles_twenty_times_a_second(heard: tuple[np.ndarray, int, dict[str, float]]) -> None:
    x, rate, cues = heard
    ring = x[int((cues["phone_ring"] + 0.02) * rate):int((cues["phone_ring"] + 0.38) * rate)]
    env = np.abs(ring).reshape(-1, rate // 1000).max(axis=1)  # 1000 values a second
    spectrum = np.abs(np.fft.rfft(env - env.mean()))
    f = np.fft.rfftfreq(env.shape[0], 1 / 1000)
    assert 16.0 <= f[np.argmax(spectrum[1:]) + 1] <= 24.0  # the hammer between the two bells


def test_a_ding_rings_on_at_its_pitch(heard: tuple[np.ndarray, int, dict[str, float]]) -> None:
    x, rate, cues = heard
    ding = x[int(cues["ding"] * rate):int((cues["ding"] + 0.8) * rate)]
    power = np.abs(np.fft.rfft(ding * np.hanning(ding.shape[0]))) ** 2
    f = np.fft.rfftfreq(ding.shape[0], 1 / rate)
    assert 1050.0 <= f[np.argmax(power)] <= 1550.0  # the bell's fundamental, 1.1-1.5 kHz
    env = _env_db(ding, rate, 0.05)
    assert env[10] > env[1] - 20.0  # still ringing half a second on


def test_a_walk_s_footsteps_fall_on_its_touch_downs_on_the_floor_s_wood(
        heard: tuple[np.ndarray, int, dict[str, float]]) -> None:
    x, rate, cues = heard
    steps = sorted(at for k, at in cues.items() if k.startswith("footfall"))
    assert len(steps) >= 4 and all(0.1 < b - a < 0.8 for a, b in zip(steps, steps[1:], strict=False))
    env = _env_db(x, rate, 0.005)
    bed = float(np.median(env[int(0.3 / 0.005):int(0.9 / 0.005)]))
    for at in steps:
        i = int(at / 0.005)
        assert env[i:i + 6].max() > bed + 8.0, (at, env[i:i + 6].max(), bed)  # each footfall is heard
        assert env[i - 8:i - 2].max() < env[i:i + 6].max() - 4.0  # at its time, not before
    hit = np.concatenate([x[int(at * rate):int((at + 0.06) * rate)] for at in steps])
    assert _band_share(hit, rate, 80.0, 1000.0) > 0.5  # a floorboard's knock, not a clatter


def test_footsteps_take_the_ground_of_the_place_and_none_are_heard_on_the_moon() -> None:
    from autark.audio.foley_steps import ground_of

    assert [ground_of(place, "clear") for place in ("meadow", "city_street", "living_room", "beach", "moon")] == [
        "step_grass", "step_hard", "step_wood", "step_sand", ""]
    assert ground_of("forest", "snow") == "step_snow"
    walk = [Action(object_id="man", kind="walk", start_s=0.5, end_s=3.0, target=(2.0, 0.0, 0.0))]
    man = SceneObject(id="man", name="man", type="man", transform=Transform(position=(-2.0, 0.0, 0.0)))
    for place, kind in (("meadow", "step_grass"), ("moon", None)):
        scene = Scene(objects=[man], cameras=[Camera(name="main", position=(0.0, 1.5, 7.0))],
                      settings=Settings(setting=place), timeline=Timeline(actions=walk, duration_s=4.0))
        heard_kinds = {c.kind for c in scene_cues(scene)}
        assert heard_kinds == ({kind} if kind else set()), (place, heard_kinds)


def test_a_fire_put_out_hisses_in_steam_when_the_water_lands() -> None:
    from autark.jobs.changes import change_ops
    from autark.jobs.shot_actions import with_ops
    from autark.scene.evaluate import evaluate

    fire = SceneObject(id="obj1", name="campfire", type="campfire", transform=Transform(position=(0.0, 0.0, 0.0)))
    scene = Scene(objects=[fire], cameras=[Camera(name="main", position=(0.0, 1.5, 7.0))],
                  settings=Settings(duration_s=5.0, setting="meadow"), timeline=Timeline(duration_s=5.0))
    scene = with_ops(scene, change_ops(scene, evaluate(scene, 1.0), "extinguish", "obj1", 1.0, 3.0, 5.0))
    (hiss,) = [c for c in scene_cues(scene) if c.kind == "hiss"]
    shown = min(k.time_s for tr in scene.timeline.tracks if tr.target.startswith("object:obj1_extinguish")
                and tr.target.endswith(".visible") for k in tr.keyframes if k.value is True)
    assert hiss.time_s == pytest.approx(shown)
    from autark.audio.foley import effect_samples

    steam = effect_samples("hiss", 3).mean(axis=1).astype(np.float64)
    assert _band_share(steam[int(0.3 * 48000):], 48000, 2000.0, 12000.0) > 0.6  # steam, high and broad


def _pitch_track(x: np.ndarray, rate: int, lo_hz: float, hi_hz: float, frame_s: float = 0.06) -> np.ndarray:
    """The call's pitch every frame (autocorrelation peak between ``lo_hz`` and ``hi_hz``), NaN where quiet."""
    n = int(frame_s * rate)
    loud = np.sqrt(np.mean(x ** 2))
    out = []
    for a in range(0, x.shape[0] - n, n // 2):
        f = x[a:a + n] * np.hanning(n)
        if np.sqrt(np.mean(f ** 2)) < 0.3 * loud:
            out.append(np.nan)
            continue
        ac = np.correlate(f, f, "full")[n - 1:]
        lo, hi = int(rate / hi_hz), int(rate / lo_hz)
        out.append(rate / (lo + int(np.argmax(ac[lo:hi]))))
    return np.array(out)


@pytest.mark.parametrize(("kind", "lo_hz", "hi_hz"), [("meow", 450.0, 900.0), ("moo", 90.0, 170.0),
                                                      ("baa", 220.0, 450.0), ("neigh", 400.0, 1200.0)])
def test_each_animal_calls_at_its_own_pitch(kind: str, lo_hz: float, hi_hz: float) -> None:
    from autark.audio.foley import effect_samples

    x = effect_samples(kind, 2).astype(np.float64)
    pitch = _pitch_track(x, 48000, 0.7 * lo_hz, 1.3 * hi_hz)
    voiced = pitch[np.isfinite(pitch)]
    assert voiced.shape[0] >= 4 and lo_hz <= float(np.median(voiced)) <= hi_hz, (kind, voiced)
    if kind == "meow":  # "mi-aow": up, then down
        top = int(np.argmax(voiced))
        assert 0 < top < voiced.shape[0] - 1 and voiced[top] > 1.1 * max(voiced[0], voiced[-1])
    if kind == "neigh":  # a whinny falls
        assert voiced[:3].mean() > 1.3 * voiced[-3:].mean()


@pytest.mark.parametrize(("sentence", "thing", "kind"), [("Tom drinks from the cup", "cup", "gulp"),
                                                         ("Tom trinkt aus der Tasse", "cup", "gulp"),
                                                         ("Tom pours the bucket", "bucket", "pour"),
                                                         ("Tom verschüttet den Eimer", "bucket", "pour")])
def test_a_drink_is_swallowed_and_a_pour_flows_while_the_jug_is_tipped(silent_voices: VoiceEngine, sentence: str,
                                                                      thing: str, kind: str) -> None:
    scene = _built(silent_voices, sentence, "Tom", "man", thing)
    act = next(a for a in scene.timeline.actions if a.kind in ("drink", "pour", "pour_over"))
    heard = [c for c in _heard(scene) if c.kind == kind]
    if kind == "gulp":
        assert heard and heard[0].time_s == pytest.approx(act.start_s + 1.2)
        assert all(act.start_s + 1.0 < c.time_s < act.end_s for c in heard)
    else:
        (pour,) = heard
        # a jug tipped from 40% of the act on (motion.skills.pour); the hand's own pour from a quarter second
        # (motion.handwork.pour_over, where the idea's verb is a hand act: "pours the bucket")
        start = 0.4 * (act.end_s - act.start_s) if act.kind == "pour" else 0.25
        assert pour.time_s == pytest.approx(act.start_s + start)
        assert pour.duration_s == pytest.approx(act.end_s - act.start_s - start)


def test_a_poured_vessel_rings_higher_as_it_fills_and_a_gulp_is_low() -> None:
    from autark.audio.foley import effect_samples

    x = effect_samples("pour", 1, 3.0).astype(np.float64)

    def resonance(part: np.ndarray) -> float:
        power = np.abs(np.fft.rfft(part * np.hanning(part.shape[0]))) ** 2
        f = np.fft.rfftfreq(part.shape[0], 1 / 48000)
        band = (f > 300) & (f < 1100)
        return float((f[band] * power[band]).sum() / power[band].sum())

    assert resonance(x[int(2.2 * 48000):int(2.8 * 48000)]) > resonance(x[int(0.2 * 48000):int(0.8 * 48000)]) + 80.0
    gulp = effect_samples("gulp", 1).astype(np.float64)
    assert _band_share(gulp, 48000, 100.0, 800.0) > 0.6
