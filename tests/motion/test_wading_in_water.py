"""A body over water is in it (``autark.motion.wading``): after a jump into a pond, a later walk or run there
swims at the surface (not across the pond's top), a standing body treads water sunk to the chest, and on
reaching the bank it stands on the ground again. Measured on the posed body's points (head, hip, feet)."""

from __future__ import annotations

import numpy as np
import pytest

from autark.cinema.figures import subject_points
from autark.language import apply_sentences
from autark.motion import evaluate_scene
from autark.motion.wading import depth_share
from autark.scene.geometry import world_bbox

_SET = {"en": ["add a {kind} named {who}", "add a pond 4 m behind {who}", "add a tree 8 m behind {who}"],
        "de": ["füge {art} {kind} namens {who} hinzu", "füge einen Teich 4 m hinter {who} hinzu",
               "füge einen Baum 8 m hinter {who} hinzu"]}
# (language, cast kind, article, name, what they do once in the pond)
_CASES = [
    ("en", "woman", "", "Greta", ["{who} jumps into the pond", "{who} runs to the tree"]),
    ("en", "boy", "", "Timo", ["{who} falls into the pond", "{who} walks to the tree"]),
    ("en", "man", "", "Bruno", ["{who} jumps into the pond", "{who} waves", "{who} walks 3 m to the left"]),
    ("en", "girl", "", "Lotte", ["{who} jumps into the pond", "{who} runs 3 m to the right"]),
    ("de", "Frau", "eine", "Henrike", ["{who} springt in den Teich", "{who} rennt zum Baum"]),
    ("de", "Junge", "einen", "Paul", ["{who} fällt in den Teich", "{who} geht zum Baum"]),
    ("de", "Mann", "einen", "Ulf", ["{who} springt in den Teich", "{who} winkt", "{who} geht 3 m nach links"]),
    ("de", "Mädchen", "ein", "Ella", ["{who} fällt in den Teich", "{who} läuft 3 m nach rechts"]),
]


@pytest.mark.parametrize(("lang", "kind", "art", "who", "says"), _CASES, ids=[c[3] for c in _CASES])
def test_a_body_in_the_pond_swims_or_treads_water_and_stands_again_on_the_bank(lang, kind, art, who, says) -> None:
    scene = apply_sentences([s.format(kind=kind, art=art, who=who) for s in _SET[lang]])
    scene = apply_sentences([s.format(who=who) for s in says], scene)
    body = next(o.id for o in scene.objects if o.name == who)
    pond = next(o for o in scene.objects if o.type == "pond")
    rim = world_bbox(pond)
    surface = float(rim.max[1])
    mine = sorted((a for a in scene.timeline.actions if a.object_id == body), key=lambda a: a.start_s)
    assert mine[0].target_object == pond.id and len(mine) == len(says)
    deep = shallow_land = 0
    for t in np.linspace(mine[0].end_s, mine[-1].end_s, 40):
        _fig, p, _corners = subject_points(evaluate_scene(scene, float(t)).object(body))
        share = depth_share(pond, float(p["hip"][0]), float(p["hip"][2]))
        feet = min(float(p["foot_l"][1]), float(p["foot_r"][1]))
        if share >= 0.99:  # in deep water: the head out, the hips under, never on top of it
            deep += 1
            assert p["top"][1] > surface + 0.1 and p["hip"][1] < surface + 0.02 and feet < surface - 0.05, t
        elif not (rim.min[0] - 0.3 < p["hip"][0] < rim.max[0] + 0.3
                  and rim.min[2] - 0.3 < p["hip"][2] < rim.max[2] + 0.3):  # up on the bank
            shallow_land += 1
            assert abs(feet) < 0.12 and p["top"][1] > 1.0, t
    assert deep >= 3 and shallow_land >= 1  # both were seen


_SWIMS = [("en", "add a woman named Ruth", "add a pond 5 m left of Ruth", "Ruth swims"),
          ("en", "add a boy named Kai", "add a pond 4 m in front of Kai", "Kai swims"),
          ("en", "add a man named Hugo", "add a pond 5 m behind Hugo", "Hugo swims"),
          ("en", "add a girl named Zoe", "add a pool 5 m right of Zoe", "Zoe swims"),
          ("de", "füge eine Frau namens Berta hinzu", "füge einen Teich 5 m links von Berta hinzu", "Berta schwimmt"),
          ("de", "füge einen Jungen namens Jonas hinzu", "füge einen Teich 4 m vor Jonas hinzu", "Jonas schwimmt"),
          ("de", "füge einen Mann namens Egon hinzu", "füge einen Teich 5 m hinter Egon hinzu", "Egon schwimmt"),
          ("de", "füge ein Mädchen namens Frieda hinzu", "füge ein Becken 5 m rechts von Frieda hinzu",
           "Frieda schwimmt")]


@pytest.mark.parametrize(("lang", "cast", "water", "swim"), _SWIMS, ids=[s[3].split()[0] for s in _SWIMS])
def test_a_swim_begun_on_land_walks_to_the_water_and_ends_swimming_in_it(lang, cast, water, swim) -> None:
    from autark.motion.wading import waters_of

    scene = apply_sentences([cast, water, swim])
    who = swim.split()[0]
    body = next(o.id for o in scene.objects if o.name == who)
    (pool,) = waters_of(scene.objects)
    act = max((a for a in scene.timeline.actions if a.object_id == body), key=lambda a: a.end_s)
    assert act.kind == "swim"  # (the command may first run to the water's edge: ``language.water``)
    rim = world_bbox(pool)
    _fig, p0, _c = subject_points(evaluate_scene(scene, 0.0).object(body))
    assert depth_share(pool, float(p0["hip"][0]), float(p0["hip"][2])) == 0.0  # starts on land
    _fig, p, _c = subject_points(evaluate_scene(scene, act.end_s).object(body))
    assert depth_share(pool, float(p["hip"][0]), float(p["hip"][2])) >= 0.99  # ends out in the water
    assert rim.max[1] - 0.4 < p["hip"][1] < rim.max[1] + 0.05 and p["top"][1] < rim.max[1] + 0.9  # lying in it
