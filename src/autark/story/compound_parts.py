"""What the first part of a German compound brings to the set, besides the head that says what the word is: a
"Leuchtturmwärter" is a keeper (his head) who keeps a lighthouse (his first part), a "Kirchenglocke" a bell that
hangs in a church, a "Zirkusdirektor" a man in a circus. The compound readers (``story.nouns``) read a word by its
head alone, so the keeper came without his lighthouse.

A person's first part is where or with what they work: the thing comes along (where they work is the trade's
own reading, ``story.trades``: a "Bergarbeiterin" works in a mine, not on the mountain top). A thing's first
part is mostly what it is made of or what kind it is ("Holzkiste", "Glasvase"), so only a place comes along
("Kirchenglocke": the church, "Gartenzaun": the garden).
"""

from __future__ import annotations

from collections.abc import Sequence

from autark.assets.templates import fold

__all__ = ["first_part", "participle_noun", "brought_by_compounds", "with_compound_parts"]

# linking letters between a compound's parts ("Kirche-n-glocke", "Schiff-s-koch", "Hochzeit-s-torte")
_LINKS = ("en", "es", "n", "s", "e")
_SHORTEST_PART = 4  # "Zoo" (3) is too often a piece of another word ("Zoom"); a place in four letters: "Hof-"
_SHORTEST_HEAD = 3
# first parts that say of the home, not of a place on the set ("Hausmeister", "Hausfrau", "Hausarzt")
_DOMESTIC = frozenset({"haus"})


def first_part(word: str, lookup) -> list:
    """The meanings (lexicon ``Hit``s: objects and settings) of the longest known first part of the folded German
    compound ``word``, its linking letters off ("leuchtturmwaerter" -> the lighthouse and the beach it stands
    on, "kirchenglocke" -> the church), or []. ``lookup`` is the lexicon's (``Lexicon.lookup``)."""
    from autark.story.dictionary import is_word_in

    if participle_noun(word):
        return []  # "Reisende" travel (reisen): no rice (Reis) at their ends
    for cut in range(len(word) - _SHORTEST_HEAD, _SHORTEST_PART - 1, -1):
        part, head = word[:cut], word[cut:]
        if is_word_in(head, "de") is False and not lookup(head, inflect=False):
            continue  # the rest must be a word of its own: "Feuer|wehrmann" is no fire's man
        for form in (part, *(part[: -len(link)] for link in _LINKS if part.endswith(link))):
            if len(form) < _SHORTEST_PART or form in _DOMESTIC:
                continue
            hits = [h for h in lookup(form, inflect=False) if h.lang in ("de", "any")
                    and h.category in ("object", "setting")]
            if hits and not any(h.key == hits[0].key for h in lookup(word)):  # ("Marktplatz" is the market)
                return hits
    return []


_PARTICIPLE_ENDS = ("ende", "enden", "ender", "endes", "endem")


def participle_noun(word: str) -> bool:
    """Whether the folded German ``word`` is a present participle used as a noun ("Reisende", "Studierenden",
    "Auszubildender": one who travels, studies, is trained), no compound of a shorter noun and "Ende"."""
    from autark.story.dictionary import german_noun, is_word_in

    end = next((e for e in _PARTICIPLE_ENDS if word.endswith(e)), "")
    stem = word[: -len(end)] if end else ""
    return len(stem) >= 3 and is_word_in(stem + "en", "de") is True and german_noun(stem + "en") is not True


def brought_by_compounds(people: Sequence[str], things: Sequence[str], lookup) -> tuple[list[str], list[str]]:
    """The things and places the German compounds of the idea bring by their first part: (object types,
    settings). ``people`` are the words of the cast ("Leuchtturmwärter": his lighthouse, and the beach it stands
    on), ``things`` the words of its things ("Kirchenglocke": the church)."""
    objects: list[str] = []
    settings: list[str] = []
    for word, of_person in [(w, True) for w in people] + [(w, False) for w in things]:
        hits = first_part(fold(word), lookup) if word[:1].isupper() else []
        if of_person and hits and hits[0].category == "object":  # (a "Bergarbeiterin" works where her trade says)
            objects.append(hits[0].key)
            settings += [h.key for h in hits if h.category == "setting"]
        elif not of_person:
            settings += [h.key for h in hits if h.category == "setting"][:1]
    return list(dict.fromkeys(objects)), list(dict.fromkeys(settings))


def with_compound_parts(lang: str, characters: list, objects: list, settings: list[str], lookup,
                        make) -> tuple[list, list[str]]:
    """The idea's things and places with what its German compounds bring by their first part (a
    "Leuchtturmwärter" keeps a lighthouse, a "Kirchenglocke" rings in a church): the things added
    (``make(type=, word=)`` makes one), the place taken where the idea names none; an English idea's as they
    are. ``characters`` and ``objects`` are the analysis' concepts (their ``word`` as the idea wrote it)."""
    if lang != "de":
        return objects, settings
    things, places = brought_by_compounds([c.word for c in characters], [o.word for o in objects], lookup)
    return objects + [make(type=t, word=t) for t in things if not any(o.type == t for o in objects)], \
        settings or places[:1]
