"""Who and what is on screen when, read from the events, so the opening does not show the ending:

- a thing found ("finds the key under the bench", "findet die Brille im Kühlschrank") is out of sight until the
  shot of the find and turns up there, at the foot of what it was found in or under; one lost, hidden, buried or
  dropped before ("loses his hat", "versteckt den Ball", "vergräbt eine Truhe") is seen until then and gone
  from the end of that shot until the find;
- a thing made ("bakes a pie", "baut einen Drachen", "strickt einen Schal", "paints a picture", "schreibt einen
  Brief") is not there before its making: it comes as the work begins and rises in stages while they work
  (the ``make`` effect, drawn by ``autark.jobs.making``); a thing
  eaten is gone after;
- a thing dug up ("digs up a treasure chest", "gräbt eine Kiste aus") is under the ground, out of sight, until
  the shot of the digging, and comes up there;
- a thing that comes by itself ("a ship appears on the horizon", "ein Boot taucht im Nebel auf") is not there
  before the shot it comes in (it comes from afar then: ``story.thing_acts``);
- someone who comes later ("until his owner comes home", "dann taucht ein Zauberer auf", "bis die Mutter
  kommt") is not there before the shot they come in; someone who goes ("flies away", "verschwindet", "leaves")
  is gone after it, their later acts left out.

``stage_presence`` reads the events against the shot plans (``ShotPlan.events``: which events a shot stages),
takes out the acts of whoever is not there yet or any more, and says each coming and going as a ``Mark``;
``presence_effects`` turns them into ``appear`` and ``vanish`` effects (``story.effects``) once the shots have
lengths, laid by ``autark.jobs.presence`` as visibility keyframes.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from autark.assets.templates import fold
from autark.story.effects import Effect

if TYPE_CHECKING:
    from autark.story.analysis import Concept
    from autark.story.events import Event
    from autark.story.screenplay import CastMember, Shot
    from autark.story.shot_plans import ShotPlan

__all__ = ["Mark", "stage_presence", "presence_effects", "later_comers", "silence_the_absent", "never_found"]


@dataclass(frozen=True)
class Mark:
    shot: int  # the shot plan's index
    kind: str  # "appear" or "vanish"
    target: str  # a cast name or a prop type
    when: str = "start"  # "start", "middle" or "end" of the shot; "work": made there while they work; "dig":
    # dug up there
    where: str = ""  # appear: the prop it was found in or under


# the verbs after which a thing is out of sight until someone finds it (story verbs), and those that make one
_GONE_UNTIL_FOUND = frozenset({"lose", "drop", "hide_away", "bury", "throw"})
_MAKING_VERBS = frozenset({"cook", "repair", "craft", "invent", "write"})
# the verb words (folded stems) that make a thing new rather than mend, stir or paint one that is there
_MAKING_WORDS = ("bake", "baking", "cook", "build", "built", "make", "made", "assembl", "construct", "forg", "knit",
                 "sew", "weav", "carv", "creat", "craft", "invent", "brew", "prepar", "design",
                 "back", "gebacken", "koch", "bau", "gebaut", "bastel", "strick", "naeh", "genaeht", "schnitz",
                 "erfind", "erfand", "erschaff", "brau", "zubereit", "kreier", "schmied", "zimmer")
# the words of painting, drawing and writing (folded stems): they make a thing only when what they name is a
# picture or a writing ("paints a portrait", "schreibt einen Brief"), not when it is there to be painted (a fence)
_PICTURING_WORDS = ("paint", "draw", "drew", "sketch", "writ", "wrote", "mal", "gemal", "zeichn", "gezeichn",
                    "schreib", "schrieb", "geschrieb")
_PICTURES = frozenset({"painting", "map", "letter", "drawing", "poster", "postcard", "card", "book", "note",
                       "greeting_card", "sign", "portrait", "picture"})
# the words of digging (folded stems) and the particles that make it a digging up ("digs up", "gräbt ... aus")
_DIGGING_WORDS = ("dig", "dug", "unearth", "grab", "graeb", "grub", "buddel", "ausgrab", "ausbuddel")
_UP_OUT = frozenset({"up", "out", "aus", "heraus", "hervor"})
# the tool in the hand of one who makes a thing, by the act that stages the making (asset kinds); a painter's is
# looked up by the words of painting first
_TOOL_OF_ACT = {"hammer": "hammer", "write": "pencil", "cook": "spoon"}
_PAINTING_WORDS = ("paint", "mal", "gemal")
_PAINTER_TOOL = "paintbrush"
_DIGGING_TOOL = "shovel"
_CARVING_WORDS = ("carv", "schnitz", "whittl")
_CARVER_TOOL = "knife"
# the words of coming (folded stems) where the story verb is a walk ("comes home", "returns", "kehrt zurück")
_COMING_WORDS = ("come", "came", "return", "arriv", "appear", "show", "turn_up", "turns_up", "komm", "kam", "kehr",
                 "zurueck", "heim", "erschein", "erschien", "tauch", "eintreff", "ankomm")
# the words of going for good ("flies away", "verschwindet", "leaves")
_GOING_VERBS = frozenset({"leave", "farewell"})
_GOING_WORDS = ("vanish", "disappear", "verschwind", "verschwand", "run_away", "ran_away", "weglauf", "wegrenn")
_AWAY = frozenset({"away", "off", "davon", "weg", "fort"})
# the turns that bring someone new in ("until the parrot finds them", "when suddenly a dragon lands"); "but the
# dragon wins" or "when his sister sings" may be about one who was there all along
_ENTERING_TURNS = frozenset({"until", "suddenly"})
_HOME = frozenset({"home", "hause", "heim", "nachhause"})
_MOVING_OFF = frozenset({"fly", "drive", "ride", "run", "flee", "swim", "walk", "race", "slide", "jump"})
# the prepositions before what a thing is found in, under or behind
_IN_UNDER = frozenset({"in", "inside", "under", "underneath", "beneath", "behind", "within", "among", "into", "im",
                       "unter", "unterm", "hinter", "hinterm", "zwischen", "innen", "unterhalb", "ins"})
_WORD = re.compile(r"[\wäöüÄÖÜß]+")


def _stem_in(word: str, stems: tuple[str, ...]) -> bool:
    w = fold(word).replace(" ", "_")
    return any(w.startswith(s) for s in stems)


def _made_new(ev: Event) -> bool:
    """Does the event make its thing ("builds a raft", "malt ein Bild"), rather than mend or paint one there?"""
    if ev.verb not in _MAKING_VERBS:
        return False
    if _stem_in(ev.word, _PICTURING_WORDS):
        return ev.patient in _PICTURES
    return _stem_in(ev.word, _MAKING_WORDS)


def _dug_up(concept: Concept, ev: Event) -> bool:
    """Is the event a digging up ("digs up an old bone", "gräbt eine Schatzkiste aus"), not a burying?"""
    if ev.verb != "bury" or not _stem_in(ev.word, _DIGGING_WORDS):
        return False
    if fold(ev.word).startswith(("ausgrab", "ausbuddel", "unearth", "dig_up")):
        return True
    words = [fold(w) for w in _WORD.findall(concept.idea)]
    return bool(_UP_OUT & set(words[ev.at:ev.at + 9]))


def _shot_of(plans: list[ShotPlan], at: int) -> int | None:
    """The index of the first shot plan that stages event ``at``."""
    return next((i for i, p in enumerate(plans) if at in p.events), None)


def _involved(ev: Event) -> set[str]:
    return {*ev.agents, ev.recipient, ev.partner, ev.source, "" if ev.patient_is_thing else ev.patient} - {""}


def _found_in(concept: Concept, ev: Event, nxt: int) -> str:
    """The prop a thing is found in or under: the first of the idea's things named after "in", "under",
    "behind" ("unter einer Bank", "im Kühlschrank") between the find's verb and the next event's."""
    words = [fold(w) for w in _WORD.findall(concept.idea)]
    kinds = {fold(o.word): o.type for o in concept.objects if o.word and o.type != ev.patient}
    end = min(len(words), nxt if nxt > ev.at else len(words))
    for k in range(max(0, ev.at - 6), end):  # "im Kühlschrank findet er sie": before the verb in German too
        if words[k] in _IN_UNDER:
            hit = next((kinds[w] for w in words[k + 1:k + 4] if w in kinds), "")
            if hit:
                return hit
    return ""


_SOUGHT = frozenset({"search", "lose", "miss"})


def _found_there(concept: Concept, ev: Event) -> bool:
    """Was the find read with where the thing was found as its patient ("sie hinter dem Ofen findet": the
    oven), while an earlier event looks for or loses a thing?"""
    if not ev.patient_is_thing or not any(e.verb in _SOUGHT and e.patient_is_thing and e.patient
                                          and e.patient != ev.patient for e in concept.events if e.at < ev.at):
        return False
    words = [fold(w) for w in _WORD.findall(concept.idea)]
    kinds = {fold(o.word) for o in concept.objects if o.type == ev.patient and o.word}
    return any(words[k] in kinds and any(w in _IN_UNDER for w in words[max(0, k - 3):k])
               for k in range(len(words)))


def _prop_marks(concept: Concept, plans: list[ShotPlan], hiding_places: frozenset[int] = frozenset()) -> list[Mark]:
    events = concept.events
    marks: list[Mark] = []
    found: set[str] = set()
    for i, ev in enumerate(events):
        thing = ev.patient if ev.patient_is_thing else ""
        if not thing or i in hiding_places:  # "hides behind the sofa": it stays (story.containers)
            continue
        before = [e for e in events[:i] if e.patient == thing and e.patient_is_thing]
        after = [e for e in events[i + 1:] if e.patient == thing and e.patient_is_thing]
        shot = _shot_of(plans, i)
        if shot is None:
            continue
        where = ""
        if ev.verb == "find" and _found_there(concept, ev):  # "bis die Katze sie hinter dem Ofen findet": the
            where, thing = thing, next(e.patient for e in events[:i] if e.verb in _SOUGHT and e.patient_is_thing)
            before = [e for e in events[:i] if e.patient == thing and e.patient_is_thing]  # searched cap, not the oven
        if ev.verb == "find" and thing not in found:
            found.add(thing)
            gone = next((k for k in range(i - 1, -1, -1) if events[k].patient == thing and events[k].patient_is_thing
                         and events[k].verb in _GONE_UNTIL_FOUND), None)
            if any(e.verb not in _GONE_UNTIL_FOUND | {"search", "wait"} for e in before):
                continue  # handled before in some other way (taken, given, carried): it is where that left it
            went = _shot_of(plans, gone) if gone is not None else None
            if gone is not None and (went is None or went >= shot):
                continue
            nxt = next((e.at for e in events[i + 1:] if e.at > ev.at), -1)
            where = where or _found_in(concept, ev, nxt)
            if not where and not before:  # "finds a key in the forest": it lies there to be found, and is seen
                continue  # lying there first; what was looked for, or lies in or under something, is not
            if went is not None:
                marks.append(Mark(went, "vanish", thing, "end"))
            marks.append(Mark(shot, "appear", thing, "start", where))
        elif _dug_up(concept, ev):  # under the ground until they dig; buried before in the idea: gone from then
            buried = next((k for k in range(i - 1, -1, -1) if events[k].patient == thing
                           and events[k].verb in _GONE_UNTIL_FOUND), None)
            went = _shot_of(plans, buried) if buried is not None else None
            if buried is not None and (went is None or went >= shot):
                continue
            if buried is None and any(e.verb not in ("search", "wait", "walk") for e in before):
                continue
            if went is not None:
                marks.append(Mark(went, "vanish", thing, "end"))
            marks.append(Mark(shot, "appear", thing, "dig"))  # under the ground, it comes up as they dig
        elif ev.verb in ("bury", "hide_away") and not before and not after:
            marks.append(Mark(shot, "vanish", thing, "end"))  # buried or hidden, and nobody finds it
        elif ev.verb == "lose" and not after:  # lost for good: gone once it has left the hand
            last = max(k for k, p in enumerate(plans) if i in p.events)
            marks.append(Mark(last, "vanish", thing, "end"))
        elif ev.verb == "arrive" and ev.thing_does_it and not before:  # it comes from afar (story.thing_acts)
            marks.append(Mark(shot, "appear", thing, "start"))
        elif _made_new(ev) and not before:
            marks.append(Mark(shot, "appear", thing, "work"))  # made: it takes shape as they work
        elif ev.verb == "eat" and not after:
            marks.append(Mark(shot, "vanish", thing, "end"))
    return marks


def _coming(ev: Event) -> bool:
    return ev.verb in ("arrive", "land") or ev.verb == "walk" and _stem_in(ev.word, _COMING_WORDS)


def _going(ev: Event, concept: Concept) -> bool:
    if ev.verb in _GOING_VERBS or ev.verb == "flee" and _stem_in(ev.word, _GOING_WORDS):
        return True
    if ev.verb not in _MOVING_OFF or ev.patient or _coming(ev):  # "flies his kite", "comes home": no going
        return False
    words = set([fold(w) for w in _WORD.findall(concept.idea)][ev.at:ev.at + 6])
    # "flies away", "fährt dann davon", "rides off", "goes home", "geht nach Hause"
    return bool(_AWAY & words or ev.verb == "walk" and _HOME & words)


def _cast_marks(concept: Concept, cast: list[CastMember], plans: list[ShotPlan], entering: set[str]) -> list[Mark]:
    events = concept.events
    names = {c.name for c in cast}
    made = {e.result for e in events if e.result} | {e.patient for e in events if e.verb == "come_alive"}
    marks: list[Mark] = []
    for i, ev in enumerate(events):
        if not i and not _coming(ev):  # "Mitten in der Nacht taucht ein Geist auf": the set first, then the ghost
            continue
        earlier = {n for e in events[:i] for n in _involved(e)}
        shot = _shot_of(plans, i)
        if shot is None or not shot:
            continue
        # they come in the first shot they act in after the events before (an entrance walk the spine gave them)
        after = max((k for k, p in enumerate(plans) if set(p.events) & set(range(i))), default=0)
        for who in ev.agents:
            comes = _coming(ev) or ev.turn in _ENTERING_TURNS and who in entering
            if who in names and who not in earlier and who not in made and comes \
                    and not any(m.target == who for m in marks):
                first = next((k for k in range(max(1, after), shot)
                              if any(a.startswith(f"{who} ") for a in plans[k].actions)), shot)
                marks.append(Mark(first, "appear", who))
    for i, ev in enumerate(events):
        if not _going(ev, concept):
            continue
        shot = _shot_of(plans, i)
        later = {n for e in events[i + 1:] for n in _involved(e)}
        for who in ev.agents:  # and go where they do something (a bird that only sits is not seen to go)
            if shot is not None and who in names and who not in later \
                    and any(a.startswith(f"{who} ") for a in plans[shot].actions):
                marks.append(Mark(shot, "vanish", who, "end"))
    return marks


def _thing_words(kind: str, concept: Concept) -> set[str]:
    """The words an act names a thing by (lower case): its display noun, its type, the idea's word."""
    from autark.story.cast import display_noun

    words = {display_noun(kind, concept.language)[0].lower(), kind.replace("_", " ")}
    words |= {o.word.lower() for o in concept.objects if o.type == kind and o.word}
    return {w for w in words if w}


def later_comers(concept: Concept) -> set[str]:
    """The cast names not there when the film opens: who comes later ("then a robot arrives", "als plötzlich
    ein Drache erscheint") and what a change makes ("turns into a prince", "turns out to be an owl")."""
    events = concept.events
    out = {e.result for e in events if e.result and not e.result_is_thing}
    for i, ev in enumerate(events):
        earlier = {n for e in events[:i] for n in _involved(e)}
        if _coming(ev) or i and ev.turn in _ENTERING_TURNS:
            out |= {a for a in ev.agents if a not in earlier}
    return out


def _mentions(text: str, name: str) -> bool:
    return re.search(rf"(?<![\wäöüß]){re.escape(name)}(?![\wäöüß])", text) is not None


def _away_from(plans: list[ShotPlan], name: str, shots: range, lang: str, words: set[str] | None = None) -> None:
    """Out of ``shots``: the acts and lines of ``name`` (or acts on one of ``words``, a hidden thing's); an act
    of someone else on them becomes a look around."""
    from autark.story.verbs import sentence

    for k in shots:
        p = plans[k]
        kept: list[str] = []
        for a in p.actions:
            doer = a.split(" ", 1)[0]
            if a.startswith(f"{name} ") and words is None:
                continue
            if words is None and _mentions(a, name) or words is not None and any(_mentions(a.lower(), w)
                                                                                   for w in words):
                # one who kneels by it (digs for it) kneels on, at the ground; any other act is a look around
                kneels = words is not None and a.startswith(sentence("kneel", lang, a=doer) + " ")
                a = sentence("kneel" if kneels else "look", lang, a=doer)
            if a not in kept:
                kept.append(a)
        p.actions = kept
        if words is None:
            p.dialogue = [(who, t) for who, t in p.dialogue if who != name]
        if p.subject == name:
            p.subject = ""


def _at_it(plan: ShotPlan, makers: set[str], words: set[str]) -> bool:
    """Does one of ``makers`` act on the thing (named by one of ``words``) in the shot?"""
    return any(a.split(" ", 1)[0] in makers and any(_mentions(a.lower(), w) for w in words) for a in plan.actions)


def _tool_for(ev: Event) -> str:
    """The tool kind the maker of ``ev``'s thing holds while making it ("" for none the library has)."""
    from autark.assets import library

    if _stem_in(ev.word, _CARVING_WORDS):
        tool = _CARVER_TOOL
    elif ev.kind == "write":  # a painter's brush, a writer's pencil; knitting and sewing have no tool here
        tool = _PAINTER_TOOL if _stem_in(ev.word, _PAINTING_WORDS) else \
            _TOOL_OF_ACT["write"] if _stem_in(ev.word, _PICTURING_WORDS) else ""
    else:
        tool = _TOOL_OF_ACT.get(ev.kind, "")
    return tool if tool and tool in library.all_types() else ""


def _with_tools(concept: Concept, plans: list[ShotPlan]) -> None:
    """The first maker's acts of making a thing made ("Tom hammers the raft", "Lisa writes the letter") done
    with the tool of the act in their hand ("... with a hammer", "... mit einem Bleistift"): the engine brings
    it and it sits in the working hand. A painter kneeling by the picture paints it with a brush; a digger
    kneeling by what they dig up strikes the ground there with a shovel (the hammer's swing)."""
    from autark.story.cast import display_noun
    from autark.story.generic_staging import works_on
    from autark.story.verbs import sentence
    from autark.story.wording import noun_phrase

    lang = concept.language
    for ev in concept.events:
        digs = bool(ev.agents and ev.patient_is_thing and _dug_up(concept, ev))
        tool = _DIGGING_TOOL if digs else _tool_for(ev) if ev.agents and ev.patient_is_thing and _made_new(ev) else ""
        if not tool:
            continue
        who = ev.agents[0]
        lead = " ".join(sentence(ev.kind, lang, a=who, o="X").split()[:2]) + " "
        kneel = sentence("kneel", lang, a=who, o="X", w="X").rsplit(" ", 1)[0] + " "  # "Lisa kneels by "
        work = works_on(who, "X", lang).rsplit(" ", 1)[0] + " "  # "Lisa works on ": the generic hands at work
        words = _thing_words(ev.patient, concept)
        noun, gender = display_noun(tool, lang)
        with_tool = f"{'mit' if lang == 'de' else 'with'} {noun_phrase(noun, lang, gender, case='dat', definite=False)}"
        thing_noun, thing_gender = display_noun(ev.patient, lang)
        the_thing = noun_phrase(thing_noun, lang, thing_gender, case="acc")
        for p in plans:
            acts = []
            for a in p.actions:
                if any(_mentions(a.lower(), w) for w in words) and not re.search(r"\b(with|mit)\b", a):
                    if ev.kind == "write" and a.startswith((kneel, work)):  # a painter at the picture paints it
                        a = sentence("write", lang, a=who, o=the_thing)
                    elif digs and a.startswith(kneel):  # a digger strikes the ground there with the shovel
                        struck = noun_phrase(thing_noun, lang, thing_gender, case="dat")
                        a = re.sub(r" (with|mit) .*$", "", sentence("hammer", lang, a=who, o=the_thing, w=struck))
                        a = f"{a} {with_tool}"
                    if a.startswith(lead):
                        a = f"{a} {with_tool}"
                acts.append(a)
            p.actions = acts


def _work_begun_before(concept: Concept, marks: list[Mark], plans: list[ShotPlan]) -> list[Mark]:
    """``marks`` with each thing made there (its base on the ground) from the first of the shots just before its
    making where its makers already go to it or work at it (the spine builds up to the deed): in the shot of the
    making they are at it already and work the whole shot long while it rises, not walk up and strike twice."""
    out: list[Mark] = []
    for m in marks:
        if m.when != "work":
            out.append(m)
            continue
        words = _thing_words(m.target, concept)
        makers = {a.split(" ", 1)[0] for a in plans[m.shot].actions}

        first = m.shot
        while first > 0 and plans[first - 1].kind != "setup" and _at_it(plans[first - 1], makers, words):
            first -= 1
        if first < m.shot:
            out.append(Mark(first, "appear", m.target, "start"))
        out.append(m)
    return out


# the acts that seek or hope for a thing, and those that come to have it
_SEEKING = frozenset({"search", "wish", "look_for", "want"})
_HAVING = frozenset({"find", "catch", "take", "get", "receive", "pick_up", "steal", "win", "buy", "fish", "dig_up",
                     "open", "eat", "carry", "hold", "give"})


def never_found(concept: Concept) -> list[str]:
    """The things only sought or hoped for that nobody comes to have, where the idea says so: the search fails
    or a "but" brings another thing ("sucht einen Schatz, findet aber nur einen Stiefel"). Out of sight all the
    film: what is never found is never seen."""
    out: list[str] = []
    events = concept.events
    for i, ev in enumerate(events):
        if ev.verb not in _SEEKING or not ev.patient or not ev.patient_is_thing or ev.patient in out:
            continue
        had = any(e.patient == ev.patient and e.verb in _HAVING and e.outcome != "failed" for e in events)
        other = any(e.turn == "but" and e.verb in _HAVING and e.patient and e.patient != ev.patient
                    for e in events[i + 1:])
        if not had and (other or ev.outcome == "failed"):
            out.append(ev.patient)
    return out


def stage_presence(concept: Concept, cast: list[CastMember], plans: list[ShotPlan],
                   entering: set[str] | frozenset[str] = frozenset(),
                   hiding_places: frozenset[int] = frozenset()) -> list[Mark]:
    """Each coming and going the events tell (``Mark``); the plans are changed so nobody acts before they come
    or after they go, and nobody handles a thing while it is out of sight. ``entering``: cast names the story
    already has come in later (they wait at the back); ``hiding_places``: the events whose thing is where its
    doer hides or goes in (``story.containers.is_hiding_place``: it stays, it is no thing hidden)."""
    marks = _work_begun_before(concept, _prop_marks(concept, plans, hiding_places), plans)
    for thing in never_found(concept):  # "dig for treasure but only find a boot": no chest lies there
        marks.append(Mark(0, "vanish", thing))
        _away_from(plans, thing, range(len(plans)), concept.language, _thing_words(thing, concept))
    _with_tools(concept, plans)
    if not concept.stops:  # a journey's places have their own casts (story.journey_shots)
        marks += _cast_marks(concept, cast, plans, set(entering))
    by_target: dict[str, list[Mark]] = {}
    for m in marks:
        by_target.setdefault(m.target, []).append(m)
    names = {c.name for c in cast}
    for target, own in by_target.items():
        hidden: list[range] = []
        there, start, came = True, 0, False
        for m in sorted(own, key=lambda m: m.shot):
            if m.kind == "appear":
                if not came:  # a thing made comes as its base, then is made: hidden only before the first
                    hidden.append(range(start, m.shot))
                there = came = True
            else:
                start, there, came = m.shot + 1, False, False
        if not there:
            hidden.append(range(start, len(plans)))
        for shots in hidden:
            if target in names:
                _away_from(plans, target, shots, concept.language)
            else:
                _away_from(plans, target, shots, concept.language, _thing_words(target, concept))
    return marks


# a thing made: from when in its shot the work on it goes on, and for what share of the shot (its ``make``)
MAKING_FROM = 0.2
MAKING_SHARE = 0.65


def presence_effects(marks: list[Mark], lengths: list[float]) -> dict[int, list[Effect]]:
    """The marks as effects by shot index, timed in shots of these lengths (seconds). A thing made comes at
    its shot's start (a base on the ground) and rises as they work on it (``make``)."""
    out: dict[int, list[Effect]] = {}
    for m in marks:
        if not 0 <= m.shot < len(lengths):
            continue
        length = lengths[m.shot]
        if m.when in ("work", "dig"):
            out.setdefault(m.shot, []).extend([
                Effect(kind="appear", target=m.target, at_s=0.05),
                Effect(kind="make" if m.when == "work" else "unearth", target=m.target,
                       at_s=round(min(MAKING_FROM * length, 60.0), 2),
                       duration_s=round(min(max(MAKING_SHARE * length, 0.8), 60.0), 2))])
            continue
        at = {"start": 0.0, "middle": 0.45 * length, "end": max(0.0, length - 0.6)}[m.when]
        out.setdefault(m.shot, []).append(Effect(kind=m.kind, target=m.target, into=m.where,  # type: ignore[arg-type]
                                                 at_s=round(min(at, 60.0), 2)))
    return out


def silence_the_absent(shots: list[Shot]) -> list[Shot]:
    """The shots without the lines of anyone not there in them: before they appear (or a change makes them)
    and after they vanish (or are changed into another); in the shot of the change itself they still speak.
    However a line came to a shot (its event's, a reply, a spare one), nobody speaks from off the set."""
    turns: dict[str, list[tuple[int, bool]]] = {}  # name -> (shot, there after it)
    for k, shot in enumerate(shots):
        for e in shot.effects:
            if e.kind in ("appear", "vanish"):
                turns.setdefault(e.target, []).append((k, e.kind == "appear"))
            elif e.kind == "transform" and e.into:
                turns.setdefault(e.target, []).append((k, False))
                turns.setdefault(e.into, []).append((k, True))

    def away(name: str, k: int) -> bool:
        own = turns.get(name)
        if not own or any(at == k for at, _ in own):
            return False
        before = [there for at, there in own if at < k]
        return not before[-1] if before else own[0][1]

    out: list[Shot] = []
    for k, shot in enumerate(shots):
        kept = [d for d in shot.dialogue if not away(d.speaker, k)]
        out.append(shot if len(kept) == len(shot.dialogue) else shot.model_copy(update={"dialogue": kept}))
    return out
