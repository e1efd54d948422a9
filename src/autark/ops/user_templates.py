"""Templates a user makes: a scene (its things, ground and sky), a lighting rig or a camera (and its move) kept under a name
and used in any project ("save this room as my office", "make this my office").

A template is data (``UserTemplate``), saved as one JSON file in the user folder (``autark.store.userdir``) and
shared as that file (``autark templates export/import``). A file is untrusted: ``parse_template`` checks it
with the scene model (every object, light and camera), the limits (``autark.limits``: its size, the number of
objects, names) and the asset library (every object's type must be one autark can build), and says in one
line what is wrong.

A scene template is applied the way a setting template is (``autark.ops.templates.setting_ops``): the
objects of a previous template (tag ``template``) and setting go, the user's own objects stay where they are,
and a template object that would overlap one of them is left out (with what stands on it).
"""

from __future__ import annotations

import json
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from autark import limits
from autark.errors import UserInputError
from autark.ops.operators import (
    AddKeyframes,
    AddObject,
    ApplyLighting,
    Operator,
    RemoveObjects,
    SetCamera,
    SetSettings,
)
from autark.scene.geometry import world_bbox
from autark.scene.model import Camera, Light, Scene, SceneObject
from autark.scene.timeline import Track

__all__ = ["TEMPLATE_KINDS", "TEMPLATE_TAG", "TemplateKind", "UserTemplate", "check_template_name",
           "parse_template", "template_from_scene", "template_ops"]

TemplateKind = Literal["scene", "lighting", "camera"]
TEMPLATE_KINDS: tuple[str, ...] = ("scene", "lighting", "camera")
_CAMERA_PROPS = ("position", "target", "fov")
TEMPLATE_TAG = "template"  # the tag of objects a scene template added (the next template replaces them)
FORMAT = "autark-template"
MAX_TEMPLATE_BYTES = limits.MAX_PLAN_BYTES  # a template file is read whole only below this size
# the scene settings a scene template carries (not the film's size, time base or duration: those are the project's)
_LOOK = ("sky_top", "sky_horizon", "background", "ground_color", "ground_visible", "lighting", "exposure", "setting",
         "weather")


def check_template_name(name: str) -> str:
    """A template's name as it is stored (lower case, single spaces); a clear error for one that cannot be."""
    clean = " ".join(str(name).lower().split())
    if not clean or len(clean) > limits.MAX_NAME_CHARS:
        raise UserInputError(f"a template name must be 1 to {limits.MAX_NAME_CHARS} characters, got {name!r}")
    if not all(ch.isalnum() or ch in " -_" for ch in clean):
        raise UserInputError(f"the template name {name!r} may hold only letters, digits, spaces, '-' and '_'",
                             hint="e.g. 'office' or 'my-kitchen'")
    return clean


class UserTemplate(BaseModel):
    """One user template. ``kind`` says which parts it carries: a scene its ``objects``, ``lights`` and
    ``settings``; a lighting rig its ``lights`` and the lighting's settings; a camera its ``camera``."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    format: Literal["autark-template"] = FORMAT
    version: Literal[1] = 1
    name: str
    kind: TemplateKind
    objects: list[SceneObject] = Field(default_factory=list, max_length=limits.MAX_OBJECTS)
    lights: list[Light] = Field(default_factory=list, max_length=64)
    settings: dict[str, Any] = Field(default_factory=dict)
    camera: Camera | None = None
    # a camera move: the camera's keyframe tracks, by property ("position", "target", "fov")
    camera_tracks: list[Track] = Field(default_factory=list, max_length=3)

    @field_validator("name")
    @classmethod
    def _name(cls, v: str) -> str:
        return check_template_name(v)

    @field_validator("settings")
    @classmethod
    def _settings(cls, v: dict[str, Any]) -> dict[str, Any]:
        unknown = sorted(set(v) - set(_LOOK))
        if unknown:
            raise ValueError(f"settings a template may not carry: {', '.join(unknown)}")
        Scene().settings.model_validate({**Scene().settings.model_dump(), **v})  # each value within its range
        return v

    def summary(self) -> str:
        if self.kind == "scene":
            return f"{len(self.objects)} object(s), {len(self.lights)} light(s), {self.settings.get('lighting', '')}"
        if self.kind == "lighting":
            return f"{len(self.lights)} light(s), preset {self.settings.get('lighting', '')}"
        cam = self.camera or Camera(name="main")
        keys = sum(len(t.keyframes) for t in self.camera_tracks)
        if keys:
            return f"camera move of {keys} keyframe(s) from {tuple(round(x, 2) for x in cam.position)}"
        return f"camera at {tuple(round(x, 2) for x in cam.position)} looking at {tuple(round(x, 2) for x in cam.target)}"


def template_from_scene(name: str, kind: str, scene: Scene) -> UserTemplate:
    """What of ``scene`` a template of ``kind`` keeps: a scene its top-level things (and the groups' members),
    lights and look; a lighting rig its lights and lighting; a camera the active camera."""
    if kind not in TEMPLATE_KINDS:
        raise UserInputError(f"there is no template kind {kind!r}", hint=f"use one of: {', '.join(TEMPLATE_KINDS)}")
    look = scene.settings.model_dump()
    if kind == "scene":
        people = {c.object_id for c in scene.characters}  # characters belong to a story, not to a room
        objects = [o.model_copy(update={"pose": {}}) for o in scene.objects if o.id not in people]
        if not objects:
            raise UserInputError("there is nothing in this scene to keep as a template", hint="add some things first")
        return UserTemplate(name=name, kind="scene", objects=objects, lights=scene.lights,
                            settings={k: look[k] for k in _LOOK})
    if kind == "lighting":
        return UserTemplate(name=name, kind="lighting", lights=scene.lights,
                            settings={"lighting": look["lighting"], "exposure": look["exposure"]})
    prefix = f"camera:{scene.active_camera}."
    tracks = [Track(target=t.target.removeprefix(prefix), keyframes=t.keyframes)
              for t in scene.timeline.tracks if t.target.startswith(prefix) and t.keyframes]
    return UserTemplate(name=name, kind="camera", camera=scene.camera(), camera_tracks=tracks)


def parse_template(text: str | bytes, where: str = "the template file") -> UserTemplate:
    """A template read from untrusted text (a file someone sent): checked whole, or one clear error."""
    size = len(text.encode("utf-8") if isinstance(text, str) else text)
    if size > MAX_TEMPLATE_BYTES:
        raise UserInputError(f"{where} is {size} bytes; a template may be at most {MAX_TEMPLATE_BYTES}")
    try:
        data = json.loads(text)
    except (ValueError, RecursionError) as exc:
        raise UserInputError(f"{where} is not JSON: {exc}", hint="export a template with 'autark templates "
                                                                 "export NAME FILE'") from None
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise UserInputError(f"{where} is not an autark template (it has no \"format\": \"{FORMAT}\")")
    try:
        template = UserTemplate.model_validate(data)
    except ValidationError as exc:
        first = exc.errors()[0]
        at = ".".join(str(p) for p in first["loc"])
        raise UserInputError(f"{where} is not a valid template: {at}: {first['msg']}",
                             hint=f"{exc.error_count()} problem(s) in all; nothing was imported") from None
    _check_parts(template, where)
    return template


def _check_parts(t: UserTemplate, where: str) -> None:
    from autark.assets.library import ASSETS

    ids = [o.id for o in t.objects]
    if len(set(ids)) != len(ids):
        raise UserInputError(f"{where}: two objects share an id")
    for o in t.objects:
        if o.type not in ASSETS:
            raise UserInputError(f"{where}: object {o.id!r} is a {o.type!r}, which autark cannot build",
                                 hint="import the asset first (autark import-asset) or remove the object")
        if o.parent is not None and o.parent not in ids:
            raise UserInputError(f"{where}: object {o.id!r} belongs to {o.parent!r}, which is not in the template")
    if t.kind == "camera" and t.camera is None:
        raise UserInputError(f"{where}: a camera template needs a camera")
    if any(track.target not in _CAMERA_PROPS for track in t.camera_tracks) or (t.camera_tracks and t.kind != "camera"):
        raise UserInputError(f"{where}: a camera move's tracks are position, target or fov of a camera template")
    if t.kind != "scene" and t.objects:
        raise UserInputError(f"{where}: a {t.kind} template carries no objects")


def template_ops(template: UserTemplate, scene: Scene) -> list[Operator]:
    """Operators that put ``template`` into ``scene`` (see the module's docstring)."""
    if template.kind == "camera":
        cam = template.camera or Camera(name="main")
        return [SetCamera(camera=cam.model_copy(update={"name": scene.active_camera})),
                *(AddKeyframes(target=f"camera:{scene.active_camera}.{t.target}", keyframes=t.keyframes)
                  for t in template.camera_tracks)]
    if template.kind == "lighting":
        return [ApplyLighting(preset=str(template.settings.get("lighting", template.name)), lights=template.lights,
                              exposure=template.settings.get("exposure"))]
    return _scene_ops(template, scene)


def _scene_ops(template: UserTemplate, scene: Scene) -> list[Operator]:
    ops: list[Operator] = []
    previous = [o.id for o in scene.objects if o.tag in (TEMPLATE_TAG, "setting") and o.parent is None]
    if previous:
        ops.append(RemoveObjects(ids=previous))
    gone = set(previous) | {o.id for o in scene.objects if o.parent in previous}
    mine = [world_bbox(o) for o in scene.objects
            if o.id not in gone and o.visible and o.type != "group" and o.tag not in (TEMPLATE_TAG, "setting")]
    new_ids: dict[str, str] = {}
    next_num = scene.next_id
    for o in template.objects:
        new_ids[o.id] = f"obj{next_num}"
        next_num += 1
    left_out: set[str] = set()
    for o in template.objects:  # parents come before their members in a saved scene
        obj = o.model_copy(update={"id": new_ids[o.id], "tag": TEMPLATE_TAG if o.parent is None else o.tag,
                                   "parent": new_ids[o.parent] if o.parent else None})
        if o.parent in left_out or (o.parent is None and o.type != "group"
                                    and any(world_bbox(obj).overlaps(b) for b in mine)):
            left_out.add(o.id)
            continue
        ops.append(AddObject(object=obj))
    if template.lights:
        ops.append(ApplyLighting(preset=str(template.settings.get("lighting", template.name)),
                                 lights=template.lights, exposure=template.settings.get("exposure")))
    ops.append(SetSettings(changes={k: v for k, v in template.settings.items() if k not in ("lighting", "exposure")}))
    return ops
