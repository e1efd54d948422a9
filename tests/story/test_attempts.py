"""An attempt the idea tells failing is read as failed, in both languages, and said once (story.attempts)."""

from __future__ import annotations

import pytest

from autark.story import analyze

# (idea, the start of the attempted verb's word): every event of that verb is failed, and one is
FAILING = [
    ("A boy tries to catch a fish but catches nothing.", "catch"),
    ("The girl tries to jump over the fence but falls.", "jump"),
    ("A robot attempts to climb the tree and slips.", "climb"),
    ("A dog tries to catch the frisbee but misses it.", "catch"),
    ("The prince tries to wake the princess, but she does not wake up.", "wake"),
    ("A squirrel tries to grab the nut, but the nut rolls away.", "grab"),
    ("The clown tries to juggle three balls but drops them all.", "juggle"),
    ("Ein Junge versucht, den Apfel zu pflücken, kommt aber nicht heran.", "pflück"),
    ("Ein Ritter versucht vergeblich, den schweren Stein zu heben.", "heben"),
    ("Der Fischer versucht einen Fisch zu fangen, fängt aber nichts.", "fang"),
    ("Der Hund versucht den Ball zu fangen, verfehlt ihn aber.", "fang"),
    ("Ein kleiner Drache versucht, die Kerzen anzuzünden, aber er niest nur Rauch.", "anzuzünden"),
    ("Der Koch versucht, den Topf zu heben, schafft es aber nicht.", "heben"),
    ("Der Affe versucht die Banane zu fangen, aber sie fällt ins Wasser.", "fang"),
    ("Das Mädchen schafft es nicht auf den Baum.", "schafft"),
]
SUCCEEDING = [
    "The girl tries to climb the tree, it is hard but she finally manages.",
    "Der Junge versucht, den Drachen zu fangen, und schafft es endlich.",
    "Die Katze versucht, die Maus zu fangen, und fängt sie.",
    "Der Junge schafft es auf den Berg.",
    "Ein Mädchen will einen Kuchen backen, aber zuerst kauft sie Mehl.",
    "The knight wants to marry the princess but first he must slay the dragon.",
]


@pytest.mark.parametrize(("idea", "stem"), FAILING)
def test_a_failed_attempt_is_read_failed_and_said_once(idea: str, stem: str) -> None:
    events = analyze(idea).events
    tried = [e for e in events if e.word.lower().startswith(stem)]
    assert tried, [e.word for e in events]
    assert all(e.outcome == "failed" for e in tried), [(e.word, e.outcome) for e in events]
    assert len([e for e in tried if e.verb == tried[0].verb]) == 1  # "catches nothing" is no second catch


@pytest.mark.parametrize("idea", SUCCEEDING)
def test_an_attempt_that_comes_off_is_no_failure(idea: str) -> None:
    assert not [e.word for e in analyze(idea).events if e.outcome == "failed"]


def test_the_fall_is_what_came_of_it_not_what_failed() -> None:
    events = analyze("A robot attempts to climb the tree and slips.").events
    assert [e.outcome for e in events if e.verb == "fall"] == [""]


def test_a_failed_jump_that_ends_in_a_fall_is_begun_then_falls() -> None:
    from autark.story.narrative import plan

    shots = [a for s in plan("The girl tries to jump over the fence but falls.", 30.0).shots for a in s.actions]
    jumps = [i for i, a in enumerate(shots) if " jumps" in a]
    falls = [i for i, a in enumerate(shots) if " falls" in a]
    assert jumps and falls and jumps[0] < falls[0], shots
    assert not any("shakes" in a for a in shots[:falls[0]]), shots  # begun, not given up before it


def test_not_making_it_onto_a_thing_is_a_failed_climb() -> None:
    events = analyze("Das Mädchen schafft es nicht auf den Baum.").events
    assert [(e.verb, e.patient, e.outcome) for e in events] == [("climb", "tree", "failed")]


@pytest.mark.parametrize("idea", ["A knight fails to lift the heavy box.",
                                  "Ein Ritter versucht vergeblich, den schweren Stein zu heben."])
def test_a_failed_lift_stoops_to_the_thing_and_never_picks_it_up(idea: str) -> None:
    from autark.story.narrative import plan

    acts = [a for s in plan(idea, 30.0).shots for a in s.actions]
    assert any(" kneels by " in a or " kniet bei " in a for a in acts), acts
    assert not any(" picks up " in a or " hebt " in a or " lifts " in a for a in acts), acts
