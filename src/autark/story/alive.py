"""A thing that comes alive is cast: "a teddy bear comes alive and plays with the girl", "ein Schneemann, der
nachts lebendig wird und mit ihnen tanzt", "the scarecrow wakes up and chases the crows", "die Statue erwacht zum
Leben und spricht mit dem Bürgermeister". It stands as the thing until the moment it comes alive (a transform
effect swaps the prop for its body, ``story.becoming``), then it acts with the others: it dances *with* the
children, not the children with each other, and the one who made it is its partner where the idea says "with
him"/"mit ihnen".

A thing only comes alive where a body can play it: a snowman, a scarecrow, a statue, a doll, a wooden puppet
are people of their colour; a teddy bear is a small bear. A thing that acts without one (a teapot that sings) is
left to its watchers.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

# In annotations only: story.events.Event and Token, story.concept.CharacterConcept and ObjectConcept (the event
# reader calls this module, so no import edge back to them)
Event = Token = CharacterConcept = ObjectConcept = Any

__all__ = ["cast_the_living", "LIVING_BODIES"]

# thing (asset type) -> (lexicon group, body word, colour): who plays it once it lives
LIVING_BODIES: dict[str, tuple[str, str, str]] = {
    "snowman": ("person", "", "white"),
    "scarecrow": ("person", "farmer", ""),
    "statue": ("person", "", "grey"),
    "doll": ("child", "girl", ""),
    "teddy_bear": ("animal", "bear", "brown"),
}
# the story verbs a thing can do only once it lives (or that tell it lives)
_ALIVE_VERBS = frozenset({"come_alive", "wake"})
_ANIMATE = frozenset({"dance", "talk", "sing", "play", "walk", "run", "chase", "hug", "wave", "laugh", "jump",
                      "celebrate", "kiss", "fight", "meet", "greet", "befriend", "help", "follow", "climb", "clap"})


def cast_the_living(events: list[Event], characters: list[CharacterConcept], objects: list[ObjectConcept],
                    add_character: Callable[..., str], tokens: Sequence[Token], lang: str) -> list[CharacterConcept]:
    """Cast each thing of the idea that comes alive or acts (where a body can play it); its events are then
    done by that cast member (the events are changed in place). Returns the characters."""
    for i, ev in enumerate(events):
        thing = _living_thing(events, i)
        if not thing:
            continue
        named = _cast(thing, characters, objects, add_character, tokens, lang)
        if not named:
            continue
        makers = [a for e in events[:i] for a in e.agents if a != named]
        if ev.verb in _ALIVE_VERBS:  # the moment it lives: the prop becomes its body, watched by the others
            ev.verb, ev.kind, ev.line, ev.then, ev.tone = "come_alive", "look", "", "", "surprise"
            ev.agents, ev.patient, ev.patient_is_thing = [], thing, True
            ev.result, ev.result_is_thing, ev.thing_does_it = named, False, True
        else:
            _acted_by(ev, named, thing, makers)
        prev_at = ev.at
        for later in events[i + 1:]:  # "... and dances with them": its left-out subject is the living thing
            if later.turn != "and" or later.verb in _ALIVE_VERBS:
                break
            left_out = not any(t.characters or t.thing for t in tokens[prev_at + 1:later.at])
            if left_out and later.agents and later.agents != makers[:len(later.agents)] and not later.patient:
                later.patient, later.patient_is_thing = later.agents[0], False  # "and chases the crows"
            if left_out or later.patient == thing and later.patient_is_thing or not later.agents:
                _acted_by(later, named, thing, makers)
            prev_at = later.at
    return characters


def _living_thing(events: list[Event], i: int) -> str:
    """The thing event i tells comes alive or does an act only the living do, else ""."""
    ev = events[i]
    if ev.agents and ev.verb not in _ALIVE_VERBS:
        return ""
    thing = ev.patient if ev.patient_is_thing else ""
    if not thing and ev.verb in _ALIVE_VERBS and i:  # "a doll that comes alive": the thing named before
        before = events[i - 1]
        thing = before.patient if before.patient_is_thing else ""
    if thing not in LIVING_BODIES:
        return ""
    return thing if ev.verb in _ALIVE_VERBS or ev.verb in _ANIMATE and ev.thing_does_it or ev.verb in _ANIMATE \
        and not ev.agents and ev.patient == thing else ""


def _acted_by(ev: Event, named: str, thing: str, makers: list[str]) -> None:
    ev.agents = [named]
    if ev.patient == thing:
        ev.patient, ev.patient_is_thing = "", True
    ev.thing_does_it = False
    if ev.verb in ("dance", "play", "sing", "celebrate", "talk", "walk") and not ev.partner and not ev.recipient \
            and makers:  # "dances with them": with the ones who made it
        ev.partner = makers[0]


def _size_of(thing: str, group: str, body_word: str) -> float | None:
    """How many times its body's size the living thing is: its own height over the body's."""
    from autark.story.footprints import footprint

    body = {"person": "man", "child": "girl", "animal": body_word}.get(group, body_word) or "man"
    own, played = footprint(thing), footprint(body)
    if own is None or played is None or played[1] <= 0:
        return None
    return round(own[1] / played[1], 2)


def _cast(thing: str, characters: list[CharacterConcept], objects: list[ObjectConcept],
          add_character: Callable[..., str], tokens: Sequence[Token], lang: str) -> str:
    """The name of the cast member who plays the living ``thing`` (cast once)."""
    at = next((k for k, t in enumerate(tokens) if t.thing == thing), -1)
    word = tokens[at].text if at >= 0 else thing
    existing = next((c for c in characters if c.word == word), None)
    if existing is not None:
        return existing.name
    group, body_word, colour = LIVING_BODIES[thing]
    before = len(characters)
    name = word[:1].upper() + word[1:]  # "Snowman", "Schneemann", "Teddy": named by the idea's word
    name = add_character(group, body_word or word, name, max(at, 0), stand_in=True,
                         size=_size_of(thing, group, body_word))  # a teddy bear is a small bear
    for k in range(before, len(characters)):  # the one just cast: named by the thing's word, in its colour
        characters[k] = characters[k].model_copy(update={"word": word, "color": colour or characters[k].color})
    return name
