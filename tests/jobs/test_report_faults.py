"""The film report warns and fails on the frame faults a viewer sees (the story's subject off screen, an empty
picture, a cut body, a head over the top edge) with where they are in the film, and ``autark check`` exits 1 on a
gross one: measured on a hand-made scene, graded on a small synthetic film."""

from __future__ import annotations

from pathlib import Path

from report_media import FPS, moving, tone, write_film
from typer.testing import CliRunner

from autark.assets import library
from autark.cinema import measure_shot
from autark.jobs.report import FilmFacts, ShotSpan, check_film, load_facts, scene_measures, write_report
from autark.scene.model import Camera, Character, Scene, SceneObject, Transform

W, H = 128, 72


def _scene(dog_x: float) -> Scene:
    objs = []
    for oid, kind, x in (("man", "humanoid", 0.0), ("dog", "dog", dog_x)):
        spec = library.get(kind)
        objs.append(SceneObject(id=oid, name=oid, type=kind, bounds_min=spec.bounds_min, bounds_max=spec.bounds_max,
                                transform=Transform(position=(x, 0.0, 0.0))))
    return Scene(objects=objs, characters=[Character(id=o.id, name=o.id, object_id=o.id) for o in objs],
                 cameras=[Camera(name="cam", position=(0.0, 1.0, 4.0), target=(0.0, 1.0, 0.0), fov=40.0)])


def _measures(dog_x: float, seconds: float) -> dict:
    m = measure_shot(_scene(dog_x), "cam", 0.0, seconds, ["man"], story=["dog"], width=W, height=H)
    return scene_measures(m.to_dict(), H)


def test_the_story_subject_off_screen_fails_the_film_with_its_time(tmp_path: Path) -> None:
    film = write_film(tmp_path / "dog.mp4", moving(4 * FPS), tone(4.0))
    # after a 1 s card: a 1.5 s shot with the dog beside the man, then two of 1.5 s with the dog 6 m off
    spans = [ShotSpan(0, FPS, "card", "Title"), ShotSpan(FPS, FPS * 3 // 2, "scene", "a"),
             ShotSpan(FPS * 5 // 2, FPS * 3 // 4, "scene", "b"), ShotSpan(FPS * 13 // 4, FPS * 3 // 4, "scene", "c")]
    facts = FilmFacts(shots=spans, n_frames=4 * FPS, sound=True,
                      scene_measures=[{}, _measures(1.2, 1.5), _measures(6.0, 0.75), _measures(6.0, 0.75)])
    check = check_film(film, facts)
    shots = check.data["shots"]
    assert shots[1]["measures"]["subject_off_s"]["status"] == "pass"
    # each shot alone is under the warning's second: the film's measure joins them
    assert all(s["measures"]["subject_off_s"]["status"] == "pass" for s in shots[2:])
    joined = check.data["film_measures"]["story_subject_off_s"]
    assert joined["value"] == 1.5 and joined["span_s"] == [2.5, 4.0] and joined["who"] == ["dog"]
    assert joined["status"] == "pass"  # 1.5 s: under the 2.5 s a single shot may leave it off
    write_report(check)
    again = load_facts(film)
    assert again is not None and check_film(film, again).data["shots"] == shots  # the same spans, said once

    # one long shot without the dog: failed, with where in the film
    long_facts = FilmFacts(shots=[ShotSpan(0, FPS, "card", "Title"), ShotSpan(FPS, 3 * FPS, "scene", "a")],
                           n_frames=4 * FPS, sound=True, scene_measures=[{}, _measures(6.0, 3.0)])
    check = check_film(film, long_facts)
    off = check.data["shots"][1]["measures"]["subject_off_s"]
    assert off["status"] == "fail" and off["span_s"] == [1.0, 4.0] and "from 1.0 s to 4.0 s" in off["reason"]
    assert off["who"] == ["dog"] and check.status == "fail"
    # written beside the film, read back by ``autark check``, which exits 1
    write_report(check)
    again = load_facts(film)
    assert again is not None and check_film(film, again).data["shots"][1]["measures"]["subject_off_s"] == off
    from autark.cli.main import app

    result = CliRunner().invoke(app, ["check", str(film)])
    assert result.exit_code == 1, result.output
    # the dog beside him all along: passes
    fine = FilmFacts(shots=long_facts.shots, n_frames=4 * FPS, sound=True, scene_measures=[{}, _measures(1.2, 3.0)])
    assert check_film(film, fine).data["shots"][1]["measures"]["subject_off_s"]["status"] == "pass"
