"""A spell undone: "breaks the spell", "lifts the curse", "hebt den Zauber wieder auf", "bricht den Fluch",
"erlöst den Frosch" after a transformation ("turns the prince into a frog") is that transformation made back:
the frog becomes the prince again, by the one who undoes it. Read as words it had been a break (the breaker
put something down and cried) or a spell of its own (a glow on the breaker), and the frog stayed a frog.

``story.event_readings`` calls it on the idea's events; the event it makes is an ordinary transform, whose
effect (``story.becoming``) swaps the two back (``jobs.effects.transform_ops`` keeps the first swap's keys).
"""

from __future__ import annotations

from typing import Any

from autark.assets.templates import fold

# In annotations only (story.events calls this module while it reads an idea; see story.event_readings)
Event = Token = Any

__all__ = ["undone_spells", "SPELL_WORDS"]

# the spell itself, folded
SPELL_WORDS = frozenset({"spell", "spells", "curse", "curses", "enchantment", "hex", "charm", "zauber", "zaubers",
                         "fluch", "fluches", "bann", "banns", "bannfluch", "verwuenschung", "verzauberung"})
# words of undoing, folded beginnings ("breaks", "lifted", "hebt ... auf", "bricht", "löst", "beendet")
_UNDO = ("break", "broke", "lift", "undo", "undid", "end", "remov", "heb", "hob", "aufheb", "aufgehoben", "brich",
         "brach", "gebroch", "loes", "beend", "nimmt", "nahm")
# undoing named by its verb alone: "erlöst den Frosch", "frees him from the spell" (with the spell word)
_RELEASE = ("erloes",)
# words that cast a spell rather than undo one ("casts a spell", "belegt ihn mit einem Fluch")
_CAST = ("cast", "put", "belegt", "beleg", "verhext", "verzauber", "verfluch")


def _clause(tokens: list[Token], at: int, stop: int) -> list[Token]:
    """The words from ``at`` to the clause's end (punctuation, or ``stop``, the next event's verb)."""
    out = [tokens[at]]
    for j in range(at + 1, min(len(tokens), stop)):
        if tokens[j].brk:
            break
        out.append(tokens[j])
    return out


def _lead(tokens: list[Token], at: int, after: int) -> list[Token]:
    """The clause's words up to ``at`` (its verb, or a noun read as one: "hebt den *Zauber* auf"), at most three
    back, none at or before ``after`` (the event before) or across punctuation."""
    start = at
    while start - 1 > max(after, at - 4) and not tokens[start].brk:
        start -= 1
    return tokens[start:at + 1]


def undone_spells(events: list[Event], tokens: list[Token]) -> list[Event]:
    """The events with each undoing of a spell after a transformation read as that transformation made back."""
    out: list[Event] = []
    consumed: set[int] = set()  # "hebt den *Zauber* auf": the spell's noun read as a verb of its own
    for i, ev in enumerate(events):
        if i in consumed:
            continue
        made = next((e for e in reversed(out) if e.verb == "transform" and e.result and e.patient
                     and e.at < ev.at), None)
        if made is None or ev.verb == "transform" or not 0 <= ev.at < len(tokens):
            out.append(ev)
            continue
        nxt = next((e.at for e in events[i + 1:] if e.at > ev.at and fold(e.word).lower() not in SPELL_WORDS),
                   len(tokens))
        words = [fold(t.text).lower() for t in _lead(tokens, ev.at, out[-1].at if out else -1)]
        words += [fold(t.text).lower() for t in _clause(tokens, ev.at, nxt)][1:]
        spell = any(w in SPELL_WORDS for w in words) and not any(w.startswith(_CAST) for w in words)
        undo = spell and any(w.startswith(_UNDO) for w in words) or any(w.startswith(_RELEASE) for w in words)
        if not undo:
            out.append(ev)
            continue
        consumed.update(j for j, e in enumerate(events) if j > i and ev.at < e.at < nxt)
        # the frog is made back into the prince, by whoever undoes the spell (a kiss, a song: their act)
        out.append(ev.model_copy(update={
            "verb": "transform", "kind": "magic", "patient": made.result, "patient_is_thing": made.result_is_thing,
            "result": made.patient, "result_is_thing": made.patient_is_thing, "tone": "happy", "then": "",
            "reaction": "", "line": made.line, "recipient": "", "instrument": ""}))
    return out
