"""Set pieces: where a film made from an idea stands the idea's large things (a lighthouse, a castle, a ship, a
rocket, a house, a tree), so they are seen whole or as a backdrop and never stand on the cast or between the
camera and the action.

The story's props stand on a few spots around the acting area (``casting.PROP_SPOTS``), a metre or two from
the cast: right for an apple or a guitar, wrong for an 11 m lighthouse, whose base then swallowed its keeper and
filled every shot. A thing is a *set piece* when it would hide a person standing behind it and is too large to
handle (``is_set_piece``); ``stage_set_pieces`` moves each one behind the cast (the camera looks from +Z toward
-Z), alternately to the left and the right of the action's centre, its near side ``BEHIND_M`` behind the rearmost
character, so a character who walks to it crosses open ground and arrives at its near (camera) side, and a
front camera sees the action with the set piece behind it. Two smaller rules of the same kind: a prop tall
enough to hide a cat that stands between a character and the camera moves beside that character
(``stage_set_pieces``), and a character larger than ``SET_PIECE_M`` (a dragon) whose box would hold another
stands beside them (``stage_large_cast``).

Below the production (``autark.jobs.produce`` keeps a hand-written plan's set piece off its cast the same way).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from autark.cinema.rules import SET_PIECE_M
from autark.scene.model import Vec3
from autark.story.footprints import footprint

__all__ = ["BEHIND_M", "SET_PIECE_M", "room_floor", "is_set_piece", "off_the_cast", "set_piece_spot", "stage_large_cast",
           "stage_set_pieces"]

_HIDES_M = 1.2  # ... and at least this tall (a pond, a crater or a tennis net hides nobody)
BEHIND_M = 2.0  # open ground between the rearmost character and a set piece's near side
_SIDE_GAP_M = 0.6  # between the action's centre line and a set piece's inner side
_CAST_CLEAR_M = 1.2  # no set piece's footprint comes nearer than this to a character
_HIDES_CAT_M = 0.4  # a prop at least this tall hides a cat or a sitting child behind it
_CORRIDOR_M = 0.35  # half the width of a character's corridor to a front camera ...
_CORRIDOR_LEN_M = 5.0  # ... and its length
_WALL_GAP_M = 0.5  # between a room's walls and a set piece


def is_set_piece(asset_type: str, scale: float = 1.0) -> bool:
    """Whether a thing of this kind (``scale`` times its size) is a set piece: not a character, at least
    ``_HIDES_M`` tall and taller, wider or deeper than ``SET_PIECE_M`` (a lighthouse, a house, a tree, a bus, a
    giant pumpkin; not a flower, a table or a pond)."""
    from autark.assets import library

    size = footprint(asset_type, scale)
    if size is None or library.is_character(asset_type):
        return False
    w, h, d = size
    return h >= _HIDES_M and max(w, h, d) > SET_PIECE_M


def set_piece_spot(size: tuple[float, float, float], cast: Sequence[Vec3], taken: Sequence[tuple[Vec3, Vec3]] = (),
                   index: int = 0) -> Vec3:
    """Where the ``index``-th set piece of ``size`` (width, height, depth) stands: behind the cast, on the left
    (even index) or the right (odd) of the action's centre line, clear of every character by ``_CAST_CLEAR_M``
    and of the footprints already ``taken`` ((min, max) corners); pushed further back until it is."""
    w, _h, d = size
    xs = [p[0] for p in cast] or [0.0]
    zs = [p[2] for p in cast] or [0.0]
    centre_x = (min(xs) + max(xs)) / 2
    side = -1.0 if index % 2 == 0 else 1.0
    x = centre_x + side * (_SIDE_GAP_M + w / 2)
    z = min(zs) - BEHIND_M - d / 2
    for _ in range(40):
        lo, hi = (x - w / 2, 0.0, z - d / 2), (x + w / 2, 0.0, z + d / 2)
        if not _blocked(lo, hi, cast, taken):
            break
        z -= 1.0
    return (round(x, 2), 0.0, round(z, 2))


def _box(prop: object, scale: float = 1.0) -> tuple[Vec3, Vec3]:
    w, _h, d = footprint(prop.type, scale) or (0.0, 0.0, 0.0)  # type: ignore[attr-defined]
    x, _y, z = prop.position  # type: ignore[attr-defined]
    return (x - w / 2, 0.0, z - d / 2), (x + w / 2, 0.0, z + d / 2)


def _blocked(lo: Vec3, hi: Vec3, cast: Sequence[Vec3], taken: Sequence[tuple[Vec3, Vec3]]) -> bool:
    for p in cast:
        dx = max(lo[0] - p[0], 0.0, p[0] - hi[0])
        dz = max(lo[2] - p[2], 0.0, p[2] - hi[2])
        if (dx * dx + dz * dz) ** 0.5 < _CAST_CLEAR_M:
            return True
    return any(lo[0] < t_hi[0] + 0.5 and t_lo[0] - 0.5 < hi[0] and lo[2] < t_hi[2] + 0.5 and t_lo[2] - 0.5 < hi[2]
               for t_lo, t_hi in taken)


def _in_front(lo: Vec3, hi: Vec3, who: Vec3) -> bool:
    """Whether a footprint stands in the corridor between a character and a front camera (+Z)."""
    return lo[0] - _CORRIDOR_M < who[0] < hi[0] + _CORRIDOR_M and hi[2] > who[2] and lo[2] < who[2] + _CORRIDOR_LEN_M


def _beside(prop: object, size: tuple[float, float, float], cast_at: list[Vec3],
            others: list[tuple[Vec3, Vec3]]) -> Vec3 | None:
    """A new place for a prop that stands in front of a character (the sofa before the cat that waits to come
    in, which then slept behind it, unseen): beside that character, on whichever side leaves every character's
    corridor to the camera clear; None when it stands in front of nobody (or no side is clear)."""
    w, _h, d = size
    x, y, z = prop.position  # type: ignore[attr-defined]
    lo, hi = (x - w / 2, 0.0, z - d / 2), (x + w / 2, 0.0, z + d / 2)
    hidden = [c for c in cast_at if _in_front(lo, hi, c)]
    if not hidden:
        return None
    who = hidden[0]
    for nx in sorted((who[0] - w / 2 - 0.7, who[0] + w / 2 + 0.7), key=abs):  # toward the middle first
        nlo, nhi = (nx - w / 2, 0.0, who[2] - d / 2), (nx + w / 2, 0.0, who[2] + d / 2)
        if not any(_in_front(nlo, nhi, c) for c in cast_at) and not _blocked(nlo, nhi, [], others) and not any(
                nlo[0] - 0.3 < c[0] < nhi[0] + 0.3 and nlo[2] - 0.3 < c[2] < nhi[2] + 0.3 for c in cast_at):
            return (round(nx, 2), y, round(who[2], 2))
    return None


def room_floor(setting: str | None) -> tuple[float, float, float, float] | None:
    """(x0, z0, x1, z1) of an indoor setting's floor, None outdoors (or for a setting autark does not know)."""
    from autark.assets.templates import load_setting
    from autark.errors import NotUnderstood

    if not setting:
        return None
    try:
        template = load_setting(setting)
    except NotUnderstood:
        return None
    floors = [item for item in template.layout if item.type == "floor" and item.size is not None]
    if not template.indoor or not floors:
        return None
    (x, _y, z), (w, _h, d) = floors[0].position, floors[0].size
    return x - w / 2, z - d / 2, x + w / 2, z + d / 2


def stage_set_pieces(props: Sequence, cast: Sequence, setting: str | None = None,
                     scales: Mapping[str, float] | None = None) -> list:
    """``props`` (``screenplay.Prop``) with every set piece moved to its ``set_piece_spot`` behind ``cast``
    (``screenplay.CastMember``), and every smaller prop tall enough to hide a cat that stands between a
    character and the camera moved beside that character; the other props keep their places (a set piece's
    footprint stays clear of them too). A prop placed by a sentence ("next to Robo") keeps its sentence. In an
    indoor ``setting`` a set piece the room cannot hold stands behind its back wall (``room_floor``). ``scales``
    maps a prop type to the size the idea gives it (``story.sizes``): a giant pumpkin is staged as a set piece.
    Dishes, food and drinks on the ground are set on a table first (``story.laid_tables``)."""
    from autark.story.laid_tables import on_tables

    cast_at = [tuple(c.position) for c in cast]
    room = room_floor(setting)
    out = on_tables(props, cast, setting)  # first the dishes onto a table: it is a prop the others keep clear of
    scale = {p.type: (scales or {}).get(p.type, 1.0) for p in out}
    staged = [p.position is not None and not p.placement and footprint(p.type) is not None for p in out]
    piece = [is_set_piece(p.type, scale[p.type]) for p in out]
    for i, prop in enumerate(out):  # first the small things, where the cast can be seen past them
        size = footprint(prop.type, scale[prop.type])
        if staged[i] and not piece[i] and size[1] >= _HIDES_CAT_M:  # type: ignore[index]
            others = [_box(p, scale[p.type]) for j, p in enumerate(out) if j != i and staged[j] and not piece[j]]
            spot = _beside(prop, size, cast_at, others)  # type: ignore[arg-type]
            if spot is not None:
                out[i] = prop.model_copy(update={"position": spot})
    small = [tuple(p.position) for j, p in enumerate(out) if staged[j] and not piece[j]]
    taken: list[tuple[Vec3, Vec3]] = []
    n = 0
    for i, prop in enumerate(out):  # then the set pieces, behind them all
        if not staged[i] or not piece[i]:
            continue
        size = footprint(prop.type, scale[prop.type])
        x, y, z = set_piece_spot(size, [*cast_at, *small], taken, n)  # type: ignore[arg-type]
        w, _h, d = size  # type: ignore[misc]
        if room is not None and room[1] + _WALL_GAP_M > z - d / 2:
            # in a room: one that fits between the cast and the back wall stands there; one too deep for that
            # stands with its front in the room and its back through the wall (the spaceship a robot repairs in
            # the station's hangar, reached on the room's side); one wider than the room (a castle in a throne
            # room) stands behind the back wall, not through the side walls
            fit = room[1] + _WALL_GAP_M + d / 2
            fx = min(max(x, room[0] + _WALL_GAP_M + w / 2), room[2] - _WALL_GAP_M - w / 2)
            near = min(p[2] for p in [*cast_at, *small]) - _CAST_CLEAR_M if cast_at or small else 0.0
            if room[2] - room[0] < w + 2 * _WALL_GAP_M:
                z = round(room[1] - _WALL_GAP_M - d / 2, 2)
            else:
                x, z = round(fx, 2), round(min(fit, near - d / 2), 2)
        n += 1
        taken.append(((x - size[0] / 2, 0.0, z - size[2] / 2), (x + size[0] / 2, 0.0, z + size[2] / 2)))  # type: ignore[index]
        out[i] = prop.model_copy(update={"position": (x, y, z)})
    return out


def off_the_cast(asset_type: str, position: Vec3, cast: Sequence[Vec3], index: int = 0) -> Vec3 | None:
    """For a set piece a plan stands at ``position``: its ``set_piece_spot`` when its footprint comes within
    ``_CAST_CLEAR_M`` of a character or stands between one and a front camera; None when it stands clear (or
    is no set piece)."""
    size = footprint(asset_type)
    if size is None or not is_set_piece(asset_type) or not cast:
        return None
    w, _h, d = size
    lo, hi = (position[0] - w / 2, 0.0, position[2] - d / 2), (position[0] + w / 2, 0.0, position[2] + d / 2)
    if not _blocked(lo, hi, cast, ()) and not any(_in_front(lo, hi, c) for c in cast):
        return None
    return set_piece_spot(size, cast, (), index)


_BESIDE_M = 0.5  # between a large character's box and the nearest other character


def stage_large_cast(cast: Sequence, scales: Mapping[str, float] | None = None) -> list:
    """``cast`` (``screenplay.CastMember``) with each character larger than ``SET_PIECE_M`` (a dragon, a whale,
    a dinosaur) whose reach would hold another character moved sideways, away from the others, until
    ``_BESIDE_M`` of open ground lies between them: a princess standing inside a dragon's wings is hidden. A
    large body's reach is its longest horizontal extent from where it stands, whichever way it turns (two
    dinosaurs set a person's width apart turned to fight and stood inside one another)."""
    from autark.assets import library

    def reach(member) -> float:
        try:
            spec = library.get(member.type)
        except KeyError:
            return 0.0
        k = (scales or {}).get(member.name, 1.0)  # "a giant robot" (``story.sizes``)
        lo, hi = spec.bounds_min, spec.bounds_max
        if max(hi[0] - lo[0], hi[2] - lo[2]) * k <= SET_PIECE_M:
            return 0.0  # a person-sized body: a point next to a large one
        return k * max(abs(lo[0]), abs(hi[0]), abs(lo[2]), abs(hi[2]))

    out = list(cast)
    for i, member in enumerate(out):
        r = reach(member)
        if r == 0.0:
            continue
        x, y, z = member.position
        others = [(tuple(c.position), reach(c)) for j, c in enumerate(out) if j != i]
        if not any(abs(x - p[0]) < r + ro + _BESIDE_M and abs(z - p[2]) < r + ro + _BESIDE_M for p, ro in others):
            continue
        centre = sum(p[0] for p, _ro in others) / len(others)
        if x >= centre:
            x = max(p[0] + ro for p, ro in others) + _BESIDE_M + r
        else:
            x = min(p[0] - ro for p, ro in others) - _BESIDE_M - r
        out[i] = member.model_copy(update={"position": (round(x, 2), y, z)})
    return out
