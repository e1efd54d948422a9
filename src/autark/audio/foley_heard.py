"""Sounds heard from off screen: what a ``listen`` action hears (``autark.scene.sounds.HEARD_SOUNDS``), played
as the listening begins, before the head turns (``autark.motion.listening.REACT_S``), so the film has the
cause before the reaction.

Most are effects autark already has (a knock, an animal's call, the telephone's bell, footsteps); four are made
here like ``autark.audio.foley``'s, from seeded sources (nothing downloaded):

- ``creak``: a door or a floorboard: stick-slip friction, a click train whose rate glides 25 -> 70 -> 40 per
  second, rung through a wooden body's resonances (about 600, 1400 and 2600 Hz), 0.9 s.
- ``scream``: a person's scream: a voice high and strained (f0 rising 600 -> 1000 Hz and falling back, a fast
  tremble) through an open /a/ (formants about 1000, 1600, 3000 Hz), 1.2 s.
- ``howl``: a wolf's or a dog's howl: nearly a pure tone gliding up an octave (350 -> 700 Hz) and sinking, a
  slow vibrato, 2.2 s.
- ``whistle``: a two-note whistle, a pure tone gliding up (1.2 -> 2.4 kHz), then up and down again.
"""

from __future__ import annotations

import numpy as np

from autark.audio._signal import filtered
from autark.audio._signal import seconds as _t
from autark.audio.foley_calls import _glide, _voice
from autark.scene.sounds import HEARD_SOUNDS
from autark.scene.timeline import Action

__all__ = ["HEARD", "heard_cues", "PLAYED_AS"]

_STEP_GAP_S = 0.45  # footsteps heard: one every so often, coming nearer


def _creak(rng: np.random.Generator, rate: int, duration_s: float) -> np.ndarray:
    n = int(duration_s * rate)
    hz = _glide(rate, duration_s, [(0.0, 25.0), (0.45, float(rng.uniform(60.0, 80.0))), (1.0, 40.0)])
    phase = np.cumsum(hz) / rate
    clicks = np.diff(np.floor(phase), prepend=0.0) * (1.0 + 0.3 * rng.standard_normal(n))
    body = sum(g * filtered(clicks, "bandpass", (f * 0.85, f * 1.15), rate)
               for f, g in ((600.0, 1.0), (1400.0, 0.7), (2600.0, 0.35)))
    t = _t(rate, duration_s)
    return body * np.clip(t / 0.05, 0.0, 1.0) * np.clip((duration_s - t) / 0.2, 0.0, 1.0)


def _scream(rng: np.random.Generator, rate: int, duration_s: float) -> np.ndarray:
    base = float(rng.uniform(580.0, 680.0))
    f0 = _glide(rate, duration_s, [(0.0, base), (0.3, base * 1.6), (0.8, base * 1.5), (1.0, base * 1.1)])
    f0 = f0 * (1.0 + 0.03 * np.sin(2 * np.pi * 9.0 * _t(rate, duration_s)))
    voice = _voice(rng, rate, f0, [(1000.0, 500.0, 1.0), (1600.0, 600.0, 0.8), (3000.0, 900.0, 0.5)], breath=0.3)
    t = _t(rate, duration_s)
    return voice * np.clip(t / 0.06, 0.0, 1.0) * np.clip((duration_s - t) / 0.35, 0.0, 1.0)


def _howl(rng: np.random.Generator, rate: int, duration_s: float) -> np.ndarray:
    base = float(rng.uniform(330.0, 380.0))
    t = _t(rate, duration_s)
    f0 = _glide(rate, duration_s, [(0.0, base), (0.35, base * 2.0), (0.75, base * 1.9), (1.0, base * 1.3)])
    f0 = f0 * (1.0 + 0.012 * np.sin(2 * np.pi * 5.0 * t))
    phase = 2 * np.pi * np.cumsum(f0) / rate
    tone = np.sin(phase) + 0.25 * np.sin(2 * phase) + 0.05 * filtered(rng.standard_normal(t.shape[0]), "bandpass",
                                                                       (300.0, 1500.0), rate)
    return tone * np.clip(t / 0.3, 0.0, 1.0) * np.clip((duration_s - t) / 0.6, 0.0, 1.0)


def _whistle(rng: np.random.Generator, rate: int, duration_s: float) -> np.ndarray:
    t = _t(rate, duration_s)
    lift = float(rng.uniform(0.95, 1.05))
    f0 = _glide(rate, duration_s, [(0.0, 1200.0), (0.3, 2400.0), (0.38, 0.0), (0.45, 1400.0), (0.7, 2600.0),
                                   (1.0, 1300.0)]) * lift
    gate = ((t < 0.32 * duration_s) | (t > 0.45 * duration_s)).astype(float)
    gate = filtered(gate, "lowpass", 60.0, rate) * np.clip((duration_s - t) / 0.08, 0.0, 1.0)  # ends on silence
    return np.sin(2 * np.pi * np.cumsum(f0) / rate) * gate


# name, make(rng, rate, duration_s), level (LUFS in FOLEY's scale), length (s)
HEARD = (("creak", _creak, -24.0, 0.9), ("scream", _scream, -20.0, 1.2), ("howl", _howl, -22.0, 2.2),
         ("whistle", _whistle, -24.0, 0.9))
# a heard sound -> the effects that play it: (effect, seconds after the listening begins, gain dB)
PLAYED_AS: dict[str, tuple[tuple[str, float, float], ...]] = {
    "footsteps": tuple(("step_wood", -0.6 + k * _STEP_GAP_S, 8.0 + 2.0 * k) for k in range(5)),
    "knock": (("knock", 0.0, 0.0),), "creak": (("creak", 0.0, 0.0),), "scream": (("scream", 0.0, 0.0),),
    "bark": (("bark", 0.0, 0.0),), "meow": (("meow", 0.0, 0.0),), "howl": (("howl", 0.0, 0.0),),
    "roar": (("roar", 0.0, 0.0),), "moo": (("moo", 0.0, 0.0),), "neigh": (("neigh", 0.0, 0.0),),
    "chirp": (("chirp", 0.0, 0.0),), "crash": (("shatter", 0.0, 0.0),), "bang": (("thud", 0.0, 6.0),),
    "bell": (("ding", 0.0, 0.0),), "phone": (("phone_ring", 0.0, 0.0),), "whistle": (("whistle", 0.0, 0.0),),
    "splash": (("splash", 0.0, 0.0),), "noise": (("creak", 0.0, 0.0), ("thud", 0.7, 4.0)),
}
assert set(PLAYED_AS) == set(HEARD_SOUNDS), "every heard sound is played"


def heard_cues(actions: list[Action]) -> list[tuple[float, str, str, float, float | None]]:
    """(time, effect, object id, gain dB, None) for each sound a ``listen`` action hears: placed at what it
    listens to (a door), or at the listener, turned down 2 dB as it comes from off screen."""
    out: list[tuple[float, str, str, float, float | None]] = []
    for a in actions:
        if a.kind != "listen" or a.item not in PLAYED_AS:
            continue
        for effect, at, gain in PLAYED_AS[a.item]:
            out.append((max(0.0, a.start_s + at), effect, a.target_object or a.object_id, gain - 2.0, None))
    return out
