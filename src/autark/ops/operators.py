"""The operator types (a tagged union on ``op``) and ``apply_ops``."""

from __future__ import annotations

from contextvars import ContextVar
from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field, TypeAdapter, ValidationError

from autark.errors import NotFound, UserInputError
from autark.scene.model import Camera, Character, Light, Scene, SceneObject, Vec3
from autark.scene.timeline import Action, Keyframe, Line, Shot

__all__ = ["Operator", "apply_ops", "operator_adapter"]

# ids (id()) of the objects the scene being changed shares with its original; see _obj
_SHARED: ContextVar[frozenset[int]] = ContextVar("_SHARED", default=frozenset())


class _Op(BaseModel):
    model_config = ConfigDict(extra="forbid")

    def apply(self, scene: Scene) -> None:  # pragma: no cover - every subclass overrides
        raise NotImplementedError


def _obj(scene: Scene, object_id: str) -> SceneObject:
    """The object with this id, ready to be changed: ``apply_ops`` shares unchanged objects between the old
    and the new scene (copy-on-write), so the object is copied into the new scene's list before use."""
    for i, obj in enumerate(scene.objects):
        if obj.id == object_id:
            if id(obj) in _SHARED.get():
                obj = obj.model_copy(deep=True)
                scene.objects[i] = obj
            return obj
    raise NotFound(f"there is no object with id {object_id!r} in the scene")


def _children(scene: Scene, object_id: str) -> list[SceneObject]:
    """All descendants of an object (groups can nest), ready to be changed."""
    found: list[SceneObject] = []
    frontier = [object_id]
    while frontier:
        pid = frontier.pop()
        for o in [o for o in scene.objects if o.parent == pid]:
            found.append(_obj(scene, o.id))
            frontier.append(o.id)
    return found


class AddObject(_Op):
    """Add an object (its id must be free; a ``parent`` must exist already)."""

    op: Literal["add_object"] = "add_object"
    object: SceneObject

    def apply(self, scene: Scene) -> None:
        if scene.find_object(self.object.id) is not None:
            raise UserInputError(f"an object with id {self.object.id!r} already exists")
        if self.object.parent is not None and scene.find_object(self.object.parent) is None:
            raise NotFound(f"there is no group with id {self.object.parent!r} for {self.object.id!r} to join")
        scene.objects.append(self.object.model_copy(deep=True))
        num = self.object.id.removeprefix("obj")
        if num.isdigit():
            scene.next_id = max(scene.next_id, int(num) + 1)


class RemoveObjects(_Op):
    """Remove objects, and the members of any group among them."""

    op: Literal["remove_objects"] = "remove_objects"
    ids: list[str]

    def apply(self, scene: Scene) -> None:
        doomed = set()
        for oid in self.ids:
            if scene.find_object(oid) is None:
                raise NotFound(f"there is no object with id {oid!r} in the scene")
            doomed.add(oid)
            doomed.update(c.id for c in _children(scene, oid))
        scene.objects = [o for o in scene.objects if o.id not in doomed]
        scene.focus = [i for i in scene.focus if i not in doomed]
        scene.characters = [c for c in scene.characters if c.object_id not in doomed]


class SetTransform(_Op):
    """Set any of position/rotation/scale. Moving a group moves its members by the same offset."""

    op: Literal["set_transform"] = "set_transform"
    id: str
    position: Vec3 | None = None
    rotation: Vec3 | None = None
    scale: Vec3 | None = None

    def apply(self, scene: Scene) -> None:
        obj = _obj(scene, self.id)
        if self.position is not None:
            delta = [n - o for n, o in zip(self.position, obj.transform.position, strict=True)]
            for child in _children(scene, self.id):
                p = child.transform.position
                child.transform.position = (p[0] + delta[0], p[1] + delta[1], p[2] + delta[2])
            obj.transform.position = self.position
        if self.rotation is not None:
            obj.transform.rotation = self.rotation
        if self.scale is not None:
            obj.transform.scale = self.scale


class SetMaterial(_Op):
    """Change some fields of an object's material (``changes``: field name -> value)."""

    op: Literal["set_material"] = "set_material"
    id: str
    changes: dict[str, Any]

    def apply(self, scene: Scene) -> None:
        obj = _obj(scene, self.id)
        obj.material = obj.material.model_validate({**obj.material.model_dump(), **self.changes})


class SetName(_Op):
    """Rename an object."""

    op: Literal["set_name"] = "set_name"
    id: str
    name: str = Field(min_length=1, max_length=200)

    def apply(self, scene: Scene) -> None:
        _obj(scene, self.id).name = self.name


class SetVisible(_Op):
    """Show or hide objects."""

    op: Literal["set_visible"] = "set_visible"
    ids: list[str]
    visible: bool

    def apply(self, scene: Scene) -> None:
        for oid in self.ids:
            _obj(scene, oid).visible = self.visible


class SetParent(_Op):
    """Put objects in a group (``parent``: the group object's id), or take them out of theirs (null)."""

    op: Literal["set_parent"] = "set_parent"
    ids: list[str]
    parent: str | None

    def apply(self, scene: Scene) -> None:
        if self.parent is not None:
            _obj(scene, self.parent)
        # the new group and the groups it is in: none of them may be one of the objects (a loop of groups)
        above: set[str] = set()
        pid = self.parent
        while pid is not None and pid not in above:
            above.add(pid)
            found = scene.find_object(pid)
            pid = found.parent if found is not None else None
        for oid in self.ids:
            if oid in above:
                raise UserInputError("an object cannot be its own group" if oid == self.parent
                                     else f"{oid!r} holds {self.parent!r}: a group cannot go inside itself")
            _obj(scene, oid).parent = self.parent


class SetLight(_Op):
    """Add or replace the light with this name; ``remove`` deletes it."""

    op: Literal["set_light"] = "set_light"
    light: Light
    remove: bool = False

    def apply(self, scene: Scene) -> None:
        others = [lt for lt in scene.lights if lt.name != self.light.name]
        scene.lights = others if self.remove else [*others, self.light.model_copy(deep=True)]


class ApplyLighting(_Op):
    """Replace all lights at once (a lighting preset) and record the preset name and exposure."""

    op: Literal["apply_lighting"] = "apply_lighting"
    preset: str
    lights: list[Light]
    exposure: float | None = None
    sky: dict[str, Any] | None = None

    def apply(self, scene: Scene) -> None:
        scene.lights = [lt.model_copy(deep=True) for lt in self.lights]
        changes: dict[str, Any] = {"lighting": self.preset, **(self.sky or {})}
        if self.exposure is not None:
            changes["exposure"] = self.exposure
        scene.settings = scene.settings.model_validate({**scene.settings.model_dump(), **changes})


class SetCharacter(_Op):
    """Add or replace the character with this id (its body object must exist); ``remove`` deletes it."""

    op: Literal["set_character"] = "set_character"
    character: Character
    remove: bool = False

    def apply(self, scene: Scene) -> None:
        if not self.remove:
            _obj(scene, self.character.object_id)
        others = [c for c in scene.characters if c.id != self.character.id]
        scene.characters = others if self.remove else [*others, self.character.model_copy(deep=True)]


class SetCamera(_Op):
    """Add or replace the camera with this name; ``activate`` makes it the one the renderer uses."""

    op: Literal["set_camera"] = "set_camera"
    camera: Camera
    activate: bool = True

    def apply(self, scene: Scene) -> None:
        scene.cameras = [c for c in scene.cameras if c.name != self.camera.name] + [self.camera.model_copy(deep=True)]
        if self.activate:
            scene.active_camera = self.camera.name


class SetSettings(_Op):
    """Change some of the scene-wide settings (``changes``: field name -> value)."""

    op: Literal["set_settings"] = "set_settings"
    changes: dict[str, Any]

    def apply(self, scene: Scene) -> None:
        scene.settings = scene.settings.model_validate({**scene.settings.model_dump(), **self.changes})


class SetFocus(_Op):
    """Remember which objects the command talked about, so "it"/"them" in the next sentence refer to them."""

    op: Literal["set_focus"] = "set_focus"
    ids: list[str]

    def apply(self, scene: Scene) -> None:
        scene.focus = [i for i in self.ids if scene.find_object(i) is not None]


class ClearScene(_Op):
    """Remove every object, character and timeline entry; keep lights, cameras and settings."""

    op: Literal["clear_scene"] = "clear_scene"

    def apply(self, scene: Scene) -> None:
        scene.objects = []
        scene.focus = []
        scene.characters = []
        scene.timeline = scene.timeline.model_validate({})


class AddKeyframes(_Op):
    """Append keyframes to the track for ``target`` (creating it), keeping them sorted by time."""

    op: Literal["add_keyframes"] = "add_keyframes"
    target: str
    keyframes: list[Keyframe]

    def apply(self, scene: Scene) -> None:
        tracks = scene.timeline.tracks
        k = next((i for i, t in enumerate(tracks) if t.target == self.target), None)
        if k is None:
            from autark.scene.timeline import Track

            track = Track(target=self.target)
            tracks.append(track)
        else:  # a copy: the tracks are shared with the scene ``apply_ops`` was given (see there)
            track = tracks[k] = tracks[k].model_copy()
        merged = {k.time_s: k for k in track.keyframes}
        merged.update({k.time_s: k for k in self.keyframes})
        track.keyframes = [merged[t] for t in sorted(merged)]


class SetTimeline(_Op):
    """Add shots, actions and lines, and move the cursor or set the music mood / duration."""

    op: Literal["set_timeline"] = "set_timeline"
    shots: list[Shot] = Field(default_factory=list)
    actions: list[Action] = Field(default_factory=list)
    lines: list[Line] = Field(default_factory=list)
    cursor_s: float | None = None
    duration_s: float | None = None
    music_mood: str | None = None

    def apply(self, scene: Scene) -> None:
        tl = scene.timeline
        tl.shots = sorted([*tl.shots, *self.shots], key=lambda s: s.start_s)
        tl.actions = [*tl.actions, *self.actions]
        tl.lines = sorted([*tl.lines, *self.lines], key=lambda ln: ln.start_s)
        if self.cursor_s is not None:
            tl.cursor_s = self.cursor_s
        if self.duration_s is not None:
            tl.duration_s = self.duration_s
        if self.music_mood is not None:
            tl.music_mood = self.music_mood


Operator = Annotated[
    AddObject | RemoveObjects | SetTransform | SetMaterial | SetName | SetVisible | SetParent | SetLight
    | ApplyLighting | SetCharacter | SetCamera | SetSettings | SetFocus | ClearScene | AddKeyframes | SetTimeline,
    Field(discriminator="op"),
]
operator_adapter: TypeAdapter[list[Operator]] = TypeAdapter(list[Operator])


def apply_ops(scene: Scene, ops: list[Any]) -> Scene:
    """Apply operators to a copy of ``scene``; all apply or none (the input scene is never modified).

    The copy is shallow for the object list (objects are copied when an operator changes one, see ``_obj``),
    which keeps a command on a scene of thousands of objects fast, and for the timeline's lists (operators
    replace a list or, for a track, the track: ``AddKeyframes``; nothing changes a shot, action, line or track
    in place), which keeps the shot planner's hundreds of trial cameras on a long timeline fast (a deep copy
    of the timeline was 0.3 s of a 30-s film's planning); everything else is copied whole. Operators change
    models through validated assignment, so the result is a valid scene.
    """
    tl = scene.timeline
    work = scene.model_copy(update={
        "objects": list(scene.objects),
        "cameras": [c.model_copy(deep=True) for c in scene.cameras],
        "lights": [lt.model_copy(deep=True) for lt in scene.lights],
        "characters": [c.model_copy(deep=True) for c in scene.characters],
        "settings": scene.settings.model_copy(deep=True),
        "timeline": tl.model_copy(update={"tracks": list(tl.tracks), "shots": list(tl.shots),
                                          "actions": list(tl.actions), "lines": list(tl.lines)}),
    })
    token = _SHARED.set(frozenset(id(o) for o in scene.objects))
    try:
        for op in ops:
            op.apply(work)
        return work
    except ValidationError as exc:
        from autark.ops.validity import describe_invalid

        raise UserInputError(describe_invalid(exc), hint="see the limits table in the README") from None
    finally:
        _SHARED.reset(token)
