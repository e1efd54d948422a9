"""Narrative: a concept -> a story in five beats (setup, inciting moment, rising action, climax, resolution),
scaled to the film's length, with seeded variation; and ``plan``, the whole way from an idea to a screenplay.

The same (idea, duration, seed) always gives the same story: the only randomness is a ``random.Random``
seeded from the seed and the idea text.
"""

from __future__ import annotations

import random
import re

from autark.assets.templates import load_setting
from autark.config import LLMConfig
from autark.errors import LimitExceeded, NotUnderstood
from autark.limits import MAX_SEED, MIN_FILM_S, current, raise_hint
from autark.story.analysis import Concept, analyze
from autark.story.beats import (
    ACTION_KIT,
    KITS,
    RESOLUTION,
    RISING_EXTRA,
    SETUP,
    VERBS,
    WHEN,
)
from autark.story.cast import display_noun
from autark.story.casting import CAST_SPOTS, PROP_SPOTS, cast_of, story_props
from autark.story.floods import lay_floods
from autark.story.idea_marks import indefinite_en
from autark.story.narrator import shorten as _shorten
from autark.story.screenplay import CastMember, DialogueLine, Prop, Screenplay, Shot
from autark.story.story_layout import screenplay_from_story
from autark.story.story_model import Beat, BeatKind, Story
from autark.story.world_changes import change_beat, read_changes

__all__ = ["BeatKind", "Beat", "Story", "shot_count", "develop", "plan"]

WORDS_PER_S = 2.6  # a calm speaking pace; a line must fit its shot

_SHOT_STYLE: dict[str, tuple[list[str], list[str]]] = {  # beat -> (sizes, camera moves) to pick from
    "setup": (["wide"], ["crane", "pan", "dolly", "orbit", "static"]),
    "inciting": (["medium", "wide"], ["dolly", "static", "zoom", "pan"]),
    "rising": (["medium", "over-the-shoulder", "wide"], ["follow", "truck", "dolly", "static"]),
    "climax": (["close-up", "medium"], ["dolly", "zoom", "orbit", "static"]),
    "resolution": (["wide", "medium"], ["crane", "orbit", "pan", "static"]),
}
_BEAT_WEIGHT = {"setup": 1.2, "inciting": 1.0, "rising": 1.0, "climax": 1.3, "resolution": 1.2}
_ARTICLES = {  # German: nominative, accusative, dative, indefinite accusative
    "m": ("der", "den", "dem", "einen"), "f": ("die", "die", "der", "eine"), "n": ("das", "das", "dem", "ein"),
}


def shot_count(duration_s: float, rng: random.Random) -> int:
    """About 5 shots for 30 s and 12 for 120 s: shots grow longer as films grow longer, +-1 by seed."""
    base = duration_s / (4.0 + duration_s / 20.0)
    return max(3, round(base) + rng.choice((-1, 0, 0, 1)))


def _beat_kinds(n: int) -> list[str]:
    if n == 3:
        return ["setup", "climax", "resolution"]
    if n == 4:
        return ["setup", "inciting", "climax", "resolution"]
    head = ["setup", "setup", "inciting"] if n >= 9 else ["setup", "inciting"]
    tail = ["climax", "climax", "resolution"] if n >= 12 else ["climax", "resolution"]
    return head + ["rising"] * (n - len(head) - len(tail)) + tail


def _cards(duration_s: float) -> tuple[float, float]:
    return round(min(4.0, max(1.5, 0.08 * duration_s)), 1), round(min(4.0, max(1.5, 0.06 * duration_s)), 1)


class _Words:
    """Fills the placeholders of beat lines for one story (names, the object with its articles, place)."""

    def __init__(self, concept: Concept, kit_obj: str, cast: list[CastMember]) -> None:
        self.lang = concept.language
        de = self.lang == "de"
        from autark.story.wording import people

        persons = people(concept, cast)  # the words say "the bear", never "Bear" (cast names stay for actions)
        self.names = {"hero": cast[0].name, "other": cast[1].name if len(cast) > 1 else cast[0].name}
        hero = persons[cast[0].name].ref()
        other = persons[cast[1].name].ref() if len(cast) > 1 else hero
        from autark.story.places import said_place  # "im Waschsalon", not the shop that plays it

        place = said_place(concept) or f"in the {concept.setting}"
        when = WHEN[concept.time_of_day][de]
        hero_p, other_p = persons[cast[0].name], persons[cast[1].name] if len(cast) > 1 else persons[cast[0].name]
        self.values = {"hero_acc": hero_p.ref("acc"), "hero_dat": hero_p.ref("dat"), "other_acc": other_p.ref("acc"),
                       "hero_intro": hero_p.introduce()}
        # in a line, one calls the other by name; a kind without one is not called ("Me too, the bear" is not said)
        self.address = {"hero": hero_p.address(), "other": other_p.address() if len(cast) > 1 else ""}
        self.values |= {"hero": hero, "other": other, "place": place, "place_cap": place[:1].upper() + place[1:],
                       "when": when, "when_cap": when[:1].upper() + when[1:]}
        if kit_obj:
            noun, gender = display_noun(kit_obj, self.lang)
            if de:
                nom, acc, dat, ind = _ARTICLES[gender]
                zu = {"m": "zum", "n": "zum", "f": "zur"}[gender]
                self.values.update(obj=f"{nom} {noun}", obj_acc=f"{acc} {noun}", obj_dat=f"{dat} {noun}",
                                   a_obj=f"{ind} {noun}", zu_obj=f"{zu} {noun}", objn=noun)
            else:
                self.values.update(obj=f"the {noun}", obj_acc=f"the {noun}", obj_dat=f"the {noun}",
                                   a_obj=indefinite_en(noun), zu_obj=f"to the {noun}", objn=noun)
            self.values["objn_cap"] = self.values["objn"].title()
        self.obj_target = self.values.get("obj_acc", "")

    def fill(self, template: str) -> str:
        from autark.story.wording import capitalise

        return capitalise(template.format(**self.values))

    def say(self, template: str) -> str:
        """A line of dialogue: names are said as names, and an address nobody can be called by is left out."""
        for who, name in self.address.items():
            template = template.replace("{" + who + "}", name) if name else re.sub(
                r",?\s*\{" + who + r"\}", "", template)
        return self.fill(template)

    def move(self, actor: str, verb: str, target: str) -> str | None:
        """A command-engine sentence for (actor, verb, target), or None when the target is missing."""
        if target == "obj" and not self.obj_target:
            return None
        a = self.names["hero" if actor == "hero" else "other"]
        if target in ("hero", "other"):
            name = self.names[target]
            if name == a:
                return None
            t, t_acc, zu_t = name, name, f"zu {name}"
        else:
            t, t_acc, zu_t = self.values.get("obj", ""), self.obj_target, self.values.get("zu_obj", "")
        pattern = VERBS[self.lang][verb]
        return pattern.format(a=a, t=t, t_acc=t_acc, zu_t=zu_t)


def _kit(concept: Concept) -> str:
    for action in concept.actions:
        if action in ACTION_KIT:
            return ACTION_KIT[action]
    return "explore"


def _music(concept: Concept, kit: str) -> str:
    if kit == "chase" and concept.mood not in ("tense", "epic"):
        return "tense"
    return concept.mood


def develop(concept: Concept, duration_s: float = 30.0, seed: int = 0) -> Story:
    """Turn a concept into beats and shots that fill ``duration_s`` (title and end card included)."""
    longest = current().film_s  # MAX_FILM_S unless AUTARK_LIMIT_FILM_S says
    if not MIN_FILM_S <= duration_s <= longest:  # a NaN fails this too
        raise LimitExceeded(f"a film of {duration_s:g} s is not possible from an idea",
                            hint=f"choose between {MIN_FILM_S:g} and {longest:g} seconds; {raise_hint('film_s')}")
    if not 0 <= seed <= MAX_SEED:
        raise LimitExceeded(f"the seed {seed} is out of range", hint=f"use a whole number from 0 to {MAX_SEED}")
    rng = random.Random(f"{seed}|{concept.idea}|{duration_s}")
    lang = concept.language
    from autark.story.recolouring import colour_events
    from autark.story.switched_lights import switched_lamps
    from autark.story.world_changes import before_world, without_change_clauses

    # a colour change no event was read for is one (story.recolouring); "switches off the lights": the room's lamp
    concept = switched_lamps(colour_events(without_change_clauses(concept)))
    concept = before_world(concept)  # "until it starts to snow": told and shown clear until it snows
    if concept.events and concept.characters:
        return _develop_spine(concept, duration_s, seed, rng)
    kit_name = _kit(concept)
    kit = KITS[kit_name]

    # cast and props: what the idea names, plus the one object the plot needs
    cast = [CastMember(name=c.name, type=c.type, voice=c.voice, position=CAST_SPOTS[i % len(CAST_SPOTS)])
            for i, c in enumerate(concept.characters[:4])]
    props = [Prop(type=o.type, color=o.color, position=PROP_SPOTS[i % len(PROP_SPOTS)])
             for i, o in enumerate(concept.objects[:5])]
    kit_obj = props[0].type if props else kit["object"]
    if kit_obj and not props:
        props.append(Prop(type=kit_obj, position=PROP_SPOTS[0]))
    words = _Words(concept, kit_obj, cast)
    text = kit[lang]
    speakers = [c for c in cast if c.voice != "none"]

    n = shot_count(duration_s, rng)
    kinds = _beat_kinds(n)
    title_s, end_s = _cards(duration_s)
    weights = [_BEAT_WEIGHT[k] * rng.uniform(0.85, 1.15) for k in kinds]
    budget = duration_s - title_s - end_s
    lengths = [round(budget * w / sum(weights), 1) for w in weights]
    lengths[-1] = round(budget - sum(lengths[:-1]), 2)

    beats: list[Beat] = []
    scene_of = [min(len(concept.settings) - 1, i * len(concept.settings) // n) for i in range(n)]
    used: set[str] = set()

    def pick(options: list[str]) -> str:
        # prefer a line not used yet, so long films do not repeat themselves
        fresh = [o for o in options if o not in used] or options
        choice = rng.choice(fresh)
        used.add(choice)
        return choice

    for i, (kind, length) in enumerate(zip(kinds, lengths, strict=True)):
        sizes, moves = _SHOT_STYLE[kind]
        size = rng.choice(sizes if len(cast) > 1 else [s for s in sizes if s != "over-the-shoulder"])
        camera = rng.choice(moves)
        if kind == "setup":
            narration = words.fill(pick(SETUP[lang]))
        elif kind == "resolution":
            narration = words.fill(pick(RESOLUTION[lang][concept.mood]))
        elif kind == "rising" and all(o in used for o in text[kind]):
            narration = words.fill(pick(RISING_EXTRA[lang]))
        else:
            narration = words.fill(pick(text[kind]))
        dialogue: list[DialogueLine] = []
        say = text["say"].get(kind)
        if say and speakers and (kind != "resolution" or rng.random() < 0.6):
            dialogue.append(DialogueLine(speaker=speakers[0].name, text=words.say(pick(say))))
            reply = text["reply"].get(kind)
            if reply and len(speakers) > 1:
                dialogue.append(DialogueLine(speaker=speakers[1].name, text=words.say(pick(reply))))
        from autark.story.narrator import whole_sentences

        narration = whole_sentences(narration, lang)  # the narrator speaks whole sentences only
        narration, dialogue = _fit(narration, dialogue, length)  # a line must fit its shot
        actions = [m for m in (words.move(*mv) for mv in kit["moves"].get(kind, [])) if m]
        if kind == "rising":
            actions = actions[: 1 + (rng.random() < 0.5)]
        subject = ""
        if kind == "climax" and kit_obj and size == "close-up":
            subject = kit_obj
        elif kind != "setup" and cast:
            subject = cast[0].name if kind != "rising" or len(cast) == 1 else rng.choice(cast[:2]).name
        first_of_scene = i == 0 or scene_of[i] != scene_of[i - 1]
        transition = "crossfade" if first_of_scene else "cut"  # inside a scene every change of shot cuts
        beats.append(Beat(kind=kind, scene=scene_of[i], shot=Shot(  # type: ignore[arg-type]
            duration_s=length, camera=camera, size=size, subject=subject, actions=actions, dialogue=dialogue,
            narration=narration, transition=transition, key=kind == "climax" and subject != kit_obj)))

    _perch_beats(concept, cast, beats)
    from autark.story.titles import title_for

    # the idea's own words, as on the event path; the kit's title patterns ("A ball in the meadow") named
    # things and places the idea never asked for
    title = title_for(concept)
    changes = [] if concept.stops else [(change_beat(c, [[] for _ in beats], [], [b.kind for b in beats]), c)
                                        for c in read_changes(concept)]
    changes, shots = lay_floods(changes, [b.shot for b in beats], cast, concept.language)
    beats = [b.model_copy(update={"shot": shot}) for b, shot in zip(beats, shots, strict=True)]
    return Story(concept=concept, seed=seed, duration_s=duration_s, title=title, logline=concept.idea, kit=kit_name,
                 music_mood=_music(concept, kit_name), cast=cast, props=props, beats=beats,
                 title_card_s=title_s, end_card_s=end_s, changes=changes)


def _perch_beats(concept: Concept, cast: list[CastMember], beats: list[Beat]) -> None:
    """"A cat is stuck in a tree": the animal sits up there from the first shot (``autark.story.perches``) and
    stays, rather than walking about at the tree's foot as the kit has it."""
    from autark.story.perches import perches, stays_up
    from autark.story.verbs import sentence

    for animal, perch in perches(concept, cast):
        thing, gender = display_noun(perch, concept.language)
        article = {"m": "den", "f": "die", "n": "das"}.get(str(gender)[:1], "den") if concept.language == "de" else "the"
        for k, beat in enumerate(beats):
            beat.shot.actions = stays_up(animal, beat.shot.actions)
            if k == 0:
                beat.shot.actions.insert(0, sentence("sit", concept.language, a=animal, o=f"{article} {thing}"))


def _develop_spine(concept: Concept, duration_s: float, seed: int, rng: random.Random) -> Story:
    """A story told along the idea's events (``autark.story.spine``)."""
    from autark.story.becoming import effects_of_events
    from autark.story.endings import missed_deadline_order
    from autark.story.journey_shots import stage_journey
    from autark.story.spine import plan_spine
    from autark.story.titles import title_for

    # a deadline missed: what kept the task from being done comes before what it had to be done before
    concept = concept.model_copy(update={"events": missed_deadline_order(concept.idea, concept.events)})
    cast = cast_of(concept)
    props = story_props(concept, cast)
    # one who enters at the turn waits at the back until then
    from autark.story.simultaneous import together_events

    together = together_events(concept)  # "while his cat sleeps": the cat is there from the start
    entering = {a for i, e in enumerate(concept.events) if i and i not in together
                and e.turn in ("until", "suddenly", "but", "when") for a in e.agents}
    entering -= {a for a in concept.events[0].agents}
    from autark.story.uncast import hidden_names

    entering |= hidden_names(concept)  # "someone": at the back, unseen, until the deed
    cast = [c.model_copy(update={"position": (2.8, 0.0, -3.0)}) if c.name in entering else c for c in cast]
    from autark.story.turning import settled_turns, turning_cast

    cast = turning_cast(concept, cast)  # racers at a start line, one who comes back away at the side
    n = shot_count(duration_s, rng)
    plans = plan_spine(concept, cast, n, rng)
    plans = settled_turns(concept, plans)  # one race, one arrival: no running on or wandering off around them
    from autark.story.world_changes import caught_out

    story_ending = plans[-1].tone  # the story's own (a storm's huddle does not make its music sad)
    plans[-1] = caught_out(concept, cast, plans[-1])  # a storm that broke: they huddle, not cheer
    journey = stage_journey(concept, cast, plans) if concept.stops else None  # one set per place, in order
    plans = journey[0] if journey else plans
    effects = effects_of_events(concept.events, plans, concept.language, concept.idea, concept)  # what changes on screen: a transformation, a growth
    from autark.story.repairs import repair_effects

    effects = repair_effects(concept.events, plans, effects, concept.language)  # mended: broken, then whole
    from autark.story.containers import is_hiding_place
    from autark.story.presence import presence_effects, stage_presence

    hiding = frozenset(i for i in range(len(concept.events)) if is_hiding_place(concept, i))
    comings = stage_presence(concept, cast, plans, entering, hiding)  # who comes later, a thing found: not there before
    title_s, end_s = _cards(duration_s)
    # the idea's own clauses, told over generically staged or failed events (story.generic_staging): they are
    # heard whole, so their shots are long enough and a line gives way to them, not they to a line
    idea_told = {e.told for e in concept.events if e.told}
    weights = [_BEAT_WEIGHT[p.kind] * (1.0 + 0.25 * len(p.dialogue) + (0.06 * len(p.narration.split()) if
                                                                      p.narration in idea_told else 0.0))
               * rng.uniform(0.9, 1.1) for p in plans]
    from autark.story.exchanges import with_spare_weights

    weights = with_spare_weights(weights, [len(p.spare) for p in plans])  # the talk gets time, not the opening's
    budget = duration_s - title_s - end_s
    lengths = [round(budget * w / sum(weights), 1) for w in weights]
    lengths[-1] = round(budget - sum(lengths[:-1]), 2)
    from autark.story.talk_time import lengths_for_talk, talk_need_s

    lengths = lengths_for_talk(lengths, [talk_need_s(p.narration, [t for _w, t in p.dialogue + p.spare],
                                                     concept.language) for p in plans])  # the exchange fits its shot
    for i, fx in presence_effects(comings, lengths).items():
        effects.setdefault(i, []).extend(fx)
    from autark.story.containers import containing_effects

    for i, fx in containing_effects(concept, plans, lengths).items():  # in and out of containers, hidden, buried
        effects.setdefault(i, []).extend(fx)
    scene_of = journey[1] if journey else [min(len(concept.settings) - 1, i * len(concept.settings) // len(plans))
                                           for i in range(len(plans))]
    beats: list[Beat] = []
    carried_s = 0.0  # how far the last shot's words run on into this one
    for i, (p, length) in enumerate(zip(plans, lengths, strict=True)):
        sizes, moves = _SHOT_STYLE[p.kind]
        size = rng.choice(sizes if len(cast) > 1 else [s for s in sizes if s != "over-the-shoulder"])
        size = p.size or size  # drawn all the same, so the shots after an insert keep the sizes they had
        said_before = {d.text for b in beats for d in b.shot.dialogue}  # a line is said once in a film
        dialogue = [DialogueLine(speaker=who, text=t) for who, t in p.dialogue if t not in said_before]
        told_before = p.narration in {b.shot.narration for b in beats}  # "The night is dark." once, not thrice
        if p.narration in idea_told and not told_before:  # the idea's words first; lines only where they fit
            spoken = len(p.narration.split())
            dialogue = [d for d in dialogue if (spoken := spoken + len(d.text.split())) / WORDS_PER_S + 0.5 <= length]
        narration, dialogue = _fit("" if told_before else p.narration, dialogue, length)
        from autark.story.exchanges import spare_in_shot

        spare, carried_s = spare_in_shot(plans, i, lengths, scene_of, narration, [d.text for d in dialogue],
                                         said_before, concept.language, carried_s)  # where time is left
        from autark.story.talk_on import yields_to_talk

        if yields_to_talk(narration, i, scene_of, idea_told) and len(spare) < len(p.spare):
            quiet, carried_quiet = spare_in_shot(plans, i, lengths, scene_of, "", [d.text for d in dialogue],
                                                 said_before, concept.language, carried_s)
            if len(quiet) > len(spare):  # a bare "Sam kneels." the picture shows gives way to the talk of it
                narration, spare, carried_s = "", quiet, carried_quiet
        dialogue += [DialogueLine(speaker=who, text=t) for who, t in spare]
        first_of_scene = i == 0 or scene_of[i] != scene_of[i - 1]
        beats.append(Beat(kind=p.kind, scene=scene_of[i], shot=Shot(  # type: ignore[arg-type]
            duration_s=length, camera=rng.choice(moves), size=size, subject=p.subject, actions=p.actions[:10],
            dialogue=dialogue, narration=narration, effects=effects.get(i, []),
            transition="crossfade" if first_of_scene else "cut",  # inside a scene every change of shot cuts
            key=p.kind == "climax" and bool(p.events))))
    from autark.story.presence import silence_the_absent

    shots = silence_the_absent([b.shot for b in beats])  # the king the beggar turns out to be says nothing before
    beats = [b.model_copy(update={"shot": shot}) for b, shot in zip(beats, shots, strict=True)]
    from autark.story.conditions import stage_conditions

    # the sick lie down until they are well, their visitors come to them
    shots = stage_conditions(concept, cast, [b.shot for b in beats], [p.events for p in plans])
    beats = [b.model_copy(update={"shot": shot}) for b, shot in zip(beats, shots, strict=True)]
    # the idea's mood words and its events' tones made concept.mood; the ending's tone overrides it where they
    # clash (a comic ending, the dragon eats what they quarrelled over, is played for laughs)
    from autark.story.moods import music_for_ending

    music = music_for_ending(concept.mood, story_ending)  # a loss is not scored as a triumph (story.moods)
    changes = [(change_beat(c, [p.events for p in plans], [e.at for e in concept.events], [p.kind for p in plans]),
                c) for c in read_changes(concept) if not journey or c.flood or c.at_hour]  # a journey's own places keep
    # their sky, but a later clause's hour is its own ("..., and at sunrise he reaches the summit")
    changes, shots = lay_floods(changes, [b.shot for b in beats], cast, concept.language)  # the water rises
    beats = [b.model_copy(update={"shot": shot}) for b, shot in zip(beats, shots, strict=True)]
    return Story(concept=concept, seed=seed, duration_s=duration_s, title=title_for(concept), logline=concept.idea,
                 kit="events", music_mood=music, cast=cast, props=props, beats=beats, title_card_s=title_s,
                 end_card_s=end_s, changes=changes, staged=[p.events for p in plans])


def _fit(narration: str, dialogue: list[DialogueLine], length: float) -> tuple[str, list[DialogueLine]]:
    """A shot's words that fit its length: narration gives way to dialogue, then the dialogue shrinks."""
    spoken = sum(len(d.text.split()) for d in dialogue)
    if dialogue and (spoken + len(narration.split())) / WORDS_PER_S + 0.5 > length:
        narration = ""
    while dialogue and spoken / WORDS_PER_S + 0.5 > length:
        # a line of two sentences first loses its first (a trait's "Oh dear, oh dear..."), keeping the event's
        parts = [re.split(r"(?<=[.!?])\s+", d.text) for d in dialogue]
        longer = [i for i, p in enumerate(parts) if len(p) > 1]
        if longer:
            i = longer[-1]
            dialogue[i] = dialogue[i].model_copy(update={"text": " ".join(parts[i][1:])})
        else:
            dialogue.pop()
        spoken = sum(len(d.text.split()) for d in dialogue)
    if not dialogue and narration and len(narration.split()) / WORDS_PER_S + 0.3 > length:
        narration = _shorten(narration, max(3, int(length * WORDS_PER_S) - 1))
    return narration, dialogue


_AIRLESS_SKIES = {"starfield", "space", "moon sky"}  # no air, no weather: a "meteor storm" rains nowhere


def _no_weather_in_space(concept: Concept) -> Concept:
    """The concept with clear weather where every one of its places is in space (a station, the Moon): it
    rained on a space station in a film of astronauts racing a meteor storm."""
    if concept.weather != "clear" and concept.settings and all(
            load_setting(s).background in _AIRLESS_SKIES for s in concept.settings):
        return concept.model_copy(update={"weather": "clear"})
    return concept


def plan(idea: str, duration_s: float = 30.0, seed: int = 0, language: str | None = None, *,
         llm: LLMConfig | None = None, strict: bool = False) -> Screenplay:
    """From a one-line idea to a validated screenplay.

    ``strict`` refuses (``NotUnderstood``) an idea whose key event cannot be staged (``Concept.unstaged``).
    With a language model (``llm``: an ``autark.config.LLMConfig``; the command line passes
    ``Settings.from_env().llm``, from AUTARK_LLM_URL and AUTARK_LLM_MODEL), the model writes the screenplay; if
    it fails, the built-in path does, and the screenplay's ``warnings`` say so. Without one, no network
    connection is opened.
    """
    from autark.story.plan_repair import without_absent_cast
    from autark.story.talking_animals import with_talking_animals
    from autark.story.world_changes import without_change_clauses

    concept = _no_weather_in_space(without_change_clauses(analyze(idea, language)))  # "the lights go out": a change
    concept = with_talking_animals(concept)  # "the fish begs": an animal the idea makes speak has a voice
    from autark.story.place_settle import settle_place

    concept = settle_place(concept)  # up on the roof: the rooftop; "an die Tafel": the classroom
    from autark.story.implied_weather import with_implied_weather

    concept = with_implied_weather(concept)  # a snowman is built in the snow (story.implied_weather)
    if strict and concept.unstaged:
        raise NotUnderstood(f"the idea's key event cannot be staged: {'; '.join(concept.unstaged)}",
                            word=idea, hint="say who does what with words autark knows, or leave out --strict "
                            "to let autark stand in and note it in the plan")
    if llm is not None:
        from autark.story import llm as llm_mod

        written, note = llm_mod.write_screenplay(llm, concept, duration_s, seed)
        if written is not None:
            return without_absent_cast(written)
        fallback = without_absent_cast(screenplay_from_story(develop(concept, duration_s, seed)))
        fallback.warnings.append(note)
        return fallback
    from autark.story.consequence_staging import with_consequences

    # what the event does to its thing is seen happening, not only told (story.consequence_staging)
    return with_consequences(concept, without_absent_cast(screenplay_from_story(develop(concept, duration_s, seed))))
