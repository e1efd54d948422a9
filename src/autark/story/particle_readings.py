"""A German verb read again with the particle that closes its clause: "bringt ... bei" is beibringen (teach),
"packt ... aus" auspacken; a verb the first reading already joined to its particle stays as it is. Split from
``story.events`` (its clause reader calls this last)."""

from __future__ import annotations

from typing import Any

__all__ = ["join_particles"]

# In annotations only: story.events.Event and Token (events calls this module, so no import edge back to it)
Event = Any
Token = Any


def join_particles(events: list[Event], tokens: list[Token], particles: dict[int, tuple[int, str]]) -> list[Event]:
    """Re-read a German verb with the particle that closes its own clause ("bringt ... bei" -> beibringen =
    teach); a verb the first reading already joined to it ("bricht aus dem Zoo aus": flees) stays."""
    if not particles:
        return events
    from autark.assets.templates import fold
    from autark.story.verbs import verb as verb_of

    out: list[Event] = []
    for ev in events:
        own = [p for start, (end, p) in particles.items() if start <= ev.at < end]
        bare = verb_of(fold(ev.word), "de")
        for particle in own if bare is None or bare.key == ev.verb else ():
            joined = verb_of(particle + fold(ev.word), "de")
            if joined is not None and joined.key != ev.verb:
                ev = ev.model_copy(update={"verb": joined.key, "kind": joined.kind, "tone": joined.tone,
                                           "line": joined.line, "then": joined.then, "reaction": joined.reaction})
                if joined.recipient and not ev.recipient and ev.patient and not ev.patient_is_thing:
                    ev.recipient, ev.patient = ev.patient, ""
                break
        out.append(ev)
    # a verb re-read as "teach" makes the nominalised verb after it a shared event
    for i in range(1, len(out)):
        if out[i - 1].verb == "teach" and out[i - 1].recipient and out[i].turn == "and" and \
                out[i].agents == out[i - 1].agents:
            out[i].agents = [*out[i - 1].agents, out[i - 1].recipient]
    return out
