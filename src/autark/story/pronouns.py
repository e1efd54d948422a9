"""Whom a pronoun of a later clause means: "the bear finds a girl and hugs *her*", "der Bär findet die Katze und
trägt *sie* heim", "das Mädchen gibt dem Pferd einen Apfel, und *es* frisst *ihn*", "the farmer chases *him*"
(the fox), "und *er* verwandelt *sich* in einen Prinzen" (the frog).

The event reader (story.events) takes a pronoun as the last thing or the last subject; this pass reads each
clause's pronouns again against everyone and everything the idea named before them, by what the pronoun can
mean: English by sex and kind (he/him: a male or any creature; she/her: a female or any creature; it: a thing
or an animal; they/them: a group), German by grammatical gender, read from the article or possessive before the
noun (der/den/einen/seinen: er, ihn; die/eine/ihre: sie; das: es; dem/einem: er or es), and a person's sex
besides (das Mädchen is "es" or "sie"). Among those that fit, the subject pronoun keeps the last clause's
subject where it fits ("the mother hugs her son, then *she* kisses him"), except that "it"/"es" prefers a
creature or thing to a person; an object pronoun prefers what an earlier act was done to or done by over a
thing only named as a place ("hides the treasure under a palm tree, but a monkey steals *it*"), then the
nearest. A reflexive ("verwandelt sich", "turns himself into") leaves no one else to act on. A subject pronoun
no one named fits is the last thing named that does ("repariert die Turmuhr, und um Mitternacht schlägt *sie*":
the clock strikes; the clockmaker, a "he", had struck it).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from autark.story.article_genders import genders_before
from autark.story.effects import CHANGE_OF_VERB

if TYPE_CHECKING:
    from autark.story.concept import CharacterConcept
    from autark.story.events import Event, Token

__all__ = ["genders_before", "resolve_pronouns"]

# pronoun -> (role, what it can mean): "m", "f", "n" (a German gender, or English he, she, it) or "pl"
_SUBJECT = {"en": {"he": "m", "she": "f", "it": "n", "they": "pl"},
            "de": {"er": "m", "sie": "f", "es": "n"}}
_OBJECT = {"en": {"him": "m", "her": "f", "it": "n", "them": "pl"},
           "de": {"ihn": "m", "ihm": "mn", "sie": "f", "es": "n", "ihnen": "pl", "ihr": "f"}}
_DATIVE_DE = {"ihm", "ihnen", "ihr"}
_DATIVE_PATIENT = {"help", "follow", "thank", "chase", "hug", "greet", "meet"}  # German verbs that take a dative
# the acts one stops, chases off or catches someone in the middle of
_AGGRESSIONS = {"chase", "steal", "take", "attack", "fight", "bite", "scare", "hunt", "eat"}
# a thing's own change, never a person's: its pronoun is the thing's where one fits ("schmilzt er": the snowman)
_THINGS_CHANGES = frozenset({"melt", "erupt", "explode", "extinguish", "burn"})
# acts done to a thing for nobody: "der Sohn fängt ihn" (the key) leaves Papa, read first, out of it
_TO_NOBODY = frozenset({"catch", "take", "pick_up", "find", "eat", "steal", "hold", "drop", "lose", "fish"})
_REFLEXIVE = {"sich", "himself", "herself", "itself", "themselves"}
# where the pronoun "her" is an object, not a possessive: what may stand after it
_AFTER_OBJECT_EN = {"to", "into", "in", "on", "onto", "at", "with", "from", "behind", "under", "near", "home", "away",
                    "back", "up", "down", "off", "out", "again", "and", "but", "until", "when", "tightly", "gently",
                    "close", "closely", "goodbye", "a", "an", "the", "through", "across", "over", "for", "so",
                    "then", "as", "while", "forever", "once", "too", "very", "all", "around", "everywhere", "warmly"}
# German words that take the first place of a main clause: with one before the verb, the pronoun after the verb
# is its subject ("dann umarmt *sie* ihn", "in der Nacht verwandelt *sie* sich")
_SUBORDINATE_DE = {"bis", "als", "wenn", "weil", "dass", "waehrend", "nachdem", "sobald", "bevor", "ob", "damit"}
_PERSON_GROUPS = {"man", "woman", "child", "person"}
# how far before a German clause's last verb its object pronoun may stand (right after the subject, with a
# place or a time between it and the verb: "bis Frieda ihn unter einer alten Bank findet")
_MIDDLE_FIELD = 7


@dataclass(frozen=True)
class _Mention:
    at: int  # the word's index in the idea
    names: tuple[str, ...]  # the characters it names, or the one thing's asset type
    thing: bool
    fits: frozenset[str]  # the pronoun classes that may stand for it ("m", "f", "n", "pl")
    person: bool = False


def resolve_pronouns(events: list[Event], tokens: Sequence[Token], lang: str,
                     characters: Sequence[CharacterConcept]) -> list[Event]:
    """The events with each later clause's pronouns read as the one they stand for (see the module doc)."""
    if not events:
        return events
    from autark.story.clause_things import own_clause_things
    from autark.story.events import clauses_of

    events = own_clause_things(events, tokens, lang)  # "the phone rings and Grandma jumps": over no phone

    kinds = {c.name: c for c in characters}
    mentions = [m for k in range(len(tokens)) if (m := _mention(tokens, k, lang, kinds)) is not None]
    roles: dict[str, int] = {}  # who or what an act was done to or by, with the word index of that act
    previous_agents: list[str] = []
    previous: Event | None = None  # the last clause's first act
    things_did = False  # a pronoun read as a thing that does the act
    for clause in clauses_of(tokens):
        idx = clause.tokens
        here = [e for e in events if e.at in idx]
        if not here:
            continue
        first = min(here, key=lambda e: e.at)
        subject_at, object_at = _pronoun_slots(tokens, idx, first.at, lang)
        earlier = [m for m in mentions if m.at < idx[0]]
        if subject_at >= 0 and earlier and not (first.subject or first.someone or first.crowd or first.thing_does_it):
            word = tokens[subject_at].folded
            who = _subject(earlier, _SUBJECT[lang][word], previous_agents, lang)
            if first.kind == "catch" and previous is not None and previous.kind == "throw" and previous.recipient:
                who = next((m for m in earlier if previous.recipient in m.names  # thrown to him: he catches it
                            and _fits(m, _SUBJECT[lang][word], lang)), who)
            if first.verb in _THINGS_CHANGES and not any(tokens[j].thing or tokens[j].characters
                                                         for j in idx if j > first.at and j != subject_at):
                who = None  # "doch am Mittag schmilzt er": the snowman ("dann löscht sie die Kerze": Oma)
            if who is not None:
                for ev in here:
                    if ev.agents == first.agents or not ev.agents:
                        _set_agents(ev, list(who.names))
            elif (it := _thing_subject(earlier, _SUBJECT[lang][word], lang, first.patient)) is not None:
                for ev in here:  # "die Turmuhr ... um Mitternacht schlägt sie": the clock strikes, not the man
                    if (ev.agents == first.agents or not ev.agents) and ev.patient in ("", it.names[0]):
                        ev.agents, ev.patient, ev.patient_is_thing, ev.thing_does_it = [], it.names[0], True, True
                        things_did = True
                        if ev.verb in CHANGE_OF_VERB:  # drawn changing, watched (as story.events does)
                            ev.kind, ev.then = "look", ""
        for ev in here:
            _objects(ev, tokens, idx, lang, mentions, roles, subject_at, _aggressor(previous, clause.turn))
        for ev in here:
            for name in ev.agents:
                roles[name] = ev.at
            if ev.patient:
                roles[ev.patient] = ev.at
        previous_agents = list(first.agents) or previous_agents
        previous = first
    from autark.story.subordinate_clauses import answered_doers

    events = answered_doers(events, tokens)  # "bestraft den Koch, weil er ...": the cook did it
    if things_did:  # drawn doing it and watched, as any thing's own act (story.thing_acts)
        from autark.story.thing_acts import things_act

        events = things_act(events)
    return events


def _set_agents(ev: Event, agents: list[str]) -> None:
    if ev.agents == agents:
        return
    if ev.patient in agents and not ev.patient_is_thing:
        ev.patient = ""  # "he kisses her" read as the one who now kisses: no one kisses themselves
    if ev.recipient in agents:
        ev.recipient = ""
    ev.agents = agents
    ev.thing_does_it = False
    ev.borrowed = False


# acts done to one who runs: their "it"/"es"/"ihn"/"sie" is a being where one fits, never a thing it carries
_CHASING = frozenset({"chase", "hunt", "pursue"})  # (one follows a map, catches a ball)


def _objects(ev: Event, tokens: Sequence[Token], idx: list[int], lang: str, mentions: list[_Mention],
             roles: dict[str, int], subject_at: int, aggressors: Sequence[str] = ()) -> None:
    """The pronoun right after the event's verb (or, German verb-last, before it) is whom the act is done to."""
    at = _object_after(tokens, idx, ev.at, lang, subject_at)
    if at < 0:
        return
    word = tokens[at].folded
    if word in _REFLEXIVE:  # "verwandelt sich in eine Katze": the one who acts is the one it happens to
        if ev.patient and (ev.patient_is_thing or ev.patient not in ev.agents):
            ev.patient, ev.patient_is_thing = "", True
        return
    earlier = [m for m in mentions if m.at < at and not (set(m.names) & set(ev.agents))]
    things = [m for m in earlier if m.thing and _fits(m, _OBJECT[lang][word], lang)]
    if lang == "de" and word == "sie" and things and _wants_a_thing(ev.verb):
        earlier = things  # "die Flut spült sie weg": German "sie" is the Sandburg, not the two boys
    beings = [m for m in earlier if not m.thing and _fits(m, _OBJECT[lang][word], lang)]
    if beings and (ev.verb in _CHASING or ev.kind in _CHASING):
        earlier = beings  # "steals the cheese, but the cat chases it": the mouse runs, not the cheese
    target = _object(earlier, _OBJECT[lang][word], roles, lang, aggressors)
    if target is None:
        return
    name = target.names[0]
    if ev.verb in ("transform", "grow") and ev.result == name:
        return
    if lang == "de" and word in _DATIVE_DE and not target.thing:  # "frisst ihm aus der Hand": for him, not him
        if ev.verb in _DATIVE_PATIENT:
            ev.patient, ev.patient_is_thing = name, False  # "hilft ihm", "folgt ihr"
        elif ev.kind in ("give", "serve", "talk", "throw") and ev.recipient != name:
            ev.recipient = name
        return
    if target.thing:
        if ev.patient == name:
            return
        if ev.patient and not ev.patient_is_thing and ev.patient not in ev.agents and ev.kind not in _TO_NOBODY:
            ev.recipient = ev.recipient or ev.patient  # "gives it to her": the thing is given, she gets it
        ev.patient, ev.patient_is_thing = name, True
    else:
        if ev.patient == name and not ev.patient_is_thing:
            return
        if ev.patient and ev.patient_is_thing and ev.verb not in ("give", "serve", "show", "teach"):
            ev.patient = ""  # the act is done to the one the pronoun means, not the last thing named
        if ev.recipient == name:
            ev.recipient = ""
        if ev.patient and ev.patient_is_thing:
            ev.recipient = name  # "gives him the apple": he gets it
        else:  # "her father chases him away": the wolf, not the girl the last clause was about
            ev.patient, ev.patient_is_thing = name, False
    if ev.to_thing == name:
        ev.to_thing = ""


def _pronoun_slots(tokens: Sequence[Token], idx: list[int], verb_at: int, lang: str) -> tuple[int, int]:
    """(the word index of the clause's subject pronoun, -1 where none; the object pronoun before the verb of a
    German clause with its verb last: "bis ein Hund *ihn* findet"). A subject pronoun stands before the verb with
    nobody named before it, or (German) right after the verb when another phrase holds the first place."""
    before = [j for j in idx if j < verb_at]
    if any(tokens[j].characters for j in before):
        return -1, -1
    subjects = _SUBJECT[lang]
    pron = next((j for j in before if tokens[j].folded in subjects), -1)
    if pron >= 0:  # ...where no noun stands before it ("bis ein Tornado *sie* verfolgt": the tornado does it)
        return (-1 if any(_noun(tokens[j], lang) for j in before if j < pron) else pron), -1
    if lang == "de" and before and verb_at + 1 < len(tokens) and verb_at + 1 in idx and not any(
            tokens[j].folded in _SUBORDINATE_DE for j in before) and tokens[before[0]].folded not in _NOMINATIVE_DE:
        # (a clause that opens with "eine Welle", "der Sturm" has its subject: "spült sie weg" - sie is the object)
        nxt = tokens[verb_at + 1]
        if nxt.folded in subjects:
            return verb_at + 1, -1
    return -1, -1


def _object_after(tokens: Sequence[Token], idx: list[int], verb_at: int, lang: str, subject_at: int) -> int:
    """The word index of the object pronoun of the verb at ``verb_at``, or -1."""
    objects = _OBJECT[lang]
    if lang == "de":  # verb-last: "bis ein Hund ihn findet", "bis Frieda ihn unter einer Bank findet"
        for j in range(verb_at - 1, max(idx[0] - 1, verb_at - _MIDDLE_FIELD), -1):
            if j in idx and j != subject_at and tokens[j].folded in objects and j - 1 in idx and _noun(
                    tokens[j - 1], lang):
                return j
    for j in range(verb_at + 1, min(verb_at + 3, len(tokens))):
        if j not in idx or tokens[j].verb is not None and not tokens[j].noun_like:
            return -1
        if j == subject_at:
            continue
        word = tokens[j].folded
        if word in _REFLEXIVE:
            return j
        if word in objects and _is_object(tokens, j, lang):
            return j
        if tokens[j].characters or tokens[j].thing:
            return -1
    return -1


def _noun(tok: Token, lang: str) -> bool:
    """Is the word a noun: someone or something named, or a German capitalised word that is no pronoun?"""
    return bool(tok.characters or tok.thing) or lang == "de" and tok.text[:1].isupper() and not tok.stop and \
        tok.folded not in _SUBJECT["de"] and tok.folded not in _OBJECT["de"] and tok.verb is None


def _is_object(tokens: Sequence[Token], j: int, lang: str) -> bool:
    """Is the pronoun at j an object, not a possessive before its noun ("hugs her" / "hugs her brother")?"""
    word = tokens[j].folded
    if word not in ("her", "ihr"):
        return True
    if j + 1 >= len(tokens) or tokens[j + 1].brk:
        return True
    nxt = tokens[j + 1]
    if nxt.characters or nxt.thing:
        return False
    if lang == "en":
        return nxt.folded in _AFTER_OBJECT_EN
    return not nxt.text[:1].isupper()


def _subject(earlier: list[_Mention], cls: str, previous_agents: list[str], lang: str) -> _Mention | None:
    fitting = [m for m in reversed(earlier) if not m.thing and _fits(m, cls, lang)]
    if not fitting:
        return None
    if cls == "n":  # "it"/"es": a creature before a person ("das Mädchen gibt dem Pferd ..., und es frisst")
        creature = next((m for m in fitting if not m.person), None)
        if creature is not None:
            return creature
    same = next((m for m in fitting if set(m.names) <= set(previous_agents) and m.names), None)
    return same or fitting[0]


def _thing_subject(earlier: list[_Mention], cls: str, lang: str, patient: str) -> _Mention | None:
    """The thing a subject pronoun means where no one named fits it (a man is no "sie"): the last thing named
    that fits ("the old clock" is "it", "die Turmuhr" is "sie"), the one the clause was read to act on first,
    then one whose gender is known before one that might be any ("ins Fenster")."""
    if cls == "pl":
        return None
    fitting = [m for m in reversed(earlier) if m.thing and _fits(m, cls, lang)]
    return next((m for m in fitting if m.names[0] == patient), None) or next(
        (m for m in fitting if len(m.fits) == 1), None) or next(iter(fitting), None)


def _aggressor(previous: Event | None, turn: str) -> list[str]:
    """Who a clause that turns against the last one ("until"/"but") acts on first: the last clause's chaser or
    thief ("the wolf chases the rabbit, but the hunter stops *him*", "bis der Hund *sie* verjagt": the cat)."""
    if previous is None or turn not in ("until", "but") or previous.verb not in _AGGRESSIONS:
        return []
    return list(previous.agents)


_NOMINATIVE_DE = frozenset({"der", "die", "das", "ein", "eine"})


def _wants_a_thing(key: str) -> bool:
    """Whether the story verb ``key`` wants a thing as its object (verbs.yaml ``object``)."""
    from autark.story.verbs import verb_by_key

    try:
        return verb_by_key(key).object
    except KeyError:
        return False


def _object(earlier: list[_Mention], cls: str, roles: dict[str, int], lang: str,
            aggressors: Sequence[str] = ()) -> _Mention | None:
    # a group is "them"/"ihnen", and German "sie" too ("bis ein Tornado sie verfolgt": the children)
    fitting = [m for m in reversed(earlier) if _fits(m, cls, lang) and (len(m.names) == 1 or "pl" in m.fits)]
    if not fitting:
        return None
    against = [m for m in fitting if not m.thing and set(m.names) & set(aggressors)]
    if against:
        return against[0]
    acted = [m for m in fitting if any(n in roles for n in m.names)]
    return acted[0] if acted else fitting[0]


def _fits(m: _Mention, cls: str, lang: str) -> bool:
    if cls == "pl":
        return "pl" in m.fits
    return any(c in m.fits for c in cls)


def _mention(tokens: Sequence[Token], k: int, lang: str, kinds: dict[str, CharacterConcept]) -> _Mention | None:
    tok = tokens[k]
    if tok.folded in _SUBJECT[lang] or tok.folded in _OBJECT[lang]:
        return None
    if tok.characters:
        names = tuple(tok.characters)
        people = [kinds[n] for n in names if n in kinds]
        person = bool(people) and all(c.group in _PERSON_GROUPS for c in people)
        fits: set[str] = set()
        if len(names) > 1:
            fits.add("pl")
            if lang == "de":
                fits.add("f")  # "sie" is the plural too
        elif lang == "de":
            fits |= set(_article_genders(tokens, k)) or set(_own_gender(people[0] if people else None, "de"))
            sex = _sex(people[0]) if person else ""  # an animal's is its noun's gender: die Ziege is "sie"
            if sex:  # "ein Mädchen": es or sie, never er (the article "ein" is er's too)
                fits = (fits - {"m", "f"}) | {sex}
        else:
            sex = _sex(people[0]) if people else ""
            fits |= set(sex) if person and sex else {"m", "f"} if person else {"m", "f", "n"}
        return _Mention(k, names, False, frozenset(fits), person)
    if tok.thing:
        fits = set(_article_genders(tokens, k)) or set(_thing_gender(tok.thing)) if lang == "de" else {"n"}
        return _Mention(k, (tok.thing,), True, frozenset(fits or {"m", "f", "n"}))
    return None


def _article_genders(tokens: Sequence[Token], k: int) -> str:
    """The genders a German noun at k can have, from the article or possessive before it (past up to two
    describing words): "den Frosch" m, "dem Pferd" m or n, "mit der Katze" f."""
    return genders_before([t.folded for t in tokens], k, lambda i: bool(
        tokens[i].characters or tokens[i].thing or tokens[i].verb is not None or tokens[i].brk))


def _sex(c: CharacterConcept) -> str:
    """"m" or "f" for a person of known sex, "" otherwise (a child word, an animal)."""
    gender = _spec_field(c.type, "gender")
    if gender in ("male", "female"):
        return "m" if gender == "male" else "f"
    return {"man": "m", "woman": "f"}.get(c.voice, "")


def _own_gender(c: CharacterConcept | None, lang: str) -> str:
    if c is None:
        return ""
    from autark.story.cast import character_noun

    return character_noun(c.type, c.group, c.word, lang)[1]


def _thing_gender(thing: str) -> str:
    return _spec_field(thing, "gender_de")


def _spec_field(type_: str, name: str) -> str:
    from autark.assets import library

    try:
        return str(getattr(library.get(type_), name, "") or "")
    except KeyError:
        return ""
