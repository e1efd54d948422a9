"""The passive voice: "the mail carrier is chased by a goose", "die Maus wird von der Katze gefangen". The event
reader takes a clause's subject for the doer, so without this the carrier chased the goose and the mouse caught
the cat. Here a participle after a form of "be"/"get" ("werden" in German) with a "by"/"von" person is turned
round: that person does it, and the subject has it done to them.
"""

from __future__ import annotations

from autark.story.events import Event, Token

__all__ = ["turn_passives"]

_AUX_EN = frozenset({"is", "was", "are", "were", "be", "been", "being", "gets", "got", "get", "getting", "gotten"})
_AUX_DE = frozenset({"wird", "wurde", "werden", "wurden", "worden", "wirst"})
_BY_EN = frozenset({"by"})
_BY_DE = frozenset({"von", "vom"})
_EN_AUX_BEFORE = 3  # "is chased", "is suddenly chased", "is being chased"
_DE_SPAN = 8  # "wird am Abend von einer hungrigen Gans gejagt": the aux stands well before the participle
_DOER_AFTER_BY = 4  # "by an angry old goose"


def _doer(tokens: list[Token], by: int) -> list[str]:
    for j in range(by + 1, min(len(tokens), by + 1 + _DOER_AFTER_BY)):
        if tokens[j].brk:
            break
        if tokens[j].characters:
            return list(tokens[j].characters)
    return []


def _passive_by(tokens: list[Token], words: list[str], v: int, lang: str) -> int | None:
    """The index of the "by"/"von" of a passive whose participle is at ``v``, or None for an active verb
    (``words``: the tokens' folded words)."""
    if lang == "de":
        lo = max(0, v - _DE_SPAN)
        if not any(w in _AUX_DE for w in words[lo:v]) or not tokens[v].folded.startswith(("ge", "ver", "be", "er",
                                                                                          "zer", "ent")):
            # a German participle: ge- (gejagt, gefangen) or an unstressed prefix without it (verjagt, bemerkt)
            return None
        return next((j for j in range(v - 1, lo - 1, -1) if words[j] in _BY_DE), None)
    word = tokens[v].folded
    if word.endswith(("ing", "s")) or not any(w in _AUX_EN for w in words[max(0, v - _EN_AUX_BEFORE):v]):
        return None
    return next((j for j in range(v + 1, min(len(words), v + 4)) if words[j] in _BY_EN), None)


def turn_passives(events: list[Event], tokens: list[Token], lang: str) -> list[Event]:
    """``events`` with each passive one turned round: the "by" person acts, the subject is acted on."""
    words = [t.folded for t in tokens]
    out: list[Event] = []
    for ev in events:
        by = _passive_by(tokens, words, ev.at, lang) if 0 < ev.at < len(tokens) else None
        doer = _doer(tokens, by) if by is not None else []
        if not doer:
            out.append(ev)
            continue
        subject = [a for a in ev.agents if a not in doer]
        if subject:  # "the carrier is chased by a goose": the goose chases the carrier
            update = {"agents": doer, "patient": subject[0], "patient_is_thing": False, "thing_does_it": False}
        elif ev.patient_is_thing and ev.patient:  # "the cake is eaten by the dog": the dog eats the cake
            update = {"agents": doer, "thing_does_it": False}
        else:
            out.append(ev)
            continue
        out.append(ev.model_copy(update=update))
    return out
