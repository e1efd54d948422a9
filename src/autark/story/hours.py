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
_HEAD = 5  # the words of a clause's head, where an hour's adverb says when the clause happens
_FIRST_CLAUSE = 4  # the fewest words of a clause with its subject and verb before "and" ("A boy plays outside")
# what starts a noun after "and" ("and his grandson"): the subject goes on, no clause of its own
_NOUN_START = THE | frozenset({"a", "an", "his", "her", "their", "its", "my", "our", "ein", "eine", "einen", "sein",
                               "seine", "ihr", "ihre", "den", "das"})


def names_an_hour(before: str, word: str) -> bool:
    """Is folded ``word`` an hour that a later clause is set at, after folded ``before`` ("the next *morning*",
    "that *night*", "am nächsten *Morgen*")? Such a noun is when it happens, never who does it."""
    return word in HOURS and before in NEXT | {"that", "this", "one", "eines", "jenen", "jener", "diesen"}


def later_hour(folded: list[str], after_words: int = 0) -> str:
    """The hour a later clause is set at, from its first words: after "next"/"nächsten" ("the next morning", "am
    nächsten Abend", "the next day"), after a preposition of time ("and at night a thief comes", "und in der
    Nacht ...", "one night", "eines Nachts") or an hour's adverb ("und nachts tanzt er"); else "". An adverb
    only at the clause's head; a preposition's hour anywhere in a clause that goes on with a verb after a whole
    first clause (``after_words`` words before it: "A fisherman fights a storm at sea and reaches the harbour at
    dawn": the later clause happens at dawn, the storm before it did not; "A grandfather and his grandson go
    fishing at sunrise" is one clause); "sleeps until the afternoon" is no scene of its own."""
    whole = after_words >= _FIRST_CLAUSE and len(folded) > 1 and folded[1] not in _NOUN_START
    for i, w in enumerate(folded):
        if i == 0 or w not in HOURS and w not in HOUR_ADVERBS or i >= _HEAD and not whole:
            continue
        if w in HOUR_ADVERBS:
            if i < _HEAD:
                return HOUR_ADVERBS[w]
            continue
        prev, prev2 = folded[i - 1], folded[i - 2] if i > 1 else ""
        if prev in NEXT or w not in DAYTIME and (prev in AT_HEAD or prev in THE and prev2 in AT_HEAD):
            return HOURS[w]
    return ""
