"""A thing's colour changed on screen, read from the idea in any of the forms the class takes, in English and in
German, and staged as a ``recolor`` effect (``story.effects``) in the shot where its doer works on it:

- a colouring verb with the colour after the thing: "paints the fence blue", "dyes his grandfather's white shirt
  pink", "colours the hat purple", "färbt das Hemd rosa", "streicht die Tür gelb an", "malt das Haus blau an";
- a causative: "turns the crown green", "macht den Apfel rot" (a thing between the verb and the colour);
- a becoming, with no doer: "the leaves of the old tree turn red", "the milk turns sour", "im Herbst werden die
  Blätter der Eiche golden", "das Laub färbt sich rot".

The colour is the last colour word of the clause that stands after the verb and before no noun it describes
("paints his red bike green": green; "red" is what the bike is before). A few states that show as a colour are
read as one (sour milk yellows, rotten fruit browns, rust). Told "by mistake" / "aus Versehen", the change is a
mishap: the doer starts back from it in the shot after (a surprised reaction, ``ColourChange.mishap``).

Words are matched by their folded form (``assets.templates.fold``), so every inflection of a stem counts.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from autark.assets.templates import fold
from autark.story.effects import Effect
from autark.story.lexicon import idea_words
from autark.story.mishaps import dismayed, is_mishap
from autark.story.thing_nouns import thing_noun
from autark.story.told_changes import _breaks, _named_at, clause_of

if TYPE_CHECKING:
    from autark.story.concept import Concept
    from autark.story.shot_plans import ShotPlan

__all__ = ["ColourChange", "colour_changes", "colour_of", "colour_events", "recolour_effects", "STATE_COLOURS"]

# folded stems of the verbs that put a colour on a thing (a German separable verb's particle is any word)
_COLOURING = ("dye", "dyed", "dyes", "dyeing", "paint", "repaint", "colour", "color", "recolo", "tint", "stain",
              "spray", "varnish", "lacquer", "whitewash", "faerb", "gefaerbt", "umfaerb", "einfaerb", "anstreich",
              "angestrich", "bemal", "anmal", "angemalt", "uebermal", "lackier", "spruehe", "sprueht", "pinsel",
              "anpinsel", "tuench")
# whole words of the colouring verbs whose stem starts other words ("streichelt": strokes; "malt": paints a picture
# unless told with its particle "an" or a colour)
_COLOURING_WORDS = frozenset({"streicht", "streichen", "strich", "strichen", "gestrichen", "streiche", "malt",
                              "malen", "malte", "malten", "bemalt"})
# a verb that makes a thing a colour with a thing between it and the colour ("turns the crown green"), or says a
# thing becomes one with the colour right after it ("the leaves turn red", "die Blätter werden golden")
_TURNING = frozenset({"turn", "turns", "turned", "turning", "make", "makes", "made", "making", "macht", "machte",
                      "machen", "gemacht", "go", "goes", "went", "gone", "become", "becomes", "became", "grow",
                      "grows", "grew", "get", "gets", "got", "wird", "werden", "wurde", "wurden", "geworden",
                      "verfaerbt", "verfaerben", "verfaerbte", "laeuft", "lief"})
# of those, the verbs that only ever tell a becoming ("die Blätter der Eiche werden golden": no one makes them)
_BECOMING = frozenset({"go", "goes", "went", "gone", "become", "becomes", "became", "grow", "grows", "grew", "get",
                       "gets", "got", "wird", "werden", "wurde", "wurden", "geworden", "verfaerbt", "verfaerben",
                       "verfaerbte", "laeuft", "lief"})
# states that show as a colour (colour names of ``autark.language.lexicon.COLOR_RGB``)
STATE_COLOURS: dict[str, str] = {
    **dict.fromkeys(("sour", "sauer", "saure", "sauren"), "beige"),
    **dict.fromkeys(("rotten", "rotte", "mouldy", "moldy", "faul", "faule", "verfault", "schimmelig", "welk",
                     "welke", "wilted", "withered", "verwelkt"), "brown"),
    **dict.fromkeys(("rusty", "rostig", "rostige"), "brown"),
    **dict.fromkeys(("pale", "blass", "bleich"), "white"),
}
_GERMAN_ENDINGS = ("e", "en", "er", "es", "em")
# describing words that may stand between a colour and its noun ("the red old bike"): a colour before a noun
# describes it
_NOUN_ENDS = frozenset({"and", "und", "for", "fuer", "by", "aus", "with", "mit", "before", "bevor", "to", "zu",
                        "in", "im", "on", "am", "at"})


# words between a becoming verb and its colour ("werden die Blätter der Eiche golden", "turns all red")
_FILLERS = frozenset({"sich", "all", "ganz", "completely", "quite", "very", "sehr", "die", "der", "das", "des",
                      "den", "the", "of", "slowly", "langsam", "bright", "dark", "hell", "dunkel", "ploetzlich",
                      "suddenly"})


@dataclass(frozen=True)
class ColourChange:
    target: str  # a thing's type (or a cast member's name where no thing is named)
    colour: str  # a colour name of ``autark.language.lexicon.COLOR_RGB``
    doer: str  # the cast member who does it, "" where it happens by itself
    at: int  # the idea's word that tells it
    mishap: bool = False  # "by mistake", "aus Versehen"
    is_thing: bool = True


def colour_of(word: str) -> str:
    """The colour name a folded word says ("rosa": pink, "goldenen": gold, "sour": beige), "" for none."""
    from autark.language.lang import COLORS

    table = {fold(w): name for w, name in COLORS.items()}
    if word in table:
        return table[word]
    if word in STATE_COLOURS:
        return STATE_COLOURS[word]
    for end in _GERMAN_ENDINGS:
        if word.endswith(end) and len(word) > len(end) + 2 and word[: -len(end)] in table:
            return table[word[: -len(end)]]
    return ""


def _colouring(word: str) -> bool:
    return word in _COLOURING_WORDS or any(word.startswith(s) for s in _COLOURING) and not word.startswith(
        ("painting", "painter", "paintbrush", "colourful", "colorful", "stainless"))


def _result_colour(words: list[str], k: int, b: int, named: dict[int, tuple[str, bool]]) -> tuple[int, str]:
    """The colour the clause from verb ``k`` to word ``b`` ends on: the last colour word not before its noun."""
    found = (-1, "")
    for j in range(k + 1, b + 1):
        colour = colour_of(words[j])
        if not colour:
            continue
        nxt = j + 1
        describes = nxt <= b and (nxt in named or words[nxt] not in _NOUN_ENDS and nxt + 1 <= b and nxt + 1 in named
                                  and not colour_of(words[nxt]))
        if not describes or found[0] < 0 and j == b:
            found = (j, colour)
    return found


def _doer(concept: Concept, words: list[str], named: dict[int, tuple[str, bool]], a: int, k: int) -> str:
    """Who does the change told at verb ``k`` (its clause starts at ``a``): the event read at the verb's agent,
    else one of the cast named before the verb in the clause, else the last one named before it, else the lead."""
    ev = next((e for e in concept.events if e.at == k and e.agents), None)
    if ev is not None:
        return ev.agents[0]
    people = [j for j in range(0, k) if j in named and not named[j][1]]
    own = [j for j in people if j >= a]
    if own:
        return named[own[0]][0]
    if people:
        return named[people[-1]][0]
    return concept.characters[0].name if concept.characters else ""


def colour_changes(concept: Concept) -> list[ColourChange]:
    """Every colour change the idea tells, once per thing, in its order."""
    words = idea_words(concept.idea)
    breaks = _breaks(concept.idea)
    named = _named_at(concept, words)
    raw = concept.idea.replace("\u2019", "'").split()
    owners = {k for k, w in enumerate(raw) if w.lower().endswith(("'s", "s'"))} if len(raw) == len(words) else set()
    mishap = is_mishap(concept)
    out: list[ColourChange] = []
    for k, w in enumerate(words):
        colouring, turning = _colouring(w), w in _TURNING
        if not (colouring or turning):
            continue
        a, b = clause_of(words, k, breaks)
        at, colour = _result_colour(words, k, b, named)
        if not colour:
            continue
        between = [j for j in range(k + 1, at) if j in named and j not in owners]
        things = [j for j in between if named[j][1]]
        if colouring or things and w not in _BECOMING:  # someone colours it: the thing named after the verb
            pick = (things or between)[:1]
            if not pick:
                pick = [j for j in range(k - 1, a - 1, -1) if j in named and named[j][1]][:1]  # "das Hemd färbt er"
            if not pick:
                continue
            doer = _doer(concept, words, named, a, k)
        else:  # it becomes the colour: its subject before the verb, or after it (German verb-second)
            if at != next((j for j in range(k + 1, b + 1) if j == at or words[j] not in _FILLERS and j not in named
                           and words[j - 1] not in ("the", "die", "der", "das", "den")), -1):
                continue  # "turns to the fence, red-faced": the colour is no predicate of the verb
            before = [j for j in range(a, k) if j in named]
            pick = [j for j in before if named[j][1]][-1:] or [j for j in range(k + 1, at) if j in named][:1]
            if not pick:
                continue
            doer = ""
        target, is_thing = named[pick[0]]
        if not is_thing:  # "färbt den Bart des Riesen grün": not the giant, whose beard no body part is
            continue
        if target == doer or any(c.target == target for c in out):
            continue
        out.append(ColourChange(target=target, colour=colour, doer=doer, at=k, mishap=mishap, is_thing=is_thing))
    return out


_IDLE = ("looks around", "waves", "kneels", "points at", "looks at", "walks to", "schaut sich um", "winkt", "kniet",
         "zeigt auf", "schaut", "geht zu")  # a doer's filler acts a colouring's act takes the place of in its shot
_NOT_EVENT_SHOTS = ("setup", "resolution")
_OH_NO = {"en": "Oh no... {it} is {colour}!", "de": "Oh nein... {it} ist {colour}!"}
# when in its shot the colour starts to change and how long it takes (the hands work on it meanwhile)
COLOUR_AT_S, COLOUR_S = 0.8, 2.6


def _names(action: str, noun: str, target: str) -> bool:
    low = action.lower()
    return noun.lower() in low or target.lower().replace("_", " ") in low


def _shot_of(concept: Concept, plans: list[ShotPlan], ch: ColourChange, noun: str) -> int | None:
    """The shot that stages the change: the one that stages the event told at its verb; else one where its doer
    acts on the thing; else the climax; else the last story shot."""
    shots = [i for i, p in enumerate(plans) if p.kind not in _NOT_EVENT_SHOTS]
    if not shots:
        return None
    ev = next((n for n, e in enumerate(concept.events) if e.at == ch.at), None)
    hit = next((i for i in shots if ev is not None and ev in plans[i].events), None)
    if hit is None and ch.doer:
        hit = next((i for i in reversed(shots) if any(a.startswith(f"{ch.doer} ") and _names(a, noun, ch.target)
                                                      and not a[len(ch.doer) + 1:].startswith(_IDLE)
                                                      for a in plans[i].actions)), None)
    if hit is None:
        hit = next((i for i in shots if plans[i].kind == "climax"), shots[-1])
    return hit


def _acted(concept: Concept, plan: ShotPlan, ch: ColourChange, np_) -> None:  # noqa: ANN001
    """The doer's hands at work on the thing in ``plan``: the idea's own verb where it is a hand act ("Oma
    streicht die Tür an", read by ``jobs.hand_work``), else "works on" it; it takes the place of the doer's
    filler acts there."""
    from autark.story.generic_staging import works_on
    from autark.story.hand_acts import hand_act
    from autark.story.verbs import sentence

    doer = ch.doer
    raw = concept.idea.split()
    word = raw[ch.at].strip(".,!?;:'\"").lower() if ch.at < len(raw) else ""
    idle = _IDLE + (("works on", "arbeitet an") if fold(word) in _TURNING else ())  # a spell's hands are no work
    if any(a.startswith(f"{doer} ") and _names(a, np_.noun, ch.target) and not a[len(doer) + 1:].startswith(idle)
           for a in plan.actions):
        return
    particle = raw[-1].strip(".,!?;:'\"").lower() if concept.language == "de" else ""
    particle = particle if particle in ("an", "ein", "um", "aus", "ab", "über") else ""
    act = hand_act(word, particle)
    if fold(word) in _TURNING:  # "turns the crown green", "macht den Apfel rot": no brush does that, a spell does
        thing = np_.acc if concept.language == "de" else np_.nom
        line = sentence("magic", concept.language, a=doer, o=thing, w=thing)
    elif act is not None and act.motion == "rub":
        line = " ".join(w for w in (doer, word, np_.acc if concept.language == "de" else np_.nom, particle) if w)
    else:
        line = works_on(doer, np_.dat if concept.language == "de" else np_.nom, concept.language)
    plan.actions = [a for a in plan.actions if not (a.startswith(f"{doer} ") and a[len(doer) + 1:].startswith(
        idle))] + [line]


def _colour_word(colour: str, lang: str) -> str:
    if lang == "en":
        return colour
    from autark.language.lang import de

    return de.COLORS.get(colour, colour).split()[0]


def recolour_effects(concept: Concept, plans: list[ShotPlan], out: dict[int, list[Effect]]) -> dict[int, list[Effect]]:
    """``out`` (effects by shot plan index) with a ``recolor`` effect for each colour change the idea tells, in
    the shot that stages it, whose doer works on the thing there; a mishap's doer is dismayed in the shot after."""

    for ch in colour_changes(concept):
        if any(e.kind == "recolor" and e.target == ch.target for es in out.values() for e in es):
            continue
        np_ = thing_noun(concept, ch.target) if ch.is_thing else None
        i = _shot_of(concept, plans, ch, np_.noun if np_ is not None else ch.target)
        if i is None:
            continue
        out.setdefault(i, []).append(Effect(kind="recolor", target=ch.target, into=ch.colour, at_s=COLOUR_AT_S,
                                            duration_s=COLOUR_S))
        if ch.doer and np_ is not None:
            _acted(concept, plans[i], ch, np_)
        if not ch.doer:
            plans[i].subject = ch.target  # the leaves turning: the tree fills the frame
        if ch.mishap and ch.doer and np_ is not None and i + 1 < len(plans):  # "Oh no... it is pink!"
            line = _OH_NO[concept.language].format(it=np_.it, colour=_colour_word(ch.colour, concept.language))
            dismayed(plans[i + 1], ch.doer, np_.acc if concept.language == "de" else np_.nom, line,
                     concept.language)
    return out


def _sentence_of(idea: str, word: str) -> str:
    """The idea's sentence that holds ``word`` (the narrator's words for an act read here)."""
    import re

    parts = [p.strip() for p in re.split(r"(?<=[.!?])\s+", idea.strip()) if p.strip()]
    return next((p for p in parts if word in p), idea.strip())


def colour_events(concept: Concept) -> Concept:
    """The concept with an event for each colour change its reader found no event for ("Die Oma streicht die
    Tür gelb an": no story verb is "streicht ... an"): the doer works at the thing (``stand_in``, staged by the
    idea's own verb, ``story.generic_staging``); a change with no doer is watched by the lead ("im Herbst werden
    die Blätter golden"). Without them the story had no event and its doer only danced."""
    from autark.story.events import Event

    raw = concept.idea.split()
    added: list[Event] = []
    for ch in colour_changes(concept):
        if any(e.at == ch.at or ch.doer in e.agents and e.patient == ch.target for e in concept.events):
            continue
        lead = ch.doer or (concept.characters[0].name if concept.characters else "")
        if not lead:
            continue
        word = raw[ch.at].strip(".,!?;:'\"") if ch.at < len(raw) else ""
        verb, kind = ("stand_in", "point") if ch.doer else ("watch", "look")
        added.append(Event(verb=verb, kind=kind, word=word, agents=[lead], patient=ch.target, at=ch.at,
                           told=_sentence_of(concept.idea, word)))
    if not added:
        return concept
    events = sorted([*concept.events, *added], key=lambda e: e.at)
    return concept.model_copy(update={"events": events})
