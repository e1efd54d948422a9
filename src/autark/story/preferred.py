"""A planned screenplay adapted to a user's ``Preferences`` (``autark.store.preferences``), where the idea left
the choice to autark: the lighting when the idea names no time of day or light, the mood (and its music)
when it names no mood, the size of a shot right after a wide one when the plan made it the default medium.

What the idea says always wins; preferences only move defaults. The adapted screenplay holds the choices
themselves, so its YAML (a film's recipe) makes the same film again without the preferences; ``notes`` says
what moved and why, for the command line and the film's report.

    screenplay, notes = apply_preferences(plan(idea), prefs, idea)
"""

from __future__ import annotations

from autark.language import lang
from autark.store.preferences import Preferences
from autark.story.screenplay import Screenplay

__all__ = ["apply_preferences", "idea_words", "made_with", "names_lighting", "names_mood"]

_FALLBACK_LIGHTING = ("daylight", "overcast", "studio", "sunset", "night", "noir", "candlelight")
_FALLBACK_MOODS = ("calm", "happy", "mysterious", "epic", "romantic", "tense", "sad")


_ROOM_LIGHTING = frozenset({"studio", "candlelight"})  # lamps in a room: never a preference's choice outdoors


def _set_template(setting: str):  # noqa: ANN202 - a SetTemplate, or None
    """The set's template; None for an unknown set (its build says what is wrong; the preference may stand)."""
    from autark.assets.templates import load_setting
    from autark.errors import NotUnderstood

    try:
        return load_setting(setting)
    except NotUnderstood:
        return None


def _indoor(setting: str) -> bool:
    template = _set_template(setting)
    return True if template is None else bool(template.indoor)


def _set_own_light(scene) -> bool:  # noqa: ANN001 - a SceneSpec
    """Whether the scene is lit as its set is when the idea says nothing: a light the plan read from the idea
    (rain's overcast, a campfire's dusk, a cave's candles) is the idea's, which a preference never moves."""
    own = _set_template(scene.setting)
    if own is None:
        return True
    return scene.weather == "clear" and scene.lighting == own.lighting and scene.time_of_day == own.time_of_day


def idea_words(text: str) -> set[str]:
    """The words of an idea, lower case, without the punctuation around them."""
    return {w.strip(".,;:!?\"'()").lower() for w in text.split()}


def _table_words(table: str) -> set[str]:
    out: set[str] = set()
    for module in lang.LANGUAGES.values():
        for key, words in getattr(module, table).items():
            out.add(key)
            out.update(w.replace("_", " ") for w in str(words).split())
    return out


def names_lighting(idea: str) -> bool:
    """Whether the idea says when or how it is lit ("at sunset", "nachts", "in candlelight"), also as the last
    part of a German compound ("an einem Sommertag", "am Winterabend")."""
    words, light = idea_words(idea), _table_words("TIME_OF_DAY") | _table_words("LIGHTING")
    return bool(words & light) or any(len(w) > len(t) + 2 and w.endswith(t) for w in words for t in light
                                      if len(t) >= 3 and " " not in t)


def names_mood(idea: str) -> bool:
    """Whether the idea names a mood ("a sad story", "eine fröhliche Geschichte")."""
    return bool(idea_words(idea) & _table_words("MOODS"))


def apply_preferences(screenplay: Screenplay, prefs: Preferences, idea: str) -> tuple[Screenplay, list[str]]:
    """The screenplay with the defaults the preferences move (see the module's docstring), and what moved."""
    notes: list[str] = []
    scenes = []
    lighting_free = not names_lighting(idea)
    for k, scene in enumerate(screenplay.scenes):
        changes: dict[str, object] = {}
        if lighting_free and _set_own_light(scene):
            wanted = prefs.lighting or scene.lighting
            if wanted in prefs.avoid_lighting:
                wanted = next((x for x in _FALLBACK_LIGHTING if x not in prefs.avoid_lighting), wanted)
            if wanted in _ROOM_LIGHTING and not _indoor(scene.setting):
                wanted = scene.lighting  # a studio rig over a meadow: a spotlit patch of grass under a grey sky
            if wanted != scene.lighting:
                changes["lighting"] = wanted
                notes.append(f"scene {k + 1}: lighting {wanted} instead of {scene.lighting} (your preference)")
        shots = list(scene.shots)
        if prefs.camera_after_wide:
            for i in range(1, len(shots)):
                if shots[i - 1].size == "wide" and shots[i].size == "medium" \
                        and prefs.camera_after_wide != "medium":
                    shots[i] = shots[i].model_copy(update={"size": prefs.camera_after_wide})
                    notes.append(f"scene {k + 1} shot {i + 1}: {prefs.camera_after_wide} after the wide shot "
                                 "(your preference)")
        if shots != list(scene.shots):
            changes["shots"] = shots
        scenes.append(scene.model_copy(update=changes) if changes else scene)
    mood = screenplay.music_mood
    if not names_mood(idea):
        wanted = prefs.mood or mood
        if wanted in prefs.avoid_mood:
            wanted = next((x for x in _FALLBACK_MOODS if x not in prefs.avoid_mood), wanted)
        if wanted != mood:
            notes.append(f"mood {wanted} instead of {mood} (your preference)")
            mood = wanted
    adapted = Screenplay.model_validate({**screenplay.model_dump(), "scenes": [s.model_dump() for s in scenes],
                                         "music_mood": mood})
    adapted.warnings.extend(screenplay.warnings)
    return adapted, notes


def made_with(screenplay: Screenplay, prefs: Preferences) -> dict[str, object]:
    """What a film was made with, as its report and its ratings keep it: the choices preferences can move
    (the first scene's lighting, the mood, the size after the first wide shot) and the preferences themselves."""
    after_wide = next((b.size for s in screenplay.scenes for a, b in zip(s.shots, s.shots[1:], strict=False)
                       if a.size == "wide"), None)
    return {"lighting": screenplay.scenes[0].lighting, "mood": screenplay.music_mood,
            "camera_after_wide": after_wide, "preferences": prefs.record()}
