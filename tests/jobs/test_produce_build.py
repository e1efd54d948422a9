"""Building scenes from a screenplay (no rendering): templates, characters, props, actions, cameras, lines;
and ``autark make`` / ``autark plan`` through the CLI (broken plan, Ctrl-C)."""

from __future__ import annotations

import math
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

sys.path.insert(0, str(Path(__file__).parent))
from film_plans import TWO_SCENES  # noqa: E402

from autark.cli import main as cli  # noqa: E402
from autark.jobs import CardSegment, SceneSegment  # noqa: E402
from autark.jobs.produce import BuiltFilm, build_film  # noqa: E402
from autark.motion import evaluate_scene as evaluate  # noqa: E402
from autark.scene.evaluate import active_shot  # noqa: E402
from autark.scene.geometry import world_bbox  # noqa: E402
from autark.story import load_plan, plan  # noqa: E402


@pytest.fixture(scope="module")
def built() -> BuiltFilm:
    return build_film(load_plan(TWO_SCENES), width=320, height=180, fps=10)


def _scenes(b: BuiltFilm) -> list[SceneSegment]:
    return [s for s in b.segments if isinstance(s, SceneSegment)]


def test_segments_are_cards_around_the_scenes(built: BuiltFilm) -> None:
    kinds = [type(s) for s in built.segments]
    assert kinds == [CardSegment, SceneSegment, SceneSegment, CardSegment]
    assert sum(s.duration_s for s in built.segments) == pytest.approx(load_plan(TWO_SCENES).total_duration_s)
    assert built.segments[-1].transition == "crossfade"


def test_setting_lighting_and_characters(built: BuiltFilm) -> None:
    meadow, station = (s.scene for s in _scenes(built))
    assert meadow.settings.setting == "meadow" and station.settings.setting == "space_station"
    assert station.settings.lighting == "night"  # the time-of-day preset replaced the template's studio light
    # the preset's moon and sky, the floor's bounce indoors and a key light on Robo, aimed at him
    assert {lt.name for lt in station.lights} == {"moon", "sky", "bounce", "key Robo"}
    (key,) = [lt for lt in station.lights if lt.name == "key Robo"]
    assert key.type == "spot" and key.target == station.characters[0].object_id
    assert any(o.tag == "setting" for o in meadow.objects)
    (robo,) = meadow.characters
    body = meadow.object(robo.object_id)
    assert (robo.name, robo.voice, robo.language, body.type) == ("Robo", "robot", "en", "robot")


def test_props_placed_by_position_and_by_sentence(built: BuiltFilm) -> None:
    meadow = _scenes(built)[0].scene
    flower = next(o for o in meadow.objects if o.type == "flower" and o.tag != "setting")
    ball = next(o for o in meadow.objects if o.type == "ball")
    robo = meadow.object(meadow.characters[0].object_id)
    assert flower.transform.position == (1.8, 0.0, 0.0)
    assert flower.material.color[0] > 0.6 > flower.material.color[2]  # red, through the command engine
    near = math.dist(ball.transform.position, robo.transform.position)
    assert 0.2 < near < 1.5  # "next to Robo"
    assert ball.material.color[2] > ball.material.color[0]  # blue


def test_walk_action_reaches_the_flower_inside_its_shot(built: BuiltFilm) -> None:
    meadow = _scenes(built)[0].scene
    (walk,) = [a for a in meadow.timeline.actions if a.kind == "walk"]
    assert 1.5 <= walk.start_s < walk.end_s <= 4.0  # shot 2 runs from 1.5 to 4.0 s
    oid = meadow.characters[0].object_id
    flower = next(o for o in meadow.objects if o.type == "flower" and o.tag != "setting")
    start = evaluate(meadow, walk.start_s).object(oid).transform.position
    end = evaluate(meadow, walk.end_s + 0.3).object(oid).transform.position
    goal = world_bbox(flower).center
    assert math.dist(end, (goal[0], 0.0, goal[2])) < 1.0 < math.dist(start, (goal[0], 0.0, goal[2])) - 1.5


def test_one_camera_per_shot_framing_its_subject(built: BuiltFilm) -> None:
    meadow, station = (s.scene for s in _scenes(built))
    assert [s.camera for s in meadow.timeline.shots] == ["shot1", "shot2"]
    assert [(s.start_s, s.end_s) for s in meadow.timeline.shots] == [(0.0, 1.5), (1.5, 4.0)]
    assert active_shot(meadow, 2.0).camera == "shot2"  # type: ignore[union-attr]
    # the medium shot on Robo looks at Robo's upper body, from the front (+Z)
    state = evaluate(station, 1.0)
    cam = state.camera(state.active_camera)
    box = world_bbox(state.object(station.characters[0].object_id))
    assert cam.position[2] > box.max[2] and box.min[1] + 0.4 * box.size[1] < cam.target[1] < box.max[1]


def test_lines_fit_their_scene_without_overlapping(built: BuiltFilm) -> None:
    for seg in _scenes(built):
        lines = seg.scene.timeline.lines
        assert lines
        for a, b in zip(lines, lines[1:], strict=False):
            assert a.start_s + (a.duration_s or 0) <= b.start_s
        last = lines[-1]
        assert last.start_s + (last.duration_s or 0) <= seg.duration_s
    narration = _scenes(built)[0].scene.timeline.lines[0]
    assert (narration.speaker, narration.voice) == ("narrator", "narrator")


def test_unknown_action_is_a_warning_not_a_failure(built: BuiltFilm) -> None:
    assert any("juggles three suns" in w for w in built.warnings)


def test_german_turn_to_another_character() -> None:
    screenplay = plan("Ein Hund und eine Katze spielen im Wald", duration_s=20, seed=2)
    scene = _scenes(build_film(screenplay, width=320, height=180, fps=10))[0].scene
    assert scene.characters[0].language == "de"
    ids = {c.name: c.object_id for c in scene.characters}
    turns = [a for a in scene.timeline.actions if a.kind == "turn"]
    sentences = [s for shot in screenplay.shots for s in shot.actions]
    dog, cat = (c.name for c in screenplay.scenes[0].characters[:2])  # "Hund" and "Katze": one of each kind
    if any(f"dreht sich zu {cat}" in s for s in sentences):
        assert any(a.object_id == ids[dog] and a.target_object == ids[cat] for a in turns)
    assert any(a.kind == "wave" for a in scene.timeline.actions) == any("winkt" in s for s in sentences)


# -- CLI ---------------------------------------------------------------------------------------------------------
def test_make_with_a_broken_plan_names_line_and_field(tmp_path: Path) -> None:
    broken = tmp_path / "plan.yaml"
    text = TWO_SCENES.replace("camera: static\n    size: medium", "camera: statik\n    size: medium")
    broken.write_text(text, encoding="utf-8")
    line = next(i + 1 for i, ln in enumerate(text.splitlines()) if "statik" in ln)
    result = CliRunner().invoke(cli.app, ["make", str(broken), "-o", str(tmp_path / "film.mp4")])
    assert result.exit_code == cli.EXIT_INPUT
    assert f"line {line}," in result.output and "scenes[1].shots[0].camera" in result.output
    assert "did you mean 'static'" in result.output
    assert not (tmp_path / "film.mp4").exists()


def test_plan_writes_a_plan_that_loads(tmp_path: Path) -> None:
    out = tmp_path / "p.yaml"
    result = CliRunner().invoke(cli.app, ["plan", "a cat chases a ball in the living room", "-o", str(out),
                                          "--duration", "20", "--seed", "4"])
    assert result.exit_code == 0, result.output
    loaded = load_plan(out)
    assert loaded.duration_s == pytest.approx(20, rel=0.05) and loaded.seed == 4
    assert str(out) in result.output


def test_duration_help_and_check_agree(tmp_path: Path) -> None:
    """``--help`` shows the film lengths an idea may ever have (up to the ceiling AUTARK_LIMIT_FILM_S may raise
    the limit to), and exactly those within the limit in force are accepted; a longer one names the setting."""
    from autark.limits import MAX_FILM_S, MAX_TIME_S, MIN_FILM_S

    for command in ("plan", "make"):
        shown = CliRunner().invoke(cli.app, [command, "--help"], env={"COLUMNS": "200"})
        assert f"[{MIN_FILM_S}<=x<={MAX_TIME_S}]" in shown.output, shown.output
    runner, out = CliRunner(), tmp_path / "p.yaml"
    for duration, ok in ((MIN_FILM_S - 0.5, False), (MIN_FILM_S, True), (MAX_FILM_S, True), (MAX_FILM_S + 1, False)):
        result = runner.invoke(cli.app, ["plan", "a cat chases a ball", "-o", str(out), "--duration", str(duration)])
        assert (result.exit_code == 0) == ok, (duration, result.output)
        if ok:
            assert load_plan(out).duration_s == pytest.approx(duration, rel=0.05)
        elif duration > MAX_FILM_S:
            assert result.exit_code == 2 and "AUTARK_LIMIT_FILM_S" in result.output, result.output
    refused = runner.invoke(cli.app, ["make", "a cat chases a ball", "-o", str(tmp_path / "f.mp4"), "--duration", "5"])
    assert refused.exit_code == 2 and not (tmp_path / "f.mp4").exists()


def test_make_interrupted_leaves_no_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from autark.jobs import film as film_mod

    out = tmp_path / "film.mp4"
    out.write_bytes(b"an older film")
    calls = {"n": 0}
    real = film_mod._SegmentsRenderer.__call__

    def interrupting(self: object, frame_index: int):  # noqa: ANN202
        calls["n"] += 1
        if calls["n"] > 5:
            raise KeyboardInterrupt
        return real(self, frame_index)  # type: ignore[arg-type]

    monkeypatch.setattr(film_mod._SegmentsRenderer, "__call__", interrupting)
    monkeypatch.setenv("AUTARK_RENDER_WORKERS", "1")
    plan_file = tmp_path / "plan.yaml"
    plan_file.write_text(TWO_SCENES, encoding="utf-8")
    result = CliRunner().invoke(cli.app, ["make", str(plan_file), "-o", str(out), "--quality", "preview",
                                          "--width", "64", "--height", "36", "--fps", "4"])
    assert result.exit_code == 130
    assert calls["n"] == 6
    assert out.read_bytes() == b"an older film"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["film.mp4", "plan.yaml"]


def test_a_walking_subject_stays_in_the_shot_whatever_move_was_planned() -> None:
    from autark.assets.framing import project

    text = TWO_SCENES.replace("""  - duration_s: 2.5
    camera: static
    size: wide
""", """  - duration_s: 2.5
    camera: dolly
    size: medium
    subject: Robo
""")
    meadow = _scenes(build_film(load_plan(text), width=320, height=180, fps=10))[0].scene
    (walk,) = [a for a in meadow.timeline.actions if a.kind == "walk"]
    oid = meadow.characters[0].object_id
    for t in (walk.start_s, (walk.start_s + walk.end_s) / 2, walk.end_s):
        state = evaluate(meadow, t)
        x, y, depth = project(state.camera(state.active_camera), world_bbox(state.object(oid)).center, 16 / 9)
        assert depth > 0 and abs(x) < 0.6 and abs(y) < 0.8, (t, x, y)
