"""What a thing is for: the act that a verb naming no act of its own stages with it. "practises the violin"
and "übt Klavier" are played, "enjoys the cake" is eaten, "uses the broom" sweeps, "tries the skateboard" rides
it. Without this a learner only looks at the instrument for the whole film.

A verb is object-led when its story entry says what the person is about (learning, using, trying) but not what
their body does; only those verbs are restaged, and only when the thing has a use here. A thing without one
keeps the verb's own staging.
"""

from __future__ import annotations

from autark.story.events import Event
from autark.story.roles import GAMES, INSTRUMENTS
from autark.story.verbs import verb_by_key

__all__ = ["OBJECT_LED", "USE_OF_THING", "by_use"]

# the story verbs (verbs.yaml keys) whose act is the thing's use
OBJECT_LED = frozenset({"learn", "use"})


def _uses(rows: dict[str, str]) -> dict[str, str]:
    out: dict[str, str] = {}
    for use, things in rows.items():
        for thing in things.split():
            out[thing] = use
    return out


# asset type -> the story verb that uses it (the asset catalogue's food, drinks, reading, tools, toys, boards)
USE_OF_THING: dict[str, str] = {
    **dict.fromkeys(INSTRUMENTS, "play"),
    **dict.fromkeys(GAMES - {"table_tennis_table"}, "play_game"),
    **_uses({
        "eat": "apple banana bread cheese carrot cake pizza burger fish_dish pasta pie watermelon pear grapes "
               "cookie donut ice_cream sandwich egg soup",
        "drink": "cup wine_glass bottle",
        "read": "book stack_of_books newspaper letter map menu_board message_in_a_bottle",
        "write": "pencil easel blackboard",
        "clean": "broom",
        "repair": "hammer saw wrench screwdriver toolbox workbench anvil",
        "garden": "shovel rake watering_can pickaxe pitchfork",
        "ride": "skateboard bicycle surfboard skis sled motorcycle",
        "kick": "ball football_goal",
        "throw": "basketball frisbee snowball",
        "sleep": "bed sleeping_bag",
        "play": "kite yo_yo spinning_top hula_hoop jump_rope doll teddy_bear building_blocks",
    }),
}


def by_use(events: list[Event], words: list[str] | None = None) -> list[Event]:
    """The events whose object-led verb is staged as its thing's use ("learns the trumpet" -> plays it); the
    idea's word, cast and thing are kept, so lines and notes still quote the idea. An object-led verb whose act
    the idea names next as an infinitive ("lernt Pfannkuchen zu backen": learns to bake them; ``words``, the
    idea's folded words, show the "to"/"zu") hands its thing to that act."""
    out: list[Event] = []
    handed = ""  # the thing an object-led verb hands to the infinitive after it
    for i, ev in enumerate(events):
        if handed and not ev.patient:
            ev = ev.model_copy(update={"patient": handed, "patient_is_thing": True})
        handed = ""
        if ev.verb not in OBJECT_LED or not ev.patient_is_thing or not ev.patient:
            out.append(ev)
            continue
        nxt = events[i + 1] if i + 1 < len(events) else None
        if nxt is not None and words and 0 < nxt.at <= len(words) and words[nxt.at - 1] in ("to", "zu"):
            out.append(ev.model_copy(update={"patient": ""}))
            handed = ev.patient
            continue
        use = USE_OF_THING.get(ev.patient)
        if use is None:
            out.append(ev)
            continue
        target = verb_by_key(use)
        out.append(ev.model_copy(update={"verb": target.key, "kind": target.kind, "line": target.line,
                                         "then": target.then, "reaction": target.reaction}))
    return out
