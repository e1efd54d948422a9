"""Events whose doer nobody in the cast plays, and the figure cast for "someone" (for ``story.spine``).

"until an avalanche chases them", "dann fällt der Strom aus": the subject is a word the cast does not play
(``Event.subject``), or a thing ("the volcano erupts"). Such an event is never handed to another of its roles
(Tom is not who chases Tom): it happens to the cast, who react to it (they flee from what chases them), and
the narrator says it in the idea's words. An event a change of the world already shows ("der Strom fällt
aus": the lights go out, ``story.world_changes``) is not staged a second time. "someone steals the cakes" is
done by a hidden figure (``story.event_readings``), who is not introduced, and is found out at the end.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from autark.assets.templates import fold
from autark.story.forces import AIR, force_of

if TYPE_CHECKING:
    from autark.story.analysis import Concept
    from autark.story.events import Event
    from autark.story.screenplay import CastMember

__all__ = ["doers", "subject_phrase", "reaction_to", "consumed", "hidden_names", "liftable", "LIFT_M3"]

LIFT_M3 = 0.25  # what one person picks up: no more than this in volume (a cake yes, a sunken boat no)
_THREATS = frozenset({"chase", "fight", "scare", "take", "eat", "steal", "attack", "erupt", "explode", "collapse",
                      "burn", "flood", "stand_in"})
_ARTICLES = frozenset({"a", "an", "the", "some", "der", "die", "das", "ein", "eine"})


def doers(ev: Event, last: list[str], cast: list[CastMember]) -> list[str]:
    """Who does an event: its agents; with none named, those of the event before (a left-out subject) or the
    lead (who watch a thing do it: "the kite flies away"), but never one who is the event's patient, recipient,
    partner or source; nobody where its subject is a word no one plays ("an avalanche")."""
    if ev.agents:
        return list(ev.agents)
    if ev.subject and not ev.someone and cast and all(_stand_in(c) for c in cast) and not force_of(ev.subject):
        # an idea whose only cast is the stand-in autark gave it ("the scouts extinguish the campfire": nobody
        # it knows, so a Person): the stand-in plays the word, it does not watch the act happen
        return [c.name for c in cast[:2]]
    if ev.subject or ev.someone:
        return []
    roles = {ev.recipient, ev.partner, ev.source, "" if ev.patient_is_thing else ev.patient} - {""}
    kept = [a for a in last if a not in roles]
    return kept or [c.name for c in cast[:2] if c.name not in roles][:1]


def _stand_in(member: CastMember) -> bool:
    """The body autark casts where an idea names nobody it knows (``story.cast``: a humanoid called Person)."""
    return member.type == "humanoid" and member.name.split()[0] in ("Person", "Figur")


def subject_phrase(ev: Event, concept: Concept) -> str:
    """The idea's own words for a subject nobody plays, with its article ("an avalanche", "der Strom")."""
    from autark.story.wording import TOKEN

    tokens = TOKEN.findall(concept.idea)
    k = ev.subject_at
    if not 0 <= k < len(tokens):
        return ev.subject
    start = k
    while start > 0 and k - start < 3 and fold(tokens[start - 1]) not in _ARTICLES and tokens[start - 1][:1].islower():
        start -= 1
    if start > 0 and fold(tokens[start - 1]) in _ARTICLES:
        start -= 1
    words = tokens[start:k + 1]
    if words and fold(words[0]) not in _ARTICLES:
        words = tokens[k:k + 1]
    return " ".join(w.lower() if i == 0 and concept.language == "en" else w for i, w in enumerate(words))


def reaction_to(ev: Event) -> str:
    """What the cast does when something nobody plays acts on them: flee from a threat, else look."""
    if ev.verb == "startle":  # the lights went out: they look about
        return "point"
    if force_of(ev.subject) not in ("", AIR):  # a wave, an avalanche, a fire: they run from it (story.forces)
        return "flee"
    if ev.verb in _THREATS or ev.kind in _THREATS or ev.tone == "conflict":
        return "flee"
    return {"surprise": "point", "sad": "cry", "comedy": "laugh", "happy": "clap"}.get(ev.tone, "look")


def consumed(concept: Concept) -> set[int]:
    """The events a change of the world stages itself: no doer of their own and told where the change is
    ("dann fällt plötzlich der Strom aus": the fall is the lights going out)."""
    from autark.story.world_changes import read_changes

    out: set[int] = set()
    words = [fold(w) for w in _words(concept.idea)]
    for change in read_changes(concept):
        told = {words[k] for k in range(max(0, change.at), min(change.end + 1, len(words)))}
        for i, ev in enumerate(concept.events):
            if ev.agents or ev.at < 0 or force_of(ev.subject) and ev.patient and ev.patient_is_thing:
                continue  # (a flood that carries a thing off is staged on the thing: story.forces)
            near = change.at - 3 <= ev.at <= change.end
            if near and (not ev.subject or fold(ev.subject) in told):
                out.add(i)
    return out if len(out) < len(concept.events) else set()


def _words(text: str) -> list[str]:
    from autark.story.world_changes import _TOKEN

    return _TOKEN.findall(text.replace("\u2019", "'"))


def hidden_names(concept: Concept) -> set[str]:
    """The names of the figures cast for "someone" (``story.event_readings.settle_cast``)."""
    from autark.story.event_readings import is_hidden

    return {c.name for c in concept.characters if is_hidden(c.word)}


def liftable(kind: str, is_thing: bool, cast: list[CastMember]) -> bool:
    """Can one person pick this up: a thing of at most ``LIFT_M3``, or a small animal (a cat, not an alien)."""
    from autark.motion.holding import can_lift

    if is_thing:
        from autark.story.set_pieces import footprint

        size = footprint(kind)
        return size is None or can_lift(kind, size)  # (an umbrella's box is big, it is held by the handle)
    from autark.motion.creatures import creature_rig
    from autark.story.set_pieces import footprint

    member = next((c for c in cast if c.name == kind), None)
    rig = creature_rig(member.type) if member is not None else None
    if member is None or (rig is None and member.type not in _CARRIED_PEOPLE):
        return False
    size = footprint(member.type)  # the engine's own test (motion.holding): a cat or a dog yes, a sheep no
    if size is not None:
        return can_lift(member.type, size, member.name)  # a lamb is a small sheep (its name is its word)
    return rig is not None and rig.size <= 0.7


_CARRIED_PEOPLE = frozenset({"baby", "child", "toddler"})  # the only people one person lifts into their arms
