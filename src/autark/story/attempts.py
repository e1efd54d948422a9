"""An attempt and how it fails: "tries to catch a fish but catches nothing", "attempts to climb the tree and slips",
"versucht vergeblich, den Stein zu heben", "will über den Zaun springen, fällt aber hin", "tries to catch the
frisbee but misses it".

``story.outcomes`` reads a failure said by a negation next to its verb ("kann die Tür nicht öffnen", "fails to
lift"). An attempt tells its failure in more ways, and the reading here gives the attempted event the outcome
"failed" for each of them:

* the attempt followed, in the same sentence, by a "but" ("..., but the nut rolls away", "aber er niest nur
  Rauch"): the act was begun and something else came of it, unless the idea says it came off after all ("but
  finally manages", "schafft es aber doch");
* the attempt followed by a fall ("and slips", "stürzt ab"): the fall is what came of it;
* "in vain" next to the attempt word ("versucht vergeblich", "tries in vain").

The same verb said again in the failure ("tries to catch ... but catches nothing") or a missing ("but misses it",
"verfehlt ihn") is no act of its own: it is dropped and its words are told with the attempt. Without this the film
staged the catch twice, the second time with the fish held from then on, while the narrator said "catches
nothing".
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from autark.story.events import Event, Token

__all__ = ["ATTEMPT_WORDS", "read_attempts"]

ATTEMPT_WORDS = frozenset({"try", "tries", "tried", "trying", "attempt", "attempts", "attempted", "versucht",
                           "versuchte", "versuchen", "probiert", "probierte"})
_WANTING = frozenset({"wants", "wanted", "will", "wollte", "moechte", "mochte"})  # "wants to ... but"
_BUT = frozenset({"but", "yet", "aber", "doch", "jedoch"})
_IN_VAIN = frozenset({"vergeblich", "vergebens", "umsonst", "erfolglos", "vainly", "unsuccessfully"})
# words that say the attempt came off after all: "but finally manages", "schafft es aber doch", "endlich"
_CAME_OFF = frozenset({"succeeds", "succeed", "manages", "managed", "finally", "endlich", "gelingt", "schafft",
                       "schaffte", "klappt"})
_NEGATION = frozenset({"not", "nicht", "never", "nie", "no", "kein", "keine", "nothing", "nichts", "cannot",
                       "can't", "doesn't", "didn't", "won't"})
_FALLING = frozenset({"fall", "slip", "trip", "stumble", "crash", "tumble"})
_MISSING = frozenset({"misses", "missed", "miss", "verfehlt", "verfehlte", "verpasst", "verpasste"})
# "schafft es nicht auf den Baum", "doesn't make it over the wall": the way the one who did not make it went
_MADE_IT = frozenset({"schafft", "schaffte", "schaffen", "make", "makes", "made"})
_MADE_IT_TO = {"auf": ("climb", "climb"), "up": ("climb", "climb"), "onto": ("climb", "climb"), "ueber": (
    "jump", "jump"), "over": ("jump", "jump"), "across": ("jump", "jump"), "in": ("arrive", "walk"), "ins": (
    "arrive", "walk"), "zu": ("arrive", "walk"), "zum": ("arrive", "walk"), "zur": ("arrive", "walk"), "nach": (
    "arrive", "walk"), "to": ("arrive", "walk"), "into": ("arrive", "walk")}
_REACH_TOKENS = 8  # the attempted verb stands this close after the attempt word ("versucht, den Apfel zu pflücken")
_SENTENCE_TOKENS = 16  # its failure this close after it


def _attempted(tokens: list[Token], events: list[Event], k: int) -> int:
    """The index into ``events`` of the act the attempt word at ``k`` tries, or -1."""
    for i, ev in enumerate(events):
        if k < ev.at <= k + _REACH_TOKENS and ev.word.lower() not in ATTEMPT_WORDS:
            return -1 if ev.verb in _FALLING or ev.kind in _FALLING else i  # the fall is what came of it
    return -1


def _failure(tokens: list[Token], events: list[Event], k: int, i: int) -> tuple[bool, list[int]]:
    """Whether the words after the attempt at ``k`` (of ``events[i]``) tell it failing, and the events that only
    say so (the verb said again, a missing), to be dropped."""
    start = events[i].at
    end = min(len(tokens), start + _SENTENCE_TOKENS)
    nxt = next((j for j in range(start + 1, end) if tokens[j].folded in ATTEMPT_WORDS | _WANTING), end)
    end = min(end, nxt)
    words = [tokens[j].folded for j in range(k + 1, end)]
    failed = bool(words[:1] and words[0] in _IN_VAIN or k and tokens[k - 1].folded in _IN_VAIN)  # "vergeblich"
    but = next((j for j in range(start + 1, end) if tokens[j].folded in _BUT), -1)
    if but >= 0:
        rest = {tokens[j].folded for j in range(but + 1, end)}
        came_off = bool(rest & _CAME_OFF) and not rest & _NEGATION
        failed = failed or not came_off
    later = [(j, e) for j, e in enumerate(events) if start < e.at < end]
    if any(e.verb in _FALLING or e.kind in _FALLING for _j, e in later):
        failed = True
    saying = [j for j, e in later if e.word.lower() in _MISSING or e.verb == events[i].verb and (
        failed or e.outcome)]  # "fängt aber nichts": the verb said again
    return failed or bool(saying), saying


def _not_made_it(tokens: list[Token], ev: Event) -> Event:
    """``ev`` as the going it did not make ("schafft es nicht auf den Baum": a climb of the tree, failed), or
    ``ev`` itself where it is no such saying."""
    if ev.word.lower() not in _MADE_IT or ev.outcome and ev.verb not in ("stand_in", "use", "make"):
        return ev
    after = [tokens[j].folded for j in range(ev.at + 1, min(len(tokens), ev.at + 5))]
    before = [tokens[j].folded for j in range(max(0, ev.at - 2), ev.at)]
    if "it" not in after[:1] and "es" not in after[:1] or not set(after + before) & _NEGATION:
        return ev
    way = next((_MADE_IT_TO[w] for w in after if w in _MADE_IT_TO), None)
    if way is None or not ev.patient:
        return ev
    return ev.model_copy(update={"verb": way[0], "kind": way[1], "outcome": "failed"})


def read_attempts(tokens: list[Token], events: list[Event], lang: str) -> list[Event]:
    """``events`` with each attempt that the idea tells failing given the outcome "failed", and the events that
    only say it failed (the verb said again, a missing) dropped, their words told with the attempt."""
    events = [_not_made_it(tokens, ev) for ev in events]
    failed: set[int] = set()
    dropped: dict[int, int] = {}  # a dropped event -> the attempt it tells
    for k, tok in enumerate(tokens):
        if tok.folded not in ATTEMPT_WORDS | _WANTING:
            continue
        i = _attempted(tokens, events, k)
        if i < 0 or events[i].outcome:
            continue
        if tok.folded in _WANTING and not any(tokens[j].folded in _BUT for j in range(events[i].at + 1, min(
                len(tokens), events[i].at + _SENTENCE_TOKENS))):
            continue  # "wants to fly": a wish (story.event_readings), no attempt
        is_failed, saying = _failure(tokens, events, k, i)
        if is_failed:
            failed.add(i)
            dropped.update({j: i for j in saying if j != i})
    if not failed:
        return events
    out: list[Event] = []
    told: dict[int, str] = {}
    for j in sorted(dropped):
        if events[j].told:
            told[dropped[j]] = events[j].told
    for i, ev in enumerate(events):
        if i in dropped:
            continue
        if i not in failed:
            out.append(ev)
            continue
        update: dict[str, object] = {"outcome": "failed"}
        if ev.tone in ("happy", "comedy", "surprise"):
            update["tone"] = "sad"
        more = told.get(i, "")
        if more and ev.told and more[:-1].lower() not in ev.told.lower():
            update["told"] = f"{ev.told[:-1]}, {more[:1].lower()}{more[1:]}"
        out.append(ev.model_copy(update=update))
    return out
