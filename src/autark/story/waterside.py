"""An idea whose events need water gets a set with water.

A boat that sinks, a raft that drifts, someone who rows, sails, paddles or fishes from a boat: these happen on
water, and a set without any (the village of "the whole village watches the old boat sink", the street a fire
brigade's rescue guessed) put the boat on the grass, where it sank into the ground. ``water_setting`` keeps a
set that has water (the beach, the harbour, a lake, a river bank, an island, a ship's deck, under water) and a
dry place the idea names on purpose with a preposition of place for a vessel that only stands there ("paints
the boat in the village", "repariert das Boot in der Werkstatt"); any other water idea goes to the water its
words name (a river or canal: the river bank, a lake or pond: the mountain lake, a harbour: the harbour), a
raft to the river, fishing to the lake, the rest to the sea's beach.
"""

from __future__ import annotations

from functools import cache

from autark.assets.templates import fold

__all__ = ["WATER_SETS", "VESSEL_KINDS", "needs_water", "water_setting"]

VESSEL_KINDS = frozenset({"boat", "raft"})
# the verb stems (folded) of going on water or going under in it: these need water wherever the idea is
_ON_WATER = ("row", "rowing", "sail", "paddl", "canoe", "kayak", "drift", "float", "capsiz", "sink", "sank", "sunk",
             "rud", "segel", "segl", "paddel", "treib", "kenter", "sinkt", "sinken", "sank", "versink", "versank",
             "untergeh", "untergang", "geht_unter", "ging_unter", "angel", "fishing", "fish")
# words of the water a set should show -> that set (folded; German compounds by their start)
_WATER_WORDS: tuple[tuple[tuple[str, ...], str], ...] = (
    (("river", "canal", "stream", "creek", "brook", "fluss", "fluß", "kanal", "bach", "strom"), "river_bank"),
    (("lake", "pond", "see", "teich", "weiher", "tarn"), "mountain_lake"),
    (("harbour", "harbor", "port", "quay", "pier", "hafen", "kai", "anleger", "mole"), "harbour"),
    (("island", "insel"), "island"),
)
_LOCATIVE = frozenset({"in", "im", "at", "am", "on", "auf", "inside", "innerhalb", "bei", "beim", "within", "vor",
                       "behind", "hinter", "neben", "beside", "near"})
_ARTICLES = frozenset({"the", "a", "an", "der", "die", "das", "dem", "den", "des", "einem", "einer", "ein", "his",
                       "her", "their", "our", "my", "seinem", "ihrem", "unserem", "meinem", "old", "alten", "small",
                       "little", "kleinen"})


@cache
def _has_water(setting: str) -> bool:
    from autark.assets.templates import load_setting

    if setting in ("ship_deck", "underwater", "swimming_pool"):  # the sea is their ground, or the pool is
        return True
    try:
        template = load_setting(setting)
    except Exception:  # noqa: BLE001 - an unknown set has no water to keep
        return False
    words = ("sea", "lake", "pond", "river", "water", "basin", "canal", "moat")
    return any(item.type in ("cube", "cylinder") and any(w in (item.name or "").lower() for w in words)
               for item in template.layout)


WATER_SETS = ("beach", "harbour", "mountain_lake", "river_bank", "island", "ship_deck", "underwater")


def needs_water(folded: list[str], object_types: list[str]) -> tuple[bool, bool]:
    """(whether a vessel is in the idea, whether something happens on the water: a row, a sail, a drift, a
    sinking, fishing) for the idea's ``folded`` words and its things' kinds."""
    vessel = bool(VESSEL_KINDS & set(object_types))
    # "a row of chairs", "in rows", "the sails": a noun after an article or "in" is no going on water
    words = ["" if w.startswith(("row", "sail")) and k and folded[k - 1] in ("a", "the", "in", "one", "each")
             else w.replace("ß", "ss") for k, w in enumerate(folded)]
    doing = any(w and w.startswith(_ON_WATER) for w in words) or any(
        a == "geht" and "unter" in words[k + 1:k + 6] for k, a in enumerate(words))
    oars = ("row", "rud", "sail", "segel", "segl", "paddl", "paddel")
    return vessel, doing and (vessel or any(w and w.startswith(oars) for w in words))


def _names(word: str, stems: tuple[str, ...]) -> bool:
    """Whether ``word`` is one of ``stems``, its plural, or (for a stem of five letters or more) a compound
    beginning with it ("Flussufer", "riverside"); "see" is the German lake only whole ("sees" is no lake)."""
    return any(word in (s, s + "s", s + "n") or (len(s) >= 5 and word.startswith(s)) for s in stems)


def _named_on_purpose(folded: list[str], place_words: list[int]) -> bool:
    """Whether a place word stands after a preposition of place ("in the village", "im Dorf", "auf dem Hof"),
    not as a group ("the whole village watches")."""
    for k in place_words:
        j = k - 1
        while j >= 0 and folded[j] in _ARTICLES | {"whole", "ganze", "ganzen", "entire"}:
            j -= 1
        if j >= 0 and folded[j] in _LOCATIVE:
            return True
    return False


def water_setting(settings: list[str], folded: list[str], object_types: list[str], place_words: list[int],
                  given: bool) -> list[str]:
    """``settings`` with its first set replaced by one with water where the idea needs water and it has none
    (``folded``: the idea's folded words; ``place_words``: where it names its place; ``given``: whether it
    names one at all)."""
    if not settings or _has_water(settings[0]):
        return settings
    vessel, on_water = needs_water(folded, object_types)
    if not vessel and not on_water:
        return settings
    if given and _named_on_purpose(folded, place_words) and not on_water:
        return settings  # "repairs the boat in the village": a boat on land, where the idea puts it
    if given and _named_on_purpose(folded, place_words) and not vessel:
        return settings
    if not on_water and given:
        return settings
    words = [fold(w) for w in folded]
    target = next((place for stems, place in _WATER_WORDS if any(_names(w, stems) for w in words)), None)
    if target is None:
        target = "river_bank" if "raft" in object_types else "mountain_lake" if any(
            w.startswith(("fish", "angel")) for w in words) else "beach"
    return [target, *[s for s in settings[1:] if s != target]]  # the dry place is played by the water's


# the work done on a boat ashore (folded word starts): a boat painted, mended, built or washed stands on land
_ASHORE_WORK = ("paint", "repair", "mend", "fix", "build", "built", "wash", "clean", "scrub", "sand", "varnish",
                "mal", "repar", "flick", "bau", "wasch", "putz", "schrubb", "schleif", "lackier", "streich")
_AFLOAT_DOING = ("drive", "row", "sail", "climb", "board", "ride", "sink", "fahr", "rud", "segel", "steig", "sitz",
                 "sits", "sinkt", "paddl", "paddel", "float", "treib", "fish", "angel")


# the words a plan's action sentences name a vessel by (folded), in both languages
_VESSEL_NAMES = {"boat": ("boat", "boot", "ship", "schiff", "kahn", "canoe", "kanu"), "raft": ("raft", "floss")}


def works_on_it_ashore(actions: list[str], vessel: str) -> bool:
    """Whether a film's action sentences only work on the ``vessel`` kind (paint it, mend it, build it) and
    never go on it or sink it: then it stays where the story stood it, on the sand or the grass."""
    names = _VESSEL_NAMES.get(vessel, (vessel,))
    told = [[fold(w) for w in a.split()] for a in actions if any(v in fold(a).replace("ß", "ss") for v in names)]
    worked = any(w.startswith(_ASHORE_WORK) for words in told for w in words[1:2])
    afloat = any(w.startswith(_AFLOAT_DOING) for words in told for w in words[1:3])
    return worked and not afloat
