"""How something is done, said in a phrase of a preposition and a noun ("by mistake", "on purpose", "aus
Versehen", "zum Glück", "in letzter Sekunde"): a manner, never a thing to show, a person to cast or an act.
Read as a thing, "by mistake" reported 'mistake' as unknown, and "aus Versehen" was staged as watching (the
verb "versehen" read through "sehen").

Two ways, asked before the idea's words are read as anything else (``autark.story.analysis``):

1. the idioms of each language, a table of phrases (idioms are a language's data, like its stop words);
2. for English, any phrase of a preposition, at most two plain words (an article, "sheer") and a noun autark does not know,
   whose every WordNet sense is no thing one can stage (an act, a feeling, a state, a motive, a time: "with
   great relief", "in a hurry", "out of spite"). A noun with one sense of a thing ("at the rodeo": its
   arena) is left to the reader of things.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import cache

from autark.assets.templates import fold
from autark.story.hypernyms import table_rows

__all__ = ["MANNERS", "manner_words"]


def _phrase_table(rows: str) -> dict[tuple[str, ...], str]:
    """``meaning: phrase | phrase`` rows (an indented row goes on with the one above) as folded word tuples ->
    meaning."""
    out: dict[tuple[str, ...], str] = {}
    for meaning, phrases in table_rows(rows):
        for phrase in phrases.split("|"):
            words = tuple(fold(w) for w in phrase.split())
            if words:
                if words in out:
                    raise ValueError(f"the manner {' '.join(words)!r} is listed twice")
                out[words] = meaning
    return out


# meaning: the phrases of both languages that say it; phrases of more than one word only (a single word is the
# lexicon's), and none of the story's turns ("at last", "am Ende", "auf einmal": ``verbs.yaml``' turns)
MANNERS: dict[tuple[str, ...], str] = _phrase_table("""
accident: by mistake | by accident | in error | by error | aus versehen | ohne absicht
purpose: on purpose | with intent | mit absicht | mit voller absicht
last_moment: at the last moment | at the last minute | at the last second | in the nick of time | just in time
  | in letzter sekunde | in letzter minute | im letzten moment | im letzten augenblick | in der letzten sekunde
  | in der letzten minute | gerade noch rechtzeitig
luck: by luck | by chance | zum glueck | mit glueck | durch zufall | zu seinem glueck | zu ihrem glueck
bad_luck: zum pech | zu seinem pech | zu ihrem pech
sudden: all of a sudden | out of the blue | out of nowhere | wie aus dem nichts | mit einem mal
  | aus heiterem himmel
quick: in a hurry | in a rush | in no time | in a flash | in a jiffy | in eile | im nu | in windeseile
  | im handumdrehen
secret: in secret | on the sly | im geheimen
fun: for fun | for a laugh | just for fun | aus spass | zum spass | aus jux
vain: in vain | for nothing
ease: with ease | without effort | mit leichtigkeit | ohne muehe
effort: with great effort | with difficulty | mit muehe | mit muehe und not
""")
_LONGEST = max(len(p) for p in MANNERS)

# where a manner phrase of English may begin, and the words that may stand between it and its noun
_PREPOSITIONS_EN = frozenset({"by", "on", "at", "in", "with", "for", "out", "without", "under"})
_BETWEEN_EN = frozenset({"a", "an", "the", "of", "great", "sheer", "pure", "utter", "much", "all", "his", "her",
                         "their", "its", "my", "your", "our", "some", "big", "total", "complete"})
_MAX_BETWEEN = 2
# WordNet's kinds of noun that are no thing to put in a scene
_ABSTRACT = frozenset({"noun.act", "noun.attribute", "noun.cognition", "noun.communication", "noun.event",
                       "noun.feeling", "noun.motive", "noun.state", "noun.time", "noun.relation",
                       "noun.process", "noun.phenomenon", "noun.quantity", "noun.possession", "noun.shape"})


def manner_words(folded: Sequence[str], lang: str, unknown: Callable[[int], bool]) -> dict[int, str]:
    """The word indices of the idea's manner phrases -> what each says ("accident", "purpose", or "manner"
    for an English phrase read through WordNet); ``unknown(k)``: whether the word at ``k`` is one the
    reader found no meaning for (only such a noun can end an English phrase of rule 2)."""
    found: dict[int, str] = {}
    k = 0
    while k < len(folded):
        for n in range(min(_LONGEST, len(folded) - k), 0, -1):
            meaning = MANNERS.get(tuple(folded[k:k + n]))
            if meaning is not None:
                found.update(dict.fromkeys(range(k, k + n), meaning))
                k += n
                break
        else:
            k += 1
    if lang == "en":
        for k in range(1, len(folded)):
            if k not in found and unknown(k) and _abstract_noun(folded[k]) and _after_preposition(folded, k):
                found[k] = "manner"
    return found


def _after_preposition(folded: Sequence[str], k: int) -> bool:
    """Whether a preposition stands before the word at ``k``, with at most two describing words between."""
    for j in range(k - 1, max(k - 2 - _MAX_BETWEEN, -1), -1):
        if folded[j] in _PREPOSITIONS_EN:
            return True
        if folded[j] not in _BETWEEN_EN:
            return False
    return False


@cache
def _abstract_noun(word: str) -> bool:
    """Whether WordNet has the English ``word`` as a noun and none of its senses is a thing ("mistake",
    "purpose", "relief"); False for a word WordNet does not know."""
    from autark.language import wordnet

    senses = wordnet.synsets(word, "noun")
    return bool(senses) and all(s.lexname in _ABSTRACT for s in senses)
