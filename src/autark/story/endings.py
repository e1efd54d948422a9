"""How the story ends, where the idea says so: a thing its people made, fed or held that a force or another ruins
at the end ("builds a sandcastle until a wave washes it away", "füttert die Tauben, bis ein Hund sie verjagt")
is a loss, mourned, not cheered; a task that has to be done before something happens ("has to fix it before
the queen arrives", "muss ... bevor") is missed when a "but" comes between ("but he falls asleep") and met
otherwise.

The spine asks ``ending_key`` for the key event the resolution is to be told from (sad where the end is a
loss or a missed task) and ``mourn_loss`` to turn the resolution's cheers into the owners' grief.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from autark.story.verbs import sentence

if TYPE_CHECKING:
    from autark.story.events import Event
    from autark.story.shot_plans import ShotPlan

__all__ = ["RUIN_VERBS", "lost_by", "robbed", "deadline_missed", "missed_deadline_order", "ending_key",
           "mourn_loss", "with_room_for_events"]

# what, done to a thing or a creature by another or by a force, leaves its people without it
RUIN_VERBS = frozenset({"melt", "explode", "collapse", "burn", "eat", "steal", "take", "break", "fall", "sink",
                        "destroy", "clean", "crash", "spill", "lose", "chase", "scare", "wreck", "drown", "flood"})
# the words of an obligation and of its deadline ("has to ... before", "muss ... bevor")
_MUST = re.compile(r"\b(has to|have to|had to|must|needs to|need to|muss|müssen|musste|mussten|soll)\b", re.I)
_BEFORE = re.compile(r"\b(before|bevor|ehe)\b", re.I)
_LOOKS = ("looks", "schaut")  # a look at the end leaves the one who lost it free to cry first
# the acts of cheering an ending does that a loss takes back (the resolution's _END_KIND acts, both languages)
_CHEERS = {"en": ("celebrates", "laughs", "dances", "claps", "jumps", "hugs", "waves", "sings"),
           "de": ("feiert", "lacht", "tanzt", "klatscht", "springt", "umarmt", "winkt", "singt")}


# the most shots a film's events may add to the count its length gave (each shot stays about 4 s in 30 s)
_MORE_SHOTS_FOR_EVENTS = 1


def with_room_for_events(n_shots: int, n_units: int) -> int:
    """The shots of a film whose ``n_units`` events (those at once counted once) outnumber the shots its length
    gave them (all but the opening and the ending): one more, so that the turn ("and has to fix it") is not
    squeezed into the shot of what came before it ("turns his cat into a teapot")."""
    return n_shots + min(_MORE_SHOTS_FOR_EVENTS, max(0, n_units - (n_shots - 2)))


def lost_by(key: Event, events: list[Event]) -> list[str]:
    """Who loses what ``key`` ruins: the doers of the earlier events that made, handled or fed its patient, when
    ``key`` is done by a force or by others ("until a big wave washes it away": the two sisters who built it).
    Empty where the end is no loss (the flower that finally blooms, the fox the farmer chases off)."""
    if key.outcome or key.verb not in RUIN_VERBS or not key.patient or key.turn == "finally":
        return []
    owners: list[str] = []
    for ev in events:
        if ev is key:
            break
        if key.patient in (ev.patient, ev.recipient, ev.instrument) and key.patient not in ev.agents:
            owners += [a for a in ev.agents if a not in key.agents and a not in owners]
    return owners


def robbed(events: list[Event]) -> list[str]:
    """Who was robbed and never got it back: the one a thing is stolen from ("steals a sausage from the
    butcher") where no later event gives the thing back or catches the thief."""
    out: list[str] = []
    for i, ev in enumerate(events):
        if ev.verb not in ("steal", "take") or not ev.source or ev.source in ev.agents:
            continue
        undone = any(later.patient == ev.patient and later.kind == "give" or later.verb == "return"
                     or later.kind == "catch" and later.patient in ev.agents for later in events[i + 1:])
        if not undone and ev.source not in out:
            out.append(ev.source)
    return out


def deadline_missed(idea: str, events: list[Event]) -> bool:
    """Whether the idea's task with a deadline ("has to X before Y", "muss X, bevor Y") is missed: a "but" event
    by those who had the task comes after it ("aber er schläft ein", "but trips on the stairs")."""
    must, before = _MUST.search(idea), _BEFORE.search(idea)
    if must is None or before is None or before.start() < must.start():
        return False
    doers = {a for ev in events[:1] for a in ev.agents}
    return any(ev.turn == "but" and (not ev.agents or set(ev.agents) & doers) for ev in events[1:])


def missed_deadline_order(idea: str, events: list[Event]) -> list[Event]:
    """The events in the order a missed deadline plays them: the task, what keeps it from being done, then what
    it had to be done before ("muss seine Hausaufgaben machen, bevor seine Mutter heimkommt, aber er schläft
    ein": he falls asleep, then his mother comes home and finds it undone). As they are otherwise."""
    if len(events) < 3 or not deadline_missed(idea, events) or events[1].turn == "but":
        return events
    last_but = max(i for i, ev in enumerate(events) if ev.turn == "but")
    if last_but < 2 or set(events[1].agents) & set(events[0].agents):
        return events  # the deadline is the task-doer's own act, or it already comes last
    return [events[0], *events[2:last_but + 1], events[1], *events[last_but + 1:]]


def ending_key(key: Event, events: list[Event], idea: str) -> tuple[Event, list[str], bool]:
    """The key event the ending is told from, who mourns, and whether ruefully (a shake of the head, not
    tears): sad where the end ruins what its people had or the task is missed; as it is (and nobody mourns)
    otherwise. A comic ruin ("the dog eats the cake", tone comedy) stays comic, its owners the only ones not
    laughing; so does a theft never undone, its victim shaking their head ("steals a sausage from the butcher
    and runs away": the butcher does not laugh)."""
    if key.kind == "laugh":
        return key, [], False
    owners = lost_by(key, events)
    if key.tone == "comedy":
        return key, owners, True
    if not owners and deadline_missed(idea, events):
        owners = [a for a in events[0].agents]
    if not owners:
        return key, robbed(events), True
    return key.model_copy(update={"tone": "sad"}), owners, False


def mourn_loss(end: ShotPlan, owners: list[str], lang: str, rueful: bool = False) -> ShotPlan:
    """The resolution after a loss: the first owner cries, the other owners shake their heads, whoever else
    cheered looks at the first owner; the resolution's tone is sad (its music follows, story.moods). After a
    ``rueful`` loss (the dog ate grandma's cake) the owners shake their heads and the others laugh on."""
    if not owners:
        return end
    if rueful:
        end.actions = list(dict.fromkeys(
            sentence("shake_head", lang, a=a.split()[0]) if a.split()[0] in owners and len(a.split()) > 1
            and a.split()[1] in _CHEERS[lang] else a for a in end.actions))
        return end
    cheers = _CHEERS[lang]
    kept: list[str] = []
    mourners: set[str] = set()
    for action in end.actions:
        words = action.split()
        who = words[0] if words else ""
        if len(words) < 2 or words[1] not in cheers:
            kept.append(action)
        elif who in owners and who not in mourners:
            kept.append(sentence("cry" if who == owners[0] else "shake_head", lang, a=who))
            mourners.add(who)
        elif who not in owners:
            kept.append(sentence("look", lang, a=who, o=owners[0]))
    own = [a.split() for a in kept if a.split(" ", 1)[0] == owners[0]]
    shaken = sentence("shake_head", lang, a=owners[0])
    if shaken in kept:  # the first owner cries, whatever the resolution had them do (a shake of the head)
        kept[kept.index(shaken)] = sentence("cry", lang, a=owners[0])
    elif all(len(words) > 1 and words[1] in _LOOKS for words in own):  # one asleep or hiding at the end stays so
        kept.insert(0, sentence("cry", lang, a=owners[0]))
    end.actions = list(dict.fromkeys(kept))
    end.tone = "sad"
    return end
