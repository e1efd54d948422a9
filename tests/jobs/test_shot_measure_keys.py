"""A shot's scene measures are made again only when what they read changed: a line said after a shot's span
(though before its timeline end, which runs on past the next cut) leaves the earlier shots' measures cached,
and a change inside a span or at the midpoint its subjects are chosen at measures it again."""

from __future__ import annotations

from typing import Any

from autark.jobs.facts import film_facts
from autark.jobs.film import SceneSegment
from autark.scene.model import Camera, Character, Scene, SceneObject
from autark.scene.timeline import Line, Shot, Timeline

FPS, SECONDS = 4, 6.0


def _scene(late_text: str, early_text: str = "Good morning.", ann_x: float = 0.6) -> Scene:
    robot = SceneObject(id="obj1", name="Robo", type="robot", transform={"position": (-0.6, 0.0, 0.0)})
    woman = SceneObject(id="obj2", name="Ann", type="woman", transform={"position": (ann_x, 0.0, 0.0)})
    cams = [Camera(name="a", position=(0.0, 1.5, 3.0), target=(0.0, 1.2, 0.0)),
            Camera(name="b", position=(1.5, 1.6, 2.0), target=(0.6, 1.4, 0.0))]
    # shot a's end runs on to 6 s, past the cut to b at 3 s (as ``autark do`` cuts leave them)
    shots = [Shot(camera="a", start_s=0.0, end_s=6.0), Shot(camera="b", start_s=3.0, end_s=6.0)]
    lines = [Line(speaker="Robo", text=early_text, start_s=0.5, duration_s=1.0),
             Line(speaker="Ann", text=late_text, start_s=4.0, duration_s=1.2)]
    return Scene(objects=[robot, woman], cameras=cams, active_camera="a",
                 characters=[Character(id="robo", name="Robo", object_id="obj1", voice="robot"),
                             Character(id="ann", name="Ann", object_id="obj2", voice="woman")],
                 timeline=Timeline(duration_s=SECONDS, shots=shots, lines=lines))


def _measured(scene: Scene, store: dict[str, Any]) -> tuple[list[str], list[dict[str, Any]]]:
    """The shots measured anew (their cameras), through a memo on ``store``, and every shot's measures."""
    import hashlib
    import json

    made: list[str] = []

    def memo(doc: dict[str, Any], measure: Any) -> dict[str, Any]:
        key = hashlib.sha256(json.dumps(doc, sort_keys=True, default=str).encode()).hexdigest()
        if key not in store:
            made.append(doc["shot"]["camera"])
            store[key] = measure()
        return store[key]

    facts = film_facts([SceneSegment(scene, SECONDS)], [], [], fps=FPS, n_frames=int(SECONDS * FPS), width=96,
                       height=54, memo=memo)
    return made, facts.scene_measures


def test_a_line_after_a_shots_span_leaves_its_measures_cached() -> None:
    store: dict[str, Any] = {}
    assert _measured(_scene("Hello."), store)[0] == ["a", "b"]
    made, measures = _measured(_scene("Hello there, Robo."), store)
    assert made == ["b"]  # the line is said in b's span only
    assert measures == _measured(_scene("Hello there, Robo."), {})[1]  # as measured from scratch


def test_a_change_in_a_span_or_at_its_shots_midpoint_measures_it_again() -> None:
    store: dict[str, Any] = {}
    _measured(_scene("Hello."), store)
    assert _measured(_scene("Hello.", early_text="Good evening."), store)[0] == ["a"]
    # Ann moves: shot a's span sees her, and b's too
    assert _measured(_scene("Hello.", ann_x=0.9), store)[0] == ["a", "b"]
