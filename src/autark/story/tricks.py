"""A lie or a trick seen as one: the trickster talks the other round, the other believes it (nods), what the
trick was for changes hands (the cheese comes to the fox), and the truth comes out (the one tricked sees
through it: points at the trickster and shakes their head), after what the idea tells next in a turn.

"A fox tricks a crow into dropping its cheese", "lies to his teacher about his homework", "Der Wolf belügt die
Ziege, bis sie die Wahrheit merkt", "Ein Fuchs luchst dem Raben den Käse ab", "cheats a knight at cards",
"Die Hexe täuscht den Prinzen, aber der Prinz durchschaut sie", "legt den Bauern herein", "fools them". The
verb table reads these as a laugh, a talk or nothing; ``trick_events`` rewrites the trick's event (and the
drop or take the trick was for) as those acts.
"""

from __future__ import annotations

from typing import Any

from autark.assets.templates import fold

# In annotations only (story.events calls the readings while it reads an idea): Event, Token, concepts
Event = Token = CharacterConcept = Any

__all__ = ["trick_events", "is_trick_word"]

# folded beginnings of the verbs of a lie or a trick ("lies" only with "to"/"about": one lies down too)
_TRICK_STEMS = ("trick", "fool", "deceiv", "cheat", "dupe", "hoodwink", "outwit", "outsmart", "swindl", "bluff",
                "con", "scam", "kid", "prank", "belueg", "belog", "luegt", "luegen", "log", "taeusch", "betrueg",
                "betrog", "hereinleg", "reinleg", "legt", "ueberlist", "luchs", "schwindel", "beschwindel",
                "flunker", "veraeppel", "veralber", "foppt", "hintergeh", "hinterging")
_NEEDS_PARTICLE = {"legt": ("herein", "rein"), "con": ("into", "out"), "kid": ("into",), "log": ("an",)}
_LIE_EN = ("lie", "lies", "lied", "lying")
_SHORT = 4  # a stem this short is a word only as itself or inflected ("con", "cons", "conned"; not "contest")
_NOT_TRICKS = ("foolish", "tricky", "trickl", "kidnap", "kidney", "cheatsheet")


def _forms(stem: str) -> set[str]:
    return {stem, stem + "s", stem + "ed", stem + "ned", stem + "ded", stem + "t", stem + "te", stem + "en"}
_TO = frozenset({"to", "about", "that"})
# what the one tricked says when they see through it: a later event of theirs in a turn ("aber der Prinz
# durchschaut sie", "bis sie die Wahrheit merkt", "but the crow notices")
_SEES = ("durchschau", "merk", "bemerk", "erkenn", "notic", "realis", "realiz", "see", "saw", "find", "fand",
         "discover", "entdeck", "wahrheit", "truth", "catch", "caught", "erwisch")
_TAKES = frozenset({"drop", "take", "steal", "give", "lose", "put_down"})
_LOOK_AHEAD = 6


def is_trick_word(word: str, after: list[str]) -> bool:
    """Does this verb (as written, with the words ``after`` it) say a lie or a trick?"""
    w = fold(word)
    if w in _LIE_EN:
        return bool(after) and after[0] in _TO
    stem = next((s for s in _TRICK_STEMS if w.startswith(s) and (len(s) > _SHORT or w in _forms(s))), "")
    if not stem or w.startswith(_NOT_TRICKS):  # "contest", "logo", "foolish", "tricky"
        return False
    need = _NEEDS_PARTICLE.get(stem) if w == stem or w == stem + "s" else None
    return need is None or any(a in need for a in after[:_LOOK_AHEAD])


def _victim(ev: Event, tokens: list[Token], people: set[str]) -> str:
    for who in ("" if ev.patient_is_thing else ev.patient, ev.recipient, ev.source, ev.partner):
        if who and who in people and who not in ev.agents:
            return who
    for t in tokens[ev.at + 1:ev.at + 1 + _LOOK_AHEAD]:
        for n in t.characters:
            if n in people and n not in ev.agents:
                return n
    return ""


def trick_events(events: list[Event], tokens: list[Token], characters: list[CharacterConcept]) -> list[Event]:
    """The events with the idea's trick staged as talk, belief, gain and the truth found out (see the
    module's notes). Unchanged where the idea tells none."""
    people = {c.name for c in characters}
    for i, ev in enumerate(events):
        after = [t.folded for t in tokens[ev.at + 1:ev.at + 1 + _LOOK_AHEAD]] if ev.at >= 0 else []
        if not ev.agents or not is_trick_word(ev.word, after):
            continue
        victim = _victim(ev, tokens, people)
        if not victim and len(ev.agents) > 1:  # "nachdem der Fuchs den Raben belogen hat": both read as subjects
            victim = ev.agents[1]
        if not victim:
            return events
        liar = ev.agents[0]
        rest = events[i + 1:]
        # the thing the trick was for: named with it ("luchst dem Raben den Käse ab") or dropped/taken next
        gain = next((e for e in rest[:1] if e.kind in _TAKES and e.patient and e.patient_is_thing), None)
        thing = ev.patient if ev.patient and ev.patient_is_thing else (gain.patient if gain else "")
        base = {"patient": "", "patient_is_thing": True, "recipient": "", "partner": "", "source": "", "then": "",
                "reaction": "", "result": "", "instrument": "", "outcome": ""}
        made = [ev.model_copy(update={**base, "verb": "trick", "kind": "talk", "agents": [liar], "patient": victim,
                                      "patient_is_thing": False, "line": "talk", "tone": "comedy"}),
                ev.model_copy(update={**base, "verb": "believe", "kind": "nod", "agents": [victim], "line": "",
                                      "turn": "and", "tone": "comedy"})]
        if thing:  # the thing goes from the one tricked to the trickster, who makes off with it
            made.append(ev.model_copy(update={**base, "verb": "take", "kind": "take", "agents": [liar],
                                              "patient": thing, "source": victim, "line": "take", "then": "flee",
                                              "turn": "and", "tone": "comedy"}))
        if gain is not None:
            rest = rest[1:]
        seen = next((e for e in rest if victim in e.agents and e.turn in ("until", "but", "when", "finally") and
                     any(s in fold(e.word) or s in fold(e.told or "") for s in _SEES)), None)
        turn_at = next((k for k in range(ev.at + 1, len(tokens)) if tokens[k].turn in ("until", "but", "when")), -1)
        told = turn_at > 0 and any(s in t.folded for t in tokens[turn_at:] for s in _SEES)  # "bis sie die Wahrheit"
        if seen is None and told:
            seen = ev.model_copy(update={"turn": tokens[turn_at].turn, "at": turn_at})
        # the truth comes out: the one tricked points at the trickster and shakes their head; where the idea
        # tells something else next ("until the dog brings it back"), after that
        found = ev.model_copy(update={**base, "verb": "see_through", "kind": "point", "agents": [victim],
                                      "patient": liar, "patient_is_thing": False, "line": "", "then": "shake_head",
                                      "tone": "conflict", "turn": seen.turn if seen is not None else "then",
                                      "at": seen.at if seen is not None else ev.at})
        if seen is not None or thing:
            made.append(found)
            return [*events[:i], *made, *(e for e in rest if e is not seen)]
        turned = next((j for j, e in enumerate(rest) if e.turn in ("until", "but", "when", "finally")), -1)
        if turned < 0:
            return [*events[:i], *made, found, *rest]
        return [*events[:i], *made, *rest[:turned + 1], found.model_copy(update={"turn": "and"}),
                *rest[turned + 1:]]
    return events
