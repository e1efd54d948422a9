"""Lookups over the place tables (``autark.story.place_words``): the props that make a set read as a place,
where a profession works, and the nearest place word by meaning."""

from __future__ import annotations

import re
from functools import cache

from autark.assets.templates import fold
from autark.story.idea_marks import indefinite_en
from autark.story.place_words import (
    ACTIVITY_PLACES,
    COMPOUND_PARTS,
    COMPOUND_PLACES,
    GATES,
    OUTSIDE,
    OUTSIDE_PARTS,
    PLACE_PROPS,
    PLACES,
    ROLE_PLACES,
    STRONG_ACTIVITY_PLACES,
)

__all__ = ["PLACES", "PLACE_PROPS", "ROLE_PLACES", "place_for_activity", "place_for_role", "place_by_meaning",
           "props_for", "not_the_setting", "GOAL_WORDS", "compound_place", "stand_in_notes",
           "read_worlds", "idea_place_phrase", "said_place"]


def props_for(word: str) -> tuple[str, ...]:
    """The props that make a set read as the place ``word`` names (folded, any ending): a market's stalls."""
    from autark.assets import library
    from autark.story.lexicon import stems

    found = next((PLACE_PROPS[f] for f in stems(word) if f in PLACE_PROPS), ())
    compound = compound_place(word) if not found else None
    if compound is not None:  # "Bahnhofshalle": the station's own hall, no banquet's long table by its head
        found = compound[1]
    elif not found:
        found = _phrase_props(word)
    from autark.assets.templates import setting_aliases

    own = any(f in setting_aliases() for f in stems(word))  # "Turnhalle" is the gym's own name: no hall's table
    if not found and compound is None and not own:  # a place read by meaning brings its class's fixtures
        found = _class_props(fold(word))
    # a German compound by its place head: "Dorfkino" is a cinema with its screen (not a word read by meaning:
    # "Wartesaal" is a waiting room, no hall with a banquet's table)
    if not found and compound is None and not own and not _read_by_meaning(fold(word)):
        found = next((PLACE_PROPS[f[i:]] for f in stems(word) for i in range(3, len(f) - 3)
                      if f[i:] in PLACE_PROPS and "_" not in f), ())
    return tuple(p for p in found if p in library.all_types())


def _read_by_meaning(word: str) -> bool:
    """Whether ``word`` is a place word no table has that is read by its meaning (``place_by_meaning``)."""
    from autark.story.lexicon import lexicon

    return "_" not in word and not lexicon().lookup(word) and place_by_meaning(word) is not None


@cache
def _class_props(word: str) -> tuple[str, ...]:
    """The fixtures of the WordNet class a place word no table has is read by (``place_classes.CLASS_PROPS``:
    a barbershop's mirror and chair, a recording studio's microphone); empty for a word the tables know."""
    from autark.story.place_classes import CLASS_PROPS

    if not _read_by_meaning(word):
        return ()
    found = place_by_meaning(word)
    # the class's fixtures, or those of the table's place word it reached ("Dorfkino": a cinema, with its screen)
    return (CLASS_PROPS.get(found[1]) or PLACE_PROPS.get(found[1], ())) if found is not None else ()


@cache
def _phrase_props(first: str) -> tuple[str, ...]:
    """The props of the place phrases that begin with the joined word ``first`` ("hot_air" of
    "hot_air_balloon": the analysis names a phrase by its first word), where they all agree; a lone word
    ("over", "auf") is no start of a phrase here (it begins too many)."""
    if "_" not in first:
        return ()
    found = {props for phrase, props in PLACE_PROPS.items() if phrase.startswith(first + "_")}
    return next(iter(found)) if len(found) == 1 else ()


def compound_place(word: str) -> tuple[str, tuple[str, ...]] | None:
    """(set, the things that show the part) of a German compound of a place and a part of it (folded, any
    ending): "gartentor" the meadow with a fence, "burgtor" the courtyard with its wall, "schulhof" the
    playground, "waldweg" the forest with a path; None where the word is no such compound."""
    from autark.story.lexicon import stems

    for form in stems(word):
        for i in range(3, len(form) - 2):
            head, part = form[:i], form[i:]
            if part not in COMPOUND_PARTS:
                continue
            for first in dict.fromkeys((head, head.removesuffix("s"), head.removesuffix("n"),
                                        head.removesuffix("en"), head.removesuffix("e"), head + "e")):
                setting = COMPOUND_PLACES.get(first)
                if setting is not None:
                    if part in OUTSIDE_PARTS:  # "Kirchturm": the tower seen from the street
                        setting = OUTSIDE.get(setting, setting)
                    props = COMPOUND_PARTS[part]
                    if part in ("tor", "pforte"):
                        props = (GATES.get(setting, "fence"),)
                    elif part in ("tuer", "eingang") and setting in ("farm", "castle_courtyard"):
                        props = (GATES[setting],)  # a stable's door is the barn's
                    return setting, props
    return None


def place_for_role(word: str, kit: str = "") -> str | None:
    """The set a profession works in: by the idea's word (folded, any ending: "Fischerin" -> "fischer"),
    else by the costume kit that plays it."""
    from autark.story.lexicon import stems
    from autark.story.trades import trade_of

    trade = trade_of(word)  # a job's own place first, any ending ("Wanderinnen": the hikers' forest)
    if trade is not None:
        return trade.setting
    for form in stems(word):
        for candidate in (form, form[:-2] if form.endswith("in") and len(form) > 5 else ""):
            if candidate in ROLE_PLACES:
                return ROLE_PLACES[candidate]
    return ROLE_PLACES.get(kit)


# a place word after these is where a journey goes ("reitet zum Schloss"): seen from the way there, the castle
# is a thing too
GOAL_WORDS = frozenset({"to", "towards", "toward", "zum", "zur", "nach"})


def not_the_setting(objects: list, read_as_places: list[tuple[str, str]], settings: list[str]) -> list:
    """``objects`` (``ObjectConcept``) without those read from a word that is the film's place: "springt im
    Schloss auf den Thron" happens in the throne room and puts no 13 m castle inside it. ``read_as_places``:
    (the idea's word, the set it names) of the place words read as places."""
    words = {w for w, setting in read_as_places if setting in settings}
    return [o for o in objects if o.word not in words]


def _is_person(kind: str) -> bool:
    from autark.assets import library

    try:
        return kind == "humanoid" or bool(library.get(kind).age)
    except KeyError:  # a kind the library does not have is nobody's body
        return False


def place_for_activity(words: list[str]) -> tuple[str, str, bool] | None:
    """(set, place word, strong) that the activities among ``words`` (folded; the idea's verbs, not its
    nouns) imply: "bake" a kitchen, "schwimmt" the beach, "liest" the library (the office with shelves). The
    first strong one wins over a weak one before it ("a boy reads while his grandmother sleeps": the bedroom,
    where the sleep can be staged); ``strong`` is True where the activity beats a profession's workplace (see
    STRONG_ACTIVITY_PLACES)."""
    from autark.assets.templates import setting_aliases
    from autark.story.lexicon import stems

    found: list[tuple[str, str, bool]] = []
    for word in words:
        place = next((ACTIVITY_PLACES[f] for f in stems(word) if f in ACTIVITY_PLACES), None)
        setting = (PLACES.get(place) or setting_aliases().get(place)) if place else None
        if place and setting:
            found.append((setting, place, place in STRONG_ACTIVITY_PLACES))
    return next((f for f in found if f[2]), found[0] if found else None)


# multilingual-e5 cosine between two place words. Measured on 34 labelled place words the tables do not hold
# (tests/story/test_nouns.py, PLACE_PROBES): at 0.88 the model placed 11 of them wrongly (it matches by
# spelling: "bay" -> "Bach", "glade" -> "Gletscher"); at 0.91 and no margin 42% are right and 4 wrong, the
# best balance of right against wrong of the bars tried (0.86 .. 0.92, margins 0 .. 0.01).
PLACE_MIN_SCORE = 0.91
PLACE_MIN_MARGIN = 0.0


@cache
def _place_words() -> tuple[str, ...]:
    from autark.assets.templates import setting_aliases

    return tuple(sorted({*PLACES, *setting_aliases()}))


def _spelled_alike(word: str, known: str) -> bool:
    """Whether two words share a long run of letters (a third of the shorter, five at least) or are spelling
    neighbours: then an embedding's likeness is their spelling's, not their meaning's."""
    import difflib

    from autark.story.semantic import SPELLING_NEIGHBOUR

    a, b = word.replace("_", ""), known.replace("_", "")
    run = difflib.SequenceMatcher(None, a, b).find_longest_match(0, len(a), 0, len(b)).size
    return run >= max(5, min(len(a), len(b)) // 3) or difflib.SequenceMatcher(None, a, b).ratio() >= \
        SPELLING_NEIGHBOUR


def place_by_meaning(word: str) -> tuple[str, str, float] | None:
    """(set, the place word or class it is nearest to, score) for a word no table has, or None (nothing
    clearly near). Used only for words that read as a place (after "in", "at", "im", "am", ...): first by its
    WordNet class ("fjord" -> inlet: the lake; ``story.place_classes``, score 1.0), else by embedding."""
    from autark.story import semantic
    from autark.story.place_classes import is_no_place, place_by_class

    by_class = place_by_class(word) or _by_translation(word)
    if by_class is not None:
        return by_class[0], by_class[1], 1.0
    if not semantic.semantic_available() or len(word) < 3 or is_no_place(word):
        return None  # (a "jar" is a vessel: the embedding's nearest place, a yard, is no reading of it)
    match = semantic.nearest_by_embedding(word, _place_words(), PLACE_MIN_SCORE, PLACE_MIN_MARGIN)
    if match is None or _spelled_alike(word, match.known):
        return None  # a model's nearest by shared pieces: "treehouse" is no lighthouse, "Blechbüchse" no Bücherei
    from autark.assets.templates import setting_aliases

    known = match.known
    return PLACES.get(known) or setting_aliases()[known], known, match.score


_TRANSLATIONS = 4  # the dictionary's first English words for a German place word that are tried
# last words of an English phrase that say too little on their own ("changing room" is no living room)
_GENERIC_HEADS = frozenset({"room", "rooms", "hall", "house", "place", "area", "building", "space", "site"})
_PART_MIN = 4  # the shortest last part of a German compound read on its own ("Hotel-lobby", "Ton-studio")


def _english_place(english: str) -> tuple[str, str] | None:
    """(set, the word or class that reached it) for an English place phrase of the dictionary ("waiting room",
    "tailor's shop", "ice rink", "ante room"): the phrase in the place tables or a set's names, else its WordNet
    class, whole ("waiting_room"), written as one word ("anteroom") or by its last word ("shop")."""
    from autark.story.lexicon import lexicon
    from autark.story.place_classes import place_by_class

    words = fold(english.replace("\u2019", "'")).replace("'s", "").replace("'", "").split("_")
    heads = (words[-1],) if len(words) > 1 and words[-1] not in _GENERIC_HEADS else ()
    for candidate in dict.fromkeys(("_".join(words), "".join(words), *heads)):
        setting = next((h.key for h in lexicon().lookup(candidate) if h.category == "setting"), None)
        if setting is not None:
            return setting, candidate
        by_class = place_by_class(candidate)
        if by_class is not None:
            return by_class
    return None


@cache
def _by_translation(word: str) -> tuple[str, str] | None:
    """(set, the English word or class that reached it) for a German place word no table has, read through
    its English words (``story.translations``: "Wartesaal" a waiting room, "Eishalle" an ice rink, "Kloster" a
    monastery), else through its last part where the whole word has no entry ("Hotellobby": the lobby,
    "Tonstudio" a studio); None where neither names a place."""
    from autark.story import translations

    for english in translations.english_nouns(word)[:_TRANSLATIONS]:
        found = _english_place(english)
        if found is not None:
            return found
    if translations.english_nouns(word):
        return None  # the dictionary knows the word and none of its senses is a place
    for i in range(3, len(word) - _PART_MIN + 1):
        tail = word[i:]
        for english in (*translations.english_nouns(tail)[:_TRANSLATIONS], tail):
            found = _english_place(english)
            if found is not None:
                return found
    return None


# the small words a place phrase of the table may begin with ("in_the_lift", "ueber_den_wolken")
_LEAD_WORDS = frozenset({"in", "into", "inside", "for", "at", "on", "the", "a", "im", "ins", "am", "auf", "ueber",
                         "den", "dem", "der", "die", "das"})


_WHERE_WORDS = frozenset({"above", "over", "under", "below", "across", "ueber", "unter", "oberhalb", "unterhalb"})


def stand_in_notes(tokens: list[str], folded: list[str], meanings: list[list], span_start: list[bool],
                   said: list[str]) -> list[str]:
    """A note for each place word of an idea that a set of another name plays through the place table
    ("'bakery' is played by the set 'kitchen'", "'Waschküche' is played by the set 'cellar'"): a stand-in is
    always said, never silent. None for a set's own name or a phrase that holds it ("the school library"), a
    proper name (``place_names`` says those) or a word another note (``said``) already names."""
    from autark.assets.templates import setting_aliases
    from autark.story.lexicon import lexicon, stems
    from autark.story.place_names import PLACE_NAMES

    own = setting_aliases()  # every set's own names (folded) -> the set
    notes: list[str] = []
    for k, hits in enumerate(meanings):
        setting = next((h.key for h in hits if h.category == "setting"), None)
        if setting is None or not span_start[k]:
            continue
        end = k + 1
        while end < len(folded) and not span_start[end]:
            end += 1
        phrase = "_".join(folded[k:end])
        forms = [phrase] if end > k + 1 else stems(phrase)
        word = next((f for f in forms if PLACES.get(f) == setting and f not in PLACE_NAMES), None)
        if word is None or any(own.get(w) == setting or w == setting for w in folded[k:end]):
            continue
        named = tokens[k:end]
        while len(named) > 1 and fold(named[0]) in _LEAD_WORDS:  # "in the lift": the lift
            named = named[1:]
        if len(named) > 1 and fold(named[0]) in _WHERE_WORDS:
            continue  # "above the city" says where the sky is, it names no thing the sky stands in for
        if any(h.category == "object" and h.key in PLACE_PROPS.get(word, ()) for w in (word, fold(named[-1]))
               for h in lexicon().lookup(w)):
            continue  # "the barn" is the farm with its barn: the thing itself is shown, nothing stands in
        token = " ".join(named)
        if any(repr(token) in n for n in [*said, *notes]):
            continue
        props = [indefinite_en(p.replace("_", " ")) for p in PLACE_PROPS.get(word, ())]
        notes.append(f"{token!r} is played by the set {setting.replace('_', ' ')!r}" + (
            f" with {' and '.join(props)}" if props else ""))
    return notes


# a world named with the place it is ("on a jungle planet", "auf einem Wüstenplaneten", "an ice world"): the set
# is the place, and the world is no thing on it (a misty jungle planet had been a barrel-sized prop the alien
# talked to: "Right, planet. Do not let me down.")
_WORLDS = ("planet", "planeten", "planets", "world", "worlds", "welt", "welten", "moon", "mond")
_ON = frozenset({"on", "onto", "to", "auf", "zu", "zum", "nach"})
_BEFORE = 4  # describing words and the place word between "on a" and the world ("on a misty alien jungle planet")


def read_worlds(folded: list[str], meanings: list[list], lang: str) -> None:
    """Re-read in ``meanings`` (in place) each world named with its place after "on", "auf", "to": the world
    word as that place ("Dschungelplanet": the jungle) or as nothing where the place word stands before it ("on
    a jungle planet"), and a being's word among its describing words as describing it ("on a misty alien jungle
    planet": no alien is cast)."""
    from autark.story.lexicon import Hit

    for k, lead, world in _worlds_of_their_place(folded, meanings):
        meanings[k] = [Hit("setting", world, lang) if world else Hit("stop", "", "any")] + [
            h for h in meanings[k] if h.category in ("genre", "mood")]  # (a planet still says sci-fi)
        for j in range(lead + 1, k):
            if any(h.category in ("character", "stand_in") for h in meanings[j]):
                meanings[j] = [Hit("stop", "", "any")]


def _worlds_of_their_place(folded: list[str], meanings: list[list]) -> list[tuple[int, int, str]]:
    """(index, index of the "on" before it, set) of each world word that a place word names after "on",
    "auf", "to". The set is "" where the place word stands before it ("on a jungle planet": the jungle is read
    there), else the set its first part names ("Dschungelplanet": the jungle)."""
    found: list[tuple[int, int, str]] = []
    for k, word in enumerate(folded):
        world = next((w for w in _WORLDS if word.endswith(w)), None)
        if world is None:
            continue
        lead = next((j for j in range(k - 1, max(k - 2 - _BEFORE, -1), -1) if folded[j] in _ON), None)
        if lead is None:
            continue
        setting = next(("" for j in range(lead + 1, k) for h in meanings[j] if h.category == "setting"), None)
        if setting is None and len(word) - len(world) >= 3:  # a German compound: its first part is the place
            from autark.story.lexicon import lexicon

            first = word[: -len(world)]
            setting = next((h.key for f in (first, first.removesuffix("s")) for h in lexicon().lookup(f)
                            if h.category == "setting"), None)
        if setting is not None:
            found.append((k, lead, setting))
    return found


_PLACE_LEADS = {"en": ("in", "at", "on", "inside"), "de": ("im", "am", "in", "auf", "beim", "an")}
_STAND_IN_NOTE = re.compile(r"^'([^']+)' is played by the set '([^']+)'")
_LEAD_SPAN = 4  # the preposition, an article and describing words before the place word ("in the old village")


def idea_place_phrase(concept) -> str:
    """Where the film is, in the idea's own words, where another set stands in for its place: "im Waschsalon"
    (the shop plays it), "in the village cinema" (the stage), "im alten Dorfkino"; "" where the idea names its
    set by the set's own name or names no place. The narrator says it instead of the set's name ("Im Laden ist
    ein Student" for a laundromat, "auf der Bühne" for a cinema)."""
    lang = concept.language
    for note in concept.warnings:
        m = _STAND_IN_NOTE.match(note)
        if m is None or m.group(2).replace(" ", "_") != concept.setting:
            continue
        words = re.findall(r"[\w'-]+", concept.idea)
        named = m.group(1).split()
        for k in range(len(words) - len(named) + 1):
            if words[k:k + len(named)] != named:
                continue
            lead = next((j for j in range(k - 1, max(k - 1 - _LEAD_SPAN, -1), -1)
                         if words[j].lower() in _PLACE_LEADS.get(lang, ())), None)
            if lead is None:
                return ""
            phrase = words[lead:k + len(named)]
            phrase[0] = phrase[0].lower()
            if lang == "en" and len(phrase) > 1 and phrase[1].lower() in ("a", "an"):
                phrase[1] = "the"  # said again and again in the film: "in the laundromat"
            return " ".join(phrase)
    return ""


def said_place(concept) -> str:
    """Where the film is, as its lines say it: the idea's own words where a set stands in for its place
    (``idea_place_phrase``: "im Waschsalon"), else the set's phrase ("in the kitchen", "am Strand"), "" for a
    set without one."""
    from autark.story.beats import PLACES as SAID

    return idea_place_phrase(concept) or SAID.get(concept.setting, ("", ""))[concept.language == "de"]
