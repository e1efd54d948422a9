"""A deed no act of its own stages, staged by its kind: the verb's WordNet class (``story.verb_classes``) on the
event's thing and the people it involves, so that no event ends as people standing while the narrator tells it.

    verb.contact, verb.creation, verb.change  hands at work on the thing ("works on", read by jobs.hand_work);
                                              a change's or a making's result is the effects' (story.effects)
    verb.motion        the doer goes to the thing or the goal (runs where the verb is a fast one)
    verb.possession    the thing is taken up (picked up; a thing too big to lift is worked at)
    verb.consumption   eaten (drunk where it is a drink)
    verb.communication, verb.social
                       talking to the one it is with, facing them (with the thing pointed at)
    verb.perception    looking at the thing, then a reaction (a point at it)
    verb.competition   the contest: fighting the other, playing the thing
    verb.emotion       the feeling acted: a laugh for joy, a cry for grief, a hug for love
    verb.body          the body's pose: lying down, sitting, kneeling, a jump

``misnamed`` says where a story verb read from the word would misname the deed: its act is a look, a talk, a
point or a wave, while the word's class is a deed of the hands or the body ("joins a tournament" is no wave,
"pflügt" no point, "zeigt ... den Film" no talk, "joins a chess club" no wave at the board: gone to and played). Those events are staged here too
(``story.generic_staging`` asks both).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from autark.story.verbs import sentence

if TYPE_CHECKING:
    from autark.story.events import Event

__all__ = ["deed_class", "misnamed", "class_actions", "clause_particle", "third_person", "DEED_CLASSES"]

# the classes of a deed one sees done by hands or body (not a look, a thought, words or a state)
DEED_CLASSES = frozenset({"verb.contact", "verb.creation", "verb.change", "verb.motion", "verb.possession",
                          "verb.consumption", "verb.competition", "verb.body"})
# act kinds that show no deed: a deed read as one of them is misnamed
_IDLE_KINDS = frozenset({"look", "talk", "point", "wave", "think"})
# the story verbs that many words reach by a loose likeness (a meeting, a lesson, a point, a wave, a talk, a
# look, a thought): their act is checked against the word's class. The others' look or point is their own
# staging's start (a melt's effect, a search, a chess game's thinking) and is left to them.
_LOOSE = frozenset({"stand_in", "meet", "befriend", "teach", "order", "point", "wave", "talk", "look", "think"})
_EMOTION_ACT = (("lov", "hug"), ("ador", "hug"), ("mourn", "cry"), ("griev", "cry"), ("weep", "cry"),
                ("fear", "hide"), ("dread", "hide"))
_BODY_ACT = (("nap", "sleep"), ("rest", "lie"), ("lie", "lie"), ("sit", "sit"), ("kneel", "kneel"),
             ("crouch", "kneel"), ("stretch", "jump"), ("shiver", "shake_head"), ("yawn", "sleep"))
_FAST = ("race", "rush", "dash", "sprint", "hurry", "bolt", "zoom", "speed", "flee", "charge")
_DRINKS = frozenset({"cup", "mug", "glass", "bottle", "milk", "tea", "coffee", "juice", "water", "lemonade"})


def third_person(word: str) -> str:
    """An English verb as one person does it ("polishing", "polish" -> "polishes"; "polishes" stays), for an
    action sentence written with the idea's own verb ("keeps polishing", "the twins polish")."""
    from autark.language import wordnet
    from autark.story.verb_number import singular_en

    w = word.lower()
    if w.endswith("s") and not w.endswith(("ss", "sh", "ch")):
        return w
    return singular_en(next(iter(wordnet.base_forms(w, "verb")), w))


def clause_particle(ev: Event) -> str:
    """A German separable verb's particle: the last word of the event's clause ("packt ein Geschenk aus")."""
    from autark.story.verbs import particles

    words = ev.told.rstrip(".!?").split()
    last = words[-1].lower() if len(words) > 1 else ""
    return last if last in particles() else ""


_particle = clause_particle


def deed_class(ev: Event, lang: str) -> str:
    """The WordNet class of the event's verb as the idea wrote it ("" where it is not known)."""
    from autark.story.verb_classes import verb_class

    return verb_class(ev.word, lang, _particle(ev) if lang == "de" else "") if ev.word else ""


def _english(ev: Event, lang: str) -> tuple[str, ...]:
    from autark.story.verb_classes import english_verbs

    return english_verbs(ev.word.lower(), lang, _particle(ev) if lang == "de" else "") if ev.word else ()


def misnamed(ev: Event, lang: str) -> bool:
    """Whether the event's story verb would stage a look, a talk, a point or a wave for a word whose
    class is a deed (see the module's docstring); only for an event someone does."""
    if not ev.agents or ev.thing_does_it or ev.outcome or ev.verb not in _LOOSE or ev.kind not in _IDLE_KINDS:
        return False
    cls = deed_class(ev, lang)  # a showing staged as a talk misnames it too ("zeigt ihm den Film": watched)
    if ev.kind == "wave":  # a meeting or a greeting of someone is theirs ("meets a dragon", "trifft einen
        # Drachen": they go to each other); only a wave at a thing misnames a deed ("joins a chess club")
        return ev.patient_is_thing and bool(ev.patient) and (cls in DEED_CLASSES or cls == "verb.social")
    return cls in DEED_CLASSES or (cls == "verb.perception" and ev.kind == "talk" and bool(ev.recipient))


def _from_table(words: tuple[str, ...], table: tuple[tuple[str, str], ...], default: str) -> str:
    return next((act for w in words for stem, act in table if w.startswith(stem)), default)


def class_actions(ev: Event, lang: str, actors: list[str], things: tuple[str, str], works_on: str,
                  lifted: bool) -> list[str] | None:
    """The doers' acts for the event by its verb's class, or None where the class is one of the hands (contact,
    creation, change) or unknown: those are hands at work on the thing (``works_on``, the caller's). ``things``:
    the thing (or person) it is done to as the sentences write it (accusative, dative); ``lifted``: whether it can
    be picked up. (The caller reads both: this module imports nothing of the staging, which imports it.)"""
    cls = deed_class(ev, lang)
    acc, dat = things
    partner = ev.recipient or ev.partner or ("" if ev.patient_is_thing else ev.patient)
    english = _english(ev, lang)
    out: list[str] = []
    ball = ev.patient_is_thing and ev.patient.endswith("ball")
    for i, a in enumerate(actors[:4]):
        other = partner or (actors[(i + 1) % len(actors)] if len(actors) > 1 else "")
        at_it = f"{a} {works_on.split(' ', len(actors[0].split()))[-1]}" if works_on else ""  # this doer's
        if ball and cls not in ("verb.consumption", "verb.perception", "verb.possession"):
            out.append(sentence("throw", lang, a=a, o=acc))  # a ball a verb no act knows is done to is played
        elif cls == "verb.motion":
            kind = "run" if any(w.startswith(_FAST) for w in english) else "walk"
            out.append(sentence(kind, lang, a=a, o=dat, w=dat) if dat else sentence(kind, lang, a=a))
        elif cls == "verb.possession" and ev.patient:
            if lifted and ev.patient_is_thing:
                out.append(sentence("pick_up", lang, a=a, o=acc))
            else:
                out.append(at_it or sentence("kneel", lang, a=a, o=dat, w=dat))
        elif cls == "verb.consumption" and ev.patient and ev.patient_is_thing:
            out.append(sentence("drink" if ev.patient in _DRINKS else "eat", lang, a=a, o=acc))
        elif cls == "verb.social" and acc and ev.patient_is_thing:  # "joins a chess club": to it, down at it
            # (a "play" with a thing lifts it like a toy: the board was held over the head; "works on" it left
            # two girls standing by the board in a draft)
            out += [sentence("walk", lang, a=a, o=dat, w=dat), sentence("kneel", lang, a=a, o=dat, w=dat)]
        elif cls in ("verb.communication", "verb.social") and other:
            out.append(sentence("talk", lang, a=a, o=other, w=other))
            if acc and i == 0 and other:  # what it is about, shown
                out.append(sentence("point", lang, a=a, o=acc))
        elif cls == "verb.perception" and ev.recipient and i == 0:  # shown to someone: pointed out, they look
            out.append(sentence("point", lang, a=a, o=acc or ev.recipient))
            out.append(sentence("look", lang, a=ev.recipient, o=acc or a))
        elif cls == "verb.perception":
            out.append(sentence("look", lang, a=a, o=acc) if acc else sentence("look", lang, a=a))
            if i == 0:
                out.append(sentence("point", lang, a=a, o=acc) if acc else sentence("nod", lang, a=a))
        elif cls == "verb.competition":
            if other and other in actors:
                out.append(sentence("fight", lang, a=a, o=other, w=other))
            else:
                out.append(sentence("play", lang, a=a, o=acc) if acc else sentence("jump", lang, a=a))
        elif cls == "verb.emotion":
            kind = _from_table(english, _EMOTION_ACT, "laugh")
            out.append(sentence(kind, lang, a=a, o=other or acc, w=other or acc))
        elif cls == "verb.body":
            kind = _from_table(english, _BODY_ACT, "kneel")
            out.append(sentence(kind, lang, a=a, o=dat, w=dat) if kind == "kneel" and dat else
                       sentence(kind, lang, a=a))
        else:
            return None
    return out
