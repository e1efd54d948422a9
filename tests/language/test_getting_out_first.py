"""One whose first act is getting out of a vehicle was in it (``autark.language.vehicles.stage_board``): seated
inside from the scene's start, then out beside it; 'jumps/hops out of' is getting out too. One seen walking
about before is not put back into the vehicle at the start."""

from __future__ import annotations

import pytest

from autark.audio import VoiceEngine
from autark.cinema.figures import subject_points
from autark.language import apply_sentences
from autark.motion import evaluate_scene
from autark.scene import Scene
from autark.scene.geometry import world_bbox

_OUT = [
    (["add a mechanic named Max", "add a truck 3 m left of Max"], "Max climbs out of the truck"),
    (["add a farmer named Jo", "add a tractor 4 m right of Jo"], "Jo jumps out of the tractor"),
    (["add a woman named Ria", "add a car 3 m behind Ria", "Ria waves"], "Ria hops out of the car"),
    (["add a boy named Nils", "add a bus 5 m left of Nils"], "Nils climbs out of the bus"),
    (["füge eine Ärztin namens Ute hinzu", "füge ein Auto 3 m rechts von Ute hinzu"], "Ute steigt aus dem Auto"),
    (["füge einen Bauern namens Kurt hinzu", "füge einen Traktor 4 m links von Kurt hinzu"],
     "Kurt springt aus dem Traktor"),
    (["füge ein Mädchen namens Lea hinzu", "füge einen Bus 5 m hinter Lea hinzu", "Lea winkt"],
     "Lea klettert aus dem Bus"),
    (["füge einen Mann namens Olli hinzu", "füge einen Lastwagen 3 m vor Olli hinzu"],
     "Olli steigt aus dem Lastwagen"),
]


def _hip(scene: Scene, who: str, t: float):
    oid = next(o.id for o in scene.objects if o.name == who)
    _fig, p, _c = subject_points(evaluate_scene(scene, t).object(oid))
    return p["hip"]


def _inside(box, p) -> bool:
    return box.min[0] - 0.1 < p[0] < box.max[0] + 0.1 and box.min[2] - 0.1 < p[2] < box.max[2] + 0.1


@pytest.mark.parametrize(("setup", "out"), _OUT, ids=[o[1] for o in _OUT])
def test_one_who_opens_by_getting_out_starts_inside_and_ends_beside(setup: list[str], out: str) -> None:
    scene = apply_sentences([*setup, out])
    who = out.split()[0]
    vehicle = next(o for o in scene.objects if o.name != who and o.type in (
        "truck", "tractor", "car", "bus"))
    box = world_bbox(vehicle)
    end = max(a.end_s for a in scene.timeline.actions)
    assert _inside(box, _hip(scene, who, 0.0))  # in the seat at the start
    after = _hip(scene, who, end + 0.5)
    assert not _inside(box, after) and 0.4 < after[1] < 1.1  # standing beside it on the ground


def test_one_seen_walking_before_is_not_put_into_the_vehicle_at_the_start() -> None:
    scene = apply_sentences(["add a man named Ivo", "add a truck 4 m left of Ivo", "Ivo walks 2 m to the right",
                  "Ivo climbs out of the truck"])
    box = world_bbox(next(o for o in scene.objects if o.type == "truck"))
    assert not _inside(box, _hip(scene, "Ivo", 0.0))


@pytest.mark.parametrize("idea", ["Die Tierärztin steigt aus dem Auto und streichelt den Hund.",
                                  "A nurse climbs out of the ambulance and runs to the old man."])
def test_a_film_that_opens_with_getting_out_shows_them_in_the_vehicle_first(idea: str, monkeypatch, brisk_voices: VoiceEngine) -> None:
    from autark.jobs.produce import build_scene
    from autark.motion.vehicles import seats_of
    from autark.story import plan, semantic

    monkeypatch.setattr(semantic, "semantic_available", lambda: False)
    spec = plan(idea, duration_s=20, seed=0).scenes[0]
    spec = spec.model_copy(update={"shots": [s.model_copy(update={"dialogue": [], "narration": ""})
                                             for s in spec.shots]})
    scene = build_scene(spec, width=160, height=90, fps=10, voices=brisk_voices, check_shots=False)
    rides = [a for a in scene.timeline.actions if a.kind == "ride" and a.target is not None]
    assert rides, [(a.kind, a.start_s) for a in scene.timeline.actions]
    first = min(rides, key=lambda a: a.start_s)
    vehicle = scene.object(first.target_object)
    assert seats_of(vehicle.type) and first.start_s == 0.0
    who = scene.object(first.object_id).name
    assert _inside(world_bbox(evaluate_scene(scene, 0.5).object(vehicle.id)), _hip(scene, who, 0.5))
