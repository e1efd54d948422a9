"""The story's end follows the idea: a loss at the end is mourned (and scored sad), a task with a deadline is
missed where a "but" comes between, and a film whose events outnumber its shots gets one more shot."""

from __future__ import annotations

import pytest

from autark.story.endings import (
    deadline_missed,
    ending_key,
    lost_by,
    missed_deadline_order,
    mourn_loss,
    robbed,
    with_room_for_events,
)
from autark.story.events import Event
from autark.story.moods import music_for_ending
from autark.story.narrative import plan
from autark.story.shot_plans import ShotPlan


def _built() -> Event:
    return Event(verb="repair", kind="hammer", word="build", agents=["Anna", "Mia"], patient="sand_castle")


def test_a_force_ruining_what_they_built_is_their_loss() -> None:
    washed = Event(verb="clean", kind="cook", word="washes", patient="sand_castle", turn="until")
    assert lost_by(washed, [_built(), washed]) == ["Anna", "Mia"]
    key, mourners, rueful = ending_key(washed, [_built(), washed], "Two sisters build a sandcastle until a wave")
    assert key.tone == "sad" and mourners == ["Anna", "Mia"] and not rueful


def test_what_grows_or_is_finally_done_is_no_loss() -> None:
    blooms = Event(verb="grow", kind="look", word="blooms", patient="sand_castle", turn="finally")
    assert lost_by(blooms, [_built(), blooms]) == []
    eaten = Event(verb="eat", kind="eat", word="eats", agents=["Dog"], patient="sand_castle", tone="comedy")
    key, owners, rueful = ending_key(eaten, [_built(), eaten], "")
    assert key.tone == "comedy" and owners == ["Anna", "Mia"] and rueful  # a comic ruin stays comic, theirs all the same


def test_after_a_comic_loss_only_the_owners_stop_laughing() -> None:
    end = ShotPlan("resolution", actions=["Oma lacht", "Enkel lacht", "Hund springt"], tone="comedy")
    mourn_loss(end, ["Oma"], "de", rueful=True)
    assert end.actions == ["Oma schüttelt den Kopf", "Enkel lacht", "Hund springt"] and end.tone == "comedy"


@pytest.mark.parametrize(("idea", "turn", "missed"), [
    ("A boy has to do his homework before his mother comes home, but he falls asleep", "but", True),
    ("Ein Schüler muss seine Hausaufgaben machen, bevor seine Mutter heimkommt, aber er schläft ein", "but", True),
    ("A wizard has to fix his cat before the queen arrives", "and", False),
    ("A boy falls asleep before dinner, but wakes up", "but", False),  # no task: nothing to miss
])
def test_a_deadline_is_missed_only_where_a_but_comes_between(idea: str, turn: str, missed: bool) -> None:
    events = [Event(verb="work", kind="write", word="do", agents=["Boy"]),
              Event(verb="sleep", kind="sleep", word="falls", agents=["Boy"], turn=turn)]
    assert deadline_missed(idea, events) is missed


def test_mourning_turns_the_cheers_into_grief() -> None:
    end = ShotPlan("resolution", actions=["Anna celebrates", "Mia celebrates", "Tom claps", "Tom sits"],
                   tone="happy")
    mourn_loss(end, ["Anna", "Mia"], "en")
    assert end.tone == "sad"
    assert end.actions[:2] == ["Anna cries", "Mia shakes their head"] or end.actions[0] == "Anna cries"
    assert not any(word in a for a in end.actions for word in ("celebrates", "claps"))
    assert "Tom sits" in end.actions


@pytest.mark.parametrize(("mood", "tone", "music"), [
    ("happy", "sad", "sad"), ("sad", "sad", "sad"), ("tense", "sad", "tense"), ("romantic", "comedy", "happy"),
    ("calm", "surprise", "mysterious"), ("sad", "happy", "sad"), ("calm", "happy", "happy"), ("epic", "happy", "epic"),
    ("tense", "eaten", "happy"), ("calm", "calm", "calm"),
])
def test_the_music_follows_an_ending_that_clashes_with_the_idea_mood(mood: str, tone: str, music: str) -> None:
    assert music_for_ending(mood, tone) == music


def test_one_more_shot_where_the_events_outnumber_the_shots() -> None:
    assert with_room_for_events(4, 3) == 5
    assert with_room_for_events(4, 6) == 5  # never more than one: the shots stay long enough to read
    assert with_room_for_events(5, 3) == 5


def _last_shot_verbs(idea: str) -> tuple[set[str], str]:
    screenplay = plan(idea)
    last = screenplay.scenes[-1].shots[-1]
    return {a.split()[1] for a in last.actions if len(a.split()) > 1}, screenplay.music_mood


@pytest.mark.parametrize("idea", [
    "Two sisters build a sandcastle on the beach until a big wave washes it away",
    "Ein alter Mann füttert die Tauben im Park, bis ein Hund sie verjagt",
])
def test_a_film_that_ends_in_a_loss_ends_sad(idea: str) -> None:
    verbs, music = _last_shot_verbs(idea)
    assert verbs & {"cries", "weint"}
    assert not verbs & {"celebrates", "feiert", "claps", "klatscht", "jubelt"}
    assert music == "sad"


def test_a_task_done_in_time_is_not_mourned() -> None:
    verbs, music = _last_shot_verbs(
        "A clumsy wizard turns his cat into a teapot and has to fix it before the queen arrives for tea")
    assert not verbs & {"cries", "shakes"} and music != "sad"


def test_one_robbed_who_never_gets_it_back_is_rueful_at_the_end() -> None:
    stolen = Event(verb="steal", kind="take", word="steals", agents=["Dog"], patient="sausage", source="Butcher")
    runs = Event(verb="flee", kind="flee", word="runs", agents=["Dog"], turn="and")
    assert robbed([stolen, runs]) == ["Butcher"]
    assert ending_key(runs, [stolen, runs], "")[1:] == (["Butcher"], True)
    caught = Event(verb="catch", kind="catch", word="catches", agents=["Guard"], patient="Dog",
                   patient_is_thing=False, turn="but")
    assert robbed([stolen, caught]) == []
    given = Event(verb="give", kind="give", word="gives", agents=["Guard"], patient="sausage", turn="and")
    assert robbed([stolen, given]) == []


def test_a_missed_deadline_plays_what_kept_it_before_the_deadline() -> None:
    task = Event(verb="write", kind="write", word="machen", agents=["Schüler"])
    home = Event(verb="arrive", kind="walk", word="heimkommt", agents=["Mama"], turn="and")
    sleeps = Event(verb="sleep", kind="sleep", word="schläft", agents=["Schüler"], turn="but")
    idea = "Ein Schüler muss seine Hausaufgaben machen, bevor seine Mutter heimkommt, aber er schläft ein"
    assert missed_deadline_order(idea, [task, home, sleeps]) == [task, sleeps, home]
    met = "Ein Schüler muss seine Hausaufgaben machen, bevor seine Mutter heimkommt"
    assert missed_deadline_order(met, [task, home]) == [task, home]


def test_who_mourns_asleep_stays_asleep() -> None:
    end = ShotPlan("resolution", actions=["Tom sleeps", "Mum celebrates"], tone="happy")
    mourn_loss(end, ["Tom"], "en")
    assert end.actions == ["Tom sleeps", "Mum looks at Tom"]
