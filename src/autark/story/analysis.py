"""Concept analysis: a one-line idea -> characters, setting, time, weather, objects, actions, mood, genre.

Rule based over ``lexicon.yaml`` (English and German). Words it does not know go through
``autark.story.semantic.nearest`` (embeddings when the optional extra is installed, else synonyms and
difflib); what still is not understood is named in ``Concept.warnings``.
"""

from __future__ import annotations

import re
from collections import Counter

from pydantic import BaseModel, ConfigDict, Field

from autark.assets.templates import TimeOfDay, Weather, fold, load_setting
from autark.errors import LimitExceeded, NotUnderstood
from autark.story import semantic
from autark.story.lexicon import Hit, lexicon

__all__ = ["MAX_IDEA_CHARS", "CharacterConcept", "ObjectConcept", "Concept", "analyze", "detect_language"]

MAX_IDEA_CHARS = 2000
MOODS = ("calm", "happy", "sad", "tense", "epic", "mysterious", "romantic")
_TOKEN = re.compile(r"[A-Za-zÄÖÜäöüßÀ-ÿ][A-Za-zÄÖÜäöüßÀ-ÿ'\-]*|\d+")

# default names when the idea gives none: per character group and language, used in order
_DEFAULT_NAMES = {
    "robot": ["Robo", "Bolt", "Pixel", "Sprocket"],
    "dog": ["Rex", "Bello", "Buddy", "Fiete"],
    "cat": ["Luna", "Mimi", "Felix", "Minka"],
    "man": ["Tom", "Max", "Paul", "Ben"],
    "woman": ["Anna", "Mia", "Lena", "Clara"],
    "child": ["Lily", "Finn", "Emma", "Noah"],
    "person": ["Sam", "Alex", "Kim", "Robin"],
}
# what a setting is likely to be when the idea names none, from the objects it mentions
_SETTING_FROM_OBJECT = {
    "cactus": "desert", "boat": "beach", "tree": "forest", "pine_tree": "forest", "mushroom": "forest",
    "sofa": "living_room", "tv": "living_room", "desk": "office", "computer": "office", "plate": "kitchen",
    "cup": "kitchen", "spaceship": "space_station", "car": "city_street", "truck": "city_street",
    "street_lamp": "city_street", "bicycle": "city_street", "house": "city_street", "flower": "meadow",
    "bench": "meadow", "ball": "meadow", "campfire": "forest", "bed": "living_room",
}
# a mood each kind of action leans to (weaker than a mood word in the idea)
_ACTION_MOOD = {"chase": ("tense", 1.5), "fight": ("epic", 1.5), "dance": ("happy", 1.0), "play": ("happy", 1.0),
                "love": ("romantic", 1.5), "lose": ("sad", 0.7), "find": ("calm", 0.4), "explore": ("calm", 0.3),
                "help": ("happy", 0.5), "meet": ("happy", 0.4), "wait": ("calm", 0.6)}
_ACTION_GENRE = {"chase": "adventure", "fight": "adventure", "explore": "adventure", "love": "romance",
                 "play": "comedy", "dance": "comedy", "lose": "drama", "find": "drama", "help": "drama",
                 "meet": "drama", "wait": "drama"}


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid")


class CharacterConcept(_Model):
    name: str
    type: str  # humanoid, robot, dog, cat
    group: str  # lexicon group: man, woman, child, person, robot, dog, cat
    voice: str  # man, woman, child, robot, none
    word: str  # the word the idea used ("girl", "Roboter")
    named: bool = False  # the idea gave the name


class ObjectConcept(_Model):
    type: str
    color: str = ""  # colour name from the idea ("red"), empty for the asset's own
    word: str = ""


class Concept(_Model):
    idea: str
    language: str
    characters: list[CharacterConcept] = Field(default_factory=list)
    settings: list[str] = Field(default_factory=list)  # template names, the first is where it starts
    setting_given: bool = False
    time_of_day: TimeOfDay = "day"
    time_given: bool = False
    weather: Weather = "clear"
    objects: list[ObjectConcept] = Field(default_factory=list)
    actions: list[str] = Field(default_factory=list)
    mood: str = "calm"
    genre: str = "drama"
    unknown_words: list[str] = Field(default_factory=list)
    warnings: list[str] = Field(default_factory=list)

    @property
    def setting(self) -> str:
        return self.settings[0]


def detect_language(text: str) -> str:
    """"de" or "en", by which language's words (and letters) the text uses more."""
    lex = lexicon()
    score = Counter()
    if re.search(r"[äöüÄÖÜß]", text):
        score["de"] += 2
    for tok in _TOKEN.findall(text):
        for lang in {h.lang for h in lex.lookup(fold(tok), inflect=False)}:
            score[lang] += 1
    return "de" if score["de"] > score["en"] else "en"


def _plausible(word: str) -> bool:
    """Does a word look like a word of a human language (not keyboard mashing)?"""
    w = fold(word)
    if len(w) <= 2:
        return True
    vowels = sum(c in "aeiouy" for c in w)
    if vowels == 0 or vowels / len(w) > 0.8:
        return False
    if re.search(r"q(?!u)", w) or re.search(r"[^aeiouy]{5,}", w):
        return False
    bigrams = _known_bigrams()
    pairs = [w[i:i + 2] for i in range(len(w) - 1) if w[i:i + 2].isalpha()]
    return not pairs or sum(p in bigrams for p in pairs) / len(pairs) >= 0.75


_BIGRAMS: set[str] = set()


def _known_bigrams() -> set[str]:
    # letter pairs that occur in the lexicon's own words: a cheap model of what English/German looks like
    if not _BIGRAMS:
        for w in lexicon().index:
            _BIGRAMS.update(w[i:i + 2] for i in range(len(w) - 1) if w[i:i + 2].isalpha())
    return _BIGRAMS


def _is_name(tok: str) -> bool:
    return tok[:1].isupper() and tok[1:].islower() and len(tok) >= 2 and tok.isalpha()


def analyze(idea: str, language: str | None = None) -> Concept:
    """Read a one-line idea. Raises ``UserInputError`` subclasses for empty, over-long or gibberish ideas."""
    text = (idea or "").strip()
    if not text:
        raise NotUnderstood("the idea is empty", hint='write one sentence, e.g. "a lonely robot finds a flower"')
    if len(text) > MAX_IDEA_CHARS:
        raise LimitExceeded(f"the idea is {len(text)} characters long; at most {MAX_IDEA_CHARS} are allowed",
                            hint="shorten it to a sentence or two; details can be edited in the screenplay")
    if language not in (None, "en", "de"):
        raise NotUnderstood(f"language {language!r} is not supported", hint="use 'en' or 'de'")
    lang = language or detect_language(text)
    lex = lexicon()
    tokens = _TOKEN.findall(text)
    folded = [fold(t) for t in tokens]

    # 1. meanings: phrases first (longest), then single words with their inflections
    meanings: list[list[Hit]] = [[] for _ in tokens]
    span_start: list[bool] = [True] * len(tokens)
    i = 0
    while i < len(tokens):
        for n in range(min(lex.max_phrase, len(tokens) - i), 0, -1):
            hits = lex.lookup("_".join(folded[i:i + n]), inflect=(n == 1))
            if hits:
                meanings[i] = hits
                for j in range(i + 1, i + n):
                    meanings[j], span_start[j] = [Hit("stop", "", "any")], False
                i += n
                break
        else:
            i += 1

    warnings: list[str] = []
    names: dict[int, str] = {}  # token index -> a name given in the idea
    for k, tok in enumerate(tokens):
        cats = {h.category for h in meanings[k]}
        prev = meanings[k - 1] if k else []
        after_marker = any(h.category == "name_marker" for h in prev)
        after_character = any(h.category in ("character", "stand_in") for h in prev)
        if after_marker and tok[:1].isalpha():
            names[k] = tok[:1].upper() + tok[1:]
        elif _is_name(tok) and not cats and (after_character or lang == "en" or (k + 1 < len(tokens) and (
                folded[k + 1] in ("und", "and") or any(h.category == "action" for h in meanings[k + 1])))):
            names[k] = tok

    # 2. unknown content words: synonyms, embeddings or typos, else reported
    unknown: list[str] = []
    vocab = lex.content_words()
    for k, tok in enumerate(tokens):
        if meanings[k] or k in names or tok.isdigit():
            continue
        match = semantic.nearest(folded[k], vocab)
        if match is not None:
            meanings[k] = lex.lookup(match.known)
            if match.how != "synonym":
                warnings.append(f"understood {tok!r} as {match.known.replace('_', ' ')!r}")
        else:
            unknown.append(tok)

    known_content = any(h.category not in ("stop", "name_marker") for m in meanings for h in m) or names
    implausible = sum(not _plausible(t) for t in unknown)
    if not known_content and (not unknown or implausible * 2 >= len(unknown)):
        raise NotUnderstood(f"autark cannot make a story out of {text!r}: none of its words are known",
                            word=text, hint='describe who does what and where, e.g. "a dog chases a ball '
                            'on the beach"')

    def first(category: str) -> list[tuple[int, Hit]]:
        return [(k, h) for k, m in enumerate(meanings) for h in m if h.category == category]

    # 3. characters, in the order the idea names them
    characters: list[CharacterConcept] = []
    used_names: set[str] = set()

    order: list[int] = []  # token index of each character, to keep the idea's order

    def add_character(group: str, typ: str, voice: str, word: str, name: str | None, at: int = 0) -> None:
        order.append(at)
        if name is None:
            name = next((n for n in _DEFAULT_NAMES[group] if n not in used_names), f"{group.title()} {len(used_names)}")
        used_names.add(name)
        characters.append(CharacterConcept(name=name, type=typ, group=group, voice=voice, word=word,
                                           named=name in names.values()))

    seen_groups: set[str] = set()
    for k, m in enumerate(meanings):
        hit = next((h for h in m if h.category in ("character", "stand_in")), None)
        if hit is None:
            continue
        name = names.get(k + 1) or (names.get(k + 2) if k + 2 in names and k + 1 < len(tokens) and any(
            h.category == "name_marker" for h in meanings[k + 1]) else None)
        if hit.category == "stand_in":
            group = hit.key
            entry = lex.data["characters"][group]
            warnings.append(f"autark has no {tokens[k]!r}; a {entry['type']} plays it")
        else:
            group = hit.key
            entry = lex.data["characters"][group]
        count = 1
        if k and any(h.category == "number" for h in meanings[k - 1]):
            count = int(next(h.key for h in meanings[k - 1] if h.category == "number"))
        if name is None and count == 1 and group in seen_groups:
            continue  # "the robot ... the robot": one character mentioned twice
        seen_groups.add(group)
        for c in range(min(count, 4)):
            add_character(group, entry["type"], entry["voice"], tokens[k], name if c == 0 else None, k)
    for k, name in sorted(names.items()):
        if name not in used_names:  # a name standing alone ("Mia finds a ball")
            group = "woman" if name[-1] in "ae" else "man"
            add_character(group, "humanoid", group, name, name, k)
    characters = [c for _at, c in sorted(zip(order, characters, strict=True), key=lambda p: p[0])]
    if not characters:
        add_character("person", "humanoid", "man", "person", None)
        if unknown:
            warnings.append(f"no character autark knows; a person ({characters[0].name}) plays the lead")

    # 4. objects with their colours ("a red ball", "einen roten Ball")
    objects: list[ObjectConcept] = []
    for k, hit in first("object"):
        if any(o.type == hit.key for o in objects):
            continue
        colour = ""
        for back in (1, 2):
            if k - back >= 0:
                ch = next((h for h in meanings[k - back] if h.category == "colour"), None)
                if ch is not None:
                    colour = ch.key
                    break
        objects.append(ObjectConcept(type=hit.key, color=colour, word=tokens[k]))

    # 5. where and when
    settings = list(dict.fromkeys(h.key for _k, h in first("setting")))
    setting_given = bool(settings)
    if not settings:
        guess = next((_SETTING_FROM_OBJECT[o.type] for o in objects if o.type in _SETTING_FROM_OBJECT), None)
        if guess is None and any(c.type == "robot" for c in characters):
            guess = "space_station" if any(h.key == "sci-fi" for _k, h in first("genre")) else "meadow"
        settings = [guess or "meadow"]
    template = load_setting(settings[0])
    times = first("time")
    weathers = first("weather")
    actions = list(dict.fromkeys(h.key for _k, h in first("action")))

    # 6. mood and genre: words in the idea count most, what happens and when add a little
    mood_score: Counter[str] = Counter()
    for _k, h in first("mood"):
        mood_score[h.key] += 2.0
    for a in actions:
        if a in _ACTION_MOOD:
            mood_score[_ACTION_MOOD[a][0]] += _ACTION_MOOD[a][1]
    if weathers and weathers[0][1].key in ("rain", "fog"):
        mood_score["sad" if weathers[0][1].key == "rain" else "mysterious"] += 0.5
    if times and times[0][1].key == "night":
        mood_score["mysterious"] += 0.4
    mood = max(MOODS, key=lambda m: (mood_score[m], -MOODS.index(m))) if mood_score else "calm"

    genre_score: Counter[str] = Counter(h.key for _k, h in first("genre"))
    for a in actions[:2]:
        genre_score[_ACTION_GENRE.get(a, "drama")] += 0.5
    if any(c.type == "robot" for c in characters) or template.name == "space_station":
        genre_score["sci-fi"] += 0.8
    if mood == "happy" and any(c.type in ("dog", "cat") for c in characters):
        genre_score["comedy"] += 0.6
    genre = max(sorted(genre_score), key=lambda g: genre_score[g]) if genre_score else "drama"

    if unknown:
        listed = ", ".join(repr(u) for u in unknown)
        warnings.append(f"autark does not know {listed}; the story leaves {'it' if len(unknown) == 1 else 'them'} "
                        "out (edit the screenplay to add it by hand)")
    return Concept(
        idea=text, language=lang, characters=characters, settings=settings, setting_given=setting_given,
        time_of_day=times[0][1].key if times else template.time_of_day, time_given=bool(times),
        weather=weathers[0][1].key if weathers else template.weather, objects=objects, actions=actions,
        mood=mood, genre=genre, unknown_words=unknown, warnings=warnings,
    )
