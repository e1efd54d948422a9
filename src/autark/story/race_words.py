"""The words of a race's outcome, read while the idea's events are read (``story.event_readings`` calls this
before the cast is settled; ``story.races`` stages the race): who wins ("wins", "gewinnt", "siegt"), who beats
whom ("the tortoise beats the hare", "der Igel besiegt den Hasen"), and a rival for one who wins a race against
nobody the idea names. No import of ``story.events`` here: the event reader calls this module.
"""

from __future__ import annotations

from typing import Any

# In annotations only (story.events calls the readings while it reads an idea)
Event = Any

__all__ = ["is_win", "is_beat", "rival_for_a_lone_racer", "RACE_NOUNS"]

_WIN_WORDS = ("win", "won", "gewinn", "gewann", "sieg", "first", "erste")
_BEATS = (
    "beat",
    "outrun",
    "outpace",
    "overtake",
    "besieg",
    "schlägt",
    "schlaegt",
    "schlug",
    "überhol",
    "ueberhol",
)
# a race said by a German noun the verb reader took for a run ("gewinnt das Rennen"), folded
# the nouns that name a race (folded): the race is an event of the idea, even written as a noun after an article
# ("beats the hare in a race", "wins the race", "der Igel besiegt den Hasen im Wettlauf")
RACE_NOUNS = frozenset({"rennen", "wettrennen", "wettlauf", "laufrennen", "autorennen", "pferderennen", "race",
                        "races", "footrace"})
_PEOPLE_GROUPS = frozenset({"man", "woman", "child", "person"})
_ONE_OF_A_KIND = frozenset(
    {"grandfather", "grandmother", "king", "queen", "santa"}
)  # the family's own, the only one


def is_win(ev: Event) -> bool:
    """A win told ("wins", "gewinnt") or a beat ("beats the hare")."""
    return ev.kind == "celebrate" and any(w in (ev.word or "").lower() for w in _WIN_WORDS) or is_beat(ev)


def is_beat(ev: Event) -> bool:
    """ "the tortoise beats the hare (in a race)", "der Igel besiegt den Hasen": a win over the one beaten (read
    as a fight by its verb, never staged as one)."""
    return bool(
        ev.agents and ev.patient and not ev.patient_is_thing and (ev.word or "").lower().startswith(_BEATS)
    )


def rival_for_a_lone_racer(events: list[Event], characters: list[Any], add_character: Any, lang: str) -> None:
    """ "grandpa falls but wins the race", "Oma gewinnt das Rennen": a race won with nobody named to race against
    gets a rival, one of the winner's own kind (a man, a woman, a dog), who runs it beside them and loses; the
    winner had cheered alone and no race was run. The events are changed in place; a race the idea gives two
    racers, or a beaten one ("beats the hare"), is left as it is."""
    from autark.assets.templates import fold
    from autark.story.lexicon import lexicon

    wins = [e for e in events if is_win(e)]
    if not wins or any(is_beat(e) for e in events):
        return
    for i, e in enumerate(events):
        if e.kind == "run" and e.verb != "race" and fold(e.word) in RACE_NOUNS:
            e.verb, e.line, e.tone = "race", "compete", "conflict"  # "das Rennen": the race, not a run
        if e.verb != "race" or len(e.agents) > 1 or e.patient and not e.patient_is_thing:
            continue
        before = [x.agents for x in reversed(events[:i]) if x.agents]  # "falls but wins the race": the faller
        racer = next(iter(e.agents or wins[0].agents or (before[0] if before else [])), "")
        who = next((c for c in characters if c.name == racer), None)
        if who is None:
            return
        word = who.word  # a turtle races a turtle, a runner a runner; a grandpa a man, not a second grandpa
        if who.group in _PEOPLE_GROUPS and (who.named or who.type in _ONE_OF_A_KIND):
            noun = lexicon().data["characters"][who.group].get("noun", {})
            word = (noun.get("en", "") if lang == "en" else (noun.get("de") or [""])[0]) or word
        rival = add_character(who.group, word, None, max(e.at, 0))
        e.agents = [racer, rival]
        for w in wins:
            w.agents = w.agents or [racer]
        return
