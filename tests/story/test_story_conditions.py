"""A condition told in the idea shows in the body (issue 17: sick children stood up healthy): the sick, the
injured and the tired lie down from the first shot it is told in until the idea says they are well, in a bed
where the set has one, and the ones who visit or help come to them and kneel by them."""

from __future__ import annotations

import math

import pytest

from autark.assets.templates import load_setting
from autark.story.analysis import analyze
from autark.story.conditions import read_conditions
from autark.story.narrative import plan

LIE = ("lies down", "legt sich hin")


@pytest.mark.parametrize(("idea", "word", "kind", "ends"), [
    ("A clown visits sick children in the hospital and finally makes them laugh", "children", "sick", True),
    ("Ein Arzt besucht den kranken Ritter im Krankenhaus, bis er wieder lacht", "Ritter", "sick", True),
    ("The knight is injured and the princess helps him until he gets up", "knight", "sick", True),
    ("Die Großmutter ist krank und das Mädchen bringt ihr Suppe", "Großmutter", "sick", False),
    ("A tired farmer rests in the barn while a girl feeds the chickens", "farmer", "tired", False),
    ("Der verletzte Wolf liegt im Wald, bis die Prinzessin ihn findet und er wieder aufsteht", "Wolf", "sick", True),
    ("Die müde Läuferin setzt sich auf eine Bank im Park", "Läuferin", "tired", False),
    ("A sick dragon lies in its cave until a brave girl brings it medicine and it recovers", "dragon", "sick", True),
])
def test_who_is_unwell_and_until_when(idea: str, word: str, kind: str, ends: bool) -> None:
    concept = analyze(idea)
    conds = read_conditions(concept)
    assert len(conds) == 1, conds
    names = {c.name for c in concept.characters if c.word == word}
    assert set(conds[0].names) == names and conds[0].kind == kind
    assert (conds[0].well_at > conds[0].at) == ends


@pytest.mark.parametrize("idea", ["Two knights argue about the last apple until a dragon eats it",
                                  "Ein Kind besucht seinen Opa im Krankenhaus",
                                  "A nurse and a doctor dance in the hospital"])
def test_no_condition_where_none_is_told(idea: str) -> None:
    assert read_conditions(analyze(idea)) == []


def _actor_acts(shot, name: str) -> list[str]:
    return [s for s in shot.actions if s.startswith(name + " ")]


@pytest.mark.parametrize(("idea", "sick", "visitor"), [
    ("A clown visits sick children in the hospital and finally makes them laugh", "Finn", "Clown"),  # the first of three
    ("Ein Arzt besucht den kranken Ritter im Krankenhaus, bis er wieder lacht", "Ritter", "Arzt"),
    ("The knight is injured and the princess helps him until he gets up", "Knight", "Princess"),
    ("Die Großmutter ist krank und das Mädchen bringt ihr Suppe", "Oma", "Mädchen"),
    ("A sick dragon lies in its cave until a brave girl brings it medicine and it recovers", "Dragon", "Girl"),
])
def test_the_sick_lie_from_the_first_shot_and_their_visitors_come(idea: str, sick: str, visitor: str) -> None:
    shots = [sh for sc in plan(idea).scenes for sh in sc.shots]
    first = _actor_acts(shots[0], sick)
    assert first and all(s.endswith(LIE) for s in first), shots[0].actions
    assert any(s.startswith(f"{visitor} ") and s.endswith(f" {sick}") and (" walks to " in s or " geht zu " in s)
               for s in shots[0].actions), shots[0].actions
    assert any(f"{visitor} kneels by {sick}" in s or f"{visitor} kniet neben {sick}" in s
               for sh in shots[:3] for s in sh.actions)
    lying = [bool(_actor_acts(sh, sick)) and all(s.endswith(LIE) for s in _actor_acts(sh, sick)) for sh in shots]
    # lying shots come first, one after another; once well, they are up
    k = lying.index(False) if False in lying else len(lying)
    assert all(lying[:k]) and not any(lying[k:])


@pytest.mark.parametrize(("idea", "setting"), [
    ("A clown visits sick children in the hospital and finally makes them laugh", "hospital"),
    ("Ein Arzt besucht den kranken Ritter im Krankenhaus, bis er wieder lacht", "hospital"),
])
def test_the_sick_wait_by_beds_of_their_own(idea: str, setting: str) -> None:
    sp = plan(idea)
    scene = sp.scenes[0]
    assert scene.setting == setting
    beds = [(p.position[0], p.position[2]) for p in load_setting(setting).layout if "bed" in p.type]
    lying = {s.split()[0] for s in scene.shots[0].actions if s.endswith(LIE)}
    near = []
    for c in scene.characters:
        if c.name in lying:
            d, bed = min((math.dist(b, (c.position[0], c.position[2])), b) for b in beds)
            assert d < 1.6, (c.name, c.position)
            near.append(bed)
    assert near and len(set(near)) == len(near)  # one bed each


@pytest.mark.parametrize(("idea", "act"), [
    ("a tired mail carrier is chased by an angry goose across the village square", "chases"),
    ("a sleepy baker throws a pie at the mayor", "throws"),
    ("Der müde Bauer jagt den Fuchs vom Hof", "jagt"),
])
def test_the_tired_who_act_keep_their_acts(idea: str, act: str) -> None:
    from autark.story import plan

    actions = [a for s in plan(idea, duration_s=30, seed=0).scenes for sh in s.shots for a in sh.actions]
    assert any(act in a for a in actions), actions
    assert sum("lies down" in a or "legt sich hin" in a for a in actions) <= 1, actions
