"""The narrator says whole sentences: each shot's narration is checked sentence by sentence
(``story.narration_check``); a sentence cut badly from the idea ("Dessen Kuh verschwunden ist.", "A fisherman
who never catches anything.") is rebuilt from the shot's event as its subject, verb and object with the cast's
names ("The fisherman pulls a boot out of the river."), or, where that fails too, not said.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from autark.story.narration_check import narration_faults, sentences

if TYPE_CHECKING:
    from autark.story.analysis import Concept
    from autark.story.events import Event
    from autark.story.screenplay import CastMember
    from autark.story.shot_plans import ShotPlan, _Speech

__all__ = ["whole_narration", "whole_sentences", "arrival_line", "spread", "shorten"]


def whole_sentences(line: str, lang: str) -> str:
    """The sentences of ``line`` that are whole, in order ("" if none is)."""
    return " ".join(s for s in sentences(line) if not narration_faults(s, lang))


_FAILED_TOLD = ("It just will not work.", "Es klappt einfach nicht.")


def whole_narration(plans: list[ShotPlan], sp: _Speech, events: list[Event]) -> None:
    """Each plan's narration made of whole sentences only: a broken one is rebuilt from the plan's events
    (``spine_words._told``: the event's doers as the film calls them, its verb and object), else left out."""
    from autark.story.spine_words import _told

    names = {c.name for c in sp.cast}
    told_already: set[str] = set()
    for p in plans:
        if not p.narration:
            continue
        kept: list[str] = []
        for s in sentences(p.narration):
            if any(_negation_lost(s, events[i], sp.concept.idea) for i in p.events):
                continue  # "who never catches anything" told as "The fisherman catches anything."
            if not narration_faults(s, sp.lang):
                said = {w.lower() for w in re.findall(r"\w+", s)}
                about = [e for e in events if e.word and e.word.lower() in said] or [events[i] for i in p.events]
                kept.append(_named(s, about, sp, events))
                continue
            for i in p.events:
                ev = events[i]
                if _negated(ev, sp.concept.idea):
                    continue
                rebuilt = _told(ev, sp, [a for a in ev.agents if a in names])
                if rebuilt and not narration_faults(rebuilt, sp.lang) and rebuilt not in told_already \
                        and rebuilt not in kept:
                    kept.append(rebuilt)
                    break
            else:  # a failed attempt cut into a fragment ("Den Apfel vom Baum zu kommt aber nicht heran."): its end
                failed = _FAILED_TOLD[sp.lang == "de"]
                if any(events[i].outcome == "failed" for i in p.events) and failed not in told_already | set(kept):
                    kept.append(failed)
        p.narration = " ".join(_brief(k, sp) for k in kept)
        told_already.update(kept)
    spread(plans)
    for p in plans:  # a shot of an event where nobody speaks and the narrator is silent: the narrator tells it
        if p.narration or p.dialogue or not p.events or p.kind == "setup":
            continue
        for i in p.events:
            ev = events[i]
            if _negated(ev, sp.concept.idea) or ev.outcome:
                continue  # (how an attempt ends is told by its own clause, or not at all)
            said = _told(ev, sp, [a for a in ev.agents if a in names])
            if said and not narration_faults(said, sp.lang) and said not in told_already and len(said.split()) <= 9:
                p.narration = _named(said, [ev], sp, events)
                told_already.add(said)
                break
    from autark.story.true_lines import keep_true

    keep_true(plans, sp, events)  # no line or sentence the idea's outcome denies (story.outcome_lines)


def spread(plans: list[ShotPlan]) -> None:
    """One sentence a shot where the shots allow: a shot's second sentence goes on to the next shot when that
    one has no narration of its own ("In the meadow, we meet three children." | "Their names are ..."), so
    the narrator never speaks one long block over a single shot."""
    for k in range(len(plans) - 1):
        said = sentences(plans[k].narration)
        if len(said) > 1 and not plans[k + 1].narration:
            plans[k].narration = said[0]
            plans[k + 1].narration = " ".join(said[1:])


def arrival_line(concept: Concept, cast: list[CastMember], travellers: list[str], place: str) -> str:
    """The narrator's sentence for travellers coming to the next place (``place``: "at home", "in der Schule"):
    "At last, the girl is at home.", "Endlich ist der Lehrer in der Schule."; several who were just seen
    leaving together are "they" ("At last, they are at home.")."""
    from autark.story.wording import _joined, capitalise, people

    if not place:
        return ""
    persons = people(concept, cast)
    refs = [persons[n].ref() if n in persons else n for n in travellers[:1]]
    de = concept.language == "de"
    many = len(travellers) != 1  # those just seen leaving together: "they", short enough for the shot
    who = ("sie" if de else "they") if many else _joined(refs, concept.language)
    if de:
        return capitalise(f"Endlich {'sind' if many else 'ist'} {who} {place}.")
    return capitalise(f"At last, {who} {'are' if many else 'is'} {place}.")


_NEGATIONS = frozenset({"not", "never", "no", "cannot", "can't", "doesn't", "don't", "didn't", "won't", "isn't",
                        "nothing", "nobody", "nicht", "nie", "niemals", "kein", "keine", "keinen", "keinem",
                        "keiner", "nichts", "niemand"})


def _negated(ev: Event, idea: str) -> bool:
    """Whether the idea says the event does not happen ("who never catches anything", "findet ihn nicht")."""
    from autark.story.wording import TOKEN

    tokens = [t.lower() for t in TOKEN.findall(idea)]
    if not 0 <= ev.at < len(tokens):
        return False
    return bool(_NEGATIONS & set(tokens[max(0, ev.at - 3):ev.at + 4])) and any(
        t in _NEGATIONS for t in tokens[max(0, ev.at - 3):ev.at]) or any(
        t in ("nicht", "nie", "niemals") for t in tokens[ev.at + 1:ev.at + 4])


def _negation_lost(sentence: str, ev: Event, idea: str) -> bool:
    """A sentence that tells a negated event without its negation: it says the opposite of the idea."""
    words = {w.lower() for w in re.findall(r"[\w']+", sentence)}
    return bool(ev.word) and ev.word.lower() in words and not words & _NEGATIONS and _negated(ev, idea)


_OBJECT_PRONOUNS = {"en": {"it": "any", "them": "any", "him": "person"},
                    "de": {"ihn": "any", "ihm": "dative", "ihnen": "dative", "sie": "any", "es": "thing"}}
_AFTER_OBJECT = frozenset({"back", "up", "down", "away", "home", "to", "with", "from", "in", "on", "at", "into",
                           "zurück", "auf", "ab", "an", "aus", "mit", "am", "im", "zu", "nach", "weg", "heraus"})


def _named(sentence: str, evs: list[Event], sp: _Speech, events: list[Event]) -> str:
    """``sentence`` with an object pronoun whose referent is in another clause of the idea ("Suddenly, the sun
    melts it.", "Das Mädchen bringt das Pferd ihm zurück.") said as what it stands for ("the snowman", "dem
    Ritter"): told alone, the narrator's sentence has no clause before it to lean on."""
    if not evs:
        return sentence
    ev = evs[0]
    words = sentence.rstrip(".!?").split()
    out = list(words)
    for k, w in enumerate(words):
        kind = _OBJECT_PRONOUNS[sp.lang].get(w.lower())
        if kind is None or k < 2:
            continue
        nxt = words[k + 1].lower() if k + 1 < len(words) else ""
        if nxt and nxt not in _AFTER_OBJECT and kind != "dative" and w.lower() not in ("ihn", "him"):
            continue  # "it" as a subject, "sie" before its verb: not the object
        case = "dat" if kind == "dative" else "acc"
        said = _referent(ev, kind, case, sp, events)
        if said and said.split()[-1] not in sentence:
            out[k] = said
    text = " ".join(out)
    return text + sentence[len(sentence.rstrip(".!?")):] if out != words else sentence


def _referent(ev: Event, kind: str, case: str, sp: _Speech, events: list[Event]) -> str:
    if kind == "dative":  # to whom: the recipient, else the one the story was about before ("es ihm bringt")
        before = [a for e in events if e.at < ev.at for a in e.agents if a not in ev.agents]
        who = ev.recipient or (before[-1] if before else "")
        return sp.person_ref(who, "dat") if who else ""
    if ev.patient and ev.patient_is_thing and kind in ("thing", "any"):
        np_ = sp.said(ev.patient)
        return np_.acc if sp.lang == "de" else np_.nom
    if ev.patient and not ev.patient_is_thing and kind in ("person", "any"):
        return sp.person_ref(ev.patient, case)
    earlier = [e for e in events if e.at < ev.at and e.patient and e.patient_is_thing]
    if kind in ("thing", "any") and earlier:  # "... builds a snowman, but the sun melts it": the snowman
        np_ = sp.said(earlier[-1].patient)
        return np_.acc if sp.lang == "de" else np_.nom
    before = [e for e in events if 0 <= e.at < ev.at]
    if kind in ("thing", "any") and sp.lang == "en" and before:  # a thing the film has no asset for: the idea's
        return _object_words_en(sp.concept.idea, before[-1].at)  # own words ("loses his scroll": the scroll)
    return ""


_OWNERS_EN = frozenset({"his", "her", "their", "its", "my", "your", "our", "the", "a", "an"})


def _object_words_en(idea: str, at: int) -> str:
    """The English object right after the verb at word ``at`` ("loses his old scroll" -> "the old scroll")."""
    from autark.story.wording import TOKEN

    tokens = TOKEN.findall(idea)
    if at + 2 >= len(tokens) or tokens[at + 1].lower() not in _OWNERS_EN:
        return ""
    noun = []
    for t in tokens[at + 2:at + 4]:
        if t.lower() in _AFTER_OBJECT or t.lower() in ("and", "but", "until", "while", "when", "because", "so"):
            break
        noun.append(t)
    return f"the {' '.join(noun)}" if noun else ""


def shorten(line: str, max_words: int) -> str:
    """The longest run of whole sentences from the start of ``line`` that fits ``max_words``, so a shortened
    line is still said in sentences ("Suddenly the ball is gone, and the chase begins!" -> "Suddenly the ball
    is gone."); an opening that is too long loses its place ("In Vienna, we meet a baker." -> "We meet a
    baker.", "Im Mittelalter sind ein Ritter und ein Drache." -> "Das sind ein Ritter und ein Drache."). A
    sentence is never cut at a word: "In Vienna." or "Suddenly." is no sentence (``story.narration_check``);
    where nothing whole fits, nothing is said."""
    if len(line.split()) <= max_words:
        return line
    lang = "de" if re.search(r"\b(der|die|das|und|ist|sind|ein|eine)\b", line) else "en"
    kept = ""
    for sentence in sentences(line):
        candidate = f"{kept} {sentence}".strip()
        if len(candidate.split()) > max_words:
            break
        kept = candidate
    if kept:
        return kept
    first = (sentences(line) or [line])[0]
    if m := re.match(r"^[^,]+, (?:[^,]+, )?we meet (.+)$", first):  # the opening without its place
        first = f"We meet {m.group(1)}"
    elif m := re.match(r"^(?:In|Im|Am|An|Auf|Zu|Zur|Beim|Bei|Unter|Während)\b(?: [\wÄÖÜäöüß.]+){1,3} "
                       r"(ist|sind|lebt|leben) (?:(?:am|bei|in der) [\wÄÖÜäöüß]+ )?(.+)$", first):
        first = f"Das {'ist' if m.group(1) in ('ist', 'lebt') else 'sind'} {m.group(2)}"
    # the clauses before a joining word, where they are a sentence of their own ("..., and the chase begins")
    clauses = re.split(r",\s+(?=(?:and|but|so|then|und|aber|doch|denn|dann)\b)", first)
    for n in range(len(clauses) - 1, 0, -1):
        head = ", ".join(clauses[:n]).rstrip(",") + "."
        rest = clauses[n].split(" ", 1)[-1]  # what follows the joining word: a clause of its own, not a list's
        rest = rest[:1].upper() + rest[1:]  # last item ("We meet Grandma, her grandson, and four cranes.")
        if len(head.split()) <= max_words and not narration_faults(head, lang) and not narration_faults(rest, lang):
            return head
    if len(first.split()) <= max_words * 3 // 2:
        return first  # one sentence a little long is said a little fast
    return ""


BRIEF_WORDS = 9  # about 3.5 s at the narrator's pace: a longer sentence loses what it can spare


def _brief(sentence: str, sp: _Speech) -> str:
    """A long narrator's sentence without what it can spare, while it stays whole: the place or age the
    opening has said already ("During the Renaissance a painter paints ..." -> "A painter paints ..."), a
    trailing purpose or relative clause (", um den Sieg zu melden", "who refuses to smile")."""
    from autark.story.place_names import idea_setting_phrase

    if len(sentence.split()) <= BRIEF_WORDS:
        return sentence
    out = sentence
    own = idea_setting_phrase(sp.concept.idea)
    if own and out.lower().startswith(own.lower() + " "):
        rest = out[len(own) + 1:].lstrip(", ")
        rest = rest[:1].upper() + rest[1:]
        if sp.lang == "en" and not narration_faults(rest, sp.lang):
            out = rest  # (a German sentence put its verb second after the phrase: cut, it would start with it)
    for tail in (r",\s+(?:um|ohne|statt)\b[^,.!?]*\bzu\s+\w+", r",?\s+(?:who|which)\s[^,.!?]+$",
                 r",\s+(?:der|die|das|dem|den)\s[^,.!?]+$", r",\s+(?:while|during|während)\b[^,.!?]+$"):
        if len(out.split()) <= BRIEF_WORDS:
            break
        end = out[-1] if out[-1] in ".!?" else "."
        cut = re.sub(tail + r"(?=[.!?]?$)", "", out.rstrip(".!?")).rstrip(", ") + end
        if cut != out and len(cut.split()) >= 3 and not narration_faults(cut, sp.lang):
            out = cut
    return out
