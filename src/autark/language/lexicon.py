"""The lexicon as data: every word the command engine knows, in English and German.

Nouns map surface forms (singular and plural) to asset types; adjectives map to colours, materials and
sizes. German inflections (rot/rote/roten/rotes/roter) are handled by ``normalize_adjective`` rather than
listed, plural nouns are listed because German plurals are irregular (Stuhl/Stühle, Baum/Bäume).
"""

from __future__ import annotations

from functools import cache

__all__ = [
    "NOUNS", "PERSON_KINDS", "CHILD_KINDS", "CHILD_SCALE", "PERSON_MATCHES", "PERSON_VOICES", "COLORS", "MATERIALS", "SIZES", "NUMBERS", "ORDINALS", "GERMAN_MARKERS", "FILLER",
    "noun_forms", "known_words",
]

# asset type -> (English forms, German forms); the first English form is the display name.
_NOUN_DATA: dict[str, tuple[str, str]] = {
    "chair": ("chair chairs seat seats", "stuhl stühle stuhls sessel"),
    "table": ("table tables", "tisch tische tisches esstisch esstische"),
    "sofa": ("sofa sofas couch couches settee", "sofa sofas couch couches"),
    "bed": ("bed beds", "bett betten"),
    "shelf": ("shelf shelves bookshelf bookshelves bookcase", "regal regale bücherregal"),
    "desk": ("desk desks", "schreibtisch schreibtische pult"),
    "lamp": ("lamp lamps floor_lamp", "lampe lampen stehlampe stehlampen"),
    "table_lamp": ("table_lamp desk_lamp", "tischlampe tischlampen schreibtischlampe"),
    "cabinet": ("cabinet cabinets cupboard cupboards wardrobe dresser", "schrank schränke kommode"),
    "stool": ("stool stools", "hocker"),
    "bench": ("bench benches", "bank bänke sitzbank"),
    "cup": ("cup cups mug mugs", "tasse tassen becher"),
    "book": ("book books", "buch bücher"),
    "vase": ("vase vases", "vase vasen"),
    "box": ("box boxes crate crates", "kiste kisten karton schachtel"),
    "barrel": ("barrel barrels", "fass fässer tonne"),
    "tv": ("tv tvs television televisions telly", "fernseher fernsehers"),
    "computer": ("computer computers laptop laptops pc monitor", "rechner laptop computer"),
    "clock": ("clock clocks", "uhr uhren"),
    "ball": ("ball balls", "ball bälle"),
    "bottle": ("bottle bottles", "flasche flaschen"),
    "plate": ("plate plates dish", "teller"),
    "tree": ("tree trees oak", "baum bäume eiche"),
    "pine_tree": ("pine_tree pine pines fir firs", "tanne tannen kiefer fichte"),
    "rock": ("rock rocks stone stones boulder", "fels felsen stein steine"),
    "flower": ("flower flowers", "blume blumen"),
    "bush": ("bush bushes shrub shrubs", "busch büsche strauch sträucher"),
    "grass": ("grass", "gras"),
    "cactus": ("cactus cacti cactuses", "kaktus kakteen"),
    "mushroom": ("mushroom mushrooms", "pilz pilze"),
    "wall": ("wall walls", "wand wände mauer"),
    "floor": ("floor_tile", "bodenplatte"),
    "door": ("door doors", "tür türen"),
    "window": ("window windows", "fenster"),
    "house": ("house houses", "haus häuser"),
    "fence": ("fence fences", "zaun zäune"),
    "stairs": ("stairs staircase stair", "treppe treppen"),
    "column": ("column columns pillar pillars", "säule säulen"),
    "car": ("car cars automobile", "auto autos wagen"),
    "truck": ("truck trucks lorry", "lastwagen lkw laster"),
    "bicycle": ("bicycle bicycles bike bikes", "fahrrad fahrräder rad"),
    "boat": ("boat boats ship", "boot boote schiff"),
    "spaceship": ("spaceship spaceships rocket ufo", "raumschiff raumschiffe rakete"),
    "humanoid": ("humanoid person persons people human humans figure character man men woman women lady boy boys "
                 "girl girls child children kid kids",
                 "mensch menschen person personen leute mann männer frau frauen junge jungen mädchen kind kinder "
                 "figur"),
    "robot": ("robot robots", "roboter"),
    "dog": ("dog dogs puppy", "hund hunde"),
    "cat": ("cat cats kitten", "katze katzen"),
    "cube": ("cube cubes block blocks", "würfel quader block"),
    "sphere": ("sphere spheres orb", "kugel kugeln"),
    "cylinder": ("cylinder cylinders", "zylinder"),
    "cone": ("cone cones", "kegel"),
    "candle": ("candle candles", "kerze kerzen"),
    "street_lamp": ("street_lamp streetlamp streetlight lamppost", "straßenlaterne laterne laternen"),
    "campfire": ("campfire campfires bonfire fire", "lagerfeuer feuer"),
}

NOUNS: dict[str, str] = {}
for _type, (_en, _de) in _NOUN_DATA.items():
    for _w in (_en + " " + _de).split():
        NOUNS.setdefault(_w, _type)
    NOUNS.setdefault(_type, _type)

# Two-word nouns joined before lookup ("table lamp" -> "table_lamp").
COMPOUNDS: dict[tuple[str, str], str] = {
    ("table", "lamp"): "table_lamp", ("desk", "lamp"): "table_lamp", ("floor", "lamp"): "lamp",
    ("street", "lamp"): "street_lamp", ("street", "light"): "street_lamp", ("pine", "tree"): "pine_tree",
    ("fir", "tree"): "pine_tree", ("book", "shelf"): "shelf", ("coffee", "table"): "table",
    ("dining", "table"): "table", ("arm", "chair"): "chair", ("space", "ship"): "spaceship",
    ("camp", "fire"): "campfire", ("floor", "tile"): "floor",
}

_PLURAL_TEXT = (
        "chairs tables sofas couches beds shelves bookshelves desks lamps cabinets cupboards stools benches cups "
        "mugs books vases boxes crates barrels tvs televisions computers laptops clocks balls bottles plates trees "
        "pines firs rocks stones flowers bushes shrubs cacti cactuses mushrooms walls doors windows houses fences "
        "columns pillars cars trucks bicycles bikes boats spaceships people robots dogs cats cubes blocks spheres "
        "cylinders cones candles campfires "
        "stühle tische sofas betten regale schreibtische lampen stehlampen tischlampen schränke tassen bücher vasen "
        "kisten fässer uhren bälle flaschen bäume tannen felsen steine blumen büsche sträucher kakteen pilze wände "
        "türen häuser zäune treppen säulen autos boote raumschiffe hunde katzen würfel kugeln kerzen laternen "
        "bänke hocker roboter zylinder kegel fernseher fenster teller wagen menschen "
        "persons humans men women boys girls children kids personen leute männer frauen jungen kinder"
)
PLURALS: set[str] = set(_PLURAL_TEXT.split())
# German nouns whose singular and plural are the same: only the article/number decides.
SAME_PLURAL_DE = {"hocker", "roboter", "zylinder", "kegel", "fernseher", "fenster", "teller", "wagen", "würfel",
                  "mädchen"}

# People words -> the kind of person (a humanoid tagged so): "the girl" finds her, children are smaller, the
# voice follows the kind. "person"/"people" mean anyone.
PERSON_KINDS: dict[str, str] = {}
for _kind, _words in {
    "man": "man men mann männer",
    "woman": "woman women lady frau frauen",
    "boy": "boy boys junge jungen",
    "girl": "girl girls mädchen",
    "child": "child children kid kids kind kinder",
}.items():
    for _w in _words.split():
        PERSON_KINDS[_w] = _kind
CHILD_KINDS = {"boy", "girl", "child"}
CHILD_SCALE = 0.7  # a child is about 70 % of an adult's height
# a reference to a kind finds these tags ("the child" finds the girl too)
PERSON_MATCHES: dict[str, set[str]] = {"man": {"man"}, "woman": {"woman"}, "boy": {"boy"}, "girl": {"girl"},
                                       "child": {"boy", "girl", "child"}}
PERSON_VOICES = {"man": "man", "woman": "woman", "boy": "child", "girl": "child", "child": "child"}

# colour name -> linear-ish RGB 0..1 (English and German stems)
COLORS: dict[str, tuple[float, float, float]] = {
    "red": (0.8, 0.1, 0.1), "green": (0.15, 0.6, 0.2), "blue": (0.1, 0.25, 0.8), "yellow": (0.95, 0.85, 0.1),
    "orange": (0.95, 0.5, 0.1), "purple": (0.5, 0.2, 0.65), "violet": (0.55, 0.3, 0.75), "pink": (0.95, 0.5, 0.7),
    "white": (0.95, 0.95, 0.95), "black": (0.04, 0.04, 0.04), "grey": (0.5, 0.5, 0.5), "gray": (0.5, 0.5, 0.5),
    "brown": (0.45, 0.28, 0.15), "cyan": (0.1, 0.8, 0.85), "turquoise": (0.2, 0.8, 0.75),
    "magenta": (0.85, 0.1, 0.7), "beige": (0.85, 0.78, 0.62), "teal": (0.1, 0.5, 0.5), "navy": (0.05, 0.1, 0.35),
    "silver": (0.75, 0.75, 0.78), "gold": (0.9, 0.7, 0.2),
    "rot": (0.8, 0.1, 0.1), "grün": (0.15, 0.6, 0.2), "blau": (0.1, 0.25, 0.8), "gelb": (0.95, 0.85, 0.1),
    "lila": (0.5, 0.2, 0.65), "rosa": (0.95, 0.5, 0.7), "weiß": (0.95, 0.95, 0.95), "weiss": (0.95, 0.95, 0.95),
    "schwarz": (0.04, 0.04, 0.04), "grau": (0.5, 0.5, 0.5), "braun": (0.45, 0.28, 0.15),
    "türkis": (0.2, 0.8, 0.75), "silbern": (0.75, 0.75, 0.78), "golden": (0.9, 0.7, 0.2),
}
# German colour stems in their canonical English spelling, for object names ("roter Stuhl" -> "red chair")
COLOR_EN: dict[str, str] = {
    "rot": "red", "grün": "green", "blau": "blue", "gelb": "yellow", "lila": "purple", "rosa": "pink",
    "weiß": "white", "weiss": "white", "schwarz": "black", "grau": "grey", "braun": "brown",
    "türkis": "turquoise", "silbern": "silver", "golden": "gold", "gray": "grey",
}

# material word -> material changes (plus a canonical name)
MATERIALS: dict[str, dict[str, object]] = {
    "wooden": {"name": "wood", "color": (0.55, 0.35, 0.2), "roughness": 0.7, "metallic": 0.0},
    "wood": {"name": "wood", "color": (0.55, 0.35, 0.2), "roughness": 0.7, "metallic": 0.0},
    "metal": {"name": "metal", "color": (0.7, 0.7, 0.72), "roughness": 0.3, "metallic": 1.0},
    "metallic": {"name": "metal", "color": (0.7, 0.7, 0.72), "roughness": 0.3, "metallic": 1.0},
    "steel": {"name": "metal", "color": (0.7, 0.7, 0.72), "roughness": 0.3, "metallic": 1.0},
    "iron": {"name": "metal", "color": (0.45, 0.45, 0.47), "roughness": 0.5, "metallic": 1.0},
    "glass": {"name": "glass", "color": (0.85, 0.92, 0.95), "roughness": 0.05, "metallic": 0.0, "opacity": 0.3},
    "golden": {"name": "gold", "color": (0.9, 0.7, 0.2), "roughness": 0.25, "metallic": 1.0},
    "stone": {"name": "stone", "color": (0.55, 0.54, 0.5), "roughness": 0.9, "metallic": 0.0},
    "plastic": {"name": "plastic", "color": (0.9, 0.9, 0.9), "roughness": 0.4, "metallic": 0.0},
    "shiny": {"name": "shiny", "roughness": 0.1},
    "matte": {"name": "matte", "roughness": 0.95},
    "transparent": {"name": "glass", "opacity": 0.3, "roughness": 0.05},
    "hölzern": {"name": "wood", "color": (0.55, 0.35, 0.2), "roughness": 0.7, "metallic": 0.0},
    "holz": {"name": "wood", "color": (0.55, 0.35, 0.2), "roughness": 0.7, "metallic": 0.0},
    "metall": {"name": "metal", "color": (0.7, 0.7, 0.72), "roughness": 0.3, "metallic": 1.0},
    "metallisch": {"name": "metal", "color": (0.7, 0.7, 0.72), "roughness": 0.3, "metallic": 1.0},
    "stahl": {"name": "metal", "color": (0.7, 0.7, 0.72), "roughness": 0.3, "metallic": 1.0},
    "eisern": {"name": "metal", "color": (0.45, 0.45, 0.47), "roughness": 0.5, "metallic": 1.0},
    "glas": {"name": "glass", "color": (0.85, 0.92, 0.95), "roughness": 0.05, "metallic": 0.0, "opacity": 0.3},
    "gläsern": {"name": "glass", "color": (0.85, 0.92, 0.95), "roughness": 0.05, "metallic": 0.0, "opacity": 0.3},
    "gold": {"name": "gold", "color": (0.9, 0.7, 0.2), "roughness": 0.25, "metallic": 1.0},
    "stein": {"name": "stone", "color": (0.55, 0.54, 0.5), "roughness": 0.9, "metallic": 0.0},
    "steinern": {"name": "stone", "color": (0.55, 0.54, 0.5), "roughness": 0.9, "metallic": 0.0},
    "plastik": {"name": "plastic", "color": (0.9, 0.9, 0.9), "roughness": 0.4, "metallic": 0.0},
    "glänzend": {"name": "shiny", "roughness": 0.1},
    "matt": {"name": "matte", "roughness": 0.95},
    "durchsichtig": {"name": "glass", "opacity": 0.3, "roughness": 0.05},
}
# German compound prefixes ("Holzstuhl", "Metalltisch") -> material key
MATERIAL_PREFIXES = {"holz": "holz", "metall": "metall", "glas": "glas", "stein": "stein", "gold": "gold",
                     "stahl": "stahl", "plastik": "plastik", "eisen": "eisern"}

# size word -> uniform scale factor of a new object; "tall"/"short" only scale height
SIZES: dict[str, float] = {
    "tiny": 0.4, "small": 0.7, "little": 0.7, "big": 1.5, "large": 1.5, "huge": 2.5, "giant": 3.0,
    "enormous": 3.0, "medium": 1.0,
    "winzig": 0.4, "klein": 0.7, "groß": 1.5, "gross": 1.5, "riesig": 2.5, "mittelgroß": 1.0,
}
HEIGHT_SIZES: dict[str, float] = {"tall": 1.5, "short": 0.7, "hoch": 1.5, "niedrig": 0.7}

NUMBERS: dict[str, int] = {
    "a": 1, "an": 1, "one": 1, "single": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20,
    "thirty": 30, "forty": 40, "fifty": 50, "hundred": 100, "dozen": 12, "couple": 2, "pair": 2, "few": 3,
    "several": 3,
    "ein": 1, "eine": 1, "einen": 1, "einem": 1, "einer": 1, "eines": 1, "zwei": 2, "drei": 3, "vier": 4,
    "fünf": 5, "sechs": 6, "sieben": 7, "acht": 8, "neun": 9, "zehn": 10, "elf": 11, "zwölf": 12,
    "dreizehn": 13, "vierzehn": 14, "fünfzehn": 15, "zwanzig": 20, "dreißig": 30, "vierzig": 40,
    "fünfzig": 50, "hundert": 100, "paar": 2, "einige": 3, "mehrere": 3,
}
ORDINALS: dict[str, int] = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8,
    "ninth": 9, "tenth": 10, "last": -1,
    "erste": 1, "zweite": 2, "dritte": 3, "vierte": 4, "fünfte": 5, "sechste": 6, "siebte": 7, "achte": 8,
    "neunte": 9, "zehnte": 10, "letzte": -1,
}

DEFINITE = {"the", "this", "that", "these", "those", "der", "die", "das", "den", "dem", "des", "diesen", "diese",
            "dieses", "diesem"}
INDEFINITE = {"a", "an", "some", "ein", "eine", "einen", "einem", "einer", "eines"}
ALL_WORDS = {"all", "every", "each", "alle", "allen", "jeden", "jede", "jedes", "sämtliche"}
PRONOUNS = {"it", "them", "ihn", "es", "sie", "ihm", "ihnen", "ihr", "this", "that", "he", "she", "him", "her",
            "er"}
PLURAL_PRONOUNS = {"them", "ihnen"}

# Words whose presence marks a sentence as German (for German error messages).
GERMAN_MARKERS = {
    "der", "die", "das", "den", "dem", "ein", "eine", "einen", "und", "dann", "auf", "unter", "über", "neben",
    "vor", "hinter", "zwischen", "links", "rechts", "stell", "stelle", "setz", "setze", "leg", "lege", "füge",
    "füg", "hinzu", "entferne", "lösche", "bewege", "beweg", "verschiebe", "dreh", "drehe", "mach", "mache",
    "benenne", "nenne", "versteck", "verstecke", "zeig", "zeige", "dupliziere", "gruppiere", "leere", "ihn",
    "es", "sie", "nach", "von", "vom", "zum", "zur", "ins", "im", "mit", "größer", "kleiner", "ist", "um",
}

# Words that carry no meaning for the engine.
FILLER = {
    "please", "bitte", "now", "jetzt", "also", "auch", "too", "just", "mal", "doch", "so", "some", "new", "neue",
    "neuen", "neuer", "neues", "neu", "another", "noch", "more", "weitere", "weiteren", "weiteres", "weiterer",
    "there", "here", "da", "hier", "let's", "lets", "let", "us", "can", "you", "could", "would", "kannst",
    "du", "will", "i", "want", "ich", "möchte", "of", "the", "a", "an", "to", "in", "into",
    "is", "be", "should", "soll", "sollen", "wird", "werden", "bit", "little", "etwas", "ein", "bisschen",
    "slightly", "somewhat", "very", "sehr", "scene", "szene", "which", "that", "welche", "welcher", "welches",
    "stands", "steht", "sits", "liegt", "lies", "sitzt",
}

# German adjective endings, longest first.
_ADJ_ENDINGS = ("en", "em", "er", "es", "e")


def normalize_adjective(word: str) -> list[str]:
    """Candidate stems of an inflected German adjective: 'roten' -> ['roten', 'rot'], 'große' -> [.., 'groß']."""
    out = [word]
    for end in _ADJ_ENDINGS:
        if word.endswith(end) and len(word) - len(end) >= 3:
            out.append(word[: -len(end)])
            if end != "e":
                out.append(word[: -len(end)] + "e")  # ordinals and "-e" stems: zweiten -> zweite
    return out


def noun_forms(asset_type: str) -> list[str]:
    """All surface words that name this type (for suggestions and tests)."""
    en, de = _NOUN_DATA.get(asset_type, (asset_type, ""))
    return (en + " " + de).split()


@cache
def known_words() -> frozenset[str]:
    """Every word the engine understands, for 'did you mean' suggestions (built once)."""
    from autark.language import grammar

    words = set(NOUNS) | set(COLORS) | set(MATERIALS) | set(SIZES) | set(HEIGHT_SIZES) | set(NUMBERS)
    words |= set(ORDINALS) | DEFINITE | INDEFINITE | ALL_WORDS | PRONOUNS | FILLER | grammar.all_keywords()
    return frozenset(w for w in words if "_" not in w)
