"""A story whose spine is the idea's events: a setup, every event on screen in the idea's order (as action
sentences the command engine runs, with lines built from the event), the reactions a turn earns, and a
resolution in the tone the story ends on.

    setup      everyone where they are; who they are (narration); they notice what the story is about
    inciting   the first event
    rising     the events between; an entrance (the dragon that "until" brings in comes to the apple)
    climax     the key event (the last one, or the one a turn word brings) and the others' reaction
    resolution what the ending's tone makes them do (laugh, celebrate, hug) and the last line

The shot count comes from the film's length; events share a shot when there are more events than shots, and
extra shots go to entrances and reactions, never to invented business.
"""

from __future__ import annotations

import random
from typing import TYPE_CHECKING

from autark.story.beats import WHEN
from autark.story.endings import with_room_for_events
from autark.story.event_acts import (  # noqa: F401  (RIDDEN_THINGS: read from here by story.journey_shots)
    _MAKING_UP,
    RIDDEN_THINGS,
    _actors,
    _event_actions,
    _is_ball,
    _ride_actions,
)
from autark.story.generic_staging import mourned_ending, outcome_actions, told_here
from autark.story.group_acts import who_does_it
from autark.story.lines import ENDINGS, _fill, event_lines
from autark.story.perches import perches, stays_up
from autark.story.places import said_place
from autark.story.placing import set_down_apart
from autark.story.possession import first_holders, holders
from autark.story.shot_plans import ShotPlan, _act, _Speech
from autark.story.spine_words import _enough_lines, _lines, _resolution, _told, _values
from autark.story.verbs import sentence

if TYPE_CHECKING:
    from autark.story.analysis import Concept
    from autark.story.events import Event
    from autark.story.screenplay import CastMember

__all__ = ["ShotPlan", "plan_spine"]

_TURNS = ("until", "but", "suddenly", "finally", "when")
_LOSS = {"eat", "take", "break", "burn", "lose", "steal", "spill"}
_REACT_KIND = {"surprise": "point", "conflict": "shake_head", "comedy": "laugh", "sad": "cry", "happy": "clap"}
_COLOUR_DE = {"red": "rote", "blue": "blaue", "green": "grüne", "yellow": "gelbe"}


SMALL_THING_M = 0.25  # a thing no larger than this each way reads on screen only in an insert


def is_small(asset_type: str) -> bool:
    """Whether a thing of this kind is too small to read in a shot of the cast (a key, a cookie, a ring)."""
    from autark.story.footprints import footprint

    size = footprint(asset_type)
    return size is not None and max(size) <= SMALL_THING_M


def _lost_and_found(ev: Event, actors: list[str], held: dict[str, str], lost: dict[str, str]) -> tuple[Event, bool]:
    """A thing its owner loses slips from their hands ("loses his balloon": it falls, they cry); one who brings
    it back gives it to them ("a clown brings it back"). Returns the event as staged and whether it is a return
    (which is picked up first). ``lost`` (thing -> who lost it) is filled as the story goes."""
    if not ev.patient or not ev.patient_is_thing:
        return ev, False
    if ev.verb == "lose" and held.get(ev.patient) in actors:
        lost[ev.patient] = held[ev.patient]
        return ev.model_copy(update={"kind": "put_down"}), False
    owner = lost.get(ev.patient)
    if owner and owner not in actors and ev.kind in ("serve", "give", "pick_up", "find") and not ev.recipient:
        del lost[ev.patient]
        return ev.model_copy(update={"kind": "give", "recipient": owner, "line": "give"}), True
    return ev, False


def _goal(sp: _Speech, ev: Event) -> str:
    """The thing an event is about as the goal of a walk: German dative ("geht zu dem Apfel"), never "zu den"."""
    np_ = sp.thing(ev.patient)
    return np_.dat if sp.lang == "de" else np_.nom



def _intro(concept: Concept, cast: list[CastMember]) -> str:
    from autark.story.wording import intro

    de = concept.language == "de"
    place = said_place(concept)  # the idea's own place where a set stands in ("im Waschsalon")
    when = WHEN[concept.time_of_day][de] if concept.time_given else ""
    from autark.story.crowds import CROWD_SIZE, read_crowd

    group = read_crowd(concept)  # the crowd's extras stand there from the start: counted, not left out
    from autark.story.presence import later_comers

    later = later_comers(concept)  # the robot that arrives later, the king the beggar turns out to be: not yet
    cast = [c for c in cast if c.name not in later] or cast
    return intro(concept, cast, place, when, crowd=CROWD_SIZE if group is not None and group.leaders else 0)


def plan_spine(concept: Concept, cast: list[CastMember], n_shots: int, rng: random.Random) -> list[ShotPlan]:
    """The shots of a story told along ``concept.events`` (which must not be empty)."""
    from autark.story.line_context import fit_families

    fit_families(concept)  # climbing into a boat is boarding, flying a kite no flight of one's own: their lines
    sp = _Speech(concept, cast)
    events = concept.events
    room_for_insert = n_shots > 3  # a film of three shots keeps them for the events and their lines
    from autark.story.simultaneous import together_events

    together = together_events(concept)  # "while his cat sleeps": in the same shot, never the turn
    n_shots = with_room_for_events(n_shots, len(events) - len(together - {0}))
    key_at = max((i for i, e in enumerate(events) if e.turn in _TURNS and i not in together),
                 default=max(i for i in range(len(events)) if i not in together))
    key = events[key_at]
    first_seen: dict[str, int] = {}
    for i, ev in enumerate(events):
        for a in ev.agents:
            first_seen.setdefault(a, i)
        for a in (ev.recipient, ev.partner, ev.source, "" if ev.patient_is_thing else ev.patient):
            if a and first_seen.get(a, i) >= i and i < len(events) - 1:  # "visits sick children ... finally
                first_seen[a] = min(first_seen.get(a, i), i)  # makes them laugh": there from the visit

    # setup: who and where; the first event's agents turn to what it is about
    setup = ShotPlan("setup")
    first = events[0]
    late = {a for a, i in first_seen.items() if i > 0 and i >= key_at and key.turn in _TURNS}
    starters = [a for a in _actors(first, [], cast) if a not in sp.hidden] or [
        c.name for c in cast[:1] if c.name not in sp.hidden]  # "someone" is not seen before the act
    for i, a in enumerate(starters):
        if first.patient and first.patient_is_thing:
            setup.actions.append(sentence("look", sp.lang, a=a, o=sp.slots(first)[0]))
        elif len(starters) > 1:
            setup.actions.append(_act("wave", sp, a, o=starters[(i + 1) % len(starters)],
                                      r=starters[(i + 1) % len(starters)]))
        else:
            setup.actions.append(sentence("look", sp.lang, a=a))
    # what is taken from someone, or given, is theirs from the start: they hold it (the cowboy his hat, the
    # guard the key, the girl the apple she gives)
    names = {c.name for c in cast}
    held = holders(concept)  # the cowboy's hat, the girl's apple she gives, the boy's own balloon
    lost: dict[str, str] = {}  # thing -> who lost it (and gets it back)
    # one thing in the hands at the start: the one the idea's events are about first (a birthday girl holds her
    # present, not the party's cake and balloon as well: three things picked up in the opening shot)
    used = {w for e in events for w in (e.patient, e.instrument) if w}
    in_hand: set[str] = set()
    for thing, holder in sorted(held.items(), key=lambda item: item[0] not in used):
        if holder in names and holder not in in_hand:
            in_hand.add(holder)
            setup.actions.insert(0, sentence("pick_up", sp.lang, a=holder, o=sp.thing(thing).acc if sp.lang == "de"
                                             else sp.thing(thing).nom))
    for animal, perch in perches(concept, cast):  # "rescues a cat from a tree": the cat is up there to begin with
        np_ = sp.thing(perch)
        setup.actions.insert(0, sentence("sit", sp.lang, a=animal, o=np_.acc if sp.lang == "de" else np_.nom))
        setup.subject = setup.subject or animal  # seen up there from the start (after the set's wide)
    setup.narration = _intro(concept, [c for c in cast if c.name not in late and c.name not in sp.hidden])
    setup.actions += [sentence("hide", sp.lang, a=a) for a in sorted(sp.hidden)]  # crouched out of sight
    plans = [setup]

    # a story of one event: before it happens, they come to it
    slots0 = max(1, n_shots - 2)
    if key_at == 0 and slots0 > len(events):
        o, r, w = sp.slots(first)
        target = o if first.patient_is_thing else w
        if first_holders(events).get(first.patient) in starters:  # given from their hands: to whom it goes
            target = w = r
        elif held.get(first.patient) in starters:  # their own, in their hands already: nowhere to go for it
            target = w = ""
        to = w or target  # German: "geht zu dem Honig" (dative), "schaut den Honig an" (accusative)
        lead = ShotPlan("inciting", subject=starters[0] if starters else "", tone=first.tone)
        going, _onlooking = who_does_it(first, starters)  # (the rest of a group look on from where they are)
        lead.actions = [sentence("walk", sp.lang, a=a, o=target, w=to) if a in going else sentence(
            "look", sp.lang, a=a, o=target) for a in starters if target and first.kind not in _FROM_AFAR] or [
            sentence("look", sp.lang, a=a, o=target) for a in starters]
        if first.kind == "ride" and starters:  # the rider stands at the mount's flank (story.mounts): up and
            lead.actions = _ride_actions(first, sp, starters)  # away at once, the ride's shot goes on from there
        lead.narration = _weather_line(concept)
        plans.append(lead)
        n_shots -= 1

    # the events, grouped when the shots are fewer
    slots = max(1, n_shots - 2)
    from autark.story.uncast import consumed

    shown_by_change = consumed(concept)  # "dann fällt der Strom aus": the lights going out is that event
    units: list[list[int]] = []  # events that happen at once share a unit (and so a shot)
    for i in range(len(events)):
        if i in together and units:
            units[-1].append(i)
        else:
            units.append([i])
    extra = max(0, slots - len(units))
    groups: list[list[int]] = [[] for _ in range(min(slots, len(units)))]
    for u, unit in enumerate(units):
        groups[min(len(groups) - 1, u * len(groups) // len(units))] += unit
    last: list[str] = []
    seen_hidden: set[str] = set(sp.hidden)  # crouched out of sight since the opening shot
    inserted = False  # one insert of a small thing per film
    told_shots: set[str] = set()  # narrations that are the idea's own clauses (two may share a shot)
    for g, members in enumerate(groups):
        is_key = key_at in members
        for i in members:
            ev = events[i]
            if ev.verb in _MAKING_UP and any(e.kind in ("argue", "fight") for e in events[:i]):
                ev = ev.model_copy(update={"line": "make_up"})  # after a quarrel: sorry, not "who are you?"
            if i in shown_by_change:  # the lights go out (story.world_changes): they look about, startled
                ev = ev.model_copy(update={"kind": "look", "then": "", "line": "startle", "tone": "surprise",
                                           "reaction": "point", "verb": "startle"})
            if ev.crowd:  # "and everyone runs away": the extras do it (story.crowds); the one it is about watches
                ev = ev.model_copy(update={"kind": "look", "then": "", "line": ""})
            actors = _actors(ev, last, cast)
            ev, returned = _lost_and_found(ev, actors, held, lost)
            entering = [a for a in actors if a in late]
            there = [c.name for c in cast if c.name not in late]
            if entering and extra > 0:  # the one the turn brings comes in on its own shot
                target = _goal(sp, ev) if ev.patient_is_thing and ev.patient else (there[0] if there else "")
                enter = ShotPlan("rising", subject=entering[0], tone="surprise")
                enter.actions = [sentence("walk", sp.lang, a=a, o=target, w=target) for a in entering]
                watchers = [c.name for c in cast if c.name not in actors]
                enter.actions += [sentence("look", sp.lang, a=w, o=entering[0]) for w in watchers[:2]]
                plans.append(enter)
                extra -= 1
                late.difference_update(entering)
            kind = "climax" if is_key else ("inciting" if g == 0 else "rising")
            if ev.outcome:  # attempted, not achieved: nothing follows it (no celebration after a failed repair)
                ev = ev.model_copy(update={"then": ""})
            if not inserted and room_for_insert and ev.patient_is_thing and is_small(ev.patient) and not ev.outcome:
                # a key, a cookie, a letter is a few pixels in a shot of the cast: an insert shows it first
                inserted, extra = True, max(0, extra - 1)
                plans.append(ShotPlan("rising", subject=ev.patient, tone=ev.tone, size="close-up",
                                      actions=[sentence("look", sp.lang, a=a, o=sp.slots(ev)[0]) for a in actors
                                               if a not in sp.hidden]))
            if plans[-1].kind == kind and plans[-1] is not setup and i != members[0]:
                shot = plans[-1]
            else:
                shot = ShotPlan(kind, subject=actors[0] if actors else "", tone=ev.tone)
                plans.append(shot)
            if entering and late & set(entering):
                target = _goal(sp, ev) if ev.patient_is_thing and ev.patient else (there[0] if there else "")
                shot.actions += [sentence("walk", sp.lang, a=a, o=target, w=target) for a in entering]
                late.difference_update(entering)
            if returned:  # "a clown brings it back": it is picked up where it fell, then handed over
                shot.actions.append(sentence("pick_up", sp.lang, a=actors[0], o=sp.slots(ev)[0]))
            sneaking = [a for a in actors if a in sp.hidden and a not in seen_hidden]
            shot.actions += [sentence("hide", sp.lang, a=a) for a in sneaking]  # "someone": unseen at first
            seen_hidden.update(sneaking)
            hands, onlooking = who_does_it(ev, actors)  # six pick up one cat: two do, four look on
            acts = outcome_actions(ev, sp, hands, _event_actions(ev, sp, hands))  # failed: tried, not done
            acts += [sentence("look", sp.lang, a=a, o=sp.slots(ev)[0] if ev.patient_is_thing else ev.patient)
                     for a in onlooking]
            if kept := set_down_apart(ev, acts):  # carried there, then set down on its own shot
                acts = [a for a in acts if a not in kept]
                plans.append(ShotPlan("rising", subject=actors[0], tone=ev.tone, events=[i], actions=kept))
                extra = max(0, extra - 1)  # (the carrying shot is plans[-2]: its lines and narration go to ``shot``)
            shot.actions += acts
            shot.events.append(i)
            shot.dialogue += _lines(ev, sp, actors, rng)
            if is_key and i == key_at and extra == 0 and actors:  # no shot of its own for the reaction: here
                onlookers = [c.name for c in cast if c.name not in actors and c.name not in sp.hidden
                             and c.name not in (ev.recipient, ev.patient)  # the one brought there goes along
                             and first_seen.get(c.name, -1) <= i]  # who comes home later does not watch it yet
                shot.actions += [_act(_react(ev), sp, a=w, o=actors[0] if actors
                                          else "") for w in onlookers[:2]]
            if not shot.narration and ev.agents and not any(a in sp.voiced for a in actors):  # a dragon eats:
                shot.narration = _told(ev, sp, actors)  # the narrator says it, the others cry out
            elif (ev.thing_does_it or ev.subject) and not ev.agents and not shot.narration and \
                    i not in shown_by_change:  # a change of the world is told by its own line
                shot.narration = _told(ev, sp, [])  # "the volcano erupts": nobody does it, the narrator says it
            if said := told_here(ev):  # generic staging or an outcome: the idea's own clause is heard
                both = f"{shot.narration} {said}" if shot.narration in told_shots and not said.startswith(
                    shot.narration[:-1]) else ""
                shot.narration = both if both and len(both.split()) <= _MOST_TOLD_WORDS else said
                told_shots.add(shot.narration)
            if ev.repeat and extra > 0:  # "keeps stealing cakes": it happens again
                again = ShotPlan("rising", subject=actors[0] if actors else "", tone=ev.tone, events=[i])
                again.actions = _event_actions(ev, sp, actors)
                again.dialogue = _lines(ev, sp, actors, rng)
                plans.append(again)
                extra -= 1
            if ev.kind in ("argue", "fight") and extra > 0 and not is_key and actors:  # a quarrel builds
                more = ShotPlan("rising", subject=actors[-1], tone=ev.tone)
                more.actions = list(reversed(_event_actions(ev, sp, actors)))
                more.dialogue = _lines(ev, sp, list(reversed(actors)), rng)
                plans.append(more)
                extra -= 1
            last = actors
    # the others react to the key event
    watchers = [c.name for c in cast if c.name not in _actors(key, last, cast) and c.name not in sp.hidden]
    if watchers and extra > 0 and _actors(key, last, cast):
        react = ShotPlan("climax", subject=watchers[0], tone=key.tone)
        kind = _react(key)
        react.actions = [_act(kind, sp, a=w, o=_actors(key, last, cast)[0], w=_actors(key, last, cast)[0])
                         for w in watchers[:3]]
        said = event_lines(key.line, sp.lang, "watch", _values(sp, key, watchers[0], ""), rng) if key.line else None
        if said and watchers[0] in sp.voiced:
            react.dialogue.append((watchers[0], said))
        plans.append(react)
    # shots left over: the longest-running event goes on (they search on, the dance goes on)
    going_on = [e for e in events if e.kind in _GOING_ON or e.then in _GOING_ON]
    # an act goes on before a look does: the builders build on, not stare at the bridge that is to fall
    going_on = [e for e in going_on if e.kind != "look" or e.then not in ("", "look")] or going_on
    while extra > 0 and going_on:
        ev = going_on[(extra - 1) % len(going_on)]
        actors = _actors(ev, last, cast)
        if ev.kind == "play" and _is_ball(ev) and extra % 2:  # the ball goes back and forth
            actors = actors[::-1]
        more = ShotPlan("rising", subject=actors[-1] if actors else "", tone=ev.tone)
        # the act itself goes on where it is one (they hammer on); a look or a walk goes on as what follows it
        kind = ev.kind if ev.kind in _GOING_ON - {"look", "walk"} else ev.then if ev.then in _GOING_ON else ev.kind
        o, _r, w = sp.slots(ev)
        if kind == ev.kind and kind not in ("walk", "run"):
            more.actions = outcome_actions(ev, sp, actors, _event_actions(ev.model_copy(update={"then": ""}), sp,
                                                                          actors))
        else:
            more.actions = [_act(kind, sp, a, o=o if kind not in ("walk", "run") else "", w=w, lead=actors[0])
                            for a in actors]
        more.narration = _weather_line(concept) if not any(a in sp.voiced for a in actors) else ""
        at = next((k for k, p in enumerate(plans) if p.kind == "climax"), len(plans))
        if ev.kind == "ride":  # a ride goes on straight after its shot, in the saddle still (motion.riding)
            at = min(at, max((k + 1 for k, p in enumerate(plans) if events.index(ev) in p.events), default=at))
        plans.insert(at, more)
        extra -= 1
    from autark.story.endings import ending_key, mourn_loss

    told_key, mourners, rueful = ending_key(key, events, concept.idea)  # a loss at the end: sad (story.endings)
    end = mourned_ending(_resolution(concept, cast, sp, events, told_key, rng), events, sp.lang, told_key)
    plans.append(mourn_loss(end, [m for m in mourners if m in names and m not in sp.hidden], sp.lang, rueful))
    if mourners and not rueful and end.dialogue:  # "Look: the sandcastle is shining!" was its washing's end line
        speaker, other = end.dialogue[0][0], next((c.name for c in cast if c.name != end.dialogue[0][0]), "")
        grieved = _fill(ENDINGS[sp.lang]["sad"], _values(sp, told_key, speaker, other), rng)  # not a role's joy
        end.dialogue = [(speaker, grieved)] if grieved else []
    _enough_lines(plans, sp, events, random.Random(concept.idea))  # a line every few seconds
    from autark.story.exchanges import fuller_track

    talk_rng = random.Random(f"{concept.idea} exchanges")
    said, planned, wreck_at = fuller_track(plans, sp, events, talk_rng)  # they talk with each other
    from autark.story.exchanges import MOST_LINES
    from autark.story.talk_on import talk_on

    talk_on(plans, sp, events, talk_rng, said, planned, MOST_LINES, wreck_at)  # where a shot has time, more of it
    from autark.story.solo_lines import lone_track

    lone_track(plans, sp, events, random.Random(f"{concept.idea} alone"), MOST_LINES)  # one alone talks to themself
    from autark.story.talk_on import drop_echoes

    # no line twice in other words ("Thank you" by one who thanked, a line inside a longer one)
    drop_echoes(plans, [n for c in cast for n in (c.name, sp.address(c.name))])
    for animal, _perch in perches(concept, cast):  # up there it stays until it is taken down
        for k, p in enumerate(plans):
            p.actions = stays_up(animal, p.actions, keep_first_sit=k == 0)
    from autark.story.sleepers import keep_asleep

    keep_asleep(concept, plans, sentence("sleep", sp.lang, a="{}"))  # "from a sleeping cat": asleep till it acts
    from autark.story.narrator import whole_narration

    whole_narration(plans, sp, events)  # whole sentences only: a fragment is rebuilt from its event or not said
    return plans


_MOST_TOLD_WORDS = 22  # two of the idea's clauses told over one shot, at most this long together
_GOING_ON = {"walk", "look", "chase", "dance", "play", "argue", "fight", "cook", "swim", "fly", "run", "slide",
             "fish", "hammer", "ride", "write", "read", "sing", "push", "climb", "drive", "eat", "drink"}
_FROM_AFAR = frozenset({"chase", "throw", "magic", "flee", "slide", "fish"})  # acts that start at a distance, not after a walk up
# the weather and the hour, told where this story is ("It keeps raining in the kitchen.")
_WEATHER_LINE = {"rain": ("It keeps raining {place}.", "{place_cap} regnet es immer weiter."),
                 "snow": ("The snow keeps falling {place}.", "{place_cap} schneit es immer weiter."),
                 "fog": ("The fog grows thicker {place}.", "{place_cap} wird der Nebel dichter.")}
_TIME_LINE = {"night": ("The night is dark {place}.", "{place_cap} ist die Nacht dunkel."),
              "dusk": ("It is getting dark {place}.", "{place_cap} wird es dunkel."),
              "sunset": ("The sun sets {place}.", "{place_cap} geht die Sonne unter.")}


def _weather_line(concept: Concept) -> str:
    de = concept.language == "de"
    place = said_place(concept)
    line = _WEATHER_LINE.get(concept.weather) or _TIME_LINE.get(concept.time_of_day)
    if line is None:
        return ""
    if not place:  # a set without a phrase for it: "here"
        return line[de].format(place="here", place_cap="Hier")
    return line[de].format(place=place, place_cap=place[:1].upper() + place[1:])


def _react(ev: Event) -> str:
    """What onlookers do when an event happens: a loss is head-shaking, else by its tone; an attempt that
    fails is watched (the rabbit the dog never catches does not weep for it)."""
    if ev.outcome:
        return "look"
    if ev.reaction in ("flee", "point", "shake_head", "clap", "laugh", "cry"):  # the verb says (a scare: they flee)
        return ev.reaction
    return "shake_head" if ev.verb in _LOSS else _REACT_KIND.get(ev.tone, "look")








