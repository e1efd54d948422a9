"""Events staged without their own act, and events that fail: what the body does and what the narrator says.

A verb no table can stage ("melkt", "sharpens", "bügelt") or one whose table act would misname it (knitting is
no writing, polishing no cooking) is still on screen, in the idea's order: the doer goes to what it is done to and
works on it (kneels by it, hands at it), or turns to the one it is done with; the narrator says the idea's own
clause (``Event.told``), so the viewer hears what happens. It is never replaced by a mood filler.

Where no hand act names it, the verb's WordNet class stages it (``story.class_staging``): a verb of motion goes
to the thing, one of possession takes it up, one of consumption eats it, one of contest contests it, and so on; a
verb of the hands, of making or of change works on the thing. A loose story verb whose act would misname the deed
(a look, a talk, a point or a wave for "pflügt", "joins a chess club") is staged by its class too.

An everyday act of the hands (``story.hand_acts``: polishing, sewing, wrapping, cutting, watering) is staged with
the idea's own verb ("Girl polishes the golden clock", "Kind packt das Geschenk aus"): production reads the verb's
motion and its result from the same table (``jobs.hand_work``), so the hands work at the thing for the act's time
and the thing shows what was done to it. It takes the place of a story verb that would misname it
(``_MISNAMING``: cutting a cake staged as cooking it, watering flowers as spilling them, measuring as watching).

An event that fails (``Event.outcome``, story.outcomes) is attempted and does not succeed: nothing is taken,
caught or found, the doer shakes their head; "almost" ends with the quarry getting away; "too late" arrives and
finds it over. The ending then mourns instead of celebrating.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from autark.story.class_staging import clause_particle
from autark.story.hand_acts import HandAct, hand_act
from autark.story.outcomes import ALMOST, FAILED, LATE
from autark.story.verbs import sentence

if TYPE_CHECKING:
    from autark.story.events import Event
    from autark.story.shot_plans import ShotPlan, _Speech

__all__ = ["is_generic", "generic_actions", "works_on", "hand_act_of", "outcome_actions", "told_here", "mourned_ending"]

# story verbs whose own act would misname the idea's verb: any verb nobody knows, the crafts (staged as writing)
# and cleaning (staged as cooking)
GENERIC_VERBS = frozenset({"stand_in", "craft", "clean"})
# story verbs whose own act misnames a hand act read from the same word ("schneidet" is cook's, "gießt" spill's,
# "misst" watch's, "verbindet" help's, "flickt" repair's hammer, "hangs up" put_down's set on the floor): the
# hand act stages it instead. The others
# (a knock at the door, a feeding given) keep their own act.
_MISNAMING = GENERIC_VERBS | {"garden", "open", "cook", "spill", "pour", "watch", "help", "walk", "repair",
                              "put_down"}
# acts that complete something: a failed one is reached for and not done
_COMPLETING = frozenset({"pick_up", "take", "catch", "give", "serve", "eat", "drink", "hug", "kiss", "throw",
                         "put_down", "fish", "magic", "pour", "ride", "climb", "jump", "land"})
# an ending's acts of joy, which a failed story does not end on
_JOY = frozenset({"celebrate", "laugh", "dance", "clap", "jump", "hug", "kiss", "wave", "sing", "play"})
_JOY_WORDS = {"en": ("celebrates", "laughs", "dances", "claps", "jumps", "hugs", "kisses", "waves", "sings",
                     "plays"),
              "de": ("feiert", "lacht", "tanzt", "klatscht", "springt", "umarmt", "küsst", "winkt", "singt",
                     "spielt")}


def is_generic(ev: Event, lang: str = "") -> bool:
    """Whether the event is staged by the generic act or a hand act (and told by the narrator); with the idea's
    ``lang``, also where its story verb would misname its deed (``story.class_staging.misnamed``)."""
    from autark.story.class_staging import misnamed

    return ev.verb in GENERIC_VERBS or hand_act_of(ev) is not None or bool(lang) and misnamed(ev, lang)


_particle = clause_particle  # "packt ein Geschenk aus": the particle that closes the clause


def hand_act_of(ev: Event) -> HandAct | None:
    """The hand act that stages the event: its verb's, where its story verb would misname it (``_MISNAMING``)
    and someone does it."""
    if ev.verb not in _MISNAMING or not ev.agents or ev.outcome or not ev.word:
        return None
    return hand_act(ev.word, _particle(ev))


def _np(sp: _Speech, ev: Event, case: str) -> str:
    if not ev.patient:
        return ""
    if not ev.patient_is_thing:
        return ev.patient
    np_ = sp.thing(ev.patient)
    return getattr(np_, case) if sp.lang == "de" else np_.nom


def works_on(who: str, target_dat: str, lang: str) -> str:
    """The action sentence of hands at work on a thing ("Tom works on the clock"; ``jobs.hand_work`` reads it)."""
    return f"{who} works on {target_dat}" if lang == "en" else f"{who} arbeitet an {target_dat}"


def generic_actions(ev: Event, sp: _Speech, actors: list[str]) -> list[str]:
    """The doers go to what the event is done to and work on it: with the idea's own verb where it is a hand act,
    else by its verb's class (``story.class_staging``: gone to, taken, eaten, talked over, looked at, contested,
    felt, posed), else "works on" it (both read by ``jobs.hand_work``); with a person and no thing, they kneel by
    them or turn to them; with neither, they work where they stand (kneeling: hands busy low)."""
    from autark.story.class_staging import class_actions, third_person
    from autark.story.uncast import liftable

    lang = sp.lang
    out: list[str] = []
    target_dat = _np(sp, ev, "dat")
    partner = ev.recipient or ev.partner
    by_hand = hand_act_of(ev)
    by_class = class_actions(ev, lang, actors, (_np(sp, ev, "acc"), target_dat), works_on(
        actors[0], target_dat, lang) if actors and target_dat and ev.patient_is_thing else "", bool(
        ev.patient) and liftable(ev.patient, ev.patient_is_thing, sp.cast)) if by_hand is None and actors else None
    if by_class:
        return by_class
    for a in actors[:4]:
        if by_hand is not None:  # the idea's own verb, read by production's hand work (jobs.hand_work)
            particle = _particle(ev) if lang == "de" else ""
            said = ev.word.lower() if lang == "de" else third_person(ev.word)  # "keeps polishing": polishes
            out.append(" ".join(w for w in (a, said, _np(sp, ev, "acc"), particle) if w))
        elif ev.patient and ev.patient_is_thing:  # hands at work on it (jobs.hand_work reads "works on")
            out.append(works_on(a, target_dat, lang))
        elif ev.patient:
            out.append(sentence("kneel", lang, a=a, o=target_dat, w=target_dat))
        elif partner:
            out.append(sentence("talk", lang, a=a, o=partner, w=partner))
        elif ev.word in ev.told and ev.told.rstrip(".").split(ev.word, 1)[1].split():  # "bügelt Hemden": a thing
            # nobody has
            out.append(sentence("kneel", lang, a=a))
        else:  # "die Katze schaut zu": there, attentive
            out.append(sentence("look", lang, a=a))
    return out


def outcome_actions(ev: Event, sp: _Speech, actors: list[str], acts: list[str]) -> list[str]:
    """The event's actions as the idea says it ends: attempted and not done, nearly done, or done too late."""
    if not ev.outcome or not actors:
        return acts
    from autark.story.attempt_staging import begun_acts

    if (begun := begun_acts(ev, sp, actors, acts)) is not None:  # "tries to jump but falls": jumps, falls
        return begun
    lang = sp.lang
    look_at = _np(sp, ev, "acc")
    if ev.outcome == FAILED and not ev.agents:  # "nobody comes", "doch keiner kommt": they wait, in vain
        return [*(sentence("look", lang, a=a) for a in actors[:3]), sentence("shake_head", lang, a=actors[0])]
    if ev.outcome in (FAILED, ALMOST) and ev.kind in _COMPLETING:
        # reached for, not had: they go to it and look at it; a creature it was gets away
        acts = [sentence("walk", lang, a=a, o=_np(sp, ev, "dat"), w=_np(sp, ev, "dat")) if ev.patient else
                sentence("look", lang, a=a) for a in actors[:2]]
        if ev.patient and not ev.patient_is_thing:
            acts.append(sentence("flee", lang, a=ev.patient, o=actors[0], w=actors[0]))
    elif ev.outcome == FAILED and ev.verb in ("find", "search"):
        acts = [sentence("look", lang, a=a) for a in actors[:2]]  # they look and look; nothing is picked up
    acts = [a for a in acts if not a.startswith(tuple(f"{x} " for x in actors)) or not _picks_up(a, lang)]
    if ev.outcome == LATE:
        acts = acts + [sentence("look", lang, a=actors[0], o=look_at)] if look_at else acts
    acts.append(sentence("shake_head", lang, a=actors[0]))
    return acts


def _picks_up(action: str, lang: str) -> bool:
    return (" picks up " in action or " takes " in action) if lang == "en" else (" hebt " in action or " nimmt "
                                                                                   in action)


def told_here(ev: Event) -> str:
    """What the narrator says over the event's shot: the idea's clause where the staging is generic (not a hand
    act seen with its result: planted, cut, wrapped) or how it ends matters, else nothing (the event's own lines
    and narration stand)."""
    from autark.story.disguises import is_disguise
    from autark.story.reveals import is_reveal

    shown = hand_act_of(ev)  # a hand act that leaves its result on the thing is seen done: no narrator over it
    told = is_generic(ev) and (shown is None or not shown.result)
    if ev.told and (told or ev.outcome or ev.guessed or is_reveal(ev) or is_disguise(ev)):  # "but it was
        # only a dog", "dresses up as a pirate": the change is seen, the narrator says what it is
        return ev.told
    if ev.told and ev.clause in ("relative", "relative_past"):  # "Fisch, der ihm drei Wünsche erfüllt": a sentence
        return ev.told  # of its own (story.subordinate_told), where the verb-first wording leaves a bare verb
    return ""


def mourned_ending(end: ShotPlan, events: list[Event], lang: str, key: Event | None = None) -> ShotPlan:
    """The resolution of a story whose key act failed (or came too late), or that turns on a loss ("doch er
    verliert sein Schwert"): no one celebrates; whoever failed sits with it (shakes their head, cries), the
    others look at them."""
    failed = [e for e in events if e.outcome in (FAILED, LATE, ALMOST)]
    if not failed and key is not None and key.tone == "sad" and key.turn in ("but", "until", "suddenly", "when"):
        failed = [key.model_copy(update={"outcome": ALMOST})]  # a loss at the turn: sober, not mourned
    if not failed:
        return end
    nearly = all(e.outcome == ALMOST for e in failed)  # so close: a shake of the head, no tears
    losers = [a for e in failed for a in e.agents] or [a for e in events for a in e.agents]
    joy = tuple(f" {w}" for w in _JOY_WORDS[lang])
    kept: list[str] = []
    mourners: list[str] = []
    for action in end.actions:
        who = action.split(" ", 1)[0]
        if any(f" {w}" in f" {action} " for w in (*_JOY_WORDS[lang],)) or any(j in action for j in joy):
            if who in losers or not losers:
                kept.append(sentence("cry" if not mourners and not nearly else "shake_head", lang, a=who))
            elif losers:
                kept.append(sentence("look", lang, a=who, o=losers[0]))
            mourners.append(who)
        else:
            kept.append(action)
    if not kept and losers:
        kept = [sentence("cry", lang, a=losers[0])]
    end.actions = list(dict.fromkeys(kept))
    end.tone = end.tone if nearly else "sad"
    return end
