"""Forces of nature that act on a thing: "until a huge wave washes the sand castle away", "the current carries
the boat off", "eine Lawine begräbt die Hütte", "ein Blitz schlägt in die Scheune ein", "der Sturm trägt das Zelt
davon". The subject is a word nobody plays (``story.uncast``); what it does is drawn on the thing it acts on,
whatever verb the idea used for it, because the force decides what becomes of the thing:

- air (wind, gust, storm, tornado; Wind, Böe, Sturm): a thing one can lift flies off and away (``float_away``); a
  big one (a tree, a tower, a barn) is knocked down and breaks apart (``break``);
- water (wave, flood, tide, river, current; Welle, Flut, Fluss, Strömung): what is built of sand, snow or glass,
  and a building or bridge, breaks apart; anything else is carried off along the ground (``wash_away``);
- what buries (avalanche, landslide, snow, blizzard, lava; Lawine, Erdrutsch, Schnee): the thing is gone under it
  (``vanish``);
- lightning and fire (Blitz, Feuer, Brand): it burns; an earthquake (Erdbeben): it breaks apart.

The force is read from the event's subject, or from the nearest noun before its verb in the same clause ("a
huge wave washes it away": the describing word is no subject). A force noun the event reader took for a verb of
its own ("a wave" as waving) is dropped: it is the subject of the next act, not an act.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from autark.assets.templates import fold
from autark.story.effects import Effect
from autark.story.german_nouns import subject_after_pronoun
from autark.story.thing_acts import height_m

if TYPE_CHECKING:
    from autark.story.concept import ObjectConcept
    from autark.story.events import Event

__all__ = ["FORCES", "AIR", "WATER", "BURY", "FIRE", "QUAKE", "force_of", "force_effect", "forces_act"]

AIR, WATER, BURY, FIRE, QUAKE = "air", "water", "bury", "fire", "quake"
# the force each word names (folded); German compounds are read by their last part ("Flutwelle", "Sturmböe")
FORCES: dict[str, str] = {
    **dict.fromkeys(("wind", "winds", "gust", "gusts", "storm", "storms", "tornado", "twister", "hurricane",
                     "whirlwind", "gale", "breeze", "cyclone", "typhoon", "squall", "draught", "draft", "windstoss",
                     "windstoß", "boe", "böe", "boen", "böen", "sturm", "orkan", "wirbelsturm", "wirbelwind",
                     "windhose", "brise", "taifun", "zugluft"), AIR),
    **dict.fromkeys(("wave", "waves", "flood", "floods", "tide", "river", "current", "stream", "sea", "ocean",
                     "water", "torrent", "surf", "tsunami", "brook", "waterfall", "welle", "wellen", "flut",
                     "hochwasser", "fluss", "strömung", "stromung", "meer", "wasser", "brandung", "bach",
                     "springflut", "sturmflut", "wasserfall", "gischt"), WATER),
    **dict.fromkeys(("avalanche", "landslide", "mudslide", "rockslide", "snow", "snowstorm", "blizzard", "lava",
                     "sandstorm", "sand", "mud", "ash", "lawine", "erdrutsch", "schnee", "schneesturm", "lava",
                     "sandsturm", "schlamm", "geröll", "geroll", "asche", "mure", "schneelawine"), BURY),
    **dict.fromkeys(("lightning", "bolt", "thunderbolt", "fire", "blaze", "flames", "flame", "wildfire", "inferno",
                     "blitz", "blitzschlag", "feuer", "brand", "flammen", "flamme", "waldbrand", "funke", "spark"),
                    FIRE),
    **dict.fromkeys(("earthquake", "quake", "tremor", "erdbeben", "beben", "erdstoß", "erdstoss"), QUAKE),
}
FORCES = {fold(k): v for k, v in FORCES.items()}  # "Strömung" is looked up as fold spells it
_GERMAN_ENDS = ("welle", "flut", "sturm", "böe", "boe", "wind", "lawine", "beben", "blitz", "brand", "feuer",
                "strömung", "rutsch")
_STOPS = frozenset({"and", "but", "until", "then", "while", "when", "because", "as", "wie", "und", "aber", "bis", "dann",
                    "während", "als", "weil", "doch", "so", "that", "which"})
_STOPS = frozenset(fold(w) for w in _STOPS)
_BACK = 4  # how many words before its verb a force may stand and still be its subject
# the things built of what water or wind takes apart: sand, snow, ice, glass, paper (asset types, with those that
# break when they fall, story.thing_acts)
_CRUMBLE = frozenset({"sand_castle", "sandcastle", "snowman", "igloo", "card_house", "house_of_cards", "bridge",
                      "dam", "wall", "fence", "hut", "house", "tent", "barn", "shed", "tower", "castle_tower"})
_BIG_M = 2.0  # a thing this tall is not blown off: the wind knocks it over


def force_of(word: str) -> str:
    """The force a word names ("" for none): "Flutwelle" is water, "Sturmböe" air."""
    w = fold(word).strip("'")
    if w in FORCES:
        return FORCES[w]
    if len(w) > 6:
        end = next((e for e in _GERMAN_ENDS if w.endswith(fold(e))), "")
        return FORCES.get(fold(end), "") if end else ""
    return ""


def _subject_before(tokens: list[str], at: int) -> tuple[int, str]:
    """The force word nearest before the verb at ``at`` in its clause: (its index, the word); (-1, "") if none."""
    for k in range(at - 1, max(-1, at - 1 - _BACK), -1):
        w = fold(tokens[k])
        if w in _STOPS:
            break
        if force_of(tokens[k]):
            return k, tokens[k]
    return -1, ""


def _opens_clause(tokens: list[str], k: int) -> bool:
    """Whether the word at ``k`` is a force that opens its clause as its subject: after an article and at most
    two describing words, at the idea's start or after a clause word ("bis der Wind", "and a gust"), not after a
    preposition ("in the snow builds": the snow is where, not who)."""
    if not force_of(tokens[k]):
        return False
    j = k - 1
    while j >= 0 and k - j <= 3 and fold(tokens[j]) not in _ARTICLES and tokens[j][:1].islower():
        j -= 1
    return j >= 0 and fold(tokens[j]) in _ARTICLES and (j == 0 or fold(tokens[j - 1]) in _STOPS)


_ARTICLES = frozenset({"a", "an", "the", "ein", "eine", "der", "die", "das"})


def forces_act(objects: list[ObjectConcept], events: list[Event],
               tokens: list[str]) -> tuple[list[ObjectConcept], list[Event]]:
    """``objects`` and ``events`` with a force of nature read as the subject of the act that follows it (see the
    module doc): its word is the event's ``subject``, and a force noun read as an act of its own ("a wave" as
    waving) is dropped; a fire that burns a thing burns that thing, not a campfire set beside it."""
    objects, events = _fire_burns_the_thing(objects, events, tokens)
    subjects: set[int] = set()
    for ev in events:
        if ev.agents and ev.patient and ev.patient_is_thing and 0 < ev.at < len(tokens) and _opens_clause(
                tokens, ev.at - 1):  # "Ein Windstoß reißt dem Opa den Hut vom Kopf": the gust does it, to Opa
            ev.source, ev.agents = ev.source or ev.agents[0], []
        after = subject_after_pronoun(tokens, ev.at, len(ev.agents)) if ev.agents else -1
        if after >= 0 and force_of(tokens[after]):  # "doch dann spült sie das Meer weg": the sea, not 'sie'
            ev.agents, ev.subject, ev.subject_at = [], tokens[after], after
        if ev.agents or not ev.patient or not ev.patient_is_thing or not 0 <= ev.at < len(tokens):
            continue
        k, word = (ev.subject_at, ev.subject) if force_of(ev.subject) else _subject_before(tokens, ev.at)
        if not word:
            continue
        ev.subject, ev.subject_at = word, k
        ev.thing_does_it = False
        subjects.add(k)
    return objects, [e for e in events if not (e.at in subjects and not e.patient and not e.agents)]


_PRONOUNS = frozenset({"it", "them", "ihn", "sie", "es"})


def _fire_burns_the_thing(objects: list[ObjectConcept], events: list[Event],
                          tokens: list[str]) -> tuple[list[ObjectConcept], list[Event]]:
    """"a fire burns the old barn down", "the flood carries it off": the force is the subject, what it acts on is
    the thing named after the verb (or the one before it that "it" points back to); the thing the force's own
    word was read as (a campfire for "fire", a floodlight for "flood") is no thing of the story."""
    for word_at, word in enumerate(tokens):
        if not force_of(word):
            continue
        own = next((o for o in objects if fold(o.word) == fold(word)), None)
        ev = next((e for e in events if 0 < e.at - word_at <= 3 and not e.agents), None)
        if own is None or ev is None or ev.patient != own.type:
            continue
        after = [fold(t) for t in tokens[ev.at + 1:ev.at + 1 + _BACK + 2]]
        acted = next((o for o in objects if o is not own and fold(o.word) in after), None)
        if acted is None and after and after[0] in _PRONOUNS:  # "carries it off": the thing named before
            before = {fold(t): i for i, t in enumerate(tokens[:word_at])}
            acted = max((o for o in objects if o is not own and fold(o.word) in before),
                        key=lambda o: before[fold(o.word)], default=None)
        if acted is None:
            continue
        ev.patient, ev.patient_is_thing, ev.subject, ev.subject_at = acted.type, True, word, word_at
        ev.thing_does_it = False
        if not any(e.patient == own.type or e.instrument == own.type for e in events):
            objects = [o for o in objects if o is not own]
    return objects, events


def force_effect(ev: Event) -> Effect | None:
    """What a force of nature does to the thing it acts on (None: no force, or no thing)."""
    force = force_of(ev.subject)
    if not force or ev.agents or not ev.patient or not ev.patient_is_thing:
        return None
    thing = ev.patient
    if force == BURY:
        return Effect(kind="vanish", target=thing, at_s=1.2)
    if force == FIRE:
        return Effect(kind="burn", target=thing, at_s=0.4, duration_s=3.0)
    if force == QUAKE:
        return Effect(kind="break", target=thing, at_s=0.6, duration_s=0.3)
    if force == AIR:  # a tent or a car is lifted off; a tree or a tower stays rooted and is knocked down
        return (Effect(kind="break", target=thing, at_s=0.8, duration_s=0.3) if height_m(thing) >= _BIG_M
                else Effect(kind="float_away", target=thing, at_s=0.8, duration_s=4.0))
    if thing in _FLOATS:
        return Effect(kind="wash_away", target=thing, at_s=0.8, duration_s=3.5)
    if thing in _CRUMBLE or _is_building(thing):
        return Effect(kind="break", target=thing, at_s=0.8, duration_s=0.3)
    return Effect(kind="wash_away", target=thing, at_s=0.8, duration_s=3.5)


# what floats on water and is carried off whole (not broken), though a fall would break it (asset types)
_FLOATS = frozenset({"boat", "raft", "canoe", "kayak", "rowboat", "surfboard", "bottle", "ship", "sailboat"})


def _is_building(thing: str) -> bool:
    from autark.assets import library

    try:
        return library.get(thing).category == "architecture"
    except KeyError:
        return False
