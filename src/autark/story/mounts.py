"""Riders and their mounts in a story: who rides what ("the knight rides his horse", "die Prinzessin reitet auf
ihrem Pferd"), and the rider standing at the mount's flank from the first shot, so the ride's shot is spent
in the saddle rather than on the walk to the horse (``autark.language.riding`` stages no walk to a mount that
close, and a ride over two shots goes on from the saddle: ``autark.motion.riding.ride_at``)."""

from __future__ import annotations

from collections.abc import Sequence

from autark.story.events import Event
from autark.story.screenplay import CastMember

__all__ = ["BESIDE_MOUNT_M", "can_carry", "mount_of", "riders", "beside_mounts"]

BESIDE_MOUNT_M = 0.3  # open ground between the rider and the mount's flank (the staging walks farther gaps)


def can_carry(asset_type: str) -> bool:
    """A four-legged body big enough to sit on (a horse, a unicorn, an elephant; not a cat)."""
    from autark.motion.creatures import creature_rig

    rig = creature_rig(asset_type)
    return rig is not None and rig.plan == "quadruped" and rig.size >= 0.9


def mount_of(ev: Event, cast: Sequence[CastMember], rider: str) -> str:
    """The cast name ``rider`` rides in the ride ``ev``: the carrying creature the event names, else the first
    one cast ("a sheriff rides into town": the horse the story cast for it); "" for none."""
    kinds = {c.name: c.type for c in cast}
    for who in (ev.recipient, ev.partner, ev.patient, ev.instrument):
        if who and who != rider and who in kinds and can_carry(kinds[who]):
            return who
    return next((c.name for c in cast if c.name != rider and can_carry(c.type)), "")


def riders(events: Sequence[Event], cast: Sequence[CastMember]) -> dict[str, str]:
    """rider -> mount for each ride of the idea whose rider is not a carrying creature itself (the first ride
    a rider takes decides their mount)."""
    out: dict[str, str] = {}
    kinds = {c.name: c.type for c in cast}
    for ev in events:
        if ev.kind != "ride":
            continue
        rider = next((a for a in ev.agents if a in kinds and not can_carry(kinds[a])), "")
        mount = mount_of(ev, cast, rider) if rider else ""
        if rider and mount and rider not in out and mount not in out.values():
            out[rider] = mount
    return out


def _half_width(asset_type: str) -> float:
    """Half the width across a body standing as cast (heading 0, facing the camera): its extent along X."""
    from autark.assets import library

    try:
        spec = library.get(asset_type)
    except KeyError:
        return 0.4
    return max(abs(spec.bounds_min[0]), abs(spec.bounds_max[0]))


def beside_mounts(events: Sequence[Event], cast: Sequence[CastMember]) -> list[CastMember]:
    """``cast`` with each rider moved to the flank of their mount that faces the middle of the set (the mount
    rides off toward the other side), ``BESIDE_MOUNT_M`` of ground between them."""
    pairs = riders(events, cast)
    if not pairs:
        return list(cast)
    by_name = {c.name: c for c in cast}
    out = []
    for c in cast:
        mount = by_name.get(pairs.get(c.name, ""))
        if mount is None:
            out.append(c)
            continue
        x, _y, z = mount.position
        side = -1.0 if x > 0.3 else 1.0  # toward the middle: a mount on the right rides off right, and back
        off = _half_width(mount.type) + _half_width(c.type) + BESIDE_MOUNT_M
        out.append(c.model_copy(update={"position": (round(x + side * off, 2), 0.0, round(z, 2))}))
    return out
