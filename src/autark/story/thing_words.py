"""Which words of an idea are things rather than a cast member or a place, read before the cast is made
(``autark.story.analysis``): a catch ("catches a big fish", "the fisherman's fish") is a thing held in the hands
or the mouth, and a roof someone is up on ("the cat sits on the roof") is a house's roof, not the street.

Pure word lists and index functions: no import of the analysis, which calls them (``story.possession`` and
``story.perches`` read the same words).
"""

from __future__ import annotations

from autark.story.german_nouns import article_number

__all__ = ["OWN_COLOURS", "OCCASION_THINGS", "occasion_things", "BEFORE_WORDS", "BETWEEN", "CATCHES", "LOOK_BACK", "POSSESSIVES", "ROOF_WORDS", "caught_as_things",
           "roofs_sat_on", "sky_bodies", "MOON_WORDS", "ENGLISH_TWINS", "english_twins", "owned_verbs", "one_each", "phrase_word", "things_read", "wrecks_and_treasure"]

# the possessive words before a thing (English, German in every case; folded)
POSSESSIVES = frozenset({
    "his", "her", "their", "its", "my", "your", "our",
    "sein", "seine", "seinen", "seinem", "seiner", "seines", "ihr", "ihre", "ihren", "ihrem", "ihrer", "ihres",
    "mein", "meine", "meinen", "meinem", "meiner", "dein", "deine", "deinen", "deinem", "unser", "unsere",
    "unseren", "unserem",
})
LOOK_BACK = 3  # "his *little red* balloon": the possessive may stand a few words before the thing
# what may stand between "in"/"on"/"auf" and the high thing ("up *the tall old* tree", "auf *dem* Dach")
BETWEEN = frozenset({"the", "a", "an", "his", "her", "their", "its", "tall", "big", "high", "old", "huge", "der",
                      "die", "das", "dem", "den", "einem", "einen", "eine", "seinem", "ihrem", "hohen", "grossen",
                      "großen", "alten", "top", "dach"})
BEFORE_WORDS = 6  # the animal is named at most this many words before the "in"/"from"/"auf"


# creatures that are food or a catch (folded words of the idea, both languages): one that is caught, eaten,
# stolen or someone's ("the fisherman's fish") is a thing held in the hands or the mouth, not a live cast member
CATCHES = frozenset({"fish", "fishes", "salmon", "trout", "tuna", "herring", "fisch", "fische", "fisches",
                     "fischen", "lachs", "lachse", "forelle", "forellen", "hering", "heringe", "thunfisch"})
# the story verbs whose patient a catch is a thing of
_CATCH_VERBS = frozenset({"catch", "steal", "take", "eat", "cook", "serve", "give", "buy", "sell", "carry",
                          "bring", "grab", "fish", "pick_up", "drop", "lose", "find", "share", "hold"})
_RELATIVES = frozenset({"that", "which", "who", "der", "die", "das", "welcher", "welche", "welches"})
_LOOK_BACK_VERB = 4  # "catches *a big* fish": the verb may stand a few words before it


def caught_as_things(folded: list[str], verbs: list[object], possessive: set[int]) -> set[int]:
    """The indices of the catch words (``CATCHES``) the idea makes a thing: right after a possessive ("his fish",
    "the fisherman's fish") or a few words after a verb that handles it ("catches a big fish", "klaut dem
    Fischer den Fisch"); none where a catch word is followed by a verb or a relative pronoun (alive)."""
    out: set[int] = set()
    # a catch that does something anywhere in the idea is alive everywhere ("catches a golden fish that grants
    # him three wishes", "catches a fish, but the fish escapes"): a cast member, as before
    if any(w in CATCHES and k + 1 < len(folded) and (verbs[k + 1] is not None or folded[k + 1] in _RELATIVES)
           for k, w in enumerate(folded)):
        return out
    for k, w in enumerate(folded):
        if w not in CATCHES:
            continue
        back = range(max(0, k - _LOOK_BACK_VERB), k)
        owned = any(j in possessive or folded[j] in POSSESSIVES for j in range(max(0, k - LOOK_BACK), k))
        verb = next((verbs[j] for j in reversed(back) if verbs[j] is not None), None)
        handled = verb is not None and getattr(verb, "key", "") in _CATCH_VERBS
        if owned or handled:
            out.add(k)
    return out


# a roof is a place word (a street of roofs) unless someone is up on it: then it is a house's roof (folded words)
ROOF_WORDS = frozenset({"roof", "rooftop", "dach", "hausdach", "scheunendach", "dache"})
_ON_WORDS = frozenset({"on", "onto", "atop", "from", "off", "up", "auf", "aufs", "vom", "von", "oben"})


def roofs_sat_on(folded: list[str], who_at: set[int]) -> set[int]:
    """The indices of the roof words (``ROOF_WORDS``) that are a thing someone is up on: after "on", "auf",
    "vom" (and articles), with someone (``who_at``: indices of the idea's characters) named a few words before
    ("the cat sits on the roof", "die Katze sitzt auf dem Dach", "rescues a cat from the roof")."""
    out: set[int] = set()
    for k, w in enumerate(folded):
        if w not in ROOF_WORDS:
            continue
        j = k - 1
        while j >= 0 and folded[j] in BETWEEN:
            j -= 1
        if j >= 0 and folded[j] in _ON_WORDS and any(max(0, j - BEFORE_WORDS) <= c < j for c in who_at):
            out.add(k)
    return out


# "their bikes", "ihre Fahrräder", "their own horses": a thing each of the cast has is one each (two women who
# race their bikes ride two bikes); a plural after these (folded words)
_EACH_OWN = frozenset({"their", "ihre", "ihren", "ihrer", "own", "eigenen", "eigene"})
_PLURAL_ENDS_EN = ("s",)


def one_each(folded: list[str], k: int, cast_count: int, lang: str) -> int:
    """How many of the thing at ``k`` the cast of ``cast_count`` has: one each (up to four) where a plural
    possessive ("their", "ihre", "ihren") stands before a plural noun, a few describing words back; 0 where the
    idea says nothing of the kind. German: the plural is read from "ihren" (dative plural) or "ihre" before a
    noun the vocabulary lists as a plural ("Schwerter"; "ihre Tasche" is one bag)."""
    from autark.story.lexicon import plurals, stems

    if cast_count < 2 or not 0 < k < len(folded):
        return 0
    word = folded[k]
    back = next((j for j in range(k - 1, max(k - 1 - LOOK_BACK, -1), -1) if folded[j] in _EACH_OWN), None)
    if back is None or any(folded[j] in ("and", "und", "or", "oder", ",") for j in range(back + 1, k)):
        return 0
    if lang == "en":
        plural = word.endswith(_PLURAL_ENDS_EN) and not word.endswith("ss") and len(stems(word)) > 1
    else:
        # "mit ihren Fahrrädern" is a dative plural; "verliert ihren Zauberstab" one thing's accusative
        plural = article_number(folded, k) == "several" or word in _german_plurals(frozenset(plurals()))
    return min(cast_count, 4) if plural else 0


def _german_plurals(words: frozenset[str]) -> frozenset[str]:
    from autark.assets.templates import fold

    return frozenset(fold(w) for w in words)


# a sunken ship is a wreck ("a sunken ship", "ein versunkenes Schiff"), and gold named as a thing ("full of gold",
# "voller Gold", "finds the gold and ...") is gold bars, where a colour word before a noun ("a gold crown") stays
# the crown's colour (folded words)
_SUNKEN = frozenset({"sunken", "sunk", "drowned", "versunken", "versunkene", "versunkenes", "versunkenen",
                     "versunkener", "gesunken", "gesunkene", "gesunkenes", "gesunkenen", "gesunkener"})
_SHIPS = frozenset({"ship", "boat", "galleon", "schiff", "schiffes", "schiffs", "boot", "bootes", "galeone"})
_TREASURE = {"gold": "gold_bars", "silver": "coins", "silber": "coins"}
_OF = frozenset({"voller", "of", "von", "vom", "viel", "much", "lots"})
_AFTER_NOUN = frozenset({"and", "und", "but", "aber", "or", "oder", "then", "dann", "that", "which", "das", "der",
                         "die", "is", "ist", "glitters", "glaenzt", "shines", "funkelt", "on", "in", "at", "under",
                         "into", "im", "am", "auf", "unter", "ins", "from", "away", "weg"})
_THE = frozenset({"the", "das", "dem", "den", "sein", "seinem", "ihr", "ihrem", "his", "her", "their", "all"})


def wrecks_and_treasure(folded: list[str]) -> dict[int, str]:
    """Word index -> asset type of a sunken ship (a shipwreck) and of gold or silver named as a thing."""
    out: dict[int, str] = {}
    for k, w in enumerate(folded):
        prev = folded[k - 1] if k else ""
        if w in _SHIPS and (prev in _SUNKEN or k > 1 and folded[k - 2] in _SUNKEN and prev in _THE):
            out[k] = "shipwreck"
        elif w in _TREASURE and (prev in _OF or prev in _THE and (k + 1 == len(folded)
                                                                 or folded[k + 1] in _AFTER_NOUN)):
            out[k] = _TREASURE[w]
    return out


# the moon is where a film happens only when someone is on it or goes there ("lands on the moon", "fliegt zum
# Mond", "auf dem Mond"); a moon something is done to ("turns the moon blue", "howls at the moon", "zeigt auf
# den Mond", "der Mond wird rot") is the moon in the sky, a thing of the scene (folded words)
MOON_WORDS = frozenset({"moon", "mond", "mondes", "vollmond", "full_moon"})
_ON_THE_MOON = frozenset({"on", "onto", "upon", "am"})  # ... its surface: always the place
_TO_THE_MOON = frozenset({"to", "towards", "toward", "from", "zum", "vom", "nach", "auf", "back"})
_GOING = frozenset({"fly", "walk", "land", "arrive", "ride", "run", "jump", "climb", "drive", "escape", "return",
                    "launch", "travel", "swim", "sail", "float"})
_SPACE_WORDS = frozenset({"rocket", "rockets", "rakete", "raketen", "astronaut", "astronauts", "astronautin",
                          "spaceship", "raumschiff", "space", "weltraum", "weltall", "lunar_lander", "mondfahrt",
                          "mondlandung", "moon_landing"})


def sky_bodies(folded: list[str], verbs: list[object]) -> set[int]:
    """The indices of the moon words (``MOON_WORDS``) that are the moon in the sky, a thing, not the place the
    film happens: every one except after "on"/"am" (its surface), or after "to", "zum", "auf", "from" where the
    idea goes there (a verb of going, or a rocket, an astronaut: "flies to the moon", "fliegt auf den Mond").
    "auf dem Mond" (dative) is always the place; "zeigt auf den Mond" points at the sky."""
    going = any(getattr(v, "key", "") in _GOING for v in verbs) or any(w in _SPACE_WORDS for w in folded)
    out: set[int] = set()
    for k, w in enumerate(folded):
        if w not in MOON_WORDS:
            continue
        j = k - 1
        while j >= 0 and folded[j] in BETWEEN | {"full", "bright", "pale", "voll", "hellen", "vollen"}:
            j -= 1
        before = folded[j] if j >= 0 else ""
        article = folded[k - 1] if k else ""
        if before in _ON_THE_MOON or (before == "auf" and article == "dem"):
            continue
        if before in _TO_THE_MOON and going:
            continue
        out.add(k)
    return out


# English words whose German twin the one vocabulary gives another meaning (the command language cannot hold a
# word with two meanings: "Wand" is a wall, "Boot" a boat): an English word among English ones is the English
# thing ("waves her wand", "loses his boot"); a German idea's "an die Wand", "mit dem Boot" keep theirs
ENGLISH_TWINS = {"wand": "wand", "wands": "wand", "boot": "boot", "boots": "boot"}
_ENGLISH_BEFORE = frozenset({"a", "an", "the", "his", "her", "their", "my", "your", "our", "its", "this", "that",
                             "magic", "old", "new", "broken", "golden", "silver", "wooden", "muddy", "left",
                             "right", "red", "black", "brown", "little", "big", "long", "shiny", "lost", "one",
                             "two", "pair", "of", "rubber", "leather", "cowboy", "wizard", "witch", "fairy"})


def english_twins(folded: list[str]) -> dict[int, str]:
    """Word index -> asset type of the English twins (``ENGLISH_TWINS``) an English word stands before."""
    return {k: ENGLISH_TWINS[w] for k, w in enumerate(folded)
            if w in ENGLISH_TWINS and k and folded[k - 1] in _ENGLISH_BEFORE}


# an English owner's word: what follows it (after a few describing words) is a thing, never an act ("her" is left
# out: "helps her find" has a verb after it)
_OWNERS = frozenset({"his", "their", "its", "my", "your", "our"})
# an article before a verb-word that names a thing makes it the thing only when what stands between describes it
# ("the stolen watch", "a golden watch"), never when it names another ("the boats race": the boats race)
_ARTICLES = frozenset({"the", "a", "an", "this", "that"})
# past participles that describe a thing ("the lost watch"); regular ones end in -ed or -en
_PARTICIPLES = frozenset({"lost", "found", "left", "hid", "kept", "bought", "caught", "sold", "torn", "worn"})


def _describes(word: str, verb: object, hits: list) -> bool:
    """Whether a word between an article and a thing word only describes the thing: an adjective the tables do
    not hold as a thing, someone or a little word ("golden", "old"; not "can" of "the giant can fly"), or a past
    participle ("stolen", "lost")."""
    if verb is not None:
        return word.endswith(("ed", "en")) or word in _PARTICIPLES
    return not any(h.category in ("object", "character", "stand_in", "setting", "stop") for h in hits)


def owned_verbs(folded: list[str], verbs: list[object], meanings: list[list]) -> dict[int, tuple[str, range]]:
    """Word index -> (the thing word of the hypernym table, the describing words before it) of an English word
    read as a verb that an owner's word stands before: "his golden pocket watch" is a watch (a clock), no act of
    watching, and "pocket" describes it; "its owner watch" is an owner who watches (someone stands between). After
    an article, only describing words may stand between ("the stolen watch", not "the boats race")."""
    from autark.story.hypernyms import HYPERNYMS
    from autark.story.roles import looks_like_role

    out: dict[int, tuple[str, range]] = {}
    for k, word in enumerate(folded):
        if verbs[k] is None or word not in HYPERNYMS:
            continue
        j = k - 1
        while j >= 0 and k - j <= LOOK_BACK and verbs[j] is None and folded[j] not in _OWNERS | _ARTICLES and not any(
                h.category in ("character", "stand_in") for h in meanings[j]) and not looks_like_role(folded[j]):
            j -= 1
        if j >= 0 and folded[j] in _OWNERS and k - j <= LOOK_BACK:
            out[k] = (HYPERNYMS[word], range(j + 1, k))
            continue
        j = k - 1
        while j >= 0 and k - j <= LOOK_BACK and folded[j] not in _ARTICLES and _describes(folded[j], verbs[j], meanings[j]):
            j -= 1
        if j >= 0 and folded[j] in _ARTICLES and (k - j <= LOOK_BACK):
            out[k] = (HYPERNYMS[word], range(j + 1, k))
    return out


def things_read(folded: list[str], verbs: list[object], possessive: set[int], someone: set[int]) -> dict[int, str]:
    """Word index -> the asset type it is read as: a catch is a fish (``caught_as_things``), a roof someone is up
    on a house (``roofs_sat_on``; ``someone``: the indices of the idea's characters), a sunken ship a wreck,
    gold named as a thing gold bars (``wrecks_and_treasure``), the moon something is done to the moon in the
    sky (``sky_bodies``) and an English "wand" or "boot" the English thing (``english_twins``)."""
    return {**dict.fromkeys(caught_as_things(folded, verbs, possessive), "fish"),
            **dict.fromkeys(roofs_sat_on(folded, someone), "house"), **wrecks_and_treasure(folded),
            **dict.fromkeys(sky_bodies(folded, verbs), "moon_orb"), **english_twins(folded)}


# things whose word says their colour when the idea says none (folded words of both languages): a taxi is a
# yellow car, an ambulance a white one, a fire engine a red truck
OWN_COLOURS = {w: colour for colour, words in (
    ("yellow", "taxi taxis cab cabs taxicab taxe taxen droschke schoolbus schulbus"),
    ("white", "ambulance krankenwagen rettungswagen"),
    ("red", "fire_engine firetruck fire_truck feuerwehrauto loeschfahrzeug"),
    ("blue", "police_car streifenwagen polizeiauto"),
) for w in words.split()}

# an occasion the idea names brings the things that show it (the word may start a German compound:
# "Geburtstagsfeier", "Hochzeitstorte"); each is an asset kind of the library
_OCCASIONS = {
    ("birthday", "birthdays", "geburtstag", "geburtstags"): ("cake", "candle", "balloon", "gift"),
    ("wedding", "weddings", "hochzeit", "hochzeits"): ("cake", "flower", "wine_glass"),
    ("christmas", "xmas", "weihnachten", "weihnacht", "weihnachts", "heiligabend"): ("christmas_tree", "gift"),
    ("halloween",): ("pumpkin", "candle"),
    ("easter", "ostern", "oster"): ("egg", "basket"),
    ("anniversary", "jubilaeum", "jahrestag"): ("cake", "wine_glass"),
    ("carnival", "karneval", "fasching", "fasnacht"): ("balloon", "hat"),
    ("new_year", "silvester", "neujahr"): ("wine_glass", "clock"),
    ("valentine", "valentinstag", "valentines"): ("flower", "gift"),
}
OCCASION_THINGS = {w: things for words, things in _OCCASIONS.items() for w in words}


def occasion_things(word: str) -> tuple[str, ...]:
    """The things an occasion word brings ("birthday": a cake, candles, balloons, a present), () for another
    word; a German compound by its first part ("Geburtstagskuchen")."""
    if word in OCCASION_THINGS:
        return OCCASION_THINGS[word]
    return next((things for w, things in OCCASION_THINGS.items() if len(w) >= 6 and word.startswith(w)), ())


def phrase_word(tokens: list[str], span_start: list[bool], k: int) -> str:
    """The idea's own words for the thing read at ``k``: the whole phrase where the tables matched several words
    as one ("fire truck", "ice cream", "treasure chest"), else the word. The first word alone had been said for
    the whole thing: "I will take the fire." for a fire truck, the title "The Kick" for a kick scooter. "" for
    a single word."""
    end = k + 1
    while end < len(tokens) and not span_start[end]:
        end += 1
    return " ".join(tokens[k:end]) if end > k + 1 else ""
