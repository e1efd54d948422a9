"""A sport's scoring act, seen with its ball and its goal: "he scores a goal", "der Fuchs schießt ein Tor", "a
kangaroo spikes the ball over the net", "wirft den Ball in den Korb", "dunks the ball", "köpft den Ball ins Tor".

The verb table reads a score as a kick of the goal itself ("kicks the goal", no ball in the set), "Tor" as a door,
and a spike as no act at all. Here the act is a kick (a foot's: score, shoot, schießen, köpfen) or a throw (a
hand's: throw, spike, dunk, werfen) of a ball, sent to the goal the idea names: a football goal, a basket (a
basketball hoop) or a net -- one the ball goes over ("over the net", "übers Netz": a volleyball net) or into (a kick
into the net is a goal, a throw into it a basket). The ball then flies there and stays (``story.destinations``
reads ``to_thing``, ``autark.jobs.landings`` draws it).

A keeper's save ("the goalkeeper saves the penalty", "hält den Elfmeter", "pariert den Schuss", "fängt den Ball")
was read as a rescue or a hold (a kneel and a hug of nobody): it is the ball caught in front of the goal, shot at
the keeper by whoever else plays, and a cheer.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from autark.assets.templates import fold

# In annotations only (story.events calls the readings while it reads an idea): Event, Token, concepts
Event = Token = CharacterConcept = ObjectConcept = Any

__all__ = ["GOAL", "HOOP", "NET", "sport_events"]

GOAL, HOOP, NET = "football_goal", "basketball_hoop", "tennis_net"
_BALLS = frozenset({"ball", "basketball", "volleyball", "beach_ball", "puck"})
# folded beginnings of the words of a scoring act, by the limb that does it
_FOOT = ("score", "shoot", "shot", "kick", "schiess", "schoss", "trifft", "traf", "erziel", "koepf", "volley")
_HAND = ("throw", "threw", "thrown", "spike", "dunk", "smash", "wirft", "warf", "werf", "geworf", "schmetter",
         "pritsch")
# a goal's words (folded) -> the kind; a net's kind depends on the act and on "over"
_GOAL_WORDS = {"goal": GOAL, "goals": GOAL, "tor": GOAL, "tore": GOAL, "treffer": GOAL, "basket": HOOP,
               "hoop": HOOP, "korb": HOOP, "basketballkorb": HOOP, "net": NET, "netz": NET}
_OVER = frozenset({"over", "across", "ueber", "uebers"})
# a basket is a basketball hoop only in a game (a word of it anywhere in the idea); otherwise a basket (a container)
_PLAIN_BASKETS = frozenset({"basket", "korb"})
_BASKETBALL_CUES = ("basketball", "hoop", "dunk", "score", "court", "match", "game", "team", "spiel", "mannschaft",
                    "punkt", "point", "korbleger", "turnier", "tournament")
_SPAN = 8  # words from the act to its goal


def _limb(word: str) -> str:
    w = fold(word)
    return "kick" if w.startswith(_FOOT) else "throw" if w.startswith(_HAND) else ""


def _goal(tokens: list[Token], k: int, limb: str) -> tuple[str, int]:
    """(the goal's kind, its word's index) after the act at ``k``; ('', -1) for none."""
    for j in range(k + 1, min(len(tokens), k + 1 + _SPAN)):
        t = tokens[j]
        if t.turn and t.turn != "and" or t.brk and j > k + 1:
            break
        w = t.folded.strip(".,!?;:")
        kind = _GOAL_WORDS.get(w) or (GOAL if w.endswith("tor") and t.text[:1].isupper() and len(w) > 5 else "")
        if not kind:
            continue
        if w in _PLAIN_BASKETS and not any(cue in t.folded for t in tokens for cue in _BASKETBALL_CUES):
            continue  # "throws the ball into the basket": a basket to put it in, where no game is named
        if kind == NET and tokens[j - 1].folded not in _OVER and not (j > 1 and tokens[j - 2].folded in _OVER):
            kind = GOAL if limb == "kick" else HOOP  # into the net: a goal's net or a basket's
        return kind, j
    return "", -1


# a keeper's save: folded beginnings of its verbs, and the words of what is saved (a penalty, a shot, the ball)
_SAVE = ("save", "saving", "stop", "block", "parr", "haelt", "halt", "hielt", "pariert", "parier", "faengt",
         "fang", "fing", "wehrt", "abwehr")
_SAVED = frozenset({"penalty", "penalties", "shot", "shots", "ball", "kick", "strike", "elfmeter", "schuss",
                    "strafstoss", "freistoss", "torschuss", "balle"})
# a plain catch or hold ("fängt den Ball", "stops the ball") is a save only where the idea has a goal or a keeper
_PLAIN = ("stop", "fang", "fing", "faengt", "halt", "haelt", "hielt", "block")
_KEEPER = ("keeper", "goalie", "torwart", "tormann", "torfrau", "torhueter", "torwaert")


def _saved(ev: Event, tokens: list[Token]) -> int:
    """The index of what a keeper's save saves ('the penalty', 'den Elfmeter'), -1 where ``ev`` is no save."""
    if ev.at < 0 or not fold(ev.word).startswith(_SAVE):
        return -1
    if fold(ev.word).startswith(_PLAIN) and not any(
            t.folded.strip(".,!?;:") in _GOAL_WORDS or any(k in t.folded for k in _KEEPER) for t in tokens):
        return -1
    for j in range(ev.at + 1, min(len(tokens), ev.at + 1 + _SPAN // 2)):
        t = tokens[j]
        if t.turn and t.turn != "and" or t.brk and j > ev.at + 1:
            break
        if t.folded.strip(".,!?;:") in _SAVED or t.thing in _BALLS:
            return j
    return -1


def _keeper_save(ev: Event, j: int, tokens: list[Token], characters: list[CharacterConcept],
                 objects: list[ObjectConcept], make_object: Callable[[str], ObjectConcept]) -> list[Event]:
    """A save as the keeper catching the ball in front of the goal: the ball is shot at them by whoever else
    plays (else it comes by itself), they catch it and cheer."""
    keeper = [a for a in ev.agents if a in {c.name for c in characters}][:1]
    if not keeper:
        return [ev]
    ball = next((o.type for o in objects if o.type in _BALLS), "")
    if not ball:
        ball = "ball"
        objects.append(make_object(ball))
    if not any(o.type == GOAL for o in objects):
        objects.append(make_object(GOAL))
    objects[:] = [o for o in objects if o.type != "door"]  # "vor dem Tor": the goal
    base = {"patient": ball, "patient_is_thing": True, "recipient": "", "to_thing": "", "thing_does_it": False,
            "source": "", "instrument": "", "partner": ""}
    out = []
    shooter = next((c.name for c in characters if c.name not in keeper and c.voice != "none"
                    and c.name not in ev.agents), "")
    if shooter:
        out.append(ev.model_copy(update={**base, "verb": "kick", "kind": "kick", "agents": [shooter], "then": "",
                                         "reaction": "", "line": "", "tone": "conflict"}))
    out.append(ev.model_copy(update={**base, "verb": "catch", "kind": "catch", "agents": keeper, "then": "celebrate",
                                     "reaction": "clap", "line": "", "tone": "happy",
                                     "turn": "then" if shooter else ev.turn}))
    return out


def sport_events(events: list[Event], tokens: list[Token], characters: list[CharacterConcept],
                 objects: list[ObjectConcept], make_object: Callable[[str], ObjectConcept]) -> list[Event]:
    """The events with each scoring act staged as its ball sent to its goal (see the module's notes); the ball and
    the goal are added to ``objects`` where the idea names none (and a "Tor" read as a door is the goal)."""
    names = {c.name for c in characters}
    out: list[Event] = []
    for ev in events:
        saved = _saved(ev, tokens)
        if saved >= 0:
            out += _keeper_save(ev, saved, tokens, characters, objects, make_object)
            continue
        limb = _limb(ev.word) if ev.at >= 0 else ""
        goal, j = _goal(tokens, ev.at, limb) if limb else ("", -1)
        if not goal:
            out.append(ev)
            continue
        agents = [a for a in ev.agents if a in names] or [c.name for c in characters if c.voice != "none"][:1] or [
            c.name for c in characters][:1]
        if not agents:
            out.append(ev)
            continue
        misread = tokens[j].thing if tokens[j].thing and tokens[j].thing != goal else ""  # "Tor" as a door
        objects[:] = [o for o in objects if o.type != misread]
        if not any(o.type == goal for o in objects):
            obj = make_object(goal)
            obj.word = tokens[j].text
            objects.append(obj)
        ball = next((o.type for o in objects if o.type in _BALLS), "")
        if not ball:
            ball = "volleyball" if goal == NET else "basketball" if goal == HOOP else "ball"
            objects.append(make_object(ball))
        out.append(ev.model_copy(update={
            "verb": "kick" if limb == "kick" else "throw", "kind": limb, "agents": agents, "patient": ball,
            "patient_is_thing": True, "recipient": "", "to_thing": goal, "then": "celebrate",
            "reaction": "clap", "tone": "happy", "thing_does_it": False}))
    return out
