"""Decisions the engine makes on the user's behalf, written down with their reason and what was turned down.

A ``Decision`` is plain data: what was decided (``kind``: placement, stand-in, camera, framing, voice, music),
for which objects, why, the alternatives it rejected and the command that made it. The spot search
(``layout.place``) notes what it tried while a sentence is interpreted, through ``noting()`` (a context
variable, so the engine stays a pure function of (text, scene) for every caller that does not ask);
``placement_decisions`` then turns those notes into decisions about the objects the command placed.
"""

from __future__ import annotations

import contextvars
import math
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import asdict, dataclass, field
from typing import Any

from autark.language import placement as pl
from autark.scene.model import Scene

__all__ = ["Decision", "SpotNote", "DECISION_KINDS", "noting", "note_spot", "placement_decisions", "xz_words"]

DECISION_KINDS = ("placement", "stand-in", "camera", "framing", "voice", "music")


@dataclass(frozen=True)
class Decision:
    """One decision: ``what`` was decided for ``ids`` (object ids), ``reason`` in words, the ``rejected``
    alternatives (each in words, with why not), the ``command`` (sentence) that made it, when it has one."""

    kind: str
    what: str
    ids: list[str] = field(default_factory=list)
    reason: str = ""
    rejected: list[str] = field(default_factory=list)
    command: str = ""
    seq: int | None = None  # the command log entry it belongs to (a stored decision)

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Decision:
        return cls(kind=str(data.get("kind", "")), what=str(data.get("what", "")),
                   ids=[str(i) for i in data.get("ids", [])], reason=str(data.get("reason", "")),
                   rejected=[str(r) for r in data.get("rejected", [])], command=str(data.get("command", "")),
                   seq=data.get("seq"))


@dataclass(frozen=True)
class SpotNote:
    """What one spot search did: the wish (x, z), where it ended (None: nothing fitted), the box's height and
    extent, the relation it served ("next", "left", "on", ...) and the target ids."""

    desired: tuple[float, float]
    found: tuple[float, float] | None
    y: float
    ext: pl.Box
    relation: str = ""
    targets: tuple[str, ...] = ()
    side: str = ""  # for "next to": which side this try was


_NOTES: contextvars.ContextVar[list[SpotNote] | None] = contextvars.ContextVar("autark_spot_notes", default=None)


@contextmanager
def noting() -> Iterator[list[SpotNote]]:
    """Collect the spot searches made inside (the engine's callers that want to explain a command)."""
    notes: list[SpotNote] = []
    token = _NOTES.set(notes)
    try:
        yield notes
    finally:
        _NOTES.reset(token)


def note_spot(note: SpotNote) -> None:
    """Record a spot search when someone is collecting (free otherwise)."""
    notes = _NOTES.get()
    if notes is not None:
        notes.append(note)


def xz_words(x: float, z: float) -> str:
    return f"x {x:.2f} m, z {z:.2f} m"


def _blockers(before: Scene, box: pl.Box, skip: set[str]) -> list[str]:
    return [o.name for o in before.objects
            if o.id not in skip and o.type != "group" and o.visible and pl.overlaps(box, pl.world_box(o), tol=1e-3)]


def placement_decisions(before: Scene, after: Scene, notes: Sequence[SpotNote], placed: Sequence[str],
                        command: str) -> list[Decision]:
    """A decision per object the command added or moved (``placed``): where it went, why, and the spots it
    did not take (the wish when something stood there, the other sides of "next to")."""
    out: list[Decision] = []
    for oid in placed:
        obj = after.find_object(oid)
        if obj is None or obj.type == "group":
            continue
        x, y, z = obj.transform.position
        mine = [n for n in notes if n.found is not None and math.hypot(n.found[0] - x, n.found[1] - z) < 2e-3
                and abs(n.y - y) < 2e-3]
        where = xz_words(x, z) + (f", {y:.2f} m up" if y > 0.01 else "")
        if not mine:
            out.append(Decision("placement", f"{obj.name} placed at {where}", [oid],
                                f"that is the place the command named ('{command}')", [], command))
            continue
        note = mine[-1]
        rejected: list[str] = []
        target_names = [t.name for t in (after.find_object(i) for i in note.targets) if t is not None]
        if math.hypot(note.desired[0] - note.found[0], note.desired[1] - note.found[1]) > 2e-3:  # type: ignore[index]
            wish = pl.box_at(note.ext, (note.desired[0], note.y, note.desired[1]))
            blocked = _blockers(before, wish, {oid})
            why_not = f"taken by the {', the '.join(blocked)}" if blocked else "outside the allowed area"
            rejected.append(f"the first spot tried, {xz_words(*note.desired)}: {why_not}")
        for other in notes:
            if other is not note and other.relation == note.relation and other.targets == note.targets \
                    and other.side and other.side != note.side:
                if other.found is None:
                    rejected.append(f"the {other.side} side: no free spot within 1.5 m")
                else:
                    rejected.append(f"the {other.side} side ({xz_words(*other.found)}): further away")
        rel = {"next": "next to", "left": "left of", "right": "right of", "front": "in front of",
               "behind": "behind", "on": "on", "under": "under", "above": "above"}.get(note.relation, "")
        target = f" the {' and the '.join(target_names)}" if rel and target_names else ""
        side = f" (on its {note.side} side)" if note.side else ""
        moved = math.hypot(note.desired[0] - x, note.desired[1] - z)
        reason = (f"you asked for it {rel}{target}{side}; " if rel else
                  "you asked for it in the middle of the room; " if note.relation == "middle" else
                  "you asked for it in a corner; " if note.relation == "corner" else
                  "no place was named, so it went to the middle of the floor; ")
        reason += ("that spot was free" if moved < 2e-3 else
                   f"the nearest free spot, {moved:.2f} m from the first one tried")
        out.append(Decision("placement", f"{obj.name} placed at {where}", [oid], reason, rejected, command))
    return out
