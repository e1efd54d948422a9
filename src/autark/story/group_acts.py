"""A group's act on one thing or one creature is done by a few of them; the rest look on (for ``story.spine``).

"six firefighters rescue a cat": six bodies walking to one cat and each picking it up stand in one spot, inside
one another, and the cat is picked up six times. Hands-on acts (taking, giving, holding, hugging, catching,
carrying, opening, feeding, stroking, lifting, freeing; the verb table's kinds) on a single patient are done by
the first ``HANDS`` of the group (one for a creature); the others stay where they stand and watch it, a group around the act.
Acts without one patient (dancing, singing, running, cheering) stay everybody's.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from autark.story.events import Event

__all__ = ["HANDS", "CREATURE_HANDS", "HANDS_ON", "who_does_it"]

HANDS = 2  # how many of a group go to one thing and do it (a ladder is carried by two)
CREATURE_HANDS = 1  # ...and to one creature (a cat is picked up by one, not passed between two)
# the verb table's kinds (``story.verbs``) that put hands on their patient
HANDS_ON = frozenset({"pick_up", "take", "give", "hug", "catch", "carry", "rescue", "save", "kiss", "pet",
                      "stroke", "feed", "hold", "open", "close", "steal", "grab", "lift", "free", "hand",
                      "bring", "fetch", "push", "pull", "wash", "comb", "repair", "fix", "help", "bandage",
                      "heal", "tickle", "cuddle", "wrap", "unwrap", "find", "touch", "shake", "hit", "kick",
                      "throw", "put", "place"})


def who_does_it(ev: Event, actors: list[str]) -> tuple[list[str], list[str]]:
    """(who does the event's act, who looks on): all of ``actors`` for an act without one patient or a group
    of two; the first ``HANDS`` and the rest for a hands-on act on one thing or creature."""
    if len(actors) <= HANDS or not ev.patient or ev.patient in actors:
        return actors, []
    if ev.kind not in HANDS_ON and ev.verb not in HANDS_ON:
        return actors, []
    n = HANDS if ev.patient_is_thing else CREATURE_HANDS
    return actors[:n], actors[n:]
