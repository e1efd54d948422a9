"""Rendering a :class:`~autark.audio.music.Score` to stereo audio with FluidSynth.

Why not ``pretty_midi.PrettyMIDI.fluidsynth``: it renders each instrument separately in mono (it keeps only
the left channel) and sums them. Here one FluidSynth instance plays the whole score, each part on its own MIDI
channel with the pan (CC10), reverb send (CC91) and expression (CC11) the score wrote, so the result has a
real stereo image and a shared stereo reverb. Samples are pulled as 32-bit float (``fluid_synth_write_float``)
rather than pyfluidsynth's int16, so loud passages are never clipped inside the synthesizer; the result is
trimmed (or padded) to exactly the score's duration and peak-normalised to -1 dBFS.
"""

from __future__ import annotations

import ctypes
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np

from autark.audio._signal import SAMPLE_RATE_HZ
from autark.errors import AudioError

if TYPE_CHECKING:
    from autark.audio.music import Score

__all__ = ["render_score", "find_soundfont"]

_SYSTEM_SOUNDFONTS = ("/usr/share/sounds/sf2/FluidR3_GM.sf2",)
_PEAK_LEVEL = 0.89  # -1 dBFS: every render is peak-normalised here, so quiet moods are not buried
_END_FADE_S = 0.03  # the trim at the exact end must not click


def find_soundfont(prefer_system: bool = True) -> Path:
    """A General MIDI SoundFont: Debian's FluidR3_GM when installed (fuller sound), else the TimGM6mb that
    ships inside pretty_midi, so nothing is downloaded and nothing outside the venv is required."""
    if prefer_system:
        for candidate in _SYSTEM_SOUNDFONTS:
            if Path(candidate).is_file():
                return Path(candidate)
    import pretty_midi

    bundled = Path(pretty_midi.__file__).parent / "TimGM6mb.sf2"
    if bundled.is_file():
        return bundled
    raise AudioError("no General MIDI SoundFont found",
                     hint="reinstall pretty_midi (it ships TimGM6mb.sf2) or apt-get install fluid-soundfont-gm")


def _load_fluidsynth() -> Any:
    try:
        import fluidsynth
    except (ImportError, OSError) as exc:
        raise AudioError("FluidSynth is not installed",
                         hint="install libfluidsynth3: apt-get install libfluidsynth3") from exc
    if not hasattr(fluidsynth, "Synth"):
        raise AudioError("the 'fluidsynth' module found is not pyfluidsynth",
                         hint="pip uninstall fluidsynth && pip install pyfluidsynth")
    return fluidsynth


def _float_writer(fluidsynth: Any) -> Any:
    write = fluidsynth.cfunc(
        "fluid_synth_write_float", ctypes.c_int, ("synth", ctypes.c_void_p, 1), ("len", ctypes.c_int, 1),
        ("lout", ctypes.c_void_p, 1), ("loff", ctypes.c_int, 1), ("lincr", ctypes.c_int, 1),
        ("rout", ctypes.c_void_p, 1), ("roff", ctypes.c_int, 1), ("rincr", ctypes.c_int, 1))
    if write is None:
        raise AudioError("this FluidSynth library has no fluid_synth_write_float",
                         hint="install libfluidsynth3: apt-get install libfluidsynth3")
    return write


def render_score(score: Score, sample_rate_hz: int = SAMPLE_RATE_HZ, soundfont: Path | str | None = None,
                 ) -> np.ndarray:
    """Render ``score`` to float32 stereo of exactly ``round(score.duration_s * sample_rate_hz)`` samples."""
    fluidsynth = _load_fluidsynth()
    write_float = _float_writer(fluidsynth)
    sf_path = Path(soundfont) if soundfont is not None else find_soundfont()
    if not sf_path.is_file():
        raise AudioError(f"SoundFont not found: {sf_path}")
    n_total = int(round(score.duration_s * sample_rate_hz))
    out = np.zeros((n_total, 2), dtype=np.float32)

    # 96 voices: enough for every part; beyond it FluidSynth steals the quietest releasing voices, which
    # changes the render by ~3 % RMS and makes it ~1.5x faster than the default 256 with TimGM6mb.
    synth = fluidsynth.Synth(gain=0.4, samplerate=float(sample_rate_hz), **{"synth.polyphony": 96})
    try:
        sfid = synth.sfload(str(sf_path))
        if sfid == -1:
            raise AudioError(f"FluidSynth could not load the SoundFont {sf_path}")
        synth.set_reverb(roomsize=0.55, damping=0.35, width=0.9, level=0.6)
        events = _events(score, synth, sfid)
        pos = 0
        for t, _, fn in events:
            target = min(n_total, int(round(t * sample_rate_hz)))
            if target > pos:
                _write(write_float, synth, out, pos, target)
                pos = target
            fn()
        if pos < n_total:
            _write(write_float, synth, out, pos, n_total)
    finally:
        synth.delete()

    fade = min(n_total, int(_END_FADE_S * sample_rate_hz))
    if fade:
        out[n_total - fade:] *= np.linspace(1.0, 0.0, fade, dtype=np.float32)[:, None]
    peak = float(np.max(np.abs(out))) if out.size else 0.0
    if peak > 1e-6:
        out *= _PEAK_LEVEL / peak
    return out


def _write(write_float: Any, synth: Any, out: np.ndarray, start: int, stop: int) -> None:
    # Interleaved stereo straight into the output array: left at offset 0, right at 1, stride 2.
    block = out[start:stop]
    ptr = block.ctypes.data
    write_float(synth.synth, stop - start, ptr, 0, 2, ptr, 1, 2)


def _events(score: Score, synth: Any, sfid: int) -> list[tuple[float, int, Any]]:
    """(time, order, action) for every MIDI event; at equal times note-offs run before controllers, and
    controllers before note-ons, so a repeated note is released before it is struck again."""
    events: list[tuple[float, int, Any]] = []
    channel = 0
    for inst in score.midi.instruments:
        if inst.is_drum:
            ch = 9
            if synth.program_select(ch, sfid, 128, inst.program) == -1:
                synth.program_select(ch, sfid, 128, 0)
        else:
            if channel == 9:
                channel += 1
            ch = channel
            channel += 1
            synth.program_select(ch, sfid, 0, inst.program)
        for cc in inst.control_changes:
            events.append((cc.time, 1, _bind(synth.cc, ch, cc.number, cc.value)))
        for note in inst.notes:
            events.append((note.start, 2, _bind(synth.noteon, ch, note.pitch, note.velocity)))
            events.append((note.end, 0, _bind(synth.noteoff, ch, note.pitch)))
    events.sort(key=lambda e: (e[0], e[1]))
    return events


def _bind(fn: Any, *args: int) -> Any:
    return lambda: fn(*args)
