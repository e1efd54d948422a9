"""People who use the set: a customer or a guest sits at the table the dishes stand on (``story.laid_tables``), a
king or a queen with no table laid sits on the throne of the set.

A restaurant's customer stood in the middle of the room while the soup was spilled on him; the idea puts him at
a table. ``seated`` gives each such person of a scene's cast a chair at an end of its table (or the set's
throne) and has them sit down at the start of the scene's first shot, before the story's own acts (which stand
them up again where they walk or dance). Only those on stage from the start: one who comes later waits at the
back and walks in.
"""

from __future__ import annotations

from autark.assets.templates import fold
from autark.story.concept import Concept
from autark.story.screenplay import Prop, SceneSpec

__all__ = ["TABLE_SITTERS", "THRONE_SITTERS", "seated"]

# the idea's words (folded) for those who sit at a laid table: customers, guests, diners
TABLE_SITTERS = frozenset({"customer", "customers", "guest", "guests", "diner", "diners", "patron", "patrons",
                           "kunde", "kunden", "kundin", "gast", "gaeste", "gaesten", "king", "koenig", "queen",
                           "koenigin"})
# the idea's words for those who sit on a throne where no table is laid
THRONE_SITTERS = frozenset({"king", "koenig", "queen", "koenigin", "emperor", "kaiser", "empress", "kaiserin"})
_TABLES = frozenset({"table", "long_table", "desk"})
_MOST = 2  # a table has two ends
_CHAIR_GAP_M = 0.3  # between the table's end and the chair's centre
_BACK_Z = -2.5  # one standing further back than this waits to come in


def seated(concept: Concept, scene: SceneSpec) -> SceneSpec:
    """``scene`` with its customers and guests sitting at its table from the first shot (a chair at each end of
    the table, at most ``_MOST``), or its king or queen on the set's throne when no table is laid; unchanged
    where the idea names none of them or there is nothing to sit at."""
    from autark.story.footprints import footprint
    from autark.story.verbs import sentence

    if not scene.shots:
        return scene
    words = {c.name: fold(c.word) for c in concept.characters}
    on_stage = [c for c in scene.characters if c.position[2] > _BACK_Z]
    table = next((p for p in scene.objects if p.type in _TABLES and p.position is not None), None)
    lang = concept.language
    actions: list[str] = []
    props = list(scene.objects)
    if table is not None and (size := footprint(table.type)) is not None:
        sitters = [c for c in on_stage if words.get(c.name) in TABLE_SITTERS][:_MOST]
        tx, _ty, tz = table.position
        taken: set[float] = set()
        for c in sitters:
            side = 1.0 if c.position[0] >= tx else -1.0
            if side in taken:
                side = -side
            taken.add(side)
            props.append(Prop(type="chair", position=(round(tx + side * (size[0] / 2 + _CHAIR_GAP_M), 2), 0.0, tz)))
            actions.append(sentence("sit", lang, a=c.name))
    elif _has_throne(scene.setting):
        king = next((c for c in on_stage if words.get(c.name) in THRONE_SITTERS), None)
        if king is not None:
            actions.append(sentence("sit", lang, a=king.name, o="den Thron" if lang == "de" else "the throne"))
    if not actions:
        return scene
    first = scene.shots[0]
    shots = [first.model_copy(update={"actions": [*actions, *first.actions][:10]}), *scene.shots[1:]]
    return scene.model_copy(update={"objects": props, "shots": shots})


def _has_throne(setting: str) -> bool:
    from autark.assets.templates import load_setting
    from autark.errors import NotUnderstood

    try:
        return any(item.type == "throne" for item in load_setting(setting).layout)
    except NotUnderstood:
        return False
