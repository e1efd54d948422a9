"""Where a film's sound effects fall: cues read off each scene's data, and the effects stem they make.

A cue is an effect (``autark.audio.foley.FOLEY``) at a film time, panned where its thing is on screen. They are
read off the scene alone, so a scene loaded from a file or exported sounds the same:

- character actions (``Timeline.actions``), at the moment the motion clip (``autark.motion``) shows the
  contact: hands meeting three times a second in a clap (three or more clapping at once are applause), a bite
  every ``EAT_CYCLE_S`` as the hand reaches the mouth, a kick's strike (a ball bouncing where it lands), a
  fall's landing on the ground, a jump's touch-down (a splash when a swim follows), a throw's release, a
  hammer's blows, a fight's punches (swords clanging when armed), a spell, a swim's first stroke, frying
  while someone cooks; liquid poured while a jug is tipped, a drinker's swallows; a knock's raps on a door (a bell's ding when it is a bell that is pressed); a dragon, a
  lion, a bear roars as it first comes into action (eats, fights, chases, flies) in a scene; a dog barks, a cat
  meows, a cow lows, a horse whinnies as it speaks up, gets excited or gives chase; a microwave's or an oven's
  bell rings before its dish is taken out, a telephone before it is answered; a person's footsteps on the
  place's ground at each touch-down of a walk or a run;
- state changes (``autark.jobs.changes``: break, explode, burn, erupt, freeze, light, extinguish), by their particles
  (objects named ``<thing>_<change><n>``, hidden until the change): the sound starts as the first is shown
  and lasts, for a fire or an eruption, as long as they keep coming; a transformation's sparks
  (``<thing>_spark<n>``) shimmer;
- a thing that moves by itself (hops, marches, tumbles, rolls: ``autark.audio.thing_foley``) thuds where it
  comes down, as loud as the drop is high.

:func:`with_foley` lays the stem on the place's ambience (``autark.audio.ambient``), the source the mixer sets
under the dialogue and ducks under every line as it ducks the music. The mixer measures only the bed
(``WithFoley.bed``) to set that level, so an explosion does not turn the bed down; the effects are set
``LIFT_DB`` above the bed's measured loudness (an effect at -20 LUFS in ``FOLEY``'s scale plays that much over
the bed).
"""

from __future__ import annotations

import dataclasses
import functools
import math
import re
import zlib
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

import numpy as np

from autark.audio._signal import SAMPLE_RATE_HZ, pan_gains
from autark.audio.foley_heard import heard_cues
from autark.audio.thing_foley import emission_cues, touch_down_cues
from autark.scene.model import Scene
from autark.scene.timeline import Action

__all__ = ["LIFT_DB", "UNDER_LINE_DB", "FoleyCue", "Foley", "scene_cues", "film_cues", "film_foley",
           "with_foley"]

LIFT_DB = 10.0  # an effect at -20 LUFS (FOLEY's scale) plays this far over the ambience, which sits 12 dB under
# the dialogue (autark.audio.mixer): a crash 2 dB under a voice, applause 1 dB, a single clap 6 dB under it, an
# explosion (-14) 4 dB over it, ducked 10 dB with the music while someone speaks
_REFERENCE_LUFS = -20.0
# an effect's loudest 0.4 s (mean square in FOLEY's scale, dB) while a line is spoken over it: the line stays 10 dB
# over the music, the ambience and the effects together (the report's floor; measured on films with an
# explosion and a blaze under lines)
UNDER_LINE_DB = -25.0
_PUNCH_S = 0.12  # a crash's first moment, kept at half its dip under a line
_DIP_RAMP_S = 0.08  # the mixer's duck starts 0.25 s ahead of a line: the dip follows inside it
_CLAP_HZ = 3.0  # autark.motion.gestures.clap: the hands meet three times a second
_CROWD = 3  # this many clapping at once are applause
_EAT_CYCLE_S = 2.0  # autark.motion.handling.EAT_CYCLE_S
_BITE_AT = 0.15  # share of a bite's cycle at which the hand reaches the mouth
_HAMMER_HZ = 1.8  # autark.motion.skills.hammer: blows a second
_FIRST_GULP_S, _GULP_S = 1.2, 0.7  # a drinker swallows once the cup is tipped, then every 0.7 s
_SOFT_FOODS = frozenset({"soup", "cake", "ice_cream", "pudding", "yogurt", "porridge", "noodles", "pasta",
                         "spaghetti", "jelly", "honey", "banana", "pie", "cheese", "bowl", "cup", "glass",
                         "bottle", "mug"})
_CHANGE = re.compile(r"^(?P<oid>.+)_(?P<kind>break|explode|burn|erupt|freeze|light|spark|extinguish)(?P<n>\d+)$")
_DIVE_GAP_S = 2.0  # a swim this soon after a jump: the jump was into the water
_BIG_M = 1.8  # a thing this tall that breaks comes down (a wall, a tower) rather than shattering
_ROARERS = frozenset({"dragon", "dinosaur", "lion", "tiger", "bear"})
_FIERCE = frozenset({"eat", "fight", "chase", "jump", "fly", "land", "run", "kick", "push", "argue"})
# an animal's own call (autark.audio.foley_calls), heard as it speaks up, gets excited or sets off after someone
_CALLS = {"dog": "bark", "cat": "meow", "bird": "chirp", "cow": "moo", "sheep": "baa", "horse": "neigh",
          "unicorn": "neigh"}
_CALLING = frozenset({"talk", "argue", "sing", "celebrate", "laugh", "cry", "chase", "fight", "wave", "jump",
                      "play", "flee", "point"})
_CALL_GAP_S = 2.5  # an animal calls at most this often
# things that ring or chime: pressed or knocked on, they ring; handled, they have rung to call someone to them
# (the microwave's or the oven's bell before the dish is taken out, the telephone before it is picked up)
_RINGERS = {"bell": "ding", "doorbell": "ding", "microwave": "ding", "oven": "ding", "toaster": "ding",
            "elevator": "ding", "phone": "phone_ring", "phone_booth": "phone_ring", "telephone": "phone_ring"}
_ANSWERING = frozenset({"take", "pick_up", "look", "point", "cook", "serve", "give", "talk", "walk", "run"})
_RING_LEAD_S = {"ding": 0.7, "phone_ring": 1.4}  # it rings this long before one comes to it


@dataclass(frozen=True)
class FoleyCue:
    """``kind`` at ``time_s`` (film time, or scene time from :func:`scene_cues`), panned ``pan`` (-1 left .. 1
    right), ``gain_db`` over the effect's own level, lasting ``duration_s`` when it is a sustained effect; its
    sound drawn from ``seed``; turned down by ``dips`` while lines are spoken over it (:func:`film_cues`)."""

    time_s: float
    kind: str
    pan: float = 0.0
    gain_db: float = 0.0
    duration_s: float | None = None
    seed: int = 0
    dips: tuple[tuple[float, float, float], ...] = ()  # (from s, to s, dB): held down while someone speaks
    offset_s: float = 0.0  # how far into its sound it starts: a fire already burning where an excerpt begins

    def key(self) -> list[object]:
        """The cue as plain data (the sound stage's cache key)."""
        return [round(self.time_s, 4), self.kind, round(self.pan, 3), round(self.gain_db, 2),
                None if self.duration_s is None else round(self.duration_s, 3), self.seed,
                [[round(a, 4), round(b, 4), round(d, 2)] for a, b, d in self.dips], round(self.offset_s, 4)]


# -- cues from a scene ------------------------------------------------------------------------------------------
def scene_cues(scene: Scene) -> list[FoleyCue]:
    """The effects a scene's actions and state changes make, in scene time, in time order."""
    raw: list[tuple[float, str, str, float, float | None]] = []  # (time, kind, object id, gain dB, duration)
    clap = [a for a in scene.timeline.actions if a.kind == "clap"]
    crowd = _crowd_spans(clap)
    for a in scene.timeline.actions:
        t0, t1 = a.start_s, a.end_s
        dur = max(t1 - t0, 1e-3)
        if a.kind in ("kick", "throw") and _bounces(scene, a):  # motion.holding: it lands as the act ends
            raw.append((t1, "bounce", a.item or a.object_id, -3.0, None))
        if a.kind == "clap":
            if any(lo <= t0 < hi for lo, hi, _ in crowd):
                continue
            k = 1
            while t0 + k / _CLAP_HZ < t1 - 0.05:
                raw.append((t0 + k / _CLAP_HZ, "clap", a.object_id, 0.0, None))
                k += 1
        elif a.kind == "eat" and _crisp(scene, a.item):
            k = 0
            while t0 + (k + _BITE_AT) * _EAT_CYCLE_S < t1 and k < 3:
                raw.append((t0 + (k + _BITE_AT) * _EAT_CYCLE_S, "crunch", a.object_id, 0.0, None))
                k += 1
        elif a.kind == "kick":  # motion.holding: the ball leaves the foot halfway and lands as the kick ends
            raw.append((t0 + 0.5 * dur, "kick", a.object_id, 0.0, None))
        elif a.kind == "fall":
            raw.append((t0 + min(1.1, 0.6 * dur), "thud", a.object_id, 0.0, None))  # acts.fall: topple time
        elif a.kind == "jump":  # acts.jump: back down; into the water when a swim follows
            raw.append((t0 + 0.82 * dur, "splash", a.object_id, 0.0, None) if _dives(scene, a)
                       else (t0 + 0.82 * dur, "thud", a.object_id, -5.0, None))
        elif a.kind == "land":
            raw.append((t0 + 0.65 * dur, "thud", a.object_id, -2.0, None))  # acts.land: touch-down
        elif a.kind == "throw":
            raw.append((t0 + 0.5 * dur - 0.22, "whoosh", a.object_id, 0.0, None))  # peaks at the release
        elif a.kind == "fly":
            raw.append((t0, "whoosh", a.object_id, -3.0, None))
        elif a.kind == "magic":
            raw.append((t0 + 0.3 * dur, "shimmer", a.target_object or a.object_id, 0.0, None))
        elif a.kind == "hammer":
            k = 0
            while t0 + (k + 0.5) / _HAMMER_HZ < t1:  # skills.hammer: struck when the swing's cosine is -1
                raw.append((t0 + (k + 0.5) / _HAMMER_HZ, "hit", a.object_id, 0.0, None))
                k += 1
        elif a.kind == "fight":  # acts.fight: a punch (or a sword's swing) strikes a quarter into every second
            armed = a.item is not None  # a sword worn on the belt (a knight's kit) is not swung: fists are
            k = 0
            while t0 + k + 0.25 < t1:
                raw.append((t0 + k + 0.25, "clang" if armed else "punch", a.object_id, 0.0 if armed else -2.0, None))
                k += 1
        elif a.kind == "swim" and not any(_dives(scene, b) and b.object_id == a.object_id and
                                          0.0 <= t0 - b.end_s < _DIVE_GAP_S for b in scene.timeline.actions):
            raw.append((t0, "splash", a.object_id, -3.0, None))
        elif a.kind == "cook":
            raw.append((t0, "sizzle", a.item or a.object_id, 0.0, dur))
        elif a.kind == "pour":  # motion.skills.pour: the jug is tipped over from 40% of the act on
            raw.append((t0 + 0.4 * dur, "pour", a.item or a.object_id, 0.0, 0.6 * dur))
        elif a.kind == "pour_over":  # motion.handwork.pour_over: the hand is tipped after a quarter second
            raw.append((t0 + 0.25, "pour", a.item or a.object_id, 0.0, max(dur - 0.25, 0.1)))
        elif a.kind == "drink":  # motion.handling.drink: the cup is up and tipped after 0.8 s; a swallow a beat
            k = 0
            while t0 + _FIRST_GULP_S + k * _GULP_S < t1 - 0.2 and k < 3:
                raw.append((t0 + _FIRST_GULP_S + k * _GULP_S, "gulp", a.object_id, 0.0, None))
                k += 1
        elif a.kind == "knock":  # a knock's three raps (motion.gestures.knock), or the bell it presses
            from autark.motion.gestures import KNOCK_RAPS, knock_times

            ring = _RINGERS.get(_type_of(scene, a.target_object or a.item))
            for at in knock_times(a)[::KNOCK_RAPS]:
                raw.append((at, ring or "knock", a.target_object or a.object_id, 0.0, None))
    raw += _signals(scene)
    raw += heard_cues(scene.timeline.actions)  # what a listener hears from off screen (audio.foley_heard)
    raw += _footsteps(scene)
    roared: set[str] = set()
    for a in scene.timeline.actions:  # a big beast roars as it first comes into action in the scene
        thing = scene.find_object(a.object_id)
        if thing is not None and thing.type in _ROARERS and a.kind in _FIERCE and a.object_id not in roared:
            roared.add(a.object_id)
            raw.append((max(0.0, a.start_s - 1.2), "roar", a.object_id, 0.0, None))  # dies away as it acts
    for lo, hi, who in crowd:
        raw.append((lo + 0.1, "applause", who, min(6.0, 2.0 * (len(clap) - _CROWD)), hi - lo - 0.1))
    raw += _change_cues(scene)
    raw += _flood_cues(scene)
    raw += touch_down_cues(scene)  # a thing that hops, tumbles or rolls by itself (audio.thing_foley)
    raw += emission_cues(scene)  # fire breathed, steam, a phone's ring (audio.thing_foley)
    raw.sort(key=lambda r: (r[0], r[1], r[2]))
    out: list[FoleyCue] = []
    states: dict[float, Scene] = {}
    for t, kind, oid, gain, dur in raw:
        if t < 0:
            continue
        near = 0.05 if kind.startswith("step_") else 0.15  # a runner's steps fall 0.15 s apart
        if any(c.kind == kind and abs(c.time_s - t) < near for c in out[-4:]):
            continue  # one thing heard once (two shards' first showing, a spark and the spell's shimmer)
        # a footstep is placed where its walker is within half a second: the picture is not evaluated per step
        pan, off_gain = _pan(scene, states, round(t * 2.0) / 2.0 if kind.startswith("step_") else t, oid)
        if oid == FLOOD_WATER:  # the water is all round the camera, in the middle and never off screen
            pan, off_gain = 0.0, 0.0
        seed = zlib.crc32(f"{kind}:{oid}:{t:.3f}".encode())
        out.append(FoleyCue(t, kind, pan, gain + off_gain, dur, seed))
    return out


def _footsteps(scene: Scene) -> list[tuple[float, str, str, float, float | None]]:
    """A footstep on the place's ground (``autark.audio.foley_steps``) at each touch-down of every walk and
    run of a person (``autark.motion.body.footfalls``; an animal's gait is its own); a run's are louder."""
    from autark.audio.foley_steps import ground_of
    from autark.motion import creatures
    from autark.motion.animate import chain_actions
    from autark.motion.body import footfalls
    from autark.motion.clips import CLIPS
    from autark.motion.kinematics import rig_info

    s = scene.settings
    ground = ground_of(s.setting, s.weather, s.background)
    walkers = {a.object_id for a in scene.timeline.actions if a.kind in ("walk", "run")}
    if not ground or not walkers:
        return []
    by_id = {o.id: o for o in scene.objects}
    out: list[tuple[float, str, str, float, float | None]] = []
    for oid in sorted(walkers & set(by_id)):
        rig = rig_info(by_id[oid].type)
        if rig is None or not rig.has_legs or creatures.is_creature(rig):
            continue
        moves = sorted((a for a in scene.timeline.actions if a.object_id == oid and a.kind in CLIPS
                        and CLIPS[a.kind].layer == "movement"), key=lambda a: a.start_s)
        for seg in chain_actions(by_id[oid], moves, by_id, lambda o, t: o.transform):
            gain = 3.0 if seg.action.kind == "run" else 0.0
            out += [(t, ground, oid, gain, None) for t in footfalls(rig, seg)]
    return out


def _type_of(scene: Scene, oid: str | None) -> str | None:
    thing = scene.find_object(oid) if oid else None
    return thing.type if thing is not None else None


def _signals(scene: Scene) -> list[tuple[float, str, str, float, float | None]]:
    """An animal's calls as it acts (a dog barks as it chases, a cat meows as it talks), and what rings
    before it is attended to: the microwave before its dish is taken out, the phone before it is answered
    (once a scene each)."""
    out: list[tuple[float, str, str, float, float | None]] = []
    called: dict[str, float] = {}
    rung: set[str] = set()
    for a in sorted(scene.timeline.actions, key=lambda b: b.start_s):
        call = _CALLS.get(_type_of(scene, a.object_id) or "")
        if call and a.kind in _CALLING and a.start_s - called.get(a.object_id, -1e9) >= _CALL_GAP_S:
            called[a.object_id] = a.start_s
            out.append((a.start_s + 0.2, call, a.object_id, 0.0, None))
        if a.kind == "knock":
            continue
        for oid in (a.item, a.target_object):
            ring = _RINGERS.get(_type_of(scene, oid) or "")
            if ring and oid is not None and oid not in rung and a.kind in _ANSWERING:
                rung.add(oid)
                out.append((max(0.0, a.start_s - _RING_LEAD_S[ring]), ring, oid, 0.0, None))
    return out


def _bounces(scene: Scene, a: Action) -> bool:
    """Whether what ``a`` kicks or throws is a ball that comes down on the ground (not into someone's hands)."""
    thing = scene.find_object(a.item) if a.item else None
    caught = a.target_object is not None and any(c.object_id == a.target_object for c in scene.characters)
    return thing is not None and "ball" in thing.type and not caught


def _dives(scene: Scene, jump: Action) -> bool:
    """Whether ``jump`` ends in the water: its jumper swims right after it."""
    return jump.kind == "jump" and any(b.kind == "swim" and b.object_id == jump.object_id and
                                       0.0 <= b.start_s - jump.end_s < _DIVE_GAP_S for b in scene.timeline.actions)


def _crowd_spans(claps: Sequence[Action]) -> list[tuple[float, float, str]]:
    """Stretches where ``_CROWD`` or more clap at once: (start, end, the first clapper)."""
    spans = []
    for a in claps:
        together = [b for b in claps if b.start_s < a.end_s and a.start_s < b.end_s]
        if len(together) >= _CROWD:
            lo, hi = min(b.start_s for b in together), max(b.end_s for b in together)
            if not any(lo < s_hi and s_lo < hi for s_lo, s_hi, _ in spans):
                spans.append((lo, hi, a.object_id))
    return spans


def _crisp(scene: Scene, item: str | None) -> bool:
    """Whether eating ``item`` crunches: anything but a soft food or a drink; nothing held, nothing heard."""
    if item is None:
        return False
    thing = scene.find_object(item)
    kind = thing.type if thing is not None else item
    return kind not in _SOFT_FOODS


def _change_cues(scene: Scene) -> list[tuple[float, str, str, float, float | None]]:
    """Cues of the state changes drawn as particles, from when their particles are shown."""
    shown: dict[tuple[str, str], list[float]] = {}
    for track in scene.timeline.tracks:
        if not (track.target.startswith("object:") and track.target.endswith(".visible")):
            continue
        pid = track.target[len("object:"):-len(".visible")]
        m = _CHANGE.match(pid)
        if m is None or scene.find_object(m["oid"]) is None:
            continue
        first = next((k.time_s for k in track.keyframes if k.value is True), None)
        if first is not None:
            shown.setdefault((m["oid"], m["kind"]), []).append(first)
    out: list[tuple[float, str, str, float, float | None]] = []
    for (oid, kind), times in shown.items():
        t0, t1 = min(times), max(times)
        if kind == "explode":
            out.append((t0, "explosion", oid, 0.0, None))
        elif kind == "break":
            out.append((t0, "collapse" if _height(scene, oid) >= _BIG_M else "shatter", oid, 0.0, None))
        elif kind == "burn":
            out.append((t0, "ignite", oid, 0.0, None))
            out.append((t0 + 0.2, "blaze", oid, 0.0, t1 - t0 + 0.8))  # the flames keep coming until t1
        elif kind == "erupt":
            out.append((t0, "eruption", oid, 0.0, t1 - t0 + 1.3))  # the last blobs land 1.3 s after they rise
        elif kind == "freeze":
            out.append((max(0.0, t0 - 0.3), "frost", oid, 0.0, None))  # its stars fly 0.3 s into the change
        elif kind == "light":
            out.append((t0, "ignite", oid, -8.0, None))
        elif kind == "spark":
            out.append((t0, "shimmer", oid, -2.0, None))
        elif kind == "extinguish":  # the water lands and the fire goes out in steam
            out.append((t0, "hiss", oid, 0.0, None))
    return out


FLOOD_WATER = "flood_water"  # the floodwater's id (``autark.jobs.carried_off.FLOOD_ID``, a layer above)


def _flood_cues(scene: Scene) -> list[tuple[float, str, str, float, float | None]]:
    """A flood is heard: a splash as the water comes in, then its rush while it rises (its scale track) and a
    little after."""
    if scene.find_object(FLOOD_WATER) is None:
        return []
    tracks = {tr.target: tr for tr in scene.timeline.tracks if tr.target.startswith(f"object:{FLOOD_WATER}.")}
    shown = tracks.get(f"object:{FLOOD_WATER}.visible")
    t0 = next((k.time_s for k in shown.keyframes if k.value is True), None) if shown is not None else None
    if t0 is None:
        return []
    rise = tracks.get(f"object:{FLOOD_WATER}.transform.scale")
    t1 = max((k.time_s for k in rise.keyframes), default=t0 + 2.0) if rise is not None else t0 + 2.0
    return [(t0, "splash", FLOOD_WATER, 3.0, None), (t0 + 0.05, "rush", FLOOD_WATER, 0.0, max(t1 - t0, 1.0) + 1.5)]


def _height(scene: Scene, oid: str) -> float:
    from autark.scene.geometry import world_bbox

    box = world_bbox(scene.object(oid))
    return float(box[4] - box[1])


def _pan(scene: Scene, states: dict[float, Scene], t: float, oid: str) -> tuple[float, float]:
    """Where ``oid`` is across the picture at ``t`` as a pan (-0.8 .. 0.8, never hard to one side), and a gain
    (-3 dB when it is off screen or behind the camera)."""
    from autark.motion import evaluate_scene
    from autark.scene.geometry import world_bbox

    if scene.find_object(oid) is None:
        return 0.0, 0.0
    state = states.get(t)
    if state is None:  # with the actions: a thing carried is where the hands are, a walker where it walked to
        state = states[t] = evaluate_scene(scene, t)
    cam = next((c for c in state.cameras if c.name == state.active_camera), None)
    if cam is None:
        return 0.0, 0.0
    box = world_bbox(state.object(oid))
    centre = np.array([(box[0] + box[3]) / 2, (box[1] + box[4]) / 2, (box[2] + box[5]) / 2])
    eye = np.asarray(cam.position, float)
    fwd = np.asarray(cam.target, float) - eye
    right = np.cross(fwd, np.asarray(cam.up, float))
    if np.linalg.norm(fwd) < 1e-6 or np.linalg.norm(right) < 1e-6:
        return 0.0, 0.0
    fwd, right = fwd / np.linalg.norm(fwd), right / np.linalg.norm(right)
    d = centre - eye
    depth, across = float(d @ fwd), float(d @ right)
    if depth <= 0.1:  # behind the camera: heard to its side, quieter
        return (0.8 if across >= 0 else -0.8), -3.0
    aspect = scene.settings.width / scene.settings.height
    x = across / (depth * math.tan(math.radians(cam.fov) / 2) * aspect)  # -1 .. 1 across the picture
    return float(np.clip(0.8 * x, -0.8, 0.8)), (0.0 if abs(x) <= 1.0 else -3.0)


# -- the film's stem --------------------------------------------------------------------------------------------
def film_cues(scenes: Sequence[tuple[float, float, float, Scene]], seed: int = 0) -> list[FoleyCue]:
    """The cues of a film's scenes, each given as (film start s, duration s, the scene's own time at that start,
    scene) as ``autark.audio.ambient.film_ambience`` takes them, in film time; a cue outside the part of its
    scene the film shows is left out (a sustained one under way where that part begins is heard from there on),
    a sustained one is cut where its scene ends; where the scenes' spoken
    lines (those with a ``duration_s``: spoken) lie over a loud one, it dips under them."""
    lines = [(start_s + ln.start_s - from_s, start_s + ln.start_s + ln.duration_s - from_s)
             for start_s, duration_s, from_s, scene in scenes for ln in scene.timeline.lines
             if ln.duration_s is not None]
    out: list[FoleyCue] = []
    for start_s, duration_s, from_s, scene in scenes:
        for c in scene_cues(scene):
            offset = 0.0
            if not from_s <= c.time_s < from_s + duration_s:
                if c.duration_s is None or not c.time_s < from_s < c.time_s + c.duration_s:
                    continue
                offset = from_s - c.time_s  # a sustained sound under way where the film's part of it begins
            at = start_s + c.time_s + offset - from_s
            length = None if c.duration_s is None else min(c.duration_s - offset, start_s + duration_s - at)
            cue = FoleyCue(at, c.kind, c.pan, c.gain_db, length, (c.seed + 7919 * seed) & 0xFFFFFFFF,
                           offset_s=offset)
            out.append(dataclasses.replace(cue, dips=_dips(cue, lines)))
    return out


def _dips(cue: FoleyCue, lines: Sequence[tuple[float, float]]) -> tuple[tuple[float, float, float], ...]:
    """Where ``cue`` is turned down, and by how much, so that under a spoken line its loudest 0.4 s is no louder
    than ``UNDER_LINE_DB``: the mixer ducks it 10 dB with the music there, which is not enough for an explosion
    or a blaze to leave the line 10 dB over everything else (the film report's floor)."""
    from autark.audio.foley import FOLEY

    sound = FOLEY[cue.kind]
    length = cue.duration_s if sound.sustained and cue.duration_s is not None else sound.duration_s
    end = cue.time_s + length
    if not any(a < end and b > cue.time_s for a, b in lines):
        return ()
    depth = min(0.0, UNDER_LINE_DB - (_loudest_db(cue.kind) + cue.gain_db))
    if depth >= 0.0:
        return ()
    out = []
    for a, b in lines:
        if a < end and b > cue.time_s:
            if sound.sustained or a > cue.time_s:
                out.append((max(a, cue.time_s), min(b, end), depth))
                continue
            # a crash or a blast keeps half of its first moment (what says what it is) over a word; what rings
            # on after it is held down under all of the line
            punch_end = cue.time_s + _PUNCH_S
            out.append((cue.time_s, min(b, punch_end), depth / 2))
            if min(b, end) > punch_end + _DIP_RAMP_S:
                out.append((punch_end + _DIP_RAMP_S, min(b, end), depth))
    return tuple(out)


@functools.cache
def _loudest_db(kind: str) -> float:
    """The effect's loudest 0.4 s at its own level: mean square per channel, in dB (drawn from seed 0: the
    seeds vary the detail, not the level)."""
    from autark.audio.foley import effect_samples

    x = effect_samples(kind, 0).astype(np.float64)
    power = np.square(x) if x.ndim == 1 else np.square(x).mean(axis=1)
    w = int(0.4 * SAMPLE_RATE_HZ)
    power = np.concatenate([[0.0], power, np.zeros(max(0, w - power.shape[0]))])
    sums = np.cumsum(power)
    window = (sums[w:] - sums[:-w]) / w  # the mean over every 0.4 s
    return float(10.0 * np.log10(max(float(window.max()), 1e-20)))


@dataclass
class Foley:
    """The effects stem as a block source: ``foley(a, b)`` is samples [a, b) as (b - a, 2) float32, each cue
    at its effect's level plus its own gain plus ``gain_db``."""

    cues: list[FoleyCue]
    gain_db: float = 0.0
    sample_rate_hz: int = SAMPLE_RATE_HZ
    _placed: dict[int, tuple[int, np.ndarray]] = field(default_factory=dict, repr=False)

    def __call__(self, a: int, b: int) -> np.ndarray:
        out = np.zeros((b - a, 2), np.float32)
        for i in range(len(self.cues)):
            at, sound = self._sound(i)
            lo, hi = max(a, at), min(b, at + sound.shape[0])
            if lo < hi:
                out[lo - a:hi - a] += sound[lo - at:hi - at]
        return out

    def _sound(self, i: int) -> tuple[int, np.ndarray]:
        found = self._placed.get(i)
        if found is None:
            from autark.audio.foley import effect_samples

            c = self.cues[i]
            whole = None if c.duration_s is None else c.duration_s + c.offset_s
            x = effect_samples(c.kind, c.seed, whole, self.sample_rate_hz)[int(round(c.offset_s * self.sample_rate_hz)):]
            g = 10.0 ** ((c.gain_db + self.gain_db) / 20.0)
            if c.dips:
                x = x * _dip_gain(c, x.shape[0], self.sample_rate_hz).reshape((-1,) + (1,) * (x.ndim - 1))
            if x.ndim == 1:
                stereo = np.outer(x, pan_gains(c.pan) * g * math.sqrt(2))  # centre: unchanged
            else:  # a wide sound is steered by its balance, keeping its own stereo image
                stereo = x * np.array([g * min(1.0, 1.0 - c.pan), g * min(1.0, 1.0 + c.pan)])
            found = self._placed[i] = (int(round(c.time_s * self.sample_rate_hz)), stereo.astype(np.float32))
        return found


def _dip_gain(cue: FoleyCue, n: int, rate: int) -> np.ndarray:
    """The gain of ``cue``'s ``n`` samples under its dips, each ramped in and out over ``_DIP_RAMP_S``."""
    t = cue.time_s + np.arange(n) / rate
    db = np.zeros(n)
    for a, b, depth in cue.dips:
        # 1 inside [a, b], falling to 0 over the ramp either side
        inside = np.clip(np.minimum(t - (a - _DIP_RAMP_S), (b + _DIP_RAMP_S) - t) / _DIP_RAMP_S, 0.0, 1.0)
        db = np.minimum(db, depth * inside)
    return 10.0 ** (db / 20.0)


def film_foley(scenes: Sequence[tuple[float, float, float, Scene]], seed: int = 0,
               sample_rate_hz: int = SAMPLE_RATE_HZ) -> Foley | None:
    """The effects stem of a film's scenes (as :func:`film_cues` takes them); None when nothing is heard."""
    cues = film_cues(scenes, seed)
    return Foley(cues, 0.0, sample_rate_hz) if cues else None


Source = Callable[[int, int], np.ndarray]


@dataclass
class WithFoley:
    """The ambience and the effects stem as one block source (the mixer sets and ducks them together)."""

    ambience: Source
    foley: Foley

    @property
    def bed(self) -> Source:
        """The ambience alone: what a mixer measures to set the two's level by."""
        return self.ambience

    def __call__(self, a: int, b: int) -> np.ndarray:
        return self.ambience(a, b) + self.foley(a, b)


def with_foley(ambience: Source | None, scenes: Sequence[tuple[float, float, float, Scene]], seed: int = 0,
               sample_rate_hz: int = SAMPLE_RATE_HZ, stem_lufs: dict[str, float] | None = None) -> Source | None:
    """``ambience`` with the film's effects laid on it, ``LIFT_DB`` above its loudness; ``ambience`` as it is
    when nothing is heard, or when there is no ambience to set them by. ``stem_lufs`` (the stems' loudness
    the production graph keeps by the stems' key, ``autark.audio.mixer.mix_to_file``'s) holds the bed's
    loudness as measured here (``"foley_bed"``), or receives it."""
    foley = film_foley(scenes, seed, sample_rate_hz)
    if foley is None or ambience is None:
        return ambience
    known = stem_lufs.get("foley_bed") if stem_lufs is not None else None
    bed_lufs = float(known) if known is not None else _bed_loudness(ambience, scenes, sample_rate_hz)
    if stem_lufs is not None:
        stem_lufs["foley_bed"] = bed_lufs
    if not math.isfinite(bed_lufs):
        return ambience
    foley.gain_db = bed_lufs + LIFT_DB - _REFERENCE_LUFS
    return WithFoley(ambience, foley)


def _bed_loudness(ambience: Source, scenes: Sequence[tuple[float, float, float, Scene]], rate: int) -> float:
    """The ambience's loudness, from up to 6 s of each scene's bed, weighted by the scenes' lengths (a bed is
    steady: its level is the same throughout; these samples are the first the mix asks for, and the ambience
    keeps them)."""
    from autark.audio.mixer import loudness_lufs

    energy, seconds = 0.0, 0.0
    for start_s, duration_s, _, _ in scenes:
        if duration_s <= 0.5:
            continue
        a = int(round(start_s * rate))
        level = loudness_lufs(ambience(a, a + int(round(min(duration_s, 6.0) * rate))), rate)
        if math.isfinite(level):
            energy += 10.0 ** (level / 10.0) * duration_s
        seconds += duration_s
    return 10.0 * math.log10(energy / seconds) if energy > 0 else float("-inf")
