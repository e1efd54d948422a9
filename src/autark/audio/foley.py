"""Sound effects ("foley"): an explosion, glass breaking, a fire catching, a splash, a body falling, applause ...
synthesised from seeded noise, impulses and damped resonances, so nothing is downloaded (CC0 by construction)
and the same cue always sounds the same.

Each effect is a :class:`FoleySound` in the registry ``FOLEY`` (plugins add their own; a name already taken is
refused). ``effect_samples(kind, seed)`` is its sound as mono or stereo float32 at ``SAMPLE_RATE_HZ``, scaled
to the effect's ``level_lufs`` exactly: the integrated loudness (BS.1770, ``autark.audio.mixer.loudness_lufs``)
of the sound padded with silence to at least 0.4 s. A sound that lasts (applause, frying, an eruption) is made
for the length it is asked for.

Each design follows what makes the real sound, with the time constants of that physics:

- ``explosion``: a shock front is broadband and instantaneous (a 2 ms rise), the fireball's roar a low-passed
  rumble that dies over a second or two; a sub-bass thump dropping in pitch gives it weight.
- ``shatter``: glass or pottery breaking is a sharp broadband crack, then dozens of shards, each a small
  stiff plate ringing high (2.5-9 kHz) for a few milliseconds, tinkling on as they land over half a second.
- ``collapse``: something big coming down: wood cracking (sharp, mid-band), then a long low rumble of rubble
  with many dull impacts.
- ``ignite``: a fire catching is a rush of air drawn in: band-passed noise whose band and level swell.
- ``splash``: an impact on water (a broadband slap), the cavity's collapse (a low "plonk"), droplets falling
  back, each a tiny bubble ringing at a rising pitch (Minnaert resonance of a shrinking bubble).
- ``thud``: a body on the ground: a low, heavily damped thump (75-110 Hz, falling) and a short dull slap.
- ``clap``: two hands meeting: a 1 ms rise, a 6-12 ms ring of the air cavity between the palms (about
  1-2.5 kHz, it differs per person).
- ``applause``: a crowd: many independent clappers at 3-5 claps a second, each with its own palms, spread
  across the stereo field, in a room whose echoes fill the gaps between the claps.
- ``knock``: knuckles on wood: three knocks a fifth of a second apart, each the board's low modes
  (150-450 Hz) ringing for tens of milliseconds.
- ``kick``: a foot on a ball: a dull, short thump of leather and air (100-600 Hz) and the ball's ping.
- ``bounce``: a ball bouncing: thumps each sooner and softer than the last (restitution 0.7).
- ``crunch``: a bite into something crisp: a dense burst of micro-fractures (tiny broadband clicks, 100 ms),
  then two softer chews.
- ``shimmer``: magic, by film convention: an upward arpeggio of bell-like high partials with a sparkle of air.
- ``whoosh``: something fast passing: band-passed noise whose band rises and falls as it passes (Doppler).
- ``sizzle``: frying: dense tiny pops of water in hot oil over a steady high hiss.
- ``blaze``: a big fire burning on: the crackle of the fire ambience (``autark.audio.ambient``) over the low
  roar of the air it draws in.
- ``eruption``: a volcano: a deep continuous rumble with a chuff of gas at every throw of lava.
- ``frost``: water freezing, ice cracking: sparse high, very short ticks and creaks.
- ``hiss``: water on a fire: a splash, then steam rushing off the embers with the crackle of drops boiling.
- ``ding``: a small bell: inharmonic partials (1, 2.76, 5.40, 8.93 times the fundamental, as a free bar or a
  handbell) each decaying faster the higher it is.

- ``hit``: a hammer's blow: a wooden board's low modes (180-260 and 600-900 Hz, 12-30 ms) and the nail's
  steel ping under it.
- ``punch``: a fist on a body: a short slap of skin (300-3000 Hz, 25 ms) over the dull thump of the chest
  (110-150 Hz, falling).
- ``clang``: swords meeting: two thin steel bars ringing at their bending modes (1, 2.76, 5.40 times 650-950
  Hz), slightly apart so they beat, the higher modes dying sooner, after a sharp 2-9 kHz strike.
- ``roar``: a big beast (a dragon, a lion, a bear): a low, rough voice (70-130 Hz, its pitch rising with the
  breath and falling as it runs out) through a long throat's low, broad formants (about 350, 900, 1700 Hz),
  rattling at about 30 Hz, swelling in 0.2 s and dying over the last 40% of its 1.8 s.

Animals' calls and a telephone's bell are in ``autark.audio.foley_calls``.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache

import numpy as np

from autark.audio._signal import SAMPLE_RATE_HZ, attack_decay, damped_ring, filtered, pan_gains, seconds
from autark.errors import AudioError
from autark.registry import Registry

__all__ = ["FOLEY", "FoleySound", "effect_samples", "measure_level_lufs"]

# make(rng, rate, duration_s) -> samples, (n,) or (n, 2); duration_s is the length asked for (sustained sounds)
Make = Callable[[np.random.Generator, int, float], np.ndarray]


@dataclass(frozen=True)
class FoleySound:
    """One effect: ``make`` draws it from a generator; ``level_lufs`` is the loudness it is scaled to,
    ``duration_s`` its length when no length is asked (``sustained``: it plays as long as asked)."""

    make: Make
    level_lufs: float
    duration_s: float
    sustained: bool = False


def _check(name: str, sound: FoleySound) -> None:
    from autark.errors import RegistryError

    if not isinstance(sound, FoleySound):
        raise RegistryError(f"the sound effect {name!r} must be a FoleySound, not {type(sound).__name__}")
    if not (-60.0 <= sound.level_lufs <= 0.0) or not (0.0 < sound.duration_s <= 60.0):
        raise RegistryError(f"the sound effect {name!r} needs a level in -60..0 LUFS and a length in 0..60 s")


def effect_samples(kind: str, seed: int = 0, duration_s: float | None = None,
                   sample_rate_hz: int = SAMPLE_RATE_HZ) -> np.ndarray:
    """The effect ``kind`` drawn from ``seed``, at its ``level_lufs``: float32, (n,) mono or (n, 2) stereo. A
    sustained effect lasts ``duration_s`` (its own length when None); others are their own length."""
    sound = FOLEY[kind]
    length = sound.duration_s if duration_s is None or not sound.sustained else float(duration_s)
    return _made(kind, int(seed), round(max(0.1, min(length, 60.0)), 2), int(sample_rate_hz)).copy()


@lru_cache(maxsize=32)  # every cue has a seed of its own: a long-lived studio must not keep them all
def _made(kind: str, seed: int, duration_s: float, rate: int) -> np.ndarray:
    sound = FOLEY[kind]
    rng = np.random.default_rng([seed, sum(map(ord, kind)), 41])
    x = np.asarray(sound.make(rng, rate, duration_s), dtype=np.float64)
    if x.ndim not in (1, 2) or (x.ndim == 2 and x.shape[1] != 2) or x.shape[0] < 2 or not np.all(np.isfinite(x)):
        raise AudioError(f"the sound effect {kind!r} made {x.shape} samples, some not finite"
                         if x.size and not np.all(np.isfinite(x)) else
                         f"the sound effect {kind!r} made samples of shape {x.shape}, not mono or stereo",
                         hint="a plugin's effect must return (n,) or (n, 2) finite samples")
    x = x - x.mean(axis=0)  # no DC offset: it would thump when the mixer's fades meet it
    n = x.shape[0]
    edge = min(int(0.005 * rate), n // 4)
    if edge:
        x[-edge:] *= np.linspace(1.0, 0.0, edge).reshape((-1,) + (1,) * (x.ndim - 1))  # ends on silence
    level = measure_level_lufs(x, rate)
    if not np.isfinite(level):
        raise AudioError(f"the sound effect {kind!r} came out silent", hint="a plugin's effect must be heard")
    out = (x * 10.0 ** ((sound.level_lufs - level) / 20.0)).astype(np.float32)
    out.setflags(write=False)
    return out


def measure_level_lufs(x: np.ndarray, sample_rate_hz: int = SAMPLE_RATE_HZ) -> float:
    """An effect's loudness as its level is defined: integrated loudness of the sound padded to 0.4 s."""
    from autark.audio.mixer import loudness_lufs

    arr = np.asarray(x, dtype=np.float32)
    need = int(0.4 * sample_rate_hz) + 1
    if arr.shape[0] < need:
        arr = np.concatenate([arr, np.zeros((need - arr.shape[0],) + arr.shape[1:], np.float32)])
    return float(loudness_lufs(arr, sample_rate_hz))


# -- building blocks --------------------------------------------------------------------------------------------
_t, _env, _ring = seconds, attack_decay, damped_ring  # the effects' building blocks (autark.audio._signal)


def _add(out: np.ndarray, at_s: float, piece: np.ndarray, rate: int, gain: float = 1.0) -> None:
    """Add ``piece`` into ``out`` from ``at_s`` (cut at the end of ``out``)."""
    a = int(round(at_s * rate))
    b = min(out.shape[0], a + piece.shape[0])
    if b > a >= 0:
        out[a:b] += gain * piece[:b - a]


def _pan(mono: np.ndarray, pan: float) -> np.ndarray:
    """Equal-power pan, -1 left .. 1 right."""
    return np.outer(mono, pan_gains(pan))


def _sweep(rate: int, f_start: float, f_end: float, length_s: float) -> np.ndarray:
    """A sine gliding exponentially from ``f_start`` to ``f_end``."""
    t = _t(rate, length_s)
    f = f_start * (f_end / f_start) ** (t / max(length_s, 1e-6))
    return np.sin(2 * np.pi * np.cumsum(f) / rate)


def _palms(rng: np.random.Generator, rate: int, centre_hz: float | None = None) -> np.ndarray:
    """One clap: the palms' air cavity rings (band-passed noise) with a 1 ms rise and a ~8 ms decay."""
    centre = centre_hz if centre_hz is not None else float(rng.uniform(1000.0, 2200.0))
    t = _t(rate, 0.06)
    burst = rng.standard_normal(t.shape[0]) * _env(t, 0.001, float(rng.uniform(0.006, 0.011)))
    body = filtered(burst, "bandpass", (centre * 0.6, centre * 1.7), rate)
    return body + 0.15 * filtered(burst, "bandpass", (3000.0, 7000.0), rate)  # the skin's slap, above the cavity


# -- the effects ------------------------------------------------------------------------------------------------
def _explosion(rng: np.random.Generator, rate: int, duration_s: float) -> np.ndarray:
    t = _t(rate, duration_s)
    noise = rng.standard_normal((t.shape[0], 2))
    crack = filtered(noise, "highpass", 1200.0, rate) * _env(t, 0.002, 0.06)[:, None]
    wobble = 0.75 + 0.25 * np.sin(2 * np.pi * rng.uniform(3.0, 6.0) * t + rng.uniform(0, 6.3))
    roar = filtered(noise[::-1].copy(), "lowpass", 220.0, rate, order=4) * (_env(t, 0.015, 0.7) * wobble)[:, None]
    f = 70.0 * np.exp(-t / 0.25) + 32.0  # the thump's pitch falls as the pressure wave spreads
    thump = np.sin(2 * np.pi * np.cumsum(f) / rate) * _env(t, 0.004, 0.22)
    x = 0.35 * crack / np.std(crack) + roar / np.std(roar) + 0.9 * thump[:, None] / np.std(thump)
    # no saturation here: a tanh that rounded the peaks packed the blast's samples near its top, and the mix's
    # limiter then held a dense wall of noise at the ceiling, which AAC's coding noise lifted 2-5 dB over it
    # (the film's limiter rounds the peaks instead, with the rest of the mix)
    return x


def _shatter(rng: np.random.Generator, rate: int, duration_s: float) -> np.ndarray:
    out = np.zeros((int(duration_s * rate), 2))
    t = _t(rate, 0.08)
    hit = filtered(rng.standard_normal((t.shape[0], 2)), "highpass", 900.0, rate) * _env(t, 0.0008, 0.015)[:, None]
    _add(out, 0.0, hit, rate, 1.2)
    # shards: many at first, fewer as they settle; each a stiff fragment ringing high for a few ms
    count = int(rng.integers(45, 65))
    times = np.sort(rng.exponential(0.12, count)) + rng.uniform(0.0, 0.02, count)
    for at in times[times < duration_s - 0.05]:
        ring = sum(_ring(rate, float(rng.uniform(2500.0, 9000.0)), float(rng.uniform(0.002, 0.012)), 0.05)
                   for _ in range(2))
        _add(out, float(at), _pan(ring, float(rng.uniform(-0.7, 0.7))), rate, float(np.exp(-at / 0.25)) * 0.5)
    return out


def _collapse(rng: np.random.Generator, rate: int, duration_s: float) -> np.ndarray:
    t = _t(rate, duration_s)
    noise = rng.standard_normal((t.shape[0], 2))
    rumble = filtered(noise, "lowpass", 250.0, rate, order=4) * _env(t, 0.25, duration_s / 3)[:, None]
    out = rumble / np.std(rumble)
    for at in np.sort(rng.uniform(0.0, 0.5, 3)):  # beams cracking before it gives way
        k = _t(rate, 0.08)
        crack = filtered(rng.standard_normal(k.shape[0]), "bandpass", (600.0, 3500.0), rate) * _env(k, 0.001, 0.02)
        _add(out, float(at), _pan(crack / np.std(crack), float(rng.uniform(-0.5, 0.5))), rate, 1.5)
    for at in rng.uniform(0.4, duration_s * 0.7, 14):  # rubble landing
        _add(out, float(at), _pan(_thud_mono(rng, rate), float(rng.uniform(-0.8, 0.8))), rate,
             float(rng.uniform(0.3, 1.0)))
    return out


def _ignite(rng: np.random.Generator, rate: int, duration_s: float) -> np.ndarray:
    t = _t(rate, duration_s)
    noise = rng.standard_normal(t.shape[0])
    low = filtered(noise, "bandpass", (150.0, 700.0), rate)
    high = filtered(noise[::-1].copy(), "bandpass", (700.0, 2500.0), rate)
    swell = np.clip(t / 0.35, 0.0, 1.0) ** 2  # the band rises as the flame takes hold
    x = (low / np.std(low) * (1 - 0.6 * swell) + high / np.std(high) * swell) * _env(t, 0.35, 0.5)
    return x


def _splash(rng: np.random.Generator, rate: int, duration_s: float) -> np.ndarray:
    out = np.zeros((int(duration_s * rate), 2))
    k = _t(rate, 0.25)
    slap = filtered(rng.standard_normal((k.shape[0], 2)), "bandpass", (400.0, 6000.0), rate) * \
        _env(k, 0.002, 0.06)[:, None]
    _add(out, 0.0, slap / np.std(slap[:2000]), rate)
    plonk = _sweep(rate, 180.0, 320.0, 0.12) * _env(_t(rate, 0.12), 0.005, 0.04)  # the cavity closing
    _add(out, 0.04, _pan(plonk, 0.0), rate, 0.8)
    for at in np.sort(rng.uniform(0.12, duration_s * 0.8, int(rng.integers(18, 28)))):
        length = float(rng.uniform(0.01, 0.03))
        f0 = float(rng.uniform(900.0, 2600.0))
        drop = _sweep(rate, f0, f0 * 1.8, length) * np.exp(-_t(rate, length) / (length / 3))
        _add(out, float(at), _pan(drop, float(rng.uniform(-0.8, 0.8))), rate, float(rng.uniform(0.15, 0.5)))
    return out


def _thud_mono(rng: np.random.Generator, rate: int) -> np.ndarray:
    t = _t(rate, 0.35)
    f = float(rng.uniform(75.0, 110.0)) * (1.0 + 0.6 * np.exp(-t / 0.02))
    body = np.sin(2 * np.pi * np.cumsum(f) / rate) * _env(t, 0.002, 0.06)
    click = filtered(rng.standard_normal(t.shape[0]), "bandpass", (150.0, 1500.0), rate) * _env(t, 0.001, 0.015)
    return body / np.std(body) + 0.8 * click / np.std(click)


def _thud(rng: np.random.Generator, rate: int, duration_s: float) -> np.ndarray:
    return _thud_mono(rng, rate)


def _clap(rng: np.random.Generator, rate: int, duration_s: float) -> np.ndarray:
    return _palms(rng, rate)


def _applause(rng: np.random.Generator, rate: int, duration_s: float) -> np.ndarray:
    n = int(duration_s * rate)
    out = np.zeros((n, 2))
    for _ in range(int(rng.integers(18, 26))):
        centre, pan = float(rng.uniform(900.0, 2400.0)), float(rng.uniform(-0.9, 0.9))
        period = 1.0 / float(rng.uniform(3.0, 5.0))
        at = float(rng.uniform(0.0, 0.25))
        while at < duration_s - 0.06:
            _add(out, at, _pan(_palms(rng, rate, centre * rng.uniform(0.95, 1.05)), pan), rate,
                 float(rng.uniform(0.6, 1.0)))
            at += period * float(rng.uniform(0.85, 1.15))
    # the room: every clap's echoes (a decaying noise tail, RT60 about 0.8 s) fill the gaps between claps
    from scipy.signal import fftconvolve

    k = _t(rate, 0.8)
    tail = filtered(rng.standard_normal((k.shape[0], 2)), "bandpass", (500.0, 5000.0), rate) * \
        np.exp(-k / 0.12)[:, None]
    tail[0] = 0.0
    room = np.stack([fftconvolve(out[:, c], tail[:, c])[:n] for c in range(2)], axis=1)
    out = out + 0.5 * room * np.std(out) / max(float(np.std(room)), 1e-12)
    t = np.arange(n) / rate
    swell = np.minimum(t / 0.3, 1.0) * np.clip((duration_s - t) / 0.6, 0.0, 1.0)  # swells, then dies away
    return out * swell[:, None]


def _knock(rng: np.random.Generator, rate: int, duration_s: float) -> np.ndarray:
    from autark.motion.gestures import KNOCK_RAP_S, KNOCK_RAPS

    out = np.zeros(int(duration_s * rate))
    modes = [float(rng.uniform(150.0, 220.0)), float(rng.uniform(300.0, 450.0)), float(rng.uniform(900.0, 1300.0))]
    for i in range(KNOCK_RAPS):  # on the raps of the knocking hand (autark.motion.gestures.knock)
        knock = sum(a * _ring(rate, f, d, 0.15) for f, a, d in zip(modes, (1.0, 0.7, 0.3), (0.03, 0.02, 0.008),
                                                                     strict=True))
        k = _t(rate, 0.15)
        knock = knock + 0.3 * filtered(rng.standard_normal(k.shape[0]), "bandpass", (1500.0, 4000.0), rate) * \
            _env(k, 0.0005, 0.003)
        _add(out, max(0.0, i * KNOCK_RAP_S + float(rng.uniform(-0.01, 0.01))), knock, rate, 1.0 - 0.1 * i)
    return out


def _kick(rng: np.random.Generator, rate: int, duration_s: float) -> np.ndarray:
    t = _t(rate, duration_s)
    thump = filtered(rng.standard_normal(t.shape[0]), "bandpass", (100.0, 600.0), rate) * _env(t, 0.002, 0.02)
    ping = _ring(rate, float(rng.uniform(190.0, 260.0)), 0.04, duration_s)  # the ball's shell and air ring
    return thump / np.std(thump[:2000]) + 0.6 * ping


def _bounce(rng: np.random.Generator, rate: int, duration_s: float) -> np.ndarray:
    out = np.zeros(int(duration_s * rate))
    at, gap, gain = 0.0, 0.45, 1.0
    while at < duration_s - 0.1 and gain > 0.1:
        _add(out, at, _kick(rng, rate, 0.2), rate, gain)
        at, gap, gain = at + gap, gap * 0.7, gain * 0.7  # each bounce lower: restitution 0.7
    return out


def _crunch(rng: np.random.Generator, rate: int, duration_s: float) -> np.ndarray:
    out = np.zeros(int(duration_s * rate))
    for start, length, gain in ((0.0, 0.11, 1.0), (0.42, 0.07, 0.45), (0.8, 0.06, 0.35)):
        count = int(rng.integers(25, 40) * length / 0.11)
        for at in start + np.sort(rng.uniform(0.0, length, count)):
            k = _t(rate, 0.006)
            click = rng.standard_normal(k.shape[0]) * np.exp(-k / 0.0015)
            _add(out, float(at), click, rate, gain * float(rng.uniform(0.3, 1.0)))
    # the fractures ring in the fruit's flesh and the skull: most of it 1-6 kHz, a little body below
    return filtered(out, "bandpass", (1000.0, 6000.0), rate) + 0.4 * filtered(out, "bandpass", (250.0, 1000.0), rate)


def _shimmer(rng: np.random.Generator, rate: int, duration_s: float) -> np.ndarray:
    out = np.zeros((int(duration_s * rate), 2))
    base = float(rng.uniform(880.0, 1180.0))
    steps = (0, 2, 4, 7, 9, 12, 14, 16, 19)  # a major pentatonic, rising
    for i, step in enumerate(steps):
        f = base * 2 ** (step / 12)
        note = sum(a * _ring(rate, f * r, 0.35 / r ** 0.5, 0.9, float(rng.uniform(0, 6.3)))
                   for r, a in ((1.0, 1.0), (2.0, 0.3), (3.0, 0.12)))
        t = _t(rate, 0.9)
        note = note * (1.0 + 0.3 * np.sin(2 * np.pi * 7.0 * t))  # a tremolo: the sparkle
        _add(out, i * 0.07, _pan(note, -0.6 + 1.2 * i / (len(steps) - 1)), rate, 0.5)
    t = np.arange(out.shape[0]) / rate
    air = filtered(rng.standard_normal((out.shape[0], 2)), "highpass", 5000.0, rate) * _env(t, 0.3, 0.3)[:, None]
    return out + 0.08 * air


def _whoosh(rng: np.random.Generator, rate: int, duration_s: float) -> np.ndarray:
    n = int(duration_s * rate)
    t = np.arange(n) / rate
    noise = rng.standard_normal(n)
    u = t / duration_s
    near = np.exp(-0.5 * ((u - 0.45) / 0.17) ** 2)  # loudest, and highest, as it passes
    lo = filtered(noise, "bandpass", (200.0, 700.0), rate)
    hi = filtered(noise[::-1].copy(), "bandpass", (700.0, 2400.0), rate)
    return (lo / np.std(lo) * (1 - 0.7 * near) + hi / np.std(hi) * near) * near


def _sizzle(rng: np.random.Generator, rate: int, duration_s: float) -> np.ndarray:
    n = int(duration_s * rate)
    t = np.arange(n) / rate
    hiss = filtered(rng.standard_normal((n, 2)), "bandpass", (2500.0, 9000.0), rate)
    hiss = hiss / np.std(hiss) * (0.8 + 0.2 * np.sin(2 * np.pi * 0.7 * t))[:, None]
    pops = np.zeros((n, 2))
    at = np.sort(rng.integers(0, n, int(180 * duration_s)))
    pops[at, rng.integers(0, 2, at.shape[0])] = rng.exponential(1.0, at.shape[0])
    from scipy.signal import lfilter

    pops = lfilter([1.0], [1.0, -np.exp(-1.0 / (0.0015 * rate))], pops, axis=0)  # 1.5 ms each
    pops = filtered(pops, "highpass", 1500.0, rate)
    fade = np.minimum(t / 0.15, 1.0) * np.clip((duration_s - t) / 0.3, 0.0, 1.0)
    pops = np.tanh(pops / (3.0 * max(np.std(pops), 1e-9)))  # a loud pop is rounded off, as in a real pan
    return (0.5 * hiss + 2.0 * pops) * fade[:, None]


def _eruption(rng: np.random.Generator, rate: int, duration_s: float) -> np.ndarray:
    n = int(duration_s * rate)
    t = np.arange(n) / rate
    noise = rng.standard_normal((n, 2))
    rumble = filtered(noise, "lowpass", 120.0, rate, order=4)
    out = rumble / np.std(rumble) * (np.minimum(t / 0.4, 1.0) * np.clip((duration_s - t) / 1.0, 0.0, 1.0))[:, None]
    at = 0.0
    while at < duration_s - 0.6:  # a chuff of gas with each throw of lava (the film's waves, every 0.5 s)
        k = _t(rate, 0.5)
        chuff = filtered(rng.standard_normal(k.shape[0]), "bandpass", (80.0, 900.0), rate) * _env(k, 0.01, 0.12)
        _add(out, at, _pan(chuff / np.std(chuff[:4800]), float(rng.uniform(-0.3, 0.3))), rate, 0.9)
        at += 0.5
    return np.tanh(out / 2.5)


def _blaze(rng: np.random.Generator, rate: int, duration_s: float) -> np.ndarray:
    from autark.audio.ambient import layer_samples

    n = int(duration_s * rate)
    t = np.arange(n) / rate
    crackle = layer_samples("fire", n, int(rng.integers(0, 2**31)), rate)  # the campfire bed's own crackle
    roar = filtered(rng.standard_normal((n, 2)), "lowpass", 160.0, rate, order=4)
    fade = np.minimum(t / 0.8, 1.0) * np.clip((duration_s - t) / 0.8, 0.0, 1.0)
    return (crackle / np.std(crackle) + 0.8 * roar / np.std(roar)) * fade[:, None]


def _frost(rng: np.random.Generator, rate: int, duration_s: float) -> np.ndarray:
    out = np.zeros((int(duration_s * rate), 2))
    for at in np.sort(rng.uniform(0.0, duration_s - 0.05, int(rng.integers(16, 26)))):
        tick = _ring(rate, float(rng.uniform(3000.0, 7000.0)), float(rng.uniform(0.001, 0.004)), 0.02)
        _add(out, float(at), _pan(tick, float(rng.uniform(-0.7, 0.7))), rate, float(rng.uniform(0.3, 1.0)))
    for at in rng.uniform(0.1, duration_s * 0.6, 2):  # the ice creaks as it sets
        k = _t(rate, 0.12)
        creak = filtered(rng.standard_normal(k.shape[0]), "bandpass", (1200.0, 2200.0), rate) * \
            (0.5 + 0.5 * np.sin(2 * np.pi * 60.0 * k)) * _env(k, 0.02, 0.04)
        _add(out, float(at), _pan(creak / np.std(creak), 0.0), rate, 0.4)
    return out


def _hiss(rng: np.random.Generator, rate: int, duration_s: float) -> np.ndarray:
    """Water on a fire: the splash, then steam rushing off the embers (a high hiss, 2-10 kHz, with the
    crackle of drops boiling away), swelling in a tenth of a second and dying over the rest."""
    t = _t(rate, duration_s)
    steam = filtered(rng.standard_normal((t.shape[0], 2)), "bandpass", (2000.0, 10000.0), rate)
    steam = steam / np.std(steam) * _env(t, 0.1, duration_s / 3)[:, None]
    boil = _sizzle(rng, rate, duration_s) * np.exp(-t / (duration_s / 2))[:, None]
    out = steam + 0.6 * boil / max(float(np.std(boil)), 1e-9)
    _add(out, 0.0, _splash(rng, rate, 0.6), rate, 0.5 * float(np.std(out)) / 0.1)
    return out


def _rush(rng: np.random.Generator, rate: int, duration_s: float) -> np.ndarray:
    """Water pouring in and rising: a broad roar of moving water (150-2500 Hz noise whose loudness surges
    slowly), gurgles of air coming up through it, swelling over half a second and ebbing at the end."""
    t = _t(rate, duration_s)
    body = filtered(rng.standard_normal((t.shape[0], 2)), "bandpass", (150.0, 2500.0), rate)
    surge = 0.75 + 0.25 * np.sin(2 * np.pi * 0.45 * t + float(rng.uniform(0, 6.3))) \
        + 0.1 * np.sin(2 * np.pi * 1.3 * t)
    out = body / max(float(np.std(body)), 1e-9) * surge[:, None]
    for at in np.sort(rng.uniform(0.2, max(0.3, duration_s - 0.4), int(6 * duration_s))):
        length = float(rng.uniform(0.03, 0.08))
        f0 = float(rng.uniform(250.0, 700.0))
        glug = _sweep(rate, f0, f0 * 1.6, length) * np.exp(-_t(rate, length) / (length / 3))
        _add(out, float(at), _pan(glug, float(rng.uniform(-0.7, 0.7))), rate, float(rng.uniform(0.6, 1.4)))
    fade = np.minimum(t / 0.5, 1.0) * np.clip((duration_s - t) / 0.8, 0.0, 1.0)
    return out * fade[:, None]


def _ding(rng: np.random.Generator, rate: int, duration_s: float) -> np.ndarray:
    f0 = float(rng.uniform(1100.0, 1500.0))
    return sum(a * _ring(rate, f0 * r, 1.2 / r, duration_s) for r, a in ((1.0, 1.0), (2.76, 0.5), (5.40, 0.25),
                                                                          (8.93, 0.12)))


def _hit(rng: np.random.Generator, rate: int, duration_s: float) -> np.ndarray:
    t = _t(rate, duration_s)
    wood = sum(a * _ring(rate, f, d, duration_s) for f, a, d in (
        (float(rng.uniform(180.0, 260.0)), 1.0, 0.03), (float(rng.uniform(600.0, 900.0)), 0.5, 0.012)))
    nail = 0.25 * _ring(rate, float(rng.uniform(2500.0, 3500.0)), 0.05, duration_s)  # the steel under the blow
    click = filtered(rng.standard_normal(t.shape[0]), "bandpass", (1000.0, 5000.0), rate) * _env(t, 0.0005, 0.003)
    return wood + nail + 0.4 * click / max(float(np.std(click[:480])), 1e-9) * 0.3


def _punch(rng: np.random.Generator, rate: int, duration_s: float) -> np.ndarray:
    t = _t(rate, duration_s)
    slap = filtered(rng.standard_normal(t.shape[0]), "bandpass", (300.0, 3000.0), rate) * _env(t, 0.002, 0.025)
    body = np.sin(2 * np.pi * np.cumsum(float(rng.uniform(110.0, 150.0)) * (1 + 0.5 * np.exp(-t / 0.015))) / rate)
    return 0.4 * slap / max(float(np.std(slap[:2400])), 1e-9) + 1.2 * body * _env(t, 0.003, 0.045)


def _clang(rng: np.random.Generator, rate: int, duration_s: float) -> np.ndarray:
    t = _t(rate, duration_s)
    f0 = float(rng.uniform(650.0, 950.0))
    # two blades: a thin bar's modes (1, 2.76, 5.40 x) on each, slightly apart, beating; higher modes die faster
    ring = sum(a * _ring(rate, f0 * m * r, 0.5 / m ** 0.7, duration_s, float(rng.uniform(0, 6.3)))
               for r in (1.0, float(rng.uniform(1.03, 1.07))) for m, a in ((1.0, 1.0), (2.76, 0.6), (5.40, 0.35)))
    hit = filtered(rng.standard_normal(t.shape[0]), "bandpass", (2000.0, 9000.0), rate) * _env(t, 0.0005, 0.006)
    return ring + 0.8 * hit / max(float(np.std(hit[:480])), 1e-9) * np.std(ring[:4800])


def _roar(rng: np.random.Generator, rate: int, duration_s: float) -> np.ndarray:
    n = int(duration_s * rate)
    t = np.arange(n) / rate
    u = t / duration_s
    # the pitch of a big throat: low (a lion's roar sits at 100-200 Hz, a dragon lower), rising as the breath
    # pushes and falling as it runs out, with the jitter of a rough voice
    f0 = float(rng.uniform(70.0, 85.0)) * (1.0 + 0.55 * np.sin(np.pi * np.clip(u / 0.85, 0.0, 1.0)) ** 1.5)
    wander = filtered(rng.standard_normal(n), "lowpass", 12.0, rate)
    f0 = f0 * (1.0 + 0.04 * wander / max(float(np.std(wander)), 1e-9))
    phase = 2 * np.pi * np.cumsum(f0) / rate
    from scipy.signal import sawtooth

    source = sawtooth(phase) + 0.5 * filtered(rng.standard_normal(n), "lowpass", 3000.0, rate)  # a rasp of breath
    # a long, wide vocal tract: formants low and broad (about 350, 900, 1700 Hz), the chest's resonance below
    voice = sum(g * filtered(source, "bandpass", (f * 0.75, f * 1.3), rate)
                for f, g in ((350.0, 1.0), (900.0, 0.7), (1700.0, 0.35)))
    voice = voice + 0.3 * filtered(source, "lowpass", 220.0, rate)
    growl = 1.0 + 0.45 * np.sin(2 * np.pi * float(rng.uniform(26.0, 34.0)) * t)  # the throat's rattle
    env = np.clip(t / 0.18, 0.0, 1.0) ** 2 * np.clip((1.0 - u) / 0.4, 0.0, 1.0) ** 1.5
    x = voice * growl * env
    return np.tanh(1.5 * x / max(float(np.std(x)), 1e-9)) * env


def _builtins(registry: Registry[FoleySound]) -> None:
    # levels: the loudness each is scaled to, in the stem's own scale (the mix sets the stem under the dialogue)
    for name, make, level, length, sustained in (
            ("explosion", _explosion, -14.0, 2.5, False),
            ("shatter", _shatter, -20.0, 0.9, False),
            ("collapse", _collapse, -16.0, 3.0, False),
            ("ignite", _ignite, -20.0, 1.5, False),
            ("splash", _splash, -19.0, 1.0, False),
            ("thud", _thud, -20.0, 0.35, False),
            ("clap", _clap, -24.0, 0.06, False),
            ("applause", _applause, -19.0, 3.0, True),
            ("knock", _knock, -19.0, 0.7, False),
            ("kick", _kick, -22.0, 0.2, False),
            ("bounce", _bounce, -22.0, 1.5, False),
            ("crunch", _crunch, -24.0, 1.0, False),
            ("shimmer", _shimmer, -23.0, 1.6, False),
            ("whoosh", _whoosh, -22.0, 0.5, False),
            ("sizzle", _sizzle, -25.0, 3.0, True),
            ("eruption", _eruption, -16.0, 4.0, True),
            ("blaze", _blaze, -22.0, 4.0, True),
            ("frost", _frost, -26.0, 1.0, False),
            ("ding", _ding, -22.0, 2.0, False),
            ("hiss", _hiss, -23.0, 2.0, False),
            ("rush", _rush, -17.0, 4.0, True),
            ("roar", _roar, -18.0, 1.8, False),
            ("hit", _hit, -22.0, 0.3, False),
            ("punch", _punch, -20.0, 0.25, False),
            ("clang", _clang, -20.0, 1.5, False)):
        registry.add(name, FoleySound(make, level, length, sustained))
    # animals' calls and a phone's bell, and footsteps: modules of their own
    from autark.audio.foley_calls import CALLS, SUSTAINED
    from autark.audio.foley_heard import HEARD
    from autark.audio.foley_steps import STEPS

    for name, make, level, length in (*CALLS, *STEPS, *HEARD):
        registry.add(name, FoleySound(make, level, length))
    for name, make, level, length in SUSTAINED:
        registry.add(name, FoleySound(make, level, length, sustained=True))


FOLEY: Registry[FoleySound] = Registry("sound effect", builtins=_builtins, check=_check)
