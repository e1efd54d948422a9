"""A fuller voice track: the characters on screen talk with each other, each in the voice of who they are, about
where the story stands (for ``story.spine``).

After each shot's own lines (``story.spine_words``) every shot where two who can speak are present gets an
exchange: an answer to the last line there, by what that line does (asks, cries out, claims, cheers, tells) and
by who answers (a parent comforts, a detective asks, a rival taunts, a teacher explains, a child asks); a shot
where nobody spoke yet gets an opener by the story's state first: before the turn a worry or a wish, after an
event those who watched react to its doer (they cheer what came off, gasp at a loss, laugh at a mishap), never
the doer praising their own act. These are spare lines (``ShotPlan.spare``): a shot says them only where its
own words leave time (``spare_that_fits``), so they never push out the idea's own sentence or a line of the
event. A line is said once in a film, and nobody speaks to a thing.
"""

from __future__ import annotations

import random
import re
from typing import TYPE_CHECKING

from autark.story.exchange_lines import (
    OPENERS,
    REPLIES,
    STRANGER,
    TO_ANIMAL,
    VICTIM,
    WH_ANSWERS,
    speech_act,
    wh_word,
)
from autark.story.line_grammar import speech_s as _speech_s

if TYPE_CHECKING:
    from autark.story.events import Event
    from autark.story.shot_plans import ShotPlan, _Speech

__all__ = ["MOST_LINES", "speech_act", "voice_of", "fuller_track", "spare_that_fits", "spare_in_shot", "room_s",
           "with_spare_weights", "REPLIES", "OPENERS"]

MOST_LINES = 14  # a 30-s film with more than this is a radio play


# a body's voice by who they are: a role of ``story.role_lines`` or a relation, else a friend
_VOICE_OF_ROLE = {"healer": "carer", "rescuer": "carer", "elder": "carer", "teacher": "teacher", "police": "asker",
                  "judge": "asker", "child": "child", "royal": "carer", "fighter": "friend", "cook": "friend"}
_PARENT_NAMES = frozenset({"Mum", "Mom", "Dad", "Mama", "Papa", "Grandma", "Grandpa", "Oma", "Opa"})
_ROGUE_TYPES = ("thief", "pirate")
_ROGUE_WORDS = ("steal", "stole", "stiehl", "stehl", "stahl", "klau", "rob", "raub", "snatch", "pinch", "swipe",
                "schnapp", "mops", "pickpocket", "burgl", "einbrech", "bricht ein")
_RIVAL_KINDS = frozenset({"argue", "fight", "compete", "chase"})


def voice_of(sp: _Speech, name: str, other: str, events: list[Event]) -> str:
    """The voice ``name`` speaks to ``other`` in: asker (a detective, a judge), carer (a parent, a doctor, an
    elder), teacher, rogue (the one the idea makes a thief), rival (the one they quarrel or race with), child,
    or friend."""
    from autark.story.role_lines import role_of

    typ = next((c.type for c in sp.cast if c.name == name), "")
    role = role_of(typ)
    if role == "police" or role == "judge":
        return "asker"
    rogue = any(t in typ for t in _ROGUE_TYPES) or any(
        name in e.agents and any(w in (e.word or "").lower() for w in _ROGUE_WORDS) for e in events)
    fellow = other and any({name, other} <= set(e.agents) for e in events) and not any(
        e.kind in _RIVAL_KINDS and {name, other} <= set(e.agents) | {e.partner} for e in events)
    if rogue and not fellow:
        return "rogue"  # a thief gloats only where the idea makes them one, and not to their partner in it
    if other and any(other in e.agents and name in (e.source, e.patient, e.recipient) and e.kind == "take"
                     and any(w in (e.word or "").lower() for w in _ROGUE_WORDS) for e in events):
        return "victim"  # the one robbed does not laugh along with the thief
    if other and any(e.kind in _RIVAL_KINDS and {name, other} <= set(e.agents) | {e.partner}
                     for e in events):
        return "rival"
    if name in _PARENT_NAMES or role == "elder":
        return "carer"
    return _VOICE_OF_ROLE.get(role, "friend")


# how an event went, by its tone and kind, for those who watched it
_GOOD_TONES = frozenset({"happy", "celebrate", "calm", "romantic"})
_BAD_KINDS = frozenset({"fall", "drop", "break", "lose", "burn", "spill", "cry", "crash", "trip"})
_QUARREL_KINDS = frozenset({"argue", "fight"})
_REACTIONS = frozenset({"celebrate", "clap", "cheer", "look", "walk", "wave", "point", "shake_head", "nod", "talk",
                        "sit", "stand", "wait", "greet", "meet"})


def _how_it_went(ev: Event) -> str:
    if ev.outcome == "failed" or ev.kind in _BAD_KINDS or ev.tone in ("sad", "disaster"):
        return "bad"
    if ev.kind in _QUARREL_KINDS:
        return "quarrel"
    if ev.tone == "comedy" or ev.kind == "laugh":
        return "funny"
    if ev.kind in _REACTIONS:
        return ""  # a cheer, a laugh, a look is itself a reaction: nobody says "You did it" to it
    return "good" if ev.tone in _GOOD_TONES or ev.kind in ("celebrate", "dance", "sing", "play", "find", "help",
                                                            "build", "cook", "repair", "land", "arrive", "catch",
                                                            "jump", "learn", "invent", "paint", "garden") else ""


def _said_key(line: str) -> str:
    from autark.story.spine_words import _said_key as key

    return key(line)


def _present(p: ShotPlan, sp: _Speech) -> list[str]:
    from autark.story.film_lines import can_speak_in

    named = [w for a in p.actions for w in re.findall(r"[\wÄÖÜäöüß]+", a)]  # the one looked at is there too
    return [n for n in dict.fromkeys(named) if n in sp.voiced and n not in sp.hidden and can_speak_in(n, p.actions)]


def _fill_one(options: list[str], values: dict[str, str], said: set[str], rng: random.Random) -> str | None:
    from autark.story.lines import _fill

    fresh = [o for o in options if _said_key(o.format_map(_Blank(values))) not in said]
    line = _fill(fresh, values, rng) if fresh else None
    return line if line and _said_key(line) not in said else None


class _Blank(dict):
    def __missing__(self, key: str) -> str:
        return ""


def _reply(line: str, speaker: str, replier: str, sp: _Speech, events: list[Event], said: set[str],
           rng: random.Random, wrecked: bool = False) -> str | None:
    """What ``replier`` answers to ``line`` said by ``speaker``: by what the line does and who answers
    (``wrecked``: something of the story was just wrecked, and nobody cheers)."""
    from autark.story.lines import answer_to

    act = speech_act(line)
    bye_to = re.match(r"^\W*(?:goodbye|farewell|bye|leb wohl|lebt wohl|auf wiedersehen|tschüss),\s*([^.!?,…]+)", line,
                      re.IGNORECASE)
    if act == "farewell" and bye_to and bye_to.group(1).strip() != sp.address(replier):
        return None  # "Goodbye, sandcastle." is said to the thing gone, not answered "Goodbye, take care!"
    if wrecked and act in ("joy", "praise", "working") or line.lower().startswith(("shh", "pst")) or any(
            line in lines for lines in STRANGER):
        return None  # nobody cheers a wreck; a whisper aside, or a stranger's "Hello?" before they meet, is not answered
    if act == "claim" and voice_of(sp, speaker, replier, events) == "rogue" and voice_of(
            sp, replier, speaker, events) not in ("rogue", "asker"):
        act = "protest_thief"  # "The crown is mine now!" - "Stop, thief!"
    voice = voice_of(sp, replier, speaker, events)
    values = {"other": sp.address(speaker), "listener": speaker}
    if sp.address(replier) and re.search(rf"\b{re.escape(sp.address(replier))}\b", line):
        values["other"] = ""  # named by the line they answer, they answer without a name: they are talking
    if voice_of(sp, speaker, replier, events) == "asker" and voice not in ("asker", "rogue", "victim"):
        voice = "suspect"  # spoken to by a detective: as one suspected
    if act == "question" and line.lower().startswith(("and ", "und ")):
        return None  # "And then what happened?" is answered by the story going on
    wh = wh_word(line) if act == "question" else ""
    if wh and voice not in ("rogue", "rival", "suspect"):  # "What is that?" is not answered "Of course!"
        pair = WH_ANSWERS.get(wh)
        return _fill_one(pair[sp.lang == "de"], values, said, rng) if pair else None
    wh = wh or wh_word(line)  # "Was hast du mit mir gemacht?!" asks what, whatever its marks
    if act == "thanks" or act == "question" and voice not in ("rogue", "rival", "suspect"):
        answered = answer_to(line, sp.lang, values, rng)
        if answered and _said_key(answered) not in said and not (wh and _YES.match(answered)):
            return answered
    if act == "statement" and voice == "asker" and not any(replier in e.agents and e.kind in ("talk", "ask")
                                                           for e in events):
        return None  # "Interesting... go on" belongs to questioning, not to a chase
    table = REPLIES.get(act, REPLIES["statement"])
    pair = table.get(voice) or (table.get("friend") if act != "statement" else None)
    if not pair:
        return None
    options = [o for o in pair[sp.lang == "de"] if not (wh and _YES.match(o))]  # "What did you do?" - "I think so."
    return _fill_one(options, values, said, rng)


def _opener(k: int, plans: list[ShotPlan], me: str, other: str, sp: _Speech, events: list[Event], after_key: bool,
            said: set[str], rng: random.Random, wrecked: bool = False, just: list[Event] | None = None) -> str | None:
    """The first words of shot ``k`` by ``me`` to ``other``: a reaction to what was just done by another (the
    events of this shot and the one before, or ``just``), else, before the turn, a worry or a wish."""
    from autark.story.spine_words import _values

    if just is None:
        just = [events[i] for q in plans[max(0, k - 1):k + 1] for i in q.events if i < len(events)]
    from autark.story.spine_words import _fam

    for ev in reversed(just):
        doers = [a for a in ev.agents if a != me and a in {c.name for c in sp.cast}]
        if _fam(ev) == "teach":  # what a lesson achieves is the learner's: "You did it, Mia!", not to the teacher
            doers = [n for n in (ev.patient, ev.recipient, ev.partner) if n and n != me and n in {c.name for c in sp.cast}]
        elif any(_fam(t) == "teach" and set(t.agents) & set(doers) for t in events):
            continue  # what the teacher does shows how it goes: no feat to cheer ("You did it, Grandpa!")
        if me in (ev.partner, ev.patient, ev.recipient, ev.source):
            continue  # reactions are the onlookers': the one it was done to has lines of their own
        went = _how_it_went(ev)
        if wrecked and went == "good":
            went = "bad"  # the toaster just exploded: no "Bravo"
        if not doers or not went or me in ev.agents:
            continue  # nobody praises their own act: others react to it
        doer = sp.address(doers[0])
        if not doer and went != "quarrel":
            continue  # a dragon is not called "Dragon"
        voice = voice_of(sp, me, doers[0], events)
        table = OPENERS[went]
        pair = VICTIM if voice == "victim" else table.get(voice) or table["any"]
        values = {"doer": doer, "other": sp.address(other), "listener": other}
        line = _fill_one(pair[sp.lang == "de"], values, said, rng)
        if line:
            return line
    if after_key:
        return None
    if other and _meet_ahead(k, plans, me, other, events):  # they have not met yet: no "Are you ready?"
        return _fill_one(STRANGER[sp.lang == "de"], {}, said, rng)
    voice = voice_of(sp, me, other, events)
    if voice in ("child", "friend") and any(i < len(events) for q in plans[1:k + 1] for i in q.events):
        return None  # "Are you ready?" once it has begun is too late
    coming = next((events[i] for q in plans[k:] for i in q.events if i < len(events)), None)
    values = {k2: v for k2, v in _values(sp, coming, me, other).items() if k2 not in ("said", "said_as")}
    if voice == "rogue" and (len(_present(plans[k], sp)) > 1 or any(
            voice_of(sp, c.name, me, events) == "asker" for c in sp.cast if c.name != me and c.name not in sp.hidden)):
        return None  # "Nobody is looking" is said only where nobody is, and no detective is about
    from autark.story.kind_lines import brings_its_thing, without_the_thing

    if coming is not None and brings_its_thing(coming.verb, coming.patient_is_thing):  # not made or found yet
        values = without_the_thing(values)
    pair = OPENERS["before"].get(voice) or OPENERS["before"]["friend"]
    return _fill_one(pair[sp.lang == "de"], values, said, rng)


_MEETS = frozenset({"meet", "greet"})


def _said_to_mute(k: int, plans: list[ShotPlan], speaker: str, replier: str, sp: _Speech, events: list[Event]) -> bool:
    """Is ``speaker`` in shot ``k`` doing something to a mute one (a dragon fought, a goat chased), so that
    what they say is said to it and not for ``replier`` to answer?"""
    for i in plans[k].events:
        e = events[i] if i < len(events) else None
        if e is not None and speaker in e.agents and replier not in (e.patient, e.partner, e.recipient):
            done_to = [n for n in (e.patient, e.partner) if n and not e.patient_is_thing or n == e.partner and n]
            if any(n in {c.name for c in sp.cast} and n not in sp.voiced for n in done_to):
                return True
    return False


def _meet_ahead(k: int, plans: list[ShotPlan], me: str, other: str, events: list[Event]) -> bool:
    """Does the story have ``me`` and ``other`` meet in shot ``k`` or later, and not before?"""
    def meets(i: int) -> bool:
        e = events[i] if i < len(events) else None
        return e is not None and (e.kind in _MEETS or e.verb in _MEETS) and {me, other} <= {*e.agents, e.partner, e.patient}

    return any(meets(i) for q in plans[k:] for i in q.events) and not any(meets(i) for q in plans[:k] for i in q.events)


_HOSTILE_KINDS = frozenset({"chase", "flee", "fight", "scare", "take", "argue"})


# a yes, a maybe: no answer to a question that asks who, what or where
_YES = re.compile(r"^\W*(yes|yeah|ja|i think so|ich glaube schon|maybe|vielleicht|of course|natürlich|klar|sure)\b",
                  re.IGNORECASE)
_SAVING = frozenset({"find", "search", "rescue", "help", "free", "carry", "save", "release", "lift", "pick_up",
                     "look_for", "tend"})
_LITTLE_DE = {"m": "kleiner", "f": "kleine", "n": "kleines", "p": "kleine"}  # called: "Ganz ruhig, kleiner Kater."


_ARTICLE_GENDER = {"der": "m", "die": "f", "das": "n"}


def _pet(ref: str, lang: str) -> str:
    """An animal called by the idea's word for it (``ref``: "the lamb", "das Lamm"), gently: "little lamb",
    "kleines Lamm"; an animal with a name by its name ("Rex")."""
    words = ref.split()
    if len(words) < 2 or words[0].lower() not in ("the", *_ARTICLE_GENDER):
        return ref
    if lang == "en":  # its describing words left out: "the red bird" is called "little bird"
        return f"little {words[-1].lower()}"
    return f"{_LITTLE_DE[_ARTICLE_GENDER.get(words[0].lower(), 'n')]} {words[-1]}"


def _to_animal(k: int, plans: list[ShotPlan], me: str, sp: _Speech, events: list[Event], said: set[str],
               rng: random.Random) -> str | None:
    """A line of ``me`` (a person) to a mute animal in shot ``k`` that the story has them deal with."""
    from autark.assets.library import person_kind

    types = {c.name: c.type for c in sp.cast}
    if not person_kind(types.get(me, "")):
        return None
    named = {w for a in plans[k].actions for w in re.findall(r"[\wÄÖÜäöüß]+", a)}
    animals = [c.name for c in sp.cast if c.name in named and c.name not in sp.voiced and c.name != me
               and not person_kind(c.type)]
    for animal in animals:
        shared = [e for e in events if me in e.agents + [e.partner, e.patient, e.source]
                  and animal in e.agents + [e.partner, e.patient, e.source]]
        if not shared:
            continue
        done = {i for q in plans[:k] for i in q.events} - set(plans[k].events)  # over before this shot
        if any(e.kind in _HOSTILE_KINDS for e in shared):
            use = "hostile"
        elif any(events.index(e) in done and e.verb in _SAVING for e in shared):  # found, freed, carried: safe
            use = "saved"
        elif any(events.index(e) in done for e in shared):  # taught, fed, played with: well done
            use = "after"
        else:
            use = "before"
        line = _fill_one(TO_ANIMAL[use][sp.lang == "de"], {"pet": _pet(sp.person_ref(animal), sp.lang)}, said, rng)
        if line:
            return line
    return None


def _event_said(p: ShotPlan, there: list[str], sp: _Speech, events: list[Event], said: set[str],
                rng: random.Random) -> tuple[str, str | None]:
    """(speaker, line) of the shot's event by one there: its doer's line, else an onlooker's."""
    from autark.story.lines import event_lines
    from autark.story.spine_words import _fam, _values

    for i in p.events:
        ev = events[i] if i < len(events) else None
        if ev is None or not _fam(ev) or ev.outcome:
            continue
        for me in there:
            role = "say" if me in ev.agents else "reply" if me in (ev.patient, ev.recipient, ev.partner) else "watch"
            other = next((n for n in ev.agents if n != me), next((n for n in there if n != me), ""))
            line = event_lines(_fam(ev), sp.lang, role, _values(sp, ev, me, other), rng)
            if line and _said_key(line) not in said and not (role == "say" and _PRAISE_OWN.search(line)):
                return me, line
    return "", None


_PRAISE_OWN = re.compile(r"what a |was für ein|bravo|wie schön du", re.I)  # said of another's act only


def _once_each(plans: list[ShotPlan], sp: _Speech) -> None:
    """A line is said once in a film, whoever says it to whomever: the second "This time I will win, Tom!"
    after "This time I will win, Max!" is left out (the quarrel goes on in the answers)."""
    names = [re.escape(a) for a in (sp.address(c.name) for c in sp.cast) if a]
    pattern = re.compile(rf",?\s*\b({'|'.join(names)})\b,?") if names else None
    heard: set[str] = set()
    cores: dict[str, int] = {}
    for p in plans:
        kept = []
        for who, text in p.dialogue:
            key = _said_key(pattern.sub(" ", text) if pattern else text)
            core = re.sub(r"^((no|nein|niemals|never|hey|he|oh|ha|yes|ja)\s+)+", "", key)
            if key in heard or cores.get(core, 0) >= 2:
                continue  # "It is mine!" - "No, it is mine!" is a quarrel; a third time is a record stuck
            heard.add(key)
            cores[core] = cores.get(core, 0) + 1
            kept.append((who, text))
        p.dialogue = kept


def fuller_track(plans: list[ShotPlan], sp: _Speech, events: list[Event], rng: random.Random,
                 ) -> tuple[set[str], int, int]:
    """Spare lines (``ShotPlan.spare``) for the shots where two who can speak are present, until the film
    has ``MOST_LINES`` lines planned: an answer to the shot's last line, else an opener and its answer. Returns
    what ``story.talk_on`` goes on from: the lines said (keys), how many are planned, the shot of a wreck."""
    _once_each(plans, sp)
    said = {_said_key(t) for p in plans for _w, t in p.dialogue}
    planned = sum(len(p.dialogue) for p in plans)
    first_climax = next((k for k, p in enumerate(plans) if p.kind in ("climax", "resolution")), len(plans))
    from autark.story.wrecks import harmless_wreck

    wreck = harmless_wreck(events)  # "the balloon pops": from its shot on, nobody cheers
    wreck_at = next((k for k, p in enumerate(plans) for i in p.events if wreck is not None and i < len(events)
                     and events[i] is wreck), len(plans) if wreck is None else 0)
    for k, p in enumerate(plans):
        if not k:
            continue  # the opening is the narrator's
        there = _present(p, sp)
        if not there:
            continue
        from autark.story.film_lines import can_speak_in

        met = [n for q in plans[:k] for n in _present(q, sp)]  # one seen before is still about, awake, and answers
        about = [c.name for c in sp.cast if c.name in sp.voiced and c.name not in sp.hidden
                 and tuple(c.position) != _AT_THE_BACK]  # on the set from the start, not one who enters later
        near = there + [n for n in dict.fromkeys(met + about) if n not in there and can_speak_in(n, p.actions)]
        spare: list[tuple[str, str]] = []
        last = p.dialogue[-1] if p.dialogue else None
        if last is None:  # alone there, they speak to the one the story is with (off screen)
            me = there[0]
            other = there[1] if len(there) > 1 else next((c.name for c in sp.cast if c.name != me and c.name
                                                          in sp.voiced and c.name not in sp.hidden), "")
            line = _opener(k, plans, me, other, sp, events, k >= first_climax, said, rng, k >= wreck_at)
            if not line:  # the narrator tells the shot's event: its doer or one who sees it speaks after
                me, line = _event_said(p, there, sp, events, said, rng)
            if not line:  # alone with a creature the story has them deal with: they talk to it
                me, line = there[0], _to_animal(k, plans, there[0], sp, events, said, rng)
            if line:
                spare.append((me, line))
                said.add(_said_key(line))
                last = (me, line)
        for _turn in range(2):  # an answer, and the answer to that
            if last is None or planned + len(spare) >= MOST_LINES:
                break
            if len(p.dialogue) + len(spare) > 1 and speech_act(last[1]) in ("statement", "joy"):
                break  # an exchange that ends on a statement is over
            asked_by = next((w for w, _t in reversed((p.dialogue + spare)[:-1]) if w != last[0]), "")
            # the one the line answered answers it in turn ("Ouch!" - "Are you all right?" - the one who fell)
            replier = asked_by if asked_by in near else next((n for n in near if n != last[0]), "")
            if not replier or _meet_ahead(k, plans, last[0], replier, events) or _said_to_mute(
                    k, plans, last[0], replier, sp, events):
                break  # one not met yet does not answer what is said of them ("Who is that over there?"), nor
                # a bystander what is said to a creature ("Stand back!" to the dragon is not the princess's)
            answer = _reply(last[1], last[0], replier, sp, events, said, rng, k >= wreck_at)
            if not answer and replier in there and k < wreck_at and speech_act(last[1]) in (
                    "statement", "pointing", "working", "joy"):  # the other there says their part of the event
                answer = _event_said(p, [replier], sp, events, said, rng)[1]
            if not answer:
                break
            spare.append((replier, answer))
            said.add(_said_key(answer))
            asks_back = voice_of(sp, replier, last[0], events) not in ("rival", "rogue")
            last = (replier, answer)
            goes_on = speech_act(answer) in ("comfort", "challenge") or speech_act(answer) == "question" and asks_back
            if not goes_on or len(p.dialogue) + len(spare) > 3:
                break  # a real question, a comfort or a taunt is answered once more; "Is that all?" asks nothing
        spoken = {w for w, _t in p.dialogue + spare}
        third = next((n for n in there if n not in spoken), "")  # one there who has not spoken reacts to what happened
        starts = [0]
        if third and planned + len(spare) < MOST_LINES and (p.dialogue or spare):
            to = next((w for w, _t in reversed(p.dialogue + spare)), "")
            line = _opener(k, plans, third, to, sp, events, True, said, rng, k >= wreck_at)
            if line:
                starts.append(len(spare))  # a reaction of its own: said even where the exchange before is not
                spare.append((third, line))
                said.add(_said_key(line))
        p.spare, p.spare_starts = spare, sorted(set(starts))
        planned += len(spare)
    return said, planned, wreck_at


def with_spare_weights(weights: list[float], spare: list[int]) -> list[float]:
    """Shot weights (story.narrative) that give the shots with spare lines more of the film's time, from the
    quiet shots after the opening; the opening keeps its share (it is told: where, and who)."""
    if len(weights) < 2 or not any(spare[1:]):
        return weights
    rest = [w * (1.0 + 0.3 * min(n, 1)) for w, n in zip(weights[1:], spare[1:], strict=True)]
    rest = [w * sum(weights[1:]) / sum(rest) for w in rest]
    return [weights[0], *rest]


_AT_THE_BACK = (2.8, 0.0, -3.0)  # where story.narrative waits one who enters at the turn
_LEAD_S, _GAP_S = 0.25, 0.2  # jobs.produce: the first line's lead after the cut, the breath between lines




SPILL_S = 2.5  # how far a shot's last spare line may run on into a quiet next shot (jobs.produce lays it there)


def room_s(narration: str, said: list[str], length_s: float, lang: str) -> float:
    """How long a shot of ``length_s`` stays quiet at its end after its narration and lines."""
    return length_s - _LEAD_S - sum(_speech_s(t, lang) + _GAP_S for t in ([narration] if narration else []) + said)


def spare_that_fits(spare: list[tuple[str, str]], narration: str, said: list[str], length_s: float, lang: str,
                    heard: set[str], carried_s: float = 0.0, spill_s: float = 0.0,
                    answers: str = "", starts: list[int] | None = None) -> tuple[list[tuple[str, str]], float]:
    """The spare lines, in order, that still fit a shot of ``length_s`` after its narration and its lines
    (``said``), none heard before in the film (``heard``, as ``_said_key`` keys), and how far this shot's words
    run on into the next one. ``carried_s``: how far the last shot's words ran on into this one; ``spill_s``: how
    far they may run on into the next (its quiet time, 0 before a new scene or the last shot); ``answers``: the
    planned line the first spare answers, none of them said where that one gave way to the idea's own words.
    ``starts``: where in ``spare`` an exchange begins; one that does not fit is left out whole (an answer without
    what it answers is not said) and the next is tried; none: the spare lines are one exchange."""
    begins = set(starts or []) | {0}
    skipping = bool(answers) and answers not in said  # the first exchange answers a line that gave way
    used = max(_LEAD_S, carried_s) + sum(_speech_s(t, lang) + _GAP_S for t in ([narration] if narration else []) + said)
    out: list[tuple[str, str]] = []
    for k, (who, text) in enumerate(spare):
        if k in begins and k:
            skipping = skipping and not starts  # with no exchanges marked, what is left out ends the shot's talk
        if skipping:
            continue
        cost = _speech_s(text, lang) + _GAP_S
        if used + cost > length_s + min(spill_s, SPILL_S) or _said_key(text) in heard:
            skipping = True  # the rest of this exchange is not said
            continue
        out.append((who, text))
        used += cost
    return out, max(0.0, used - length_s)


def spare_in_shot(plans: list[ShotPlan], i: int, lengths: list[float], scene_of: list[int], narration: str,
                  said: list[str], said_before: set[str], lang: str, carried_s: float) -> tuple[list[tuple[str, str]], float]:
    """The spare lines shot ``i`` of ``plans`` says (``spare_that_fits``), after its narration and lines
    (``said``) and none said before in the film (``said_before``), and how far its words run on into the next
    shot: into a quiet one of the same scene only, never into the last."""
    p = plans[i]
    heard = {_said_key(t) for t in said_before} | {_said_key(t) for t in said}
    nxt = plans[i + 1] if i + 2 < len(plans) and scene_of[i + 1] == scene_of[i] else None
    spill_s = room_s(nxt.narration, [t for _w, t in nxt.dialogue], lengths[i + 1], lang) if nxt else 0.0
    return spare_that_fits(p.spare, narration, said, lengths[i], lang, heard, carried_s, spill_s,
                           p.dialogue[-1][1] if p.dialogue else "", p.spare_starts)
