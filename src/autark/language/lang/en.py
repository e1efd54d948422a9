"""English: every word the command engine and the story layer know, and what each means.

Pure data, one table per kind of word, with the same names as ``de.py``. A grouped table maps a meaning to the
words for it (``"chair": "chair chairs seat"``); a value table maps a word to its value; a set lists words of
one kind; phrases are tuples of words. ``autark.language.lang`` merges the languages into one vocabulary and
refuses a word that means two things in one table.
"""

from __future__ import annotations

# -- nouns -----------------------------------------------------------------------------------------------------
# asset type -> its words; the first is the display name
NOUNS = {
    "chair": "chair chairs seat seats armchair armchairs",
    "table": "table tables",
    "sofa": "sofa sofas couch couches settee",
    "bed": "bed beds",
    "shelf": "shelf shelves bookshelf bookshelves bookcase",
    "desk": "desk desks",
    "lamp": "lamp lamps floor_lamp",
    "table_lamp": "table_lamp desk_lamp",
    "cabinet": "cabinet cabinets cupboard cupboards wardrobe dresser",
    "stool": "stool stools",
    "bench": "bench benches",
    "cup": "cup cups mug mugs teacup",
    "book": "book books diary notebook",
    "vase": "vase vases urn",
    "box": "box boxes crate crates",
    "barrel": "barrel barrels keg",
    "tv": "tv tvs television televisions telly screen",
    "computer": "computer computers laptop laptops pc monitor console terminal",
    "clock": "clock clocks",
    "ball": "ball balls football",
    "bottle": "bottle bottles potion",
    "plate": "plate plates dish food",
    "tree": "tree trees oak",
    "pine_tree": "pine_tree pine pines fir firs",
    "rock": "rock rocks stone stones boulder pebble",
    "flower": "flower flowers daisy blossom bloom lily",
    "bush": "bush bushes shrub shrubs hedge",
    "grass": "grass",
    "cactus": "cactus cacti cactuses",
    "mushroom": "mushroom mushrooms toadstool fungus",
    "wall": "wall walls",
    "floor": "floor_tile",
    "door": "door doors gate portal",
    "window": "window windows",
    "house": "house houses cottage cabin hut",
    "fence": "fence fences",
    "stairs": "stairs staircase stair steps",
    "column": "column columns pillar pillars",
    "car": "car cars automobile taxi",
    "truck": "truck trucks lorry van",
    "bicycle": "bicycle bicycles bike bikes",
    "boat": "boat boats ship canoe sailboat",
    "spaceship": "spaceship spaceships ufo spacecraft starship",
    "humanoid": "humanoid person persons people human humans figure character fisherman monk hunter captain "
                "heroine stranger traveller traveler friend explorer "
                "hero villain neighbour neighbor visitor wanderer hiker worker adventurer lover lovers actor "
                "writer poet",
    "robot": "robot robots android droid automaton cyborg bot mech",
    "cube": "cube cubes block blocks",
    "sphere": "sphere spheres orb",
    "cylinder": "cylinder cylinders",
    "cone": "cone cones pyramid",
    "candle": "candle candles",
    "street_lamp": "street_lamp streetlamp streetlight lamppost",
    "campfire": "campfire campfires bonfire fire",
}
# English words spelled like a German noun of the vocabulary but meaning something else in English: in an
# English sentence they mean this (an asset type, or "" for nothing the engine places: "a kind man" is no
# German "Kind"); the merged table keeps the German meaning for sentences of no clear language
FALSE_FRIENDS = {
    "wand": "wand", "wands": "wand", "boot": "boot", "gift": "gift", "gifts": "gift", "rock": "rock",
    "rocks": "rock", "rat": "mouse", "rats": "mouse", "hut": "house", "huts": "house", "art": "painting",
    "kind": "", "kinder": "", "bank": "", "angel": "", "brief": "", "handy": "", "held": "", "herd": "",
    "laden": "", "regal": "", "riff": "", "rind": "", "roller": "", "stab": "", "stall": "", "stern": "",
    "teller": "", "tonne": "", "tor": "", "wale": "", "infusion": "", "falter": "", "floss": "", "helm": "",
}
# two words that name one thing ("table lamp")
COMPOUNDS = {
    ("table", "lamp"): "table_lamp", ("desk", "lamp"): "table_lamp", ("floor", "lamp"): "lamp",
    ("street", "lamp"): "street_lamp", ("street", "light"): "street_lamp", ("pine", "tree"): "pine_tree",
    ("fir", "tree"): "pine_tree", ("book", "shelf"): "shelf", ("coffee", "table"): "table",
    ("dining", "table"): "table", ("arm", "chair"): "chair", ("space", "ship"): "spaceship",
    ("bird", "cage"): "cage", ("bird", "cages"): "cage", ("fire", "engine"): "truck", ("fire", "truck"): "truck", ("fire", "engines"): "truck", ("fire", "trucks"): "truck",
    ("camp", "fire"): "campfire", ("floor", "tile"): "floor", ("soccer", "ball"): "ball", ("palm", "tree"): "tree",
    ("christmas", "tree"): "pine_tree",
}
PLURALS = (  # space-separated
    "chairs tables sofas couches beds shelves bookshelves desks lamps cabinets cupboards stools benches cups mugs "
    "books vases boxes crates barrels tvs televisions computers laptops clocks balls bottles plates trees pines "
    "firs rocks stones flowers bushes shrubs cacti cactuses mushrooms walls doors windows houses fences columns "
    "pillars cars trucks bicycles bikes boats spaceships people robots dogs cats cubes blocks spheres cylinders "
    "cones candles campfires persons humans men women boys girls children kids")
SAME_PLURAL: set[str] = set()
# the plurals of the cast's words (autark.assets.catalog.people brings the words themselves)
PLURALS += (" gentlemen guys fathers ladies mothers schoolboys schoolgirls orphans babies toddlers grandfathers "
            "grandpas grandmothers grandmas knights chefs astronauts spacemen cosmonauts policemen cops "
            "policewomen firefighters firemen firewomen kings queens princes princesses farmers scientists chemists "
            "inventors doctors nurses athletes runners sailors seamen pirates teachers musicians guitarists "
            "singers businessmen managers businesswomen wizards sorcerers magicians witches soldiers cowboys "
            "cowgirls detectives inspectors students")
# the plurals of the themed props' words (autark.assets.catalog.themed brings the words themselves)
PLURALS += (
    " abacuses anchors anvils apple_trees apples arrows asteroids axes backpacks bags balloons bananas "
    "banners barns barstools baseball_bats basketballs baskets beachballs beehives billboards bins "
    "biscuits blackboards bollards bowling_pins bowls breads bridges brooms buckets burgers bus_stops "
    "buses cabbages cakes candelabras candlesticks cannons carpets carriages carrots carts castle_walls "
    "castles catapults cauldrons cellos chalices chandeliers cheeses chests chicken_coops christmas_trees "
    "coffins coins cookies corals counters craters crosswalks crowns crystal_balls crystals deckchairs "
    "diamonds diving_helmets donuts doughnuts drumkits drums dumbbells easels eggs electric_guitars "
    "envelopes fiddles fire_hydrants flags flutes forks fountains fridges frying_pans gems gifts globes "
    "goals goblets guitars hamburgers hammers handbags harps hats hay_bales haystacks helmets hives "
    "hockey_sticks hoops horns hourglasses hydrants ice_blocks ice_creams igloos jetties jewels jugs "
    "kettles keys kiosks kites knives ladders lances lanterns launch_pads lecterns letters lifebuoys "
    "lifeguard_towers lighthouses loaves logs longbows loudspeakers magic_wands mailboxes maps medals "
    "melons menus meteorites microphones microscopes microwaves mics milk_cans mills mirrors monuments "
    "moon_rocks motorbikes motorcycles music_stands nets newspapers ovens packages pails paintings "
    "palaces palm_trees palms parasols parcels parking_meters pears pencils pens phone_booths phones "
    "photo_cameras pianos pickaxes pictures piers pies pitchers pitchforks pizzas planets podiums ponds "
    "posters pots presents pumpkins pylons rackets rakes rockets rovers rugs sandcastles sandwiches "
    "satellites saws saxophones scarecrows school_desks scoreboards screwdrivers seashells shells shields "
    "shipwrecks shops shovels signposts signs silos sinks skateboards skillets skittles sleds snowballs "
    "snowdrifts snowy_pines solar_panels space_helmets spades spanners speakers spears spoons stables "
    "stars statues stores stoves submarines suitcases surfboards swords tambourines teapots teddies "
    "teddy_bears telephones telescopes tents thrones toasters toolboxes torches towels towers tractors "
    "traffic_cones traffic_lights trash_cans treasure_chests trophies troughs trumpets turrets umbrellas "
    "violins wagons watering_cans watermelons wells wheelbarrows windmills wineglasses woodpiles "
    "workbenches wrenches xylophones")
PLURALS += " roses tulips sunflowers jellyfishes snails crabs lobsters octopuses dunes cliffs"  # (assets.catalog: flowers, shore_animals, terrain_forms)
# the kind of person a word names (a humanoid tagged so)
PERSON_KINDS = {
    "man": "man men old_man guy father dad grandfather grandpa king prince knight wizard farmer sailor pirate "
           "detective soldier gentleman husband brother son fisherman cowboy policeman monk hunter captain boyfriend "
           "uncle thief",
    "woman": "woman women lady mother mom mum grandmother grandma queen princess witch girlfriend wife sister "
             "daughter aunt nurse ballerina fairy heroine policewoman",
    "boy": "boy boys schoolboy",
    "girl": "girl girls schoolgirl",
    "child": "child children kid kids baby toddler orphan",
}
# creatures autark has no body for -> the body that plays them (the story warns; the engine names the stand-in)
STAND_INS = {
    "cat": "leopard panther",
    "robot": "monster creature golem",
}

# -- adjectives ------------------------------------------------------------------------------------------------
# colour name -> its words (the name is English)
COLORS = {
    "red": "red crimson scarlet", "green": "green", "blue": "blue", "yellow": "yellow", "orange": "orange", "purple": "purple",
    "violet": "violet", "pink": "pink", "white": "white", "black": "black", "grey": "grey gray",
    "brown": "brown", "cyan": "cyan", "turquoise": "turquoise", "magenta": "magenta", "beige": "beige",
    "teal": "teal", "navy": "navy", "silver": "silver", "gold": "gold golden",
}
# material -> its words
MATERIALS = {
    "wood": "wooden wood", "metal": "metal metallic steel", "iron": "iron", "glass": "glass", "gold": "golden",
    "stone": "stone", "plastic": "plastic", "shiny": "shiny", "matte": "matte", "transparent": "transparent",
}
MATERIAL_PREFIXES: dict[str, str] = {}
# size word -> scale of a new object; HEIGHT_SIZES scale its height only
SIZES = {"tiny": 0.4, "small": 0.7, "little": 0.7, "big": 1.5, "large": 1.5, "huge": 2.5, "giant": 3.0,
         "enormous": 3.0, "medium": 1.0}
HEIGHT_SIZES = {"tall": 1.5, "short": 0.7}
SIDE_ADJ = {"left": "left", "right": "right"}
COMPARATIVES = {
    "bigger": (1.5, 1.5, 1.5), "larger": (1.5, 1.5, 1.5), "smaller": (1 / 1.5,) * 3, "taller": (1, 1.5, 1),
    "shorter": (1, 1 / 1.5, 1), "wider": (1.5, 1, 1), "thinner": (1 / 1.5, 1, 1), "narrower": (1 / 1.5, 1, 1),
}
SCALE_BIG = {"big", "large", "tall", "high", "huge", "wide", "long"}
DIM_WORDS = {"tall": 1, "high": 1, "wide": 0, "long": 2, "deep": 2}
VISIBILITY = {"invisible": False, "hidden": False, "visible": True}
# light colour word -> tint name
TINTS = {"warm": "warm", "cool": "cool cold"}
DARKER = {"darker": 0.6, "dimmer": 0.6, "brighter": 1.6, "lighter": 1.6}

# -- numbers ---------------------------------------------------------------------------------------------------
NUMBERS = {
    "a": 1, "an": 1, "one": 1, "single": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20,
    "thirty": 30, "forty": 40, "fifty": 50, "hundred": 100, "dozen": 12, "couple": 2, "pair": 2, "both": 2,
    "few": 3, "several": 4, "some": 4, "many": 4,
}
ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8,
            "ninth": 9, "tenth": 10, "last": -1}
UNITS = {"m": 1.0, "meter": 1.0, "meters": 1.0, "metre": 1.0, "metres": 1.0, "cm": 0.01, "centimeter": 0.01,
         "centimeters": 0.01, "centimetre": 0.01, "centimetres": 0.01, "mm": 0.001, "millimeter": 0.001,
         "millimeters": 0.001}
DEGREE_WORDS = {"degrees", "degree", "deg", "°"}
SECOND_UNITS = {"s": 1.0, "sec": 1.0, "secs": 1.0, "second": 1.0, "seconds": 1.0, "min": 60.0, "minute": 60.0,
                "minutes": 60.0}

# -- closed classes --------------------------------------------------------------------------------------------
DEFINITE = {"the", "this", "that", "these", "those", "both"}  # "both chairs": the two there are
INDEFINITE = {"a", "an"}
ALL_WORDS = {"all", "every", "each"}
PRONOUNS = {"it", "them", "this", "that", "he", "she", "him", "her"}
PLURAL_PRONOUNS = {"them"}
# words that carry no meaning for the engine
FILLER = {
    "please", "now", "also", "too", "just", "so", "some", "new", "another", "more", "there", "here", "let's",
    "lets", "let", "us", "can", "you", "could", "would", "will", "i", "want", "of", "the", "a", "an", "to", "in",
    "into", "is", "be", "should", "bit", "little", "slightly", "somewhat", "very", "scene", "which", "that",
    "stands", "sits", "lies",
}
# words that mark a sentence as written in this language
MARKERS = {"the", "a", "an", "and", "then", "on", "of", "to", "it", "add", "put", "make", "move"}
SEPARATORS = {"and", "then", "afterwards", "also"}
SEQUENCE = {"then", "afterwards"}  # always end a command

# -- verbs -----------------------------------------------------------------------------------------------------
# command intent -> its verbs (imperatives)
VERBS = {
    "add": "add create insert spawn build generate",
    "put": "put place set position stand lay",
    "remove": "remove delete erase destroy drop",
    "move": "move shift push slide drag bring",
    "turn": "turn rotate spin",
    "face": "face",
    "scale": "scale resize grow shrink enlarge",
    "make": "make",
    "paint": "paint color colour dye",
    "rename": "rename call name",
    "hide": "hide conceal",
    "show": "show unhide reveal",
    "duplicate": "duplicate copy clone",
    "group": "group",
    "clear": "clear empty reset",
    "look": "look view film shoot frame watch zoom point",
    "light": "light illuminate",
}
# action kind -> its verbs: narrative forms ("walks"), never the imperative of a still command ("turn the chair")
ACTION_VERBS = {
    "walk": "walk walks walking goes go strolls stroll marches slithers slither crawls crawl waddles waddle",
    "run": "run runs running sprints sprint dashes hurries jogs rushes races gallops gallop galloping trots "
           "trot trotting",
    "sit": "sit sits",
    "wave": "wave waves waving",
    "point": "points pointing",
    "turn": "turns looks glances",
    "talk": "talks speaks chats",
    "drive": "drives drive rolls sails sailed rowed paddles paddled steered",  # on water: language.riding
    "ride": "ride rides rode riding",
    "fly": "flies fly floats soars",
    "move": "moves",
    "jump": "jump jumps jumping jumped hops hop hopped leaps leaped leapt",
    # acting (autark.language.acting reads what follows by role: the thing, to whom, with whom, where)
    "eat": "eat eats ate eating munches munched nibbles",
    "drink": "drink drinks drank drinking sips sipped",
    "cook": "cooks cooked cooking stirs stirred",
    "serve": "serve serves served serving",
    "give": "give gives gave giving",
    "take": "take takes took taking grabs grabbed",
    "pick_up": "pick picks picked picking lifts lifted",
    "put_down": "puts lays laid drops dropped",
    "throw": "throw throws threw throwing tosses tossed",
    "catch": "catch catches caught catching",
    "play": "plays played playing strums strummed",
    "read": "read reads reading",
    "write": "write writes wrote writing scribbles",
    "push": "pushes pushed pushing shoves shoved",
    "kick": "kick kicks kicked kicking",
    "swim": "swim swims swam swimming",
    "chase": "chase chases chased chasing pursues pursued",
    "climb": "climb climbs climbed climbing boards boarded embarks embarked",  # boards: into a vehicle (language.vehicles)
    "sneak": "sneak sneaks sneaked snuck sneaking creeps crept tiptoes",
    "fall": "fall falls fell falling trips tripped collapses collapsed",
    "lie": "lie lies lying",
    "sleep": "sleep sleeps slept sleeping naps napped dozes",
    "kneel": "kneel kneels knelt kneeled kneeling",
    "land": "land lands landed landing",
    "dance": "dance dances danced dancing",
    "hide": "hides hid hiding",
    "fight": "fight fights fought fighting battles battled",
    "argue": "argue argues argued arguing quarrels quarrelled bickers",
    "hug": "hug hugs hugged hugging embraces embraced cuddles",
    "kiss": "kiss kisses kissed kissing",
    "cry": "cry weeps wept sobs sobbed crying cried",
    "laugh": "laugh laughs laughed laughing giggles giggled chuckles",
    "celebrate": "celebrate cheer celebrates celebrated celebrating cheers cheered rejoices",
    "clap": "clap claps clapped clapping applauds applauded",
    "bow": "bows bowed bowing",
    "nod": "nod nods nodded nodding",
    "shake_head": "shake shakes shook shaking",
    "sing": "sing sang singing",
    "look": "watches watched watching stares stared gazes gazed observes",
    "think": "think thinks thought thinking ponders pondered wonders",
    "listen": "listen listens listened listening hears heard",  # a sound from off screen (scene.sounds)
    # acts with a tool or a skill (autark.motion.skills), and running away
    "fish": "fished angles angled",  # not "fishes": "add two fishes" is the noun
    "magic": "enchants enchanted bewitches bewitched conjures conjured",
    "pour": "pours poured spills spilled spilt",
    "hammer": "hammered builds built repairs repaired fixes fixed mends mended assembles assembled",  # not "hammers": "add three hammers" is the noun
    "knock": "knock knocks knocked knocking raps rapped",
    "slide": "slides slid sliding skates skated",
    "flee": "flees fled escapes escaped",
}
SPEECH_VERBS = {"says", "said", "say", "asks", "asked", "shouts", "shouted", "whispers", "whispered", "replies",
                "replied", "answers", "answered", "cries", "sings", "yells"}
BECOME_WORDS = {"turns", "becomes", "goes", "gets", "changes", "glows"}
WAIT_WORDS = {"wait", "waits", "pause"}
NAME_MARKERS = {"named", "called", "nicknamed"}
SWITCH_VERBS = {"switch", "turn", "put"}
SWITCH_ON = {"on": True, "off": False}

# -- time ------------------------------------------------------------------------------------------------------
SLOW_WORDS = {"slowly", "slow", "gently", "gradually"}
FAST_WORDS = {"quickly", "quick", "fast", "rapidly", "swiftly"}
MEANWHILE_WORDS = {"meanwhile", "simultaneously"}
MEANWHILE_PHRASES = (("at", "the", "same", "time"), ("in", "the", "meantime"))
SEQUENCE_WORDS = {"then", "afterwards", "later", "immediately", "finally", "first"}
LAST_WORDS = {"lasts", "last", "long", "runs"}
FADE_OUT_WORDS = {"fades", "fade", "dims", "dim", "dark", "off"}
FADE_IN_WORDS = {"in", "up", "bright"}

# -- light, sky and ground -------------------------------------------------------------------------------------
# time of day -> the words that name it (a phrase joined by "_"); the engine lights each by ``TIME_LIGHTING``
TIME_OF_DAY = {
    "dawn": "dawn sunrise daybreak morning first_light",
    "day": "day noon afternoon daytime midday sunny_day",
    "sunset": "sunset sundown evening golden_hour",
    "dusk": "dusk twilight nightfall",
    "night": "night midnight moonlight nighttime tonight",
}
# lighting preset -> the words that name it beyond the times of day
LIGHTING = {
    "daylight": "daylight sunny",
    "overcast": "overcast cloudy",
    "studio": "studio",
    "noir": "noir",
    "candlelight": "candlelight",
}
LIGHTING_PHRASES = {("three", "point"): "studio", ("candle", "light"): "candlelight", ("by", "candle"): "candlelight",
                    ("film", "noir"): "noir"}
LIGHT_WORDS = {"lighting", "lights", "light", "mood", "atmosphere"}
LIGHT_NOUNS = {"light", "lights"}
SPOT_WORDS = {"spotlight", "spot", "spotlights"}
BACKGROUND_WORDS = {"background", "sky", "backdrop"}
GROUND_WORDS = {"ground", "floor"}
# weather -> the words that name it (``Settings.weather``); a weather word with a WEATHER_STOP word clears it
WEATHER = {
    "rain": "rain raining rains rainy rainfall drizzle drizzling downpour",
    "snow": "snow snowing snows snowy snowfall blizzard snowflakes",
    "fog": "fog foggy mist misty haze hazy",
    "storm": "storm storms stormy thunderstorm thunder lightning",
    "wind": "wind windy breeze gale gusty",
}
WEATHER_STOP = {"stop", "stops", "stopped", "ends", "lifts", "clears", "no"}
SKIES = {"night sky": "night starry stars", "sunset sky": "sunset", "sunrise sky": "sunrise dawn",
         "space": "space starfield", "day sky": "day blue", "overcast sky": "overcast cloudy",
         "studio grey": "studio", "black": "black", "white": "white"}

# -- camera ----------------------------------------------------------------------------------------------------
CAMERA_WORDS = {"camera", "shot", "zoom", "closeup", "overview"}
SHOTS = {"wide": "wide establishing long full overview", "medium": "medium mid", "close": "close closeup"}
VIEWS = {"left": "left", "right": "right", "above": "above top", "behind": "behind back", "front": "front",
         "below": "below"}
# camera move -> its words ("truck" alone is the lorry)
CAMERA_MOVES = {
    "orbit": "orbit orbits orbiting circles circle",
    "pan": "pan pans panning",
    "tilt": "tilt tilts",
    "dolly": "dolly dollies",
    "truck": "trucks trucking",
    "crane": "crane cranes",
    "follow": "follow follows following",
    "zoom": "zoom zooms zooming",
    "cut": "cut cuts",
}

# -- sound and film --------------------------------------------------------------------------------------------
NARRATOR_WORDS = {"narrator", "narration", "voiceover", "voice", "over", "off", "the"}
MOODS = {
    "calm": "calm peaceful relaxed quiet gentle soft",
    "happy": "happy cheerful joyful merry upbeat",
    "sad": "sad melancholic melancholy gloomy sorrowful",
    "tense": "tense suspenseful scary thrilling dramatic",
    "epic": "epic heroic grand majestic",
    "mysterious": "mysterious eerie mystical",
    "romantic": "romantic tender loving",
}
MUSIC_WORDS = {"music", "soundtrack", "score"}
FILM_WORDS = {"film", "movie", "video", "clip", "scene", "animation"}
# words that make a speaker female (names are in ``lang.FEMALE_NAMES``)
FEMALE_WORDS = {"woman", "women", "girl", "lady", "mother", "mom", "grandma", "queen", "princess"}

# -- places and relations --------------------------------------------------------------------------------------
# (words, relation); the longest phrase wins
RELATIONS = [
    (("on", "top", "of"), "on"), (("on",), "on"), (("onto",), "on"), (("atop",), "on"), (("upon",), "on"),
    (("in",), "on"), (("into",), "on"), (("inside",), "on"),
    (("under",), "under"), (("underneath",), "under"), (("beneath",), "under"), (("below",), "under"),
    (("above",), "above"), (("over",), "above"),
    (("next", "to"), "next"), (("beside",), "next"), (("besides",), "next"), (("by",), "next"),
    (("near",), "next"), (("close", "to"), "next"), (("alongside",), "next"),
    (("to", "the", "left", "of"), "left"), (("on", "the", "left", "of"), "left"), (("left", "of"), "left"),
    (("to", "the", "left", "side", "of"), "left"), (("on", "the", "left", "side", "of"), "left"),
    (("to", "the", "right", "of"), "right"), (("on", "the", "right", "of"), "right"), (("right", "of"), "right"),
    (("to", "the", "right", "side", "of"), "right"), (("on", "the", "right", "side", "of"), "right"),
    (("in", "front", "of"), "front"),
    (("behind",), "behind"), (("in", "back", "of"), "behind"), (("at", "the", "back", "of"), "behind"),
    (("between",), "between"),
    (("around",), "around"), (("round",), "around"),
]
REL_ADVERBS: dict[str, str] = {}
DIRECTIONS = [
    (("to", "the", "left"), (-1, 0, 0)), (("left",), (-1, 0, 0)), (("leftwards",), (-1, 0, 0)),
    (("to", "the", "right"), (1, 0, 0)), (("right",), (1, 0, 0)), (("rightwards",), (1, 0, 0)),
    (("forward",), (0, 0, 1)), (("forwards",), (0, 0, 1)), (("ahead",), (0, 0, 1)), (("to", "the", "front"), (0, 0, 1)),
    (("toward", "the", "camera"), (0, 0, 1)), (("towards", "the", "camera"), (0, 0, 1)),
    (("back",), (0, 0, -1)), (("backward",), (0, 0, -1)), (("backwards",), (0, 0, -1)), (("away",), (0, 0, -1)),
    (("to", "the", "back"), (0, 0, -1)),
    (("up",), (0, 1, 0)), (("upward",), (0, 1, 0)), (("upwards",), (0, 1, 0)), (("higher",), (0, 1, 0)),
    (("down",), (0, -1, 0)), (("downward",), (0, -1, 0)), (("downwards",), (0, -1, 0)), (("lower",), (0, -1, 0)),
]
CORNERS = {"left": (-1, 0), "right": (1, 0), "front": (0, 1), "back": (0, -1), "rear": (0, -1), "far": (0, -1),
           "near": (0, 1)}
PLACE_TAIL = {"of", "the", "room", "scene", "world"}
A_BIT = {("a", "bit"), ("a", "little"), ("slightly",), ("somewhat",)}
MUCH = {("much",), ("a", "lot"), ("way",)}
ARRANGEMENTS = {"row": "row line", "circle": "circle ring"}
ARRANGE_LEAD = {"in", "into", "as", "to"}
ARRANGE_ARTICLE = {"a", "an", "one", "the"}
PREPOSITIONS = {"to", "towards", "toward", "at", "on", "onto", "into", "in", "up", "over", "across", "around",
                "past", "by", "near", "next", "the", "of", "with"}
# a sentence starting so names a place: "the scene is a desert"
SETTING_CUES = [("the", "scene", "is"), ("the", "setting", "is"), ("scene", "is"), ("set", "the", "scene"),
                ("the", "scene", "takes", "place"), ("the", "scene", "plays"), ("make", "this"),
                ("turn", "this", "into"), ("we", "are"), ("it", "takes", "place")]
# ... and so, only when the rest is a known place ("make it a forest", not "make it a bit bigger")
WEAK_SETTING_CUES = [("make", "it"), ("turn", "it", "into")]
PLACE_SKIP = {"a", "an", "the", "in", "at", "on", "into", "inside", "set", "located", "now", "please", "place", "to",
              "instead"}

# -- other words the rules read --------------------------------------------------------------------------------
KEYWORDS = {
    # time phrases, actions, camera moves, music and film
    "after", "for", "over", "within", "during", "until", "down", "across", "from", "to", "shoulder", "looking",
    "shot", "close", "sits", "seat", "takes", "play", "plays", "is", "he", "she", "him", "her", "around", "in",
    "out", "away", "up", "degrees", "half", "full", "once", "light", "lights", "sun", "camera", "wide", "medium",
    "again",
    # phrases: positions, sizes, angles
    "x", "y", "z", "position", "at", "twice", "double", "times", "as", "so", "size", "factor", "corner", "middle",
    "center", "centre", "floor", "ground", "quarter", "turn", "original", "and", "by", "of", "face", "facing",
    "toward", "towards", "with",
    # still commands
    "everything", "closer", "further", "farther", "point", "add", "off", "on", "called", "named", "copy", "copies",
    "faces", "looks", "look", "group", "set", "lamp", "color", "colour", "lighting", "views", "have", "has",
    "get", "become", "both",
}
