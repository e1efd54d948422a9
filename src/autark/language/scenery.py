"""The set: a place from the setting templates ("the scene is a forest"), ground and sky, the lighting presets
and light levels, spotlights and lights, and lamps switched on and off."""

from __future__ import annotations

import math

import numpy as np

from autark.errors import NotUnderstood, UserInputError
from autark.language import lang
from autark.language import lexicon as lx
from autark.language import parse as ps
from autark.language.context import Ctx, display, norm_name, round3
from autark.language.grammar import Token
from autark.language.layout import obj_box
from autark.language.objects import add, small_for_surface
from autark.language.placement import center, union
from autark.language.references import refs, resolve, scan_items
from autark.language.words import adj_kind, check_words, has_noun, known_word
from autark.ops import (
    ApplyLighting,
    Operator,
    SetLight,
    SetMaterial,
    SetSettings,
)
from autark.scene.model import Light, SceneObject

_TINT_RGB = {"warm": (1.0, 0.78, 0.55), "cool": (0.7, 0.82, 1.0)}


WARM = {w: _TINT_RGB[tint] for w, tint in lang.TINTS.items()}


def switch(tokens: list[Token], ctx: Ctx) -> list[Operator] | None:
    """'switch on the lamp', 'turn the lamp off', 'mach die Lampe an', 'schalte das Licht aus': lamps glow or
    go dark, and a point light at the bulb is added or removed. None when the clause is no light switch."""
    from autark.assets import lighting

    words = [t.text for t in tokens]
    if len(words) < 2 or words[0] not in lang.SWITCH_VERBS | {"light"}:
        return None
    # on/off right after the verb ("switch on the lamp") or at the end ("mach die Lampe an"); "light the candle"
    k = 1 if words[1] in lang.SWITCH_ON else len(words) - 1 if words[-1] in lang.SWITCH_ON else None
    if words[0] == "light":
        if k is not None or not has_noun(tokens[1:]):
            return None
        k = 0
    elif k is None or (k == 1 and words[0] == "put"):
        return None
    on = lang.SWITCH_ON[words[k]] if k else True
    rest = [t for i, t in enumerate(tokens) if i not in (0, k)]
    lamps_in_scene = [o.id for o in ctx.scene.objects if o.type in lighting.LAMP_LIGHTS]
    if {t.text for t in rest} & lang.LIGHT_NOUNS and not has_noun(rest):
        if not lamps_in_scene:
            return None  # "turn off the light" with no lamp: the scene's lighting (handled elsewhere)
        ids = lamps_in_scene
    else:
        try:
            items = scan_items(rest, ctx, skip=None, allow_rel=True)
        except UserInputError:
            if words[0] in ("turn", "put", "mach", "mache", "dreh", "drehe", "light"):
                return None  # "turn it on its side", "mach es an der Wand fest": not a switch
            raise
        if not any(it.kind == "np" for it in items) or any(it.kind not in ("np",) for it in items):
            return None
        ids = refs(items, ctx)
    objs = [ctx.scene.object(i) for i in ids]
    wrong = [o for o in objs if o.type not in lighting.LAMP_LIGHTS]
    if wrong:
        if words[0] in ("turn", "put", "mach", "mache", "dreh", "drehe", "light"):
            return None
        raise NotUnderstood(ctx.msg(f"the {wrong[0].name} has no light to switch",
                                    f"'{wrong[0].name}' hat kein Licht zum Schalten"),
                            hint=ctx.msg(f"lamps, street lamps and candles can be switched: "
                                         f"{', '.join(display(t) for t in lighting.LAMP_LIGHTS)}",
                                         "Lampen, Laternen und Kerzen lassen sich schalten"))
    glow, strength = lighting.LAMP_GLOW
    ops: list[Operator] = []
    for obj in objs:
        ops.append(SetMaterial(id=obj.id, changes={"emissive": glow, "emissive_strength": strength if on else 0.0}))
        light_name = _lamp_light_name(obj, ctx)
        if on:
            ops.append(SetLight(light=lighting.lamp_light(light_name, obj.type, _bulb_world(obj), obj.id)))
        else:
            for lt in ctx.scene.lights:
                if lt.target == obj.id and lt.type == "point" or lt.name == light_name:
                    ops.append(SetLight(light=lt, remove=True))
    ctx.last = [o.id for o in objs]
    return ops


def _lamp_light_name(obj: SceneObject, ctx: Ctx) -> str:
    """The light is named after its lamp ("lamp"); the id tells two lamps of one name apart."""
    same = sum(norm_name(o.name) == norm_name(obj.name) for o in ctx.scene.objects)
    return obj.name if same == 1 else f"{obj.name} {obj.id}"


def _bulb_world(obj: SceneObject) -> tuple[float, float, float]:
    from autark.assets import lighting
    from autark.scene.geometry import rotation_matrix

    local = np.asarray(lighting.bulb_local(obj.type)) * np.asarray(obj.transform.scale)
    world = rotation_matrix(obj.transform.rotation) @ local + np.asarray(obj.transform.position)
    return round3(tuple(float(v) for v in world))  # type: ignore[arg-type]


def place_setting(tokens: list[Token], ctx: Ctx) -> list[Operator] | None:
    """'make this a forest', 'the scene is a desert', 'mach daraus einen Wald', 'die Szene spielt in der Wüste':
    the setting template's layout, ground, sky and lighting (``setting_ops``); None when the clause names no
    place."""
    from autark.assets import templates
    from autark.ops.templates import setting_ops

    words = [t.text for t in tokens]
    cue = next(((c, True) for c in lang.SETTING_CUES if tuple(words[:len(c)]) == c), None) or next(
        ((c, False) for c in lang.WEAK_SETTING_CUES if tuple(words[:len(c)]) == c), None)
    if cue is None:
        return None
    seq, strong = cue
    place = [t for t in tokens[len(seq):] if t.text not in lang.PLACE_SKIP]
    if not place:
        return None
    name = " ".join(t.text for t in place)
    aliases = templates.setting_aliases()
    if templates.fold(name) not in aliases:
        # German "einen dunklen Wald": the noun is the last word
        if templates.fold(place[-1].text) in aliases:
            name = place[-1].text
        elif not strong or any(known_word(t.text) or t.text in lx.NOUNS or adj_kind(t.text) for t in place):
            return None  # "make it a bit bigger", "the scene is darker": not a place
    try:
        tpl = templates.load_setting(name)
    except NotUnderstood as exc:
        raise NotUnderstood(ctx.msg(f"I don't know the place '{name}'", f"den Ort '{name}' kenne ich nicht"),
                            word=name, suggestions=exc.suggestions or templates.list_settings(),
                            hint=ctx.msg(f"known places: {', '.join(templates.list_settings())}",
                                         f"bekannte Orte: {', '.join(templates.list_settings())}")) from None
    ctx.last = []
    return list(setting_ops(tpl, ctx.scene))


def ground_and_sky(tokens: list[Token], ctx: Ctx) -> list[Operator]:
    from autark.assets import lighting

    words = [t.text for t in tokens]
    ws = set(words)
    if ws & lang.BACKGROUND_WORDS:
        for w in words:
            if w in lang.SKIES and not (w in ("blue", "blau") and "night" in ws):
                name = lang.SKIES[w]
                if w in ("black", "schwarz", "white", "weiß", "weiss", "blue", "blau") and \
                        any(x in ws for x in ("night", "nacht", "sunset")):
                    continue
                return [SetSettings(changes=lighting.sky(name))]
        for w in words:
            if adj_kind(w) == "color":
                key = next(c for c in lx.normalize_adjective(w) if c in lx.COLORS)
                col = lx.COLORS[key]
                top = tuple(round(c * 0.75, 4) for c in col)
                return [SetSettings(changes={"sky_top": top, "sky_horizon": col,
                                             "background": lx.COLOR_EN.get(key, key)})]
        check_words(tokens, ctx)
        raise NotUnderstood(ctx.msg("which background? e.g. 'a night sky', 'a sunset sky', 'black'",
                                    "welcher Hintergrund? z.B. 'Nachthimmel', 'Abendhimmel', 'schwarz'"))
    if ws & {"hide", "versteck", "verstecke"}:
        return [SetSettings(changes={"ground_visible": False})]
    if ws & {"show", "zeig", "zeige"}:
        return [SetSettings(changes={"ground_visible": True})]
    for w in words:
        if adj_kind(w) == "color":
            key = next(c for c in lx.normalize_adjective(w) if c in lx.COLORS)
            return [SetSettings(changes={"ground_color": lx.COLORS[key], "ground_visible": True})]
    raise NotUnderstood(ctx.msg("what about the ground? e.g. 'make the ground green'",
                                "was soll mit dem Boden passieren? z.B. 'mach den Boden grün'"))


def is_lighting(words: list[str]) -> bool:
    ws = set(words)
    if ws & lang.SPOT_WORDS:
        return True
    if any(tuple(words[i:i + 2]) in lx.LIGHTING_PHRASES for i in range(len(words))):
        return True
    if ws & set(lx.LIGHTING_WORDS):
        return True
    if ws & lang.LIGHT_WORDS and not (ws & {"table", "street", "desk", "floor"}):
        return True
    return bool(ws & set(lang.DARKER) and (ws & {"it", "es", "everything", "alles", "scene", "szene"}
                                       or len(words) <= 2))


def light_scene(tokens: list[Token], ctx: Ctx) -> list[Operator]:
    from autark.assets import lighting

    words = [t.text for t in tokens]
    ws = set(words)
    phrase = any(tuple(words[i:i + 2]) in lx.LIGHTING_PHRASES for i in range(len(words)))
    if ws & lang.SPOT_WORDS or (ws & {"add", "füge", "füg", "put", "stell", "place", "setz"} and ws & {"light", "licht"}
                            and not phrase):  # "add candle light" is the preset, not a light on a candle
        return spotlight(tokens, ctx)
    name = None
    for i in range(len(words)):
        if tuple(words[i:i + 2]) in lx.LIGHTING_PHRASES:
            name = lx.LIGHTING_PHRASES[tuple(words[i:i + 2])]  # type: ignore[index]
            break
    if name is None:
        name = next((lx.LIGHTING_WORDS[w] for w in words if w in lx.LIGHTING_WORDS), None)
    if name is not None:
        p = lighting.preset(name)
        return [ApplyLighting(preset=name, lights=p.build(), exposure=p.exposure, sky=p.sky())]
    shade = next((lang.DARKER[w] for w in words if w in lang.DARKER), None)
    if shade is not None:
        strength = 1.0
        if ws & {"bit", "slightly", "etwas", "bisschen", "little"}:
            strength = 0.5
        if ws & {"much", "viel", "lot"}:
            strength = 1.8
        f = shade ** strength
        lights = [lt.model_copy(update={"intensity": round(lt.intensity * f, 6)}) for lt in ctx.scene.lights]
        if not lights:
            lights = [lt.model_copy(update={"intensity": round(lt.intensity * f, 6)})
                      for lt in lighting.preset(ctx.scene.settings.lighting if ctx.scene.settings.lighting
                                                in lighting.PRESETS else "daylight").build()]
        exposure = round(ctx.scene.settings.exposure * f, 6)
        return [ApplyLighting(preset=ctx.scene.settings.lighting, lights=lights, exposure=exposure)]
    check_words(tokens, ctx)
    raise NotUnderstood(ctx.msg(f"which lighting? known: {', '.join(lighting.preset_names())}",
                                f"welche Beleuchtung? bekannt: {', '.join(lighting.preset_names())}"))


def lighting_items(items: list[ps.Item], ctx: Ctx, verb: str) -> list[Operator]:
    raise NotUnderstood(ctx.msg("light what? e.g. 'add a warm spotlight on the robot'",
                                "was beleuchten? z.B. 'füge einen warmen Scheinwerfer auf den Roboter hinzu'"))


def spotlight(tokens: list[Token], ctx: Ctx) -> list[Operator]:
    words = [t.text for t in tokens]
    color = (1.0, 1.0, 1.0)
    for w in words:
        if w in WARM:
            color = WARM[w]
        elif adj_kind(w) == "color":
            color = lx.COLORS[next(c for c in lx.normalize_adjective(w) if c in lx.COLORS)]
    # the subject: the first reference after on/at/auf/onto
    keep = [t for t in tokens if t.text not in lang.SPOT_WORDS and t.text not in WARM and t.text not in lang.LIGHT_WORDS
            and t.text not in ("point",)]
    items = scan_items(keep, ctx, skip=None, allow_rel=False)
    target_ids: list[str] = []
    for it in items:
        if it.kind == "rel" and it.value.targets:
            target_ids = [i for t in it.value.targets for i in resolve(t, ctx)]
        elif (it.kind == "np" and not it.value.is_new) or it.kind == "face":
            target_ids = resolve(it.value, ctx)
    if target_ids:
        ctx.last = target_ids
    existing = {lt.name for lt in ctx.scene.lights}
    n = 1
    while f"spot{n}" in existing:
        n += 1
    spot = "point" not in words and ("spot" in " ".join(words) or "scheinwerfer" in words or "strahler" in words)
    if target_ids:
        tb = union([obj_box(ctx, t) for t in target_ids])
        c = center(tb)
        pos = (round(c[0] + 1.5, 4), round(tb[4] + 2.5, 4), round(c[2] + 2.0, 4))
        direction = (c[0] - pos[0], c[1] - pos[1], c[2] - pos[2])
        target = target_ids[0]
    else:
        pos, direction, target = (0.0, 4.0, 2.0), (0.0, -1.0, -0.5), None
        c = (0.0, 0.0, 0.0)
    dist = math.sqrt(sum(d * d for d in direction))
    light = Light(name=f"spot{n}" if spot else f"light{n}", type="spot" if spot else "point", position=pos,
                  direction=tuple(round(d, 5) for d in direction), color=color,  # type: ignore[arg-type]
                  intensity=round(12.0 * max(1.0, dist * dist / 4), 4), cone_angle=25.0,
                  range=max(20.0, round(dist * 3, 3)), target=target)
    return [SetLight(light=light)]


def light_or_lamp(tokens: list[Token], verb_i: int | None, ctx: Ctx) -> list[Operator] | None:
    """'put a light on the desk' means a desk lamp (a prop standing there); 'add a light above the table' or
    'add a light' means a light source. None when the word 'light' is not a noun here ('candle light')."""
    words = [t.text for t in tokens]
    k = next(i for i, w in enumerate(words) if w in ("light", "licht"))
    if k == 0 or not (words[k - 1] in lx.INDEFINITE or words[k - 1] in lx.NUMBERS or words[k - 1] in WARM
                      or adj_kind(words[k - 1]) == "color"):
        return None
    lamp = [Token("lamp", t.orig) if i == k else t for i, t in enumerate(tokens)]
    try:
        items = scan_items(lamp, ctx, skip=verb_i, allow_rel=False)
    except UserInputError:
        return None
    rel = next((it.value for it in items if it.kind == "rel"), None)
    new = [it.value for it in items if it.kind == "np" and it.value.is_new]
    if new and new[0].type == "lamp" and small_for_surface(new[0], rel, ctx) is not None:
        return add(items, ctx)
    return spotlight(tokens, ctx)
