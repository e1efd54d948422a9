"""What an idea's word that the vocabulary does not know is: a place (a set), a person (a costume kit), a thing
(the nearest asset kind), a describing word (a mood, or nothing), or unknown, in that order of questions.

- a word after a place preposition ("at a banquet", "im Krankenhaus") is first asked for a place: the place
  table (``autark.story.places``), then the embedding's nearest place word;
- a describing word (before a noun, an adjective ending, a German word its word list writes in lower case) is
  never cast and never reported: a mood word colours the film (``autark.language.lang`` MOODS), anything
  else is dropped silently ("verletzten", "golden", "grumpy" before it was a mood);
- a role word (the role table, or a real noun with a person's ending that the embedding puts nearer a person
  than a thing: Imker, beekeeper, waiter) is a person in the nearest costume kit (``autark.story.roles``);
- any other noun is the embedding's nearest known word (``autark.story.semantic.nearest``), which is written
  in the notes as what stands in for what.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from autark.assets.templates import fold
from autark.story import dictionary, noun_kinds, places, roles, semantic, time_phrases, wordnet_words
from autark.story.hypernyms import HYPERNYMS, HYPERNYMS_DE
from autark.story.idea_marks import indefinite_en
from autark.story.place_names import PLACE_PREPOSITIONS
from autark.story.sense_context import fits_context
from autark.story.sizes import AGE_WORDS

__all__ = ["Reading", "PLACE_PREPOSITIONS", "animal_before_agent", "read_unknown", "is_describing", "is_agent_noun"]

_ARTICLES = {"a", "an", "the", "his", "her", "their", "its", "my", "ein", "eine", "einen", "einem", "einer",
             "der", "die", "das", "den", "dem", "des", "sein", "seine", "seinem", "seinen", "ihr", "ihre", "ihrem",
             "ihren"}
_ADJ_ENDINGS = ("y", "ful", "ous", "ive", "ish", "less", "able", "ible", "ic", "ed", "ing", "al", "ig", "lich",
                "isch", "bar", "los", "sam", "haft")
_NOUN_CATEGORIES = {"character", "object", "setting", "stand_in"}
# multilingual-e5 cosine for a thing word's nearest known noun. Measured on 64 labelled thing words the
# vocabulary does not hold (tests/story/test_nouns.py, THING_PROBES): single words embed by their spelling
# ("saucer" -> "Saurier", "tankard" -> "Tannen"), so at the old bar (0.86, margin 0.015) 25% were right and
# 5 wrong; from 0.95 none is wrong (28% right: the abstract words rightly reported). The table, the compound
# head and the person reading do the work; the model only takes what it is all but sure of.
THING_MIN_SCORE = 0.95
THING_MIN_MARGIN = 0.0


@dataclass(frozen=True)
class Reading:
    """What an unknown word turned out to be: ``kind`` is "setting" (``key``: the set), "person" (``key``: the
    lexicon group, ``kit``: the costume kit or ""), "word" (``key``: the known word whose meanings it takes), "mood"
    (``key``: the mood) or "drop"; ``note`` is what the plan prints (empty: nothing to say)."""

    kind: str
    key: str
    kit: str = ""
    note: str = ""


# the first parts of a compound that make the whole a body of their own kind: a "Roboter-Kellner" is a robot
# who waits at tables, as a "robot waiter" is (autark.story.analysis casts the two-word form)
_BODY_MODIFIERS = {"roboter": "robot", "robot": "robot"}


def _hyphenated(token: str, folded: list[str], k: int, lang: str, pos: str, next_is_noun: bool,
                vocabulary: tuple[str, ...], lookup) -> Reading | None:
    """A hyphenated word ("Geister-Pirat", "Roboter-Kellner", "space-pirate"): German writes a compound's parts
    with a hyphen at will, so it is read as the closed compound ("Geisterpirat": a pirate); English by its last
    part. A robot's part makes it a robot. The note names the word as written."""
    parts = [p for p in token.split("-") if p]
    first = fold(parts[0]).lower()
    if first in _BODY_MODIFIERS and lookup(_BODY_MODIFIERS[first]):
        return Reading("word", _BODY_MODIFIERS[first], note=f"{token!r} is a {_BODY_MODIFIERS[first]}")
    whole = parts[0] + "".join(p.lower() for p in parts[1:]) if lang == "de" else parts[-1]
    joined = fold(whole).lower()
    if lookup(joined):
        return Reading("word", joined)
    reading = read_unknown(whole, [*folded[:k], joined, *folded[k + 1:]], k, lang, pos, next_is_noun, vocabulary,
                           lookup)
    if reading is not None and reading.note:
        reading = Reading(reading.kind, reading.key, reading.kit, reading.note.replace(repr(whole), repr(token)))
    return reading


def is_describing(token: str, folded: list[str], k: int, next_is_noun: bool, lang: str) -> bool:
    """Whether the unknown word at ``k`` describes (an adjective or participle) rather than names."""
    word = folded[k]
    if next_is_noun:
        return True  # "a grumpy king", "einem verletzten Vogel"
    if lang == "de":
        noun = dictionary.german_noun(token)
        if noun is not None:
            return not noun and not token[:1].isupper()
        return not token[:1].isupper() and word.endswith(("e", "en", "er", "es", "em"))
    after_article = k > 0 and folded[k - 1] in _ARTICLES
    return not after_article and word.endswith(_ADJ_ENDINGS)


def is_common_describing(word: str) -> bool:
    """Whether a folded word (any ending) is one of the lexicon's common describing words ("strong",
    "heftiger", "lauter")."""
    from autark.story.lexicon import stems

    return bool(set(stems(word)) & _describing_words())


@cache
def _describing_words() -> frozenset[str]:
    from autark.story.lexicon import lexicon

    return frozenset(fold(str(w)) for words in lexicon().data.get("describing", {}).values() for w in words)


def _mood_of(word: str) -> str | None:
    """The film mood a describing word names, by the vocabulary's mood words (any ending)."""
    from autark.story.lexicon import stems

    moods = _mood_words()
    return next((moods[s] for s in stems(word) if s in moods), None)


@cache
def _mood_words() -> dict[str, str]:
    from autark.language import lang

    return {fold(w): mood for w, mood in lang.grouped("MOODS").items()}


_DESCRIBING_BEFORE = 2  # describing words between a place's article and its word ("in the old abandoned mill")


def _after_describing_words(folded: list[str], k: int) -> bool:
    """Whether the word at ``k`` follows a preposition of place, an article and up to ``_DESCRIBING_BEFORE``
    describing words (a common one, or a participle or inflected form: "abandoned", "ausverkauften")."""
    j = k - 1
    while j >= 0 and k - j <= _DESCRIBING_BEFORE and folded[j] not in _ARTICLES and (
            is_common_describing(folded[j]) or folded[j].endswith(("ed", "en", "ene", "enen", "ten", "te"))):
        j -= 1
    return k - j > 1 and j > 0 and folded[j] in _ARTICLES and folded[j - 1] in PLACE_PREPOSITIONS


def read_unknown(token: str, folded: list[str], k: int, lang: str, pos: str, next_is_noun: bool,
                 vocabulary: tuple[str, ...], lookup) -> Reading | None:
    """Read the unknown word ``token`` (at ``k`` in the idea's folded words); ``pos`` is the analysis's guess
    ("noun", "adj"); ``vocabulary`` the known noun words; ``lookup(word)`` the lexicon's hits. None: report it."""
    word = folded[k]
    # German writes a noun that names another one into a compound: a capitalised word before a noun is a noun of
    # its own ("sammeln im Herbstwald Kastanien": the forest, no describing word of the chestnuts)
    next_is_noun = next_is_noun and not (lang == "de" and token[:1].isupper())
    if "-" in token.strip("-") and (hyphenated := _hyphenated(token, folded, k, lang, pos, next_is_noun, vocabulary,
                                                               lookup)) is not None:
        return hyphenated  # (folded, the hyphen is "_"); else read whole: "Hans-Peter" is someone's name
    if is_common_describing(word):  # "a heavy storm", "ein lauter Donner": how it is, left out silently
        return Reading("drop", "")
    from autark.story.analysis_words import WORLD_NAMES

    if word in WORLD_NAMES:  # "looks down at Earth": a world seen or left, no one and no set of its own
        return Reading("drop", "")
    if noun_kinds.is_ground(word) or time_phrases.is_time_word(word):  # "im Schlamm", "im Herbst": the
        return Reading("drop", "")  # ground or a time, no one and nothing to hold
    if dictionary.false_friend(word, lang) == "":  # "der Rat" (a council) is no rat: nothing plays it
        return None
    from autark.story.creature_words import names_a_creature

    if names_a_creature(word):  # "die Mumie", "ein Skelett": someone, whose body story.creature_bodies gives
        return Reading("person", "person")
    prev = folded[k - 1] if k else ""
    prev2 = folded[k - 2] if k > 1 else ""
    after_place_word = prev in PLACE_PREPOSITIONS or (prev in _ARTICLES and prev2 in PLACE_PREPOSITIONS) or (
        _after_describing_words(folded, k))  # "in the abandoned sacristy", "in der ausverkauften Eishalle"
    table = _table_target(word, lang, lookup)
    # "in der Blechbüchse": a German compound whose last part is a thing is that thing, never the place an
    # embedding finds near its spelling (the library, for "büchse" and "Bücherei")
    thing_head = lang == "de" and token[:1].isupper() and _german_thing_head(word, lookup)
    if after_place_word and not next_is_noun and not table and not thing_head:  # "flees from an avalanche"
        found = places.place_by_meaning(word)
        if found is not None:
            setting, near, _score = found
            return Reading("setting", setting, note=f"{token!r} is played by the set {setting.replace('_', ' ')!r}"
                           f" (nearest place: {near.replace('_', ' ')!r})")
    # a word the table has as a thing or creature is a noun ("feeds her donkey an apple": no -y adjective;
    # "sein Esel wandern": no describing word before a noun)
    as_noun = bool(table) and not any(h.category in ("mood", "colour") for h in lookup(table))
    # "a husky", "a catfish", "a firefly": after an article, a word whose first sense is a creature or a person
    # names one, whatever its ending says (-y, -ish are an adjective's too)
    as_noun = as_noun or (lang == "en" and prev in _ARTICLES and not next_is_noun and word not in AGE_WORDS
                          and _first_sense_a_being(word))  # ("a young goat": young is its age, no offspring)
    # ...and a German capitalised word after an article, whatever its ending ("der Froschkönig": no -ig adjective)
    # (German writes describing words small: a capital after an article names even before another noun, "bringt
    # den Gästen Suppe", "die Gäste essen Kuchen")
    # (past the idea's first word a capital is a noun's anyway: "sammeln im Herbstwald Kastanien" has no
    # describing word, whatever follows it)
    as_noun = as_noun or (lang == "de" and (prev in _ARTICLES or k > 0) and token[:1].isupper())
    if not as_noun and (pos == "adj" or is_describing(token, folded, k, next_is_noun, lang)):
        mood = _mood_of(word)
        return Reading("mood", mood) if mood else Reading("drop", "")
    kit = next((roles.ROLE_KITS[f] for f in _forms(word) if f in roles.ROLE_KITS), None)
    if word in roles.PLAYER_WORDS and prev:  # "the accordion player": what is played says who plays it
        kit = next((played for h in lookup(_table_target(prev, lang, lookup) or prev) if h.category == "object"
                    and (played := roles.player_kit(h.key))), kit)
        return _person(token, lang, kit or "")
    if kit is not None:
        # a German noun made of an adjective says its sex by the article: "eine Jugendliche", "einer Reisenden"
        sex = "female" if lang == "de" and prev in ("eine", "einer") and word.endswith(("e", "en")) else ""
        return _person(token, lang, roles.costume_for(token, lang, sex) or kit, sex)
    if table and lang == "en" and wordnet_words.is_person(word, lang) and _english_agent(word):
        # "a bugler": one who plays the bugle (a person in WordNet's first sense), no trumpet that stands in
        played = next((h.key for h in lookup(table) if h.category == "object"), "")
        return _person(token, lang, roles.player_kit(played) or roles.costume_for(token, lang) or
                       wordnet_words.person_kit(word, vocabulary, frozenset(roles.ROLE_KITS.values())))
    if table and not fits_context(next((h.key for h in lookup(table) if h.category == "object"), ""), folded, lookup):
        return None  # the smoker's "Pfeife" is no flute: reported
    if table:  # the table's word for it, first ("Kaffee": a cup, not a "Fee")
        return Reading("word", table, note=thing_note(token, table, lookup)
                       + _size_note(token, table))
    if lang != "de" and _role_like(token, word, lang):  # "hairdresser" is a person, not a "dresser"
        return _person(token, lang, roles.costume_for(token, lang) or wordnet_words.person_kit(
            word, vocabulary, frozenset(roles.ROLE_KITS.values())))
    for end in ("innen", "in"):  # "Nachbarinnen": the women of a known person word ("Nachbar")
        if lang == "de" and word.endswith(end) and len(word) - len(end) >= 4 and any(
                h.category == "character" for h in lookup(word[: -len(end)])):
            return _person(token, lang, roles.costume_for(word[: -len(end)], lang, "female") or "")
    compound = places.compound_place(word) if lang == "de" and token[:1].isupper() else None
    if compound is not None:  # "Gartentor", "Schulhof", "Waldweg": the place with its part, never a lone door
        return Reading("setting", compound[0], note=f"{token!r} is played by the set "
                       f"{compound[0].replace('_', ' ')!r}" + (f" with a {compound[1][0].replace('_', ' ')}"
                                                               if compound[1] else ""))
    # German first by its parts: "Seeadler" is an eagle; an English noun WordNet knows is read whole below
    head = None if wordnet_words.knows_noun(word, lang) else _compound_head(
        token, word, lang, lookup, place_first=after_place_word and not next_is_noun)
    if head is not None:
        return head
    match = _loanword_match(word) if lang == "de" else None
    match = match or semantic.nearest(word, vocabulary, min_score=THING_MIN_SCORE, min_margin=THING_MIN_MARGIN,
                                      lang=lang, pos="noun",
                                      lexnames=wordnet_words.lexnames_at(folded, k) if lang == "en" else None)
    # (an English noun: WordNet's nearer known word, a being first where it does something)
    hits = lookup(match.known) if match is not None else []
    if hits and all(h.category in ("setting", "stop") for h in hits):  # "the reception of a hostel": a place
        found = places.place_by_meaning(word)  # as its class reads it (a lodging: the lobby), not its synonym's
        if found is not None:  # set ("inn": the restaurant)
            return Reading("setting", found[0], note=f"{token!r} is played by the set "
                           f"{found[0].replace('_', ' ')!r} (nearest place: {found[1].replace('_', ' ')!r})")
    is_person = any(h.category in ("character", "stand_in") for h in hits)
    if not is_person and lang == "en" and not _role_like(token, word, lang):
        # the catalogue's kind of the same shape and use ("tricycle": the bicycle, not the car a model found);
        # "tyre" is no basketball hoop, "oar" no hammer: reported, never a misleading stand-in
        match, hits = _preferred(word, match, hits, lookup)
    if match is not None and not is_person and not fits_context(
            next((h.key for h in hits if h.category == "object"), ""), folded, lookup):
        return None  # "the oxygen pipe" is no trumpet where nobody makes music: reported
    if match is not None and (is_person or not _role_like(token, word, lang)):
        how = "played by" if match.how in ("synonym", "wordnet") else "understood"
        return Reading("word", match.known,
                       note=thing_note(token, match.known, lookup, how) + _size_note(
                           token, match.known))
    if _role_like(token, word, lang):
        kit = roles.costume_for(token, lang)
        return _person(token, lang, kit or "")
    return None


def _preferred(word: str, match: semantic.Match | None, hits: list, lookup) -> tuple[semantic.Match | None, list]:
    """The match (and its hits) that shows the English thing ``word`` by a kind of its shape and use
    (``thing_kinds.preferred_kind``): the finder's ``match`` where it is one, or WordNet cannot tell."""
    from autark.story.thing_kinds import preferred_kind

    shown = next((h.key for h in hits if h.category == "object"), "")
    kind = _same_drive(word, preferred_kind(word, shown) if shown else None, shown)
    if kind is None or kind == shown:
        return match, hits
    found = semantic.Match(word, kind, 1.0, "wordnet") if kind and any(
        h.category == "object" and h.key == kind for h in lookup(kind)) else None
    return found, lookup(kind) if found is not None else []


# WordNet's classes of a vehicle that drives itself: a pedalled or pushed one is never played by one of these
_SELF_PROPELLED = frozenset({"self-propelled_vehicle", "motor_vehicle"})


def _same_drive(word: str, kind: str | None, shown: str) -> str | None:
    """``kind`` (or the finder's ``shown``), unless it is a vehicle that drives itself and the English ``word``
    one that is pedalled or pushed, or the other way round: then the nearest kind that goes as the word's does
    ("unicycle", "tricycle": the bicycle, never the car WordNet finds a step further)."""
    from autark.story.thing_kinds import _kind_classes, _word_classes, nearest_kind, thing_kind

    chosen = kind if kind is not None else shown
    if not chosen or thing_kind(word) != "vehicle" or thing_kind(chosen) != "vehicle":
        return kind

    def driven(classes) -> bool:
        return any(_SELF_PROPELLED & set(lemmas) for _d, lemmas in classes.values())

    mine = driven(_word_classes(word))
    if driven(_kind_classes(chosen)) == mine:
        return kind
    near = nearest_kind(word)
    return near if near and driven(_kind_classes(near)) == mine else kind


def _size_note(token: str, known: str) -> str:
    """The size an animal's stand-in body is shown at, for the note ("" for a thing or a body of its size)."""
    from autark.story.animal_sizes import size_note
    from autark.story.noun_kinds import kind_of_noun

    body = kind_of_noun(known)
    return size_note(token, body) if body else ""


def _first_sense_a_being(word: str) -> bool:
    """Whether WordNet's first noun sense of the English ``word`` is an animal or a person (False without it)."""
    from autark.language import wordnet

    senses = [s for s in wordnet.synsets(word, "noun") if not s.proper] if wordnet.available() else []
    return bool(senses) and senses[0].lexname in wordnet_words.BEING_LEXNAMES


def _loanword_match(word: str) -> semantic.Match | None:
    """WordNet's reading of an English loanword in a German idea ("ein Hoodie", "einen Pancake"): only a word
    the German word list does not have and the English one does (a German word is never read as English)."""
    if dictionary.is_word_in(word, "de") is not False or dictionary.is_word_in(word, "en") is not True:
        return None
    from autark.story.vocabularies import vocabulary

    match = semantic.nearest(word, vocabulary("noun", "en"), semantic=False, lang="en", pos="noun")
    return match if match is not None and match.how == "wordnet" else None


def _table_target(word: str, lang: str, lookup) -> str:
    """The hand table's known word for ``word`` (any ending), "" where it has none the lexicon knows."""
    target = next((HYPERNYMS_DE[f] for f in _forms(word) if f in HYPERNYMS_DE), "") if lang == "de" else ""
    target = target or next((HYPERNYMS[f] for f in _forms(word) if f in HYPERNYMS), "")
    return target if target and lookup(target) else ""


# a compound's first part can overrule what its last part would be: a storm of sand or dust is a dry wind, not
# rain ("sandstorm", "Staubsturm"); a "place" of a thing one sits by is a seat, not a town square
# ("Fensterplatz", "Gangplatz"), where a square of a place stays one ("Dorfplatz")
_DRY = ("sand", "staub", "dust", "wuesten", "desert", "dreck", "asche", "ash")
_SEAT_HEADS = {"platz", "plaetze", "sitz", "seat", "seats"}


def _modified(token: str, modifier: str, tail: str, hit, lookup) -> Reading | None:
    """What the compound ``modifier`` + ``tail`` is when its modifier overrules the tail's reading ``hit``."""
    if hit.category == "weather" and hit.key in ("rain", "snow") and modifier.startswith(_DRY):
        return Reading("word", "wind", note=f"{token!r} is heard and seen as a dusty wind, not {hit.key}")
    if hit.category == "setting" and tail in _SEAT_HEADS and any(
            h.category == "object" for h in lookup(modifier)) and not any(
            h.category == "setting" for h in lookup(modifier)):
        return Reading("word", "seat", note=f"{token!r} is a seat: played by a chair")
    return None


def _compound_head(token: str, word: str, lang: str, lookup, place_first: bool = False) -> Reading | None:
    """A compound read by its last part, the longest that is known: "Wachhund" is a dog, "Armbanduhr" a clock,
    "Parkplatz" a square, "Hilfskellner" a waiter, "minibus" a bus. English only for things and places (a
    "hotdog" is no dog), German for people and animals too. ``place_first``: the word stands where a place
    stands ("im Dorfladen"), so a part that is a thing and a place ("Laden": a shop front, a shop) is the place."""
    german = lang == "de" and token[:1].isupper()
    if "_" in word or not (german or dictionary.is_real_word(word) is not False):
        return None
    animal = _animal_in_role(token, word, lookup) if german else None
    if animal is not None:
        return animal
    for i in range(3, len(word) - 2):
        tail = word[i:]
        if len(tail) == 3 and i < 4 and not (german and word[:i] in _NUMBER_PARTS):
            continue  # a three-letter part only after a long one ("Armband-uhr", "mini-bus"; not "Kaf-fee"), or
            # a number ("Ein-rad": a wheel's vehicle, the nearest a bicycle)
        if german and not any(c in "aeiouy" for c in word[:i]):
            continue  # a German part has a vowel: "Sch-lamm" is mud, no lamb
        if german and word[i - 1] == "c" and tail[0] in "hk":
            continue  # "ch", "ck" is one sound: "Knochen" is no "hen", "Rucksack" no "ksack"
        kit = next((roles.ROLE_KITS[f] for f in _forms(tail) if f in roles.ROLE_KITS), None) if german else None
        if kit is not None:
            return _person(token, lang, roles.costume_for(tail, lang, roles.gender_of(token, lang)) or kit)
        # the part as written (a German plural too, from five letters: "Wachhunde"), else the table's word
        # for it ("Seeadler": Adler, a bird); never an ending stripped off a short part ("Zeitgeist" is no "Eis")
        known = tail if lookup(tail, inflect=False) or (german and len(tail) >= 5 and lookup(tail)) else (
            HYPERNYMS.get(tail, ""))
        if german and tail in _SHOWN_ON:  # "Lieblingsfilm", "Horrorfilm": what is seen on a screen
            return Reading("word", _SHOWN_ON[tail], note=f"{token!r} is shown on a screen")
        every = lookup(known) if known else []
        if german and len(tail) >= 4 and every and all(h.category == "stop" for h in every):
            return Reading("drop", "")  # "Lieblingsfilm", "Horrorfilm": a word the tables leave out, as its head
        hits = [h for h in every if h.category in ("object", "setting", "weather")
                or (german and h.category in ("character", "stand_in"))]
        if german:  # a German compound ends in a German word: "Schleifpapier" hides no English "pier"
            hits = [h for h in hits if h.lang != "en"]
        if german and tail in _THING_BANDS:
            hits = [h for h in hits if h.category != "setting"]  # "Kassenband" is a belt, no band's hall
        if not hits:
            continue
        if place_first:
            hits.sort(key=lambda h: h.category != "setting")
        overruled = _modified(token, word[:i], tail, hits[0], lookup)
        if overruled is not None and lookup(overruled.key):
            return overruled
        if hits[0].category == "setting":
            return Reading("setting", hits[0].key, note=f"{token!r} is played by the set "
                           f"{hits[0].key.replace('_', ' ')!r} (as {tail!r})")
        if hits[0].category == "weather":  # the longest known part wins: a "Meteorsturm" is a storm, no "Turm"
            return Reading("word", known, note=f"{token!r} is heard and seen as the weather {known!r}")
        # said by the asset that plays it ("cat"), or by the part as the idea wrote it ("Gänse"), never by the
        # folded table word that led there ("katzen", "gaense")
        shown = hits[0].key if hits[0].key not in _GROUP_KEYS else token[i:].capitalize()
        return Reading("word", known, note=thing_note(token, known, lookup, shown=shown))
    return None


_NUMBER_PARTS = frozenset({"ein", "zwei", "drei", "vier"})  # a German compound's count of its head ("Einrad")
_GROUP_KEYS = frozenset({"animal", "person", "man", "woman", "child", "creature"})
# German compound heads of what is watched on a screen (folded): played by the screen ("fernseher": a tv)
_SHOWN_ON = {w: "fernseher" for w in ("film", "filme", "filmen", "films", "serie", "serien", "sendung", "sendungen")}
# German compound heads that are a strip or a belt at the end of a word ("Kassenband", "Laufband",
# "Klebeband"), never a music band
_THING_BANDS = frozenset({"band", "baender"})


def _german_thing_head(word: str, lookup) -> bool:
    """Whether the folded German compound ``word`` ends in a German (or any-language) thing word of four
    letters or more ("blechbuechse": Büchse, a tin)."""
    return any(h.category == "object" and h.lang != "en" for i in range(3, len(word) - 3)
               for h in lookup(word[i:], inflect=False))


def thing_note(token: str, known: str, lookup, how: str = "played by", shown: str = "") -> str:
    """The note that says what stands in for the idea's word ``token`` (read as the known word ``known``):
    "'Entsafter' is shown as a household appliance" where a generic of its category plays it
    (``thing_kinds.GENERIC_KINDS``), else "'tankard' is played by 'cup'"."""
    from autark.story.thing_kinds import GENERIC_KINDS

    kind = next((h.key for h in lookup(known) if h.category == "object"), "")
    if kind in GENERIC_KINDS:
        return f"{token!r} is shown as {GENERIC_KINDS[kind]}"
    shown = (shown or played_as(known, lookup)).replace("_", " ")
    if fold(shown) == fold(token):
        return ""  # "train" played by the train: nothing stands in, nothing to say
    return f"{token!r} is {how} {shown!r}"


def played_as(known: str, lookup) -> str:
    """What plays the table word ``known`` in a note: the character or thing it names ("cat"), never the folded
    table word that led there ("katzen"); the word itself where it names none."""
    return next((h.key for h in lookup(known) if h.category in ("character", "object", "stand_in")
                 and h.key not in _GROUP_KEYS), known).replace("_", " ")


# the words of a rank or a family a German compound gives an animal ("Froschkönig", "Entenmutter"): the animal
# plays it, never a person (folded)
_ANIMAL_ROLES = ("koenigin", "koenig", "prinzessin", "prinz", "mutter", "vater", "mama", "papa", "kind", "baby",
                 "oma", "opa", "chef", "chefin", "boss", "familie", "held", "heldin", "kaiser", "kaiserin",
                 "dame", "herr", "fraeulein")


def _animal_in_role(token: str, word: str, lookup) -> Reading | None:
    """A German compound of an animal and a rank or family word ("Froschkönig", "Bienenkönigin",
    "Entenmutter", "Löwenvater"): the animal, in that role; None for any other word."""
    from autark.story.animal_bodies import animal_body

    role = next((r for r in _ANIMAL_ROLES if word.endswith(r) and len(word) - len(r) >= 3), None)
    if role is None:
        return None
    modifier = word[: -len(role)]
    # the animal as the modifier writes it, or without its linking letters ("Enten-", "Mäuse-", "Löwen-")
    for form in dict.fromkeys((modifier, modifier[:-1], modifier[:-2], modifier[:-1] + "e")):
        hits = [h for h in lookup(form) if h.category in ("character", "stand_in")] if len(form) >= 3 else []
        known = form if hits and animal_body(form) is None and _is_animal(hits) else (
            _table_target(form, "de", lookup) if len(form) >= 3 and animal_body(form) else "")
        if known:
            from autark.story.noun_kinds import kind_of_noun

            body = kind_of_noun(known) or known
            return Reading("word", known, note=f"{token!r} is an animal in that role: a {body.replace('_', ' ')} "
                                               "plays it")
    return None


def animal_before_agent(hits) -> bool:
    """Whether the word before a person's agent noun names an animal, which the agent does something to: "a lion
    tamer", "a dog walker", "a snake charmer", "a dragon slayer" are people, never the animal in that role (as
    "a robot waiter" is the robot)."""
    beings = [h for h in hits if h.category in ("character", "stand_in")]
    return bool(beings) and _is_animal(beings) and not any(h.category == "object" for h in hits)


def _is_animal(hits) -> bool:
    from autark.assets import library

    return any(h.key == "animal" or (h.key in library.all_types() and not library.get(h.key).age
                                     and library.get(h.key).type not in ("humanoid", "robot")) for h in hits)


def _forms(word: str) -> list[str]:
    from autark.story.lexicon import stems

    out = []
    plain = word.replace("ae", "a").replace("oe", "o").replace("ue", "u")  # "schwaene", "haehne": umlaut plurals
    for s in dict.fromkeys([*stems(word), *(stems(plain) if plain != word else [])]):
        out.append(s)
        if s.endswith("in") and len(s) > 5:
            out.append(s[:-2])
    return out


PERSON_GATE = -0.002  # semantic.person_margin at or above which a role-shaped word is taken for a person


def _role_like(token: str, word: str, lang: str) -> bool:
    """A real noun with a person's ending (Imker, beekeeper, Gärtnerin) that is nearer a person than a thing
    where the model can say (a tower, a spider and a corner end in -er too)."""
    if not roles.looks_like_role(word):
        return False
    if lang == "de":
        noun = dictionary.german_noun(token)
        if noun is False or not (token[:1].isupper() or noun):  # typed in lower case: the word list says noun
            return False
        if roles.gender_of(token, lang) == "female":
            return True  # Gärtnerin, Pilotin: the feminine ending is a person's
    else:
        if not _english_agent(word) or wordnet_words.is_person(word, lang) is False:  # a saucer, a sweater
            return False
    margin = semantic.person_margin(word)
    if lang == "de" and not _german_agent(word) and not _person_noun_de(token, word):  # a Pullover, Körner
        return margin is not None and margin >= PERSON_GATE_DE  # ...unless the model is sure (Pfarrer)
    return margin is None or margin >= PERSON_GATE


PERSON_GATE_DE = 0.01  # the margin a German -er word with no verb or noun under it needs (Pullover: 0.0015)


def _person_noun_de(token: str, word: str) -> bool:
    """A German person word that is no doer's -er: a person's plural by its umlaut ("Brüder": Bruder), a given
    name ("Hans-Peter", "Peter"), an animal ("Seeadler")."""
    from autark.story.animal_bodies import animal_body
    from autark.story.given_names import is_known_name
    from autark.story.lexicon import lexicon

    if "-" in token or is_known_name(token) or is_known_name(token.split("-")[0]) or animal_body(token):
        return True  # (an animal, "Seeadler", is cast as one by the analysis, story.animal_bodies)
    plain = word.replace("ae", "a").replace("oe", "o").replace("ue", "u")
    return any(h.category in ("character", "stand_in") for h in lexicon().lookup(plain))


def is_agent_noun(word: str, lang: str) -> bool:
    """Whether the folded ``word`` names one by what they do: an English agent noun ("baker", "lover",
    "artist"), a German one in -er on a verb ("Händler", "Liebhaber"); a word list tells, so "soldier" is none."""
    if lang == "de":
        return word.endswith("er") and dictionary.available() is not False and _german_agent(word)
    return _english_agent(word)


def _german_agent(word: str) -> bool:
    """A German agent noun in -er, as far as the word list tells: on a verb's stem (Zuschau-er: zuschauen,
    Läuf-er: laufen) or a noun's (Fußball-er, Garten: Gärtner is the table's), not a thing or a plural that ends
    so (Pullover, Körner, Messer: no verb "pulloven", no noun "Körn"). Without word lists, a person."""
    if not word.endswith("er") or dictionary.available() is False:
        return True
    stem = word[:-2]
    plain = stem.replace("ae", "a").replace("oe", "o").replace("ue", "u")
    verbs = {s + e for s in (stem, plain, stem.rstrip("e")) for e in ("en", "n", "ern", "eln")}
    if any(dictionary.german_noun(v) is False for v in verbs):
        return True
    if stem.endswith("n") and len(stem) >= 5 and any(  # -ner on a noun: Glöck-ner (Glocke), Rent-ner (Rente)
            dictionary.german_noun((s + e).capitalize()) is True for s in (stem[:-1], plain[:-1]) for e in ("e", "")):
        return True
    return len(stem) >= 4 and dictionary.german_noun(stem) is True


def _english_agent(word: str) -> bool:
    """An English agent noun: -er/-or on a real word (bak-er, plumb-er, keep-er), -ist after a consonant
    (art-ist, not zeitge-ist), -ian, -man, -eur."""
    if word.endswith(("ian", "man", "eur")):
        return True
    if word.endswith("ist"):
        return len(word) >= 6 and word[-4] not in "aeiouy"
    if word.endswith(("er", "or")) and not word.endswith("oor"):  # a floor, a door, a moor are things
        stem = word[:-2]
        # an undoubled stem of three letters is as often a thing (dinn-er: din, summ-er: sum, hamm-er: ham)
        undoubled = stem[:-1] if stem[-1:] == stem[-2:-1] and len(stem) >= 5 else stem
        # a three-letter stem only as written: "act-or", "rid-er", but "flo-or" is no "floe" (a floor, a timer)
        if any(dictionary.is_real_word(s) for s in (stem, stem + "e", undoubled) if len(s) >= 3 and (
                len(stem) >= 4 or s == stem)):
            return True
        # a compound by its agent part: "zoo-keeper", "hair-dresser", "toy-maker" (a person in WordNet's first
        # sense where its stem is too short to tell: "mak-er")
        return any(dictionary.is_real_word(word[i:]) and (_english_agent(word[i:]) or wordnet_words.is_person(
            word[i:], "en") is True) for i in range(2, len(word) - 4))
    return False


def _person(token: str, lang: str, kit: str, gender: str = "") -> Reading:
    gender = roles.gender_of(token, lang) or gender
    kit = roles.compound_player(token) or kit  # "Geigenspielerin": the violin's player, not a sport's
    if kit:
        kit = roles.with_gender(kit, gender)
        from autark.assets import library

        gender = gender or library.get(kit).gender
    group = "woman" if gender == "female" else "man"
    shown = kit.replace("_", " ") if kit else group
    return Reading("person", group, kit=kit, note=f"{token!r} is a person: {indefinite_en(shown)} plays them")
