"""The last step of writing a screenplay: a scene's shots name only those in that scene.

A scene's shots can name someone the scene's dressing left out (a journey's later place holds only those who
travel there: the whale stays at the coast when the keeper walks home, yet a shot at home still had the keeper
wave at it). The plan then failed to load back (``check_plan``: "'Cow' is not a character or object of this
scene") and the film left the act out with a warning. The dressing decided who is where; here the shots follow
it: a subject who is not there leaves the shot to frame the whole scene, an act by or to someone who is not
there is not staged, a line of someone who is not there is not said.
"""

from __future__ import annotations

from autark.story.screenplay import SceneSpec, Screenplay

__all__ = ["without_absent_cast"]


def without_absent_cast(screenplay: Screenplay) -> Screenplay:
    """``screenplay`` with each scene's shots naming only its own cast (see the module's docstring)."""
    cast = {member.name for scene in screenplay.scenes for member in scene.characters}
    scenes = [_scene_without(scene, cast) for scene in screenplay.scenes]
    if all(a is b for a, b in zip(scenes, screenplay.scenes, strict=True)):
        return screenplay
    return screenplay.model_copy(update={"scenes": scenes})


def _scene_without(scene: SceneSpec, cast: set[str]) -> SceneSpec:
    here = {c.name for c in scene.characters}
    absent = cast - here
    things = {p.type for p in scene.objects}
    shots, changed = [], False
    for shot in scene.shots:
        subject = shot.subject if not shot.subject or shot.subject in here | things else ""
        # an act is by its sentence's first word and may name another of the cast anywhere after it
        actions = [a for a in shot.actions if not absent & set(a.replace(",", " ").replace(".", " ").split())]
        dialogue = [d for d in shot.dialogue if d.speaker == "narrator" or d.speaker in here]
        if subject != shot.subject or actions != shot.actions or dialogue != shot.dialogue:
            changed = True
            shot = shot.model_copy(update={"subject": subject, "actions": actions, "dialogue": dialogue})
        shots.append(shot)
    return scene.model_copy(update={"shots": shots}) if changed else scene
