"""The small readings of an idea's words that ``story.analysis`` makes as it goes: which words are plurals, a
noun's singular as a name, one key for a noun and its plural, what makes a capital a given name or a German
noun, which meanings of a stand-in word fit the unknown word's part of speech, and why the key event cannot be
staged (``--strict``)."""

from __future__ import annotations

from functools import cache

from autark.assets.templates import fold
from autark.story.events import Event, key_event
from autark.story.lexicon import Hit, lexicon, stems
from autark.story.meanings import ARTICLES as _ARTICLES
from autark.story.vocabularies import POS_CATEGORIES as _POS_CATEGORIES

__all__ = ["TALKING_CREATURES", "ONE_WORDS", "plural_words", "singular_name", "unstaged_reasons", "noun_key",
           "female_names", "THE_OR_PLACE", "looks_like_name", "MOST_OCCASION_THINGS", "meanings_as", "after_article_de"]

TALKING_CREATURES = {"alien", "aliens", "ghost", "ghosts", "ausserirdischer", "ausserirdische", "gespenst", "geist"}


# before a noun form that is also a plural, words that make it one ("den Prinzen" is one prince; "die Prinzen" two)
ONE_WORDS = {"a", "an", "one", "this", "that", "ein", "eine", "einen", "einem", "einer", "eines", "eins", "den", "dem",
        "des", "der", "diesen", "diesem", "seinen", "seinem", "ihren", "ihrem", "meinen", "meinem"}


@cache
def plural_words() -> frozenset[str]:
    """The vocabulary's plurals whose singular differs (children, Kinder, dogs), folded."""
    from autark.story.lexicon import plurals

    return frozenset(fold(p) for p in plurals())


def plural_after_die(folded: str, next_word: str, group: str) -> bool:
    """Whether a German person word after "die" is several: a man's word there can only be a plural ("die Gäste
    warten", "die Zuschauer jubeln", "begrüßt die Fußballer"; "die" before one man would be "der" or "den"),
    unless it ends in the feminine -in; any other by a plural verb after it ("Die Lehrer trinken")."""
    from autark.story.animal_bodies import same_plural_de

    if group == "man" and not folded.endswith(("in", "inn")) and folded not in _ONE_AFTER_DIE:
        return True
    return same_plural_de(folded, next_word)


# person words that are feminine in German though a man's group plays them: "die Wache", "die Person"
_ONE_AFTER_DIE = frozenset({"wache", "person", "geisel", "waise", "majestat", "hoheit", "polizei", "feuerwehr",
                            "mannschaft", "crew", "band"})


def singular_name(word: str) -> str:
    """The noun as a name: "dragons" -> "Dragon", "Drachen" -> "Drache"."""
    w = word[:1].upper() + word[1:]
    if w.endswith("ies"):
        return w[:-3] + "y"
    if w.endswith(("en", "s")) and fold(w[:-1]) in lexicon().index and len(w) > 4:
        return w[:-1]
    return w


def unstaged_reasons(events: list[Event], unknown_at: dict[int, str], tokens: list[str], breaks: set[int]) -> list[str]:
    """Why the idea's key event cannot be staged: no event at all, a verb autark does not know, or an
    unknown thing or person in the key event's clause."""
    out = [f"autark does not know the verb {tokens[k]!r}" for k, pos in unknown_at.items() if pos == "verb"]
    if not events:
        return out + ["autark finds no event in the idea (who does what)"]
    key = events[key_event(events)]
    for k, pos in sorted(unknown_at.items()):
        if pos == "noun" and k > key.at and not any(key.at < b <= k for b in breaks) and not any(
                e.at > key.at and e.at < k for e in events):
            out.append(f"the key event ({key.word!r}) is about {tokens[k]!r}, which autark does not know")
    return out


def noun_key(folded: str) -> str:
    """One key for a noun and its plural ("knights", "knight")."""
    return min(stems(folded), key=len)


def female_names() -> frozenset[str]:
    from autark.language import lang

    return lang.FEMALE_NAMES


# words before an English capital that make it a place or a thing, not a person's name (a given name stays one)
THE_OR_PLACE = frozenset({"the", "in", "through", "across", "around", "near", "inside", "into", "throughout",
                           "outside"})


def looks_like_name(tok: str) -> bool:
    return tok[:1].isupper() and tok[1:].islower() and len(tok) >= 2 and tok.isalpha() and \
        fold(tok).lower() not in WORLD_NAMES


# the proper names of worlds, stars and lands, never a person's ("looks down at Earth", "flies from Venus to
# Mercury", "sieht die Erde"): capitalised words an idea may name anywhere, not only after "the" or "in"
WORLD_NAMES = frozenset(["earth", "moon", "sun", "mercury", "mars", "jupiter", "saturn", "uranus", "neptune", "pluto", "galaxy", "cosmos", "universe", "erde", "mond", "sonne", "merkur", "milchstrasse", "weltall", "universum", "kosmos", "africa", "europe", "asia", "america", "antarctica", "australia", "arctic", "atlantic", "pacific", "sahara", "amazon", "himalaya", "alps", "afrika", "europa", "asien", "amerika", "antarktis", "australien", "arktis", "atlantik", "pazifik", "amazonas", "himalaja", "alpen"])


MOST_OCCASION_THINGS = 6  # an occasion's things join the idea's own only up to this many things in all


def meanings_as(pos: str, hits: list[Hit]) -> list[Hit]:
    """The meanings of a stand-in word that are of the unknown word's part of speech (all when none is)."""
    kept = [h for h in hits if h.category in _POS_CATEGORIES.get(pos, ())]
    things = [h for h in kept if h.category in ("object", "character", "stand_in")]
    return things or kept or hits  # "walks to her plane": the spaceship that plays it, not a space station


def after_article_de(tokens: list[str], folded: list[str], k: int) -> bool:
    """A German capital word right after an article is a noun ("ein Imker"); after an article and describing
    words ("eine große Welle") it is one unless it is a given name ("der kleine Max")."""
    from autark.story.dictionary import is_proper_name

    if k and folded[k - 1] in _ARTICLES:
        return True
    j = k - 1
    while j >= 0 and tokens[j][:1].islower() and folded[j] not in _ARTICLES and k - j <= 3:
        j -= 1  # over "große", "sehr alte"
    return j >= 0 and j < k - 1 and folded[j] in _ARTICLES and not is_proper_name(tokens[k]) \
        and fold(tokens[k]) not in female_names()
