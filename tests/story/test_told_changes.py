"""Changes of things told in any form (story.told_changes): participles, nouns of change, the passive, a
pronoun subject in a later clause, German separable verbs, and vanishing; each drawn as an effect in the plan."""

from __future__ import annotations

import pytest

from autark.story import plan
from autark.story.analysis import analyze
from autark.story.told_changes import told_changes

# (idea, the change kind, its target: a thing's type or a cast name), written for this test, both languages
TOLD = [
    ("A pirate sails an old boat across the bay until it sinks", "sink", "boat"),
    ("The sinking ship sends up a flare while the captain shouts orders", "sink", "boat"),
    ("Two sailors bail water out of their sinking raft", "sink", "raft"),
    ("Der sinkende Kahn treibt auf den Felsen zu, und der Fischer ruft um Hilfe", "sink", "boat"),
    ("Ein Pirat rudert mit seinem Boot, bis es plötzlich untergeht", "sink", "boat"),
    ("A farmer runs out of the burning barn with a lamb in his arms", "burn", "barn"),
    ("Die brennende Scheune erhellt die Nacht, und die Bäuerin holt Wasser", "burn", "barn"),
    ("Ein Koch vergisst die Pizza im Ofen, bis sie verbrennt", "burn", "pizza"),
    ("A knight rides across the bridge just before it collapses", "break", "bridge"),
    ("The collapse of the old tower frightens a princess", "break", "castle_tower"),
    ("Die einstürzende Brücke reißt den Wagen mit", "break", "bridge"),
    ("Der alte Turm stürzt ein, als der Drache darauf landet", "break", "castle_tower"),
    ("Nach dem Einsturz der Mauer stehen zwei Ritter im Staub", "break", "wall"),
    ("Die Rakete explodiert kurz nach dem Start, und die Astronautin lacht", "explode", "rocket"),
    ("A little girl watches her melting snowman in the spring sun", "melt", "snowman"),
    ("Das Schloss wird vom Drachen zerstört", "break", "castle"),
    ("A robot drops a plate and it shatters on the floor", "break", "plate"),
    ("A magician waves his wand and the rabbit disappears", "vanish", "Rabbit"),
    ("Die Katze verschwindet spurlos, und zwei Kinder suchen sie überall", "vanish", "Katze"),
    ("Der Zauberer ist plötzlich verschwunden, und der König wundert sich", "vanish", "Zauberer"),
    ("A ghost drifts through the hall and is gone", "vanish", "Ghost"),
    ("Der Vulkan bricht aus, und alle rennen zum Strand", "erupt", "volcano"),
    ("A wizard makes the statue vanish in front of the queen", "vanish", "statue"),
    ("Ein Zauberer lässt den Kürbis explodieren, und die Prinzessin erschrickt", "explode", "pumpkin"),
    ("Die Sandburg zerfällt, als die Flut kommt, und das Mädchen lacht", "break", "sand_castle"),
    ("A robot saves the children when their bus catches fire", "burn", "bus"),
    ("Ein Mädchen ist im brennenden Turm eingeschlossen, bis ein Drache sie rettet", "burn", "castle_tower"),
    ("Die Küstenwache holt drei Fischer aus ihrem sinkenden Boot", "sink", "boat"),
]
# a thing already changed before the film, or a word that only looks like a change: nothing to draw
NO_CHANGE = [
    ("A boy is trapped under a fallen tree until his dog fetches help", "tree"),
    ("Ein Ritter befreit einen Drachen, der unter einem umgestürzten Baum eingeklemmt ist", "tree"),
    ("A chef washes the plates in the kitchen sink", ""),
    ("Eine Oma sammelt Brennholz im Wald", ""),
    ("A girl glues her broken vase back together", "vase"),
]


def test_changes_told_in_any_form_are_read() -> None:
    missed = [(idea, kind, target) for idea, kind, target in TOLD
              if not any(t.kind == kind and t.target == target for t in told_changes(analyze(idea)))]
    assert missed == []


@pytest.mark.parametrize(("idea", "thing"), NO_CHANGE)
def test_a_state_or_a_look_alike_is_no_change(idea: str, thing: str) -> None:
    changes = told_changes(analyze(idea))
    assert not [t for t in changes if not thing or t.target == thing], changes


@pytest.mark.parametrize(("idea", "kind", "target"), [
    ("Ein Pirat rudert mit seinem Boot, bis es plötzlich untergeht", "sink", "boat"),
    ("A firefighter rescues a grandmother from a burning house", "burn", "house"),
    ("The collapse of the old tower frightens a princess", "break", "castle_tower"),
    ("Der Zauberer ist plötzlich verschwunden, und der König wundert sich", "vanish", "Zauberer"),
])
def test_told_changes_are_effects_in_the_plan(idea: str, kind: str, target: str) -> None:
    shots = [s for sc in plan(idea, duration_s=30).scenes for s in sc.shots]
    at = [k for k, s in enumerate(shots) if any((e.kind, e.target) == (kind, target) for e in s.effects)]
    assert at, [(s.actions, s.effects) for s in shots]
    assert 0 < at[0] < len(shots) or kind == "burn"  # never before the world is seen, but a house on fire
    # with someone inside is burning as the story begins
    if kind != "burn":
        assert shots[at[0]].subject == target  # the shot shows it happen
    if kind == "vanish":  # who is gone does nothing more after it
        assert not [a for s in shots[at[0] + 1:] for a in s.actions if a.startswith(f"{target} ")]


@pytest.mark.parametrize(("idea", "person", "thing"), [
    ("A pirate sails an old boat across the bay until it sinks", "Pirate", "boat"),
    ("A knight rides across the bridge just before it collapses", "Knight", "bridge"),
    ("Die Kinder spielen auf der alten Brücke, bis sie einstürzt", "Lily", "bridge"),
])
def test_a_change_told_by_a_pronoun_is_the_things_not_the_persons(idea: str, person: str, thing: str) -> None:
    shots = [s for sc in plan(idea, duration_s=30).scenes for s in sc.shots]
    assert not [a for s in shots for a in s.actions if a in (f"{person} falls", f"{person} fällt hin")]
    assert [e for s in shots for e in s.effects if e.target == thing]


def test_one_made_to_vanish_goes_not_the_one_who_makes_it() -> None:
    shots = [s for sc in plan("A wizard makes the statue vanish in front of the queen", duration_s=30).scenes
             for s in sc.shots]
    fx = [(e.kind, e.target) for s in shots for e in s.effects]
    assert ("vanish", "statue") in fx and ("vanish", "Wizard") not in fx
    assert not [a for s in shots for a in s.actions if a.startswith("Wizard cooks")]  # he makes nothing
