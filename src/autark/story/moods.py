"""The mood and genre of an idea (``autark.story.analysis``): mood words in the idea count most, what happens,
the weather and the hour add a little; genre words, the first acts, robots and pets lean the genre. Split from
the analysis."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from autark.story.concept import MOODS, CharacterConcept
from autark.story.events import Event

__all__ = ["mood_and_genre", "names_a_mood"]

# a word that only leans a mood ("old", "little", "last", "alt", "klein") counts a little, the word for the mood
# itself ("sad", "gloomy", "traurig") counts most: "the old captain finds a treasure chest" is no sad film
_MOOD_WORD_WEIGHT, _CUE_WEIGHT = 2.0, 0.6

# a mood each kind of action leans to (weaker than a mood word in the idea)
_ACTION_MOOD = {"chase": ("tense", 1.5), "fight": ("epic", 1.5), "dance": ("happy", 1.0), "play": ("happy", 1.0),
                "love": ("romantic", 1.5), "lose": ("sad", 0.7), "find": ("calm", 0.4), "explore": ("calm", 0.3),
                "help": ("happy", 0.5), "meet": ("happy", 0.4), "wait": ("calm", 0.6)}
_TONE_MOOD = {"conflict": "tense", "comedy": "happy", "sad": "sad", "surprise": "mysterious", "happy": "happy"}
_ACTION_GENRE = {"chase": "adventure", "fight": "adventure", "explore": "adventure", "love": "romance",
                 "play": "comedy", "dance": "comedy", "lose": "drama", "find": "drama", "help": "drama",
                 "meet": "drama", "wait": "drama"}


def mood_and_genre(moods: Sequence[str], genres: Sequence[str], events: Sequence[Event], actions: Sequence[str],
                   weather: str, time: str, characters: Sequence[CharacterConcept],
                   setting: str, cues: Sequence[str] = ()) -> tuple[str, str]:
    """(mood, genre) from the idea's mood and genre words (``moods``, ``genres``; ``cues``: the moods of words
    that only lean one, "old", "klein"), its events' tones, its
    action cues, the weather and hour it names ("" for none), its cast and its first setting's name."""
    mood_score: Counter[str] = Counter()
    for key in moods:
        mood_score[key] += _MOOD_WORD_WEIGHT
    for key in cues:
        mood_score[key] += _CUE_WEIGHT
    for ev in events:
        if ev.tone in _TONE_MOOD:
            mood_score[_TONE_MOOD[ev.tone]] += 0.8
    for a in actions:
        if a in _ACTION_MOOD:
            mood_score[_ACTION_MOOD[a][0]] += _ACTION_MOOD[a][1]
    if weather in ("rain", "fog"):
        mood_score["sad" if weather == "rain" else "mysterious"] += 0.5
    if time == "night":
        mood_score["mysterious"] += 0.4
    mood = max(MOODS, key=lambda m: (mood_score[m], -MOODS.index(m))) if mood_score else "calm"
    if mood in ("happy", "calm", "romantic") and any(e.outcome in ("failed", "late") for e in events):
        mood = "sad"  # waited for in vain, came too late: the music does not cheer (story.outcomes)

    genre_score: Counter[str] = Counter(genres)
    for a in actions[:2]:
        genre_score[_ACTION_GENRE.get(a, "drama")] += 0.5
    if any(c.type == "robot" for c in characters) or setting == "space_station":
        genre_score["sci-fi"] += 0.8
    if mood == "happy" and any(c.type in ("dog", "cat") for c in characters):
        genre_score["comedy"] += 0.6
    genre = max(sorted(genre_score), key=lambda g: genre_score[g]) if genre_score else "drama"
    return mood, genre


# words that describe a body, an age, a size or a state and so only lean a mood: "the old captain finds a
# treasure chest" is no sad film, "a little girl" no comedy, "ein großer Hund" no epic
_LEANING_ONLY = frozenset({
    "old", "last", "little", "small", "busy", "hungry", "tired", "poor", "sick", "ill", "injured", "hurt",
    "wounded", "clumsy", "cute", "slow", "lazy", "giant", "huge", "great", "big", "dark", "wild", "proud", "sleepy",
    "alt", "letzt", "klein", "hungrig", "muede", "arm", "krank", "verletzt", "verwundet", "tollpatschig",
    "niedlich", "suess", "langsam", "faul", "gross", "riesig", "gewaltig", "stolz"})


def names_a_mood(folded: str) -> bool:
    """Whether the (folded) word says the film's mood ("sad", "lonely", "gloomy", "traurig") rather than only
    leaning one by how someone is ("old", "little", "alt", "klein")."""
    from autark.story.lexicon import stems

    return not ({folded, *stems(folded)} & _LEANING_ONLY)


# the music a film keeps where its ending's tone clashes with the mood its idea gave it: a loss is not scored
# as a triumph, a comic ending not as a dirge (concept.mood stays where it fits the end; a happy end keeps the
# idea's own "lonely", "mysterious": the lonely robot who finds a flower is still a quiet film)
_ENDING_MUSIC = {"sad": ("sad", {"happy", "epic", "romantic", "calm"}),
                 "comedy": ("happy", {"sad", "romantic", "calm"}),
                 "eaten": ("happy", set(MOODS)),  # the dragon eats what they quarrelled over: played for laughs
                 "happy": ("happy", {"calm"}),
                 "surprise": ("mysterious", {"calm"}),
                 "conflict": ("tense", {"calm"})}


def music_for_ending(mood: str, ending_tone: str) -> str:
    """The film's music mood: the idea's ``mood`` unless the tone the story ends on (its resolution's) clashes
    with it, then that ending's own ("builds a sandcastle until a wave washes it away": sad, not happy)."""
    music, clashes = _ENDING_MUSIC.get(ending_tone, (mood, set()))
    return music if mood in clashes else mood
