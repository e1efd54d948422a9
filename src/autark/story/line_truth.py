"""Three faults of a spoken line against the picture and the idea, read from a screenplay alone (no scene built):

* ``tense``: a line that says its speaker's deed is done before any shot shows it ("Ich habe den Ball
  gefangen!" two shots before the catch), or says it is still to do after the speaker's own words or acts said
  it was done ("Langsam … den Ball fangen" after "Ich habe den Ball gefangen!");
* ``role``: a line of another's part: a role's words (``story.role_lines``: the doctor's "Where does it hurt?")
  said by one who does not play that role, or the reply meant for the one spoken to said by the role itself; a
  thanks for a gift said by the giver, the giving words said by the one who receives;
* ``unseen``: a line that names a thing or a weather its scene does not show (``story.seen_words``).

Each finding is a ``story.line_checks.LineFault`` (kind, shot, speaker, words, why), as the line audit's.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache
from typing import TYPE_CHECKING

from autark.story.line_checks import LineFault

if TYPE_CHECKING:
    from autark.story.screenplay import Screenplay

__all__ = ["TRUTH_CLASSES", "truth_faults", "without_false_lines", "swapped_roles"]

TRUTH_CLASSES = ("tense", "role", "unseen")

_WORD = re.compile(r"[\wÄÖÜäöüß']+")
# words of a deed done: an English past form, a German perfect (a helper with a participle)
_PAST_EN = re.compile(r"\b(i|we|you|i've|we've)\s+(have\s+|just\s+|finally\s+|did\s+it|)(\w+ed|caught|ate|found|"
                      r"won|made|built|got|took|saw|threw|hit|beat|brought|fed|gave|sold|held|dug|swept|rode|"
                      r"flew|drew|wrote|sent|bought|stole|tied|carried|climbed|reached|saved|fixed|finished|done)\b",
                      re.IGNORECASE)
_HELPER_DE = re.compile(r"\b(habe|hab|hat|haben|habt|bin|ist|sind|seid)\b", re.IGNORECASE)
_PARTICIPLE_DE = re.compile(r"\b(ge\w+(?:en|t)|\w+(?:ier|ert)t)\b", re.IGNORECASE)
# words of a deed still to do: an intention, a plan, a start
_TO_DO = re.compile(r"\b(i will|i'll|we will|we'll|let me|let's|let us|going to|now for|now to|time to|here goes|"
                    r"ich will|ich werde|gleich|lass mich|lass uns|lasst uns|jetzt noch|also dann|jetzt wird|"
                    r"und jetzt|langsam|slowly|easy now)\b", re.IGNORECASE)
# a claim of the picture (``story.claims``) that says an act of the speaker's is done: "Got you, ball!" the catch
_GOT_IT = re.compile(r"^\W*(got (you|it|him|her|ya)|hab (dich|ihn|sie|es))\b", re.IGNORECASE)  # (with a name after)
_CLAIM_ACTS = {"caught": "catch", "on_top": "climb", "fell": "fall"}
_THANKS = re.compile(r"\b(thank you|thanks|danke|dankeschön|vielen dank)\b", re.IGNORECASE)
_GIVING = re.compile(r"\b(here you are|here you go|this is for you|for you|for you,|das ist für dich|für dich|hier, "
                     r"bitte|bitte sehr|nimm)\b", re.IGNORECASE)


def _kind(word: str, lang: str) -> str:
    from autark.story.verbs import verb
    from autark.story.wording import fold

    v = verb(fold(word.lower()), lang)
    return v.kind if v is not None else ""


def _done_kinds(text: str, lang: str) -> set[str]:
    """The act kinds ``text`` says are done by its speaker ("I caught it!", "Got you, ball!" -> catch)."""
    from autark.story.claims import claims_of

    claimed = {_CLAIM_ACTS[c.kind] for c in claims_of(text) if c.kind in _CLAIM_ACTS}
    if _GOT_IT.search(text):
        claimed.add("catch")
    return claimed | _said_done(text, lang)


def _said_done(text: str, lang: str) -> set[str]:
    """The act kinds ``text`` says in a past form ("Ich habe den Ball gefangen!" -> catch)."""
    if lang == "de":
        if not _HELPER_DE.search(text):
            return set()
        return {k for m in _PARTICIPLE_DE.finditer(text) if (k := _kind(m.group(1), "de"))}
    return {k for m in _PAST_EN.finditer(text) if (k := _kind(m.group(3), "en"))}


def _to_do_kinds(text: str, lang: str) -> set[str]:
    """The act kinds ``text`` says its speaker is about to do ("Now to catch the ball." -> catch)."""
    if not _TO_DO.search(text) or _done_kinds(text, lang):
        return set()
    words = [w for w in _WORD.findall(text) if len(w) > 3 and (lang == "en" or not w[:1].isupper())]
    return {k for w in words if (k := _kind(w, lang)) and k not in ("look", "walk", "stand", "talk")}


def _acts(sp: Screenplay) -> list[dict[str, set[str]]]:
    """Per shot, each cast name's act kinds (read from its action sentences' verbs)."""
    names = {c.name for sc in sp.scenes for c in sc.characters}
    out = []
    for sc in sp.scenes:
        for shot in sc.shots:
            acts: dict[str, set[str]] = {}
            for sentence in shot.actions:
                words = _WORD.findall(sentence)
                if len(words) > 1 and words[0] in names:
                    kind = _kind(words[1], sp.language)
                    if kind:
                        acts.setdefault(words[0], set()).add(kind)
            out.append(acts)
    return out


_ROLE_WORDS = 3  # a role's line of fewer words is no one's own


@cache
def _role_patterns() -> tuple[tuple[str, str, re.Pattern[str]], ...]:
    """(role, use, pattern) of every role line (``story.role_lines``), its ``{other}`` any name."""
    from autark.story.role_lines import ROLE_LINES

    out = []
    for role, uses in ROLE_LINES.items():
        for use, (en, de) in uses.items():
            for line in (*en, *de):
                if len(line.replace("{other}", "").split()) < _ROLE_WORDS:  # "Ende.", "Ready!": anyone may say it
                    continue
                parts = [re.escape(p) for p in line.split("{other}")]
                out.append((role, use, re.compile(r"^\s*" + r"[\w ÄÖÜäöüß]{1,30}".join(parts) + r"\s*$")))
    return tuple(out)


def _role_fault(text: str, speaker_role: str) -> str:
    """Why ``text`` belongs to another's part than one of ``speaker_role``'s ("" where it does not)."""
    for role, use, pattern in _role_patterns():
        if not pattern.match(text):
            continue
        if use in ("say", "end") and role != speaker_role:
            return f"the {role}'s words said by {speaker_role or 'one with no role'}"
        if use == "reply" and role == speaker_role:
            return f"the reply to the {role} said by the {role}"
        return ""
    return ""


def _givers(sp: Screenplay) -> list[dict[str, str]]:
    """Per shot, giver -> receiver of its giving acts ("Tom gives the rose to Anna", "Tom gibt Anna die Rose")."""
    names = {c.name for sc in sp.scenes for c in sc.characters}
    out = []
    for sc in sp.scenes:
        for shot in sc.shots:
            given: dict[str, str] = {}
            for sentence in shot.actions:
                words = _WORD.findall(sentence)
                if len(words) > 2 and words[0] in names and _kind(words[1], sp.language) == "give":
                    to = next((w for w in words[2:] if w in names and w != words[0]), "")
                    if to:
                        given[words[0]] = to
            out.append(given)
    return out


def truth_faults(sp: Screenplay) -> list[LineFault]:
    """Every ``tense``, ``role`` and ``unseen`` fault of ``sp``'s spoken lines, in film order."""
    from autark.story.role_lines import role_of
    from autark.story.seen_words import scene_kinds, unseen_words

    lang = sp.language
    acts, givers = _acts(sp), _givers(sp)
    roles = {c.name: role_of(c.type) for sc in sp.scenes for c in sc.characters}
    names = set(roles)
    first_shown: dict[str, int] = {}
    for k, by in enumerate(acts):
        for kinds in by.values():
            for kind in kinds:
                first_shown.setdefault(kind, k)
    done_by: dict[str, set[str]] = {}  # speaker -> the kinds they did or said they did so far
    said_done: dict[str, set[str]] = {}  # speaker -> the kinds they said they did so far
    out: list[LineFault] = []
    k = 0
    for sc in sp.scenes:
        kinds_here = scene_kinds(sc)
        weathers = {sc.weather} | {e.kind for shot in sc.shots for e in shot.effects}
        for shot in sc.shots:
            for who in acts[k]:
                done_by.setdefault(who, set())
            for d in shot.dialogue:
                text, who = d.text, d.speaker
                done = _done_kinds(text, lang)
                early = sorted(x for x in done if first_shown.get(x, 10**6) > k and x in first_shown)
                if early:
                    out.append(LineFault("tense", k, who, text, f"says {early[0]} is done before shot "
                                                               f"{first_shown[early[0]]} shows it"))
                # said while still at it in this shot, it is no deed redone ("Easy now… build the flying bicycle"),
                # unless the speaker has already said it done
                at_it = set(acts[k].get(who, ())) - said_done.get(who, set())
                again = sorted(_to_do_kinds(text, lang) & done_by.get(who, set()) - at_it)
                if again:
                    out.append(LineFault("tense", k, who, text, f"says {again[0]} is still to do after it was done"))
                done_by.setdefault(who, set()).update(done)
                said_done.setdefault(who, set()).update(done)
                why = _role_fault(text, roles.get(who, ""))
                if why:
                    out.append(LineFault("role", k, who, text, why))
                giver = next((g for g, r in givers[k].items() if r == who or g == who), None)
                if giver is not None:
                    if who == giver and _THANKS.search(text):
                        out.append(LineFault("role", k, who, text, "the giver thanks for the gift"))
                    elif who != giver and _GIVING.search(text) and not _THANKS.search(text):
                        out.append(LineFault("role", k, who, text, "the receiver says the giving words"))
                unseen = unseen_words(text, lang, kinds_here, weathers, names)
                if unseen:
                    words = re.findall(r"[\wÄÖÜäöüß]+", text)  # (story.seen_words counts these tokens)
                    out.append(LineFault("unseen", k, who, text, f"names {words[unseen[0]]!r}, not in the scene"))
            for who, kinds in acts[k].items():  # acts count as done once their shot is over
                done_by.setdefault(who, set()).update(kinds)
            k += 1
    return out


def _alone(sp: Screenplay) -> set[tuple[int, str]]:
    """(shot, text) of each line that is the only one of its shot."""
    shots = [shot for sc in sp.scenes for shot in sc.shots]
    return {(k, shot.dialogue[0].text) for k, shot in enumerate(shots) if len(shot.dialogue) == 1}


# a command to go or to do: "Off to bed, Grandma!", "Ab ins Bad, Mama!", "Time for the medicine, Doctor!"
_COMMAND = re.compile(r"^\W*(off to|off you go|go\b|get\b|time for|time to|now you|ab ins|ab in|ab zum|ab zur|geh\b|"
                      r"los,|zeit für|jetzt du|und jetzt du)", re.IGNORECASE)
_SELF = re.compile(r"\b(me|my|us|our|i|mich|mir|mein\w*|uns|unser\w*|ich)\b", re.IGNORECASE)


def _stems(text: str) -> set[str]:
    """The first four letters of each word of ``text`` that says something ("bed", "Bad": three letters do)."""
    from autark.story.line_audit import _STOP

    return {w[:4] for w in re.findall(r"[a-zäöüß]+", text.lower()) if len(w) > 2 and w not in _STOP}


def swapped_roles(sp: Screenplay, events: list) -> list[LineFault]:
    """The lines that turn the idea's who-does-what-to-whom around: the one an event is done to (its patient, one
    of the cast) tells its doer to go or do what the idea has the doer tell them ("Off to bed, Grandma!" said by
    the grandson the grandmother sends to bed). ``events``: the story's events (``story.events.Event``)."""
    from autark.story.line_checks import _called

    names = [c.name for sc in sp.scenes for c in sc.characters]
    idea_words = _stems(sp.logline)
    out, k = [], 0
    for sc in sp.scenes:
        for shot in sc.shots:
            for d in shot.dialogue:
                if not _COMMAND.search(d.text) or _SELF.search(d.text):
                    continue
                called = _called(d.text, names)
                for e in events:
                    if e.patient_is_thing or e.patient != d.speaker or not set(called) & set(e.agents):
                        continue
                    words = _stems(d.text) - {n.lower()[:4] for n in names}
                    if words & (idea_words | {e.word.lower()[:4]}):
                        out.append(LineFault("role", k, d.speaker, d.text, f"says to {called[0]} what the idea has "
                                                                           f"{called[0]} say to {d.speaker}"))
                        break
            k += 1
    return out


_FAREWELL_WINDS = re.compile(r"\b(fair winds?|mast- und schotbruch)\b", re.IGNORECASE)


def _weather_claim(text: str, lang: str, weathers: set[str]) -> bool:
    """Does ``text`` name a weather that is not among ``weathers`` (and no thing)?"""
    from autark.story.seen_words import _meaning, _tokens, unseen_words

    if _FAREWELL_WINDS.search(text):
        return False  # "Fair winds!": a sailor's farewell, no word about the sky
    tokens = _tokens(text)
    return any(_meaning(tokens[j], lang)[1] and not _meaning(tokens[j], lang)[0]
               for j in unseen_words(text, lang, set(), weathers))


def _kept_sentences(text: str, keep: Callable[[str], bool]) -> str:
    """``text`` with only its sentences that ``keep`` accepts; "" where it accepts none."""
    from autark.story.narration_check import sentences

    return " ".join(s for s in sentences(text) if keep(s))


def _trimmed(text: str, lang: str, kinds: set[str], weathers: set[str], names: set[str]) -> str:
    """``text`` without its sentences that name a thing or weather not in the scene ("Ende. Und jetzt ab ins
    Bett!" -> "Ende."); "" where every sentence does."""
    from autark.story.seen_words import unseen_words

    return _kept_sentences(text, lambda s: not unseen_words(s, lang, kinds, weathers, names))


def _untensed(text: str, lang: str) -> str:
    """``text`` without its sentences that say a deed done or still to do ("Oh dear, oh dear... Listen, Grandma: I
    will play for you!" -> "Oh dear, oh dear..."); "" where no sentence with a word is left."""
    left = _kept_sentences(text, lambda s: not _done_kinds(s, lang) and not _to_do_kinds(s, lang))
    return left if re.search(r"\w", left) else ""


def _claimed_at(kept: list, line, lang: str) -> int | None:
    """The index among ``kept`` of the line where ``line``'s speaker said done the deed ``line`` says is still to
    do ("Got you, fish!" before "Slowly… catch the fish"): the intention goes before it; None where none."""
    to_do = _to_do_kinds(line.text, lang)
    return next((j for j, d in enumerate(kept) if d.speaker == line.speaker and to_do & _done_kinds(d.text, lang)),
                None)


def without_false_lines(sp: Screenplay) -> Screenplay:
    """``sp`` without the lines ``truth_faults`` finds (a deed said done before it is shown or to do after it was,
    another's part), each with the answer to it; a line naming a thing or weather its scene does not show is
    said without the sentences that name it where another is left ("Ende. Und jetzt ab ins Bett!" -> "Ende."),
    else left out where it names a weather the sky does not show, and kept where it names a thing: a film that
    talks less is the worse fault, and the thing is the scene's to bring ("Der Korb ist voll" at a harvest)."""
    from autark.story.line_checks import answers_line
    from autark.story.seen_words import scene_kinds

    faults = truth_faults(sp)
    if not faults:
        return sp
    false = {(f.shot, f.speaker, f.text) for f in faults if f.kind != "unseen"}
    # a line false only by its tense may say its other sentences ("Oh dear, oh dear..." of a nervous player whose
    # "I will play for you!" comes after she played): the speaker's trait and feeling stay heard
    tense_only = {(f.shot, f.speaker, f.text) for f in faults if f.kind == "tense"} - {
        (f.shot, f.speaker, f.text) for f in faults if f.kind == "role"}
    unseen = {(f.shot, f.speaker, f.text) for f in faults if f.kind == "unseen"}
    names = {c.name for sc in sp.scenes for c in sc.characters}
    scenes, k = [], 0
    for scene in sp.scenes:
        kinds = scene_kinds(scene)
        weathers = {scene.weather} | {e.kind for shot in scene.shots for e in shot.effects}
        shots = []
        for shot in scene.shots:
            kept: list = []
            dropped = None
            for d in shot.dialogue:
                if dropped is not None and d.speaker != dropped.speaker and answers_line(dropped.text, d.text):
                    dropped = None
                    continue
                dropped = d if (k, d.speaker, d.text) in false else None
                if (k, d.speaker, d.text) in unseen:
                    said = _trimmed(d.text, sp.language, kinds, weathers, names)
                    if said:
                        d = d.model_copy(update={"text": said})
                    elif _weather_claim(d.text, sp.language, weathers):
                        dropped = d  # "Wind from the west!" on a still day: the sky says otherwise
                if dropped is not None and (at := _claimed_at(kept, d, sp.language)) is not None:
                    kept.insert(at, d)  # the intention said before its own claim of the deed, in the same shot
                    dropped = None
                elif dropped is not None and (k, d.speaker, d.text) in tense_only and (
                        said := _untensed(d.text, sp.language)):
                    kept.append(d.model_copy(update={"text": said}))
                    dropped = None
                elif dropped is None:
                    kept.append(d)
            shots.append(shot if kept == shot.dialogue else shot.model_copy(update={"dialogue": kept}))
            k += 1
        scenes.append(scene.model_copy(update={"shots": shots}))
    return sp.model_copy(update={"scenes": scenes})
