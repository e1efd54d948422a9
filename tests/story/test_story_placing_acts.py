"""Acts whose thing ends somewhere, read from ideas and staged as sentences the command engine runs: a thing put
into or onto something ("legt die Socken in die Schublade"), thrown at someone ("pelts the coach with" is not
read; "throws pillows at her brother" is), carried to a goal and put down there ("schleppt den Koffer zum Auto"),
with a German "es"/"ihn" after the verb naming the creature or thing the last act was done to."""

from __future__ import annotations

import pytest

from autark.story import plan
from autark.story.analysis import analyze


def _event(idea: str, verb_kinds: tuple[str, ...]):
    events = [e for e in analyze(idea).events if e.kind in verb_kinds or e.verb in verb_kinds]
    assert events, [(e.verb, e.kind) for e in analyze(idea).events]
    return events[-1]


PUT_INTO = [
    ("A waiter puts the spoon into the bowl.", "bowl"),
    ("The boy drops his key into the bucket.", "bucket"),
    ("Grandma places the pie on the table.", "table"),
    ("The kids put their toys into the box before bedtime.", "box"),
    ("Die Köchin legt den Fisch in den Topf.", "cooking_pot"),
    ("Der Opa stellt die Vase auf den Tisch.", "table"),
    ("Das Mädchen legt das Buch auf das Bett.", "bed"),
    ("Mein Bruder wirft den Ball in den Korb.", "basket"),
]


@pytest.mark.parametrize(("idea", "goal"), PUT_INTO)
def test_a_thing_put_or_dropped_into_something_ends_there(idea: str, goal: str) -> None:
    ev = _event(idea, ("put_down", "throw", "drop"))
    assert ev.patient and ev.to_thing == goal, (ev.patient, ev.to_thing)
    assert ev.patient != goal


THROWN_AT = [
    ("Two boys throw pillows at their sister.", "throw"),
    ("The angry cook throws a cake at the waiter.", "throw"),
    ("A clown tosses a pie at the king.", "throw"),
    ("The girl hurls a snowball at the policeman.", "throw"),
    ("Die Kinder werfen Äpfel auf den Hausmeister.", "throw"),
    ("Der Pirat wirft eine Flasche nach dem Matrosen.", "throw"),
    ("Eine Affe wirft eine Kokosnuss auf den Touristen.", "throw"),
    ("Die Prinzessin wirft dem Ritter eine Rose zu.", "throw"),
]


@pytest.mark.parametrize(("idea", "kind"), THROWN_AT)
def test_a_throw_at_someone_has_them_as_its_target(idea: str, kind: str) -> None:
    ev = _event(idea, (kind,))
    assert ev.recipient and ev.recipient not in ev.agents, ev
    assert ev.patient and ev.patient_is_thing


CARRIED = [
    ("A nurse carries the baby to its mother.", False),
    ("Grandpa carries the cat to the sofa.", False),
    ("The porter hauls the suitcase to the car.", True),
    ("A boy finds a puppy in the park and carries it home.", False),
    ("Der Vater trägt den Koffer zum Auto.", True),
    ("Die Oma findet die Katze im Garten und trägt sie ins Haus.", False),
    ("Der Junge findet einen Igel und trägt ihn zum Zaun.", False),
    ("Zwei Männer schleppen eine Kiste zum Wagen.", True),
]


@pytest.mark.parametrize(("idea", "is_thing"), CARRIED)
def test_carrying_is_a_carry_of_the_one_named_never_a_rescue(idea: str, is_thing: bool) -> None:
    ev = _event(idea, ("carry",))
    assert ev.verb == "carry" and ev.kind == "pick_up" and ev.patient, ev
    assert ev.patient_is_thing == is_thing and ev.patient not in ev.agents
    assert ev.then in ("put_down", "")  # put down at the goal (or the journey's next set)


def _actions(idea: str) -> list[str]:
    return [a for s in plan(idea, duration_s=30, seed=0).shots for a in s.actions]


STAGED = [
    ("A girl drops a key into the bucket.", ["picks up the key", "puts down the key into the bucket"]),
    ("Der Kellner legt den Löffel auf den Tisch.", ["hebt den Löffel auf", "legt den Löffel auf den Tisch"]),
    ("The twins throw snowballs at their father.", ["throws the snowball at Dad"]),
    ("Die Oma findet die Katze im Garten und trägt sie ins Haus.", ["hebt Katze auf", "geht zu dem Haus",
                                                                 "legt Katze hin"]),
    ("Grandpa carries the cat to the sofa.", ["picks up Cat", "walks to the sofa", "puts down Cat on the sofa"]),
]


@pytest.mark.parametrize(("idea", "wanted"), STAGED)
def test_the_staged_sentences_take_the_thing_to_its_goal(idea: str, wanted: list[str]) -> None:
    said = " | ".join(_actions(idea))
    if "throw" in wanted[0]:
        assert wanted[0] in said, said
    else:
        for w in wanted:
            assert w in said, said
    assert " hugs " not in said and " umarmt " not in said


CHASED_FLOCKS = [
    ("Ein Hund verjagt die Hühner aus dem Garten.", "flieht vor"),
    ("The farmer chases the crows away from the corn.", "flees from"),
    ("A boy chases the geese across the meadow.", "flees from"),
    ("Die Katze jagt die Mäuse durch den Keller.", "flieht vor"),
]


@pytest.mark.parametrize(("idea", "flees"), CHASED_FLOCKS)
def test_every_one_of_a_chased_flock_runs_away(idea: str, flees: str) -> None:
    screenplay = plan(idea, duration_s=30, seed=0)
    chaser = {e.agents[0] for e in screenplay_events(idea) if e.kind == "chase" and e.agents}
    chased = [c.name for sc in screenplay.scenes for c in sc.characters if c.name not in chaser]
    chased = [n for n in dict.fromkeys(chased) if any(n in a for s in screenplay.shots for a in s.actions)]
    said = [a for s in screenplay.shots for a in s.actions]
    fleeing = {a.split(" ")[0] for a in said if flees in a}
    assert len(chased) >= 2 and set(chased) <= fleeing, (chased, said)


def screenplay_events(idea: str):
    return analyze(idea).events
