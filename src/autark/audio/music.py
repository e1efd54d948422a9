"""Music: seeded, mood-driven scores as General MIDI that fill a film's length exactly and end on the tonic.

A score is composed in musical time (bars of 4/4, beats) and only turned into seconds by its tempo map, so the
arrangement can be fitted to a duration without stretching notes: the body is a whole number of bars at the
chosen tempo, the last bar slows down (a ritardando written as tempo changes), and the final tonic chord is
held for whatever time is left, fading through a written expression (CC11) ramp. The MIDI itself carries
programs, pan and reverb sends, so any General MIDI player renders the same arrangement.

Parts: chords (a progression per mood, phrases of 4 and 8 bars, a cadence into the final chord), a melody that
lands on chord tones on strong beats and moves by scale steps (passing and neighbour notes) in between, bass,
an optional pad and drums on channel 10. Everything random comes from one ``numpy`` generator seeded with
``seed``, so the same arguments give byte-identical MIDI.
"""

from __future__ import annotations

import io
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np

from autark.errors import LimitExceeded, NotUnderstood, UserInputError

if TYPE_CHECKING:
    import pretty_midi

__all__ = ["Score", "compose_score", "MOODS", "MAX_SCORE_S", "parse_key"]

MAX_SCORE_S = 3600.0
TICKS_PER_BEAT = 480
BEATS_PER_BAR = 4

_NOTE_NAMES = ["C", "C#", "D", "Eb", "E", "F", "F#", "G", "Ab", "A", "Bb", "B"]
_PITCH_CLASS = {
    "c": 0, "b#": 0, "c#": 1, "db": 1, "d": 2, "d#": 3, "eb": 3, "e": 4, "fb": 4, "f": 5, "e#": 5, "f#": 6,
    "gb": 6, "g": 7, "g#": 8, "ab": 8, "a": 9, "a#": 10, "bb": 10, "b": 11, "cb": 11,
}
MODES: dict[str, tuple[int, ...]] = {
    "major": (0, 2, 4, 5, 7, 9, 11),
    "lydian": (0, 2, 4, 6, 7, 9, 11),
    "mixolydian": (0, 2, 4, 5, 7, 9, 10),
    "minor": (0, 2, 3, 5, 7, 8, 10),
    "dorian": (0, 2, 3, 5, 7, 9, 10),
    "phrygian": (0, 1, 3, 5, 7, 8, 10),
    "harmonic minor": (0, 2, 3, 5, 7, 8, 11),
}
_MODE_ALIASES = {"ionian": "major", "maj": "major", "aeolian": "minor", "min": "minor", "m": "minor",
                 "harmonic": "harmonic minor"}
_MAJOR_FAMILY = {"major", "lydian", "mixolydian"}

# Drum keys (General MIDI percussion map, channel 10).
KICK, SIDE, SNARE, CLOSED_HAT, OPEN_HAT, LOW_TOM, MID_TOM, HIGH_TOM, CRASH, RIDE, SHAKER = (
    36, 37, 38, 42, 46, 45, 47, 50, 49, 51, 82)


@dataclass(frozen=True)
class Part:
    role: str  # melody, chords, pad, bass
    program: int  # General MIDI program, 0-based
    style: str  # chords: block/arp/pulse; bass: whole/half/pop/pulse; melody/pad: -
    octave: int  # MIDI octave of the part's centre (4 = middle C's octave)
    level: float  # velocity scale
    pan: int  # CC10, 0 left .. 64 centre .. 127 right
    reverb: int = 40  # CC91 send


@dataclass(frozen=True)
class Mood:
    name: str
    mode: str
    tempo_bpm: tuple[float, float]
    tonics: tuple[str, ...]
    progressions: tuple[tuple[str, ...], ...]  # four chords, one per bar
    cadence: tuple[str, str]  # the two bars before the final tonic
    parts: tuple[Part, ...]
    drums: str | None
    velocity: int
    rhythms: tuple[tuple[float, ...], ...]  # melody bar cells, durations in beats summing to 4
    ending_swell: bool = False  # True: crescendo into the final chord (epic); else diminuendo
    rest_prob: float = 0.1  # chance a melody cell note becomes a rest


MOODS: dict[str, Mood] = {m.name: m for m in [
    Mood("calm", "major", (66, 80), ("C", "F", "G", "D", "Eb"),
         (("I", "V", "vi", "IV"), ("I", "IV", "I", "V"), ("vi", "IV", "I", "V")), ("IV", "V"),
         (Part("melody", 73, "-", 5, 0.85, 72), Part("chords", 0, "arp", 4, 0.6, 50),
          Part("pad", 89, "block", 4, 0.45, 80, 60), Part("bass", 32, "whole", 2, 0.75, 64)),
         None, 64, ((2, 2), (1, 1, 2), (3, 1), (2, 1, 1), (4,)), rest_prob=0.12),
    Mood("happy", "major", (108, 132), ("C", "G", "D", "F", "Bb"),
         (("I", "V", "vi", "IV"), ("I", "IV", "V", "I"), ("IV", "I", "ii", "V")), ("ii", "V"),
         (Part("melody", 12, "-", 5, 0.9, 70), Part("chords", 25, "pulse", 4, 0.6, 44),
          Part("bass", 33, "pop", 2, 0.85, 64, 20)),
         "pop", 88, ((1, 1, 1, 1), (0.5, 0.5, 1, 2), (1, 0.5, 0.5, 2), (1.5, 0.5, 1, 1), (2, 1, 1))),
    Mood("sad", "minor", (58, 72), ("A", "D", "E", "C", "F"),
         (("i", "bVI", "bIII", "bVII"), ("i", "iv", "bVII", "bIII"), ("i", "iv", "v", "i")), ("iv", "V"),
         (Part("melody", 42, "-", 4, 0.85, 76), Part("chords", 0, "arp", 4, 0.55, 48),
          Part("pad", 48, "block", 4, 0.45, 84, 70), Part("bass", 43, "whole", 2, 0.7, 64)),
         None, 58, ((3, 1), (2, 2), (4,), (1, 1, 2)), rest_prob=0.15),
    Mood("tense", "harmonic minor", (96, 120), ("D", "E", "C", "F#", "B"),
         (("i", "bVI", "i", "V"), ("i", "bII", "i", "bVII"), ("i", "iv", "bVI", "V")), ("bVI", "V"),
         (Part("melody", 41, "-", 4, 0.75, 80), Part("chords", 44, "block", 4, 0.55, 44, 50),
          Part("bass", 38, "pulse", 2, 0.8, 64, 15)),
         "tense", 76, ((2, 2), (1, 3), (0.5, 0.5, 3), (4,)), rest_prob=0.25),
    Mood("epic", "minor", (84, 100), ("D", "C", "E", "G", "A"),
         (("i", "bVI", "bIII", "bVII"), ("i", "bVII", "bVI", "bVII"), ("bVI", "bVII", "i", "i")), ("bVI", "bVII"),
         (Part("melody", 60, "-", 4, 0.95, 70), Part("chords", 48, "pulse", 4, 0.65, 44, 60),
          Part("pad", 52, "block", 4, 0.55, 84, 70), Part("bass", 43, "pulse", 2, 0.85, 64)),
         "epic", 96, ((2, 1, 1), (1, 1, 2), (3, 1), (1.5, 0.5, 2), (4,)), ending_swell=True),
    Mood("mysterious", "dorian", (70, 86), ("D", "E", "A", "G", "C"),
         (("i", "IV", "i", "bVII"), ("i", "ii", "i", "IV"), ("i", "bIII", "IV", "i")), ("IV", "bVII"),
         (Part("melody", 8, "-", 5, 0.8, 76), Part("chords", 46, "arp", 4, 0.55, 44, 70),
          Part("pad", 92, "block", 4, 0.45, 84, 80), Part("bass", 32, "whole", 2, 0.7, 64)),
         "sparse", 62, ((1.5, 2.5), (3, 1), (1, 1, 2), (4,)), rest_prob=0.25),
    Mood("romantic", "major", (64, 80), ("F", "Eb", "Ab", "D", "G"),
         (("I", "vi", "ii", "V"), ("I", "iii", "IV", "V"), ("IV", "V", "iii", "vi")), ("ii", "V"),
         (Part("melody", 40, "-", 5, 0.9, 74), Part("chords", 0, "arp", 4, 0.6, 50),
          Part("pad", 48, "block", 4, 0.4, 84, 70), Part("bass", 42, "half", 3, 0.65, 64)),
         None, 70, ((3, 1), (2, 1, 1), (1.5, 0.5, 2), (2, 2), (4,))),
]}

# Drum patterns on a 16-step grid: key -> {step: velocity scale}.
_DRUMS: dict[str, dict[int, dict[int, float]]] = {
    "pop": {KICK: {0: 1.0, 8: 0.95, 10: 0.7}, SNARE: {4: 0.9, 12: 0.95},
            CLOSED_HAT: {s: (0.6 if s % 4 == 0 else 0.45) for s in range(0, 16, 2)}, OPEN_HAT: {14: 0.4}},
    "tense": {KICK: {0: 0.9, 4: 0.7, 8: 0.9, 12: 0.7}, SIDE: {12: 0.5},
              CLOSED_HAT: {s: 0.3 + 0.1 * (s % 4 == 0) for s in range(16)}, LOW_TOM: {14: 0.6}},
    "epic": {KICK: {0: 1.0, 3: 0.7, 8: 0.9, 11: 0.7}, SNARE: {4: 0.9, 12: 1.0},
             LOW_TOM: {6: 0.8, 14: 0.8}, MID_TOM: {7: 0.6}},
    "sparse": {RIDE: {0: 0.5, 6: 0.35, 8: 0.45, 14: 0.35}, KICK: {0: 0.55}, SHAKER: {4: 0.3, 12: 0.3}},
}
_FILL = {"pop": {SNARE: {12: 0.7, 13: 0.75, 14: 0.85, 15: 0.95}},
         "tense": {LOW_TOM: {12: 0.7, 13: 0.75, 14: 0.8, 15: 0.9}},
         "epic": {HIGH_TOM: {12: 0.8}, MID_TOM: {13: 0.85}, LOW_TOM: {14: 0.9, 15: 1.0}},
         "sparse": {}}

_RIT = (0.96, 0.91, 0.86, 0.81)  # tempo factors for the beats of the last body bar
_HOLD_FACTOR = 0.78  # tempo factor while the final chord is held
_MIN_HOLD_S = 2.5  # the final chord rings at least this long


@dataclass
class Score:
    """A composed piece: the MIDI plus what it was made from. ``midi_bytes`` is the Standard MIDI File."""

    midi: pretty_midi.PrettyMIDI
    midi_bytes: bytes = field(repr=False)
    mood: str
    key: str  # "A minor", "D dorian"
    tonic_pitch_class: int  # 0 = C
    mode: str
    tempo_bpm: float  # the body tempo (the ending slows from it)
    duration_s: float
    seed: int
    bars: int  # bars before the final chord

    def write_midi(self, path: Path | str) -> Path:
        out = Path(path)
        out.write_bytes(self.midi_bytes)
        return out


def parse_key(key: str, default_mode: str) -> tuple[int, str]:
    """'C', 'f#', 'Bb minor', 'Am', 'D dorian' -> (pitch class, mode). A bare tonic takes ``default_mode``."""
    text = key.strip().lower().replace("♯", "#").replace("♭", "b")
    if not text:
        raise UserInputError("the key is empty", hint="name a key such as 'C', 'A minor' or 'D dorian'")
    tonic = text[:2] if text[:2] in _PITCH_CLASS and len(text) > 1 and text[1] in "#b" else text[:1]
    rest = text[len(tonic):].strip()
    if tonic not in _PITCH_CLASS:
        raise NotUnderstood(f"'{key}' is not a key", word=key, suggestions=["C", "A minor", "D dorian"],
                            hint="start the key with a note name A-G, optionally # or b")
    mode = _MODE_ALIASES.get(rest, rest) if rest else default_mode
    if mode not in MODES:
        names = sorted(MODES)
        raise NotUnderstood(f"unknown mode '{rest}' in key '{key}'", word=rest, suggestions=names,
                            hint=f"modes: {', '.join(names)}")
    return _PITCH_CLASS[tonic], mode


def _chord(symbol: str) -> tuple[int, tuple[int, ...]]:
    """Roman numeral relative to the tonic -> (root semitones, chord intervals). Case gives the quality."""
    s = symbol
    shift = 0
    while s[:1] in ("b", "#"):
        shift += -1 if s[0] == "b" else 1
        s = s[1:]
    numeral = s.rstrip("°7")
    degree = ["i", "ii", "iii", "iv", "v", "vi", "vii"].index(numeral.lower())
    root = ((0, 2, 4, 5, 7, 9, 11)[degree] + shift) % 12
    if s.endswith("°"):
        triad = (0, 3, 6)
    elif numeral.isupper():
        triad = (0, 4, 7)
    else:
        triad = (0, 3, 7)
    return root, triad


class _Writer:
    """Collects notes and controller events per part, in beats; turns them into a Standard MIDI File."""

    def __init__(self) -> None:
        self.tracks: list[dict] = []

    def add_track(self, name: str, channel: int, program: int, pan: int, reverb: int) -> int:
        self.tracks.append({"name": name, "channel": channel, "program": program, "pan": pan,
                            "reverb": reverb, "notes": [], "cc": []})
        return len(self.tracks) - 1

    def note(self, track: int, start_beat: float, dur_beats: float, pitch: int, velocity: float) -> None:
        vel = int(np.clip(round(velocity), 1, 127))
        self.tracks[track]["notes"].append((start_beat, dur_beats, int(np.clip(pitch, 0, 127)), vel))

    def cc(self, track: int, beat: float, number: int, value: int) -> None:
        self.tracks[track]["cc"].append((beat, number, int(np.clip(value, 0, 127))))

    def to_bytes(self, tempos: list[tuple[float, float]], key_sig: str | None, end_beat: float) -> bytes:
        import mido

        def tick(beat: float) -> int:
            return round(beat * TICKS_PER_BEAT)

        mid = mido.MidiFile(type=1, ticks_per_beat=TICKS_PER_BEAT)
        meta = [(0, mido.MetaMessage("time_signature", numerator=4, denominator=4, time=0))]
        if key_sig:
            meta.append((0, mido.MetaMessage("key_signature", key=key_sig, time=0)))
        for beat, bpm in tempos:
            meta.append((tick(beat), mido.MetaMessage("set_tempo", tempo=round(60_000_000 / bpm), time=0)))
        mid.tracks.append(_delta(meta, tick(end_beat)))
        for tr in self.tracks:
            ch = tr["channel"]
            ev: list[tuple[int, int, mido.Message]] = [
                (0, 0, mido.MetaMessage("track_name", name=tr["name"], time=0)),
                (0, 1, mido.Message("control_change", channel=ch, control=10, value=tr["pan"], time=0)),
                (0, 1, mido.Message("control_change", channel=ch, control=91, value=tr["reverb"], time=0)),
                (0, 1, mido.Message("control_change", channel=ch, control=11, value=127, time=0)),
            ]
            if ch != 9:
                ev.append((0, 2, mido.Message("program_change", channel=ch, program=tr["program"], time=0)))
            for beat, number, value in tr["cc"]:
                ev.append((tick(beat), 1, mido.Message("control_change", channel=ch, control=number,
                                                       value=value, time=0)))
            for start, dur, pitch, vel in tr["notes"]:
                on, off = tick(start), max(tick(start + dur), tick(start) + 1)
                # Order at equal ticks: note-offs (0) before controllers (1) before note-ons (3), so a
                # repeated pitch is released before it is struck again.
                ev.append((on, 3, mido.Message("note_on", channel=ch, note=pitch, velocity=vel, time=0)))
                ev.append((off, 0, mido.Message("note_off", channel=ch, note=pitch, velocity=0, time=0)))
            ev.sort(key=lambda e: (e[0], e[1]))
            mid.tracks.append(_delta([(t, m) for t, _, m in ev], tick(end_beat)))
        buf = io.BytesIO()
        mid.save(file=buf)
        return buf.getvalue()


def _delta(events: list, end_tick: int) -> object:
    import mido

    track = mido.MidiTrack()
    now = 0
    for t, msg in sorted(events, key=lambda e: e[0]):
        track.append(msg.copy(time=t - now))
        now = t
    track.append(mido.MetaMessage("end_of_track", time=max(0, end_tick - now)))
    return track


def _body_seconds(bars: int, bpm: float) -> float:
    if bars == 0:
        return 0.0
    beat = 60.0 / bpm
    return (bars - 1) * BEATS_PER_BAR * beat + sum(beat / f for f in _RIT)


def compose_score(mood: str, duration_s: float, seed: int, tempo_bpm: float | None = None,
                  key: str | None = None) -> Score:
    """Compose ``duration_s`` seconds of music for ``mood``; the last note ends exactly at ``duration_s``.

    ``tempo_bpm`` (30..240) and ``key`` ('C', 'A minor', 'D dorian') default to seeded choices that suit the
    mood. A key's mode must belong to the mood's family (major-like or minor-like) because the mood's chord
    progressions are written for it.
    """
    import pretty_midi

    name = mood.strip().lower()
    if name not in MOODS:
        import difflib

        names = sorted(MOODS)
        raise NotUnderstood(f"unknown mood '{mood}'", word=mood,
                            suggestions=difflib.get_close_matches(name, names, n=3) or names,
                            hint=f"moods: {', '.join(names)}")
    spec = MOODS[name]
    if not np.isfinite(duration_s) or duration_s < 1.0:
        raise UserInputError(f"music must last at least 1 second, got {duration_s}")
    if duration_s > MAX_SCORE_S:
        raise LimitExceeded(f"music is limited to {MAX_SCORE_S:.0f} s, got {duration_s:.0f} s",
                            hint="compose one score per scene")
    if tempo_bpm is not None and not 30.0 <= tempo_bpm <= 240.0:
        raise UserInputError(f"tempo must be between 30 and 240 bpm, got {tempo_bpm}")

    rng = np.random.default_rng(seed)
    if key is None:
        tonic, mode = _PITCH_CLASS[str(rng.choice(spec.tonics)).lower()], spec.mode
    else:
        tonic, mode = parse_key(key, spec.mode)
        if (mode in _MAJOR_FAMILY) != (spec.mode in _MAJOR_FAMILY):
            family = "major" if spec.mode in _MAJOR_FAMILY else "minor"
            raise UserInputError(f"{name} music is written in a {family}-like mode, not {mode}",
                                 hint=f"ask for '{_NOTE_NAMES[tonic]}' or '{_NOTE_NAMES[tonic]} {spec.mode}'")
    bpm = float(tempo_bpm) if tempo_bpm is not None else float(np.round(rng.uniform(*spec.tempo_bpm), 1))

    # Fit: the most whole bars that still leave the final chord at least _MIN_HOLD_S to ring.
    bars = 0
    while _body_seconds(bars + 1, bpm) + _MIN_HOLD_S <= duration_s:
        bars += 1
    hold_s = duration_s - _body_seconds(bars, bpm)
    hold_bpm = bpm * _HOLD_FACTOR if bars else bpm
    hold_beats = hold_s * hold_bpm / 60.0
    end_beat = bars * BEATS_PER_BAR + hold_beats

    tempos = [(0.0, bpm)]
    if bars:
        last = (bars - 1) * BEATS_PER_BAR
        tempos += [(last + i, bpm * f) for i, f in enumerate(_RIT)]
        tempos.append((bars * BEATS_PER_BAR, hold_bpm))

    scale = MODES[mode]
    chords = _plan_chords(spec, bars, rng)
    writer = _Writer()
    composer = _Arranger(spec, tonic, scale, chords, bars, hold_beats, rng, writer)
    composer.arrange()

    key_sig = None
    if mode in ("major", "minor"):
        key_sig = _NOTE_NAMES[tonic] + ("m" if mode == "minor" else "")
    data = writer.to_bytes(tempos, key_sig, end_beat)
    midi = pretty_midi.PrettyMIDI(io.BytesIO(data))
    return Score(midi=midi, midi_bytes=data, mood=name, key=f"{_NOTE_NAMES[tonic]} {mode}",
                 tonic_pitch_class=tonic, mode=mode, tempo_bpm=bpm, duration_s=float(duration_s),
                 seed=int(seed), bars=bars)


def _plan_chords(spec: Mood, bars: int, rng: np.random.Generator) -> list[str]:
    """One chord per body bar: 8-bar periods in an A A' B A pattern, then the cadence bars."""
    order = [0, 0, 1, 0] if len(spec.progressions) < 3 else [0, 1, 2, 0]
    start = int(rng.integers(0, 2))  # some pieces open on the second progression for variety
    out: list[str] = []
    for b in range(bars):
        prog = spec.progressions[(order[(b // 8) % 4] + start) % len(spec.progressions)]
        out.append(prog[b % 4])
    # The cadence leads into the final tonic chord; a very short piece keeps only its last chord.
    if bars >= 3:
        out[-2], out[-1] = spec.cadence
    elif bars >= 1:
        out[-1] = spec.cadence[1]
    return out


class _Arranger:
    """Writes every part of the piece into a :class:`_Writer`."""

    def __init__(self, spec: Mood, tonic: int, scale: tuple[int, ...], chords: list[str], bars: int,
                 hold_beats: float, rng: np.random.Generator, writer: _Writer) -> None:
        self.spec, self.tonic, self.scale, self.chords = spec, tonic, scale, chords
        self.bars, self.hold_beats, self.rng, self.w = bars, hold_beats, rng, writer
        self.final_beat = bars * BEATS_PER_BAR
        final = "I" if spec.mode in _MAJOR_FAMILY else "i"
        self.final_chord = _chord(final)

    # -- dynamics ------------------------------------------------------------------------------------------
    def dyn(self, bar: int) -> float:
        """Velocity factor per bar: a soft first bar, an arch over each 8-bar period, a shaped ending."""
        if bar >= self.bars:
            return 1.08 if self.spec.ending_swell else 0.85
        arch = 0.92 + 0.12 * np.sin(np.pi * ((bar % 8) + 0.5) / 8)
        if bar == 0:
            arch *= 0.85
        if self.bars - bar <= 2:
            arch *= 1.06 if self.spec.ending_swell else 0.92
        return float(arch)

    def vel(self, level: float, bar: int, accent: float = 1.0) -> float:
        jitter = float(self.rng.normal(0.0, 4.0))
        return self.spec.velocity * level * self.dyn(bar) * accent + jitter

    # -- pitch helpers -------------------------------------------------------------------------------------
    def chord_pcs(self, symbol: str) -> list[int]:
        root, triad = _chord(symbol)
        return [(self.tonic + root + iv) % 12 for iv in triad]

    def scale_pitches(self, lo: int, hi: int) -> list[int]:
        pcs = {(self.tonic + s) % 12 for s in self.scale}
        return [p for p in range(lo, hi + 1) if p % 12 in pcs]

    def voicing(self, pcs: list[int], centre: int) -> list[int]:
        """Closed-position triad nearest ``centre`` (smooth voice leading without tracking voices)."""
        out = []
        for pc in pcs:
            p = centre - 6 + ((pc - (centre - 6)) % 12)
            out.append(p)
        return sorted(out)

    # -- parts ---------------------------------------------------------------------------------------------
    def arrange(self) -> None:
        channel = 0
        for part in self.spec.parts:
            if channel == 9:
                channel += 1
            track = self.w.add_track(part.role, channel, part.program, part.pan, part.reverb)
            getattr(self, f"_{part.role}")(part, track)
            self._ending(part, track)
            channel += 1
        if self.spec.drums:
            track = self.w.add_track("drums", 9, 0, 64, 30)
            self._drums(track)

    def _ending(self, part: Part, track: int) -> None:
        """The held final chord and its fade: expression (CC11) falls over the hold so the piece decays."""
        root, triad = self.final_chord
        pcs = [(self.tonic + root + iv) % 12 for iv in triad]
        centre = 12 * (part.octave + 1) + 4
        if part.role == "melody":
            pitches = [self.voicing([pcs[0]], centre + 3)[0]]
        elif part.role == "bass":
            pitches = [self.voicing([pcs[0]], centre)[0]]
        else:
            pitches = self.voicing(pcs, centre)
        for p in pitches:
            self.w.note(track, self.final_beat, self.hold_beats, p, self.vel(part.level, self.bars))
        steps = 16
        for i in range(1, steps + 1):
            frac = i / steps
            # Hold full for the first fifth of the chord, then an exponential-looking fall to ~25 %.
            value = 127 if frac < 0.2 else round(127 * (0.25 ** ((frac - 0.2) / 0.8)))
            self.w.cc(track, self.final_beat + self.hold_beats * (i - 0.5) / steps, 11, value)

    def _melody(self, part: Part, track: int) -> None:
        centre = 12 * (part.octave + 1) + self.tonic
        lo, hi = centre - 5, centre + 14
        pool = self.scale_pitches(lo, hi)
        prev = self.voicing([self.tonic], centre + 4)[0]
        cells: list[tuple[float, ...]] = []
        for bar in range(self.bars):
            if bar == 0 and self.bars >= 6:
                continue  # one bar of accompaniment before the tune enters
            pos_in_phrase = bar % 4
            if pos_in_phrase == 0 or not cells:
                # A phrase's rhythm: one motif cell repeated, a varied third bar, a long closing note.
                motif = self.spec.rhythms[int(self.rng.integers(len(self.spec.rhythms)))]
                alt = self.spec.rhythms[int(self.rng.integers(len(self.spec.rhythms)))]
                closing = (4.0,) if (4,) in self.spec.rhythms else (3.0, 1.0)
                cells = [motif, motif, alt, closing]
                if bar // 4 % 2 == 1:
                    cells[3] = (2.0, 2.0)  # the answering phrase closes on a half cadence feel
            cell = cells[pos_in_phrase] if bar != self.bars - 1 else (2.0, 1.0, 1.0)
            tones = self.chord_pcs(self.chords[bar])
            beat = 0.0
            for i, dur in enumerate(cell):
                strong = beat in (0.0, 2.0) or dur >= 2.0
                if i > 0 and self.rng.random() < self.spec.rest_prob and not strong:
                    beat += dur
                    continue
                if strong:
                    cands = [p for p in pool if p % 12 in tones and abs(p - prev) <= 7] or \
                            [p for p in pool if p % 12 in tones]
                    weights = np.array([1.0 / (1.0 + abs(p - prev)) + (0.15 if p != prev else 0.0)
                                        for p in cands])
                    pitch = int(self.rng.choice(cands, p=weights / weights.sum()))
                else:
                    idx = int(np.argmin([abs(p - prev) for p in pool]))
                    step = int(self.rng.choice([-2, -1, 1, 2], p=[0.15, 0.35, 0.35, 0.15]))
                    # Lean back toward the middle of the range so the line does not drift off.
                    if pool[idx] > centre + 9:
                        step = -abs(step)
                    elif pool[idx] < centre - 2:
                        step = abs(step)
                    pitch = pool[int(np.clip(idx + step, 0, len(pool) - 1))]
                accent = 1.08 if beat == 0.0 else 1.0
                # Slightly detached notes for quick values, legato for long ones.
                length = dur * (0.85 if dur < 1.0 else 0.96)
                self.w.note(track, bar * BEATS_PER_BAR + beat, length, pitch, self.vel(part.level, bar, accent))
                prev = pitch
                beat += dur

    def _chords(self, part: Part, track: int) -> None:
        centre = 12 * (part.octave + 1) + 5
        for bar in range(self.bars):
            notes = self.voicing(self.chord_pcs(self.chords[bar]), centre)
            start = bar * BEATS_PER_BAR
            if part.style == "block":
                for p in notes:
                    self.w.note(track, start, 3.95, p, self.vel(part.level, bar))
            elif part.style == "pulse":
                for i in range(8):
                    acc = 1.1 if i % 2 == 0 else 0.85
                    for p in notes:
                        self.w.note(track, start + 0.5 * i, 0.4, p, self.vel(part.level, bar, acc))
            else:  # arp: up through the voicing and an octave above, then back down
                seq = [notes[0], notes[1], notes[2], notes[0] + 12, notes[2], notes[1], notes[0] + 12, notes[1]]
                for i, p in enumerate(seq):
                    acc = 1.1 if i % 4 == 0 else 0.9
                    self.w.note(track, start + 0.5 * i, 0.9, p, self.vel(part.level, bar, acc))

    def _pad(self, part: Part, track: int) -> None:
        self._chords(Part(part.role, part.program, "block", part.octave, part.level, part.pan), track)

    def _bass(self, part: Part, track: int) -> None:
        centre = 12 * (part.octave + 1) + 5
        for bar in range(self.bars):
            pcs = self.chord_pcs(self.chords[bar])
            root = self.voicing([pcs[0]], centre)[0]
            fifth = root + 7 if root + 7 <= centre + 9 else root - 5
            start = bar * BEATS_PER_BAR
            if part.style == "whole":
                pattern = [(0.0, 3.9, root)]
            elif part.style == "half":
                pattern = [(0.0, 1.9, root), (2.0, 1.9, fifth)]
            elif part.style == "pop":
                pattern = [(0.0, 1.4, root), (1.5, 0.45, root), (2.0, 0.9, fifth), (3.0, 0.9, root + 12)]
            else:  # pulse: driving eighths
                pattern = [(0.5 * i, 0.42, root) for i in range(8)]
            for beat, dur, pitch in pattern:
                acc = 1.1 if beat == 0.0 else 0.92
                self.w.note(track, start + beat, dur, pitch, self.vel(part.level, bar, acc))

    def _drums(self, track: int) -> None:
        style = self.spec.drums or "sparse"
        pattern, fill = _DRUMS[style], _FILL[style]
        for bar in range(self.bars):
            hits = {k: dict(v) for k, v in pattern.items()}
            if bar % 8 == 7 or bar == self.bars - 1:
                for k in list(hits):
                    hits[k] = {s: v for s, v in hits[k].items() if s < 12}
                for k, v in fill.items():
                    hits.setdefault(k, {}).update(v)
            if bar % 8 == 0 and self.spec.drums != "sparse":
                hits.setdefault(CRASH, {})[0] = 0.9
            for key, steps in hits.items():
                for step, level in steps.items():
                    self.w.note(track, bar * BEATS_PER_BAR + step / 4, 0.25, key, self.vel(level, bar))
        if self.bars and self.spec.drums != "sparse":
            # Land the final chord: crash and kick on its downbeat, left to ring out.
            self.w.note(track, self.final_beat, min(self.hold_beats, 2.0), CRASH, self.vel(0.9, self.bars))
            self.w.note(track, self.final_beat, 0.5, KICK, self.vel(1.0, self.bars))
