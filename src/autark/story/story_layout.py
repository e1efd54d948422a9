"""A story laid out as a screenplay (``screenplay_from_story``): one scene per setting with its cast and props,
the things' sizes from the first frame, a journey's places dressed, a crowd, beds and seats, and the scenes split
where the world changes (``story.world_changes``)."""

from __future__ import annotations

from autark.limits import MAX_ACTIONS_PER_SHOT
from autark.story.beats import END
from autark.story.concept import Concept
from autark.story.screenplay import Card, SceneSpec, Screenplay, Shot
from autark.story.set_lighting import set_lighting
from autark.story.set_pieces import stage_large_cast, stage_set_pieces
from autark.story.story_model import Story

__all__ = ["screenplay_from_story"]


def screenplay_from_story(story: Story) -> Screenplay:
    """Lay a story out as a screenplay: one scene per setting, the cast and props in each."""
    from autark.story.becoming import absent_in_scenes
    from autark.story.sizes import size_effects

    concept = story.concept
    cast = stage_large_cast(story.cast, concept.sizes)  # a dragon beside the princess, not around her
    from autark.story.mounts import beside_mounts

    cast = beside_mounts(concept.events, cast)  # the knight at his horse's flank: the ride is not a walk to it
    scenes: list[SceneSpec] = []
    absent = absent_in_scenes([[e for b in story.beats if b.scene == si for e in b.shot.effects]
                               for si in range(len(concept.settings))])
    for si, setting in enumerate(concept.settings):
        shots = [b.shot for b in story.beats if b.scene == si]
        if not shots:
            continue
        here = [c for c in cast if c.name not in absent[si]]
        props = [p for p in story.props if p.type not in absent[si]]
        growing = {e.target for shot in shots for e in shot.effects if e.kind == "grow"}  # "grows into a giant
        # tree": its growth says its size (``story.becoming``)
        sized = size_effects(_sizes(concept), [n for n in [*(c.name for c in here), *(p.type for p in props)]
                                               if n not in growing])
        from autark.story.worn import dressed_effects

        sized += [e for e in dressed_effects(concept.idea, concept.characters, concept.objects)  # "a girl in a
                  if e.into in {c.name for c in here} and e.target in {p.type for p in props}]  # raincoat": worn
        if sized:  # "a giant tree": its size from the scene's first frame
            room = max(0, MAX_ACTIONS_PER_SHOT - len(shots[0].effects))  # a shot's effects are bounded
            shots = [shots[0].model_copy(update={"effects": [*sized[:room], *shots[0].effects]}), *shots[1:]]
        scenes.append(SceneSpec(setting=setting, time_of_day=concept.time_of_day, weather=concept.weather,
                                lighting=set_lighting(concept, setting), characters=here,  # type: ignore[arg-type]
                                objects=stage_set_pieces(props, here, setting, _sizes(concept)), shots=shots))
    if concept.stops:  # each place its own weather, light, cast and props (story.journey_shots)
        from autark.story.journey_shots import dress_scenes

        scenes = dress_scenes(concept, scenes, story.props)
    from autark.story.crowds import add_crowd

    scenes = add_crowd(concept, scenes, story.staged)  # "everyone applauds": a crowd at the back claps
    from autark.story.conditions import in_beds

    scenes = [in_beds(scene) for scene in scenes]  # who lies down in the first shot lies in the set's beds
    from autark.story.seated import seated

    scenes = [seated(concept, scene) for scene in scenes]  # a customer at the table, a king on his throne
    if story.changes and (not concept.stops or any(c.at_hour for _b, c in story.changes)):  # "until it starts to
        # snow": the scene splits where the world changes; a journey's stop at a later hour changes its light
        scenes = _changed_world(story, scenes)
    end_text, end_sub = END[concept.language]
    from autark.story.shown_lines import said_as_shown

    # the lines say what the shots show, a quarrel speaks of its topic (story.shown_lines, story.arguments)
    return said_as_shown(Screenplay(
        title=story.title, language=concept.language, duration_s=story.duration_s, seed=story.seed,  # type: ignore[arg-type]
        music_mood=story.music_mood, genre=concept.genre, logline=story.logline,  # type: ignore[arg-type]
        title_card=Card(text=story.title, duration_s=story.title_card_s), scenes=scenes,
        end_card=Card(text=end_text, subtitle=end_sub, duration_s=story.end_card_s),
        warnings=list(concept.warnings),
    ))


def _changed_world(story: Story, scenes: list[SceneSpec]) -> list[SceneSpec]:
    """The scenes split where the world changes (``story.world_changes``): the sky, weather and light before
    and after, the things' sizes given again where a part starts afresh."""
    from autark.story.sizes import size_effects
    from autark.story.world_changes import split_for_changes

    concept = story.concept

    def lighting_for(weather: str, time: str, setting: str) -> str:
        return set_lighting(concept.model_copy(update={"weather": weather, "time_of_day": time}), setting)

    def resized(shot: Shot, scene: SceneSpec) -> Shot:
        growing = {e.target for sh in scene.shots for e in sh.effects if e.kind == "grow" and e.start_scale
                   != e.scale}
        have = {(e.kind, e.target) for e in shot.effects}
        sized = [e for e in size_effects(_sizes(concept), [n for n in [*(c.name for c in scene.characters),
                                                                        *(o.type for o in scene.objects)]
                                                           if n not in growing]) if (e.kind, e.target) not in have]
        room = max(0, MAX_ACTIONS_PER_SHOT - len(shot.effects))
        return shot.model_copy(update={"effects": [*sized[:room], *shot.effects]}) if sized else shot

    beats_at = [(si, j) for si, scene in enumerate(scenes) for j in range(len(scene.shots))]
    return split_for_changes(scenes, beats_at, story.changes, concept, lighting_for, resized)


def _sizes(concept: Concept) -> dict[str, float]:
    """Each thing's and character's size: the idea's size words, else a small thing an event is about (a key, a
    cookie) at a size that reads on screen (``story.sizes.readable_size``)."""
    from autark.story.set_pieces import footprint
    from autark.story.sizes import readable_size

    heights = [(footprint(c.type) or (0.0, 0.0, 0.0))[1] * concept.sizes.get(c.name, 1.0)
               for c in concept.characters]
    tallest = max(heights, default=0.0)  # beside two dinosaurs an egg is a hero prop, not a speck
    out: dict[str, float] = {}
    for e in concept.events:
        if e.patient and e.patient_is_thing and (factor := readable_size(e.patient, tallest)) is not None:
            out[e.patient] = factor
    return out | concept.sizes
