"""A fuller track for one who is alone (for ``story.exchanges``): a film whose only speaker is one person, with
an animal or a thing or nobody, gets as many lines as a film of two. They think aloud about what they are about
to do (its thing or place named), say what they are doing while it goes on, speak to the animal the story has
them deal with, and react to what just happened, in the tone it went. These are spare lines
(``ShotPlan.spare``): said only where the shot's own words leave time, never pushing out the idea's sentence."""

from __future__ import annotations

import random
from typing import TYPE_CHECKING

from autark.story.deed_words import deed_infinitive
from autark.story.solo_words import FEATS, MOMENTARY, UNMEANT, WORK, fresh, lone_speaker, said_key

if TYPE_CHECKING:
    from autark.story.events import Event
    from autark.story.shot_plans import ShotPlan, _Speech

__all__ = ["SOLO", "DEED", "lone_speaker", "lone_track"]

_L = tuple[list[str], list[str]]
# what one alone says, by where the story stands: before its first event (what they mean to do), while their
# own event goes on (working at it), after an event that came off, after one that went wrong. A line that names
# the thing or the place is taken before one that names neither (``lines._fill``).
SOLO: dict[str, _L] = {
    "before": (["Right. Now for {obj}.", "Now, let me think...", "Today is the day.", "Here goes nothing.",
                "All right. Let us do this."],
               ["Und jetzt: {obj}!", "Mal überlegen ...", "Heute ist der Tag.", "Na dann, los.",
                "Also gut. Los geht's."]),
    "working": (["Careful… careful with {obj}...", "Just a little more...", "Slowly. No hurry.", "Almost… almost..."],
                ["Vorsicht … vorsichtig mit {obj_dat} ...", "Nur noch ein kleines bisschen ...", "Langsam. Keine Eile.",
                 "Gleich … gleich ..."]),
    # while one's own deed goes on that is no handiwork (a walk, a count, a climb, a ride): keeping at it
    "going": (["Keep at it.", "Step by step.", "Come on, keep going.", "Nearly there..."],
              ["Dranbleiben.", "Schritt für Schritt.", "Komm schon, weiter.", "Fast geschafft ..."]),
    "good": (["Ha! I did it!", "Not bad at all.", "I knew I could do it.", "Wait until they hear about this!"],
             ["Ha! Geschafft!", "Gar nicht schlecht.", "Ich wusste, dass ich es schaffe.", "Wenn die anderen das hören!"]),
    "bad": (["Oh dear. What now?", "Well… that did not go to plan.", "Not {obj}… not today."],
            ["Oje. Was jetzt?", "Na ja … so war das nicht geplant.", "Nicht {obj} … nicht heute."]),
}
# the same moments in the idea's own verb ({deed}: story.deed_words), taken where the deed has one: what one alone
# says is this story's, not a stock line every film of one alone would say
DEED: dict[str, _L] = {
    "before": (["Now to {deed} {obj}.", "Right. Time to {deed} {obj}."],
               ["So, jetzt {obj_acc} {deed}.", "Also dann: {obj_acc} {deed}."]),
    "working": (["Slowly… {deed} {obj}, nice and steady.", "Easy now… {deed} {obj}..."],
                ["Ganz ruhig … {obj_acc} {deed} ...", "Langsam … {obj_acc} {deed}, ganz in Ruhe."]),
}
_PER_SHOT = 3  # lines a shot of about five seconds may hold (those that do not fit are not said)


def lone_track(plans: list[ShotPlan], sp: _Speech, events: list[Event], rng: random.Random,
               most: int) -> None:
    """Spare lines for the one speaker alone, up to ``_PER_SHOT`` a shot and ``most`` a film; then, this being
    the last pass that adds lines, every line of the film whose premise is false at its shot gives way to one
    of the shot's own event (``story.founded_lines``), and a shot where the story turns and nobody speaks gets
    a reaction to it (``story.turn_reactions``)."""
    from autark.story.founded_lines import keep_founded, story_of_plans
    from autark.story.lone_asides import speak_in_quiet_shots
    from autark.story.turn_reactions import react_in_quiet_shots

    _alone_aloud(plans, sp, events, rng, most)
    speak_in_quiet_shots(plans, sp, events, rng, most, _changing_shots(plans, events))  # no shot without a word
    keep_founded(plans, sp, events, random.Random(f"{sp.concept.idea} founded"))
    react_in_quiet_shots(plans, sp, events, random.Random(f"{sp.concept.idea} reactions"),
                         story_of_plans(plans, sp.concept.idea, [c.name for c in sp.cast]))


def _alone_aloud(plans: list[ShotPlan], sp: _Speech, events: list[Event], rng: random.Random, most: int) -> None:
    """Spare lines for the one speaker alone, up to ``_PER_SHOT`` a shot and ``most`` a film."""
    from autark.story.exchanges import _how_it_went, _opener, _present, _to_animal
    from autark.story.lines import _fill, after_line, before_line
    from autark.story.spine_words import _fam, _values

    me = lone_speaker(plans, sp)
    if not me:
        return
    # a change of the world shown over time (a balloon drifting off, an oven blowing up) keeps its shot's time
    changing = _changing_shots(plans, events)
    said = {said_key(t) for p in plans for _w, t in p.dialogue + p.spare}
    planned = sum(len(p.dialogue) + len(p.spare) for p in plans)
    first_event = next((k for k, p in enumerate(plans) if p.events), len(plans))
    left = {"before": 2, "working": 2, "going": 2, "good": 1, "bad": 1}  # a film's share of each: no record stuck
    deeds_said: set[str] = set()  # the moments said in the idea's own verb (DEED)
    for k, p in enumerate(plans):
        if not k or k in changing or me not in _present(p, sp) or len(p.dialogue) + len(p.spare) >= _PER_SHOT:
            continue  # the opening is the narrator's
        if p.kind == "resolution":  # the ending has its own last line: after it, only how the story went
            _after_ending(k, p, plans, me, sp, events, rng, said, left)
            continue
        here = next((events[i] for i in p.events if i < len(events)), None)
        coming = next((events[i] for q in plans[k:] for i in q.events if i < len(events)), None)
        gone = next((events[i] for q in reversed(plans[:k]) for i in reversed(q.events) if i < len(events)), None)
        options: list[tuple[str, str | None]] = []

        named = {w for a in p.actions for w in a.split()}

        def to(ev: Event | None, named: set[str] = named) -> str:  # the creature it is done to, there: spoken to
            return ev.patient if ev is not None and ev.patient and not ev.patient_is_thing and ev.patient != me \
                and ev.patient in named else ""

        def solo(use: str, ev: Event) -> tuple[str, str | None]:
            values = _values(sp, ev, me, to(ev))
            values["deed"] = deed_infinitive(ev, sp.lang) if use in DEED and use not in deeds_said else ""
            table = DEED if values["deed"] else SOLO
            if values["deed"]:
                deeds_said.add(use)  # once a film: "So, jetzt den Teddy suchen." is not said again in other words
            return use, _fill(fresh(table[use][sp.lang == "de"], values, said), values, rng) if left[use] else None

        if here is not None and me in here.agents and _fam(here) in WORK:  # at work on it
            options.append(solo("working", here))
        elif here is not None and me in here.agents and _fam(here) and _fam(here) not in UNMEANT | MOMENTARY \
                and here.verb not in MOMENTARY and here.kind != "talk" and not here.outcome:
            options.append(solo("going", here))  # at a deed of their own that is no handiwork
        between = here is None and coming is not None and me in coming.agents  # between deeds: on to their next
        if (k < first_event or k == first_event and not p.dialogue or between) and coming is not None \
                and coming.kind != "talk":  # what they mean to do (a speech opens with its own first words)
            options.append(("", before_line(_fam(coming), sp.lang, _values(sp, coming, me, to(coming)), rng)))
            if _fam(coming) not in UNMEANT and me in coming.agents:  # one means to do it: "Right. Now for the cake."
                options.append(solo("before", coming))
        if gone is not None and (here is None or here is not gone):  # what just happened
            went = "bad" if gone.outcome == "failed" else _how_it_went(gone)
            if went == "good" and (gone.kind not in FEATS or _fam(gone) in ("board", "voyage")):
                went = ""  # boarding a bus or looking at a tree is no feat to boast of
            if me in gone.agents and went == "good":
                options.append(("", after_line(_fam(gone), sp.lang, "say", _values(sp, gone, me, to(gone)), rng)))
            if went in ("good", "bad") and (me in gone.agents or went == "bad"):  # one's own feat, or a mishap
                options.append(solo(went, gone))
        options.append(("", _to_animal(k, plans, me, sp, events, said, rng)))
        for ev in (here, gone):  # what another does there or just did: one who sees it reacts ("Look at him go!")
            if ev is not None and ev.agents and me not in ev.agents:
                options.append(("", _opener(k, plans, me, ev.agents[0], sp, events, True, said, rng, just=[ev])))
        for use, line in options:
            if planned >= most or len(p.dialogue) + len(p.spare) >= _PER_SHOT:
                break
            if line and said_key(line) not in said:
                if use:
                    left[use] -= 1
                p.spare_starts.append(len(p.spare))  # each thought aloud stands alone
                p.spare.append((me, sp.with_trait(me, line)))
                said.add(said_key(line))
                planned += 1


def _changing_shots(plans: list[ShotPlan], events: list[Event]) -> set[int]:
    """The shots of a change of the world shown over time (a balloon drifting off, an oven blowing up): they
    keep their time for it."""
    return {k for k, p in enumerate(plans) for i in p.events if i < len(events) and (
        not events[i].agents or events[i].thing_does_it or events[i].verb in ("lose", "drop", "release"))}


def _after_ending(k: int, p: ShotPlan, plans: list[ShotPlan], me: str, sp: _Speech, events: list[Event],
                  rng: random.Random, said: set[str], left: dict[str, int]) -> None:
    """One line after the ending's own last line, where it has one and there is time: how their last deed came
    off ("I knew I could do it."), only a feat of theirs that came off and after an ending line that states it."""
    from autark.story.exchanges import _how_it_went
    from autark.story.lines import _fill
    from autark.story.spine_words import _fam, _values

    last = next((events[i] for q in reversed(plans[:k + 1]) for i in reversed(q.events) if i < len(events)), None)
    if last is None or not p.dialogue or p.spare:
        return
    from autark.story.exchanges import speech_act

    went = "" if last.outcome == "failed" else _how_it_went(last)
    if went != "good" or last.kind not in FEATS or _fam(last) in ("board", "voyage") or me not in last.agents:
        return  # boarding a bus is no feat, another's is not theirs to boast of, a mishap ends on its own words
    if not left[went] or speech_act(p.dialogue[-1][1]) not in ("joy", "statement", "relief", "praise"):
        return  # a question or a plea at the end waits for no boast after it
    values = _values(sp, last, me, "")
    line = _fill(fresh(SOLO[went][sp.lang == "de"], values, said), values, rng)
    if line and said_key(line) not in said:
        left[went] -= 1
        p.spare_starts.append(len(p.spare))
        p.spare.append((me, sp.with_trait(me, line)))
        said.add(said_key(line))
