"""The fixtures of a kind of place: what is built into it and reads as that place wherever it stands ("a
blackboard" is a classroom, "a market stall" a market, "a grandstand" a stadium). A fixture on the set of
another place is a piece of the wrong place (a blackboard standing on a street, a hospital bed on a beach): the
idea that names one either is at its place (``home_of``) or names a thing that only that place holds.

One row is a kind of place and its fixtures, never one idea's things; the things a person carries (a ball, a
book, a cup) belong nowhere in particular and are no fixtures.
"""

from __future__ import annotations

from autark.story.hypernyms import table_rows

__all__ = ["FIXTURES", "home_of", "foreign_fixtures", "fixture_stop"]

# set: the fixture kinds (catalog types) that belong to it; a kind in two rows belongs to both
_ROWS = """
classroom: blackboard school_desk
town_square: market_stall fountain
stadium: grandstand football_goal
sports_field: grandstand football_goal
train_station: railway_track platform_edge train
hospital: hospital_bed drip_stand privacy_curtain medical_cart
church: pew altar stained_glass_window lectern
throne_room: throne long_table
supermarket: checkout grocery_shelf shopping_cart counter
laboratory: lab_bench microscope
factory: conveyor_belt machine
swimming_pool: diving_board lap_pool pool_ladder lifeguard_tower
beach: lifeguard_tower beach_umbrella
ship_deck: ship_wheel mast deck_planks
playground: swing_set playground_slide sandbox
workshop: workbench anvil
kitchen: stove kitchen_sink oven counter
restaurant: menu_board dining_set bar_stool oven counter
shop: counter
snow_field: igloo
farm: silo chicken_coop tractor
museum: rope_barrier
"""
FIXTURES: dict[str, tuple[str, ...]] = {}  # kind -> its places, the most usual first (the first row naming it)
for _place, _kinds in table_rows(_ROWS):
    for _kind in _kinds.split():
        FIXTURES[_kind] = (*FIXTURES.get(_kind, ()), _place)


def home_of(kind: str) -> tuple[str, ...]:
    """The sets a fixture of ``kind`` belongs to, the most usual first (empty for a thing that belongs anywhere)."""
    return FIXTURES.get(kind, ())


def foreign_fixtures(setting: str, kinds: list[str]) -> list[str]:
    """The ``kinds`` that are fixtures of another place than ``setting`` (a blackboard on a city street)."""
    return [k for k in kinds if (home := home_of(k)) and setting not in home]


def fixture_stop(kind: str, settings: list[str]) -> int | None:
    """The first of a journey's ``settings`` that a fixture of ``kind`` belongs to, None where none is (or it is
    no fixture): there it stands, never in the stops before."""
    home = home_of(kind)
    return next((k for k, s in enumerate(settings) if s in home), None)
