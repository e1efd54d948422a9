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

Action sentences go to the command engine first; what it cannot carry out as clips within the shot is read by
the engine's grammar as data and timed inside the shot (``autark.jobs.shot_actions``). An action that still
cannot be carried out is left out with a warning; it never fails the film.

The film is the title card, the scenes one after another and the end card, played by
``autark.jobs.make_segments_film`` with one audio mix and one subtitle file.
"""

from __future__ import annotations

import dataclasses
import os
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
from autark.jobs.shot_actions import (
    Cast,
    ParsedAction,
    fallback_actions,
    lay_actions,
    parse_action,
    with_ops,
    without_unknown_adjectives,
)
from autark.scene.model import Scene, SceneObject

if TYPE_CHECKING:
    from autark.audio import VoiceEngine
    from autark.ops import Operator
    from autark.policy import Decision
    from autark.story.screenplay import CastMember, SceneSpec, Screenplay, Shot

__all__ = ["BuiltFilm", "build_film", "build_scene", "produce", "scan_film_text"]

# the shot's actions are staged by autark.jobs.shot_actions; the names they had here, which tests read
_Cast, _Parsed, _parse_action, _fallback_actions = Cast, ParsedAction, parse_action, fallback_actions
_without_unknown_adjectives = without_unknown_adjectives

LINE_LEAD_S = 0.25  # a shot's first line starts this long after the cut
# narration of what a thing does ("Suddenly, the oven explodes.") starts this long after the change shows, so
# its sound (audio.foley) is heard in the clear first and the line tells what the viewer has just seen
AFTER_CHANGE_S = 0.6


@dataclass
class BuiltFilm:
    """The segments of a film and what went wrong along the way (never fatal)."""

    segments: list[Segment]
    warnings: list[str] = field(default_factory=list)
    timings_s: dict[str, float] = field(default_factory=dict)


# -- helpers -------------------------------------------------------------------------------------------------
def _prop_words(prop_type: str) -> set[str]:
    """Every word that names a prop of this type: the type itself and the vocabulary's EN/DE nouns for it."""
    from autark.language.lexicon import COMPOUNDS, noun_forms

    words = {prop_type.lower(), prop_type.lower().replace("_", " ")}
    words |= {w.replace("_", " ") for w in noun_forms(prop_type)}
    words |= {" ".join(pair) for pair, typ in COMPOUNDS.items() if typ == prop_type}
    return {w for w in words if w}


# -- building a scene ----------------------------------------------------------------------------------------
def _setting(scene: Scene, spec: SceneSpec, warnings: list[str], where: str) -> Scene:
    from autark.assets import lighting
    from autark.assets.templates import load_setting
    from autark.ops import ApplyLighting, SetSettings
    from autark.ops.templates import setting_ops

    template = load_setting(spec.setting)
    scene = with_ops(scene, setting_ops(template, scene))
    if spec.lighting != template.lighting or spec.time_of_day != template.time_of_day:
        preset = lighting.preset(spec.lighting)
        # outdoors the sky follows the time of day, and so does the sky a room's windows show; a room without
        # windows, or lit as a room only (studio, noir, candlelight), keeps the template's backdrop
        from autark.assets import library
        windows = any(library.get(i.type).openings for i in template.layout)
        outside = preset.name in ("daylight", "overcast", "dawn", "sunset", "night")
        sky = preset.sky() if not template.indoor or (windows and outside) else None
        scene = with_ops(scene, [ApplyLighting(preset=preset.name, lights=preset.build(indoor=template.indoor),
                                             exposure=preset.exposure_for(template.indoor), sky=sky)])
    if spec.weather != "clear":  # drawn by the renderer outdoors, heard in the mix (indoors too)
        scene = with_ops(scene, [SetSettings(changes={"weather": spec.weather})])
    return scene


def _add_cast(scene: Scene, cast: list[CastMember], language: str, names: Cast,
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
        scene = with_ops(scene, [AddObject(object=body), SetCharacter(character=character)])
        key = member.name.lower()
        names.characters[key], names.voices[key], names.types[key] = oid, voice, member.type
    return scene


def _set_twin(scene: Scene, prop_type: str, near: tuple[float, float, float] | None) -> SceneObject | None:
    """The set's own piece of furniture of this type (the nearest to where the plan stands the idea's one), which
    the idea's would stand beside as a twin: "hides under the bed" in a bedroom showed two beds. The idea's
    piece stays where the story planned it (its cast, perches and camera were planned there), so the set's goes;
    None for things people carry (not furniture), where the set has none, and for a piece something stands on."""
    from autark.assets import library

    try:
        if library.get(prop_type).category != "furniture":
            return None
    except KeyError:
        return None
    from autark.scene.geometry import world_bbox

    def holds(piece: SceneObject) -> bool:  # a vase stands on the coffee table: the table stays
        box = world_bbox(piece)
        return any(o.id != piece.id and o.transform.position[1] > 0.05 and box.min[0] <= o.transform.position[0]
                   <= box.max[0] and box.min[2] <= o.transform.position[2] <= box.max[2] for o in scene.objects)

    same = [o for o in scene.objects if o.tag == "setting" and o.type == prop_type and not holds(o)]
    if not same:
        return None
    x, _, z = near or (0.0, 0.0, 0.0)
    return min(same, key=lambda o: (o.transform.position[0] - x) ** 2 + (o.transform.position[2] - z) ** 2)


def _add_props(scene: Scene, spec: SceneSpec, names: Cast, warnings: list[str], where: str) -> Scene:
    from autark.assets import library
    from autark.jobs.stacking import stacked_object
    from autark.language import interpret
    from autark.language.afloat import afloat_spot
    from autark.ops import AddObject, RemoveObjects
    from autark.scene.model import Material, SceneObject, Transform
    from autark.story.set_pieces import off_the_cast
    from autark.story.waterside import works_on_it_ashore

    for prop in spec.objects:
        twin = _set_twin(scene, prop.type, prop.position)
        if twin is not None:
            scene = with_ops(scene, [RemoveObjects(ids=[twin.id])])
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
        if len(ops) == 1 and ops[0].object.type != prop.type:
            # the words name another thing in the command language ("wand" is the German Wand, a wall; "boot"
            # a boat): the story chose the type, so it is placed as that type, directly
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
        if not works_on_it_ashore([a for sh in spec.shots for a in sh.actions], prop.type) \
                and (afloat := afloat_spot(obj, scene)) is not None:  # a boat floats in the water, not on the sand
            obj = obj.model_copy(update={"transform": obj.transform.model_copy(update={"position": afloat})})
        # on or in its support from the start: the cherry on the cake (jobs.stacking)
        scene = with_ops(scene, [AddObject(object=stacked_object(scene, obj, prop.placement))])
        names.props.append((prop.type, obj.id, _prop_words(prop.type)))
    return scene


def _light_cast(scene: Scene, names: Cast, warnings: list[str], where: str) -> Scene:
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
        scene = with_ops(scene, [SetLight(light=bounce)] if bounce is not None else [])
    if lighting.lamps_wanted(preset.name, scene.settings.weather) and any(o.type in lighting.LAMP_LIGHTS
                                                                       for o in scene.objects):
        try:
            scene = with_ops(scene, interpret("switch on the lights", scene))
        except UserInputError as exc:
            warnings.append(f"{where}: the lamps could not be switched on ({exc.message})")
    direct = sum(lt.type not in ("ambient", "hemisphere") for lt in scene.lights)
    bodies = [scene.object(oid) for oid in names.characters.values()]
    keys = lighting.character_keys(preset.name, bodies, MAX_LIGHTS - direct)
    if len(keys) < len(bodies) and preset.key is not None:
        warnings.append(f"{where}: {len(bodies) - len(keys)} of the characters get no key light of their own "
                        f"(the renderer draws {MAX_LIGHTS} lights)")
    return with_ops(scene, [SetLight(light=key) for key in keys])


def _change_start(shot: object, shot_start: float, shot_end: float) -> float | None:
    """When the first change of a thing's state in ``shot`` (an explosion, an eruption, a float away) starts on
    screen, as ``autark.jobs.effects.effect_ops`` lays it; None when the shot has none."""
    from autark.jobs.carried_off import MOVING_EFFECTS
    from autark.story.effects import STATE_CHANGES

    at = [e.at_s for e in getattr(shot, "effects", []) if e.kind in STATE_CHANGES or e.kind in MOVING_EFFECTS]
    return min(shot_start + min(at), max(shot_start, shot_end - 0.5)) if at else None


def _changes_before_lines(spec: SceneSpec, language: str, voices: VoiceEngine) -> SceneSpec:
    """The spec with each change told in its shot's narration moved earlier where the line, told
    ``AFTER_CHANGE_S`` after the change, would not end inside the shot (never before 0.1 s into it)."""
    from autark.jobs.carried_off import MOVING_EFFECTS
    from autark.story.effects import STATE_CHANGES

    shots = []
    for shot in spec.shots:
        moving = [e for e in shot.effects if e.kind in STATE_CHANGES or e.kind in MOVING_EFFECTS]
        if moving and shot.narration.strip():
            said = voices.speak(shot.narration, "narrator", language).duration_s
            latest = max(0.1, shot.duration_s - said - 0.05 - AFTER_CHANGE_S)
            first = min(e.at_s for e in moving)
            if first > latest:
                early = first - latest
                shot = shot.model_copy(update={"effects": [
                    e.model_copy(update={"at_s": max(0.0, e.at_s - early)}) if e in moving else e
                    for e in shot.effects]})
        shots.append(shot)
    return spec.model_copy(update={"shots": shots})


def _lay_lines(scene: Scene, spec: SceneSpec, language: str, names: Cast, voices: VoiceEngine,
               warnings: list[str], where: str) -> Scene:
    """Narration, then dialogue, of each shot, one after another from just after the shot's cut, at the real
    length of the speech; a line that would run past the scene's end is left out (with a warning)."""
    from autark.jobs.line_timing import shown_for
    from autark.ops import SetTimeline
    from autark.scene.timeline import Line

    lines: list[Line] = []
    cursor = 0.0
    shot_start = 0.0
    scene_end = sum(s.duration_s for s in spec.shots)
    for si, shot in enumerate(spec.shots):
        said = _said(shot)
        cursor = max(cursor, shot_start + LINE_LEAD_S)
        shot_end = shot_start + shot.duration_s
        change = _change_start(shot, shot_start, shot_end)
        for speaker, text in said:
            voice = _voice_of(speaker, names.voices)
            if voice == "none":
                warnings.append(f"{where}, shot {si + 1}: {speaker} has no voice (voice: none); "
                                f"the line {text[:40]!r} is left out")
                continue
            duration = voices.speak(text, voice, language).duration_s
            if change is not None and speaker == "narrator":  # after the change, but never past the shot's end
                cursor = max(cursor, min(change + AFTER_CHANGE_S, shot_end - duration - 0.05))
            if cursor + duration > scene_end - 0.05:
                warnings.append(f"{where}, shot {si + 1}: the line {text[:40]!r} ({duration:.1f} s) does not fit "
                                "before the scene ends; it is left out")
                continue
            lines.append(Line(speaker=speaker, text=text, start_s=round(cursor, 3), voice=voice, language=language,
                              duration_s=duration))
            # the next line waits until this one's subtitle can be read (a quick voice's long line stays up)
            cursor += shown_for(duration, text)
        shot_start += shot.duration_s
    return with_ops(scene, [SetTimeline(lines=lines)]) if lines else scene


def build_scene(spec: SceneSpec, *, language: str = "en", music_mood: str = "calm", width: int = 1280,
                height: int = 720, fps: int = 30, voices: VoiceEngine | None = None, name: str = "scene",
                warnings: list[str] | None = None, where: str = "scene 1", new_place: bool = True,
                check_shots: bool = True, cast_voices: dict[str, str] | None = None) -> Scene:
    """One ``SceneSpec`` as an autark ``Scene`` whose timeline runs from 0 s to the end of its last shot.

    ``voices`` measures each line so the lines fit their shots (espeak-ng by default). Problems that do not
    stop the scene (an action nobody understands, a line that does not fit) are appended to ``warnings``.
    Each shot's camera is planned and checked by ``autark.jobs.shots`` (the lines are laid first, so the
    planner knows who speaks when), and every shot's actions before any camera, so that the crowd's extras and the
    set's dressing are first stepped out of the ground the cast faces (``autark.jobs.sightlines``); ``new_place``
    says the scene opens a place the film has not shown yet (it gets an establishing shot); ``check_shots=False``
    keeps every shot as the screenplay plans it and the set as it stands (the benchmark's baseline). Shot boundaries lie on the frame grid of ``fps``. ``cast_voices``: each
    character's voice for the whole film (default: cast from this scene alone).
    """
    from autark.audio import MemoVoices, default_voice_engine
    from autark.cinema import line_spans
    from autark.jobs.effects import effect_ops
    from autark.jobs.line_timing import time_claims
    from autark.jobs.shots import SceneShots, plan_shot, set_piece_ids, snap
    from autark.ops import SetSettings, SetTimeline

    warnings = warnings if warnings is not None else []
    voices = voices if voices is not None else MemoVoices(default_voice_engine())
    duration_s = snap(sum(s.duration_s for s in spec.shots), fps)
    scene = Scene(name=name)
    scene = with_ops(scene, [SetSettings(changes={"width": width, "height": height, "fps": fps,
                                                "duration_s": min(3600.0, duration_s)})])
    scene = _setting(scene, spec, warnings, where)
    names = Cast()
    scene = _add_cast(scene, spec.characters, language, names, cast_voices)
    scene = _add_props(scene, spec, names, warnings, where)
    scene = _light_cast(scene, names, warnings, where)
    spec = _changes_before_lines(spec, language, voices)
    scene = _lay_lines(scene, spec, language, names, voices, warnings, where)
    shots = SceneShots(characters=list(names.characters.values()), props=[oid for _t, oid, _w in names.props],
                       names={o.id: o.name for o in scene.objects}, fps=fps, new_place=new_place,
                       lines=line_spans(scene), check=check_shots,
                       set_pieces=set_piece_ids(scene, [oid for _t, oid, _w in names.props]))
    elapsed = 0.0
    spans = []
    for i, shot in enumerate(spec.shots):  # every shot's actions first: the staging reads where the cast stands
        start, end = snap(elapsed, fps), snap(elapsed + shot.duration_s, fps)
        elapsed += shot.duration_s
        spans.append((start, end))
        shot_where = f"{where}, shot {i + 1}"
        scene = lay_actions(scene, shot, start, end, names, warnings, shot_where)
        scene = with_ops(scene, effect_ops(scene, shot.effects, start, end, lambda w: names.subject(w) or names.find(
            [w.lower()]), warnings, shot_where))
    if check_shots:  # extras and dressing stepped out of the ground the cast faces, before any camera is planned
        scene = with_ops(scene, _open_sightlines(scene, spec, names, spans))
    for i, (shot, (start, end)) in enumerate(zip(spec.shots, spans, strict=True)):
        shot_where = f"{where}, shot {i + 1}"
        scene = plan_shot(scene, shots, size=shot.size, move=shot.camera, subject=names.subject(shot.subject),
                          start_s=start, end_s=end, first_of_scene=i == 0, transition=shot.transition,
                          warnings=warnings, where=shot_where, key=shot.key)
    scene = time_claims(scene, voices, warnings, where)  # "I caught it!" once it is in the hands
    return with_ops(scene, [SetTimeline(duration_s=duration_s, music_mood=music_mood)])


def _open_sightlines(scene: Scene, spec: SceneSpec, names: Cast, spans: list[tuple[float, float]]) -> list[Operator]:
    """``jobs.sightlines``' moves for the scene: the crowd's extras and the set's dressing out of the ground before
    the rest of the cast."""
    from autark.cinema.rules import SHELL_TYPES
    from autark.jobs.sightlines import clearing_moves
    from autark.story.crowds import is_extra

    extras = [names.characters[m.name.lower()] for m in spec.characters if is_extra(m)
              and m.name.lower() in names.characters]
    cast = [oid for oid in names.characters.values() if oid not in extras]
    dressing = [o.id for o in scene.objects if o.tag == "setting" and o.type not in SHELL_TYPES]
    return clearing_moves(scene, spans, cast, [*extras, *dressing])[0]


def _said(shot: Shot) -> list[tuple[str, str]]:
    """(speaker, text) of a shot's narration, then its dialogue, in the order they are laid."""
    said = [("narrator", shot.narration)] if shot.narration.strip() else []
    return said + [(d.speaker, d.text) for d in shot.dialogue]


def _voice_of(speaker: str, voices: dict[str, str]) -> str:
    """A line's voice: the narrator's, or its speaker's (by lower-case name); one not cast speaks as narrator."""
    return "narrator" if speaker == "narrator" else voices.get(speaker.lower(), "narrator")


def _line_requests(screenplay: Screenplay, cast: dict[str, str]) -> list[tuple[str, str, str]]:
    """(text, voice, language) of every narration and line, in order, with the voices ``_lay_lines`` gives
    them (a speaker not in the scene's cast: the narrator's; voice "none": not spoken)."""
    out = []
    for spec in screenplay.scenes:
        own = {m.name.lower(): cast.get(m.name.lower(), m.voice) for m in spec.characters}
        for shot in spec.shots:
            for speaker, text in _said(shot):
                voice = _voice_of(speaker, own)
                if voice != "none":
                    out.append((text, voice, screenplay.language))
    return out


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
    if isinstance(voices, MemoVoices):  # every line, spoken on a thread while the sets are built and shot
        voices.speak_ahead(_line_requests(screenplay, cast))
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
    from autark.jobs.film_frames import warm_film_workers  # their start overlaps the build (film_frames)

    kinds = tuple(m.type for spec in screenplay.scenes for m in (*spec.characters, *spec.objects))
    warm_film_workers(screenplay.total_duration_s, options, kinds)  # and they build the cast's meshes
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
