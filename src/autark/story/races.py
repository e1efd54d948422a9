"""A race seen as one: the racers start side by side, run the same way along their lanes, the winner faster,
and at the end the winner celebrates and the others hang their heads.

An idea says a race in many ways: "race", "races the dog", "run a race", "um die Wette laufen", "das
Wettrennen", "compete in a race"; its outcome as a win ("the turtle wins", "Lena gewinnt"), a loss ("but
loses", "der Hase verliert", "the tortoise beats the hare in a race": the one beaten races too) or not at all
(then the first racer named wins). ``race_of`` reads that from the
events; ``line_up`` stands the racers at a start line in lanes one behind the other (from the camera) so
that they are seen side by side; ``race_actions`` writes the run of each (over the same time, the winner
furthest) at the first event of the race, and the outcome at its last.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from autark.story.concept import Concept
from autark.story.events import Event
from autark.story.race_words import is_beat as _is_beat
from autark.story.race_words import is_win as _is_win

__all__ = ["Race", "race_of", "line_up", "race_actions", "settle_race", "RACE_M", "START_X"]

RACE_M = 8.0  # the length of the race, left to right across the set
START_X = -4.0  # the start line's x; lanes one behind the other from the camera
_LANE_Z = (0.9, -0.5, 2.3, -1.9)  # each racer's lane (z), the first nearest the camera but one
# every racer runs for the same time (a shot too short for it squeezes every run alike: jobs.shot_actions), the
# winner the whole RACE_M, each next one this much less: at every moment of the race the winner is ahead
_RACE_S = 3.2
_BEHIND_M = 2.2
_RACE_VERBS = frozenset({"race", "compete"})
_RACE_WORDS = ("wette", "race", "rennen", "wettlauf", "wettschwimm", "wettkampf", "contest")
_LOSE_VERBS = frozenset({"lose"})
_RUN = {"en": "{a} runs {m} metres to the right in {s} seconds", "de": "{a} rennt {m} Meter nach rechts in {s} Sekunden"}
_CHEER = {"en": "{a} celebrates", "de": "{a} feiert"}
_SLUMP = {"en": "{a} shakes their head", "de": "{a} schüttelt den Kopf"}


@dataclass(frozen=True)
class Race:
    """Who races (in lane order, the winner first), and the events that start and end it."""

    racers: tuple[str, ...]
    first_at: int  # the ``at`` of the first event of the race (where the run is staged)
    last_at: int  # the ``at`` of the last (where the outcome is staged; the same when the idea tells none)


def _is_race(ev: Event) -> bool:
    """A race run ("race", "das Wettrennen", "laufen um die Wette"); "compete" alone is the rivalry before it."""
    told = (ev.told or "").lower()
    return ev.verb == "race" or ev.kind in ("run", "swim") and "wette" in told and len(ev.agents) > 1


def _is_rivalry(ev: Event) -> bool:
    """'compete in a race', 'treten zum Wettlauf an': who races, told before the race itself."""
    told = (ev.told or "").lower()
    return ev.verb in _RACE_VERBS and any(w in told for w in _RACE_WORDS)


def race_of(concept: Concept) -> Race | None:
    """The idea's race, with its racers and outcome; None when it has none or fewer than two racers."""
    people = {c.name for c in concept.characters}
    racing = [e for e in concept.events if _is_race(e)]
    if not racing:
        return None
    racers: list[str] = []
    for e in [*racing, *(e for e in concept.events if _is_rivalry(e) or _is_beat(e))]:
        for who in [*e.agents, *([e.patient] if e.patient in people else [])]:
            if who in people and who not in racers:
                racers.append(who)
    if len(racers) < 2:
        return None
    outcome = [e for e in concept.events if _is_win(e) or e.verb in _LOSE_VERBS]
    winner = ""
    for e in outcome:
        named = [a for a in e.agents if a in racers]
        if _is_win(e) and named:
            winner = named[0]
        elif e.verb in _LOSE_VERBS:  # "but loses": the subject of the race, when the loss names nobody
            loser = named[0] if named else racing[0].agents[0] if racing[0].agents else ""
            winner = winner or next((r for r in racers if r != loser), "")
    winner = winner or racers[0]
    ordered = (winner, *(r for r in racers if r != winner))
    ats = [e.at for e in [*racing, *outcome]]
    return Race(racers=ordered[:len(_LANE_Z)], first_at=min(ats), last_at=max(ats))


def line_up(concept: Concept, cast: list[Any]) -> list[Any]:
    """The cast with the racers at the start line, each in a lane, the winner's lane not the nearest (so the
    one ahead is not the one hidden)."""
    race = race_of(concept)
    if race is None:
        return cast
    lanes = {name: _LANE_Z[(1, 0, 2, 3)[k]] for k, name in enumerate(race.racers)}
    return [c.model_copy(update={"position": (START_X, 0.0, lanes[c.name])}) if c.name in lanes else c for c in cast]


def race_actions(ev: Event, sp: Any) -> list[str] | None:
    """The action sentences of an event of the race: the run of every racer (the winner fastest) at its first
    event, the outcome at its last (both at once when it is one event); None for any other event."""
    race = race_of(sp.concept)
    if race is None or not (_is_race(ev) or _is_win(ev) or ev.verb in _LOSE_VERBS):
        return None
    out = []
    if ev.at == race.first_at:
        out += [_RUN[sp.lang].format(a=a, m=f"{max(RACE_M - k * _BEHIND_M, 2.5):g}", s=f"{_RACE_S:g}")
                for k, a in enumerate(race.racers)]
    if ev.at == race.last_at:
        out += [_CHEER[sp.lang].format(a=race.racers[0]), *(_SLUMP[sp.lang].format(a=a) for a in race.racers[1:])]
    return out or None


_RUN_ON = ("runs to the right", "runs away", "rennt nach rechts", "rennt 4 Meter nach rechts", "rennt weg")
_WAIT = {"en": "{a} looks at {o}", "de": "{a} schaut {o} an"}


def _is_timed_run(action: str) -> bool:
    """A racer's run of the race (``_RUN``)."""
    return " metres to the right in " in action or " Meter nach rechts in " in action


def settle_race(concept: Concept, plans: list[Any]) -> list[Any]:
    """``plans`` (the spine's shot plans) with the racers' running on outside the race ("Tom runs to the
    right" in a shot that fills time) turned into a look at the other racer: they wait at the start before
    it, and stay where they finished after it, so the race is the one run the film shows; the race's own shot
    is a wide one of all of them."""
    race = race_of(concept)
    if race is None:
        return plans
    others = {a: next(r for r in race.racers if r != a) for a in race.racers}
    run = False
    for p in plans:
        timed = [_is_timed_run(a) for a in p.actions]
        if any(timed) and not run:
            p.size, p.subject = "wide", ""  # the race is seen whole: all the racers in one frame, not one followed
        elif any(timed):  # the race is run once: a shot that would run it again (an event staged over several
            # shots) has them wait at the finish
            p.actions = list(dict.fromkeys(_WAIT[concept.language].format(a=a.split()[0], o=others[a.split()[0]])
                                           if t and a.split()[0] in others else a
                                           for a, t in zip(p.actions, timed, strict=True)))
        run = run or any(timed)
        p.actions = [_WAIT[concept.language].format(a=a.split()[0], o=others[a.split()[0]])
                     if a.split()[0] in others and a.endswith(_RUN_ON) else a for a in p.actions]
    return plans
