"""The one vocabulary: the English (``en``) and German (``de``) word tables merged, read by the command engine
and the story layer alike.

Each language module holds the same tables (see ``en.py``). Merging checks them: a word that means two things
in one table (a noun naming two asset types, a number word with two values) is refused when the vocabulary
loads, with the table, the word and both meanings in the message. ``words_of(table, lang)`` gives one
language's words of a table (the story layer counts them to tell the languages apart).

    from autark.language import lang
    lang.NOUNS["stuhl"]      # 'chair'
    lang.NUMBERS["several"]  # 4
"""

from __future__ import annotations

from types import ModuleType
from typing import Any

from autark.language.lang import de, en

__all__ = ["LANGUAGES", "THREE_WORD_NAMES", "FALSE_FRIENDS", "VocabularyError", "words_of", "merged", "grouped", "joined"]

LANGUAGES: dict[str, ModuleType] = {"en": en, "de": de}

# an asset's three-word names ("hot_air_balloon", "lightning_bug" has two): (word, word, word) -> asset type
THREE_WORD_NAMES: dict[tuple[str, str, str], str] = {}


class VocabularyError(ValueError):
    """Two language tables give one word two meanings (raised when the vocabulary loads)."""


def _add_asset_words() -> None:
    """Every asset kind that declares its own words (``AssetSpec.words``), built in or from a plugin's asset pack
    (``autark.plugins`` loads them before the vocabulary is built), joins its language's NOUNS table here,
    before the tables are merged (its two-word names its COMPOUNDS); a kind already listed there is a mistake
    (two sources of truth)."""
    from autark.assets.library import ASSETS

    spec_pairs: dict[tuple[str, str], str] = {}
    for spec in ASSETS.values():
        for code, words in spec.words.items():
            if code not in LANGUAGES:
                raise VocabularyError(f"asset {spec.type!r}: words for unknown language {code!r}")
            table = LANGUAGES[code].NOUNS
            if spec.category == "imported":  # a user's import never breaks the vocabulary: taken words stay out
                taken = {w for ws in table.values() for w in ws.split()}
                words = " ".join(w for w in words.split() if w not in taken)
                if not words or spec.type in table:
                    continue
            if spec.type in table:
                raise VocabularyError(f"{code}.NOUNS: {spec.type!r} has words in the table and in its asset spec")
            table[spec.type] = words
            # a two-word name ("old_man", "female_knight") is read from its two words too ("an old man"); it
            # names its own kind where the table had a broader one ("palm tree": a tree until palms came)
            compounds = LANGUAGES[code].COMPOUNDS
            for w in words.split():
                first, _, second = w.partition("_")
                parts = tuple(w.split("_"))
                if len(parts) == 3:  # "a hot air balloon": read from its three words
                    THREE_WORD_NAMES[parts] = spec.type  # type: ignore[index]
                if second and "_" not in second:
                    pair = (first, second)
                    if spec_pairs.get(pair, spec.type) != spec.type:
                        raise VocabularyError(f"{code}.COMPOUNDS: '{first} {second}' names both "
                                              f"{spec_pairs[pair]!r} and {spec.type!r}")
                    spec_pairs[pair] = compounds[pair] = spec.type


def _invert(table: dict[str, str], name: str, lang: str) -> dict[str, str]:
    out: dict[str, str] = {}
    for meaning, words in table.items():
        for w in words.split():
            if out.get(w, meaning) != meaning:
                raise VocabularyError(f"{lang}.{name}: '{w}' means both {out[w]!r} and {meaning!r}")
            out[w] = meaning
    return out


def grouped(name: str) -> dict[str, str]:
    """A table written meaning -> "word word ...", as word -> meaning over every language."""
    return merged(name, {lang: _invert(getattr(mod, name), name, lang) for lang, mod in LANGUAGES.items()})


def merged(name: str, tables: dict[str, dict[Any, Any]] | None = None) -> dict[Any, Any]:
    """A word -> value table over every language; a word with two values is a ``VocabularyError``."""
    tables = tables if tables is not None else {lang: getattr(mod, name) for lang, mod in LANGUAGES.items()}
    out: dict[Any, Any] = {}
    seen: dict[Any, str] = {}
    for lang, table in tables.items():
        for word, value in table.items():
            if word in out and out[word] != value:
                raise VocabularyError(f"{name}: '{word}' means {out[word]!r} in {seen[word]} and {value!r} in {lang}")
            out[word] = value
            seen.setdefault(word, lang)
    return out


def joined(name: str) -> Any:
    """A set (union) or a list of phrases (concatenated, English first) over every language."""
    parts = [getattr(mod, name) for mod in LANGUAGES.values()]
    if isinstance(parts[0], (set, frozenset)):
        return frozenset().union(*parts)
    return [p for part in parts for p in part]


def words_of(name: str, lang: str) -> set[str]:
    """One language's words of a table (grouped tables: the words, value tables: the keys)."""
    table = getattr(LANGUAGES[lang], name)
    if name in _GROUPED:
        return {w for words in table.values() for w in words.split()}
    return set(table)


_GROUPED = {"NOUNS", "PERSON_KINDS", "STAND_INS", "TIME_OF_DAY", "COLORS", "MATERIALS", "TINTS", "VERBS", "ACTION_VERBS", "LIGHTING", "SKIES", "WEATHER",
            "SHOTS", "VIEWS", "CAMERA_MOVES", "MOODS", "ARRANGEMENTS"}

_add_asset_words()

# -- the merged tables ---------------------------------------------------------------------------------------
NOUNS: dict[str, str] = grouped("NOUNS")  # word -> asset type
COMPOUNDS: dict[tuple[str, str], str] = merged("COMPOUNDS")  # (word, word) -> asset type
# per language: the words spelled like another language's noun that mean something else there ("" = no thing)
FALSE_FRIENDS: dict[str, dict[str, str]] = {code: dict(mod.FALSE_FRIENDS) for code, mod in LANGUAGES.items()}
PLURALS: frozenset[str] = frozenset(w for mod in LANGUAGES.values() for w in mod.PLURALS.split())
SAME_PLURAL: frozenset[str] = joined("SAME_PLURAL")
PERSON_KINDS: dict[str, str] = grouped("PERSON_KINDS")  # word -> kind of person
STAND_INS: dict[str, str] = grouped("STAND_INS")  # creature -> the body that plays it
COLORS: dict[str, str] = grouped("COLORS")  # word -> colour name
MATERIALS: dict[str, str] = grouped("MATERIALS")  # word -> material name
MATERIAL_PREFIXES: dict[str, str] = merged("MATERIAL_PREFIXES")
SIZES: dict[str, float] = merged("SIZES")
HEIGHT_SIZES: dict[str, float] = merged("HEIGHT_SIZES")
SIDE_ADJ: dict[str, str] = merged("SIDE_ADJ")
COMPARATIVES: dict[str, tuple[float, float, float]] = merged("COMPARATIVES")
SCALE_BIG: frozenset[str] = joined("SCALE_BIG")
DIM_WORDS: dict[str, int] = merged("DIM_WORDS")
VISIBILITY: dict[str, bool] = merged("VISIBILITY")
TINTS: dict[str, str] = grouped("TINTS")
DARKER: dict[str, float] = merged("DARKER")
ADJECTIVE_ENDINGS: tuple[str, ...] = de.ADJECTIVE_ENDINGS
NUMBERS: dict[str, int] = merged("NUMBERS")
ORDINALS: dict[str, int] = merged("ORDINALS")
UNITS: dict[str, float] = merged("UNITS")
DEGREE_WORDS: frozenset[str] = joined("DEGREE_WORDS")
SECOND_UNITS: dict[str, float] = merged("SECOND_UNITS")
DEFINITE: frozenset[str] = joined("DEFINITE")
INDEFINITE: frozenset[str] = joined("INDEFINITE")
ALL_WORDS: frozenset[str] = joined("ALL_WORDS")
PRONOUNS: frozenset[str] = joined("PRONOUNS")
PLURAL_PRONOUNS: frozenset[str] = joined("PLURAL_PRONOUNS")
FILLER: frozenset[str] = joined("FILLER")
PUNCTUATION = frozenset({",", ";", ".", "!", "?"})
SEPARATORS: frozenset[str] = PUNCTUATION | joined("SEPARATORS")
SEQUENCE: frozenset[str] = joined("SEQUENCE")
VERBS: dict[str, str] = grouped("VERBS")  # imperative -> command intent
ACTION_VERBS: dict[str, str] = grouped("ACTION_VERBS")  # narrative verb -> action kind
SPEECH_VERBS: frozenset[str] = joined("SPEECH_VERBS")
BECOME_WORDS: frozenset[str] = joined("BECOME_WORDS")
WAIT_WORDS: frozenset[str] = joined("WAIT_WORDS")
NAME_MARKERS: frozenset[str] = joined("NAME_MARKERS")
SWITCH_VERBS: frozenset[str] = joined("SWITCH_VERBS")
SWITCH_ON: dict[str, bool] = merged("SWITCH_ON")
SLOW_WORDS: frozenset[str] = joined("SLOW_WORDS")
FAST_WORDS: frozenset[str] = joined("FAST_WORDS")
MEANWHILE_WORDS: frozenset[str] = joined("MEANWHILE_WORDS")
MEANWHILE_PHRASES: tuple[tuple[str, ...], ...] = tuple(joined("MEANWHILE_PHRASES"))
SEQUENCE_WORDS: frozenset[str] = joined("SEQUENCE_WORDS")
LAST_WORDS: frozenset[str] = joined("LAST_WORDS")
FADE_OUT_WORDS: frozenset[str] = joined("FADE_OUT_WORDS")
FADE_IN_WORDS: frozenset[str] = joined("FADE_IN_WORDS")
TIME_OF_DAY: dict[str, str] = grouped("TIME_OF_DAY")  # word or phrase ("golden_hour") -> time of day
LIGHTING: dict[str, str] = grouped("LIGHTING")  # word -> lighting preset (times of day aside)
LIGHTING_PHRASES: dict[tuple[str, str], str] = merged("LIGHTING_PHRASES")
LIGHT_WORDS: frozenset[str] = joined("LIGHT_WORDS")
LIGHT_NOUNS: frozenset[str] = joined("LIGHT_NOUNS")
SPOT_WORDS: frozenset[str] = joined("SPOT_WORDS")
BACKGROUND_WORDS: frozenset[str] = joined("BACKGROUND_WORDS")
GROUND_WORDS: frozenset[str] = joined("GROUND_WORDS")
SKIES: dict[str, str] = grouped("SKIES")  # word -> sky name
WEATHER: dict[str, str] = grouped("WEATHER")  # word -> weather (``Settings.weather``)
WEATHER_STOP: frozenset[str] = joined("WEATHER_STOP")
CAMERA_WORDS: frozenset[str] = joined("CAMERA_WORDS")
SHOTS: dict[str, str] = grouped("SHOTS")  # word -> shot size
VIEWS: dict[str, str] = grouped("VIEWS")  # word -> side the camera looks from
CAMERA_MOVES: dict[str, str] = grouped("CAMERA_MOVES")  # word -> camera move
NARRATOR_WORDS: frozenset[str] = joined("NARRATOR_WORDS")
MOODS: dict[str, str] = grouped("MOODS")  # word -> music mood
MUSIC_WORDS: frozenset[str] = joined("MUSIC_WORDS")
FILM_WORDS: frozenset[str] = joined("FILM_WORDS")
FEMALE_WORDS: frozenset[str] = joined("FEMALE_WORDS")
# first names that make a voice female whatever the language
FEMALE_NAMES = frozenset({"anna", "maria", "emma", "mia", "lisa", "sarah", "julia", "laura", "lena", "sophie",
                          "sofia", "alice", "eva", "clara", "hannah", "lea", "marie", "emily", "olivia", "kate",
                          "jane", "luna", "ella", "nora"})
RELATIONS: list[tuple[tuple[str, ...], str]] = joined("RELATIONS")
REL_ADVERBS: dict[str, str] = merged("REL_ADVERBS")
DIRECTIONS: list[tuple[tuple[str, ...], tuple[int, int, int]]] = joined("DIRECTIONS")
CORNERS: dict[str, tuple[int, int]] = merged("CORNERS")
PLACE_TAIL: frozenset[str] = joined("PLACE_TAIL")
A_BIT: frozenset[tuple[str, ...]] = joined("A_BIT")
MUCH: frozenset[tuple[str, ...]] = joined("MUCH")
ARRANGEMENTS: dict[str, str] = grouped("ARRANGEMENTS")  # word -> row / circle
ARRANGE_LEAD: frozenset[str] = joined("ARRANGE_LEAD")
ARRANGE_ARTICLE: frozenset[str] = joined("ARRANGE_ARTICLE")
PREPOSITIONS: frozenset[str] = joined("PREPOSITIONS")
SETTING_CUES: list[tuple[str, ...]] = joined("SETTING_CUES")
WEAK_SETTING_CUES: list[tuple[str, ...]] = joined("WEAK_SETTING_CUES")
PLACE_SKIP: frozenset[str] = joined("PLACE_SKIP")
KEYWORDS: frozenset[str] = joined("KEYWORDS")
MARKERS: dict[str, frozenset[str]] = {lang: frozenset(mod.MARKERS) for lang, mod in LANGUAGES.items()}
