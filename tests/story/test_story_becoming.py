"""Ideas in which a thing becomes another or grows: the events name what it becomes, and the screenplay's
shot that stages the act carries the effect (autark.story.effects), in English and German."""

from __future__ import annotations

import pytest

from autark.story import analyze, plan
from autark.story.effects import GIANT_SCALE


@pytest.mark.parametrize(("idea", "verb", "changed", "result"), [
    ("a clumsy wizard turns his cat into a frog", "transform", "Cat", "Frog"),
    ("Eine Hexe verwandelt den Prinzen in einen Frosch", "transform", "Prinz", "Frosch"),
    ("the princess kisses the frog and it turns into a prince", "transform", "Frog", "Prince"),
    ("a fairy turns a pumpkin into a golden carriage", "transform", "pumpkin", "wagon"),
    ("a boy plants a seed that grows into a giant tree overnight", "grow", "tree", "tree"),
])
def test_becoming_events_name_what_is_made(idea: str, verb: str, changed: str, result: str) -> None:
    ev = next(e for e in analyze(idea).events if e.verb == verb)
    assert ev.result == result
    assert (ev.patient or ev.agents[0]) == changed


@pytest.mark.parametrize("idea", ["the robot turns to the cat", "Der Hund wird den Ball finden"])
def test_turn_and_wird_without_into_are_no_transformation(idea: str) -> None:
    events = analyze(idea).events
    assert all(e.verb != "transform" for e in events)
    if "Ball" in idea:  # the auxiliary's object goes to the verb it helps
        assert [(e.verb, e.patient) for e in events] == [("find", "ball")]


def test_transformation_shot_and_the_made_one_waits() -> None:
    sp = plan("a clumsy wizard turns his cat into a frog", duration_s=30, seed=1)
    shots = sp.scenes[0].shots
    (at,) = [i for i, s in enumerate(shots) if s.effects]
    (fx,) = shots[at].effects
    assert (fx.kind, fx.target, fx.into) == ("transform", "Cat", "Frog")
    assert any(a.startswith("Wizard ") and "Cat" in a for a in shots[at].actions)  # the spell on the cat
    assert "frog" in {c.type for c in sp.scenes[0].characters}  # cast though it appears only later
    assert not any(a.startswith("Frog ") for s in shots[:at + 1] for a in s.actions)  # hidden: does nothing
    assert not any(a.startswith("Cat ") for s in shots[at + 1:] for a in s.actions)  # gone: does nothing


def test_growth_and_wish_effects() -> None:
    grow = [e for s in plan("a boy plants a seed that grows into a giant tree overnight", duration_s=30,
                            seed=1).shots for e in s.effects]
    assert [(e.kind, e.target, e.start_scale, e.scale) for e in grow] == [("grow", "tree", 0.1, GIANT_SCALE)]
    wish = [e for s in plan("a fisherman catches a golden fish that grants him three wishes", duration_s=30,
                            seed=1).shots for e in s.effects
            if not (e.kind == "grow" and e.start_scale == e.scale)]  # not the tiny fish's storybook size
    assert [(e.kind, e.target) for e in wish] == [("glow", "Fisherman")]
    de = [e for s in plan("Im Garten wächst eine Sonnenblume", duration_s=30, seed=2).shots for e in s.effects]
    assert [(e.kind, e.target) for e in de] == [("grow", "sunflower")]


def test_what_grows_is_the_thing_of_its_relative_clause_never_a_borrowed_person() -> None:
    flower = [e for s in plan("a girl plants a flower that grows taller than the house", duration_s=30,
                              seed=1).shots for e in s.effects]
    assert [(e.kind, e.target) for e in flower] == [("grow", "flower")]
    # 'plant' and 'beanstalk' are nothing the story can show: the farmer who waters it must not grow instead
    farmer = [e for s in plan("a farmer waters a little plant that grows into a huge beanstalk", duration_s=30,
                              seed=1).shots for e in s.effects]
    assert farmer == []


def test_a_thing_that_turns_into_another_changes_in_the_shot_of_the_act() -> None:
    shots = plan("a boy finds a pumpkin that turns into a carriage", duration_s=30, seed=1).shots
    (at,) = [i for i, s in enumerate(shots) if any(e.kind == "transform" for e in s.effects)]
    swap = next(e for e in shots[at].effects if e.kind == "transform")
    assert (swap.target, swap.into) == ("pumpkin", "wagon")
    assert any("enchants the pumpkin" in a for a in shots[at].actions)


def test_across_scenes_the_changed_one_is_gone_after_and_the_made_one_absent_before() -> None:
    sp = plan("In the forest a witch turns the prince into a frog, then the frog hops to the castle", duration_s=30,
              seed=1)
    assert len(sp.scenes) == 2
    at = next(i for i, sc in enumerate(sp.scenes) if any(s.effects for s in sc.shots))
    for i, sc in enumerate(sp.scenes):
        names = {c.name for c in sc.characters}
        assert ("Frog" in names) == (i >= at) and ("Prince" in names) == (i <= at)


def test_effects_survive_the_plan_file() -> None:
    from autark.story import load_plan, to_yaml

    sp = plan("a clumsy wizard turns his cat into a frog", duration_s=30, seed=1)
    text = to_yaml(sp)
    assert sum(ln.strip().startswith("effects:") for ln in text.splitlines()) == 1  # only the shot with one
    again = load_plan(text)
    assert [s.effects for s in again.shots] == [s.effects for s in sp.shots]
