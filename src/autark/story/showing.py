"""A thing shown to someone, seen as shown: "a girl shows her grandmother the photo", "zeigt seiner Mutter den
Pokal", "the fisherman shows his huge fish to the villagers", "the old projectionist shows her favourite film one
last time", "die Oma zeigt den Kindern einen alten Film".

The verb table reads "zeigt" as teaching (a talk) and "shows" as a point at the thing, so the film had the one who
shows it talking or pointing at a thing on the floor. Here a shown thing one can hold is held out in both hands
toward whom it is shown to (staged as a serve: the shower walks up to them and holds it out, and keeps it; they
look at it); a film, a video or slides are shown on a screen (a television stands for a cinema's screen and a
projector), which lights up with a moving picture while the shower and the audience look at it (``shown_effect``,
``autark.jobs.screen_film``).
A showing of how ("zeigt ihr, wie man tanzt") is a lesson, left to ``story.lessons``.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from autark.assets.templates import fold
from autark.story.effects import Effect

# In annotations only (story.events calls the readings while it reads an idea): Event, Token, concepts
Event = Token = CharacterConcept = ObjectConcept = Any

__all__ = ["SCREEN", "SHOWN_WORDS", "shown_events", "shown_effect"]

SCREEN = "tv"  # the kind a film is shown on
_SHOW_STEMS = ("zeig", "show", "shew", "present", "display", "vorfuehr", "praesentier")
_HOW = frozenset({"how", "wie", "what", "was"})
# words (folded; the end of a German compound too) of what is shown on a screen, and of pictures held up
SHOWN_WORDS = {
    "film": SCREEN, "films": SCREEN, "movie": SCREEN, "movies": SCREEN, "cartoon": SCREEN, "video": SCREEN,
    "videos": SCREEN, "slides": SCREEN, "slideshow": SCREEN, "filme": SCREEN, "filmen": SCREEN, "dias": SCREEN,
    "zeichentrickfilm": SCREEN, "diashow": SCREEN,
    "photo": "painting", "photos": "painting", "photograph": "painting", "picture": "painting",
    "pictures": "painting", "drawing": "painting", "portrait": "painting", "postcard": "painting",
    "foto": "painting", "fotos": "painting", "bild": "painting", "bilder": "painting", "zeichnung": "painting",
    "gemaelde": "painting", "postkarte": "painting", "portraet": "painting",
}
_SPAN = 8  # words from the verb to its thing
_SHOWN_AT_S = 0.4
_SHOWN_S = 6.0  # the screen plays the film on through the shot


def _shown_word(t: Token) -> str:
    w = t.folded.strip(".,!?;:'\"")
    if w in SHOWN_WORDS:
        return SHOWN_WORDS[w]
    if t.text[:1].isupper():  # "Lieblingsfilm", "Urlaubsfoto"
        return next((k for word, k in SHOWN_WORDS.items() if len(word) >= 4 and w.endswith(word)), "")
    return ""


def _thing(ev: Event, tokens: list[Token]) -> tuple[str, int]:
    """(the kind of what is shown, its word's index) for the showing ``ev``; ('', -1) where it names none."""
    for j in range(ev.at + 1, min(len(tokens), ev.at + 1 + _SPAN)):
        t = tokens[j]
        if t.turn and t.turn != "and" or t.brk and j > ev.at + 1:
            break
        kind = _shown_word(t)  # a film is shown on a screen, whatever the reader took the word for
        if kind:
            return kind, j
        if t.thing and (t.thing == ev.patient or not ev.patient):
            return str(t.thing), j
    return (str(ev.patient), -1) if ev.patient and ev.patient_is_thing else ("", -1)


def _is_showing(ev: Event, tokens: list[Token]) -> bool:
    if not ev.agents or ev.at < 0 or not fold(ev.word).startswith(_SHOW_STEMS) or ev.verb not in (
            "show", "teach", "point", "stand_in", "talk"):
        return False
    return not any(t.folded.strip(",") in _HOW for t in tokens[ev.at + 1:ev.at + 1 + 5])


def shown_events(events: list[Event], tokens: list[Token], characters: list[CharacterConcept],
                 objects: list[ObjectConcept], make_object: Callable[[str], ObjectConcept]) -> list[Event]:
    """The events with each showing of a thing staged as held out toward whom it is shown to, or played on a
    screen (see the module's notes); a thing only this reading names is added to ``objects``."""
    names = {c.name for c in characters}
    out: list[Event] = []
    for ev in events:
        if not _is_showing(ev, tokens):
            out.append(ev)
            continue
        thing, j = _thing(ev, tokens)
        if not thing:
            out.append(ev)
            continue
        if not any(o.type == thing for o in objects):
            obj = make_object(thing)
            if j >= 0 and thing != SCREEN:  # a screen is nobody's to hold ("her favourite film")
                obj.word = tokens[j].text
            objects.append(obj)
        if thing != ev.patient and ev.patient_is_thing and ev.patient:  # the reader's guess at the thing
            objects[:] = [o for o in objects if o.type != ev.patient]
        if j > 0 and tokens[j - 1].characters and not tokens[j - 1].possessive:  # "her favourite film": a
            gone = set(tokens[j - 1].characters) - set(ev.agents)  # describing word, nobody of the cast
            characters[:] = [c for c in characters if c.name not in gone]
            names -= gone
        to = ev.recipient if ev.recipient in names and ev.recipient not in ev.agents else ""
        if not to and not ev.patient_is_thing and ev.patient in names and ev.patient not in ev.agents:
            to = ev.patient
        screen = thing == SCREEN
        out.append(ev.model_copy(update={
            "verb": "show", "kind": "point" if screen else "serve", "patient": thing, "patient_is_thing": True,
            "recipient": "" if screen else to, "reaction": "look", "then": "", "line": "",
            "tone": "happy", "to_thing": ""}))
    return out


def shown_effect(ev: Event) -> Effect | None:
    """A film shown plays on the screen from the shot on (None for any other event)."""
    if ev.verb != "show" or ev.patient != SCREEN or not ev.agents:
        return None
    return Effect(kind="screen", target=SCREEN, at_s=_SHOWN_AT_S, duration_s=_SHOWN_S)
