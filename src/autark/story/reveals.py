"""A figure that turns out to be another: "the ghost turns out to be an owl", "the beggar is really the king",
"but it was only the cat", "doch es entpuppt sich als Katze", "der Mann ist in Wahrheit ein Zauberer", "es
stellt sich heraus, dass der Fremde der König ist".

Only the first form is there until the reveal; at the reveal it becomes the second on screen, and only the
second is there after. The reveal is read as a change of one figure into the other (a ``transform`` event with
the first as its own subject), so the swap, who is cast in which scene and who acts after it are the
transformation's (``story.becoming``, ``autark.jobs.effects``).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

# In annotations only: story.events.Event and Token (the event reader calls this module, no import edge back)
Event = Token = Any

__all__ = ["reveal_events", "is_reveal", "REVEAL_PHRASES"]

# the words (folded) that say the one before is really the one after ("X is really Y")
REVEAL_PHRASES: tuple[tuple[str, ...], ...] = (
    ("turns", "out", "to", "be"), ("turned", "out", "to", "be"), ("turn", "out", "to", "be"),
    ("is", "really"), ("was", "really"), ("are", "really"), ("were", "really"), ("is", "actually"),
    ("was", "actually"), ("is", "in", "fact"), ("was", "in", "fact"), ("is", "secretly"), ("was", "secretly"),
    ("is", "in", "reality"), ("was", "in", "reality"), ("is", "in", "truth"), ("was", "in", "truth"),
    ("was", "only"), ("is", "only"), ("was", "just"), ("is", "just"), ("was", "nothing", "but"),
    ("reveals", "himself", "as"), ("reveals", "herself", "as"), ("reveals", "itself", "as"),
    ("revealed", "as"), ("unmasked", "as"), ("disguised", "as"),
    ("entpuppt", "sich", "als"), ("entpuppte", "sich", "als"), ("erweist", "sich", "als"),
    ("erwies", "sich", "als"), ("ist", "in", "wahrheit"), ("war", "in", "wahrheit"), ("ist", "in", "wirklichkeit"),
    ("war", "in", "wirklichkeit"), ("ist", "eigentlich"), ("war", "eigentlich"), ("ist", "heimlich"),
    ("war", "heimlich"), ("war", "nur"), ("ist", "nur"), ("war", "bloss"), ("ist", "bloss"), ("ist", "bloß"),
    ("war", "bloß"), ("ist", "in", "wahrheit", "nur"), ("war", "in", "wahrheit", "nur"),
    ("in", "wahrheit", "ist"), ("in", "wahrheit", "war"), ("in", "wirklichkeit", "ist"),
    ("in", "wirklichkeit", "war"), ("eigentlich", "ist"), ("eigentlich", "war"),
)
# "it turns out that the stranger is the king", "es stellt sich heraus, dass der Fremde der König ist": the two
# come after
_THAT_PHRASES: tuple[tuple[str, ...], ...] = (
    ("turns", "out", "that"), ("turned", "out", "that"), ("stellt", "sich", "heraus"), ("stellte", "sich", "heraus"),
    ("in", "truth"), ("in", "reality"), ("in", "fact"), ("turns", "out"), ("turned", "out"),
)
# a left-out or pronoun subject: the one the clause before was about
_PRONOUNS = frozenset({"it", "he", "she", "they", "this", "that", "es", "er", "sie", "das", "dies", "der", "die"})
_LOOK_BACK = 4  # words between the first form's word and the reveal ("the old beggar in the inn is really")
_LOOK_AHEAD = 5  # words between the reveal and the second form's word ("is really the good old king")


def _match(words: list[str], k: int, phrases: tuple[tuple[str, ...], ...]) -> int:
    """The length of the longest phrase that starts at word ``k``, else 0."""
    return max((len(p) for p in phrases if tuple(words[k:k + len(p)]) == p), default=0)


def _first_named(tokens: Sequence[Token], span: range, but: str = "") -> tuple[str, int]:
    for k in span:
        names = [n for n in tokens[k].characters if n != but]
        if names:
            return names[0], k
    return "", -1


def _reading(tokens: Sequence[Token], events: list[Event]) -> tuple[str, str, int, int] | None:
    """(first form, second form, the reveal's first word, the second form's word) of the idea's reveal."""
    words = [t.folded for t in tokens]
    for k in range(len(words)):
        n = _match(words, k, _THAT_PHRASES)
        if n:
            first, at = _first_named(tokens, range(k + n, min(len(tokens), k + n + 4)))
            if first:
                second, y_at = _first_named(tokens, range(at + 1, min(len(tokens), at + 1 + _LOOK_AHEAD)), first)
                if second:
                    return first, second, k, y_at
        n = _match(words, k, REVEAL_PHRASES)
        if not n:
            continue
        ahead = range(k + n, min(len(tokens), k + n + _LOOK_AHEAD))
        if not any(tokens[j].characters for j in ahead):
            continue  # "she is really happy": nobody after
        first = ""
        for j in range(k - 1, max(-1, k - 1 - _LOOK_BACK), -1):
            if tokens[j].characters or words[j] in _PRONOUNS or tokens[j].brk or tokens[j].turn:
                first = tokens[j].characters[0] if tokens[j].characters else ""
                break
        if not first:  # "but it was only a dog", "doch in Wahrheit ist er ein Prinz": whom the clause before is about
            first = next((a for e in reversed(events) if 0 <= e.at < k for a in e.agents), "")
        second, y_at = _first_named(tokens, ahead, first)  # "ist er ein Prinz": not the "er" that is the frog
        if second:  # "a shadow scares them, but it was only a raccoon": nobody plays the shadow ("" first)
            return first, second, k, y_at
    return None


def is_reveal(ev: Event) -> bool:
    """Is this the event ``reveal_events`` made of a reveal (a change staged as a look, not a spell)?"""
    return bool(ev.verb == "transform" and ev.kind == "look")


def reveal_events(events: list[Event], tokens: Sequence[Token]) -> list[Event]:
    """The events with the idea's reveal read as the first form becoming the second (one ``transform`` event
    in place of what the reveal's own words were read as); the first form's acts after it are the second's.
    Unchanged where the idea tells no reveal."""
    read = _reading(tokens, events) if events else None
    if read is None:
        return events
    make_event = type(events[0])
    first, second, at, second_at = read
    turn = next((t.turn for t in reversed(tokens[max(0, at - _LOOK_BACK):at]) if t.turn), "but")
    own = [e for e in events if at - 2 <= e.at <= second_at]  # what the reveal's words were read as
    kept = [e for e in events if e not in own]
    # staged as a look (the figure is seen for what it is), not as a spell it casts, and told by the narrator
    # in the idea's words (``is_reveal``), its own lines none (the walk's family says nothing), not
    # "Abracadabra"; where nobody plays the
    # first form (a shadow, a noise), the second comes out at the reveal
    reveal = make_event(verb="transform", kind="look", word=tokens[at].text, agents=[first], patient="",
                        result=second, result_is_thing=False, turn=turn, tone="surprise", at=at,
                        line="walk") if first else \
        make_event(verb="arrive", kind="walk", word=tokens[at].text, agents=[second], turn=turn, tone="surprise",
                   at=at)
    for e in kept:
        if e.at > second_at:  # after it, what the first form does the second does
            e.agents = [second if a == first else a for a in e.agents]
            if e.patient == first and not e.patient_is_thing:
                e.patient = second
    out = [e for e in kept if e.at < at] + [reveal] + [e for e in kept if e.at >= at]
    return out
