"""The scene as pure data: objects, cameras, lights, characters, settings and the timeline.

Units are metres and degrees. Y is up, +X is the viewer's right, and the default camera sits at +Z looking
toward -Z, so "in front of" something means on its +Z side. Nothing here performs I/O; a scene round-trips
through JSON with ``Scene.model_dump_json()`` / ``Scene.model_validate_json()``.
"""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field

from autark.limits import MAX_ANGLE_DEG, MAX_INTENSITY, MAX_SCALE, MIN_SCALE, WORLD_EXTENT_M
from autark.scene.timeline import Timeline

Vec3 = tuple[float, float, float]
# Bounded numbers (autark.limits): a NaN, an infinity or a position of 1e308 m can't enter the scene, so every
# scene can be rendered and written as strict JSON. Bounds reject NaN and infinities too.
Coord = Annotated[float, Field(ge=-WORLD_EXTENT_M, le=WORLD_EXTENT_M)]
Angle = Annotated[float, Field(ge=-MAX_ANGLE_DEG, le=MAX_ANGLE_DEG)]
ScaleFactor = Annotated[float, Field(ge=MIN_SCALE, le=MAX_SCALE)]
Channel = Annotated[float, Field(ge=0.0, le=1.0)]
Color = tuple[Channel, Channel, Channel]  # 0..1 RGB
Position = tuple[Coord, Coord, Coord]
Rotation = tuple[Angle, Angle, Angle]
Scale = tuple[ScaleFactor, ScaleFactor, ScaleFactor]
# What the sky does (``autark.scene.weather`` holds its rules; the renderer draws it, the mix hears it).
Weather = Literal["clear", "overcast", "rain", "snow", "fog", "wind", "storm"]

__all__ = [
    "Vec3",
    "Color",
    "Position",
    "Rotation",
    "Scale",
    "Weather",
    "Transform",
    "Material",
    "SceneObject",
    "Camera",
    "Light",
    "Character",
    "Settings",
    "Scene",
    "SCHEMA_VERSION",
]

SCHEMA_VERSION = 1


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", validate_assignment=True)


class Transform(_Model):
    """Position (m), rotation (Euler XYZ, degrees, applied X then Y then Z) and scale of an object."""

    position: Position = (0.0, 0.0, 0.0)
    rotation: Rotation = (0.0, 0.0, 0.0)
    scale: Scale = (1.0, 1.0, 1.0)


class Material(_Model):
    """A physically based metal/roughness material. Colours are linear-ish 0..1 RGB as the user named them."""

    color: Color = (0.8, 0.8, 0.8)
    roughness: float = Field(0.6, ge=0.0, le=1.0)
    metallic: float = Field(0.0, ge=0.0, le=1.0)
    emissive: Color = (0.0, 0.0, 0.0)
    emissive_strength: float = Field(0.0, ge=0.0, le=MAX_INTENSITY)
    opacity: float = Field(1.0, ge=0.0, le=1.0)
    name: str = ""  # material word the user gave ("wooden", "metal"), empty for the default


class SceneObject(_Model):
    """One thing in the scene, built from an asset type.

    ``bounds_min``/``bounds_max`` are the asset's local bounding box (metres, before the transform), copied
    from the asset library when the object is created, so that geometry questions need no asset lookup.
    """

    id: str
    name: str
    type: str
    transform: Transform = Field(default_factory=Transform)
    material: Material = Field(default_factory=Material)
    visible: bool = True
    tag: str = ""
    parent: str | None = None
    bounds_min: Position = (-0.5, 0.0, -0.5)
    bounds_max: Position = (0.5, 1.0, 0.5)
    # bone name -> rotation (Euler XYZ degrees) about that bone's pivot, for rigged assets (humanoid, robot).
    # Empty in the stored scene; filled by ``autark.scene.evaluate`` for the pose at a given time.
    pose: dict[str, Rotation] = Field(default_factory=dict)


class Camera(_Model):
    """A pinhole camera looking from ``position`` at ``target``; ``fov`` is the vertical field of view."""

    name: str
    position: Position = (0.0, 1.6, 8.0)
    target: Position = (0.0, 0.8, 0.0)
    fov: float = Field(45.0, gt=1.0, lt=170.0)
    up: Position = (0.0, 1.0, 0.0)


LightType = Literal["sun", "point", "spot", "hemisphere", "ambient"]


class Light(_Model):
    """A light. ``direction`` is where the light travels (sun, spot); ``intensity`` is in relative units
    (1.0 = a clear-day sun for ``sun``, ~1 lux-ish scale for the others at 1 m)."""

    name: str
    type: LightType = "sun"
    position: Position = (0.0, 5.0, 0.0)
    direction: Position = (-0.3, -1.0, -0.4)
    color: Color = (1.0, 1.0, 1.0)
    intensity: float = Field(1.0, ge=0.0, le=MAX_INTENSITY)
    range: float = Field(20.0, gt=0.0, le=2 * WORLD_EXTENT_M)
    cone_angle: float = Field(30.0, gt=0.0, le=90.0)  # spot: half-angle of the cone, degrees
    cast_shadows: bool = True
    ground_color: Color = (0.3, 0.25, 0.2)  # hemisphere: colour from below
    target: str | None = None  # object id a spot light aims at


class Character(_Model):
    """A character: an actor bound to a body object (humanoid or robot type) with a voice."""

    id: str
    name: str
    object_id: str
    voice: str = "default"
    language: str = "en"


class Settings(_Model):
    """Scene-wide settings: background (sky), ground, time base and output size."""

    sky_top: Color = (0.35, 0.55, 0.85)
    sky_horizon: Color = (0.75, 0.85, 0.95)
    background: str = "day sky"  # the name of the sky/background the user chose
    ground_color: Color = (0.45, 0.45, 0.42)
    ground_visible: bool = True
    ground_size: float = Field(40.0, gt=0.0, le=2 * WORLD_EXTENT_M)
    fps: int = Field(30, ge=1, le=240)
    duration_s: float = Field(10.0, gt=0.0, le=3600.0)
    width: int = Field(1280, ge=16, le=8192)
    height: int = Field(720, ge=16, le=8192)
    lighting: str = "daylight"  # the name of the lighting preset last applied
    exposure: float = Field(1.0, gt=0.0, le=100.0)
    setting: str = ""  # the setting template applied ("forest", "desert"), empty for none
    weather: Weather = "clear"


class Scene(_Model):
    """Everything autark knows about one scene."""

    schema_version: int = SCHEMA_VERSION
    name: str = "untitled"
    description: str = ""
    objects: list[SceneObject] = Field(default_factory=list)
    cameras: list[Camera] = Field(default_factory=lambda: [Camera(name="main")])
    active_camera: str = "main"
    lights: list[Light] = Field(default_factory=list)
    characters: list[Character] = Field(default_factory=list)
    settings: Settings = Field(default_factory=Settings)
    timeline: Timeline = Field(default_factory=Timeline)
    next_id: Annotated[int, Field(ge=1)] = 1
    # ids of the objects the last command talked about: what "it" and "them" mean in the next sentence
    focus: list[str] = Field(default_factory=list)

    # -- lookups (pure) -------------------------------------------------------------------------------------
    def object(self, object_id: str) -> SceneObject:
        for obj in self.objects:
            if obj.id == object_id:
                return obj
        raise KeyError(object_id)

    def find_object(self, object_id: str) -> SceneObject | None:
        return next((o for o in self.objects if o.id == object_id), None)

    def camera(self, name: str | None = None) -> Camera:
        wanted = name or self.active_camera
        for cam in self.cameras:
            if cam.name == wanted:
                return cam
        raise KeyError(wanted)

    def light(self, name: str) -> Light:
        for light in self.lights:
            if light.name == name:
                return light
        raise KeyError(name)
