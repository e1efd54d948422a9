"""Where handled things are: an action's ``item`` follows the hand that holds it.

``place_items`` runs after every body is posed at time t (``autark.motion.animate``). For each thing named as
an ``item`` it reads the actions that use it, in time order, and puts it where the latest says:

* during an action it is in the actor's palm (both palms for a plate, a book, a caught ball), after gliding
  there from where it was over the reach (pick_up waits until the hand is down at it);
* eat: it shrinks bite by bite and is gone afterwards; drink: the cup tips at the mouth;
* give: it passes from the giver's palm to the recipient's and stays with the recipient;
* throw and kick: it leaves the hand (or the foot) and flies on a parabola to the target, the target's hands,
  or the ground ahead, and lies there afterwards; catch: it flies into the catcher's hands;
* put_down: it stays where it was put; push: the pushed thing moves on with the pusher;
* anything else keeps it in the hand after the action (a guitar, a book), until another action takes it.

Pure: it returns new objects; the scene is untouched. ``implied_gestures`` adds the other side's part: the
recipient of a give reaches out to take it, the one hugged hugs back.
"""

from __future__ import annotations

import math
from collections.abc import Callable

import numpy as np

from autark.motion import reach, strikes
from autark.motion.handling import THROW_RELEASE, _is_wind
from autark.motion.handwork import HANDWORK_GESTURES
from autark.motion.kinematics import BodyState, Vec, euler_of, forward_dir, rig_info, rot_y
from autark.scene.easing import smoothstep
from autark.scene.geometry import model_matrix, rotation_matrix, world_bbox
from autark.scene.model import SceneObject, Transform
from autark.scene.timeline import Action

__all__ = ["LIFT_M3", "HELD_UPRIGHT", "YOUNG_SCALE", "can_lift", "young_scale", "place_items", "set_down_before_rest", "implied_gestures", "carry_gestures", "is_armful", "HELD_AFTER", "BodyAt", "handled_id"]

# what a body's state was at some time: (object id, time) -> its movement-layer body (position, heading)
BodyAt = Callable[[str, float], BodyState | None]

HELD_AFTER = frozenset({"drink", "serve", "take", "catch", "play", "read", "write", "pick_up", "cook", "fight"})
_TWO_HANDS = frozenset({"serve", "catch", "read"})
_POINTED_AHEAD = frozenset({"fish", "magic", "pour"})  # the tool leans out ahead of the holder


def _tool_tilt(kind: str, u: float) -> float:
    """How far (degrees, top forward) a tool leans at share ``u`` of the act: a fishing rod out over the water
    and raised again for the haul, a wand aimed ahead, a jug or bowl tipped over as it is poured."""
    if kind == "fish":
        return 60.0 - 45.0 * smoothstep(min(max((u - 0.7) / 0.2, 0.0), 1.0))
    if kind == "pour":
        return 110.0 * smoothstep(min(max((u - 0.25) / 0.3, 0.0), 1.0))
    return 50.0
_FLY = frozenset({"throw", "kick"})
_LONG_M = 0.3  # a long thing held in a mouth is carried across it
_ACROSS = (0.0, 90.0, 0.0)  # a carried animal lies across the chest
_OUT_OF_REACH_M = 0.5  # a thing this far from the reaching hands comes down to them ...
_HANDED_DOWN_S = 0.7  # ... over this long
LIFT_M3 = _LIFT_M3 = 0.25  # more than a quarter of a cubic metre of bounding box is not picked up (a guitar is 0.05)
_GRAB_S = 0.35  # how long a thing takes to come into the hand when the hand is not where it lies
# things lifted though their box is big: light, held by a handle or a strap (an open umbrella's box is a cubic
# metre, a pair of skis lies 1.9 m long); and an animal one carries in the arms up to a dog's box (0.3 m3: a
# sheep, a wolf or a pig is led, not lifted)
_LIGHT_BUT_BIG = frozenset({"umbrella", "skis", "kite", "balloon", "flag", "banner"})
_ANIMAL_LIFT_M3 = 0.35
# held upright in one hand by the low end (a handle, a pole, a string), the rest above the hand: an umbrella
# over the head, a flag, a torch; never cradled across the chest
HELD_UPRIGHT = frozenset({"umbrella", "flag", "banner", "torch", "balloon"})


# a young animal's word: played by the grown body at this share of its size (a lamb is a small sheep, carried in
# the arms; a foal a small horse), where no body of its own exists (English, German; folded, with plurals); the
# story casts it so (``autark.story.cast``) and a pick-up staged before its size is laid already lifts it so
YOUNG_SCALE = 0.55
_YOUNG_ANIMALS = frozenset({
    "lamb", "lambs", "lamm", "laemmer", "laemmchen", "foal", "foals", "fohlen", "calf", "calves", "kalb", "kaelber",
    "kaelbchen", "piglet", "piglets", "ferkel", "cub", "cubs", "puppy", "puppies", "welpe", "welpen", "kitten",
    "kittens", "duckling", "ducklings", "kueken", "chick", "chicks", "fawn", "kitz", "rehkitz", "bear_cub",
    "baerenjunges", "joey", "zicklein", "kid_goat", "gosling", "gaensekueken"})


def young_scale(word: str) -> float | None:
    """``YOUNG_SCALE`` for a young animal's word or name ("lamb", "Fohlen", "Welpe2"), else None."""
    w = word.lower().replace("ä", "ae").replace("ö", "oe").replace("ü", "ue").replace("ß", "ss").rstrip("0123456789")
    return YOUNG_SCALE if w in _YOUNG_ANIMALS else None


def can_lift(kind: str, size, name: str = "") -> bool:
    """Whether one person picks up a thing or animal of asset ``kind`` whose box is ``size`` (metres): at most
    ``LIFT_M3`` of box, a light thing held by its handle (an umbrella), or an animal up to a dog (a young one
    by its ``name``, "Lamb": at its young size)."""
    k = young_scale(name) or 1.0 if name and abs(float(size[1]) - _full_height(kind)) < 0.01 else 1.0
    volume = float(size[0] * size[1] * size[2]) * k ** 3
    if volume <= _LIFT_M3:
        return True
    if kind in _LIGHT_BUT_BIG:
        return volume <= 3.0
    return rig_info(kind) is not None and volume <= _ANIMAL_LIFT_M3


def _full_height(kind: str) -> float:
    """The height of ``kind``'s own box (a young one not yet shrunk still has it)."""
    from autark.assets import library

    try:
        spec = library.get(kind)
    except KeyError:
        return -1.0
    return float(spec.bounds_max[1] - spec.bounds_min[1])


def handled_id(a: Action) -> str | None:
    """The thing an action moves: its item, or what a push pushes (one knelt by is not lifted: "kneels by
    Lily" names Lily as its item)."""
    if a.kind == "kneel":
        return None
    if a.item is not None:
        return a.item
    if a.kind == "push":
        return a.target_object
    return None


def implied_gestures(actions: list[Action]) -> list[Action]:
    """The other side of give, throw and hug: the recipient takes, the one a thing is thrown to catches it, the
    one hugged embraces the hugger."""
    out: list[Action] = []
    for a in actions:
        if a.target_object is None or a.target_object == a.object_id:
            continue
        if a.kind == "give":
            out.append(Action(object_id=a.target_object, kind="take", start_s=a.start_s + 0.15 * (a.end_s - a.start_s),
                              end_s=a.end_s, target_object=a.object_id))
        elif a.kind == "throw" and a.item is not None:  # thrown to them: their hands go up to meet it as it comes,
            go = a.start_s + THROW_RELEASE * (a.end_s - a.start_s)  # there at its arrival (a catch's 45 %)
            out.append(Action(object_id=a.target_object, kind="catch", start_s=go,
                              end_s=a.end_s + 1.2 * (a.end_s - go)))
        elif a.kind == "hug":
            out.append(Action(object_id=a.target_object, kind="embrace", start_s=a.start_s + 0.45 * (a.end_s - a.start_s),
                              end_s=a.end_s, target_object=a.object_id))
    return out


_ARMFUL_M = 0.3  # a thing this long or longer (or any animal) is carried in both arms, not dangled from a hand
_CARRIED_AFTER = frozenset({"pick_up", "catch", "take"})  # acts after which the thing stays in the arms


def is_armful(obj: SceneObject | None) -> bool:
    """Whether a held thing is carried in both arms against the chest: an animal, or something as long as a
    forearm (a cat, a puppy, a baby, a pumpkin); an apple or a cup stays in one hand, a desk is not lifted."""
    if obj is None:
        return False
    size = (np.array(obj.bounds_max) - np.array(obj.bounds_min)) * np.array(obj.transform.scale)
    if not can_lift(obj.type, size) or obj.type in HELD_UPRIGHT:  # a desk, a horse: not lifted; an umbrella:
        return False  # in one hand
    return rig_info(obj.type) is not None or float(max(size)) >= _ARMFUL_M


def carry_gestures(actions: list[Action], objects: dict[str, SceneObject], until: float) -> list[Action]:
    """The arms' part of carrying: from a pick-up (a catch, a take) of an armful until the next act with that
    thing (it is put down, given, thrown) or ``until``, the holder cradles it (``handling.carry``)."""
    by_item: dict[str, list[Action]] = {}
    for a in actions:
        if a.item is not None and a.item != a.object_id:
            by_item.setdefault(a.item, []).append(a)
    out: list[Action] = []
    for item, acts in by_item.items():
        upright = item in objects and objects[item].type in HELD_UPRIGHT  # an umbrella: held up, not cradled
        if not upright and not is_armful(objects.get(item)):
            continue
        acts = sorted(acts, key=lambda x: x.start_s)
        for k, a in enumerate(acts):
            # the one who took it up carries it; a thing given, the one it was given to
            holder = a.target_object if a.kind == "give" else a.object_id if a.kind in _CARRIED_AFTER else None
            if holder is None or holder not in objects:
                continue
            start = a.end_s - 0.25 * (a.end_s - a.start_s)  # the arms close round it as it comes up
            end = acts[k + 1].start_s if k + 1 < len(acts) else max(until, a.end_s + 0.5)
            if end > start + 0.05:
                out.append(Action(object_id=holder, kind="hold_up" if upright else "carry", start_s=start,
                                  end_s=end, item=item))
    return out


# acts that need the hands free or the body down: a thing still held is set down as they begin (a bucket is not
# slept with, nor hugged, nor held while both hands polish or wrap); a sit keeps the thing when its holder goes on
# using it seated (a book read, a cup)
_HANDS_FREE = frozenset({"sleep", "lie", "hug", "embrace", "kneel", "sit", *HANDWORK_GESTURES})
_LETS_GO = frozenset({"eat", "throw", "kick", "put_down", "push", "cook"})  # after these it is in no hand
_SET_DOWN_S = 0.8


# what goes into a pocket rather than on the floor (no bigger than ``_POCKET_M``): an apple or a cup is set down
_POCKETED = frozenset({"key", "ring", "coin", "coins", "gem", "dice", "spinning_top", "yo_yo", "phone", "wallet",
                       "letter", "playing_cards", "whistle", "marble", "medal", "compass", "watch"})
_POCKET_M = 0.2


def set_down_before_rest(actions: list[Action], objects: dict[str, SceneObject] | None = None) -> list[Action]:
    """The put-downs nobody wrote: a thing held in someone's hands (picked up, caught, given to them, used and
    kept) is set on the ground in front of them as they lie down, fall asleep, sit or hug, unless an act with
    it comes first; a thing small enough is pocketed instead (``pocket``: it goes to the hip and is gone). Only
    ``place_items`` and ``carry_gestures`` read them; the body does no extra clip."""
    by_item: dict[str, list[Action]] = {}
    for a in actions:
        if a.item is not None and a.item != a.object_id:
            by_item.setdefault(a.item, []).append(a)
    if not by_item:
        return []
    rests = sorted((a for a in actions if a.kind in _HANDS_FREE), key=lambda x: x.start_s)
    out: list[Action] = []
    for item, acts in by_item.items():
        acts = sorted(acts, key=lambda x: x.start_s)
        for k, a in enumerate(acts):
            if a.kind in _LETS_GO:
                continue
            holder = a.target_object if a.kind == "give" else a.object_id
            if holder is None:
                continue
            nxt = acts[k + 1] if k + 1 < len(acts) else None
            until = nxt.start_s if nxt is not None else math.inf
            rest = next((r for r in rests if r.object_id == holder and a.end_s - 1e-6 <= r.start_s < until
                         and r.item != item), None)
            if rest is None or (rest.kind == "sit" and nxt is not None and nxt.object_id == holder):
                continue
            end = min(rest.start_s + _SET_DOWN_S, until - 1e-3)
            thing = (objects or {}).get(item)
            small = thing is not None and thing.type in _POCKETED and float(max(
                (np.array(thing.bounds_max) - np.array(thing.bounds_min)) * np.array(thing.transform.scale))) <= _POCKET_M
            out.append(Action(object_id=holder, kind="pocket" if small else "put_down", start_s=rest.start_s,
                              end_s=max(end, rest.start_s + 0.05), item=item))
    return out


def _palm(holder: SceneObject | None, side: str) -> Vec | None:
    """World position of a posed body's palm (None: no such body or no hands)."""
    if holder is None:
        return None
    rig = rig_info(holder.type)
    m = model_matrix(holder.transform)
    if rig is None or f"hand_{side}" not in rig.bones:
        box = world_bbox(holder)  # something without hands: the thing goes to its front, at two thirds up
        f = forward_dir(holder.transform.rotation[1])
        c = np.array(box.center)
        return np.array([c[0], box.min[1] + 0.66 * box.size[1], c[2]]) + f * max(box.size[0], box.size[2]) / 2
    pose = {k: np.array(v, float) for k, v in (holder.pose or {}).items()}
    p = reach.palm_point(rig, pose, side)
    return m[:3, :3] @ p + m[:3, 3]


def _palm_less(holder: SceneObject) -> bool:
    """A body without hands (a dog, a bird): what it holds, it holds in its mouth or beak."""
    rig = rig_info(holder.type)
    return rig is not None and "hand_r" not in rig.bones


def _long(item: SceneObject) -> bool:
    """A thing longer upright than across (a stick, a bone, a bottle) and at least ``_LONG_M`` long."""
    size = (np.array(item.bounds_max) - np.array(item.bounds_min)) * np.array(item.transform.scale)
    return float(size[1]) >= _LONG_M and float(size[1]) > 1.5 * float(max(size[0], size[2]))


def _hands(holder: SceneObject | None, two: bool) -> Vec | None:
    r = _palm(holder, "r")
    if not two or r is None:
        return r
    left = _palm(holder, "l")
    return r if left is None else (r + left) / 2 + np.array([0.0, 0.04, 0.0])


def _parabola(p0: Vec, p1: Vec, s: float) -> Vec:
    s = min(max(s, 0.0), 1.0)
    height = 0.3 + 0.18 * float(np.hypot(p1[0] - p0[0], p1[2] - p0[2]))
    return p0 + (p1 - p0) * s + np.array([0.0, 4.0 * height * s * (1 - s), 0.0])


class _Items:
    def __init__(self, objects: dict[str, SceneObject], base: dict[str, SceneObject], body_at: BodyAt, t: float):
        self.objects, self.base, self.body_at, self.t = objects, base, body_at, t

    def centre_offset(self, item: SceneObject, rotation: tuple[float, float, float]) -> Vec:
        """From the item's bounding-box middle to its origin, turned as it will be."""
        c = (np.array(item.bounds_min) + np.array(item.bounds_max)) / 2 * np.array(item.transform.scale)
        return rotation_matrix(rotation) @ c

    def _landing(self, a: Action, item: SceneObject, start: Vec) -> Vec:
        """Where a thrown or kicked thing comes down (``_aimed``); a kicked ball that meets a body or a solid
        thing on its way stops against it instead of passing through (``strikes.first_in_way``)."""
        land = self._aimed(a, item, start)
        if a.kind != "kick" or self._into_thing(a):
            return land
        stop = strikes.first_in_way(self.objects, start, land, {item.id, a.object_id, a.target_object})
        return land if stop is None else stop[1]

    def _aimed(self, a: Action, item: SceneObject, start: Vec) -> Vec:
        """Where a thrown or kicked thing is sent: the target's hands, into or against the target thing
        (``_through``), the target point, or ahead."""
        if a.target_object is not None and a.target_object in self.objects:
            if self._into_thing(a):
                return self._through(a, item, start)[1]
            hands = _hands(self.objects[a.target_object], True)
            if hands is not None:
                return hands
        if a.target is not None:
            return np.array(a.target, float)
        body = self.body_at(a.object_id, a.start_s)
        heading = body.heading if body is not None else 0.0
        ground = body.position[1] if body is not None else 0.0
        half = (item.bounds_max[1] - item.bounds_min[1]) * item.transform.scale[1] / 2
        if a.kind == "kick" and body is not None:  # on along the run-up, the way the kicker faces at the strike
            aim = strikes.kick_stand(a, self.objects, body.position, start)[2]
            return np.array([aim[0], ground + half, aim[2]])
        ahead = (6.0 if a.kind == "kick" else 5.0) * forward_dir(heading)
        return np.array([start[0] + ahead[0], ground + half, start[2] + ahead[2]])

    def _into_thing(self, a: Action) -> bool:
        """Is the target a thing (no body): the struck thing goes into it or against it, not to hands."""
        target = self.objects.get(a.target_object or "")
        return target is not None and rig_info(target.type) is None

    def _through(self, a: Action, item: SceneObject, start: Vec) -> tuple[Vec, Vec]:
        """(the point a thing struck into a target thing passes, where it rests): a goal's net, a hoop's ring
        (``autark.motion.strikes``)."""
        half = (item.bounds_max[1] - item.bounds_min[1]) * item.transform.scale[1] / 2
        return strikes.aim_points(self.objects[a.target_object or ""], half, start)

    def _struck(self, a: Action, start: Vec) -> float:
        """The share of a kick at which the foot meets the ball (after the run-up to it)."""
        kicker = self.body_at(a.object_id, a.start_s)
        if kicker is None:
            return 0.5
        stand, _heading, _aim = strikes.kick_stand(a, self.objects, kicker.position, start)
        hit = strikes.strike_s(a, kicker.position, stand)
        return min(max((hit - a.start_s) / max(a.end_s - a.start_s, 1e-3), 0.05), 0.9)

    def _release(self, a: Action) -> Vec | None:
        """Where the hand lets go of a throw: over the front of the shoulder, measured on the posed rig."""
        body = self.body_at(a.object_id, a.start_s + THROW_RELEASE * (a.end_s - a.start_s))
        holder = self.objects.get(a.object_id)
        if body is None or holder is None:
            return None
        rig = rig_info(holder.type)
        k = reach.size_of(rig) if rig is not None else 1.0
        local = np.array([-0.2 * k, 1.55 * k, 0.3 * k])
        h = math.radians(body.heading)
        rot = np.array([[math.cos(h), 0.0, math.sin(h)], [0.0, 1.0, 0.0], [-math.sin(h), 0.0, math.cos(h)]])
        return body.position + rot @ local

    def place(self, item_id: str, acts: list[Action]) -> SceneObject | None:
        item = self.objects.get(item_id)
        if item is None:
            return None
        t = self.t
        size = world_bbox(self.base.get(item_id, item)).size
        if not can_lift(item.type, size) and not any(a.kind == "push" for a in acts):
            return None  # a table, a piano, a car: hands go to it, it stays where it is
        current = [a for a in acts if a.start_s <= t]
        if not current:
            return None
        a = current[-1]
        where = self._at(item, current, len(current) - 1, t)
        if where is None:
            return None
        point, tilt, scale, visible = where
        holder = self.objects.get(a.object_id)
        anchor = self.centre_offset(item, (0.0, 0.0, 0.0))
        if a.kind in _POINTED_AHEAD and t < a.end_s:  # a rod or a wand is held at its butt, not its middle
            low = np.array(item.bounds_min) * np.array(item.transform.scale)
            anchor = np.array([anchor[0], low[1] + 0.06 * (item.bounds_max[1] - item.bounds_min[1])
                               * item.transform.scale[1], anchor[2]])
        if item.type in HELD_UPRIGHT and holder is not None:
            # held by its low end, the rest above the hand (an umbrella over the head): as it comes into the hand
            hand = _hands(holder, False)
            near = 0.0 if hand is None else 1.0 - min(float(np.linalg.norm(point - hand)) / 0.5, 1.0)
            low = item.bounds_min[1] * item.transform.scale[1]
            anchor = np.array([anchor[0], anchor[1] + (low + 0.05 - anchor[1]) * near, anchor[2]])
        if a.kind == "play" and t < a.end_s and tilt[2] != 0.0:
            # a strung instrument is held at its body (a third of the way up), not at the middle of its neck
            low = np.array(item.bounds_min) * np.array(item.transform.scale)
            anchor = np.array([anchor[0], low[1] + 0.33 * (item.bounds_max[1] - item.bounds_min[1])
                               * item.transform.scale[1], anchor[2]])
        mouth = _hands(holder, False) if holder is not None and _palm_less(holder) and _long(item) else None
        if tilt == (0.0, 0.0, 0.0) and mouth is not None and float(np.linalg.norm(point - mouth)) < 0.3:
            tilt = (0.0, 0.0, 90.0)  # a stick in a dog's mouth lies across it, not stood up on the ground
        heading = self.objects[a.object_id].transform.rotation[1] if a.object_id in self.objects else 0.0
        # the tilt is the holder's (a cup tipped toward the face, a guitar across the belly): turn it with the body
        turned = euler_of(rot_y(math.radians(heading)) @ rotation_matrix(tilt))
        rotation = (float(turned[0]), float(turned[1]), float(turned[2]))
        pos = point - rotation_matrix(rotation) @ anchor * scale
        s = tuple(max(float(c) * scale, 0.001) for c in item.transform.scale)
        transform = Transform(position=tuple(float(c) for c in pos), rotation=rotation, scale=s)  # type: ignore
        return item.model_copy(update={"transform": transform, "visible": visible and item.visible})

    def _rest(self, item: SceneObject, acts: list[Action], i: int) -> Vec:
        """Where the thing is as action i begins: where the one before left it, else where it stands."""
        if i > 0:
            prev = self._at(item, acts, i - 1, acts[i].start_s, after=True)
            if prev is not None:
                return prev[0]
        if rig_info(item.type) is not None:  # an animal is where its own actions took it (up a tree)
            return np.array(world_bbox(self.objects.get(item.id, item)).center)
        return np.array(world_bbox(self.base.get(item.id, item)).center)

    def _at(self, item: SceneObject, acts: list[Action], i: int, t: float, after: bool = False
            ) -> tuple[Vec, tuple[float, float, float], float, bool] | None:
        """(middle of the thing, its tilt, its scale factor, visible) under action i at t."""
        a = acts[i]
        duration = max(a.end_s - a.start_s, 1e-3)
        u = min(max((t - a.start_s) / duration, 0.0), 1.0)
        done = after or t >= a.end_s
        holder = self.objects.get(a.object_id)
        none = (0.0, 0.0, 0.0)
        if a.kind == "eat":
            if done:
                return self._rest(item, acts, i), none, 0.25, False  # eaten: hidden (and small)
            hand = _hands(holder, False)
            bites = min(max((u - 0.15) / 0.85, 0.0), 1.0)
            return self._glide(item, acts, i, t, hand), none, 1.0 - 0.75 * bites, True
        if a.kind == "give":
            recipient = self.objects.get(a.target_object or "")
            to = _hands(recipient, False)
            if done:  # with the recipient (in both arms, an armful); given to nobody, it stays in the giver's hand
                armful = recipient is not None and is_armful(self.base.get(item.id, item))
                held = (_hands(recipient, True) if armful else to) if to is not None else _hands(holder, False)
                return (held if held is not None else self._rest(item, acts, i)), _ACROSS if armful else none, 1.0, True
            frm = self._glide(item, acts, i, t, _hands(holder, False))
            if to is None:
                return frm, none, 1.0, True
            w = smoothstep(min(max((u - 0.45) / 0.2, 0.0), 1.0))
            return frm + (to - frm) * w, none, 1.0, True
        if a.kind in _FLY:
            start = self._rest(item, acts, i)
            if a.kind == "throw":
                release = self._release(a)
                start = release if release is not None else start
            land = self._landing(a, item, start)
            go = THROW_RELEASE if a.kind == "throw" else self._struck(a, start)
            if done:
                return land, none, 1.0, True
            if u < go:
                if a.kind == "kick":
                    return start, none, 1.0, True
                return self._glide(item, acts, i, t, _hands(holder, False)), none, 1.0, True
            spin = (360.0 * (u - go), 0.0, 0.0)
            s = (u - go) / (1 - go)
            if self._into_thing(a):
                through, _rest = self._through(a, item, start)  # into the goal, through the ring, then down
                if s < strikes.THROUGH_SHARE:
                    return _parabola(start, through, s / strikes.THROUGH_SHARE), spin, 1.0, True
                fall = (s - strikes.THROUGH_SHARE) / (1 - strikes.THROUGH_SHARE)
                return through + (land - through) * fall * fall, spin, 1.0, True
            return _parabola(start, land, s), spin, 1.0, True
        if a.kind == "catch":
            hands = _hands(holder, True)
            if hands is None:
                return None
            if done:
                return _hands(holder, False) if after is False else hands, none, 1.0, True
            rest = self._rest(item, acts, i)
            if i > 0 and acts[i - 1].target_object == a.object_id and float(np.linalg.norm(rest - hands)) < 0.6:
                return hands, none, 1.0, True  # thrown to them and in their hands already: it does not hop again
            return _parabola(rest, hands, min(u / 0.45, 1.0)), none, 1.0, True
        if a.kind == "push":
            rest = self._rest(item, acts, i)
            pusher = self.body_at(a.object_id, a.end_s if done else t)
            if pusher is None:
                return rest, none, 1.0, True
            # the pusher's hands meet it from this far back (``approach.push_end``); from then on it goes ahead
            size = world_bbox(self.base.get(item.id, item)).size
            gap = max(size[0], size[2]) / 2 + 0.35
            f = forward_dir(pusher.heading)
            moved = max(float((pusher.position - rest) @ f) + gap, 0.0)
            return rest + f * np.array([1.0, 0.0, 1.0]) * moved, none, 1.0, True
        if a.kind == "pocket":  # into the pocket at the hip, then out of sight until an act takes it out
            hip = self.body_at(a.object_id, min(t, a.end_s))
            where = (hip.position + np.array([0.0, 0.9 * reach.size_of(rig_info(holder.type)) if holder is not None
                                              and rig_info(holder.type) is not None else 0.9, 0.0])
                     if hip is not None else self._rest(item, acts, i))
            if done or u > 0.6:
                return where, none, 1.0, False
            return self._glide(item, acts, i, t, _hands(holder, False)), none, 1.0, True
        if a.kind == "put_down":
            spot = self._put_spot(a, item)
            if done or u > 0.62:
                return spot, none, 1.0, True
            return self._glide(item, acts, i, t, _hands(holder, False)), none, 1.0, True
        if a.kind == "pick_up":
            body = self.body_at(a.object_id, t)
            rest = self._rest(item, acts, i)
            hand = _hands(holder, is_armful(self.base.get(item.id, item)) and (done or u > 0.75))
            if hand is None or body is None:
                return rest, none, 1.0, True
            if not done and float(np.linalg.norm(hand - rest)) > 0.22 and not self._picked(a, rest, t):
                return rest, none, 1.0, True
            across = _ACROSS if is_armful(self.base.get(item.id, item)) and (done or u > 0.75) else none
            got = self._picked_at(a)
            if got is not None and float(np.linalg.norm(hand - rest)) > _OUT_OF_REACH_M and t < got + _HANDED_DOWN_S:
                # out of reach up a tree or on a roof: it comes down into the arms, not in one frame
                return rest + (hand - rest) * smoothstep(max(t - got, 0.0) / _HANDED_DOWN_S), across, 1.0, True
            return hand, across, 1.0, True
        if done and a.kind in _CARRIED_AFTER and is_armful(self.base.get(item.id, item)):
            hand = _hands(holder, True)
            return (hand if hand is not None else self._rest(item, acts, i)), _ACROSS, 1.0, True
        if a.kind == "cook" or (done and a.kind not in HELD_AFTER):
            return self._rest(item, acts, i) if a.kind == "cook" else (
                _hands(holder, False) if holder is not None else None), none, 1.0, True
        two = a.kind in _TWO_HANDS or (a.kind == "play" and not _is_wind(a, self.objects))
        hand = _hands(holder, two and not done)
        if hand is None:
            return None
        tilt = none
        if a.kind == "drink" and not done:
            tilt = (-75.0 * min(max((u * duration - 0.4) / 0.6, 0.0), 1.0), 0.0, 0.0)
        elif a.kind in ("read", "write") and not done:
            tilt = (-45.0, 0.0, 0.0)  # the open side toward the face
        elif a.kind == "play" and not done:
            # strung: across the belly, the neck up to the left hand; blown: pointing ahead from the mouth
            tilt = (0.0, 0.0, -70.0) if two else (0.0, -90.0, 0.0)
        elif a.kind in _POINTED_AHEAD and not done:
            tilt = (_tool_tilt(a.kind, u), 0.0, 0.0)
        return self._glide(item, acts, i, t, hand), tilt, 1.0, True

    def _picked(self, a: Action, rest: Vec, t: float) -> bool:
        """Has the hand been down at the thing already during this pick-up (it is on its way up with it)?"""
        got = self._picked_at(a)
        return got is not None and t >= got

    def _picked_at(self, a: Action) -> float | None:
        """When the hand is at the thing during this pick-up (None: no body to ask)."""
        from autark.motion.approach import arrival_s

        body_end = self.body_at(a.object_id, a.end_s)
        if body_end is None:
            return None
        # the clip's own timing (approach.pick_up): down at 40 % of the time left after arriving
        start_body = self.body_at(a.object_id, a.start_s)
        if start_body is None:
            return None
        from autark.motion.chain import ChainState, Segment

        seg = Segment(a, ChainState(tuple(start_body.position.tolist()), start_body.heading),  # type: ignore
                      ChainState(tuple(body_end.position.tolist()), body_end.heading), None)
        arrive = arrival_s(seg, tuple(body_end.position.tolist()))
        return arrive + 0.4 * (a.end_s - arrive)

    def _put_spot(self, a: Action, item: SceneObject) -> Vec:
        body = self.body_at(a.object_id, a.end_s)
        half = (item.bounds_max[1] - item.bounds_min[1]) * item.transform.scale[1] / 2
        if a.target_object is not None and a.target_object in self.objects and body is not None:
            box = world_bbox(self.objects[a.target_object])
            f = forward_dir(body.heading)
            p = body.position + f * 0.45
            return np.array([min(max(p[0], box.min[0] + 0.1), box.max[0] - 0.1), box.max[1] + half,
                             min(max(p[2], box.min[2] + 0.1), box.max[2] - 0.1)])
        if body is None:
            return np.array(world_bbox(item).center)
        p = body.position + forward_dir(body.heading) * 0.45
        return np.array([p[0], body.position[1] + half, p[2]])

    def _glide(self, item: SceneObject, acts: list[Action], i: int, t: float, hand: Vec | None) -> Vec:
        """In the hand, after coming from where it was over the first moments of the action."""
        rest = self._rest(item, acts, i)
        if hand is None:
            return rest
        w = smoothstep(min((t - acts[i].start_s) / _GRAB_S, 1.0))
        if i > 0 and acts[i - 1].object_id == acts[i].object_id and acts[i - 1].kind in HELD_AFTER:
            w = 1.0  # already in this hand
        return rest + (hand - rest) * w


def place_items(actions: list[Action], objects: list[SceneObject], base: dict[str, SceneObject], t: float,
                body_at: BodyAt) -> list[SceneObject]:
    """``objects`` (posed at t) with every handled thing moved to where its actions put it at t."""
    by_item: dict[str, list[Action]] = {}
    for a in actions:
        thing = handled_id(a)
        if thing is not None and thing != a.object_id:
            by_item.setdefault(thing, []).append(a)
    if not by_item:
        return objects
    by_id = {o.id: o for o in objects}
    items = _Items(by_id, base, body_at, t)
    out = []
    for obj in objects:
        acts = by_item.get(obj.id)
        moved = items.place(obj.id, sorted(acts, key=lambda x: x.start_s)) if acts else None
        out.append(moved if moved is not None else obj)
    return out
