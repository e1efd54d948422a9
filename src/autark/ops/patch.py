"""Scene differences: what a command changed, as data that can be applied forward or backward."""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, Field

from autark.scene.model import Scene

__all__ = ["Patch", "diff", "apply_patch"]

# Collections of named things, keyed by this field; everything else in a Scene is replaced whole.
_KEYED = {"objects": "id", "cameras": "name", "lights": "name", "characters": "id"}


class Patch(BaseModel):
    """For keyed collections: key -> (before, after) where None means absent; ``order`` keeps list order.
    For other top-level fields: name -> (before, after)."""

    items: dict[str, dict[str, tuple[dict[str, Any] | None, dict[str, Any] | None]]] = Field(default_factory=dict)
    order: dict[str, tuple[list[str], list[str]]] = Field(default_factory=dict)
    fields: dict[str, tuple[Any, Any]] = Field(default_factory=dict)

    def inverse(self) -> Patch:
        return Patch(
            items={k: {key: (a, b) for key, (b, a) in v.items()} for k, v in self.items.items()},
            order={k: (a, b) for k, (b, a) in self.order.items()},
            fields={k: (a, b) for k, (b, a) in self.fields.items()},
        )

    @property
    def empty(self) -> bool:
        return not (self.items or self.fields or self.order)


def diff(before: Scene, after: Scene) -> Patch:
    """What changed from ``before`` to ``after``. Items that are the very same instance in both scenes are
    unchanged without looking (``apply_ops`` shares every object it does not touch), so a command on a scene
    of hundreds of objects dumps and compares only the few it changed."""
    patch = Patch()
    for name, key in _KEYED.items():
        blist, alist = getattr(before, name), getattr(after, name)
        bmap = {getattr(x, key): x for x in blist}
        amap = {getattr(x, key): x for x in alist}
        changed = {}
        # before's keys, then the new ones in after's order: apply_patch appends new items in this order
        for k in [*bmap, *(k for k in amap if k not in bmap)]:
            old, new = bmap.get(k), amap.get(k)
            if old is new:
                continue
            old_json = None if old is None else old.model_dump(mode="json")
            new_json = None if new is None else new.model_dump(mode="json")
            if old_json != new_json:
                changed[k] = (old_json, new_json)
        if changed:
            patch.items[name] = changed
        border, aorder = list(bmap), list(amap)
        if not _appends_only(border, aorder):
            patch.order[name] = (border, aorder)
    for name in type(before).model_fields:
        if name in _KEYED:
            continue
        old, new = getattr(before, name), getattr(after, name)
        if old is new:
            continue
        old_json, new_json = _field_json(before, name), _field_json(after, name)
        if old_json != new_json:
            patch.fields[name] = (old_json, new_json)
    return patch


def _appends_only(border: list[str], aorder: list[str]) -> bool:
    """True when ``aorder`` is ``border`` with items removed from its end and new ones appended, both ways
    round: then ``apply_patch`` restores the order from the items alone, and the patch need not carry two
    lists of every id (which made each "add" cost as much as the scene is large, in time and log size)."""
    after = set(aorder)
    kept = len(border)
    while kept and border[kept - 1] not in after:
        kept -= 1
    return aorder[:kept] == border[:kept] and not after.intersection(border[kept:])


def _field_json(scene: Scene, name: str) -> Any:
    return scene.model_dump(mode="json", include={name})[name]


def apply_patch(scene: Scene, patch: Patch) -> Scene:
    """Apply the 'after' side of ``patch`` to ``scene`` and return the new scene."""
    data = scene.model_dump(mode="json")
    for name, key in _KEYED.items():
        current = {x[key]: x for x in data[name]}
        for k, (_before, after) in patch.items.get(name, {}).items():
            if after is None:
                current.pop(k, None)
            else:
                current[k] = after
        if name in patch.order:
            wanted = patch.order[name][1]
            rest = [k for k in current if k not in wanted]
            data[name] = [current[k] for k in wanted if k in current] + [current[k] for k in rest]
        else:  # appends only (see _appends_only): the dict's own order is the list's, new items last
            data[name] = list(current.values())
    for name, (_before, after) in patch.fields.items():
        data[name] = after
    return Scene.model_validate(data)
