"""Production: a screenplay -> autark scenes built through the command engine and templates -> a finished film.

    report = produce(load_plan("plan.yaml"), "film.mp4", FilmOptions(quality="preview"))

Each ``SceneSpec`` becomes one ``Scene``, built only with operators (so it is the same data a person could
have made sentence by sentence):

1. the setting template's operators (layout, ground, sky, its own lighting), then the scene's lighting
   preset for its time of day on top (a room lets in only the preset's ``indoor_share`` of its sun and sky);
2. each cast member as a body object (humanoid, robot, dog, cat) plus ``SetCharacter`` (name, voice,
   language);
3. each prop through the command engine: "add a red flower next to Robo", or at its explicit position;
   then the set and the cast lit for the preset: a room's floor bounce, the lamps on at night, a key light
   on each character under a dark preset (so their pixels stay above ``lighting.SUBJECT_LUMA_FLOOR``);
4. shot after shot on the timeline: the actions first (so a follow camera knows where the subject walks),
   then the shot's camera (``camera_moves``: framed at the shot size on the subject, then moved), one
   camera per shot;
5. narration and dialogue laid out inside their shots at the real length of the speech.

Action sentences go to the command engine first; what it cannot carry out as clips within the shot (a dog
that runs to the ball: the engine glides things along keyframes) is read by the engine's grammar as data
(``autark.language.read_action``: walk/run to X, wave, sit, point at X, turn to X, look around, in English and
German) and timed here inside the shot. An action that still cannot be carried out is left out with a
warning; it never fails the film.

The film is the title card, the scenes one after another and the end card, played by
``autark.jobs.make_segments_film`` with one audio mix and one subtitle file.
"""

from __future__ import annotations

import dataclasses
import math
import os
import re
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from autark.errors import UserInputError
from autark.jobs.film import (
    CardSegment,
    Composer,
    FilmOptions,
    FilmReport,
    SceneSegment,
    Segment,
    make_segments_film,
)
from autark.jobs.policing import scan_film_text
from autark.scene.model import Scene
from autark.scene.speeds import GESTURE_S, LOOK_AROUND_S, RUN_M_S, SIT_S, TURN_S, WALK_M_S

if TYPE_CHECKING:
    from autark.audio import VoiceEngine
    from autark.ops import Operator
    from autark.policy import Decision
    from autark.story.screenplay import CastMember, SceneSpec, Screenplay, Shot

__all__ = ["BuiltFilm", "build_film", "build_scene", "produce", "scan_film_text"]

LINE_GAP_S = 0.2  # breath between two lines
LINE_LEAD_S = 0.25  # a shot's first line starts this long after the cut


@dataclass
class BuiltFilm:
    """The segments of a film and what went wrong along the way (never fatal)."""

    segments: list[Segment]
    warnings: list[str] = field(default_factory=list)
    timings_s: dict[str, float] = field(default_factory=dict)


# -- helpers -------------------------------------------------------------------------------------------------
def _apply(scene: Scene, ops: list[Operator]) -> Scene:
    from autark.ops import apply_ops

    return apply_ops(scene, ops) if ops else scene


def _prop_words(prop_type: str) -> set[str]:
    """Every word that names a prop of this type: the type itself and the vocabulary's EN/DE nouns for it."""
    from autark.language.lexicon import COMPOUNDS, noun_forms

    words = {prop_type.lower(), prop_type.lower().replace("_", " ")}
    words |= {w.replace("_", " ") for w in noun_forms(prop_type)}
    words |= {" ".join(pair) for pair, typ in COMPOUNDS.items() if typ == prop_type}
    return {w for w in words if w}


@dataclass
class _Cast:
    """Names in one scene -> object ids, for actions, subjects and speakers."""

    characters: dict[str, str] = field(default_factory=dict)  # lower-case name -> body object id
    voices: dict[str, str] = field(default_factory=dict)  # lower-case name -> voice
    types: dict[str, str] = field(default_factory=dict)  # lower-case name -> body type
    props: list[tuple[str, str, set[str]]] = field(default_factory=list)  # (type, object id, words)

    def find(self, words: list[str]) -> str | None:
        """The first character or prop the words name (a name, a type, a German or English noun)."""
        for w in words:
            if w in self.characters:
                return self.characters[w]
        text = " ".join(words)
        for _ptype, oid, names in self.props:
            if any(re.search(rf"\b{re.escape(n)}\b", text) for n in names):
                return oid
        for name, typ in self.types.items():  # "the robot" for a robot called Robo
            if typ in words:
                return self.characters[name]
        return None

    def subject(self, subject: str) -> str | None:
        if not subject:
            return None
        key = subject.lower()
        if key in self.characters:
            return self.characters[key]
        return next((oid for ptype, oid, names in self.props if key == ptype or key in names), None)


def _position_at(scene: Scene, object_id: str, t: float) -> tuple[tuple[float, float, float], float]:
    from autark.motion import evaluate_scene

    obj = evaluate_scene(scene, t).object(object_id)
    return tuple(obj.transform.position), float(obj.transform.rotation[1])  # type: ignore[return-value]


def _centre(scene: Scene, object_id: str, t: float) -> tuple[float, float, float]:
    from autark.motion import evaluate_scene
    from autark.scene.geometry import world_bbox

    return world_bbox(evaluate_scene(scene, t).object(object_id)).center  # type: ignore[return-value]


# -- building a scene ----------------------------------------------------------------------------------------
def _setting(scene: Scene, spec: SceneSpec, warnings: list[str], where: str) -> Scene:
    from autark.assets import lighting
    from autark.assets.templates import load_setting
    from autark.ops import ApplyLighting, SetSettings
    from autark.ops.templates import setting_ops

    template = load_setting(spec.setting)
    scene = _apply(scene, setting_ops(template, scene))
    if spec.lighting != template.lighting or spec.time_of_day != template.time_of_day:
        preset = lighting.preset(spec.lighting)
        # outdoors the sky follows the time of day; indoors the template's backdrop stays
        sky = None if template.indoor else preset.sky()
        scene = _apply(scene, [ApplyLighting(preset=preset.name, lights=preset.build(indoor=template.indoor),
                                             exposure=preset.exposure, sky=sky)])
    if spec.weather != "clear":  # drawn by the renderer outdoors, heard in the mix (indoors too)
        scene = _apply(scene, [SetSettings(changes={"weather": spec.weather})])
    return scene


def _add_cast(scene: Scene, cast: list[CastMember], language: str, names: _Cast,
              cast_voices: dict[str, str] | None = None) -> Scene:
    """Add the cast's bodies and characters. ``cast_voices`` maps a character's name (lower case) to the
    voice it speaks with (``autark.audio.voicing.cast_voices``: the film's second man gets "man#1")."""
    from autark.assets import library
    from autark.audio.voicing import cast_voices as cast_of
    from autark.language import character_id
    from autark.language.lexicon import COLORS
    from autark.ops import AddObject, SetCharacter
    from autark.scene.model import Character, Material, SceneObject, Transform

    voices = cast_voices if cast_voices is not None else cast_of([(m.name, m.type, m.voice) for m in cast])
    for member in cast:
        spec = library.get(member.type)
        voice = voices.get(member.name.lower(), member.voice)
        oid = f"obj{scene.next_id}"
        # a colour the plan gives tells two of one kind apart (the red knight and the blue knight): the main
        # garment takes it; a colour word the vocabulary does not know leaves the kind's own colour
        colour = COLORS.get(member.color.strip().lower(), spec.color) if member.color else spec.color
        body = SceneObject(id=oid, name=member.name, type=spec.type,
                           transform=Transform(position=member.position),  # heading 0 faces the camera (+Z)
                           material=Material(color=colour, roughness=spec.roughness, metallic=spec.metallic),
                           bounds_min=spec.bounds_min, bounds_max=spec.bounds_max)
        character = Character(id=character_id(member.name), name=member.name, object_id=oid,
                              voice=voice, language=language)
        scene = _apply(scene, [AddObject(object=body), SetCharacter(character=character)])
        key = member.name.lower()
        names.characters[key], names.voices[key], names.types[key] = oid, voice, member.type
    return scene


def _add_props(scene: Scene, spec: SceneSpec, names: _Cast, warnings: list[str], where: str) -> Scene:
    from autark.assets import library
    from autark.language import interpret
    from autark.ops import AddObject
    from autark.scene.model import Material, SceneObject, Transform
    from autark.story.set_pieces import off_the_cast

    for prop in spec.objects:
        noun = prop.type.replace("_", " ")
        sentence = " ".join(w for w in ("add a", prop.color, noun, prop.placement) if w)
        ops: list[Operator] = []
        try:
            ops = [op for op in interpret(sentence, scene) if isinstance(op, AddObject)]
        except UserInputError as exc:
            warnings.append(f"{where}: the command engine could not do {sentence!r} ({exc.message}); "
                            "the prop was placed directly")
        if len(ops) != 1 and prop.placement:
            try:  # the placement sentence was the trouble: the thing itself may still be known
                ops = [op for op in interpret(f"add a {prop.color} {noun}".replace("  ", " "), scene)
                       if isinstance(op, AddObject)]
            except UserInputError:
                ops = []
        if len(ops) == 1:
            obj = ops[0].object
        else:
            try:
                asset = library.get(prop.type)
            except KeyError:
                warnings.append(f"{where}: left out the {prop.type}: it is not in the asset library")
                continue
            obj = SceneObject(id=f"obj{scene.next_id}", name=noun, type=asset.type,
                              material=Material(color=asset.color, roughness=asset.roughness,
                                                metallic=asset.metallic),
                              bounds_min=asset.bounds_min, bounds_max=asset.bounds_max)
        if prop.position is not None:
            at = prop.position
            # a set piece the plan stands on the cast (or between it and the camera) goes behind it: an 11 m
            # lighthouse on its keeper hid him and filled every shot (``story.set_pieces``)
            moved = off_the_cast(prop.type, at, [o.transform.position for o in scene.objects
                                                 if o.id in names.characters.values()], len(names.props))
            if moved is not None:
                warnings.append(f"{where}: the {noun} stood on the cast or before the camera at {list(at)}; "
                                f"it stands behind them at {list(moved)}")
                at = moved
            obj = obj.model_copy(update={"transform": Transform(position=at, rotation=obj.transform.rotation,
                                                                scale=obj.transform.scale)})
        scene = _apply(scene, [AddObject(object=obj)])
        names.props.append((prop.type, obj.id, _prop_words(prop.type)))
    return scene


def _light_cast(scene: Scene, names: _Cast, warnings: list[str], where: str) -> Scene:
    """Light the set and the cast the way the scene's lighting preset asks: indoors the floor's bounce light
    (``autark.assets.lighting.room_bounce``), the set's lamps switched on (street lamps at night, through the
    command engine's "switch on the lights") and a key light on each character for a preset too dark to read
    faces by (``character_keys``), as many as the renderer has lights left for."""
    from autark.assets import lighting
    from autark.assets.templates import load_setting
    from autark.language import interpret
    from autark.ops import SetLight
    from autark.render.shaders import MAX_LIGHTS

    try:
        preset = lighting.preset(scene.settings.lighting)
    except KeyError:
        return scene
    if scene.settings.setting and load_setting(scene.settings.setting).indoor:
        floor = next((o for o in scene.objects if o.type == "floor" and o.tag == "setting"), None)
        bounce = lighting.room_bounce(preset.name, floor.material.color if floor else scene.settings.ground_color)
        scene = _apply(scene, [SetLight(light=bounce)] if bounce is not None else [])
    if preset.lamps_on and any(o.type in lighting.LAMP_LIGHTS for o in scene.objects):
        try:
            scene = _apply(scene, interpret("switch on the lights", scene))
        except UserInputError as exc:
            warnings.append(f"{where}: the lamps could not be switched on ({exc.message})")
    direct = sum(lt.type not in ("ambient", "hemisphere") for lt in scene.lights)
    bodies = [scene.object(oid) for oid in names.characters.values()]
    keys = lighting.character_keys(preset.name, bodies, MAX_LIGHTS - direct)
    if len(keys) < len(bodies) and preset.key is not None:
        warnings.append(f"{where}: {len(bodies) - len(keys)} of the characters get no key light of their own "
                        f"(the renderer draws {MAX_LIGHTS} lights)")
    return _apply(scene, [SetLight(light=key) for key in keys])


@dataclass
class _Parsed:
    actor: str
    kind: str  # walk run wave point turn sit talk look (look around)
    target: str | None  # object id


def _parse_action(sentence: str, scene: Scene, names: _Cast) -> _Parsed | None:
    """The command engine's reading of an action sentence ("<Name> walks to the flower", "Rex dreht sich zu
    Luna"), for a cast member; the scene's first character when it names none."""
    from autark.language import read_action

    reading = read_action(sentence, scene)
    if reading is None or reading.kind not in ("walk", "run", "wave", "point", "turn", "sit", "talk"):
        return None
    actor = reading.actor
    if actor is None or actor not in names.characters.values():
        actor = next(iter(names.characters.values()), None)
    if actor is None:
        return None
    target = reading.target if reading.target != actor else None
    if reading.kind == "turn" and reading.around and target is None:
        return _Parsed(actor, "look", None)
    if reading.kind in ("walk", "run", "point", "turn", "sit") and target is None:
        return None
    return _Parsed(actor, reading.kind, target)


def _actor_brought(sentence: str, scene: Scene) -> str | None:
    """The actor of an act sentence the fallback reading does not stage ("Thief flees from Detective")."""
    from autark.language import read_action

    reading = read_action(sentence, scene)
    return reading.actor if reading is not None else None


def _engine_actions(sentence: str, scene: Scene, start_s: float, end_s: float) -> list[Operator] | None:
    """The command engine's reading of a timed sentence, when it gives timeline actions only (clamped into
    the shot); None when it does not understand the sentence or would do something else with it."""
    from autark.language import interpret
    from autark.ops import SetTimeline

    try:
        at_cursor = scene.model_copy(update={"timeline": scene.timeline.model_copy(update={"cursor_s": start_s})})
        ops = interpret(sentence, at_cursor)
    except UserInputError:
        return None
    actions = []
    brought = []  # the tool an act brings along ("fishes with a fishing rod"): it comes into the film with it
    for op in ops:
        if type(op).__name__ == "SetFocus":  # what "it" means next: no part of the film
            continue
        if type(op).__name__ == "AddKeyframes" and re.search(  # "the cat glows yellow for 2 seconds": timed at
                r"\.(material\.\w+|visible|transform\.scale)$", op.target):  # type: ignore[attr-defined]
            brought.append(op)  # the cursor; a glide (position keys) is left to the walk clips below
            continue
        if type(op).__name__ == "AddObject" and any(a.item == op.object.id  # type: ignore[attr-defined]
                                                    for o in ops if isinstance(o, SetTimeline) for a in o.actions):
            brought.append(op)
            continue
        if not isinstance(op, SetTimeline) or op.shots or op.lines:
            return None
        actions += op.actions
    if not actions and not brought:
        return None
    out = []
    for a in actions:
        s = min(max(a.start_s, start_s), end_s - 0.2)
        e = min(max(a.end_s, s + 0.2), end_s)
        out.append(a.model_copy(update={"start_s": s, "end_s": e}))
    return [*brought, SetTimeline(actions=out)]


def _without_unknown_adjectives(sentence: str) -> str | None:
    """The sentence without the describing words between an article and a noun that the command engine does
    not know ("Sam picks up the lonely lighthouse" -> "... the lighthouse"; "den alten Apfel" -> "den Apfel"):
    the story writes the idea's own adjectives, the engine reads colours and sizes only. None when nothing
    would be left out."""
    from autark.language import lang
    from autark.language import lexicon as lx

    words = sentence.split()
    low = [w.lower().strip(".,!?;:") for w in words]
    drop: set[int] = set()
    for k, w in enumerate(low):
        if w not in (lx.DEFINITE | lx.INDEFINITE):
            continue
        noun = next((j for j in range(k + 1, min(k + 5, len(low))) if low[j] in lx.NOUNS), None)
        if noun is not None:  # the words between the article and its noun that the engine cannot read
            drop.update(j for j in range(k + 1, noun)
                        if low[j] not in lang.COLORS and low[j] not in lang.SIZES and low[j] not in lx.NUMBERS)
    return " ".join(w for k, w in enumerate(words) if k not in drop) if drop else None


def _fallback_actions(parsed: _Parsed, scene: Scene, start_s: float, slot_s: float) -> list[Operator]:
    """Timeline actions for a parsed sentence within [start_s, start_s + slot_s]."""
    from autark.scene.timeline import Action

    pos, heading = _position_at(scene, parsed.actor, start_s)
    end_cap = start_s + slot_s
    if parsed.kind in ("walk", "run"):
        assert parsed.target is not None  # noqa: S101 - _parse_action requires one
        c = _centre(scene, parsed.target, start_s)
        distance = math.hypot(c[0] - pos[0], c[2] - pos[2])
        if distance < 0.9:  # already there (a second "walks to the flower" in the next shot)
            return []
        speed = RUN_M_S if parsed.kind == "run" else WALK_M_S
        duration = min(slot_s, max(0.8, distance / speed))
        return [Action(object_id=parsed.actor, kind=parsed.kind, start_s=start_s, end_s=start_s + duration,  # type: ignore[arg-type]
                       target_object=parsed.target)]
    if parsed.kind == "turn":
        assert parsed.target is not None  # noqa: S101
        return [Action(object_id=parsed.actor, kind="turn", start_s=start_s, end_s=min(end_cap, start_s + TURN_S),
                       target_object=parsed.target)]
    if parsed.kind == "look":
        # look around: a quarter turn to one side, to the other, and back
        h = math.radians(heading)
        spots = []
        for deg in (60.0, -60.0, 0.0):
            a = h + math.radians(deg)
            spots.append((pos[0] + 3 * math.sin(a), pos[1], pos[2] + 3 * math.cos(a)))
        step = min(slot_s, LOOK_AROUND_S) / 3
        return [Action(object_id=parsed.actor, kind="turn", start_s=start_s + i * step,
                       end_s=start_s + (i + 1) * step - 0.05, target=spot) for i, spot in enumerate(spots)]
    if parsed.kind == "sit":
        return [Action(object_id=parsed.actor, kind="sit", start_s=start_s, end_s=min(end_cap, start_s + SIT_S),
                       target_object=parsed.target)]
    duration = min(slot_s, GESTURE_S)
    return [Action(object_id=parsed.actor, kind=parsed.kind, start_s=start_s, end_s=start_s + duration,  # type: ignore[arg-type]
                   target_object=parsed.target)]


def _lay_actions(scene: Scene, shot: Shot, start_s: float, end_s: float, names: _Cast, warnings: list[str],
                 where: str) -> Scene:
    """Each actor's sentences one after another inside the shot; different actors at the same time."""
    from autark.motion import validate_actions
    from autark.ops import SetTimeline

    if not shot.actions:
        return scene
    parsed = [(s, _parse_action(s, scene, names)) for s in shot.actions]
    # who does each: an act the fallback reading cannot stage (a chase, a flight) still has its actor, so the
    # one who flees and the one who chases run at the same time
    actors = [p.actor if p else _actor_brought(s, scene) for s, p in parsed]
    per_actor: dict[str | None, int] = {}
    for key in actors:
        per_actor[key] = per_actor.get(key, 0) + 1
    seen: dict[str | None, int] = {}
    usable = max(0.4, end_s - start_s - 0.3)
    for (sentence, p), key in zip(parsed, actors, strict=True):
        n = per_actor[key]
        k = seen.get(key, 0)
        seen[key] = k + 1
        slot = usable / n
        t0 = start_s + 0.15 + k * slot
        ops = _engine_actions(sentence, scene, t0, t0 + slot)
        plain = _without_unknown_adjectives(sentence) if ops is None else None
        if plain is not None:
            ops = _engine_actions(plain, scene, t0, t0 + slot)
            if ops is not None:
                warnings.append(f"{where}: read {sentence!r} as {plain!r} (the command engine does not know the "
                                "words left out)")
        if ops is None:
            if p is None:
                warnings.append(f"{where}: left out the action {sentence!r}: neither the command engine nor the "
                                "screenplay's action words understand it")
                continue
            warnings.append(f"{where}: the command engine did not understand {sentence!r}; read it with the "
                            "screenplay's action words instead")
            ops = [SetTimeline(actions=_fallback_actions(p, scene, t0, slot))]
        try:
            candidate = _apply(scene, ops)
            validate_actions(candidate)
        except UserInputError as exc:
            warnings.append(f"{where}: left out the action {sentence!r}: {exc}")
            continue
        scene = candidate
    return scene


def _lay_lines(scene: Scene, spec: SceneSpec, language: str, names: _Cast, voices: VoiceEngine,
               warnings: list[str], where: str) -> Scene:
    """Narration, then dialogue, of each shot, one after another from just after the shot's cut, at the real
    length of the speech; a line that would run past the scene's end is left out (with a warning)."""
    from autark.ops import SetTimeline
    from autark.scene.timeline import Line

    lines: list[Line] = []
    cursor = 0.0
    shot_start = 0.0
    scene_end = sum(s.duration_s for s in spec.shots)
    for si, shot in enumerate(spec.shots):
        said = [("narrator", shot.narration)] if shot.narration.strip() else []
        said += [(d.speaker, d.text) for d in shot.dialogue]
        cursor = max(cursor, shot_start + LINE_LEAD_S)
        for speaker, text in said:
            voice = "narrator" if speaker == "narrator" else names.voices.get(speaker.lower(), "narrator")
            if voice == "none":
                warnings.append(f"{where}, shot {si + 1}: {speaker} has no voice (voice: none); "
                                f"the line {text[:40]!r} is left out")
                continue
            duration = voices.speak(text, voice, language).duration_s
            if cursor + duration > scene_end - 0.05:
                warnings.append(f"{where}, shot {si + 1}: the line {text[:40]!r} ({duration:.1f} s) does not fit "
                                "before the scene ends; it is left out")
                continue
            lines.append(Line(speaker=speaker, text=text, start_s=round(cursor, 3), voice=voice, language=language,
                              duration_s=duration))
            cursor += duration + LINE_GAP_S
        shot_start += shot.duration_s
    return _apply(scene, [SetTimeline(lines=lines)]) if lines else scene


def build_scene(spec: SceneSpec, *, language: str = "en", music_mood: str = "calm", width: int = 1280,
                height: int = 720, fps: int = 30, voices: VoiceEngine | None = None, name: str = "scene",
                warnings: list[str] | None = None, where: str = "scene 1", new_place: bool = True,
                check_shots: bool = True, cast_voices: dict[str, str] | None = None) -> Scene:
    """One ``SceneSpec`` as an autark ``Scene`` whose timeline runs from 0 s to the end of its last shot.

    ``voices`` measures each line so the lines fit their shots (espeak-ng by default). Problems that do not
    stop the scene (an action nobody understands, a line that does not fit) are appended to ``warnings``.
    Each shot's camera is planned and checked by ``autark.jobs.shots`` (the lines are laid first, so the
    planner knows who speaks when); ``new_place`` says the scene opens a place the film has not shown yet
    (it gets an establishing shot); ``check_shots=False`` keeps every shot as the screenplay plans it (the
    benchmark's baseline). Shot boundaries lie on the frame grid of ``fps``. ``cast_voices``: each
    character's voice for the whole film (default: cast from this scene alone).
    """
    from autark.audio import MemoVoices, default_voice_engine
    from autark.cinema import line_spans
    from autark.jobs.effects import effect_ops
    from autark.jobs.shots import SceneShots, plan_shot, set_piece_ids, snap
    from autark.ops import SetSettings, SetTimeline

    warnings = warnings if warnings is not None else []
    voices = voices if voices is not None else MemoVoices(default_voice_engine())
    duration_s = snap(sum(s.duration_s for s in spec.shots), fps)
    scene = Scene(name=name)
    scene = _apply(scene, [SetSettings(changes={"width": width, "height": height, "fps": fps,
                                                "duration_s": min(3600.0, duration_s)})])
    scene = _setting(scene, spec, warnings, where)
    names = _Cast()
    scene = _add_cast(scene, spec.characters, language, names, cast_voices)
    scene = _add_props(scene, spec, names, warnings, where)
    scene = _light_cast(scene, names, warnings, where)
    scene = _lay_lines(scene, spec, language, names, voices, warnings, where)
    shots = SceneShots(characters=list(names.characters.values()), props=[oid for _t, oid, _w in names.props],
                       names={o.id: o.name for o in scene.objects}, fps=fps, new_place=new_place,
                       lines=line_spans(scene), check=check_shots,
                       set_pieces=set_piece_ids(scene, [oid for _t, oid, _w in names.props]))
    elapsed = 0.0
    for i, shot in enumerate(spec.shots):
        start, end = snap(elapsed, fps), snap(elapsed + shot.duration_s, fps)
        elapsed += shot.duration_s
        shot_where = f"{where}, shot {i + 1}"
        scene = _lay_actions(scene, shot, start, end, names, warnings, shot_where)
        scene = _apply(scene, effect_ops(scene, shot.effects, start, end, lambda w: names.subject(w) or names.find(
            [w.lower()]), warnings, shot_where))
        scene = plan_shot(scene, shots, size=shot.size, move=shot.camera, subject=names.subject(shot.subject),
                          start_s=start, end_s=end, first_of_scene=i == 0, transition=shot.transition,
                          warnings=warnings, where=shot_where)
    return _apply(scene, [SetTimeline(duration_s=duration_s, music_mood=music_mood)])


def build_film(screenplay: Screenplay, *, width: int = 1280, height: int = 720, fps: int = 30,
               voices: VoiceEngine | None = None, check_shots: bool = True) -> BuiltFilm:
    """The film's segments: the title card, every scene (built by :func:`build_scene`, its shots planned and
    checked unless ``check_shots=False``), the end card.

    A screenplay over ``autark.limits`` (too many shots or lines, too long) is refused with a
    ``PlanError`` before anything is built, as ``load_plan`` refuses such a file."""
    from autark.audio import MemoVoices, default_voice_engine
    from autark.audio.voicing import cast_voices
    from autark.errors import PlanError
    from autark.jobs.shots import snap
    from autark.story.screenplay import field_name, plan_limits

    over = plan_limits(screenplay)
    if over:
        path, message, hint = over[0]
        raise PlanError(message, field=field_name(path), hint=hint)
    voices = voices if voices is not None else MemoVoices(default_voice_engine())
    # one casting for the film: a character keeps its voice in every scene, no two share one
    cast = cast_voices([(m.name, m.type, m.voice) for spec in screenplay.scenes for m in spec.characters])
    t0 = time.perf_counter()
    warnings = list(screenplay.warnings)
    segments: list[Segment] = []
    # every segment lasts whole frames, so every cut of the film falls between two frames
    if screenplay.title_card.duration_s > 0:
        segments.append(CardSegment(screenplay.title_card.text, screenplay.title_card.subtitle,
                                    max(1 / fps, snap(screenplay.title_card.duration_s, fps))))
    for si, spec in enumerate(screenplay.scenes):
        new_place = si == 0 or spec.setting != screenplay.scenes[si - 1].setting
        scene = build_scene(spec, language=screenplay.language, music_mood=screenplay.music_mood, width=width,
                            height=height, fps=fps, voices=voices, name=f"{screenplay.title} - {si + 1}",
                            warnings=warnings, where=f"scene {si + 1}", new_place=new_place,
                            check_shots=check_shots, cast_voices=cast)
        segments.append(SceneSegment(scene, scene.timeline.duration_s,
                                     spec.shots[0].transition if segments else "cut"))
    if screenplay.end_card.duration_s > 0:
        segments.append(CardSegment(screenplay.end_card.text, screenplay.end_card.subtitle,
                                    max(1 / fps, snap(screenplay.end_card.duration_s, fps)), "crossfade"))
    return BuiltFilm(segments, list(dict.fromkeys(warnings)), {"build": time.perf_counter() - t0})


def produce(screenplay: Screenplay, out_path: str | os.PathLike[str], options: FilmOptions | None = None, *,
            on_rendered: Callable[[int], None] | None = None,
            on_encoded: Callable[[int], None] | None = None,
            on_stage: Callable[[str], None] | None = None, voices: VoiceEngine | None = None,
            composer: Composer | None = None, policy: str | None = None,
            decisions: list[Decision] | None = None) -> FilmReport:
    """Make the finished film of ``screenplay`` at ``out_path`` (MP4, with an SRT beside it when anyone speaks).

    Stages (reported through ``on_stage``): "build" (scenes from the screenplay), "audio" (speech, score,
    mix), "render+encode". The report's ``warnings`` say what was left out or changed; ``timings_s`` has a
    figure per stage. ``voices``: the engine the lines are spoken with (default: ``default_voice_engine``; the
    command line passes a voice plugin's, ``autark.plugins.voices``); ``composer``: writes the music instead of
    the built-in score (a music plugin's, ``autark.plugins.music``). ``policy``: the content policy's level
    the film's spoken and shown text is checked at (``autark.jobs.policing``; None: ``options.policy``); its
    decision is appended to ``decisions`` when given.
    """
    from autark.audio import MemoVoices, default_voice_engine

    options = options or FilmOptions()
    voices = MemoVoices(voices if voices is not None else default_voice_engine(options.cache_dir))
    if on_stage:
        on_stage("build")
    width, height = options.frame_size()
    built = build_film(screenplay, width=width, height=height, fps=options.fps, voices=voices)
    if policy is not None and policy != options.policy:
        options = dataclasses.replace(options, policy=policy)
    scanned = scan_film_text(built.segments, options.policy)  # before the audio: make_segments_film checks again
    if decisions is not None:
        decisions.append(scanned)
    report = make_segments_film(built.segments, out_path, options, music_mood=screenplay.music_mood,
                                engine=voices, on_rendered=on_rendered, on_encoded=on_encoded, on_stage=on_stage,
                                composer=composer)
    report.timings_s = {**built.timings_s, **report.timings_s}
    report.warnings = [*built.warnings, *report.warnings]
    return report
