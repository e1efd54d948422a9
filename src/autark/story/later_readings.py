"""Readings of an idea's events once they are found: a pursuit's quarry named only by a later act ("chases
... until it catches the mouse"), and what a change turns its one into ("turns into a frog", "wird zu Stein"),
with "turn" and "werden" that mean becoming only with "into"/"zu". ``story.events`` calls them; they build no
event of their own."""

from __future__ import annotations

from typing import Any

from autark.assets.templates import fold

# In annotations only: story.events.Event and Token, not imported (story.events calls this module while it
# reads an idea; importing each other would be an import cycle), as in story.event_readings
Event = Token = Any

__all__ = ["quarry_named_later", "becoming_results", "result_after", "SUBJECT_PRONOUNS"]

SUBJECT_PRONOUNS = {"he", "she", "they", "we", "i", "er", "sie", "wir", "ich", "man"}

_PURSUITS = {"chase", "search"}  # acts that go after someone, who may be named only by a later act


def quarry_named_later(events: list[Event]) -> list[Event]:
    """Whom a chase with no one named goes after: the one the same agents catch, find or fight next ("follows
    muddy footprints ... and catches the thief": the detective chases the thief, not the air)."""
    for i, ev in enumerate(events):
        if ev.verb in _PURSUITS and not ev.patient and not ev.recipient and ev.agents:  # (a quarry said: "for
            # his kitten"; and what a "but" finds is another: "but only finds a hedgehog")
            later = next((e for e in events[i + 1:] if e.agents == ev.agents and e.patient
                          and not e.patient_is_thing), None)
            later = None if later is not None and later.turn == "but" else later
            if later is not None:
                ev.patient, ev.patient_is_thing = later.patient, False
    return events


_RESULT_WORDS = {"into", "in", "zu", "zum", "zur"}
_NEEDS_INTO = ("turn", "chang", "werd", "wird", "wurd", "geword")  # words that mean "become" only with "into"


def becoming_results(events: list[Event], tokens: list[Token]) -> list[Event]:
    """What a transform or grow event makes: the first character or thing after "into"/"in"/"zu" in its
    clause ("turns his cat into a frog" -> Frog, "wächst zu einem riesigen Baum" -> tree); it is no patient or
    recipient of the act. "turns"/"wird" with no "into" is no transformation: a turn nobody can stage is a
    stand-in gesture, and a German auxiliary "wird" is no event at all."""
    from autark.story.verbs import stand_in

    out: list[Event] = []
    held: Event | None = None  # a dropped auxiliary's roles go to the verb it helps ("wird den Ball finden")
    for ev in events:
        if held is not None and not ev.patient and held.patient:
            ev.patient, ev.patient_is_thing = held.patient, held.patient_is_thing
        held = None
        if ev.verb not in ("transform", "grow") or ev.at < 0:
            out.append(ev)
            continue
        found = result_after(tokens, ev.at)
        if found is not None:
            ev.result, ev.result_is_thing = found
            if ev.result in ev.agents and out:  # "kisses the frog and it turns into a prince": it is the frog
                before = out[-1]
                ev.agents = [a for a in ev.agents if a != ev.result] or list(before.agents)
                # ...but with no "it" the one who turns is who acted before ("drinks a potion and turns into a
                # cat": the witch, not the potion)
                named_it = any(t.folded in SUBJECT_PRONOUNS | {"it", "es"} for t in tokens[max(0, ev.at - 2):ev.at])
                if not ev.patient and before.patient and named_it:
                    ev.patient, ev.patient_is_thing = before.patient, before.patient_is_thing
            if ev.verb == "grow":  # whoever is there watches it grow
                ev.patient, ev.patient_is_thing = ev.result, ev.result_is_thing
            elif ev.patient == ev.result:
                ev.patient, ev.patient_is_thing = "", True
            if ev.recipient == ev.result:
                ev.recipient = ""
        elif ev.verb == "transform" and fold(ev.word).startswith(_NEEDS_INTO):
            if fold(ev.word).startswith(("werd", "wird", "wurd", "geword")):
                held = ev
                continue
            other = stand_in()
            ev = ev.model_copy(update={"verb": other.key, "kind": other.kind, "tone": other.tone})
        out.append(ev)
    return out


def result_after(tokens: list[Token], at: int) -> tuple[str, bool] | None:
    after_into = False
    for j in range(at + 1, len(tokens)):
        tok = tokens[j]
        if tok.turn or (tok.brk and j > at + 1) or (tok.verb is not None and not (tok.characters or tok.thing)):
            return None
        if after_into and tok.characters:
            return tok.characters[0], False
        if after_into and tok.thing:
            return tok.thing, True
        after_into = after_into or tok.folded in _RESULT_WORDS
    return None
