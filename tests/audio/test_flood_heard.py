"""A flood is heard (issue 17: the rising water was silent): a splash as the water comes in, then the rush of
moving water for as long as it rises and a little after, a broad roar of mid and low noise, not a hiss."""

from __future__ import annotations

import numpy as np
import pytest

from autark.audio.foley import effect_samples
from autark.audio.foley_cues import FLOOD_WATER, scene_cues
from autark.jobs.carried_off import FLOOD_ID, flood_ops
from autark.language import apply_sentences
from autark.ops import apply_ops


def test_the_cue_names_the_floodwater_the_story_lays() -> None:
    assert FLOOD_WATER == FLOOD_ID


@pytest.mark.parametrize(("sentences", "start", "end", "depth"), [
    (["add a man named Tom"], 1.0, 4.0, 0.5),
    (["füge eine Köchin namens Eva hinzu", "füge einen Tisch hinzu"], 2.5, 5.0, 0.4),
    (["add a girl named Mia", "add a dog named Rex 2 metres left of Mia"], 0.4, 3.0, 0.6),
    (["füge einen Jungen namens Ben hinzu"], 6.0, 9.5, 0.3),
    (["add a robot named Robo", "add a chair"], 3.0, 3.6, 0.5),
])
def test_a_rising_flood_splashes_then_rushes_while_it_rises(sentences: list[str], start: float, end: float,
                                                           depth: float) -> None:
    scene = apply_sentences(sentences)
    assert not [c for c in scene_cues(scene) if c.kind == "rush"]
    scene = apply_ops(scene, flood_ops(scene, start, end, depth))
    cues = scene_cues(scene)
    splash = [c for c in cues if c.kind == "splash"]
    rush = [c for c in cues if c.kind == "rush"]
    assert splash and abs(splash[0].time_s - start) < 0.05
    assert len(rush) == 1 and abs(rush[0].time_s - start) < 0.2
    assert rush[0].duration_s is not None and rush[0].duration_s >= max(end - start, 1.0) + 1.0


def test_the_rush_is_a_sustained_roar_of_moving_water() -> None:
    rate = 48000
    x = effect_samples("rush", seed=3, duration_s=5.0, sample_rate_hz=rate)
    assert x.shape[0] == pytest.approx(5.0 * rate, rel=0.01)
    mono = x.mean(axis=1) if x.ndim == 2 else x
    hops = [float(np.sqrt(np.mean(mono[k:k + rate // 4] ** 2))) for k in range(rate // 2, 4 * rate, rate // 4)]
    assert min(hops) > 0.25 * max(hops)  # it goes on, it does not die away after an onset
    spec = np.abs(np.fft.rfft(mono[rate:3 * rate])) ** 2
    f = np.fft.rfftfreq(2 * rate, 1 / rate)
    body = spec[(f > 150) & (f < 2500)].sum()
    assert body > 0.7 * spec[f > 20].sum()  # low and mid, the roar of water, not a steam hiss
    assert 20 * np.log10(max(hops) / max(float(np.abs(mono).max()), 1e-9)) > -20  # no spike over a quiet bed
