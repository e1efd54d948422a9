"""Setting templates: a place ("desert", "Wohnzimmer") as data (``autark.ops.templates`` builds it as operators).

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
from collections import Counter
from functools import cache
from importlib import resources
from typing import TYPE_CHECKING, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError, model_validator

from autark.errors import NotUnderstood, ProjectError, RegistryError
from autark.registry import Registry
from autark.scene.model import Weather as SceneWeather

if TYPE_CHECKING:
    from autark.scene.model import SceneObject

__all__ = [
    "ACTING_AREA_HALF_M",
    "TimeOfDay",
    "Weather",
    "LayoutItem",
    "SettingTemplate",
    "TEMPLATES",
    "list_settings",
    "setting_aliases",
    "fold",
    "load_setting",
    "layout_objects",
]

ACTING_AREA_HALF_M = 3.0  # the square |x|, |z| <= 3 m stays clear for the characters
TimeOfDay = Literal["dawn", "day", "sunset", "dusk", "night"]
Weather = SceneWeather  # one list of weathers: the scene's (a template names the weather it usually has)
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
    if w.isascii():  # nothing to decompose (the words of every table at start-up: 30,000 folds)
        return w.replace(" ", "_").replace("-", "_")
    w = unicodedata.normalize("NFKD", w)
    return "".join(c for c in w if not unicodedata.combining(c)).replace(" ", "_").replace("-", "_")


def _builtin_templates(registry: Registry[SettingTemplate]) -> None:
    """The YAML files of ``assets/settings/``."""
    import yaml

    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # the C parser is ~10x faster where present
    folder = resources.files("autark.assets") / "settings"
    for entry in sorted(folder.iterdir(), key=lambda e: e.name):
        if not entry.name.endswith(".yaml"):
            continue
        try:
            tpl = SettingTemplate.model_validate(yaml.load(entry.read_text(encoding="utf-8"), Loader=loader))  # noqa: S506
        except (ValidationError, yaml.YAMLError) as exc:
            raise ProjectError(f"setting template {entry.name} is broken: {exc}") from None
        registry.add(tpl.name, with_far_side(tpl))


# An outdoor set is dressed along its back (-Z), where the default camera looks; a reverse angle (a shot
# toward +Z, over a speaker's shoulder or onto someone walking up) saw bare ground and an empty sky behind its
# subject. The far side gets the back's scenery turned round: the repeated kinds only (houses, trees, rocks,
# walls), never a landmark that would be there twice (a castle, a windmill, a train), mirrored through the
# acting area and pushed out beyond where the planner's cameras stand, on the ground only.
FAR_SIDE_KINDS = frozenset({"house", "tree", "pine_tree", "snowy_pine", "palm_tree", "cactus", "bush", "rock",
                            "fence", "enclosure_fence", "castle_wall", "seaweed", "coral", "haystack",
                            "moon_rock"})
FAR_SIDE_MIN_Z = 13.0  # beyond a wide's camera (a group framed from 6-10 m)
FAR_SIDE_MAX_Z = 18.0  # on the ground (40 m across) with room for a house's depth
_FAR_SIDE_BACK_Z = -4.0  # what stands behind the acting area this far is the back's scenery


def with_far_side(template: SettingTemplate) -> SettingTemplate:
    """``template`` with its back's repeated scenery also on the far side (outdoor sets; see above): the
    nearest of the back's pieces at ``FAR_SIDE_MIN_Z`` and the others as far again as they stood behind it,
    up to ``FAR_SIDE_MAX_Z``; a copy that would overlap anything already there is left out."""
    if template.indoor or any(item.position[2] >= FAR_SIDE_MIN_Z for item in template.layout):
        return template  # a room has its fourth wall; a set dressed out there already keeps its own
    counts = Counter(item.type for item in template.layout)
    # only a kind the set has more than one of: "the house", "the tree" said of a set with one stays that one
    back = [item for item in template.layout if item.type in FAR_SIDE_KINDS and counts[item.type] >= 2
            and item.stands_on is None and item.position[2] <= _FAR_SIDE_BACK_Z]
    if not back:
        return template
    nearest = min(-item.position[2] for item in back)
    taken = [_footprint(item) for item in template.layout if item.stands_on is None]
    far = []
    for item in back:
        x, y, z = item.position
        far_z = FAR_SIDE_MIN_Z + (-z - nearest)
        if far_z > FAR_SIDE_MAX_Z:
            continue
        rx, ry, rz = item.rotation
        copy = item.model_copy(update={"position": (-x, y, far_z), "rotation": (rx, (ry + 180.0) % 360.0, rz),
                                       "name": ""})
        box = _footprint(copy)
        if any(box[0] < b[2] and b[0] < box[2] and box[1] < b[3] and b[1] < box[3] for b in taken):
            continue
        taken.append(box)
        far.append(copy)
    return template.model_copy(update={"layout": [*template.layout, *far]}) if far else template


def _footprint(item: LayoutItem) -> tuple[float, float, float, float]:
    """(min x, min z, max x, max z) of an item on the ground, turned by its heading (a quarter turn swaps x, z)."""
    from autark.assets import library

    spec = library.get(item.type)
    if item.size is not None:
        sx, sz = item.size[0], item.size[2]
    else:
        scale = item.scale or (1.0, 1.0, 1.0)
        sx, sz = spec.size[0] * scale[0], spec.size[2] * scale[2]
    if round(item.rotation[1] / 90.0) % 2:
        sx, sz = sz, sx
    x, _y, z = item.position
    return (x - sx / 2, z - sz / 2, x + sx / 2, z + sz / 2)


def _check_template(name: str, template: SettingTemplate) -> None:
    if not isinstance(template, SettingTemplate) or template.name != name:
        raise RegistryError(f"setting {name!r}: register a SettingTemplate whose name is its name")


# template name -> template; the built-in YAML files load on first use (plugins add theirs here)
TEMPLATES: Registry[SettingTemplate] = Registry("setting template", builtins=_builtin_templates,
                                                check=_check_template)


def list_settings() -> list[str]:
    """The names of all setting templates."""
    return TEMPLATES.names()


def setting_aliases() -> dict[str, str]:
    """Every folded name and alias (English and German) -> template name."""
    return _aliases(len(TEMPLATES))  # the registry only grows: its size says whether a template was added


@cache
def _aliases(_count: int) -> dict[str, str]:
    out: dict[str, str] = {}
    for tpl in TEMPLATES.values():
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
        return TEMPLATES[aliases[key]]
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
