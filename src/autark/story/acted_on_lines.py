"""The one an act is done to answers it in their own voice, the doer answers them, and a find that disappoints
is said to (for ``story.turn_reactions``, the last pass that touches the voice track).

Films spoke in lines per verb: the mayor a waiter dropped a wedding cake on said "Do not worry. I will help you."
and then laughed along; a pirate who dug up "only a rubber duck" cried "Who would have thought?". Here the shot
that stages an act done to a person who can speak (covered, soaked, hit, given to, rescued, turned into
something) gets that person's own reaction naming the thing ("Ugh! The wedding cake! All over me!") and the
doer's answer by what the act was (an apology for a mishap, a kind word for a gift or a rescue), each addressing
the other by role where a role has a title ("Mr Mayor", "Herr Bürgermeister"). The one acted on does not laugh
at their own mishap afterwards. A find the idea calls "only", "just", "nur" or "bloß" is a disappointment:
"Only a rubber duck?!". An animal that cannot speak is no speaker here (``_Speech.voiced``).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from autark.story.destinations import passed_to  # a throw to one who catches it soils no one
from autark.story.talk_on import MOST_IN_SHOT as _MOST_IN_SHOT  # lines planned for one shot

if TYPE_CHECKING:
    from autark.story.events import Event
    from autark.story.shot_plans import ShotPlan, _Speech

__all__ = ["ACTED_ON", "TITLES", "title_of", "voice_the_acted_on", "disappointed_finds"]

_L = tuple[list[str], list[str]]
# by what was done to them: the one acted on ("hit"), then the doer's answer ("doer"). {obj} the thing of the
# act in the nominative with its article, {doer} / {them} the title of the one spoken to (left out where none)
ACTED_ON: dict[str, dict[str, _L]] = {
    "soiled": {"hit": (["Ugh! {obj_cap}! All over me!", "Hey! Look at me! {obj_cap} everywhere!", "Ugh! {obj_cap}!"],
                       ["Igitt! {obj_cap}! Überall auf mir!", "He! Schau mich an! Überall {obj}!", "Igitt! {obj_cap}!"]),
               "bare": (["Hey! Look at me, {doer}!", "Ugh! I am soaking wet, {doer}!"],
                        ["He! Schau mich an, {doer}!", "Igitt! Ich bin ganz nass, {doer}!"]),
               "doer": (["I am so sorry, {them}!", "Oh no! I am terribly sorry, {them}!"],
                        ["Das tut mir so leid, {them}!", "Oh nein! Entschuldigung, {them}!"])},
    "hit": {"bare": (["Ouch! What was that for, {doer}?", "Hey! That hurt, {doer}!"],
                     ["Aua! Wofür war das denn, {doer}?", "He! Das tat weh, {doer}!"]),
            "doer": (["Ha! Had enough, {them}?", "Give up, {them}?"],
                     ["Ha! Hast du genug, {them}?", "Gibst du auf, {them}?"])},
    "gift": {"hit": (["For me? {obj_cap}! Thank you, {doer}!"], ["Für mich? {obj_cap}! Danke, {doer}!"]),
             "bare": (["For me? Oh, thank you, {doer}!"], ["Für mich? Oh, danke, {doer}!"]),
             "doer": (["I hope you like it, {them}.", "Just for you, {them}."],
                      ["Ich hoffe, du freust dich, {them}.", "Nur für dich, {them}."])},
    "rescue": {"bare": (["You saved me, {doer}! Thank you!"], ["Du hast mich gerettet, {doer}! Danke!"]),
               "doer": (["You are safe now, {them}.", "I have got you, {them}. You are safe."],
                        ["Jetzt bist du in Sicherheit, {them}.", "Ich hab dich, {them}. Du bist in Sicherheit."])},
    "made_for": {"hit": (["For me? {obj_cap}! Thank you, {doer}!", "Is that for me? Oh, {doer}!"],
                         ["Für mich? {obj_cap}! Danke, {doer}!", "Ist das für mich? Oh, {doer}!"]),
                 "doer": (["I made it just for you, {them}.", "Only the best for you, {them}."],
                          ["Ich habe {it_acc} nur für dich gemacht, {them}.", "Nur das Beste für dich, {them}."])},
    "portrait": {"hit": (["Is that me? It is beautiful, {doer}!", "Oh! {obj_cap} looks just like me!"],
                         ["Bin das etwa ich? Wunderschön, {doer}!", "Oh! Da bin ja ich!"]),
                 "doer": (["You look wonderful in it, {them}.", "I painted you just as I see you, {them}."],
                          ["Genau so sehe ich dich, {them}.", "Du siehst wunderbar darauf aus, {them}."])},
    "robbed": {"bare": (["Hey! That is mine, {doer}! Give it back!", "Stop! Come back with that, {doer}!"],
                        ["He! Das gehört mir, {doer}! Gib es zurück!", "Halt! Bring das zurück, {doer}!"]),
               "doer": (["Catch me if you can, {them}!", "Ha! Too slow, {them}!"],
                        ["Fang mich doch, {them}!", "Ha! Zu langsam, {them}!"])},
    "transform": {"bare": (["What have you done to me, {doer}?!", "Hey! Turn me back, {doer}!"],
                           ["Was hast du mit mir gemacht, {doer}?!", "He! Verwandle mich zurück, {doer}!"]),
                  "doer": (["Oops… that was not the spell I meant, {them}.", "Ha! That serves you right, {them}!"],
                           ["Hoppla … das war nicht der Zauber, den ich meinte, {them}.", "Ha! Das geschieht dir recht, {them}!"])},
}
_SOILING = frozenset({"drop", "spill", "throw", "splash", "pour", "squirt"})
_HITTING = frozenset({"hit", "punch", "kick", "beat", "slap", "fight"})
_GIVING = frozenset({"give", "gift"})
_RESCUING = frozenset({"rescue", "save"})
_MAKING = frozenset({"cook", "bake", "build", "repair", "craft", "knit", "paint", "make", "sew", "draw", "write"})
_STEALING = frozenset({"steal", "rob", "snatch"})
# acts whose receiver's own words elsewhere answer them already (a gift's use: story.kind_lines): kept where said
_OWN_WORDS = frozenset({"robbed", "gift", "made_for", "rescue"})
# a picture of someone the idea names right after it ("a portrait of an old woman", "ein Bild vom Bürgermeister")
_PICTURE = r"\b(?:portrait|picture|painting|drawing|bild|porträt|gemälde|zeichnung)\W+(?:\w+\W+){0,3}?"
_PICTURES = frozenset({"painting", "picture", "portrait", "drawing", "canvas"})
# the title a role is called by (the name a role-named character has, lower case): "Mr Mayor", "Herr Bürgermeister"
TITLES: dict[str, tuple[str, str]] = {
    "mayor": ("Mr Mayor", "Herr Bürgermeister"), "bürgermeister": ("Mr Mayor", "Herr Bürgermeister"),
    "bürgermeisterin": ("Madam Mayor", "Frau Bürgermeisterin"), "king": ("Your Majesty", "Majestät"),
    "könig": ("Your Majesty", "Majestät"), "queen": ("Your Majesty", "Majestät"), "königin": ("Your Majesty", "Majestät"),
    "teacher": ("Sir", "Herr Lehrer"), "lehrer": ("Sir", "Herr Lehrer"), "lehrerin": ("Miss", "Frau Lehrerin"),
    "doctor": ("Doctor", "Herr Doktor"), "arzt": ("Doctor", "Herr Doktor"), "ärztin": ("Doctor", "Frau Doktor"),
    "policeman": ("Officer", "Herr Wachtmeister"), "polizist": ("Officer", "Herr Wachtmeister"),
    "grandma": ("Grandma", "Oma"), "grandmother": ("Grandma", "Oma"), "oma": ("Grandma", "Oma"),
    "grandpa": ("Grandpa", "Opa"), "grandfather": ("Grandpa", "Opa"), "opa": ("Grandpa", "Opa"),
    "prince": ("Your Highness", "Hoheit"), "prinz": ("Your Highness", "Hoheit"),
    "princess": ("Your Highness", "Hoheit"), "prinzessin": ("Your Highness", "Hoheit"),
    "captain": ("Captain", "Kapitän"), "kapitän": ("Captain", "Kapitän"),
}
_ONLY = re.compile(r"\b(?:only|just|nothing but|nur|bloß|lediglich)\b", re.IGNORECASE)
_DISAPPOINTED: _L = (["Only {a_obj_nom}?!", "What? Just {a_obj_nom}?!"], ["Nur {a_obj_nom}?!", "Was? Bloß {a_obj_nom}?!"])
# words a shot of about five seconds holds (story.narrative.WORDS_PER_S): more and its lines are cut to fit
_WORDS_IN_SHOT = 13


def _words(lines: list[tuple[str, str]]) -> int:
    return sum(len(t.split()) for _w, t in lines)


def title_of(sp: _Speech, name: str) -> str:
    """How ``name`` is addressed: their role's title ("Mr Mayor", "Oma"), else the name they are called by."""
    title = TITLES.get(name.lower())
    return title[sp.lang == "de"] if title else sp.address(name)


def _how_done_to(ev: Event, voiced: set[str], idea: str = "") -> tuple[str, str]:
    """(what was done, to whom) for an act done by another to one who can speak, else ("", "")."""
    person = ev.patient if ev.patient and not ev.patient_is_thing else ""
    target = ev.recipient or person
    if ev.agents and ev.patient in _PICTURES and not target:
        sitter = next((n for n in sorted(voiced) if n not in ev.agents
                       and re.search(_PICTURE + re.escape(n) + r"\b", idea, re.IGNORECASE)), "")
        return ("portrait", sitter) if sitter else ("", "")
    if ev.agents and ev.source in voiced and ev.source not in ev.agents and ev.verb in _STEALING:
        return "robbed", ev.source
    if not ev.agents or target not in voiced or target in ev.agents:
        return "", ""
    if (ev.verb in _MAKING or ev.kind in _MAKING) and ev.recipient and ev.patient and ev.patient_is_thing:
        return "made_for", target
    if (ev.verb in _SOILING or ev.kind in ("pour", "throw") and ev.tone == "comedy") and not passed_to(ev, idea):
        return "soiled", target
    if ev.verb in _HITTING and person:
        return "hit", person
    if ev.verb in _GIVING or ev.kind == "give":
        return "gift", target
    if ev.verb in _RESCUING and person:
        return "rescue", person
    if ev.verb == "transform" and person:
        return "transform", person
    return "", ""


def _fill(options: list[str], values: dict[str, str], said: set[str]) -> str:
    """The first of ``options`` not said yet, filled; a slot left empty takes its comma with it."""
    from autark.story.spine_words import _said_key

    for option in options:
        text = option.format(**values)
        text = re.sub(r",\s*([!?.])", r"\1", text).replace(" ,", ",")
        if _said_key(text) not in said:
            return text
    return ""


def voice_the_acted_on(plans: list[ShotPlan], sp: _Speech, events: list[Event], said: set[str]) -> int:
    """In the shot staging an act done to one who can speak, that one's reaction and the doer's answer come right
    after the shot's own lines (taking the place of lines that answered it as if nothing was done to them);
    returns how many lines were added less those taken out."""
    from autark.story.exchanges import _present, speech_act
    from autark.story.spine_words import _said_key

    voiced = set(sp.voiced) - set(sp.hidden)
    changed = 0
    done: set[str] = set()
    for k, p in enumerate(plans):
        for i in p.events:
            if i >= len(events):
                continue
            ev = events[i]
            what, target = _how_done_to(ev, voiced, sp.concept.idea)
            doer = next((a for a in ev.agents if a in voiced), "")
            # the one it befalls may be staged only in the shot after the act (the mayor under the cake)
            # a made thing is answered once it is there: in the shot after its making where they are both there
            order = (k + 1, k) if what in ("made_for", "portrait") else (k, k + 1)
            at = next((j for j in order if j < len(plans) and target in _present(plans[j], sp)), None)
            if not what or target in done or at is None:
                continue
            if what in _OWN_WORDS and any(w == target for w, _t in plans[at].dialogue):
                continue  # they answer it already ("Hey, give the sausage back!", "Let me ride it!")
            p, there = plans[at], _present(plans[at], sp)
            thing = ev.patient if ev.patient and ev.patient_is_thing else ""
            slots = sp.said(thing).slots() if thing else {}
            values = {"doer": title_of(sp, doer) if doer else "", "them": title_of(sp, target), "it_acc": slots.get("it_acc", "es"),
                      "obj": slots.get("obj", ""), "obj_cap": slots.get("obj", "")[:1].upper() + slots.get("obj", "")[1:]}
            table = ACTED_ON[what]
            options = (table["hit"] if thing and "hit" in table or "bare" not in table else table["bare"])[sp.lang == "de"]
            # where the shot is full already, the shortest way to say it
            room = _WORDS_IN_SHOT - _words([line for line in plans[at].dialogue if line[0] != target])
            hurt = _fill(sorted(options, key=len) if len(options[0].split()) > room else options, values, said)
            if not hurt:
                continue
            new = [(target, hurt)]
            said.add(_said_key(hurt))
            if doer and doer in there:
                answer = _fill(table["doer"][sp.lang == "de"], values, said)
                if answer:
                    new.append((doer, answer))
                    said.add(_said_key(answer))
            before = len(p.dialogue) + len(p.spare)
            # their spare words, and the answer to them, give way; so does a laugh of the doer at what they did
            laughs = what in ("soiled", "hit", "transform")
            p.spare = [(w, t) for n, (w, t) in enumerate(p.spare) if w != target
                       and not (n and p.spare[n - 1][0] == target) and not (laughs and speech_act(t) == "funny")]
            p.spare_starts = [s for s in p.spare_starts if s < len(p.spare)]
            # what the one acted on said here first ("Do not worry. I will help you.") gives way to their reaction;
            # the doer's answer follows where the shot has time for it, else it is the first of the shot's spare
            mine = next((n for n, (w, _t) in enumerate(p.dialogue) if w == target), len(p.dialogue))
            # the answer to what they said instead ("Is that real magic?" - "I think so.") goes with it
            answered = mine + 1 < len(p.dialogue) and p.dialogue[mine + 1][0] != target
            p.dialogue[mine:mine + 1 + answered] = new[:1]
            if len(new) > 1 and (answered or _words(p.dialogue + new[1:]) <= _WORDS_IN_SHOT):
                p.dialogue.insert(mine + 1, new[1])
            elif len(new) > 1 and at + 1 < len(plans) and {doer, target} <= set(_present(plans[at + 1], sp)) \
                    and _words(plans[at + 1].dialogue + new[1:]) <= _WORDS_IN_SHOT:
                plans[at + 1].dialogue.insert(0, new[1])  # the apology opens the next shot
            elif len(new) > 1:
                p.spare.insert(0, new[1])
                p.spare_starts = [0] + [s + 1 for s in p.spare_starts if s]
            while len(p.dialogue) > _MOST_IN_SHOT or len(p.dialogue) > 1 and _words(p.dialogue) > _WORDS_IN_SHOT:
                # a line of the shot gives way, not the reaction nor the event's own line that opens the shot
                spare = [n for n, (w, t) in enumerate(p.dialogue) if n and (w, t) not in new] or \
                        [n for n, line in enumerate(p.dialogue) if line not in new]
                if not spare:
                    break
                p.dialogue.pop(spare[0])
            changed += len(p.dialogue) - before
            done.add(target)
            changed -= _no_laughing_after(plans, at, target, what)
    return changed


def _no_laughing_after(plans: list[ShotPlan], k: int, target: str, what: str) -> int:
    """The one a mishap was done to does not laugh about it afterwards: their laugh, and its answer, go."""
    from autark.story.exchanges import speech_act

    if what not in ("soiled", "hit", "transform"):
        return 0
    gone = 0
    for p in plans[k + 1:]:
        for lines in (p.dialogue, p.spare):
            keep = [(w, t) for w, t in lines if not (w == target and speech_act(t) in ("funny", "joy", "praise"))]
            gone += len(lines) - len(keep)
            lines[:] = keep
    return gone


def disappointed_finds(plans: list[ShotPlan], sp: _Speech, events: list[Event], said: set[str]) -> int:
    """A find the idea calls "only" a thing ("finds only a rubber duck", "findet nur eine Gummiente") is met with
    disappointment by the finder, in place of a cry of wonder; returns how many lines were added."""
    from autark.story.exchanges import speech_act
    from autark.story.spine_words import _said_key

    idea = sp.concept.idea
    added = 0
    for i, ev in enumerate(events):
        if ev.kind not in ("look", "find", "catch", "dig") and ev.verb not in ("find", "catch") or not ev.patient \
                or not ev.patient_is_thing:
            continue
        slots = sp.said(ev.patient).slots()
        noun = slots.get("objn", "")
        word = re.escape(noun.split()[-1]) if noun else ""
        # "finds only a rubber duck", "findet nur Steine", "catches a boot instead of a fish", "einen Stiefel statt"
        if not word or not re.search(_ONLY.pattern + r"\W+(?:\w+\W+){0,3}?" + word, idea, re.IGNORECASE) and \
                not re.search(word + r"\w*\W+(?:instead|statt|anstatt|anstelle)\b", idea, re.IGNORECASE):
            continue
        at = next((k for k, p in enumerate(plans) if i in p.events), None)
        if at is None:
            continue
        finder = next((a for a in ev.agents if a in sp.voiced), "")
        # the finder's cries of wonder at it from then on ("Who would have thought?"), else their last cry where
        # it is found, are disappointed
        cries = [(k, n) for k in range(at, len(plans)) for n, (who, text) in enumerate(plans[k].dialogue)
                 if who == finder and ("!" in text or "?" in text) and not _ONLY.search(text)]
        wonder = [c for c in cries if speech_act(plans[c[0]].dialogue[c[1]][1]) == "joy"]
        for k, n in wonder or [c for c in cries if c[0] <= at + 1][-1:]:
            line = _fill(_DISAPPOINTED[sp.lang == "de"], slots, said)
            if line:
                plans[k].dialogue[n] = (finder, line)
                said.add(_said_key(line))
                added += 1
    return added
