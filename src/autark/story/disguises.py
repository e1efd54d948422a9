"""A disguise seen as a change of costume: "a wolf disguises himself as a grandmother", "dresses up as a
pirate", "pretends to be a dog", "poses as a waiter", "verkleidet sich als Bettler", "tut so, als wäre er ein
Polizist", "gibt sich als Arzt aus", "zieht sich als Cowboy an".

The one who dresses up becomes the disguise on screen: the figure swaps to the disguise's body (a ``transform``
of the one into the other, staged as a twirl in which the swap effect changes the body, the narrator saying it
in the idea's words: ``story.becoming``, ``story.generic_staging``), and those who see it react to it (they
point and laugh, or are fooled: they look and nod). What the one in disguise does after it, the disguise does
("verkleidet sich als Ritter und kämpft gegen einen Drachen": the knight fights the dragon).
"""

from __future__ import annotations

import re
from typing import Any

from autark.assets.templates import fold
from autark.story.verbs import sentence

# In annotations only (story.events calls the readings while it reads an idea): Event, Token, concepts
Event = Token = CharacterConcept = Any

__all__ = ["disguise_events", "is_disguise", "dressed_after", "DISGUISE_PHRASES", "DISGUISE_KIND"]

# the words (folded) that say the one before dresses up as the one after; the last word of each is "as"/"als"
# or what comes right before the disguise
DISGUISE_PHRASES: tuple[tuple[str, ...], ...] = tuple(tuple(p.split()) for p in (
    "disguises himself as", "disguises herself as", "disguises itself as", "disguise themselves as",
    "disguised himself as", "disguised herself as", "disguised themselves as", "disguises as", "disguised as",
    "disguise as", "dresses up as", "dressed up as", "dress up as", "dresses as", "dressed as", "dress as",
    "pretends to be", "pretended to be", "pretend to be", "pretending to be", "poses as", "posed as", "pose as",
    "posing as", "masquerades as", "masqueraded as", "impersonates", "impersonate", "in disguise as",
    "goes as", "went as", "costume as",
    "verkleidet sich als", "verkleiden sich als", "verkleidete sich als", "verkleideten sich als",
    "verkleidet als", "verkleidet sich heimlich als", "maskiert sich als", "maskieren sich als",
    "gibt sich als", "geben sich als", "gab sich als", "zieht sich als", "ziehen sich als", "zog sich als",
    "tut so als waere er", "tut so als waere sie", "tut so als waere es", "tut so als sei er", "tut so als sei sie",
    "tut so als ob er", "tut so als ob sie", "tun so als waeren sie", "tat so als waere er", "tat so als waere sie",
    "spielt sich als", "schluepft in die rolle", "tut so als waere", "tut so als",
))
# the act of the change: a twirl that shows the new costume off (the body swaps during it); a look would be
# found in any shot of the one looking around, and the change drawn there (story.becoming)
DISGUISE_KIND = "dance"
_LOOK_AHEAD = 5  # words between the phrase and the disguise ("as a big bad old wolf")
_LOOK_BACK = 8  # words between the one who dresses up and the phrase ("the little prince secretly")
_FOOLED = frozenset({"fool", "trick", "scare", "frighten", "erschreck", "taeusch", "reinleg", "hereinleg"})


# German verbs of a disguise whose subject may stand between them and "als" ("gibt sich der Fuchs als Bäcker
# aus", "verkleidet sich heute die Oma als Hexe")
_DE_LEADS = ("verkleid", "maskier", "tarn", "gibt", "gab", "geben", "zieht", "zog", "ziehen")
_SPLIT_M = 6  # words from such a verb to its "als"


def _match(words: list[str], k: int) -> int:
    n = max((len(p) for p in DISGUISE_PHRASES if tuple(words[k:k + len(p)]) == p), default=0)
    if n or not words[k].startswith(_DE_LEADS):
        return n
    ahead = words[k + 1:k + 1 + _SPLIT_M]
    if "sich" in ahead and "als" in ahead and ahead.index("sich") < ahead.index("als"):
        return ahead.index("als") + 2  # up to and with "als"
    return 0


def _reading(tokens: list[Token], events: list[Event]) -> tuple[list[str], str, int, int] | None:
    """(who dresses up, the disguise's cast name, the phrase's first word, the disguise's word) or None."""
    words = [t.folded.strip(",") for t in tokens]
    for k in range(len(words)):
        n = _match(words, k)
        if not n:
            continue
        second, at2 = "", -1
        for j in range(k + n, min(len(tokens), k + n + _LOOK_AHEAD)):
            if tokens[j].characters:
                second, at2 = tokens[j].characters[0], j
                break
        if not second:
            continue
        inside = [name for j in range(k + 1, k + n) for name in tokens[j].characters]  # "gibt sich der Fuchs als"
        who = inside or next((e.agents for e in events if e.at >= 0 and k - 2 <= e.at <= k + n and e.agents), None)
        if not who:
            for j in range(k - 1, max(-1, k - 1 - _LOOK_BACK), -1):
                if tokens[j].characters:
                    who = list(tokens[j].characters)
                    break
        if not who:
            who = next((e.agents for e in reversed(events) if 0 <= e.at < k and e.agents), None)
        who = [w for w in (who or []) if w != second]
        if who:
            return who, second, k, at2
    return _verb_last(tokens)


# a German disguise verb at the end of its clause ("eine Maus, die sich als Katze verkleidet, ...", "weil er sich
# als Arzt ausgibt"): "sich als X" before it
_LAST_VERBS = ("verkleid", "maskier", "tarnt", "ausgibt", "ausgab", "ausgeben")


def _verb_last(tokens: list[Token]) -> tuple[list[str], str, int, int] | None:
    words = [t.folded.strip(",") for t in tokens]
    for k, w in enumerate(words):
        if not w.startswith(_LAST_VERBS) or k < 3:
            continue
        before = words[max(0, k - _LOOK_AHEAD):k]
        if "als" not in before or "sich" not in before:
            continue
        als = k - len(before) + before.index("als")
        second = next(((tokens[j].characters[0], j) for j in range(als + 1, k) if tokens[j].characters), None)
        first = next((tokens[j].characters for j in range(als - 1, max(-1, als - 1 - _LOOK_BACK), -1)
                      if tokens[j].characters and second and second[0] not in tokens[j].characters), None)
        if second and first:
            return list(first), second[0], als, k
    return None


def disguise_events(events: list[Event], tokens: list[Token], characters: list[CharacterConcept]) -> list[Event]:
    """The events with the idea's disguise read as the one dressing up becoming the disguise, the others
    reacting (see the module's notes). Unchanged where the idea tells none."""
    read = _reading(tokens, events) if events else None
    if read is None:
        return events
    who, second, at, second_at = read
    first = who[0]  # one body becomes the disguise ("zwei Kinder ... als Gespenster": the first of them)
    make = type(events[0])
    own = [e for e in events if min(at, second_at) <= e.at <= max(at, second_at)]  # what the phrase was read as
    kept = [e for e in events if e not in own]
    turn = own[0].turn if own else ""
    change = make(verb="transform", kind=DISGUISE_KIND, word=tokens[at].text, agents=[first], patient="", result=second,
                  result_is_thing=False, turn=turn, tone="comedy", at=at, line="walk", reaction="laugh")
    later = [e for e in kept if e.at > second_at]
    fooled = [n for e in later if any(f in e.verb or e.word.lower().startswith(f) for f in _FOOLED)
              for n in [e.patient] if n and not e.patient_is_thing]
    for e in later:  # after it, what the first does the disguise does
        e.agents = [second if a == first else a for a in e.agents]
        if e.patient == first and not e.patient_is_thing:
            e.patient = second
    seen = [c.name for c in characters if c.name not in (first, second)]
    out = [e for e in kept if e.at < at] + [change]
    if seen:  # those who see it react: the fooled look and nod, the others laugh at it
        out.append(make(verb="laugh" if not fooled else "believe", kind="laugh" if not fooled else "nod",
                        word=tokens[at].text, agents=seen[:3], patient=second, patient_is_thing=False, turn="and",
                        tone="comedy", at=at, line="laugh" if not fooled else ""))  # at the change
    return out + later


_FIRST_WORDS = frozenset(p[0] for p in DISGUISE_PHRASES)
_SHOW_OFF = ("bow", "dance", "wave", "celebrate")  # what the one in disguise does in a shot left empty


def is_disguise(ev: Event) -> bool:
    """Is this the change ``disguise_events`` made of a disguise?"""
    return bool(ev.verb == "transform" and ev.kind == DISGUISE_KIND and fold(ev.word) in _FIRST_WORDS)


def dressed_after(concept: Any, plans: list[Any]) -> list[Any]:
    """``plans`` (the spine's shot plans) with what the one in disguise does after the shot of the change done
    by the disguise: the change swaps the body, so the acts the spine gave the first form later (looking
    around, laughing at the end) are the disguise's, not acts of one no longer there."""
    for at, ev in enumerate(concept.events):
        if not is_disguise(ev) or not ev.agents:
            continue
        staged = next((i for i, p in enumerate(plans) if at in p.events), None)
        if staged is None:
            continue
        word = re.compile(rf"(?<![\w]){re.escape(ev.agents[0])}(?![\w])")
        dressed = re.compile(rf"(?<![\w]){re.escape(ev.result)}(?![\w])")
        for k, p in enumerate(plans[staged + 1:]):
            acts = [word.sub(ev.result, a) for a in p.actions]
            # one figure now: nobody walks to, laughs at or flees from themselves
            p.actions = [a for a in acts if len(dressed.findall(a)) < 2]
            if not p.actions:  # the one in disguise shows it off
                p.actions = [sentence(_SHOW_OFF[k % len(_SHOW_OFF)], concept.language, a=ev.result)]
    return plans
