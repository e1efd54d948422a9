"""Listening to a sound from off screen: "the guard listens to the footsteps", "Mia hört ein Klopfen",
"der Bauer lauscht dem Geräusch".

The sound (``autark.scene.sounds.HEARD_SOUNDS``) is the action's ``item``; it is no thing of the scene, so the
words that name it are taken out of the sentence before its objects are read. It comes from where the action's
``target`` points: a door of the set for a knock or a bell, otherwise from beyond the listener, out past the
nearer side of the set and a little toward the camera, at head height, so the head turns in profile toward the edge of
the picture (the default camera looks along -Z).
"""

from __future__ import annotations

import math
from typing import Any

from autark.language.context import Ctx
from autark.language.grammar import Token
from autark.language.heard_words import heard_phrase, heard_sound
from autark.language.time_phrases import evaluated
from autark.scene.timeline import Action

__all__ = ["heard_in", "listen_action", "SOURCE_M"]

SOURCE_M = 6.0  # how far from the listener an off-screen sound comes from
_DOOR_NEAR_M = 12.0  # a door this near is where a knock or a bell is
_FORE_M = 5.0  # and this far nearer the camera: the head turns half to the side, the face seen three-quarters
_AT_DOORS = frozenset({"knock", "bell"})


def heard_in(rest: list[Token], after: int, kind: str, ctx: Ctx) -> tuple[str | None, list[Token]]:
    """The sound a ``listen`` sentence names after its verb, and the sentence without the words that name it
    ("listens to the strange noise" -> noise, "listens"); (None, rest) for any other act or no sound named."""
    if kind != "listen":
        return None, rest
    for j in range(after, len(rest)):
        sound = heard_sound(rest[j].text)
        if sound is None and j + 2 < len(rest):
            sound = heard_phrase(" ".join(t.text for t in rest[j:j + 3]))
            if sound is not None:
                return sound, rest[:after] + rest[j + 3:]
        if sound is not None:
            return sound, rest[:after] + rest[j + 1:]
    return None, rest


def listen_action(obj: Any, heard: str | None, target: str | None, start: float, end: float, ctx: Ctx) -> Action:
    """The listener's action: the sound as its item, turned toward a thing named ("listens at the door") or
    toward where the sound comes from."""
    if target is not None or heard is None:
        return Action(object_id=obj.id, kind="listen", start_s=start, end_s=end, item=heard, target_object=target)
    scene = evaluated(ctx.scene, start)
    here = scene.object(obj.id).transform.position
    if heard in _AT_DOORS:
        doors = [o for o in scene.objects if "door" in o.type and o.id != obj.id
                 and math.hypot(o.transform.position[0] - here[0], o.transform.position[2] - here[2]) < _DOOR_NEAR_M]
        if doors:
            door = min(doors, key=lambda o: math.hypot(o.transform.position[0] - here[0],
                                                       o.transform.position[2] - here[2]))
            return Action(object_id=obj.id, kind="listen", start_s=start, end_s=end, item=heard,
                          target_object=door.id)
    side = 1.0 if here[0] > 0.3 else -1.0  # out past the nearer side of the set (from the left in its middle)
    source = (round(here[0] + side * SOURCE_M, 3), 1.5, round(here[2] + _FORE_M, 3))
    return Action(object_id=obj.id, kind="listen", start_s=start, end_s=end, item=heard, target=source)
