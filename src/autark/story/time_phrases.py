"""Words and phrases that say when, not who or where.

German prepositions of time before a place word: "nach der Party", "während des Konzerts", "seit der Schule"
say when, not where. "Die Schüler räumen nach der Party das Klassenzimmer auf" happens in the classroom; the
party is over, and reading it as the place staged the tidying in a living room.

"nach" with an article is always a time in German (a goal takes no article: "nach Hause", "nach Berlin"; a
place behind one is "hinter"); "vor" is left alone, as "vor dem Haus" is in front of the house.
"""

from __future__ import annotations

from collections.abc import Sequence

__all__ = ["TIME_PREPOSITIONS_DE", "time_not_place", "TIME_WORDS", "is_time_word", "occasion_counts"]

TIME_PREPOSITIONS_DE = frozenset({"nach", "waehrend", "seit"})
_ARTICLES = frozenset({"der", "dem", "den", "des", "einer", "einem", "eines"})
_OTHER_ARTICLES = frozenset({"die", "das", "ein", "eine"})
_DESCRIBING_ENDINGS = ("e", "en", "er", "es", "em")
_BETWEEN = 2  # describing words between the article and the place word ("nach der langen Party")


def time_not_place(folded: Sequence[str], k: int) -> bool:
    """Whether the German word at ``k`` is governed by a preposition of time with its article ("nach der
    Party", "während des großen Konzerts"): a time, not the place the idea happens in."""
    for j in range(k - 1, max(k - 2 - _BETWEEN, 0), -1):
        if folded[j] in _ARTICLES:
            return j > 0 and folded[j - 1] in TIME_PREPOSITIONS_DE
        if not folded[j].endswith(_DESCRIBING_ENDINGS) or folded[j] in _OTHER_ARTICLES:
            return False  # another word between: "nach der Party das Klassenzimmer" is the classroom's "das"
    return False


# seasons, months, weekdays and holidays-as-times (English, German; folded): a time, never a cast member, a
# thing or a set ("Im Herbst isst er die Äpfel": autumn had been cast as a man; "Im Frühling" as one by its
# "-ling", the ending of a "Lehrling")
_TIMES = """spring summer autumn winter springtime summertime wintertime
  january february april june july august september october november december
  monday tuesday wednesday thursday friday saturday sunday weekend weekday holidays vacation
  fruehling fruehjahr sommer herbst winter lenz jahreszeit
  januar februar maerz april mai juni juli august september oktober november dezember
  montag dienstag mittwoch donnerstag freitag samstag sonnabend sonntag wochenende werktag feiertag ferien
  sommerferien winterferien herbstferien osterferien urlaub"""
TIME_WORDS = frozenset(_TIMES.split())
# the last parts of a German compound of a time ("Herbstabend", "Sommernacht", "Sonntagmorgen", "Wintertag")
_TIME_HEADS = ("morgen", "vormittag", "mittag", "nachmittag", "abend", "nacht", "tag", "woche", "ferien", "anfang",
               "ende", "zeit")
_SHORTEST_FIRST = 3
_EARLY_LATE = ("spaet", "frueh", "hoch", "mitt", "late", "early", "mid")  # "Spätsommer", "Hochsommer", "midsummer"


def is_time_word(word: str) -> bool:
    """Whether the folded ``word`` (any ending) names a time: a season, a month, a weekday, the holidays, or a
    German compound of one and a time of day or week ("Herbstabend", "Montagmorgen", "Sommerferien")."""
    from autark.story.stemming import stems

    forms = [f.removeprefix(early) for f in stems(word) for early in _EARLY_LATE if f.startswith(early)] + stems(word)
    if any(f in TIME_WORDS for f in forms):
        return True
    return any(f.endswith(head) and len(f) - len(head) >= _SHORTEST_FIRST and f[: -len(head)].rstrip("s") in
               TIME_WORDS for f in forms for head in _TIME_HEADS)


# "ein letztes Mal", "zum ersten Mal", "jedes Mal", "dieses Mal": the German noun "Mal" is a time, how often; the
# verb malen (to paint) is written small ("sie malt", imperative "mal!"), so a capital "Mal" is never an act
_OCCASION_NOUNS = frozenset({"mal", "male", "malen"})


def occasion_counts(tokens: Sequence[str], lang: str) -> list[int]:
    """The indices of the German ``tokens`` that are the noun "Mal" (a time, how often: "ein letztes Mal",
    "zum ersten Mal") written with its capital inside the sentence; [] for English."""
    if lang != "de":
        return []
    return [k for k, t in enumerate(tokens) if k and t[:1].isupper() and t.lower() in _OCCASION_NOUNS
            and tokens[k - 1][:1].islower()]
