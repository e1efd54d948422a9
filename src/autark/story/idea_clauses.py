"""The idea's own words for each of its events, for the narrator to say.

Where autark can only stage an event generically (a verb no table knows: "melkt", "sharpens", "bügelt"), or
where how it ends matters ("but never finds the book"), the viewer hears the idea's clause: its subject, verb
and object as the idea wrote them, so a German verb-second or verb-final order stays as it was ("Der Koch schält
Kartoffeln in der Küche"). The clause runs from the punctuation, turn word or "and" before the verb to the
next; a clause without its subject ("... and sings") gets the doer's name in front.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from autark.story.clause_order import main_clause_de
from autark.story.subordinate_clauses import RELATIONS, opener_at, relative_at
from autark.story.subordinate_told import clause_openers, subordinate_told

if TYPE_CHECKING:
    from autark.story.events import Event, Token

__all__ = ["with_clauses", "clause_sentence", "clause_around"]

_JOINS = {"and", "und", "then", "dann", "or", "oder", "while", "waehrend", "as", "als"}
_KEEP_TURNS = {"but", "aber", "doch", "suddenly", "ploetzlich", "finally", "endlich"}
# German conjunctions after which the verb comes last: such a clause is told with the one it hangs on
_SUBORDINATE = {"waehrend", "als", "bis", "weil", "wenn", "nachdem", "bevor", "obwohl", "sobald", "damit", "dass"}
# words that start a clause with no subject of its own, hanging on the one before ("ohne ... zu nehmen")
_HANGING = {"ohne", "um", "statt", "anstatt", "without", "instead"}
_PRONOUNS_DE = {"er", "sie", "es", "wir", "ich", "man"}


def _adverb_inside(tokens: list[Token], k: int, verbs_at: set[int]) -> bool:
    """Is the turn word at k an adverb inside a clause another turn opened ("bis eine Prinzessin ihm
    *schließlich* einen Trank gibt", "until a dragon *finally* eats it"), with no verb and no punctuation
    between them?"""
    if tokens[k].turn not in ("finally", "suddenly", "then"):
        return False
    for j in range(k - 1, -1, -1):
        if j in verbs_at or tokens[j + 1].brk:
            return False
        if tokens[j].turn and tokens[j].turn not in ("finally", "suddenly", "then"):
            return True  # (a comma before the turn word itself is where its clause begins)
        if tokens[j].brk:
            return False
    return False


def _joins_subjects(tokens: list[Token], j: int, verbs_at: set[int]) -> bool:
    """Is the join at ``j`` one between two doers of one verb ("A cat and a dog chase a ball", "Frühling und
    Herbst streiten"): no verb before it back to where its clause opens? (Its clause had been told as "A dog chase
    a ball.")"""
    for i in range(j - 1, -1, -1):
        if i in verbs_at or tokens[i].verb is not None:
            return False
        if tokens[i].brk or tokens[i].turn or i == 0:
            return bool(tokens[j - 1].characters) and bool(tokens[j + 1:j + 3]) and any(
                t.characters for t in tokens[j + 1:j + 4])
    return False


def _bounds(tokens: list[Token], at: int, verbs_at: set[int], opens: frozenset[int] = frozenset()) -> tuple[int, int]:
    """The clause of the verb at ``at``: back to the punctuation, turn word, join or subordinating word (``opens``:
    "before", "who") before it; on to the punctuation, or to a turn word, join or subordinating word that another
    verb follows ("findet ihn aber nicht" stays whole)."""
    start = at
    while start > 0 and not tokens[start].brk and start not in opens and (not tokens[start - 1].turn or _adverb_inside(
            tokens, start - 1, verbs_at)) and (tokens[start - 1].folded not in _JOINS or _joins_subjects(
                tokens, start - 1, verbs_at)):
        start -= 1
    end = at + 1
    while end < len(tokens) and not tokens[end].brk:
        if tokens[end].turn or tokens[end].folded in _JOINS or end in opens:
            stop = next((j for j in range(end + 1, len(tokens)) if tokens[j].brk), len(tokens))
            if any(end < v < stop for v in verbs_at):
                break
        end += 1
    if start > 0 and tokens[start - 1].turn and tokens[start - 1].folded in _KEEP_TURNS:
        start -= 1  # "but never finds it": the turn is part of what is said
    return start, end


def clause_sentence(text: str, spans: list[tuple[int, int]], start: int, end: int, lead: str = "") -> str:
    """The idea's words from word ``start`` to ``end`` (exclusive) as a sentence; ``lead`` goes in front."""
    said = text[spans[start][0]:spans[end - 1][1]].strip()
    said = re.sub(r"\s+", " ", said).rstrip(",;:-")
    if lead:
        said = f"{lead} {said}"
    if not said:
        return ""
    return said[:1].upper() + said[1:] + ("" if said[-1] in ".!?" else ".")


def with_clauses(events: list[Event], tokens: list[Token], text: str, spans: list[tuple[int, int]],
                 names: dict[str, str]) -> list[Event]:
    """``events`` with ``told`` set to the idea's clause for each; ``names`` (character name -> how the
    narrator calls them) gives a clause without its subject the doer in front ("Grandma sings")."""
    verbs_at = {e.at for e in events if e.at >= 0}
    german = _german(tokens)
    opens = clause_openers(tokens)
    subjects: dict[tuple[str, ...], str] = {}  # agents -> the words the idea named them with
    told_before: list[str] = []
    last_subject = ""  # the words of the last subject the idea named, for a clause that leaves it out
    for ev in sorted(events, key=lambda e: e.at):
        if ev.at < 0 or ev.at >= len(tokens):
            continue
        start, end = _bounds(tokens, ev.at, verbs_at, opens)
        own = subordinate_told(tokens, text, spans, start, end, ev, german)
        if own:  # "weil er den Kuchen gestohlen hat": "Der Koch hat den Kuchen gestohlen."
            ev.told = own
            told_before.append(own)
            head = start + opener_at(tokens, start)[1]
            if relative_at(tokens, start)[0] == -2 and head < ev.at and ev.agents and tuple(ev.agents) not in subjects \
                    and tokens[head].folded not in _PRONOUNS_DE | {"he", "she", "they", "it"}:  # ("weil er ...")
                subjects[tuple(ev.agents)] = last_subject = _subject_said(text, spans, tokens, head, ev.at, german)
            continue
        if german and start and tokens[start - 1].folded == "dann" and not tokens[start].characters:
            start -= 1  # "Dann entkorkt der Kellner den Wein": the verb stays second
        head = start + (1 if tokens[start].turn else 0)
        after = tokens[ev.at + 1].folded if ev.at + 1 < len(tokens) else ""
        if head == ev.at and german and after in _PRONOUNS_DE and start and tokens[start - 1].folded in (
                "dann", "und"):  # "dann schläft sie ein": the subject stands after the verb; "dann" keeps it so
            ev.told = clause_sentence(text, spans, start - 1 if tokens[start - 1].folded == "dann" else start, end)
        elif german and head == ev.at and not (start and tokens[start - 1].folded in ("und", "oder")) and any(
                tokens[j].characters or tokens[j].text[:1].isupper() for j in range(ev.at + 1, min(end, ev.at + 4))):
            ev.told = clause_sentence(text, spans, start, end)  # "Dann entkorkt der Kellner ...": it is there
        elif _no_subject(tokens, head, ev.at) and (ev.agents or last_subject) and not (
                german and after in _PRONOUNS_DE) and not ev.thing_does_it:
            # "... and sings", "..., but never catches it": who does it, in front, as the idea named them before
            who = subjects.get(tuple(ev.agents)) or (" und " if german else " and ").join(
                names.get(a, a) for a in ev.agents[:2]) if ev.agents else last_subject
            turn = text[spans[start][0]:spans[start][1]] + " " if head != start else ""
            ev.told = clause_sentence(text, spans, head, end, turn + who)
            if german and not turn and end - 1 == ev.at:  # verb last: "... bis ein Hund ihn findet und
                # zurückbringt" is told "Der Hund bringt zurück"; "und singt dabei" is in order already
                ev.told = main_clause_de(ev.told.rstrip(".!?").split()) + "."
        else:
            ev.told = clause_sentence(text, spans, start, end)
        joiner = tokens[start - 1].folded if start else ""
        if german and joiner in _SUBORDINATE and told_before and RELATIONS.get(joiner, "while") == "while":  # verb last
            ev.told = clause_sentence(text, spans, start - 1, end, told_before[-1].rstrip(".") + ",")
        elif tokens[start].folded in _HANGING and told_before:  # "flieht, ohne das Geld zu nehmen"
            ev.told = clause_sentence(text, spans, start, end, told_before[-1].rstrip(".") + ",")
        told_before.append(ev.told)
        if head < ev.at and ev.agents and tuple(ev.agents) not in subjects:
            subjects[tuple(ev.agents)] = last_subject = _subject_said(text, spans, tokens, head, ev.at, german)
    return events


def _subject_said(text: str, spans: list[tuple[int, int]], tokens: list[Token], head: int, at: int,
                  german: bool) -> str:
    """The subject only, up to its noun, as a later clause names it: a verb-last clause has its object and place
    before the verb too ("bis ein kleiner Hund sie unter einem Busch findet": "der kleine Hund")."""
    noun_at = next((j for j in range(head, at) if tokens[j].characters), at - 1)
    said = text[spans[head][0]:spans[noun_at][1]].split()
    if said and said[0].lower() in _DEFINITE:
        said[0] = _DEFINITE[said[0].lower()]
        if german and said[0] == "der" and len(said) > 1 and said[-1] in _NEUTER:
            said[0] = "das"
        if german and said[0] in ("der", "das"):  # "ein kleiner Hund" -> "der kleine Hund"
            said[1:-1] = [w[:-1] if w[:1].islower() and w.endswith(("er", "es")) else w for w in said[1:-1]]
    return " ".join(said)


# "a grandmother waters the roses and sings": the second clause says "the grandmother sings"
_DEFINITE = {"a": "the", "an": "the", "ein": "der", "eine": "die", "zwei": "die zwei", "two": "the two"}
_NEUTER = {"Kind", "Mädchen", "Pferd", "Schaf", "Schwein", "Kaninchen", "Huhn", "Einhorn", "Krokodil", "Känguru",
           "Eichhörnchen", "Nilpferd", "Zebra", "Lamm", "Kamel", "Baby", "Gespenst", "Monster", "Reh", "Kalb"}


_NAMING = {"i", "you", "he", "she", "it", "we", "they", "ich", "du", "er", "sie", "es", "wir", "ihr", "man",
           "the", "a", "an", "der", "die", "das", "ein", "eine", "someone", "nobody", "jemand", "niemand", "keiner",
           "no", "kein", "keine", "everyone", "alle", "nothing", "nichts"}


def _no_subject(tokens: list[Token], head: int, at: int) -> bool:
    """Whether the words from the clause's head to its verb name nobody ("and sings", "but never catches it")."""
    return not any(tokens[j].characters or tokens[j].thing or tokens[j].folded in _NAMING or tokens[j].text[:1].isupper()
                   and j > 0 for j in range(head, at))


def _german(tokens: list[Token]) -> bool:
    return any(t.folded in ("der", "die", "das", "ein", "eine", "und", "den", "dem") for t in tokens)


def clause_around(text: str, spans: list[tuple[int, int]], tokens: list[Token], k: int) -> str:
    """The idea's clause (between punctuation) around word ``k`` as a sentence: "But no one answers."."""
    start = k
    while start > 0 and not tokens[start].brk:
        start -= 1
    end = k + 1
    while end < len(tokens) and not tokens[end].brk:
        end += 1
    return clause_sentence(text, spans, start, end)
