"""A shot's action sentences read as the few acts the film's own timing stages (walk or run to X, turn to X, look
around, sit, wave, point, talk), and the cast's names they are read against: below ``jobs.shot_actions``, which
lays them in the shot, and ``jobs.stand_in_acts``, which stands in for what the command engine refuses, so that
neither imports the other."""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from autark.scene.model import Scene
from autark.scene.speeds import GESTURE_S, LOOK_AROUND_S, RUN_M_S, SIT_S, TURN_S, WALK_M_S

if TYPE_CHECKING:
    from autark.ops import Operator

__all__ = ["Cast", "ParsedAction", "centre_at", "fallback_actions", "parse_action", "position_at"]


@dataclass
class Cast:
    """Names in one scene -> object ids, for actions, subjects and speakers."""

    characters: dict[str, str] = field(default_factory=dict)  # lower-case name -> body object id
    voices: dict[str, str] = field(default_factory=dict)  # lower-case name -> voice
    types: dict[str, str] = field(default_factory=dict)  # lower-case name -> body type
    props: list[tuple[str, str, set[str]]] = field(default_factory=list)  # (type, object id, words)

    def find(self, words: list[str]) -> str | None:
        """The first character or prop the words name (a name, a type, a German or English noun)."""
        for w in words:
            if w in self.characters:
                return self.characters[w]
        text = " ".join(words)
        for _ptype, oid, names in self.props:
            if any(re.search(rf"\b{re.escape(n)}\b", text) for n in names):
                return oid
        for name, typ in self.types.items():  # "the robot" for a robot called Robo
            if typ in words:
                return self.characters[name]
        return None

    def subject(self, subject: str) -> str | None:
        if not subject:
            return None
        key = subject.lower()
        if key in self.characters:
            return self.characters[key]
        return next((oid for ptype, oid, names in self.props if key == ptype or key in names), None)


def position_at(scene: Scene, object_id: str, t: float) -> tuple[tuple[float, float, float], float]:
    """Where an object stands at ``t`` and its heading (degrees about Y)."""
    from autark.motion import evaluate_scene

    obj = evaluate_scene(scene, t).object(object_id)
    return tuple(obj.transform.position), float(obj.transform.rotation[1])  # type: ignore[return-value]


def centre_at(scene: Scene, object_id: str, t: float) -> tuple[float, float, float]:
    """The centre of an object's world bounding box at ``t``."""
    from autark.motion import evaluate_scene
    from autark.scene.geometry import world_bbox

    return world_bbox(evaluate_scene(scene, t).object(object_id)).center  # type: ignore[return-value]


# -- actions in a shot ------------------------------------------------------------------------------------------------
@dataclass
class ParsedAction:
    actor: str
    kind: str  # walk run wave point turn sit talk look (look around)
    target: str | None  # object id


def parse_action(sentence: str, scene: Scene, names: Cast) -> ParsedAction | None:
    """The command engine's reading of an action sentence ("<Name> walks to the flower", "Rex dreht sich zu
    Luna"), for a cast member; the scene's first character when it names none."""
    from autark.language import read_action

    reading = read_action(sentence, scene)
    if reading is None or reading.kind not in ("walk", "run", "wave", "point", "turn", "sit", "talk"):
        return None
    actor = reading.actor
    if actor is None or actor not in names.characters.values():
        actor = next(iter(names.characters.values()), None)
    if actor is None:
        return None
    target = reading.target if reading.target != actor else None
    if reading.kind == "turn" and reading.around and target is None:
        return ParsedAction(actor, "look", None)
    if reading.kind in ("walk", "run", "point", "turn", "sit") and target is None:
        return None
    return ParsedAction(actor, reading.kind, target)


def fallback_actions(parsed: ParsedAction, scene: Scene, start_s: float, slot_s: float) -> list[Operator]:
    """Timeline actions for a parsed sentence within [start_s, start_s + slot_s]."""
    from autark.scene.timeline import Action

    pos, heading = position_at(scene, parsed.actor, start_s)
    end_cap = start_s + slot_s
    if parsed.kind in ("walk", "run"):
        assert parsed.target is not None  # noqa: S101 - parse_action requires one
        c = centre_at(scene, parsed.target, start_s)
        distance = math.hypot(c[0] - pos[0], c[2] - pos[2])
        if distance < 0.9:  # already there (a second "walks to the flower" in the next shot)
            return []
        speed = RUN_M_S if parsed.kind == "run" else WALK_M_S
        duration = min(slot_s, max(0.8, distance / speed))
        return [Action(object_id=parsed.actor, kind=parsed.kind, start_s=start_s, end_s=start_s + duration,  # type: ignore[arg-type]
                       target_object=parsed.target)]
    if parsed.kind == "turn":
        assert parsed.target is not None  # noqa: S101
        return [Action(object_id=parsed.actor, kind="turn", start_s=start_s, end_s=min(end_cap, start_s + TURN_S),
                       target_object=parsed.target)]
    if parsed.kind == "look":
        # look around: a quarter turn to one side, to the other, and back
        h = math.radians(heading)
        spots = []
        for deg in (60.0, -60.0, 0.0):
            a = h + math.radians(deg)
            spots.append((pos[0] + 3 * math.sin(a), pos[1], pos[2] + 3 * math.cos(a)))
        step = min(slot_s, LOOK_AROUND_S) / 3
        return [Action(object_id=parsed.actor, kind="turn", start_s=start_s + i * step,
                       end_s=start_s + (i + 1) * step - 0.05, target=spot) for i, spot in enumerate(spots)]
    if parsed.kind == "sit":
        return [Action(object_id=parsed.actor, kind="sit", start_s=start_s, end_s=min(end_cap, start_s + SIT_S),
                       target_object=parsed.target)]
    duration = min(slot_s, GESTURE_S)
    return [Action(object_id=parsed.actor, kind=parsed.kind, start_s=start_s, end_s=start_s + duration,  # type: ignore[arg-type]
                   target_object=parsed.target)]
