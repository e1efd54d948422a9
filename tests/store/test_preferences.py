"""Preferences learned, visible and reversible (issue 21): a scripted user's commands, undos and ratings shift
the defaults the way the log says, ``autark preferences`` explains each shift, a reset takes one back, and a
plan made with fixed preferences is always the same plan."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from autark.cli.main import app
from autark.store.preferences import Preferences, Vote, learn
from autark.story import plan, to_yaml
from autark.story.preferred import apply_preferences, made_with


@pytest.fixture
def user(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "user"
    monkeypatch.setenv("AUTARK_CONFIG_DIR", str(folder))
    return folder


def _cli(*args: str) -> Any:
    result = CliRunner().invoke(app, list(args))
    assert result.exit_code == 0, result.output
    return result.output


def _film(tmp_path: Path, name: str, made: dict[str, Any]) -> Path:
    """A stand-in for a film autark made: the file and its report JSON with what it was made with."""
    film = tmp_path / f"{name}.mp4"
    film.write_bytes(b"\x00")
    (tmp_path / f"{name}.report.json").write_text(json.dumps({"status": "pass", "made_with": made}), "utf-8")
    return film


def test_a_scripted_user_shifts_the_defaults_and_autark_preferences_explains_each(user: Path,
                                                                                   tmp_path: Path) -> None:
    idea = "a knight walks through a forest"
    before = plan(idea, duration_s=20)
    p1, p2 = tmp_path / "p1", tmp_path / "p2"
    _cli("new", str(p1))
    _cli("new", str(p2))
    # project 1: sunset kept, candlelight undone, a close-up after a wide shot
    _cli("do", str(p1), "add a chair", "sunset lighting", "a wide shot", "a close-up of the chair", "candlelight")
    _cli("undo", str(p1))
    # project 2: the same again
    _cli("do", str(p2), "add a table", "sunset lighting", "a wide shot", "a close-up of the table", "candlelight")
    _cli("undo", str(p2))
    # two films with happy music rated well for their plot, one tense one rated badly
    for k, (mood, score) in enumerate([("happy", 5), ("happy", 4), ("tense", 1)]):
        film = _film(tmp_path, f"f{k}", {"lighting": "daylight", "mood": mood, "camera_after_wide": "medium"})
        assert f"rated f{k}.mp4 {score}/5 for plot" in _cli("rate", str(film), str(score), "--aspect", "plot")
    shown = _cli("preferences")
    assert "lighting: sunset; avoided: candlelight" in shown
    assert "votes: candlelight -2, sunset +2" in shown
    assert "kept p1 #2 'sunset lighting'" in shown and "undid p2 #5 'candlelight'" in shown
    assert "camera_after_wide: close-up" in shown
    assert "picked a close-up after a wide shot: p1 #4 'a close-up of the chair'" in shown
    assert "mood: happy" in shown and "rated f0.mp4 5/5 for plot (made with mood happy)" in shown
    assert "votes: happy +2, tense -1" in shown
    # the next plan of the same idea follows them, and says so
    out = _cli("plan", idea, "--duration", "20", "-o", str(tmp_path / "plan.yaml"))
    assert "lighting sunset instead of" in out
    text = (tmp_path / "plan.yaml").read_text("utf-8")
    assert text.startswith('# made with the preferences {"avoid_lighting": ["candlelight"], "camera_after_wide": '
                           '"close-up", "lighting": "sunset", "mood": "happy"}')
    assert before.scenes[0].lighting != "sunset" and "lighting: sunset" in text and "music_mood: happy" in text
    sizes = [s.size for s in before.scenes[0].shots]
    if "wide" in sizes[:-1] and sizes[sizes.index("wide") + 1] == "medium":
        assert "size: close-up" in text
    # a reset takes one back: the lighting is the built-in default again, the rest stays
    assert "reset lighting" in _cli("preferences", "--reset", "lighting")
    shown = _cli("preferences")
    assert "lighting: not learned" in shown and "camera_after_wide: close-up" in shown
    _cli("plan", idea, "--duration", "20", "-o", str(tmp_path / "plan2.yaml"))
    assert f"lighting: {before.scenes[0].lighting}" in (tmp_path / "plan2.yaml").read_text("utf-8")


def test_bad_ratings_and_resets_are_clear(user: Path, tmp_path: Path) -> None:
    film = _film(tmp_path, "f", {})
    for args, message in [(("rate", str(film), "6"), "1 to 5"), (("rate", str(film), "3", "--aspect", "smell"),
                                                                 "no aspect"),
                          (("rate", str(tmp_path / "none.mp4"), "3"), "no film"),
                          (("preferences", "--reset", "colour"), "no preference")]:
        result = CliRunner().invoke(app, list(args))
        assert result.exit_code == 2 and message in result.output and "Traceback" not in result.output


def test_the_same_idea_with_the_same_preferences_makes_the_same_plan() -> None:
    idea = "two robots dance in a park"
    prefs = Preferences(lighting="night", mood="romantic", camera_after_wide="close-up")
    first, notes = apply_preferences(plan(idea, duration_s=20, seed=3), prefs, idea)
    again, _ = apply_preferences(plan(idea, duration_s=20, seed=3), prefs, idea)
    assert to_yaml(first) == to_yaml(again) and notes
    assert first.music_mood == "romantic" and {s.lighting for s in first.scenes} == {"night"}
    assert made_with(first, prefs)["preferences"] == {"lighting": "night", "mood": "romantic",
                                                      "camera_after_wide": "close-up"}
    # no preferences: the built-in plan, untouched
    plain = plan(idea, duration_s=20, seed=3)
    assert to_yaml(apply_preferences(plain, Preferences(), idea)[0]) == to_yaml(plain)


def test_what_the_idea_says_wins_over_a_preference() -> None:
    idea = "a sad knight walks through a forest at night"
    adapted, notes = apply_preferences(plan(idea, duration_s=20), Preferences(lighting="sunset", mood="happy"), idea)
    assert {s.lighting for s in adapted.scenes} == {"night"} and adapted.music_mood != "happy" and not notes


@pytest.mark.parametrize("idea", [
    "a postman loses his letters in the rain",  # rain: overcast, read from the weather word
    "An einem heißen Sommertag essen zwei Kinder Eis im Garten",  # the hour in a compound
    "Ein Fischer rudert im Nebel über den See",  # fog
])
def test_a_light_the_idea_implies_is_kept_under_a_lighting_preference(idea: str) -> None:
    plain = plan(idea, duration_s=20, seed=1)
    adapted, notes = apply_preferences(plain, Preferences(lighting="sunset"), idea)
    assert [s.lighting for s in adapted.scenes] == [s.lighting for s in plain.scenes], notes
    assert not any("lighting" in n for n in notes)


def test_the_demo_project_teaches_no_preference(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from autark.store.userdir import UserFolder

    folder = UserFolder(tmp_path / "user")
    mine, demo = tmp_path / "mine", tmp_path / "out" / "demo-project"
    folder.note_project(mine)
    folder.note_project(demo)
    folder.forget_project(demo)
    folder.forget_project(tmp_path / "never-seen")  # nothing to forget: nothing changes
    assert folder.projects() == [mine.resolve()]


def test_learning_needs_agreement_and_a_reset_drops_earlier_votes() -> None:
    votes = [Vote("lighting", "sunset", 1, "a", "2026-01-01T00:00:00"),
             Vote("lighting", "sunset", 1, "b", "2026-01-02T00:00:00"),
             Vote("lighting", "noir", 1, "c", "2026-01-03T00:00:00"),
             Vote("lighting", "noir", 1, "d", "2026-01-04T00:00:00")]
    assert learn(votes)[0].lighting is None  # a tie teaches nothing
    assert learn(votes[:3])[0].lighting == "sunset"
    prefs, counted = learn(votes, {"lighting": "2026-01-02T12:00:00"})
    assert prefs.lighting == "noir" and [v.reason for v in counted["lighting"]] == ["c", "d"]


def test_a_new_project_starts_with_the_preferred_lighting_and_undoing_that_suggestion_counts_against_it(
        user: Path, tmp_path: Path) -> None:
    for k in range(2):
        _cli("new", str(tmp_path / f"p{k}"))
        _cli("do", str(tmp_path / f"p{k}"), "add a chair", "noir lighting")
    out = _cli("new", str(tmp_path / "fresh"))
    assert "started with noir lighting, your preference" in out
    history = _cli("history", str(tmp_path / "fresh"))
    assert "preferred lighting: noir" in history
    assert "lighting: noir" in _cli("preferences")  # the suggestion kept is not counted as a vote of its own
    assert "votes: noir +2" in _cli("preferences")
    assert "undid" in _cli("undo", str(tmp_path / "fresh"))  # the user takes the suggestion back
    shown = _cli("preferences")
    assert "lighting: not learned" in shown and "votes: noir +1" in shown
    assert "- undid the suggestion fresh #1 'preferred lighting: noir'" in shown
    assert "started with" not in _cli("new", str(tmp_path / "next"))  # so the next project is not lit noir


def test_a_room_light_preference_never_lights_an_outdoor_set() -> None:
    prefs = Preferences(lighting="studio")
    outdoor = "a farmer chases a fox across the meadow"
    adapted, _ = apply_preferences(plan(outdoor, duration_s=20, seed=1), prefs, outdoor)
    assert all(s.lighting != "studio" for s in adapted.scenes)
    indoor = "a girl reads a book in the library"
    plain = plan(indoor, duration_s=20, seed=1)
    adapted, _ = apply_preferences(plain, Preferences(lighting="candlelight"), indoor)
    assert all(s.lighting == "candlelight" for s in adapted.scenes)


def test_a_set_that_brings_its_own_light_is_no_vote_for_that_light() -> None:
    from types import SimpleNamespace

    from autark.store.preferences import votes_from_log

    entries = [SimpleNamespace(seq=1, time=0.0, kind="do", sentence="make this a kitchen", state="done",
                               ops=[{"op": "add_object"}, {"op": "apply_lighting", "preset": "studio"}]),
               SimpleNamespace(seq=2, time=1.0, kind="do", sentence="sunset lighting", state="done",
                               ops=[{"op": "apply_lighting", "preset": "sunset"}])]
    votes = votes_from_log("p", entries)
    assert [(v.choice, v.value) for v in votes] == [("lighting", "sunset")]
