"""Whether each event of an idea is seen done in its film's screenplay: an audit anyone can run on a plan.

An event is *staged visibly* where the shot that stages it shows its doer doing a non-idle act to what it is
done to (the thing or the person the event names), or an effect on that thing (it melts, is made, lands...).
An event is *left idle* where the doers only look, talk, point, wave or stand while the narrator tells it,
although the idea's verb is no looking or talking verb ("loses control of his scooter" staged as a look at the
scooter, "zeigt ihren Lieblingsfilm" as a talk). A verb of looking, thinking or talking is rightly a look or a
talk, and is not counted against the staging.

The shot of an event is found by its own staging (``story.event_acts``): the first shot, after the one of the
event before, that holds one of the action sentences the event is staged with; failing that, the first shot
after it where one of its doers acts (an event whose staging was rewritten later, a journey's set). ``audit``
answers per event; ``idle_count`` counts the events left idle, the measure of ``benchmarks/bench_staging.py``.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from autark.assets.templates import fold

if TYPE_CHECKING:
    from autark.story.analysis import Concept
    from autark.story.events import Event
    from autark.story.screenplay import SceneSpec, Screenplay, Shot

__all__ = ["Staging", "audit", "idle_count", "misnamed_count", "unbrought_count", "act_of", "brought", "GIVES",
           "BRINGING_ACTS", "IDLE_ACTS", "SAYING_CLASSES"]

# acts that show no deed of their own: looking at it, talking about it, pointing, waving, nodding, thinking
IDLE_ACTS = frozenset({"look", "talk", "point", "wave", "nod", "think", "stand", ""})
_APPROACHES = frozenset({"walk", "run"})  # the way to the thing, before the deed on it
_NOT_BY_GOING = frozenset({"holder", "shape", "kind", "air"})  # consequences no walk of the doer brings about
# WordNet classes of verbs whose deed is a look, a thought or words: staged by a look or a talk, rightly
SAYING_CLASSES = frozenset({"verb.perception", "verb.communication", "verb.cognition", "verb.stative",
                            "verb.emotion"})
# story verbs that are a look or a talk themselves (no WordNet needed to know it)
_SAYING_VERBS = frozenset({"look", "watch", "search", "find", "wait", "talk", "tell_story", "speech", "teach",
                           "order", "think", "wish", "learn", "fear", "fall_in_love", "live", "argue", "scare",
                           "point", "wave", "farewell", "meet", "befriend"})


@dataclass(frozen=True)
class Staging:
    """One event in its film: its ``word`` and story ``verb``, the ``act`` its doers do in its shot (a story
    verb's act kind, "work" for hands at a thing, "" for none), whether that act is on its ``thing``, the
    ``effect`` on it, whether it is ``visible`` (acted on, or changed) and ``idle`` (looked at, talked about
    or stood by while its verb is none of those), the shot's index and whether it is the key shot."""

    index: int
    word: str
    verb: str
    act: str
    thing: str
    on_thing: bool
    effect: str
    visible: bool
    idle: bool
    shot: int
    key: bool
    fits: bool = True
    consequence: str = ""  # what must be seen happen to its thing (story.consequences), "" for nothing
    brought: bool = True  # whether its shot brings that about (an effect on the thing, an act that moves it)


# the acts that show a deed of each WordNet class (an act outside them misnames it: "chops" staged as cooking
# fits the hands, "ploughs" staged as a point does not); a class not listed takes any act
_CLASS_ACTS = {
    "verb.contact": {"work", "kneel", "hammer", "cook", "pick_up", "push", "kick", "throw", "pour", "hug", "kiss",
                     "knock", "put_down", "take", "catch", "climb", "fish", "magic", "play", "eat", "fight",
                     "chase", "run"},
    "verb.creation": {"work", "kneel", "hammer", "cook", "write", "magic", "play", "sing", "dance"},
    "verb.change": {"work", "kneel", "hammer", "cook", "pour", "magic", "put_down", "throw", "kick", "push"},
    "verb.motion": {"walk", "run", "climb", "jump", "fly", "swim", "ride", "drive", "slide", "flee", "chase",
                    "land", "fall", "dance", "throw", "kick", "push", "pick_up", "take", "put_down", "work", "cook",
                    "play", "sit"},
    "verb.possession": {"take", "pick_up", "give", "serve", "catch", "put_down", "work", "kneel", "shake_head",
                        "cry", "fall"},
    "verb.consumption": {"eat", "drink", "cook", "give", "serve", "pour"},
    "verb.competition": {"fight", "play", "kick", "throw", "run", "argue", "jump", "celebrate", "catch", "race"},
    "verb.body": {"sleep", "sit", "lie", "kneel", "bow", "nod", "jump", "fall", "cry", "laugh", "work", "swim"},
}


def act_of(action: str, names: list[str], lang: str) -> tuple[str, str]:
    """(who, act kind) of an action sentence: the cast name it begins with, and its verb's act kind ("work" for
    "works on"/"arbeitet an", the folded verb word where no story verb reads it)."""
    from autark.story import verbs as verb_table

    who = next((n for n in sorted(names, key=len, reverse=True) if action.startswith(f"{n} ")), "")
    rest = action[len(who):].split() if who else action.split()
    if not rest:
        return who, ""
    word = fold(rest[0].strip(".,!?"))
    if word in ("works", "arbeitet"):
        return who, "work"
    if word in ("shakes", "schuettelt"):
        return who, "shake_head"
    from autark.story.hand_acts import hand_act

    if hand_act(rest[0]) is not None:  # "chops the pine", "poliert die Uhr": hands at work (jobs.hand_work)
        return who, "work"
    if len(rest) > 1 and word in ("is", "ist"):
        word = fold(rest[1])
    found = verb_table.verb(word, lang)
    return who, found.kind if found is not None else word


def _verb_class(ev: Event, lang: str) -> str:
    from autark.story.verb_classes import verb_class

    return verb_class(ev.word, lang) if ev.word else ""


def _saying(ev: Event, lang: str) -> bool:
    """Whether the idea's verb is one of looking, thinking, feeling or talking (staged by a look or a talk)."""
    if ev.verb in _SAYING_VERBS and ev.verb != "stand_in":
        return _verb_class(ev, lang) in SAYING_CLASSES | {""}
    return _verb_class(ev, lang) in SAYING_CLASSES


def _mentions(action: str, ev: Event, thing_words: set[str]) -> bool:
    words = {fold(w.strip(".,!?")) for w in action.split()}
    if ev.patient and not ev.patient_is_thing:
        return ev.patient in action.split() or fold(ev.patient) in words
    return bool(words & thing_words)


def _thing_words(concept: Concept, ev: Event, sp_thing: object) -> set[str]:
    """The folded words the action sentences may call the event's thing by (its type, the idea's word, the
    display noun in each case)."""
    if not ev.patient:
        return set()
    out = {fold(ev.patient), *fold(ev.patient).split("_")}
    out |= {fold(o.word) for o in concept.objects if o.type == ev.patient}
    for case in ("nom", "acc", "dat"):
        phrase = getattr(sp_thing, case, "")
        if phrase:
            out.add(fold(phrase.split()[-1]))
    return out


def _expected(concept: Concept, screenplay: Screenplay) -> list[list[str]]:
    """Per event, the action sentences its own staging writes (story.event_acts), with the screenplay's cast."""
    from autark.story.event_acts import _actors, _event_actions
    from autark.story.group_acts import who_does_it
    from autark.story.shot_plans import _Speech

    cast = list({c.name: c for s in screenplay.scenes for c in s.characters}.values())
    sp = _Speech(concept, cast)
    out: list[list[str]] = []
    last: list[str] = []
    for ev in concept.events:
        try:
            actors = _actors(ev, last, cast)
            hands, _ = who_does_it(ev, actors)
            out.append(_event_actions(ev, sp, hands))
        except (KeyError, ValueError, IndexError, StopIteration):  # a cast member the plan left out
            out.append([])
            actors = last
        last = actors or last
    return out


def _effect_on(shot: Shot, ev: Event, thing_words: set[str]) -> str:
    for fx in shot.effects:
        if fx.target == ev.patient or fold(fx.target) in thing_words or (
                ev.result and fx.target == ev.result) or (not ev.patient and fx.target in ev.agents):
            return fx.kind
    return ""


def audit(concept: Concept, screenplay: Screenplay) -> list[Staging]:
    """Per event of the concept, how its shot in the screenplay stages it (see the module's docstring)."""
    from autark.story.consequences import consequence
    from autark.story.shot_plans import _Speech

    shots = screenplay.shots
    names = [c.name for s in screenplay.scenes for c in s.characters]
    sp = _Speech(concept, list({c.name: c for s in screenplay.scenes for c in s.characters}.values()))
    expected = _expected(concept, screenplay)
    lang = concept.language
    out: list[Staging] = []
    at = 1 if len(shots) > 2 else 0  # the setup shot only places everyone
    for i, ev in enumerate(concept.events):
        own = set(expected[i])
        thing_words = _thing_words(concept, ev, sp.thing(ev.patient) if ev.patient and ev.patient_is_thing
                                   else None)
        doers = set(ev.agents)
        staged = [k for k in range(at, len(shots)) if own & set(shots[k].actions)]
        found = next((k for k in staged if _effect_on(shots[k], ev, thing_words) or any(
            (who := act_of(a, names, lang))[0] in doers and who[1] not in IDLE_ACTS for a in shots[k].actions)),
            staged[0] if staged else None)  # the shot where it is done, not an earlier look at it
        if found is None and consequence(ev, lang) in _NOT_BY_GOING:  # the walk up to the seal is not its freeing:
            found = next((k for k in range(at, len(shots)) if any(  # the first shot of a deed that is no way there
                (who := act_of(a, names, lang))[0] in doers and who[1] not in IDLE_ACTS | _APPROACHES
                for a in shots[k].actions) or _effect_on(shots[k], ev, thing_words)), None)
        if found is None:  # rewritten after the staging: the first shot where a doer does a deed, or the thing
            found = next((k for k in range(at, len(shots)) if any(  # changes; else the first where a doer acts
                (who := act_of(a, names, lang))[0] in doers and who[1] not in IDLE_ACTS for a in shots[k].actions)
                or _effect_on(shots[k], ev, thing_words)), None)
        if found is None:
            found = next((k for k in range(at, len(shots)) if any(
                act_of(a, names, lang)[0] in doers for a in shots[k].actions)), None)
        if found is None:
            out.append(Staging(i, ev.word, ev.verb, "", ev.patient, False, "", False, not _saying(ev, lang), -1,
                               False))
            continue
        at = found
        shot = shots[found]
        acts = [(act_of(a, names, lang), a) for a in shot.actions]
        mine = [(kind, a) for (who, kind), a in acts if who in doers or (not doers and who)]
        deeds = [(kind, a) for kind, a in mine if kind not in IDLE_ACTS]
        on = [kind for kind, a in deeds if not ev.patient or _mentions(a, ev, thing_words)]
        effect = _effect_on(shot, ev, thing_words)
        act = (on or [k for k, _a in deeds] or [k for k, _a in mine] or [""])[0]
        visible = bool(on) or bool(effect) or (bool(deeds) and not ev.patient)
        idle = not visible and not (deeds and ev.patient) and not _saying(ev, lang)
        allowed = _CLASS_ACTS.get(_verb_class(ev, lang))
        fits = not visible or allowed is None or bool(effect) or any(
            kind in allowed or fold(kind) in fold(ev.word) for kind, _a in deeds or mine)
        out.append(Staging(i, ev.word, ev.verb, act, ev.patient, bool(on), effect, visible, idle, found,
                           shot.key, fits, *_consequence(ev, screenplay, found, names, lang, thing_words)))
    return out


# effect kinds that bring each consequence about, on the event's thing
GIVES = {
    "shape": {"break", "explode", "melt", "burn", "freeze", "erupt", "extinguish", "transform", "vanish", "tumble",
              "recolor", "sink"},
    "kind": {"transform"},
    "travel": {"roll", "tumble", "land", "float_away", "sink", "wash_away", "roam", "miss", "approach", "fly_off"},
    "air": {"land", "float_away", "miss", "aloft", "fly_off"},
    "holder": {"land", "float_away", "wash_away", "wear", "fly_off", "go_in", "bury", "hide", "lost"},
    "chase": set(),
}
# acts of the doer on the thing that bring it about (act kinds, ``act_of``)
BRINGING_ACTS = {
    "travel": {"throw", "kick", "push", "put_down"},
    "air": {"throw", "kick"},
    "holder": {"take", "pick_up", "give", "catch", "serve", "put_down", "throw", "kick"},
    "chase": {"chase", "flee"},
}


def brought(shot: Shot, spec: SceneSpec, kind: str, target: str, doers: set[str], names: list[str], lang: str,
             words: set[str]) -> bool:
    """Whether the shot already brings the consequence ``kind`` about for ``target`` (an effect that does it on
    the thing anywhere in its scene: the audit may have found the event a shot early; an act of a doer on it,
    ``words``: the folded words the sentences call it by)."""
    if any(e.target == target and e.kind in GIVES[kind] for s in spec.shots for e in s.effects):
        return True
    for a in shot.actions:
        who, act = act_of(a, names, lang)
        if act in BRINGING_ACTS.get(kind, ()) and (who in doers or who == target) and (
                words & {fold(w.strip(".,!?")) for w in a.split()} or kind == "chase" or not doers):
            return True
    return False


def _consequence(ev: Event, screenplay: Screenplay, found: int, names: list[str], lang: str,
                 thing_words: set[str]) -> tuple[str, bool]:
    """(the event's consequence, whether its shot brings it about: ``brought``, story.consequence_staging's test
    too)."""
    from autark.story.consequences import consequence

    kind = consequence(ev, lang)
    target = ev.patient or (ev.agents[0] if kind == "kind" and ev.agents else "")
    if not kind or not target:
        return kind, True
    counts = [len(sc.shots) for sc in screenplay.scenes]
    spec = screenplay.scenes[next(i for i in range(len(counts)) if found < sum(counts[:i + 1]))]
    return kind, brought(screenplay.shots[found], spec, kind, target, set(ev.agents), names, lang,
                         thing_words or {fold(target)})


def unbrought_count(stagings: list[Staging]) -> int:
    """How many events with a consequence for their thing have none brought about in their shot."""
    return sum(bool(s.consequence) and not s.brought for s in stagings)


def misnamed_count(stagings: list[Staging]) -> int:
    """How many events are seen done by an act that is not of their verb's kind (a plough staged as a walk is
    of it; a chop staged as a wave is not)."""
    return sum(not s.fits for s in stagings)


def idle_count(stagings: list[Staging]) -> int:
    """How many events are left to a look, a talk or standing although their verb is a deed."""
    return sum(s.idle for s in stagings)
