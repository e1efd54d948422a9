"""What a story, a tale, a song, a film or a dream is about is not there: "a girl and her grandmother tell ghost
stories in the attic", "two kids read fairy tales about dragons", "a pirate sings a song about a mermaid", "der
Opa liest ein Märchen von einem Drachen vor". The ghost, the dragons and the mermaid are what is told; cast,
they walked through the attic and the library as if the story had come true, and the stories themselves, a
word the tables lack, were read by their spelling as a place ("tales": a lake).

Read by the analysis before unknown words are (``told_topics``): a being word right before a telling noun
("ghost stories", "pirate songs", "fairy tales") or in the phrase after one with "about"/"of" ("über"/"von" in
German: "a song about a mermaid and her sea", "Geschichten über Drachen und Ritter") names a topic, and the
telling noun itself, where it names no prop the tables know (a book does), is no thing. A topic the idea also
has doing something elsewhere ("dreams of a horse, and then a horse appears") is still cast by that other
mention: only the words inside the telling's phrase are taken. German compounds ("Gespenstergeschichten",
"Drachenmärchen") are one word whose head is the telling, read as such by the compound reader already.
"""

from __future__ import annotations

from collections.abc import Sequence

from autark.story.lexicon import Hit, names_being

__all__ = ["TELLINGS", "told_topics", "told_note"]

# nouns (folded, both languages) of what is told, sung, read, watched or dreamt
TELLINGS = frozenset({
    "story", "stories", "tale", "tales", "fairytale", "fairytales", "legend", "legends", "myth", "myths", "joke",
    "jokes", "song", "songs", "ballad", "ballads", "poem", "poems", "rhyme", "rhymes", "fable", "fables", "film",
    "films", "movie", "movies", "dream", "dreams", "nightmare", "nightmares", "rumour", "rumours", "rumor",
    "rumors", "book", "books", "comic", "comics", "cartoon", "cartoons", "documentary",
    "geschichte", "geschichten", "maerchen", "sage", "sagen", "legende", "legenden", "mythos", "witz", "witze",
    "lied", "lieder", "ballade", "gedicht", "gedichte", "reim", "reime", "fabel", "fabeln", "filme", "traum",
    "traeume", "albtraum", "alptraum", "geruecht", "geruechte", "buch", "buecher", "doku",
})
# tellings that are verbs too ("a girl dreams of a horse", "the twins film a bird"): no being before them is
# their topic, only what follows "of"/"about" is
_VERBAL = frozenset({"dream", "dreams", "film", "films", "joke", "jokes", "rhyme", "rhymes", "book", "books"})
_ABOUT = frozenset({"about", "of", "ueber", "von", "vom"})
# words that may stand inside the topic's phrase before and between its nouns
_FILLERS = frozenset({"a", "an", "the", "some", "two", "three", "many", "old", "young", "little", "big", "scary",
                      "brave", "evil", "good", "and", "und", "der", "die", "das", "den", "dem", "des", "ein", "eine",
                      "einen", "einem", "einer", "eines", "alte", "alten", "kleine", "kleinen", "boese", "boesen",
                      "mutige", "mutigen", "his", "her", "their", "its", "seine", "seinem", "ihre", "ihrem"})
_FAIRY = frozenset({"fairy"})  # "fairy tales": the tales are of no fairy
_MAX_PHRASE = 6  # words after "about" read as the topic's phrase at most


def _telling(folded: Sequence[str], k: int) -> bool:
    return 0 <= k < len(folded) and folded[k] in TELLINGS


def told_topics(folded: Sequence[str], meanings: Sequence[Sequence[Hit]], verbs: Sequence[object],
                breaks: set[int]) -> tuple[list[int], list[int]]:
    """(indices of being words that name what a telling is about, indices of telling nouns that are no thing):
    "ghost stories", "fairy tales about dragons", "ein Märchen von einem Drachen"."""
    topics: list[int] = []
    tellings: list[int] = []
    for k in range(len(folded)):
        if not _telling(folded, k):
            continue
        if verbs[k] is not None:
            continue  # "a girl dreams of a horse": her act
        if not any(h.category == "object" for h in meanings[k]):
            tellings.append(k)
        if k >= 1 and k not in breaks and folded[k] not in _VERBAL and (names_being(meanings[k - 1]) or folded[k - 1] in _FAIRY):
            topics.append(k - 1)  # "ghost stories", "pirate songs", "fairy tales"
        if k + 1 < len(folded) and folded[k + 1] in _ABOUT and k + 1 not in breaks:
            joined = False
            for j in range(k + 2, min(len(folded), k + 2 + _MAX_PHRASE)):
                if j in breaks or verbs[j] is not None:
                    break  # "stories about dragons scare the kids": the kids are there
                joined = joined or folded[j] in ("and", "und")
                if names_being(meanings[j]):
                    if joined and j + 1 < len(folded) and verbs[j + 1] is not None:
                        break  # "jokes about a lion and the lion roars": a new clause's doer
                    topics.append(j)
                elif folded[j] not in _FILLERS and meanings[j]:
                    break  # the phrase ends at the next word that is neither a being nor a filler
    return topics, tellings


def told_note(word: str) -> str:
    """The plan's note for a topic left uncast."""
    return f"'{word}' is what is told about: nobody plays it"
