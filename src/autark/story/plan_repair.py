"""The last step of writing a screenplay: every name a scene's shots use is someone of that scene.

A scene's shots can name someone the scene's dressing left out (a journey's later place holds only those who
travel there, yet the farmer's cow still acts there). The plan then fails to load back (``check_plan``: "'Cow'
is not a character or object of this scene") and the film leaves that act out. Here whoever a shot names who
plays in another scene of the film joins the scene, beside the others; a name nobody plays anywhere is taken
out of the shot (an empty subject frames the whole scene, a line of nobody's is not said).
"""

from __future__ import annotations

from autark.story.screenplay import CastMember, SceneSpec, Screenplay

__all__ = ["with_named_cast"]

_SPACING_M = 1.2  # beside the scene's others, as the dressing spaces a cast
_EDGE_M = 5.0


def with_named_cast(screenplay: Screenplay) -> Screenplay:
    """``screenplay`` with each scene's cast grown by those its shots name (see the module's docstring)."""
    everyone: dict[str, CastMember] = {}
    for scene in screenplay.scenes:
        for member in scene.characters:
            everyone.setdefault(member.name, member)
    scenes = [_scene_with(scene, everyone) for scene in screenplay.scenes]
    if all(a is b for a, b in zip(scenes, screenplay.scenes, strict=True)):
        return screenplay
    return screenplay.model_copy(update={"scenes": scenes})


def _named(scene: SceneSpec, everyone: dict[str, CastMember]) -> list[str]:
    """The cast names the scene's shots use: subjects, speakers and the first word of each action."""
    out: list[str] = []
    for shot in scene.shots:
        out.append(shot.subject)
        out += [d.speaker for d in shot.dialogue if d.speaker != "narrator"]
        out += [a.split()[0] for a in shot.actions if a.split() and a.split()[0] in everyone]
    return [n for n in dict.fromkeys(out) if n]


def _scene_with(scene: SceneSpec, everyone: dict[str, CastMember]) -> SceneSpec:
    here = {c.name for c in scene.characters} | {p.type for p in scene.objects}
    joining = [everyone[n] for n in _named(scene, everyone) if n not in here and n in everyone]
    cast = list(scene.characters)
    for member in joining:
        xs = [c.position[0] for c in cast] or [0.0]
        x = max(xs) + _SPACING_M if max(xs) + _SPACING_M <= _EDGE_M else min(xs) - _SPACING_M
        z = cast[0].position[2] if cast else 0.0
        cast.append(member.model_copy(update={"position": (round(x, 2), 0.0, z)}))
    known = {c.name for c in cast} | {p.type for p in scene.objects}
    shots = []
    changed = bool(joining)
    for shot in scene.shots:
        subject = shot.subject if not shot.subject or shot.subject in known else ""
        dialogue = [d for d in shot.dialogue if d.speaker == "narrator" or d.speaker in known]
        if subject != shot.subject or len(dialogue) != len(shot.dialogue):
            changed = True
            shot = shot.model_copy(update={"subject": subject, "dialogue": dialogue})
        shots.append(shot)
    if not changed:
        return scene
    return scene.model_copy(update={"characters": cast, "shots": shots})
