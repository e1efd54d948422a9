"""The fire of a thing that burns in it: "puts out the fire in the fireplace", "löscht das Feuer im Kamin",
"blows out the candles on the cake".

"fire" alone is read as a campfire; where the idea also names a thing that holds its own flames (a fireplace,
an oven, a torch, a candle: an asset with a flame among its parts, ``autark.assets.unlit``), the fire is that
thing's, so what is lit or put out is the fireplace, not a second campfire set down beside it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from autark.assets.templates import fold

if TYPE_CHECKING:
    from autark.story.concept import ObjectConcept
    from autark.story.events import Event

__all__ = ["holds_flames", "fire_of_holder"]

_FIRE = "campfire"
_CANDLE = "candle"
_BARE_FIRE_WORDS = frozenset({"fire", "fires", "flame", "flames", "feuer", "flamme", "flammen", "glut", "embers"})


def holds_flames(asset_type: str) -> bool:
    """Whether a thing's own model has a flame among its parts (a candle, a fireplace; not a lamp's bulb)."""
    from autark.assets import library
    from autark.assets.unlit import is_flame

    try:
        spec = library.get(asset_type)
        return asset_type != _FIRE and any(is_flame(p, spec) for p in library.build_parts(asset_type))
    except KeyError:
        return False


def fire_of_holder(objects: list[ObjectConcept], events: list[Event]) -> tuple[list[ObjectConcept], list[Event]]:
    """``objects`` and ``events`` with a bare "fire" (a campfire read from "fire", "Feuer") given to the first
    thing named that holds its own flames, and candles to the first other thing that has candles' flames ("the
    candles on the birthday cake"): the events about the fire or the candles are about it, and no campfire or
    loose candle is set beside it."""
    for own, bare in ((_FIRE, _BARE_FIRE_WORDS), (_CANDLE, None)):
        fire = next((o for o in objects if o.type == own and (bare is None or fold(o.word) in bare)), None)
        holder = next((o.type for o in objects if o.type not in (_FIRE, _CANDLE) and holds_flames(o.type)), None)
        if fire is None or holder is None:
            continue
        events = [e.model_copy(update={k: holder for k in ("patient", "instrument", "result", "place")
                                       if getattr(e, k) == own}) for e in events]
        objects = [o for o in objects if o is not fire]
    return objects, events
