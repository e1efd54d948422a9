"""One who says their line as they walk away across a room toward a wall is on screen while they say it: a
still wide showed the robot's back, and every camera following it from ahead stood in the wall it walked to."""

from __future__ import annotations

PLAN = """
title: The Robot
language: en
duration_s: 10.0
title_card: {text: The Robot, duration_s: 1.0}
end_card: {text: The End, duration_s: 1.0}
scenes:
- setting: space_station
  characters:
  - {name: Robot, type: robot, voice: robot, position: [-1.5, 0.0, 0.5]}
  objects: []
  shots:
  - {duration_s: 4.2, camera: orbit, size: wide, subject: '', actions: [Robot looks around]}
  - duration_s: 4.2
    camera: static
    size: wide
    subject: ''
    actions: [Robot walks 7 metres to the right]
    dialogue: [{speaker: Robot, text: 'This way, I think.'}]
"""


def test_a_lone_speaker_walking_toward_a_wall_is_seen_saying_the_line(tmp_path) -> None:
    from autark.jobs.film import SceneSegment
    from autark.jobs.produce import build_film
    from autark.jobs.shots import camera_counts
    from autark.story.screenplay import load_plan

    path = tmp_path / "robot.yaml"
    path.write_text(PLAN, encoding="utf-8")
    built = build_film(load_plan(path), width=480, height=270, fps=24)
    counts = camera_counts([s.scene for s in built.segments if isinstance(s, SceneSegment)])
    assert counts.lines == 1 and counts.lines_off == 0 and counts.inside == 0, counts
    # the robot looking around with its back to the camera and a wall before it has no front view; the wides'
    # back rule names that shot, the walk with its line passes every rule
    assert not set(counts.failed) - {"back"} and counts.failed.get("back", 0) <= 1, counts
