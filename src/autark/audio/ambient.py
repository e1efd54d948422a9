"""Ambient sound: the bed of a place and its weather (rain, thunder after lightning, wind, birds by day, crickets
at night, waves, a street's hum, a restaurant's murmur, a fire's crackle, the hum of space), made from seeded
noise and tones, so the same film always sounds the same and nothing is downloaded.

``layers_for(scene)`` picks the layers from the scene's setting, weather and time of day; ``Ambience`` plays the
layers of each scene of a film as a block source ``(a, b) -> samples [a, b)``, the way the mixer reads every
stem. A layer is made in chunks of ``CHUNK_S`` seconds, each from its own seed and cross-faded into the next
at equal power, so any block is made alone (memory stays flat however long the film) and a block made twice
is the same. A storm's thunder follows each lightning flash ``autark.scene.weather`` draws, a second or three
later (the sound of a strike some hundreds of metres off).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cache

import numpy as np

from autark.audio._signal import SAMPLE_RATE_HZ, filtered, pan_gains
from autark.scene.model import Scene
from autark.scene.weather import lightning_strikes

__all__ = ["AMBIENT_KINDS", "CHUNK_S", "NOISE_LOOP", "STEADY_NOISES", "AmbientSpan", "Ambience", "layers_for", "layer_samples", "film_ambience"]

CHUNK_S = 4.0
STEADY_NOISES = frozenset({"rain", "storm", "wind", "snow"})  # layers whose chunks loop (``Ambience._layer``)
NOISE_LOOP = 3  # chunks in their loop
_FADE_S = 0.25  # chunks overlap by this much (equal-power cross-fade), and a scene's bed fades in and out
_THUNDER_S = 5.0
# each layer's level (dB) in the bed, before the mixer sets the bed under the dialogue
AMBIENT_KINDS: dict[str, float] = {
    "rain": 0.0, "storm": 0.0, "wind": -2.0, "snow": -10.0, "birds": -6.0, "crickets": -8.0, "waves": -1.0,
    "city": -3.0, "restaurant": -3.0, "fire": -4.0, "space": -6.0, "underwater": -4.0, "air": -14.0,
    "room": -12.0, "kitchen": -8.0, "children": -5.0, "murmur": -6.0, "hospital": -8.0, "shop": -6.0,
    "station": -4.0, "cave": -6.0, "lake": -6.0,
}
_DAY_NATURE = {"forest", "meadow", "mountain_lake", "park", "garden", "farm", "jungle", "castle_courtyard",
               "playground", "sports_field", "zoo", "river_bank", "swamp", "village", "island"}
# the bed of a place beyond nature's birds and crickets (the sets of autark.assets.settings and the place words
# the story gives a setting): a house's rooms, halls and offices have their quiet room tone, where people
# gather their voices; the sea is heard from a ship's deck, the wind on Mars and on a snow field
_PLACE_BEDS: dict[str, tuple[str, ...]] = {
    "beach": ("waves",), "ship_deck": ("waves", "wind"), "city_street": ("city",), "street": ("city",),
    "rooftop": ("city", "wind"),
    "city": ("city",), "restaurant": ("restaurant",), "cafe": ("restaurant",), "tavern": ("restaurant",),
    "bar": ("restaurant",), "kitchen": ("kitchen",), "classroom": ("children",), "playground": ("children",),
    "hospital": ("hospital",), "supermarket": ("shop",), "shop": ("shop",), "train_station": ("station",), "cave": ("cave",),
    "mountain_lake": ("lake",), "swimming_pool": ("lake", "murmur"), "sports_field": ("murmur",),
    "museum": ("room",), "library": ("room",), "office": ("room",), "lobby": ("room",), "living_room": ("room",),
    "workshop": ("room",), "church": ("room",), "throne_room": ("room",), "concert_hall": ("murmur",),
    "stage": ("room",), "laboratory": ("room",), "bedroom": ("room",), "mars": ("wind",), "snow_field": ("wind",),
    "desert": ("wind",), "zoo": ("murmur",), "gym": ("room", "murmur"), "bus_interior": ("station",),
    "airport": ("wind", "murmur"), "harbour": ("waves", "murmur"), "island": ("waves",), "sky": ("wind",),
    "mountain_top": ("wind",), "river_bank": ("lake",), "swamp": ("lake",), "stadium": ("murmur",),
    "town_square": ("murmur",), "village": ("murmur",), "cellar": ("cave",), "attic": ("room", "wind"),
    "factory": ("room", "murmur"), "prison": ("cave",),
}
_FIRE_TYPES = {"campfire", "fireplace", "fire"}


def layers_for(scene: Scene) -> tuple[str, ...]:
    """The ambient layers a scene is heard with: its weather's, then its place's (birds in daylit nature,
    crickets there at night, waves on a beach, traffic in a street, a murmur where people eat, a fridge's hum
    in a kitchen, children in a classroom, a monitor's beep in a hospital, the hum of space, a room's tone
    indoors: ``_PLACE_BEDS``), and a fire's crackle where one burns. Rooms hear rain and storms muffled by nothing: their weather
    is what the film says it is."""
    s = scene.settings
    night = s.lighting == "night" or s.background in ("night sky", "starry sky")
    out: list[str] = []
    if s.weather in ("rain", "storm", "wind", "snow"):
        out.append(s.weather)
    place = s.setting
    if place in ("space_station", "moon", "outer_space") or s.background in ("space", "starfield", "moon sky"):
        out.append("space")
    elif place == "underwater" or s.background == "underwater":
        out.append("underwater")
    else:
        if place in _DAY_NATURE:  # nature by day or night, its birds silent in the rain
            if night:
                out.append("crickets")
            elif s.weather not in ("rain", "storm", "snow"):
                out.append("birds")
        bed = _PLACE_BEDS.get(place, ("restaurant",) if "restaurant" in place else _indoors(place))
        out += [layer for layer in bed if layer not in out and not (night and layer == "children")]
    if any(o.type in _FIRE_TYPES for o in scene.objects if o.visible):
        out.append("fire")
    return tuple(out) or ("air",)


def _indoors(place: str) -> tuple[str, ...]:
    """A room's tone for a set the table above does not know that its template says is indoors."""
    if not place:  # a scene built by commands has no set: nothing to look up (the templates' registry loads
        return ()   # in 0.1 s, in every forked sound task of the production graph that asks it)
    from autark.assets.templates import TEMPLATES

    template = TEMPLATES.get(place) if place in TEMPLATES else None
    return ("room",) if template is not None and template.indoor else ()


@dataclass(frozen=True)
class AmbientSpan:
    """One scene's bed in the film: from ``start_s`` for ``duration_s``, these ``layers``, thunder at
    ``thunder_s`` (film time), made from ``seed``."""

    start_s: float
    duration_s: float
    layers: tuple[str, ...]
    seed: int = 0
    thunder_s: tuple[float, ...] = ()


def film_ambience(scenes: Sequence[tuple[float, float, float, Scene]], seed: int = 0,
                  sample_rate_hz: int = SAMPLE_RATE_HZ) -> Ambience | None:
    """The ambience of a film's scenes, each given as (film start s, duration s, the scene's own time at that
    start, scene); None when there are none."""
    spans = []
    for i, (start_s, duration_s, from_s, scene) in enumerate(scenes):
        if duration_s <= 0:
            continue
        weather = scene.settings.weather
        strikes = lightning_strikes(weather, from_s, from_s + duration_s)
        rng = np.random.default_rng([seed, i, 7])
        thunder = tuple(start_s + (t - from_s) + float(rng.uniform(0.8, 2.8)) for t in strikes)
        spans.append(AmbientSpan(start_s, duration_s, layers_for(scene), seed * 1000 + i, thunder))
    return Ambience(spans, sample_rate_hz) if spans else None


@dataclass
class Ambience:
    """The film's ambient stem as a block source: ``ambience(a, b)`` is samples [a, b) as (b - a, 2) float32."""

    spans: list[AmbientSpan]
    sample_rate_hz: int = SAMPLE_RATE_HZ
    _chunks: dict[tuple[int, int], np.ndarray] = field(default_factory=dict, repr=False)
    _loops: dict[tuple[int, str, int], np.ndarray] = field(default_factory=dict, repr=False)

    def __call__(self, a: int, b: int) -> np.ndarray:
        rate = self.sample_rate_hz
        out = np.zeros((b - a, 2), np.float32)
        for k, span in enumerate(self.spans):
            s0, s1 = int(round(span.start_s * rate)), int(round((span.start_s + span.duration_s) * rate))
            lo, hi = max(a, s0), min(b, s1)
            if lo < hi:
                piece = self._span(k, span, lo - s0, hi - s0)
                out[lo - a:hi - a] += piece * _edges(lo - s0, hi - s0, s1 - s0, rate)[:, None]
            for t in span.thunder_s:
                t0 = int(round(t * rate))
                lo, hi = max(a, t0), min(b, t0 + int(_THUNDER_S * rate))
                if lo < hi:
                    out[lo - a:hi - a] += _thunder(span.seed, round(t, 3), rate)[lo - t0:hi - t0]
        return out

    def _span(self, k: int, span: AmbientSpan, a: int, b: int) -> np.ndarray:
        """Samples [a, b) of span ``k`` (from its start): the chunks that cover them, cross-faded."""
        rate = self.sample_rate_hz
        size, fade = int(CHUNK_S * rate), int(_FADE_S * rate)
        out = np.zeros((b - a, 2), np.float32)
        for j in range(max(0, (a - fade) // size), (b + fade) // size + 1):
            c0 = j * size - fade  # the chunk covers [c0, c0 + size + 2 fade)
            lo, hi = max(a, c0), min(b, c0 + size + 2 * fade)
            if lo >= hi:
                continue
            chunk = self._chunk(k, span, j)
            out[lo - a:hi - a] += chunk[lo - c0:hi - c0]
        return out

    def _chunk(self, k: int, span: AmbientSpan, j: int) -> np.ndarray:
        key = (k, j)
        found = self._chunks.get(key)
        if found is None:
            rate = self.sample_rate_hz
            size, fade = int(CHUNK_S * rate), int(_FADE_S * rate)
            n = size + 2 * fade
            mix = np.zeros((n, 2), np.float32)
            for layer in span.layers:
                mix += self._layer(k, span, layer, j, n) * np.float32(10.0 ** (AMBIENT_KINDS[layer] / 20.0))
            w = np.ones(n, np.float32)
            ramp = np.sin(0.5 * np.pi * (np.arange(2 * fade) + 0.5) / (2 * fade)).astype(np.float32)
            w[:2 * fade] = ramp  # rises where the previous chunk falls: equal power for uncorrelated noise
            w[-2 * fade:] = ramp[::-1]
            found = mix * w[:, None]
            if len(self._chunks) > 64:  # the mixer reads the film in order, twice: keep the recent ones
                self._chunks.pop(next(iter(self._chunks)))
            self._chunks[key] = found
        return found


    def _layer(self, k: int, span: AmbientSpan, layer: str, j: int, n: int) -> np.ndarray:
        """Chunk ``j``'s samples of one layer of span ``k``. A steady noise (rain, a storm, wind, snow) has no
        rhythm or event to give its repeats away: its chunks come round every ``NOISE_LOOP`` (a 12 s loop, built
        once), which took ~5 s of CPU off the mix thread of a 30 s storm film that the encoder waited on."""
        rate = self.sample_rate_hz
        size, fade = int(CHUNK_S * rate), int(_FADE_S * rate)
        if layer not in STEADY_NOISES:
            return layer_samples(layer, n, span.seed * 7919 + j, rate, t0_s=(j * size - fade) / rate)
        jj = j % NOISE_LOOP
        key = (k, layer, jj)
        found = self._loops.get(key)
        if found is None:
            if len(self._loops) > 24:  # a few spans' loops: the mixer reads the film in order
                self._loops.pop(next(iter(self._loops)))
            found = self._loops[key] = layer_samples(layer, n, span.seed * 7919 + jj, rate,
                                                     t0_s=(jj * size - fade) / rate)
        return found


def _edges(a: int, b: int, n: int, rate: int) -> np.ndarray:
    """A scene's bed fades in over its first and out over its last ``_FADE_S`` (samples [a, b) of ``n``)."""
    f = max(1, int(_FADE_S * rate))
    i = np.arange(a, b)
    return np.clip(np.minimum(i + 0.5, n - i - 0.5) / f, 0.0, 1.0).astype(np.float32)


# -- the layers ---------------------------------------------------------------------------------------------
def _smooth_random(rng: np.random.Generator, n: int, rate: int, hz: float) -> np.ndarray:
    """A slowly wandering curve in about [0, 1]: random points ``hz`` times a second, joined by cosines."""
    points = rng.random(int(n / rate * hz) + 3)
    x = np.arange(n) / rate * hz
    i = x.astype(int)
    f = 0.5 - 0.5 * np.cos(np.pi * (x - i))
    return points[i] * (1 - f) + points[i + 1] * f


def _norm(x: np.ndarray, rms: float = 1.0) -> np.ndarray:
    level = float(np.sqrt(np.mean(np.square(x)))) or 1.0
    return (x * (rms / level)).astype(np.float32)


def _events(rng: np.random.Generator, n: int, rate: int, per_s: float) -> np.ndarray:
    """Sample positions of a Poisson stream of ``per_s`` events a second."""
    count = rng.poisson(per_s * n / rate)
    return np.sort(rng.integers(0, max(n, 1), count))


def _place(out: np.ndarray, at: int, sound: np.ndarray, pan: float) -> None:
    """Add a mono ``sound`` at sample ``at``, panned (-1 left .. 1 right, equal power)."""
    hi = min(out.shape[0], at + sound.shape[0])
    if hi <= at:
        return
    g = pan_gains(pan).astype(np.float32)
    out[at:hi] += sound[:hi - at, None] * g


def layer_samples(kind: str, n: int, seed: int, rate: int = SAMPLE_RATE_HZ, t0_s: float = 0.0) -> np.ndarray:
    """``n`` samples of one ambient layer as (n, 2) float32 at about -20 dBFS RMS, from ``seed``; ``t0_s``
    is where they start in the scene (periodic sounds keep their rhythm across chunks)."""
    if kind not in AMBIENT_KINDS:
        raise KeyError(kind)
    rng = np.random.default_rng([seed, sum(map(ord, kind))])
    pre = int(0.1 * rate)  # the filters settle on samples that are thrown away
    m = n + pre
    noise = rng.standard_normal((m, 2))
    t = (np.arange(m) - pre) / rate + t0_s
    if kind in ("rain", "storm"):
        hiss = filtered(filtered(noise, "highpass", 500.0, rate), "lowpass", 9000.0, rate)
        drops = np.zeros((m, 2))
        for at in _events(rng, m, rate, 90.0 if kind == "storm" else 45.0):
            drops[at, int(rng.integers(0, 2))] += rng.exponential(4.0)
        drops = filtered(drops, "bandpass", (1500.0, 6000.0), rate)
        x = _norm(hiss) + 0.6 * _norm(drops)
        if kind == "storm":
            x = _norm(x) + 0.7 * _norm(_wind(noise[::-1].copy(), rng, m, rate))
    elif kind == "wind":
        x = _wind(noise, rng, m, rate)
    elif kind == "snow":
        x = _norm(filtered(noise, "lowpass", 700.0, rate)) * (0.7 + 0.3 * _smooth_random(rng, m, rate, 0.3))[:, None]
    elif kind == "birds":
        x = 0.1 * _norm(filtered(noise, "lowpass", 2000.0, rate))
        for at in _events(rng, m, rate, 1.1):
            _place(x, int(at), _chirp(rng, rate), float(rng.uniform(-0.8, 0.8)))
    elif kind == "crickets":
        x = 0.1 * _norm(filtered(noise, "lowpass", 1200.0, rate))
        for carrier, period, pan in ((4600.0, 0.62, -0.5), (4300.0, 0.81, 0.55)):
            # three pulses of 4 kHz song per chirp, a chirp every ``period``: on the scene's clock, so the
            # rhythm runs on across chunks
            phase = np.mod(t, period)
            pulses = sum(np.exp(-0.5 * ((phase - 0.02 - 0.035 * p) / 0.007) ** 2) for p in range(3))
            song = np.sin(2 * np.pi * carrier * t) * pulses
            x += np.outer(song, pan_gains(pan))
    elif kind == "waves":
        swell = np.mod(t, 7.5) / 7.5  # a wave every 7.5 s: it rises, breaks, runs out
        env = 0.25 + 0.75 * np.where(swell < 0.35, (swell / 0.35) ** 2, np.exp(-(swell - 0.35) * 5.0))
        body = filtered(filtered(noise, "lowpass", 900.0, rate), "highpass", 60.0, rate)
        spray = filtered(noise[::-1].copy(), "highpass", 2500.0, rate)
        spray = _norm(spray) * 0.3
        x = (_norm(body) + spray) * env[:, None]
    elif kind == "city":
        rumble = filtered(noise, "lowpass", 160.0, rate, order=4)
        cars = filtered(noise[::-1].copy(), "bandpass", (250.0, 1400.0), rate) * \
            (0.2 + _smooth_random(rng, m, rate, 0.4) ** 3)[:, None]
        hum = 0.15 * np.sin(2 * np.pi * 50.0 * t)[:, None]
        x = _norm(rumble) + 0.6 * _norm(cars) + hum * 0.3
    elif kind == "restaurant":
        x = _voices(rng, m, rate, t, 6, (300.0, 2500.0), (3.0, 6.0))
        for at in _events(rng, m, rate, 0.5):  # cutlery and glasses
            _place(x, int(at), _clink(rng, rate), float(rng.uniform(-1, 1)))
    elif kind in ("children", "murmur", "shop", "station"):
        # children's voices sit higher and chatter faster than a hall's or a shop's grown-ups; a station's
        # crowd stands over the low rumble of its trains, a shop's over the till's beeps
        x = _voices(rng, m, rate, t, 8, (500.0, 3500.0), (4.0, 7.0)) if kind == "children" else \
            _voices(rng, m, rate, t, 10, (250.0, 2200.0), (3.0, 5.5))
        if kind == "station":
            x = x + 0.8 * _norm(filtered(noise, "lowpass", 90.0, rate, order=4)) * \
                (0.4 + 0.6 * _smooth_random(rng, m, rate, 0.1))[:, None]
        elif kind == "shop":
            for at in _events(rng, m, rate, 0.4):
                k = np.arange(int(0.09 * rate)) / rate  # a scanner's beep: a pure 2.7-3 kHz tone, 90 ms
                beep = 0.4 * np.sin(2 * np.pi * rng.uniform(2700.0, 3000.0) * k) * np.minimum(1.0, (0.09 - k) / 0.005)
                _place(x, int(at), beep, float(rng.uniform(-0.6, 0.6)))
    elif kind in ("room", "hospital"):
        # a room's tone: the air handling's low rush and a faint mains hum; a ward's monitor beeps each second
        x = _norm(filtered(noise, "lowpass", 250.0, rate, order=4)) + \
            0.2 * _norm(filtered(noise[::-1].copy(), "bandpass", (250.0, 3000.0), rate))
        x = x + 0.1 * np.sin(2 * np.pi * 100.0 * t)[:, None]
        if kind == "hospital":
            on = np.mod(t, 1.0) < 0.12  # on the scene's clock: a heartbeat of 60 a minute across chunks
            x = x + 1.2 * (np.sin(2 * np.pi * 988.0 * t) * on)[:, None] * pan_gains(0.4)[None, :]
    elif kind == "kitchen":
        # the fridge's compressor: a steady hum on the mains' harmonics, breathing a little; a clock ticks each
        # second; now and then a spoon or a pot
        hum = sum(a * np.sin(2 * np.pi * f * t + ph) for f, a, ph in ((100.0, 1.0, 0.0), (150.0, 0.5, 1.1),
                                                                         (200.0, 0.35, 2.3), (300.0, 0.2, 0.4)))
        hum = hum * (0.85 + 0.15 * _smooth_random(rng, m, rate, 0.2))
        x = np.outer(hum, pan_gains(-0.3)) + 0.5 * _norm(filtered(noise, "lowpass", 400.0, rate))
        phase = np.mod(t, 1.0)
        x = x + (2.0 * np.sin(2 * np.pi * 3200.0 * t) * np.exp(-phase / 0.004))[:, None] * pan_gains(0.5)[None, :]
        for at in _events(rng, m, rate, 0.15):
            _place(x, int(at), 4.0 * _clink(rng, rate), float(rng.uniform(-0.8, 0.8)))
    elif kind == "cave":  # drops falling into pools, ringing back off the walls, over a deep stillness
        x = 0.4 * _norm(filtered(noise, "lowpass", 120.0, rate, order=4))
        for at in _events(rng, m, rate, 1.2):
            k = np.arange(int(0.05 * rate)) / rate
            f = rng.uniform(700.0, 1500.0) * (1.0 + 4.0 * k)
            drop = 3.0 * np.sin(2 * np.pi * np.cumsum(f) / rate) * np.exp(-k / 0.012)
            pan = float(rng.uniform(-0.8, 0.8))
            for delay, g in ((0.0, 1.0), (0.11, 0.45), (0.23, 0.25), (0.37, 0.12)):  # the cave's echoes
                _place(x, int(at + delay * rate), g * drop, pan * (1.0 - delay))
    elif kind == "lake":  # small waves lapping at the shore every two seconds or so, and a plop now and then
        lap = np.mod(t, 2.3) / 2.3
        env = 0.3 + 0.7 * np.exp(-((lap - 0.3) / 0.12) ** 2)
        x = _norm(filtered(filtered(noise, "bandpass", (150.0, 1800.0), rate), "lowpass", 1200.0, rate)) * env[:, None]
        for at in _events(rng, m, rate, 0.3):
            k = np.arange(int(0.06 * rate)) / rate
            _place(x, int(at), 2.0 * np.sin(2 * np.pi * np.cumsum(rng.uniform(300.0, 600.0) * (1 + 3 * k)) / rate) *
                   np.exp(-k / 0.015), float(rng.uniform(-0.7, 0.7)))
    elif kind == "fire":
        roar = filtered(noise, "lowpass", 300.0, rate) * (0.6 + 0.4 * _smooth_random(rng, m, rate, 2.0))[:, None]
        cracks = np.zeros((m, 2))
        for at in _events(rng, m, rate, 40.0):  # many small snaps; a few louder pops
            cracks[at, int(rng.integers(0, 2))] += rng.uniform(0.3, 1.0) * (3.0 if rng.random() < 0.08 else 1.0)
        from scipy.signal import lfilter

        snaps = lfilter([1.0], [1.0, -np.exp(-1.0 / (0.004 * rate))], cracks, axis=0)  # 4 ms each
        x = _norm(roar) + 0.8 * _norm(filtered(noise[::-1].copy(), "highpass", 1500.0, rate) * snaps)
    elif kind == "space":
        tone = sum(a * np.sin(2 * np.pi * f * t + p) for f, a, p in ((48.0, 1.0, 0.0), (96.3, 0.5, 1.0),
                                                                     (144.7, 0.25, 2.0)))
        x = np.outer(tone, [1.0, 0.97]) + 0.3 * _norm(filtered(noise, "lowpass", 120.0, rate), 1.0)
    elif kind == "underwater":  # a deep muffled rush, and bubbles rising
        x = _norm(filtered(noise, "lowpass", 250.0, rate, order=4)) * (
            0.7 + 0.3 * _smooth_random(rng, m, rate, 0.2))[:, None]
        for at in _events(rng, m, rate, 3.0):
            k = np.arange(int(rng.uniform(0.03, 0.08) * rate)) / rate
            f = rng.uniform(400.0, 900.0) * (1.0 + 6.0 * k)  # a bubble's pitch rises as it frees itself
            _place(x, int(at), 0.8 * np.sin(2 * np.pi * np.cumsum(f) / rate) * np.exp(-k / 0.02),
                   float(rng.uniform(-0.7, 0.7)))
    else:  # air: the faint room or open-air tone that keeps silence from sounding like a dropout
        x = _norm(filtered(noise, "lowpass", 400.0, rate))
    # parts are made at about unit RMS (stationary ones measured, events at fixed sizes), so a chunk's level
    # does not depend on how many birds it happened to hold
    y = np.asarray(x)[pre:] * 0.1
    return (0.6 * np.tanh(y / 0.6)).astype(np.float32)  # a crackle's or a drop's peak is rounded off, not clipped


def _voices(rng: np.random.Generator, m: int, rate: int, t: np.ndarray, count: int, band: tuple[float, float],
            syllables_hz: tuple[float, float]) -> np.ndarray:
    """A murmur of ``count`` voices, none of them understood: speech-band noise, syllables a few a second,
    phrases on and off, spread across the stereo field."""
    x = np.zeros((m, 2))
    for v in range(count):
        voice = filtered(rng.standard_normal(m), "bandpass", band, rate)
        syll = 0.5 + 0.5 * np.sin(2 * np.pi * rng.uniform(*syllables_hz) * t + rng.uniform(0, 6.3))
        phrase = _smooth_random(rng, m, rate, 0.7) > 0.45
        x += np.outer(voice * syll * phrase, pan_gains(-0.8 + 1.6 * v / max(count - 1, 1)))
    return _norm(x)


def _clink(rng: np.random.Generator, rate: int) -> np.ndarray:
    """Cutlery on a plate, a glass: one high ring, dying in 25 ms."""
    k = np.arange(int(0.12 * rate)) / rate
    return 0.15 * np.sin(2 * np.pi * rng.uniform(2500.0, 4500.0) * k) * np.exp(-k / 0.025)


def _wind(noise: np.ndarray, rng: np.random.Generator, m: int, rate: int) -> np.ndarray:
    """Low-passed noise in gusts, with a faint whistle."""
    gust = 0.35 + 0.65 * _smooth_random(rng, m, rate, 0.35) ** 2
    body = filtered(noise, "lowpass", 420.0, rate, order=4)
    whistle = filtered(noise[::-1].copy(), "bandpass", (700.0, 820.0), rate)
    return (_norm(body) + 0.25 * _norm(whistle)) * gust[:, None]


def _chirp(rng: np.random.Generator, rate: int) -> np.ndarray:
    """A bird's phrase: two to five quick sweeps around 2.5-5 kHz."""
    f0 = rng.uniform(2500.0, 5000.0)
    note = int(rng.uniform(0.05, 0.11) * rate)
    gap = int(0.035 * rate)
    k = np.arange(note) / rate
    sweep = f0 + rng.uniform(-900.0, 900.0) * k / k[-1]
    one = np.sin(2 * np.pi * np.cumsum(sweep) / rate) * np.sin(np.pi * np.arange(note) / note)
    reps = int(rng.integers(2, 6))
    out = np.zeros(reps * (note + gap))
    for r in range(reps):
        out[r * (note + gap):r * (note + gap) + note] += one * (1.0 - 0.12 * r)
    return 2.0 * out


@cache
def _thunder(seed: int, at_s: float, rate: int) -> np.ndarray:
    """A thunderclap (stereo, ``_THUNDER_S`` long): a short crack, then a rolling rumble."""
    rng = np.random.default_rng([seed, int(at_s * 1000), 13])
    n = int(_THUNDER_S * rate)
    t = np.arange(n) / rate
    noise = rng.standard_normal((n, 2))
    crack = filtered(noise, "highpass", 700.0, rate) * np.exp(-t / 0.12)[:, None]
    roll = 0.6 + 0.4 * _smooth_random(rng, n, rate, 3.0)
    rumble = filtered(noise[::-1].copy(), "lowpass", 140.0, rate, order=4) * \
        (np.minimum(t / 0.15, 1.0) * np.exp(-t / 1.4) * roll)[:, None]
    return (0.6 * _norm(0.5 * _norm(crack) + _norm(rumble))).astype(np.float32)
