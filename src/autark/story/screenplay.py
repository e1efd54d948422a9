"""The screenplay: typed models, YAML out (``to_yaml``) and in (``load_plan``) with line-exact errors.

A screenplay is meant to be edited by hand. ``load_plan`` therefore reports a mistake as a ``PlanError``
naming the line and the field ("line 14, field 'scenes[0].shots[1].camera': 'orbitt' is not a camera move
-- did you mean 'orbit'?"): the YAML is composed into nodes that remember where each key stands, and
pydantic's error locations are mapped back onto those lines.

A plan may come from anywhere, so reading one is bounded (``autark.limits``): the file's size is
checked before it is read, its text must be UTF-8 without NUL or control characters, the YAML's events are
counted (depth, aliases, nodes with aliases expanded) before a node is composed, every number is finite and
within its field's bounds, and the film's shots, lines and length are checked before anything is built.
Every refusal is a ``PlanError`` that says what is wrong, where, and how to fix it.
"""

from __future__ import annotations

import difflib
from pathlib import Path
from typing import Annotated, Any, Literal, get_args

from pydantic import AfterValidator, BaseModel, ConfigDict, Field, ValidationError

from autark import limits as lim
from autark.assets.templates import TimeOfDay, Weather
from autark.errors import PlanError
from autark.story.effects import Effect
from autark.story.plan_reading import decode_plan, parse_plan, read_plan_bytes, shown
from autark.text import first_not_text

__all__ = [
    "CAMERA_MOVES", "SHOT_SIZES", "VOICES", "LIGHTING_PRESETS", "MUSIC_MOODS", "CHARACTER_TYPES",
    "DialogueLine", "Shot", "CastMember", "Prop", "SceneSpec", "Card", "Screenplay",
    "to_yaml", "load_plan", "check_plan", "plan_limits", "field_name",
]

CameraMove = Literal["static", "pan", "tilt", "dolly", "truck", "orbit", "crane", "follow", "zoom"]
ShotSize = Literal["wide", "medium", "close-up", "over-the-shoulder"]
Voice = Literal["narrator", "man", "woman", "child", "robot", "none"]
LightingPreset = Literal["daylight", "overcast", "dawn", "sunset", "night", "studio", "noir", "candlelight"]
MusicMood = Literal["calm", "happy", "sad", "tense", "epic", "mysterious", "romantic"]
CharacterType = Literal["humanoid", "robot", "dog", "cat"]
Transition = Literal["cut", "crossfade"]

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


def _printable(text: str) -> str:
    """Text a voice can speak and a subtitle can show: no control characters (tab and newline aside), no
    lone surrogates (they cannot be written as UTF-8)."""
    i = first_not_text(text)
    if i is not None:
        raise ValueError(f"character {i + 1} is a control character or not valid UTF-8 ({text[i]!r})")
    return text


Text = Annotated[str, AfterValidator(_printable)]
Metres = Annotated[float, Field(ge=-lim.MAX_PLAN_POSITION_M, le=lim.MAX_PLAN_POSITION_M)]
Vec3 = tuple[Metres, Metres, Metres]


class _Model(BaseModel):
    # every float in a plan is finite: a NaN or an infinity is refused where it is written
    model_config = ConfigDict(extra="forbid", allow_inf_nan=False)


class DialogueLine(_Model):
    speaker: Text = Field(min_length=1, max_length=100)
    text: Text = Field(min_length=1, max_length=500)


class Shot(_Model):
    duration_s: float = Field(gt=0.0, le=lim.MAX_SHOT_S)
    camera: CameraMove = "static"
    size: ShotSize = "medium"
    subject: Text = Field("", max_length=lim.MAX_NAME_CHARS)  # a character or object type it frames; "": all
    actions: list[Annotated[Text, Field(max_length=lim.MAX_ACTION_CHARS)]] = Field(  # command-engine sentences
        default_factory=list, max_length=lim.MAX_ACTIONS_PER_SHOT)                # ("Robo walks to the flower")
    dialogue: list[DialogueLine] = Field(default_factory=list, max_length=lim.MAX_LINES_PER_SHOT)
    narration: Text = Field("", max_length=lim.MAX_PLAN_TEXT_CHARS)
    transition: Transition = "cut"  # how this shot begins
    # what changes on screen besides the cast's acts (autark.story.effects): a transformation, a growth, a glow
    effects: list[Effect] = Field(default_factory=list, max_length=lim.MAX_ACTIONS_PER_SHOT)
    key: bool = False  # the idea's key event happens here (the climax's act): framed whole, held, then its result


class CastMember(_Model):
    name: Text = Field(min_length=1, max_length=60)
    # any character or animal asset kind (checked against the asset registry where the plan is loaded)
    type: Text = Field(min_length=1, max_length=lim.MAX_NAME_CHARS)
    voice: Voice
    position: Vec3 = (0.0, 0.0, 0.0)
    color: Text = Field("", max_length=lim.MAX_NAME_CHARS)  # tells two of one kind apart ("red"); "": its own


class Prop(_Model):
    type: Text = Field(min_length=1, max_length=lim.MAX_NAME_CHARS)
    color: Text = Field("", max_length=lim.MAX_NAME_CHARS)  # a colour word ("red"), empty for the asset's own
    position: Vec3 | None = None
    placement: Text = Field("", max_length=lim.MAX_ACTION_CHARS)  # or a sentence: "next to Robo"


class SceneSpec(_Model):
    setting: Text = Field(max_length=lim.MAX_NAME_CHARS)
    time_of_day: TimeOfDay = "day"
    weather: Weather = "clear"
    lighting: LightingPreset = "daylight"
    characters: list[CastMember] = Field(default_factory=list, max_length=lim.MAX_CHARACTERS_PER_SCENE)
    objects: list[Prop] = Field(default_factory=list, max_length=lim.MAX_OBJECTS_PER_SCENE)
    shots: list[Shot] = Field(min_length=1, max_length=lim.MAX_SHOTS_PER_SCENE)


class Card(_Model):
    text: Text = Field(min_length=1, max_length=200)
    subtitle: Text = Field("", max_length=200)
    duration_s: float = Field(3.0, ge=0.0, le=lim.MAX_CARD_S)


class Screenplay(_Model):
    title: Text = Field(min_length=1, max_length=200)
    language: Literal["en", "de"] = "en"
    duration_s: float = Field(gt=0.0, le=lim.MAX_PLAN_FILM_S)
    seed: int = Field(0, ge=0, le=lim.MAX_SEED)
    music_mood: MusicMood = "calm"
    genre: Text = Field("", max_length=lim.MAX_NAME_CHARS)
    logline: Text = Field("", max_length=lim.MAX_PLAN_TEXT_CHARS)
    title_card: Card
    scenes: list[SceneSpec] = Field(min_length=1, max_length=lim.MAX_SCENES)
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
# autark screenplay -- edit freely, then: autark make <this file>
#
# title, language (en/de), duration_s (seconds, title and end card included), seed, music_mood
#   (calm happy sad tense epic mysterious romantic)
# scenes: each has a setting ({settings}),
#   time_of_day (dawn day sunset dusk night), weather (clear rain snow fog overcast),
#   lighting (daylight overcast dawn sunset night studio noir candlelight),
#   characters (name, type: a character or animal kind ({characters}), voice: narrator/man/woman/child/robot/none,
#   position [x, y, z] in metres, the camera looks from +z toward -z; color), objects (type, color, position or placement sentence),
#   and shots: duration_s, camera (static pan tilt dolly truck orbit crane follow zoom),
#   size (wide medium close-up over-the-shoulder), subject, actions (plain sentences, one per line),
#   dialogue (speaker + text), narration, transition (cut crossfade), and optional effects: {{kind: transform,
#   target: Cat, into: Frog, at_s: 0.6}}, {{kind: grow, target: tree, scale: 1.8}}, {{kind: glow, target: King}},
#   {{kind: appear, target: ring, into: sofa}} (not seen before: found at the sofa), {{kind: vanish, target: Wizard}}.
"""


def to_yaml(screenplay: Screenplay) -> str:
    """The screenplay as commented, hand-editable YAML (stable: the same screenplay gives the same text)."""
    import yaml

    from autark.assets.templates import list_settings

    class _Dumper(getattr(yaml, "CSafeDumper", yaml.SafeDumper)):  # type: ignore[misc]  # C emitter: ~5x faster
        def ignore_aliases(self, data: Any) -> bool:
            return True  # a value used twice (a shared position tuple) is written twice, never as &anchor/*alias

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
        for shot in scene["shots"]:
            if not shot["effects"]:  # most shots change nothing: plans stay as short as before
                del shot["effects"]
            if not shot["key"]:
                del shot["key"]
    body = yaml.dump(data, Dumper=_Dumper, sort_keys=False, allow_unicode=True, width=110, indent=2)
    notes = "".join(f"# note: {w}\n" for w in screenplay.warnings)
    header = _HEADER.format(settings=" ".join(list_settings()), characters=" ".join(_cast_types()))
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


def field_name(path: Path_) -> str:
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


_BOUNDS = {"le": "at most", "lt": "below", "ge": "at least", "gt": "above"}
_TOO_MANY = {"scenes": "split the film into several plans", "shots": "split the scene in two",
             "dialogue": "move some lines to the next shot", "actions": "move some actions to the next shot",
             "characters": "leave some out, or split the scene", "objects": "leave some out, or split the scene",
             "position": "write three numbers: [x, y, z] in metres"}
_SHAPES = {kind: ("a list", "write one item per line, each starting with '- '")
           for kind in ("list_type", "tuple_type")} | {
    kind: ("a mapping of fields", "write 'field: value' lines indented under it")
    for kind in ("dict_type", "model_type", "model_attributes_type")}

def _plan_error(err: dict[str, Any], lines: dict[Path_, int]) -> PlanError:
    path: Path_ = tuple(err.get("loc", ()))
    kind = err.get("type", "")
    value = err.get("input")
    ctx = err.get("ctx") or {}
    last = next((p for p in reversed(path) if isinstance(p, str)), "")
    line = _line_of(lines, path)
    field = field_name(path)
    if kind == "missing" and path and isinstance(path[-1], int):  # a tuple with too few items
        return PlanError(f"'{last}' has too few items", line=line, field=field,
                         hint=_TOO_MANY.get(last, "add the missing items"))
    if kind == "missing":
        return PlanError(f"'{last}' is missing", line=line, field=field, hint=f"add '{last}:' here")
    if kind == "extra_forbidden":
        allowed = _model_fields(path[:-1])
        guess = _suggest(last, allowed)
        hint = f"did you mean '{guess}'?" if guess else f"allowed here: {', '.join(allowed)}"
        return PlanError(f"'{last}' is not a field here", line=line, field=field, hint=hint)
    if value is None and kind != "extra_forbidden":
        return PlanError(f"'{last}' has no value", line=line, field=field, hint=f"write a value after '{last}:'")
    if kind in _SHAPES:
        what, hint = _SHAPES[kind]
        return PlanError(f"'{last}' should be {what}, not {shown(value)}", line=line, field=field, hint=hint)
    if kind.startswith("float") and isinstance(value, int) and not isinstance(value, bool):
        return PlanError(f"{shown(value)} is out of range for '{last}'", line=line, field=field,
                         hint="change the number")
    if kind == "literal_error" and last in _CHOICES:
        guess = _suggest(str(value), _CHOICES[last])
        what = _WHAT.get(last, "allowed here")
        hint = f"did you mean '{guess}'?" if guess else f"choose one of: {', '.join(_CHOICES[last])}"
        return PlanError(f"{shown(value)} is not {what}", line=line, field=field, hint=hint)
    if kind == "finite_number":
        return PlanError(f"{shown(value)} is not a finite number", line=line, field=field,
                         hint="write a plain number such as 2.5")
    if kind in ("less_than_equal", "less_than", "greater_than_equal", "greater_than"):
        bound = " and ".join(f"{_BOUNDS[k]} {v:g}" if isinstance(v, float) else f"{_BOUNDS[k]} {v}"
                             for k, v in ctx.items() if k in _BOUNDS)
        return PlanError(f"{shown(value)} is out of range: '{last}' must be {bound}", line=line, field=field,
                         hint="change the number")
    if kind == "too_long" and isinstance(value, list | tuple):
        return PlanError(f"'{last}' has {len(value)} items; a plan allows at most {ctx.get('max_length')} here",
                         line=line, field=field, hint=_TOO_MANY.get(last, "leave some out"))
    if kind == "string_too_long":
        return PlanError(f"'{last}' is {len(str(value))} characters long; at most {ctx.get('max_length')} "
                         "are allowed", line=line, field=field, hint="shorten it")
    if kind == "value_error" and "error" in ctx:  # _printable
        return PlanError(str(ctx["error"]), line=line, field=field, hint="delete it: a plan is plain text")
    if kind in ("string_type", "string_unicode"):
        return PlanError(f"{shown(value)} is not text", line=line, field=field, hint='put it in quotes: "..."')
    hint = "write a plain number such as 2.5" if kind.startswith(("float", "int")) else None
    return PlanError(f"{err.get('msg', 'invalid value')} (got {shown(value)})", line=line, field=field, hint=hint)


def plan_limits(screenplay: Screenplay) -> list[tuple[Path_, str, str]]:
    """What takes the whole film over ``autark.limits`` (shots, lines, length): (path, message, hint),
    the path naming the shot, line or duration that crosses the limit. The fields' own limits are checked
    when the screenplay is made."""
    problems: list[tuple[Path_, str, str]] = []
    shots = [(si, shi, shot) for si, scene in enumerate(screenplay.scenes) for shi, shot in enumerate(scene.shots)]
    if len(shots) > lim.MAX_SHOTS:
        si, shi, _ = shots[lim.MAX_SHOTS]
        problems.append((("scenes", si, "shots", shi), f"the film has {len(shots)} shots; a plan may have at most "
                         f"{lim.MAX_SHOTS}", "merge short shots, or split the film into several plans"))
    lines = [(si, shi, li) for si, shi, shot in shots for li in range(len(shot.dialogue))]
    if len(lines) > lim.MAX_LINES:
        si, shi, li = lines[lim.MAX_LINES]
        problems.append((("scenes", si, "shots", shi, "dialogue", li), f"the film has {len(lines)} lines of "
                         f"dialogue; a plan may have at most {lim.MAX_LINES}", "split the film into several plans"))
    total = screenplay.total_duration_s
    longest = lim.current().plan_film_s  # MAX_PLAN_FILM_S unless AUTARK_LIMIT_PLAN_FILM_S lowers it
    if total > longest:
        elapsed = screenplay.title_card.duration_s
        where: Path_ = ("end_card", "duration_s")
        for si, shi, shot in shots:
            elapsed += shot.duration_s
            if elapsed > longest:
                where = ("scenes", si, "shots", shi, "duration_s")
                break
        problems.append((where, f"the film lasts {total:.0f} s (title card, shots and end card); a plan may last "
                         f"at most {longest:g} s", "shorten the shots, or split the film into several "
                         f"plans; {lim.raise_hint('plan_film_s')}"))
    return problems


def _cast_types() -> tuple[str, ...]:
    """The asset kinds a cast member may be: every registered body that acts, and every animal."""
    from autark.story.kinds import character_types

    return tuple(sorted(character_types()))


def check_plan(screenplay: Screenplay) -> list[tuple[Path_, str, str]]:
    """Mistakes pydantic cannot see (the film over ``plan_limits``, an unknown setting, speaker or object type):
    (path, message, hint)."""
    from autark.assets.templates import list_settings, setting_aliases
    from autark.story.lexicon import lexicon

    problems = plan_limits(screenplay)
    if problems:  # over the limits: the rest is not worth checking
        return problems
    known_types = set(lexicon().data["objects"]) | _library_types()
    settings = list_settings()
    for si, scene in enumerate(screenplay.scenes):
        from autark.assets.templates import fold

        if fold(scene.setting) not in setting_aliases():
            guess = _suggest(scene.setting, settings)
            problems.append((("scenes", si, "setting"), f"{scene.setting!r} is not a setting",
                             f"did you mean '{guess}'?" if guess else f"choose one of: {', '.join(settings)}"))
        names = [c.name for c in scene.characters]
        cast_types = _cast_types()
        for ci, member in enumerate(scene.characters):
            if member.type not in cast_types:
                guess = _suggest(member.type, cast_types)
                problems.append((("scenes", si, "characters", ci, "type"),
                                 f"{member.type!r} is not a character type",
                                 f"did you mean '{guess}'?" if guess else f"choose one of: {', '.join(cast_types)}"))
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
    """Read a screenplay from a file path or YAML text; a mistake raises ``PlanError`` with line and field.

    The plan is checked against ``autark.limits`` as it is read: its size before parsing (a file is
    not read past MAX_PLAN_BYTES), its text (UTF-8, no NUL or control characters), the YAML's depth, aliases
    and expanded size before anything is built from it, every field's type and bounds (numbers finite), and
    the film's shots, lines and length. Nothing is built or rendered here.
    """
    text = path_or_text if isinstance(path_or_text, str) else ""
    if isinstance(path_or_text, Path) or ("\n" not in text and text.endswith((".yaml", ".yml"))):
        text = decode_plan(read_plan_bytes(Path(path_or_text)))
    root, data = parse_plan(text)
    if root is None or not isinstance(data, dict):
        raise PlanError("the screenplay is empty or not a mapping of fields", line=1,
                        hint="start from a plan autark wrote (autark plan \"your idea\")")
    lines = _line_map(root)
    if "warnings" in data:  # notes are comments: they are written for the person, never read back
        raise PlanError("'warnings' is not a field here", line=_line_of(lines, ("warnings",)), field="warnings",
                        hint="write notes as comments, on lines that start with #")
    try:
        plan = Screenplay.model_validate(data)
    except ValidationError as exc:
        raise _plan_error(exc.errors()[0], lines) from None
    problems = check_plan(plan)
    if problems:
        path, message, hint = problems[0]
        raise PlanError(message, line=_line_of(lines, path), field=field_name(path), hint=hint)
    if abs(plan.total_duration_s - plan.duration_s) > 0.05 * plan.duration_s:
        # hand-edited shot lengths win over the stated total; say so rather than refuse
        plan.warnings.append(f"the shots add up to {plan.total_duration_s:.1f} s, not duration_s "
                             f"{plan.duration_s:g} s; the film follows the shots")
        plan = plan.model_copy(update={"duration_s": round(plan.total_duration_s, 2)})
    return plan
