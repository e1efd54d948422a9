"""Setting templates: a place ("desert", "Wohnzimmer") as data, and the operators that build it.

Each template is a YAML file in ``assets/settings/``: ground and sky colours, a default lighting preset and
time of day, names in English and German, and a layout of assets around a free central acting area (a
``ACTING_AREA_HALF_M`` square around the origin stays empty for the characters). The default camera sits at
+Z looking toward -Z, so layouts fill the back (-Z) and the sides and keep the front mostly open.

A layout item may give ``size`` (metres) instead of ``scale``: the scale is then worked out from the asset's
declared bounds, so a wall is 5 m wide whatever the asset's own width. ``stands_on`` names another item whose top
the item stands on (a computer on a desk), so heights need not be hard-coded either.
"""

from __future__ import annotations

import difflib
import unicodedata
from functools import cache
from importlib import resources
from typing import TYPE_CHECKING, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError, model_validator

from autark.errors import NotUnderstood, ProjectError

if TYPE_CHECKING:
    from autark.ops import Operator
    from autark.scene.model import Scene, SceneObject

__all__ = [
    "ACTING_AREA_HALF_M",
    "TimeOfDay",
    "Weather",
    "LayoutItem",
    "SettingTemplate",
    "list_settings",
    "setting_aliases",
    "fold",
    "load_setting",
    "layout_objects",
    "setting_ops",
]

ACTING_AREA_HALF_M = 3.0  # the square |x|, |z| <= 3 m stays clear for the characters
TimeOfDay = Literal["dawn", "day", "sunset", "dusk", "night"]
Weather = Literal["clear", "rain", "snow", "fog", "overcast"]
Vec3 = tuple[float, float, float]
Color = tuple[float, float, float]


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class LayoutItem(_Model):
    """One asset of a template's layout."""

    type: str
    position: Vec3
    rotation: Vec3 = (0.0, 0.0, 0.0)
    scale: Vec3 | None = None
    size: Vec3 | None = None  # target size in metres (asset-local axes); overrides scale
    color: Color | None = None
    name: str = ""
    stands_on: str | None = None  # name of another item this one stands on (its y is then computed)

    @model_validator(mode="after")
    def _scale_or_size(self) -> LayoutItem:
        if self.scale is not None and self.size is not None:
            raise ValueError("give either scale or size, not both")
        return self


class SettingTemplate(_Model):
    name: str
    names: dict[str, list[str]] = Field(default_factory=dict)  # language -> names and aliases
    description: str = ""
    indoor: bool = False
    ground_color: Color
    sky_top: Color
    sky_horizon: Color
    background: str
    lighting: str = "daylight"
    time_of_day: TimeOfDay = "day"
    weather: Weather = "clear"
    layout: list[LayoutItem]


def fold(word: str) -> str:
    """Lower-case and fold German umlauts the way people type them without a German keyboard."""
    w = word.strip().lower().replace("ä", "ae").replace("ö", "oe").replace("ü", "ue").replace("ß", "ss")
    w = unicodedata.normalize("NFKD", w)
    return "".join(c for c in w if not unicodedata.combining(c)).replace(" ", "_").replace("-", "_")


@cache
def _all_templates() -> dict[str, SettingTemplate]:
    import yaml

    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # the C parser is ~10x faster where present
    loaded: dict[str, SettingTemplate] = {}
    folder = resources.files("autark.assets") / "settings"
    for entry in sorted(folder.iterdir(), key=lambda e: e.name):
        if not entry.name.endswith(".yaml"):
            continue
        try:
            tpl = SettingTemplate.model_validate(yaml.load(entry.read_text(encoding="utf-8"), Loader=loader))  # noqa: S506
        except (ValidationError, yaml.YAMLError) as exc:
            raise ProjectError(f"setting template {entry.name} is broken: {exc}") from None
        loaded[tpl.name] = tpl
    return loaded


def list_settings() -> list[str]:
    """The names of all setting templates."""
    return sorted(_all_templates())


@cache
def setting_aliases() -> dict[str, str]:
    """Every folded name and alias (English and German) -> template name."""
    out: dict[str, str] = {}
    for tpl in _all_templates().values():
        out[fold(tpl.name)] = tpl.name
        for words in tpl.names.values():
            for w in words:
                out[fold(w)] = tpl.name
    return out


def load_setting(name: str) -> SettingTemplate:
    """A template by name or alias ("desert", "Wüste", "living room"); unknown names suggest close ones."""
    aliases = setting_aliases()
    key = fold(name)
    if key in aliases:
        return _all_templates()[aliases[key]]
    close = difflib.get_close_matches(key, list(aliases), n=3, cutoff=0.6)
    suggestions = list(dict.fromkeys(aliases[c] for c in close))  # closest first
    hint = f"did you mean {' or '.join(repr(s) for s in suggestions)}?" if suggestions else (
        f"known settings: {', '.join(list_settings())}")
    raise NotUnderstood(f"there is no setting called {name!r}", word=name, suggestions=suggestions, hint=hint)


def layout_objects(template: SettingTemplate, first_id: int) -> list[SceneObject]:
    """The template's layout as scene objects with ids ``obj<first_id>``, ``obj<first_id+1>``, ..."""
    from autark.assets import library
    from autark.scene.model import Material, SceneObject, Transform

    placed: dict[str, tuple[float, float]] = {}  # item name -> (top y in world, for items standing on it)
    objects: list[SceneObject] = []
    for i, item in enumerate(template.layout):
        try:
            spec = library.get(item.type)
        except KeyError:
            raise ProjectError(f"setting {template.name!r} uses asset type {item.type!r}, which is not in the "
                               "asset library") from None
        size = spec.size
        if item.size is not None:
            scale = tuple(t / max(s, 1e-6) for t, s in zip(item.size, size, strict=True))
        else:
            scale = item.scale or (1.0, 1.0, 1.0)
        x, y, z = item.position
        if item.stands_on is not None:
            if item.stands_on not in placed:
                raise ProjectError(f"setting {template.name!r}: item {item.type!r} stands on {item.stands_on!r}, which "
                                   "must come earlier in the layout")
            y = placed[item.stands_on][0]
        # a support surface (a desk top) is where things stand; without one, the top of the bounds
        top_local = spec.supports[0].height if spec.supports else spec.bounds_max[1]
        if item.name:
            placed[item.name] = (y + top_local * scale[1], 0.0)
        objects.append(SceneObject(
            id=f"obj{first_id + i}",
            name=item.name or item.type.replace("_", " "),
            type=item.type,
            transform=Transform(position=(x, y, z), rotation=item.rotation, scale=scale),  # type: ignore[arg-type]
            material=Material(color=item.color or spec.color, roughness=spec.roughness, metallic=spec.metallic),
            tag="setting",
            bounds_min=spec.bounds_min,
            bounds_max=spec.bounds_max,
        ))
    return objects


def _lighting_op(preset_name: str) -> Operator | None:
    """The template's lighting preset as one operator (its lights and exposure; the template keeps its sky)."""
    from autark.assets import lighting
    from autark.ops import ApplyLighting

    try:
        preset = lighting.preset(preset_name)
    except KeyError:
        return None
    return ApplyLighting(preset=preset.name, lights=preset.build(), exposure=preset.exposure)


def setting_ops(template: SettingTemplate, scene: Scene) -> list[Operator]:
    """Operators that add the template's layout, ground and sky (and lighting) to ``scene``.

    They do not clear the scene: a previous setting's objects (tag "setting") are removed, the user's own
    objects stay where they are. A layout object that would overlap one of the user's objects is left out
    (together with what stands on it), so the user's things are never moved or buried.
    """
    from autark.ops import AddObject, RemoveObjects, SetSettings
    from autark.scene.geometry import world_bbox

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
    light = _lighting_op(template.lighting)
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
