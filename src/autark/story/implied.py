"""What an idea implies without naming it: the mount of someone who rides ("a sheriff rides into town" rides a
horse), and the kind of place of the things and creatures that live in only one kind of place (a snowman
stands in snow, a shark swims under water, a camel crosses the desert), which beats where a profession
usually works (a teacher pelted with snowballs is outside in the snow, not in the classroom).
"""

from __future__ import annotations

from autark.assets.templates import fold, list_settings

__all__ = ["HABITATS", "SETTING_FROM_OBJECT", "TIME_FROM_THINGS", "guess_setting", "MOUNTS", "RIDE_WORDS", "VEHICLES",
           "habitat_of", "looks_plural", "needs_mount", "place_of_cast", "plain_body", "time_from_things",
           "implied_vehicles", "vehicle_words"]

# an asset kind (a thing or a creature) -> the only kind of set it belongs in
HABITATS: dict[str, str] = {
    **dict.fromkeys(("snowman", "snowball", "snow_pile", "igloo", "sled", "skis", "snowy_pine", "penguin",
                     "ice_block"), "snow_field"),
    **dict.fromkeys(("shark", "whale", "dolphin", "coral", "seaweed", "shipwreck", "submarine", "diving_helmet"),
                    "underwater"),
    **dict.fromkeys(("cactus", "camel"), "desert"),
    **dict.fromkeys(("moon_rover", "moon_rock", "ringed_planet"), "space_station"),
    **dict.fromkeys(("surfboard", "beach_umbrella", "beach_towel", "sand_castle", "beach_chair", "lifebuoy"),
                    "beach"),
    **dict.fromkeys(("tractor", "haystack", "chicken_coop", "silo", "pitchfork"), "farm"),
    "tram": "city_street", "rail_wagon": "train_station",  # a 12 m rail car runs on its rails, in no hall
}
# what a rider may already sit on or in: a creature (a character type) or a vehicle (a thing type)
MOUNTS = frozenset({"horse", "unicorn", "elephant", "camel", "dragon", "donkey", "pony", "cow", "sheep", "pig",
                    "dog", "lion", "tiger", "bear", "giraffe", "dinosaur", "wolf", "deer"})
VEHICLES = frozenset({"bicycle", "motorcycle", "car", "bus", "truck", "boat", "skateboard", "wagon", "cart",
                      "tractor", "train", "spaceship", "rocket", "sled", "skis", "surfboard", "submarine",
                      "moon_rover", "shopping_cart", "wheelbarrow", "airplane", "hot_air_balloon", "raft",
                      "lunar_lander", "van", "taxi", "tram"})
# the words of riding (folded), which ask for a mount; drive, cycle and sail do not
RIDE_WORDS = frozenset({"ride", "rides", "rode", "ridden", "riding", "reit", "reite", "reitet", "reiten", "ritt",
                        "ritten", "geritten", "reitest"})


def habitat_of(kinds: list[str], known_sets: set[str]) -> str | None:
    """The set the first thing or creature that lives in only one kind of place asks for (``kinds``: asset
    kinds in the idea's order), or None; only sets that exist (``known_sets``)."""
    return next((HABITATS[k] for k in kinds if k in HABITATS and HABITATS[k] in known_sets), None)


def needs_mount(word: str, character_types: list[str], object_types: list[str]) -> bool:
    """Whether a verb ``word`` of riding has nothing to ride in the idea: no creature that carries and no
    vehicle ("rides into town": a horse is cast)."""
    if fold(word) not in RIDE_WORDS:
        return False
    return not (set(character_types) & MOUNTS or set(object_types) & VEHICLES)


# person words that name nobody in particular: the neutral figure plays them
_ANYONE = frozenset({"person", "persons", "people", "human", "humans", "humanoid", "figure", "character", "mensch",
                     "menschen", "figur", "leute"})
_PLAIN = {"man": ("man", "man"), "woman": ("woman", "woman"), "child": ("child", "child")}


def plain_body(group: str, word: str, nth: int):
    """The body of a person word that has no body of its own (``autark.story.cast.Body``): a ballerina is a
    woman, a lifeguard a man, never the faceless figure, which plays only "a person"; of several friends or
    neighbours every second one is a woman (``nth``: how many of that word are cast already). None: keep
    the figure."""
    from autark.story.cast import Body

    if fold(word) in _ANYONE:
        return None
    typ, voice = _PLAIN.get(group) or (("woman", "woman") if nth % 2 else ("man", "man"))
    return Body(typ, voice)


def looks_plural(word: str, base: str, prev: str, lang: str) -> bool:
    """Whether a person word the vocabulary lists no plural of is one ("the neighbours", "die Nachbarn"):
    English -s on a base of its own, German -n/-en after "die" (never the feminine -in)."""
    if lang == "de":
        return prev in ("die", "alle", "beide", "viele", "unsere", "meine") and not word.endswith("in") and \
            word in (base + "n", base + "en")
    return len(word) > 3 and word.endswith("s") and not word.endswith("ss") and word != base


# what a setting is likely to be when the idea names none, from the objects it mentions
SETTING_FROM_OBJECT = {
    "cactus": "desert", "boat": "beach", "tree": "forest", "pine_tree": "forest", "mushroom": "forest",
    "sofa": "living_room", "tv": "living_room", "desk": "office", "computer": "office", "plate": "kitchen",
    "cup": "kitchen", "spaceship": "space_station", "car": "city_street", "truck": "city_street",
    "street_lamp": "city_street", "bicycle": "city_street", "house": "city_street", "flower": "meadow",
    "bench": "meadow", "ball": "meadow", "campfire": "forest", "bed": "bedroom",
    "skis": "snow_field", "sled": "snow_field", "snowman": "snow_field", "surfboard": "beach", "easel": "workshop",
    "blackboard": "classroom", "oven": "kitchen", "stove": "kitchen", "fishing_rod": "mountain_lake",
    "tractor": "farm", "microscope": "office", "market_stall": "city_street",
    # the category kinds (``assets.catalog.appliances``, ``workplace``, ``transit``): where such a thing stands
    "washing_machine": "cellar", "chest_freezer": "cellar", "dishwasher": "kitchen", "coffee_machine": "kitchen",
    "blender": "kitchen", "household_appliance": "kitchen", "vacuum_cleaner": "living_room",
    "sewing_machine": "living_room", "clothes_iron": "living_room", "radiator": "living_room",
    "electric_fan": "living_room", "hair_dryer": "bedroom", "conveyor_belt": "factory",
    "printer": "office", "photocopier": "office", "typewriter": "office", "filing_cabinet": "office",
    "elevator": "office", "cash_register": "shop", "scales": "shop", "stretcher": "hospital",
    "first_aid_kit": "hospital", "power_drill": "workshop", "chainsaw": "forest", "lawnmower": "garden",
    "tram": "city_street", "rail_wagon": "train_station",
}


def guess_setting(doing: tuple[str, str, bool] | None, people: list[tuple[str, str, str]], things: list[str],
                  scifi: bool) -> str:
    """The set of an idea that names no place, from the first that says: what they plainly do (bake: a kitchen),
    the things and creatures that live in one kind of place only (a snowman, a shark: they beat a profession's
    usual workplace, so the children who pelt their teacher with snowballs are out in the snow), where the
    lead's profession works (a fisherman at the lake), what the things suggest, a weaker activity (read: a
    library). ``doing``: ``places.place_for_activity``'s answer; ``people``: (folded word, body type, group)."""
    from autark.story import places

    roles = [p for word, typ, _g in people if (p := places.place_for_role(word, typ))]
    role = _served_indoors(roles, things) or next(iter(roles), None)
    habitat = habitat_of([typ for _w, typ, _g in people] + things, set(list_settings()))
    guess = None
    if doing and doing[2]:  # baking needs an oven, wherever the penguin that watches lives
        guess = doing[0]
        if guess == "classroom" and role != "classroom" and any(g == "animal" for _w, _t, g in people):
            guess = "living_room"  # "teaches her parrot to sing": taught at home, not in a school
        if guess == "beach" and "underwater" in (role, habitat):
            guess = "underwater"  # a diver, a shark swims under water
        if guess in ("bedroom", "living_room") and habitat:
            guess = habitat  # "a walrus sleeps on the ice": it rests where it lives, in no living room
    guess = guess or habitat or role or next((SETTING_FROM_OBJECT[t] for t in things if t in SETTING_FROM_OBJECT),
                                             None) or _home_of_furniture(things)
    if guess is None and doing:
        guess = doing[0]
    if guess is None and any(typ == "robot" for _w, typ, _g in people):
        guess = "space_station" if scifi else "meadow"
    return guess or "meadow"


# furniture that also stands outdoors: it says nothing of a room
_OUTDOOR_FURNITURE = frozenset({"bench", "table", "chair", "lamp", "street_lamp", "fence", "hammock", "deck_chair",
                                "parasol", "picnic_table", "barrel", "crate", "well"})


def _home_of_furniture(things: list[str]) -> str | None:
    """A room of a home where the idea's things are a home's furniture ("findet im Schrank eine Dose", "hides in
    the wardrobe"): the living room; None where no such thing is named."""
    from autark.assets import library

    for t in things:
        if t in _OUTDOOR_FURNITURE:
            continue
        try:
            if library.get(t).category == "furniture":
                return "living_room"
        except KeyError:
            continue
    return None


def _served_indoors(roles: list[str], things: list[str]) -> str | None:
    """The first indoor workplace among the cast's ``roles`` when the idea serves a dish or a drink
    (``served.SERVED``) and the first role works outdoors: the wizard the queen comes to for tea receives
    her in her throne room, not in his forest. None otherwise."""
    from autark.assets.templates import load_setting
    from autark.story.served import SERVED

    if not roles or not SERVED.intersection(things) or load_setting(roles[0]).indoor:
        return None
    return next((r for r in roles if load_setting(r).indoor), None)


# things that belong to a time of day outdoors when the idea names none: a campfire burns at dusk, a telescope
# looks at the night sky, fireworks and lanterns light up the dark
TIME_FROM_THINGS = {"campfire": "dusk", "lantern": "dusk", "telescope": "night", "fireworks": "night",
                    "firework": "night", "torch": "dusk", "moon_orb": "night", "firefly": "night"}


def time_from_things(things: list[str], indoor: bool) -> str | None:
    """The time of day an outdoor idea's things imply ("am Lagerfeuer": dusk), or None."""
    if indoor:
        return None
    return next((TIME_FROM_THINGS[t] for t in things if t in TIME_FROM_THINGS), None)


# people who go under water themselves; anyone else meets a sea creature from the shore
_UNDERWATER_PEOPLE = frozenset({"diver", "female_diver", "mermaid", "merman"})


def place_of_cast(people: list[tuple[str, str]], things: list[str]) -> str | None:
    """The set the idea's cast and things ask for where it names no place (the start of a journey): a thing
    that is a place of its own (a lighthouse: the coast), a creature or thing that lives in one kind of place (a
    whale: the sea, seen from the beach unless someone dives), a profession's workplace, what the things suggest;
    None where none says. ``people``: (folded word, asset kind); ``things``: asset kinds, in the idea's order."""
    from autark.assets.templates import setting_aliases
    from autark.story.places import PLACES, _is_person, place_for_role, props_for

    known = set(list_settings())
    for typ in things:
        place = PLACES.get(typ) or setting_aliases().get(typ)
        if place in known and props_for(typ):  # a lighthouse stands on a coast
            return place
    habitat = habitat_of([k for _w, k in people] + list(things), known)
    if habitat == "underwater" and any(_is_person(k) and k not in _UNDERWATER_PEOPLE
                                       and place_for_role(w, k) != "underwater" for w, k in people):
        habitat = "beach"
    role = next((p for w, k in people if (p := place_for_role(w, k))), None)
    return habitat or role or next((SETTING_FROM_OBJECT[t] for t in things if t in SETTING_FROM_OBJECT), None)


# -- the vehicle a journey implies -------------------------------------------------------------------------------
# who flies without a craft: the magic or mechanical ones, and every body with wings (``motion.creatures``: a bird,
# a bee, a dragon) but the penguin, whose wings do not carry it
_FLY_BY_OWN_POWER = frozenset({"superhero", "superheroine", "witch", "wizard", "ghost", "fairy", "angel", "mermaid",
                               "merman", "robot", "humanoid"})  # a robot flies on its own jets
_FLIGHTLESS = frozenset({"penguin"})


def _flies_itself(kind: str) -> bool:
    from autark.motion.creatures import creature_rig

    rig = creature_rig(kind) if kind not in _FLY_BY_OWN_POWER | _FLIGHTLESS else None
    return kind in _FLY_BY_OWN_POWER or (rig is not None and rig.wings)


# the verb stems of going over water (a boat), and of going by bicycle (its own ride): the rest of driving is a car
_BY_WATER = ("sail", "row", "paddl", "segel", "rud", "paddel", "steer", "steuer", "skipper", "cruise", "canoe",
             "kayak", "kanu", "kajak")
_BY_BIKE = ("cycl", "pedal", "bike", "radel", "rad")
# kinds whose journeys by air go in their own craft (an astronaut's is a rocket, everyone else's a plane)
_CRAFT_OF = {"astronaut": "rocket"}
_SPACE = frozenset({"moon", "mars", "outer_space", "space_station"})  # the sets a flight reaches by rocket


def vehicle_words() -> dict[str, str]:
    """Every word (folded, multi-word ones joined by "_") that names a vehicle one rides in, in both languages:
    word -> asset type; read off the catalogue's own words for the kinds with places (``motion.vehicles``)."""
    from autark.assets import library
    from autark.motion.vehicles import SEATS

    out: dict[str, str] = {}
    for typ in SEATS:
        try:
            spec = library.get(typ)
        except KeyError:
            continue
        out[fold(typ)] = typ
        for words in (spec.words or {}).values():
            for w in words.split():
                out.setdefault(fold(w), typ)
    return out


def implied_vehicles(idea_words: list[str], events: list, characters: list, object_types: list[str]) -> list[str]:
    """The vehicles an idea travels in without them being read as things: one its words name ("by train", "in
    a hot air balloon"), else the one a person's journey asks for: a flight a plane (an astronaut's a rocket), a
    sail or a row a boat, a drive a car; none where the idea has a vehicle already, for a body that flies by
    itself, or for a ride (a horse: ``needs_mount``)."""
    from autark.motion.vehicles import SEATS
    from autark.story.thing_kinds import FLOWN_WITH

    if set(object_types) & (set(SEATS) | VEHICLES):
        return []
    words = [fold(w) for w in idea_words]
    table = vehicle_words()
    for n in (3, 2, 1):  # the longest name first: "hot air balloon" is no toy balloon
        for k in range(len(words) - n + 1):
            typ = table.get("_".join(words[k:k + n]))
            if typ is not None:
                return [typ]
    kinds = {c.name: c.type for c in characters}
    for ev in events:
        people = [a for a in ev.agents if a in kinds and not _flies_itself(kinds[a]) and kinds[a] not in MOUNTS]
        stem = fold(ev.word)
        # a kite flown, cows driven home need no vehicle; one rowed across the lake is a passenger in the boat
        passenger = ev.kind == "drive" and stem.startswith(_BY_WATER) and ev.patient in kinds
        if not people or ev.kind not in ("fly", "land", "drive") or (ev.patient and not passenger):
            continue
        if not ev.place and _wished(words, ev):  # "a penguin wants to fly": a wish going nowhere, no plane's
            continue  # flight ("dreams of flying to the moon" still travels there, in its rocket)
        if ev.kind in ("fly", "land"):
            if set(object_types) & FLOWN_WITH and ev.place not in _SPACE:  # flies with her umbrella: no plane
                continue
            if ev.place in _SPACE:  # "flies to the moon": no plane reaches it
                return ["rocket"]
            return [_CRAFT_OF.get(kinds[people[0]], "airplane")]
        if stem.startswith(_BY_WATER):
            return ["boat"]
        if not stem.startswith(_BY_BIKE):
            return ["car"]
    return []


_WISH_REACH = 4  # words between a wish ("wants", "möchte", "dreams of") and the verb it wishes


def _wished(words: list[str], ev) -> bool:
    """Whether the journey ``ev`` is only wished for ("wants to fly", "will fliegen", "dreams of flying"): a wish
    word up to ``_WISH_REACH`` words before the verb's word (the one of that form nearest the event's index; the
    folded ``words`` may lack some of the idea's). English "will" before a verb is a future, not a wish: German
    wishes with "will" before an infinitive (-en)."""
    from autark.story.wish_words import WISH_WORDS

    verb = fold(ev.word)
    at = [i for i, w in enumerate(words) if w == verb]
    if not at:
        return False
    k = min(at, key=lambda i: abs(i - ev.at))
    before = words[max(0, k - _WISH_REACH):k]
    return verb in WISH_WORDS or any(w in WISH_WORDS and not (w == "will" and not verb.endswith("n")) for w in before)
