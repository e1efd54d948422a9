"""An idea read as events: who does what to whom, with what, where, and how each event joins the story.

"Two knights argue about who gets the last apple, until a dragon eats it" is two events: the knights argue
(over the apple), then -- the turn "until" -- the dragon eats it (the apple). The analysis has already found
the characters, things and places and where in the idea each stands; this module cuts the idea into clauses
(at turn words, punctuation, and an "and"/"und" that starts a new verb) and reads each clause's verbs with
their roles: the agents before the verb (or, German word order, the first after it), the thing or person
acted on, a recipient after "to"/"zu" or for a verb that wants one (teach), a partner after "with"/"mit",
an instrument (a thing after "with"), the place, and "it"/"es" as the last thing named. A verb that follows
"to"/"zu" or is a German nominalised verb after a teaching verb ("teaches her grandfather to dance", "bringt
ihm das Tanzen bei") becomes its own event, done by the teacher and the taught together.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from pydantic import BaseModel, ConfigDict, Field

from autark.story.effects import CHANGE_OF_VERB
from autark.story.fronted import thing_after_fronted_verb
from autark.story.german_nouns import genitive_at, in_dative, object_first
from autark.story.hours import names_an_hour
from autark.story.later_readings import SUBJECT_PRONOUNS as _SUBJECT_PRONOUNS
from autark.story.verbs import Verb

__all__ = ["Event", "Token", "extract_events", "key_event", "TURNS"]

TURNS = ("until", "but", "suddenly", "finally", "when")

_SOMEONE = {"someone", "somebody", "jemand", "irgendwer", "irgendjemand"}  # a figure nobody names
_DETERMINERS = {"a", "an", "the", "some", "der", "die", "das", "ein", "eine"}  # a subject's (never den, dem)
_EVERYONE = {"everyone", "everybody", "all", "alle", "jeder", "jedermann"}  # a crowd's subject (story.crowds)
_BOTH = {"both", "beide", "beiden"}  # the last two the idea named
_ADVERB_TURNS = {"finally", "suddenly", "then"}  # turns said by an adverb, which may stand inside a clause
_THING_PRONOUNS = {"it", "es", "er", "sie"}  # German nouns are "er" and "sie" too: "der Schneemann ... er schmilzt"
_IT_AFTER_VERB = {"it", "es", "ihn", "him"}  # right after the verb: whom it is done to
_OBJECT_PRONOUNS = {"it", "es", "ihn", "them", "him", "her_"}  # "her" is mostly a possessive in ideas
_WITH = {"with", "mit", "using"}
_TO = {"to", "for", "zu", "zum", "zur", "fuer", "an"}
_ABOUT = {"about", "over", "ueber", "um"}
_FROM = {"from", "von", "vom", "of", "off"}  # "takes it from the guard", "the hat of a cowboy"
_HANDED = {"give", "serve"}  # "gibt einem Mädchen eine Blume": the one in the dative gets it
_DATIVE = {"dem", "einem", "seinem", "ihrem", "einer", "seiner", "ihrer", "meiner", "deiner", "unserer"}  # "klaut dem Fischer den Fisch": whom it is taken from
_AND = {"and", "und", "or", "oder"}
_INF_MARKERS = {"to", "zu"}
_RELATIVE = {"that", "who", "which", "whom"}
_PERSON_PRONOUNS = {"him", "them", "ihm", "ihn", "ihnen"}
_ONTO = {"on", "onto", "over", "auf", "ueber"}
# where a thing after the one acted on only says where it happens ("chases a cat *near* the tree")
_WHERE = {"near", "around", "behind", "beside", "by", "next", "under", "below", "above", "past", "through",
          "across", "along", "round", "into", "in", "at", "inside", "bei", "neben", "hinter", "unter", "um", "durch",
          "entlang", "vor", "im", "am", "beim", "ins", "out", "from", "off", "aus", "von", "vom"}
_POURED = {"pour", "magic"}
# acts whose thing ends somewhere named after these words ("into the hat", "at the teacher", "in den Briefkasten",
# "auf den Lehrer", "nach Hause" is a place): the kinds of putting, throwing and carrying
_PLACED = {"put_down", "throw", "kick"}
_PLACED_ON = {"into", "in", "inside", "onto", "on", "at", "to", "toward", "towards", "ins", "auf", "aufs", "an", "zu",
              "zum", "zur", "nach", "unter", "under", "hinter", "behind", "neben", "beside"}
_FOR = {"for", "after", "fuer", "nach"}  # what a run or a race is for: its goal, not the ground it crosses
_GOING = {"slide", "walk", "run", "fly", "swim", "drive", "ride", "jump", "fall"}  # where they go is the last "into" thing
_INTO = {"into", "to", "towards", "toward", "zu", "zum", "zur", "gegen", "in"}  # acts whose "on"/"over" names whom they land on  # "a golden fish that grants him wishes": the fish grants


class Event(BaseModel):
    """One thing that happens. ``agents`` and people in ``patient``/``recipient``/``partner`` are character
    names; things are asset types (``patient_is_thing``)."""

    model_config = ConfigDict(extra="forbid")

    verb: str  # the story verb ("burn")
    kind: str  # the action that stages it ("cook")
    word: str  # the verb as the idea wrote it ("burns")
    agents: list[str] = Field(default_factory=list)
    patient: str = ""
    patient_is_thing: bool = True
    recipient: str = ""
    # who holds the thing before it is taken ("the hat of one cowboy", "the fisherman's fish", "takes the
    # key from the guard", "nimmt dem Ritter das Schwert weg"): it starts in their hand and ends in the taker's
    source: str = ""
    partner: str = ""
    instrument: str = ""
    place: str = ""
    turn: str = ""  # until, but, then, finally, when, because, suddenly, and ("" for the first)
    tone: str = "calm"
    at: int = Field(-1, exclude=True)  # the verb's word index in the idea
    line: str = ""  # dialogue family
    then: str = ""
    reaction: str = ""
    result: str = ""  # what a transform turns its patient (or agent) into, what a grow grows into
    result_is_thing: bool = True
    borrowed: bool = Field(False, exclude=True)  # the agents are a relative clause's guess, not its subject
    thing_does_it: bool = Field(False, exclude=True)  # the patient is the clause's subject ("the barn burns")
    crowd: bool = Field(False, exclude=True)  # "everyone applauds": the crowd does it (story.crowds), no one cast
    # a subject nobody plays: the idea's word for it ("an avalanche chases them", "dann fällt der Strom aus");
    # the event happens to the others, never given to one of them (story.spine)
    subject: str = Field("", exclude=True)
    someone: bool = Field(False, exclude=True)  # "someone steals the cakes": a hidden figure (story.event_readings)
    subject_at: int = Field(-1, exclude=True)  # the word index of that subject
    repeat: bool = Field(False, exclude=True)  # "keeps stealing", "immer wieder": the act happens again
    goal: str = Field("", exclude=True)  # "wants to become king": what they wish to be (the idea's words)
    sound: str = Field("", exclude=True)  # what is heard from off screen, in the idea's words (story.heard_sounds)
    # where the thing handled ends: the hat a coin is dropped into, the table a cake is put on, the box a toy is
    # carried to (a person thrown at or carried to is the recipient)
    to_thing: str = Field("", exclude=True)
    # how the event ends, read from the idea's outcome words (story.outcomes): "failed" (in vain, vergeblich,
    # never, kann nicht: attempted, never achieved), "almost" (almost, fast, beinahe: nearly achieved, not
    # quite), "late" (too late, zu spät: achieved after it mattered), "" (it happens as told)
    outcome: str = ""
    # the idea's own clause for this event ("a farmer milks a cow in the barn"): what the narrator says where
    # the staging is generic or the outcome needs telling (story.idea_clauses)
    told: str = Field("", exclude=True)
    # the subordinate clause it is told in, by when that happens (story.subordinate_clauses): "reason", "after",
    # "when", "before", "until", "purpose", "concession", "while", "relative", "relative_past"; "" a main clause
    clause: str = Field("", exclude=True)
    guessed: bool = Field(False, exclude=True)  # the verb is staged by a known one it resembles ("counts": watch)


@dataclass
class Token:
    """What the analysis knows about one word of the idea, for the event reader."""

    text: str
    folded: str
    brk: bool = False  # punctuation before it
    characters: list[str] = field(default_factory=list)  # names of the characters this word introduces/refers to
    thing: str = ""  # asset type of a thing named here
    setting: str = ""
    verb: Verb | None = None
    noun_like: bool = False  # has a noun meaning too (object, character, setting)
    turn: str = ""
    particle: bool = False
    stop: bool = False
    possessive: bool = False  # "the fisherman's": whose the next thing is


@dataclass
class _Clause:
    tokens: list[int] = field(default_factory=list)
    turn: str = ""
    relation: str = ""  # how a subordinate clause relates in time to the one it hangs on (story.subordinate_clauses)
    antecedent: int = -2  # a relative clause's noun (word index; -1 none found, -2 no relative clause)
    antecedent_does_it: bool = False  # the noun is the relative clause's subject ("der ...", not "den ...")


def _clauses(tokens: list[Token]) -> list[_Clause]:
    from autark.story.subordinate_clauses import RELATIONS, TURN_OF, opener_at, rejoined, relative_at
    from autark.story.subordinate_clauses import verb_ahead_in_clause as _verb_ahead_in_clause

    clauses = [_Clause()]
    skip = 0
    for i, tok in enumerate(tokens):
        if skip:
            skip -= 1
            continue
        cur = clauses[-1]
        has_verb = any(tokens[j].verb is not None for j in cur.tokens)
        antecedent, does_it = relative_at(tokens, i) if tok.brk else (-2, False)
        if antecedent > -2 and _verb_ahead_in_clause(tokens, i):  # "..., der ihm drei Wünsche erfüllt"
            clauses.append(_Clause(tokens=[i], relation="relative", antecedent=antecedent, antecedent_does_it=does_it))
            continue
        opener, width = opener_at(tokens, i)
        opener = opener if opener and _verb_ahead_in_clause(tokens, i + width - 1) else ""
        if opener and not tok.turn:  # "before the queen arrives", "obwohl er ...", "so that her dog comes back"
            relation = RELATIONS[opener]
            if cur.tokens:
                clauses.append(_Clause(turn=TURN_OF[relation], relation=relation))
            else:
                cur.relation = relation
            skip = width - 1
            continue
        if opener and cur.tokens:  # a turn word that opens a clause: "weil", "until"
            clauses.append(_Clause(turn=tok.turn, relation=RELATIONS[opener]))
            continue
        if opener:
            cur.relation = RELATIONS[opener]  # (then on as before: a leading "when" stays a word of its clause)
        if tok.turn in _ADVERB_TURNS and not tok.brk and cur.tokens and (
                (cur.turn and not has_verb) or tokens[cur.tokens[-1]].verb is not None):
            continue  # "bis eine Prinzessin ihm schließlich ... gibt", "dann kommt plötzlich der Bauer": inside
        if tok.folded in _BUT_AFTER_VERB_DE and not tok.brk and cur.tokens and tokens[cur.tokens[-1]].verb is not None:
            cur.turn = cur.turn or tok.turn  # "..., finden aber nur eine Katze": the clause's turn, inside it
            continue
        if tok.turn and (cur.tokens or tok.turn != "when"):
            if cur.tokens:
                clauses.append(_Clause(turn=tok.turn))
            else:
                cur.turn = tok.turn
            continue
        if tok.brk and has_verb:
            clauses.append(_Clause())
            cur = clauses[-1]
        if tok.folded in _AND and has_verb and _verb_ahead(tokens, i):
            clauses.append(_Clause(turn="and"))
            continue
        clauses[-1].tokens.append(i)
    return rejoined(main_clauses=[c for c in clauses if c.tokens], tokens=tokens)


def clauses_of(tokens: list[Token]) -> list[_Clause]:
    """The idea's clauses as the event reader cuts them (each its word indices and the turn that leads it)."""
    return _clauses(tokens)


def _governed(tokens: list[Token], j: int) -> bool:
    """Is word j governed by a "with" or "to" before it? English "an" is an article before a lower-case word
    ("an old man walks": the man is who walks), German "an" a preposition before a capital ("an Mia")."""
    return _after(tokens, j, _WITH | _TO) or genitive_at(  # "gives it to a girl": the girl is no subject, nor
        [t.folded for t in tokens], j, lambda i: bool(tokens[i].characters or tokens[i].thing))  # "des Königs"


def _after(tokens: list[Token], j: int, words: set[str]) -> bool:
    """Does one of ``words`` govern word j, up to three words back past its article and describing words ("to
    a sad boy", "from a sleepy tourist")? English "an" before a lower-case word is an article, not German "an"."""
    for i in range(j - 1, max(j - 4, -1), -1):
        tok = tokens[i]
        if tok.folded in words:  # a German particle "zu" before "und" ends its clause ("wirft ihm den Ball zu und")
            return not (tok.folded == "an" and tokens[i + 1].text[:1].islower()
                        or tok.folded == "zu" and tokens[i + 1].folded in ("und", "aber", "oder", "doch"))
        if tok.characters or tok.thing or tok.verb is not None or tok.brk:
            return False
    return False


def _verb_ahead(tokens: list[Token], i: int) -> bool:
    """Does a verb come right after an "and" (a new clause: "burns the soup and invents a dish"), or after one
    new subject ("the candle burns and the house catches fire")? Only asked once the clause has its verb: "a cat
    and a dog" is one list of agents, and "eats the cake and the pear" one list of things."""
    named = False
    for tok in tokens[i + 1:i + 5]:
        if tok.verb is not None and not tok.characters and not tok.thing:
            return True
        if tok.setting or tok.brk or (tok.characters or tok.thing) and named:
            return False
        named = named or bool(tok.characters or tok.thing)  # a new subject of its own verb
    return False


def _last_two_named(tokens: list[Token], before: int) -> list[str]:
    """The last two characters the idea named before the word at ``before`` ("the grandfather tells his grandson
    a story until both fall asleep": the two of them)."""
    named = list(dict.fromkeys(n for j in range(before) for n in tokens[j].characters))
    return named[-2:] if len(named) >= 2 else []


# the English turns after which a clause with no subject of its own shares the last one's ("but finds", "then
# falls asleep")
_SHARED_EN = frozenset({"and", "but", "then", "finally"})
# a German "but" that stands after its clause's verb ("finden aber", "kommt jedoch"): the clause's turn, no cut
_BUT_AFTER_VERB_DE = frozenset({"aber", "jedoch", "allerdings"})
# the words that are a clause's own subject ("but it jumps back": the pike, not the fisherman)
_SUBJECTS = _SUBJECT_PRONOUNS | _THING_PRONOUNS | _SOMEONE | _EVERYONE | _BOTH | {"nobody", "niemand", "there"}
# the story verbs of a mind: only someone does them, never a thing
_MINDS = frozenset({"wish", "think", "fear", "want", "love", "hate", "dream"})


def extract_events(tokens: list[Token], lang: str = "en") -> list[Event]:
    """The idea's events in the order they happen in the story (a subordinate clause's where its word says)."""
    from autark.story.event_readings import reread, wish_goals
    from autark.story.subordinate_clauses import told_in_past

    tokens, goals = wish_goals(tokens, lang)  # "wants to become king": a wish, no king
    events: list[Event] = []
    last_agents: list[str] = []
    last_thing = ""
    particles_at_end: dict[int, tuple[int, str]] = {}  # a clause's first word -> its closing particle and where
    for clause in _clauses(tokens):
        idx = clause.tokens
        # German separable verbs: a clause-final particle joins its verb ("bringt ... bei")
        if idx and tokens[idx[-1]].particle:
            particles_at_end[idx[0]] = (idx[-1], tokens[idx[-1]].folded)
        verbs_at = [j for j in idx if tokens[j].verb is not None and not (tokens[j].characters or tokens[j].thing)]
        if not verbs_at:
            for j in idx:
                last_thing = tokens[j].thing or last_thing
            named = [n for j in idx if not _governed(tokens, j) for n in tokens[j].characters]
            last_agents = list(dict.fromkeys(named)) or last_agents  # "..., bis sie einschlafen": they
            continue
        place = next((tokens[j].setting for j in idx if tokens[j].setting), "")
        first_verb = verbs_at[0]
        agents: list[str] = []
        object_pronoun = -1
        for j in idx:
            if j >= first_verb:
                break
            tok = tokens[j]
            prev = tokens[j - 1].folded if j else ""
            if tok.characters and not _governed(tokens, j):
                agents += [n for n in tok.characters if n not in agents]
            elif tok.folded in _SUBJECT_PRONOUNS and last_agents and not agents and not any(
                    tokens[i].thing or _is_noun_after_article(tokens, i) for i in idx if i < j):
                agents = list(last_agents)  # after the subject a German "sie" is whom it is done to
            elif tok.folded in ("sie", "ihn", "es") and object_pronoun < 0 and (agents or any(
                    tokens[i].thing or _is_noun_after_article(tokens, i) for i in idx if i < j)):
                object_pronoun = j
        # the clause's subject is "it"/"er" and no one it names: the thing just named may be what melts
        before = [j for j in idx if j < first_verb]
        it_subject = any(tokens[j].folded in _THING_PRONOUNS for j in before) and not any(
            tokens[j].characters and not _governed(tokens, j) for j in before)
        # "and everyone runs away", "und alle rennen weg": the crowd does it (no agents), not the one named last
        crowd = not agents and any(tokens[j].folded in _EVERYONE for j in before)
        if not agents and any(tokens[j].folded in _BOTH for j in before):  # "bis beide einschlafen": the two
            agents = _last_two_named(tokens, idx[0])
        subject_thing = ""
        someone_at = next((j for j in before if tokens[j].folded in _SOMEONE), -1) if not agents else -1
        uncast = -1 if agents or crowd or someone_at >= 0 else _uncast_subject(tokens, idx, first_verb, clause.turn,
                                                                               lang)
        if uncast < 0 and not agents and clause.relation:  # "before the market opens": the place does it, not one
            uncast = next((j for j in before if tokens[j].setting and j and tokens[j - 1].folded in _DETERMINERS), -1)
        if uncast >= 0 and tokens[uncast].thing:  # "dann explodiert der Ofen": the thing after the verb does it
            subject_thing, uncast = tokens[uncast].thing, -1
        elif someone_at >= 0 or uncast >= 0:
            pass  # nobody the cast plays does it: never the one named last
        elif not agents and not crowd:
            # German verb-second: "Im Wald findet der Hund ..." -- the first character after the verb
            after = [j for j in idx if j > first_verb and tokens[j].characters
                     and not _governed(tokens, j)]
            if last_agents and (clause.turn == "and" and not before or lang == "en" and clause.turn in _SHARED_EN
                                and all(tokens[j].stop and tokens[j].folded not in _SUBJECTS for j in before)
                                or lang == "de" and not before and first_verb + 1 < len(tokens)
                                and tokens[first_verb + 1].folded in _BUT_AFTER_VERB_DE):
                # "... und findet einen verletzten Wolf", "... and finds a wolf", "... but only finds a hedgehog":
                # the subject is left out after a bare "and" (an English "but", "then"), so it is the last
                # clause's; the one after the verb is what they find (English puts no subject after its verb, and
                # a German verb first with its "aber" after it shares the subject: "..., finden aber einen Hasen")
                agents = list(last_agents)
            elif after and (not _before_has_thing(tokens, idx, first_verb) or lang == "de" and object_first(
                    [t.folded for t in tokens], [j for j in before if tokens[j].thing], after[0])):  # "Den Ball fängt"
                agents = list(tokens[after[0]].characters)
            elif lang == "de" and not any(tokens[j].folded in _SUBJECT_PRONOUNS for j in idx) and (
                    fronted := thing_after_fronted_verb(tokens, idx, first_verb)):
                subject_thing = fronted  # "und am Morgen liegen hundert Knöpfe vor der Tür": the buttons lie
            elif any(tokens[j].folded in _SUBJECT_PRONOUNS for j in idx) and last_agents or clause.turn in ("and", "then", "finally", "") and last_agents and not _before_has_thing(
                    tokens, idx, first_verb) or lang == "de" and clause.turn == "but" and not before and last_agents:
                # ("..., finden aber nur eine Katze": a verb first with its "aber" after it shares the subject)
                agents = list(last_agents)
            else:
                subject_thing = next((tokens[j].thing for j in idx if j < first_verb and tokens[j].thing), "")
        if clause.antecedent >= 0 and clause.antecedent_does_it:  # "ein Fisch, der ihm Wünsche erfüllt": the fish
            said = tokens[clause.antecedent]
            agents, subject_thing, uncast, someone_at, crowd = list(said.characters), "", -1, -1, False
            if not agents:
                subject_thing = said.thing
        used: set[int] = set()
        for n, v in enumerate(verbs_at):
            tok = tokens[v]
            verb = tok.verb
            assert verb is not None
            end = verbs_at[n + 1] if n + 1 < len(verbs_at) else (idx[-1] + 1)
            ev = Event(verb=verb.key, kind=verb.kind, word=tok.text, agents=list(agents), place=place, at=v,
                       turn=clause.turn if n == 0 else "and", tone=verb.tone, line=verb.line, then=verb.then,
                       reaction=verb.reaction, crowd=crowd, someone=someone_at >= 0,
                       subject_at=someone_at if someone_at >= 0 else uncast,
                       subject=tokens[someone_at if someone_at >= 0 else uncast].text if max(someone_at, uncast) >= 0
                       else "")
            prev = tokens[v - 1].folded if v else ""
            doer = _participle_doer(tokens, v) if n > 0 else None
            if doer is not None and not doer.characters and verb.key in _MINDS:
                doer = None  # "opens a chest hoping for gold": no chest hopes, the one who opens it does
            if doer is not None:  # "finds an alien hiding in the gym": the alien hides, not the finder
                ev.agents = [c for c in doer.characters if c not in agents]
                if doer.thing and not ev.agents:  # "sees a ball rolling": the ball does it
                    ev.patient, ev.patient_is_thing, ev.thing_does_it = doer.thing, True, True
            elif n > 0 and tok.folded.endswith("ing") and prev in ("it", "him", "her", "them") and events and \
                    events[-1].patient:  # "finds it sleeping in a drum": the rabbit found sleeps, not the finder
                found = events[-1]
                if found.patient_is_thing:
                    ev.agents, ev.patient, ev.patient_is_thing, ev.thing_does_it = [], found.patient, True, True
                else:
                    ev.agents = [found.patient]
            ev.clause = clause.relation
            if clause.relation == "relative" or prev in _RELATIVE:
                ev.clause = "relative_past" if told_in_past(tokens, v) else "relative"
            if prev in _RELATIVE:  # a relative clause: its subject is the one named just before it
                named = next((tokens[j].characters for j in range(v - 2, -1, -1) if tokens[j].characters), [])
                ev.agents = list(named) or ev.agents
                ev.borrowed = v < 2 or not tokens[v - 2].characters  # "a seed that grows": not the one named
                if verb.key in ("grow", "transform") and v >= 2 and tokens[v - 2].thing:
                    ev.patient, ev.patient_is_thing = tokens[v - 2].thing, True  # "a flower that grows": it grows
            if n > 0 and (prev in _INF_MARKERS or _is_taught(events, tokens, v)):
                # "teaches her grandfather to dance": the teacher and the taught dance together
                teach = events[-1] if events else None
                taught = teach.recipient or ("" if teach.patient_is_thing else teach.patient) if teach else ""
                if teach is not None and taught and teach.verb in ("teach", "show"):
                    # the learner first: where one can do it at a time (one bicycle), the one taught rides it
                    ev.agents = [taught, *[a for a in teach.agents if a != taught]]
            span = [j for j in idx if v < j < end and j not in used]
            verb_last = lang == "de" and bool(clause.relation) and n == 0 and v == verbs_at[-1]
            if n == 0:  # German: the object may stand before the verb ("den Apfel isst der Drache")
                span = [j for j in idx if j < v and (tokens[j].thing or verb_last and tokens[j].characters and not
                                                     set(tokens[j].characters) <= set(agents)) and j not in used and not (
                    j + 1 < len(tokens) and tokens[j + 1].characters)] + span  # "a lighthouse keeper": his kind
                # (a verb-last clause has its person acted on before the verb too: "der ihren Bruder gerettet hat")
            _roles(ev, verb, tokens, span, agents, last_thing, used)
            if subject_thing and not ev.patient:
                ev.patient, ev.patient_is_thing = subject_thing, True  # "the soup burns"
            ev.thing_does_it = bool(subject_thing) and ev.patient == subject_thing and not ev.agents
            if (verb.key in CHANGE_OF_VERB or verb.key == "grow") and it_subject and not ev.patient and last_thing \
                    and verb.key != "light":  # "they build a snowman, but it melts": the snowman, not the builders
                ev.agents, ev.patient, ev.patient_is_thing, ev.thing_does_it = [], last_thing, True, True
            if verb.key == "fly" and ev.thing_does_it:  # "the kite flies away": a loss to watch, not a flight
                ev.tone, ev.then = "sad", ""
            if verb.key == "leave" and ev.patient_is_thing:
                ev.patient = ""  # "verlässt das Haus": they walk away from where they are, not to the house
            if verb.key in CHANGE_OF_VERB and not ev.agents and ev.patient_is_thing:
                ev.kind, ev.then = "look", ""  # nobody burns the house that catches fire: they watch it burn
                ev.tone = "sad" if ev.tone == "comedy" else ev.tone  # a barn on fire is no joke
            pronoun_before = verb_last and any(tokens[j].folded in _PERSON_PRONOUNS for j in idx if j < v)
            if (v + 1 < len(tokens) and tokens[v + 1].folded in _PERSON_PRONOUNS or pronoun_before) and events and \
                    not ev.recipient:  # ("der ihm drei Wünsche erfüllt": before the verb)
                # "... grants him three wishes": him is the one named in the story before, not a thing
                him = next((a for e in reversed(events) for a in e.agents if a not in ev.agents), "")
                if v + 1 < len(tokens) and tokens[v + 1].folded in ("them", "ihnen"):  # "scares them away": the group
                    group = next((t.characters for t in reversed(tokens[:v]) if len(set(t.characters) - set(
                        ev.agents)) > 1), [])
                    him = next((c for c in group if c not in ev.agents), him)
                if him and pronoun_before and not ev.patient and any(tokens[j].folded == "ihn" for j in idx if j < v):
                    ev.patient, ev.patient_is_thing = him, False  # "weil ihn eine Biene sticht": him it stings
                elif him and (not ev.patient or ev.patient_is_thing):
                    ev.recipient = him
            if object_pronoun >= 0 and n == 0 and not ev.patient:  # "bis ein Hund sie verjagt": the ones
                named = next((t.characters for t in reversed(tokens[:idx[0]]) if set(t.characters) - set(agents)), [])
                if last_thing and tokens[object_pronoun].folded != "sie":  # "bis ein Drache ihn frisst": the apple
                    ev.patient, ev.patient_is_thing = last_thing, True
                elif named:  # named last before this clause
                    ev.patient, ev.patient_is_thing = named[0], False
            if not ev.patient and events and v + 1 < len(tokens) and (tokens[v + 1].folded in _IT_AFTER_VERB or (
                    tokens[v + 1].folded in ("sie", "her") and (v + 2 >= len(tokens) or tokens[v + 2].brk
                                                                 or tokens[v + 2].folded in _PLACED_ON | {"home"}))):
                # "findet ein Lamm und trägt es in den Stall", "finds a kitten and carries it home": it is what
                # the last act was done to, a creature as much as a thing
                last = next((e for e in reversed(events) if e.patient and e.patient not in ev.agents), None)
                if last is not None:
                    ev.patient, ev.patient_is_thing = last.patient, last.patient_is_thing
            if ev.verb == "drop" and ev.to_thing:  # dropped into the hat: put there on purpose, no mishap
                ev.then, ev.tone = "", "calm"
            if v in goals:
                ev.goal, ev.patient, ev.patient_is_thing = goals[v][0], "", True
            if clause.antecedent >= 0 and not clause.antecedent_does_it and n == 0 and not ev.patient and \
                    not ev.recipient:  # "der Hund, den der Junge findet": the dog is found
                said = tokens[clause.antecedent]
                if said.characters and said.characters[0] not in ev.agents:
                    ev.patient, ev.patient_is_thing = said.characters[0], False
                elif said.thing:
                    ev.patient, ev.patient_is_thing = said.thing, True
            events.append(ev)
            if ev.patient and ev.patient_is_thing:
                last_thing = ev.patient
        if agents:
            last_agents = agents
    from autark.story.later_readings import becoming_results, quarry_named_later
    from autark.story.particle_readings import join_particles  # "bringt ... bei": teaches
    from autark.story.subordinate_clauses import in_story_order  # "because he stole it": the theft first
    from autark.story.thing_acts import things_act  # a thing's own fall or flight is drawn, not a person's

    return in_story_order(things_act(reread(quarry_named_later(becoming_results(
        join_particles(events, tokens, particles_at_end), tokens)), tokens)))


def _uncast_subject(tokens: list[Token], idx: list[int], verb_at: int, turn: str, lang: str) -> int:
    """The word index of a clause's subject that no character plays, or -1: a noun after an article before the
    verb ("until *an avalanche* chases them"), or, German verb-second, the first noun after the verb where
    nothing stands before it ("dann fällt plötzlich *der Strom* aus"; a bare "und findet" leaves its subject
    out). A known thing found there is returned too (the caller makes it the thing that does it)."""
    before = [j for j in idx if j < verb_at]
    nouns = [j for j in before if _is_noun_after_article(tokens, j)]
    if any(tokens[j].characters and not _governed(tokens, j) for j in idx if j > verb_at) and (
            lang == "de" and not (nouns and _nominative_before(tokens, nouns[0])) or not nouns):
        return -1  # "den Apfel isst der Drache": the one after the verb is who does it (not "a tornado lifts the cow")
    named = [j for j in before if tokens[j].characters or tokens[j].folded in _SUBJECT_PRONOUNS | _THING_PRONOUNS]
    if named and (not nouns or named[0] < nouns[0]):
        return -1  # a pronoun or a character before it is the subject ("bis ein Tornado *sie* verfolgt": after)
    if nouns:  # "a huge meteorite": the phrase's last noun
        k = nouns[0]
        while k + 1 in nouns or k + 1 < verb_at and tokens[k + 1].thing:
            k += 1
        return k
    if before and any(not tokens[j].stop for j in before) or turn == "and" or lang != "de":
        return -1
    # the words after the verb, on past an adverb that opens a clause of its own ("fällt *plötzlich* der Strom")
    for j in range(verb_at + 1, min(len(tokens), verb_at + 6)):
        tok = tokens[j]
        if tok.brk or tok.folded in _AND or tok.characters or tok.folded in _SUBJECT_PRONOUNS or (
                tok.verb is not None and not tok.thing):
            return -1
        if tok.folded in ("der", "die", "das", "ein", "eine") and j + 1 < len(tokens) and not tokens[j + 1].brk:
            nxt = tokens[j + 1]
            if nxt.thing or (nxt.text[:1].isupper() and not nxt.characters and nxt.verb is None and not nxt.setting):
                return j + 1
            return -1
    return -1


def _nominative_before(tokens: list[Token], j: int) -> bool:
    """Is the noun at j after a German subject's article ("*ein* Sturm reißt ...", not "*den* Apfel isst ...")?"""
    return any(tokens[i].folded in ("der", "ein", "eine") for i in range(max(0, j - 3), j))


def _is_noun_after_article(tokens: list[Token], j: int) -> bool:
    """Is word j a noun nobody plays, after an article and at most two describing words ("a huge avalanche")?"""
    tok = tokens[j]
    if tok.characters or tok.setting or tok.stop or tok.turn or tok.verb is not None and not tok.noun_like \
            or not tok.text.isalpha() or tok.folded in _EVERYONE | _SOMEONE:
        return False
    if j and names_an_hour(tokens[j - 1].folded, tok.folded):  # "the next morning she finds it": when, not who
        return False
    for i in range(j - 1, max(j - 4, -1), -1):
        if tokens[i].folded in _DETERMINERS:  # ...and no preposition before it ("in the morning")
            return i == 0 or tokens[i - 1].folded not in _WHERE | _WITH | _TO | _ABOUT | _FROM | _ONTO | _FOR
        if tokens[i].stop or tokens[i].characters or tokens[i].thing or tokens[i].verb is not None:
            return False
    return False


def _participle_doer(tokens: list[Token], v: int) -> Token | None:
    """The one an -ing word right after it describes ("finds an alien *hiding*", "sees a ball *rolling*"), or
    None: that word's act is theirs, not the sentence subject's."""
    if not tokens[v].folded.endswith("ing") or v == 0:
        return None
    prev = tokens[v - 1]
    return prev if (prev.characters or prev.thing) and not prev.brk and not tokens[v].brk else None


def _before_has_thing(tokens: list[Token], idx: list[int], verb_at: int) -> bool:
    return any(tokens[j].thing for j in idx if j < verb_at)


def _is_taught(events: list[Event], tokens: list[Token], v: int) -> bool:
    """A nominalised verb after an article following a teaching verb ("das Tanzen")."""
    return bool(events) and events[-1].verb == "teach" and v > 0 and tokens[v - 1].stop


def _roles(ev: Event, verb: Verb, tokens: list[Token], span: list[int], agents: list[str], last_thing: str,
           used: set[int]) -> None:
    for j in span:
        tok = tokens[j]
        prev = tokens[j - 1].folded if j else ""
        prev2 = tokens[j - 2].folded if j > 1 else ""
        if tok.characters:
            others = [c for c in tok.characters if c not in agents]
            if not others:
                continue
            if verb.kind == "take" and (_after(tokens, j, _FROM) or prev in _DATIVE or tok.possessive):
                ev.source = ev.source or others[0]  # taken from them: it starts in their hands
            elif tok.possessive or j + 1 < len(tokens) and tokens[j + 1].possessive and not tokens[j + 1].characters:
                pass  # "blew the old man's newspaper away": whose thing it is, not whom it is done to
            elif prev in _WITH or prev2 in _WITH:
                ev.partner = ev.partner or others[0]
            elif _after(tokens, j, _TO) or (_after(tokens, j, _PLACED_ON) and (verb.kind == "throw" or (
                    verb.kind in _PLACED or verb.key == "carry") and ev.patient)) or (
                    verb.recipient and not ev.recipient and not any(
                    tokens[k].folded in _TO for k in span if k > j)) or (  # "shows his fish *to* the village"
                    (verb.kind in _HANDED or verb.kind == "throw") and prev in _DATIVE) or (
                    verb.kind in _POURED and any(t.folded in _ONTO for t in tokens[max(0, j - 3):j])):  # on the king
                ev.recipient = ev.recipient or others[0]
            elif not ev.patient:
                ev.patient, ev.patient_is_thing = others[0], False
            used.add(j)
        elif tok.thing:
            if prev in _WITH or prev2 in _WITH:
                ev.instrument = ev.instrument or tok.thing
            elif (verb.kind in _PLACED or verb.key == "carry") and (ev.patient or any(
                    tokens[k].folded in _OBJECT_PRONOUNS | {"sie", "her"} for k in span if k < j)) and _after(
                    tokens, j, _PLACED_ON):
                ev.to_thing = ev.to_thing or tok.thing  # "drops a coin into the hat": the hat is where it ends
            elif verb.kind in _GOING and ev.patient_is_thing and (
                    any(t.folded in _INTO for t in tokens[max(0, j - 3):j])  # slides across the ice into a snowman
                    or any(t.folded in _FOR for t in tokens[max(0, j - 4):j])):  # races across a table for cheese
                ev.patient, ev.patient_is_thing = tok.thing, True
            elif verb.kind in _GOING and not ev.patient and _where_before(tokens, j) and any(
                    tokens[k].thing and not _where_before(tokens, k) for k in span if k > j):
                continue  # "springt im Schloss auf den Thron": the castle is where, the throne what
            elif ev.patient and not ev.patient_is_thing and not ev.recipient and (
                    verb.kind in _HANDED or verb.recipient) and not _where_before(tokens, j) and not any(
                    t.folded in _WHERE for t in tokens[max(0, j - 2):j]):  # "gives his teacher an apple"
                ev.recipient, ev.patient, ev.patient_is_thing = ev.patient, tok.thing, True
            elif verb.key == "carry" and ev.patient:
                pass  # "carries a kitten down the ladder": the kitten is carried, the ladder is the way
            elif not ev.patient or not ev.patient_is_thing and (prev in _ABOUT | {"the", "den", "die", "das"} or (
                    any(ev.patient in tokens[k].characters and in_dative(  # "näht einem Fuchs einen Mantel"
                        [t.folded for t in tokens], k) for k in span if k < j))) and not any(
                    t.folded in _WHERE for t in tokens[max(0, j - 3):j]):  # "chases a cat near the tree": the cat
                if ev.patient and not ev.patient_is_thing:
                    ev.recipient = ev.recipient or ev.patient
                ev.patient, ev.patient_is_thing = tok.thing, True
            used.add(j)
        elif (tok.folded in _OBJECT_PRONOUNS or tok.folded == "sie" and agents and j == span[0]) and last_thing \
                and not ev.patient:  # "aber ein Drache bewacht sie": the crown
            ev.patient, ev.patient_is_thing = last_thing, True
            used.add(j)


def _where_before(tokens: list[Token], j: int) -> bool:
    """Does a where-word ("im", "in the", "near") govern word j, past its article and describing words?"""
    return _after(tokens, j, _WHERE - _INTO)


def key_event(events: list[Event]) -> int:
    """The index of the event the story turns on: the last one a turn word brings, else the last."""
    return max((i for i, e in enumerate(events) if e.turn in TURNS), default=len(events) - 1)
