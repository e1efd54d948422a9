"""A contest seen as one: whoever holds it starts it, the contestants do the contest's act side by side (cook,
sing, dance, fight, swim, jump, race), and one wins: the winner cheers, the others hang their heads, a judge
points at the winner.

An idea says a contest with a noun ("a baking contest", "ein Kochwettbewerb", "a duel", "ein Turnier", "eine
Wette", "a magic contest"), a verb ("compete", "treten gegeneinander an", "challenges him to", "fordert ...
heraus", "bets") or a question ("wer am weitesten springt"). The act is the one the noun's front names
("Koch-", "baking", "singing", "Tanz-", "magic") or the clause's other verb ("who jumps furthest"); a challenge
or a tournament with no act named is a duel. Contestants are those "between"/"zwischen" named, else the
clause's subjects and whom they challenge or bet; who holds it is the subject when the contestants are named
after it, or a judge in the cast. The winner is who the idea says wins ("bis der rote Ritter gewinnt", "and
she wins"), else the first contestant; a winner the cast does not play ("the small one wins", "one of them")
is the first of those who played. A race is left to ``story.races`` (its run and outcome), which reads the
race event this module writes.
"""

from __future__ import annotations

from typing import Any

from autark.assets.templates import fold

# In annotations only (story.events calls the readings while it reads an idea): Event, Token, concepts
Event = Token = CharacterConcept = Any

__all__ = ["contest_events", "CONTEST_STEMS"]

# folded parts of the words that say a contest (in a compound too: "Kochwettbewerb", "Wettrennen")
CONTEST_STEMS = ("contest", "competition", "tournament", "championship", "showdown", "compet", "challeng",
                 "wettbewerb", "wettkampf", "turnier", "meisterschaft", "wettrennen", "wettlauf",
                 "wettschwimm", "wettess", "wettsing", "wettstreit", "gegeneinander")
# short words of a contest: whole words only, with their endings ("bets", "wetten"; not "betrays", "alphabet")
_CONTEST_WORDS = frozenset({"duel", "duels", "dueling", "duell", "duelle", "bet", "bets", "betting", "wager",
                            "wagers", "wette", "wetten", "wettet", "wettete", "gewettet"})
_WHO_CAN = (("who", "can"), ("wer", "am"), ("wer", "schneller"), ("wer", "besser"), ("who", "is"))
# the act a contest's word names (a part of it, folded): the story verb it is staged by
_ACT_PARTS = (("koch", "cook"), ("back", "cook"), ("bak", "cook"), ("cook", "cook"), ("kuchen", "cook"),
              ("sing", "sing"), ("gesang", "sing"), ("song", "sing"), ("karaoke", "sing"), ("tanz", "dance"),
              ("danc", "dance"), ("zauber", "magic"), ("magic", "magic"), ("spell", "magic"), ("schwimm", "swim"),
              ("swim", "swim"), ("renn", "race"), ("lauf", "race"), ("race", "race"), ("run", "race"),
              ("sprint", "race"), ("spring", "jump"), ("sprung", "jump"), ("jump", "jump"), ("wettess", "eat"),
              ("eating", "eat"), ("pie", "eat"), ("mal", "craft"), ("paint", "craft"), ("draw", "craft"),
              ("schach", "play_game"), ("chess", "play_game"), ("card", "play_game"), ("karten", "play_game"),
              ("kampf", "fight"), ("duel", "fight"), ("duell", "fight"), ("turnier", "fight"),
              ("tournament", "fight"), ("fecht", "fight"), ("box", "fight"), ("wrestl", "fight"),
              ("ring", "fight"), ("arm", "fight"), ("tug", "fight"))
_DUEL_WORDS = ("challeng", "heraus", "duel", "duell", "turnier", "tournament", "fordert", "forderte")
_BETWEEN = frozenset({"between", "zwischen"})
_WIN = ("win", "won", "gewinn", "gewann", "sieg", "triumph", "beat")
_WINNER_WORDS = frozenset({"winner", "winners", "sieger", "siegerin", "gewinner", "gewinnerin"})
_JUDGES = frozenset({"judge", "referee", "female_judge", "female_referee"})
_NOT_ACTS = frozenset({"talk", "look", "point", "argue", "pick_up", "serve", "kick", "celebrate", "wave", "give",
                       "think", "nod", "shake_head", "play"})
_MOST = 4  # contestants side by side
_NEAR = 8  # words after the contest's word its act may be named in ("ein Wettbewerb, wer am weitesten springt")


def _contest_at(tokens: list[Token]) -> int:
    words = [t.folded for t in tokens]
    for k, w in enumerate(words):
        if any(s in w for s in CONTEST_STEMS) and "contestant" not in w or w in _CONTEST_WORDS or tuple(
                words[k:k + 2]) in _WHO_CAN:
            return k
    return -1


def _span(k: int, tokens: list[Token]) -> range:
    """The clause the contest word stands in."""
    start = k
    while start > 0 and not tokens[start].brk and not (tokens[start].turn and tokens[start].turn != "and"):
        start -= 1
    end = k + 1
    while end < len(tokens) and not tokens[end].brk and not (tokens[end].turn and tokens[end].turn != "and"):
        end += 1
    return range(start, end)


def _act(k: int, tokens: list[Token], near: list[Event]) -> str:
    """The story verb of the contest's act (see the module's notes), or ''."""
    for j in (k, k - 1, k + 1, k - 2):  # the word itself, then "a *baking* contest", "contest *of magic*"
        if 0 <= j < len(tokens):
            w = tokens[j].folded
            hit = next((v for part, v in _ACT_PARTS if part in w and (j == k or w.startswith(part))), "")
            if hit:
                return hit
    acted = next((e.verb for e in near if e.kind not in _NOT_ACTS and e.agents), "")  # "wer am weitesten springt"
    if acted:
        return acted
    return "fight" if any(any(d in tokens[j].folded for d in _DUEL_WORDS) for j in _span(k, tokens)) else ""


def _one_of_them_wins(events: list[Event]) -> list[Event]:
    """"two robots play chess and the small one wins", "until one of them wins", "und der ältere gewinnt": a win
    whose winner is no one cast goes to one of those who played (the first named), and the others lose; it had
    gone to nobody (all of them clapped) or to all of them (all cheered)."""
    out = list(events)
    for i, e in enumerate(events):
        if not i or e.agents or e.kind != "celebrate" or not any(w in fold(e.word) for w in _WIN):
            continue
        players = events[i - 1].agents
        if len(players) < 2 or e.someone or e.crowd:
            continue
        won = e.model_copy(update={"agents": [players[0]], "subject": "", "subject_at": -1})
        lost = e.model_copy(update={"verb": "lose", "kind": "shake_head", "word": "loses", "agents": players[1:],
                                    "line": "", "tone": "sad", "turn": "and", "subject": "", "subject_at": -1,
                                    "reaction": "clap", "then": ""})  # the winner claps meanwhile, not one who lost
        k = out.index(e)
        out[k:k + 1] = [won, lost]
    return out


def contest_events(events: list[Event], tokens: list[Token], characters: list[CharacterConcept]) -> list[Event]:
    """The events with the idea's contest staged as start, contest and outcome (see the module's notes);
    a "winner" cast only for the word is taken out of ``characters``. Unchanged where the idea has none."""
    from autark.story.verbs import verb_by_key

    events = _one_of_them_wins(events)
    k = _contest_at(tokens)
    if k < 0:
        return events
    span = _span(k, tokens)
    own = [e for e in events if e.at in span]
    if own and all(e.verb == "lose" or any(w in fold(e.word) for w in _WIN) for e in own):
        return events  # "the team loses the tournament", "wins the contest": the outcome is the story
    act = _act(k, tokens, [*own, *(e for e in events if k < e.at <= k + _NEAR and e not in own)])
    if not act:
        return events
    names = {c.name for c in characters}
    winner_cast = {c.name for c in characters if fold(c.word) in _WINNER_WORDS}
    judges = [c.name for c in characters if c.type in _JUDGES]
    between = next((j for j in span if tokens[j].folded in _BETWEEN), -1)
    contestants: list[str] = []
    holder = ""
    if between >= 0:
        contestants = [n for j in range(between, span.stop) for n in tokens[j].characters if n in names]
        holder = next((a for e in own for a in e.agents if a not in contestants), "")
    if len(contestants) < 2:
        contestants = []
        for e in own:
            for who in [*e.agents, *([e.patient] if not e.patient_is_thing else []), e.recipient]:
                if who in names and who not in contestants and who not in judges and who not in winner_cast:
                    contestants.append(who)
    if len(contestants) < 2:  # "the wizard and the witch have a magic contest": the clause's subjects
        contestants = [n for j in range(span.start, k) for n in tokens[j].characters
                       if n in names and n not in judges and n not in winner_cast]
    if len(contestants) < 2 and own and own[0].agents:  # "until the mayor holds a cooking contest": he holds it
        holder = own[0].agents[0]  # for the others the idea named before
        contestants = [c.name for c in characters if c.name not in (holder, *judges, *winner_cast)
                       and c.voice != "none" or c.name in {a for e in events if e.at < span.start for a in e.agents}]
        contestants = [n for n in contestants if n != holder]
    if len(contestants) < 2:
        return events
    contestants = list(dict.fromkeys(contestants))[:_MOST]
    wins = [e for e in events if e.kind == "celebrate" and any(w in fold(e.word) for w in _WIN)]
    winner = next((a for e in wins for a in e.agents if a in contestants), contestants[0])
    judge = holder or (judges[0] if judges else "")
    if own:
        first = own[0]
    else:
        from autark.story.events import Event as _Event

        first = _Event(verb=act, kind="look", word=tokens[k].text, at=k)
    v = verb_by_key(act)
    base = {"patient": "", "patient_is_thing": True, "recipient": "", "partner": "", "source": "", "then": "",
            "reaction": "", "result": "", "instrument": "", "outcome": ""}
    made: list[Event] = []
    if holder:  # who holds it starts it
        made.append(first.model_copy(update={**base, "verb": "clap", "kind": "clap", "agents": [holder], "line": "",
                                             "tone": "happy"}))
    made.append(first.model_copy(update={**base, "verb": v.key, "kind": v.kind, "agents": contestants,
                                         "line": "compete" if act == "race" else v.line, "tone": "conflict",
                                         "turn": "and" if made else first.turn}))
    if judge and judge not in contestants:
        made.append(first.model_copy(update={**base, "verb": "point", "kind": "point", "agents": [judge],
                                             "patient": winner, "patient_is_thing": False, "line": "",
                                             "turn": "finally", "tone": "happy", "at": first.at + 1}))
    made.append(first.model_copy(update={**base, "verb": "celebrate", "kind": "celebrate", "word": "wins",
                                         "agents": [winner], "line": "celebrate", "tone": "happy",
                                         "turn": "finally", "at": first.at + 2}))
    losers = [c for c in contestants if c != winner]
    made.append(first.model_copy(update={**base, "verb": "lose", "kind": "shake_head", "word": "loses",
                                         "agents": losers, "line": "", "tone": "sad", "turn": "and",
                                         "at": first.at + 1}))  # a race's outcome is staged once, at the win
    gone = {id(e) for e in [*own, *wins]} | {id(e) for e in events if e.patient in winner_cast}
    before = [e for e in events if id(e) not in gone and e.at < k]
    after = [e for e in events if id(e) not in gone and e.at >= k]
    characters[:] = [c for c in characters if c.name not in winner_cast]
    return [*before, *made, *after]
