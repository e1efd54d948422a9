"""The mood and genre of an idea (``autark.story.analysis``): mood words in the idea count most, what happens,
the weather and the hour add a little; genre words, the first acts, robots and pets lean the genre. Split from
the analysis."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from autark.story.concept import MOODS, CharacterConcept
from autark.story.events import Event

__all__ = ["mood_and_genre"]

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
                   setting: str) -> tuple[str, str]:
    """(mood, genre) from the idea's mood and genre words (``moods``, ``genres``), its events' tones, its
    action cues, the weather and hour it names ("" for none), its cast and its first setting's name."""
    mood_score: Counter[str] = Counter()
    for key in moods:
        mood_score[key] += 2.0
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

    genre_score: Counter[str] = Counter(genres)
    for a in actions[:2]:
        genre_score[_ACTION_GENRE.get(a, "drama")] += 0.5
    if any(c.type == "robot" for c in characters) or setting == "space_station":
        genre_score["sci-fi"] += 0.8
    if mood == "happy" and any(c.type in ("dog", "cat") for c in characters):
        genre_score["comedy"] += 0.6
    genre = max(sorted(genre_score), key=lambda g: genre_score[g]) if genre_score else "drama"
    return mood, genre
