"""The hours an idea names, in folded words (English, then German): when a clause happens ("at dawn", "the next
morning", "am nächsten Abend", "eines Nachts", "nachts"). Read by story.world_changes (a later clause at another
hour is a later scene) and story.events (such an hour is never the clause's subject). Imports nothing of the story,
so both may ask it."""

from __future__ import annotations

__all__ = ["AT_HOUR", "DAWN", "NIGHT", "SUNSET", "later_hour", "names_an_hour"]

NIGHT = frozenset({"night", "nightfall", "nacht", "nachts"})
SUNSET = frozenset({"sunset", "sundown", "evening", "sonnenuntergang", "abend", "abends", "abendrot"})
DAWN = frozenset({"dawn", "sunrise", "daybreak", "morning", "sonnenaufgang", "morgengrauen", "morgen",
                  "tagesanbruch", "morgendaemmerung"})
# a preposition that says when a whole clause happens ("at sunrise", "bei Sonnenaufgang")
AT_HOUR = frozenset({"at", "during", "before", "after", "bei", "im", "am", "um", "vor", "nach", "waehrend"})
# "the next morning", "am nächsten Abend", "the following night": a later clause set at another hour
NEXT = frozenset({"next", "following", "naechsten", "naechste", "folgenden", "folgende", "darauffolgenden"})
DAYTIME = frozenset({"day", "noon", "midday", "afternoon", "tag", "tage", "mittag", "mittags", "nachmittag"})
HOURS = {**dict.fromkeys(DAWN, "dawn"), **dict.fromkeys(NIGHT, "night"), **dict.fromkeys(SUNSET, "sunset"),
         **dict.fromkeys(DAYTIME, "day")}
HOUR_ADVERBS = {"nachts": "night", "abends": "sunset", "morgens": "dawn", "tonight": "night", "overnight": "night",
                "fruehmorgens": "dawn", "spaetabends": "night"}
AT_HEAD = frozenset({"at", "in", "during", "one", "that", "eines", "im", "am", "bei", "waehrend"})
THE = frozenset({"the", "der", "dem", "die", "this", "that"})


def names_an_hour(before: str, word: str) -> bool:
    """Is folded ``word`` an hour that a later clause is set at, after folded ``before`` ("the next *morning*",
    "that *night*", "am nächsten *Morgen*")? Such a noun is when it happens, never who does it."""
    return word in HOURS and before in NEXT | {"that", "this", "one", "eines", "jenen", "jener", "diesen"}


def later_hour(folded: list[str]) -> str:
    """The hour a later clause is set at, from its first words: after "next"/"nächsten" ("the next morning", "am
    nächsten Abend", "the next day"), after a preposition of time ("and at night a thief comes", "und in der
    Nacht ...", "one night", "eines Nachts") or an hour's adverb ("und nachts tanzt er"); else "". Only the
    clause's head: "sleeps until the afternoon" or "watches the stars at night" is no scene of its own."""
    for i, w in enumerate(folded[:5]):
        if i == 0 or w not in HOURS and w not in HOUR_ADVERBS:
            continue
        if w in HOUR_ADVERBS:
            return HOUR_ADVERBS[w]
        prev, prev2 = folded[i - 1], folded[i - 2] if i > 1 else ""
        if prev in NEXT or w not in DAYTIME and (prev in AT_HEAD or prev in THE and prev2 in AT_HEAD):
            return HOURS[w]
    return ""
