"""The story lexicon as an index from folded words to what they mean: the shared vocabulary
(``autark.language.lang``: things, characters, creatures, colours, numbers, times of day, moods, name markers)
plus ``lexicon.yaml`` (what only a story needs: character groups, display nouns, cue words for time, weather,
plot, mood and genre).

Words are folded (lower case, umlauts as ae/oe/ue, ß as ss) so "Wüste" and "Wueste" are one word. Lookups
try the word as written, then with common English and German endings removed, so the data lists base forms
only ("findet" -> "find", "einsamer" -> "einsam", "dancing" -> "dance").
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any

from autark.assets.templates import fold, setting_aliases
from autark.story.stemming import stems

__all__ = ["Hit", "Lexicon", "lexicon", "names_being", "stems"]

# categories the shared vocabulary gives (the rest come from lexicon.yaml)
_SHARED = {"character", "object", "stand_in", "time", "mood", "colour", "number", "name_marker", "material", "light"}
# categories that are no content to match an unknown word against
_NO_CONTENT = {"stop", "name_marker", "number", "material", "light"}

# longest first, so "ern" is tried before "er" and "n"


@dataclass(frozen=True)
class Hit:
    """One meaning of a word: ``category`` (character, object, setting, ...), its ``key`` and language."""

    category: str
    key: str
    lang: str


def names_being(hits: Sequence[Hit]) -> bool:
    """Whether a word's meanings name a being: one of the cast, or the stand-in for one."""
    return any(h.category in ("character", "stand_in") for h in hits)


# the idea's words as the analysis reads them (``analysis._TOKEN``): a word index into ``idea_words`` is an
# ``Event.at``
IDEA_TOKEN = re.compile(r"[A-Za-zÄÖÜäöüßÀ-ÿ][A-Za-zÄÖÜäöüßÀ-ÿ'\-]*|\d+")


def idea_words(text: str) -> list[str]:
    """The idea's words, folded, as the analysis counts them (a word index here is an ``Event.at`` there)."""
    words = [fold(m.group(0)) for m in IDEA_TOKEN.finditer(text.replace("\u2019", "'"))]
    return [w[:-2] if w.endswith("'s") and len(w) > 3 else w for w in words]


# words whose everyday sense in a story is another thing than the vocabulary's: "Karten" in a story are
# played ("spielen Karten", "mischt die Karten"); a map is "eine Karte", "die Landkarte", "die Schatzkarte"
_SENSES = {"karten": ("object", "playing_cards", "de"), "kartenspiel": ("object", "playing_cards", "de"),
           "spielkarte": ("object", "playing_cards", "de")}


class Lexicon:
    """The loaded lexicon: ``lookup`` a folded word or phrase; the raw data stays in ``data``."""

    def __init__(self, data: dict[str, Any]) -> None:
        self.data = data
        self.index: dict[str, list[Hit]] = {}
        self._content: tuple[str, ...] | None = None
        for code, words in vocabulary_words(set(data["characters"]), set(data["objects"])):
            for w, category, key in words:
                self._add(w, Hit(category, key, code))
        for section, category in (("time_of_day", "time"), ("weather", "weather"), ("actions", "action"),
                                  ("moods", "mood"), ("genres", "genre")):
            for key, entry in data[section].items():
                self._add_words(entry, category, str(key))
        for lang, words in data["stopwords"].items():
            for w in words:
                self._add(w, Hit("stop", "", lang))
        for alias, (name, lang) in _setting_words().items():
            # in the language its set names it in: the German "All" (space) is no English "all night"
            self._add(alias, Hit("setting", name, lang))
        from autark.story.place_words import PLACES, place_language

        for word, name in PLACES.items():  # places with no set of their own: the nearest set plays them
            if not any(h.category == "setting" for h in self.index.get(fold(word), [])):
                # in the language it names a place in: the German "Laden" (a shop) is no English "laden"
                self._add(word, Hit("setting", name, place_language(word)))
        # a plural the vocabulary lists means what its base form means too ("robots": the robot and sci-fi)
        for w in {fold(p) for p in plurals()} - {k for k, hits in self.index.items()
                                                   if any(h.category not in _SHARED for h in hits)}:
            base = next((b for b in stems(w)[1:] if b in self.index), None)
            if base is not None:
                for hit in self.index[base]:
                    if hit.category not in _SHARED:
                        self.index.setdefault(w, []).append(hit)
        for word, (category, key, lang) in _SENSES.items():  # the sense a word has in a story, before any other
            self.index[word] = [Hit(category, key, lang)] + [h for h in self.index.get(word, [])
                                                             if h.category != category]
        self.max_phrase = max(k.count("_") + 1 for k in self.index)

    def _add_words(self, entry: dict[str, Any], category: str, key: str) -> None:
        for lang in ("en", "de"):
            for w in entry.get(lang, []):
                self._add(str(w), Hit(category, key, lang))

    def _add(self, word: str, hit: Hit) -> None:
        hits = self.index.setdefault(fold(word), [])
        if hit not in hits:
            hits.append(hit)

    def lookup(self, folded: str, *, inflect: bool = True) -> list[Hit]:
        """Meanings of a folded word or phrase ("living_room"); inflected forms fall back to their base."""
        if folded in self.index:
            return self.index[folded]
        if inflect and "_" not in folded:
            for stem in stems(folded)[1:]:
                hits = [h for h in self.index.get(stem, ()) if _ending_fits(folded, stem, h)]
                if hits:
                    return hits
        return []

    def content_words(self) -> tuple[str, ...]:
        """Folded single words with content (not stopwords): the candidates for fuzzy matching."""
        if self._content is None:  # built once: every unknown word of every idea is compared with these
            self._content = tuple(sorted(
                w for w, hits in self.index.items()
                if "_" not in w and any(h.category not in _NO_CONTENT for h in hits)))
        return self._content

    def noun(self, category: str, key: str, lang: str) -> tuple[str, str]:
        """Display noun and German gender ("m", "f", "n"; "" in English) for an object type or character group."""
        section = self.data["objects" if category == "object" else "characters"]
        noun = section[key]["noun"]
        if lang == "de":
            return str(noun["de"][0]), str(noun["de"][1])
        return str(noun["en"]), ""


_EN_ONLY = ("ing", "ed", "ly", "'s")
_DE_ONLY = ("ern", "est", "ten", "en", "em", "et", "st", "te", "e", "n", "t")
_VERB_ONLY = ("et", "st", "est", "te", "ten", "t", "ing", "ed")


def _ending_fits(word: str, stem: str, hit: Hit) -> bool:
    """Whether an ending taken off ``word`` belongs to the language of the base form's meaning: "Welle" is not
    the English "well" plus a German -e, "spielen" is not an English word plus -en; and an -er word is no form
    of an action ("waiter" is a person, not "wait")."""
    lang = hit.lang
    if not word.startswith(stem):
        return True
    end = word[len(stem):]
    if word.endswith("er") and len(end) <= 3 and (hit.category in ("action", "setting") or hit.category == "object"
                                                   and hit.lang == "en"):
        return False  # an English -er on a thing is who uses it ("drummer"), a German one a plural ("Bilder");
        # on a place who lives or works there ("forester", "islander")
    if hit.category in ("setting", "object", "character") and end in _VERB_ONLY:
        return False  # "landet" lands, it is no "Land": nouns take no verb endings
    from autark.story.dictionary import own_german_lemma

    if lang in ("de", "any") and hit.category in ("setting", "object", "character") and end != "e" and (
            own_german_lemma(word)):  # (a plural in -e, "Freunde", "Hunde", has its singular's genitive -es)
        return False  # "Eisen" is iron, no ice cream; "Busen" no bus (story.dictionary)
    if lang not in ("en", "de"):
        return True
    if lang == "en" and end in _DE_ONLY:
        return False
    return not (lang == "de" and end in _EN_ONLY)


def _setting_words() -> dict[str, tuple[str, str]]:
    """Every folded set name and alias -> (set, the language that names it: "en", "de", or "any" when both do
    or the set's own name)."""
    from autark.assets.templates import TEMPLATES

    langs: dict[str, set[str]] = {}
    names: dict[str, str] = {}
    for alias, name in setting_aliases().items():
        names[alias] = name
        langs.setdefault(alias, set())
    for tpl in TEMPLATES.values():
        langs.setdefault(fold(tpl.name), set()).update(("en", "de"))
        for code, words in tpl.names.items():
            for w in words:
                langs.setdefault(fold(w), set()).add(code)
    return {a: (n, next(iter(langs[a])) if len(langs[a]) == 1 else "any") for a, n in names.items()}


def plurals() -> set[str]:
    """The vocabulary's plural nouns whose singular differs ("robots", "Hunde"; not "Roboter")."""
    from autark.language import lang

    return set(lang.PLURALS - lang.SAME_PLURAL)


def vocabulary_words(groups: set[str], types: set[str]) -> list[tuple[str, list[tuple[str, str, str]]]]:
    """(language, [(word, category, key)]) of the shared vocabulary, in the story's categories: a person kind
    is a character group (boy, girl and child are the group child), other people words the group person, the
    nouns of a robot, dog or cat that group; nouns of the other types are objects (two-word nouns as "w1_w2")."""
    from autark.assets import library
    from autark.language import lang

    kind_group = {"man": "man", "woman": "woman", "boy": "child", "girl": "child", "child": "child"}
    things = set(library.all_types())
    out: list[tuple[str, list[tuple[str, str, str]]]] = []
    for code, module in lang.LANGUAGES.items():
        words: list[tuple[str, str, str]] = []
        kinds = {w: kind_group[k] for k, ws in module.PERSON_KINDS.items() for w in ws.split()}
        compounds = {"_".join(pair): typ for pair, typ in module.COMPOUNDS.items()}
        nouns = [(w, typ) for typ, ws in module.NOUNS.items() for w in ws.split()] + list(compounds.items())
        cast = _cast_groups()
        for w, typ in nouns:
            if typ == "humanoid":
                group = kinds.get(w) or kinds.get(w.rpartition("_")[2]) or "person"
                words.append((w, "character", group))
            elif typ in groups:
                words.append((w, "character", typ))
            elif typ in cast:  # a character kind of its own (knight, horse): cast by its asset, in its group
                words.append((w, "character", kinds.get(w) or cast[typ]))
            elif typ in types or typ in things:
                words.append((w, "object", typ))
        words += [(w, "stand_in", body) for body, ws in module.STAND_INS.items() for w in ws.split()]
        words += [(w, "time", t) for t, ws in module.TIME_OF_DAY.items() for w in ws.split()]
        words += [(w, "mood", m) for m, ws in module.MOODS.items() for w in ws.split()]
        words += [(w, "colour", c) for c, ws in module.COLORS.items() for w in ws.split()]
        # counting words: one is what a bare noun means already
        words += [(w, "number", str(n)) for w, n in module.NUMBERS.items() if n >= 2]
        words += [(w, "name_marker", "") for w in module.NAME_MARKERS]
        # known, but nothing a story stages: "a glass table" is glass, "a light" the engine's light source
        words += [(w, "material", m) for m, ws in module.MATERIALS.items() for w in ws.split()]
        words += [(w, "light", "") for w in module.LIGHT_NOUNS]
        out.append((code, words))
    return out


def _cast_groups() -> dict[str, str]:
    """Character and animal asset kinds -> the story group that voices them (man, woman, child, robot, animal)."""
    from autark.assets import library
    from autark.story.kinds import character_types

    out = {}
    for typ in character_types():
        spec = library.get(typ)
        if typ in ("humanoid", "robot", "dog", "cat"):
            continue
        if not spec.age:  # people have an age; a body without one is an animal
            out[typ] = "animal"
        else:
            out[typ] = ("child" if spec.age == "child" else "woman" if spec.gender == "female"
                        else "man" if spec.gender == "male" else "person")  # an astronaut in a suit: anyone
    return out


@cache
def lexicon() -> Lexicon:
    import yaml

    text = (resources.files("autark.story") / "lexicon.yaml").read_text(encoding="utf-8")
    return Lexicon(yaml.load(text, Loader=_words_loader()))  # noqa: S506 - a safe loader


def _words_loader() -> type:
    """A safe YAML loader that reads on/off/yes/no as words, not booleans (they are words here)."""
    import yaml

    base = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # the C loader is ~5x faster where present

    class WordsLoader(base):  # type: ignore[misc, valid-type]
        pass

    WordsLoader.yaml_implicit_resolvers = {
        first: [(tag, rx) for tag, rx in resolvers if tag != "tag:yaml.org,2002:bool"]
        for first, resolvers in base.yaml_implicit_resolvers.items()
    }
    return WordsLoader
