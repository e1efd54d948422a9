"""A group the idea names is a crowd on screen (issue 17): "everyone applauds", "the whole village", "the
audience", "the villagers cheer", "die ganze Klasse lacht", "alle klatschen", "die Zuschauer jubeln".

The analysis casts a group word as two or three of its kind (the audience: Tom, Anna and Max); a crowd of
them reads as a crowd only when there are more. Here the scene gets extras, voiceless and at the back of the
set in two rows, and they do what the group does: each act of a group member in a shot is done by the extras
too ("Tom claps" -> "Onlooker1 claps", ...); a group that is no one in the cast ("everyone", "the whole
village", "alle") does the event it is the subject of in the shot that stages it, and cheers in the last one.
The extras are nobody's lines and nobody's intro: the story is the cast's. A place the idea calls busy or
crowded ("at a busy market", "auf dem belebten Bahnhof") has such a crowd too, of bystanders who do nothing of
the story's; a place with no such word has none: nobody asked for strangers.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from autark.limits import MAX_ACTIONS_PER_SHOT, MAX_CHARACTERS_PER_SCENE

if TYPE_CHECKING:
    from autark.story.analysis import Concept
    from autark.story.screenplay import CastMember, SceneSpec

__all__ = ["crowd_fixture_spots", "CROWD_SIZE", "CROWD_WORDS", "Crowd", "read_crowd", "add_crowd", "is_extra"]

CROWD_SIZE = 5  # how many a crowd is on screen, the cast's group members included
# the words of a crowd (folded, English then German) -> what it is made of
_PEOPLE = frozenset({
    "everyone", "everybody", "crowd", "crowds", "audience", "spectators", "onlookers", "villagers", "townspeople",
    "townsfolk", "fans", "guests", "passengers", "people", "bystanders", "public", "visitors", "customers",
    "shoppers", "tourists", "partygoers", "besucher", "besuchern", "kunden", "touristen", "partygaeste",
    "fahrgaeste", "reisende", "reisenden",
    "alle", "jeder", "publikum", "zuschauer", "zuschauern", "menge", "menschenmenge", "leute", "dorfbewohner",
    "dorfbewohnern", "gaeste", "gaesten", "passagiere", "schaulustige", "schaulustigen",
})
_CHILDREN = frozenset({"class", "classmates", "pupils", "schoolchildren", "klasse", "mitschueler", "schueler",
                       "schuelern", "schulklasse", "kinder", "children", "kids"})
# before a crowd word that is one of them as well ("einem Touristen", "ein Besucher", "a visitor's")
_ONE = frozenset({"a", "an", "one", "ein", "einem", "einen", "eines", "dem", "des"})
CROWD_WORDS = _PEOPLE | _CHILDREN  # the words (folded) of a group that is a crowd on screen
# a place word that is its people only after "whole" ("the whole village", "das ganze Dorf")
_WHOLE = frozenset({"whole", "entire", "ganze", "ganzen", "gesamte", "gesamten"})
_PLACES_OF_PEOPLE = frozenset({"village", "town", "city", "school", "neighbourhood", "neighborhood", "kingdom",
                               "dorf", "stadt", "schule", "nachbarschaft", "koenigreich"})
# the words the analysis casts a group as (the audience: a man, a woman, a man)
_GENERIC = frozenset({"man", "woman", "person", "people", "child", "mann", "frau", "leute", "kind"})
# acts that move the body across the set: a crowd that copies them would crowd the cast; it stays and watches
_MOVES = frozenset({"walks", "runs", "goes", "drives", "rides", "flies", "swims", "chases", "sneaks", "climbs",
                    "geht", "rennt", "laeuft", "läuft", "fährt", "faehrt", "reitet", "fliegt", "schwimmt", "jagt",
                    "schleicht", "klettert"})
_PEOPLE_TYPES = ("woman", "man", "grandmother", "boy", "girl", "grandfather", "woman")
_CHILD_TYPES = ("girl", "boy", "child", "girl", "boy", "child", "girl")
_NAMES = {"people": ("Onlooker", "Zuschauer"), "children": ("Kid", "Kind")}


_EXTRA_NAME = re.compile(rf"^({'|'.join(n for pair in _NAMES.values() for n in pair)})\d+$")


def is_extra(member: CastMember) -> bool:
    """Whether a cast member is one of a crowd's extras (voiceless, named "Onlooker3", "Kind2", ...)."""
    return member.voice == "none" and bool(_EXTRA_NAME.match(member.name))


@dataclass(frozen=True)
class Crowd:
    kind: str  # "people" or "children"
    at: int  # the idea's word that names it (an index comparable with ``Event.at``)
    leaders: tuple[str, ...]  # the cast members the group word cast (the audience: Tom, Anna, Max)
    bystanders: bool = False  # the crowd of a busy place ("at a busy market"): it does nobody's acts, it watches


# a place the idea calls crowded has a crowd of its own, at the back ("a juggler at a busy market", "auf dem
# vollen Bahnhof"); without such a word a place has no extras: nobody asked for strangers
_BUSY = frozenset({"busy", "crowded", "packed", "bustling", "full", "belebten", "belebte", "belebter", "belebtes",
                   "vollen", "volle", "voller", "volles", "ueberfuellten", "ueberfuellte", "ueberfuellter",
                   "ueberfuelltes", "gefuellten", "gefuellte", "trubeligen", "trubelige"})


_BUSY_SPAN = 3  # a busy word and its place: "busy *train station*", "crowded old *market*"
# places that are full of people by what they are, said busy or not: a market, a fair, a party, a festival
_FULL_PLACES = frozenset({"market", "marketplace", "bazaar", "fair", "funfair", "festival", "party", "carnival",
                          "parade", "markt", "marktplatz", "basar", "jahrmarkt", "kirmes", "volksfest", "feier", "fete", "karneval", "umzug", "rummel"})
_FULL_ENDS = ("markt", "party", "fest", "feier")  # "Wochenmarkt", "Geburtstagsparty", "Dorffest"


def read_crowd(concept: Concept) -> Crowd | None:
    """The crowd the idea names, or None: the first crowd word, and the cast members the analysis made of it;
    else the bystanders of a place said to be busy or full by what it is (a market, a party)."""
    from autark.story.lexicon import idea_words

    words = idea_words(concept.idea)
    group = _group_crowd(concept, words)  # "at a busy market ... everyone laughs": the busy place's people laugh
    if group is not None:
        return group
    for k, w in enumerate(words[:-1]):  # "at a busy market", "a busy train station", "im vollen Hauptbahnhof"
        place = next((j for j in range(k + 1, min(k + 1 + _BUSY_SPAN, len(words))) if _place_word(words[j])), None)
        if w in _BUSY and place is not None:
            return Crowd(kind="people", at=place, leaders=(), bystanders=True)
    full = next((k for k, w in enumerate(words) if w in _FULL_PLACES or (len(w) > 6 and w.endswith(_FULL_ENDS))),
                None)
    return Crowd(kind="people", at=full, leaders=(), bystanders=True) if full is not None else None


def _group_crowd(concept: Concept, words: list[str]) -> Crowd | None:
    """The crowd of a group word of the idea ("everyone", "the audience", "die ganze Klasse"), or None."""
    from autark.assets.templates import fold

    for k, w in enumerate(words):
        kind = "children" if w in _CHILDREN else "people" if w in _PEOPLE else ""
        if not kind and k and words[k - 1] in _WHOLE and (w in _PLACES_OF_PEOPLE or _place_word(w, _WILD)):
            kind = "children" if w in ("school", "schule") else "people"
        if not kind or k and words[k - 1] in _ONE:
            continue  # "einem Touristen", "ein Besucher": one of them, no crowd
        if w in ("children", "kids", "kinder") and not any(words[j] in _WHOLE for j in range(max(0, k - 2), k)) \
                and not _watching(concept, k):
            continue  # "the children play": two children, the cast; a crowd when they watch or are a whole class
        own = next((e for e in concept.events if e.at > k), None)
        generic = {c.name for c in concept.characters if fold(c.word) in _GENERIC}  # "the audience": Tom, Anna
        leaders = tuple(c.name for c in concept.characters if fold(c.word) == w or (
            own is not None and c.name in own.agents and c.name in generic))
        return Crowd(kind=kind, at=k, leaders=leaders)
    return None


def _place_word(folded: str, besides: frozenset[str] = frozenset()) -> bool:
    """Whether a folded word names a place of the sets ("market", "Bahnhof", "station"), none of ``besides``."""
    from autark.story.lexicon import lexicon

    return any(h.category == "setting" and h.key not in _NOBODYS_PLACES | besides for h in lexicon().lookup(folded))


# sets that are no busy place of people: "howls at the full moon" is no packed hall
_NOBODYS_PLACES = frozenset({"moon", "outer_space", "sky", "mars"})
# the wild: "the whole forest" is its trees and beasts, no crowd of people ("the whole stadium" is)
_WILD = frozenset({"forest", "jungle", "desert", "swamp", "mountain_top", "mountain_lake", "cave", "underwater",
                   "snow_field", "meadow", "island", "river_bank"})


def _watching(concept: Concept, k: int) -> bool:
    """Whether the words at ``k`` are the subject of watching, cheering or clapping ("the children watch")."""
    ev = next((e for e in concept.events if e.at > k), None)
    return ev is not None and ev.kind in ("look", "clap", "celebrate", "laugh")


_AGAIN = frozenset({"clap", "celebrate", "laugh", "cry", "flee", "dance", "sing"})  # a crowd's act it ends on
_STEP_M = 0.25  # what is lower than this is stood on, not walked around
_MARGIN_M = 0.35  # how far an extra keeps from a piece of the set (a body is about 0.5 m across)
_FLAT = frozenset({"floor", "ground", "rug", "carpet", "road", "path", "wall"})  # walked on, or the room's edge
_UNWALKABLE = frozenset({"railway_track", "lap_pool", "pond"})  # low, yet nobody waits in them
_TURNED_M = 2.5  # up to this long a thing counts as turned any way
# the places an extra may stand, behind the cast, nearest the middle first, alternating sides
_SPOTS = [(round(x * side, 2), z) for z in (-3.0, -3.6, -4.3, -2.5, -5.0, -1.9) for x in (1.7, 3.4, 0.85, 2.6, 4.2, 0.0,
                                                                                       5.0)
          for side in ((1, -1) if x else (1,))] + [  # then beside the acting area, well off the cast's sides
    (round(x * side, 2), z) for z in (-1.2,) for x in (4.0, 5.0) for side in (1, -1)]  # (nearer: cut by the frame)


def _boxes(scene: SceneSpec) -> list[tuple[float, float, float, float]]:
    """(x0, z0, x1, z1) on the floor of what stands in the scene's set and among its props."""
    from autark.assets.templates import load_setting
    from autark.story.footprints import footprint

    out = []
    layout = load_setting(scene.setting).layout
    for i in layout:  # track beds and water: low, but no one stands in them (turned as the set turns them)
        if i.type in _UNWALKABLE:
            w, _h, d = i.size if i.size is not None else (footprint(i.type) or (0.0, 0.0, 0.0))
            w, d = (d, w) if round(i.rotation[1]) % 180 == 90 else (w, d)
            out.append((i.position[0] - w / 2, i.position[2] - d / 2, i.position[0] + w / 2, i.position[2] + d / 2))
    items = [(i.type, i.position, i.size, i.rotation[1]) for i in layout if i.type not in _FLAT | _UNWALKABLE]
    items += [(o.type, o.position, None, 0.0) for o in scene.objects if o.position is not None]
    for typ, (x, y, z), size, turn in items:
        w, h, d = size if size is not None else (footprint(typ) or (0.0, 0.0, 0.0))
        if h < _STEP_M or y > 1.5:  # a pavement, a puddle, a rug is stood on; a lamp on the wall is above heads
            continue
        # a small thing may be turned any way and stays within its widest half; a long one (a train, a house)
        # stands as the set or the plan turns it (a 14 m train's square had shut out every spot behind the cast)
        rx, rz = (max(w, d) / 2,) * 2 if max(w, d) <= _TURNED_M else (
            (d / 2, w / 2) if round(turn) % 180 == 90 else (w / 2, d / 2))
        if any(abs(c.position[0] - x) < rx and abs(c.position[2] - z) < rz for c in scene.characters):
            continue  # the cast stands on it (a stage's boards) or in it: no obstacle
        out.append((x - rx, z - rz, x + rx, z + rz))
    return out


# the fixtures where the people of a place stand (a stadium's crowd is in its stands, never on the pitch):
# kind -> spots (x, z) in the fixture's own frame, its front toward +z; the middle ones first
_CROWD_FIXTURES: dict[str, tuple[tuple[float, float], ...]] = {
    "grandstand": tuple((round(x * side, 2), 0.55) for x in (4.6, 5.6, 6.5, 3.7) for side in (1, -1)),
}


def crowd_fixture_spots(setting: str) -> list[tuple[float, float]]:
    """Where the extras of a place stand that has its own place for them (``_CROWD_FIXTURES``: at the foot of
    a stadium's stands, beside its goal), the set's first such fixture first; empty for any other set."""
    import math

    from autark.assets.templates import load_setting

    out: list[tuple[float, float]] = []
    for item in load_setting(setting).layout:
        spots = _CROWD_FIXTURES.get(item.type, ())
        turn = math.radians(item.rotation[1])
        px, _py, pz = item.position
        out += [(round(px + x * math.cos(turn) + z * math.sin(turn), 2),
                 round(pz - x * math.sin(turn) + z * math.cos(turn), 2)) for x, z in spots]
    return out


def _free_spots(scene: SceneSpec, n: int) -> list[tuple[float, float]]:
    """Up to ``n`` spots behind the cast where an extra stands clear of the set, its props and the cast; in a
    set with a place of its own for its crowd (a stadium's stands), only there."""
    from autark.story.set_pieces import room_floor

    boxes = _boxes(scene)
    own = crowd_fixture_spots(scene.setting)
    if own:  # the foot of the stands: clear of the cast (the fixture itself is where they belong)
        people = [(c.position[0], c.position[2]) for c in scene.characters]
        return [(x, z) for x, z in own if all((x - px) ** 2 + (z - pz) ** 2 >= 0.9 ** 2 for px, pz in people)][:n]
    floor = room_floor(scene.setting)
    people = [(c.position[0], c.position[2]) for c in scene.characters]
    out: list[tuple[float, float]] = []
    for x, z in _SPOTS:
        if len(out) >= n:
            break
        if floor is not None and not (floor[0] + 0.6 <= x <= floor[2] - 0.6 and floor[1] + 0.6 <= z <= floor[3] - 0.6):
            continue
        if any(b[0] - _MARGIN_M < x < b[2] + _MARGIN_M and b[1] - _MARGIN_M < z < b[3] + _MARGIN_M for b in boxes):
            continue
        if any((x - px) ** 2 + (z - pz) ** 2 < 0.9 ** 2 for px, pz in [*people, *out]):
            continue
        out.append((x, z))
    return out


def _extras(crowd: Crowd, lang: str, taken: set[str], room: int, scene: SceneSpec) -> list[CastMember]:
    from autark.story.screenplay import CastMember

    spots = _free_spots(scene, max(0, min(CROWD_SIZE - len(crowd.leaders), room)))
    n = len(spots)
    types = _CHILD_TYPES if crowd.kind == "children" else _PEOPLE_TYPES
    base = _NAMES[crowd.kind][lang == "de"]
    out: list[CastMember] = []
    i = 1
    while len(out) < n:
        name = f"{base}{i}"
        i += 1
        if name in taken:
            continue
        x, z = spots[len(out)]
        out.append(CastMember(name=name, type=types[len(out)], voice="none", position=(x, 0.0, z)))
    return out


def add_crowd(concept: Concept, scenes: list[SceneSpec], staged: list[list[int]]) -> list[SceneSpec]:
    """The scenes with the idea's crowd in them (unchanged when it names none): the extras at the back, doing
    what the group does. ``staged`` lists, for each shot in order, the indices of the events it stages."""

    crowd = read_crowd(concept)
    if crowd is None or not scenes:
        return scenes
    events = concept.events
    # the event the crowd is the subject of: the next verb, or the one just before it ("rennen alle weg")
    own = next((i for i, e in enumerate(events) if e.at == crowd.at - 1),
               next((i for i, e in enumerate(events) if e.at > crowd.at), None))
    if own is not None and crowd.leaders and not set(events[own].agents) & set(crowd.leaders) or crowd.bystanders:
        own = None  # the group was cast and acts itself, or it is a busy place's: the next event is someone else's
    shot_no = 0
    out: list[SceneSpec] = []
    only = _crowd_stop(concept, crowd, len(scenes))
    for i, scene in enumerate(scenes):
        if only is not None and i != only:  # a journey: the crowd is at its own place, not on the way there
            out.append(scene)
            shot_no += len(scene.shots)
            continue
        taken = {c.name for c in scene.characters}
        extras = _extras(crowd, concept.language, taken, MAX_CHARACTERS_PER_SCENE - len(scene.characters), scene)
        if not extras:
            out.append(scene)
            shot_no += len(scene.shots)
            continue
        shots = []
        for j, shot in enumerate(scene.shots):
            evs = staged[shot_no] if shot_no < len(staged) else []
            last = shot_no == sum(len(s.shots) for s in scenes) - 1
            shot_no += 1
            acts = _crowd_acts(crowd, extras, shot.actions, evs, own, concept, last, first=j == 0)
            room = MAX_ACTIONS_PER_SHOT - len(shot.actions)
            shots.append(shot.model_copy(update={"actions": [*shot.actions, *acts[:max(0, room)]]}) if acts
                         else shot)
        out.append(scene.model_copy(update={"characters": [*scene.characters, *extras], "shots": shots}))
    return out


def _crowd_stop(concept: Concept, crowd: Crowd, scenes: int) -> int | None:
    """The scene of a journey (one per stop) where the crowd is: the stop of the first event named at or after
    its word ("brings his hamster to class and the whole class laughs": the classroom), else the stop its word
    names; None for a film in one place (or scenes that are no journey's stops)."""
    stops = concept.stops
    if not stops or len(stops) != scenes:
        return None
    own = next((i for i, e in enumerate(concept.events) if e.at >= crowd.at), None)
    return next((k for k, s in enumerate(stops) if own in s.events), None)


def _crowd_acts(crowd: Crowd, extras: list[CastMember], actions: list[str], evs: list[int], own: int | None,
                concept: Concept, last: bool, first: bool) -> list[str]:
    """What the extras do in one shot: what the group's members do there, else the crowd's own event where it
    is staged, a cheer in the last shot, and a look at who the story is about in the first."""
    from autark.story.verbs import sentence

    lang = concept.language
    if crowd.bystanders:  # a busy place's people go about their day: they neither watch a thief nor cheer him
        return []
    if crowd.leaders:
        lead_acts = [a for a in actions if re.match(rf"({'|'.join(map(re.escape, crowd.leaders))}) ", a)]
        if lead_acts:
            doing = lead_acts[0].split(" ", 1)[1]
            if doing.split(" ", 1)[0] in _MOVES:
                return []
            return [f"{x.name} {doing}" for x in extras]
    lead = next((c.name for c in concept.characters if c.name not in crowd.leaders), "")
    if own is not None and own in evs:
        ev = concept.events[own]
        other = ev.patient if ev.patient and not ev.patient_is_thing else (lead if ev.kind == "flee" else "")
        return [sentence(ev.kind, lang, a=x.name, o=other, w=other) for x in extras]  # they flee from the dragon
    if last:  # at the end they do again what they did (a crowd that fled runs on), else they cheer
        kind = concept.events[own].kind if own is not None else ""
        if kind in _AGAIN:
            return [sentence(kind, lang, a=x.name) for x in extras]
        return [sentence("clap" if i % 2 else "celebrate", lang, a=x.name) for i, x in enumerate(extras)]
    if first and lead:
        return [sentence("look", lang, a=x.name, o=lead) for x in extras]
    return []
