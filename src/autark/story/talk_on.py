"""More of the talk a shot's event makes, where the shot has time for it (for ``story.exchanges``).

After a shot's own lines and the exchange ``story.exchanges`` builds on them, a shot where two who can speak are
present often still has seconds of quiet (a 30-s film said five lines, ten seconds of it without a word). Here
each such shot gets further spare lines from what happens in it, each said by the one whose part it is: the doer
of the shot's event says what its doer says, the one it is done to or with answers as such, one who only watches
says what a witness says; once the event is over (a shot after it), those who took part say what is said after
it. Each is followed by the answer of the other there (``exchanges._reply``: to a promise relief, to a question an
answer). They are spare lines: said only where they fit (``exchanges.spare_that_fits``), after the shot's
earlier words, never twice in a film.
"""

from __future__ import annotations

import random
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from autark.story.events import Event
    from autark.story.shot_plans import ShotPlan, _Speech

__all__ = ["talk_on", "drop_echoes", "yields_to_talk", "MOST_IN_SHOT"]

MOST_IN_SHOT = 4  # lines planned for one shot; those that do not fit its length are not said
# what one who means to do the story's next deed says to the other on the way to it, where its family has no
# words of its own (story.lines BEFORE) and it is work or a feat (a cake to bake, a wall to climb; a walk or a hug
# is set out on without a word): the shots before a deed had been quiet. A line naming the thing first.
SETTING_OUT: tuple[list[str], list[str]] = (
    ["Now for {obj}. Ready, {other}?", "Right, {other}. Let us begin.", "Let us get to it, {other}.",
     "Now for {obj}."],
    ["Jetzt ist {obj} dran. Bereit, {other}?", "Also, {other}. Fangen wir an.", "Packen wir es an, {other}.",
     "Jetzt ist {obj} dran."])  # a "Ready?" only to one by name, who answers it


_BARE_WORDS = 3  # a narration this short only says what the picture shows ("Sam kneels.", "Der Hund bellt.")


def yields_to_talk(narration: str, i: int, scene_of: list[int], idea_told: set[str]) -> bool:
    """Whether shot ``i``'s ``narration`` may give way to spoken lines that would not fit beside it: a bare
    sentence of what is seen, not the idea's own words nor the first of a scene (it tells where and who)."""
    first_of_scene = i == 0 or scene_of[i] != scene_of[i - 1]
    return bool(narration) and not first_of_scene and narration not in idea_told \
        and len(narration.split()) <= _BARE_WORDS


def _role(me: str, ev: Event) -> str:
    """The part ``me`` has in ``ev``: say (does it), reply (it is done to or with them), watch (only sees it)."""
    if me in ev.agents:
        return "say"
    return "reply" if me in (ev.patient, ev.recipient, ev.partner, ev.source) else "watch"


def _candidates(k: int, plans: list[ShotPlan], there: list[str], sp: _Speech, events: list[Event],
                rng: random.Random, wrecked: bool, said: set[str]) -> list[tuple[str, str, str]]:
    """(speaker, one spoken to, line) of shot ``k``'s events by their parts, then what those who took part in
    the events before it (the last three, latest first) say now that they are over, and those who saw them."""
    from autark.story.exchanges import _opener
    from autark.story.lines import after_line, event_lines
    from autark.story.spine_words import _fam, _values

    here = [events[i] for i in plans[k].events if i < len(events)]
    # what happened before this shot, the latest first: each is spoken of after it by those in it or who saw it
    gone_by = [events[i] for i in list(dict.fromkeys(i for q in reversed(plans[:k]) for i in reversed(q.events)
                                                     if i < len(events) and i not in plans[k].events))[:3]]
    # on the way to the next deed (a shot without one): one who means to do it says so to the other there
    out: list[tuple[str, str, str]] = [] if here else _setting_out(k, plans, there, sp, events, rng, said)
    for ev in here:
        fam = _fam(ev)
        if not fam or ev.outcome:
            continue  # a failed try has its own words (story.lines FAILED_SAY), said by the event's own line
        for me in sorted(there, key=lambda n: ("say", "reply", "watch").index(_role(n, ev))):
            role = _role(me, ev)
            other = next((n for n in [*ev.agents, ev.patient, ev.partner, ev.recipient] if n and n != me and n in there),
                         next((n for n in there if n != me), ""))
            line = event_lines(fam, sp.lang, role, _values(sp, ev, me, other), rng)
            if line:
                out.append((me, other, line))
    for gone in gone_by:
        if not _fam(gone) or gone.outcome:
            continue
        for me in there:
            role = _role(me, gone)
            other = next((n for n in there if n != me and n in gone.agents), next((n for n in there if n != me), ""))
            if role == "watch":  # one who saw it reacts to its doer: cheers what came off, gasps at a loss
                line = _opener(k, plans, me, other, sp, events, True, set(), rng, wrecked, just=[gone])
            else:
                line = after_line(_fam(gone), sp.lang, role, _values(sp, gone, me, other), rng)
            if line:
                out.append((me, other, line))
    return out


def _setting_out(k: int, plans: list[ShotPlan], there: list[str], sp: _Speech, events: list[Event],
                 rng: random.Random, said: set[str]) -> list[tuple[str, str, str]]:
    """(speaker, one spoken to, line) said in shot ``k`` (no deed of its own) by a doer of the next deed to come
    there, about it, in words not said yet (``said``); none before a deed that comes upon them (a fall, a find, a
    chase) or one of words."""
    from autark.story.exchanges import _meet_ahead, _said_key
    from autark.story.lines import _fill, before_line
    from autark.story.solo_words import FEATS, UNMEANT, WORK, fresh
    from autark.story.spine_words import _fam, _values

    coming = next((events[i] for q in plans[k + 1:] for i in q.events if i < len(events)), None)
    if coming is None or coming.kind == "talk" or not _fam(coming) or _fam(coming) in UNMEANT:
        return []
    doers = [n for n in coming.agents if n in there]
    for me in doers[k % len(doers):] + doers[:k % len(doers)] if doers else []:  # the doers take turns
        other = next((n for n in there if n != me and not _meet_ahead(k, plans, me, n, events)), "")
        if not other:
            continue
        values = _values(sp, coming, me, other)
        line = before_line(_fam(coming), sp.lang, values, rng)
        if (not line or _said_key(line) in said) and (_fam(coming) in WORK or coming.kind in FEATS):
            line = _fill(fresh(SETTING_OUT[sp.lang == "de"], values, said), values, rng)
        if line:
            return [(me, other, line)]
    return []


def talk_on(plans: list[ShotPlan], sp: _Speech, events: list[Event], rng: random.Random, said: set[str],
            planned: int, most: int, wreck_at: int) -> None:
    """Add spare lines to the shots where two who can speak are present, up to ``MOST_IN_SHOT`` a shot and
    ``most`` a film (``planned`` already): a line of the shot's event by the one whose part it is, and the
    other's answer. ``said``: the film's lines so far (as ``_said_key`` keys), grown with each added;
    ``wreck_at``: the shot from which something of the story lies wrecked (nobody cheers there)."""
    from autark.story.exchanges import _meet_ahead, _present, _reply, _said_key, speech_act

    for k, p in enumerate(plans):
        if not k:
            continue  # the opening is the narrator's
        there = _present(p, sp)
        if len(there) < 2:
            continue
        for me, other, line in _candidates(k, plans, there, sp, events, rng, k >= wreck_at, said):
            if planned >= most or len(p.dialogue) + len(p.spare) >= MOST_IN_SHOT:
                break
            key = _said_key(line)
            if key in said or any(k2.endswith(f" {key}") or key.endswith(f" {k2}") for k2 in said) or \
                    k >= wreck_at and speech_act(
                    line) in ("joy", "praise"):
                continue  # said before, also after a trait's words ("All alone... Oh! Who are you?")
            last = (p.dialogue + p.spare)[-1:] if p.dialogue or p.spare else []
            if last and last[0][0] == me and speech_act(last[0][1]) in ("question", "pointing"):
                continue  # one who asked waits for the answer, not for their own next line
            p.spare_starts.append(len(p.spare))  # a line and its answer: said together or not at all
            p.spare.append((me, sp.with_trait(me, line)))
            said.add(_said_key(line))
            planned += 1
            if other not in there or len(p.dialogue) + len(p.spare) >= MOST_IN_SHOT or planned >= most or \
                    _meet_ahead(k, plans, me, other, events):
                continue
            answer = _reply(line, me, other, sp, events, said, rng, k >= wreck_at)
            if answer:
                p.spare.append((other, answer))
                said.add(_said_key(answer))
                planned += 1


# what a speaker says once in a film whatever the words: a second "Thank you" or "Hello" by the same one repeats
# the first (the checker's kinds, story.line_checks.line_kind)
_ONCE_BY_SPEAKER = frozenset({"thanks", "welcome", "greeting", "who_are_you"})  # a parting may take two goodbyes
_ANSWERS = {"thanks": "welcome", "farewell": "farewell", "greeting": "greeting", "who_are_you": ""}


def _first_sentence(key: str) -> str:
    """The first sentence of a line's key where the line has more than one and it says something (three words
    or more: "Ich habe gewonnen"), else ""."""
    import re

    from autark.story.exchanges import _said_key

    parts = [p for p in re.split(r"[.!?…]+", key) if p.strip()]
    return _said_key(parts[0]) if len(parts) > 1 and len(parts[0].split()) >= 3 else ""


def drop_echoes(plans: list[ShotPlan], names: list[str]) -> None:
    """Leave out the lines that repeat an earlier one of the film: the same words inside a longer line ("I will
    catch you!" - "Next time I will catch you!"), or a thanks, welcome, goodbye or greeting its speaker said
    before; and the answer that followed the line left out, where it answers it ("You are welcome."). The cast's
    ``names`` are no part of a line's words ("Here, Tom: the bread." and "Here, Max: the bread." are one line)."""
    import re

    from autark.story.exchanges import _said_key
    from autark.story.line_checks import line_kind

    keys: list[str] = []
    firsts: set[str] = set()
    acts: set[tuple[str, str]] = set()
    named = re.compile(rf"\b({'|'.join(re.escape(n) for n in names if n)})\b") if any(names) else None
    for p in plans:
        dropped_kind = ""
        for field in ("dialogue", "spare"):
            kept: list[tuple[str, str]] = []
            starts, lost_before = [], False  # a spare line kept after one left out begins an exchange of its own
            for j, (who, text) in enumerate(getattr(p, field)):
                key, kind = _said_key(named.sub(" ", text) if named else text), line_kind(text)
                if dropped_kind and kind == _ANSWERS.get(dropped_kind, "-"):
                    dropped_kind, lost_before = "", True
                    continue  # the answer to a line left out
                first = _first_sentence(text)  # "Ich habe gewonnen! Wirklich!" after "Ich habe gewonnen! Hast du ..."
                echo = first in firsts or any(key == k or len(key.split()) >= 3 and len(k.split()) >= 3 and (
                    k.endswith(f" {key}") or key.endswith(f" {k}")) for k in keys)
                asks_known = kind == "who_are_you" and (who, "greeting") in acts  # "Hello! I am Tom." - "Who are you?"
                if echo or asks_known or kind in _ONCE_BY_SPEAKER and (who, kind) in acts:
                    dropped_kind, lost_before = kind, True
                    continue
                if field == "spare" and (j in p.spare_starts or lost_before):
                    starts.append(len(kept))
                dropped_kind, lost_before = "", False
                keys.append(key)
                if first:
                    firsts.add(first)
                acts.add((who, kind))
                kept.append((who, text))
            setattr(p, field, kept)
            if field == "spare":
                p.spare_starts = starts
