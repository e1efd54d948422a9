"""Faults of a film's spoken lines, read from its plan alone (for tests and for the plan's own repair): a line
that names the one it is said to as if they were away ("I will get Tom out of there!" said to Tom), an answer of
the wrong kind ("Hold on, I am coming!" - "Yes, I promise."), a goodbye before two have met, a question to
nobody, "I love you" between strangers, "Who are you?" to one already talked with, a line said twice, a win
claimed by one who does not race, a line whose premise is false when it is said (story.line_premises: "Look, the
sandcastle is shining!" after the wave took it), and long silences or too few lines in the film.

Whom a line is said to is read as a viewer reads it: the one it calls by name, else the one whose line it
answers (the last other speaker in its shot), else the one who answers it, else the only other one in the
scene. How long a line takes is ``story.line_grammar.speech_s``'s estimate of espeak-ng, laid out as
``jobs.produce`` lays them (a lead after each cut, a breath between lines).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from autark.story.line_premises import StoryMoments, unfounded

if TYPE_CHECKING:
    from autark.story.screenplay import Screenplay

__all__ = ["LineFault", "answers_line", "SpeechStats", "line_faults", "speech_stats", "line_kind", "names_as_absent",
           "FAULT_KINDS", "SILENCE_MAX_S", "ENOUGH_LINES", "story_moments"]

SILENCE_MAX_S = 8.0  # longer without a word (title and end card aside) is a stretch the viewer waits through
ENOUGH_LINES = {1: 7, 2: 9}  # lines a 30-s film needs by how many speak (one alone, two or more)
FAULT_KINDS = ("self_naming", "unanswered", "goodbye_before_meeting", "question_to_nobody", "to_absent",
               "stranger_affection", "who_are_you_known", "duplicate", "wrong_speaker", "we_alone", "premise",
               "silence", "few_lines")
# "we" said by one with nobody else in the scene ("And to think we found the key here!" by a girl alone)
_WE = re.compile(r"\b(we|us|our|let's|wir|uns|unser\w*)\b", re.IGNORECASE)
_LEAD_S, _GAP_S = 0.25, 0.2  # jobs.produce: the first line's lead after a cut, the breath between two lines

_KIN = frozenset({"mum", "mom", "dad", "mama", "papa", "grandma", "grandpa", "granny", "oma", "opa", "mutter",
                  "vater", "aunt", "uncle", "tante", "onkel", "sister", "brother", "schwester", "bruder"})


@dataclass(frozen=True)
class LineFault:
    """One fault: its kind (``FAULT_KINDS``), the film-wide shot index, the line's speaker and words, and why."""

    kind: str
    shot: int
    speaker: str
    text: str
    why: str


@dataclass
class SpeechStats:
    """How much a film says: dialogue lines, who speaks them, seconds of speech (lines and narration), the
    longest stretch without a word between the title and the end card."""

    lines: int = 0
    speakers: list[str] = field(default_factory=list)
    speech_s: float = 0.0
    narration_s: float = 0.0
    longest_silence_s: float = 0.0
    silences: list[tuple[float, float]] = field(default_factory=list)  # (start, length) of each long one


# what a line does, as a viewer hears it; first match wins (folded to lower case, padded with spaces)
_KINDS: tuple[tuple[str, re.Pattern[str]], ...] = tuple((k, re.compile(p)) for k, p in (
    ("welcome", r"\b(you are welcome|you're welcome|any ?time|no problem|my pleasure|gern geschehen|gerne\b|"
                r"jederzeit|keine ursache|nichts zu danken|bitte sehr|bitteschön)"),
    ("thanks", r"\b(thank|thanks|danke|vielen dank)"),
    ("farewell", r"\b(good ?bye|farewell|bye\b|see you|take care|auf wiedersehen|tschüss|leb wohl|lebt wohl|"
                 r"mach'?s gut|macht'?s gut|bis bald|bis morgen|bis zum nächsten|until next time|so this is goodbye|"
                 r"abschied)"),
    ("greeting", r"^\W*(hello|hi|hey there|good morning|good evening|hallo|guten (tag|morgen|abend)|grüß)\b|"
                 r"\b(nice to meet|pleased to meet|freut mich|schön, dich kennen)"),
    ("help_call", r"\b(help!|help me|help us|somebody help|save me|get me out|hilfe|rette mich|helft mir|"
                  r"hilf mir|hol mich hier raus|i am stuck|ich stecke fest|i can't hold|ich kann nicht mehr)"),
    ("promise", r"\b(i am coming|i'm coming|ich komme\b|i will get you|i'll get you|i will save|i will help you|"
                r"i have got you[!,.]|i've got you[!,.]|ich hab dich[!,.]|ich habe dich[!,.]|ich hole dich|ich rette dich|ich helfe dir|"
                r"hold on,? i|halt durch|keine angst, ich)"),
    ("threat", r"\b(i will catch you|i'll catch you|ich krieg dich|you are mine|du gehörst mir|"
               r"give me (that|the|your)|gib mir (das|den|die|deinen|deine)|or else|sonst|hand it over|"
               r"her damit|get out of my|raus aus meinem|you will pay|das wirst du bereuen)"),
    ("affection", r"\b(i love you|love you so|ich liebe dich|ich hab dich (so )?lieb|ich habe dich (so )?lieb|"
                  r"i missed you|ich habe dich vermisst|i will miss you|du wirst mir fehlen|my darling|mein schatz|"
                  r"sweetheart)"),
    ("who_are_you", r"\b(who are you|wer bist du|wer sind sie|and you are\?)"),
    ("consent", r"^\W*(yes|yeah|of course|sure|okay|ok|all right|i will|i promise|ja|klar|natürlich|"
                r"mach ich|versprochen|in ordnung|gut|aye)\b[^?]*$"),
))
_RELIEF = re.compile(r"\b(thank|danke|hurry|beeil|quick|schnell|please|bitte|finally|endlich|oh|phew|puh|"
                     r"i knew|ich wusste|over here|hier|here!|i can't|ich kann|help|hilfe|save|rette|safe|sicher)")
_WH = re.compile(r"^\W*(\w+\W+){0,3}?(who|what|where|when|why|how|which|wer|wen|wem|was|wo|wohin|woher|wann|warum|"
                 r"wieso|weshalb|wie|welche\w*)\b")
_YOU = re.compile(r"\b(you|your|du|dich|dir|dein\w*|euch|ihr|eure?\w*|sie)\b")
_CLAIM_WIN = re.compile(r"\b(i win|i will win|i'll win|i am winning|i won|first!|ich gewinne|gewinne ich|"
                        r"ich habe gewonnen|erster!|i am faster|ich bin schneller|next time it is me|nächstes mal gewinne ich)")
_RACING = ("run", "race", "sprint", "chase", "ride", "rides", "rennt", "läuft", "lauft", "fährt", "jagt", "reitet",
           "swim", "schwimmt", "drive", "drives", "flies", "fliegt", "rows", "rudert", "jumps", "springt", "hurr")


def line_kind(text: str) -> str:
    """What ``text`` does for a viewer: welcome, thanks, farewell, greeting, help_call, promise, threat,
    affection, who_are_you, consent, wh_question, question, or statement."""
    low = text.lower().strip()
    for kind, pattern in _KINDS:
        if pattern.search(low):
            return kind
    if low.endswith("?"):
        return "wh_question" if _WH.search(low) and not low.startswith(("what a", "was für", "how nice",
                                                                         "wie schön")) else "question"
    return "statement"


def _vocative(text: str, start: int, end: int) -> bool:
    """Does the name at ``text[start:end]`` call someone (", Tom!", "Tom, look", "Hey Tom!") rather than speak of
    them ("for Tom", "Tom is gone")?"""
    before, after = text[:start].rstrip(), text[end:].lstrip()
    # a title before the name calls them too ("Sorry, Mr Mayor!", "Herr Bürgermeister, …": story.acted_on_lines)
    before = re.sub(r"(?:^|(?<=[\s,.!?]))(?:mr|mrs|miss|madam|herr|frau)$", "", before, flags=re.IGNORECASE).rstrip()
    # a pet word before it calls them too ("Easy, little cat.", "Komm her, kleines Lamm.": story.exchanges)
    before = re.sub(r"(?:^|(?<=[\s,.!?]))(?:(?:my|little|mein\w*|klein\w*)\s*)+$", "", before, flags=re.IGNORECASE).rstrip()
    opens = not before or before[-1] in ",.!?;:-–…(\"" or before.lower().endswith(("hey", "he", "oh", "ach", "ah",
                                                                                     "come on", "komm", "los"))
    closes = not after or after[0] in ",.!?;:…)\"-–"
    return opens and closes


def names_as_absent(text: str, name: str) -> bool:
    """Does ``text`` speak of ``name`` in the third person ("I will get Tom out of there!")? A name that calls
    them ("Hold on, Tom!") does not."""
    if not name:
        return False
    return any(not _vocative(text, m.start(), m.end()) for m in re.finditer(rf"\b{re.escape(name)}\b", text))


def _called(text: str, names: list[str]) -> list[str]:
    """The names ``text`` calls (vocatives), in order."""
    out = []
    for n in names:
        if any(_vocative(text, m.start(), m.end()) for m in re.finditer(rf"\b{re.escape(n)}\b", text)):
            out.append(n)
    return out


def _key(text: str, names: list[str]) -> str:
    """The line's words without names and marks: "Hold on, Tom!" and "Hold on, Max!" are one line."""
    low = text.lower()
    for n in names:
        low = re.sub(rf"\b{re.escape(n.lower())}\b", " ", low)
    return " ".join(re.findall(r"[\wäöüß']+", low))


@dataclass
class _Said:
    shot: int
    scene: int
    speaker: str
    text: str
    start_s: float
    length_s: float
    to: str = ""  # whom it is said to ("" nobody, "*" several)


def _layout(sp: Screenplay) -> tuple[list[_Said], list[tuple[float, float]], list[tuple[float, float, int]]]:
    """Every dialogue line with its estimated start and length, the narration spans, and each shot's span
    (start, end, scene index), in film time after the title card."""
    from autark.story.line_grammar import speech_s as _speech_s

    said: list[_Said] = []
    told: list[tuple[float, float]] = []
    spans: list[tuple[float, float, int]] = []
    t = sp.title_card.duration_s
    k = 0
    for si, scene in enumerate(sp.scenes):
        cursor = t
        for shot in scene.shots:
            cursor = max(cursor, t + _LEAD_S)
            spans.append((t, t + shot.duration_s, si))
            parts = ([("narrator", shot.narration)] if shot.narration.strip() else []) + [
                (d.speaker, d.text) for d in shot.dialogue]
            for who, text in parts:
                length = _speech_s(text, sp.language)
                if who == "narrator":
                    told.append((cursor, length))
                else:
                    said.append(_Said(k, si, who, text, cursor, length))
                cursor += max(length, len(" ".join(text.split())) / 17.0) + _GAP_S
            t += shot.duration_s
            k += 1
    return said, told, spans


def speech_stats(sp: Screenplay) -> SpeechStats:
    """How much ``sp`` says and where it is silent (``SpeechStats``)."""
    said, told, spans = _layout(sp)
    stats = SpeechStats(lines=len(said), speakers=list(dict.fromkeys(s.speaker for s in said)),
                        speech_s=round(sum(s.length_s for s in said), 1), narration_s=round(sum(n for _s, n in told), 1))
    if not spans:
        return stats
    start, end = spans[0][0], spans[-1][1]
    heard = sorted([(s.start_s, s.start_s + s.length_s) for s in said] + [(a, a + n) for a, n in told])
    cursor = start
    for a, b in heard + [(end, end)]:
        if a - cursor > SILENCE_MAX_S:
            stats.silences.append((round(cursor, 1), round(a - cursor, 1)))
        stats.longest_silence_s = round(max(stats.longest_silence_s, a - cursor), 1)
        cursor = max(cursor, b)
    return stats


def _present(sp: Screenplay, everyone: bool = True) -> list[set[str]]:
    """Per shot (film-wide), the cast of its scene who are in it: named by its actions or subject, or speaking;
    where a shot names nobody, everyone of its scene (``everyone``) or nobody."""
    out = []
    for scene in sp.scenes:
        names = [c.name for c in scene.characters]
        for shot in scene.shots:
            words = set(re.findall(r"[\wÄÖÜäöüß]+", " ".join([*shot.actions, shot.subject])))
            there = {n for n in names if n in words} | {d.speaker for d in shot.dialogue}
            out.append(there or (set(names) if everyone else set()))
    return out


def _addressees(sp: Screenplay, said: list[_Said], present: list[set[str]]) -> None:
    """Set each line's ``to``: the one it calls, else the one it answers, else the one who answers it, else the
    only other one there; "*" for several, "" for nobody."""
    cast = {si: [c.name for c in sc.characters] for si, sc in enumerate(sp.scenes)}
    everyone = list(dict.fromkeys(n for names in cast.values() for n in names))
    for i, s in enumerate(said):
        called = [n for n in _called(s.text, everyone) if n != s.speaker]
        prev = next((p.speaker for p in reversed(said[:i]) if p.shot == s.shot and p.speaker != s.speaker), "")
        nxt = next((p.speaker for p in said[i + 1:] if p.shot == s.shot and p.speaker != s.speaker), "")
        others = [n for n in cast[s.scene] if n != s.speaker]
        in_shot = [n for n in others if n in present[s.shot]]
        s.to = (called[0] if called else prev or nxt or (in_shot[0] if len(in_shot) == 1 else "*" if in_shot else
                (others[0] if len(others) == 1 else "*" if others else "")))


def _fits_answer(first: str, reply: str) -> str:
    """Why ``reply`` does not answer ``first`` ("" where it does)."""
    a, b = line_kind(first), line_kind(reply)
    low = reply.lower()
    if b == "welcome" and a != "thanks":
        return f"'you are welcome' answers no thanks ({a})"
    if a == "thanks" and b in ("thanks", "consent", "threat", "help_call"):
        return f"thanks answered by {b}"
    if a == "promise" and (b == "consent" or re.search(r"\b(i promise|versprochen|i will\b|mach ich)", low)):
        return "a promise of help answered as if it were a request ('Yes, I promise')"
    if a == "help_call" and b in ("consent", "thanks", "welcome", "farewell", "greeting", "affection"):
        return f"a call for help answered by {b}"
    if a == "threat" and b in ("thanks", "welcome", "consent", "affection", "greeting"):
        return f"a threat answered by {b}"
    if a == "wh_question" and re.match(r"^\W*(yes|no|of course|sure|ja|nein|klar|natürlich)\W*$", low.split(",")[0]
                                       + ("!" if "," in low else "")):
        return "a question that asks who, what or where answered 'yes' or 'no'"
    if a == "farewell" and b in ("greeting", "who_are_you"):
        return f"a goodbye answered by {b}"
    if a == "greeting" and b == "farewell":
        return "a greeting answered by goodbye"
    return ""


def line_faults(sp: Screenplay) -> list[LineFault]:
    """Every fault of ``sp``'s spoken lines (``FAULT_KINDS``), in film order."""
    said, _told, spans = _layout(sp)
    present = _present(sp)
    _addressees(sp, said, present)
    out: list[LineFault] = []
    cast_all = list(dict.fromkeys(c.name for sc in sp.scenes for c in sc.characters))
    addressed = {c.name: c.name for sc in sp.scenes for c in sc.characters}
    logline = sp.logline.lower()
    romance = bool(re.search(r"\b(love|lieb|kiss|küss|date|wedding|hochzeit|heirat|marr|couple|paar|husband|wife|"
                             r"mann|frau|friend|freund|miss|vermiss|reunit|wiedersehen|return|zurück)", logline))
    farewell_idea = bool(re.search(r"\b(goodbye|farewell|leav|left|depart|abschied|verabschied|verlässt|geht weg|"
                                   r"zieht weg|moves away|reis)", logline))
    talked: set[frozenset[str]] = set()
    spoke_to: set[tuple[str, str]] = set()
    named = _present(sp, everyone=False)
    # two have met before a shot where they talked or were in one shot's actions together before it
    met_before: list[set[frozenset[str]]] = [set()]
    for there in named:
        met_before.append(met_before[-1] | {frozenset({a, b}) for a in there for b in there if a != b})
    seen_keys: dict[str, int] = {}
    n_shots = len(spans)
    story = story_moments(sp)

    def fault(kind: str, s: _Said, why: str) -> None:
        out.append(LineFault(kind, s.shot, s.speaker, s.text, why))

    for i, s in enumerate(said):
        kind = line_kind(s.text)
        to = s.to
        single = to not in ("", "*")
        pair = frozenset({s.speaker, to}) if single else frozenset()
        met = met_before[s.shot] | talked
        # the one spoken to, spoken of as if away
        if single and names_as_absent(s.text, addressed.get(to, to)) and kind != "who_are_you":
            fault("self_naming", s, f"said to {to}, it speaks of {to} as if away")
        # an answer that answers nothing it was said to
        prev = said[i - 1] if i and said[i - 1].shot == s.shot and said[i - 1].speaker != s.speaker else None
        if prev is not None:
            why = _fits_answer(prev.text, s.text)
            if why:
                fault("unanswered", s, f"after '{prev.text}': {why}")
        if kind == "farewell" and single and pair not in met and s.shot < n_shots - 1 and not farewell_idea:
            fault("goodbye_before_meeting", s, f"goodbye to {to} in the first shot they share")
        elif kind == "farewell" and single and s.shot < n_shots // 2 and not farewell_idea:
            fault("goodbye_before_meeting", s, "goodbye in the first half of a film that is not about parting")
        if kind in ("wh_question", "question", "who_are_you") and to == "" and (
                _YOU.search(s.text.lower()) or kind == "who_are_you"):  # "What now?" alone is thinking aloud
            fault("question_to_nobody", s, "a question to someone with nobody else in the scene")
        if to == "" and _WE.search(s.text):
            fault("we_alone", s, "'we' said by one with nobody else there")
        if kind == "affection" and single and pair not in met and not romance and not (
                {s.speaker.lower(), to.lower()} & _KIN):
            fault("stranger_affection", s, f"affection between {s.speaker} and {to}, who have just met")
        if kind == "who_are_you" and single and pair in talked:
            fault("who_are_you_known", s, f"'who are you' to {to}, already talked with")
        called_away = [n for n in _called(s.text, cast_all) if n != s.speaker and n not in present[s.shot]
                       and n not in {c.name for c in sp.scenes[s.scene].characters}]
        if called_away and kind not in ("help_call",) and not re.search(r"\b(where|wo)\b", s.text.lower()):
            fault("to_absent", s, f"spoken to {called_away[0]}, who is not in the scene")
        if _CLAIM_WIN.search(s.text.lower()):
            doers = [a.split()[0] for a in _shot_actions(sp, s.shot) if len(a.split()) > 1  # a timed run of a race
                     and any(a.split()[1].lower().startswith(r) for r in _RACING)
                     and re.search(r"\b(metres|meters|meter|race|rennen|wette)\b", a, re.IGNORECASE)]
            if doers and s.speaker not in doers:
                fault("wrong_speaker", s, f"claims a win while {', '.join(dict.fromkeys(doers))} race(s)")
        key = _key(s.text, cast_all)
        again = next((k2 for k2 in seen_keys if k2 == key or len(key.split()) >= 3 and (
            k2.endswith(f" {key}") or key.endswith(f" {k2}") and len(k2.split()) >= 3)), None)
        if again is not None:  # the same words, also after another's first words ("All alone... Oh! Who are you?")
            fault("duplicate", s, f"said before in shot {seen_keys[again] + 1}")
        seen_keys.setdefault(key, s.shot)
        false_premise = unfounded(s.text, story, s.shot, s.speaker)
        if false_premise is not None:
            fault("premise", s, f"{false_premise.why} ({false_premise.name})")
        if single:
            spoke_to.add((s.speaker, to))
            if (to, s.speaker) in spoke_to:  # one answered the other: they have talked ("Hello?" alone is no talk)
                talked.add(pair)
    stats = speech_stats(sp)
    for start, length in stats.silences:
        out.append(LineFault("silence", _shot_at(spans, start), "", "", f"{length:.1f} s without a word from "
                                                                          f"{start:.1f} s"))
    speaking = len(stats.speakers)
    voiced = {c.name for sc in sp.scenes for c in sc.characters if c.voice not in ("none", "narrator")}
    need = ENOUGH_LINES[2] if len(voiced) >= 2 else ENOUGH_LINES[1] if voiced else 0
    if stats.lines < need * min(1.0, sp.duration_s / 30.0) - 1e-9:
        out.append(LineFault("few_lines", 0, "", "", f"{stats.lines} lines by {speaking} speaker(s), "
                                                      f"{len(voiced)} can speak: {need} wanted in 30 s"))
    return sorted(out, key=lambda f: f.shot)


def story_moments(sp: Screenplay) -> StoryMoments:
    """The story of ``sp`` as its lines' premises are read against (``story.line_premises``)."""
    return StoryMoments(sp.logline, [(list(shot.actions), shot.narration) for sc in sp.scenes for shot in sc.shots],
                        list(dict.fromkeys(c.name for sc in sp.scenes for c in sc.characters)))


def _shot_actions(sp: Screenplay, k: int) -> list[str]:
    shots = [shot for sc in sp.scenes for shot in sc.shots]
    return list(shots[k].actions) if k < len(shots) else []


def _shot_at(spans: list[tuple[float, float, int]], t: float) -> int:
    return next((k for k, (a, b, _s) in enumerate(spans) if a <= t < b), max(0, len(spans) - 1))


def answers_line(first: str, second: str) -> bool:
    """Does ``second`` only answer ``first`` (a consent, a welcome, thanks, a "yes"/"wow"/"really", or any reply to
    a question)? Such a line goes when the line it answers is left out."""
    return line_kind(second) in ("consent", "welcome", "thanks") or first.rstrip().endswith("?") or bool(
        re.match(r"^\W*(wow|yes|ja|oh|no|nein|really|wirklich|echt)\b", second, re.IGNORECASE))
