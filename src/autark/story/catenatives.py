"""Verbs that govern another verb (catenatives): "the neighbours *start to* dance", "*fangen an zu* tanzen", "*tries
to* climb", "*beschließt*, über den See zu schwimmen", "*stops* singing", "*refuses to* eat", "*lernt* schwimmen".

The act the film shows is the inner verb's: the governing word is no act of its own (read as one, "start" took
off and flew, "fangen" caught, "hört auf" listened). Where the governing verb changes what is seen it stays an
act: a refusal is a shake of the head at the thing (the inner act never happens), and one who learns to do a thing
first tries it clumsily, then does it (the inner verb stays its own act after that). "keeps doing" is a repeat
(``story.event_readings``); "wants to become" a wish (ibid.); "fails to", "forgets to" an outcome
(``story.outcomes``): those are left to them.

Each row below is one governing verb's base forms of both languages (inflections are stripped by
``stemming.stems``), German ones with the particle they need ("fängt ... an zu"), and what it makes of the inner
act. ``read_catenatives`` is asked by the first reading of an idea's words (``story.meanings``).
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from functools import cache

from autark.story.stemming import stems
from autark.story.verbs import Verb, verb_by_key

__all__ = ["Catenative", "read_catenatives", "governing_words"]

# what the governing verb makes of the inner act: "" the inner act only; "refuse" a refusal instead of it;
# "learn" a clumsy first try, then the act; "wish" a wish or a plan, the inner act not (yet) done ("wants to fly",
# "möchte fliegen", "plans to marry": one who wishes, not a flight)
_INNER, _REFUSE, _LEARN, _WISH = "", "refuse", "learn", "wish"

# English: base forms (and irregular forms) that take "to" + verb or a verb in -ing after them
_EN: dict[str, str] = {w: _INNER for w in (
    "start", "begin", "began", "begun", "try", "attempt", "decide", "continue", "manage", "dare", "need", "pretend", "promise", "agree", "choose", "chose", "chosen", "prepare", "rush",
    "hurry", "stop", "quit", "finish", "cease", "resume", "love", "like", "enjoy", "hate", "prefer", "offer",
    "long", "yearn", "struggle", "strive", "seek", "vow", "swear", "swore", "resolve", "commence", "proceed",
    "go_on", "carry_on", "get", "got", "set_out", "set_off", "tend", "seem", "happen", "volunteer", "insist",
    "practise", "practice", "mean", "meant", "forget", "forgot", "forgotten")}
_EN.update({w: _WISH for w in ("want", "wish", "dream", "hope", "plan", "intend", "long", "yearn")})
_EN.update({"refuse": _REFUSE, "decline": _REFUSE, "learn": _LEARN, "learnt": _LEARN, "learned": _LEARN})
# English governing words that take only "to" + verb (an -ing after them is a noun or an adjective: "loves
# dancing" is fine, "hopes dancing" no idea says; "gets cooking" is a start, "gets lost" no act)
_EN_ING = frozenset({"start", "begin", "began", "begun", "try", "continue", "stop", "quit", "finish", "cease",
                     "resume", "love", "like", "enjoy", "hate", "prefer", "practise", "practice", "commence",
                     "go_on", "carry_on", "keep_on", "learn", "keep", "kept"})
# "keeps spiking the ball": the act over and over (a repeat, story.event_readings), never a keeping (a hold)
_EN.update({"keep": _INNER, "kept": _INNER})
# inner verbs that are no act: "wants to be a pilot", "decides to become king" (a wish: story.event_readings)
_NO_ACT_EN = frozenset({"be", "become", "have", "do", "go", "get", "make", "keep"})

# German: (base forms of the governing verb, the particle it needs or "", what it makes of the inner act)
# liking and the modals, every person's form ("die Zwillinge müssen ... aufessen" had read "müssen" as an act)
_MODALS = frozenset({"lieb", "mag", "moeg", "muss", "musst", "muess", "soll", "sollt", "darf", "durft", "duerf",
                     "kann", "konnt", "koenn"})
_DE: tuple[tuple[frozenset[str], str, str], ...] = (
    (frozenset({"fang", "faeng", "fing", "angefangen"}), "an", _INNER),  # fängt an zu tanzen
    (frozenset({"hoer", "hoert"}), "auf", _INNER),  # hört auf zu singen: it was seen (the act, then it ends)
    # the same written together at the end of a subordinate clause: "bis es anfängt zu regnen", "bis er aufhört"
    (frozenset({"anfang", "anfaeng", "anfing", "aufhoer", "aufgehoert"}), "", _INNER),
    (frozenset({"beginn", "begann", "begonn"}), "", _INNER),
    (frozenset({"versuch", "probier"}), "", _INNER),
    (frozenset({"beschliess", "beschloss", "entschliess", "entschloss", "entscheid", "entschied"}), "", _INNER),
    (frozenset({"wag", "trau"}), "", _INNER),  # wagt es zu springen, traut sich zu fragen
    (frozenset({"versprich", "versprech", "versprach"}), "", _INNER),
    (frozenset({"plan", "hoff", "vorhab", "moecht", "will", "woll", "wollt", "traeum", "wuensch"}), "", _WISH),
    (frozenset({"schaff", "gelingt"}), "", _INNER),  # schafft es, den Gipfel zu erreichen
    (_MODALS, "", _INNER),
    (frozenset({"weiger", "verweiger", "lehn"}), "", _REFUSE),  # weigert sich zu essen
    (frozenset({"lern", "gelernt", "uebt", "uebte"}), "", _LEARN),  # lernt schwimmen, lernt Rad zu fahren
)
# how many words may stand between a German governing verb and its "zu" + verb or its infinitive
_DE_REACH = 8
_EN_FILLERS = frozenset({"finally", "slowly", "quickly", "suddenly", "really", "bravely", "secretly", "also",
                         "then", "soon", "again", "happily", "sadly", "desperately", "not", "never", "just", "all",
                         "both", "hard", "to"})
_ENDS_DE = ("und", "aber", "doch", "bis", "oder", "als", "waehrend", "weil", "dann", "denn")
_NO_ACT_DE = frozenset({"sein", "werden", "haben", "tun", "machen"})


@dataclass(frozen=True)
class Catenative:
    """A governing verb at a word of the idea: the ``verb`` it is read as (None: no act of its own, the inner
    verb is the act), the word index of the ``inner`` verb, and the ``quiet`` word indices that are read as
    nothing (its "to"/"zu", its particle, and for a refusal the inner verb); ``inner_verb`` the inner word's
    story verb (it stands where a verb does, even where it is a noun too: "hört auf zu *kochen*" is no cook)."""

    at: int
    verb: Verb | None
    inner: int
    quiet: tuple[int, ...]
    inner_verb: Verb | None = None


@cache
def governing_words() -> frozenset[str]:
    """Every base form of a governing verb of both languages (for tests and the corpus census)."""
    return frozenset(_EN) | frozenset(w for forms, _p, _m in _DE for w in forms)


def _meaning_verb(meaning: str, inner_word: str, lang: str) -> Verb | None:
    if meaning == _REFUSE:
        return verb_by_key("refuse")
    if meaning == _WISH:  # thought, not done: no line of its own (the wish family's lines say "I will be {goal}")
        return replace(verb_by_key("wish"), line="")
    if meaning == _LEARN:
        from autark.story import verbs as verb_table

        inner = verb_table.verb(inner_word, lang)
        # the learning is the first try, and it goes wrong: a body that must find its balance (swimming, riding,
        # skating) falls, other acts are fumbled (a shake of the head); the act itself follows as its own event
        clumsy = "fall" if inner is not None and inner.kind in _BALANCE else "shake_head"
        return replace(verb_by_key("learn"), kind=clumsy, tone="comedy")
    return None


_BALANCE = frozenset({"swim", "ride", "slide", "fly", "climb", "jump", "dance", "run", "drive", "walk", "land"})


def read_catenatives(folded: list[str], lang: str, breaks: set[int]) -> list[Catenative]:
    """The governing verbs of an idea's folded words, in order."""
    out = []
    from autark.story import verbs as verb_table

    for k in range(len(folded)):
        found = _english_at(folded, k) if lang == "en" else _german_at(folded, k, breaks)
        if found is not None:
            inner = None if found.inner in found.quiet else (
                verb_table.verb(folded[found.inner], lang) or _unknown_inner(folded[found.inner], lang))
            out.append(replace(found, inner_verb=inner))
    return out


def _unknown_inner(word: str, lang: str) -> Verb | None:
    """The story verb of an inner verb no table has ("keeps *spiking*", "versucht zu *jonglieren*"): the one
    nearest in meaning (WordNet), else the stand-in, whose staging goes by the verb's class
    (``story.class_staging``); never nothing, which left the governing word to be read as an act of its own
    ("keeps" as a hold)."""
    from autark.story import verbs as verb_table
    from autark.story.unknown_words import nearest_in_language

    if len(word) < 4 or (lang == "en" and not word.endswith(("ing", "e", "t", "l", "n", "r", "k", "p", "h"))):
        return None
    match = nearest_in_language(word, "verb", lang)
    return (verb_table.verb(match.known, lang) if match is not None else None) or verb_table.stand_in()


def _english_at(folded: list[str], k: int) -> Catenative | None:
    word = folded[k]
    base = next((s for s in stems(word) if s in _EN), None)
    if base is None:
        return None
    if k and folded[k - 1] in ("a", "an", "the", "his", "her", "their", "its", "my", "to"):
        return None  # "a start", "the plan", "to stop": a noun, or itself an inner verb
    j = k + 1
    while j < len(folded) and folded[j] in _EN_FILLERS - {"to"}:
        j += 1
    if j >= len(folded):
        return None
    quiet: list[int] = [i for i in range(k + 1, j) if folded[i] == "hard"]  # "tries hard to": how, no thing
    if folded[j] == "to" and j + 1 < len(folded):
        quiet.append(j)
        inner = j + 1
        if folded[inner] in _EN_FILLERS - {"to"} and inner + 1 < len(folded):
            inner += 1  # "decides to finally swim"
    elif folded[j].endswith("ing") and len(folded[j]) > 5 and base in _EN_ING:
        inner = j
    else:
        return None
    if any(s in _NO_ACT_EN for s in stems(folded[inner])) or folded[inner] in ("the", "a", "an"):
        return None
    meaning = _EN[base]
    verb = _meaning_verb(meaning, folded[inner], "en")
    return Catenative(k, verb, inner, (*quiet, inner) if meaning in (_REFUSE, _WISH) else tuple(quiet))


def _german_at(folded: list[str], k: int, breaks: set[int]) -> Catenative | None:
    forms = set(stems(folded[k]))
    row = next((r for r in _DE if forms & r[0]), None)
    if row is None or (k and folded[k - 1] in ("der", "die", "das", "ein", "eine", "den", "dem", "zu")):
        return None  # "der Plan", "die Liebe": a noun
    _forms, particle, meaning = row
    quiet: list[int] = []
    inner = -1
    commas = 0
    for j in range(k + 1, min(len(folded), k + 1 + _DE_REACH)):
        if j in breaks:
            commas += 1
            if commas > 1 or not (particle == "" or quiet):
                break  # one comma before its zu-clause ("versucht, den Baum zu erklettern")
        w = folded[j]
        if w in _ENDS_DE and j > k + 1:
            break
        if particle and w == particle and not quiet:
            quiet.append(j)
            continue
        if w == "zu" and j + 1 < len(folded):
            quiet.append(j)
            inner = j + 1
            break
        if "zu" in w[2:-3] and _zu_infinitive(w):  # "abzuheben", "davonzufliegen"
            inner = j
            break
        last = j + 1 >= len(folded) or (j + 1) in breaks or folded[j + 1] in _ENDS_DE
        if last and w.endswith(("en", "ern", "eln")) and len(w) > 4 and not particle:
            inner = j  # "lernt schwimmen", "will fliegen": the infinitive that ends the clause
            break
    if inner < 0 or (particle and not any(folded[q] == particle for q in quiet)) or folded[inner] in _NO_ACT_DE:
        return None
    verb = _meaning_verb(meaning, folded[inner], "de")
    if meaning == _INNER and row[0] & _MODALS:
        # a plural modal never acts itself ("müssen ... aufessen": the eating, where "müssen" had been an act of
        # its own); the singular ones and "liebt zu tanzen" only where the verb table reads them
        modal = bool(forms & {"muess", "koenn", "duerf", "moeg"})
        return None if not modal and _is_known_verb(folded[k]) is None else Catenative(k, None, inner, tuple(quiet))
    return Catenative(k, verb, inner, (*quiet, inner) if meaning in (_REFUSE, _WISH) else tuple(quiet))


def _is_known_verb(word: str) -> Verb | None:
    from autark.story import verbs as verb_table

    return verb_table.verb(word, "de")


def _zu_infinitive(word: str) -> bool:
    """A German separable verb's zu-infinitive written as one word ("abzuheben", "wegzulaufen")."""
    from autark.story.verbs import split_particles

    return any(word.startswith(p + "zu") and word.endswith(("en", "ern", "eln")) for p in split_particles())
