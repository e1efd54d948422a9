"""``autark make`` speaks a film's lines with the user's voice plugin and asks their music plugin for the
film's music."""

from __future__ import annotations

from pathlib import Path

import fake_plugins as fake
import numpy as np
import pytest
from typer.testing import CliRunner

from autark.cli import main as cli
from autark.plugins.catalog import PLUGINS
from autark.plugins.kinds import Plugin

pytestmark = pytest.mark.usefixtures("own_registries", "config_dir")


def test_make_speaks_with_the_voice_plugin_and_plays_the_music_plugin(tmp_path: Path) -> None:
    from autark.story import load_plan

    PLUGINS["voice"].add("recording-tone", Plugin("recording-tone", "voice", fake.RecordingTone, isolated=False))
    PLUGINS["music"].add("recording-music", Plugin("recording-music", "music", fake.RecordingMusic, isolated=False))
    fake.SPOKEN.clear()
    fake.ASKED.clear()
    plan_path = tmp_path / "plan.yaml"
    planned = CliRunner().invoke(cli.app, ["plan", "two knights argue about the last apple", "-o", str(plan_path),
                                           "--duration", "10"])
    assert planned.exit_code == 0, planned.output
    shots = load_plan(plan_path).shots
    lines = [line.text for shot in shots for line in shot.dialogue]
    assert lines, "the plan has no dialogue to test with"
    lines += [shot.narration for shot in shots if shot.narration]
    made = CliRunner().invoke(cli.app, ["make", str(plan_path), "-o", str(tmp_path / "film.mp4"), "--quality",
                                        "preview", "--width", "96", "--height", "54", "--fps", "8", "--no-check"])
    assert made.exit_code == 0, made.output
    assert set(fake.SPOKEN) == {" ".join(line.split()) for line in lines}  # every line and narration, by the plugin
    plan = load_plan(plan_path)
    assert [(r.mood, round(r.duration_s, 3)) for r in fake.ASKED] == [(plan.music_mood, round(plan.total_duration_s, 3))]
    import av

    with av.open(str(tmp_path / "film.mp4")) as film:
        audio = np.concatenate([f.to_ndarray().reshape(-1) for f in film.decode(audio=0)])
        rate = film.streams.audio[0].rate
    spectrum = np.abs(np.fft.rfft(audio))
    freqs = np.fft.rfftfreq(audio.shape[0], 1 / rate)
    music = spectrum[(freqs > 325) & (freqs < 335)].max()
    assert music > 20 * np.median(spectrum[(freqs > 100) & (freqs < 2000)])  # the plugin's 330 Hz is heard
