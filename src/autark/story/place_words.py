"""The tables of where an idea happens when it names a place autark has no set for, and where a profession works when the
idea names no place at all.

``PLACES`` maps place words (English and German, folded, base forms: the lexicon strips endings) to the
nearest set that exists (``autark.assets.settings``) and the props that make that set read as the place: a
market is the city street with market stalls, a banquet the throne room with a long table, a harbour the
beach with a boat. The set's own names (``beach``, ``Wald``, ...) are not repeated here; the lexicon reads
them from the set templates. ``place_by_meaning`` is the fallback for a place word in neither: the nearest
place word by embedding (``autark.story.semantic``), when the ``semantic`` extra is installed; it and the
lookups live in ``autark.story.places``, which reads words through the lexicon (these tables are data the
lexicon itself reads, so they stay free of it).

``ROLE_PLACES`` is where a profession works (a fisherman at the lake, a baker in the kitchen, an astronaut
in space); the analysis uses it only when the idea names no place and its things suggest none.
"""

from __future__ import annotations

from autark.story.place_names import PLACE_NAMES
from autark.story.trades import trade_places

__all__ = ["ACTIVITY_PLACES", "STRONG_ACTIVITY_PLACES", "PLACES", "PLACE_PROPS", "ROLE_PLACES", "PLACE_LANGUAGE",
           "place_language", "ENGLISH_HEADS"]


def _table(rows: str) -> tuple[dict[str, str], dict[str, tuple[str, ...]]]:
    places: dict[str, str] = {}
    props: dict[str, tuple[str, ...]] = {}
    setting, extra = "", []
    for row in rows.strip().splitlines():
        if row[:1].isspace():  # an indented line goes on with the row above it
            words = row
        else:
            head, _, words = row.partition(":")
            setting, *extra = head.split("+")
        for w in words.split():
            places[w] = setting.strip()
            if extra:
                props[w] = tuple(p.strip() for p in extra)
    return places, props


# set [+ prop + prop]: the place words it stands for (English, then German; folded)
PLACES, PLACE_PROPS = _table("""
town_square + market_stall: market marketplace bazaar fair fairground flea_market markt marktplatz basar jahrmarkt
  wochenmarkt flohmarkt carnival funfair fun_fair street_fair farmers_market kirmes rummel rummelplatz volksfest
  karneval fasching oktoberfest weihnachtsmarkt christmas_market amusement_park theme_park freizeitpark
  vergnuegungspark
living_room + balloon + cake: party birthday_party geburtstagsfeier geburtstagsparty fete kindergeburtstag
forest + tent + campfire: campsite campground camp summer_camp zeltplatz campingplatz zeltlager ferienlager
snow_field: ice_rink skating_rink rink eisbahn eislaufbahn eisstadion
beach + lighthouse: lighthouse leuchtturm
underwater: aquarium
restaurant: ice_cream_parlour ice_cream_parlor eisdiele dining_car speisewagen bordbistro
city_street + shop_front: shop store mall boutique laden geschaeft einkaufszentrum
rooftop: roof roofs dach daecher daechern
city_street + street_lamp: skyscraper skyline avenue boulevard sidewalk
  pavement neighbourhood neighborhood suburb hochhaus gehweg nachbarschaft vorstadt
town_square: square platz market_place stadtmitte ortsmitte medieval_town medieval_city old_town_square
  mittelalterliche_stadt mittelalterlichen_stadt mittelalterlicher_stadt
city_street + bus_stop: bus_station busstop bus_stop busbahnhof haltestelle bushaltestelle
city_street + bridge: bridge bruecke
city_street + traffic_light: highway motorway crossroads intersection parking_lot car_park autobahn kreuzung
  parkplatz parking_garage multi_storey_car_park tiefgarage parkhaus
harbour: shipyard werft fishing_port
island + palm_tree: lagoon lagune
beach: bay cove seafront promenade boardwalk bucht promenade strandpromenade
mountain_lake + boat: fishing_spot angelplatz
mountain_lake: valley waterfall cliff gorge tal wasserfall schlucht klippe
river_bank + bridge: ford furt
meadow + fence: safari
meadow: hills orchard vineyard countryside obstgarten weinberg
meadow + beach_towel + basket: picnic picknick
desert: volcano wasteland savanna savannah vulkan savanne steppe canyon canyons desert_canyon wuestenschlucht
  felsenwueste
desert + palm_tree + pond: oasis oase
meadow: ebene hochebene tiefebene heide
garden: gewaechshaus treibhaus gaerten
sky + hot_air_balloon: hot_air_balloon balloon_ride balloon_flight heissluftballon ballonfahrt ballonflug
  ballonkorb
sky + cloud: on_a_cloud on_the_clouds on_the_cloud on_clouds above_the_clouds over_the_clouds in_the_clouds
  cloud_castle auf_einer_wolke auf_den_wolken auf_der_wolke auf_wolken ueber_den_wolken in_den_wolken
  wolkenschloss
sky: above_the_mountains above_the_city above_the_roofs above_the_rooftops ueber_den_bergen ueber_der_stadt
  ueber_den_daechern over_the_mountains ueber_die_berge over_the_city ueber_die_stadt
airport + airplane: plane_ride flugreise
stadium + grandstand: sold_out_stadium fanblock fankurve
  in_the_stands on_the_stands from_the_stands up_in_the_stands in_the_bleachers on_the_bleachers
  auf_den_raengen auf_der_tribuene auf_den_tribuenen von_der_tribuene zuschauerraenge
forest: glade clearing thicket dickicht
throne_room + long_table: banquet feast ballroom hall dining_hall great_hall bankett festmahl festsaal ballsaal saal
  halle
kitchen + oven: bakery patisserie baeckerei konditorei backstube backstuben
kitchen: canteen cafeteria kantine
restaurant: bar buffet saloon canteen_hall kneipe
lobby: hotel motel
office: headquarters police_station courtroom polizeiwache gerichtssaal
living_room + bed: bedroom hotel_room nursery schlafzimmer kinderzimmer
living_room: bathroom hallway apartment dormitory badezimmer flur schlafsaal
living_room + fireplace: fireplace hearth kamin
farm + windmill: mill muehle windmill windmuehle watermill wassermuehle
factory: steel_mill rolling_mill paper_mill cotton_mill textile_mill sawmill saw_mill saegewerk walzwerk stahlwerk
office + mailbox + letter: post_office postoffice postamt postfiliale poststelle
bus_interior: train_compartment compartment train_carriage railway_carriage_interior zugabteil abteil zugwaggon
  eisenbahnabteil schlafwagenabteil abteils schlafwagen liegewagen sleeping_car
  sleeper_car
snow_field + pine_tree: ski_slope ski_run piste skipiste skihang
garden + bush: maze labyrinth hedge_maze irrgarten heckenlabyrinth
bedroom: studentenheim wohnheim internat boarding_school
snow_field: frozen_lake frozen_pond ice_sheet ice_surface zugefrorener_see zugefrorenen_see zugefrorene_see
  zugefrorenem_see eisflaeche
mountain_top + gem: glass_mountain crystal_mountain glasberg glasberge glasbergs kristallberg
office + elevator: elevator elevators aufzug aufzuege fahrstuhl fahrstuehle lift_cabin in_the_lift into_the_lift
  for_the_lift inside_the_lift im_lift
office: newsroom newspaper_office editorial_office redaktion zeitungsredaktion nachrichtenredaktion
sports_field: race_track racetrack rennbahn
farm + barn: barn stable pasture scheune
snow_field: glacier iceberg antarctica gletscher eisberg antarktis
space_station: spaceship rocket_base weltraumstation
hospital: praxis arztpraxis sanatorium
church: temple tempel synagogue synagoge mosque moschee
train_station: railway subway metro ubahn u_bahn am_gleis an_den_gleisen railway_platform
zoo: gehege
cave: tunnel
supermarket: greengrocer gemueseladen
playground: jungle_gym klettergeruest
swimming_pool: lido spa therme
museum: art_exhibition kunsthalle
living_room + stairs: staircase stairwell treppenhaus treppe
meadow + fence: garden_gate garden_fence field_gate
castle_courtyard + castle_wall: castle_gate castle_walls city_gate drawbridge
castle_courtyard + castle_wall + castle_tower: ruined_castle castle_ruin castle_ruins ruin ruins ruine ruinen burgruine
  schlossruine ruined_tower ruined_fortress ruined_abbey klosterruine
farm + barn: barn_door stable_door farmyard
playground: schoolyard school_yard
  recess at_recess during_recess break_time at_break_time pausenhof in_der_pause in_der_grossen_pause
  in_der_hofpause
  after_school nach_der_schule nach_dem_unterricht
forest + footpath: forest_path woodland_path trail forest_trail
city_street + door + house: front_door doorstep porch
city_street + castle_tower: church_tower bell_tower clock_tower
living_room + window: windowsill window_sill fensterbank fensterbrett
mountain_top: berg berge bergen gebirge gebirges bergspitze bergkuppe
river_bank: bank_of_the_river banks_of_the_river bank_of_a_river bank_of_the_stream river_banks
classroom: unterricht schulstunde unterrichtsstunde
shop + washing_machine: laundromat launderette laundrette washeteria waschsalon waescherei
stage + tv: cinema movie_theater movie_theatre movies picture_house drive_in kino lichtspielhaus filmtheater
  lichtspiele programmkino autokino kinosaal
stage: circus_tent big_top zirkuszelt zirkusmanege manege zirkusarena
shop: department_store kaufhaus warenhaus
city_street + traffic_cone + truck: construction_site building_site baustelle
museum + telescope + globe: planetarium observatory sternwarte
gym + bowling_pin: bowling_alley bowling_centre bowling_center bowlingbahn kegelbahn
city_street + fire_hydrant + truck: fire_station firehouse feuerwache feuerwehrhaus
city_street + car: petrol_station gas_station filling_station service_station tankstelle
living_room + fireplace: mansion manor manor_house villa herrenhaus gutshaus spukhaus haunted_house
playground: skate_park skatepark skateanlage skaterpark
desert + rock: quarry quarries stone_pit gravel_pit steinbruch kiesgrube sandgrube
farm + barn: stall pferdestall kuhstall schweinestall ziegenstall horse_stable cowshed cow_shed
zoo + cage: animal_shelter dog_shelter animal_rescue tierheim hundeheim tierasyl
living_room + sofa: nursing_home retirement_home care_home old_people_s_home old_peoples_home altersheim
  seniorenheim pflegeheim altenheim
castle_courtyard + castle_wall: vor_der_burg vor_die_burg vor_dem_schloss vor_das_schloss outside_the_castle
  in_front_of_the_castle before_the_castle outside_the_palace in_front_of_the_palace vor_dem_palast
""")
# proper names of places (Rome, Venedig, the North Pole) play the set of the class of place they are
PLACES.update({w: s for w, s in PLACE_NAMES.items() if w not in PLACES})
# frozen water is ice to stand on, never the open lake: "auf dem zugefrorenen Teich", "across the icy river"
PLACES.update({f"{cold}_{water}": "snow_field" for cold in (
    "frozen", "icy", *(f"{stem}{end}" for stem in ("zugefroren", "gefroren", "vereist") for end in ("e", "en", "er", "em")))
    for water in ("lake", "pond", "river", "stream", "pool", "see", "teich", "weiher", "fluss", "bach", "tuempel")
    if f"{cold}_{water}" not in PLACES})

# An English place named with another place before it is the last one, its head ("the old city library", "the
# school garden", "a castle kitchen", "the village church"): two place words side by side were two places, and
# the first (the city, the school) won. German says it in one word ("Stadtbibliothek"), read by its head.
# modifiers (English place words used before another) x heads (English place words and the set each names)
_MODIFIERS = ("city", "town", "village", "school", "castle", "palace", "royal", "hospital", "forest", "mountain",
              "farm", "beach", "river", "lake", "sea", "harbour", "harbor", "airport", "church", "zoo", "park",
              "garden", "museum", "space", "desert", "jungle", "island", "swamp", "country", "station", "market",
              "home", "hotel")
ENGLISH_HEADS: dict[str, str] = {
    "library": "library", "kitchen": "kitchen", "garden": "garden", "park": "meadow", "lake": "mountain_lake",
    "river": "river_bank", "square": "town_square", "church": "church", "chapel": "church", "hospital": "hospital",
    "museum": "museum", "zoo": "zoo", "station": "train_station", "harbour": "harbour", "harbor": "harbour",
    "beach": "beach", "forest": "forest", "village": "village", "cave": "cave", "stadium": "stadium",
    "playground": "playground", "market": "town_square", "pond": "mountain_lake", "courtyard": "castle_courtyard",
    "classroom": "classroom", "gym": "gym", "office": "office", "restaurant": "restaurant", "shop": "shop",
    "bedroom": "bedroom", "cellar": "cellar", "workshop": "workshop", "stable": "farm", "barn": "farm",
    "meadow": "meadow", "swamp": "swamp", "island": "island", "street": "city_street", "road": "city_street",
    "pool": "swimming_pool", "stage": "stage", "hall": "throne_room", "laboratory": "laboratory",
    "lab": "laboratory", "jungle": "jungle", "bakery": "kitchen", "supermarket": "supermarket",
    "airport": "airport", "theatre": "stage", "theater": "stage", "cafe": "restaurant", "pier": "harbour",
    # the grounds of a game: "the village pitch", "the school football field", "the town arena"
    "pitch": "sports_field", "arena": "stadium",
    "hill": "meadow", "field": "meadow",
    # a place of the town or the village: "the village cinema", "the town laundromat", "the city circus"
    "cinema": "stage", "laundromat": "shop", "circus": "stage", "pharmacy": "shop", "salon": "shop",
}
_MODIFIED = {f"{m}_{h}": place for m in _MODIFIERS for h, place in ENGLISH_HEADS.items() if m != h}
# ... but a hall or a corridor of a place is in that place, as German reads "Bahnhofshalle" (COMPOUND_PARTS): "the
# market hall" is the market, "the station hall" the station, "the hospital corridor" the hospital (it had been a
# banquet's hall: the throne room); a modifier of no set of its own ("the town hall") keeps the hall
_HALLS = ("hall", "corridor", "hallway", "lobby", "foyer")
_MODIFIED.update({f"{m}_{h}": ENGLISH_HEADS[m] for m in _MODIFIERS for h in _HALLS if m in ENGLISH_HEADS})
for _phrase, _place in _MODIFIED.items():
    if _phrase not in PLACES:  # a table's own phrase ("church_tower", "castle_gate") keeps its reading
        PLACES[_phrase] = _place
        _head = _phrase.rsplit("_", 1)[1]
        if _head in PLACE_PROPS:
            PLACE_PROPS[_phrase] = PLACE_PROPS[_head]


# the place words of the table above that are another word in the other language, by the language that makes
# them a place: German "fair" is just (das ist nicht fair), English "laden" is loaded (a donkey laden with
# apples), German "Keller" a cellar where English "Keller" is a name, English "hall" is German for an echo; every other word
# of the table names its place in both (the lexicon tags each word with its language: ``place_language``)
PLACE_LANGUAGE: dict[str, str] = {
    "fair": "en", "hall": "en", "mill": "en", "ford": "en", "laden": "de", "halle": "de",
    "weinberg": "de", "platz": "de", "saal": "de", "berg": "de", "berge": "de", "bergen": "de",
    "stall": "de",  # (an English stall is a market's)
}


def place_language(word: str) -> str:
    """"en", "de" or "any": the language in which the folded place word of ``PLACES`` names its place."""
    return PLACE_LANGUAGE.get(word, "any")


# where a profession works: the word of the idea or the costume kit that plays it -> a set
ROLE_PLACES: dict[str, str] = {
    "fisherman": "mountain_lake", "fisher": "mountain_lake", "angler": "mountain_lake", "fischer": "mountain_lake",
    "angler_in": "mountain_lake", "sailor": "beach", "female_sailor": "beach", "pirate": "beach",
    "female_pirate": "beach", "lifeguard": "beach", "surfer": "beach",
    "baker": "kitchen", "baecker": "kitchen", "chef": "kitchen", "female_chef": "kitchen", "cook": "kitchen",
    "koch": "kitchen", "waiter": "restaurant", "waitress": "restaurant", "kellner": "restaurant",
    "butler": "living_room", "diener": "living_room",
    "doctor": "hospital", "female_doctor": "hospital", "nurse": "hospital", "male_nurse": "hospital",
    "astronaut": "space_station", "cosmonaut": "space_station", "farmer": "farm", "female_farmer": "farm",
    "shepherd": "meadow", "beekeeper": "meadow", "imker": "meadow", "gardener": "meadow", "gaertner": "meadow",
    "knight": "castle_courtyard", "female_knight": "castle_courtyard", "king": "throne_room", "queen": "throne_room",
    "prince": "throne_room", "princess": "throne_room", "teacher": "classroom", "female_teacher": "classroom",
    "student": "classroom", "female_student": "classroom", "scientist": "laboratory", "female_scientist": "laboratory",
    "musician": "concert_hall", "female_musician": "concert_hall", "athlete": "sports_field",
    "female_athlete": "sports_field", "firefighter": "city_street", "firewoman": "city_street",
    "policeman": "city_street", "policewoman": "city_street", "detective": "city_street",
    "female_detective": "city_street", "thief": "city_street", "businessman": "office", "businesswoman": "office",
    "cowboy": "desert", "cowgirl": "desert", "wizard": "forest", "witch": "forest", "soldier": "castle_courtyard",
    "female_soldier": "castle_courtyard", "blacksmith": "workshop", "schmied": "workshop", "mechanic": "workshop",
    "carpenter": "workshop", "librarian": "library", "diver": "underwater", "taucher": "underwater",
    "clown": "stage", "dancer": "stage", "ballerina": "stage", "singer": "concert_hall", "lumberjack": "forest",
    "holzfaeller": "forest", "hunter": "forest", "jaeger": "forest", "miner": "mountain_lake",
    "goalkeeper": "sports_field", "torwart": "sports_field", "referee": "sports_field",
    "schiedsrichter": "sports_field", "coach": "sports_field", "zookeeper": "zoo", "tierpfleger": "zoo",
    "bademeister": "swimming_pool", "mermaid": "underwater", "meerjungfrau": "underwater", "acrobat": "stage", "akrobat": "stage",
    "juggler": "stage", "jongleur": "stage", "cashier": "supermarket", "kassierer": "supermarket",
    "fairy": "forest", "fee": "forest", "vampire": "castle_courtyard", "vampir": "castle_courtyard",
    "dwarf": "cave", "zwerg": "cave", "caveman": "cave", "cavewoman": "cave", "hoehlenmensch": "cave",
    "troll": "cave", "viking": "ship_deck", "wikinger": "ship_deck", "painter": "workshop", "maler": "workshop",
    "builder": "city_street", "bauarbeiter": "city_street", "superhero": "city_street", "superheld": "city_street",
    **trade_places(),  # every job of the job table: a barber's chair, a tailor's workshop, a hiker's forest
}

# what an activity implies about where it happens, used only when the idea names no place: a place word (looked
# up like one the idea gave: PLACES, else a set's own name) -> the verb forms that imply it (English, then
# German; folded; the lexicon's stems() finds "baking" from "bake", "backt" from "back")
ACTIVITY_PLACES: dict[str, str] = {w: place for place, words in {
    # the bakery is the kitchen with its oven: cooking needs something to cook on
    "bakery": "bake bakes baked baking cook cooks cooked cooking fry fries frying roast roasting stew boil boils "
               "knead kneads backen backt baeckt gebacken kochen kocht gekocht braten braet brutzeln knetet "
               "kneten breakfast fruehstueck fruehstuecken fruehstueckt "
               # a potion is brewed over a fire in a kitchen or a hut's (a witch's forest has no stove)
               "brew brews brewed brewing brauen braut gebraut",
    "beach": "swim swims swam swimming sunbathe sunbathes surf surfs surfing snorkel snorkels schwimmen "
             "schwimmt geschwommen sonnen surfen surft schnorcheln baden badet planschen planscht",
    "library": "read reads reading study studies studying lesen liest gelesen studieren studiert schmoekern",
    "workshop": "paint paints painted painting draw draws drawing sculpt sculpts repair repairs repairing fix "
                "fixes fixing tinker tinkers hammer hammers weld welds carve carves malen malt gemalt zeichnen "
                "zeichnet reparieren repariert basteln bastelt schnitzen schnitzt schweissen werkeln",
    "bedroom": "sleep sleeps slept sleeping nap naps napping dream dreams dreaming snore snores schlafen "
               "schlaeft geschlafen schnarchen schnarcht traeumen traeumt doesen doest",
    "classroom": "teach teaches taught teaching lecture lectures homework unterrichten "
                 "unterrichtet lehren lehrt hausaufgaben",
    "hospital": "operate operates operating heal heals nurse nurses operieren operiert heilen heilt behandeln "
                "behandelt verarzten verarztet",
    "market": "shop shops shopping buy buys bought buying sell sells sold selling bargain einkaufen kauft kaufen "
              "gekauft verkaufen verkauft feilschen",
    "church": "pray prays praying marry marries wedding beten betet heiraten heiratet hochzeit",
    "restaurant": "dine dines dining speisen speist order orders ordered ordering bestellen bestellt bestellte",
    # a family's holiday is kept at home, round its tree
    "living_room": "knit knits knitting stricken strickt christmas xmas weihnachten heiligabend bescherung",
    "stage": "perform performs performing juggle juggles auftreten auftritt jonglieren jongliert",
    "concert_hall": "sing sings singing concert singen singt gesungen konzert",
    "sports_field": "training exercise exercises jog jogs jogging trainieren trainiert joggen joggt "
                    "turnen turnt",
    "mountain_lake": "fishing angeln angelt rowing rudern rudert",
    "snow_field": "ski skis skiing sled sleds sledding skate skates skating skifahren rodeln rodelt schlittschuh",
    "farm": "milk milks milking harvest harvests plough ploughs plow melken melkt ernten erntet pfluegen",
    "forest": "hike hikes hiking camp camps camping wandern wandert zelten zeltet",
    "meadow": "picnic picnics picknicken picknickt",
    "space_station": "orbit orbits",
}.items() for w in words.split()}
# the places an activity names so plainly that it beats a profession's workplace ("a knight bakes" bakes in a
# kitchen); the others (read, paint, repair, sing, ...) give way to the role and to the things the idea names
STRONG_ACTIVITY_PLACES = frozenset({"bakery", "beach", "bedroom", "classroom", "hospital", "church", "snow_field",
                                    "farm", "market", "restaurant"})


# German compounds of a place and a part of it ("Gartentor", "Schulhof", "Waldweg", "Burgtor", "Treppenhaus"):
# the first part names the set, the last part what of it is seen (``autark.story.places.compound_place``). A
# compound is read so only when the lexicon does not know it whole ("Bahnsteig", "Dachboden" are in PLACES).
# first part (folded, without its linking -s, -n, -en, -e) -> the set
COMPOUND_PLACES: dict[str, str] = {w: place for place, words in {
    "meadow": "wiese park feld acker weide blumen", "forest": "wald forst", "farm": "scheune stall bauernhof hof",
    "castle_courtyard": "burg schloss festung ritterburg", "playground": "schul spiel kindergarten",
    "church": "kirch kirche dom kloster", "train_station": "bahn bahnhof zug gleis", "beach": "strand meer kuesten kueste",
    "city_street": "stadt haus hoch strassen strasse laden", "mountain_lake": "see berg",
    "town_square": "markt rathaus altstadt", "village": "dorf", "harbour": "hafen", "river_bank": "fluss bach",
    "island": "insel", "swamp": "sumpf moor", "airport": "flughafen flug", "sky": "himmel wolken",
    "garden": "garten", "jungle": "dschungel urwald",
    "kitchen": "kueche", "workshop": "werkstatt", "cellar": "keller", "factory": "fabrik", "living_room": "wohn zimmer schlaf kinder",
    "zoo": "zoo tier", "sports_field": "sport fussball", "stadium": "stadion", "hospital": "krankenhaus klinik",
}.items() for w in words.split()}
# last part (folded) -> the things that show it (the first that the set lacks is added); "" : the set itself
COMPOUND_PARTS: dict[str, tuple[str, ...]] = {
    "tor": ("fence",), "pforte": ("fence",), "tuer": ("door", "house"), "eingang": ("door", "house"),
    "fenster": ("window",), "treppe": ("stairs",), "treppenhaus": ("stairs",), "turm": ("castle_tower",),
    "weg": ("footpath",), "pfad": ("footpath",), "strasse": ("footpath",), "hof": (), "platz": (), "ufer": (),
    "rand": (), "mauer": ("castle_wall",), "wand": ("wall",), "zaun": ("fence",), "bank": ("bench",),
    "brunnen": ("well",), "haus": ("house",), "huette": ("house",), "dach": (), "steig": ("platform_edge",),
    "teich": ("pond",), "beet": ("vegetable_patch", "flower"), "tisch": ("table",), "ecke": (), "mitte": (),
    # a corridor or a hall of a building is in it: "Krankenhausflur" is the hospital, no living room's hallway
    "flur": (), "gang": (), "korridor": (), "foyer": (), "eingangshalle": (),
    # ... and so is its hall: "Bahnhofshalle" is the station, no banquet hall
    "halle": (), "hallen": (),
}
# a part seen from outside: a church's tower, gate or square stands in the street, not in its nave
OUTSIDE = {"church": "city_street", "kitchen": "city_street", "living_room": "city_street"}
OUTSIDE_PARTS = frozenset({"turm", "tor", "pforte", "platz", "hof", "mauer", "dach", "eingang"})
# a gate is the wall of a castle, the barn of a farm, the fence of anything else
GATES: dict[str, str] = {"castle_courtyard": "castle_wall", "farm": "barn", "church": "door", "city_street": "door"}
