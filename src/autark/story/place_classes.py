"""An English place word no table has, read by its WordNet class: its senses are walked up their hypernyms
until a class of places that has a set ("fjord" -> inlet -> body of water: the lake; "plateau" -> highland:
the mountain top; "metropolis" -> city: the street; "hangar" -> shed: the workshop; "archipelago" -> island).

One row names a whole class, never one word: every kind of wetland reaches the swamp, every body of flowing
water the river bank, every sports arena the stadium; a building or a room too (every anteroom, hotel or hostel
is the lobby, every shop the shop, every religious residence the church, every steam bath the pool hall).
``CLASS_PROPS`` gives a class the fixtures its set lacks (a recording studio's microphone on the stage). Asked by ``autark.story.places.place_by_meaning`` for a
word that stands where a place stands ("in the ...", "at the ..."), after the tables and before the embedding
model; without WordNet installed nothing is found. Only the senses that are places or buildings are walked (a
"delta" is a river's mouth here, not a Greek letter).
"""

from __future__ import annotations

from functools import cache

from autark.language import wordnet
from autark.story.hypernyms import table_rows, word_table

__all__ = ["PLACE_CLASSES", "CLASS_PROPS", "PLACE_LEXNAMES", "place_by_class", "is_no_place"]

# the senses that can be the place of a film: a region, a natural thing (a hill, a lake), a structure
PLACE_LEXNAMES = frozenset({"noun.location", "noun.object", "noun.artifact"})
# the most general words: walking stops below them (every place is a "location", every building a "structure")
_TOPS = frozenset({"entity", "physical_entity", "object", "whole", "location", "region", "area", "structure",
                   "artifact", "abstraction", "instrumentality", "thing", "unit", "land", "ground", "geographic_area",
                   "geographical_area", "geographic_region", "geographical_region", "construction", "point",
                   "facility", "installation"})
_DEPTH = 6
_SENSES = 3

# set: the WordNet class words (folded lemmas) whose members it plays
PLACE_CLASSES: dict[str, str] = word_table("""
swamp: wetland swamp marsh bog fen mire morass quagmire slough bayou
river_bank: stream river brook creek rivulet watercourse canal waterway riverbank delta estuary
  backwater tributary
mountain_lake: lake pond pool reservoir inlet fjord fiord glen valley vale dale lakeshore lakefront lakeside
beach: sea ocean seashore shore coast seaside beach bay gulf lagoon cove strand
island: island archipelago islet atoll cay
mountain_top: mountain mount peak summit highland upland plateau tableland ridge crag alp pinnacle
meadow: golf_course golf_links plain grassland prairie steppe meadow field lowland heath moor pasture hill downs common park parkland
  lawn tract
desert: desert dune wasteland badlands
forest: forest woodland wood grove thicket jungle rain_forest rainforest
jungle: tropical_rain_forest selva
town_square: square plaza piazza public_square marketplace market_square
city_street: city metropolis municipality urban_area town street thoroughfare road avenue downtown suburb
  neighborhood neighbourhood district quarter borough
village: village hamlet settlement small_town
harbour: port harbor harbour seaport dock dockyard wharf pier quay marina anchorage haven
airport: airport airfield airdrome aerodrome airstrip runway flying_field heliport
stadium: stadium arena amphitheater amphitheatre coliseum colosseum sports_arena
garden: garden yard backyard patio terrace courtyard greenhouse glasshouse conservatory orchard allotment
workshop: workshop shed hangar garage mill workroom
factory: factory plant manufactory works assembly_plant
cellar: cellar basement vault wine_cellar storeroom closet broom_closet utility_room box_room
attic: attic loft garret
castle_courtyard: castle fortress fort citadel stronghold palace
church: church cathedral chapel temple mosque synagogue shrine place_of_worship religious_residence monastery
  convent abbey priory nunnery cloister sacristy vestry
factory: engine_room machine_room boiler_room power_station power_plant
cave: cave cavern grotto tunnel
sky: sky atmosphere heaven heavens
lobby: anteroom lobby foyer vestibule entrance_hall reception_room lounge waiting_room hotel hostel motel inn
shop: shop store mercantile_establishment drugstore pharmacy salon barbershop boutique
restaurant: restaurant eating_house eatery tavern public_house bar cafe coffeehouse bistro cafeteria
hospital: hospital medical_building clinic infirmary medical_institution
train_station: railway_station train_station subway_station terminal
city_street: bus_terminal bus_station bus_stop bus_depot
stage: recording_studio sound_stage television_studio
stadium: racetrack racecourse velodrome
swimming_pool: steam_bath sauna bathhouse public_bath
classroom: classroom schoolroom lecture_room
concert_hall: auditorium concert_hall opera theater theatre
bedroom: bedroom bedchamber dormitory living_quarters
gym: gymnasium athletic_facility locker_room dressing_room
kitchen: pantry scullery larder
prison: prison jail correctional_institution penal_institution
""")
# a class's own fixtures where its set lacks them (the class word -> the kinds that make the set read as it):
# a recording studio is the stage with its microphone, a barbershop the shop with its mirror and chair
CLASS_PROPS: dict[str, tuple[str, ...]] = {name: tuple(kinds.split()) for name, kinds in table_rows("""
recording_studio: microphone music_stand
barbershop: mirror chair hair_dryer
salon: mirror chair hair_dryer
golf_course: flag
bus_terminal: bus bus_stop
terminal: bench
sauna: bench
steam_bath: bench
locker_room: bench
dressing_room: bench mirror
pharmacy: counter shelf
drugstore: counter shelf
waiting_room: chair
tavern: bar_stool
""")}


@cache
def place_by_class(word: str) -> tuple[str, str] | None:
    """(set, the WordNet class word that reached it) for the English ``word`` (folded, any inflection), or None:
    the first of its first ``_SENSES`` place senses whose hypernyms, breadth first up to ``_DEPTH`` steps, reach
    a class of ``PLACE_CLASSES``."""
    if not wordnet.available() or len(word) < 3:
        return None
    senses = [s for s in wordnet.synsets(word, "noun") if not s.proper][:_SENSES + 2]
    for sense in [s for s in senses if s.lexname in PLACE_LEXNAMES][:_SENSES]:
        for _level, s in wordnet.ancestors(sense, _DEPTH, stop=_TOPS):
            found = next((lemma for lemma in s.lemmas if lemma in PLACE_CLASSES), None)
            if found is not None:
                return PLACE_CLASSES[found], found
    return None


# what every place is, at some height above it: a region, a structure, a natural elevation or body of water
_PLACE_KINDS = frozenset({"location", "region", "area", "structure", "building", "edifice", "facility",
                          "geological_formation", "body_of_water", "land", "dry_land", "ground", "natural_elevation",
                          "installation", "establishment", "room", "way", "tract", "plot", "parcel"})


@cache
def is_no_place(word: str) -> bool:
    """Whether WordNet knows the English ``word`` as a noun and none of its first senses is a place (a region,
    a structure, a body of water ...): a "jar" someone keeps fireflies in is a vessel, not a yard, whatever an
    embedding finds near it. False where WordNet is missing or does not know the word."""
    if not wordnet.available():
        return False
    senses = [s for s in wordnet.synsets(word, "noun") if not s.proper][:_SENSES]
    if not senses:
        return False
    for sense in senses:
        if sense.lexname == "noun.location":
            return False
        if any(not _PLACE_KINDS.isdisjoint(a.lemmas) for _depth, a in wordnet.ancestors(sense, 10)):
            return False
    return True
