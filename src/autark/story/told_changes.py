"""The changes of things an idea tells in any form (``story.change_words``), each bound to the thing or the
one it happens to: "the sinking ship" (the ship), "the collapse of the old tower" (the tower), "der Einsturz der
Mauer" (the wall), "... until it sinks" (the last thing named before "it"), "die Katze verschwindet spurlos"
(the cat), "plötzlich brennt die Scheune" (German subject after its verb: the barn).

The event reader stages a change told by its own verb with a thing as its subject ("the barn burns"); this
module finds the rest, which it reads as no change (a participle is a describing word, a noun of change no
verb, "it" a pronoun without a thing), so ``story.becoming`` can draw every change the idea asks for.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from autark.assets.templates import fold
from autark.story.change_words import ADJECTIVE_ENDINGS, NOUNS_OF_CHANGE, PAIRED, change_at
from autark.story.lexicon import idea_words

if TYPE_CHECKING:
    from autark.story.concept import Concept

__all__ = ["ToldChange", "told_changes", "clause_of"]


@dataclass(frozen=True)
class ToldChange:
    kind: str  # a ``story.effects`` kind: sink, burn, break, explode, melt, freeze, vanish
    target: str  # a thing's type, or a cast member's name (the one who vanishes)
    at: int  # the idea's word that tells it (an ``Event.at`` index)
    ongoing: bool  # told as a state the thing is in ("the sinking boat", "das brennende Haus"), not an event
    is_thing: bool = True


# the words that end a clause (turn words and "and"): a change is bound to a thing of its own clause
_CLAUSE_ENDS = frozenset({"and", "und", "until", "bis", "when", "als", "while", "waehrend", "but", "aber", "then",
                          "dann", "before", "bevor", "after", "nachdem", "because", "weil", "so", "doch", "once",
                          "sobald", "where", "wo", "who", "which", "that", "der_", "as"})
_CAUSATIVE = frozenset({"make", "makes", "made", "making", "let", "lets", "laesst", "liess", "lassen", "lasse"})
_RELATIVE = frozenset({"that", "which", "who", "der", "die", "das", "welcher", "welche", "welches"})
_PRONOUNS = frozenset({"it", "es", "they", "sie", "er", "its"})
# prepositions before a thing that only says where something is ("im Ofen", "in the oven")
_PLACED = frozenset({"im", "in", "am", "an", "auf", "on", "at", "into", "ins", "under", "unter", "beim", "near",
                     "next", "neben", "hinter", "behind", "inside"})
_OF = frozenset({"of", "der", "des", "von", "vom"})
_BETWEEN = frozenset({"a", "an", "the", "der", "die", "das", "den", "dem", "des", "ein", "eine", "einen", "einem",
                      "einer", "eines", "old", "alte", "alten", "alter", "altes", "big", "small", "little", "great",
                      "grosse", "grossen", "grosser", "kleine", "kleinen", "kleiner", "his", "her", "their", "its",
                      "sein", "seine", "seinen", "seinem", "ihr", "ihre", "ihren", "ihrem", "wooden", "hoelzerne",
                      "hoelzernen", "very", "sehr", "slowly", "langsam", "completely", "ganz", "whole", "ganze"})


def clause_of(words: list[str], k: int, breaks: set[int]) -> tuple[int, int]:
    """The first and last word of the clause holding word ``k``: clauses end at punctuation (``breaks``: a word
    with punctuation before it starts one) and at turn words."""
    a = k
    while a > 0 and a not in breaks and words[a] not in _CLAUSE_ENDS:
        a -= 1
    b = k
    while b + 1 < len(words) and b + 1 not in breaks and words[b + 1] not in _CLAUSE_ENDS:
        b += 1
    return a, b


def _named_at(concept: Concept, words: list[str]) -> dict[int, tuple[str, bool]]:
    """Word index -> (thing type or cast name, is a thing) for each word of the idea that names one."""
    out: dict[int, tuple[str, bool]] = {}
    named = [(fold(o.word), o.type, True) for o in concept.objects if o.word]
    named += [(fold(c.word), c.name, False) for c in concept.characters if c.word]
    named += [(fold(c.name), c.name, False) for c in concept.characters if c.named]
    for k, w in enumerate(words):
        for word, target, is_thing in named:
            if w == word or len(word) > 3 and (w.startswith(word) and len(w) - len(word) <= 3 or
                                               word.startswith(w) and len(word) - len(w) <= 2 and len(w) > 3):
                out.setdefault(k, (target, is_thing))
    return out


def _breaks(idea: str) -> set[int]:
    """The word indices with punctuation before them."""
    from autark.story.lexicon import IDEA_TOKEN

    spans = list(IDEA_TOKEN.finditer(idea.replace("\u2019", "'")))
    return {k for k in range(1, len(spans)) if re.search(r"[,;:.!?()\u2013\u2014]",
                                                          idea[spans[k - 1].end():spans[k].start()])}


def told_changes(concept: Concept) -> list[ToldChange]:
    """Every change of a thing (or a vanishing of one of the cast) the idea tells, in its order, once per target
    and kind."""
    words = idea_words(concept.idea)
    breaks = _breaks(concept.idea)
    named = _named_at(concept, words)
    out: list[ToldChange] = []
    seen: set[tuple[str, str]] = set()
    paired_used: set[int] = set()
    for k, w in enumerate(words):
        kind, ongoing, after = change_at(words, k), False, False
        a, b = clause_of(words, k, breaks)
        if not kind and k not in paired_used:
            for j in range(k + 1, min(b + 1, k + 6)):
                if (w, words[j]) in PAIRED:
                    kind = PAIRED[(w, words[j])]
                    paired_used.add(j)
                    break
        if not kind:
            continue
        nxt = k + 1
        while nxt <= b and words[nxt] in _BETWEEN:
            nxt += 1
        if nxt not in named:  # "the burning forest hut": the thing after a word of its own
            nxt = next((j for j in range(nxt + 1, min(b, nxt + 2) + 1) if j in named and named[j][1]), nxt)
        if w in NOUNS_OF_CHANGE and k + 1 <= b and words[k + 1] in _OF:  # "the collapse of the tower"
            after = True
        elif w.endswith(ADJECTIVE_ENDINGS) and nxt <= b and nxt - k <= 3 and (
                nxt in named or _unnamed_noun(words, nxt, concept, kind)):  # "the sinking boat"
            if not _PRESENT.search(w):  # "a fallen tree", "die zerbrochene Vase": the state it is in, no change now
                continue
            after, ongoing = True, True
            if nxt not in named:  # "der sinkende Kahn": the idea's word the reader took for another thing
                named = {**named, nxt: _unnamed_noun(words, nxt, concept, kind)}  # type: ignore[dict-item]
        target = _bound(words, named, k, a, b, after, kind, concept)
        if target is None:
            continue
        name, is_thing = target
        if kind != "vanish" and not is_thing or kind == "vanish" and is_thing and not _vanishing_thing(name):
            continue
        if (kind, name) in seen:
            continue
        seen.add((kind, name))
        out.append(ToldChange(kind=kind, target=name, at=k, ongoing=ongoing, is_thing=is_thing))
    return out


# a present participle ("sinking", "sinkenden"): a change going on; any other describing form ("the broken vase",
# "der umgestürzte Baum") is the state a thing is already in, no change in the film
_PRESENT = re.compile(r"(ing|nd|nde|nden|nder|ndes|ndem)$")


def _unnamed_noun(words: list[str], k: int, concept: Concept, kind: str) -> tuple[str, bool] | None:
    """The thing a word names that the reader cast under another word ("Kahn" read as a boat): the only thing
    of the idea whose own word is not among the idea's words."""
    from autark.motion.vehicles import AFLOAT

    shown = {fold(o.word) for o in concept.objects if o.word and fold(o.word) in words}
    unseen = [o.type for o in concept.objects if o.word and fold(o.word) not in shown]
    from autark.language.insides import ENTERABLE
    from autark.motion.vehicles import SEATS

    # what sinks is what floats; what burns or collapses unnamed is a building or a vehicle (not the hydrant a
    # fireman brought along)
    unseen = [t for t in unseen if t in AFLOAT or kind != "sink" and (t in ENTERABLE or t in SEATS)]
    if len(unseen) != 1 or len(words[k]) < 3:
        return None
    return (unseen[0], True)


def _vanishing_thing(thing: str) -> bool:
    return thing not in ("castle", "house", "mountain", "volcano")  # a set piece does not vanish into air


def _bound(words: list[str], named: dict[int, tuple[str, bool]], k: int, a: int, b: int, after: bool,
           kind: str, concept: Concept) -> tuple[str, bool] | None:
    """The thing (or one of the cast) the change at word ``k`` happens to."""
    if after:
        return next((named[j] for j in range(k + 1, b + 1) if j in named), None)
    # a change told as a verb or predicate: its subject before it in the clause ("the boat sinks", "der Turm
    # stürzt ein"), or "it" standing for the last one named before the clause ("... until it sinks")
    cause = next((j for j in range(k - 1, a - 1, -1) if words[j] in _CAUSATIVE), None)
    if cause is not None:  # "makes the statue vanish", "lässt den Kürbis explodieren": the one made to change
        own = next((j for j in range(cause + 1, k) if j in named), None)
        if own is not None:
            return named[own]
    if words[a] in _RELATIVE and a and not [j for j in range(a + 1, k) if j in named]:
        # "a volcano that erupts", "ein Wal, der gefangen ist": the one the relative clause is about
        own = next((j for j in range(a - 1, max(-1, a - 3), -1) if j in named), None)
        if own is not None:
            return named[own]
    before = [j for j in range(a, k) if j in named]
    if not before:  # "das alte Segelschiff geht unter": a word the reader cast as another thing
        unnamed = next((j for j in range(a + 1, k) if words[j - 1] in _BETWEEN), None)
        thing = _unnamed_noun(words, unnamed, concept, kind) if unnamed is not None else None
        if thing is not None:
            return thing
    pronoun = any(words[j] in _PRONOUNS for j in range(a, k))
    if pronoun and not before:  # not one named after a preposition ("vergisst die Pizza im Ofen, bis sie ...")
        earlier = [j for j in range(0, a) if j in named and (named[j][1] or kind == "vanish")]
        plain = [j for j in earlier if j == 0 or words[j - 1] not in _PLACED and words[j - 2:j - 1] != ["in"]]
        return named[(plain or earlier)[-1]] if earlier else None
    if before:
        # the subject: the first one named in the clause (not "the tower in the town" but its subject)
        things = [j for j in before if named[j][1] or kind == "vanish"]
        return named[things[0]] if things else named[before[0]]
    # German: the subject after its verb ("plötzlich brennt die Scheune", "dann explodiert der Ofen")
    after_verb = next((named[j] for j in range(k + 1, b + 1) if j in named), None)
    if after_verb is not None or words[a] not in ("and", "und"):
        return after_verb
    # "drifts through the hall and is gone": the subject of the clause before, left out after "and"
    first = next((j for j in range(a - 1, -1, -1) if j in named and (j == 0 or j - 1 in named or
                                                                     words[j - 1] in _BETWEEN)), None)
    start = clause_of(words, a - 1, set())[0] if a else 0
    subject = next((j for j in range(start, a) if j in named), first)
    return named[subject] if subject is not None else None


# when in its shot a change told in another form starts and how long it takes (as ``story.becoming``'s own)
_TIMES = {"sink": (1.0, 3.5), "burn": (0.3, 3.5), "break": (0.8, 0.4), "explode": (0.8, 0.4), "melt": (0.4, 4.0),
          "freeze": (0.4, 2.0), "erupt": (0.3, 3.5), "vanish": (1.2, 1.5)}
_GETTING_OFF = re.compile(r" (climbs out of|steigt aus) ")
_DANGER_BURN_S = 12.0  # a building or vehicle on fire with someone in it burns this long before it is charred
_SAME = {"break": ("break", "explode"), "explode": ("break", "explode")}  # one way to come apart is enough
_NOT_AN_EVENT_SHOT = ("setup", "resolution")


def told_effects(concept: Concept, plans: list, out: dict[int, list]) -> dict[int, list]:
    """``out`` (shot plan index -> effects, ``story.becoming``'s) with an effect for every change the idea
    tells (``told_changes``) that no event already drew. It comes in the shot that stages the event told
    nearest to it; one going on as the story starts ("the burning barn") from the first shot that shows the
    thing, and a ship that is sinking goes down after what is done aboard it (the rescue, the bailing)."""
    from autark.story.effects import Effect
    from autark.story.plunges import WATER_THING, falls_in, through_ice

    drawn = {(e.kind, e.target) for es in out.values() for e in es}
    if plans and any(falls_in(e) and through_ice(idea_words(e.told or "")) for e in concept.events):
        # "falls through the thin ice": the water they fall into is frozen over from the first shot
        out.setdefault(0, []).append(Effect(kind="freeze", target=WATER_THING, at_s=0.0, duration_s=0.3))
        drawn.add(("freeze", WATER_THING))
    event_shots = [i for i, p in enumerate(plans) if p.kind not in _NOT_AN_EVENT_SHOT] or list(range(len(plans)))
    for tc in told_changes(concept):
        if any((k, tc.target) in drawn for k in _SAME.get(tc.kind, (tc.kind,))):
            continue
        i = _shot_of(concept, plans, tc, event_shots)
        if i is None:
            continue
        at_s, duration_s = _TIMES.get(tc.kind, (0.6, 1.5))
        if tc.kind == "sink" and any(_GETTING_OFF.search(a) for a in plans[i].actions):
            at_s = 3.0  # those aboard climb off first (story.perils), then it goes down
        if tc.ongoing and tc.kind == "burn" and i == 0:  # on fire as the story begins: it burns on through the
            at_s, duration_s = 0.8, _DANGER_BURN_S  # rescue (``jobs.effects.LONG_BURN_S``), then is charred
        out.setdefault(i, []).append(Effect(kind=tc.kind, target=tc.target, at_s=at_s,  # type: ignore[arg-type]
                                            duration_s=duration_s))
        drawn.add((tc.kind, tc.target))
        if i > 0 and tc.kind != "burn":  # the shot shows the thing going down, coming apart, going (as
            plans[i].subject = tc.target  # story.becoming's own changes); a fire from the start is seen with those in it
        if tc.kind == "vanish" and not tc.is_thing:  # gone: no more acts of theirs after it
            _gone_after(plans, i, tc.target, concept)
    return out


def _gone_after(plans: list, i: int, gone: str, concept: Concept) -> None:
    """The plans after shot ``i`` without acts of ``gone`` (who vanished there); a shot left with none has the
    others look about for them."""
    from autark.story.verbs import sentence

    others = [c.name for c in concept.characters if c.name != gone]
    for p in plans[i + 1:]:
        kept = [a for a in p.actions if not a.startswith(f"{gone} ")]
        p.actions = kept or [sentence("look", concept.language, a=o) for o in others[:2]]
        if p.subject == gone:
            p.subject = others[0] if others else ""


def _shot_of(concept: Concept, plans: list, tc: ToldChange, event_shots: list[int]) -> int | None:
    """The shot plan a told change happens in."""
    if not event_shots:
        return None
    staged = {j: i for i, p in enumerate(plans) for j in p.events}
    near = sorted((abs(e.at - tc.at), j) for j, e in enumerate(concept.events) if j in staged and e.at >= 0)
    shot = staged[near[0][1]] if near else event_shots[0]
    if tc.ongoing and tc.kind != "sink":  # burning already as the story starts: from the first shot it is seen in
        # (the opening one, where someone is in it: story.perils)
        shown = [i for i in range(len(plans)) if (i in event_shots or i == 0 and tc.kind == "burn")
                 and any(_names(a, tc.target, concept) for a in plans[i].actions)]
        shot = min([shot, *shown[:1]])
    if tc.ongoing and tc.kind == "sink":  # it goes down once they are off it
        later = [i for i in event_shots if i > shot]
        shot = later[0] if later else shot
    return shot


def _names(action: str, thing: str, concept: Concept) -> bool:
    """Whether a plan's sentence names ``thing`` (by its type or the idea's word for it, or its German noun)."""
    from autark.story.cast import display_noun

    low = action.lower()
    words = {thing.replace("_", " "), *(o.word.lower() for o in concept.objects if o.type == thing and o.word)}
    words.add(display_noun(thing, concept.language)[0].lower())
    return any(w and w in low for w in words)


_THING_PRONOUNS = frozenset({"it", "es"})


def with_things_changing(concept: Concept) -> Concept:
    """The concept with each change told of a thing by a pronoun ("... until it sinks", "just before it
    collapses", "bis es untergeht") done by that thing, not by the last person named: the reader gave "it" to
    the pirate, who then fell, while the boat stayed afloat."""
    made = told_changes(concept)
    changes = [t for t in made if t.is_thing]
    if not made:
        return concept
    words = idea_words(concept.idea)
    breaks = _breaks(concept.idea)
    events = list(concept.events)
    changed = False
    for j, ev in enumerate(events):
        if ev.at < 0 or ev.at >= len(words) or ev.thing_does_it or not ev.agents and ev.patient:
            continue
        a, _b = clause_of(words, ev.at, breaks)
        caused = any(words[k] in _CAUSATIVE for k in range(a, ev.at))
        if not caused and not any(words[k] in _THING_PRONOUNS for k in range(a, ev.at)):
            continue
        tc = next((t for t in made if a <= t.at <= ev.at + 2), None) if caused else None
        tc = tc or next((t for t in changes if a <= t.at <= ev.at + 2), None)
        if tc is None:
            continue
        if not tc.is_thing:  # "makes the queen vanish": she goes, not the one who makes it
            events[j] = ev.model_copy(update={"agents": [tc.target], "patient": "", "recipient": ""})
            changed = True
            continue
        word = ev.word
        if concept.language == "de" and fold(word).startswith(_SEPARABLE):  # "untergeht" is no word to tell it by
            word = _GERMAN_WORD.get(tc.kind, word)
        events[j] = ev.model_copy(update={"agents": [], "patient": tc.target, "patient_is_thing": True,
                                          "thing_does_it": True, "kind": "look", "verb": _VERB_OF.get(tc.kind, ev.verb),
                                          "then": "", "line": "", "word": word})
        changed = True
    for j, ev in enumerate(events):  # "a wizard makes the statue vanish": he casts a spell on it, he makes nothing
        if fold(ev.word) in _CAUSATIVE and ev.agents and any(
                t.at > ev.at and ev.at < t.at <= ev.at + 6 and (t.target == ev.patient or not ev.patient) for t in made):
            events[j] = ev.model_copy(update={"verb": "magic", "kind": "magic", "then": "", "line": "",
                                              "tone": "surprise", "result": ""})
            changed = True
    return concept.model_copy(update={"events": events}) if changed else concept


# the story verb (verbs.yaml) of a change a thing goes through, where it has one
_VERB_OF = {"break": "collapse", "burn": "burn", "melt": "melt", "explode": "explode", "freeze": "freeze",
            "erupt": "erupt", "sink": "fall"}
# a German verb whose prefix splits off in a main clause ("untergeht": "geht unter"), and the plain present of each
# change to tell it by instead
_SEPARABLE = ("unter", "ein", "zusammen", "aus", "um", "ab", "auf", "weg", "zu")
_GERMAN_WORD = {"sink": "sinkt", "break": "zerbricht", "burn": "brennt", "melt": "schmilzt", "explode": "explodiert",
                "freeze": "gefriert", "erupt": "raucht"}
