"""Things and beings going into or out of containers and hiding places: "a magician pulls a rabbit out of his
hat", "findet ein Kätzchen in einer Kiste", "the cat climbs into the basket", "der Hund springt in den Korb",
"the boy hides behind the curtain", "die Katze versteckt sich im Schrank", "a squirrel buries nuts", "ein Hund
vergräbt einen Knochen".

``containments`` reads each such event of the idea as a ``Containment``: its ``mode`` (``out``: the one inside
is taken out; ``in``: a being goes in and stays; ``hide``: a being hides in, under or behind a thing until it is
found; ``lost``: a being found on, under or behind a thing, away until then; ``bury``: a thing goes into the
ground), who or what moves (``mover``: a cast name or a prop type) and
the container or hiding place (``place``: a prop type; none for a burial). Read by the story verb and the
words around it (the prepositions of ``story.presence``, "out of", "aus", "into", "in den"); a thing already
placed in its container by the idea's words (``story.placements``: "nimmt die Münze aus der Truhe") or put into
one by an act (``story.placing``: "legt die Puppe in die Kiste") is theirs, and so is a thing found (``story.
finding_in``) or dug up (``story.presence``).

``containing_effects`` stages them as effects on the shot of the event (``story.effects``: ``inside``,
``go_in``, ``hide``, ``bury``, laid by ``autark.jobs.hiding``): the one taken out is inside the container from
the start and comes up out of its opening in the hand; one that goes in sinks into it with its head out; a
hider crouches behind or inside the place, out of the seeker's sight, until the shot of the find; one lost is
out of sight until the shot of the find and there on the roof, under the car, where it is found; a thing
buried sinks into the ground as a mound of earth grows beside it. The one inside does nothing of its own
before it is taken out, and the seeker looks about, never at the hider, before the find.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from autark.assets.templates import fold
from autark.story.effects import Effect

if TYPE_CHECKING:
    from autark.story.concept import Concept
    from autark.story.events import Event
    from autark.story.shot_plans import ShotPlan

__all__ = ["Containment", "containments", "containing_effects", "CONTAINING_EFFECTS", "is_hiding_place"]

CONTAINING_EFFECTS = ("inside", "go_in", "hide", "bury", "lost")
_WORD = re.compile(r"[\wäöüÄÖÜß]+")
# (folded) words that take the one after them out of a container: "out of the hat", "aus dem Hut"
_OUT = frozenset({"out", "aus", "heraus", "hervor", "raus"})
# words that send a mover into one ("into the basket", "in den Korb", "ins Körbchen")
_INTO = frozenset({"into", "ins", "hinein", "rein"})
_IN_ACC = frozenset({"den", "die", "das", "einen", "eine", "ein", "seinen", "seine", "ihren", "ihre", "sein",
                     "ihr"})
# how a hider is hidden, by the preposition before the place (folded)
_HOW = {"in": "in", "inside": "in", "into": "in", "im": "in", "ins": "in", "within": "in", "innen": "in",
        "under": "under", "underneath": "under", "beneath": "under", "unter": "under", "unterm": "under",
        "behind": "behind", "hinter": "behind", "hinterm": "behind"}
_ON = frozenset({"on", "onto", "atop", "auf", "aufm", "oben"})  # where one lost is found up on a thing
_TAKING = frozenset({"take", "pick_up", "find"})  # story verbs and kinds of a taking out
_GOING_IN = frozenset({"climb", "jump", "walk", "run", "hide", "crawl", "slide", "fly", "swim"})  # act kinds
# a seeker's acts that would find the hider early: a look, a point or a walk straight to them
_LOOKS = ("looks at", "points at", "schaut", "zeigt auf", "walks to", "runs to", "geht zu", "läuft zu", "rennt zu")
_STILL_HIDDEN = (" hide", " versteckt", " looks", " schaut", " peeks", " lugt")  # a hider's acts from hiding
_AROUND = {"en": "{a} looks around", "de": "{a} schaut sich um"}
_SPAN = 8  # words after the verb the container may be named in
_DUG_OPEN = frozenset({"hole"})  # what digging makes, never buries: "digs a hole" (it had sunk out of sight)


@dataclass(frozen=True)
class Containment:
    """One event of going into or out of a container (see the module doc)."""

    event: int
    mode: str  # "out", "in", "hide", "bury"
    mover: str  # a cast name or a prop type
    place: str  # a prop type ("" for a burial)
    how: str = "in"  # "in", "under" or "behind"


def _words(concept: Concept) -> list[str]:
    return [fold(w) for w in _WORD.findall(concept.idea)]


def _kinds(concept: Concept, but: str) -> dict[str, str]:
    return {fold(o.word): o.type for o in concept.objects if o.word and o.type != but}


def _after(words: list[str], kinds: dict[str, str], k: int) -> str:
    """The thing named within the four words after word ``k`` ("out of his top hat"), else ""."""
    return next((kinds[w] for w in words[k + 1:k + 5] if w in kinds), "")


def _end(concept: Concept, ev: Event, words: list[str]) -> int:
    nxt = min((e.at for e in concept.events if e.at > ev.at), default=len(words))
    return min(len(words), nxt, ev.at + _SPAN)


def _out_of(concept: Concept, ev: Event, words: list[str]) -> str:
    """The container the event takes its mover out of ("out of the hat", "aus dem Hut"), else ""."""
    kinds = _kinds(concept, ev.patient)
    for k in range(max(0, ev.at + 1), _end(concept, ev, words)):
        if words[k] in _OUT:
            hit = _after(words, kinds, k)
            if hit:
                return hit
    return ""


def _into(concept: Concept, ev: Event, words: list[str]) -> str:
    """The container a mover goes into ("into the basket", "in den Korb", "ins Körbchen"), else ""."""
    kinds = _kinds(concept, "")
    for k in range(max(0, ev.at + 1), _end(concept, ev, words)):
        if words[k] in _INTO or words[k] == "in" and words[k + 1:k + 2] and words[k + 1] in _IN_ACC:
            hit = _after(words, kinds, k)
            if hit:
                return hit
    return ""


def _hiding_place(concept: Concept, ev: Event, words: list[str], on: bool = False) -> tuple[str, str]:
    """(place, how) a being hides at: the thing after "in", "under", "behind", "im", "unter", "hinter" (and,
    ``on``, "on", "auf") near the verb (German may name it before: "im Schrank versteckt sich"), else ("", "")."""
    kinds = _kinds(concept, "")
    for k in [*range(ev.at + 1, _end(concept, ev, words)), *range(max(0, ev.at - 4), ev.at)]:
        how = _HOW.get(words[k]) or ("on" if on and words[k] in _ON else "")
        if how:
            hit = _after(words, kinds, k)
            if hit:
                return hit, how
    return "", ""


def _being(concept: Concept, name: str) -> bool:
    return any(c.name == name for c in concept.characters)


def _placed_in(concept: Concept, thing: str) -> bool:
    from autark.story.placements import IN, first_placements

    return any(p.thing == thing and p.relation == IN for p in first_placements(concept))


def _read(concept: Concept, i: int, ev: Event, words: list[str]) -> Containment | None:
    from autark.story.presence import _dug_up

    if ev.verb == "bury" and ev.patient and ev.patient_is_thing and ev.agents and not _dug_up(concept, ev) \
            and ev.patient not in _DUG_OPEN:
        return Containment(i, "bury", ev.patient, "", "under")
    if not ev.agents or ev.at < 0:
        return None
    if ev.verb == "hide_away" or ev.kind == "hide" and ev.patient and ev.patient_is_thing:
        place, how = _hiding_place(concept, ev, words)
        if ev.patient and ev.patient_is_thing and not place:  # "hides behind the curtain": the place is read
            place, how = ev.patient, _HOW.get(words[ev.at + 1] if ev.at + 1 < len(words) else "", "behind")
        if ev.patient and ev.patient_is_thing and place != ev.patient:
            return None  # "hides an acorn in a log": a thing hidden (story.presence)
        if place and _into(concept, ev, words) == place and ev.verb != "hide_away":  # "crawls into a boot"
            return Containment(i, "in", ev.agents[0], place)
        return Containment(i, "hide", ev.agents[0], place, how or "behind") if place else None
    if ({ev.verb, ev.kind, ev.then} & _TAKING or ev.verb == "escort" and _out_of(concept, ev, words)) and ev.patient:
        # "takes a puppy out of the basket" had been read as a taking along (escort): it is a taking out
        mover = ev.patient
        if ev.patient_is_thing and (ev.verb == "find" or _placed_in(concept, mover)):
            return None  # found in a drawer, taken from the basket it lies in: theirs
        place = _out_of(concept, ev, words)
        if not place and ev.verb == "find" and _being(concept, mover):  # "finds a kitten in a box"; one lost,
            place, how = _hiding_place(concept, ev, words, on=True)  # found "on the barn roof", "unter dem Auto"
            if place and how != "in":
                return Containment(i, "lost", mover, place, how)
        return Containment(i, "out", mover, place) if place else None
    if ev.kind in _GOING_IN and not (ev.patient and not ev.patient_is_thing):
        place = _into(concept, ev, words)
        return Containment(i, "in", ev.agents[0], place) if place else None
    return None


def containments(concept: Concept) -> list[Containment]:
    """The idea's events of going into or out of a container or a hiding place (see the module doc)."""
    words = _words(concept)
    out = []
    for i, ev in enumerate(concept.events):
        c = _read(concept, i, ev, words)
        if c is not None and c.mover != c.place:
            out.append(c)
    return out


def is_hiding_place(concept: Concept, i: int) -> bool:
    """Is the thing event ``i`` names where its doer hides or goes in ("hides behind the sofa", "crawls into a
    boot"), not a thing hidden (it stays where it is)?"""
    ev = concept.events[i]
    c = _read(concept, i, ev, _words(concept)) if ev.patient and ev.patient_is_thing else None
    return c is not None and c.mode in ("hide", "in") and c.place == ev.patient


def _shot_of(plans: list[ShotPlan], i: int) -> int | None:
    return next((k for k, p in enumerate(plans) if i in p.events), None)


def _found_at(concept: Concept, plans: list[ShotPlan], c: Containment, after: int) -> int | None:
    """The shot where the hider is found (a find or a catch of them after the hide), None for none."""
    for j, ev in enumerate(concept.events):
        if j != c.event and ev.patient == c.mover and ev.verb in ("find", "catch", "discover"):
            k = _shot_of(plans, j)
            if k is not None and k > after:
                return k
    return None


def _taken_out(concept: Concept, plan: ShotPlan, c: Containment, lang: str) -> None:
    """The shot of a taking out has the doer pick the one inside up (a taking along had them walk off side by
    side, the puppy never out of the basket)."""
    from autark.story.verbs import sentence

    doer = concept.events[c.event].agents[0]
    forms = [sentence(k, lang, a=doer, o=c.mover) for k in ("take", "pick_up")]
    if not any(a in forms for a in plan.actions):
        plan.actions = [forms[1], *(a for a in plan.actions if not a.startswith((f"{doer} ", f"{c.mover} ")))]


def _to_the_place(concept: Concept, plan: ShotPlan, c: Containment, lang: str) -> None:
    """The hider goes to the hiding place first in the shot of the hide, unless an act there names it already
    (they had been seen at it out of nowhere)."""
    from autark.story.shot_plans import _Speech
    from autark.story.verbs import sentence

    np_ = _Speech(concept, []).thing(c.place)
    there = np_.dat if lang == "de" else np_.nom
    if not any(a.startswith(f"{c.mover} ") and there.split()[-1] in a for a in plan.actions):
        plan.actions = [sentence("walk", lang, a=c.mover, o=there, w=there), *plan.actions]


_GOES_IN = re.compile(r" (goes|walks|runs|climbs|crawls|geht|läuft|rennt|klettert|steigt|kriecht) (into|in) ")


def containing_effects(concept: Concept, plans: list[ShotPlan], lengths: list[float]) -> dict[int, list[Effect]]:
    """Per shot plan index, the effects that stage the idea's containments (see the module doc); the plans of
    the shots before a taking out or a find lose the acts that would give it away, in place."""
    lang = "de" if concept.language == "de" else "en"
    out: dict[int, list[Effect]] = {}
    for c in containments(concept):
        k = _shot_of(plans, c.event)
        if k is None:
            continue
        if c.mode == "out":  # inside until taken out: it does nothing of its own before
            for p in plans[:k]:  # save going in ("Baby geht in das brennende Haus": how a peril puts it there)
                p.actions = [a for a in p.actions if not a.startswith(f"{c.mover} ") or _GOES_IN.search(a)] or p.actions
            _taken_out(concept, plans[k], c, lang)
            out.setdefault(k, []).append(Effect(kind="inside", target=c.mover, into=c.place))
        elif c.mode == "lost":  # away, out of sight, until found there: it does nothing of its own before
            for p in plans[:k]:
                p.actions = [_AROUND[lang].format(a=a.split(" ", 1)[0]) if f" {c.mover}" in a and any(
                    w in a for w in _LOOKS) else a for a in p.actions if not a.startswith(f"{c.mover} ")]
                p.actions = list(dict.fromkeys(p.actions))
            out.setdefault(k, []).append(Effect(kind="lost", target=c.mover, into=f"{c.place}:{c.how}"))
        elif c.mode == "hide":
            _to_the_place(concept, plans[k], c, lang)
            found = _found_at(concept, plans, c, k)
            acts = next((j for j in range(k + 1, len(plans)) if any(  # out again to do something else (a look
                a.startswith(f"{c.mover} ") and not any(w in a for w in _STILL_HIDDEN)  # is a peek out of it)
                for a in plans[j].actions)), len(plans))
            until = min(found if found is not None else len(plans), acts)
            span = sum(lengths[k:until])
            for p in plans[k:until]:  # the seeker looks about, not at the one hidden, until the find
                p.actions = [_AROUND[lang].format(a=a.split(" ", 1)[0]) if f" {c.mover}" in a and any(
                    w in a for w in _LOOKS) and not a.startswith(f"{c.mover} ") else a for a in p.actions]
                p.actions = list(dict.fromkeys(p.actions))
            into = f"{c.place}:{c.how}"
            out.setdefault(k, []).append(Effect(kind="hide", target=c.mover, into=into,
                                                duration_s=max(0.5, min(60.0, span))))
        else:
            out.setdefault(k, []).append(Effect(kind="go_in" if c.mode == "in" else "bury", target=c.mover,
                                                into=c.place))
    return out
