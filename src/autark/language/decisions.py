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
from autark.scene.model import Scene, SceneObject

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
    # the same in German ("what", "reason", "rejected"), written when the decision is made, for German answers
    de: dict[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Decision:
        return cls(kind=str(data.get("kind", "")), what=str(data.get("what", "")),
                   ids=[str(i) for i in data.get("ids", [])], reason=str(data.get("reason", "")),
                   rejected=[str(r) for r in data.get("rejected", [])], command=str(data.get("command", "")),
                   seq=data.get("seq"), de=dict(data.get("de") or {}))

    def words(self, german: bool) -> tuple[str, str, list[str]]:
        """(what, reason, rejected) in English or, where it was written, German."""
        if german and self.de:
            return (str(self.de.get("what", self.what)), str(self.de.get("reason", self.reason)),
                    [str(r) for r in self.de.get("rejected", self.rejected)])
        return self.what, self.reason, list(self.rejected)


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


def _blockers(before: Scene, box: pl.Box, skip: set[str]) -> list[SceneObject]:
    return [o for o in before.objects
            if o.id not in skip and o.type != "group" and o.visible and pl.overlaps(box, pl.world_box(o), tol=1e-3)]


_REL_EN = {"next": "next to", "left": "left of", "right": "right of", "front": "in front of", "behind": "behind",
           "on": "on", "under": "under", "above": "above"}
_REL_DE = {"next": "neben", "left": "links von", "right": "rechts von", "front": "vor", "behind": "hinter",
           "on": "auf", "under": "unter", "above": "über"}
_SIDE_DE = {"right": "rechte", "left": "linke", "front": "vordere", "behind": "hintere"}


def _de_name(obj: SceneObject) -> str:
    from autark.language.answer_words import name_of

    return name_of(obj, True)


def placement_decisions(before: Scene, after: Scene, notes: Sequence[SpotNote], placed: Sequence[str],
                        command: str) -> list[Decision]:
    """A decision per object the command added or moved (``placed``): where it went, why, and the spots it
    did not take (the wish when something stood there, the other sides of "next to"), in English and German."""
    out: list[Decision] = []
    for oid in placed:
        obj = after.find_object(oid)
        if obj is None or obj.type == "group":
            continue
        x, y, z = obj.transform.position
        mine = [n for n in notes if n.found is not None and math.hypot(n.found[0] - x, n.found[1] - z) < 2e-3
                and abs(n.y - y) < 2e-3]
        where = xz_words(x, z) + (f", {y:.2f} m up" if y > 0.01 else "")
        where_de = xz_words(x, z) + (f", {y:.2f} m hoch" if y > 0.01 else "")
        what, what_de = f"{obj.name} placed at {where}", f"{_de_name(obj)} steht bei {where_de}"
        if not mine:
            out.append(Decision("placement", what, [oid], f"that is the place the command named ('{command}')", [],
                                command, de={"what": what_de, "reason": f"dort hat der Befehl es hingestellt "
                                                                        f"('{command}')", "rejected": []}))
            continue
        note = mine[-1]
        rejected: list[str] = []
        rejected_de: list[str] = []
        targets = [o for o in (after.find_object(i) for i in note.targets) if o is not None]
        if math.hypot(note.desired[0] - note.found[0], note.desired[1] - note.found[1]) > 2e-3:  # type: ignore[index]
            wish = pl.box_at(note.ext, (note.desired[0], note.y, note.desired[1]))
            blocked = _blockers(before, wish, {oid})
            why_not = f"taken by the {', the '.join(o.name for o in blocked)}" if blocked else "outside the allowed area"
            why_not_de = (f"belegt von {', '.join(_de_name(o) for o in blocked)}" if blocked
                          else "außerhalb der erlaubten Fläche")
            rejected.append(f"the first spot tried, {xz_words(*note.desired)}: {why_not}")
            rejected_de.append(f"die zuerst versuchte Stelle, {xz_words(*note.desired)}: {why_not_de}")
        for other in notes:
            if other is not note and other.relation == note.relation and other.targets == note.targets \
                    and other.side and other.side != note.side:
                if other.found is None:
                    rejected.append(f"the {other.side} side: no free spot within 1.5 m")
                    rejected_de.append(f"die {_SIDE_DE[other.side]} Seite: kein freier Platz im Umkreis von 1.5 m")
                else:
                    rejected.append(f"the {other.side} side ({xz_words(*other.found)}): further away")
                    rejected_de.append(f"die {_SIDE_DE[other.side]} Seite ({xz_words(*other.found)}): weiter weg")
        rel, rel_de = _REL_EN.get(note.relation, ""), _REL_DE.get(note.relation, "")
        target = f" the {' and the '.join(o.name for o in targets)}" if rel and targets else ""
        target_de = f" {' und '.join(_de_name(o) for o in targets)}" if rel and targets else ""
        side = f" (on its {note.side} side)" if note.side else ""
        side_de = f" (auf der {_SIDE_DE[note.side]}n Seite)" if note.side else ""
        moved = math.hypot(note.desired[0] - x, note.desired[1] - z)
        asked = {"middle": ("in the middle of the room", "in der Mitte des Raums"),
                 "corner": ("in a corner", "in einer Ecke")}.get(note.relation)
        if rel:
            reason, reason_de = f"you asked for it {rel}{target}{side}; ", f"gewünscht: {rel_de}{target_de}{side_de}; "
        elif asked:
            reason, reason_de = f"you asked for it {asked[0]}; ", f"gewünscht: {asked[1]}; "
        else:
            reason, reason_de = ("no place was named, so it went to the middle of the floor; ",
                                 "kein Ort genannt, also in die Mitte des Bodens; ")
        if moved < 2e-3:
            reason, reason_de = reason + "that spot was free", reason_de + "die Stelle war frei"
        else:
            reason += f"the nearest free spot, {moved:.2f} m from the first one tried"
            reason_de += f"die nächste freie Stelle, {moved:.2f} m von der zuerst versuchten"
        out.append(Decision("placement", what, [oid], reason, rejected, command,
                            de={"what": what_de, "reason": reason_de, "rejected": rejected_de}))
    return out
