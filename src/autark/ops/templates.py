"""Setting templates as operators: a template's layout, ground, sky and lighting added to a scene in one
command (the data is ``autark.assets.templates``)."""

from __future__ import annotations

from autark.assets import lighting
from autark.assets.templates import SettingTemplate, layout_objects
from autark.ops.operators import AddObject, ApplyLighting, Operator, RemoveObjects, SetSettings
from autark.scene.geometry import world_bbox
from autark.scene.model import Scene

__all__ = ["setting_ops"]


def _lighting_op(preset_name: str, indoor: bool) -> Operator | None:
    """The template's lighting preset as one operator (its lights, as a room lets them in when ``indoor``, and
    exposure; the template keeps its sky)."""
    try:
        preset = lighting.preset(preset_name)
    except KeyError:
        return None
    return ApplyLighting(preset=preset.name, lights=preset.build(indoor=indoor), exposure=preset.exposure)


def setting_ops(template: SettingTemplate, scene: Scene) -> list[Operator]:
    """Operators that add the template's layout, ground and sky (and lighting) to ``scene``.

    They do not clear the scene: a previous setting's objects (tag "setting") are removed, the user's own
    objects stay where they are. A layout object that would overlap one of the user's objects is left out
    (together with what stands on it), so the user's things are never moved or buried.
    """
    ops: list[Operator] = []
    previous = [o.id for o in scene.objects if o.tag == "setting" and o.parent is None]
    if previous:
        ops.append(RemoveObjects(ids=previous))
    gone = set(previous)
    mine = [world_bbox(o) for o in scene.objects
            if o.id not in gone and o.tag != "setting" and o.visible and o.type != "group"]
    by_name = {item.name: i for i, item in enumerate(template.layout) if item.name}
    skipped: set[int] = set()
    for i, (item, obj) in enumerate(zip(template.layout, layout_objects(template, scene.next_id), strict=True)):
        box = world_bbox(obj)
        on_skipped = item.stands_on is not None and by_name.get(item.stands_on) in skipped
        if on_skipped or any(box.overlaps(b) for b in mine):
            skipped.add(i)
            continue
        ops.append(AddObject(object=obj))
    light = _lighting_op(template.lighting, template.indoor)
    if light is not None:
        ops.append(light)
    ops.append(SetSettings(changes={
        "ground_color": template.ground_color,
        "sky_top": template.sky_top,
        "sky_horizon": template.sky_horizon,
        "background": template.background,
        # indoors the layout brings its own floor; the endless ground plane would fight with it
        "ground_visible": not template.indoor,
        "setting": template.name,
    }))
    return ops
