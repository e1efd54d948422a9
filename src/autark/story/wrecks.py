"""A thing of the story wrecked with nobody in danger: the cake collapses, the toaster explodes, the snowman
melts, the sandcastle crumbles. The story ends in dismay and comfort, never in relief ("We made it!",
"Everyone is safe now") or in success ("The cake is finished", "What a day!").

A wreck is an event of a wrecking verb (verbs.yaml collapse, explode, melt, burn, crash, break) that nobody
does: the thing itself comes apart. A toaster, a cake, a snowman or a vase puts nobody in danger; a house, a
bridge or a bus does (``story.thing_kinds``), and its story keeps the narrow escape it has
(``story.film_lines.ending_tone``).
"""

from __future__ import annotations

import random
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from autark.story.events import Event

__all__ = ["WRECKING_VERBS", "harmless_wreck", "wreck_line", "made_by"]

WRECKING_VERBS = frozenset({"collapse", "explode", "melt", "burn", "crash", "break"})
# story verbs that mean someone is in danger or runs from it: then it is a narrow escape after all
_DANGER_VERBS = frozenset({"flee", "chase", "help", "rescue", "escort", "extinguish"})

# the last words after a wreck (en, de): the one who made or tended the thing ("say") grieves it, another
# ("watch") is shocked or comforts
_WRECK_END: dict[str, tuple[list[str], list[str]]] = {
    "say": (["Oh no, {obj}! All that work, {other}!", "Oh no! {obj} is ruined, {other}.", "{obj} is gone. Just like that."],
            ["Oh nein, {obj}! Die ganze Arbeit, {other}!", "Oh nein! {obj} ist hin, {other}.",
             "{obj} ist einfach hin."]),
    "watch": (["Never mind {obj}, {other}. We will make a new one.", "Oh no, {other}! Poor {objn}...", "Oh no! Poor {objn}...",
               "Are you all right, {other}? What a shock!"],
              ["Nicht traurig sein, {other}. Das kriegen wir wieder hin.", "Oh nein, {other}! Schade um {obj_acc} ...",
               "Oh nein! Schade um {obj_acc} ...",
               "Alles in Ordnung, {other}? Was für ein Schreck!"]),
}


def harmless_wreck(events: list[Event]) -> Event | None:
    """The last event that wrecks a small thing nobody does anything to, where no one is in danger."""
    if any(e.verb in _DANGER_VERBS or e.kind in _DANGER_VERBS for e in events):
        return None
    wrecks = [e for e in events if e.verb in WRECKING_VERBS and not e.agents and e.patient and e.patient_is_thing]
    if not wrecks:
        return None
    from autark.story.thing_kinds import thing_kind

    kind = thing_kind(wrecks[-1].patient)  # a bus that crashes is a danger; a balloon (an aircraft) that pops is not
    return None if kind == "building" or kind == "vehicle" and wrecks[-1].verb == "crash" else wrecks[-1]


def made_by(wreck: Event, events: list[Event]) -> set[str]:
    """Who made, tended or used the wrecked thing before it came apart (the baker of the cake)."""
    return {a for e in events if e is not wreck and e.patient == wreck.patient for a in e.agents}


def wreck_line(role: str, lang: str, values: dict[str, str], rng: random.Random) -> str | None:
    """The last line after a wreck for one who made the thing (``role`` "say") or another ("watch")."""
    from autark.story.lines import _fill

    pair = _WRECK_END["say" if role == "say" else "watch"]
    return _fill(pair[lang == "de"], values, rng)
