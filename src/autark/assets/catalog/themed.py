"""The themed prop and set modules (food, kitchen, music, tools, sports, space, castle, school, street, beach,
snow, underwater, farm, everyday), each declaring its kinds with ``_kit.kind``: importing this module declares
them all."""

from __future__ import annotations

from autark.assets.catalog import (  # noqa: F401
    castle,
    everyday,
    farm,
    food,
    kitchen,
    music,
    school,
    seaside,
    space,
    sports,
    street,
    tools,
)
