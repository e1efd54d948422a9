"""Sound effects of calls and signals: animals' voices (a dog's bark, a cat's meow, a bird's chirp, a cow's
moo, a sheep's bleat, a horse's whinny) and a telephone's bell, made like ``autark.audio.foley``'s effects from
seeded sources and resonances (nothing downloaded); ``FOLEY`` registers them from ``CALLS``.

A voice is a source (a train of glottal pulses at the call's pitch, with the jitter and breath of a real throat)
through the formants of the animal's vocal tract; each design keeps the pitch contour and formant glide that
tell the call apart (measured calls: a medium dog barks at 300-600 Hz, a cat meows at 500-800 Hz gliding from
/i/ to /au/, a cow lows at 100-150 Hz, a sheep bleats at 250-400 Hz with a 6-8 Hz tremble, a horse whinnies
at 600-1000 Hz falling, quavering at 8-12 Hz).

- ``bark``: two barks 0.3 s apart: each a sharp onset, 130 ms, the pitch dropping a fifth, rough (noise in
  the source), formants about 900 and 2500 Hz.
- ``meow``: one "mi-aow" of 0.75 s: the pitch rising then falling, the formants gliding from /i/ (F2 2300 Hz)
  through /a/ (F1 900) to /u/ (F2 850).
- ``chirp``: a bird's phrase: quick sweeps at 2.5-5 kHz (the birds of ``autark.audio.ambient``).
- ``moo``: a low hum through the closed mouth opening to /u:/ over 1.3 s, the pitch sagging.
- ``baa``: a bleat of 0.7 s: /ae/ with the pitch trembling 7 times a second.
- ``neigh``: a whinny of 1.3 s: high and falling, quavering, ending in a snort of breath.
- ``phone_ring``: a telephone's bell: two bells struck 20 times a second by the hammer, two bursts of 0.4 s.
- ``pour``: liquid poured (a sustained sound): a stream's splashing noise (400-3000 Hz) gurgling 10-20 times
  a second, over the vessel's air column whose resonance rises as it fills (400 -> 900 Hz).
- ``gulp``: a swallow: a short low burst (150-600 Hz) with a quick upward click of the throat.
"""

from __future__ import annotations

import numpy as np

from autark.audio._signal import attack_decay as _env
from autark.audio._signal import damped_ring as _ring
from autark.audio._signal import filtered
from autark.audio._signal import seconds as _t

__all__ = ["CALLS"]


def _voice(rng: np.random.Generator, rate: int, f0: np.ndarray,
           formants: list[tuple[np.ndarray | float, float, np.ndarray | float]], breath: float = 0.1) -> np.ndarray:
    """A pulse-train voice at pitch ``f0`` (Hz per sample) through formants (centre Hz, fixed or per sample;
    bandwidth Hz; gain, fixed or per sample) that may glide, approximated in 20 ms frames of band-passed source, overlapped."""
    n = f0.shape[0]
    shapes = [(np.broadcast_to(np.asarray(c, float), (n,)), w, np.broadcast_to(np.asarray(g, float), (n,)))
              for c, w, g in formants]
    jitter = 1.0 + 0.01 * filtered(rng.standard_normal(n), "lowpass", 30.0, rate) / 0.05
    phase = np.cumsum(f0 * jitter) / rate
    pulses = np.diff(np.floor(phase), prepend=0.0)  # one impulse per period
    source = filtered(pulses, "lowpass", 6000.0, rate) * 10.0 + breath * rng.standard_normal(n)
    hop = int(0.01 * rate)
    win = np.hanning(2 * hop)
    out = np.zeros(n + 2 * hop)
    padded = np.concatenate([source, np.zeros(2 * hop)])
    for a in range(0, n, hop):
        seg = padded[a:a + 2 * hop]
        if seg.shape[0] < 2 * hop:
            break
        shaped = np.zeros(2 * hop)
        for centre, width, gain in shapes:
            c = float(centre[min(a + hop, n - 1)])
            lo, hi = max(40.0, c - width / 2), min(0.45 * rate, c + width / 2)
            shaped += float(gain[min(a + hop, n - 1)]) * filtered(seg, "bandpass", (lo, hi), rate, order=2)
        out[a:a + 2 * hop] += shaped * win
    return out[:n]


def _glide(rate: int, length_s: float, points: list[tuple[float, float]]) -> np.ndarray:
    """A curve through (share of the length, value) points, per sample."""
    t = np.linspace(0.0, 1.0, int(round(length_s * rate)))
    u, v = zip(*points, strict=True)
    return np.interp(t, u, v)


def _bark(rng: np.random.Generator, rate: int, duration_s: float) -> np.ndarray:
    out = np.zeros(int(duration_s * rate))
    base = float(rng.uniform(320.0, 520.0))
    for i, at in enumerate((0.0, float(rng.uniform(0.26, 0.34)))):
        length = float(rng.uniform(0.11, 0.15))
        f0 = _glide(rate, length, [(0.0, base * 1.1), (0.3, base * 1.2), (1.0, base * 0.75)])
        one = _voice(rng, rate, f0, [(900.0, 500.0, 1.0), (2500.0, 900.0, 0.5), (500.0, 300.0, 0.5)], breath=0.6)
        t = _t(rate, length)
        one = one * np.minimum(t / 0.008, 1.0) * np.clip((length - t) / 0.05, 0.0, 1.0)
        a = int(at * rate)
        out[a:a + one.shape[0]] += one[:max(0, out.shape[0] - a)] * (1.0 - 0.15 * i)
    return out


def _meow(rng: np.random.Generator, rate: int, duration_s: float) -> np.ndarray:
    base = float(rng.uniform(520.0, 650.0))
    f0 = _glide(rate, duration_s, [(0.0, base), (0.35, base * 1.3), (0.8, base * 1.05), (1.0, base * 0.85)])
    f1 = _glide(rate, duration_s, [(0.0, 350.0), (0.3, 900.0), (0.7, 850.0), (1.0, 450.0)])
    f2 = _glide(rate, duration_s, [(0.0, 2300.0), (0.3, 1500.0), (0.7, 1200.0), (1.0, 850.0)])
    x = _voice(rng, rate, f0, [(f1, 300.0, 1.0), (f2, 500.0, 0.7), (3500.0, 800.0, 0.2)],
               breath=0.15)
    t = _t(rate, duration_s)[:x.shape[0]]
    return x * np.minimum(t / 0.06, 1.0) * np.clip((duration_s - t) / 0.15, 0.0, 1.0)


def _chirp_call(rng: np.random.Generator, rate: int, duration_s: float) -> np.ndarray:
    from autark.audio.ambient import _chirp

    out = np.zeros(int(duration_s * rate))
    at = 0.0
    while at < duration_s - 0.35:
        phrase = _chirp(rng, rate)
        a = int(at * rate)
        out[a:a + phrase.shape[0]] += phrase[:out.shape[0] - a]
        at += phrase.shape[0] / rate + float(rng.uniform(0.15, 0.4))
    return out


def _moo(rng: np.random.Generator, rate: int, duration_s: float) -> np.ndarray:
    base = float(rng.uniform(110.0, 145.0))
    f0 = _glide(rate, duration_s, [(0.0, base * 0.9), (0.25, base * 1.05), (1.0, base * 0.85)])
    opening = _glide(rate, duration_s, [(0.0, 0.0), (0.35, 1.0), (0.85, 1.0), (1.0, 0.4)])
    f1 = 250.0 + 150.0 * opening
    x = _voice(rng, rate, f0, [(f1, 200.0, 1.0), (650.0 + 300.0 * opening, 300.0, 0.6 * opening + 0.05),
                               (2400.0, 600.0, 0.08)], breath=0.05)
    t = _t(rate, duration_s)[:x.shape[0]]
    return x * np.minimum(t / 0.15, 1.0) * np.clip((duration_s - t) / 0.3, 0.0, 1.0)


def _baa(rng: np.random.Generator, rate: int, duration_s: float) -> np.ndarray:
    base = float(rng.uniform(260.0, 380.0))
    t = _t(rate, duration_s)
    tremble = 1.0 + 0.06 * np.sin(2 * np.pi * float(rng.uniform(6.0, 8.0)) * t)
    f0 = _glide(rate, duration_s, [(0.0, base), (0.2, base * 1.08), (1.0, base * 0.92)])[:t.shape[0]] * tremble
    x = _voice(rng, rate, f0, [(750.0, 350.0, 1.0), (1700.0, 500.0, 0.6), (2700.0, 700.0, 0.3)], breath=0.3)
    amp = 0.7 + 0.3 * np.sin(2 * np.pi * 7.0 * t) ** 2
    return x * amp * np.minimum(t / 0.04, 1.0) * np.clip((duration_s - t) / 0.2, 0.0, 1.0)


def _neigh(rng: np.random.Generator, rate: int, duration_s: float) -> np.ndarray:
    voiced_s = 0.75 * duration_s
    base = float(rng.uniform(750.0, 950.0))
    t = _t(rate, voiced_s)
    quaver = 1.0 + 0.08 * np.sin(2 * np.pi * float(rng.uniform(8.0, 12.0)) * t)
    f0 = _glide(rate, voiced_s, [(0.0, base * 1.1), (0.2, base * 1.2), (1.0, base * 0.55)])[:t.shape[0]] * quaver
    x = _voice(rng, rate, f0, [(1100.0, 600.0, 1.0), (2600.0, 900.0, 0.5)], breath=0.4)
    x = x * np.minimum(t / 0.05, 1.0) * np.clip((voiced_s - t) / 0.2, 0.0, 1.0)
    k = _t(rate, duration_s - voiced_s)
    snort = filtered(rng.standard_normal(k.shape[0]), "bandpass", (200.0, 1500.0), rate) * _env(k, 0.01, 0.08)
    snort = snort / max(float(np.std(snort[:int(0.1 * rate)])), 1e-9) * float(np.std(x)) * 0.8
    return np.concatenate([x, snort])


def _phone_ring(rng: np.random.Generator, rate: int, duration_s: float) -> np.ndarray:
    out = np.zeros(int(duration_s * rate))
    f0 = float(rng.uniform(1400.0, 1700.0))
    strike = sum(a * _ring(rate, f0 * r, 0.08 / r ** 0.5, 0.1) for r, a in ((1.0, 1.0), (2.76, 0.5), (5.4, 0.2)))
    strike_b = sum(a * _ring(rate, f0 * 1.12 * r, 0.08 / r ** 0.5, 0.1) for r, a in ((1.0, 1.0), (2.76, 0.5)))
    for burst in (0.0, 0.6):  # two bursts of the bells, 0.4 s each, a fifth of a second apart
        for k in range(8):  # the hammer swings between the two bells 20 times a second
            a = int((burst + k * 0.05) * rate)
            piece = strike if k % 2 == 0 else strike_b
            out[a:a + piece.shape[0]] += piece[:max(0, out.shape[0] - a)]
    return out


def _pour(rng: np.random.Generator, rate: int, duration_s: float) -> np.ndarray:
    n = int(duration_s * rate)
    t = np.arange(n) / rate
    stream = filtered(rng.standard_normal(n), "bandpass", (400.0, 3000.0), rate)
    wobble = filtered(rng.standard_normal(n), "bandpass", (10.0, 20.0), rate)
    gurgle = 0.6 + 0.4 * np.tanh(wobble / max(float(np.std(wobble)), 1e-9))
    # the vessel fills and its air column shortens: its resonance glides 400 -> 900 Hz, made as five fixed
    # resonances handed on one to the next
    noise = rng.standard_normal(n)
    pos = 4.0 * t / max(duration_s, 1e-3)
    column = sum(filtered(noise, "bandpass", (0.85 * c, 1.15 * c), rate) * np.clip(1.0 - np.abs(pos - i), 0.0, 1.0)
                 for i, c in enumerate(np.linspace(400.0, 900.0, 5)))
    x = stream / np.std(stream) * gurgle + 0.5 * column / max(float(np.std(column)), 1e-9)
    return x * np.minimum(t / 0.1, 1.0) * np.clip((duration_s - t) / 0.2, 0.0, 1.0)


def _gulp(rng: np.random.Generator, rate: int, duration_s: float) -> np.ndarray:
    t = _t(rate, duration_s)
    body = filtered(rng.standard_normal(t.shape[0]), "bandpass", (150.0, 600.0), rate) * _env(t, 0.01, 0.04)
    f = float(rng.uniform(280.0, 350.0)) * (1.0 + 1.0 * np.minimum(t / 0.03, 1.0))
    click = np.sin(2 * np.pi * np.cumsum(f) / rate) * _env(t, 0.002, 0.015)
    return body / max(float(np.std(body[:int(0.08 * rate)])), 1e-9) + 0.8 * click / max(float(np.std(click[:int(0.03 * rate)])), 1e-9)


# name, make(rng, rate, duration_s), level (LUFS in FOLEY's scale), length (s)
CALLS = (("bark", _bark, -20.0, 0.55), ("meow", _meow, -22.0, 0.75), ("chirp", _chirp_call, -26.0, 1.2),
         ("moo", _moo, -20.0, 1.3), ("baa", _baa, -22.0, 0.7), ("neigh", _neigh, -20.0, 1.3),
         ("phone_ring", _phone_ring, -24.0, 1.2), ("gulp", _gulp, -27.0, 0.15))
SUSTAINED = (("pour", _pour, -26.0, 2.0),)  # played as long as the act lasts
