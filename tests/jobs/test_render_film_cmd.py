"""Issue #4 end to end: sentences -> a project -> `autark render DIR -o film.mp4`, checked by decoding the MP4."""

from __future__ import annotations

import re
from pathlib import Path

import numpy as np
import pytest
from typer.testing import CliRunner

from autark.cli.main import app
from autark.studio import Studio

SENTENCES = [
    "add a red ball",
    "add a robot 3 m behind the ball",
    "wide shot",
    "the ball rolls to the right in 3 seconds",
    "at the same time the robot says 'hello, I am here'",
    "play calm music",
    "the film lasts 3 seconds",
]
FPS, WIDTH, HEIGHT = 30, 320, 180


@pytest.fixture(scope="module")
def film(tmp_path_factory: pytest.TempPathFactory) -> dict:
    import av

    root = tmp_path_factory.mktemp("render-film")
    with Studio.create(root / "p") as studio:
        for sentence in SENTENCES:
            studio.do(sentence)
    out = root / "film.mp4"
    result = CliRunner().invoke(app, ["render", str(root / "p"), "-o", str(out), "--width", str(WIDTH),
                                      "--height", str(HEIGHT), "--fps", str(FPS)])
    assert result.exit_code == 0, result.output
    with av.open(str(out)) as c:
        video = c.streams.video[0]
        codec, size = video.codec_context.name, (video.codec_context.width, video.codec_context.height)
        frames = [f.to_ndarray(format="rgb24") for f in c.decode(video=0)]
        duration = c.duration / 1e6
    with av.open(str(out)) as c:
        rate = c.streams.audio[0].codec_context.sample_rate
        audio = np.concatenate([f.to_ndarray() for f in c.decode(audio=0)], axis=1).mean(axis=0)
    return {"codec": codec, "size": size, "frames": frames, "duration": duration, "audio": audio, "rate": rate,
            "srt": out.with_suffix(".srt").read_text(encoding="utf-8"), "out": out}


def _cues(srt: str) -> list[tuple[float, float, str]]:
    def secs(stamp: str) -> float:
        h, m, rest = stamp.split(":")
        s, ms = rest.split(",")
        return int(h) * 3600 + int(m) * 60 + int(s) + int(ms) / 1000

    blocks = [b.splitlines() for b in srt.strip().split("\n\n")]
    return [(secs(b[1].split(" --> ")[0]), secs(b[1].split(" --> ")[1]), " ".join(b[2:])) for b in blocks]


def test_film_has_the_commanded_length_size_and_streams(film: dict) -> None:
    assert film["codec"] == "h264"
    assert film["size"] == (WIDTH, HEIGHT)
    assert len(film["frames"]) == 3 * FPS
    assert film["duration"] == pytest.approx(3.0, abs=0.05)
    assert film["audio"].shape[0] == pytest.approx(3.0 * film["rate"], rel=0.02)


def _red_centroid_x(frame: np.ndarray) -> float:
    r, g, b = (frame[..., i].astype(int) for i in range(3))
    mask = (r > 110) & (r > 2 * g) & (r > 2 * b)
    assert mask.sum() > 10, "the red ball is not visible"
    return float(np.nonzero(mask)[1].mean())


def test_the_red_ball_moves_right_across_the_frames(film: dict) -> None:
    xs = [_red_centroid_x(film["frames"][i]) for i in (3, 45, 87)]
    assert xs[0] < xs[1] < xs[2]
    assert xs[2] - xs[0] > WIDTH * 0.05


def test_speech_is_loud_over_music_and_music_plays_after_it(film: dict) -> None:
    (start, end, text), = _cues(film["srt"])
    assert text == "hello, I am here"
    assert start == pytest.approx(0.0, abs=0.01)
    rate, audio = film["rate"], film["audio"]

    def rms(a: float, b: float) -> float:
        part = audio[int(a * rate):int(b * rate)]
        return float(np.sqrt(np.mean(part ** 2)))

    during, after = rms(start + 0.1, end - 0.05), rms(end + 0.5, 2.6)
    assert after > 1e-3, "no music under the film"
    assert during > 2 * after, "speech is not louder than the ducked music"


def test_subtitle_lasts_the_spoken_line_and_can_be_read(film: dict) -> None:
    from autark.audio import default_voice_engine

    (start, end, text), = _cues(film["srt"])
    speech = default_voice_engine().speak("hello, I am here", "robot", "en")
    # up while the line is said (the neural voice's length varies by a few per cent from run to run) and,
    # where the film leaves room, long enough to read (autark.compose.subtitles.readable_cues)
    assert end - start >= speech.duration_s - 0.1
    assert len(text) / (end - start) <= 17.0


def test_render_refuses_a_wrong_output_name_and_changes_nothing(film: dict, tmp_path: Path) -> None:
    before = film["out"].stat().st_mtime_ns
    result = CliRunner().invoke(app, ["render", str(film["out"].parent / "p"), "-o", str(tmp_path / "film.avi")])
    assert result.exit_code != 0
    assert re.search(r"MP4", result.output)
    assert not (tmp_path / "film.avi").exists()
    assert film["out"].stat().st_mtime_ns == before


def test_the_render_writes_its_report_beside_the_film(film: dict) -> None:
    """Issue 16: the film report (JSON + self-contained HTML) comes with every film, with the shot list the
    production knows and the mix's stems under each line; autark check reads it back."""
    import json

    out = film["out"]
    data = json.loads(out.with_name("film.report.json").read_text(encoding="utf-8"))
    assert out.with_name("film.report.html").read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
    assert data["film"] == "film.mp4" and data["shots_from"] == "shot list"
    assert data["video"]["frames"] == 3 * FPS and data["film_measures"]["duration_s"]["status"] == "pass"
    assert sum(s["frames"] for s in data["shots"]) == 3 * FPS
    # what the scene says each shot shows (autark.cinema): the wide shot of the ball and the robot
    (shot,) = data["shots"]
    scene = {k: m for k, m in shot["measures"].items() if m["source"] == "scene"}
    assert {"subjects_visible_pct", "clearance_m", "speaker_visible_pct", "framing"} <= set(scene)
    assert scene["clearance_m"]["status"] == "pass" and scene["clearance_m"]["value"] > 0.3
    assert scene["framing"]["value"] in ("wide", "medium", "close-up", "extreme close-up")
    (line,) = data["lines"]
    assert line["text"] == "hello, I am here" and line["speaker"] == "robot"
    over = line["measures"]["speech_over_music_db"]
    assert over["source"] == "scene" and over["value"] > 6.0
    assert data["film_measures"]["loudness_lufs"]["value"] == pytest.approx(-16.0, abs=1.0)
    result = CliRunner().invoke(app, ["check", str(out), "--json"])
    assert json.loads(result.output)["shots_from"] == "shot list"
    assert result.exit_code == (1 if data["status"] == "fail" else 0)


def test_no_check_writes_no_report_and_removes_an_old_one(film: dict, tmp_path: Path) -> None:
    stale = tmp_path / "film.report.json"
    stale.write_text("{}", encoding="utf-8")
    result = CliRunner().invoke(app, ["render", str(film["out"].parent / "p"), "-o", str(tmp_path / "film.mp4"),
                                      "--width", "64", "--height", "36", "--fps", "4", "--quality", "preview",
                                      "--no-check"])
    assert result.exit_code == 0, result.output
    # the render's metrics (autark.jobs.metrics, autark stats) stay beside the film; no report does
    assert sorted(p.name for p in tmp_path.iterdir()) == ["film.metrics.json", "film.mp4", "film.srt"]
