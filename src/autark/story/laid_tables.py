"""Food, dishes and drinks stand on a table, not on the floor: the soup a waiter spills, the queen's teapot, the
birthday cake.

The story stands its props on a few spots on the ground round the acting area (``casting.PROP_SPOTS``): right
for a ball or a suitcase, wrong for a bowl of soup, which lay on the restaurant floor at the customer's feet.
``on_tables`` gives the idea's dishes a table to stand on: a thing of the idea's own that has a top (a desk, a
counter, a market stall) where it has one, else a table set behind the cast, between them, where the camera sees
it and both can reach it (a room's own table is taken away by the production, ``jobs.produce._set_twin``, so the
set shows one). Each dish is then placed on it by a sentence the command engine reads ("on the table"), which
sets it on the top. Out of doors only where a table can stand (a garden, a meadow, a village square); a picnic's
blanket or towel is a place of its own to set food on, and a thing already placed by its story ("steals the pie
from the shelf") keeps its place.
"""

from __future__ import annotations

from collections.abc import Sequence

from autark.story.served import SERVED
from autark.story.uses import USE_OF_THING

__all__ = ["TABLEWARE", "SERVED", "OUTDOOR_TABLE_SETS", "on_tables", "table_spot"]

# what is eaten or drunk (``story.uses``) and what it is served in
TABLEWARE = frozenset({*(t for t, use in USE_OF_THING.items() if use in ("eat", "drink")), "teapot", "plate", "bowl",
                       "kettle", "jar", "honey_jar", "birthday_cake"}) - {"carrot", "watermelon", "egg"}
# the outdoor sets where a table can stand; indoors any set can hold one
OUTDOOR_TABLE_SETS = frozenset({"garden", "meadow", "village", "town_square", "farm", "castle_courtyard", "beach",
                                "river_bank", "mountain_lake", "island", "city_street", "forest", "playground", "zoo"})
# things one sets food down on or round without a table (a picnic's blanket and towel, a campfire)
_SPREAD = frozenset({"beach_towel", "blanket", "picnic_blanket", "campfire"})
_BEHIND_M = 1.0  # the table's centre behind the front pair of the cast
_CLEAR_M = 0.35  # between the table's edge and anyone standing


def table_spot(cast: Sequence[tuple[float, float, float]], size: tuple[float, float, float],
               reach: Sequence[float] = ()) -> tuple[float, float, float]:
    """Where a table of ``size`` (width, height, depth) stands: between the first two of the ``cast`` and
    ``_BEHIND_M`` behind them, pushed back until its edge is ``_CLEAR_M`` clear of everyone's body (``reach``:
    each one's half width, a dragon's wings included); where that never comes clear, behind one of the first two
    instead (beside a dragon the table stood under its wing)."""
    front = list(cast[:2]) or [(0.0, 0.0, 0.0)]
    reach = (list(reach) + [0.0] * len(cast))[:len(cast)]
    w, _h, d = size
    starts = [(sum(p[0] for p in front) / len(front), sum(p[2] for p in front) / len(front)),
              *((p[0], p[2]) for p in front)]
    candidates = [(x, z - _BEHIND_M - 0.5 * k) for x, z in starts for k in range(8)]
    for x, z in candidates:
        if all(max(abs(p[0] - x) - w / 2, abs(p[2] - z) - d / 2) >= _CLEAR_M + r for p, r in zip(cast, reach, strict=True)):
            return (round(x, 2), 0.0, round(z, 2))
    x, z = candidates[0]
    return (round(x, 2), 0.0, round(z, 2))


def _reach(asset_type: str) -> float:
    """Half the width of a body of this kind beyond a person's (0 for a person, a cat; a dragon's wings)."""
    from autark.story.footprints import footprint

    size = footprint(asset_type)
    return max(0.0, max(size[0], size[2]) / 2 - 0.3) if size else 0.0


def _stand(props: Sequence) -> object | None:
    """The idea's own thing with a top to set things on (a desk, a counter, a table), if it has one."""
    from autark.assets import library

    for p in props:
        try:
            spec = library.get(p.type)
        except KeyError:
            continue
        if spec.category == "furniture" and any(s.name == "top" for s in spec.supports) and p.type not in TABLEWARE:
            return p
    return None


def on_tables(props: Sequence, cast: Sequence, setting: str | None) -> list:
    """``props`` (``screenplay.Prop``) with every dish, food and drink that stands on the ground placed on a
    table ("on the table"), and that table added where the idea brings none (``table_spot`` behind ``cast``,
    ``screenplay.CastMember``); unchanged where no dish stands on the ground, where the ``setting`` is out of doors
    and no table belongs there (``OUTDOOR_TABLE_SETS``), or where food is spread on a blanket or round a fire.
    Out of doors only what is served (``SERVED``) goes on a table: an apple may lie in the grass."""
    from autark.assets.library import person_kind
    from autark.assets.templates import load_setting
    from autark.errors import NotUnderstood
    from autark.story.footprints import footprint

    out = list(props)
    if not setting or any(p.type in _SPREAD for p in out) or not any(person_kind(c.type) for c in cast):
        return out  # (a cast of animals only eats off the floor: the mouse's cookie stays where a mouse finds it)
    try:
        indoor = load_setting(setting).indoor
    except NotUnderstood:
        return out
    if not indoor and setting not in OUTDOOR_TABLE_SETS:
        return out
    dishes = [i for i, p in enumerate(out) if p.type in (TABLEWARE if indoor else SERVED) and p.position is not None
              and not p.placement]
    if not dishes:
        return out
    from autark.story.screenplay import Prop

    stand = _stand(out)
    if stand is None:
        size = footprint("table")
        if size is None:
            return out
        stand = Prop(type="table", position=table_spot([tuple(c.position) for c in cast], size,
                                                       [_reach(c.type) for c in cast]))
        out.insert(0, stand)
        dishes = [i + 1 for i in dishes]
    where = f"on the {stand.type.replace('_', ' ')}"
    for i in dishes:
        out[i] = out[i].model_copy(update={"position": None, "placement": where})
    return out
