"""What a shot changes on screen besides the acts of its cast: a thing turned into another, a thing that grows,
a glow on the one a spell or wish is for, a thing whose state changes (it melts, burns, breaks, erupts, explodes
or freezes, a lamp or candle someone lights, a fire put out). A screenplay shot lists them as data
(``Shot.effects``), and the production lays each as keyframes on the scene's timeline (``autark.jobs.effects``):

    effects: [{kind: transform, target: Cat, into: Frog, at_s: 1.2}]   # the cat shrinks away, a frog appears
    effects: [{kind: grow, target: tree, at_s: 0.5, duration_s: 3, scale: 1.8}]
    effects: [{kind: glow, target: Fish, at_s: 0.3, duration_s: 2}]
    effects: [{kind: melt, target: snowman, at_s: 0.5, duration_s: 4}]   # sinks into a puddle
    effects: [{kind: flood, target: water, at_s: 0.5, duration_s: 4, scale: 0.45}]   # water rises 0.45 m
    effects: [{kind: appear, target: ring, into: sofa, at_s: 0.0}]   # not there before: found under the sofa
    effects: [{kind: vanish, target: Wizard, at_s: 2.5}]   # gone from here on: he flew away
    effects: [{kind: wash_away, target: boat, at_s: 0.8, duration_s: 3.5}]   # the current carries it off
    effects: [{kind: repair, target: bicycle, at_s: 0.6, duration_s: 2.5}]   # broken until it is mended
    effects: [{kind: land, target: cake, into: Mayor}]   # it flies from the hand onto the mayor and stays there
    effects: [{kind: float_away, target: kite, into: water}]   # the wind takes it and it comes down on the sea
    effects: [{kind: aloft, target: kite, into: Tom, at_s: 0.5}]   # flown high over Tom on its string
    effects: [{kind: make, target: raft, at_s: 1.0, duration_s: 4}]   # rises in stages as they build it
    effects: [{kind: unearth, target: treasure_chest, at_s: 0.8, duration_s: 4}]   # dug up out of a hole
    effects: [{kind: perform, target: printer, at_s: 0.3, duration_s: 3.5}]   # it sings by itself: bobs, rocks, glows
    effects: [{kind: roam, target: car, at_s: 0.4, duration_s: 3.5}]   # a toy car drives off across the set and back
    effects: [{kind: tumble, target: fridge, at_s: 0.6, duration_s: 1.2}]   # tips over and comes down to the ground
    effects: [{kind: roll, target: barrel, at_s: 0.5, duration_s: 3}]   # rolls off what it stood on and on away
    effects: [{kind: wear, target: crown, into: Raccoon, at_s: 2.2}]   # put on: on the head from then on
    effects: [{kind: screen, target: tv, at_s: 0.4, duration_s: 6}]   # a film plays on it: a lit moving picture
    effects: [{kind: approach, target: boat, at_s: 0.2, duration_s: 4.5}]   # comes from afar to where it stays
    effects: [{kind: recolor, target: fence, into: blue, at_s: 0.8, duration_s: 2.6}]   # painted blue as they work
    effects: [{kind: miss, target: ball, into: Tom, at_s: 1.0, duration_s: 1.4}]   # past Tom's hands to the ground
    effects: [{kind: inside, target: Rabbit, into: hat}]   # in it from the start until taken out (story.containers)
    effects: [{kind: hide, target: Boy, into: "curtain:behind", duration_s: 9}]   # hidden there until found
    effects: [{kind: emit, target: Dragon, into: fire, at_s: 0.4, duration_s: 3}]   # given off (story.emissions)
    effects: [{kind: depict, target: painting, into: rose, at_s: 0.5, duration_s: 3}]   # what the picture shows
    effects: [{kind: fly_off, target: ball, at_s: 1.0, duration_s: 2}]   # up on a high arc and gone (jobs.thing_motion)

``target`` and ``into`` name a cast member (its name) or a prop (its type), as a shot's ``subject`` does.
Whatever a transformation makes must be cast in the scene too: it is hidden until the moment of the act.
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

__all__ = ["Effect", "EffectKind", "GROW_SCALE", "GIANT_SCALE", "STATE_CHANGES", "CHANGE_OF_VERB",
           "absent_in_scenes"]

EffectKind = Literal["transform", "grow", "glow", "melt", "burn", "break", "erupt", "explode", "freeze", "light",
                     "extinguish", "float_away", "sink", "wash_away", "flood", "appear", "vanish", "repair", "make",
                     "land", "unearth", "aloft", "perform", "roam", "tumble", "roll", "recolor", "approach", "wear", "screen",
                     "miss", "inside", "go_in", "hide", "bury", "lost", "emit", "depict", "fly_off"]
# the kinds that change a thing's own state (autark.jobs.changes draws them), and the story verbs that ask for them
STATE_CHANGES = ("melt", "burn", "break", "erupt", "explode", "freeze", "light", "extinguish", "make", "unearth")
# the story verbs (verbs.yaml) that change a thing's state, and the change each draws: a tower that collapses
# breaks apart (a person who collapses falls: only a thing's collapse is a change)
# (a thing made or dug up is read by story.presence, not from a verb of its own)
CHANGE_OF_VERB = {**{k: k for k in STATE_CHANGES if k not in ("make", "unearth")}, "collapse": "break"}
GROW_SCALE = 1.6  # how many times bigger a thing that "grows" ends up
GIANT_SCALE = 1.8  # "grows into a giant tree": taller than the trees around it


class Effect(BaseModel):
    model_config = ConfigDict(extra="forbid", allow_inf_nan=False)

    kind: EffectKind
    target: str = Field(min_length=1, max_length=100)
    # transform: what the target becomes; recolor: the colour it ends up (a colour name: "pink"); appear: where it
    # is found; land, float_away, wash_away, sink: where it
    # ends up (a cast name, a prop type, "water" or "ground", story.destinations)
    into: str = Field("", max_length=100)
    at_s: float = Field(0.0, ge=0.0, le=60.0)  # when it happens, seconds after the shot starts
    duration_s: float = Field(1.5, gt=0.0, le=60.0)  # grow and glow: how long it takes
    scale: float = Field(GROW_SCALE, gt=0.0, le=20.0)  # grow: how many times its size it ends up
    start_scale: float = Field(1.0, gt=0.0, le=20.0)  # grow: its size before (a seed: a tenth)


def absent_in_scenes(effects_by_scene: list[list[Effect]]) -> list[set[str]]:
    """For each scene, who or what is not there because of a transformation in another scene: what it makes
    is not there before, what it changes is not there after (the frog is not in the forest before the wizard
    casts the spell in the castle, the cat is not in the garden after); the same for what appears or vanishes."""
    out: list[set[str]] = [set() for _ in effects_by_scene]
    comings: dict[str, list[tuple[int, bool]]] = {}  # target -> (scene, there after it) of each appear and vanish
    for si, effects in enumerate(effects_by_scene):
        for e in effects:
            if e.kind in ("appear", "vanish"):
                comings.setdefault(e.target, []).append((si, e.kind == "appear"))
            if e.kind not in ("transform", "break", "explode"):  # what broke or blew up is gone after it too
                continue
            for sj in range(len(out)):
                if sj < si and e.into:
                    out[sj].add(e.into)
                elif sj > si:
                    out[sj].add(e.target)
    for target, turns in comings.items():  # lost in one scene and found in a later one: there in neither between
        for sj in range(len(out)):
            before = [there for si, there in turns if si < sj]
            within = [there for si, there in turns if si == sj]
            if not within and (not before[-1] if before else turns[0][1]):
                out[sj].add(target)
    return out
