"""Swaps, trades and sales seen as hands changing: both things change hands, in the idea's order.

"A farmer trades his pig for a bicycle with a mechanic", "Zwei Mädchen tauschen ihre Hüte", "tauscht mit einer
Gärtnerin einen Kuchen gegen Blumen": the one who trades gives the thing named first to the other, and the
other gives back the thing named after "for"/"gegen" (or the second one named: "swap a shield and a crown").
An animal traded is led over, not handed ("die Bäuerin tauscht ihre Kuh gegen einen Esel"). A sale is the same
with money: "buys an apple from a grocer", "kauft einem Fischer einen Fisch ab": the buyer pays (coins to the
seller), the seller hands the thing over; "sells a lamp to a woman", "verkauft einem Kind eine Brezel": the
seller hands it over, the buyer pays. With nobody to trade with, the trader puts their thing down and picks up
the other one.

The verb table reads all of these as one give ("sell") to the wrong one, or to none; ``swap_events`` rewrites
that one event as the two handings (``give`` events, which the spine stages as a walk over and a handing,
and which ``story.possession`` reads for who holds each thing first).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from autark.assets.templates import fold

# In annotations only (story.events calls the readings while it reads an idea): Event, Token, concepts
Event = Token = CharacterConcept = ObjectConcept = Any

__all__ = ["swap_events", "is_swap_word", "is_sale_word"]

# folded beginnings of the verbs of a swap or a trade (trades, swapped, exchanging, tauscht, eintauschen)
_SWAP_STEMS = ("trad", "swap", "exchang", "barter", "switch", "tausch", "getausch", "eintausch", "umtausch",
               "vertausch", "austausch")
_SELL_STEMS = ("sell", "sold", "verkauf", "verkaeuf", "verscherbel", "verhoeker")
_BUY_STEMS = ("buy", "bought", "purchas", "kauf", "kaeuf", "gekauft", "abkauf", "erwirb", "erwarb", "ersteh")
# the word before the thing got in return ("for a bicycle", "gegen einen Esel", "in exchange for", "für")
_FOR = frozenset({"for", "gegen", "fuer", "against"})
# the word before whom the deal is made with ("with a mechanic", "mit einem Mädchen", "from a grocer", "to a
# woman", "bei einem Bauern", "von der Bäckerin")
_WITH = frozenset({"with", "mit", "from", "von", "vom", "bei", "beim", "to", "an", "zu"})
# the word before where it happens ("on the ship", "auf dem Markt"): what follows is no good traded
_AT = frozenset({"in", "on", "at", "auf", "im", "am", "near", "inside", "under", "unter", "hinter", "behind", "ins",
                 "into", "onto", "vor", "neben", "beside", "next", "by", "across", "ueber", "over", "during"})
_COINS = "coins"
_REPLACED = frozenset({"aus", "um"})  # "tauscht ... aus", "tauscht ... um": a thing replaced or returned
_WARE_M = 1.0  # a seller's ware is a thing carried in the hands (bread, an apple), not the oven


def is_swap_word(word: str) -> bool:
    """Does this verb (as written) say a swap or a trade (trades, swapped, tauscht, eintauschen)?"""
    w = fold(word)
    return w.startswith(_SWAP_STEMS) and not w.startswith("trade_")


def is_sale_word(word: str) -> str:
    """'sell' or 'buy' where this verb (as written) says a sale, else ''."""
    w = fold(word)
    if w.startswith(_SELL_STEMS):
        return "sell"
    return "buy" if w.startswith(_BUY_STEMS) else ""


def _clause(ev: Event, events: list[Event], tokens: list[Token]) -> range:
    """The word indexes of the event's clause: from the verb to the next event's verb or a turn; the word
    before the verb belongs to it in German verb-final order too."""
    ends = [e.at for e in events if e.at > ev.at]
    end = min([*ends, len(tokens)])
    for k in range(ev.at + 1, end):
        if tokens[k].turn and tokens[k].turn != "and" or tokens[k].brk and k > ev.at + 1:
            end = k
            break
    start = ev.at
    for k in range(ev.at - 1, max(-1, ev.at - 8), -1):  # "mit einer Gärtnerin einen Kuchen gegen Blumen tauscht"
        if tokens[k].brk or tokens[k].turn or tokens[k].verb is not None:
            break
        start = k
    return range(start, end)


def _goods(span: range, tokens: list[Token], people: set[str], agents: list[str]) -> tuple[list, list[str]]:
    """(the goods named in the clause in order as (name, is_thing, after_for), those it is made with): an
    animal is a good unless it comes after "with"/"mit" (a dragon traded with) or owns a good ("the parrot's
    key", "die Puppe des Mädchens"), a person is whom it is made with unless it comes after "for"/"gegen"."""
    from autark.story.german_nouns import genitive_at

    goods: list[tuple[str, bool, bool]] = []
    partners: list[str] = []
    after_for = after_with = after_at = False
    folded = [t.folded for t in tokens]
    for k in span:
        t = tokens[k]
        if t.characters and (t.possessive or genitive_at(folded, k, lambda i: bool(tokens[i].thing or tokens[i].characters))):
            # "for the parrot's key", "gegen die Puppe des Mädchens": whose the thing is, whom it is traded with
            partners += [n for n in t.characters if n not in agents and n not in partners]
            continue
        if t.folded in _FOR:
            after_for, after_with, after_at = True, False, False
        elif t.folded in _WITH:
            after_with, after_at = True, False
        elif t.folded in _AT:
            after_at = True
        if (t.thing or t.characters or t.setting) and after_at and not t.characters:
            after_at = False
            continue  # "auf dem Schiff": where it happens
        if t.thing and not any(g[0] == t.thing for g in goods):
            goods.append((t.thing, True, after_for))
        for name in t.characters:
            if name in agents:
                continue
            if after_with or name in people and not after_for:
                if name not in partners:
                    partners.append(name)
            elif not any(g[0] == name for g in goods):
                goods.append((name, False, after_for))
        if t.thing or t.characters:
            after_with = False
    return goods, partners


def _hand(ev: Event, giver: str, good: tuple[str, bool, bool], taker: str, at: int) -> Event:
    name, is_thing, _ = good
    if is_thing:
        return ev.model_copy(update={"verb": "give", "kind": "give", "agents": [giver], "patient": name,
                                     "patient_is_thing": True, "recipient": taker, "source": "", "partner": "",
                                     "line": "give", "then": "", "reaction": "", "at": at, "tone": "happy"})
    # an animal is led over: both go to the one who gets it (story.spine's escort)
    return ev.model_copy(update={"verb": "escort", "kind": "walk", "agents": [giver], "patient": name,
                                 "patient_is_thing": False, "recipient": taker, "source": "", "partner": "",
                                 "line": "", "then": "", "reaction": "", "at": at, "tone": "happy",
                                 "instrument": ""})


def _alone(ev: Event, who: str, given: tuple | None, got: tuple | None) -> list[Event]:
    """With nobody to trade with: their own thing put down (an animal sent off), the other picked up."""
    out = []
    if given is not None and not given[1]:  # an animal sent off
        out.append(ev.model_copy(update={"verb": "walk", "kind": "walk", "agents": [given[0]], "patient": "",
                                         "patient_is_thing": True, "recipient": "", "line": "", "then": ""}))
    elif given is not None:
        out.append(ev.model_copy(update={"verb": "put_down", "kind": "put_down", "agents": [who], "patient": given[0],
                                         "patient_is_thing": True, "recipient": "", "line": "", "then": ""}))
    if got is not None and got[1]:
        out.append(ev.model_copy(update={"verb": "pick_up", "kind": "pick_up", "agents": [who], "patient": got[0],
                                         "patient_is_thing": True, "recipient": "", "source": "", "line": "find",
                                         "then": "celebrate", "turn": "and"}))
    elif got is not None:
        out.append(ev.model_copy(update={"verb": "walk", "kind": "walk", "agents": [got[0]], "patient": who,
                                         "patient_is_thing": False, "recipient": who, "line": "", "then": "",
                                         "turn": "and"}))
    return out


def _swap(ev: Event, events: list[Event], tokens: list[Token], people: set[str],
          everyone: set[str]) -> list[Event] | None:
    agents = [a for a in ev.agents if a in everyone]
    if not agents:
        return None
    span = _clause(ev, events, tokens)
    words = {tokens[k].folded for k in span}
    if words & _REPLACED and not words & _FOR:  # "tauscht die Glühbirne aus": a replacement, no trade
        return None
    goods, partners = _goods(span, tokens, people, agents)
    goods = [g for g in goods if g[0]]
    if ev.patient and not any(g[0] == ev.patient for g in goods):
        goods.insert(0, (ev.patient, ev.patient_is_thing, False))
    partner = next((p for p in [*agents[1:], *partners, ev.partner, ev.source] if p and p in everyone), "")
    if not partner and ev.recipient in people and not any(g[0] == ev.recipient for g in goods):
        partner = ev.recipient
    a = agents[0]
    given = next((g for g in goods if not g[2]), None)
    got = next((g for g in goods if g[2]), None) or next((g for g in goods if g is not given), None)
    if given is None and got is None:
        return None
    if not partner:
        return _alone(ev, a, given, got)
    out = []
    if given is not None:
        out.append(_hand(ev, a, given, partner, ev.at))
    # the other's in return: the second thing, or one of the same kind ("two girls swap their hats")
    back = got or (given if given is not None and given[1] else None)
    if back is not None:
        out.append(_hand(ev, partner, back, a, ev.at).model_copy(update={"turn": "and"}))
    return out


def _ware(kind: str) -> bool:
    from autark.story.set_pieces import footprint

    size = footprint(kind)
    return size is not None and max(size) <= _WARE_M


def _sale(ev: Event, kind: str, events: list[Event], tokens: list[Token], people: set[str],
          words: dict[str, str], kinds: set[str]) -> list[Event] | None:
    """The sale as the buyer paying and the seller handing the thing over; a thing the idea names in words
    autark has no kind for ("eine Brezel") is the seller's own ware (a baker's bread, a grocer's apple)."""
    from autark.story.trades import tools_for

    agents = [a for a in ev.agents if a in people]
    if not agents:
        return None
    goods, partners = _goods(_clause(ev, events, tokens), tokens, people, agents)
    thing = ev.patient if ev.patient and ev.patient_is_thing else next((g[0] for g in goods if g[1]), "")
    other = next((p for p in [ev.source, ev.recipient, ev.partner, *partners]  # never a fellow buyer
                  if p and p in people and p not in agents), "")
    if not other:
        return None
    buyer, seller = (agents[0], other) if kind == "buy" else (other, agents[0])
    thing = thing or next((t for t in tools_for(words.get(seller, "")) if t in kinds and _ware(t)), "")  # bread
    animal = ev.patient if ev.patient and not ev.patient_is_thing and ev.patient not in people else ""
    if not thing and not animal:
        return None
    pay = _hand(ev, buyer, (_COINS, True, False), seller, ev.at)
    hand = _hand(ev, seller, (thing, True, False) if thing else (animal, False, False), buyer, ev.at)
    first, second = (pay, hand) if kind == "buy" else (hand, pay)
    return [first, second.model_copy(update={"turn": "and"})]


def swap_events(events: list[Event], tokens: list[Token], characters: list[CharacterConcept],
                objects: list[ObjectConcept], make_object: Callable[[str], ObjectConcept]) -> list[Event]:
    """The events with each swap, trade or sale read as its two handings (see the module's notes); coins are
    added to ``objects`` for a sale. Unchanged where the idea has none."""
    people = {c.name for c in characters if c.voice != "none"}  # animals are traded; with "with", traded with
    everyone = {c.name for c in characters}
    out: list[Event] = []
    for ev in events:
        made = None
        if ev.at >= 0 and is_swap_word(ev.word):
            made = _swap(ev, events, tokens, people, everyone)
        elif ev.at >= 0 and (kind := is_sale_word(ev.word)):
            made = _sale(ev, kind, events, tokens, people, {c.name: c.word for c in characters},
                         {o.type for o in objects})
            if made and not any(o.type == _COINS for o in objects):
                objects.append(make_object(_COINS))
        out += made if made else [ev]
    return out
