"""Pure scene data (no I/O): the model, the timeline, and geometry questions asked of them."""

from autark.scene.model import (
    SCHEMA_VERSION,
    Camera,
    Character,
    Color,
    Light,
    Material,
    Scene,
    SceneObject,
    Settings,
    Transform,
    Vec3,
)
from autark.scene.timeline import Action, Keyframe, Line, Shot, Timeline, Track

__all__ = [
    "SCHEMA_VERSION",
    "Action",
    "Camera",
    "Character",
    "Color",
    "Keyframe",
    "Light",
    "Line",
    "Material",
    "Scene",
    "SceneObject",
    "Settings",
    "Shot",
    "Timeline",
    "Track",
    "Transform",
    "Vec3",
]
