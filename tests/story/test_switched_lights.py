"""A light someone switches on or off, or lights (``story.switched_lights``): the lamp is cast even where the idea
says only "the lights" / "das Licht", its effect is in the shot where the doer's hands are at it (not a point at it,
nor a bucket of water over a lamp), and a lamp switched off is no fire put out in the lines."""

from __future__ import annotations

import pytest

from autark.story.narrative import plan

CASES = [
    ("A girl switches off the lights and goes to sleep", "extinguish", "Girl"),
    ("Ein Kind knipst die Lampe aus und schläft ein", "extinguish", "Kind"),
    ("Das Mädchen schaltet das Licht ein und liest ein Buch", "light", "Mädchen"),
    ("The old keeper lights the lamp one last time", "light", "Keeper"),
    ("Der Opa macht das Licht aus und geht ins Bett", "extinguish", "Opa"),
]


@pytest.mark.parametrize(("idea", "kind", "doer"), CASES)
def test_the_lamp_goes_on_or_off_where_the_hands_are_at_it(idea: str, kind: str, doer: str) -> None:
    sp = plan(idea, 30.0)
    shots = [(sc, s) for sc in sp.scenes for s in sc.shots]
    hits = [(k, sc, s, e) for k, (sc, s) in enumerate(shots) for e in s.effects if e.kind == kind and e.at_s > 0]
    assert len(hits) == 1
    at, scene, shot, effect = hits[0]
    if kind == "extinguish" and at + 1 < len(shots):  # and it stays off from the next shot's start (a new scene)
        assert [(e.kind, e.target, e.at_s) for e in shots[at + 1][1].effects] == [(kind, effect.target, 0.0)]
    assert effect.target in {o.type for o in scene.objects} and "lamp" in effect.target
    acts = [a for a in shot.actions if a.startswith(f"{doer} ")]
    assert any(" works on " in a or " arbeitet an " in a for a in acts), acts
    assert not any(w in a for a in acts for w in ("points at", "zeigt auf", "spills", "verschüttet"))
    said = " ".join(t.text for s in (x for sc in sp.scenes for x in sc.shots) for t in s.dialogue)
    assert "fire" not in said.lower() and "feuer" not in said.lower()


def test_a_campfire_is_still_doused_with_its_bucket() -> None:
    sp = plan("The firefighter puts out the campfire with water", 30.0)
    shot = next(s for sc in sp.scenes for s in sc.shots if any(e.kind == "extinguish" for e in s.effects))
    assert any("spills" in a or "pours" in a for a in shot.actions)


def test_the_room_goes_dark_after_the_hand_has_switched_the_lights_off() -> None:
    """Not as she walks to the lamp: the world change comes in the shot after the act (story.world_changes)."""
    sp = plan("A girl switches off the lights and goes to sleep", 30.0)
    shots = [(sc, s) for sc in sp.scenes for s in sc.shots]
    at = next(k for k, (_sc, s) in enumerate(shots) if any(e.kind == "extinguish" for e in s.effects))
    assert shots[at][0].time_of_day != "night" and shots[at + 1][0].time_of_day == "night"
