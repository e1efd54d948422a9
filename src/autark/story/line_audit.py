"""An audit of every line of a screenplay, read from the plan alone (fast: no scene is built), in five classes
of what a viewer hears as wrong:

* ``grammar``: German and English a native speaker would not say: an English word in a German line ("Der Wolf
  schleicht sich the die Schafe heran"), a case that does not follow its preposition ("mit den Hund", "flieht
  vor den Adler", "für dem Kind"), a pronoun after an adverb ("dass wir hier dich finden": "dass wir dich hier
  finden"), a dative pronoun before an accusative one ("Gib mir es"), "a" before a vowel or "an" before a
  consonant, "we is", a word said twice ("the the"), and a narration that is no whole sentence
  (``story.narration_check``);
* ``slot``: a template's slot filled with the wrong kind of word: a name where a thing belongs ("the Tom",
  "Tom is only the tiny crab inside.");
* ``contradiction``: a line the story's relations or outcome deny: success after a failed attempt ("Wir haben
  es geschafft!" as the dragon's fire fails), a teammate's line between rivals, opponents, hunter and prey
  ("Bravo, Max!" between two chefs competing), "there you are" to one never lost ("Da bist du ja!" to a cow
  that was never lost), a place named that is not the set ("auf der Wiese" on a mountain);
* ``generic``: a line that names nothing of its idea (no name, no word of the idea, no thing of the set) and is
  more than an answer ("Let us see what is out there"); across a corpus, ``filler`` finds the same line or
  template in more than one idea ("Right. Now for the campfire." / "... for the flag.");
* ``unshown``: narration of an event that the shots do not stage where it is told (``story.told_shown``); a
  failure told over the deed staged as done ("The boy catches nothing." as he holds the fish) is a contradiction.

The rules are data (patterns over the words the line generators produce); ``story.line_premises`` holds the
contradictions: the generators avoid them as they plan (a line whose premise fails is left out,
``story.founded_lines``), and the audit counts what is left.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from autark.story.line_checks import (
    LineFault as Finding,  # one line's fault: kind (here ``AUDIT_CLASSES``), shot, speaker, words, why
)

if TYPE_CHECKING:
    from autark.story.screenplay import Screenplay

__all__ = ["AUDIT_CLASSES", "Finding", "Audit", "audit", "grammar_faults", "filler", "line_key"]

AUDIT_CLASSES = ("grammar", "slot", "contradiction", "generic", "unshown")


def _rx(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern, re.IGNORECASE)


# -- grammar -----------------------------------------------------------------------------------------------------
_ENGLISH_IN_DE = _rx(r"\b(the|and|with|of|is|are|into|from|this|these|those|their|they)\b")
_NOUN = r"(?:[a-zäöüß]+e[nrms]?\s+)*([A-ZÄÖÜ][\wäöüß]*)"  # describing words, then the noun
# a dative-only preposition with an accusative or nominative article; an accusative-only one with a dative
_DATIVE_PREP = r"\b(mit|von|aus|bei|seit|zu|nach|gegenüber)"
_BAD_CASE_DE = (
    (_rx(rf"{_DATIVE_PREP}\s+(einen|das|die|eine)\s+{_NOUN}"), "a dative preposition before an accusative article"),
    (re.compile(rf"(?i:{_DATIVE_PREP})\s+(?i:den)\s+{_NOUN}"), ""),  # den + singular: checked by the noun's ending
    (_rx(r"\b(für|durch|gegen|ohne|um)\s+(dem|einem|der)\s+[A-ZÄÖÜ]"), "an accusative preposition before a dative "
                                                                       "article"),
    # fleeing from, hiding from, fearing: "vor" + dative ("flieht vor dem Adler", never "vor den Adler")
    (re.compile(rf"\b(?:flieht|fliehen|versteckt sich|verstecken sich|fürchtet sich|Angst|rettet sich)\s+(?i:vor)\s+"
                rf"(?i:den|einen)\s+{_NOUN}"), ""),
)
_PRONOUN_AFTER_ADVERB = _rx(r"\b(hier|dort|jetzt|heute|gleich|wieder|endlich|schon|noch|auch|bald)\s+"
                            r"(dich|mich|ihn|euch)\b(?!\s*[,.!?]?\s*$)")
_DATIVE_BEFORE_ACCUSATIVE = _rx(r"\b(mir|dir|ihm|uns|euch)\s+(es|ihn)\b")
_A_BEFORE_VOWEL = re.compile(r"\b[Aa]\s+(?!one\b|once\b|uni|use|usu|eu|ewe|u[bcdfgklmnprstvz][aeiou]|ouija)[aeiouAEIOU]\w*")
_AN_BEFORE_CONSONANT = re.compile(r"\b[Aa]n\s+(?!hour|honest|honou?r|heir|herb\b|[aeiouAEIOU])[b-df-hj-np-tv-zB-DF-HJ-NP-TV-Z]\w*")
_AGREEMENT_EN = _rx(r"\b(we|they|you)\s+(is|was|has)\b|\b(he|she|it)\s+(are|were|have)\b|\bi\s+(is|are)\b")


_TWICE = re.compile(r"\b([A-Za-zÄÖÜäöüß]{2,})\s+\1\b", re.IGNORECASE)
_SAID_TWICE = frozenset({"bye", "no", "nein", "ha", "so", "very", "go", "wow", "ja", "yes", "come", "komm", "run",
                         "lauf", "hurry", "schnell", "grow", "wachse", "jump", "higher", "hoch", "sehr", "hop", "tock"})


def _den_singular(noun: str) -> bool:
    """Is ``noun`` after "den" a singular noun (no dative plural's -n or -s)?"""
    return not noun.endswith(("n", "s"))


def grammar_faults(text: str, lang: str, *, narration: bool = False) -> list[str]:
    """What in ``text`` (a line or narration in ``lang``) a native speaker would not say (empty when nothing)."""
    from autark.story.narration_check import narration_faults

    out: list[str] = []
    # a word twice with nothing between ("the the"); "Careful… careful", "Sure, sure" are said so on purpose
    out += [f"{m.group(1)!r} twice" for m in _TWICE.finditer(text) if m.group(1).lower() not in _SAID_TWICE]
    if lang == "de":
        m = _ENGLISH_IN_DE.search(text)
        if m:
            out.append(f"English {m.group(0)!r} in a German line")
        for pattern, why in _BAD_CASE_DE:
            for m in pattern.finditer(text):
                if why:
                    out.append(f"{m.group(0)!r}: {why}")
                elif _den_singular(m.group(m.lastindex or 0)):
                    out.append(f"{m.group(0)!r}: a dative preposition before an accusative noun")
        m = _PRONOUN_AFTER_ADVERB.search(text)
        if m:
            out.append(f"{m.group(0)!r}: a pronoun goes before the adverb ({m.group(2)} {m.group(1)})")
        m = _DATIVE_BEFORE_ACCUSATIVE.search(text)
        if m:
            out.append(f"{m.group(0)!r}: the accusative pronoun goes first ({m.group(2)} {m.group(1)})")
    else:
        for pattern, why in ((_A_BEFORE_VOWEL, "'a' before a vowel"), (_AN_BEFORE_CONSONANT, "'an' before a consonant"),
                             (_AGREEMENT_EN, "the verb does not agree with its subject")):
            m = pattern.search(text)
            if m:
                out.append(f"{m.group(0)!r}: {why}")
    if narration:
        out += narration_faults(text, lang)
    return out


# -- contradictions ----------------------------------------------------------------------------------------------
_NEGATED = _rx(r"\b(nothing|never|nobody|not|no|cannot|nichts|nie|niemals|niemand|nicht|kein\w*)\b")


def _all_premises() -> tuple:
    """Every premise a line may take for granted (``story.line_premises``), relations and outcome among them."""
    from autark.story.line_premises import PREMISES, RELATION_PREMISES

    return PREMISES + tuple(p for p in RELATION_PREMISES if p not in PREMISES)


def _place_phrases() -> dict[str, tuple[str, str]]:
    from autark.story.beats import PLACES

    return PLACES


def _other_place(text: str, setting: str, idea: str, lang: str) -> str:
    """The phrase of another set than ``setting`` that ``text`` names ("auf der Wiese" on the mountain), where
    the idea does not name that place itself; "" where none."""
    low, idea_low = text.lower(), idea.lower()
    own = _place_phrases().get(setting, ("", ""))[lang == "de"].lower()
    for name, phrases in _place_phrases().items():
        phrase = phrases[lang == "de"].lower()
        if name == setting or not phrase or phrase == own or phrase not in low:
            continue
        if phrase.split()[-1][:5] in idea_low:
            continue
        return phrase
    return ""


# -- generic -----------------------------------------------------------------------------------------------------
_STOP = frozenset(re.findall(r"\S+", """the a an and or but to of in on at for with is are was be it its this that these those here there
now then what who where when why how you your yours me my mine we us our they them their he she his her i am do does
did not no yes all just only very so too again one two some any can will would could should must let lets
der die das den dem des ein eine einen einem einer und oder aber zu von im in am an auf für mit ist sind war sein es
dies diese dieser hier da dort jetzt dann was wer wo wann warum wie du dich dir dein deine ich mich mir mein meine wir
uns unser sie ihr ihn ihm er nicht nein ja alle nur sehr so auch noch schon wieder kann will muss soll lass mal denn
doch gut okay"""))
_ANSWER_WORDS = 3  # a line of fewer words is an answer or a cry ("Na klar!", "Oh no!")


def _content(text: str) -> list[str]:
    return [w for w in re.findall(r"[a-zäöüß]+", text.lower()) if len(w) > 3 and w not in _STOP]


def _names_idea(text: str, idea_stems: set[str]) -> bool:
    """Does ``text`` name a word of the idea or a thing of the set (a name called is no word of the idea)?"""
    return any(w[:4] in idea_stems or any(s in w for s in idea_stems if len(s) >= 5) for w in _content(text))


def line_key(text: str, idea: str, names: list[str]) -> str:
    """A line as a template: names as N, the idea's own words as X, marks dropped ("Right. Now for the flag." and
    "Right. Now for the campfire." are one template)."""
    idea_words = {w[:5] for w in re.findall(r"[a-zäöüß]+", idea.lower()) if len(w) > 3 and w not in _STOP}
    out = []
    for w in re.findall(r"[\wäöüß']+", text):
        if w in names:
            out.append("N")
        elif len(w) > 3 and w.lower()[:5] in idea_words:
            out.append("X")
        else:
            out.append(w.lower())
    collapsed: list[str] = []
    for w in out:
        if not (w == "X" and collapsed and collapsed[-1] == "X"):
            collapsed.append(w)
    return " ".join(collapsed)


# -- the audit ---------------------------------------------------------------------------------------------------
@dataclass
class Audit:
    """Every finding of one screenplay, and its lines as (shot, speaker, text) for the corpus-wide filler."""

    idea: str
    findings: list[Finding] = field(default_factory=list)
    lines: list[tuple[int, str, str]] = field(default_factory=list)
    names: list[str] = field(default_factory=list)

    def counts(self) -> dict[str, int]:
        c = Counter(f.kind for f in self.findings)
        return {k: c.get(k, 0) for k in AUDIT_CLASSES}


def _slot_faults(text: str, names: list[str], idea: str) -> list[str]:
    """A name where a thing belongs: an article before a given name ("the Tom", "den Max") or a given name said
    to be a thing ("Tom is only the tiny crab inside")."""
    out = []
    idea_low = idea.lower()
    for n in names:
        if n.lower() in idea_low or len(n) < 2:  # "the dog", "der Hund": a kind's word named as a name
            continue
        if re.search(rf"\b(the|a|an|der|die|das|den|dem|des|ein|eine|einen)\s+{re.escape(n)}\b", text, re.IGNORECASE):
            out.append(f"an article before the name {n!r}")
        if re.search(rf"\b{re.escape(n)}\s+(is|ist)\s+(only|just|nur)?\s*(the|a|an|der|die|das|ein|eine)\s+\w+",
                     text):
            out.append(f"the name {n!r} said to be a thing")
    return out


def audit(sp: Screenplay) -> Audit:
    """Every finding of ``sp``'s lines and narration (``Audit``), in film order."""
    from autark.story.line_checks import _layout, story_moments
    from autark.story.told_shown import told_status

    idea, lang = sp.logline, sp.language
    names = list(dict.fromkeys(c.name for sc in sp.scenes for c in sc.characters))
    result = Audit(idea, names=names)
    idea_stems = {w[:4] for w in _content(idea)} | {w[:4] for sc in sp.scenes for o in sc.objects
                                                     for w in re.findall(r"[a-z]+", o.type) if len(w) > 3}
    said, _told, _spans = _layout(sp)
    story = story_moments(sp)
    premises = _all_premises()
    shots = [(si, shot) for si, sc in enumerate(sp.scenes) for shot in sc.shots]

    def add(kind: str, k: int, who: str, text: str, why: str) -> None:
        result.findings.append(Finding(kind, k, who, text, why))

    for k, (si, shot) in enumerate(shots):
        if shot.narration:
            result.lines.append((k, "narrator", shot.narration))
            for why in grammar_faults(shot.narration, lang, narration=True):
                add("grammar", k, "narrator", shot.narration, why)
            place = _other_place(shot.narration, sp.scenes[si].setting, idea, lang)
            if place:
                add("contradiction", k, "narrator", shot.narration, f"names {place!r}, not the set")
    for s in said:
        result.lines.append((s.shot, s.speaker, s.text))
        for why in grammar_faults(s.text, lang):
            add("grammar", s.shot, s.speaker, s.text, why)
        for why in _slot_faults(s.text, names, idea):
            add("slot", s.shot, s.speaker, s.text, why)
        for p in premises:
            if p.lines.search(s.text) and not p.holds(story, s.shot, s.speaker):
                add("contradiction", s.shot, s.speaker, s.text, f"{p.why} ({p.name})")
                break
        place = _other_place(s.text, sp.scenes[s.scene].setting, idea, lang)
        if place:
            add("contradiction", s.shot, s.speaker, s.text, f"names {place!r}, not the set")
        if len(s.text.split()) >= _ANSWER_WORDS and not _names_idea(s.text, idea_stems):
            add("generic", s.shot, s.speaker, s.text, "names nothing of the idea")
    for k, sentence, status in told_status(sp):
        if _NEGATED.search(sentence):  # "The boy catches nothing.": the picture must not show the catch
            if status != "unshown":
                add("contradiction", k, "narrator", sentence, f"a failure told, its deed staged as done ({status})")
        elif status in ("elsewhere", "unshown"):
            add("unshown", k, "narrator", sentence, f"told {status}")
    result.findings.sort(key=lambda f: f.shot)
    return result


def filler(audits: list[Audit], at_least: int = 2) -> dict[str, list[tuple[str, str]]]:
    """The lines of a corpus said, as one template (``line_key``), in ``at_least`` ideas or more: key -> (idea,
    line) for each. Narration's introductions ("We meet a dog.") are the narrator's frame, not filler; nor is a
    template that says two of the idea's own words ("Now to plant the flag.": its deed and its thing), a line
    built from the idea."""
    seen: dict[str, dict[str, str]] = {}
    for a in audits:
        for _k, who, text in a.lines:
            if who == "narrator" or len(text.split()) < _ANSWER_WORDS:
                continue
            seen.setdefault(line_key(text, a.idea, a.names), {}).setdefault(a.idea, text)
    return {key: list(by.items()) for key, by in seen.items() if len(by) >= at_least and key.split().count("X") < 2}
