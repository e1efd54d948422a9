"""What a thing or someone went through before the film is background, not an event of the film.

"Two fishermen argue about the biggest fish they ever caught", "a boy eats the cake that grandma baked
yesterday", "der Ball, den er gestern verloren hat", "the song she used to sing": the catch, the baking, the
loss and the singing are what the idea's thing or person *has behind it*. They are told (the narration keeps the
idea's words, ``Event.told``) and the lines may speak of them, but no shot stages them: a catch staged before
the argument showed a fish caught that the argument is then about, and the viewer reads the catch as the story.

A verb is background when it stands in a clause that hangs on a noun (a relative clause: "that", "den", or an
English contact clause, "the fish they caught") and that clause says it lies in the past before the film:

* a word of the past in it ("yesterday", "ever", "once", "last summer", "gestern", "einmal", "früher",
  "damals", "als Kind"), or "used to";
* or it is told in the past (``story.subordinate_clauses.told_in_past``) under a main verb that only speaks or
  thinks of its noun (argue about, remember, tell of: "erzählt von dem Fisch, den Opa gefangen hat").

A relative clause told in the past without either ("the cat that stole his bone") stays an event: it happened
just before and the film can show it first (``story.subordinate_clauses.in_story_order``). A word of the past
read as an act of its own ("gestern" with no act) is dropped with the clause.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from autark.story.events import Event, Token

__all__ = ["PAST_WORDS", "without_background"]

# words that put a clause before the film (folded; "last"/"letzten" need the time noun after them)
PAST_WORDS = frozenset({"yesterday", "ever", "once", "ago", "formerly", "gestern", "vorgestern", "einmal",
                        "einst", "frueher", "damals", "neulich", "jemals"})
_LAST = frozenset({"last", "letzten", "letztes", "letzte", "letzter", "vorigen", "voriges", "vorige"})
_CHILDHOOD = (("as", "a", "child"), ("as", "a", "kid"), ("als", "kind"))
_USED_TO = ("used", "to")
# main verbs that only speak or think of their object: what it went through is told, not lived again
_OF_ONLY = frozenset({"argue", "talk", "think", "remember", "tell", "boast", "brag", "dream", "laugh", "cry"})
_RELATIVE_EN = frozenset({"that", "which", "who", "whom"})
_SUBJECTS_EN = frozenset({"i", "you", "he", "she", "it", "we", "they"})
_RELATIVE_DE = frozenset({"der", "die", "das", "den", "dem", "denen", "dessen", "deren", "welcher", "welche",
                          "welches", "welchen"})
_REACH = 6  # words back from a verb to its clause's opening word


def _clause_start(tokens: list[Token], v: int, lang: str) -> int:
    """Where the relative clause around the verb at ``v`` opens (its relative word or its contact subject), or
    -1 where the verb is in no relative clause."""
    for j in range(v - 1, max(v - 1 - _REACH, -1), -1):
        w = tokens[j].folded
        if lang == "de":
            if tokens[j].brk and w in _RELATIVE_DE:  # ", den er gestern verloren hat"
                return j
            if tokens[j].brk:
                return -1
        else:
            if w in _RELATIVE_EN and j:
                return j
            # "the fish they ever caught", "the doll she lost": a subject pronoun right after a noun
            if w in _SUBJECTS_EN and j and (tokens[j - 1].thing or tokens[j - 1].characters or
                                            tokens[j - 1].folded not in _SUBJECTS_EN and not tokens[j - 1].verb):
                return j
            if tokens[j].brk:
                return -1
        if tokens[j].verb is not None and j != v - 1 and tokens[j].folded not in ("used", "hat", "haben", "had"):
            return -1  # another verb between: its own clause
    return -1


def _past_marked(words: list[str]) -> bool:
    n = len(words)
    if any(w in PAST_WORDS for w in words) or any(w in _LAST and k + 1 < n for k, w in enumerate(words)):
        return True
    return any(tuple(words[k:k + len(p)]) == p for p in (*_CHILDHOOD, _USED_TO) for k in range(n))


def without_background(events: list[Event], tokens: list[Token], lang: str) -> list[Event]:
    """``events`` without those the idea places before the film in a clause on a noun (see the module's doc);
    the idea's main events are kept whatever they are."""
    from autark.story.subordinate_clauses import told_in_past

    main = [e for e in events if not e.clause]
    speaks_of = any(e.verb in _OF_ONLY for e in main)
    kept: list[Event] = []
    for ev in events:
        v = ev.at
        start = _clause_start(tokens, v, lang) if 0 <= v < len(tokens) else -1
        if start < 0 or not any(m is not ev and m.at < start for m in events):
            kept.append(ev)  # in no clause on a noun, or nothing before it to hang on
            continue
        end = next((j for j in range(v + 1, len(tokens)) if tokens[j].brk), len(tokens))
        words = [t.folded for t in tokens[start:end]]
        if ev.word and ev.word.lower() in PAST_WORDS or _past_marked(words) or (
                speaks_of and told_in_past(tokens, v)):
            continue
        kept.append(ev)
    return kept if any(not e.clause for e in kept) or not events else events
