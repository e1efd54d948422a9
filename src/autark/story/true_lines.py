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
from typing import TYPE_CHECKING

from autark.story.outcome_lines import Film, line_fault, narration_fault
from autark.story.outcome_model import read_model

if TYPE_CHECKING:
    from autark.story.events import Event
    from autark.story.shot_plans import ShotPlan, _Speech

__all__ = ["keep_true", "film_of", "addressee"]

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
    others = [n for n in there if n != who]
    return prev or nxt or (others[0] if len(others) == 1 else "*" if others else "")


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


def _true_narration(plans: list[ShotPlan], film: Film, sp: _Speech, events: list[Event]) -> None:
    """Each narrated sentence whose subject is another than the idea's told with the idea's subject, or not."""
    from autark.story.narration_check import narration_faults, sentences

    told = {s for p in plans for s in sentences(p.narration)}
    for k, p in enumerate(plans):
        kept = []
        for s in sentences(p.narration):
            kind, i = narration_fault(film, k, s)
            if not kind:
                kept.append(s)
                continue
            for said in _retold(events[i], film.model.clauses.get(i, ""), sp):
                if said not in told and not narration_faults(said, sp.lang) and not narration_fault(film, k, said)[0]:
                    kept.append(said)
                    told.add(said)
                    break
        p.narration = " ".join(kept)


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


def _own_line(sayer: _Sayer, k: int, p: ShotPlan, who: str) -> Callable[[str, str], bool]:
    """The test of a line of the shot's event said in place of ``who``'s line that names nothing of the idea:
    said by ``who``, naming the idea, of a kind not said in the shot yet (no second thanks), and fitting."""
    from autark.story.line_checks import line_kind

    kinds = {line_kind(t) for _w, t in p.dialogue + p.spare} - {"statement", "question", "wh_question"}
    return lambda me, line: me == who and sayer.names_idea(line) and line_kind(line) not in kinds and sayer.fits(
        k, me, line)


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
    for k, p in enumerate(plans):
        there = _present(p, sp)
        for lines in (p.dialogue, p.spare):
            j = 0
            while j < len(lines):
                who, text = lines[j]
                to = addressee(lines, j, there, sp)
                fault, _why = line_fault(film, k, who, text, to)
                generic = not fault and len(text.split()) >= _MIN_WORDS and not sayer.names_idea(text)
                if not fault and not generic:
                    j += 1
                    continue
                accept = _own_line(sayer, k, p, who) if generic else partial(sayer.fits, k)
                instead = _instead(k, plans, sp, events, story, rng, sayer.said, accept)
                if instead is not None or generic:
                    if instead is not None:
                        sayer.add(instead[1])
                        lines[j] = instead
                        changed += 1
                    j += 1
                    continue
                changed += 1
                plain = _plain_instead(sayer, k, who, fault, to)
                if plain:
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
    from autark.story.outcome_model import DONE

    if fault == "accuses" and who in sayer.film.model.helpers:
        return ""  # the helper's own thanks would be nonsense
    de = sayer.sp.lang == "de"
    options: list[str] = []
    things = [e.patient for e in sayer.film.model.events if e.status != DONE and e.patient
              and e.patient not in sayer.film.names]
    if things and fault in INSTEAD_OF_THING:
        slots = sayer.sp.thing(things[0]).slots()
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
