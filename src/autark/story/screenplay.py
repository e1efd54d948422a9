"""The screenplay: typed models, YAML out (``to_yaml``) and in (``load_plan``) with line-exact errors.

A screenplay is meant to be edited by hand. ``load_plan`` therefore reports a mistake as a ``PlanError``
naming the line and the field ("line 14, field 'scenes[0].shots[1].camera': 'orbitt' is not a camera move
-- did you mean 'orbit'?"): the YAML is composed into nodes that remember where each key stands, and
pydantic's error locations are mapped back onto those lines.
"""

from __future__ import annotations

import difflib
from pathlib import Path
from typing import Any, Literal, get_args

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from autark.assets.templates import TimeOfDay, Weather
from autark.errors import PlanError

__all__ = [
    "CAMERA_MOVES", "SHOT_SIZES", "VOICES", "LIGHTING_PRESETS", "MUSIC_MOODS", "CHARACTER_TYPES",
    "DialogueLine", "Shot", "CastMember", "Prop", "SceneSpec", "Card", "Screenplay",
    "to_yaml", "load_plan", "check_plan",
]

CameraMove = Literal["static", "pan", "tilt", "dolly", "truck", "orbit", "crane", "follow", "zoom"]
ShotSize = Literal["wide", "medium", "close-up", "over-the-shoulder"]
Voice = Literal["narrator", "man", "woman", "child", "robot", "none"]
LightingPreset = Literal["daylight", "overcast", "sunset", "night", "studio", "noir", "candlelight"]
MusicMood = Literal["calm", "happy", "sad", "tense", "epic", "mysterious", "romantic"]
CharacterType = Literal["humanoid", "robot", "dog", "cat"]
Transition = Literal["cut", "crossfade"]
Vec3 = tuple[float, float, float]

CAMERA_MOVES: tuple[str, ...] = get_args(CameraMove)
SHOT_SIZES: tuple[str, ...] = get_args(ShotSize)
VOICES: tuple[str, ...] = get_args(Voice)
LIGHTING_PRESETS: tuple[str, ...] = get_args(LightingPreset)
MUSIC_MOODS: tuple[str, ...] = get_args(MusicMood)
CHARACTER_TYPES: tuple[str, ...] = get_args(CharacterType)
_CHOICES: dict[str, tuple[str, ...]] = {
    "camera": CAMERA_MOVES, "size": SHOT_SIZES, "voice": VOICES, "lighting": LIGHTING_PRESETS,
    "music_mood": MUSIC_MOODS, "type": CHARACTER_TYPES, "transition": get_args(Transition),
    "time_of_day": get_args(TimeOfDay), "weather": get_args(Weather), "language": ("en", "de"),
}
_WHAT = {"camera": "a camera move", "size": "a shot size", "voice": "a voice", "lighting": "a lighting preset",
         "music_mood": "a music mood", "type": "a character type", "transition": "a transition",
         "time_of_day": "a time of day", "weather": "a kind of weather", "language": "a supported language"}


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid")


class DialogueLine(_Model):
    speaker: str = Field(min_length=1, max_length=100)
    text: str = Field(min_length=1, max_length=500)


class Shot(_Model):
    duration_s: float = Field(gt=0.0, le=120.0)
    camera: CameraMove = "static"
    size: ShotSize = "medium"
    subject: str = ""  # a character name or object type the camera frames; empty: the whole scene
    actions: list[str] = Field(default_factory=list)  # command-engine sentences ("Robo walks to the flower")
    dialogue: list[DialogueLine] = Field(default_factory=list)
    narration: str = Field("", max_length=1000)
    transition: Transition = "cut"  # how this shot begins


class CastMember(_Model):
    name: str = Field(min_length=1, max_length=60)
    type: CharacterType
    voice: Voice
    position: Vec3 = (0.0, 0.0, 0.0)


class Prop(_Model):
    type: str = Field(min_length=1)
    color: str = ""  # a colour word ("red"), empty for the asset's own
    position: Vec3 | None = None
    placement: str = ""  # or a sentence for the command engine: "next to Robo"


class SceneSpec(_Model):
    setting: str
    time_of_day: TimeOfDay = "day"
    weather: Weather = "clear"
    lighting: LightingPreset = "daylight"
    characters: list[CastMember] = Field(default_factory=list)
    objects: list[Prop] = Field(default_factory=list)
    shots: list[Shot] = Field(min_length=1)


class Card(_Model):
    text: str = Field(min_length=1, max_length=200)
    subtitle: str = Field("", max_length=200)
    duration_s: float = Field(3.0, ge=0.0, le=15.0)


class Screenplay(_Model):
    title: str = Field(min_length=1, max_length=200)
    language: Literal["en", "de"] = "en"
    duration_s: float = Field(gt=0.0, le=3600.0)
    seed: int = 0
    music_mood: MusicMood = "calm"
    genre: str = ""
    logline: str = ""
    title_card: Card
    scenes: list[SceneSpec] = Field(min_length=1)
    end_card: Card
    # notes for the person (unknown words, fallbacks); written as comments, never read back as data
    warnings: list[str] = Field(default_factory=list, exclude=True)

    @property
    def shots(self) -> list[Shot]:
        return [s for scene in self.scenes for s in scene.shots]

    @property
    def total_duration_s(self) -> float:
        """Title card + every shot + end card."""
        return self.title_card.duration_s + sum(s.duration_s for s in self.shots) + self.end_card.duration_s


# -- YAML out ---------------------------------------------------------------------------------------------------
_HEADER = """\
# autark screenplay -- edit freely, then: autark film <this file>
#
# title, language (en/de), duration_s (seconds, title and end card included), seed, music_mood
#   (calm happy sad tense epic mysterious romantic)
# scenes: each has a setting ({settings}),
#   time_of_day (dawn day sunset dusk night), weather (clear rain snow fog overcast),
#   lighting (daylight overcast sunset night studio noir candlelight),
#   characters (name, type: humanoid/robot/dog/cat, voice: narrator/man/woman/child/robot/none, position [x, y, z]
#   in metres; the camera looks from +z toward -z), objects (type, color, position or placement sentence),
#   and shots: duration_s, camera (static pan tilt dolly truck orbit crane follow zoom),
#   size (wide medium close-up over-the-shoulder), subject, actions (plain sentences, one per line),
#   dialogue (speaker + text), narration, transition (cut crossfade).
"""


def to_yaml(screenplay: Screenplay) -> str:
    """The screenplay as commented, hand-editable YAML (stable: the same screenplay gives the same text)."""
    import yaml

    from autark.assets.templates import list_settings

    class _Dumper(getattr(yaml, "CSafeDumper", yaml.SafeDumper)):  # type: ignore[misc]  # C emitter: ~5x faster
        pass

    def _seq(dumper: Any, data: list[Any]) -> yaml.Node:
        # numbers in a row ([x, y, z]) read best on one line; everything else block style
        flow = bool(data) and all(isinstance(v, int | float) for v in data)
        return dumper.represent_sequence("tag:yaml.org,2002:seq", data, flow_style=flow)

    def _str(dumper: Any, data: str) -> yaml.Node:
        return dumper.represent_scalar("tag:yaml.org,2002:str", data)

    _Dumper.add_representer(list, _seq)
    _Dumper.add_representer(tuple, _seq)
    _Dumper.add_representer(str, _str)
    data = screenplay.model_dump(mode="python", exclude_defaults=False)
    for scene in data["scenes"]:
        for prop in scene["objects"]:
            if prop["position"] is None:
                del prop["position"]
    body = yaml.dump(data, Dumper=_Dumper, sort_keys=False, allow_unicode=True, width=110, indent=2)
    notes = "".join(f"# note: {w}\n" for w in screenplay.warnings)
    header = _HEADER.format(settings=" ".join(list_settings()))
    return header + ("#\n" + notes if notes else "") + "\n" + body


# -- YAML in ----------------------------------------------------------------------------------------------------
Path_ = tuple[str | int, ...]


def _line_map(node: Any, path: Path_ = (), out: dict[Path_, int] | None = None) -> dict[Path_, int]:
    """Path (("scenes", 0, "shots", 1, "camera")) -> 1-based line, for every key and list item."""
    import yaml

    out = {} if out is None else out
    out.setdefault(path, node.start_mark.line + 1)
    if isinstance(node, yaml.MappingNode):
        for key, value in node.value:
            kpath = (*path, str(key.value))
            out[kpath] = key.start_mark.line + 1
            _line_map(value, kpath, out)
    elif isinstance(node, yaml.SequenceNode):
        for i, item in enumerate(node.value):
            _line_map(item, (*path, i), out)
    return out


def _field_name(path: Path_) -> str:
    out = ""
    for p in path:
        out += f"[{p}]" if isinstance(p, int) else (f".{p}" if out else str(p))
    return out


def _line_of(lines: dict[Path_, int], path: Path_) -> int | None:
    for n in range(len(path), -1, -1):
        if path[:n] in lines:
            return lines[path[:n]]
    return None


def _suggest(word: str, choices: list[str] | tuple[str, ...]) -> str | None:
    close = difflib.get_close_matches(str(word).lower(), list(choices), n=1, cutoff=0.5)
    return close[0] if close else None


def _model_fields(path: Path_) -> list[str]:
    """The field names allowed at ``path`` (for "did you mean" on a misspelt key)."""
    model: Any = Screenplay
    for p in path:
        if isinstance(p, int):
            continue
        info = model.model_fields.get(p)
        if info is None:
            return []
        ann = info.annotation
        args = get_args(ann)
        inner = args[0] if args else ann
        if isinstance(inner, type) and issubclass(inner, BaseModel):
            model = inner
        elif isinstance(ann, type) and issubclass(ann, BaseModel):
            model = ann
        else:
            return []
    return [f for f, i in model.model_fields.items() if not i.exclude]


def _plan_error(err: dict[str, Any], lines: dict[Path_, int]) -> PlanError:
    path: Path_ = tuple(err.get("loc", ()))
    kind = err.get("type", "")
    value = err.get("input")
    last = next((p for p in reversed(path) if isinstance(p, str)), "")
    line = _line_of(lines, path)
    field = _field_name(path)
    if kind == "missing":
        return PlanError(f"'{last}' is missing", line=line, field=field, hint=f"add '{last}:' here")
    if kind == "extra_forbidden":
        allowed = _model_fields(path[:-1])
        guess = _suggest(last, allowed)
        hint = f"did you mean '{guess}'?" if guess else f"allowed here: {', '.join(allowed)}"
        return PlanError(f"'{last}' is not a field here", line=line, field=field, hint=hint)
    if kind == "literal_error" and last in _CHOICES:
        guess = _suggest(str(value), _CHOICES[last])
        what = _WHAT.get(last, "allowed here")
        hint = f"did you mean '{guess}'?" if guess else f"choose one of: {', '.join(_CHOICES[last])}"
        return PlanError(f"{value!r} is not {what}", line=line, field=field, hint=hint)
    return PlanError(f"{err.get('msg', 'invalid value')} (got {value!r})", line=line, field=field)


def check_plan(screenplay: Screenplay) -> list[tuple[Path_, str, str]]:
    """Mistakes pydantic cannot see (unknown setting, speaker or object type): (path, message, hint)."""
    from autark.assets.templates import list_settings, setting_aliases
    from autark.story.lexicon import lexicon

    known_types = set(lexicon().data["objects"]) | _library_types()
    problems: list[tuple[Path_, str, str]] = []
    settings = list_settings()
    for si, scene in enumerate(screenplay.scenes):
        from autark.assets.templates import fold

        if fold(scene.setting) not in setting_aliases():
            guess = _suggest(scene.setting, settings)
            problems.append((("scenes", si, "setting"), f"{scene.setting!r} is not a setting",
                             f"did you mean '{guess}'?" if guess else f"choose one of: {', '.join(settings)}"))
        names = [c.name for c in scene.characters]
        for ci, name in enumerate(names):
            if names.index(name) != ci:
                problems.append((("scenes", si, "characters", ci, "name"), f"two characters are called {name!r}",
                                 "give each character its own name"))
        for oi, prop in enumerate(scene.objects):
            if prop.type not in known_types:
                guess = _suggest(prop.type, sorted(known_types))
                problems.append((("scenes", si, "objects", oi, "type"), f"{prop.type!r} is not an object type",
                                 f"did you mean '{guess}'?" if guess else "see the asset catalogue"))
        subjects = set(names) | {p.type for p in scene.objects}
        for shi, shot in enumerate(scene.shots):
            if shot.subject and shot.subject not in subjects:
                guess = _suggest(shot.subject, sorted(subjects))
                problems.append((("scenes", si, "shots", shi, "subject"),
                                 f"{shot.subject!r} is not a character or object of this scene",
                                 f"did you mean '{guess}'?" if guess else "leave it empty for the whole scene"))
            for li, line in enumerate(shot.dialogue):
                if line.speaker not in names and line.speaker != "narrator":
                    guess = _suggest(line.speaker, [*names, "narrator"])
                    problems.append((("scenes", si, "shots", shi, "dialogue", li, "speaker"),
                                     f"{line.speaker!r} is not a character of this scene",
                                     f"did you mean '{guess}'?" if guess else "add the character first"))
    return problems


def _library_types() -> set[str]:
    from autark.assets import library

    return set(library.all_types())


def load_plan(path_or_text: str | Path) -> Screenplay:
    """Read a screenplay from a file path or YAML text; a mistake raises ``PlanError`` with line and field."""
    import yaml

    text = str(path_or_text)
    if isinstance(path_or_text, Path) or ("\n" not in text and text.endswith((".yaml", ".yml"))):
        try:
            text = Path(path_or_text).read_text(encoding="utf-8")
        except OSError as exc:
            raise PlanError(f"cannot read the screenplay {str(path_or_text)!r}: {exc.strerror}") from None
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # the C parser is ~10x faster where present
    try:
        root = yaml.compose(text, Loader=loader)
        data = yaml.load(text, Loader=loader)  # noqa: S506 - a safe loader
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        raise PlanError(f"the YAML is malformed: {exc.problem or exc.context}",
                        line=mark.line + 1 if mark else None,
                        hint="check the indentation and that every 'key: value' has its colon") from None
    if root is None or not isinstance(data, dict):
        raise PlanError("the screenplay is empty or not a mapping of fields", line=1,
                        hint="start from a plan autark wrote (autark plan \"your idea\")")
    lines = _line_map(root)
    try:
        plan = Screenplay.model_validate(data)
    except ValidationError as exc:
        raise _plan_error(exc.errors()[0], lines) from None
    problems = check_plan(plan)
    if problems:
        path, message, hint = problems[0]
        raise PlanError(message, line=_line_of(lines, path), field=_field_name(path), hint=hint)
    if abs(plan.total_duration_s - plan.duration_s) > 0.05 * plan.duration_s:
        # hand-edited shot lengths win over the stated total; say so rather than refuse
        plan.warnings.append(f"the shots add up to {plan.total_duration_s:.1f} s, not duration_s "
                             f"{plan.duration_s:g} s; the film follows the shots")
        plan = plan.model_copy(update={"duration_s": round(plan.total_duration_s, 2)})
    return plan
