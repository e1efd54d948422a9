"""The effects an idea's events ask for (``autark.story.effects``), found for the shots that stage them: a
transform event ("turns his cat into a frog") swaps the two in the shot of the spell, a grow event grows its
thing, a spell or wish makes the one it is for glow; and who is cast in which scene once a thing has changed.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from autark.story.destinations import landing_effect
from autark.story.disguises import is_disguise
from autark.story.effects import CHANGE_OF_VERB, GIANT_SCALE, Effect, absent_in_scenes
from autark.story.falls_on import fallen_onto
from autark.story.forces import force_effect
from autark.story.hanging import hung_up
from autark.story.showing import shown_effect
from autark.story.thing_acts import breaks_when_falling, own_act_effect
from autark.story.worn import worn_effect

if TYPE_CHECKING:
    from autark.story.concept import Concept
    from autark.story.events import Event
    from autark.story.spine import ShotPlan

__all__ = ["effects_of_events", "absent_in_scenes"]


_NOT_AN_EVENT_SHOT = ("setup", "resolution")


# when in its shot a change starts and how long it takes: a melt is slow enough to watch, a break is a moment
_CHANGE_TIMES = {"melt": (0.5, 4.0), "burn": (0.4, 3.0), "break": (0.6, 0.3), "erupt": (0.3, 3.5),
                 "explode": (0.6, 0.4), "freeze": (0.4, 2.0), "light": (0.8, 0.6), "extinguish": (1.2, 2.2)}
# with no thing named, who changes is its subject ("the witch melts", "der See friert zu"); a chef who burns, or
# a boy who breaks, breaks something the idea did not name: nothing to draw
_SELF_CHANGES = frozenset({"melt", "freeze", "erupt", "explode"})

_GIANT_WORDS = frozenset({"giant", "huge", "enormous", "gigantic", "massive", "towering", "riesig", "riesige",
                          "riesigen", "riesiger", "riesiges", "gewaltig", "gewaltige", "gewaltigen", "haushoch"})


# a lost thing that goes up on its own; light things the wind takes when the idea has wind in it (asset types)
_RISES = frozenset({"balloon", "kite", "lantern"})
_WIND_TAKES = _RISES | {"hat", "feather", "umbrella", "letter", "newspaper", "scarf", "map"}
_WIND_WORDS = frozenset({"wind", "windy", "blows", "blow", "blew", "blown", "gust", "storm", "breeze", "windig",
                         "weht", "wehte", "bläst", "blies", "böe", "sturm", "brise", "davon"})
_WATER_WORDS = frozenset({"lake", "river", "sea", "water", "pond", "ocean", "well", "see", "fluss", "meer",
                          "wasser", "teich", "brunnen", "ozean", "bach"})
# the words that send a thing flying off ("flies away", "fliegt davon", "into the sky"); a boat that floats on the
# lake stays
_OFF = frozenset({"away", "off", "up", "sky", "air", "davon", "weg", "fort", "himmel", "luft", "hoch", "empor"})
# the verbs by which a thing the wind can take leaves its holder (the wind "carries it off": a take, a rescue)
_GONE_VERBS = frozenset({"lose", "fly", "drop", "take", "steal", "rescue", "carry", "blow", "throw"})


def _moving_effect(ev: Event, words: set[str]) -> Effect | None:
    """A lost balloon floats away, the wind takes a hat, a ring dropped into the lake sinks (None: it does not
    go anywhere by itself)."""
    if not ev.patient or not ev.patient_is_thing or ev.verb not in _GONE_VERBS:
        return None
    if ev.verb in ("drop", "lose") and words & _WATER_WORDS:
        return Effect(kind="sink", target=ev.patient, at_s=0.8, duration_s=3.0)
    # "loses his balloon", "the kite flies away" (not "flies his kite"), "the wind blows his hat away"
    if (ev.patient in _RISES and ev.verb == "lose" or ev.verb == "fly" and not ev.agents and words & _OFF  # the rocket
            or ev.patient in _WIND_TAKES and words & _WIND_WORDS or ev.verb == "blow"):  # blown away: gone
        return Effect(kind="float_away", target=ev.patient, at_s=0.8, duration_s=4.0)
    return None


def _effect_of(ev: Event, giant: bool = False, words: frozenset[str] = frozenset()) -> Effect | None:
    worn = worn_effect(ev) or shown_effect(ev)  # a hat put on lands on its wearer (story.worn), a film lights its screen
    if worn is not None:
        return worn
    forced = force_effect(ev)  # a wave, the wind, an avalanche acting on a thing (story.forces)
    if forced is not None:
        return forced
    moving = _moving_effect(ev, set(words))
    if moving is not None:
        return moving
    if ev.outcome == "failed":  # "but he does not turn into a prince": tried, and nothing changes
        return None
    if ev.verb == "come_alive" and ev.result and ev.patient:  # the snowman's prop becomes its body (story.alive)
        return Effect(kind="transform", target=ev.patient, into=ev.result, at_s=0.6)
    if ev.verb == "transform":
        changed = ev.patient or (ev.agents[0] if ev.agents else "")
        if not changed or not ev.result or changed == ev.result:
            return None
        return Effect(kind="transform", target=changed, into=ev.result, at_s=0.6)
    if ev.verb == "grow":
        if ev.result:  # it grows into the result: the result, from a tenth of its size to its own
            return Effect(kind="grow", target=ev.result, at_s=0.3, duration_s=3.0,
                          scale=GIANT_SCALE if giant else 1.0, start_scale=0.1)
        # what grows is the thing named with it ("the flower grows"); a grow with no thing is the agent's only
        # when the agent is its own subject, not one a relative clause borrowed ("plants a seed that grows")
        grown = ev.patient or (ev.agents[0] if ev.agents and not ev.borrowed else "")
        return Effect(kind="grow", target=grown, at_s=0.3, duration_s=3.0) if grown else None
    own = own_act_effect(ev)  # a printer sings, a fridge tips off the van: the thing does it (story.thing_acts)
    if own is not None:
        return own
    if ev.verb == "fall":  # "the old tree falls", "the vase falls off the shelf": it breaks apart (story.thing_acts)
        if not (ev.thing_does_it and ev.patient and ev.patient_is_thing and breaks_when_falling(ev.patient)):
            return None
        at_s, duration_s = _CHANGE_TIMES["break"]
        return Effect(kind="break", target=ev.patient, at_s=at_s, duration_s=duration_s)
    if ev.verb in CHANGE_OF_VERB:  # the story verb is the change: "the snowman melts", "burns the soup"
        kind = CHANGE_OF_VERB[ev.verb]
        changed = ev.patient or (ev.agents[0] if ev.agents and ev.verb in _SELF_CHANGES and not ev.borrowed else "")
        if not changed or ev.verb == "collapse" and (not ev.patient_is_thing or ev.agents and not ev.thing_does_it):
            return None  # one who collapses falls ("the old man collapses in the heat": the heat is no thing of his)
        at_s, duration_s = _CHANGE_TIMES[kind]
        return Effect(kind=kind, target=changed, at_s=at_s, duration_s=duration_s)  # type: ignore[arg-type]
    if ev.kind == "magic":  # a spell or a wish: the one it is for glows (nobody named: the one who casts it)
        target = ev.patient or ev.recipient or (ev.agents[0] if ev.agents else "")
        return Effect(kind="glow", target=target, at_s=0.4, duration_s=2.0) if target else None
    return None


def _after_the_change(actions: list[str], gone: str, made: str) -> list[str]:
    """The acts with ``gone`` named as ``made`` (left out where there is no ``made``, or where ``made`` would
    then act on itself)."""
    word = re.compile(rf"(?<![\w]){re.escape(gone)}(?![\w])")
    out: list[str] = []
    for a in actions:
        if word.search(a):
            if not made or a.startswith(f"{made} "):
                continue
            a = word.sub(made, a)
        if a not in out:
            out.append(a)
    return out


def _plan_of(ev: Event, target: str, plans: list[ShotPlan], cursor: int, lang: str, at: int = -1) -> int | None:
    """The shot that stages ``ev`` (the ``at``-th event of the idea): the one the spine staged it in; else the
    first event shot from ``cursor`` where one of its agents does the event's own act (``sentence`` of its kind:
    "Boy enchants ..."); else one where an agent acts on ``target``; else one that names ``target``; else the
    first event shot."""
    from autark.story.verbs import sentence

    shots = [i for i in range(cursor, len(plans)) if plans[i].kind not in _NOT_AN_EVENT_SHOT]
    staged = next((i for i in shots if at in plans[i].events), None) if at >= 0 else None
    if staged is not None and (ev.verb != "transform" or not ev.agents or is_disguise(ev)):  # a spell is cast in
        return staged  # its own shot; a disguise is put on where it is staged (story.disguises)
    lowered = target.lower()
    acts = {" ".join(sentence(ev.kind, lang, a=g, o="X", r="X", w="X").split()[:2]) + " " for g in ev.agents}
    hit = next((i for i in shots if any(a.startswith(p) for p in acts for a in plans[i].actions)), None)
    if hit is not None:
        return hit
    for test in (lambda a: any(a.startswith(f"{g} ") for g in ev.agents) and lowered in a.lower(),
                 lambda a: lowered in a.lower()):  # a lead-in ("walks to the pumpkin") is no act on it
        hit = next((i for i in shots if plans[i].kind != "inciting" and any(test(a) for a in plans[i].actions)), None)
        if hit is not None:
            return hit
    return next((i for i in shots if plans[i].kind != "inciting"), shots[0] if shots else None)


def effects_of_events(events: list[Event], plans: list[ShotPlan], lang: str = "en",
                      idea: str = "", concept: Concept | None = None) -> dict[int, list[Effect]]:
    """The effects the idea's events ask for, by the index of the shot plan that stages each; the plans are
    changed so a transformation reads: what is made does nothing before it appears, and after it, it takes the
    place (as the shot's subject) of what it was made from, which does nothing more. With the ``concept``, the
    changes the idea tells in other forms than an event's verb are drawn too (``story.told_changes``)."""
    out: dict[int, list[Effect]] = {}
    cursor = 1
    for at, ev in enumerate(events):
        words = frozenset(w.strip(".,!?;:'\"") for w in idea.lower().split())
        fx = _effect_of(ev, giant=bool(_GIANT_WORDS & words), words=words)  # "into a giant tree"
        # where a thing sent or carried off ends up: on the mayor, in the pond (story.destinations)
        fx = landing_effect(fx, ev, idea, *((concept.characters, concept.objects) if concept is not None else ([], [])))
        fx = fallen_onto(fx, ev, concept)  # "an apple falls on the farmer's head": on him (story.falls_on)
        fx = hung_up(fx, ev)  # "hangs the picture on the wall": up on the room's wall (story.hanging)
        if fx is None or any((e.kind, e.target) == (fx.kind, fx.target) for es in out.values() for e in es):
            continue  # "falls off the shelf and breaks": one break
        i = _plan_of(ev, fx.target, plans, cursor, lang, at)
        if i is None:
            continue
        # a spell undone swaps the two back ("breaks the spell": the frog is the prince again): what came before
        # the first swap stays as it was
        back = fx.kind == "transform" and any(e.kind == "transform" and (e.target, e.into) == (fx.into, fx.target)
                                              for es in out.values() for e in es)
        out.setdefault(i, []).append(fx)
        cursor = i
        if fx.kind in ("land", "aloft", "wear"):  # the shot shows who it lands on, flies it or wears it
            if concept is not None and any(c.name == fx.into for c in concept.characters):
                plans[i].subject = fx.into
            plans[i].size = "wide" if fx.kind == "aloft" else plans[i].size  # the kite high over them in frame
        elif fx.kind in ("roll", "roam", "tumble"):  # it goes off (metres, or down to the ground): a wide shot
            plans[i].subject = fx.target  # keeps it, and who watches, in frame; a tumble at least a medium one
            plans[i].size = "wide" if fx.kind != "tumble" or plans[i].size == "wide" else "medium"
        elif fx.kind != "light":  # the shot shows the one it happens to (where the new one appears); a lamp lit
            plans[i].subject = fx.target  # is seen with whoever lights it, not as a lampshade filling the frame
        if fx.kind != "transform":
            continue
        for k, p in enumerate(plans):
            if back and k <= i:
                continue
            gone, made = (fx.target, fx.into) if k > i else (fx.into, "")
            p.actions = [a for a in p.actions if not a.startswith(f"{gone} ")]
            if k != i:  # the others point at the owl the ghost has become, and at no owl before it is there
                p.actions = _after_the_change(p.actions, gone, made)
                # and who is gone speaks no more (the king speaks the beggar's lines after), nor before it comes
                p.dialogue = [(made if who == gone else who, t) for who, t in p.dialogue if made or who != gone]
            if k > i and p.subject == fx.target:
                p.subject = made
            elif k <= i and p.subject == fx.into:
                p.subject = ""
    if concept is not None:  # the changes told as a participle, a noun, the passive, "until it sinks"
        from autark.story.perils import stage_perils
        from autark.story.told_changes import told_effects

        stage_perils(concept, plans)  # the endangered start inside the sinking boat, the burning house
        from autark.story.secrecy import stage_secrecy

        stage_secrecy(concept, plans)  # done in secret: the watcher turned away or asleep, the doer sneaking
        out = told_effects(concept, plans, out)
        from autark.story.recolouring import recolour_effects

        out = recolour_effects(concept, plans, out)  # painted blue, dyed pink, the leaves turning red
        from autark.story.switched_lights import stage_switching

        stage_switching(concept, plans, out)  # the hands at the lamp lit or switched off, not a point at it
        from autark.story.mishaps import stage_mishaps

        stage_mishaps(concept, plans, out)  # "breaks the vase by mistake": "Oh no... the vase!" after
        from autark.story.made_for import stage_made_for

        stage_made_for(concept, plans, out)  # "sews a coat for a fox": the fox wears it after
        from autark.story.emitting import emission_effects

        emission_effects(concept, plans, out)  # fire breathed, smoke puffed, a phone's ring: the stuff comes out
        from autark.story.pictures import picture_effects

        picture_effects(concept, plans, out)  # "paints a picture of a rose": the rose on the canvas
    return out
