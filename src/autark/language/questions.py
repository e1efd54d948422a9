"""Questions about the scene, read (English and German): "where is the table?", "was steht auf dem Tisch?",
"how many cups are there?", "what does the camera see at 3 s?", "warum steht der Stuhl dort?".

``read_question`` turns a sentence into a ``Question`` (its kind, the noun phrase or relation it asks about, a
time) or None when the sentence is no question (then it is a command). Answering is ``answers.answer``: a
question never changes the scene.
"""

from __future__ import annotations

from dataclasses import dataclass

from autark.language import lexicon as lx
from autark.language import parse as ps
from autark.language.grammar import Token, is_number, to_number, tokenize

__all__ = ["Question", "QUESTION_KINDS", "is_question", "read_question"]

QUESTION_KINDS = ("where", "relation", "count", "camera", "at-time", "says", "length", "colour", "who", "what",
                  "why")

_ASK_FIRST = {"where", "what", "which", "how", "who", "why", "when", "wo", "was", "welche", "welcher", "welches",
              "wie", "wer", "warum", "wieso", "weshalb", "wann", "wohin", "woher"}
_AUX = {"is", "are", "does", "do", "ist", "sind", "gibt", "hat", "steht", "liegt"}
_WHY = {"why", "warum", "wieso", "weshalb"}
_WHERE = {"where", "wo"}
# words that only carry the question's grammar ("where IS the table", "wo STEHT der Tisch")
_GRAMMAR = {"is", "are", "was", "were", "does", "do", "did", "ist", "sind", "steht", "stehen", "liegt", "liegen",
            "befindet", "befinden", "sich", "hängt", "sitzt", "gibt", "es", "there", "da", "dort", "hier", "here",
            "placed", "put", "stand", "stands", "standing", "now", "jetzt", "gerade", "eigentlich", "denn", "so",
            "hat", "have", "has", "in", "im", "the", "der", "die", "das", "den", "dem", "scene", "szene", "?",
            "exactly", "genau"}
_COUNT = (("how", "many"), ("how", "much"), ("wie", "viele"), ("wie", "viel"))
_LENGTH = (("how", "long"), ("wie", "lang"), ("wie", "lange"))
_FILM = {"film", "movie", "video", "scene", "szene", "clip", "it", "er", "sie", "es"}
_COLOUR = {"colour", "color", "farbe", "colored", "coloured"}
_CAMERA = {"camera", "kamera"}
_SEE = {"see", "sees", "show", "shows", "sieht", "zeigt", "filmt", "films", "looking", "look", "schaut"}
_HAPPEN = {"happens", "happen", "happening", "passiert", "geschieht", "los"}
_SAY = {"say", "says", "said", "speak", "speaks", "talk", "talks", "sagt", "sagen", "spricht", "sprechen", "redet",
        "ruft", "line", "lines"}
_WHO = {"who", "wer"}
_IN_SCENE = {"scene", "szene", "there", "da", "dort", "film"}
_IT = {"it", "they", "them", "he", "she", "er", "ihn", "ihm", "sie"}  # not "this" of "why this music?"
_SECONDS = {"s", "sec", "secs", "second", "seconds", "sekunde", "sekunden", "sek"}
_MINUTES = {"min", "minute", "minutes", "minuten"}


@dataclass
class Question:
    """What a question asks: ``kind`` (one of ``QUESTION_KINDS``), the noun phrase it is about (``np``), the
    relation for "what is next to X" (``relation``, with its target in ``np``), a time in seconds
    (``at_s``), a topic word for "why" without an object ("why this music?"), and the language to answer in."""

    kind: str
    german: bool
    np: ps.NP | None = None
    relation: str = ""
    at_s: float | None = None
    topic: str = ""
    text: str = ""
    subject: ps.NP | None = None  # a yes/no question's thing: the lamp of "is the lamp on the table?"


def is_question(words: list[str]) -> bool:
    """Whether a clause's words ask rather than command: a question word first, or a question mark."""
    words = [w for w in words if w not in ("", ",")]
    if not words:
        return False
    if words[0] in _AUX:  # "is the lamp on the table?" asks; "is" alone starts no command either
        return words[-1] == "?"
    return words[0] in _ASK_FIRST and not (words[0] in ("was", "wie") and len(words) > 1 and words[1] in ("dann",))


def _time(words: list[str]) -> float | None:
    """'at 5 seconds', 'bei 2,5 Sekunden', 'after 1 minute': the first number followed by a time unit."""
    for i, w in enumerate(words):
        value = to_number(w) if is_number(w) else lx.NUMBERS.get(w) if w not in lx.INDEFINITE else None
        if value is None or i + 1 >= len(words):
            continue
        unit = words[i + 1]
        if unit in _SECONDS:
            return float(value)
        if unit in _MINUTES:
            return float(value) * 60.0
    return None


def _noun_phrase(tokens: list[Token], start: int, names: dict[str, list[str]], types: dict[str, str]) -> ps.NP | None:
    """The first noun phrase (a thing or a name) from ``start`` on, skipping the question's grammar words."""
    parser = ps.Parser(tokens, names, types)
    pronoun = None
    for i in range(start, len(tokens)):
        if tokens[i].text in _GRAMMAR - {"the", "der", "die", "das", "den", "dem", "es"}:
            continue
        found = parser.parse_np(i)
        if found is not None and (found[0].type or found[0].name):
            return found[0]
        if found is not None and found[0].pronoun and pronoun is None and tokens[i].text in _IT:
            pronoun = found[0]  # "where is it?": only when no thing is named
    return pronoun


def _relation(tokens: list[Token], start: int, names: dict[str, list[str]],
              types: dict[str, str]) -> tuple[str, ps.NP] | None:
    parser = ps.Parser(tokens, names, types)
    for i in range(start, len(tokens)):
        found = parser.parse_rel(i)
        if found is not None and found[0].targets and found[0].kind in ("on", "under", "above", "next", "left",
                                                                         "right", "front", "behind"):
            return found[0].kind, found[0].targets[0]
    return None


def read_question(text: str, names: dict[str, list[str]] | None = None,
                  types: dict[str, str] | None = None) -> Question | None:
    """The question a sentence asks, or None when it asks none. ``names`` (lower-case object and character
    names -> ids) and ``types`` (id -> asset type) let "where is Robo?" find a name."""
    tokens = [t for t in tokenize(text) if t.text not in (",", ".", "!")]
    words = [t.text for t in tokens]
    if not is_question(words):
        return None
    if words[-1] == "?":
        tokens, words = tokens[:-1], words[:-1]
    german = lx.is_german(words) or words[:1] in (["wo"], ["wer"], ["warum"], ["wieso"], ["wie"], ["was"])
    if words[:1] == ["was"] and len(words) > 1 and words[1] in ("is", "the", "it"):
        german = False  # "was the lamp on?" -- an English past tense
    names, types = names or {}, types or {}
    wset = set(words)
    q = Question(kind="what", german=german, text=text, at_s=_time(words))

    def np_from(start: int) -> ps.NP | None:
        return _noun_phrase(tokens, start, names, types)

    if words[0] in _WHY:
        q.kind = "why"
        q.np = np_from(1)
        topics = {"music": {"music", "musik", "mood", "stimmung"}, "voice": {"voice", "voices", "stimme", "stimmen"},
                  "camera": _CAMERA | {"shot", "shots", "framing", "einstellung", "move", "bewegung", "filmed",
                                       "gefilmt", "angle", "winkel", "kamerafahrt", "view", "ansicht"},
                  "place": {"there", "here", "dort", "da", "hier", "placed", "put", "stand", "stands", "steht", "liegt",
                            "lies", "sits", "sitzt", "hingestellt", "gestellt"},
                  "stand-in": {"played", "gespielt", "body", "körper", "looks", "aussieht"}}
        q.topic = next((t for t, ws in topics.items() if wset & ws), "")
        if q.topic == "voice" and q.np is not None and q.np.type == "voice":
            q.np = None
        return q
    if tuple(words[:2]) in _COUNT:
        q.kind = "count"
        q.np = np_from(2)
        return q
    if tuple(words[:2]) in _LENGTH or (wset & {"duration", "dauer", "dauert", "lasts", "last"} and wset & _FILM):
        q.kind = "length"
        return q
    if wset & _COLOUR:
        q.kind = "colour"
        q.np = np_from(1 + next(i for i, w in enumerate(words) if w in _COLOUR))
        return q
    if wset & _CAMERA and wset & _SEE:
        q.kind = "camera"
        return q
    if wset & _HAPPEN:
        q.kind = "at-time"
        return q
    if wset & _SAY:
        q.kind = "says"
        q.np = np_from(1)
        return q
    if words[0] in _WHERE:
        q.kind = "where"
        q.np = np_from(1)
        return q
    rel = _relation(tokens, 1, names, types)
    if rel is not None:
        q.kind, q.relation, q.np = "relation", rel[0], rel[1]
        if words[0] in _AUX:  # "is the lamp on the table?": yes or no, about the thing before the relation
            subject = np_from(1)
            q.subject = subject if subject is not None and subject is not rel[1] and (
                subject.type, subject.name) != (rel[1].type, rel[1].name) else None
        return q
    if words[0] in _WHO:
        q.kind = "who"
        return q
    if words[0] in ("what", "was", "which", "welche", "welches") and wset & _IN_SCENE:
        q.kind = "what"
        return q
    if words[0] in ("where", "wo", "which", "welche", "welcher", "welches", "is", "ist"):
        q.kind = "where"
        q.np = np_from(1)
        return q
    q.np = np_from(1)
    q.kind = "where" if q.np is not None else "what"
    return q
