"""The sentence rules: a registry (``RULES``) of ``Rule``s, tried by precedence, lowest first, for each clause.

The built-in rules are the table below; a plugin adds its own with ``register_rule`` (or
``autark.plugins.registries()["sentence_rules"].add``). Every rule is checked when it is registered: a name or
a precedence already taken, a precedence that is no integer, a match or handler that is not callable is a
``RegistryError``; a plugin can add rules but never replace or reorder the built-ins. Precedence is data:

    80, 85   the user's own words: a taught phrase ("make it cozy"), a saved template ("use my office")
    90       questions ("where is the table?"): no operators; the answer comes from ``answers.answer``
    100-199  commands in time (the clause names a time, an action verb, a camera move, music, ...)
    200-999  still commands: switches, places, names, groups, ground and sky, lighting, camera, clearing
    1000     the verbs: add, put, move, turn, scale, make, paint, remove, hide, show, duplicate (last: it
             answers every clause, with an operator or an error saying what is missing)

A plugin's rule picks a free number where it should be tried (say 195 to come before the built-in still
commands, 900 to come after them).
"""

from __future__ import annotations

from autark.errors import NotUnderstood, RegistryError
from autark.language import (
    acting,
    camera,
    edits,
    lang,
    objects,
    phrases,
    questions,
    scenery,
    staging,
    timed,
    weather,
)
from autark.language import lexicon as lx
from autark.language.camera_moves import camera_move, is_camera_clause
from autark.language.clause import Clause, Rule
from autark.language.context import Ctx
from autark.language.references import scan_items
from autark.language.words import adj_kind, has_noun
from autark.ops import ClearScene, Operator, RemoveObjects
from autark.registry import Registry

__all__ = ["RULES", "Rule", "Clause", "register_rule", "ordered"]


def _check(name: str, rule: Rule) -> None:
    if not isinstance(rule, Rule):
        raise RegistryError(f"sentence rule {name!r}: register an autark.language.rules.Rule, got {type(rule).__name__}")
    if rule.name != name or not name or any(c.isspace() for c in name):
        raise RegistryError(f"sentence rule {name!r}: its name must be the name it is registered under, "
                            "without spaces (e.g. 'myplugin.water')")
    if not isinstance(rule.precedence, int) or isinstance(rule.precedence, bool):
        raise RegistryError(f"sentence rule {name!r}: precedence must be an integer, got {rule.precedence!r}")
    if not callable(rule.match) or not callable(rule.handler):
        raise RegistryError(f"sentence rule {name!r}: match and handler must be callable")
    taken = next((r.name for r in RULES.values() if r.precedence == rule.precedence), None)
    if taken is not None:
        raise RegistryError(f"sentence rule {name!r}: precedence {rule.precedence} is taken by {taken!r}",
                            hint="pick a free precedence: the order of rules must be unambiguous")


def _builtins(registry: Registry[Rule]) -> None:
    for rule in _BUILTIN:
        registry.add(rule.name, rule)


RULES: Registry[Rule] = Registry("sentence rule", builtins=_builtins, check=_check)


def register_rule(rule: Rule) -> Rule:
    """Add a sentence rule (a plugin's); refused with a ``RegistryError`` when its name or precedence is taken."""
    return RULES.add(rule.name, rule)


_order: tuple[int, list[Rule]] = (-1, [])


def ordered() -> list[Rule]:
    """The rules in the order they are tried (the registry only grows: its size says whether it changed)."""
    global _order
    if _order[0] != len(RULES):
        _order = (len(RULES), sorted(RULES.values(), key=lambda r: r.precedence))
    return _order[1]


# -- commands in time ---------------------------------------------------------------------------------------------
def _in_time(c: Clause) -> bool:
    """A command in time whose words do not just point the camera ("the camera looks at the robot" is still)."""
    t = c.timed
    return t is not None and not t.wset & {"camera", "kamera"}


def _becomes(c: Clause) -> int | None:
    """Where 'turns'/'wird' stands when a colour or material follows ("the lamp turns red")."""
    w = c.timed.words if c.timed is not None else []
    k = next((i for i, x in enumerate(w) if x in lang.BECOME_WORDS), None)
    if k is not None and any(adj_kind(x) == "color" or x in lx.MATERIALS for x in w[k + 1:]):
        return k
    return None


def _action_verb(c: Clause) -> int | None:
    if c.timed is None or any(tuple(c.timed.words[:len(cue)]) == cue for cue in lang.SETTING_CUES):
        return None  # "die Szene spielt in der Wüste" says where the film is set: nobody plays
    words = c.timed.words
    # a verb that starts a two-word noun is no act: "add a walking stick", "a rocking horse"
    return next((i for i, w in enumerate(words) if (w in lang.ACTION_VERBS or w in acting.SPOKEN_ACTS)
                 and (w, words[i + 1] if i + 1 < len(words) else "") not in lang.COMPOUNDS), None)


def _waits(c: Clause) -> bool:
    t = c.timed
    return t is not None and (bool(t.words) and t.words[0] in lang.WAIT_WORDS
                              or (not t.rest and t.when.duration is not None))


# -- questions ----------------------------------------------------------------------------------------------------
# a question ("where is the table?") is answered from the scene (``answers.answer``, which the Studio asks
# first); as a command it changes nothing: no operators, never a "did you mean" about its question word
_USER = [
    Rule("user.phrase", 80, lambda c: True, phrases.use_phrase,
         "a phrase the user taught ('make it cozy' after 'from now on, cozy means candlelight'); declines others"),
    Rule("user.template", 85, lambda c: True, phrases.use_template,
         "a template the user saved ('make this my office', 'nimm mein Büro'); declines others"),
]

_QUESTIONS = [
    Rule("question.ask", 90, lambda c: questions.is_question(c.words), lambda c, ctx: [],
         "questions about the scene ('where is the table?', 'wie viele Stühle gibt es?'): answered, nothing changed"),
]

_TIMED = [
    Rule("scenery.weather", 95, lambda c: weather.is_weather(c.words), lambda c, ctx: weather.weather(c.tokens, ctx),
         "the weather ('make it rain', 'fog rolls in', 'es regnet', 'the rain stops', 'a bench in the rain')"),
    Rule("time.music", 100, lambda c: c.timed is not None and bool(c.timed.wset & lang.MUSIC_WORDS),
         lambda c, ctx: timed.music(c.timed.words, ctx)),  # type: ignore[union-attr]
    Rule("time.film-length", 110,
         lambda c: c.timed is not None and bool(c.timed.wset & lang.FILM_WORDS and c.timed.wset & lang.LAST_WORDS)
         and c.timed.when.duration is not None,
         lambda c, ctx: timed.film_length(c.timed.when)),  # type: ignore[union-attr]
    Rule("time.wait", 120, _waits, lambda c, ctx: timed.wait(c.timed.when, ctx)),  # type: ignore[union-attr]
    Rule("camera.move", 130, lambda c: c.timed is not None and is_camera_clause(c.timed.words, c.timed.when),
         lambda c, ctx: camera_move(c.timed.rest, c.timed.when, ctx)),  # type: ignore[union-attr]
    Rule("time.light-fade", 140, lambda c: _in_time(c) and timed.is_light_fade(c.timed.words),  # type: ignore[union-attr]
         lambda c, ctx: timed.light_fade(c.timed.words, c.timed.when, ctx)),  # type: ignore[union-attr]
    Rule("time.become", 150, lambda c: _in_time(c) and _becomes(c) is not None,
         lambda c, ctx: timed.become(c.timed.rest, _becomes(c), c.timed.when, ctx)),  # type: ignore[arg-type, union-attr]
    Rule("staging.action", 160, lambda c: _in_time(c) and _action_verb(c) is not None,
         lambda c, ctx: staging.stage_action(c.timed.rest, _action_verb(c), c.timed.when, ctx)),  # type: ignore[arg-type, union-attr]
    Rule("time.still-at-a-time", 170, lambda c: _in_time(c) and c.timed.when.said and bool(c.timed.rest),  # type: ignore[union-attr]
         lambda c, ctx: timed.at_a_time(c.timed.rest, c.timed.when, ctx)),  # type: ignore[union-attr]
]


# -- still commands -----------------------------------------------------------------------------------------------
def _ground_or_sky(c: Clause) -> bool:
    w = c.words
    on_ground = any(w[i] in ("on", "auf", "onto", "to", "zu") and i + 2 < len(w) and w[i + 2] in lang.GROUND_WORDS
                    for i in range(len(w)))  # "put it on the floor" is a place, not the ground's colour
    colorish = any(adj_kind(x) == "color" for x in w)
    return bool(c.wset & lang.BACKGROUND_WORDS or (
        c.wset & lang.GROUND_WORDS and not on_ground
        and (colorish or c.wset & {"hide", "show", "versteck", "zeig", "verstecke"})))


def _lighting_phrase(c: Clause) -> bool:
    return any(tuple(c.words[i:i + 2]) in lx.LIGHTING_PHRASES for i in range(len(c.words)))


def _remove_everything(c: Clause) -> bool:
    return (c.verb == "remove" and bool(c.wset & {"everything", "alles", "all"}) and not has_noun(c.tokens)
            and len(c.words) <= 3)


def _verbs(c: Clause, ctx: Ctx) -> list[Operator]:
    """The verb rule: the clause scanned into items, then the verb's handler ("add" without a verb when every
    noun phrase is a new thing: "two red chairs next to the table")."""
    verb = c.verb
    items = scan_items(c.tokens, ctx, skip=c.verb_i, allow_rel=verb in ("remove", "paint", "hide", "show", "scale",
                                                                        "turn", "face", "rename", "make"))
    nps = [it.value for it in items if it.kind == "np"]
    if verb is None:
        if nps and all(n.is_new for n in nps):
            verb = "add"
        else:
            raise NotUnderstood(ctx.msg("I don't know what to do -- the sentence needs a verb",
                                        "Ich weiß nicht, was ich tun soll -- es fehlt ein Verb"),
                                hint=ctx.msg("try 'add a chair', 'move the table 1 m left'",
                                             "z.B. 'füge einen Stuhl hinzu', 'schieb den Tisch 1 m nach links'"))
    if verb in ("put", "make", "add", "move") and nps and nps[0].is_new:
        return objects.add(items, ctx)
    if verb == "add" and nps and _bare(nps[0]):
        nps[0].indefinite = True  # "add bread", "add spaghetti on the table": a thing with no article is one new one
    if verb == "add":
        if not nps:
            raise NotUnderstood(ctx.msg("add what? name a thing, e.g. 'add a chair'",
                                        "Was soll ich hinzufügen? z.B. 'füge einen Stuhl hinzu'"))
        return objects.add(items, ctx)
    return VERB_HANDLERS[verb](items, ctx, verb)


def _bare(np_) -> bool:
    """A noun with no article, number, name or pointing word ("bread", "Brot"): nothing says which one."""
    return not (np_.definite or np_.indefinite or np_.all or np_.everything or np_.pronoun or np_.name
                or np_.ordinal or np_.count is not None) and np_.type is not None


# command intent -> what does it to the scanned items
VERB_HANDLERS = {
    "put": edits.move, "move": edits.move, "remove": objects.remove, "turn": edits.turn, "face": edits.turn,
    "scale": edits.scale, "make": edits.make, "paint": edits.make, "hide": objects.visibility,
    "show": objects.visibility, "duplicate": objects.duplicate, "clear": objects.remove,
    "look": camera.camera_items, "light": scenery.lighting_items,
}

_STILL = [
    Rule("scenery.switch", 200, lambda c: True, lambda c, ctx: scenery.switch(c.tokens, ctx),
         "switch lamps on and off ('switch on the lamp', 'mach das Licht aus'); declines what is no switch"),
    Rule("scenery.place", 210, lambda c: True, lambda c, ctx: scenery.place_setting(c.tokens, ctx),
         "a place from the setting templates ('the scene is a forest'); declines what names no place"),
    Rule("objects.rename", 220, lambda c: c.verb == "rename",
         lambda c, ctx: objects.rename(c.tokens, c.verb_i or 0, ctx)),
    Rule("objects.group", 230, lambda c: c.verb == "group",
         lambda c, ctx: objects.group_objects(c.tokens, c.verb_i or 0, ctx)),
    Rule("scenery.light-or-lamp", 240,
         lambda c: c.verb in ("add", "put") and bool(c.wset & {"light", "licht"}) and not c.wset & lang.SPOT_WORDS,
         lambda c, ctx: scenery.light_or_lamp(c.tokens, c.verb_i, ctx)),
    Rule("scenery.ground-and-sky", 250, _ground_or_sky, lambda c, ctx: scenery.ground_and_sky(c.tokens, ctx)),
    Rule("scenery.lighting-phrase", 260, _lighting_phrase, lambda c, ctx: scenery.light_scene(c.tokens, ctx)),
    Rule("camera.still", 270, lambda c: camera.is_camera(c.words), lambda c, ctx: camera.frame_shot(c.tokens, ctx)),
    Rule("scenery.lighting", 280, lambda c: scenery.is_lighting(c.words),
         lambda c, ctx: scenery.light_scene(c.tokens, ctx)),
    Rule("objects.clear", 290, lambda c: c.verb == "clear", lambda c, ctx: [ClearScene()]),
    Rule("objects.remove-everything", 300, _remove_everything,
         lambda c, ctx: [RemoveObjects(ids=[o.id for o in ctx.scene.objects if o.parent is None])]),
    Rule("objects.verbs", 1000, lambda c: True, _verbs),
]

_BUILTIN = _USER + _QUESTIONS + _TIMED + _STILL
