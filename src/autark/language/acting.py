"""Acting sentences: a character eats, gives, dances, hugs, sleeps ... (the action kinds beyond walking about).

"Tom eats the apple", "the knight gives the apple to the dragon", "Mia dances with her grandfather for 4
seconds", "der Ritter gibt dem Drachen den Apfel", "Anna umarmt Tom". The verb names the kind
(``lang.ACTION_VERBS``); what follows is read by its role:

* after "to"/"at"/"zu"/"an" (or, in German, a dative article) the recipient or goal: ``target_object``;
* after "with"/"mit" a partner: ``target_object``, and a partner of a dance, a fight or an argument does it too;
* after "on"/"onto"/"behind"/"up"/"auf"/"hinter" the place (put it on the table, hide behind the tree);
* a plain object is the thing handled (``item``), or, for hugs, kisses, chases, pushes, the one it is done to.
  Two plain objects ("gives the dragon the apple") are the recipient, then the thing.

Each actor gets one ``Action``, timed like other actions (``span``: the cursor, "for 4 seconds", "slowly").
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from autark.errors import Ambiguous, NotFound, UserInputError
from autark.language import lang
from autark.language import lexicon as lx
from autark.language import parse as ps
from autark.language.act_places import down_again, fishing_place, up_to_it, water_named_near
from autark.language.characters import is_character
from autark.language.chase_paths import CAUGHT_GAP_M, chase_way, flee_way, straight_chase, straight_flee
from autark.language.context import Ctx
from autark.language.grammar import Token
from autark.language.jump_ways import jump_at_thing, jump_way
from autark.language.listening import heard_in, listen_action
from autark.language.objects import new_object
from autark.language.references import as_reference, resolve
from autark.language.time_phrases import When, evaluated, finish, span
from autark.language.words import known_word, unknown
from autark.motion import is_rigged
from autark.motion.skills import kind_for_body
from autark.ops import AddObject, Operator, SetTimeline, apply_ops
from autark.scene.speeds import JUMP_S, RUN_M_S, WALK_M_S
from autark.scene.timeline import Action

__all__ = ["ACT_KINDS", "ACT_S", "SPOKEN_ACTS", "Roles", "read_roles", "stage_act"]

# how long each act takes when the sentence does not say (seconds), before any walk up to its object
ACT_S = {
    "eat": 4.0, "drink": 3.0, "cook": 5.0, "serve": 2.5, "give": 2.5, "take": 2.0, "throw": 1.6, "catch": 1.6,
    "play": 5.0, "read": 5.0, "write": 5.0, "push": 3.0, "kick": 2.4, "pick_up": 2.2, "put_down": 2.2,
    "dance": 5.0, "fight": 4.0, "argue": 4.0, "hug": 3.0, "kiss": 2.5, "cry": 4.0, "laugh": 3.0,
    "celebrate": 3.0, "clap": 2.5, "bow": 2.5, "nod": 1.5, "shake_head": 1.5, "sing": 4.0, "look": 2.0,
    "think": 3.0, "swim": 4.0, "jump": JUMP_S, "chase": 3.0, "climb": 4.0, "sneak": 4.0, "fall": 2.5, "lie": 4.0,
    "sleep": 6.0, "kneel": 3.0, "land": 2.0, "hide": 3.0,
    "fish": 5.0, "magic": 3.0, "pour": 2.5, "hammer": 4.0, "slide": 2.5, "flee": 2.2, "knock": 2.6, "listen": 2.4,
}
ACT_KINDS = frozenset(ACT_S)
# speech verbs that, without words to say ("Tom sings", not "Tom sings: la la"), are an act
SPOKEN_ACTS = {"sings": "sing", "singt": "sing", "cries": "cry"}
# acts whose thing comes along when the scene has none ("plays guitar"), rather than being asked for
_BROUGHT = frozenset({"eat", "drink", "play", "read", "write", "throw", "kick", "catch", "serve", "give", "cook",
                      "fight", "fish", "magic", "pour", "hammer"})
# acts done with a tool: a thing named with "with" is the tool in the hand ("fishes with a rod"), not a partner
_TOOLED = frozenset({"fish", "magic", "pour", "hammer", "cook", "write", "fight", "play"})
_APPROACH = frozenset({"hug", "kiss", "pick_up", "put_down", "push", "climb", "hide"})  # walk up to it first
_TOGETHER = frozenset({"dance", "fight", "argue"})  # a partner named with "with" does it too
_ONTO_THEM = frozenset({"hug", "kiss", "chase", "push", "fight", "argue", "look", "climb", "hide", "kick", "flee",
                        "magic", "hammer", "fish", "knock"})
_TO = {"to", "at", "toward", "towards", "for", "after"}
_TO_DE = {"zu", "zum", "zur", "an", "nach"}
_WITH = {"with", "mit"}
_PLACE = {"on", "onto", "behind", "up", "into", "in", "auf", "hinter", "über", "ins", "aufs"}
_FROM = {"from", "von", "vom"}
_OVER = {"over", "on", "onto", "über", "auf"}  # poured over someone: whom it goes to
_POSSESSIVE = {"his", "her", "their", "its", "my", "sein", "seine", "seinem", "seinen", "seiner", "ihr", "ihre",
               "ihrem", "ihren", "ihrer"}
_DATIVE_DE = {"dem", "einem"}
_PARTICLES = {"up", "down", "auf", "ab", "hin", "herum", "around", "away", "weg", "sich", "asleep", "over", "um",
              "head", "kopf", "den", "the", "a", "an"}


@dataclass
class Roles:
    """What the objects after the verb are to the act."""

    item: str | None = None
    to: str | None = None  # recipient, goal, partner or the one it is done to
    place: str | None = None
    partner: bool = False  # named with "with": does it too (a dance, a fight)
    plain: list[str] = field(default_factory=list)


def _possessive_as_article(rest: list[Token], ctx: Ctx) -> list[Token]:
    """'with her grandfather' reads 'with the grandfather': a possessive before a noun is an article here."""
    out = list(rest)
    for k, t in enumerate(rest[:-1]):
        if t.text in _POSSESSIVE and rest[k + 1].text in lx.NOUNS:
            out[k] = Token("dem" if ctx.german else "the", t.orig)
    return out


def read_roles(rest: list[Token], after: int, kind: str, ctx: Ctx, names: dict[str, list[str]],
               bring: Callable[[ps.NP], str] | None = None) -> Roles:
    """The objects after the verb, by role (see the module's docstring). A thing handled that the scene does
    not have yet is made by ``bring`` (it returns the new object's id)."""
    p = ps.Parser(rest, names, ctx.types)
    roles = Roles()
    marker: str | None = None
    i = after
    dative: list[str] = []
    while i < p.n:
        w = p.at(i)
        if w in (_TO_DE if ctx.german else _TO) or (w in _OVER and kind in ("pour", "magic")):
            marker, i = "to", i + 1
            continue
        if w in _WITH:
            marker, i = "with", i + 1
            continue
        if w in _PLACE and not (w in ("up", "auf") and kind in ("pick_up",)):
            marker, i = "place", i + 1
            continue
        if w in _FROM:
            marker, i = "from", i + 1
            continue
        after_w = p.at(i + 1) if i + 1 < p.n else ""
        if w in _POSSESSIVE and after_w and after_w not in lx.NOUNS and after_w not in lang.PREPOSITIONS | {","}:
            # "shakes his head", "nickt mit ihrem Kopf": a body part; "hugs her" is a pronoun
            i += 1
            continue
        article = w
        r = p.parse_np(i)
        if r is not None:
            try:
                ids = resolve(as_reference(r[0]), ctx)
            except Ambiguous:
                # "legt die Katze auf das Sofa" in a living room with two sofas: where a thing goes, any of them
                # does, and the one nearest the middle of the set is in the picture (a screenplay cannot say which)
                same = [o for o in ctx.scene.objects if o.type == r[0].type and not is_character(o)]
                if marker not in ("place", "to") or not same:
                    raise
                ids = [min(same, key=lambda o: math.hypot(o.transform.position[0], o.transform.position[2])).id]
            except NotFound:
                # "Tom plays guitar", "Anna isst einen Apfel": the thing handled comes with the act
                tool = marker == "with" and kind in _TOOLED
                if (marker is not None and not tool) or kind not in _BROUGHT or bring is None or r[0].type is None:
                    raise
                ids = [bring(r[0])]
            ref = ids[0]
            if marker == "with" and kind in _TOOLED and not _is_someone(ctx, ref):
                roles.item = ref  # "fishes with a rod": the tool in the hand
            elif marker == "to":
                roles.to = ref
            elif marker == "with":
                roles.to, roles.partner = ref, True
            elif marker == "place":
                roles.place = ref
            elif marker == "from":
                roles.to = roles.to or ref
            elif ctx.german and article in _DATIVE_DE:
                dative.append(ref)
            else:
                roles.plain.append(ref)
            marker = None
            i = r[1]
            continue
        if w in _PARTICLES or w in _POSSESSIVE or w in lang.PREPOSITIONS or w in lx.FILLER or w == ",":
            i += 1
            continue
        if known_word(w) or w in lx.NOUNS:
            i += 1
            continue
        unknown(rest[i], ctx)
    if dative and roles.to is None:
        roles.to = dative[0]
    plain = roles.plain
    if kind in ("give", "serve", "throw") and roles.to is None and len(plain) >= 2:
        roles.to, plain = plain[0], plain[1:]  # "gives the dragon the apple"
    if kind in _ONTO_THEM and roles.to is None and plain and not (
            kind == "kick" and not _is_someone(ctx, plain[0])):  # a kicked ball is the item
        roles.to, plain = plain[0], plain[1:]
    if plain and roles.item is None:
        roles.item = plain[0]
    elif plain and roles.to is None:
        roles.to = plain[0]  # "pours the soup ... " with a tool named: the plain thing is where it goes
    if kind == "put_down" and roles.place is not None:
        roles.to = roles.place
    if kind in ("hide", "climb", "pour", "magic", "knock", "throw", "kick", "fall", "jump") and roles.place is not None and (
            roles.to is None):
        roles.to = roles.place
    return roles


def _joint_subject(rest: list[Token], verb: int, ctx: Ctx, names: dict[str, list[str]]
                   ) -> tuple[list[str], int, int] | None:
    """'Arthur and Mia dance', 'Tom, Anna und Mia tanzen': every one named before the verb (None when the
    subject is not such a list)."""
    words = [t.text for t in rest[:verb]]
    if not {"and", "und"} & set(words):
        return None
    p = ps.Parser(rest, names, ctx.types)
    ids: list[str] = []
    i = 0
    while i < verb:
        if p.at(i) in {"and", "und", ","} or p.at(i) in lx.FILLER:
            i += 1
            continue
        r = p.parse_np(i)
        if r is None or r[1] > verb:
            return None
        ids += [x for x in resolve(as_reference(r[0]), ctx) if x not in ids]
        i = r[1]
    return (ids, verb + 1, verb) if len(ids) > 1 else None


def _is_someone(ctx: Ctx, oid: str) -> bool:
    obj = ctx.scene.find_object(oid)
    return obj is not None and is_character(obj)  # a thing brought along by this sentence is not in it yet


def _read_kind(rest: list[Token], verb: int, kind: str) -> str:
    """Words after the verb that change the act: 'falls asleep', 'shakes his head', 'legt sich' (lies down)."""
    later = [t.text for t in rest[verb + 1:]]
    if kind == "fall" and ("asleep" in later or "ein" in later and rest[verb].text == "schläft"):
        return "sleep"
    if kind == "put_down" and rest[verb].text in ("legt", "lays") and later[:1] == ["sich"]:
        return "lie"
    return kind


def _default_s(kind: str, obj: Any, roles: Roles, ctx: Ctx, start: float) -> float:
    base = ACT_S[kind]
    goal = roles.item if kind == "kick" else roles.to or (roles.item if kind == "pick_up" else None)
    if kind in ("fall", "jump") and goal is not None:  # into the pond: to its edge, over it, then in the water
        base = max(base, ACT_S["fall"])
    if goal is None or (kind not in _APPROACH and kind not in ("chase", "kick", "fall", "jump")):  # a kick runs up
        return base
    state = evaluated(ctx.scene, start)
    here = state.object(obj.id).transform.position
    there = state.object(goal).transform.position
    if kind == "chase":  # to where the one chased will be when it stops running (it may be fleeing), at full run
        there = evaluated(ctx.scene, start + base).object(goal).transform.position
        dist = math.dist((here[0], here[2]), (there[0], there[2]))
        return max(2.0, (dist - CAUGHT_GAP_M) / RUN_M_S + 0.3)
    dist = math.dist((here[0], here[2]), (there[0], there[2]))
    return base + max(dist - 0.6, 0.0) / WALK_M_S + 0.4


_HAND_OVER = frozenset({"give", "serve", "take", "argue", "talk", "pour", "hammer", "cook", "knock", "kneel"})
_FACE_FIRST = frozenset({"magic", "fish"})  # done from afar, but turned toward whom it is aimed at  # done within arm's reach of the other
_REACH_M = 0.6  # how far from the other's edge a hand-over is done
_KNOCK_M = 0.5  # how far from a door's face one stands to knock on it (motion.gestures.knock's reach)
_OWN_HALF_M = 0.3  # a person's own half-width, which the reach above already allows for


def _walk_up(obj: Any, kind: str, target: str | None, start: float, ctx: Ctx) -> Action | None:
    """A walk that brings ``obj`` within reach of ``target`` before a hand-over, or None when it is there."""
    if kind not in _HAND_OVER or target is None:
        return None
    from autark.scene.geometry import world_bbox

    state = evaluated(ctx.scene, start)
    here = state.object(obj.id).transform.position
    # where the other will stand: one already walking up to us is met where its walk ends, not at its start
    arrive = max((a.end_s for a in ctx.scene.timeline.actions if a.object_id == target
                  and a.kind in ("walk", "run") and a.start_s <= start + 1e-3 < a.end_s), default=start)
    box = world_bbox((state if arrive == start else evaluated(ctx.scene, arrive)).object(target))
    cx, cz = box.center[0], box.center[2]
    dx, dz = here[0] - cx, here[2] - cz
    dist = math.hypot(dx, dz)
    # a big body's own half counts too: two dinosaurs who fight stand head to head, not inside one another
    own = world_bbox(state.object(obj.id)).size
    stop = max(box.size[0], box.size[2]) / 2 + _REACH_M + max(0.0, max(own[0], own[2]) / 2 - _OWN_HALF_M)
    if dist <= stop + 0.4:
        return None
    ux, uz = dx / dist, dz / dist
    if kind == "knock":  # a door is knocked on from in front of it, a hand's reach from its face
        thin_x = box.size[0] < box.size[2]
        ux, uz = (math.copysign(1.0, dx), 0.0) if thin_x else (0.0, math.copysign(1.0, dz))
        stop = (box.size[0] if thin_x else box.size[2]) / 2 + _KNOCK_M
    goal = (round(cx + ux * stop, 3), here[1], round(cz + uz * stop, 3))
    walk_s = round((dist - stop) / WALK_M_S + 0.4, 2)
    return Action(object_id=obj.id, kind="walk", start_s=start, end_s=round(start + walk_s, 4), target=goal)


def _liftable(thing: Any, ctx: Ctx) -> None:
    """Refuse a pick-up of something too big to lift (a desk, a horse, a car): its hands would go to it and it
    would stay, and the one lifting it stood on top of the desk."""
    from autark.motion.holding import can_lift
    from autark.scene.geometry import world_bbox

    size = world_bbox(thing).size
    if not can_lift(thing.type, size, thing.name or ""):  # (an umbrella, a dog, a lamb: yes)
        name = thing.name or thing.type
        raise UserInputError(ctx.msg(f"the {name} is too big to pick up", f"'{name}' ist zu groß zum Hochheben"),
                             hint=ctx.msg("pick up something smaller, or push it", "heb etwas Kleineres hoch "
                                                                                   "oder schieb es"))


_FRUITS = ("apple", "pear", "banana", "orange", "cherry", "plum", "peach", "lemon", "coconut")
_FRUIT_TREE_NEAR_M = 5.0


def _on_its_tree(item: str, named: str | None, start: float, ctx: Ctx) -> list[Operator]:
    """A fruit picked by someone where a tree stands near ('picks an apple', 'pflückt einen Apfel vom Baum')
    hangs in the tree's crown until then, on the side toward the picker, so the hand goes up for it (an
    ``autark.motion.perches`` spot); nothing for anything else."""
    from autark.motion.perches import seat_on
    from autark.ops import AddKeyframes
    from autark.scene.timeline import Keyframe

    state = evaluated(ctx.scene, start)
    fruit = state.object(item)
    if not any(f in fruit.type for f in _FRUITS):
        return []
    here = fruit.transform.position
    trees = [o for o in state.objects if "tree" in o.type and o.visible
             and (o.id == named or math.dist(here, o.transform.position) < _FRUIT_TREE_NEAR_M)]
    if not trees:
        return []
    tree = next((o for o in trees if o.id == named), min(trees, key=lambda o: math.dist(here, o.transform.position)))
    (x, y, z), _heading = seat_on(tree, None, here)  # on the crown's side toward where it lay
    half = (fruit.bounds_max[1] - fruit.bounds_min[1]) * fruit.transform.scale[1] / 2
    hang = (round(x, 3), round(y - 2 * half, 3), round(z, 3))  # under the branch, not on it
    return [AddKeyframes(target=f"object:{item}.transform.position",
                         keyframes=[Keyframe(time_s=0.0, value=hang, easing="hold")])]


_BED_NEAR_M = 4.0  # "Mia sleeps" with a bed this near: in the bed
_DESK_NEAR_M = 1.6  # ... with no bed, at a desk or a table this near: asleep over it, on its chair
_DESKS = ("desk", "table")


def _has_legs(obj: Any) -> bool:
    """A body with a person's legs, which sits on chairs and lies in beds (an animal's rig has none)."""
    from autark.motion import rig_info

    rig = rig_info(obj.type)
    return rig is not None and rig.has_legs


def _rest_place(obj: Any, kind: str, roles: Roles, start: float, ctx: Ctx, brought: list[Operator]
                ) -> tuple[Action | None, str | None]:
    """Where one sleeps or lies down: (a sit on the chair at the desk to do it first, or None; the bed or sofa to
    lie on, or None for the floor). The bed, sofa or desk named ('in the bed', 'am Schreibtisch'), else a bed
    near by, else the desk or table one stands at (``autark.motion.resting``); a chair it needs and has not is
    appended to ``brought``."""
    from autark.motion.resting import bed_top

    state = evaluated(ctx.scene, start)
    objects = {o.id: o for o in state.objects}
    here = state.object(obj.id).transform.position
    named = [r for r in (roles.place, roles.to, roles.item, *roles.plain) if r and r in objects and r != obj.id]
    bed = next((r for r in named if bed_top(objects, r) is not None), None)
    desk = next((r for r in named if any(d in objects[r].type for d in _DESKS)), None)
    if bed is None and desk is None and not named:
        near = sorted((math.dist(here, o.transform.position), o.id) for o in state.objects if o.visible)
        bed = next((oid for d, oid in near if d < _BED_NEAR_M and "bed" in objects[oid].type
                    and bed_top(objects, oid) is not None), None)
        desk = None if bed else next((oid for d, oid in near if d < _DESK_NEAR_M + 0.8
                                      and any(w in objects[oid].type for w in _DESKS)), None)
    if bed is not None:
        return None, bed
    if desk is None:
        return None, None
    return _sit_at(obj, objects[desk], state, start, ctx, brought), None


def _sit_at(obj: Any, desk: Any, state: Any, start: float, ctx: Ctx, brought: list[Operator]) -> Action:
    """A sit on the chair at a desk or a table (the nearest to it; one brought, facing it, when it has none)."""
    here = state.object(obj.id).transform.position
    taken = {a.target_object for a in ctx.scene.timeline.actions if a.kind == "sit"}
    d = desk.transform.position
    chairs = sorted((math.dist(here, o.transform.position), o.id) for o in state.objects
                    if "chair" in o.type and o.visible and o.id not in taken
                    and math.dist(d, o.transform.position) <= _DESK_NEAR_M)
    if chairs:
        chair = state.object(chairs[0][1])
    else:  # a desk with no chair at it: one comes with the act, on the sitter's side, facing the desk
        chair = _chair_at(desk, here, ctx)
        brought.append(AddObject(object=chair))
    walk = max(0.0, math.dist(here, chair.transform.position) - 0.5) / WALK_M_S
    return Action(object_id=obj.id, kind="sit", start_s=start, end_s=round(start + walk + 2.0, 4),
                  target_object=chair.id)


def _chair_at(desk: Any, here: tuple[float, float, float], ctx: Ctx) -> Any:
    from autark.scene.geometry import world_bbox

    box = world_bbox(desk)
    c = box.center
    dx, dz = here[0] - c[0], here[2] - c[2]
    if abs(dx) * box.size[2] > abs(dz) * box.size[0]:  # the side the sleeper stands at
        spot = (c[0] + math.copysign(box.size[0] / 2 + 0.3, dx), 0.0, c[2])
    else:
        spot = (c[0], 0.0, c[2] + math.copysign(box.size[2] / 2 + 0.3, dz or 1.0))
    chair = new_object(ctx.scene, "chair", position=(round(spot[0], 3), box.min[1], round(spot[2], 3)))
    yaw = round(math.degrees(math.atan2(c[0] - spot[0], c[2] - spot[2])), 3)
    return chair.model_copy(update={"transform": chair.transform.model_copy(update={"rotation": (0.0, yaw, 0.0)})})


Hop = Callable[[Any, When, Ctx], tuple[float, float, list[Action], list[Operator]]]


def _second_clause(rest: list[Token], verb: int) -> int | None:
    """Where 'and Mia dances' begins in 'Tom eats the apple and Mia dances': a separator followed, within a
    few words, by another action verb (the clause splitter only sees a verb right after the separator)."""
    for k in range(verb + 1, len(rest)):
        if rest[k].text in lang.SEPARATORS:
            later = [t.text for t in rest[k + 1:k + 6]]
            if any(w in lang.ACTION_VERBS or w in SPOKEN_ACTS for w in later):
                return k
    return None


def stage_act(rest: list[Token], verb: int, kind: str, when: When, ctx: Ctx, actor_names, read_subject,
              hop: Hop) -> list[Operator]:
    """The operators of an acting sentence: one ``Action`` per actor (and per partner who joins in). A second
    act joined with 'and' ('... and Mia dances') happens at the same time."""
    split = _second_clause(rest, verb)
    if split is not None:
        first = stage_act(rest[:split], verb, kind, when, ctx, actor_names, read_subject, hop)
        scene = ctx.scene
        done = apply_ops(scene, first)
        # the second act starts with the first: read it against the scene with the first applied, the
        # cursor back at the first's start
        ctx.reset(done.model_copy(update={"timeline": done.timeline.model_copy(
            update={"cursor_s": ctx.prev_start if ctx.prev_start is not None else scene.timeline.cursor_s})}))
        try:
            second = ctx.clause([t for t in rest[split:] if t.text not in lang.SEPARATORS or t is not rest[split]])
        finally:
            ctx.reset(scene)
        cursor = max(done.timeline.cursor_s, apply_ops(done, second).timeline.cursor_s)
        return [*first, *second, SetTimeline(cursor_s=round(cursor, 4))]
    kind = _read_kind(rest, verb, kind)
    rest = _possessive_as_article(rest, ctx)
    try:
        both = _joint_subject(rest, verb, ctx, actor_names(ctx))
        actors, after, verb = both if both else read_subject(rest, verb, ctx)
    except NotFound:
        # "... and drinks a cup": no subject, and what follows the verb is a thing still to come
        if not (ctx.last or ctx.scene_focus()):
            raise
        actors, after = list(ctx.last or ctx.scene_focus()), verb + 1
    heard, rest = heard_in(rest, after, kind, ctx)  # "listens to the footsteps": a sound, no thing of the scene
    brought: list[Operator] = []

    def bring(np_: ps.NP) -> str:
        """A new thing lying at the first actor's feet, in front: the act then takes it up."""
        if brought:
            raise NotFound(ctx.msg(f"there is no {np_.word} in the scene", f"es gibt kein(e) {np_.word}"),
                           hint=ctx.msg(f"add a {np_.word} first", "füge es zuerst hinzu"))
        here = evaluated(ctx.scene, ctx.scene.timeline.cursor_s).object(actors[0]).transform
        ahead = (here.position[0] + 0.45 * math.sin(math.radians(here.rotation[1])), here.position[1],
                 here.position[2] + 0.45 * math.cos(math.radians(here.rotation[1])))
        obj = new_object(ctx.scene, np_.type or "", color=np_.color, position=ahead)
        brought.append(AddObject(object=obj))  # applied with the act (the engine applies a clause's operators)
        return obj.id

    roles = read_roles(rest, after, kind, ctx, actor_names(ctx), bring)
    way = jump_way(rest, after) if kind == "jump" else None  # over the block, off the rock: at it
    scene = ctx.scene
    ops: list[Operator] = list(brought)
    actions: list[Action] = []
    start_all = end_all = None
    pair = len(actors) == 2 and roles.to is None and kind in _TOGETHER | {"hug", "kiss"}
    if pair and kind in ("hug", "kiss"):  # "Tom and Anna hug": one hugs the other, who hugs back
        roles.to, actors = actors[1], actors[:1]
    asked = kind
    for actor in actors:
        obj = scene.object(actor)
        kind = kind_for_body(obj.type, asked)  # a dog "claps": it hops for joy
        if pair and kind in _TOGETHER:  # "Tom and Anna dance": with each other
            roles.to = next(a for a in actors if a != actor)
        if kind == "jump" and not (is_rigged(obj) or is_character(obj)):
            start, end, acts, keys = hop(obj, when, ctx)  # a thing hops on its position track
            actions += acts
            ops += keys
        else:
            start0, _ = span(when, ctx, 0.0)
            joy = kind == "jump" and asked != "jump"  # an animal's own joy lasts as long as the act it stands for
            start, end = span(when, ctx, _default_s(asked if joy else kind, obj, roles, ctx, start0))
            target = roles.to if roles.to != actor else None
            item = roles.item if roles.item not in (actor, target) else None
            if kind == "fish" and target is None:  # "goes fishing": facing the lake, the sea, the pond
                target = water_named_near(obj, ctx)
            shore = climb = None  # to the water's edge to fish, up the tree to what sits in it (act_places)
            if kind == "fish" and is_character(obj):
                shore, target = fishing_place(obj, target, start, ctx)
            elif is_character(obj) and (climb := up_to_it(obj, kind, item, start, ctx)) is not None:
                actions.append(climb)
                start, end = climb.end_s, end + (climb.end_s - start)
            # up to whom it is handed, or to the pot one cooks in
            walk = shore or (_walk_up(obj, kind, target or (item if kind in ("cook", "kneel") else None), start, ctx)
                             if is_character(obj) else None)
            if walk is None and kind in _FACE_FIRST and target is not None and is_character(obj):
                walk = Action(object_id=actor, kind="turn", start_s=start, end_s=round(start + 0.6, 4),
                              target_object=target)  # a spell is cast at them, facing them
            if kind == "pick_up" and item is not None and is_character(obj):  # an apple is picked off its tree
                _liftable(scene.object(item), ctx)
                ops += _on_its_tree(item, target, start, ctx)
            if walk is not None:  # across the room to hand it over: walk up first, then give
                actions.append(walk)
                start, end = walk.end_s, end + (walk.end_s - start)
                if kind == "knock":  # arrived beside the door's face: turned to it before the knuckles go
                    actions.append(Action(object_id=actor, kind="turn", start_s=start, end_s=round(start + 0.5, 4),
                                          target_object=target))
                    start, end = start + 0.5, end + 0.5
            if way is not None and not joy and (target or item) is not None and is_character(obj):
                actions += (leap := jump_at_thing(actor, target or item, way, start, ctx))  # type: ignore[arg-type]
                end = max(end, leap[-1].end_s)
            elif kind == "flee" and (way := flee_way(obj, target, start, end, ctx)) is not None:
                actions += way  # past a thing of the set, and on (language.chase_paths)
            elif kind in ("flee", "listen"):  # away from the chaser; toward a sound heard from off screen
                actions.append(straight_flee(obj, target, start, end, ctx) if kind == "flee" else listen_action(
                    obj, heard, target, start, end, ctx))
            elif kind == "chase" and target is not None:
                actions += chase_way(obj, target, start, end, ctx) or [straight_chase(obj, target, start, end, ctx)]
            elif joy:  # hop after hop, not one slow leap
                hops = max(1, int((end - start + 0.15) // (JUMP_S + 0.15)))
                actions += [Action(object_id=actor, kind="jump", start_s=round(start + k * (JUMP_S + 0.15), 4),
                                   end_s=round(start + k * (JUMP_S + 0.15) + JUMP_S, 4)) for k in range(hops)]
            elif kind in ("eat", "drink") and _has_legs(obj) and (table := next(
                    (x for x in (item, target) if x and scene.find_object(x) is not None
                     and any(d in scene.object(x).type for d in _DESKS)), None)) is not None:
                chair: list[Operator] = []  # "eats at the table", "eats dinner at the table": seated at it
                sit = _sit_at(obj, evaluated(scene, start).object(table), evaluated(scene, start), start, ctx, chair)
                ops[len(brought):len(brought)] = chair
                brought += chair
                end = end + (sit.end_s - start)  # the meal begins once seated; "meanwhile" still means with them
                actions += [sit, Action(object_id=actor, kind=kind, start_s=sit.end_s, end_s=end)]
            elif kind in ("sleep", "lie") and not _has_legs(obj) and is_rigged(obj) and (
                    spot := roles.place or target) is not None and spot != actor:
                # "the cat sleeps on the roof": up there first, then curled up on it (``motion.perches``)
                sit = Action(object_id=actor, kind="sit", start_s=start, end_s=round(start + 1.5, 4),
                             target_object=spot)
                end = end + 1.5
                actions += [sit, Action(object_id=actor, kind=kind, start_s=sit.end_s, end_s=end)]
            elif kind in ("sleep", "lie") and _has_legs(obj):  # a person (an animal curls up where it is)
                chair: list[Operator] = []
                before, on = _rest_place(obj, kind, roles, start, ctx, chair)
                ops[len(brought):len(brought)] = chair
                brought += chair
                if before is not None:  # asleep at the desk: on its chair first
                    actions.append(before)
                    start, end = before.end_s, end + (before.end_s - start)
                actions.append(Action(object_id=actor, kind=kind, start_s=start, end_s=end, target_object=on))
            else:
                actions.append(Action(object_id=actor, kind=kind, start_s=start, end_s=end, item=item,
                                      target_object=target))
            if climb is not None:  # down again with it
                actions.append(down_again(obj, end))
                end = actions[-1].end_s
            if roles.partner and kind in _TOGETHER and target is not None and target not in actors:
                actions.append(Action(object_id=target, kind=kind, start_s=start, end_s=end, target_object=actor))
        start_all = start if start_all is None else min(start_all, start)
        end_all = end if end_all is None else max(end_all, end)
    if actions:
        ops.insert(len(brought), SetTimeline(actions=actions))
    ctx.last = list(actors)
    assert start_all is not None and end_all is not None
    return finish(ops, ctx, start_all, end_all)
