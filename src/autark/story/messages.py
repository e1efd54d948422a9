"""Messages seen from pen to reader: "writes a letter to her grandfather", "schreibt seiner Oma einen Brief",
"leaves notes for the librarian", "hinterlässt ihrem Bruder eine Nachricht", "schickt dem Ritter einen
Brief", "a postman brings a letter to a farmer", "leaves a gift for his neighbour".

A paper is written (a letter in the hand), then handed over, or left where the other finds it (put down, the
writer goes, the other picks it up), and read by the one it is for, who reacts to it; a gift is handed or left
and unwrapped with joy. The verb table reads most of these as a write with the reader as the thing written, a
walk (leave) or a handing with nobody reading; ``message_events`` rewrites the idea's message as those acts
(``write``, ``give``/``put_down`` and ``pick_up``, ``read``), which the spine stages with the letter in hand.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from autark.assets.templates import fold

# In annotations only (story.events calls the readings while it reads an idea): Event, Token, concepts
Event = Token = CharacterConcept = ObjectConcept = Any

__all__ = ["message_events", "MESSAGE_WORDS"]

# the words (folded) of a written message and of a gift, both languages, singular and plural
MESSAGE_WORDS = frozenset({
    "letter", "letters", "note", "notes", "message", "messages", "postcard", "postcards", "love_letter",
    "invitation", "invitations", "card", "cards", "poem", "poems", "telegram", "memo", "scroll",
    "brief", "briefe", "briefen", "briefchen", "liebesbrief", "liebesbriefe", "zettel", "zetteln", "nachricht",
    "nachrichten", "botschaft", "botschaften", "postkarte", "postkarten", "einladung", "einladungen", "gedicht",
    "gedichte", "karte", "karten", "grusskarte", "brieflein", "notiz", "notizen",
})
GIFT_WORDS = frozenset({"gift", "gifts", "present", "presents", "parcel", "package", "geschenk", "geschenke",
                        "geschenken", "paket", "paeckchen", "praesent", "ueberraschung"})
# the verbs (folded beginnings) that make or pass a message on: write, send, leave, slip, post, hand, bring
_WRITE = ("writ", "wrote", "schreib", "schrieb", "geschrieb", "verfass", "scribbl", "kritzel")
_LEAVE = ("leav", "left", "hinterl", "hinterliess", "slip", "hid", "versteck", "leg", "lass", "liess", "stick",
          "kleb", "pin")
_SEND = ("send", "sent", "schick", "geschick", "post", "mail", "bring", "brach", "gebracht", "hand", "give", "gave",
         "gib", "gab", "geb", "ueberreich", "deliver", "liefer", "serv", "uebergib", "ueberbring", "schenk", "pass")
_FOR = frozenset({"to", "for", "fuer", "an", "zu"})  # whom it is for ("a letter to her grandfather", "für Oma")
_PART = 5  # the shortest noun a compound may end in ("zettel", "brief"; not "card" in "discard")
_CLAUSE_M = 9  # the words of the clause a message word is read in after its verb


def _names(word: str, nouns: frozenset[str]) -> bool:
    """Is ``word`` one of ``nouns`` or a German compound ending in one ("Wunschzettel", "Abschiedsbrief",
    "Geburtstagsgeschenk", "Liebesnachricht")?"""
    return word in nouns or any(word.endswith(n) and len(n) >= _PART for n in nouns if len(word) > len(n) + 2)


def _clause(ev: Event, events: list[Event], tokens: list[Token]) -> range:
    ends = [e.at for e in events if e.at > ev.at]
    end = min([*ends, len(tokens), ev.at + 1 + _CLAUSE_M])
    for k in range(ev.at + 1, end):
        if tokens[k].brk or tokens[k].turn and tokens[k].turn != "and":
            return range(ev.at, k)
    return range(ev.at, end)


def _reader(ev: Event, span: range, tokens: list[Token], people: set[str]) -> str:
    """Whom the message is for: the event's recipient or person acted on, else one named after "to"/"für"."""
    for who in (ev.recipient, "" if ev.patient_is_thing else ev.patient, ev.partner):
        if who and who in people and who not in ev.agents:
            return who
    after = False
    for k in span:
        if tokens[k].folded in _FOR:
            after = True
        for name in tokens[k].characters:
            if after and name in people and name not in ev.agents:
                return name
    return ""


def message_events(events: list[Event], tokens: list[Token], characters: list[CharacterConcept],
                   objects: list[ObjectConcept], make_object: Callable[[str], ObjectConcept]) -> list[Event]:
    """The events with the idea's message written, passed on and read (see the module's notes); the letter or
    the gift is added to ``objects``. Unchanged where the idea has none."""
    people = {c.name for c in characters}
    out: list[Event] = []
    for i, ev in enumerate(events):
        word = fold(ev.word)
        span = _clause(ev, events, tokens) if ev.at >= 0 else range(0)
        words = {tokens[k].folded for k in span}
        paper = any(_names(w, MESSAGE_WORDS) for w in words) or ev.patient == "letter"
        gift = not paper and (any(_names(w, GIFT_WORDS) for w in words) or ev.patient == "gift")
        if ev.agents and paper and ev.verb == "find" and not any(e.kind == "read" for e in events[i + 1:]) and \
                not any(e.patient == ev.patient for e in events[:i]):
            # a message found is read: "finds a message in a bottle", "findet einen Zettel" (one lost and found
            # again is handed back, not read: story.presence)
            out += [ev, ev.model_copy(update={"verb": "read", "kind": "read", "then": "", "reaction": "",
                                              "turn": "then", "line": "", "tone": "surprise"})]
            continue
        if not ev.agents or not (paper or gift) or not word.startswith((*_WRITE, *_LEAVE, *_SEND)):
            out.append(ev)
            continue
        thing = "letter" if paper else "gift"
        reader = _reader(ev, span, tokens, people)
        writer = ev.agents[0]
        base = {"patient": thing, "patient_is_thing": True, "recipient": "", "partner": "", "source": "",
                "then": "", "reaction": "", "result": "", "to_thing": ""}
        made = []
        if paper and word.startswith(_WRITE):
            made.append(ev.model_copy(update={**base, "verb": "write", "kind": "write", "agents": [writer],
                                              "line": "", "tone": "calm"}))
        left = word.startswith(_LEAVE) and not word.startswith(_SEND)
        if reader and left:  # left where the other finds it: put down, then picked up
            made.append(ev.model_copy(update={**base, "verb": "put_down", "kind": "put_down", "agents": [writer],
                                              "line": "", "turn": "and" if made else ev.turn,
                                              "to_thing": ev.to_thing}))
            made.append(ev.model_copy(update={**base, "verb": "find", "kind": "pick_up", "agents": [reader],
                                              "line": "find", "turn": "then", "tone": "surprise"}))
        elif reader:
            made.append(ev.model_copy(update={**base, "verb": "give", "kind": "give", "agents": [writer],
                                              "recipient": reader, "line": "give", "tone": "happy",
                                              "turn": "and" if made else ev.turn}))
        later = events[i + 1:]
        read_later = any(e.kind == "read" and reader in e.agents for e in later)
        if reader and not read_later:  # the one it is for reads it (a gift: opens it with joy), and reacts
            react = "" if later else "celebrate"  # what the idea tells next is the reaction ("who starts to cry")
            made.append(ev.model_copy(update={**base, "verb": "read" if paper else "celebrate",
                                              "kind": "read" if paper else "celebrate", "agents": [reader],
                                              "line": "" if paper else "happy", "turn": "then", "tone": "happy",
                                              "then": react if paper else ""}))
        if not made:
            out.append(ev)
            continue
        out += made
        if not any(o.type == thing for o in objects):
            objects.append(make_object(thing))
    return out
