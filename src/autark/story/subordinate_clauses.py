"""When a subordinate clause happens, and who a relative clause is about (English and German).

An idea tells its events in the order its words run, but a clause's word says when it happens: "the queen punishes
the cook *because* he stole the cake" (the theft first), "*Nachdem* der Sturm die Scheune zerstört hat, baut der
Bauer eine neue" (the storm first), "*Before* the guests arrive, the chef bakes a cake" (the cake first), "the
farmer laughs *when* the pig falls" (the fall first). Each subordinating word below has a relation to the clause
it hangs on (its host): it happened before the host (a reason, a time "after", a trigger "when"), after it
(a time "before", "until", a purpose "so that"), or at the same time ("while"). ``in_story_order`` moves each
subordinate event to its side of its host; what the idea tells in order stays so.

A relative clause ("a golden fish *that* grants him wishes", "den Hund, *der* ihren Bruder gerettet hat") is about
the noun it hangs on: that noun is its subject (or, after "den"/"dem"/"whom", whom it acts on), and one told in
the past ("who stole the diamond", "der ... gestohlen hat") happened before the clause it hangs on.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

# In annotations only: story.events.Event and Token (story.events calls this module while it reads an idea)
Event = Token = Any

__all__ = ["RELATIONS", "opener_at", "relative_at", "in_story_order", "told_in_past", "answered_doers", "rejoined",
           "verb_ahead_in_clause", "BEFORE_HOST",
           "AFTER_HOST"]

# subordinating word (folded; multi-word ones joined by "_") -> how its clause relates to the host in time
RELATIONS: dict[str, str] = {
    # a reason: before its consequence
    "because": "reason", "since": "reason", "weil": "reason", "da": "reason", "denn": "reason",
    # a time that comes first: the host happens after it
    "after": "after", "nachdem": "after", "when": "when", "once": "when", "as_soon_as": "when",
    "wenn": "when", "sobald": "when",
    # a time that comes later: the host happens before it
    "before": "before", "bevor": "before", "ehe": "before", "until": "until", "till": "until", "bis": "until",
    # a purpose or a result: after the host
    "so_that": "purpose", "damit": "purpose", "sodass": "purpose", "so_dass": "purpose",
    # a concession: what is so before the host happens despite it
    "although": "concession", "though": "concession", "even_though": "concession", "obwohl": "concession",
    "obgleich": "concession",
    # at the same time
    "while": "while", "whilst": "while", "waehrend": "while",
    "als": "while",  # "Alle klatschen, als der Clown jongliert": at once, in one shot (story.simultaneous)
}
# the turn (story.events.TURNS and the rest) a clause opened by a word with no turn of its own is read with
TURN_OF = {"before": "and", "purpose": "and", "concession": "and", "reason": "because", "after": "then",
           "when": "when", "until": "until", "while": "when"}
BEFORE_HOST = frozenset({"reason", "after", "when", "concession", "relative_past"})  # happened before the host
AFTER_HOST = frozenset({"before", "until", "purpose"})  # happens after the host
# words that open a German clause only after a comma or at the idea's start ("da" is "there" elsewhere)
_AFTER_BREAK_ONLY = frozenset({"da", "denn", "als", "ehe"})
_MULTI = (("as", "soon", "as"), ("so", "that"), ("even", "though"), ("so", "dass"))

RELATIVES_EN = frozenset({"that", "who", "which", "whom", "whose"})
# German relative pronouns: nominative (the noun does it), or another case (the noun is acted on or owns)
_RELATIVE_DE_SUBJECT = frozenset({"der", "die", "das", "welcher", "welche", "welches"})
_RELATIVE_DE_OTHER = frozenset({"den", "dem", "denen", "deren", "dessen", "welchen", "welchem"})
_RELATIVE_EN_OTHER = frozenset({"whom", "whose"})
_PAST_AUX_DE = frozenset({"hat", "haben", "hatte", "hatten", "ist", "sind", "war", "waren"})
_PAST_AUX_EN = frozenset({"had", "has", "have"})
_IRREGULAR_PAST_EN = frozenset({
    "stole", "lost", "fell", "found", "broke", "ate", "took", "gave", "saw", "made", "ran", "built", "caught", "bit",
    "hid", "left", "won", "wrote", "drew", "forgot", "stung", "swam", "flew", "threw", "got", "came", "went", "sold",
    "bought", "brought", "told", "sang", "drank", "rode", "woke", "froze", "shot", "hit", "dug", "spun", "stuck",
    "tore", "wore", "swore", "held", "kept", "met", "sent", "spent", "taught", "thought", "understood", "became"})
_SUBJECT_WORDS = frozenset({"he", "she", "it", "they", "we", "i", "you", "er", "sie", "es", "wir", "ich", "man",
                            "the", "a", "an", "der", "ein", "eine"})


def opener_at(tokens: Sequence[Token], i: int) -> tuple[str, int]:
    """The subordinating word that starts at word ``i`` (folded, multi-word ones joined by "_") and how many
    words it takes, or ("", 0)."""
    for words in _MULTI:
        if tuple(t.folded for t in tokens[i:i + len(words)]) == words:
            return "_".join(words), len(words)
    word = tokens[i].folded
    if word not in RELATIONS:
        return "", 0
    if word in _AFTER_BREAK_ONLY and not (i == 0 or tokens[i].brk):
        return "", 0
    if word in ("since", "after", "before", "until", "till", "once") and not _clause_follows(tokens, i):
        return "", 0  # "after dinner", "before noon", "since Monday": a time, no clause
    return word, 1


def _clause_follows(tokens: Sequence[Token], i: int) -> bool:
    """Does a subject and its verb follow word ``i`` before the next punctuation ("after *the storm destroys*")?"""
    named = False
    for tok in tokens[i + 1:i + 8]:
        if tok.brk:
            return False
        if tok.verb is not None and not (tok.characters or tok.thing) and named:
            return True
        named = named or bool(tok.characters or tok.thing) or tok.folded in _SUBJECT_WORDS or tok.text[:1].isupper()
    return False


def relative_at(tokens: Sequence[Token], i: int) -> tuple[int, bool]:
    """Where word ``i`` opens a relative clause: (the word index of the noun it hangs on or -1, whether that noun
    is the clause's subject); (-2, False) where it opens none. German: a relative pronoun after a comma with a
    lower-case word after it ("Fisch, der ihm ..."); English: "that"/"who"/"which" right after a noun."""
    tok = tokens[i]
    if i == 0:
        return -2, False
    if tok.folded in _RELATIVE_DE_SUBJECT | _RELATIVE_DE_OTHER:
        if not tok.brk or i + 1 >= len(tokens) or tokens[i + 1].text[:1].isupper() or tokens[i + 1].brk:
            return -2, False  # "..., der Hund bellt": an article
        return _noun_before(tokens, i), tok.folded in _RELATIVE_DE_SUBJECT and not _own_subject(tokens, i)
    if tok.folded in RELATIVES_EN and not tok.brk:
        noun = _noun_before(tokens, i)
        if noun < i - 2 or noun < 0:
            return -2, False  # "says that ...", "so that": no noun right before it ("the old man who": its phrase)
        return noun, tok.folded not in _RELATIVE_EN_OTHER and not _own_subject(tokens, i)
    return -2, False


def _noun_before(tokens: Sequence[Token], i: int) -> int:
    """The character or thing named just before word ``i`` (past a comma), or -1."""
    for j in range(i - 1, max(-1, i - 3), -1):
        if tokens[j].characters or tokens[j].thing:
            return j
        if tokens[j].verb is not None and not tokens[j].noun_like:
            return -1
    return -1


def _own_subject(tokens: Sequence[Token], i: int) -> bool:
    """Does the relative clause at ``i`` name a subject of its own before its verb ("the cake *that the cook*
    stole", "die Maus, die *der Kater* jagt")?"""
    for j in range(i + 1, min(len(tokens), i + 6)):
        tok = tokens[j]
        if tok.brk or tok.verb is not None and not (tok.characters or tok.thing):
            return False
        if tok.characters and j > 0 and tokens[j - 1].folded in ("the", "a", "an", "der", "ein", "his", "her") or \
                tok.folded in ("he", "she", "they", "er", "wir", "ich"):
            return True
    return False


def told_in_past(tokens: Sequence[Token], at: int) -> bool:
    """Is the verb at ``at`` told in the past ("stole", "had lost", "gestohlen hat", "gestürzt ist")?"""
    word = tokens[at].folded
    if word in _IRREGULAR_PAST_EN or word.endswith("ed") and len(word) > 4:
        return True
    if at and tokens[at - 1].folded in _PAST_AUX_EN:
        return True
    after = tokens[at + 1] if at + 1 < len(tokens) else None
    return after is not None and not after.brk and after.folded in _PAST_AUX_DE and word.startswith("ge") or (
        after is not None and not after.brk and after.folded in _PAST_AUX_DE and word.endswith(("t", "en")))


def in_story_order(events: list[Event]) -> list[Event]:
    """The events in the order they happen in the story: each one from a subordinate clause (``Event.clause``)
    moves before or after the event of the clause it hangs on, as its word says; the others keep the idea's
    order."""
    ordered = sorted(events, key=lambda e: e.at if e.at >= 0 else 10**6)
    if not any(e.clause for e in ordered):
        return events
    keys: list[float] = []
    for i, ev in enumerate(ordered):
        keys.append(float(i))
        relation = ev.clause
        if relation not in BEFORE_HOST and relation not in AFTER_HOST:
            continue
        before = [j for j in range(i - 1, -1, -1) if not ordered[j].clause]
        after = [j for j in range(i + 1, len(ordered)) if not ordered[j].clause]
        if relation in BEFORE_HOST and before:  # "... because he stole it": before the host's first act
            host = before[0]
            while host > 0 and ordered[host].turn == "and" and not ordered[host - 1].clause:
                host -= 1
            keys[i] = host - 0.5 + i * 1e-3
        elif relation in AFTER_HOST and not before and after:  # "Before the guests arrive, the chef bakes"
            keys[i] = after[0] + 0.5 + i * 1e-3
    return [ev for _k, ev in sorted(zip(keys, ordered, strict=True), key=lambda p: p[0])]


# verbs (folded stems, both languages) that answer what their object did: "punishes the cook because *he* stole
# the cake" -- the one punished is the one who stole
_ANSWERING = ("punish", "praise", "thank", "scold", "reward", "arrest", "forgive", "blame", "congratulat", "admir",
              "hug", "kiss", "laugh", "fire", "bestraf", "straf", "lob", "dank", "schimpf", "ausschimpf", "belohn",
              "verhaft", "verzeih", "vergib", "vergeb", "beschuldig", "gratulier", "bewunder", "umarm", "kuess",
              "lach", "entlass", "feuer", "schimpft")
_HE_SHE = frozenset({"he", "she", "er", "sie"})


def answered_doers(events: list[Event], tokens: Sequence[Token]) -> list[Event]:
    """A reason or earlier time told with "he"/"she" after a verb that answers its object's deed is that
    object's deed ("Der Prinz bestraft den Koch, weil *er* den Kuchen gestohlen hat": the cook stole it)."""
    from autark.assets.templates import fold

    for ev in events:
        if ev.clause not in ("reason", "after", "when") or ev.at < 0:
            continue
        host = next((h for h in events if not h.clause and 0 <= h.at < ev.at and h.patient and not h.patient_is_thing
                     and fold(h.word).startswith(_ANSWERING)), None)
        if host is None or host.patient in ev.agents and len(ev.agents) == 1:
            continue
        between = tokens[host.at + 1:ev.at]
        pronoun = next((t for t in reversed(between) if t.folded in _HE_SHE), None)
        if pronoun is None or any(t.characters for t in between[between.index(pronoun):]):
            continue
        ev.agents = [host.patient]
        if ev.patient == host.patient and not ev.patient_is_thing:
            ev.patient = ""
    return events


def verb_ahead_in_clause(tokens: Sequence[Token], i: int) -> bool:
    """Does a verb follow word ``i`` before the next punctuation (a clause, not "because of the rain")?"""
    for tok in tokens[i + 1:i + 12]:
        if tok.brk or tok.folded in ("and", "und", "or", "oder"):
            return False
        if tok.verb is not None and not (tok.characters or tok.thing):
            return True
    return False


def rejoined(main_clauses: list[Any], tokens: Sequence[Token]) -> list[Any]:
    """A German main clause a relative clause interrupts goes on after it ("Der Ritter, der sein Schwert
    verloren hat, *kämpft mit einem Besen*"; "schenkt dem Mädchen, das neben ihm sitzt, *eine Blume*"): the words
    after the relative clause's comma join the clause before it, where they start with its verb or have none."""
    clauses = main_clauses
    out: list[Any] = []
    for k, clause in enumerate(clauses):
        if k >= 2 and clauses[k - 1].relation == "relative" and not clause.relation and not clause.turn and \
                clauses[k - 1].antecedent >= 0 and clauses[k - 2] in out and tokens[clause.tokens[0]].brk:
            first = tokens[clause.tokens[0]]
            verbs = [j for j in clause.tokens if tokens[j].verb is not None and not (tokens[j].characters or
                                                                                     tokens[j].thing)]
            if not verbs or verbs[0] == clause.tokens[0] and not first.characters:
                clauses[k - 2].tokens.extend(clause.tokens)
                continue
        out.append(clause)
    return out
