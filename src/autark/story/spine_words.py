"""The words of a story told along its events (for ``story.spine``): the lines of an event, the narrator's
sentence for it, a line in each shot where a character can speak, and the resolution's acts and last line.
"""

from __future__ import annotations

import random
import re
from typing import TYPE_CHECKING

from autark.story.lines import before_line, ending_line, event_lines
from autark.story.places import said_place
from autark.story.verbs import sentence

if TYPE_CHECKING:
    from autark.story.analysis import Concept
    from autark.story.events import Event
    from autark.story.screenplay import CastMember
    from autark.story.shot_plans import ShotPlan, _Speech

__all__ = ["_values", "_lines", "_told", "_enough_lines", "_resolution"]


def _fam(ev: Event) -> str:
    """The event's dialogue family, by its story verb where verbs.yaml names none (carry, fish, magic...)."""
    from autark.story.lines import family_of

    return family_of(ev.verb, ev.line, ev.word)  # the idea's own verb: a sandcastle is built, not fixed


def _values(sp: _Speech, ev: Event | None, me: str, other: str) -> dict[str, str]:
    from autark.story.role_lines import role_of

    types = {c.name: c.type for c in sp.cast}
    values = {"me": sp.address(me), "other": sp.address(other), "listener": other,
              "role": role_of(types.get(me, "")), "other_role": role_of(types.get(other, "")),  # a doctor speaks as one
              "place": said_place(sp.concept), "goal": ev.goal if ev else "",
              "outcome": getattr(ev, "outcome", "") if ev else "",  # "never catches": no "What a catch!"
              "tried": f"{ev.verb} {ev.word}" if ev else ""}  # "too heavy!" (story.failed_lines)
    thing = ev.patient if ev and ev.patient and ev.patient_is_thing else (ev.instrument if ev else "")
    if ev is not None and not thing and _fam(ev) == "cry":  # one cries over what just happened to the crown
        thing = next((e.patient for e in reversed(sp.concept.events) if e.at < ev.at and e.patient
                      and e.patient_is_thing), "")
    if thing:
        from autark.story.thing_kinds import thing_kind

        values.update(sp.said(thing).slots())
        from autark.story.modified_nouns import made_thing_kind

        # a rose is smelled, not eaten (story.kind_lines); a rubber duck is played with, not looked after
        values["kind"] = made_thing_kind(sp.concept, thing) or thing_kind(thing)
    if ev is not None and ev.agents:
        from autark.story.wrecks import harmless_wreck

        wreck = harmless_wreck(sp.concept.events)  # "the toaster explodes while he makes breakfast": no bragging
        values["after_wreck"] = "1" if wreck is not None and wreck is not ev and wreck.at <= ev.at else ""
    if ev is not None and (ev.kind == "talk" or ev.verb in ("talk", "argue")) and ev.agents:
        from autark.story.reported_speech import spoken

        values["said"], values["said_as"] = spoken(sp.concept.idea, ev, sp.lang) or ("", "")  # "Please, let me go!"
    if ev is not None and ev.patient and not ev.patient_is_thing and ev.patient != me:
        values["them"] = sp.person_ref(ev.patient, "acc")  # "the kitten", "das Kätzchen": whom it is done to
        if ev.patient == other:  # said to them: "I will get you out of there!", not "I will get Tom out of there!"
            values["them"], values["them_is_listener"] = ("dich" if sp.lang == "de" else "you"), "1"
    if not any(c.name != me and c.name not in sp.hidden for c in sp.cast):
        values["alone"] = "1"  # nobody else in the film: no "we" ("And to think we found the key here!")
    if other and other != me:  # how the one spoken to is spoken of, so no line speaks of them as if away
        values["listener_refs"] = "|".join(dict.fromkeys(r for r in (sp.address(other), sp.person_ref(other, "nom"),
                                                                         sp.person_ref(other, "acc")) if r))
    return values


def _lines(ev: Event, sp: _Speech, actors: list[str], rng: random.Random) -> list[tuple[str, str]]:
    if not actors:  # nobody plays what does it: those it happens to cry out ("Run, Max!")
        from autark.story.uncast import reaction_to

        there = [c.name for c in sp.cast if c.name in sp.voiced and c.name not in sp.hidden]
        family = "flee" if reaction_to(ev) == "flee" else _fam(ev)
        heard = _values(sp, ev, there[0], there[1] if len(there) > 1 else "") if there else {}
        said = None
        for role in ("say",) if family == "flee" else ("watch", "say"):  # the wave broke it: "Oh no! The castle!"
            said = said or (event_lines(family, sp.lang, role, heard, rng) if there and family else None)
        return [(there[0], said)] if said else []
    if not _fam(ev):
        return []
    speakers = [a for a in actors if a in sp.voiced and a not in sp.hidden]  # "someone" is silent till found out
    others = [n for n in (ev.recipient, ev.source, ev.partner, "" if ev.patient_is_thing else ev.patient) if n]
    others += [a for a in actors if a not in speakers[:1]]
    watchers = [c.name for c in sp.cast if c.name in sp.voiced and c.name not in actors and c.name not in others]
    out: list[tuple[str, str]] = []
    if speakers:
        me = speakers[0]
        other = next((n for n in others if n != me), watchers[0] if watchers else "")
        said = event_lines(_fam(ev), sp.lang, "say", _values(sp, ev, me, other), rng)
        if _fam(ev) == "talk" and not _values(sp, ev, me, other).get("said"):
            said = None  # "talks to the girl": not "I have to tell you something" where a role has words of its own
        by_role = not said  # nothing of the event fits: a doctor who "examines" asks where it hurts
        said = said or _role_said(sp, ev, me, other, "say", rng) or (
            event_lines(_fam(ev), sp.lang, "say", _values(sp, ev, me, other), rng) if _fam(ev) == "talk" else None)
        if said:
            out.append((me, said))
        if _fam(ev) == "flee":  # "Right behind you!" is a fellow runner's, not the pursuer's
            others = [a for a in actors if a != me]
        replier = next((n for n in others if n in sp.voiced and n != me), "")
        reply = (_role_said(sp, ev, replier, me, "reply", rng) if by_role and said else None) if replier else None
        reply = reply or (event_lines(_fam(ev), sp.lang, "reply", _values(sp, ev, replier, me), rng) if replier else None)
        # "Where does it hurt?" - "Right here, doctor."
        if reply:
            out.append((replier, reply))
    elif watchers and not set(actors) <= sp.hidden:  # what "someone" does nobody sees
        me = watchers[0]
        said = event_lines(_fam(ev), sp.lang, "watch", _values(sp, ev, me, actors[0] if actors else ""), rng)
        if said is None and _fam(ev) not in _REPLY_IS_THE_DONE_TO:  # "Catch me if you can" is the chased one's
            said = event_lines(_fam(ev), sp.lang, "reply", _values(sp, ev, me, actors[0] if actors else ""), rng)
        if said:
            out.append((me, said))
    return [(who, sp.with_trait(who, text)) for who, text in out]  # a trait is heard in its first line


def _role_said(sp: _Speech, ev: Event | None, me: str, other: str, use: str, rng: random.Random) -> str | None:
    """What ``me`` says because of who they are ("examines the child": a doctor asks where it hurts); ``use``
    reply: what is said back to the one at work (``other``: "Right here, doctor.")."""
    from autark.story.lines import _fill
    from autark.story.role_lines import role_options

    values = _values(sp, ev, me, other)
    role = values["role" if use != "reply" else "other_role"]
    if use == "say" and role in ("child", "elder"):
        return None  # "Look, look!" is no child's work: a child says what it does
    return _fill(role_options(role, use, sp.lang), values, rng)


def _told(ev: Event, sp: _Speech, actors: list[str]) -> str:
    """A narrator's sentence for an event nobody in it can speak about (a dragon eating), in the idea's words;
    "" where the words came out wrong (one noun twice: "The cat water on the cat", "Der Besen zerbricht Besen"):
    the narrator says nothing rather than that."""
    from autark.story.wording import TOKEN

    tokens = TOKEN.findall(sp.concept.idea)
    if 0 <= ev.at < len(tokens) and (sp.lang == "de" and tokens[ev.at][:1].isupper() and ev.at > 0 or ev.at > 0 and
                                     tokens[ev.at - 1].lower() in _NOUN_MARKERS):
        return ""  # the "verb" is a noun ("vom Grill", "spills the paint"): its sentence would be nonsense
    said = _told_words(ev, sp, actors)
    return said if _sounds_whole(said, sp.lang) else ""


# words after which an idea's word is a noun, not a verb
_NOUN_MARKERS = {"the", "a", "an", "his", "her", "their", "my", "your", "its", "our", "der", "die", "das", "den",
                 "dem", "des", "vom", "zum", "zur", "im", "am", "beim", "ein", "eine", "einen", "einem"}


def _sounds_whole(text: str, lang: str) -> bool:
    """No noun twice in one narrated sentence: a sign the idea's words were read for the wrong event."""
    import re

    words = re.findall(r"[\wÄÖÜäöüß]+", text)
    if lang == "de":
        nouns = [(i, w) for i, w in enumerate(words) if i and w[:1].isupper()]
    else:
        nouns = [(i + 1, b.lower()) for i, (a, b) in enumerate(zip(words, words[1:], strict=False))
                 if a.lower() in ("the", "a", "an", "his", "her", "their", "its")]  # "The wife brings his wife"
    seen: dict[str, int] = {}
    for i, noun in nouns:  # two of a kind joined ("die rote Maus und die blaue Maus") are two, not one twice
        if noun in seen and not {"und", "and"} & {w.lower() for w in words[seen[noun]:i]}:
            return False
        seen[noun] = i
    return True


def _told_words(ev: Event, sp: _Speech, actors: list[str]) -> str:
    from autark.story.wording import told

    thing = ""
    if not actors and ev.thing_does_it:  # the thing does it ("the barn catches fire"): the sentence's subject
        return told(ev, sp.concept, sp.cast, [], subject=sp.said(ev.patient).nom)
    if not actors and ev.subject:  # "an avalanche chases them": in the idea's words
        from autark.story.uncast import subject_phrase

        return told(ev, sp.concept, sp.cast, [], subject=subject_phrase(ev, sp.concept))
    if ev.goal and actors:  # "wants to become king"
        who = _joined_refs(sp, actors)
        return f"{who} will {ev.goal} werden." if sp.lang == "de" else f"{who} wants to become {ev.goal}."
    if ev.patient and ev.patient_is_thing:
        np = sp.said(ev.patient)
        thing = np.acc if sp.lang == "de" else np.nom
    elif ev.patient:
        thing = sp.person_ref(ev.patient, "acc")
        person = sp.people.get(ev.patient)
        kin = [c for c in sp.cast if person is not None and sp.people.get(c.name) is not None
               and sp.people[c.name].word == person.word]
        if _plural_pronoun_after(ev, sp) and len(kin) > 1 and person is not None:  # "sie verjagt": the flock
            thing = f"die {person.word}" if sp.lang == "de" else f"the {person.word.lower()}"
    elif not _plural_pronoun_after(ev, sp):  # "bis ein Drache ihn frisst": "ihn" is the thing so far
        earlier = [e for e in sp.concept.events if e.at < ev.at and e.patient and e.patient not in actors]
        if earlier and earlier[-1].patient_is_thing:
            np = sp.said(earlier[-1].patient)
            thing = np.acc if sp.lang == "de" else np.nom
        elif earlier:
            thing = sp.person_ref(earlier[-1].patient, "acc")
    return told(ev, sp.concept, sp.cast, actors, thing)


def _enough_lines(plans: list[ShotPlan], sp: _Speech, events: list[Event], rng: random.Random) -> None:
    """A line in every shot after the first where a character who can speak acts and nobody speaks yet: from
    the shot's event (what its doer says, what an onlooker says), else from what that character does there,
    else from the story's next event (what is to come) or its last one; then an answer to a lone question or
    thanks. Walking and looking around say nothing of this story and get no line of their own; whoever sleeps
    or lies there says nothing."""
    from autark.story.film_lines import can_speak_in, family_of_action
    from autark.story.line_context import action_family

    said = {_said_key(t) for p in plans for _w, t in p.dialogue}
    looked = False
    for k, p in enumerate(plans):
        lead_in = p.kind == "inciting" and not p.events  # the way to the first event: what is to come
        if not k or p.dialogue or p.kind == "resolution" or not p.events and not lead_in and p.size == "close-up":
            continue  # an insert of a thing: quiet
        if p.narration:  # the narrator tells this shot (a snowman melting): a line here would push it out
            continue
        voiced = [n for n in dict.fromkeys(a.split()[0] for a in p.actions)
                  if n in sp.voiced and n not in sp.hidden and can_speak_in(n, p.actions)]
        if not voiced:
            continue
        me = voiced[0]
        other = next((n for n in voiced[1:]), next((c.name for c in sp.cast if c.name != me
                                                    and c.name not in sp.hidden), ""))
        ev = events[p.events[0]] if p.events and p.events[0] < len(events) else None
        coming = next((events[i] for q in plans[k + 1:] for i in q.events if i < len(events)), None)
        if lead_in:
            first = next((events[i] for q in plans for i in q.events if i < len(events)), None)
            said_first = before_line(_fam(first), sp.lang, _values(sp, first, me, other), rng) if first else None
            if said_first and _said_key(said_first) not in said:
                p.dialogue.append((me, sp.with_trait(me, said_first)))
                said.add(_said_key(said_first))
            continue
        options: list[tuple[str, str, Event | None]] = []
        if ev is not None and _fam(ev) and ev.agents:
            done_to = me in (ev.patient, ev.recipient, ev.partner)
            if me in ev.agents:
                options += [(_fam(ev), "say", ev), (_fam(ev), "reply", ev)]
            elif _fam(ev) == "flee" and me in (ev.source, ev.patient):  # the one they run from gives chase
                options.append(("chase", "say", ev))
            elif done_to:  # "Let me go!" before an onlooker's "What a catch!" (the chased cheer on nobody)
                options += [(_fam(ev), "reply", ev)] + ([(_fam(ev), "watch", ev)] if _fam(ev) not in
                                                        _REPLY_IS_THE_DONE_TO else [])
            else:
                options += [(_fam(ev), "watch", ev)] + ([(_fam(ev), "reply", ev)] if _fam(ev) not in _REPLY_IS_THE_DONE_TO else [])
        doing = next(a for a in p.actions if a.split()[0] == me)
        staged = ev or next((e for e in events if family_of_action(doing) in (e.verb, e.kind)), None)
        options.append((action_family(family_of_action(doing), doing, staged), "say", ev))  # into the boat: boarding
        chosen = next(((t, family, of) for family, role, of in options if family and role == "say"
                       for t in [event_lines(family, sp.lang, role, _values(sp, of, me, other), rng)]
                       if t and _said_key(t) not in said), None)
        line = chosen[0] if chosen else next((t for family, role, of in options if family
                                              for t in [event_lines(family, sp.lang, role, _values(sp, of, me, other), rng)]
                                              if t and _said_key(t) not in said), None)
        if any(" rides " in a or " reitet " in a for a in p.actions):  # a ride's line waits for its journey's end
            coming = ev = None if line is None else ev
        if line is None and coming is not None and _fam(coming) and (me in coming.agents or not coming.agents):
            # on the way to what comes next, its doer says what is to come
            line = before_line(_fam(coming), sp.lang, _values(sp, coming, me, other), rng)
        gone_by = next((events[i] for q in reversed(plans[:k]) for i in reversed(q.events) if i < len(events)), None)
        if line is None and gone_by is not None and _fam(gone_by) and gone_by.agents:  # what just happened
            role = "say" if me in gone_by.agents else "reply" if me in (gone_by.patient, gone_by.recipient) else "watch"
            line = event_lines(_fam(gone_by), sp.lang, role, _values(sp, gone_by, me, other), rng)
            line = line if line and _said_key(line) not in said else None
            if line is None and role == "say" and gone_by.outcome != "failed":  # its doer, after it: "There, bread for everyone."
                from autark.story.lines import after_line

                line = after_line(_fam(gone_by), sp.lang, role, _values(sp, gone_by, me, other), rng)
                line = line if line and _said_key(line) not in said else None
        for of in (ev, coming):  # or the thing that is looked at, once a film: "Look, a golden ball!"
            if (line is None or _said_key(line) in said) and of is not None and not looked:
                line = event_lines("watch", sp.lang, "say", _values(sp, of, me, other), rng)
                looked = bool(line)
        if line and _said_key(line) not in said:
            p.dialogue.append((me, sp.with_trait(me, line)))
            said.add(_said_key(line))
            fellow = chosen is not None and (chosen[1] != "flee" or chosen[2] is not None and voiced[1:2] and
                                             voiced[1] in chosen[2].agents)  # "Right behind you!" is no pursuer's
            of = chosen[2] if chosen else None  # the answer is the part of one in the event: its doer to an onlooker
            in_it = [n for n in voiced[1:] if of is not None and n in (*of.agents, of.patient, of.recipient, of.partner)]
            if chosen and chosen[0] == line and in_it and fellow:  # the other one there answers in the same vein
                reply = event_lines(chosen[1], sp.lang, "reply", _values(sp, chosen[2], in_it[0], me), rng)
                if reply and _said_key(reply) not in said:
                    p.dialogue.append((in_it[0], sp.with_trait(in_it[0], reply)))
                    said.add(_said_key(reply))
    _lead_speaks(plans, sp, events, said, rng)
    _answered(plans, sp, said, rng)
    _no_long_silence(plans, sp, events)


def _lead_speaks(plans: list[ShotPlan], sp: _Speech, events: list[Event], said: set[str], rng: random.Random) -> None:
    """The idea's first character, where they can speak, says at least one line: in the first shot after the
    opening where they act, awake, and fewer than two speak: their event's line, else what they say because of
    who they are (a doctor: "Where does it hurt?"), else what they say after what they did."""
    from autark.story.film_lines import can_speak_in
    from autark.story.lines import after_line

    lead = sp.cast[0].name if sp.cast else ""
    if lead not in sp.voiced or lead in sp.hidden or any(w == lead for p in plans for w, _t in p.dialogue):
        return
    for k, p in enumerate(plans):
        if not k or p.kind == "resolution" or len(p.dialogue) > 1 or not any(a.split()[0] == lead for a in p.actions) \
                or not can_speak_in(lead, p.actions):
            continue
        ev = next((events[i] for i in p.events if i < len(events) and lead in events[i].agents),
                  next((e for e in events if lead in e.agents), None))
        other = next((c.name for c in sp.cast if c.name != lead and c.name not in sp.hidden), "")
        family = _fam(ev) if ev is not None else ""
        line = next((t for t in (event_lines(family, sp.lang, "say", _values(sp, ev, lead, other), rng) if family else None,
                                 _role_said(sp, ev, lead, other, "say", rng),
                                 after_line(family, sp.lang, "say", _values(sp, ev, lead, other), rng) if family else None)
                     if t and _said_key(t) not in said), None)
        if line:
            p.dialogue.insert(0, (lead, sp.with_trait(lead, line)))
            said.add(_said_key(line))
            return


def _no_long_silence(plans: list[ShotPlan], sp: _Speech, events: list[Event]) -> None:
    """The second of two shots in a row where nobody speaks and nothing is told gets the narrator: its
    event in the idea's words ("The crow takes the scissors."), told once a film, else what its first actor
    does there, with the film's name for them ("The tailor looks at the scissors."). A 30-s film is never quiet
    for ten seconds, and what fills it is this story."""
    told_events = {i for p in plans if p.narration for i in p.events}
    told_texts = {p.narration for p in plans if p.narration}
    quiet = 0
    for k, p in enumerate(plans):
        if p.dialogue or p.narration or not k:
            quiet = 0
            continue
        quiet += 1
        if quiet < 2 or p.kind == "resolution":
            continue
        text = ""
        for i in p.events:
            if i < len(events) and i not in told_events and events[i].agents:
                text = _told(events[i], sp, events[i].agents)
                told_events.add(i)
                break
        for action in p.actions if not text else []:  # the first act there that says something of the story
            text = _action_told(action, sp)
            if text:
                break
        if text and text not in told_texts:
            p.narration = text
            told_texts.add(text)
            quiet = 0


def _action_told(action: str, sp: _Speech) -> str:
    """An action sentence as the narrator says it: its actor by the film's name for them ("Crow looks at the
    scissors" -> "The crow looks at the scissors."), "" for a sentence with nobody of the cast first."""
    import re

    from autark.story.wording import capitalise

    names = {c.name for c in sp.cast}
    name, _, rest = action.partition(" ")
    if name not in names or not rest or any(w in f" {rest} " for w in _BLAND_ACTS):
        return ""  # "walks to the right", "schaut sich um" say nothing of the story

    def ref(m: re.Match[str]) -> str:  # another of the cast by the film's name: "looks at the teacher"
        case = "dat" if m.group(1).strip().lower() in ("zu", "mit", "bei", "von", "aus", "nach") else "acc"
        return m.group(1) + sp.person_ref(m.group(2), case)

    pattern = "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))
    rest = re.sub(rf"(\b\w+\s+)({pattern})\b", ref, rest)
    return capitalise(f"{sp.person_ref(name)} {rest}.")


# acts with nothing of the story in them: not worth the narrator's breath
_BLAND_ACTS = (" to the right ", " to the left ", " nach rechts ", " nach links ", " looks around ", " sich um ",
               " their head ", " den Kopf ", " walks ", " geht ", " nods ", " nickt ")


def _answered(plans: list[ShotPlan], sp: _Speech, said: set[str], rng: random.Random) -> None:
    """A lone question or thanks in a shot where another who can speak is present gets its answer."""
    from autark.story.film_lines import can_speak_in
    from autark.story.lines import answer_to

    events = sp.concept.events
    for k, p in enumerate(plans):
        if len(p.dialogue) != 1:
            continue
        asker, text = p.dialogue[0]
        there = [n for n in dict.fromkeys(a.split()[0] for a in p.actions)
                 if n != asker and n in sp.voiced and n not in sp.hidden and can_speak_in(n, p.actions)]
        # "Are you all right?" is asked of the one it happened to: the answer is theirs, not a bystander's
        last = next((events[i] for q in reversed(plans[:k + 1]) for i in reversed(q.events) if i < len(events)), None)
        in_it = [n for n in there if last is not None and n in (*last.agents, last.patient, last.partner, last.recipient)]
        if _CONCERN.search(text) and not in_it:
            continue
        there = in_it + [n for n in there if n not in in_it]
        if not there:
            continue
        reply = answer_to(text, sp.lang, {"other": sp.address(asker)}, rng)
        if reply and _said_key(reply) not in said:
            p.dialogue.append((there[0], reply))
            said.add(_said_key(reply))


# a question after one's well-being, answered only by the one it is asked of
_CONCERN = re.compile(r"are you (all right|ok|okay|hurt)|geht es dir gut|alles in ordnung|hast du dir wehgetan|"
                      r"bist du verletzt", re.IGNORECASE)


# one or two capitalised words called between a comma and the next comma or the line's end ("Look, Noah, I am
# flying!", "Hold on, Grandpa!"): the one spoken to, not what is said
_CALLED = re.compile(r",\s*[A-ZÄÖÜ][\w'-]*(?:\s[A-ZÄÖÜ][\w'-]*)?(?=\s*[,.!?])")


def _said_key(line: str) -> str:
    """A line as heard: "Hey! Give it back!" and "Hey, give it back!" are the same line said twice, and so are
    "Look, Noah, I am flying!" and "Look, I am flying!" (a name called between commas is not the line)."""
    line = _CALLED.sub("", line)
    return " ".join("".join(ch for ch in line.lower() if ch.isalnum() or ch.isspace()).split())


def _joined_refs(sp: _Speech, names: list[str]) -> str:
    refs = [sp.person_ref(n) for n in names]
    text = (" und " if sp.lang == "de" else " and ").join(refs)
    return text[:1].upper() + text[1:]


def _resolution(concept: Concept, cast: list[CastMember], sp: _Speech, events: list[Event], key: Event,
                rng: random.Random) -> ShotPlan:
    from autark.story.film_lines import LASTING, ending_tone, last_staged
    from autark.story.shot_plans import _DISASTERS, _END_KIND, ShotPlan, _act

    fought_over = {e.patient for e in events if e.kind in ("argue", "fight", "take") and e.patient_is_thing}
    eaten = key.kind == "eat" and key.patient in fought_over and not set(key.agents) & {
        a for e in events if e.kind in ("argue", "fight") for a in e.agents}
    tone = "eaten" if eaten else ending_tone(key, events)
    if any(e.thing_does_it and e.verb in _DISASTERS for e in events):  # a volcano erupted: they got away
        tone = "disaster"
    from autark.story.wrecks import harmless_wreck, made_by, wreck_line

    wreck = harmless_wreck(events)  # the toaster exploded, the cake collapsed: dismay, not "Everyone is safe"
    if wreck is not None and tone != "eaten":
        tone = "sad"
    end = ShotPlan("resolution", tone=tone)
    from autark.story.uncast import doers

    before = next((e.agents for e in reversed(events[:events.index(key)]) if e.agents), []) if key in events else []
    key_doers = set(doers(key, before, cast)) if key.kind in LASTING else set()  # "bis beide einschlafen"
    kind = _END_KIND.get(tone, "wave")
    people = [c.name for c in cast if c.name not in sp.hidden]
    if tone == "disaster" and key.agents:  # the fox that scared them off is not hugged
        people = [n for n in people if n not in key.agents] or people
    if kind == "hug" and len(people) < 2:
        kind = "cry"
    awake = [n for n in people if n not in key_doers]
    for name in [n for n in people if n in key_doers][:4]:  # who fell asleep, hid, sat down: they stay so
        end.actions.append(_act(key.kind, sp, a=name))
    if kind == "hug":  # people hug each other; a bird is not hugged: it looks on
        from autark.assets.library import person_kind

        types = {c.name: c.type for c in cast}
        humans = [n for n in awake if person_kind(types.get(n, ""))]
        if len(humans) >= 2 or humans and len(awake) > len(humans):
            end.actions += [_act("look", sp, a=n, o=humans[0]) for n in awake if n not in humans][:3]
            awake = humans if len(humans) >= 2 else awake[:0]
            if not awake:
                end.actions.append(_act("celebrate", sp, a=humans[0]))
    for i, name in enumerate(awake[:4]):
        partner = awake[(i + 1) % len(awake)] if len(awake) > 1 else ""
        end.actions.append(_act(kind, sp, a=name, o=partner if kind in ("hug", "wave") else "", w=partner))
    last = last_staged(events, concept)
    from autark.story.lines import has_after

    if last is not None and (not last.agents or not has_after(_fam(last), sp.lang)) and tone != "disaster" \
            and wreck is None and not any(e.outcome for e in events) and not (
                last.agents and _values(sp, last, last.agents[0], "").get("said")):  # "never catches": its own end
        # the cheese "belongs to him" is nobody's deed, walking home says nothing: the story ends on what its
        # people last did that has words for after it
        last = next((e for e in reversed(events) if e.agents and has_after(_fam(e), sp.lang)), last)
    ev_for_obj = next((e for e in reversed(events) if e.patient and e.patient_is_thing), None)
    if sp.hidden and people:  # "someone" is found out: the lead points at them, who owns up
        figure = sorted(sp.hidden)[0]
        end.actions = [sentence("point", sp.lang, a=people[0], o=figure), sentence("shake_head", sp.lang, a=figure)]
        said = event_lines("reveal", sp.lang, "say", _values(sp, ev_for_obj, people[0], figure), rng)
        reply = event_lines("reveal", sp.lang, "reply", _values(sp, ev_for_obj, figure, people[0]), rng)
        end.dialogue += [(who, text) for who, text in ((people[0], said), (figure, reply))
                         if text and who in sp.voiced]
        end.subject, end.tone = figure, "surprise"
        return end
    speakers = [n for n in people if n in sp.voiced and n not in key_doers]
    if eaten:  # those who fought over it speak first
        fighters = [a for e in events if e.kind in ("argue", "fight") for a in e.agents if a in sp.voiced]
        speakers = list(dict.fromkeys(fighters + speakers))
    winner = ""
    if speakers and last is not None and _fam(last) == "compete":
        from autark.story.races import race_of

        race = race_of(concept)  # the one beaten says "You win this time", to the winner (story.races stages them)
        if race is not None and race.racers[1] in speakers:
            speakers, winner = [race.racers[1], *(n for n in speakers if n != race.racers[1])], race.racers[0]
    if speakers:
        other = winner or next((n for n in people if n != speakers[0]), "")
        family = "" if eaten else (_fam(last) if last is not None else "")
        if last is not None and speakers[0] not in last.agents and family in _DOERS_OWN_END:
            family = ""  # "Nobody saw me" is the hider's to say
        said_of = _values(sp, last, speakers[0], other) if last is not None else {}
        if ev_for_obj is not None and "obj" not in said_of and not (last is not None and _fam(last) and _fam(
                last) != _fam(ev_for_obj)):  # the story's thing, when the last act has none and no lines of its
            said_of = {**_values(sp, ev_for_obj, speakers[0], other), **said_of}  # own ("Give back the window!")
        role = "say"
        if last is not None and speakers[0] not in last.agents:  # the one it was done to, or who looked on
            role = "reply" if speakers[0] in (last.patient, last.recipient, last.partner) else "watch"
            if role == "watch" and last.agents:  # an onlooker speaks to, or of, the one who did it
                said_of = {**said_of, **({"other": sp.address(last.agents[0])} if last.agents[0] != speakers[0] else {})}
        line = ending_line(tone, sp.lang, said_of or _values(sp, None, speakers[0], other), rng, family, role)
        if wreck is not None and tone == "sad":
            role = "say" if speakers[0] in made_by(wreck, events) or not other else "watch"  # alone: it was theirs
            line = wreck_line(role, sp.lang, _values(sp, wreck, speakers[0], other), rng) or line
        if line:
            end.dialogue.append((speakers[0], line))
    elif key_doers:  # "until both fall asleep": the narrator says it
        who = sorted(key_doers, key=[c.name for c in cast].index)
        lasting = _LASTING_TOLD.get(key.kind)
        end.narration = lasting[sp.lang == "de"][len(who) > 1].format(who=_joined_refs(sp, who)) if lasting \
            else _told(key, sp, who)
    elif getattr(key, "outcome", "") == "failed" and (key.agents or before):  # nobody there speaks: it came to nothing
        who = [a for a in key.agents or before if a in {c.name for c in cast}][:2]  # "... but never catches one"
        if who:
            end.narration = _GAVE_UP[sp.lang == "de"][len(who) > 1].format(who=_joined_refs(sp, who))
    if not end.dialogue and not end.narration and last is not None and last.agents:  # nobody there speaks
        end.narration = _closing_told(last, sp, rng)
    end.subject = ""
    return end


# the narrator's last words after the story's last event, where nobody at the end can speak (a dog and a cat):
# how that event left them, by its family (en, de); {doer} did it, {other} it was done to, {obj} its thing
_CLOSING = {
    "chase": (["In the end, {other} got away from {doer}."], ["Am Ende ist {other} {doer_dat} entwischt."]),
    "flee": (["In the end, {doer} got away."], ["Am Ende ist {doer} entkommen."]),
    "eat": (["Nothing is left of {obj}."], ["Von {obj_dat} ist nichts mehr übrig."]),
    "take": (["{obj} stays with {doer}.", "And {doer} keeps {it_acc}."],
             ["{obj} bleibt bei {doer_dat}.", "Und {doer} behält {it_acc}."]),
    "fight": (["Neither {doer} nor {other} gives in."], ["Weder {doer} noch {other} gibt nach."]),
    "argue": (["Neither {doer} nor {other} gives in."], ["Weder {doer} noch {other} gibt nach."]),
    "fly": (["{doer} flies on, far away."], ["{doer} fliegt weiter, weit weg."]),
    "find": (["{doer} keeps {obj}."], ["{doer} behält {obj_acc}."]),
    "lose": (["{obj} is gone."], ["{obj} ist weg."]),
    "break": (["{obj} is broken."], ["{obj} ist kaputt."]),
    "catch": (["{doer} has caught {other}."], ["{doer} hat {other_acc} gefangen."]),
    "help": (["{other} is safe again."], ["{other} ist wieder in Sicherheit."]),
    "play": (["{doer} plays on {place}, until evening."], ["{doer} spielt {place} weiter, bis zum Abend."]),
    "jump": (["{doer} has landed safely."], ["{doer} ist sicher gelandet."]),
    "scare": (["{other} will not forget that fright."], ["Diesen Schreck vergisst {other} nicht."]),
    "swim": (["{doer} swims on {place}."], ["{doer} schwimmt {place} weiter."]),
}


def _closing_told(ev: Event, sp: _Speech, rng: random.Random) -> str:
    """The narrator's closing sentence for ``ev`` (``_CLOSING``), "" where its family has none."""
    from autark.story.lines import _fill

    options = _CLOSING.get(_fam(ev), ([], []))[sp.lang == "de"]
    other = next((n for n in (ev.source, ev.recipient, ev.partner, "" if ev.patient_is_thing else ev.patient)
                  if n and n not in ev.agents), "")
    values = {"place": said_place(sp.concept),
              "doer": (" und " if sp.lang == "de" else " and ").join(sp.person_ref(a) for a in ev.agents[:2]), "doer_dat": sp.person_ref(ev.agents[0], "dat")}
    if other:
        values.update(other=sp.person_ref(other), other_acc=sp.person_ref(other, "acc"))
    if ev.patient and ev.patient_is_thing:
        values.update(sp.said(ev.patient).slots())
    return _fill(options, values, rng) or ""


# the narrator's last words after an attempt that came to nothing, where nobody there can speak
_GAVE_UP = (("{who} gives up, for today.", "{who} give up, for today."),
            ("{who} gibt auf, für heute.", "{who} geben auf, für heute."))


def _plural_pronoun_after(ev: Event, sp: _Speech) -> bool:
    """Is the word next to the event's verb "them"/"sie" (a group), which no earlier thing stands for?"""
    from autark.story.wording import TOKEN

    words = TOKEN.findall(sp.concept.idea)
    near = words[max(0, ev.at - 1):ev.at + 2] if 0 <= ev.at < len(words) else []  # German: "bis ein Hund sie verjagt"
    if sp.lang == "de" and "sie" in (w.lower() for w in near):  # "bis eine Welle sie zerstört": the castle (f)
        earlier = [e for e in sp.concept.events if e.at < ev.at and e.patient and e.patient_is_thing]
        if earlier and sp.said(earlier[-1].patient).gender in ("f", "p"):
            return False
    return any(w.lower() in ("them", "sie", "ihnen") for w in near)


# families whose reply is the line of the one it is done to ("Catch me if you can!"), never an onlooker's
_REPLY_IS_THE_DONE_TO = frozenset({"chase", "throw", "give", "serve", "help", "meet", "make_up", "love"})
# families whose ending lines only their doer can say
_DOERS_OWN_END = frozenset({"hide", "wish", "jump", "walk", "escort", "wait", "feed"})
# what the narrator says of those who stay asleep or hidden at the end: (en, de) x (one, several)
_LASTING_TOLD = {"sleep": (("{who} falls asleep.", "{who} fall asleep."), ("{who} ist eingeschlafen.", "{who} sind eingeschlafen.")),
                 "hide": (("{who} stays hidden.", "{who} stay hidden."),
                          ("{who} bleibt versteckt.", "{who} bleiben versteckt."))}
