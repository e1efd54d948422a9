"""A thing worn, shown, a device acting and a sport's act are staged (``story.worn``): the wearer puts the thing on
and it lands on them; the corpus of ``worn_shown_ideas`` is counted against the floor measured after the change."""

from __future__ import annotations

import pytest
from tests.story.worn_shown_ideas import CORPUS, HELD_OUT
from tests.story.worn_shown_measure import staged

from autark.story import analyze
from autark.story.narrative import plan


@pytest.mark.parametrize(("idea", "wearer", "thing"), [
    ("a little boy puts on his grandfather's old hat and laughs", "Boy", "hat"),
    ("Die Königin setzt die Krone auf und lächelt", "Königin", "crown"),
    ("Der Großvater zieht stolz das rosa Hemd an", "Opa", "coat"),
])
def test_a_wearing_is_one_wear_of_the_thing(idea: str, wearer: str, thing: str) -> None:
    c = analyze(idea)
    wears = [e for e in c.events if e.verb == "wear"]
    assert len(wears) == 1
    assert wears[0].patient == thing and wears[0].agents[0].startswith(wearer[:3])
    assert thing in {o.type for o in c.objects}


@pytest.mark.parametrize("idea", ["Der Bär trägt die Kiste nach Hause", "the old man puts the hat on the table",
                                  "Die Oma setzt den Hut auf den Tisch"])
def test_carrying_or_putting_down_is_no_wearing(idea: str) -> None:
    assert not [e for e in analyze(idea).events if e.verb == "wear"]


def test_the_worn_thing_lands_on_its_wearer_in_the_shot_of_the_act() -> None:
    sp = plan("a raccoon wears a pharaoh's crown among the mummies", 30.0)
    shot = next(s for s in sp.shots if any(e.kind == "wear" for e in s.effects))
    fx = next(e for e in shot.effects if e.kind == "wear")
    assert (fx.target, fx.into) == ("crown", "Raccoon")
    assert any(a.startswith("Raccoon picks up the") and "crown" in a for a in shot.actions)
    assert shot.subject == "Raccoon"


@pytest.mark.slow
@pytest.mark.parametrize(("rows", "floor"), [(CORPUS, 36), (HELD_OUT, 9)])
def test_the_class_is_staged_across_the_corpus(rows: list, floor: int) -> None:
    missed = [r[0] for r in rows if not staged(*r)[0]]
    assert len(rows) - len(missed) >= floor, missed


def test_a_robot_vacuum_is_the_device_that_chases() -> None:
    c = analyze("the robot vacuum chases the cat through the kitchen")
    assert "robot" not in {x.type for x in c.characters}
    chase = next(e for e in c.events if e.verb == "chase")
    assert not chase.agents and chase.thing_does_it and chase.patient in ("household_appliance", "vacuum_cleaner")


@pytest.mark.parametrize(("idea", "ball", "goal"), [
    ("Der Fuchs schießt ein Tor", "ball", "football_goal"),
    ("he scores a goal in the last minute", "ball", "football_goal"),
    ("Das Kaninchen wirft den Ball ins Netz", "ball", "basketball_hoop"),
])
def test_a_score_sends_a_ball_to_its_goal(idea: str, ball: str, goal: str) -> None:
    sp = plan(idea, 30.0)
    assert "door" not in {p.type for sc in sp.scenes for p in sc.objects}
    fx = [e for s in sp.shots for e in s.effects if e.kind == "land"]
    assert (fx[0].target, fx[0].into) == (ball, goal)


def test_a_photo_shown_is_held_out_to_whom_it_is_shown() -> None:
    c = analyze("Das Mädchen zeigt ihrem Opa das Foto")
    show = next(e for e in c.events if e.verb == "show")
    assert show.kind == "serve" and show.patient == "painting" and show.recipient == "Opa"


def test_a_film_shown_lights_the_screen() -> None:
    sp = plan("the old projectionist shows her favourite film one last time", 30.0)
    assert [c.type for sc in sp.scenes for c in sc.characters] == ["grandmother"] or len(
        {c.name for sc in sp.scenes for c in sc.characters}) == 1
    assert any(e.kind == "screen" and e.target == "tv" for s in sp.shots for e in s.effects)


def test_a_keepers_save_is_a_ball_shot_at_them_and_caught_before_the_goal() -> None:
    c = analyze("Die Torwärtin hält den Elfmeter und Max jubelt")
    acts = [(e.kind, e.agents, e.patient) for e in c.events]
    assert ("kick", ["Max"], "ball") in acts and ("catch", ["Torwärtin"], "ball") in acts
    assert "football_goal" in {o.type for o in c.objects}


def test_a_dog_catching_a_ball_in_the_park_is_no_save() -> None:
    c = analyze("Der Hund fängt den Ball im Park")
    assert "football_goal" not in {o.type for o in c.objects}
