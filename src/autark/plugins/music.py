"""Music plugins as a film's composer: what a film's music bed is when the user has a music plugin.

    composer = plugin_music(settings)          # None: only the built-in score
    produce(screenplay, out, composer=composer)

The composer asks the chosen music plugin (``autark.plugins.run``: guarded, isolated, checked) for the whole
film's length and writes its answer as the film's music bed (48 kHz stereo raw float32, ``PcmFile``): audio is
resampled and fitted to the film's length (cut, or padded with silence); MIDI is rendered by autark's own
synthesiser like the built-in score. When the plugin fails, the built-in score is written instead and
``notes`` says why in one line.
"""

from __future__ import annotations

import io
from pathlib import Path
from typing import Any

import numpy as np

from autark.config import Settings
from autark.plugins.isolation import PluginFailure
from autark.plugins.kinds import MusicRequest, MusicResult, Plugin

__all__ = ["PluginComposer", "plugin_music", "write_bed"]


def write_bed(result: MusicResult, duration_s: float, path: Path) -> Any:
    """A music plugin's answer as the film's bed at ``path``: a ``PcmFile`` of exactly ``duration_s``."""
    from autark.audio import SAMPLE_RATE_HZ
    from autark.audio._signal import resample
    from autark.audio.pcm import BLOCK_SAMPLES, PcmWriter

    n_total = int(round(duration_s * SAMPLE_RATE_HZ))
    if result.samples is None:
        import pretty_midi

        from autark.audio.music import Score
        from autark.audio.synth import render_score_to_file

        midi = pretty_midi.PrettyMIDI(io.BytesIO(result.midi or b""))
        # the synthesiser reads a score's MIDI and length only; the rest describes autark's own compositions
        score = Score(midi=midi, midi_bytes=result.midi or b"", mood="", key="", tonic_pitch_class=0, mode="",
                      tempo_bpm=120.0, duration_s=duration_s, seed=0, bars=0)
        return render_score_to_file(score, path, SAMPLE_RATE_HZ)
    samples = np.asarray(result.samples, dtype=np.float32)
    stereo = np.repeat(samples[:, None], 2, axis=1) if samples.ndim == 1 else samples[:, :2]
    if stereo.shape[1] == 1:
        stereo = np.repeat(stereo, 2, axis=1)
    if result.sample_rate_hz != SAMPLE_RATE_HZ:
        stereo = np.stack([resample(stereo[:, c], result.sample_rate_hz, SAMPLE_RATE_HZ).reshape(-1)
                           for c in range(2)], axis=1)
    stereo = stereo[:n_total]
    with PcmWriter(path, 2, SAMPLE_RATE_HZ) as writer:
        for a in range(0, n_total, BLOCK_SAMPLES):
            block = stereo[a:a + BLOCK_SAMPLES]
            want = min(BLOCK_SAMPLES, n_total - a)
            if block.shape[0] < want:  # shorter than the film: silence to its end
                block = np.concatenate([block, np.zeros((want - block.shape[0], 2), np.float32)])
            writer.write(block)
    return writer.result()


class PluginComposer:
    """A film's ``composer`` over one music plugin, the built-in score taking over when it fails."""

    def __init__(self, plugin: Plugin, settings: Settings, *, report: Any = None) -> None:
        self.plugin, self.settings = plugin, settings
        self.notes: list[str] = []
        self._report = report

    def __call__(self, mood: str, duration_s: float, seed: int, path: Path) -> Any:
        from autark.plugins.run import run_plugin

        try:
            result = run_plugin(self.plugin, MusicRequest(mood, duration_s, None, seed), self.settings)
            return write_bed(result, duration_s, path)
        except PluginFailure as failure:
            line = f"the music plugin {self.plugin.name!r} failed ({failure.reason}); the built-in score plays"
            self.notes.append(line)
            if self._report is not None:
                self._report(line)
        from autark.audio import SAMPLE_RATE_HZ, compose_score
        from autark.audio.synth import render_score_to_file

        return render_score_to_file(compose_score(mood, duration_s, seed), path, SAMPLE_RATE_HZ)


def plugin_music(settings: Settings, *, report: Any = None) -> PluginComposer | None:
    """The composer of the user's enabled music plugin; None when only the built-in score is there."""
    from autark.plugins.run import choose

    chosen = choose("music", settings)
    return None if chosen.builtin else PluginComposer(chosen, settings, report=report)
