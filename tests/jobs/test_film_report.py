"""The film report (issue 16, items 4-5) on small synthetic MP4s written with PyAV: each frame-based check
fires with the right status on the defect it is for, a clean film passes, the production's facts (shot
list, cards, stems) are used where known, the HTML is self-contained, and ``autark check`` exits 1 on a
failure and 0 otherwise."""

from __future__ import annotations

import json
import re
from pathlib import Path

import numpy as np
import pytest
from report_media import FPS, SR, moving, other_frame, scene_frame, tone, write_film, write_srt
from typer.testing import CliRunner

from autark.jobs.report import (
    RULES,
    FilmFacts,
    LineFacts,
    ShotSpan,
    check_film,
    load_facts,
    report_paths,
    write_report,
)


@pytest.fixture(scope="module")
def films(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    root = tmp_path_factory.mktemp("report-films")
    black = np.zeros_like(scene_frame(0))
    out = {
        "clean": write_film(root / "clean.mp4", moving(3 * FPS), tone(3.0)),
        "black": write_film(root / "black.mp4", [*moving(FPS), *[black] * (FPS * 5 // 2), *moving(FPS, 40)],
                            tone(4.5)),
        "frozen": write_film(root / "frozen.mp4", [*moving(FPS), *[scene_frame(FPS)] * (5 * FPS)], tone(6.0)),
        # A A A X B B B: one frame of another camera at the cut
        "flash": write_film(root / "flash.mp4", [*moving(FPS), other_frame(), *moving(FPS, 10, seed=1)],
                            tone(2.1)),
        "dark": write_film(root / "dark.mp4", moving(2 * FPS, level=10), tone(2.0)),
        "loud": write_film(root / "loud.mp4", moving(2 * FPS), tone(2.0, lufs=-5.0)),
        "quiet": write_film(root / "quiet.mp4", moving(2 * FPS), tone(2.0, lufs=-40.0)),
        "broadcast": write_film(root / "broadcast.mp4", moving(2 * FPS), tone(2.0, lufs=-24.0)),
        "silent": write_film(root / "silent.mp4", moving(FPS)),
        "mute": write_film(root / "mute.mp4", moving(FPS), np.zeros((SR, 2), np.float32)),
        "clipped": write_film(root / "clipped.mp4", moving(FPS), np.clip(3 * tone(1.0, lufs=-10.0), -1, 1)),
    }
    write_srt(root / "clean.srt", [(0.2, 1.4, "Good morning."), (1.4, 3.0, "Short lines\nread easily.")])
    # a 60-character line, shown for 2 s (30 characters a second)
    write_srt(root / "loud.srt", [(0.0, 2.0, "This subtitle line is much too long to read on any screen!!!")])
    return out


def _shot_statuses(check, name: str) -> list[str]:
    return [s["measures"][name]["status"] for s in check.data["shots"]]


def test_a_clean_film_passes(films: dict[str, Path]) -> None:
    check = check_film(films["clean"])
    assert check.status == "pass", json.dumps(check.data["film_measures"]) + json.dumps(check.data["shots"])
    assert check.data["shots_from"] == "cut detection" and len(check.data["shots"]) == 1
    shot = check.data["shots"][0]["measures"]
    assert 60 < shot["mean_luminance"]["value"] < 200 and shot["flashes"]["value"] == 0
    assert check.data["film_measures"]["loudness_lufs"]["value"] == pytest.approx(-16.0, abs=1.0)
    assert check.data["video"] == {"codec": "h264", "width": 128, "height": 72, "fps": 24.0, "frames": 72,
                                   "duration_s": 3.0}
    assert [ln["text"] for ln in check.data["lines"]] == ["Good morning.", "Short lines\nread easily."]
    assert check.data["lines"][1]["measures"]["lines"]["value"] == 2
    # the stems of a film autark did not make are not known: skipped, with the reason
    sm = check.data["lines"][0]["measures"]["speech_over_music_db"]
    assert sm["status"] == "skip" and "stems" in sm["reason"]


def test_a_black_stretch_fails(films: dict[str, Path]) -> None:
    check = check_film(films["black"])
    assert check.status == "fail"
    blacks = [s["measures"]["black_s"] for s in check.data["shots"]]
    worst = max(blacks, key=lambda m: m["value"])
    assert worst["status"] == "fail" and worst["value"] == pytest.approx(2.5, abs=0.1)
    assert worst["source"] == "frames"
    # the cuts into and out of the black are found: three shots
    assert [s["start_s"] for s in check.data["shots"]] == pytest.approx([0.0, 1.0, 3.5], abs=0.05)


def test_a_frozen_stretch_fails(films: dict[str, Path]) -> None:
    check = check_film(films["frozen"])
    frozen = check.data["shots"][-1]["measures"]["frozen_s"]
    assert frozen["status"] == "fail" and frozen["value"] == pytest.approx(5.0, abs=0.1)
    assert "fail" not in _shot_statuses(check, "flicker")


def test_a_one_frame_flash_at_a_cut_fails(films: dict[str, Path]) -> None:
    check = check_film(films["flash"])
    assert check.data["events"]["flashes_s"] == [pytest.approx(1.0, abs=1e-3)]
    assert sum(s["measures"]["flashes"]["value"] for s in check.data["shots"]) == 1
    assert "fail" in _shot_statuses(check, "flashes") and check.status == "fail"
    # the flash starts the second shot; the film has two shots, not three
    assert [s["first_frame"] for s in check.data["shots"]] == [0, FPS]
    assert check.data["shots"][1]["flash_times_s"] == [pytest.approx(1.0, abs=1e-3)]


def test_a_flash_inside_a_shot_is_found_too(tmp_path: Path) -> None:
    frames = moving(2 * FPS)
    frames[30] = other_frame()
    check = check_film(write_film(tmp_path / "f.mp4", frames))
    assert check.data["events"]["flashes_s"] == [pytest.approx(30 / FPS, abs=1e-3)]


@pytest.mark.parametrize(("planned_cut", "offset", "status"), [(FPS, 0, "pass"), (FPS + 1, -1, "fail"),
                                                               (FPS - 2, 2, "fail")])
def test_a_cut_off_its_planned_frame_fails(tmp_path: Path, planned_cut: int, offset: int, status: str) -> None:
    """A cut one frame early shows the next camera in the last frame of the shot before (issue 16, item 3)."""
    film = write_film(tmp_path / "cut.mp4", [*moving(FPS), *moving(FPS, 10, seed=1)])
    facts = FilmFacts(shots=[ShotSpan(0, planned_cut), ShotSpan(planned_cut, 2 * FPS - planned_cut)])
    cut = check_film(film, facts).data["shots"][1]["measures"]["cut_offset_frames"]
    assert cut == {"value": offset, "status": status, "source": "frames"}


def test_a_too_dark_film_fails(films: dict[str, Path]) -> None:
    check = check_film(films["dark"])
    luma = check.data["shots"][0]["measures"]["mean_luminance"]
    assert luma["status"] == "fail" and luma["value"] < RULES["mean_luminance"].warn_range[0]


@pytest.mark.parametrize(("name", "status"), [("loud", "fail"), ("quiet", "fail"), ("broadcast", "warn"),
                                              ("clean", "pass")])
def test_loudness_is_graded(films: dict[str, Path], name: str, status: str) -> None:
    loudness = check_film(films[name]).data["film_measures"]["loudness_lufs"]
    assert loudness["status"] == status, loudness


def test_a_clipped_track_peaks_over_full_scale(films: dict[str, Path]) -> None:
    peak = check_film(films["clipped"]).data["film_measures"]["true_peak_dbtp"]
    assert peak["status"] == "fail" and peak["value"] > 0
    assert check_film(films["clean"]).data["film_measures"]["true_peak_dbtp"]["status"] == "pass"


def test_a_film_without_sound_skips_the_sound_measures(films: dict[str, Path]) -> None:
    measures = check_film(films["silent"]).data["film_measures"]
    assert {measures[n]["status"] for n in ("loudness_lufs", "true_peak_dbtp", "av_sync_ms")} == {"skip"}
    assert measures["duration_s"] == {"value": 1.0, "status": "pass", "source": "frames"}


@pytest.mark.parametrize(("planned", "status"), [(None, "warn"), (True, "fail"), (False, "skip")])
def test_a_silent_sound_track(films: dict[str, Path], planned: bool | None, status: str) -> None:
    """Silence: a fault where lines or music were made, intended where nothing was (a short studio clip),
    a warning where nobody knows."""
    measures = check_film(films["mute"], FilmFacts(sound=planned)).data["film_measures"]
    assert measures["loudness_lufs"]["status"] == status and measures["loudness_lufs"]["value"] is None
    assert measures["true_peak_dbtp"]["status"] == "skip"


def test_subtitles_against_the_common_rules(films: dict[str, Path]) -> None:
    (line,) = check_film(films["loud"]).data["lines"]
    m = line["measures"]
    assert m["line_chars"]["value"] == 60 and m["line_chars"]["status"] == "fail"
    assert m["chars_per_s"]["value"] == pytest.approx(30.0) and m["chars_per_s"]["status"] == "fail"
    assert m["lines"]["status"] == "pass"


def test_the_productions_facts_are_used(films: dict[str, Path]) -> None:
    """A shot list (a card, then the scene), the stems of each line and the scene measures of a shot."""
    facts = FilmFacts(shots=[ShotSpan(0, 12, "card", "Title"), ShotSpan(12, 60, "scene", "wide, cam1")],
                      lines=[LineFacts(0.2, 1.4, "Good morning.", "Robo", -20.0, -34.0),
                             LineFacts(1.4, 3.0, "Short lines read easily.", "Lea", -20.0, -22.0)],
                      n_frames=72,
                      scene_measures=[{}, {"subjects_visible_pct": 62.0, "framing": "medium",
                                           "speaker_visible_pct": {"value": 100.0, "status": "pass"}}])
    check = check_film(films["clean"], facts)
    data = check.data
    assert data["shots_from"] == "shot list"
    card, scene = data["shots"]
    assert card["measures"]["mean_luminance"]["status"] == "skip"  # a card is dark and still by design
    assert card["measures"]["frozen_s"]["status"] == "skip"
    assert scene["measures"]["subjects_visible_pct"] == {"value": 62.0, "status": "fail", "source": "scene"}
    assert scene["measures"]["speaker_visible_pct"]["source"] == "scene"
    assert scene["measures"]["framing"]["value"] == "medium"
    first, second = (ln["measures"]["speech_over_music_db"] for ln in data["lines"])
    assert first == {"value": 14.0, "status": "pass", "source": "scene"}
    assert second["status"] == "fail"  # 2 dB: the words are lost under the music
    assert [ln["speaker"] for ln in data["lines"]] == ["Robo", "Lea"]
    # a later check of the same file knows all of it again from the report beside the film
    write_report(check)
    again = load_facts(films["clean"])
    assert again is not None and again.shots == facts.shots and again.lines == facts.lines
    assert check_film(films["clean"], again).data["shots"] == data["shots"]
    # planned frames that the file lacks fail the duration
    short = check_film(films["clean"], FilmFacts(n_frames=90)).data["film_measures"]["duration_s"]
    assert short["status"] == "fail" and "90 frames planned" in short["reason"]
    for path in report_paths(films["clean"]):
        path.unlink()


def test_scene_measures_are_graded_by_the_shot_analysis_rules() -> None:
    """autark.cinema's ShotMeasures.to_dict() -> the report's scene measures: each graded by the problems the
    shot analysis found (its sentence as the reason), the framing class as information."""
    from autark.jobs.report import scene_measures

    shot = {"subjects": ["obj2"], "subjects_visible_pct": 40.0, "subject_height_px": 36.0, "framing": "wide",
            "clearance_m": 0.0, "occluded_pct": 0.0, "head_cut_pct": 0.0, "speaker_visible_pct": 0.0,
            "max_pan_deg_s": 12.0, "eyes_from_top": None, "reaction": False,
            "problems": [{"code": "inside", "level": "fail", "message": "the camera is inside the dog for 40%"},
                         {"code": "not_visible", "level": "fail", "message": "the subject is usable for 40%"},
                         {"code": "speaker_off", "level": "fail", "message": "a speaker is on screen for 0%"}]}
    m = scene_measures(shot, 720)
    assert m["clearance_m"] == {"value": 0.0, "status": "fail", "source": "scene",
                                "reason": "the camera is inside the dog for 40%"}
    assert m["subjects_visible_pct"]["status"] == "fail" and m["speaker_visible_pct"]["status"] == "fail"
    assert m["subject_height_pct"]["value"] == 5.0 and m["subject_height_pct"]["status"] == "fail"  # a 36 px cat
    assert m["occluded_pct"]["status"] == m["max_pan_deg_s"]["status"] == "pass"
    assert m["eyes_from_top"]["status"] == "skip" and m["framing"]["value"] == "wide"
    reaction = scene_measures({**shot, "reaction": True, "problems": []}, 720)["speaker_visible_pct"]
    assert reaction["status"] == "pass" and reaction["reason"] == "a planned reaction shot"
    nothing = scene_measures({**shot, "subjects": [], "problems": []}, 720)
    assert nothing["subjects_visible_pct"]["status"] == nothing["subject_height_pct"]["status"] == "skip"


def test_an_earlier_report_of_other_bytes_is_not_trusted(films: dict[str, Path], tmp_path: Path) -> None:
    film = tmp_path / "film.mp4"
    film.write_bytes(films["clean"].read_bytes())
    write_report(check_film(film, FilmFacts(shots=[ShotSpan(0, 72, "card", "x")])))
    assert load_facts(film) is not None
    film.write_bytes(films["flash"].read_bytes())  # another film under the same name
    assert load_facts(film) is None


def test_the_html_page_is_self_contained(films: dict[str, Path], tmp_path: Path) -> None:
    film = tmp_path / "black.mp4"
    film.write_bytes(films["black"].read_bytes())
    json_path, html_path = write_report(check_film(film))
    assert (json_path.name, html_path.name) == ("black.report.json", "black.report.html")
    page = html_path.read_text(encoding="utf-8")
    assert not re.search(r"https?:", page, flags=re.IGNORECASE)
    assert not re.search(r"""(src|href)\s*=\s*["'](?!data:)""", page, flags=re.IGNORECASE)
    assert page.count('src="data:image/jpeg;base64,') == 3  # a thumbnail per shot
    data = json.loads(json_path.read_text(encoding="utf-8"))
    assert data["status"] == "fail" and data["film"] == "black.mp4"
    assert {r["source"] for r in data["rules"].values()} == {"frames", "scene"}


def test_autark_check_exit_codes(films: dict[str, Path], tmp_path: Path) -> None:
    from autark.cli.main import app

    runner = CliRunner()
    ok = runner.invoke(app, ["check", str(films["clean"])])
    assert ok.exit_code == 0, ok.output
    assert "pass" in ok.output and "Good morning." in ok.output
    bad = runner.invoke(app, ["check", str(films["flash"])])
    assert bad.exit_code == 1, bad.output
    assert re.search(r"fail shot 2 .*one-frame flashes 1", bad.output)
    as_json = runner.invoke(app, ["check", str(films["dark"]), "--json"])
    assert as_json.exit_code == 1 and json.loads(as_json.output)["status"] == "fail"
    # a folder of films: each one; it fails when one fails
    folder = tmp_path / "films"
    folder.mkdir()
    (folder / "a.mp4").write_bytes(films["clean"].read_bytes())
    assert runner.invoke(app, ["check", str(folder)]).exit_code == 0
    (folder / "b.mp4").write_bytes(films["frozen"].read_bytes())
    (folder / ".b.partial.mp4").write_bytes(b"being written")  # an encoder's partial file is no film
    result = runner.invoke(app, ["check", str(folder), "--json", "--write"])
    assert result.exit_code == 1
    assert [d["film"] for d in json.loads(result.output)] == ["a.mp4", "b.mp4"]
    assert (folder / "b.report.html").is_file()
    # a project folder: its newest film; none yet is the person's mistake (exit 2)
    from autark.studio import Studio

    with Studio.create(tmp_path / "proj"):
        pass
    empty = runner.invoke(app, ["check", str(tmp_path / "proj")])
    assert empty.exit_code == 2 and "no film yet" in empty.output
    (tmp_path / "proj" / "renders").mkdir()
    (tmp_path / "proj" / "renders" / "x.mp4").write_bytes(films["dark"].read_bytes())
    assert runner.invoke(app, ["check", str(tmp_path / "proj")]).exit_code == 1
    not_film = tmp_path / "notes.txt"
    not_film.write_text("hello", encoding="utf-8")
    assert runner.invoke(app, ["check", str(not_film)]).exit_code == 2
    broken = tmp_path / "broken.mp4"
    broken.write_bytes(b"\x00" * 1000)
    result = runner.invoke(app, ["check", str(broken)])
    assert result.exit_code == 1 and "not a film autark can read" in result.output
