"""The film's lines and narration kept true to the idea's outcome, as the last pass of a film's words
(``story.narrator.whole_narration`` calls it, after every line is placed).

The idea is read once into ``story.outcome_model``; each line and each narrated sentence is checked against it
where it is said (``story.outcome_lines``). A line that claims success after a failure or a ruin, accuses a
helper, says a meal's words of a potion, talks to a sleeper or says "again" before a try is said instead as a
line of the shot's own event that passes the same checks (``story.founded_lines._instead``), or left out with
the answer to it. A narrated sentence whose subject is another than the idea's is told in the idea's own
clause, or not at all. A line that names nothing of the idea ("Keep at it.", "Wo kommt das denn her?", the
filler a corpus hears in film after film) is said as a line of the shot's event that names its things, where
one is there.
"""

from __future__ import annotations

import random
import re
from collections.abc import Callable
from functools import partial
from typing import TYPE_CHECKING, cast

from autark.story.outcome_lines import Film, line_fault, narration_fault
from autark.story.outcome_model import FAILED, RUINED, SPOILED, read_model, turn_shot

if TYPE_CHECKING:
    from autark.story.events import Event
    from autark.story.shot_plans import ShotPlan, _Speech

__all__ = ["keep_true", "film_of", "addressee"]

_MOST_TOLD_WORDS = 9  # the words of an idea's clause, at most, told in a stand-in's place (longer: cut short)
_MIN_WORDS = 3  # a shorter line is an answer or a cry ("Na klar!"): never filler to replace


def film_of(plans: list[ShotPlan], sp: _Speech, events: list[Event]) -> Film:
    """The story the checks read: the model of the idea, the plans' events, each event's doers."""
    from autark.story.sleepers import sleepers

    concept = sp.concept
    model = read_model(concept.idea, concept.language, events, sleepers(concept))
    return Film(model, [list(p.events) for p in plans], [list(e.agents) for e in events], [e.word for e in events],
                [c.name for c in sp.cast])


def addressee(lines: list[tuple[str, str]], j: int, there: list[str], sp: _Speech) -> str:
    """Whom line ``j`` of a shot's ``lines`` is said to: the one it calls, else the one it answers or who answers
    it, else the only other one there ("*" for several, "" for nobody)."""
    from autark.story.line_checks import _called

    who, text = lines[j]
    refs = {n: n for n in (c.name for c in sp.cast)}
    refs |= {sp.address(n): n for n in list(refs) if sp.address(n)}
    called = [refs[r] for r in _called(text, list(refs)) if refs[r] != who]
    if called:
        return called[0]
    prev = next((w for w, _t in reversed(lines[:j]) if w != who), "")
    nxt = next((w for w, _t in lines[j + 1:] if w != who), "")
    others = [n for n in there if n != who] or [c.name for c in sp.cast if c.name != who and c.name in sp.voiced]
    return prev or nxt or (others[0] if len(others) == 1 else "*" if others else "")  # (else the one other of the cast)


def _idea_stems(sp: _Speech, events: list[Event]) -> set[str]:
    from autark.story.line_audit import _content

    stems = {w[:4] for w in _content(sp.concept.idea)}
    return stems | {w[:4] for e in events for w in re.findall(r"[a-z]+", e.patient) if len(w) > 3}


_PRONOUN_SUBJECT = re.compile(r"^\W*(?:\w+\W+)?(it|they|he|she|sie|es|er)\b", re.IGNORECASE)


def _retold(ev: Event, clause: str, sp: _Speech) -> list[str]:
    """The sentences that may tell ``ev`` with its own subject: the thing itself where it comes apart on its
    own ("Die Sandburg stürzt ein."), the idea's clause where it opens with no pronoun ("Plötzlich stürzt sie
    ein." after "Am Strand sind drei Kinder." is the children)."""
    from autark.story.outcome_lines import SELF_RUIN
    from autark.story.spine_words import _told

    out = []
    if ev.verb in SELF_RUIN and ev.patient and ev.patient_is_thing:
        out.append(_told(ev.model_copy(update={"agents": [], "thing_does_it": True, "subject": ""}), sp, []))
    if clause and not _PRONOUN_SUBJECT.match(clause):
        out.append(clause)
    return [s for s in out if s]


def _stand_in(s: str, k: int, film: Film, events: list[Event]) -> int:
    """The index of the shot's event that ``s`` tells in its stand-in act's verb, not the idea's ("Der Wärter
    serviert den Pinguin." for "bringt ihn nach Hause"), with its doer named; -1 where none."""
    words = [w.lower() for w in re.findall(r"[\wÄÖÜäöüß]+", s)]
    for i in film.staged[k] if k < len(film.staged) else ():
        ev = events[i] if i < len(events) else None
        if ev is None or ev.kind == ev.verb or len(ev.word) < 3 or not ev.agents or i not in film.model.clauses:
            continue
        clause = {w.lower() for w in re.findall(r"[\wÄÖÜäöüß]+", film.model.clauses[i]) if len(w) > 3}
        own = [w for w in words if len(w) > 3]
        patient = {w.lower() for w in re.findall(r"[a-zA-ZÄÖÜäöüß]+", ev.patient) if len(w) > 2}
        if any(a.lower() in words for a in ev.agents) and patient & set(words) and \
                not any(w[:4] == ev.word.lower()[:4] for w in words) \
                and sum(w in clause for w in own) * 2 < len(own) and len(clause) <= _MOST_TOLD_WORDS:
            return i  # (a sentence mostly of the clause's words is the clause cut short, as the narrator may)
    return -1


def _named_subject(clause: str, thing: str, sp: _Speech) -> str:
    """``clause`` with a pronoun for ``thing`` as its subject said as the thing ("Aber sie ist viel zu salzig." ->
    "Aber die Suppe ist viel zu salzig.", "But it jumps back" -> "But the pike jumps back"); as it is otherwise."""
    m = _PRONOUN_SUBJECT.match(clause)
    if m is None or not thing or m.group(1).lower() in ("they", "he", "she", "er"):
        return clause
    noun = sp.said(thing).nom
    said = f"{clause[:m.start(1)]}{noun}{clause[m.end(1):]}"
    return f"{said[:1].upper()}{said[1:]}"


def _told_in(told: set[str], ev: Event) -> bool:
    """Is ``ev`` told in one of the sentences ``told`` (its own word in one)?"""
    stem = ev.word.lower()[:4]
    return len(stem) >= 3 and any(w.lower()[:4] == stem for s in told for w in re.findall(r"[\wÄÖÜäöüß]+", s))


def _true_narration(plans: list[ShotPlan], film: Film, sp: _Speech, events: list[Event]) -> None:
    """Each narrated sentence whose subject is another than the idea's told with the idea's subject, or not;
    one told in a stand-in's verb told in the idea's clause where that is whole and not told yet; the idea's
    "but" that no event carries told where the spoilt deed's turn comes (``OutcomeModel.spoiler``)."""
    from autark.story.narration_check import narration_faults, sentences

    told = {s for p in plans for s in sentences(p.narration)}
    for k, p in enumerate(plans):
        kept = []
        for s in sentences(p.narration):
            kind, i = narration_fault(film, k, s)
            stand_in = -1 if kind else _stand_in(s, k, film, events)
            clause = film.model.clauses.get(stand_in, "")
            if stand_in >= 0 and clause not in told and not _PRONOUN_SUBJECT.match(clause) and \
                    not narration_faults(clause, sp.lang):
                kept.append(clause)
                told.add(clause)
                continue
            if not kind:
                kept.append(s)
                continue
            for said in _retold(events[i], film.model.clauses.get(i, ""), sp):
                if said not in told and not narration_faults(said, sp.lang) and not narration_fault(film, k, said)[0]:
                    kept.append(said)
                    told.add(said)
                    break
        p.narration = " ".join(kept)
    # the turn that ended a deed, where nothing tells it: the idea's clause for it ("But the roof collapses in the
    # first storm.", "Aber sie ist viel zu salzig.") told over its shot, or the next, where they have no narration
    for e in film.model.ended():
        clause = film.model.spoiler if e.status == SPOILED else film.model.clauses.get(e.ended_by, "")
        clause = _named_subject(clause, e.patient if e.patient not in film.names else "", sp)
        if e.status == FAILED or not clause or clause in told or _PRONOUN_SUBJECT.match(clause) or \
                narration_faults(clause, sp.lang) or e.ended_by < len(events) and _told_in(told, events[e.ended_by]):
            continue
        at = turn_shot(film.staged, e)
        last = len(plans) if e.status == SPOILED else min(at + 2, len(plans))  # a spoilt deed's "but" ends its story
        free = next((q for q in range(at, last) if not plans[q].narration), -1)
        if free >= 0:
            plans[free].narration = clause
            told.add(clause)


class _Remembering:
    """``sp`` whose ``said`` (a thing's noun phrase as the lines say it, whose German gender takes a while) is
    worked out once a thing for this pass; everything else is ``sp``'s own."""

    def __init__(self, sp: _Speech) -> None:
        self._sp = sp
        self._said: dict[str, object] = {}

    def __getattr__(self, name: str) -> object:
        return getattr(self._sp, name)

    def said(self, typ: str) -> object:
        if typ not in self._said:
            self._said[typ] = self._sp.said(typ)
        return self._said[typ]


class _Sayer:
    """What a film says so far, and the checks a line said instead must pass (not twice, true to the outcome)."""

    def __init__(self, plans: list[ShotPlan], sp: _Speech, events: list[Event], film: Film) -> None:
        from autark.story.exchanges import _said_key
        from autark.story.line_checks import _key

        self.film, self.sp = film, sp
        self.said = {_said_key(t) for p in plans for _w, t in p.dialogue + p.spare}
        self.calls = [r for c in sp.cast for r in (c.name, sp.address(c.name)) if r]
        self.heard = {_key(t, self.calls) for p in plans for _w, t in p.dialogue + p.spare}  # names aside
        self.stems = _idea_stems(sp, events)
        self.refs: list[set[str]] = []
        self.here(plans)

    def fits(self, k: int, me: str, line: str) -> bool:
        """May ``me`` say ``line`` in shot ``k``: true to the outcome, not heard already, and speaking of nobody
        in the shot as if they were away ("Ich habe die Katze gerettet." with the cat in her arms)?"""
        from autark.story.line_checks import _key, names_as_absent

        return not line_fault(self.film, k, me, line, "*")[0] and not _echo(_key(line, self.calls), self.heard) \
            and not any(names_as_absent(line, r) for r in self.refs[k] if r)

    def here(self, plans: list[ShotPlan]) -> None:
        """Each shot's words for the cast in it (named in its acts): their names, calls and references."""
        sp = self.sp
        self.refs = []
        for p in plans:
            words = set(re.findall(r"[\wÄÖÜäöüß]+", " ".join(p.actions)))
            there = [c.name for c in sp.cast if c.name in words]
            self.refs.append({r for n in there for r in (n, sp.address(n), sp.person_ref(n, "nom"),
                                                          sp.person_ref(n, "acc"))})

    def names_idea(self, line: str) -> bool:
        from autark.story.line_audit import _names_idea

        return _names_idea(line, self.stems)

    def add(self, line: str) -> None:
        from autark.story.exchanges import _said_key
        from autark.story.line_checks import _key

        self.said.add(_said_key(line))
        self.heard.add(_key(line, self.calls))


def _own_line(sayer: _Sayer, k: int, p: ShotPlan, who: str, text: str) -> Callable[[str, str], bool]:
    """The test of a line of the shot's event said in place of ``who``'s ``text`` that names nothing of the idea:
    said by ``who``, naming the idea, of a kind not said in the shot yet (no second thanks), no longer than a word
    more (a longer one pushes the shot's next line out of its time), and fitting."""
    from autark.story.line_checks import line_kind

    kinds = {line_kind(t) for _w, t in p.dialogue + p.spare} - {"statement", "question", "wh_question"}
    most = len(text.split()) + 1
    return lambda me, line: me == who and len(line.split()) <= most and sayer.names_idea(line) and line_kind(
        line) not in kinds and sayer.fits(k, me, line)


def keep_true(plans: list[ShotPlan], sp: _Speech, events: list[Event]) -> int:
    """Every line and narrated sentence of ``plans`` made true to the idea's outcome (see the module doc);
    returns how many lines were said otherwise or left out."""
    from autark.story.exchanges import _present
    from autark.story.founded_lines import _answers, _instead, story_of_plans

    if not events:
        return 0
    film = film_of(plans, sp, events)
    _true_narration(plans, film, sp, events)
    story = story_of_plans(plans, sp.concept.idea, [c.name for c in sp.cast])
    sayer = _Sayer(plans, sp, events, film)
    rng = random.Random(f"{sp.concept.idea} true")
    changed = 0
    plain_at: set[int] = set()
    drawn: dict[int, list[tuple[str, str, str]]] = {}  # each shot's candidate lines, drawn once
    remembering = cast("_Speech", _Remembering(sp))
    mute = {c.name for c in sp.cast} - sp.voiced
    for k, p in enumerate(plans):
        there = _present(p, sp)
        mute_here = mute & set(re.findall(r"[\wÄÖÜäöüß]+", " ".join(p.actions)))  # the cat the shot's acts name
        for lines in (p.dialogue, p.spare):
            j = 0
            while j < len(lines):
                who, text = lines[j]
                to = addressee(lines, j, there, sp)
                fault, _why = line_fault(film, k, who, text, to)
                # a line to one who cannot answer ("Shoo! Off with you!" to the cat that stole the fish) is
                # said to them, not filler: said instead it named the fish and echoed the demand of two shots before
                generic = not fault and len(text.split()) >= _MIN_WORDS and not sayer.names_idea(text) and not (
                    to in mute or not to and mute_here)
                if not fault and not generic:
                    j += 1
                    continue
                accept = _own_line(sayer, k, p, who, text) if generic else partial(sayer.fits, k)
                instead = _instead(k, plans, remembering, events, story, rng, sayer.said, accept, drawn)
                if instead is not None or generic:
                    if instead is not None:
                        sayer.add(instead[1])
                        lines[j] = instead
                        changed += 1
                    j += 1
                    continue
                changed += 1
                plain = _plain_instead(sayer, k, who, fault, to) if k not in plain_at else ""
                if plain:
                    plain_at.add(k)  # one such line a shot
                    sayer.add(plain)
                    lines[j] = (who, plain)
                    j += 1
                    continue
                drop = 2 if j + 1 < len(lines) and lines[j + 1][0] != who and _answers(text, lines[j + 1][1]) else 1
                del lines[j:j + drop]
                if lines is p.spare:
                    p.spare_starts = _starts_after_cut(p.spare_starts, j, drop, len(p.spare))
    return changed


def _plain_instead(sayer: _Sayer, k: int, who: str, fault: str, to: str) -> str:
    """The outcome's own short line for ``fault`` (``story.outcome_instead_lines``) that ``who`` may say to ``to``
    in shot ``k``, on the thing the ended deed was about where there is one; or "" (the line is left out)."""
    from autark.story.outcome_instead_lines import INSTEAD, INSTEAD_OF_THING
    if fault == "accuses" and who in sayer.film.model.helpers:
        return ""  # the helper's own thanks would be nonsense
    if fault == "sleeper" and who in sayer.film.model.sleepers:
        fault = "snore"  # one asleep talks in their sleep
    de = sayer.sp.lang == "de"
    options: list[str] = []
    model = sayer.film.model
    things = [e.patient for e in model.events if e.status in (RUINED, SPOILED) and e.index in model.made
              and e.patient and e.patient not in sayer.film.names]  # a thing made and ruined: "Oh no, the raft!"
    if things and fault in INSTEAD_OF_THING:
        slots = sayer.sp.said(things[0]).slots()
        options += [t.format(**slots) for t in INSTEAD_OF_THING[fault][de]]
    other = sayer.sp.address(to) if to not in ("", "*") else ""
    options += [t.format(other=other) for t in INSTEAD.get(fault, ((), ()))[de] if other or "{other}" not in t]
    return next((t[:1].upper() + t[1:] for t in options if sayer.fits(k, who, t[:1].upper() + t[1:])), "")


def _echo(key: str, heard: set[str]) -> bool:
    """Is ``key`` a line heard already, or one inside a longer line heard ("Jetzt ist die Suppe dran." after
    "Jetzt ist die Suppe dran. Bereit, Max?")?"""
    return key in heard or any(h.startswith(f"{key} ") or key.startswith(f"{h} ") or h.endswith(f" {key}")
                               for h in heard if len(h.split()) >= 2)


def _starts_after_cut(starts: list[int], at: int, n: int, length: int) -> list[int]:
    """The exchanges' starts of a spare list after ``n`` lines were cut out at ``at`` (``length``: left)."""
    moved = {s if s <= at else at if s < at + n else s - n for s in starts}
    return sorted(s for s in moved if s < length) or ([0] if length else [])
