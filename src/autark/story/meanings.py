"""The first reading of an idea's words (``autark.story.analysis``): what each word means (phrases first,
the longest, then single words with their inflections) and which words are verbs (``verbs.yaml``: phrase
verbs, split phrases, a word's verb form), before names, unknown words and the cast are read. Split from the
analysis."""

from __future__ import annotations

from dataclasses import dataclass

from autark.story import roles, sizes
from autark.story import verbs as verb_table
from autark.story.body_parts import body_parts
from autark.story.cast import sense_of
from autark.story.catenatives import read_catenatives
from autark.story.contests import CONTEST_STEMS
from autark.story.dictionary import in_language
from autark.story.german_grammar import read_german_grammar
from autark.story.hypernyms import HYPERNYMS
from autark.story.lexicon import Hit, lexicon, names_being
from autark.story.phrasal_verbs import phrasal_at
from autark.story.race_words import RACE_NOUNS
from autark.story.sense_context import aboard_what, made_places
from autark.story.thing_words import POSSESSIVES, owned_verbs, things_read
from autark.story.unknown_words import PRONOUNS as _PRONOUNS
from autark.story.verbs import Verb
from autark.story.word_senses import read_senses

__all__ = ["ARTICLES", "PLAIN_ARTICLES", "NOT_VERBS", "Meanings", "read_meanings"]

PLAIN_ARTICLES = {"a", "an", "the", "der", "die", "das", "den", "dem", "ein", "eine", "einen", "einem", "einer"}
ARTICLES = {"a", "an", "the", "his", "her", "their", "its", "my", "your", "our", "this", "that", "some",
             "ein", "eine", "einen", "einem", "einer", "eines", "der", "die", "das", "den", "dem", "des", "sein",
             "seine", "seinen", "seinem", "seiner", "ihr", "ihre", "ihren", "ihrem", "ihrer", "mein", "meine"}
_SUBJECTS = {"i", "you", "we", "ich", "du"}
_SIZE_NOUNS = frozenset({"giant", "giants", "dwarf", "dwarfs", "titan", "titans"})  # a size word that is someone
# English words after which a word is a noun, never a verb ("her" and "that" are not: "watches her dance", "the
# dog that barks")
_NOUN_BEFORE_EN = frozenset({"a", "an", "the", "his", "its", "their", "my", "our", "your"})
# function words that are forms of a story verb's stem but never a verb in an idea ("last": "las" + t)
NOT_VERBS = {"last", "lasts", "best", "rest", "most", "fast", "west", "lest", "mist", "list", "bist", "ist",
              "hast", "hat", "fest", "kind", "lieber", "liebe", "start", "spiel", "tanz", "feier",
              # gehören (belong), never hören: "es gehört zur Show" is heard by no one (a stopword too)
              "gehoert", "gehoeren", "gehoerte", "gehoerten"}


def _staged_verb_form(word: str) -> bool:
    """An English -s form of a verb (WordNet's) that a story verb stages, from its own words or WordNet's."""
    from autark.language import wordnet
    from autark.story import semantic
    from autark.story.vocabularies import vocabulary

    if not word.endswith("s") or not any(b != word for b in wordnet.base_forms(word, "verb")):
        return False
    return verb_table.verb(word, "en") is not None or semantic.nearest(
        word, vocabulary("verb", "en"), semantic=False, lang="en", pos="verb") is not None


@dataclass
class Meanings:
    """Per word of the idea: its meanings (lexicon hits), its story verb, whether it starts a phrase's span;
    and the words of phrase verbs (one act: no one cast, no thing)."""

    meanings: list[list[Hit]]
    verbs: list[Verb | None]
    span_start: list[bool]
    phrased: set[int]


def _capital_verb(tok: str, lang: str) -> bool:
    """A German nominalised verb after an article ("das Tanzen") is read as the verb it names."""
    return lang == "de" and tok[:1].isupper() and tok.lower().endswith("en")


# the times of day a German compound ends in ("Sonntagabend", "Wintermorgen"), the longer first
_TIME_HEADS = ("nachmittag", "mitternacht", "daemmerung", "abend", "morgen", "nacht", "mittag")


def _place_of_two_words(first: str, second: str) -> list[Hit]:
    """The set an English place named in two words plays, where WordNet has the two as one noun whose class
    has a set ("waiting room": a lounge, the lobby; "bus terminal"; "golf course"; "locker room": the gym), and
    neither word is a known thing or someone on its own; none otherwise."""
    if not (first.isalpha() and second.isalpha()) or any(
            h.category in ("character", "stand_in", "setting") for h in lexicon().lookup(first)):
        return []
    from autark.story.place_classes import place_by_class

    found = place_by_class(f"{first}_{second}")
    return [Hit("setting", found[0], "en")] if found is not None else []


def read_meanings(tokens: list[str], folded: list[str], lang: str, breaks: set[int],
                  possessive: set[int]) -> Meanings:
    """Meanings and verbs of the idea's words (``tokens``, ``folded``), phrases first (longest), then single
    words with their inflections; a word of two senses in the one the other words choose; a catch, a roof sat
    on read as things."""
    lex = lexicon()
    meanings: list[list[Hit]] = [[] for _ in tokens]
    verbs: list[Verb | None] = [None] * len(tokens)
    span_start: list[bool] = [True] * len(tokens)
    i = 0
    while i < len(tokens):
        for n in range(min(lex.max_phrase, len(tokens) - i), 0, -1):
            hits = lex.lookup("_".join(folded[i:i + n]), inflect=(n == 1))
            if not hits and n > 1 and "_".join(folded[i:i + n]) in roles.ROLE_KITS:
                hits = [Hit("character", "person", "any")]  # "pop star": a person of two words, never a star
            if not hits and n == 2 and lang == "en":  # "the waiting room", "a bus terminal": one place of two words
                hits = _place_of_two_words(folded[i], folded[i + 1])
            if n == 1:
                hits = in_language(hits, folded[i], lang, lex.lookup)  # "an old boot" is no German Boot
                if lang == "en" and folded[i] not in lex.index and verb_table.verb(folded[i], "en") is not None:
                    # an English verb form that is a place only through its stem: "sees" is no German See
                    hits = [h for h in hits if not (h.category == "setting" and h.lang != "en")]
            if hits:
                meanings[i] = hits
                for j in range(i + 1, i + n):
                    meanings[j], span_start[j] = [Hit("stop", "", "any")], False
                i += n
                break
        else:
            i += 1
    if lang == "de":  # "Novemberabend", "Wintermorgen", "Sommernacht": a time of day, not someone to cast
        for k, word in enumerate(folded):
            if span_start[k] and not any(h.category == "time" for h in meanings[k]):
                head = next((t for t in _TIME_HEADS if word.endswith(t) and len(word) >= len(t) + 3), None)
                times = [h for h in lex.lookup(head) if h.category == "time"] if head else []
                if times:  # its weather stays too: a "Regenabend" is an evening of rain
                    meanings[k] = times + [h for h in meanings[k] if h.category == "weather"]
        for k in range(1, len(tokens) - 1):  # "eine junge Bäckerin", "der alte Fischer": a describing word
            # (lower case, between an article and a capitalised noun) is no "Junge", no "Alte" to cast
            if tokens[k][:1].islower() and tokens[k + 1][:1].isupper() and folded[k - 1] in ARTICLES and names_being(
                    meanings[k]):
                meanings[k] = [h for h in meanings[k] if h.category not in ("character", "stand_in")]
    phrased: set[int] = set()  # the words of a phrase verb ("makes friends"): one act, no one cast, no thing
    for k in range(len(tokens)):
        found = verb_table.phrase_at(folded, k, lang) if span_start[k] and k not in phrased else None
        if found is None and lang == "en" and span_start[k] and k not in phrased:
            found = phrasal_at(folded, k)  # "chickens out", "calms down": WordNet's phrasal verbs
        if found is not None:
            verbs[k], meanings[k] = found[0], []
            for j in found[1][1:]:
                meanings[j] = [Hit("stop", "", "any")]
            phrased.update(found[1])
    for cat in read_catenatives(folded, lang, breaks):  # "starts to dance", "fängt an zu tanzen": the dance
        if cat.at not in phrased:
            verbs[cat.at], meanings[cat.at] = cat.verb, [] if cat.verb else [Hit("stop", "", "any")]
            for j in cat.quiet:
                meanings[j], verbs[j] = [Hit("stop", "", "any")], None
            phrased.update((cat.at, *cat.quiet))
            if cat.inner_verb is not None and cat.inner not in phrased:
                verbs[cat.inner], meanings[cat.inner] = cat.inner_verb, []
                phrased.add(cat.inner)
    for k in range(len(tokens)):  # longtail: "pulls a rabbit out of his hat": the closing word is no thing
        split = verb_table.split_phrase_at(folded, k, lang, breaks) if span_start[k] and k not in phrased else None
        if split is not None and not any(h.category in ("character", "object", "setting") for h in meanings[k]):
            verbs[k], meanings[k], meanings[split[1]] = split[0], [], [Hit("stop", "", "any")]
            phrased.update((k, split[1]))
        elif lang == "en" and folded[k] in ("get", "gets", "got") and 0 < k < len(tokens) - 1 and \
                folded[k + 1] in ARTICLES and (folded[k - 1] in _PRONOUNS or any(h.category in (
                    "character", "stand_in") for h in meanings[k - 1])):  # "a boy gets a puppy": is given one
            # ("gets up", "gets lost", "who gets the last apple" are not)
            verbs[k], meanings[k] = verb_table.verb("receive", lang), []
            phrased.add(k)
    for k in range(len(tokens)):
        if not span_start[k] or tokens[k].isdigit() or k in phrased:
            continue
        nouny = any(h.category in ("character", "object", "setting", "stand_in", "colour") for h in meanings[k])
        after_article = k > 0 and folded[k - 1] in ARTICLES and not _capital_verb(tokens[k], lang)
        # a place word right after who does it is their verb ("an astronaut lands on Mars": 'land' no meadow)
        # ...and so is an English person word's -s form there ("a grandfather cooks soup": no cook is cast)
        acted = k > 0 and not after_article and (all(h.category == "setting" for h in meanings[k]) or (
            lang == "en" and folded[k].endswith("s") and all(h.category in ("character", "action") for h in meanings[k]))) \
            and names_being(meanings[k - 1]) and folded[k] not in NOT_VERBS
        # "... and lights the lamp": a word after "and" with an article after it is that clause's verb
        acted = acted or (lang == "en" and 0 < k < len(tokens) - 1 and folded[k - 1] == "and"
                          and folded[k + 1] in PLAIN_ARTICLES and verb_table.verb(folded[k], lang) is not None)
        # "die Kinder rodeln": a German noun is written with a capital, so a lower-case word right after who does
        # it that the verb table knows is their verb, not the thing it also names (Rodeln, the sled)
        acted = acted or (lang == "de" and nouny and k > 0 and tokens[k][:1].islower() and not after_article and names_being(
            meanings[k - 1]) and verb_table.verb(folded[k], lang)
            is not None)
        # "a farmer shovels snow", "the old man hammers a nail": a thing's -s form right after who does it is
        # their verb where WordNet has it as one that a story verb stages (the analysis reads it then)
        # (and "a girl lights a candle", "the knight storms the castle": a lighting or weather word too, where an
        # article follows: the lights or the storm would have been a set's light or weather and the act lost)
        doer = k - 1  # the first word of the doer's phrase ("old man": its meaning is on "old")
        while doer > 0 and not span_start[doer]:
            doer -= 1
        by_someone = k > 0 and (names_being(meanings[doer]) or (
            not meanings[k - 1] and roles.looks_like_role(folded[k - 1])))  # "the old keeper lights ...": a role
        thing_word = bool(meanings[k]) and (all(h.category == "object" for h in meanings[k]) or (
            k + 1 < len(tokens) and folded[k + 1] in PLAIN_ARTICLES | POSSESSIVES
            and all(h.category in ("object", "light", "weather") for h in meanings[k])))
        if lang == "en" and not acted and not after_article and by_someone and k - 1 not in possessive and \
                thing_word and _staged_verb_form(folded[k]):
            verbs[k] = verb_table.verb(folded[k], lang)
            meanings[k] = []
            continue
        if nouny and not acted and (after_article or not (k > 0 and folded[k - 1] in _PRONOUNS | _SUBJECTS)):
            continue
        if after_article and not nouny and folded[k] in HYPERNYMS and lex.lookup(HYPERNYMS[folded[k]]) and \
                verb_table.verb(folded[k], lang) is not None:
            meanings[k] = lex.lookup(HYPERNYMS[folded[k]])  # "orders a drink": a thing (a cup), not the verb
            continue
        if lang == "de" and after_article and tokens[k][:1].isupper() and not meanings[k]:
            continue  # "eine Robbe", "die Braut": a capital after an article is a noun, never robben or brauen
        if lang == "de" and k > 0 and k not in breaks and tokens[k][:1].isupper() and not _capital_verb(
                tokens[k], lang) and not nouny and folded[k] not in RACE_NOUNS:
            continue  # "ein letztes Mal": a capital inside a sentence is a noun, never malen
        if lang == "en" and after_article and not nouny and folded[k - 1] in _NOUN_BEFORE_EN and (
                folded[k] not in RACE_NOUNS) and not (k + 1 < len(folded) and any(
                    stem in folded[k + 1] for stem in CONTEST_STEMS)):  # "a singing contest": the act is sung
            continue  # "hoists the sail", "the bolts of a rusty car": a noun after an article, never an act
        if lang == "en" and k > 1 and folded[k - 2] in ARTICLES and sizes.size_word(folded[k - 1]) is not None and (
                folded[k - 1] not in _SIZE_NOUNS):
            continue  # "rides a huge wave", "the big race": a size word between an article and its noun ("a giant
            # helps": the giant is who does it)
        if folded[k - 1 if k else 0] in PLAIN_ARTICLES | POSSESSIVES and k + 1 < len(tokens) and any(
                h.category in ("object", "character", "setting") for h in meanings[k + 1]):
            continue  # "the frozen lake", "his lost sheep": a participle that describes its noun is no act
        phrase = verb_table.verb(f"{folded[k]}_{folded[k + 1]}", lang) if k + 1 < len(tokens) and not (
            lang == "de" and verb_table.mid_clause_particle(folded, k + 1, breaks)) else None
        if phrase is not None:
            verbs[k] = phrase
            meanings[k + 1] = meanings[k + 1] or [Hit("stop", "", "any")]
            continue
        if (acted or not meanings[k] or all(h.category in ("stop", "action", "mood", "genre") for h in meanings[k])) \
                and folded[k] not in NOT_VERBS and sizes.size_word(folded[k]) is None:  # "huge" is no hug
            verbs[k] = verb_table.verb(folded[k], lang)
            if acted and verbs[k] is not None:
                meanings[k] = []

    for k, tok in enumerate(tokens):  # a word of two senses read in the one the idea's other words choose
        instead = sense_of(tok, folded) if k not in phrased else None
        if instead is not None:  # (read as nothing where it is a part of a thing: "das Schloss der Truhe")
            meanings[k], verbs[k] = lex.lookup(instead) if instead else [Hit("stop", "", "any")], None
    read_senses(tokens, folded, meanings, verbs, lang, phrased, breaks)  # "Zylinder" by a magician, "finds gold" (word_senses)
    if lang == "de":  # "zwei Verliebte", "spritzen sich nass", "nach der Party": by German grammar
        read_german_grammar(tokens, folded, meanings, verbs, phrased, breaks)
    body_parts(folded, meanings, verbs)  # a dragon's "Flügel" is its wing, no piano
    for k in aboard_what(folded, meanings):  # "aboard the space station": the station, no ship's deck
        meanings[k] = [Hit("stop", "", "any")]
    for k in made_places(folded, meanings, verbs):  # "digs a tunnel in the prison": the prison, no cave
        meanings[k] = [Hit("stop", "", "any")]
    if lang == "en":  # "his golden pocket watch": a thing, and "pocket" only describes it
        for k, (thing, describing) in owned_verbs(folded, verbs, meanings).items():
            meanings[k], verbs[k] = lex.lookup(thing), None
            for j in describing:  # a participle describes it ("the stolen watch"): no act of stealing
                meanings[j], verbs[j] = meanings[j] or [Hit("stop", "", "any")], None
    someone = {k for k in range(len(tokens)) if names_being(meanings[k])}
    for k, thing in things_read(folded, verbs, possessive, someone).items():  # a catch, a roof sat on: things
        meanings[k] = [Hit("object", thing, lang)]
    return Meanings(meanings, verbs, span_start, phrased)
