"""Only lines whose premise holds where they are said (for ``story.solo_lines.lone_track``, the last pass that
adds lines to a film's shots).

Lines come from tables by an event's family, a speaker's role or how a moment went; a table's line can take for
granted what this story does not have: "Almost there! I can see it." where nobody goes anywhere, "Look: the
sandcastle is shining!" after the wave took it, "Thank you, you saved me." with no danger
(``story.line_premises``). Such a line is left out with the answer that answers it, and the shot gets a line of
its own event in its place where one fits (said by the one whose part it is, naming its thing), so the film
says no less than before.
"""

from __future__ import annotations

import random
import re
from collections.abc import Callable
from functools import cache
from typing import TYPE_CHECKING

from autark.story.line_premises import Premise, StoryMoments, unfounded

if TYPE_CHECKING:
    from autark.story.events import Event
    from autark.story.shot_plans import ShotPlan, _Speech

__all__ = ["keep_founded", "story_of_plans"]

_DRAWS = 4  # draws of the shot's candidate lines when one is left out
# what answers a line rather than saying something of its own: left out with the line it answers
_ANSWER_KINDS = frozenset({"consent", "welcome", "thanks"})


def story_of_plans(plans: list[ShotPlan], idea: str, cast: list[str] | None = None) -> StoryMoments:
    """The story as the lines' premises are read against: the idea, each shot's actions and narration."""
    return StoryMoments(idea, [(list(p.actions), p.narration) for p in plans], cast or [])


def _answers(first: str, second: str) -> bool:
    """Does ``second`` only answer ``first`` ("Yes, I promise.", "You are welcome.", a reply to a question)?"""
    from autark.story.line_checks import line_kind

    return line_kind(second) in _ANSWER_KINDS or first.rstrip().endswith("?")


def _kept_dialogue(lines: list[tuple[str, str]], story: StoryMoments, k: int, lang: str = "en",
                   said: set[str] | None = None) -> tuple[list[tuple[str, str]], list[int], bool]:
    """The shot's own lines without the unfounded ones and their answers, where each left-out line stood (none
    where the premise has a line of the same moment as the story has it: "You will not beat me!" for a rival's
    "Bravo, Max!"; its answer is left out all the same), and whether the last line was so put in."""

    said = set() if said is None else said
    kept: list[tuple[str, str]] = []
    holes: list[int] = []
    left_out: tuple[str, str] | None = None  # the line just left out: (speaker, words)
    for who, text in lines:
        if left_out is not None and who != left_out[0] and _answers(left_out[1], text):
            left_out = None
            continue
        left_out = None
        premise = unfounded(text, story, k, who)
        if premise is not None:
            left_out = (who, text)
            instead = _instead_of(premise, story, k, who, lang, said)
            if instead is None:
                holes.append(len(kept))
                continue
            text = instead
        kept.append((who, text))
    return kept, holes, left_out is not None and bool(kept) and kept[-1][0] == left_out[0]


def _instead_of(premise: Premise, story: StoryMoments, k: int, who: str, lang: str, said: set[str]) -> str | None:
    """The premise's own line of the moment (``Premise.instead``) not said yet and founded here, or None."""
    from autark.story.exchanges import _said_key

    line = next((t for t in premise.instead[lang == "de"] if _said_key(t) not in said
                 and unfounded(t, story, k, who) is None), None)
    if line is not None:
        said.add(_said_key(line))
    return line


def _kept_spare(p: ShotPlan, story: StoryMoments, k: int, lang: str = "en", said: set[str] | None = None) -> bool:
    """Leave out of ``p.spare`` each exchange (``p.spare_starts``) from its first unfounded line on (that line
    said as its premise's own line of the moment where it has one, "Das werden wir ja sehen!" for a race's "Nicht,
    wenn ich zuerst da bin!" in a baking contest); whether any line was left out."""
    said = set() if said is None else said
    bounds = sorted(set(p.spare_starts) | {0}) + [len(p.spare)]
    kept: list[tuple[str, str]] = []
    starts: list[int] = []
    lost = False
    for a, b in zip(bounds, bounds[1:], strict=False):
        part = p.spare[a:b]
        bad = next((j for j, (who, text) in enumerate(part) if unfounded(text, story, k, who) is not None), None)
        premise = unfounded(part[bad][1], story, k, part[bad][0]) if bad is not None else None
        answer = bad is not None and bad > 0 and _answers(part[bad - 1][1], part[bad][1])  # it answers the one before
        instead = _instead_of(premise, story, k, part[bad][0], lang, said) if premise is not None and not answer \
            else None
        if bad is not None and instead is not None:
            part = [*part[:bad], (part[bad][0], instead)]
            lost = True
        elif bad is not None:
            lost = True
            part = part[:bad] if bad and not _answers(part[bad - 1][1], part[bad][1]) else []
        if part:
            starts.append(len(kept))
            kept.extend(part)
    p.spare, p.spare_starts = kept, starts
    return lost


@cache
def _replies() -> tuple[re.Pattern[str], ...]:
    """The answers ``story.exchange_lines`` gives, as patterns of the words said (the one answered left open)."""
    from autark.story.exchange_lines import REPLIES, WH_ANSWERS

    pairs = [pair for by_voice in REPLIES.values() for pair in by_voice.values()] + list(WH_ANSWERS.values())
    texts = {t for pair in pairs for lang in pair for t in lang}
    return tuple(re.compile(".+?".join(re.escape(part) for part in re.split(r",? ?\{\w+\}", t.rstrip("!?.…")))
                            + r"\W*", re.IGNORECASE) for t in texts)


def _is_reply(text: str) -> bool:
    """Is ``text`` one of the answers to another's line ("So what?", "Over there, Tom! Look!")?"""
    return any(r.fullmatch(text) for r in _replies())


def _drop_first_exchange(p: ShotPlan) -> None:
    """Leave out the first exchange of ``p.spare`` (up to the next start)."""
    ends = sorted(b for b in p.spare_starts if b > 0)
    cut = ends[0] if ends else len(p.spare)
    p.spare = p.spare[cut:]
    p.spare_starts = [b - cut for b in p.spare_starts if b >= cut] or ([0] if p.spare else [])


def _instead(k: int, plans: list[ShotPlan], sp: _Speech, events: list[Event], story: StoryMoments,
             rng: random.Random, said: set[str],
             accept: Callable[[str, str], bool] | None = None,
             drawn: dict[int, list[tuple[str, str, str]]] | None = None) -> tuple[str, str] | None:
    """A line of shot ``k``'s own event (or the one just over) by one there whose part it is, founded and not
    said yet in the film: (speaker, line); ``accept`` (speaker, line) may refuse a line besides; ``drawn`` keeps
    each shot's candidates for the next call (a pass that asks for several lines of one shot draws them once)."""
    from autark.story.exchanges import _present, _said_key
    from autark.story.talk_on import _candidates

    there = _present(plans[k], sp)
    if not there:
        return None
    from autark.story.line_checks import names_as_absent

    wrecked = story.wrecked_by(k)
    # a few draws: a table's other lines for the same moment are tried too ("Good to see you again!" where
    # "Friends?" does not fit old friends)
    tried = drawn.get(k) if drawn is not None else None
    if tried is None:
        tried = [c for _draw in range(_DRAWS) for c in _candidates(k, plans, there, sp, events, rng, wrecked, said)]
        if drawn is not None:
            drawn[k] = tried
    for me, _other, line in dict.fromkeys(tried):
        refs = {r for n in there if n != me for r in (sp.address(n), n, sp.person_ref(n, "nom"), sp.person_ref(n, "acc"))
                if r}  # said with them there, no line speaks of them as if away ("I will get the dog out!")
        if _said_key(line) not in said and unfounded(line, story, k, me) is None and not any(
                names_as_absent(line, r) for r in refs) and (accept is None or accept(me, line)):
            return me, sp.with_trait(me, line)
    return None


def keep_founded(plans: list[ShotPlan], sp: _Speech, events: list[Event], rng: random.Random) -> int:
    """Leave out every line whose premise is false at its shot (and the answer to it), putting a founded line of
    the shot's event in its place where there is one; returns how many lines were left out."""
    from autark.story.exchanges import _said_key

    story = story_of_plans(plans, sp.concept.idea, [c.name for c in sp.cast])
    said = {_said_key(t) for p in plans for _w, t in p.dialogue + p.spare}
    dropped = 0
    for k, p in enumerate(plans):
        before = len(p.dialogue) + len(p.spare)
        p.dialogue, holes, put_in_last = _kept_dialogue(p.dialogue, story, k, sp.lang, said)
        if holes and holes[-1] == len(p.dialogue) and p.spare and _is_reply(p.spare[0][1]):
            _drop_first_exchange(p)  # it answered the last line, left out: "So what?" to no "Look!"
        elif put_in_last and p.spare and (_is_reply(p.spare[0][1]) or _answers("", p.spare[0][1])):
            _drop_first_exchange(p)  # "Oh, thank you!" to a "Bravo!" put right as "You will not beat me!"
        lost_spare = _kept_spare(p, story, k, sp.lang, said)
        dropped += before - len(p.dialogue) - len(p.spare)
        if holes or lost_spare:
            line = _instead(k, plans, sp, events, story, rng, said)
            if line is None:
                continue
            said.add(_said_key(line[1]))
            if holes:
                p.dialogue.insert(holes[0], line)
            else:
                p.spare_starts.append(len(p.spare))
                p.spare.append(line)
    return dropped
