"""Which animal body plays an animal word the vocabulary has no body for (the animal tables, a German
compound's last part, WordNet's walk for English), and when a German animal word that is its own plural is
one ("die Igel schlafen"). Read by the cast (``story.cast``) and its counts."""

from __future__ import annotations

from functools import cache

from autark.assets.templates import fold
from autark.story.kinds import character_types
from autark.story.noun_kinds import kind_of_noun

__all__ = ["animal_body", "wordnet_animal", "same_plural_de"]


def animal_body(word: str) -> str | None:
    """The animal body that plays an animal word the vocabulary has no body for, by the animal tables
    (``story.hypernyms``: "Igel" a mouse, "Geier" a bird, "walrus" a whale); None for any other word."""
    from autark.assets import library
    from autark.story.hypernyms import HYPERNYMS, HYPERNYMS_DE
    from autark.story.lexicon import stems

    def animal(typ: str | None) -> str | None:
        return typ if typ is not None and typ in character_types() and not library.get(typ).age and \
            library.get(typ).type not in ("humanoid", "robot") else None

    folded = fold(word)
    plain = folded.replace("ae", "a").replace("oe", "o").replace("ue", "u")  # "Schwäne", "Hähne": an umlaut plural
    for form in dict.fromkeys([*stems(folded), *(stems(plain) if plain != folded else [])]):
        target = HYPERNYMS_DE.get(form) or HYPERNYMS.get(form)
        if target and (typ := animal(kind_of_noun(target))):
            return typ
    # a German compound by its last part, five letters or more: "Hauskatzen" a cat, "Zwergkaninchen" a rabbit
    for i in range(3, len(folded) - 4):
        typ = animal(kind_of_noun(folded[i:])) or animal(kind_of_noun(HYPERNYMS_DE.get(folded[i:], "")))
        if typ:
            return typ
    return None


def wordnet_animal(word: str) -> str | None:
    """The animal body WordNet's walk reaches for an English animal word ("walrus": the whale), as the reader of
    unknown words does (``story.nouns``); None for any other word or without WordNet."""
    from autark.story.animal_sizes import animal_size_m

    if animal_size_m(word) is None:  # only an animal with a size to show matters here
        return None
    from autark.story import wordnet_words

    found = wordnet_words.noun_target(fold(word), _beings_en(), frozenset({"noun.animal"}))
    return kind_of_noun(found[0]) if found else None


@cache
def _beings_en() -> tuple[str, ...]:
    """The English words of the lexicon that name a being: what an animal's WordNet walk may reach."""
    from autark.story.lexicon import lexicon

    lex = lexicon()
    return tuple(w for w in lex.content_words() if any(
        h.category in ("character", "stand_in") and h.lang in ("en", "any") for h in lex.index[w]))


_NOT_VERBS_DE = frozenset({"neben", "zwischen", "oben", "unten", "gegen", "hinten", "draussen", "drinnen",
                           "morgen", "abends", "morgens", "wegen", "eben", "einen", "seinen", "ihren", "meinen",
                           "unseren", "diesen", "jeden", "keinen", "allen", "vielen", "beiden"})


def same_plural_de(folded: str, next_word: str) -> bool:
    """A German animal word whose plural is itself ("die Igel", "die Esel", "die Geier", "die Kaninchen") read
    as a plural where the verb after it is one ("Die Igel schlafen"; "der Igel schläft" is one)."""
    if not folded.endswith(("el", "er", "en", "chen", "lein")) or len(next_word) < 5 or not next_word.endswith("en"):
        return False
    from autark.story.dictionary import german_noun

    return next_word not in _NOT_VERBS_DE and german_noun(next_word) is not True
