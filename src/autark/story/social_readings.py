"""The idea's social turning points read as acts that show them, once its events are read (``story.analysis``
calls ``social_events`` after ``story.event_readings.settle_cast``): a swap or a sale as both things changing
hands (``story.swaps``), a disguise as the costume changing on screen (``story.disguises``), a letter or a note as written, passed on and read
(``story.messages``), a lesson as shown, tried clumsily and done (``story.lessons``), a contest as started, fought side by side
and won (``story.contests``), a lie or a trick as told, believed and seen through (``story.tricks``), a theft from a person as a thing taken
from them (``story.thefts``). Each reading leaves the events as they are where the idea tells no such turn.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

# In annotations only (story.events calls the readings while it reads an idea): Event, Token, concepts
Event = Token = CharacterConcept = ObjectConcept = Any

__all__ = ["social_events"]


def social_events(events: list[Event], tokens: list[Token], characters: list[CharacterConcept],
                  objects: list[ObjectConcept], make_object: Callable[[str], ObjectConcept],
                  lang: str = "en") -> list[Event]:
    """The events with the idea's social turns read as acts; things they need are added to ``objects``."""
    from autark.story.contests import contest_events
    from autark.story.devices import device_events
    from autark.story.disguises import disguise_events
    from autark.story.lessons import lesson_events
    from autark.story.messages import message_events
    from autark.story.sport_acts import sport_events
    from autark.story.swaps import swap_events
    from autark.story.thefts import theft_events
    from autark.story.tricks import trick_events
    from autark.story.worn import worn_events

    events = device_events(events, tokens, characters)  # the robot vacuum chases the cat (story.devices)
    events = worn_events(events, tokens, characters, objects, make_object)  # a hat put on (story.worn)
    events = sport_events(events, tokens, characters, objects, make_object)  # a goal scored (story.sport_acts)
    events = swap_events(events, tokens, characters, objects, make_object)
    events = message_events(events, tokens, characters, objects, make_object)
    events = lesson_events(events, tokens, characters, objects, make_object, lang)
    events = contest_events(events, tokens, characters)
    events = trick_events(events, tokens, characters)
    events = theft_events(events, characters, objects, make_object)
    return disguise_events(events, tokens, characters)
