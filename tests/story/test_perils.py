"""Who is in danger as the story begins (story.perils): the endangered start aboard the sinking vehicle or
inside the burning building, come out of it in the shot of the rescue, and the danger's change goes on."""

from __future__ import annotations

import re

import pytest

from autark.audio import VoiceEngine
from autark.story import plan
from autark.story.analysis import analyze
from autark.story.perils import perils

# (idea, the danger's type, how many start in it), written for this test, both languages
RESCUES = [
    ("A fisherman rescues two children from a sinking boat", "boat", 2),
    ("Ein Seemann rettet die Mannschaft aus dem sinkenden Schiff", "boat", 3),
    ("A firefighter rescues a grandmother from a burning house", "house", 1),
    ("Eine Feuerwehrfrau rettet ein Baby aus dem brennenden Haus", "house", 1),
    ("A dog pulls a little boy out of the burning barn", "barn", 1),
    ("A knight frees a princess from the collapsing castle", "castle", 1),
    ("Ein Mädchen ist im brennenden Turm eingeschlossen, bis ein Drache sie rettet", "castle_tower", 1),
    ("A robot saves the children when their bus catches fire", "bus", 2),
    ("The sailors abandon the sinking ship and row to an island", "boat", 2),
    ("Ein Pilot befreit zwei Touristen aus dem brennenden Bus", "bus", 2),
    ("A firefighter carries a grandmother and her cat out of the burning house", "house", 2),
    ("Zwei Fischer retten ein Mädchen und ihren Opa aus dem sinkenden Boot", "boat", 2),
]
NO_DANGER = [
    "A girl rescues a kitten and takes it home",
    "Ein Junge hilft seiner Oma beim Kochen",
    "A man walks out of the house and waves to his neighbour",
]


def test_the_endangered_and_their_danger_are_read() -> None:
    missed = {idea: read for idea, thing, n in RESCUES
              if (thing, n) not in (read := [(p.thing, len(p.victims)) for p in perils(analyze(idea))])}
    assert missed == {}


@pytest.mark.parametrize("idea", NO_DANGER)
def test_no_danger_where_none_is_told(idea: str) -> None:
    assert perils(analyze(idea)) == []


@pytest.mark.parametrize(("idea", "into", "out_of", "change"), [
    ("A fisherman rescues two children from a sinking boat", "", "climbs out of", "sink"),
    ("Eine Feuerwehrfrau rettet ein Baby aus dem brennenden Haus", "geht in", "geht aus", "burn"),
])
def test_they_start_inside_and_come_out_at_the_rescue(idea: str, into: str, out_of: str, change: str) -> None:
    shots = [s for sc in plan(idea, duration_s=30).scenes for s in sc.shots]
    out_at = next(k for k, s in enumerate(shots) if any(f" {out_of} " in a for a in s.actions))
    victims = {a.split(" ", 1)[0] for a in shots[out_at].actions if f" {out_of} " in a}
    assert out_at > 1  # the rescuer comes to them first
    if into:  # into the building in the opening shot
        assert victims == {a.split(" ", 1)[0] for a in shots[0].actions if f" {into} " in a}, shots[0].actions
    else:  # aboard from the film's first instant: getting out of a vehicle never got into (language.vehicles)
        assert not [a for s in shots[:out_at] for a in s.actions if a.split(" ", 1)[0] in victims]
    between = [a for s in shots[1:out_at] for a in s.actions if a.split(" ", 1)[0] in victims]
    assert between == []  # nobody in danger walks about in the meadow before they are got out
    rescue = shots[out_at].actions
    assert rescue.index(next(a for a in rescue if out_of in a)) < max(
        k for k, a in enumerate(rescue) if a.split(" ", 1)[0] not in victims)  # out first, then the rescuer's act
    fx = [(k, e.kind) for k, s in enumerate(shots) for e in s.effects if e.kind == change]
    assert fx
    if change == "sink":  # the boat goes down once they are off it
        assert fx[0][0] > out_at


def test_one_aboard_a_burning_bus_is_seated_in_it_until_the_rescue(brisk_voices: VoiceEngine) -> None:
    from autark.jobs.produce import build_scene
    from autark.scene.geometry import world_bbox

    spec = plan("A policeman saves a little boy from the burning bus", duration_s=30).scenes[0]
    spec = spec.model_copy(update={"shots": [s.model_copy(update={"dialogue": [], "narration": ""})
                                             for s in spec.shots]})


    scene = build_scene(spec, width=160, height=90, fps=10, voices=brisk_voices, check_shots=False)
    from autark.motion import evaluate_scene

    boy = next(o.id for o in scene.objects if o.name == "Boy")
    bus = next(o.id for o in scene.objects if o.type == "bus" and o.tag != "setting")
    out = next(a for a in scene.timeline.actions if a.object_id == boy and a.kind == "ride")

    def aboard(t: float) -> bool:
        state = evaluate_scene(scene, t)
        box, (x, _y, z) = world_bbox(state.object(bus)), state.object(boy).transform.position
        return bool(box.min[0] <= x <= box.max[0] and box.min[2] <= z <= box.max[2])

    assert out.start_s == 0.0 and aboard(0.5) and aboard(out.end_s - 0.5)  # in it from the first instant
    assert not aboard(scene.settings.duration_s - 0.5)  # and out of it, safe, at the end


@pytest.mark.parametrize(("idea", "fallen", "helper"), [
    ("A girl falls through the thin ice and her brother pulls her out", "Girl", "Brother"),
    ("Ein Junge bricht im Eis ein, und sein Opa rettet ihn", "Junge", "Opa"),
    ("Two ducks break through the ice of the frozen pond and a farmer fishes them out", "", "Farmer"),
])
def test_one_who_falls_through_the_ice_falls_into_frozen_water_and_is_got_out(idea: str, fallen: str,
                                                                              helper: str) -> None:
    sp = plan(idea, duration_s=30)
    shots = [s for sc in sp.scenes for s in sc.shots]
    assert "ice_block" not in [o.type for sc in sp.scenes for o in sc.objects]  # the ice is the pond's, no block
    falls = [a for s in shots for a in s.actions if re.search(r" (falls into|fällt in) ", a)]
    if not fallen:
        return
    assert [a for a in falls if a.startswith(f"{fallen} ")], [s.actions for s in shots]
    assert any(a.startswith(f"{fallen} ") and re.search(r" (climbs out of|klettert aus) ", a)
               for s in shots for a in s.actions)
    assert ("freeze", "pond") in [(e.kind, e.target) for e in shots[0].effects]  # frozen over from the start


def test_an_animal_is_not_seated_aboard() -> None:
    (peril,) = perils(analyze("Zwei Fischer retten ein Mädchen und ihren Hund aus dem sinkenden Boot"))
    assert peril.victims == ("Mädchen",)  # a dog got out of a boat it never got into had carried the girl off
