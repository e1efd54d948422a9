"""How each event of an idea ends: the outcome words of both languages read into ``Event.outcome``.

"waits in vain for the prince", "sucht den Ball, findet ihn aber nicht", "fails to open the gate", "kann die Tür
nicht öffnen", "arrives too late", "fängt fast den Frosch": the event is attempted and does not succeed
("failed"), nearly succeeds ("almost"), or succeeds after it mattered ("late"). A film that shows the awaited
one arriving and ends in a celebration tells the opposite of the idea.

An outcome word belongs to the event of its clause: in English the verb after it ("never finds", "nobody
comes", "without finding"), else the one before ("waits in vain"); in German the verb before it ("findet ihn
nicht", "wartet vergeblich") unless the clause ends in the verb it negates ("kann die Tür nicht öffnen", "kein
Schüler hört zu"). A clause that is nothing but the outcome ("..., but he cannot") is the outcome of the event
before. Auxiliaries read as events of their own ("fails", "cannot", "almost") are dropped: their outcome goes
to the verb they help.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from autark.story.substitutions import replaced_after

if TYPE_CHECKING:
    from autark.story.events import Event, Token

__all__ = ["FAILED", "ALMOST", "LATE", "read_outcomes", "outcome_word", "absent_ones", "without_absent"]

FAILED, ALMOST, LATE = "failed", "almost", "late"

# single folded words (fold: lower case, umlauts as ae/oe/ue, ß as ss); a broad everyday table of both languages
_FAILED_EN = {
    "never", "not", "no", "nobody", "noone", "nothing", "nowhere", "none", "neither", "nor", "cannot", "can't",
    "cant", "couldn't", "couldnt", "don't", "dont", "doesn't", "doesnt", "didn't", "didnt", "won't", "wont",
    "wouldn't", "hasn't", "haven't", "hadn't", "unable", "fail", "fails",
    "failed", "failing", "vainly", "fruitlessly", "unsuccessfully", "without", "misses", "miss", "missed",
    "refuses", "refused", "forgets", "forgot",
}
_FAILED_DE = {
    "nicht", "nie", "niemals", "nimmer", "nimmermehr", "kein", "keine", "keinen", "keinem", "keiner", "keines",
    "niemand", "niemanden", "niemandem", "nichts", "nirgends", "nirgendwo", "vergeblich", "vergebens", "umsonst",
    "erfolglos", "ohne", "scheitert", "scheitern", "gescheitert", "misslingt", "misslang", "verpasst", "verpasste",
    "verfehlt", "verfehlte", "weder", "noch_nicht",
}
_ALMOST_EN = {"almost", "nearly", "barely_misses", "narrowly"}
_ALMOST_DE = {"fast", "beinahe", "beinah", "knapp", "um_ein_haar"}
# pairs: the second word after the first ("in vain", "too late", "no one", "zu spät")
_PAIRS = {("in", "vain"): FAILED, ("no", "one"): FAILED, ("too", "late"): LATE, ("zu", "spaet"): LATE,
          ("zu", "spat"): LATE, ("not", "even"): FAILED}
# where the word is no outcome: "not only", "nicht nur", "no longer" still happens, "never before"
_NOT_AFTER = {"only", "just", "nur", "bloss", "einmal", "before", "zuvor", "mehr", "longer", "far", "weit", "long",
              "lange", "very", "sehr", "ganz", "quite", "so", "too", "alone", "allein", "yet", "even", "without"}
# the words that stand for a person or thing none of: "nobody comes", "niemand hilft", "kein Schüler hört zu"
_NONE_OF = {"nobody", "noone", "niemand", "none", "keiner", "no"}
# auxiliaries read as events of their own ("fails to open", "but he cannot", "almost"): they help a verb
_AUXILIARIES = {"fail", "fails", "failed", "failing", "cannot", "can't", "cant", "almost", "nearly", "try", "tries",
                "tried", "trying", "attempt", "attempts", "attempted", "versucht", "versuchen", "kann", "koennen",
                "gelingt", "gelang", "klappt", "klappte", "succeed", "succeeds", "succeeded", "manage", "manages",
                "managed", "konnte", "scheitert", "scheitern", "misslingt", "schafft", "schaffen", "schaffte", "refuses",
                "verpasst", "verpasste", "misses", "missed", "miss", "forgets", "forgot", "vergisst", "verfehlt"}
# words that only say whether the act before came off ("but he cannot", "es gelingt ihm nicht", "it doesn't
# work"): never an act of their own where another verb is there
_ALWAYS_HELPING = {"cannot", "can't", "cant", "kann", "konnte", "koennen", "gelingt", "gelang", "klappt",
                   "klappte", "succeed", "succeeds", "succeeded", "manage", "manages", "managed", "schafft",
                   "schaffte"}
_AND = {"and", "und", "or", "oder", "then", "dann"}


_PREPOSITIONS = {"of", "about", "for", "from", "with", "at", "to", "vor", "von", "an", "um", "mit", "zu", "fuer",
                 "ueber", "auf"}
# a negated "to be" says what someone is not ("is not happy", "ist nicht müde"), not that an act fails
_TO_BE = {"is", "are", "was", "were", "am", "be", "been", "isn't", "aren't", "wasn't", "weren't", "ist", "sind",
          "war", "waren", "bin", "bist", "seid", "wird", "werden"}
# "never stops arguing", "hört nie auf zu erzählen": a negated stopping is going on, not failing
_STOPPING = {"stop", "stops", "stopped", "quit", "quits", "cease", "ceases", "halt", "halts", "give", "gives"}
_STOPPING_DE = {"hoert", "hoeren", "hoerte", "hoerten", "gibt", "geben", "gab"}  # ... auf


def _negated_stopping(tokens: list[Token], k: int) -> bool:
    around = [tokens[j].folded for j in range(max(0, k - 2), min(len(tokens), k + 3))]
    return bool(set(around) & _STOPPING) or bool(set(around[:2]) & _STOPPING_DE) and "auf" in around[2:]


def outcome_word(tokens: list[Token], k: int, lang: str) -> str:
    """The outcome the word at ``k`` says (``FAILED``, ``ALMOST``, ``LATE``) or ""."""
    w = tokens[k].folded
    nxt = tokens[k + 1].folded if k + 1 < len(tokens) else ""
    if k and tokens[k - 1].folded in _TO_BE and w in ("not", "nicht", "never", "nie", "no", "kein", "keine"):
        return ""
    if k and w in ("nothing", "nichts", "nobody", "niemand", "niemandem", "niemanden") and tokens[k - 1].folded in \
            _PREPOSITIONS:  # "afraid of nothing", "Angst vor nichts": what, not whether
        return ""
    if w in ("not", "nicht", "never", "nie", "niemals", "nimmer", "n't") and _negated_stopping(tokens, k):
        return ""
    if (w, nxt) in _PAIRS:
        return _PAIRS[(w, nxt)]
    if nxt in _NOT_AFTER and w in ("not", "nicht", "never", "nie", "no"):
        return ""
    if w in ("no", "kein", "keine", "keinen") and k and tokens[k - 1].folded in ("with", "mit"):
        return ""  # "a boy with no shoes": what he lacks, not what fails
    if replaced_after(tokens, k):  # "findet keinen Schatz, sondern eine Flaschenpost": found, another thing
        return ""
    if w.endswith("n't") or w in _FAILED_EN and lang == "en" or w in _FAILED_DE and lang == "de":
        return FAILED
    if w in _FAILED_EN - {"no", "not", "none", "nor", "miss"} and lang == "de":  # an English word in German
        return ""
    if (w in _ALMOST_EN and lang == "en") or (w in _ALMOST_DE and lang == "de"):
        return ALMOST
    return ""


def _segment(tokens: list[Token], k: int, *, soft: bool) -> tuple[int, int]:
    """The word range of the clause around ``k``: punctuation always ends it; with ``soft`` a turn word and an
    "and" end it too."""
    start = k
    while start > 0 and not tokens[start].brk and not (soft and (tokens[start - 1].turn or tokens[start - 1].folded
                                                                 in _AND)):
        start -= 1
    end = k + 1
    while end < len(tokens) and not tokens[end].brk and not (soft and (tokens[end].turn or tokens[end].folded
                                                                       in _AND)):
        end += 1
    return start, end


def _target(tokens: list[Token], events: list[Event], k: int, lang: str) -> int:
    """The index into ``events`` of the event the outcome word at ``k`` belongs to, or -1."""
    at = [(i, e.at) for i, e in enumerate(events) if e.at >= 0 and not _is_auxiliary(e, events) and e.at != k]
    s, e = _segment(tokens, k, soft=True)
    after = [i for i, a in at if k < a < e]
    before = [i for i, a in at if s <= a < k]
    if lang == "de" and before:  # verb second: the verb stands before its "nicht", unless the clause ends in it
        final = [i for i in after if events[i].at == e - 1 or all(tokens[j].particle or tokens[j].stop for j in
                                                                   range(events[i].at + 1, e))]
        return final[0] if final else before[-1]
    if after:
        return after[0]
    if before:
        return before[-1]
    before = [i for i, a in at if a < k]  # ", but he cannot": the event before
    return before[-1] if before else -1


def _is_auxiliary(ev: Event, events: list[Event] | None = None) -> bool:
    """An event that only helps another verb: "fails (to open)", "tries (to open)", "but he cannot"."""
    word = ev.word.lower()
    if word not in _AUXILIARIES:
        return False
    if word in _ALWAYS_HELPING or events is None:
        return True
    return any(0 < e.at - ev.at <= 4 for e in events if e is not ev)  # "fails to repair": repair follows


_RANK = {"": 0, LATE: 1, ALMOST: 2, FAILED: 3}


def read_outcomes(tokens: list[Token], events: list[Event], lang: str,
                  clause_at: Callable[[int], str] | None = None) -> list[Event]:
    """``events`` with their ``outcome`` read from the idea's words, auxiliaries dropped (their turn goes to the
    verb they help). "Nobody comes": an event with no one doing it has no agents. ``clause_at`` (a word index
    -> the idea's clause around it) lets an outcome said in a clause of its own ("..., but no one answers") be
    told with the event it ends."""
    if not events:
        return events
    from autark.story.attempts import read_attempts

    events = read_attempts(tokens, events, lang)  # "tries to catch a fish but catches nothing"
    found: dict[int, str] = {}
    extra_told: dict[int, str] = {}
    none_of: set[int] = set()
    for k in range(len(tokens)):
        said = outcome_word(tokens, k, lang)
        if not said or any(e.at == k and not _is_auxiliary(e, events) for e in events):
            continue  # "forgets the salt", "misses the bus": the word is the act itself
        i = _target(tokens, events, k, lang)
        if i < 0:
            continue
        if tokens[k].folded in ("without", "ohne") and not events[i].at > k:
            continue  # "rides without his sword": the sword is not there, the ride still happens
        if tokens[k].folded in ("without", "ohne") and not events[i].agents and i:
            events[i].agents = list(events[i - 1].agents)  # "flieht, ohne das Geld zu nehmen": the thief
        if said == LATE and events[i].at > k:  # "arrives too late to save the barn": late, the saving fails
            before = [j for j, e in enumerate(events) if 0 <= e.at < k and not _is_auxiliary(e, events)]
            if before:
                found[before[-1]] = LATE
                said = FAILED
        if _RANK[said] > _RANK[found.get(i, "")]:
            found[i] = said
        s, e = _segment(tokens, k, soft=False)
        if clause_at is not None and not s <= events[i].at < e and not any(s <= ev.at < e for ev in events):
            extra_told[i] = clause_at(k)  # "..., but no one answers": no verb autark reads, still heard
        nobody = tokens[k].folded in _NONE_OF - {"no"} or tokens[k].folded == "no" and k + 1 < len(tokens) and \
            tokens[k + 1].folded == "one"
        if nobody and events[i].at > k and not tokens[k].characters:
            none_of.add(i)
    if not found:
        return events
    out: list[Event] = []
    carried_turn = ""
    for i, ev in enumerate(events):
        if _is_auxiliary(ev, events) and len(events) > 1:
            # its turn ("but he cannot") goes to the event it helps, found before or after
            helped = next((o for o in reversed(out)), None)
            if helped is not None and ev.told and ev.told not in helped.told and ev.at > helped.at:
                helped.told = f"{helped.told[:-1]}, {ev.told[:1].lower()}{ev.told[1:]}"  # "..., but he cannot."
            if ev.turn and ev.turn != "and":
                if helped is not None and helped.turn in ("", "and"):
                    helped.turn = ev.turn
                else:
                    carried_turn = ev.turn
            continue
        update: dict[str, object] = {}
        if i in extra_told and extra_told[i] and ev.told and extra_told[i][:-1].lower() not in ev.told.lower():
            update["told"] = f"{ev.told[:-1]}, {extra_told[i][:1].lower()}{extra_told[i][1:]}"
        if i in found:
            update["outcome"] = found[i]
            if found[i] == FAILED and ev.tone in ("happy", "comedy", "surprise"):
                update["tone"] = "sad"
        if carried_turn and ev.turn in ("", "and"):
            update["turn"], carried_turn = carried_turn, ""
        if i in none_of:  # "nobody comes", "niemand hilft ihm": nobody does it, the others are left waiting
            update["agents"], update["crowd"] = [], False
        out.append(ev.model_copy(update=update) if update else ev)
    return out or events


# acts whose person is awaited or sought: when the act fails, that person never comes on screen
_AWAITED = frozenset({"wait", "find", "search", "meet", "look_for", "visit", "call"})
# acts of coming: when they fail, the one who was to come is not there ("the prince never comes")
_COMING = frozenset({"arrive", "walk", "escort", "return", "come"})


def absent_ones(events: list[Event]) -> set[str]:
    """The characters a failed event keeps off screen: the one waited for or sought in vain, the one who never
    comes; never one who does anything else in the story."""
    gone: set[str] = set()
    for ev in events:
        if ev.outcome != FAILED:
            continue
        if ev.verb in _AWAITED:
            gone.update(w for w in (ev.recipient, ev.partner, "" if ev.patient_is_thing else ev.patient) if w)
        elif ev.verb in _COMING and any(e.agents for e in events if e is not ev):
            gone.update(ev.agents)
        elif ev.verb in ("transform", "come_alive", "grow") and ev.result:  # "he does not turn into a prince"
            gone.add(ev.result)
    acting = {a for e in events if e.outcome != FAILED for a in e.agents}
    return gone - acting


def without_absent(events: list[Event], gone: set[str]) -> list[Event]:
    """``events`` with the absent ones taken out of their roles (the narration still names them, in the idea's
    words)."""
    out = []
    for ev in events:
        update: dict[str, object] = {}
        if set(ev.agents) & gone:
            update["agents"] = [a for a in ev.agents if a not in gone]
        for slot in ("recipient", "partner", "source"):
            if getattr(ev, slot) in gone:
                update[slot] = ""
        if not ev.patient_is_thing and ev.patient in gone:
            update["patient"], update["patient_is_thing"] = "", True
        out.append(ev.model_copy(update=update) if update else ev)
    return out
