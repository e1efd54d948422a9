"""A season is the time of the film unless the idea plainly makes it someone.

"Im Herbst sammelt ein Junge Kastanien", "a girl waits all spring", "Vorsicht, Herbst, sagt der Igel": autumn
and spring are when it happens (``story.time_phrases``; the last only speaks to the season). "Spring and Autumn
argue about whose colours are prettier", "Der Winter klopft an die Tür", "Winter tells Summer to leave": the
season is the subject of an act only someone does (argues, knocks, tells, races, dances) and no preposition
makes it a time: it is cast.

A season cast is played by a figure that looks the part, never a plain man or woman by its name: the spirit of
spring, summer or autumn by the fairy in the season's colour, Winter by the old wizard in white (Old Man Winter,
Väterchen Frost); the stand-in is said in a note. "Spring", which the verb table reads as a jump, is the season
where it is cast.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from autark.assets.templates import fold

if TYPE_CHECKING:
    from autark.story.concept import CharacterConcept
    from autark.story.verbs import Verb

__all__ = ["SEASON_FIGURES", "personified", "dressed_seasons"]

# a season's figure: (the body that plays it, its costume's colour)
SEASON_FIGURES = {
    "spring": ("fairy", "green"), "fruehling": ("fairy", "green"), "lenz": ("fairy", "green"),
    "fruehjahr": ("fairy", "green"), "summer": ("fairy", "yellow"), "sommer": ("fairy", "yellow"),
    "autumn": ("fairy", "orange"), "herbst": ("fairy", "orange"), "winter": ("wizard", "white"),
}
# acts only someone does: a season that does one is cast ("falls", "comes", "begins" are a season's own)
_SOMEONES_ACTS = frozenset({"argue", "talk", "knock", "race", "run", "dance", "fight", "laugh", "sing", "hug",
                            "kiss", "cry", "wave", "chase", "meet", "shout", "paint", "craft", "play", "push",
                            "steal", "take", "give", "throw", "catch", "hide", "search", "eat", "drink", "jump"})
_AND = frozenset({"and", "und"})
_ARTICLES = frozenset({"the", "der", "die", "das", "den", "dem", "des"})
_BEFORE_A_TIME = frozenset({"in", "im", "all", "every", "each", "this", "last", "next", "during", "at", "am",
                            "jeden", "jedem", "diesen", "diesem", "letzten", "naechsten", "ganzen", "des", "seit",
                            "bis", "until", "till", "since", "before", "after", "vor", "nach", "waehrend"})


def _season(token: str) -> str:
    return fold(token) if fold(token) in SEASON_FIGURES and token[:1].isupper() else ""


def personified(tokens: Sequence[str], verbs: list[Verb | None],
                breaks: set[int]) -> tuple[set[int], set[int], set[int]]:
    """(the indices of the season words the idea casts, those it only speaks to, those a word of time governs):
    a capitalised season that is the subject of an act only someone does, alone or with another ("Spring and
    Autumn argue"), with no preposition of time before it, is cast; one between commas is spoken to ("Vorsicht,
    Herbst, sagt der Igel"); one after a word of time is a time in any case ("waits all spring": no jump)."""
    folded = [fold(t) for t in tokens]
    cast: set[int] = set()
    addressed: set[int] = set()
    timed: set[int] = set()
    for k in (k for k in range(len(tokens)) if folded[k] in SEASON_FIGURES):
        j = k - 1
        while j >= 0 and folded[j] in _ARTICLES - {"des"}:
            j -= 1
        if j >= 0 and folded[j] in _BEFORE_A_TIME:
            timed.add(k)
    seasons = [k for k in range(len(tokens)) if _season(tokens[k]) and k not in timed]
    for k in seasons:
        if k in breaks and k + 1 in breaks:  # ", Herbst,": spoken to, no one on screen
            addressed.add(k)
            continue
        v = k + 1
        while v < len(tokens) and (folded[v] in _AND or folded[v] in _ARTICLES or _season(tokens[v])
                                   or tokens[v][:1].isupper() and verbs[v] is None):
            v += 1  # "Spring and Autumn argue", "Der Winter und der Sommer streiten"
        verb = verbs[v] if v < len(tokens) and v not in breaks else None
        if verb is not None and verb.key in _SOMEONES_ACTS:
            cast.add(k)
            cast.update(s for s in seasons if k < s < v)
    return cast, addressed, timed


def dressed_seasons(characters: list[CharacterConcept], warnings: list[str]) -> list[CharacterConcept]:
    """The seasons cast by name, played by their figure in the season's colour (said in a note)."""
    out = []
    for c in characters:
        figure = SEASON_FIGURES.get(fold(c.word)) if c.named and fold(c.word) == fold(c.name) else None
        if figure is None:
            out.append(c)
            continue
        body, colour = figure
        warnings.append(f"{c.word!r} is someone here: a {body} in {colour} plays them")
        out.append(c.model_copy(update={"type": body, "color": c.color or colour}))
    return out
