"""Who is cast and where the idea's things stand when a story is laid out (``autark.story.narrative``): the
idea's characters and nobody else, on a few spots around the acting area, the thing the first event is about
between its agents, the others a metre or two from the cast (``story.set_pieces`` moves the large ones behind).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from autark.story.screenplay import CastMember, Prop

if TYPE_CHECKING:
    from autark.story.analysis import Concept
    from autark.story.concept import CharacterConcept

__all__ = ["CAST_SPOTS", "GROUP_SPOTS", "PROP_SPOTS", "cast_of", "cast_spot", "story_props"]

CAST_SPOTS = [(-1.5, 0.0, 0.5), (1.5, 0.0, 0.5), (0.0, 0.0, -1.2), (-0.6, 0.0, 1.8)]
# where a fifth to tenth member of a large cast stands ("seven neighbours"): around the first four, a body and
# a half apart, clear of the props' spots, none in front of the others toward the camera
GROUP_SPOTS = [(0.8, 0.0, 1.9), (-2.9, 0.0, -0.4), (2.9, 0.0, -0.4), (-1.4, 0.0, -1.0), (1.4, 0.0, -1.0),
               (-2.6, 0.0, 1.6)]
PROP_SPOTS = [(2.2, 0.0, -1.8), (-2.3, 0.0, -1.6), (0.9, 0.0, -2.4), (-0.9, 0.0, 2.3), (2.4, 0.0, 1.6)]


def cast_of(concept: Concept) -> list[CastMember]:
    """The idea's characters, nobody else; two of one kind get colours to tell them apart."""
    from autark.story.cast import CAST_COLOURS, flock_spot
    from autark.story.headcount import MOST_CAST
    from autark.story.trades import costume_colour

    # a flock's other members ("feeds the pigeons": four birds) come after everyone the idea names, so the dog
    # that chases them is cast too; they stand around the first of them, not on the spots of the named
    flock = [c for i, c in enumerate(concept.characters) if c.group == "animal" and any(
        d.word == c.word and d.type == c.type for d in concept.characters[:i])]
    people = [c for c in concept.characters if c not in flock]
    # who acts or is acted on is cast before who only stands by: "the orchestra conductor sneezes and the
    # violinists laugh" cast three of the orchestra and left the laughing violinists out (their lines unsaid)
    acting = {n for e in concept.events for n in (*e.agents, e.recipient, e.partner, e.source,
                                                     "" if e.patient_is_thing else e.patient) if n}
    kept = sorted(people, key=lambda c: c.name not in acting)[:MOST_CAST]
    named = [c for c in people if c in kept]
    chars = named + flock[:max(0, MOST_CAST - len(named))]
    # by the body alone: a tailor read as a man and a neighbour read as a person are both a plain man, and two
    # named Toms of one kind look alike as much as two unnamed ones
    # ...but a group of three or more from one word is told apart as one, its men and women in turn ("seven
    # neighbours": seven colours, not red, blue, green for the men and again for the women)
    from collections import Counter

    from autark.assets.templates import fold

    by_word = Counter(fold(c.word) for c in chars)

    def key(c: CharacterConcept) -> str:
        return f"word:{fold(c.word)}" if by_word[fold(c.word)] > 2 else _kind(c.type)

    counts = Counter(key(c) for c in chars)
    seen: dict[str, int] = {}
    cast: list[CastMember] = []
    for i, c in enumerate(chars):
        n = seen.get(key(c), 0)
        seen[key(c)] = n + 1
        # the idea's colour first, then the role's own (a bride's white gown), then one that tells two apart
        colour = c.color or costume_colour(c.word) or (CAST_COLOURS[n % len(CAST_COLOURS)] if counts[key(c)] > 1
                                                       else "")
        first = next((m for m in cast if c in flock and m.type == c.type), None)
        spot = flock_spot(first.position, c.type, n) if first is not None else cast_spot(i)
        cast.append(CastMember(name=c.name, type=c.type, voice=c.voice, color=colour, position=spot))
    return cast


# the women's bodies of a role are the role's kind for telling a group apart by colour: six firefighters, two of
# them firewomen, wear six colours, not four and then red and blue again
_WOMEN_OF_ROLES = {"firewoman": "firefighter", "policewoman": "policeman", "cowgirl": "cowboy",
                   "businesswoman": "businessman"}


def _kind(asset_type: str) -> str:
    return _WOMEN_OF_ROLES.get(asset_type) or asset_type.removeprefix("female_")


def cast_spot(i: int) -> tuple[float, float, float]:
    """Where the ``i``-th of the cast stands: the four first spots, then the spots of a larger group."""
    spots = [*CAST_SPOTS, *GROUP_SPOTS]
    return spots[i % len(spots)]


def story_props(concept: Concept, cast: list[CastMember]) -> list[Prop]:
    """The things the idea names; the thing its first event is about stands between (or beside) its agents."""
    props: list[Prop] = []
    central = next((e.patient for e in concept.events if e.patient and e.patient_is_thing), "")
    from autark.story.possession import holders

    held = holders(concept)
    at = {c.name: c.position for c in cast}
    spots = iter(PROP_SPOTS)
    for o in [o for o in concept.objects if o.type][:5]:  # a thing the reading could not name is no prop
        for n in range(o.count):  # "three small boats": three, the first where a single one would stand
            if len(props) >= len(PROP_SPOTS):
                break
            if n == 0 and held.get(o.type) in at:  # the cowboy's hat: at his feet, in his hands once he is seen
                x, _y, z = at[held[o.type]]
                props.append(Prop(type=o.type, color=o.color, position=(round(x + 0.4, 2), 0.0, round(z + 0.3, 2))))
            elif o.type == central and cast and n == 0:
                pos = (0.0, 0.0, 0.9) if len(cast) > 1 else (cast[0].position[0] + 1.0, 0.0,
                                                              cast[0].position[2] + 0.4)
                props.append(Prop(type=o.type, color=o.color, position=pos))
            else:
                props.append(Prop(type=o.type, color=o.color, position=next(spots)))
    from autark.story.places import props_for

    # an activity that is also a place's name brings what makes it ("picknickt": the blanket and the basket)
    for prop in dict.fromkeys(p for e in concept.events for p in props_for(e.word)):
        if len(props) < len(PROP_SPOTS) and not any(p.type == prop for p in props):
            props.append(Prop(type=prop, position=next(spots)))
    from autark.story.placements import placed_props  # "the cherry on the cake": on it from the start

    return placed_props(concept, _on_their_stands(concept, props, held))


# the words before what a thing is taken from ("steals the pie from the table", "klaut die Krone vom Regal")
_FROM = frozenset({"from", "off", "vom", "von", "aus"})
_TAKING = frozenset({"steal", "take"})


def _on_their_stands(concept: Concept, props: list[Prop], held: dict[str, str]) -> list[Prop]:
    """A thing nobody holds that is stolen or taken from something it can stand on (any asset with a surface
    to set things on: a table, a shelf, a counter, a market stall) stands on it until the theft, not on the
    floor beside it; the stand is added first, so the command engine sets the thing on it ("on the shelf")."""
    import re

    from autark.assets import library
    from autark.assets.templates import fold

    words = [fold(w) for w in re.findall(r"[\wäöüÄÖÜß]+", concept.idea)]
    kinds = {fold(o.word): o.type for o in concept.objects if o.word}
    out = list(props)
    for ev in concept.events:
        # (a thing that falls, tips or rolls off it by itself stands on it until then: story.thing_acts)
        thing = ev.patient if ev.patient_is_thing and (ev.verb in _TAKING or ev.verb == "fall" and ev.thing_does_it) else ""
        if not thing or thing in held or not any(p.type == thing for p in out):
            continue
        stand = next((kinds[w] for k, w in enumerate(words[ev.at:ev.at + 8], start=ev.at) if w in kinds
                      and any(v in _FROM for v in words[max(0, k - 3):k]) and kinds[w] != thing), "")
        try:
            if not stand or not library.get(stand).supports or not any(p.type == stand for p in out):
                continue
        except KeyError:
            continue
        on = next(p for p in out if p.type == thing).model_copy(
            update={"position": None, "placement": f"on the {stand.replace('_', ' ')}"})
        out = [p for p in out if p.type != thing]
        out.insert(next(i for i, p in enumerate(out) if p.type == stand) + 1, on)  # after its stand
    return out
