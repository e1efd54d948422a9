"""The idea's key event on screen: the shot the screenplay marks ``key`` (the climax's act: the cake dropped on
the mayor, the frog turned into a prince) is framed on who does it, what it is done to and who receives it, all
in the picture and readable, for the act's whole length; the next shot opens on the same people as they are
after it (the result) before any close-up.

A key shot is planned as one part (``jobs.shots``): no shot / reverse shot at each new speaker, no cut inside a
still stretch; its dialogue is covered from the event's framing. Held longer than ``holds.MAX_HELD_S`` it is cut
into pieces each framing the whole event from its own angle (a blind reviewer read one framing held over seven
seconds as the same picture four times). Its candidates start with
group framings of the event's members (``key_framings``), and a candidate that loses one of them, holds its
people under ``KEY_PEOPLE_FRAC`` of the frame's height or its thing under the readable size ranks below every
one that does not, but for a camera inside something (``key_miss``). In the films of this morning the waiter's
drop was covered by close-ups of the mayor's face, and the drop itself was a medium of the waiter bent behind a
table with the cake a speck on the floor.
"""

from __future__ import annotations

import dataclasses
import math
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

from autark.cinema import rules
from autark.cinema.event_things import event_things
from autark.cinema.frame_faults import story_subjects
from autark.cinema.key_things import changing_things
from autark.jobs.framings import RAISED_VIEW, Framing
from autark.jobs.holds import MAX_HELD_S
from autark.jobs.holds import _cuts as hold_cuts

if TYPE_CHECKING:
    from autark.cinema import ShotMeasures
    from autark.jobs.framings import SceneShots
    from autark.scene.model import Scene, Vec3

__all__ = ["KEY_THING_PCT", "RESULT_S", "key_framings", "key_members", "key_miss", "key_parts", "square_views"]

KEY_THING_PCT = 70.0  # of the act's time, its thing reads in the picture (``event_things.readable``)
RESULT_S = 2.5  # the result after a key shot is held this long before the shot goes on as planned
_MOST_MEMBERS = 4
_MOST_CHANGED = 2  # a changed thing and its goal
_MOVES = frozenset({"walk", "run", "idle", "look", "talk", "stand", "wait", "listen", "think", "turn"})


def act_window(scene: Scene, start_s: float, end_s: float) -> tuple[float, float]:
    """The part of ``start_s``..``end_s`` in which the cast does something other than walk, look or wait (the
    act a key shot is about, after the walk to it); the whole span when nobody does."""
    cast = {c.object_id for c in scene.characters}
    acts = [a for a in scene.timeline.actions if a.object_id in cast and a.kind not in _MOVES
            and min(a.end_s, end_s) - max(a.start_s, start_s) > 0.3]
    if not acts:
        return start_s, end_s
    return max(start_s, min(a.start_s for a in acts)), min(end_s, max(a.end_s for a in acts))


def key_members(scene: Scene, start_s: float, end_s: float, planned: Sequence[str] = ()) -> tuple[str, ...]:
    """Who and what the key event in ``start_s``..``end_s`` is about, as object ids: the doers and the ones it is
    done to or given to (``frame_faults.story_subjects`` over the act's own time; two of them first), the things the
    shot's effects change or move and the goal a moved one comes down on (``key_things.changing_things``: the lamp
    lit, the parcel and the balcony it lands on), then the small thing acted on (``event_things``: the cake, the
    pot); at most ``_MOST_MEMBERS``. Empty when nobody acts and nothing changes."""
    a, b = act_window(scene, start_s, end_s)
    people = story_subjects(scene, a, b, planned)
    things = [e.thing for e in event_things(scene, a, b)]
    # what the event changes or moves, and where a moved thing comes down, over the whole shot (a snowman melts with
    # nobody acting), before the third person: the lamp lit, the parcel on the balcony
    changed = [oid for oid in changing_things(scene, start_s, end_s) if oid not in people][:_MOST_CHANGED]
    return tuple(dict.fromkeys([*people[:2], *changed, *things[:1], *people[2:]]))[:_MOST_MEMBERS]


def key_framings(ctx: SceneShots, members: Sequence[str], speakers: Sequence[str] = (),
                 pair: tuple[Vec3, Vec3] | None = None) -> list[Framing]:
    """Group framings of the key event (``members``), tried before the planned one: with the part's speakers
    who are of the cast (their lines covered from the event's framing), then the members alone, then their
    people alone (a thing too small to count as a subject is judged by ``key_miss``'s thing reading), each as a
    medium then a wide: square to the line between its first two people where ``pair`` gives where they stand
    (``square_views``: neither hides the other), then from the front, either three-quarter side, raised, and either
    side. From the set's front, the director the clown's bucket fell on stood before him, his head at the bottom."""
    people = [m for m in members if m in ctx.characters]
    talkers = [s for s in speakers if s in ctx.characters and s not in members]
    groups = [tuple(dict.fromkeys([*members, *talkers])), tuple(members), tuple(people)]
    views: list[str | Vec3] = [*square_views(pair), "front", "front_left", "front_right", RAISED_VIEW, "left",
                               "right"]
    out: list[Framing] = []
    for group in dict.fromkeys(g for g in groups if g):
        out += [Framing(size, None, "static", view=v, group=group) for size in ("medium", "wide") for v in views]
    return list(dict.fromkeys(out))


_SQUARE_TURN_DEG = (0.0, 25.0, -25.0)


def square_views(pair: tuple[Vec3, Vec3] | None) -> list[Vec3]:
    """View directions (world, from the pair toward the camera, a little raised) square to the ground line between
    two who stand ``pair`` apart, on the side nearer the set's front (+Z), then turned either way; none where they
    stand together."""
    if pair is None:
        return []
    dx, dz = pair[1][0] - pair[0][0], pair[1][2] - pair[0][2]
    length = math.hypot(dx, dz)
    if length < 0.3:
        return []
    nx, nz = -dz / length, dx / length
    if nz < 0:
        nx, nz = -nx, -nz
    out = []
    for deg in _SQUARE_TURN_DEG:
        c, s = math.cos(math.radians(deg)), math.sin(math.radians(deg))
        out.append((round(c * nx - s * nz, 6), 0.3, round(s * nx + c * nz, 6)))
    return out


def key_miss(m: ShotMeasures) -> float:
    """How far a framing measured with the key event's members (``measure_shot(key=...)``) is from showing it:
    the share of the shot, in percent, under ``rules.MIN_KEY_PCT`` that it shows them all readable (its people
    usable, the tallest ``rules.KEY_PEOPLE_FRAC`` of the frame's height, its thing read), its act's thing read
    under ``KEY_THING_PCT`` of the act, and its least read thing under ``KEY_THING_PCT`` of the moments it is there
    (``key_thing_pct``: a ball that lands at the window only in the shot's last second). 0: the event reads."""
    shown = 100.0 if m.key_shown_pct is None else m.key_shown_pct
    thing = 100.0 if m.thing_seen_pct is None else m.thing_seen_pct
    own = 100.0 if m.key_thing_pct is None else m.key_thing_pct
    return max(0.0, rules.MIN_KEY_PCT - shown) + max(0.0, KEY_THING_PCT - thing) + max(0.0, KEY_THING_PCT - own)


def key_parts(scene: Scene, ctx: SceneShots, parts: list[Any], key: bool, planned: Sequence[str], min_part_s: float,
              unsplit: Callable[[], list[Any]]) -> list[Any]:
    """The parts (``jobs.shots``' ``_Part``) of one screenplay shot, for the key event: a key shot is its
    ``unsplit`` parts (no shot / reverse shot, no cut in a still stretch), each but an establishing wide on the
    event's members (``focus``), one held too long cut into angles of the whole event (``_angles``), and remembers
    them in ``ctx.after_key``; the next shot
    opens on them, the result, for ``RESULT_S`` (the whole first part where what is left would be shorter than
    ``min_part_s``). Any other shot's ``parts`` as they are."""
    if key and (members := key_members(scene, parts[0].start_s, parts[-1].end_s, planned)):
        whole: list[Any] = []
        for part in unsplit():
            if not part.establishing:
                part.focus, part.key_act, part.note = members, True, "; ".join(x for x in (part.note, "the key event, held whole") if x)
            whole += _angles(ctx, part, min_part_s) if part.key_act else [part]
        ctx.after_key = members
        return whole
    members, ctx.after_key = tuple(m for m in ctx.after_key if scene.find_object(m) is not None), ()
    if not members or not parts:
        return parts
    at = 1 if parts[0].establishing and len(parts) > 1 else 0
    first = parts[at]
    result = dataclasses.replace(first, size="medium", move="static", subject=None, over=None, focus=members,
                                 note="the key event's result", establishing=False, key_act=False)
    cut = round((first.start_s + RESULT_S) * ctx.fps) / ctx.fps  # on the frame grid, as every cut
    if first.end_s - cut < min_part_s:  # too short to cut: all of it shows the result
        return [*parts[:at], result, *parts[at + 1:]]
    result.end_s, result.speakers = cut, [ln.speaker for ln in ctx.lines if first.start_s < ln.end_s and (
        ln.start_s < cut)]
    rest = dataclasses.replace(first, start_s=cut)
    return [*parts[:at], result, rest, *parts[at + 1:]]


def _angles(ctx: SceneShots, part: Any, min_part_s: float) -> list[Any]:
    """A key part held longer than ``holds.MAX_HELD_S``, cut where a long hold is cut (``holds``' cuts, on a line's
    start where one falls near): each piece frames the whole event, and the planner's rule against a picture shown
    again gives each its own angle. One framing held over seven seconds of the key event read to a blind reviewer as
    the same picture four times over."""
    if part.end_s - part.start_s <= MAX_HELD_S:
        return [part]
    cuts = [part.start_s, *hold_cuts(part.start_s, part.end_s, ctx.lines, min_part_s,
                                     lambda t: round(t * ctx.fps) / ctx.fps), part.end_s]
    out = []
    for k, (a, b) in enumerate(zip(cuts, cuts[1:], strict=False)):
        said = list(dict.fromkeys(ln.speaker for ln in ctx.lines if ln.start_s < b and ln.end_s > a))
        note = part.note if k == 0 else "the key event from another angle"
        out.append(dataclasses.replace(part, start_s=a, end_s=b, speakers=said, note=note,
                                       move=part.move if k == 0 else "static"))
    return out
