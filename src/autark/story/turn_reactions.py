"""A spoken reaction to each event that turns the story, in a shot where nobody says a word (for
``story.solo_lines.lone_track``, after ``story.founded_lines``).

A film fell silent where it turns: the team loses the match and nobody says anything, the sun melts the
snowman in silence, the goalkeeper saves the penalty and the shot after it is quiet. Here a shot that stages an
event, or follows one straight after, and where one who can speak is present but says nothing gets a line by
how that event went: dismay at a wreck ("No! The snowman!"), sorrow at a loss, surprise at a sudden event that
nobody did ("What was that?!"), joy at a success, a laugh at a mishap. The doer speaks of their own deed, one who
watches speaks to the doer; another there answers (``story.exchanges._reply``). Each is a spare line, said only
where the shot has time, and only where its premise holds (``story.line_premises``).
"""

from __future__ import annotations

import random
from typing import TYPE_CHECKING

from autark.story.line_premises import StoryMoments, unfounded

if TYPE_CHECKING:
    from autark.story.events import Event
    from autark.story.shot_plans import ShotPlan, _Speech

__all__ = ["REACTIONS", "how_it_turned", "react_in_quiet_shots"]

_L = tuple[list[str], list[str]]
# the reaction by how the event went and by the speaker's part in it: "say" the doer (or the one it befalls),
# "hit" the one a mishap is done to by another, "watch" one who sees it. {obj} the event's thing, {other} the one spoken to (left out where nobody is).
REACTIONS: dict[str, dict[str, _L]] = {
    "wreck": {"say": (["No! {obj}!", "Oh no… look at {obj_acc}!", "All that work… gone."],
                      ["Nein! {obj}!", "Oh nein … schau dir {obj_acc} an!", "Die ganze Arbeit … einfach weg."]),
              "watch": (["Oh no, {other}! {obj}!", "Oh, {other}… what a pity!", "What a shame, {other}."],
                        ["Oh nein, {other}! {obj}!", "Ach, {other} … so ein Pech!", "Wie schade, {other}."])},
    "bad": {"say": (["Oh no… not {obj}!", "That was not supposed to happen.", "Why now, of all times?"],
                    ["Oh nein … nicht {obj}!", "Das sollte nicht passieren.", "Ausgerechnet jetzt!"]),
            "watch": (["Oh no, {other}!", "Are you all right, {other}?", "Never mind, {other}. Next time."],
                      ["Oh nein, {other}!", "Alles in Ordnung, {other}?", "Macht nichts, {other}. Nächstes Mal."]),
            "hit": (["Ouch! Why me?", "Hey! That hurt, {other}!"], ["Aua! Warum ich?", "He! Das tat weh, {other}!"])},
    "sudden": {"say": (["What was that?!", "Whoa! {obj}!", "Where did that come from?"],
                       ["Was war das?!", "Huch! {obj}!", "Wo kommt das denn her?"]),
               "watch": (["Did you see that, {other}?", "Look, {other}! {obj}!", "What on earth…?"],
                         ["Hast du das gesehen, {other}?", "Schau, {other}! {obj}!", "Was um Himmels willen …?"])},
    "good": {"say": (["There! {obj}!", "That is how it is done!", "Look at {obj_acc}, {other}!"],
                     ["Da! {obj}!", "So macht man das!", "Schau dir {obj_acc} an, {other}!"]),
             "watch": (["Well done, {other}!", "Wow, {other}! Just like that!", "You did it, {other}!"],
                       ["Gut gemacht, {other}!", "Wow, {other}! Einfach so!", "Du hast es geschafft, {other}!"])},
    "funny": {"say": (["Oops! Well… that happens.", "Ha! Did anyone see that?"],
                      ["Hoppla! Na ja … kann passieren.", "Ha! Hat das jemand gesehen?"]),
              "hit": (["Hey! Stop that, {other}!", "Ugh! {other}!"], ["He! Lass das, {other}!", "Igitt! {other}!"]),
              "watch": (["Ha ha! Oh, {other}!", "Ha! Look at that, {other}!"],
                        ["Haha! Ach, {other}!", "Ha! Schau dir das an, {other}!"])},
}
_MOST_IN_FILM = 14  # story.exchanges.MOST_LINES: a film with more is a radio play


def how_it_turned(ev: Event, story: StoryMoments, k: int) -> str:
    """How ``ev`` (staged in or just before shot ``k``) went for those there: wreck, bad, sudden, good, funny,
    or "" (an act going on, a look, a cheer: nothing to react to)."""
    from autark.story.exchanges import _how_it_went
    from autark.story.solo_words import FEATS
    from autark.story.wrecks import WRECKING_VERBS

    nobody = not ev.agents or ev.thing_does_it
    if ev.verb in WRECKING_VERBS or nobody and story.wrecked_by(k) and not story.wrecked_by(k - 1):
        return "wreck"
    went = "funny" if ev.tone == "comedy" and ev.agents else _how_it_went(ev)
    if nobody:
        return "bad" if went == "bad" else "sudden"  # nobody did it: it came upon them
    if went in ("good", "funny") and story.went_bad_last(k):
        return ""  # right after a death or a loss nobody cheers or laughs
    if went == "good" and ev.kind not in FEATS:
        return ""  # a story read aloud or a walk is no feat to cheer
    return went if went in ("bad", "good", "funny") else ""


def _turns(k: int, plans: list[ShotPlan], events: list[Event]) -> list[tuple[Event, int]]:
    """The events staged in shot ``k``, else those of the shot just before it (the latest first), each with the
    shot that stages it."""
    here = [(events[i], k) for i in plans[k].events if i < len(events)]
    if here:
        return here
    return [(events[i], k - 1) for i in reversed(plans[k - 1].events) if i < len(events)] if k else []


def react_in_quiet_shots(plans: list[ShotPlan], sp: _Speech, events: list[Event], rng: random.Random,
                         story: StoryMoments) -> int:
    """Give each shot that stages or follows an event a reaction to it by one there who has not spoken in it yet
    (and its answer), a spare line after the shot's own; returns how many lines were added."""
    from autark.story.exchanges import _present, _said_key

    said = {_said_key(t) for p in plans for _w, t in p.dialogue + p.spare}
    planned = sum(len(p.dialogue) + len(p.spare) for p in plans)
    added = 0
    for k, p in enumerate(plans):
        if not k or planned >= _MOST_IN_FILM or len(p.dialogue) + len(p.spare) >= _MOST_IN_SHOT:
            continue  # the opening is the narrator's
        spoke = {w for w, _t in p.dialogue + p.spare}
        there = _present(p, sp)
        quiet = [n for n in there if n not in spoke]
        if not quiet or spoke and len(there) < 2:
            continue  # one alone who has spoken here already says enough (story.solo_lines)
        for ev, at in _turns(k, plans, events):
            went = how_it_turned(ev, story, at)
            if not went or ev.kind == "talk":
                continue
            new = _reaction(k, ev, went, quiet, there, sp, events, rng, story, said)
            for who, text, begins in new:
                if begins:
                    p.spare_starts.append(len(p.spare))
                p.spare.append((who, text))
                said.add(_said_key(text))
            planned += len(new)
            added += len(new)
            if new:
                break
    from autark.story.acted_on_lines import disappointed_finds, voice_the_acted_on

    # the one an act is done to answers it, and an "only" find disappoints (story.acted_on_lines)
    added += voice_the_acted_on(plans, sp, events, said)
    return added + disappointed_finds(plans, sp, events, said)


_MOST_IN_SHOT = 4  # story.talk_on.MOST_IN_SHOT


def _reaction(k: int, ev: Event, went: str, quiet: list[str], there: list[str], sp: _Speech, events: list[Event],
              rng: random.Random, story: StoryMoments, said: set[str]) -> list[tuple[str, str, bool]]:
    """(speaker, line, begins an exchange) of one of ``quiet`` reacting to ``ev`` and the answer of another there."""
    from autark.story.exchanges import _reply, _said_key
    from autark.story.lines import _fill
    from autark.story.spine_words import _values

    for me in sorted(quiet, key=lambda n: n not in ev.agents and n != ev.patient):
        part = "hit" if me == ev.patient and me not in ev.agents and "hit" in REACTIONS[went] else \
            "say" if me in ev.agents or me == ev.patient or went in ("wreck", "sudden") and not ev.agents else "watch"
        doer = next((a for a in ev.agents if a != me and a in there), "")
        other = doer if part in ("watch", "hit") else next((n for n in there if n != me), "")
        values = _values(sp, ev, me, other)
        fresh = [o for o in REACTIONS[went][part][sp.lang == "de"]
                 if _said_key(o.replace("{other}", "").replace("{obj}", "")) not in said]
        text = _fill(fresh, values, rng)
        if not text or _said_key(text) in said or unfounded(text, story, k, me) is not None:
            continue
        out = [(me, sp.with_trait(me, text), True)]
        if other and other in there:
            answer = _reply(text, me, other, sp, events, said | {_said_key(text)}, rng, went == "wreck")
            if answer and unfounded(answer, story, k, other) is None:
                out.append((other, answer, False))
        return out
    return []
