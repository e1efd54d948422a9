"""The consequence of each event staged where the screenplay leaves it to the narrator: in the event's shot,
something must happen to the thing the event is about (``story.consequences``), not only to its doer. Where
nothing in that shot does it (no effect on the thing that brings it, no act of the doer that moves it), one
generic stage of the consequence is added, whatever the verb:

- ``shape``: the thing changes as its verb says (WordNet's nearest: melts, burns, bursts: ``explode``; any other
  breaking, crumbling, collapsing, splitting: ``break``, which topples a tall thing and falls in on itself);
- ``kind``: ``transform`` into the result, where the result is cast in that scene;
- ``travel``: it sinks (a verb of sinking) or rolls away (any other);
- ``air``: ``fly_off``, up on a high arc and out of the frame (``jobs.thing_motion``);
- ``holder``: the doer takes it up (a thing), or the freed creature goes off (flees its spot);
- ``chase``: the chased flees and the chaser chases.

Nothing is added where another staging already gives the consequence in another form or place: any effect on
the thing anywhere in the film (a light switched on, a growth, an appearing, a knock off the table, a hiding, a
spell and its undoing: each its own staging's, which a generic one would double or contradict), an act of the
doer that brings it in any shot (a journey's pick-up before the way); nor where the event fails (an attempt,
``story.attempts``: the fish is never held). A thing that a later event names again is not sent out of the frame,
and a creature only goes off where it is freed (not where it is led or carried).

The event's shot is the one ``story.staging_audit`` finds; the effect comes at ``_AT_SHARE`` of it, lasting
``_SPAN_SHARE`` of it. ``jobs.shown_events`` measures the result on the built film.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Callable

    from autark.story.analysis import Concept
    from autark.story.effects import Effect
    from autark.story.events import Event
    from autark.story.screenplay import SceneSpec, Screenplay, Shot

__all__ = ["with_consequences"]

_SHAPE_OF = (("melt", "melt"), ("burn", "burn"), ("burst", "explode"), ("explode", "explode"),
             ("blow_up", "explode"), ("freeze", "freeze"))
_AT_SHARE, _SPAN_SHARE = 0.4, 0.45
_SENT_MAX_M = 3.0  # a thing larger than this is not sent rolling or flying (a net, a bridge: a reading's slip)
_OWN_MOTIONS = ("perform", "roam", "roll", "tumble")  # a thing's own moves, replaced by the one staged here
# effects that show no event's consequence: an idle thing's moves, a sound or a picture from it, a glow
_NO_CONSEQUENCE = frozenset({"perform", "roam", "emit", "screen", "depict", "glow"})
_FAILED = frozenset({"failed", "almost"})  # an event's outcome (story.outcomes, story.attempts) that never comes off
_WATERS = frozenset({"lake", "sea", "river", "mountain_lake", "ocean", "harbour", "harbor", "pond"})
_HELD_BEFORE = frozenset({"inside"})  # where a thing is before its holder changes, not the change (a seal in the net)
_FREEING = frozenset({"free", "release", "rescue", "let_go_of", "liberate", "unleash", "untie", "save"})


def _shape_kind(ev: Event, lang: str) -> str:
    from autark.language import wordnet
    from autark.story.effects import CHANGE_OF_VERB
    from autark.story.verb_classes import english_verbs

    if ev.verb in CHANGE_OF_VERB:
        return CHANGE_OF_VERB[ev.verb]
    for base in english_verbs(ev.word.lower() if lang == "en" else ev.word, lang)[:2]:
        for sense in wordnet.synsets(base, "verb")[:2]:
            for _depth, s in wordnet.ancestors(sense, max_depth=3):
                hit = next((kind for stem, kind in _SHAPE_OF if stem in s.lemmas), "")
                if hit:
                    return hit
    return "break"


def _sendable(typ: str) -> bool:
    from autark.motion.vehicles import AIRBORNE as FLYING
    from autark.story.footprints import footprint

    size = footprint(typ)
    return size is None or max(size) <= _SENT_MAX_M or any(w in typ for w in FLYING)


def _afloat(typ: str) -> bool:
    from autark.motion.vehicles import AFLOAT

    return typ in AFLOAT


def _later(concept: Concept, ev: Event) -> bool:
    """Whether an event after ``ev`` names its thing again (then it must stay in the film)."""
    after = concept.events[concept.events.index(ev) + 1:]
    return any(ev.patient in (e.patient, e.recipient, e.instrument, e.to_thing) for e in after)


def _frees(ev: Event, lang: str) -> bool:
    """Whether ``ev`` frees the creature it is done to (then it goes off): its story verb, or its word's verb
    or one of that verb's WordNet hypernyms is one of freeing (not leading, carrying or guiding)."""
    from autark.language import wordnet
    from autark.story.verb_classes import english_verbs

    if ev.verb in _FREEING:
        return True
    for base in english_verbs(ev.word.lower() if lang == "en" else ev.word, lang)[:2]:
        if base in _FREEING:
            return True
        for sense in wordnet.synsets(base, "verb")[:2]:
            if any(_FREEING & set(s.lemmas) for _depth, s in wordnet.ancestors(sense, max_depth=2)):
                return True
    return False


def _staged_elsewhere(scenes: list[SceneSpec], kind: str, target: str, doers: set[str], names: list[str],
                      lang: str, words: set[str]) -> bool:
    """Whether another staging already gives ``target`` its consequence, in whatever form: an effect on it
    anywhere in the film (one showing a change), or a shot anywhere whose act brings ``kind`` about
    (``staging_audit.brought``)."""
    from autark.story.staging_audit import brought

    if any(e.target == target and e.kind not in _NO_CONSEQUENCE and not (e.kind == "grow" and e.scale == e.start_scale)
           and not (kind == "holder" and e.kind in _HELD_BEFORE)
           for spec in scenes for s in spec.shots for e in s.effects):  # a size set (story.sizes) is no change
        return True
    return any(brought(s, spec, kind, target, doers, names, lang, words) for spec in scenes for s in spec.shots)


def _sent_off(shot: Shot, target: str) -> Shot:
    """``shot`` with a thing sent through the air that only lands on the ground at the sender's feet (its last
    event: nothing needs it after) sent off on a high arc instead (``fly_off``)."""
    from autark.story.destinations import GROUND
    from autark.story.staging_audit import GIVES

    low = [e for e in shot.effects if e.target == target and e.kind == "land" and e.into in (GROUND, "")]
    if not low or any(e.target == target and e.kind in GIVES["air"] - {"land"} for e in shot.effects):
        return shot
    effects = [e for e in shot.effects if e not in low]
    return shot.model_copy(update={"effects": [*effects, _effect("fly_off", target, "", shot)]})


def _cast(spec: SceneSpec) -> set[str]:
    return {c.name for c in spec.characters} | {o.type for o in spec.objects}


def _effect(kind: str, target: str, into: str, shot: Shot) -> Effect:
    from autark.story.effects import Effect

    at = round(_AT_SHARE * shot.duration_s, 2)
    return Effect(kind=kind, target=target, into=into, at_s=at,  # type: ignore[arg-type]
                  duration_s=round(max(0.8, _SPAN_SHARE * shot.duration_s), 2))


def _stage(ev: Event, kind: str, shot: Shot, spec: SceneSpec, lang: str, acc: Callable[[str], str],
           later: bool = False) -> tuple[list[Effect], list[str]]:
    """The effects and action sentences that stage ``kind`` for ``ev`` in ``shot`` (of ``spec``); ``later``: a
    later event names its thing (it is not sent out of the frame)."""
    from autark.story.consequences import verb_consequence
    from autark.story.verbs import sentence

    cast = _cast(spec)
    target = ev.patient or (ev.agents[0] if kind == "kind" and ev.agents else "")
    if not target or target not in cast:
        return [], []
    thing = ev.patient_is_thing or kind == "kind" and not ev.patient
    if kind == "shape" and ev.patient_is_thing:
        return [_effect(_shape_kind(ev, lang), target, "", shot)], []
    if kind == "kind" and ev.result and ev.result in cast:
        return [_effect("transform", target, ev.result, shot)], []
    sinks = kind == "travel" and verb_consequence(ev.word, lang) == "travel" and ev.verb in ("sink", "fall") and (
        ev.place in _WATERS or ev.verb == "sink" and _afloat(target))
    if sinks and ev.patient_is_thing:  # a ship of any size goes down where it lies (jobs.carried_off)
        return [_effect("sink", target, "", shot)], []
    if kind in ("travel", "air") and ev.patient_is_thing and not _sendable(target):
        return [], []
    if kind == "travel" and ev.patient_is_thing:
        return [_effect("roll", target, "", shot)], []
    if kind == "air" and ev.patient_is_thing:
        return [_effect("fly_off", target, "", shot)] if not later else [_effect("roll", target, "", shot)], []
    doer = next((a for a in ev.agents if a in cast), "")
    if kind == "holder" and thing and doer:
        return [], [sentence("pick_up", lang, a=doer, o=acc(target))]
    if kind == "holder" and not thing and _frees(ev, lang):  # a creature freed: it goes off from where it was
        return [], [sentence("flee", lang, a=target)]
    if kind == "chase" and doer and not thing:
        return [], [sentence("flee", lang, a=target, o=doer, w=doer), sentence("chase", lang, a=doer, o=target)]
    return [], []


def with_consequences(concept: Concept, screenplay: Screenplay) -> Screenplay:
    """``screenplay`` with each event's missing consequence staged in its shot (see the module doc)."""
    from autark.assets.templates import fold
    from autark.limits import MAX_ACTIONS_PER_SHOT
    from autark.story.consequences import consequence
    from autark.story.shot_plans import _Speech
    from autark.story.staging_audit import audit, brought

    lang = concept.language
    try:
        stagings = audit(concept, screenplay)
    except (KeyError, ValueError, IndexError):  # a plan the audit cannot read: left as it is
        return screenplay
    where = [(si, k) for si, spec in enumerate(screenplay.scenes) for k in range(len(spec.shots))]
    scenes = [spec.model_copy(update={"shots": list(spec.shots)}) for spec in screenplay.scenes]
    names = [c.name for spec in scenes for c in spec.characters]
    speech = _Speech(concept, list({c.name: c for spec in scenes for c in spec.characters}.values()))
    changed = False
    for st, ev in zip(stagings, concept.events, strict=True):
        kind = consequence(ev, lang)
        if not kind or st.shot < 0 or ev.outcome in _FAILED:
            continue  # a failed catch holds nothing, a failed throw sends nothing off
        si, k = where[st.shot]
        shot = scenes[si].shots[k]
        target = ev.patient or (ev.agents[0] if kind == "kind" and ev.agents else "")
        later = _later(concept, ev)
        own = [e for spec in scenes for s in spec.shots for e in s.effects if e.target == target]
        if kind == "air" and ev.patient_is_thing and not later and _sendable(target) and all(
                e.kind == "land" for e in own):  # only where nothing else is staged on it (a miss, a tumble)
            sent = _sent_off(shot, target)  # kicked "over the roof" yet set down at their feet: it flies off
            changed, shot = changed or sent is not shot, sent
            scenes[si].shots[k] = shot
        words = {fold(target), *fold(target).split("_"), fold(speech.thing(target).acc.split()[-1])} \
            if ev.patient_is_thing else {fold(target)}
        if not target or brought(shot, scenes[si], kind, target, set(ev.agents), names, lang, words) or \
                _staged_elsewhere(scenes, kind, target, set(ev.agents), names, lang, words):
            continue
        effects, actions = _stage(ev, kind, shot, scenes[si], lang, lambda t: speech.thing(t).acc, later)
        effects = effects[:max(0, MAX_ACTIONS_PER_SHOT - len(shot.effects))]
        actions = [a for a in actions if a not in shot.actions][:max(0, MAX_ACTIONS_PER_SHOT - len(shot.actions))]
        if not effects and not actions:
            continue
        moved = {e.target for e in effects}
        kept = [e for e in shot.effects if e.target not in moved or e.kind not in _OWN_MOTIONS]
        first = next((i for i, a in enumerate(shot.actions) if any(a.startswith(f"{d} ") for d in ev.agents)),
                     len(shot.actions))  # taken up before the doer's other acts (before running off with it)
        if not ev.patient_is_thing and kind == "holder":
            first = len(shot.actions)  # a creature freed goes off after the one who frees it has done it
        scenes[si].shots[k] = shot.model_copy(update={"effects": [*kept, *effects],
                                                      "actions": [*shot.actions[:first], *actions,
                                                                  *shot.actions[first:]]})
        changed = True
    return screenplay.model_copy(update={"scenes": scenes}) if changed else screenplay
