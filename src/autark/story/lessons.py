"""A lesson seen as one: the teacher shows how, the learner tries and fails, then tries again and does it,
and the teacher claps. "A grandmother teaches her grandson to dance", "bringt seiner Tochter das
Fahrradfahren bei", "a penguin learns to swim from an old seal", "zeigt den Kindern, wie man malt", "lehrt
einen Bären tanzen", "a cowboy teaches a boy how to ride a horse".

The skill is the act the idea names with the teaching (the event after it, "to dance", "wie man malt"), or a
German verb made a noun ("das Tanzen", "das Fahrradfahren": a verb at the end of a compound, with the
compound's thing), or the use of the thing taught ("das Angeln" read as the rod: fishing). The verb table
reads a lesson as a talk and the skill done by both at once (or by the teacher alone, or not at all);
``lesson_events`` rewrites it as the teacher's demonstration, the learner's clumsy try (they fall or shake
their head) and their good one (they celebrate), the teacher clapping.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from autark.assets.templates import fold

# In annotations only (story.events calls the readings while it reads an idea): Event, Token, concepts
Event = Token = CharacterConcept = ObjectConcept = Any

__all__ = ["lesson_events"]

_LESSON_VERBS = frozenset({"teach", "learn"})
_NOT_SKILLS = frozenset({"talk", "look", "think", "nod", "wave", "point", "walk", "argue", "shake_head"})
_FROM = frozenset({"from", "by", "with", "von", "vom", "bei", "beim", "mit"})  # "learns to swim from a seal"
# a clumsy try by the kind of the skill: the body's skills fall, the hands' fail and are shaken off
_FALLS = frozenset({"dance", "ride", "swim", "jump", "climb", "run", "slide", "fly", "kick", "drive", "fight"})
# the thing at the front of a German compound skill ("Fahrradfahren", "Skifahren"): what it is done with
_COMPOUND_THINGS = {"fahrrad": "bicycle", "rad": "bicycle", "ski": "skis", "schlittschuh": "skis",
                    "skateboard": "skateboard", "roller": "skateboard", "auto": "car", "boot": "boat",
                    "pferd": "horse", "surf": "surfboard", "schlitten": "sled", "motorrad": "motorcycle"}
_HOW = frozenset({"how", "wie"})
# folded beginnings of the verbs of practising ("übt", "practises", "rehearses", "trainiert")
_PRACTISE = ("ueb", "geueb", "practi", "rehears", "trainier")
_HOW_SPAN = 5  # words from "shows" to its "how"
_MOST_LEARNERS = 3
# skills whose staging has no act after it (a ride is the ride): the try's fall or cheer is an event of its own
_WHOLE_SKILLS = frozenset({"ride", "drive", "fly"})
_SKILL_SPAN = 9  # words after the lesson's verb its skill is looked for in
_MIN_STEM = 4  # the shortest verb at the end of a compound ("fahren")


def _compound_skill(folded: str, lang: str) -> tuple[Any, str] | None:
    """(the verb, the thing) of a German compound skill word ("fahrradfahren": ride, bicycle), else None."""
    from autark.story.verbs import verb

    for cut in range(2, len(folded) - _MIN_STEM + 1):
        head, tail = folded[:cut], folded[cut:]
        if head in _COMPOUND_THINGS and (v := verb(tail, lang)) is not None:
            thing = _COMPOUND_THINGS[head]
            return (verb("reiten", "de") if v.kind == "drive" and thing != "car" else v), thing
    return None


def _skill(i: int, events: list[Event], tokens: list[Token], lang: str) -> tuple[Event | None, Any, str]:
    """(the event that is the skill, or None; else the skill's verb and thing) for the lesson ``events[i]``."""
    from autark.story.uses import USE_OF_THING
    from autark.story.verbs import verb, verb_by_key, verb_keys

    ev = events[i]
    nxt = events[i + 1] if i + 1 < len(events) else None
    if nxt is not None and 0 <= ev.at < nxt.at <= ev.at + _SKILL_SPAN and nxt.turn in ("and", "") and \
            nxt.kind not in _NOT_SKILLS:
        return nxt, None, ""
    end = min(len(tokens), ev.at + 1 + _SKILL_SPAN)
    for k in range(ev.at + 1, end):
        t = tokens[k]
        if t.brk and k > ev.at + 1 or t.turn and t.turn != "and":
            break
        if t.thing and t.thing in USE_OF_THING:  # "das Angeln" read as the rod, "the violin"
            return None, verb_by_key(USE_OF_THING[t.thing]), t.thing
        found = _compound_skill(t.folded, lang) if lang == "de" else None
        if found is not None:
            return None, found[0], found[1]
        after_to = tokens[k - 1].folded in ("to", "zu")  # "how to fish": a verb the noun reader took for a fish
        v = verb(t.folded, lang) if (t.text[:1].isupper() and lang == "de" or after_to) and k > ev.at + 1 else None
        if v is None and after_to and t.folded in verb_keys():  # "to fish": the story verb's own name
            v = verb_by_key(t.folded)
        if v is not None and v.kind not in _NOT_SKILLS:  # "das Tanzen", "das Schwimmen"
            return None, v, ""
    return None, None, ""


def _people(ev: Event, span: range, tokens: list[Token], names: set[str]) -> tuple[str, list[str]]:
    """(teacher, learners) of the lesson event: all those one word names ("den Kindern": both children)."""
    if ev.verb != "learn":
        teacher = ev.agents[0]
        learner = next((w for w in ("" if ev.patient_is_thing else ev.patient, ev.recipient) if w in names
                        and w != teacher), "")
        if not learner:
            learner = next((n for k in span for n in tokens[k].characters if n != teacher), "")
        group = next((t.characters for k in span for t in [tokens[k]] if learner in t.characters), [learner])
        return teacher, [n for n in group if n != teacher][:_MOST_LEARNERS] or [learner]
    learners = ev.agents[:_MOST_LEARNERS]
    after = False
    for k in span:
        after = after or tokens[k].folded in _FROM
        for n in tokens[k].characters:
            if after and n not in learners:
                return n, learners
    return "", learners


def _is_lesson(ev: Event, tokens: list[Token]) -> bool:
    """A teaching or learning, or a showing of how ("shows his apprentice how to", "zeigt ihr, wie man")."""
    if ev.verb in _LESSON_VERBS:
        return True
    return ev.verb == "show" and any(t.folded in _HOW for t in tokens[ev.at + 1:ev.at + 1 + _HOW_SPAN])


def lesson_events(events: list[Event], tokens: list[Token], characters: list[CharacterConcept],
                  objects: list[ObjectConcept], make_object: Callable[[str], ObjectConcept], lang: str) -> list[Event]:
    """The events with each lesson staged as demonstration, clumsy try and good try (see the module's notes);
    a thing the skill needs is added to ``objects``. Unchanged where the idea tells no lesson."""
    from autark.story.showing import shown_events
    from autark.story.verbs import Verb

    events = shown_events(events, tokens, characters, objects, make_object)  # "zeigt ihr das Foto": no lesson
    names = {c.name for c in characters}
    out: list[Event] = []
    skip: set[int] = set()
    for i, ev in enumerate(events):
        if i in skip:
            continue
        if ev.agents and ev.kind not in _NOT_SKILLS and fold(ev.word).startswith(_PRACTISE) and not ev.repeat:
            # "übt Geige", "practises the violin" (staged as its use, story.uses): tried clumsily, then done
            act = {"then": "", "reaction": "", "turn": "then"}
            out += [ev.model_copy(update={**act, "then": "fall" if ev.kind in _FALLS else "shake_head",
                                          "tone": "comedy", "turn": ev.turn}),
                    ev.model_copy(update={**act, "then": "celebrate", "tone": "happy", "turn": "finally"})]
            continue
        if not ev.agents or ev.at < 0 or not _is_lesson(ev, tokens):
            out.append(ev)
            continue
        shown, v, thing = _skill(i, events, tokens, lang)
        span = range(ev.at, min(len(tokens), ev.at + 1 + _SKILL_SPAN))
        if shown is not None:
            span = range(ev.at, min(len(tokens), max(shown.at, ev.at) + 1 + _SKILL_SPAN))
        teacher, learners = _people(ev, span, tokens, names)
        if not learners or (shown is None and v is None):
            out.append(ev)
            continue
        if shown is None:
            assert isinstance(v, Verb)
            shown = ev.model_copy(update={"verb": v.key, "kind": v.kind, "line": v.line, "then": "", "reaction": "",
                                          "patient": thing, "patient_is_thing": True, "recipient": "",
                                          "partner": "", "source": "", "tone": "happy", "turn": "and"})
            if thing and not any(o.type == thing for o in objects) and thing not in names:
                objects.append(make_object(thing))
        else:
            skip.add(i + 1)
        # the taught are not what the skill is done to ("swims to the seal", "cooks the chef")
        if shown.patient and not shown.patient_is_thing and shown.patient in (teacher, *learners):
            shown = shown.model_copy(update={"patient": ""})
        act = {"then": "", "reaction": "", "agents": learners, "turn": "and"}
        if ev.verb != "learn":
            out.append(ev.model_copy(update={"patient": learners[0], "patient_is_thing": False, "recipient": "",
                                             "kind": "talk"}))  # the teacher tells them what they will show
        if teacher:
            out.append(shown.model_copy(update={**act, "agents": [teacher]}))
        clumsy = "fall" if shown.kind in _FALLS else "shake_head"
        rest = [e for e in events[i + 1:] if e is not shown]
        if rest and rest[0].turn == "but" or ev.outcome == "failed":  # "..., aber sie verbrennen": no good try
            out.append(shown.model_copy(update={**act, "then": clumsy if ev.outcome else "", "turn": "then"}))
            continue
        if shown.kind in _WHOLE_SKILLS:  # the ride, then the fall off it; the ride again, then the cheer
            then = {"verb": clumsy, "kind": clumsy, "patient": "", "recipient": "", "line": "", "then": "",
                    "reaction": "", "agents": learners, "instrument": ""}
            out += [shown.model_copy(update={**act, "turn": "then"}),
                    shown.model_copy(update={**then, "tone": "comedy"}),
                    shown.model_copy(update={**act, "turn": "finally"}),
                    shown.model_copy(update={**then, "verb": "celebrate", "kind": "celebrate", "tone": "happy",
                                             "reaction": "clap"})]
            continue
        out.append(shown.model_copy(update={**act, "then": clumsy, "tone": "comedy", "turn": "then"}))
        out.append(shown.model_copy(update={**act, "then": "celebrate", "tone": "happy", "turn": "finally",
                                            "reaction": "clap"}))
    return out

