"""A flood in a story: "aber die Küche wird überflutet", "the bathroom floods", "the river floods the village".

``story.world_changes`` reads the clause that tells it as a change of the world (``WorldChange.flood``); unlike
a change of sky or light it does not split the scene: it is an effect of the shot where it happens (``flood``:
a water surface rises from the floor over the shot, ``autark.jobs.carried_off.flood_ops``) and the water stays
for the rest of the scene. In that shot the narrator says it, the cast start (the first jumps, the others look
round), and the story ends with them huddled, calling to get up high (``world_changes.caught_out``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from autark.limits import MAX_ACTIONS_PER_SHOT
from autark.story.effects import Effect

if TYPE_CHECKING:
    from autark.story.screenplay import CastMember, Shot
    from autark.story.world_changes import WorldChange

__all__ = ["FLOOD_DEPTH_M", "FLOOD_TARGET", "lay_floods"]

FLOOD_DEPTH_M = 0.45  # knee-deep on a grown-up: the feet are gone, the film still shows who stands in it
FLOOD_TARGET = "water"  # an effect names what it acts on: a flood, the water it brings
_RISE_S = 4.0  # it comes in over a few seconds: seen rising, not switched on
_AT_S = 0.4


def lay_floods(changes: list[tuple[int, WorldChange]], shots: list[Shot], cast: list[CastMember],
               lang: str) -> tuple[list[tuple[int, WorldChange]], list[Shot]]:
    """Each flood among ``changes`` (beat index, change) laid into the shot of its beat (its effect, the
    narrator's line, the cast's start): (the other changes, which split the scene; the shots)."""
    from autark.story.verbs import sentence
    from autark.story.world_changes import told

    rest, shots = [], list(shots)
    for beat, change in changes:
        if not change.flood or not 0 <= beat < len(shots):
            rest.append((beat, change))
            continue
        shot = shots[beat]
        rise = max(1.0, min(_RISE_S, shot.duration_s - _AT_S - 0.3))
        water = Effect(kind="flood", target=FLOOD_TARGET, at_s=_AT_S, duration_s=rise, scale=FLOOD_DEPTH_M)
        names = [c.name for c in cast[:3]]
        startled = [sentence("jump", lang, a=n) if i == 0 else sentence("look", lang, a=n)
                    for i, n in enumerate(names)]
        narration = shot.narration if shot.narration or shot.dialogue else told(change, lang)
        shots[beat] = shot.model_copy(update={
            "effects": [*shot.effects, water][-MAX_ACTIONS_PER_SHOT:],
            "actions": [*shot.actions, *startled][:MAX_ACTIONS_PER_SHOT], "narration": narration})
    return rest, shots
