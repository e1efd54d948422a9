"""The themed prop and set modules, each declaring its kinds with ``_kit.kind`` (importing this module declares
them all): food, kitchen (and restaurant), music, tools, sports, space, castle (and fairy tale), school, street,
seaside (beach, snow, underwater), farm and everyday things."""

from __future__ import annotations

from autark.assets.catalog import (  # noqa: F401
    appliances,
    carried_things,
    castle,
    everyday,
    farm,
    flowers,
    food,
    foods_more,
    fruits_small,
    games,
    hand_things,
    kitchen,
    leaves,
    making_tools,
    music,
    named_gear,
    open_places,
    places_more,
    props_extra,
    props_kept_whole,
    props_more,
    school,
    seaside,
    slopes,
    space,
    sports,
    street,
    tale_and_sport_things,
    tools,
    transit,
    workplace,
)
