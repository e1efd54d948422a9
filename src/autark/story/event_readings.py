"""Readings of an idea's events that its verb table alone gets wrong, made once the events are read
(``story.events``):

- a causative "makes them laugh", "lets her sing", "lässt die Kinder lachen", "bringt sie zum Lachen": those
  made to do it do it (the children laugh), no one invents or brings anything;
- "keeps stealing", "stiehlt immer wieder", "again and again": the act happens again (``Event.repeat``);
- "wants to become king", "will König werden": a wish (``Event.goal``), not a king in the cast;
- "bringt eine Frau ins Krankenhaus", "brings the boy home": a person brought somewhere is escorted there, in
  the vehicle the words name ("Taxifahrer", "bus driver");
- "feeds the pigeons", "füttert die Tauben": the animals are fed (the recipient), with food in the hand.

``settle_cast`` then fits the cast and things to them: a hidden figure for "someone"/"jemand", no one cast for a
wish's predicate noun, the food and the vehicle as things.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import Any

from autark.assets.templates import fold
from autark.story.wish_words import WISH_WORDS

# In annotations only: story.events.Event and Token, story.concept.CharacterConcept and ObjectConcept. Not
# imported, not even for type checking: story.events calls this module while it reads an idea, and the two
# importing each other would be an import cycle (tests/core/test_import_ladder.py).
Event = Token = CharacterConcept = ObjectConcept = Any

__all__ = ["wish_goals", "reread", "settle_cast", "HIDDEN_WORDS", "FOOD_FOR"]

_CAUSE_EN = frozenset({"make", "makes", "made", "making", "let", "lets", "letting"})
_LET = frozenset({"lass", "lasse", "laesst", "lassen", "liess", "liessen", "let", "lets", "letting"})
_BRING = frozenset({"bring", "brings", "brought", "bringing", "bringt", "bringen", "brachte", "brachten",
                    "gebracht", "take", "takes", "took", "taken", "drive", "drives", "drove", "driven",
                    "faehrt", "fahren", "fuhr", "gefahren"})
_GOODBYE = frozenset({"goodbye", "farewell", "bye", "abschied", "lebewohl", "tschuess"})
_KEEP = frozenset({"keep", "keeps", "kept", "keeping"})
_OBJECT_ARTICLES_DE = frozenset({"den", "die", "das", "einen", "eine", "ein", "seinen", "seine", "ihren", "ihre"})
_AGAIN = (("immer", "wieder"), ("again", "and", "again"), ("over", "and", "over"), ("wieder", "und", "wieder"))
_BECOME_EN = frozenset({"become", "becomes", "became", "becoming", "be"})
_BECOME_DE = frozenset({"werden", "werde", "sein"})
_PERSON_PRONOUNS = frozenset({"them", "him", "her", "sie", "ihn", "ihm", "ihnen", "es"})
_FILLER = frozenset({"the", "a", "an", "all", "both", "die", "den", "der", "das", "alle", "beide", "zum", "zur"})
# the vehicle a person word names ("Taxifahrer", "bus driver"): the asset that plays it
_VEHICLE_WORDS = (("taxi", "car"), ("cab", "car"), ("auto", "car"), ("car", "car"), ("bus", "bus"),
                  ("truck", "truck"), ("lkw", "truck"), ("krankenwagen", "car"), ("ambulance", "car"))
HIDDEN_WORDS = {"en": "stranger", "de": "Fremde"}  # how the words call the hidden figure "someone" plays
# what an animal is fed with (its asset type -> a food asset); anyone else gets bread
FOOD_FOR = {"dog": "bone", "wolf": "bone", "cat": "fish", "bear": "fish", "penguin": "fish", "horse": "carrot",
            "rabbit": "carrot", "unicorn": "carrot", "cow": "carrot", "sheep": "carrot", "pig": "apple",
            "monkey": "banana", "elephant": "banana", "bird": "bread", "duck": "bread", "chicken": "bread"}
_FOODS = frozenset({"bread", "bone", "fish", "carrot", "apple", "banana", "cake", "cheese", "cookie", "pizza",
                    "sandwich", "soup", "honey", "corn", "seeds", "grain"})


def wish_goals(tokens: list[Token], lang: str) -> tuple[list[Token], dict[int, tuple[str, list[str]]]]:
    """The tokens with a wish's predicate noun no longer a character, and per become-word index (the wish's
    verb) the idea's words for the goal and the characters the tables had cast for them ("wants to become
    king" -> (k, ("king", ["King"])); "will König werden" -> ("König", [...]))."""
    from autark.story.verbs import verb_by_key

    out = list(tokens)
    goals: dict[int, tuple[str, list[str]]] = {}
    for b, tok in enumerate(tokens):
        if tok.folded not in (_BECOME_DE if lang == "de" else _BECOME_EN):
            continue
        want = next((w for w in range(b - 1, max(-1, b - 7), -1) if tokens[w].folded in WISH_WORDS), -1)
        if want < 0 or any(tokens[w].brk for w in range(want + 1, b + 1)):
            continue
        if lang == "de":
            span = [j for j in range(want + 1, b) if tokens[j].folded not in ("er", "sie", "es", "ich")]
        else:
            end = next((j for j in range(b + 1, min(len(tokens), b + 5)) if tokens[j].characters or tokens[j].thing
                        or not tokens[j].stop and j + 1 < len(tokens) and tokens[j + 1].stop), b + 1)
            span = list(range(b + 1, min(end + 1, len(tokens))))
        if not span:
            continue
        names = [n for j in span for n in tokens[j].characters]
        for j in span:
            out[j] = replace(tokens[j], characters=[], thing="")
        out[b] = replace(tokens[b], verb=verb_by_key("wish"))
        out[want] = replace(tokens[want], verb=None)
        goals[b] = (" ".join(tokens[j].text for j in span), names)
    return out, goals


# what is opened standing up, at a hand's height: a door, a gate, a window (a box or a chest is opened kneeling)
_DOORS = frozenset({"door", "gate", "window", "window_wall", "cupboard", "wardrobe", "fridge", "refrigerator",
                    "oven", "locker", "closet", "cabinet"})


def reread(events: list[Event], tokens: list[Token]) -> list[Event]:
    """The events with causatives, repeats and escorts read as they are meant (see the module's notes)."""
    out: list[Event] = []
    skip = False
    for i, ev in enumerate(events):
        if skip:
            skip = False
            continue
        nxt = events[i + 1] if i + 1 < len(events) else None
        word = fold(ev.word)
        if word in _LET and nxt is not None and 0 <= ev.at < nxt.at <= ev.at + 5:
            continue  # "lässt die Enkel tanzen": the letting is no act of its own (they dance, below)
        if nxt is not None and nxt.turn == "and" and nxt.at > ev.at >= 0:
            between = tokens[ev.at + 1:nxt.at]
            if word in _KEEP and fold(nxt.word).endswith("ing") and len(between) <= 1:
                # "keeps stealing cakes": stealing, again and again
                out.append(nxt.model_copy(update={"repeat": True, "turn": ev.turn, "agents": nxt.agents or ev.agents}))
                skip = True
                continue
            made = _causee(ev, between, tokens, out)
            if made is not None and (word in _CAUSE_EN or word.startswith("bring") and any(
                    t.folded in ("zum", "zur") for t in between)):
                # "makes them laugh": they laugh (at the one who made them), nobody makes a thing
                caused: dict[str, object] = {"agents": made, "turn": ev.turn}
                if nxt.kind in ("laugh", "dance", "hug", "talk", "wave") and ev.agents:
                    caused.update(patient=ev.agents[0], patient_is_thing=False)
                out.append(nxt.model_copy(update=caused))
                skip = True
                continue
        lass = next((j for j in range(ev.at - 1, max(-1, ev.at - 6), -1) if tokens[j].folded in _LET
                     or tokens[j].brk), -1) if ev.at > 0 else -1
        if lass >= 0 and tokens[lass].folded in _LET and not tokens[lass].brk:
            # "der Clown lässt die Kinder lachen", "lets them sing": they do it, not the one who lets them
            causer = [a for a in ev.agents if not any(a in t.characters for t in tokens[lass + 1:ev.at])]
            made = _causee(ev.model_copy(update={"agents": causer}), tokens[lass + 1:ev.at], tokens, out)
            if made:
                update: dict[str, object] = {"agents": made}
                if ev.kind in ("laugh", "dance", "hug", "talk", "wave") and causer:
                    update.update(patient=causer[0], patient_is_thing=False)
                ev = ev.model_copy(update=update)
        if ev.kind == "wave" and any(t.folded in _GOODBYE for t in tokens[ev.at:ev.at + 6]):
            ev = ev.model_copy(update={"verb": "farewell", "tone": "sad", "line": "farewell"})  # "winkt zum Abschied"
        if ev.verb == "open" and ev.patient in _DOORS:
            ev = ev.model_copy(update={"kind": "knock", "then": ""})  # at the door, not kneeling by it
        if ev.verb == "fall" and ev.agents and ev.patient and ev.patient_is_thing and word.startswith("faell") and \
                0 <= ev.at < len(tokens) - 1 and tokens[ev.at + 1].folded in _OBJECT_ARTICLES_DE:
            # "fällt eine Tanne": felled (fällen, done to the tree), no fall of the woodcutter's own
            from autark.story.verbs import stand_in

            other = stand_in()
            ev = ev.model_copy(update={"verb": other.key, "kind": other.kind, "then": "", "line": other.line})
        if _again(tokens, ev) or (ev.at > 0 and tokens[ev.at - 1].folded in _KEEP):  # "keeps spiking": again
            ev = ev.model_copy(update={"repeat": True})
        if word in _BRING and ev.patient and not ev.patient_is_thing and ev.kind in ("serve", "give", "pick_up",
                                                                                    "drive", "take"):
            # "bringt eine schwangere Frau ins Krankenhaus": they go there together
            ev = ev.model_copy(update={"verb": "escort", "kind": "walk", "line": "escort", "then": "",
                                       "tone": "happy", "instrument": ev.instrument or _vehicle(tokens, ev)})
        out.append(ev)
    from autark.story.spells_undone import undone_spells

    return undone_spells(out, tokens)  # "breaks the spell": the frog made back into the prince


def _causee(ev: Event, between: list[Token], tokens: list[Token], before: list[Event]) -> list[str] | None:
    """Whom a causative makes do the next act: the characters named between the two verbs, or those a pronoun
    there stands for (the last ones named before who are not the causer); None where the words between are
    not only that."""
    if not between or len(between) > 4:
        return None
    named = [n for t in between for n in t.characters if n not in ev.agents]
    if named:
        return named if all(t.characters or t.folded in _FILLER or t.stop for t in between) else None
    if not any(t.folded in _PERSON_PRONOUNS for t in between) or not all(
            t.folded in _PERSON_PRONOUNS | _FILLER for t in between):
        return None
    for t in reversed(tokens[:ev.at]):
        others = [n for n in t.characters if n not in ev.agents]
        if others:
            return others
    return None


def _again(tokens: list[Token], ev: Event) -> bool:
    """Is "immer wieder", "again and again" said in the event's clause (within five words of its verb)?"""
    words = [t.folded for t in tokens[max(0, ev.at - 5):ev.at + 6]]
    return any(tuple(words[i:i + len(p)]) == p for p in _AGAIN for i in range(len(words)))


def _vehicle(tokens: list[Token], ev: Event) -> str:
    """The vehicle a ride is made in: a vehicle thing named in the idea, else one the driver's word names."""
    from autark.story.implied import VEHICLES

    thing = next((t.thing for t in tokens if t.thing in VEHICLES), "")
    if thing:
        return thing
    for t in tokens:
        if set(t.characters) & set(ev.agents):
            word = t.folded
            nxt = tokens[tokens.index(t) + 1].folded if tokens.index(t) + 1 < len(tokens) else ""
            for stem, kind in _VEHICLE_WORDS:
                if word.startswith(stem) and word != stem or nxt in ("driver", "drivers") and word == stem:
                    return kind
    prev = {tokens[j - 1].folded for j in range(1, len(tokens)) if tokens[j].folded in ("driver", "drivers")}
    return next((kind for stem, kind in _VEHICLE_WORDS if stem in prev), "")


AddCharacter = Callable[..., str]


def settle_cast(events: list[Event], characters: list[CharacterConcept], objects: list[ObjectConcept],
                add_character: AddCharacter, kits: dict[int, str], lang: str,
                make_object: Callable[[str], ObjectConcept],
                tokens: list[Token] | None = None) -> tuple[list[CharacterConcept], list[Event]]:
    """Fit the cast and things to the events (called by the analysis with its own ``add_character``): a
    hidden figure does what "someone" does, a wish's predicate noun is nobody in the cast unless another event
    names them, a fed animal gets food, an escort its vehicle. Returns the characters and the events."""
    if tokens is not None:  # a snowman that comes alive, a teddy bear that plays: cast (story.alive)
        from autark.story.alive import cast_the_living

        characters = cast_the_living(events, characters, objects, add_character, tokens, lang)
        from autark.story.reveals import reveal_events

        events = reveal_events(events, tokens)  # "the ghost turns out to be an owl": the ghost becomes the owl
    from autark.story.race_words import rival_for_a_lone_racer

    rival_for_a_lone_racer(events, characters, add_character, lang)  # "grandpa wins the race": against someone
    someone = [e for e in events if e.someone and not e.agents]
    if someone:
        at = someone[0].subject_at
        kits[at] = "thief"
        figure = add_character("person", HIDDEN_WORDS[lang], None, at)
        for e in someone:
            e.agents = [figure]
    used = {n for e in events for n in (*e.agents, e.patient, e.recipient, e.partner, e.source)}
    goal_words = {fold(w) for e in events for w in e.goal.split()}
    characters = [c for c in characters if fold(c.word) not in goal_words or c.name in used]
    types = {c.name: c.type for c in characters}
    for e in events:
        if e.verb == "feed" and e.patient and not e.patient_is_thing:
            food = next((o.type for o in objects if o.type in _FOODS), "") or FOOD_FOR.get(types.get(e.patient, ""),
                                                                                          "bread")
            e.recipient, e.patient, e.patient_is_thing = e.patient, food, True
        if e.instrument and not any(o.type == e.instrument for o in objects) and e.verb == "escort":
            objects.append(make_object(e.instrument))
        if e.verb == "feed" and e.patient and e.patient_is_thing and not any(o.type == e.patient for o in objects):
            objects.append(make_object(e.patient))
    return characters, events


def is_hidden(character_word: str) -> bool:
    """Is this the hidden figure ``settle_cast`` casts for "someone"?"""
    return character_word in HIDDEN_WORDS.values()
