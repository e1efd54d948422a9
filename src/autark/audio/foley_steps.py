"""Footsteps on the ground of a place: one footfall per effect, for ``autark.audio.foley_cues`` to lay on each
touch-down of a walk or a run (``autark.motion.body.footfalls``). Made like ``autark.audio.foley``'s effects
from seeded noise and damped resonances; ``FOLEY`` registers them from ``STEPS``.

- ``step_hard`` (pavement, tiles, stone): a shoe's heel strikes (a sharp click, 1-6 kHz, with the floor's low
  thump under it), the sole rolls down and the toe taps 60 ms later, softer.
- ``step_wood``: a floorboard's hollow knock (its low modes, 120-300 Hz, ringing 40 ms) under the heel's click.
- ``step_grass``: a soft brush: a quick swish of blades (band-passed noise, 1.5-6 kHz) over a muffled thud.
- ``step_snow``: snow packing under the foot: a dense crunch of tiny crackles (0.8-4 kHz) over 150 ms.
- ``step_sand``: a muffled shuffle: low noise (200-1500 Hz) swelling and dying in 120 ms, no click.

``GROUNDS`` says which a place's floor is; on the moon and in space nothing carries the sound (none is cued),
nor underwater.
"""

from __future__ import annotations

import numpy as np

from autark.audio._signal import attack_decay, damped_ring, filtered, seconds

__all__ = ["GROUNDS", "STEPS", "ground_of"]

GROUNDS: dict[str, str] = {
    **dict.fromkeys(("meadow", "forest", "farm", "park", "garden", "playground", "zoo", "sports_field",
                     "mountain_lake", "jungle", "river_bank", "swamp", "village", "stadium"), "step_grass"),
    **dict.fromkeys(("beach", "desert", "mars", "island"), "step_sand"),
    **dict.fromkeys(("sky",), "step_snow"),  # on clouds: a soft crunch, no hard heel
    **dict.fromkeys(("snow_field",), "step_snow"),
    **dict.fromkeys(("living_room", "stage", "ship_deck", "workshop", "library", "bedroom", "gym", "concert_hall",
                     "throne_room", "shop", "attic"), "step_wood"),
    **dict.fromkeys(("moon", "outer_space", "underwater"), ""),
}


def ground_of(setting: str, weather: str, background: str = "") -> str:
    """The footstep effect for a place (``step_hard`` where the table says nothing; snow underfoot outdoors
    where it snows); "" where no step is heard."""
    if background in ("space", "starfield", "moon sky", "underwater"):
        return ""
    ground = GROUNDS.get(setting, "step_hard")
    if weather == "snow" and ground in ("step_grass", "step_sand"):
        return "step_snow"
    return ground


def _hard(rng: np.random.Generator, rate: int, duration_s: float) -> np.ndarray:
    t = seconds(rate, duration_s)
    out = np.zeros(t.shape[0])
    for at, gain in ((0.0, 1.0), (float(rng.uniform(0.05, 0.075)), 0.45)):  # the heel, then the toe
        k = seconds(rate, 0.05)
        click = filtered(rng.standard_normal(k.shape[0]), "bandpass", (1000.0, 6000.0), rate) * attack_decay(
            k, 0.0005, 0.004)
        thump = damped_ring(rate, float(rng.uniform(90.0, 140.0)), 0.012, 0.05)
        piece = gain * (click / max(float(np.std(click[:240])), 1e-9) * 0.3 + 0.8 * thump)
        a = int(at * rate)
        out[a:a + piece.shape[0]] += piece[:max(0, out.shape[0] - a)]
    return out


def _wood(rng: np.random.Generator, rate: int, duration_s: float) -> np.ndarray:
    t = seconds(rate, duration_s)
    board = sum(g * damped_ring(rate, float(rng.uniform(lo, hi)), d, duration_s)
                for lo, hi, g, d in ((120.0, 180.0, 1.0, 0.04), (220.0, 300.0, 0.6, 0.03), (500.0, 700.0, 0.3, 0.015)))
    click = filtered(rng.standard_normal(t.shape[0]), "bandpass", (1500.0, 5000.0), rate) * attack_decay(
        t, 0.0005, 0.003)
    return board + 0.25 * click / max(float(np.std(click[:240])), 1e-9)


def _grass(rng: np.random.Generator, rate: int, duration_s: float) -> np.ndarray:
    t = seconds(rate, duration_s)
    swish = filtered(rng.standard_normal(t.shape[0]), "bandpass", (1500.0, 6000.0), rate) * attack_decay(
        t, 0.015, 0.045)
    thud = filtered(rng.standard_normal(t.shape[0]), "lowpass", 300.0, rate) * attack_decay(t, 0.005, 0.03)
    return swish / max(float(np.std(swish)), 1e-9) + 0.6 * thud / max(float(np.std(thud)), 1e-9)


def _snow(rng: np.random.Generator, rate: int, duration_s: float) -> np.ndarray:
    n = int(duration_s * rate)
    grains = np.zeros(n)
    at = np.sort(rng.uniform(0.0, 0.15, int(rng.integers(40, 60))))
    grains[(at * rate).astype(int)] = rng.uniform(0.3, 1.0, at.shape[0]) * np.exp(-at / 0.08)
    from scipy.signal import lfilter

    grains = lfilter([1.0], [1.0, -np.exp(-1.0 / (0.0012 * rate))], grains)  # each crackle 1.2 ms
    return filtered(grains, "bandpass", (800.0, 4000.0), rate)


def _sand(rng: np.random.Generator, rate: int, duration_s: float) -> np.ndarray:
    t = seconds(rate, duration_s)
    return filtered(rng.standard_normal(t.shape[0]), "bandpass", (200.0, 1500.0), rate) * attack_decay(t, 0.03, 0.04)


# name, make(rng, rate, duration_s), level (LUFS in FOLEY's scale: each footfall's click 8-10 dB under a knock's,
# a run's 3 dB over a walk's), length (s)
STEPS = (("step_hard", _hard, -35.0, 0.15), ("step_wood", _wood, -33.0, 0.2), ("step_grass", _grass, -30.0, 0.15),
         ("step_snow", _snow, -33.0, 0.2), ("step_sand", _sand, -30.0, 0.15))
