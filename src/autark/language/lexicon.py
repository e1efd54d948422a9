"""The lexicon as data: every word the command engine knows, in English and German.

Nouns map surface forms (singular and plural) to asset types; adjectives map to colours, materials and
sizes. German inflections (rot/rote/roten/rotes/roter) are handled by ``normalize_adjective`` rather than
listed, plural nouns are listed because German plurals are irregular (Stuhl/Stühle, Baum/Bäume).
"""

from __future__ import annotations

from functools import cache

from autark.language import lang

__all__ = [
    "NOUNS", "PERSON_KINDS", "CHILD_KINDS", "CHILD_SCALE", "PERSON_MATCHES", "PERSON_VOICES", "COLORS", "MATERIALS", "SIZES", "NUMBERS", "ORDINALS", "GERMAN_MARKERS", "FILLER",
    "noun_forms", "noun_in", "sentence_language", "known_words",
]

# word -> asset type; every type's own name is a word for it too ("table_lamp")
NOUNS: dict[str, str] = {**lang.NOUNS, **{t: t for code in lang.LANGUAGES.values() for t in code.NOUNS
                                           if t not in lang.NOUNS}}
# Two-word nouns joined before lookup ("table lamp" -> "table_lamp").
COMPOUNDS: dict[tuple[str, str], str] = lang.COMPOUNDS
THREE_WORD_NAMES: dict[tuple[str, str, str], str] = lang.THREE_WORD_NAMES
PLURALS = lang.PLURALS
# per language, the words another language's noun table spells alike but this language means otherwise
FALSE_FRIENDS: dict[str, dict[str, str]] = lang.FALSE_FRIENDS
# German nouns whose singular and plural are the same: only the article/number decides.
SAME_PLURAL_DE = lang.SAME_PLURAL

# People words -> the kind of person (a humanoid tagged so): "the girl" finds her, children are smaller, the
# voice follows the kind. "person"/"people" mean anyone.
PERSON_KINDS: dict[str, str] = lang.PERSON_KINDS
CHILD_KINDS = {"boy", "girl", "child"}
CHILD_SCALE = 0.7  # a child is about 70 % of an adult's height
# a reference to a kind finds these tags ("the child" finds the girl too)
PERSON_MATCHES: dict[str, set[str]] = {"man": {"man"}, "woman": {"woman"}, "boy": {"boy"}, "girl": {"girl"},
                                       "child": {"boy", "girl", "child"}}
PERSON_VOICES = {"man": "man", "woman": "woman", "boy": "child", "girl": "child", "child": "child"}

# colour name -> linear-ish RGB 0..1
COLOR_RGB: dict[str, tuple[float, float, float]] = {
    "red": (0.8, 0.1, 0.1), "green": (0.15, 0.6, 0.2), "blue": (0.1, 0.25, 0.8), "yellow": (0.95, 0.85, 0.1),
    "orange": (0.95, 0.5, 0.1), "purple": (0.5, 0.2, 0.65), "violet": (0.55, 0.3, 0.75), "pink": (0.95, 0.5, 0.7),
    "white": (0.95, 0.95, 0.95), "black": (0.04, 0.04, 0.04), "grey": (0.5, 0.5, 0.5),
    "brown": (0.45, 0.28, 0.15), "cyan": (0.1, 0.8, 0.85), "turquoise": (0.2, 0.8, 0.75),
    "magenta": (0.85, 0.1, 0.7), "beige": (0.85, 0.78, 0.62), "teal": (0.1, 0.5, 0.5), "navy": (0.05, 0.1, 0.35),
    "silver": (0.75, 0.75, 0.78), "gold": (0.9, 0.7, 0.2),
}
# colour word (English and German stems) -> RGB
COLORS: dict[str, tuple[float, float, float]] = {w: COLOR_RGB[name] for w, name in lang.COLORS.items()}
# colour words in their canonical English spelling, for object names ("roter Stuhl" -> "red chair")
COLOR_EN: dict[str, str] = {w: name for w, name in lang.COLORS.items() if w != name}

# material name -> the material changes it makes (plus a canonical name)
MATERIAL_PROPS: dict[str, dict[str, object]] = {
    "wood": {"name": "wood", "color": (0.55, 0.35, 0.2), "roughness": 0.7, "metallic": 0.0},
    "metal": {"name": "metal", "color": (0.7, 0.7, 0.72), "roughness": 0.3, "metallic": 1.0},
    "iron": {"name": "metal", "color": (0.45, 0.45, 0.47), "roughness": 0.5, "metallic": 1.0},
    "glass": {"name": "glass", "color": (0.85, 0.92, 0.95), "roughness": 0.05, "metallic": 0.0, "opacity": 0.3},
    "gold": {"name": "gold", "color": (0.9, 0.7, 0.2), "roughness": 0.25, "metallic": 1.0},
    "stone": {"name": "stone", "color": (0.55, 0.54, 0.5), "roughness": 0.9, "metallic": 0.0},
    "plastic": {"name": "plastic", "color": (0.9, 0.9, 0.9), "roughness": 0.4, "metallic": 0.0},
    "shiny": {"name": "shiny", "roughness": 0.1},
    "matte": {"name": "matte", "roughness": 0.95},
    "transparent": {"name": "glass", "opacity": 0.3, "roughness": 0.05},
}
# material word -> material changes
MATERIALS: dict[str, dict[str, object]] = {w: MATERIAL_PROPS[name] for w, name in lang.MATERIALS.items()}
# German compound prefixes ("Holzstuhl", "Metalltisch") -> material key
MATERIAL_PREFIXES = lang.MATERIAL_PREFIXES

# size word -> uniform scale factor of a new object; "tall"/"short" only scale height
SIZES: dict[str, float] = lang.SIZES
HEIGHT_SIZES: dict[str, float] = lang.HEIGHT_SIZES

NUMBERS: dict[str, int] = lang.NUMBERS
ORDINALS: dict[str, int] = lang.ORDINALS

DEFINITE = lang.DEFINITE
INDEFINITE = lang.INDEFINITE
ALL_WORDS = lang.ALL_WORDS
PRONOUNS = lang.PRONOUNS
PLURAL_PRONOUNS = lang.PLURAL_PRONOUNS

# time of day -> the lighting preset that shows it (dawn: a low cool sun in the east, not a sunset)
TIME_LIGHTING: dict[str, str] = {"dawn": "dawn", "day": "daylight", "sunset": "sunset", "dusk": "sunset",
                                 "night": "night"}
# word -> lighting preset: the times of day and the presets' own names ("noir", "candlelight")
LIGHTING_WORDS: dict[str, str] = {**{w: TIME_LIGHTING[t] for w, t in lang.TIME_OF_DAY.items() if "_" not in w},
                                  **lang.LIGHTING}
LIGHTING_PHRASES: dict[tuple[str, ...], str] = {
    **{tuple(w.split("_")): TIME_LIGHTING[t] for w, t in lang.TIME_OF_DAY.items() if w.count("_") == 1},
    **lang.LIGHTING_PHRASES}
# creature -> the body that could play it ("fox" -> dog)
STAND_INS: dict[str, str] = lang.STAND_INS

# Words whose presence marks a sentence as German (for German error messages).
GERMAN_MARKERS = lang.MARKERS["de"]

# Words that carry no meaning for the engine.
FILLER = lang.FILLER

# German adjective endings, longest first.
_ADJ_ENDINGS = lang.ADJECTIVE_ENDINGS


def normalize_adjective(word: str) -> list[str]:
    """Candidate stems of an inflected German adjective: 'roten' -> ['roten', 'rot'], 'große' -> [.., 'groß']."""
    out = [word]
    for end in _ADJ_ENDINGS:
        if word.endswith(end) and len(word) - len(end) >= 3:
            out.append(word[: -len(end)])
            if end != "e":
                out.append(word[: -len(end)] + "e")  # ordinals and "-e" stems: zweiten -> zweite
    return out


def is_german(words: list[str]) -> bool:
    """Whether a sentence's words (lower case) are more German than English, for answers in its language."""
    return sum(w in GERMAN_MARKERS for w in words) > sum(w in lang.MARKERS["en"] for w in words)


def noun_in(word: str, language: str = "") -> str | None:
    """The asset type ``word`` names in a sentence of ``language`` ("en", "de"; "" when the sentence shows
    none): a word the other language spells alike is read in the sentence's own ("add a wand" is a magic wand,
    "stell eine Wand hin" a wall; "a kind robot" has no German "Kind" in it), None for no noun."""
    own = FALSE_FRIENDS.get(language, {})
    if word in own:
        return own[word] or None
    return NOUNS.get(word)


def sentence_language(words: list[str]) -> str:
    """"de" or "en" where a sentence's words (lower case) lean one way, "" where they lean neither way."""
    de = sum(w in GERMAN_MARKERS for w in words)
    en = sum(w in lang.MARKERS["en"] for w in words)
    return "de" if de > en else "en" if en > de else ""


def noun_forms(asset_type: str) -> list[str]:
    """All surface words that name this type (for suggestions and tests)."""
    words = [w for code in lang.LANGUAGES.values() for w in code.NOUNS.get(asset_type, "").split()]
    return words or [asset_type]


# every word a rule reads beyond the nouns, adjectives and numbers: what ``known_word`` accepts in a clause
KEYWORDS: frozenset[str] = frozenset(
    lang.KEYWORDS | set(lang.UNITS) | lang.DEGREE_WORDS | set(lang.SIDE_ADJ) | set(lang.REL_ADVERBS)
    | set(lang.CORNERS) | lang.PLACE_TAIL | lang.SCALE_BIG | set(lang.COMPARATIVES) | set(lang.DIM_WORDS)
    | {w for p, _ in lang.RELATIONS for w in p} | {w for p, _ in lang.DIRECTIONS for w in p}
    | {w for p in lang.A_BIT | lang.MUCH for w in p}
    | set(lang.ACTION_VERBS) | set(lang.SECOND_UNITS) | lang.SLOW_WORDS | lang.FAST_WORDS | lang.MEANWHILE_WORDS
    | {w for p in lang.MEANWHILE_PHRASES for w in p} | lang.SEQUENCE_WORDS | lang.WAIT_WORDS
    | set(lang.CAMERA_MOVES) | lang.SPEECH_VERBS | lang.NARRATOR_WORDS | set(lang.MOODS) | lang.MUSIC_WORDS
    | lang.FILM_WORDS | lang.LAST_WORDS | lang.BECOME_WORDS | lang.FADE_OUT_WORDS | lang.FADE_IN_WORDS
    | set(LIGHTING_WORDS) | {w for p in LIGHTING_PHRASES for w in p} | lang.LIGHT_WORDS | lang.SPOT_WORDS
    | set(lang.DARKER) | lang.BACKGROUND_WORDS | lang.GROUND_WORDS | set(lang.SKIES) | lang.CAMERA_WORDS
    | set(lang.SHOTS) | set(lang.VIEWS) | set(lang.TINTS) | set(lang.VISIBILITY))


def all_keywords() -> set[str]:
    """The command words: verbs, separators and every keyword a rule reads."""
    return set(lang.VERBS) | lang.SEPARATORS | KEYWORDS


@cache
def known_words() -> frozenset[str]:
    """Every word the engine understands, for 'did you mean' suggestions (built once)."""
    words = set(NOUNS) | set(COLORS) | set(MATERIALS) | set(SIZES) | set(HEIGHT_SIZES) | set(NUMBERS)
    words |= set(ORDINALS) | DEFINITE | INDEFINITE | ALL_WORDS | PRONOUNS | FILLER | all_keywords()
    words |= set(STAND_INS) | lang.NAME_MARKERS
    return frozenset(w for w in words if "_" not in w)
