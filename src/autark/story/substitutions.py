"""What the idea says is not there, or is there in another's place, and what a digging is for.

* A thing **set aside**: the noun after "instead of", "statt", "anstatt", "anstelle" ("Instead of the cake, the
  dog eats the candles": the candles are eaten), after "without", "ohne" ("rides to the castle without his
  sword": no sword in his hand), and a "no"/"kein" thing a "but"/"sondern" replaces ("findet keinen Schatz,
  sondern eine Flaschenpost": the bottle is found, and that is no failed search). Its words are read as nothing
  an event acts on (``set_aside``: before the events are read); one cast or a thing brought only by such a word
  is left out of the film (``without_set_aside``); a ride without its mount is a walk.
* **Digging for** a thing ("dig for treasure", "gräbt im Garten nach einem Knochen") is a search that digs:
  the thing sought is no thing buried (``dug_for``: after the events are read; a digging *up* stays what
  ``story.presence`` makes of it).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from autark.story.concept import CharacterConcept, ObjectConcept
    from autark.story.events import Event, Token

__all__ = ["set_aside", "without_set_aside", "dug_for", "replaced_after", "INSTEAD_WORDS", "WITHOUT_WORDS"]

INSTEAD_WORDS = frozenset({"instead", "statt", "anstatt", "anstelle"})  # "instead" with its "of"
WITHOUT_WORDS = frozenset({"without", "ohne"})
_NO_WORDS = frozenset({"no", "kein", "keine", "keinen", "keinem", "keiner", "keines"})
_RATHER = frozenset({"sondern", "but"})  # "keinen Schatz, sondern ...", "no treasure but a bottle"
# words that may stand between the marker and its noun: articles, possessives, "of", a few describing words
_BEFORE_NOUN = frozenset({"of", "the", "a", "an", "his", "her", "their", "its", "my", "your", "our", "any", "des",
                          "der", "den", "dem", "die", "das", "eines", "einer", "einem", "ein", "eine", "einen",
                          "seinen", "seine", "seinem", "seiner", "sein", "ihren", "ihre", "ihrem", "ihrer", "ihr"})
_MOUNT_VERBS = frozenset({"ride"})
_DIG_STEMS = ("dig", "dug", "grab", "graeb", "grub", "buddel", "schuerf")
_FOR = frozenset({"for", "nach"})  # "digs for", "gräbt nach"
_UP_OUT = frozenset({"up", "out", "aus", "hervor", "heraus"})  # "digs up", "gräbt ... aus": a digging up


def _noun_after(tokens: Sequence[Token], k: int) -> int:
    """The index of the noun a marker at ``k`` governs (its article and describing words skipped), or -1."""
    for j in range(k + 1, min(len(tokens), k + 5)):
        t = tokens[j]
        if j > k + 1 and t.brk:
            return -1
        if j == k + 1 and t.verb is not None and t.folded.endswith("ing") and not (t.characters or t.thing):
            return -1  # "without finding the treasure": a deed not done (story.outcomes), nothing set aside
        if t.characters or t.thing:
            # a compound's last word is its noun ("the birthday candles"): the thing word that ends the phrase
            while j + 1 < len(tokens) and not tokens[j + 1].brk and (tokens[j + 1].thing or tokens[j + 1].characters):
                j += 1
            if j + 2 < len(tokens) and tokens[j + 1].folded == "zu" and tokens[j + 2].verb is not None:
                return -1  # "ohne den Schatz zu finden": the same, in German
            return j
        if t.folded in _BEFORE_NOUN or t.stop:
            continue
        return j if t.verb is not None else -1  # "without water": a noun the verb table also reads ("to water")
    return -1


def replaced_after(tokens: Sequence[Token], k: int) -> bool:
    """Whether the "no"/"kein" at ``k`` is replaced by what a "but"/"sondern" brings next ("keinen Schatz,
    sondern eine Flaschenpost"): then it says what was found instead, not that the act failed. (Read by its
    words alone: ``set_aside`` has already read the replaced noun as nothing.)"""
    if tokens[k].folded not in _NO_WORDS:
        return False
    rather = next((j for j in range(k + 2, min(len(tokens), k + 5)) if tokens[j].folded in _RATHER), -1)
    if rather < 0 or any(tokens[j].brk or tokens[j].verb is not None for j in range(k + 1, rather)):
        return False
    rest = range(rather + 1, min(len(tokens), rather + 5))  # a bare noun phrase follows, no verb of its own
    return any(tokens[j].thing or tokens[j].characters for j in rest) and not any(
        tokens[j].verb is not None and not (tokens[j].thing or tokens[j].characters) for j in rest)


def set_aside(tokens: list[Token]) -> tuple[set[str], set[str]]:
    """Read the nouns the idea sets aside (see the module doc) as nothing an event acts on, in place; a ride
    without its mount becomes a walk. Returns the character names and thing types they had named."""
    from autark.story import verbs as verb_table

    names: set[str] = set()
    things: set[str] = set()
    for k, t in enumerate(tokens):
        instead = t.folded in INSTEAD_WORDS and not (t.folded == "instead" and (
            k + 1 >= len(tokens) or tokens[k + 1].folded != "of"))
        if not (instead or t.folded in WITHOUT_WORDS or replaced_after(tokens, k)):
            continue
        noun = _noun_after(tokens, k)
        if noun < 0:
            continue
        first = next(j for j in range(k + 1, noun + 1) if tokens[j].folded not in _BEFORE_NOUN)
        mount = t.folded in WITHOUT_WORDS and any(tokens[j].characters for j in range(first, noun + 1))
        for j in range(first, noun + 1):
            names.update(tokens[j].characters)
            things.add(tokens[j].thing)
            tokens[j].characters, tokens[j].thing, tokens[j].verb, tokens[j].stop = [], "", None, True
        if replaced_after(tokens, k):  # "..., sondern eine Flaschenpost": one clause, the new thing its object
            rather = next(tokens[j] for j in range(noun + 1, len(tokens)) if tokens[j].folded in _RATHER)
            rather.turn, rather.brk, rather.stop, rather.verb = "", False, True, None
        if mount:  # "reitet ohne Pferd zur Burg": he walks there
            for j in range(k - 1, max(-1, k - 6), -1):
                v = tokens[j].verb
                if v is not None and v.key in _MOUNT_VERBS:
                    tokens[j].verb = verb_table.verb("walk", "en")
                    break
                if tokens[j].brk:
                    break
    return names, things - {""}


def without_set_aside(aside_names: set[str], aside_things: set[str], characters: list[CharacterConcept],
                      objects: list[ObjectConcept], events: Sequence[Event]) -> tuple[list[CharacterConcept],
                                                                                      list[ObjectConcept]]:
    """The cast and things less those only a set-aside word named: nobody plays the horse ridden without, no
    sword lies about for the knight without one."""
    used = {n for e in events for n in (*e.agents, e.patient, e.recipient, e.partner, e.source, e.instrument,
                                        e.to_thing, e.result)}
    kept_cast = [c for c in characters if c.name not in aside_names or c.name in used]
    kept_things = [o for o in objects if o.type not in aside_things or o.type in used]
    return (kept_cast or characters), kept_things


def dug_for(events: list[Event], tokens: Sequence[Token]) -> list[Event]:
    """A digging followed by "for"/"nach" in its clause is a search that digs (see the module doc)."""
    for ev in events:
        if ev.verb != "bury" or ev.at < 0 or not tokens[ev.at].folded.startswith(_DIG_STEMS):
            continue
        sought = False
        for j in range(ev.at + 1, min(len(tokens), ev.at + 8)):
            t = tokens[j]
            if t.brk or t.turn or (t.verb is not None and not (t.thing or t.characters)) or t.folded in _UP_OUT:
                break
            if t.folded in _FOR:
                sought = True
                break
        if sought:
            ev.verb, ev.line, ev.then = "search", "search", ""  # kneeling, it digs: the act's own kind stays
    return events
