"""What a body or a thing gives off: "a dragon breathes fire", "the chimney puffs smoke", "der Wasserkessel pfeift
und dampft", "a baby blows soap bubbles", "the fountain sprays water", "das Telefon klingelt", "a robot sings".

The verb reader reads such a clause badly: "breathes" as a talk and "fire" as a campfire set down beside the dragon,
"puffs" as a pie, "blows" as a flight (and an aeroplane to fly), "rings" as a ring, "Rauch" as a counter, "kommt
... heraus" as a walk. This module reads the clause from the idea's words instead:

- an *emission*: a verb that sends something out (breathe, blow, spit, puff, spray, sneeze, speien, spucken,
  pusten, spritzen) with the stuff after it (fire, smoke, steam, bubbles, sparks, water, snow, confetti, light,
  petals), or a verb that is the stuff itself ("steams", "raucht", "qualmt", "sparkles");
- a *sound*: a thing or a body that rings, whistles, sings, plays or buzzes gives off music notes (a visible sign
  of what is heard; a thing also bobs as it does, ``story.thing_acts``' perform);
- an *unexpected outcome*: "tries to breathe fire but only sneezes out confetti", "will Feuer spucken, aber es
  kommt nur Rauch heraus", "tries to conjure a dove but only makes sparks": what comes out is the stuff after the
  turn ("but only", "instead", "aber nur", "doch nur", "stattdessen"); what was tried is *not* shown (no campfire,
  no fire): its stuff is dropped from the things, and its event ends failed.

``settle_emissions`` (run by the analysis with the sounds heard, ``story.heard_sounds``) drops the things and the
acts the stuff's words were misread as; ``emission_effects`` (run with the events' effects, ``story.becoming``)
lays an ``emit`` effect (``autark.story.effects``) on the shot that stages it: its target is who or what gives it
off, its ``into`` the stuff (``STUFFS``); ``autark.jobs.emissions`` draws it as a stream of particles from the
mouth, the hands or the top of the thing.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from autark.assets.templates import fold
from autark.story.word_senses import describing_word

if TYPE_CHECKING:
    from autark.story.concept import ObjectConcept
    from autark.story.events import Event

__all__ = ["STUFFS", "Emission", "read_emissions", "settle_emissions", "EMIT_S", "clause_of", "subject_span", "word_keys",
           "idea_tokens"]

# the stuff given off (the effect's ``into``), by its folded words in both languages (a plural, a compound's head)
STUFFS: dict[str, str] = {
    **dict.fromkeys(("fire", "flames", "flame", "feuer", "flamme", "flammen", "feuerstrahl"), "fire"),
    **dict.fromkeys(("smoke", "rauch", "qualm", "rauchwolken", "rauchwolke", "rauchwoelkchen", "rauchringe",
                     "smoke_rings", "rauchkringel"), "smoke"),
    **dict.fromkeys(("steam", "dampf", "dampfwolken", "wasserdampf"), "steam"),
    **dict.fromkeys(("bubbles", "bubble", "seifenblasen", "seifenblase", "blasen", "blaeschen"), "bubbles"),
    **dict.fromkeys(("sparks", "spark", "funken", "funke", "sparkles", "glitter", "glitzer", "sternchen", "stars"),
                    "sparks"),
    **dict.fromkeys(("water", "wasser", "wasserstrahl", "fontaene", "droplets", "tropfen"), "water"),
    **dict.fromkeys(("snow", "snowflakes", "schnee", "schneeflocken"), "snow"),
    **dict.fromkeys(("confetti", "konfetti"), "confetti"),
    **dict.fromkeys(("notes", "music", "melody", "tune", "song", "noten", "musik", "melodie", "lied", "toene"),
                    "notes"),
    **dict.fromkeys(("light", "licht", "lichtstrahl", "rainbow_light"), "light"),
    **dict.fromkeys(("petals", "blossoms", "bluetenblaetter", "blueten"), "petals"),
    **dict.fromkeys(("flowers", "blumen", "roses", "rosen", "tulips", "tulpen"), "flowers"),
}
# verbs that send the stuff named after them out (folded word starts)
_SENDING = ("breath", "blow", "blew", "spit", "spat", "puff", "spray", "squirt", "spew", "sneez", "cough", "belch",
            "emit", "shoot", "shot", "spurt", "gives_off", "speit", "spie", "speien", "spuck", "pust", "blaes",
            "blas", "spritz", "sprueh", "nies", "hust", "schiess", "stoesst", "stoss", "make", "makes", "made",
            "produc", "kommt", "kommen", "come", "comes", "zauber", "conjur")
# verbs that say the stuff themselves: "the kettle steams", "der Schornstein raucht"
_SELF_STUFF = {**dict.fromkeys(("steams", "steaming", "steamed", "dampft", "dampfen", "dampfte"), "steam"),
               **dict.fromkeys(("smokes", "smoking", "smoked", "raucht", "rauchen", "rauchte", "qualmt", "qualmen",
                                "qualmte", "puffs", "puffing", "puffed"), "smoke"),
               **dict.fromkeys(("sparkles", "sparkling", "funkelt", "funkeln", "sprueht_funken"), "sparks")}
# verbs of a sound a thing or a body makes: music notes come out (folded words)
_SOUNDING = frozenset({"rings", "ring", "ringing", "rang", "klingelt", "klingeln", "klingelte", "laeutet", "laeuten",
                       "laeutete", "bimmelt", "bimmeln", "whistles", "whistle", "whistling", "pfeift", "pfeifen",
                       "pfiff", "sings", "sing", "singing", "sang", "singt", "singen", "chimes", "chime",
                       "buzzes", "buzz", "summt", "summen", "brummt", "hums", "hum", "beeps", "piept", "piepst",
                       "tutet", "hoots", "honks", "hupt", "trillert", "toots", "jingles", "jingle"})
# a thing that sounds by itself only where it is one that can (a singing robot is a body: it sings)
_PLAYS = frozenset({"plays", "play", "spielt", "spielen"})
# the turn after which what comes out is the outcome, not what was tried
_TURNS = frozenset({"but", "aber", "doch", "instead", "stattdessen", "statt", "anstatt", "only", "nur", "bloss"})
_CLAUSE_ENDS = frozenset({"and", "und", "then", "dann", "but", "aber", "doch", "until", "bis", "while", "waehrend",
                          "when", "als", "because", "weil", "so", "as", "wie", "instead", "stattdessen"})
# the words that send a thing out of where it comes from: "out of his hat", "aus seinem Zauberstab"
_OUT_OF = frozenset({"from", "aus", "of"})
# verbs that send stuff out only as an outcome ("but only makes sparks", "aber es kommen nur Funken"): "makes a
# fire" alone is a fire made, "kommt" alone a coming
_OUTCOME_ONLY = ("make", "made", "mach", "produc", "kommt", "kommen", "come", "conjur", "zauber")
_MOUTH = ("breath", "blow", "blew", "spit", "spat", "puff", "sneez", "cough", "belch", "speit", "spie", "speien",
          "spuck", "pust", "blaes", "blas", "nies", "hust", "sing", "sang", "whistl", "pfeif", "pfiff", "summ", "hum")
EMIT_S = 3.0  # how long a stream of stuff comes out in its shot
# words that begin like a verb of sending and are none: "spielt" (plays) is no "spie" (spat out)
_NOT_SENDING = ("spiel", "spiess", "blass", "shotgun")


@dataclass
class Emission:
    """One emission read from the idea: the word index of its verb, the stuff (``STUFFS``' values), the word index
    of the one or the thing that gives it off (-1: the idea's first body), ``mouth`` when it comes from the mouth,
    and the word indices of what was tried instead (the first fire of "tries to breathe fire but only ...")."""

    verb_at: int
    stuff: str
    source_at: int = -1
    mouth: bool = False
    out_of: int = -1  # "aus seinem Hut": the thing it comes out of
    stuff_at: list[int] = field(default_factory=list)
    tried: list[int] = field(default_factory=list)
    tried_verbs: list[int] = field(default_factory=list)  # the verbs of the try ("breathe", "zaubern")
    sound: bool = False


def idea_tokens(text: str) -> list[str]:
    return re.findall(r"\w+(?:'\w+)?|[^\w\s]", text)


def clause_of(folded: list[str], at: int) -> tuple[int, int]:
    """The word span of the clause around ``at``: from after the last clause end before it to the next one."""
    lo = at
    while lo > 0 and folded[lo - 1] not in _CLAUSE_ENDS and folded[lo - 1][:1].isalnum():
        lo -= 1
    hi = at
    while hi + 1 < len(folded) and folded[hi + 1] not in _CLAUSE_ENDS and folded[hi + 1][:1].isalnum():
        hi += 1
    return lo, hi


def _stuff_of(folded: list[str], k: int) -> str:
    w = folded[k]
    if w in STUFFS:
        return STUFFS[w]
    if w == "soap" and k + 1 < len(folded) and folded[k + 1].startswith("bubble"):
        return "bubbles"
    return next((s for head, s in STUFFS.items() if len(head) > 4 and w.endswith(head) and len(w) > len(head) + 2), "")


def read_emissions(tokens: list[str]) -> list[Emission]:
    """The emissions the idea's words tell (see the module doc), in order."""
    folded = [fold(t) for t in tokens]
    stuff_at = [k for k in range(len(folded)) if _stuff_of(folded, k)]
    out: list[Emission] = []
    taken: set[int] = set()
    for k, w in enumerate(folded):
        if not w[:1].isalpha() or k in taken or tokens[k][:1].isupper() and k > 0 and tokens[k - 1] not in ".!?":
            continue  # a noun ("Zauberer", "Rauch") or a name is no verb
        if k > 0 and folded[k - 1] in _FUNCTION or k > 1 and folded[k - 2] in _FUNCTION and describing_word(
                folded[k - 1]):  # (and after a describing word there: "drops her golden ring", story.word_senses)
            continue  # "drops her ring", "the whistle": after an article or a possessive a noun, no verb
        lo, hi = clause_of(folded, k)
        if w in _SELF_STUFF:  # "puffs white smoke": the smoke named after it is its stuff's word
            out.append(Emission(k, _SELF_STUFF[w], mouth=False, stuff_at=[
                j for j in range(k + 1, hi + 1) if _stuff_of(folded, j) == _SELF_STUFF[w]][:1]))
        elif w in _SOUNDING or w in _PLAYS and any(_stuff_of(folded, j) == "notes" for j in range(k + 1, hi + 1)):
            out.append(Emission(k, "notes", mouth=w.startswith(_MOUTH), sound=True))  # "plays ball": no music
        elif w.startswith(_SENDING) and not w.startswith(_NOT_SENDING) and not (k > 0 and tokens[k - 1] == "-") and not (
                w.startswith(_OUTCOME_ONLY) and not any(f in _TURNS for f in folded[:k])
                and not w.startswith(("conjur", "zauber"))):  # "fire-breathing" names a kind of dragon
            # the stuff named in its clause (after it, or before it: "Feuer zu spucken", "Feuer speien")
            near = [j for j in stuff_at if lo <= j <= hi and j != k and j not in taken]
            if not near:
                continue
            j = min(near, key=lambda j: (j < k, abs(j - k)))
            out.append(Emission(k, _stuff_of(folded, j), mouth=w.startswith(_MOUTH), stuff_at=[j]))
            taken.add(j)
        else:
            continue
        em = out[-1]
        em.out_of = _out_of(tokens, folded, k, hi)
    return _with_outcomes(out, folded, stuff_at)


_FUNCTION = frozenset({"of", "his", "her", "its", "their", "the", "a", "an", "seinem", "seiner", "ihrem", "ihrer",
                       "dem", "der", "einem", "einer", "den"})


def _out_of(tokens: list[str], folded: list[str], k: int, hi: int) -> int:
    """The word index of the thing named after "out of", "from", "aus" in the clause after ``k`` (-1: none)."""
    for j in range(k + 1, hi):
        if folded[j] in _OUT_OF:
            return next((n for n in range(j + 1, min(hi, j + 4) + 1) if folded[n] not in _FUNCTION), -1)
    return -1


def _with_outcomes(out: list[Emission], folded: list[str], stuff_at: list[int]) -> list[Emission]:
    """Where a turn ("but only", "aber nur", "instead") follows a try, the stuff after it is what comes out: the
    try's stuff (or the thing tried, "conjure a dove") is marked tried and its emission is dropped."""
    turn = next((k for k, w in enumerate(folded) if w in _TURNS and k > 0), -1)
    if turn < 0:
        return out
    after = [e for e in out if e.verb_at > turn or any(j > turn for j in e.stuff_at)]
    loose = [j for j in stuff_at if j > turn and not any(j in e.stuff_at for e in out)]
    if not after and loose:  # "aber es kommt nur Rauch heraus": the stuff with no verb of ours
        after = [Emission(loose[0], _stuff_of(folded, loose[0]), stuff_at=[loose[0]])]
        out.append(after[0])
    if not after:
        return out
    before = [e for e in out if e not in after]
    tried = sorted({j for e in before for j in e.stuff_at} | {j for j in stuff_at if j < turn and not any(
        j in e.stuff_at for e in after)})
    tried_verbs = [e.verb_at for e in before]
    tries: list[int] = []
    if not tried:  # "tries to conjure a dove but only makes sparks": the noun after the try's verb
        tries = [k for k, w in enumerate(folded[:turn]) if w.startswith(("conjur", "zauber", "make", "mach",
                                                                            "shoot", "schiess", "breath", "spei"))]
        if tries:  # the noun after it ("conjure a dove"), else before it ("einen Regenbogen zaubern")
            t = tries[-1]
            nouns = [n for n in (*range(t + 1, turn), *range(t - 1, max(-1, t - 4), -1))
                     if folded[n][:1].isalpha() and folded[n] not in _FUNCTION | _CLAUSE_ENDS | _TURNS
                     and not folded[n].startswith(("try", "tries", "versuch", "will", "want"))]
            tried, tries = nouns[:1], [t]
    for e in after:
        e.tried = tried
        if before:
            e.source_at = e.source_at if e.source_at >= 0 else -1
            e.mouth = e.mouth or any(b.mouth for b in before)
        e.tried_verbs = tried_verbs or tries
    return after


def _word_index(objects: list[ObjectConcept], folded: list[str]) -> dict[int, ObjectConcept]:
    return {k: o for k, w in enumerate(folded) for o in objects if fold(o.word) == w}


def settle_emissions(objects: list[ObjectConcept], events: list[Event], tokens: list[str], unknown: list[str],
                     warnings: list[str]) -> tuple[list[ObjectConcept], list[Event], list[str]]:
    """``objects``, ``events`` and ``unknown`` with the stuff of each emission no thing (no campfire for "breathes
    fire", no pie for "puffs"), a thing tried and not come out dropped, the acts read from the stuff's words or
    from a coming out dropped, and the emission's verb no act on the stuff; the try's event ends failed."""
    ems = read_emissions(tokens)
    if not ems:
        return objects, events, unknown
    folded = [fold(t) for t in tokens]
    stuff_at = {j for e in ems for j in (*e.stuff_at, *e.tried)}
    verb_at = {e.verb_at for e in ems} | {j for e in ems for j in e.tried_verbs}
    tried_verbs = {j for e in ems for j in e.tried_verbs}
    sung = {e.verb_at for e in ems if e.sound and not e.tried_verbs}
    # only the emissions' own words: "spray water on the fire" keeps the fire they put out
    words = {folded[j] for j in stuff_at | verb_at}
    if any(e.stuff == "bubbles" for e in ems):
        words.add("soap")
    dropped = {o.type for o in objects if fold(o.word) in words}
    used = {t for ev in events if ev.at not in verb_at for t in (ev.patient, ev.instrument, ev.to_thing)}
    if any(ev.at in verb_at and ev.verb in ("fly", "ride", "drive") for ev in events):
        # what a flight read from "blows" brought (an aeroplane the idea never named)
        dropped |= {o.type for o in objects if fold(o.word) not in folded and o.type not in used}
    tried_spans = [(clause_of(folded, min(e.tried + e.tried_verbs))[0], max(e.tried + e.tried_verbs))
                   for e in ems if e.tried or e.tried_verbs]
    kept: list[Event] = []
    for ev in events:
        if any(lo <= ev.at <= hi for lo, hi in tried_spans) and ev.agents:
            ev.outcome = "failed"  # "will Feuer speien, doch ...": the wish to breathe fire does not come true
        if ev.at in stuff_at - verb_at:
            continue  # "water" read as watering, "sparks" as lighting
        for slot in ("patient", "instrument", "to_thing"):
            if getattr(ev, slot) in dropped:
                setattr(ev, slot, "")
        if ev.at in sung and ev.kind != "look" or ev.at in verb_at and ev.kind == "play":  # (an instrument blown)
            kept.append(ev)  # "the parrot sings", "ein Vogel singt": the body's own act, its notes come with it
            continue
        if ev.at in verb_at or ev.patient_is_thing and not ev.patient and ev.verb in ("walk", "arrive"):
            if not ev.agents and not ev.patient:
                continue  # "es kommt nur Rauch heraus": nobody comes
            if ev.at in tried_verbs:
                ev.outcome = "failed"  # the dragon's fire does not come
            if ev.agents and ev.kind == "pour":
                kept.append(ev)  # "the firefighters spray water": their hands at it (the stream from the hands)
                continue
            conjured = fold(ev.word).startswith(("zauber", "conjur")) or ev.kind == "magic"
            ev.verb, ev.kind, ev.line, ev.then = ("magic" if conjured else "look",) * 2 + ("", "")
        kept.append(ev)
    kept = _things_giving_off(ems, [o for o in objects if o.type not in dropped], kept, tokens, folded)
    unknown = [u for u in unknown if fold(u) not in words and not fold(u).startswith(_SENDING)]
    warnings[:] = [w for w in warnings if not any(f"'{t}'" in w for t in (*dropped,))]
    return [o for o in objects if o.type not in dropped], kept, unknown


def subject_span(folded: list[str], at: int, known: set[str]) -> tuple[int, int]:
    """Where the giver of the verb at ``at`` is named: its clause up to it, or the clause before an "and" that
    names nobody ("the kettle whistles and steams")."""
    lo, _hi = clause_of(folded, at)
    while lo > 1 and folded[lo - 1] in ("and", "und") and not any(folded[j] in known for j in range(lo, at)):
        lo = clause_of(folded, lo - 2)[0]
    return lo, at


def word_keys(word: str) -> set[str]:
    """The folded words one names a thing or a body by: the whole word and its last ("steam train": train)."""
    parts = fold(word).replace("_", " ").split()
    return {fold(word), parts[-1]} if parts else {fold(word)}


def _things_giving_off(ems: list[Emission], objects: list[ObjectConcept], events: list[Event], tokens: list[str],
                       folded: list[str]) -> list[Event]:
    """A thing named before the verb that gives something off does it (the kettle steams, not Grandma who was
    read as steaming); where the verb was read as no event at all ("the phone rings": a ring), it gets one."""
    from autark.story.events import Event

    things = {k: o.type for o in objects for k in word_keys(o.word)}
    for em in ems:
        lo, at = subject_span(folded, em.verb_at, set(things))
        if em.tried or any(folded[j] not in things and folded[j] in {fold(a) for ev in events for a in ev.agents}
                           for j in range(lo, at)):
            continue
        thing = next((things[folded[j]] for j in range(lo, at) if folded[j] in things), "")
        if not thing:
            continue
        ev = next((e for e in events if e.at == em.verb_at), None)
        if ev is None:
            ev = Event(verb="sing" if em.sound else "look", kind="look", word=tokens[em.verb_at], at=em.verb_at)
            events = sorted([*events, ev], key=lambda e: e.at)
        ev.agents, ev.patient, ev.patient_is_thing, ev.thing_does_it = [], thing, True, True
        if em.sound:
            ev.verb = "sing"  # it sounds by itself: it bobs and is clapped (story.thing_acts)
    return events
