"""Shot planning for the production: every planned shot is checked against the scene's own truth before it is
kept (``autark.cinema.measure_shot``), and a shot that breaks a rule is replaced by another framing or move,
with the reason written down.

For each screenplay shot, in order:

1. it is split into parts: an establishing wide shot first when the shot opens a new place on something
   narrower (if there is room: 3 s or more), and shot / reverse shot at each change of speaker when the
   shot frames one person and two or more speak;
2. each part gets a list of candidate framings (``autark.jobs.framings``), the planned one first: the planned size and move from the
   front, then from either front three-quarter side, then held still (no move), raised, at wider sizes, and
   last a wide shot of everyone. A part whose speaker is not its subject tries the speaker first (over the
   listener's shoulder, the camera's height from both their eye lines (``autark.cinema.shoulder``), then
   further back, then a medium on the speaker) and keeps the planned framing as a reaction shot only once the
   speaker has been seen. A medium or close shot of a figure follows its head where its pose puts it over the
   part (bending, kneeling, getting up);
3. the first candidate that breaks no rule (``autark.cinema.rules``: camera inside or too near anything,
   subject not usable, occluded, head cut or at the bottom edge, seen from behind, a body in front filling more
   than a quarter of the frame, speaker off screen, whip; and for the whole frame (``autark.cinema.frame_faults``):
   the story's subject off screen, nobody in the picture, a body cut at the edge, a head over the top edge; a
   framing that cuts someone is followed by frames holding them whole) and stays on the established side of
   the two people's line of action (the 180-degree rule) is kept; when none does, the one that breaks the
   fewest rules (a picture alike to the shot just before, ``holds.jump_cut``, counts as two broken rules). A
   still framing kept for 2.6 s or more is tried again with a push in, a glide or an arc (``still_moves``) and
   keeps the move where it breaks no more rules. Each framing after the planned one is looked at coarsely first (a third of the moments) and in full
   only where that look would keep it, or where it ranks among the best few at the end (``_settle``). The
   timeline's ``Shot`` records what it is about (``subjects``, ``foreground``, ``reaction``)
   and, in ``notes``, what was planned, what was kept and why.

Shot boundaries lie on the frame grid (``snap``), so a cut falls exactly between two frames.
"""

from __future__ import annotations

import contextlib
import dataclasses
import logging
import math
from collections.abc import Sequence
from dataclasses import dataclass, field

from autark.cinema import SceneStates, ShotMeasures, action_side, camera_path, measure_shot, rules
from autark.cinema.alike import picture_at
from autark.cinema.blockers import dressing_in_the_way
from autark.cinema.event_things import event_things
from autark.cinema.frame_faults import FAULT_CODES, story_subjects
from autark.cinema.measure import clearance_along
from autark.errors import UserInputError
from autark.jobs.camera_counts import CameraCounts, camera_counts
from autark.jobs.coarse_looks import COARSE_EVERY as _COARSE_EVERY
from autark.jobs.coarse_looks import FRAMING_FAULTS as _FRAMING_FAULTS
from autark.jobs.coarse_looks import settle as _settle
from autark.jobs.framings import CAMERA_FOV_DEG, Framing, SceneShots, build, candidates, travels
from autark.jobs.holds import Setup, break_holds, idle_gap, is_dialogue, jump_cut, looks_again, repeats
from autark.jobs.holds import fresh_first as _fresh_first
from autark.jobs.key_shots import key_framings, key_miss, key_parts
from autark.jobs.looser import mendable, mending_framings
from autark.jobs.pair_views import path_framings, side_on
from autark.jobs.pixel_looks import CODES as _PIXEL_CODES
from autark.jobs.pixel_looks import PixelJudge, clearing_framings
from autark.jobs.still_moves import with_move
from autark.scene.model import Scene

log = logging.getLogger(__name__)

__all__ = ["CAMERA_FOV_DEG", "CameraCounts", "SceneShots", "backdrop_cast", "camera_counts", "idle_gap", "plan_shot", "set_piece_ids", "snap"]

MIN_PART_S = 1.2  # the shortest part a shot is cut into (shot / reverse shot)
ESTABLISH_S = 1.6  # an establishing wide shot before a narrower first shot of a place
_SIDE_TRIES = 6  # framings measured after one that breaks only the 180-degree rule, before it is kept
# The search measures its candidates at half the report's sampling and stops after this many measured ones (the
# one kept is measured again at the full rate for the report): in a crowded room where no framing passes every
# rule (sick children in their beds, a clown between them) the story-subject and cut-body checks sent the planner
# through 139 measured framings for five shots, 5 s of a 30-s film's budget. The cap holds only once a framing
# shows the subjects and the speaker from outside every body, keeps the story's subject on screen and the camera the
# planner's margin from everything (the first seven parts of its score are clear).
_SEARCH_SAMPLES_PER_S = 3.0
_KEPT_SAMPLES_PER_S = 6.0
_MOST_MEASURED = 10
# ... and each framing after the first is looked at coarsely first, in full only where it may be kept
# (``coarse_looks``)
_WHOLE_MIN_FRAC = 0.2  # a wide with the set pieces whole is kept only while the cast stands this tall in it


def snap(t: float, fps: int) -> float:
    """``t`` on the frame grid: the time of the nearest frame boundary (``round(t * fps) / fps``)."""
    return round(t * fps) / fps


def set_piece_ids(scene: Scene, ids: Sequence[str]) -> set[str]:
    """Those of ``ids`` that are set pieces: things larger than ``rules.SET_PIECE_M`` (a lighthouse, a house)."""
    from autark.scene.geometry import world_bbox

    out = set()
    for oid in ids:
        obj = scene.find_object(oid)
        if obj is not None and max(world_bbox(obj).size) > rules.SET_PIECE_M:
            out.add(oid)
    return out


# a body this long or tall (a dragon, a whale, a dinosaur; not a horse, a cow, an elephant), or one standing this far
# from everyone else, is no part of the group a wide of everyone frames
_BACKDROP_M, _FAR_M = 6.0, 8.0


def backdrop_cast(scene: Scene, cast: Sequence[str]) -> set[str]:
    """Those of ``cast`` a wide of everyone leaves at its edge or behind: bodies larger than ``_BACKDROP_M`` (a
    dragon, a whale) and, of three or more, one ``_FAR_M`` from all the others (a bird high over the picnic);
    never all of them."""
    from autark.scene.geometry import world_bbox

    boxes = {oid: world_bbox(obj) for oid in cast if (obj := scene.find_object(oid)) is not None}
    out = {oid for oid, b in boxes.items() if max(b.size) > _BACKDROP_M}
    rest = [oid for oid in boxes if oid not in out]
    if len(rest) >= 3:
        def gap(a: str, b: str) -> float:
            return math.dist(boxes[a].center, boxes[b].center)

        out |= {a for a in rest if min(gap(a, b) for b in rest if b != a) > _FAR_M}
    return out if len(out) < len(boxes) else set()


# -- parts of a shot -------------------------------------------------------------------------------------------
@dataclass
class _Part:
    start_s: float
    end_s: float
    size: str
    move: str
    subject: str | None
    over: str | None
    speakers: list[str] = field(default_factory=list)  # who speaks during the part, in order
    note: str = ""
    establishing: bool = False  # the place's short opening wide (its people may be small)
    # the key event's members (``key_shots``), or those of the one just shown: framed together, readable, held
    focus: tuple[str, ...] = ()
    key_act: bool = False  # the key event itself (not its result): the timeline's shot says its members


def _parts(ctx: SceneShots, size: str, move: str, subject: str | None, over: str | None, start_s: float,
           end_s: float, first_of_scene: bool, split: bool = True) -> list[_Part]:
    fps = ctx.fps
    said = sorted((ln for ln in ctx.lines if ln.start_s < end_s and ln.end_s > start_s), key=lambda ln: ln.start_s)
    parts = [_Part(start_s, end_s, size, move, subject, over)]
    for ln in said:
        last = parts[-1]
        cut = snap(max(ln.start_s, start_s), fps)
        if (split and subject is not None and last.speakers and ln.speaker not in last.speakers
                and cut - last.start_s >= MIN_PART_S and end_s - cut >= MIN_PART_S):
            # shot / reverse shot: a cut to each new speaker as their line starts
            last.end_s = cut
            # the reverse of an over-the-shoulder shot looks over the one who spoke before
            back_over = last.subject if size == "over-the-shoulder" and last.subject not in (None, ln.speaker) and (
                last.subject in ctx.characters) else None
            parts.append(_Part(cut, end_s, size if size != "wide" else "medium", "static", ln.speaker, back_over,
                               note=f"shot / reverse shot: cut to {ctx.name(ln.speaker)} as they speak"))
        if ln.speaker not in parts[-1].speakers:
            parts[-1].speakers.append(ln.speaker)
    first = parts[0]
    if first_of_scene and ctx.new_place and (first.subject is not None or first.size != "wide"):
        cut = snap(start_s + ESTABLISH_S, fps)
        if first.end_s - cut >= MIN_PART_S:
            parts.insert(0, _Part(start_s, cut, "wide", "static", None, None, [
                ln.speaker for ln in said if ln.start_s < cut], note="establishing shot of the new place",
                establishing=True))
            first.start_s = cut
    if first_of_scene and parts[0].size == "wide" and parts[0].end_s - parts[0].start_s <= rules.ESTABLISH_MAX_S:
        parts[0].establishing = True
    return parts


STILL_MAX_S = 4.0  # a part this long with nobody in it moving or speaking is cut to another angle (``holds.idle_gap``)


def _other_angle(ctx: SceneShots, part: _Part, story: Sequence[str]) -> tuple[str, str | None]:
    """(size, subject) of the cut inside a still part: from a wide of everyone, a medium of the one the story is
    about; from an insert of a thing, the wide it lies in; from one of the cast, another as they listen (a
    reaction), else the same one at another size (a close-up's or a medium's wide, a wide's medium): never the
    same size on the same one, which is a jump."""
    others = [c for c in dict.fromkeys([*story, *ctx.everyone()]) if c != part.subject and c in ctx.characters]
    if part.subject is None:
        return "medium", (others[0] if others else None)
    if part.subject not in ctx.characters:
        return "wide", None
    if others:
        return "medium", others[0]
    return ("wide" if part.size != "wide" else "medium"), part.subject


def _cut_still(scene: Scene, ctx: SceneShots, parts: list[_Part]) -> list[_Part]:
    """``parts`` with each stretch longer than ``STILL_MAX_S`` in which nobody speaks and nobody of the cast does
    anything (``idle_gap``) cut into pieces of at most that length, every other one from another angle
    (``_other_angle``): a six-second close-up of a face doing nothing reads as a hung film."""
    from autark.cinema.frame_faults import story_subjects

    out: list[_Part] = []
    for part in parts:
        a, b = idle_gap(scene, ctx.lines, part.start_s, part.end_s)
        if b - a <= STILL_MAX_S:
            out.append(part)
            continue
        n = math.ceil((b - a) / STILL_MAX_S)
        inner = [snap(a + (b - a) * k / n, ctx.fps) for k in range(1, n)]
        cuts = [part.start_s, *(c for c in inner if part.start_s + MIN_PART_S <= c <= part.end_s - MIN_PART_S),
                part.end_s]
        story = story_subjects(scene, part.start_s, part.end_s, [part.subject] if part.subject else [])
        size, subject = _other_angle(ctx, part, story)
        for k, (x, y) in enumerate(zip(cuts, cuts[1:], strict=False)):
            said = list(dict.fromkeys(ln.speaker for ln in ctx.lines if ln.start_s < y and ln.end_s > x))
            if k % 2 == 0:
                out.append(_Part(x, y, part.size, part.move if k == 0 else "static", part.subject, part.over, said,
                                 note=part.note if k == 0 else ""))
            else:
                out.append(_Part(x, y, size, "static", subject, None, said, note=f"cut to {ctx.name(subject)}: "
                                 f"nobody moves or speaks for {b - a:.1f} s"))
    return out


# -- choosing --------------------------------------------------------------------------------------------------
def _crosses(scene: Scene, ctx: SceneShots, cam: str, start_s: float, end_s: float, states: SceneStates) -> int:
    """The side of the dialogue's line of action (between the scene's first two speakers) the camera keeps
    over the shot (+1/-1), 0 when it stays on it, 2 when it changes side during the shot; always 0 when
    fewer than two people speak in the scene."""
    axis = ctx.axis()
    if axis is None:
        return 0
    a, b = axis
    path = camera_path(scene, cam)
    sides = set()
    for t in (start_s, end_s - 1e-3):
        state = states.at(t)[0]
        s = action_side(state.object(a).transform.position, state.object(b).transform.position, path(t).position)
        if s:
            sides.add(s)
    return 2 if len(sides) > 1 else (sides.pop() if sides else 0)


_LOST_CODES = frozenset({"subject_off", "empty"})  # failed frame faults that lose the story's subject
_HIDDEN_ONLY = frozenset({"not_visible", "occluded"})
_CUT_CODES = frozenset({"head_cut", "head_out", "body_cut"})  # a head, a face or a body cut by the frame's edge
_SPEAKER_CODES = frozenset({"speaker_off", "speaker_face"})  # a line heard without its speaker's face  # the failures of a framing whose view is blocked


def _score(m: ShotMeasures, wrong_side: bool, repeat: Setup | None = None, again: bool = False,
           jump: bool = False) -> tuple[float, ...]:
    codes = {p.code for p in m.failures}
    # a shot that shows its subjects across the line of action beats one on the right side that shows nobody
    hidden = bool(m.subjects) and m.subjects_visible_pct < rules.MIN_VISIBLE_PCT
    # and one whose picture is not filled by a body in front of them (a near shoulder, an arm in the lens); a
    # line heard with its speaker never seen, or a close shot of the back of a speaker's head (the runner who
    # turned from the one he answered), is worse than a cut across the line of action
    # and the lead lost is worse than a cut across the line of action: a frame that leaves the one the story is
    # about off screen (or shows nobody) for longer than the report allows fails the film, where a two-shot from
    # the other side of the line reads as a new angle (a girl's single kept over the two-shot of her and the
    # father she turns to, for the 180-degree rule, lost him for 4 s)
    lost = bool(codes & _LOST_CODES)
    # a camera inside something, or nearer than the renderer's near plane, shows the inside of a mesh: worst of
    # all; one that only comes within the planner's margin of a wall or a body is worse than a cut across the line
    # of action, not than a hidden subject (a close-up 0.11 m from a castle wall ranked below wides that hid the
    # knight behind it for the whole shot)
    return (float("inside" in codes or "too_near" in codes),
            # the lead lost outranks a back: a wide of a hiker from behind beat the one that lost him (the wides'
            # back rule made every view of a walk away fail, and the search kept the frame without him)
            float(hidden), float("foreground" in codes), float(bool(codes & _SPEAKER_CODES)), float(lost),
            float("back" in codes), float(m.clearance_m < rules.MIN_CLEARANCE_M), float(wrong_side),
            # a picture the scene showed already (``holds.repeats``: a jump cut, the same wide twice; ``repeat`` is the
            # framing's setup where it repeats one) is worse than any other rule broken by a frame that shows the
            # story: the same wide kept back to back read as a hang. An exchange's two-shot kept again for its next
            # line is less bad than one cutting the listener to an arm at the edge
            # a head or a face cut by the frame's edge, a body cut to legs, counts twice among the rules broken: of
            # two framings that break as many rules, the one that cuts nobody is kept (blind reviewers found a cut
            # head or chin in 19 of 20 films)
            # and a picture alike to the shot just before (``holds.jump_cut``: the same two from the same side at the
            # same size, a metre away) counts twice too: on a contact sheet it is the same frame again
            float(repeat is not None and not repeat.dialogue),
            # a story subject the pixels show hidden or cut counts twice too (``pixel_looks``): a mend that clears
            # it and breaks a lesser rule is kept over the kept framing
            float(len(codes) + len(codes & _CUT_CODES) + len(codes & _PIXEL_CODES) + 2 * jump),
            # of framings that break as many rules, one unlike the scene's earlier pictures (``holds.looks_again``:
            # the baker and the bride from the pews' left, a metre nearer, three times in 30 s)
            float(again), float(repeat is not None and repeat.dialogue),
            # of framings that fail alike, the one whose frames show fewer of the faults any viewer sees (a body
            # cut at the edge, the story's subject off screen for a moment)
            float(sum(p.level == "warn" and p.code in FAULT_CODES for p in m.problems)),
            -m.subjects_visible_pct, -(m.speaker_visible_pct or 0.0), m.foreground_pct)


def _good(m: ShotMeasures) -> bool:
    """A framing the planner keeps without trying others: it breaks no rule, its camera keeps the planner's
    margin from everything and its subjects are usable for all but a moment of it (the report's warning
    level: a subject hidden for more than that is a blocked shot, moved or framed otherwise)."""
    return m.ok and m.clearance_m >= rules.MIN_CLEARANCE_M - 1e-6 and (
        not m.subjects or m.subjects_visible_pct >= rules.WARN_VISIBLE_PCT)


def _cut_cast(ctx: SceneShots, fr: Framing, m: ShotMeasures) -> list[str]:
    """The cast members a measured framing cuts at the frame's edge (a body without its head, a head over the
    top edge) long enough to fail, or who fill its picture in front of its subjects (the horse whose flank
    filled every shot of the farmer walking up to it), other than its own subjects."""
    failed = {p.code for p in m.failures} & {"body_cut", "head_out", "foreground"}
    mine = set(fr.subjects(ctx))
    return list(dict.fromkeys(oid for code in sorted(failed) for oid in m.fault_who.get(code, [])
                              if oid in ctx.characters and oid not in mine))


def _with_the_cut(ctx: SceneShots, fr: Framing, cut: Sequence[str]) -> list[Framing]:
    """Framings that hold the ones ``fr`` cut whole with its subjects: a group of them from the front views, at
    the framing's size when it is a medium or wide, else a medium; then a wide."""
    size = fr.size if fr.size in ("medium", "wide") else "medium"
    out = []
    # all of them, then each with the subjects (a cat hidden in the hay is no part of the farmer's two-shot with
    # his horse)
    for extra in [list(cut), *([c] for c in cut if len(cut) > 1)]:
        group = tuple(dict.fromkeys([*fr.subjects(ctx), *extra]))
        out += [Framing(size, None, "static", view=v, group=group) for v in ("front", "front_left", "front_right")]
        if size != "wide":
            out.append(Framing("wide", None, "static", group=group))
    return out




def _setup(scene: Scene, ctx: SceneShots, cam: str, fr: Framing, part: _Part, states: SceneStates) -> Setup:
    """The framing's camera at the part's start and what it shows halfway through, for ``holds.repeats`` and
    ``holds.looks_again``."""
    path = camera_path(scene, cam)
    c, mid = path(part.start_s), (part.start_s + part.end_s) / 2
    picture = picture_at(states, path(mid), mid, ctx.characters, scene.settings.width / scene.settings.height)
    return Setup(tuple(c.position), tuple(c.target), is_dialogue(fr.size, fr.subjects(ctx), part.speakers), picture)


def _plan_part(scene: Scene, ctx: SceneShots, part: _Part, cam: str, label: str, transition: str,
               states: SceneStates, cleared: bool = False) -> Scene:
    from autark.ops import SetTimeline, apply_ops
    from autark.scene.timeline import Shot as TimelineShot

    planned_desc = Framing(part.size, part.subject, part.move, over=part.over).describe(ctx)
    best: tuple[tuple[float, ...], Framing, Scene, ShotMeasures] | None = None
    first_reasons: list[str] = []
    tried = 0
    # a framing whose camera comes nearer than the planner's margin to a body ranks below every one that does
    # not (``_score``): it is measured only if no framing keeps the margin (a castle film's shot tried 17 such)
    crowded: list[tuple[Framing, Scene]] = []
    good_wrong: int | None = None  # the try at which a framing broke only the 180-degree rule
    blocked: tuple[float, Framing, Scene] | None = None  # the clearest framing that fails only by what hides them
    # who the story says the part is about (its planned subject, who acts in it and on whom): whatever framing
    # is kept (the speaker's), they stay on screen
    story = story_subjects(scene, part.start_s, part.end_s, [part.subject] if part.subject else [])
    acts = event_things(scene, part.start_s, part.end_s)  # what the part's hand acts are about: read in the frame
    tries = candidates(ctx, part.size, part.move, part.subject, part.over, part.speakers, story,
                       [e.thing for e in acts])
    if ctx.check and len(tries) > 1:  # an exchange: the pair side on, before the planned framing's other views
        with contextlib.suppress(*_FRAMING_FAULTS):
            pair_views = [fr for fr in side_on(ctx, part, states, [*(s for s in story if s not in ctx.characters),
                                                                     *(e.thing for e in acts)]) if fr not in tries]
            # square on first; the turned ones last, so that they spend none of the search's measures while the
            # planner's own views may still pass (a two-shot of two children cut the elephant's head)
            tries[1:1] = pair_views[:4]
            tries += pair_views[4:]
    if ctx.check:  # a race, a chase, a ride: every mover with start and goal, before any single of one of them
        with contextlib.suppress(*_FRAMING_FAULTS):
            tries[0:0] = [fr for fr in path_framings(ctx, part, states) if fr not in tries]
    if ctx.check and part.focus:  # the key event or its result: its members together come first
        with contextlib.suppress(*_FRAMING_FAULTS):
            two = [p for p in part.focus if p in ctx.characters][:2]
            mid = (part.start_s + part.end_s) / 2
            pair = tuple(states.object(mid, p).transform.position for p in two) if len(two) == 2 else None
            tries[0:0] = [fr for fr in key_framings(ctx, part.focus, part.speakers, pair) if fr not in tries]
    built: dict[Framing, Scene] = {}  # what ``fresh_first`` built, for the search
    if ctx.check:  # a framing showing a picture of the scene again is measured after the new ones (``fresh_first``)
        tries = _fresh_first(tries, lambda fr: _setup(built.setdefault(fr, build(
            scene, ctx, fr, cam, part.start_s, part.end_s, states)), ctx, cam, fr, part, states), ctx.setups,
            (UserInputError, *_FRAMING_FAULTS))

    def rank(score: tuple[float, ...], m: ShotMeasures) -> tuple[float, ...]:
        # of a key part, one that loses the event ranks below every other but a camera inside something
        return (score[0], key_miss(m), *score[1:]) if part.focus else score

    # what the framings really show of the story, in pixels (``pixel_looks``): asked of a framing that passes every
    # other rule (it may end the search), and of the one the search ends on
    pixels = PixelJudge(scene, states, part.start_s, part.end_s, story, acts, part.focus) if ctx.check else None

    def measured(fr: Framing, cand: Scene, samples_per_s: float = _SEARCH_SAMPLES_PER_S, every: int = 1,
                 pixels_too: bool = False) -> tuple[tuple[float, ...], ShotMeasures, bool]:
        m = measure_shot(cand, cam, part.start_s, part.end_s, fr.subjects(ctx), ctx.lines,
                         foreground=[fr.over] if fr.over else (), reaction=fr.reaction, states=states,
                         samples_per_s=samples_per_s, story=story, establishing=part.establishing,
                         across=bool(fr.path), things=acts, key=part.focus, every=every)
        if pixels is not None and (pixels_too or _good(m)):
            m.problems += pixels.problems_of(cand, cam, fr, ctx, m.framing)
        side = _crosses(cand, ctx, cam, part.start_s, part.end_s, states) if part.speakers else 0
        wrong = side == 2 or (ctx.side != 0 and side == -ctx.side)
        setup = _setup(cand, ctx, cam, fr, part, states)
        return _score(m, wrong, setup if repeats(ctx.setups, setup) else None, looks_again(ctx.setups, setup),
                      jump_cut(ctx.setups, setup)), m, wrong

    def stops(score: tuple[float, ...], m: ShotMeasures, wrong: bool, fr: Framing) -> bool:
        # a framing the search ends on: it breaks no rule, keeps the line of action, shows no earlier picture again
        # and, a wide of whole set pieces, holds its cast tall enough; a key part's shows the event
        return _good(m) and not wrong and not score[8] and not score[10] and not score[11] and (
            not fr.whole or m.subject_min_height_px >= _WHOLE_MIN_FRAC * m.height) and not (
            part.focus and key_miss(m))

    looks: list[tuple[tuple[float, ...], Framing, Scene, ShotMeasures, bool]] = []  # ... and whether looked in full
    queue = list(tries if ctx.check else tries[:1])
    measured_n = 0
    regrouped = False
    k = 0
    while k < len(queue):
        fr = queue[k]
        k += 1
        try:
            cand = built.pop(fr, None) or build(scene, ctx, fr, cam, part.start_s, part.end_s, states)
        except UserInputError as exc:
            if not tried:
                first_reasons.append(f"the {part.move} could not be made ({exc.message})")
            tried += 1
            continue
        try:
            if tried and clearance_along(cand, cam, part.start_s, part.end_s, states, 6.0) < rules.MIN_CLEARANCE_M:
                crowded.append((fr, cand))
                tried += 1
                continue
            # a coarse look first (the first framing, the planned one, whose reasons the notes give, at once in
            # full); a framing it finds would end the search is looked at in full before it does, and so is one
            # whose only broken rules are frame faults: their runs, read between moments three times as far apart,
            # come out longer than the full look's
            # The key event's part is looked at in full throughout: its rank reads how far each framing is from
            # showing the event, which a coarse look reads too roughly to choose among framings that all miss it.
            fine = not tried or bool(part.focus)
            score, m, wrong = measured(fr, cand, every=1 if fine else _COARSE_EVERY)
            if not fine and stops(score, dataclasses.replace(m, problems=[
                    p for p in m.problems if not (p.level == "fail" and p.code in FAULT_CODES)]), wrong, fr):
                score, m, wrong = measured(fr, cand)
                fine = True
            looks.append((score, fr, cand, m, fine))
            measured_n += 1
        except _FRAMING_FAULTS as exc:  # a fault in one framing costs that framing, never the film
            log.warning("%s: the framing %s could not be measured (%s: %s); it is skipped", label,
                        fr.describe(ctx), type(exc).__name__, exc)
            tried += 1
            continue
        log.debug("%s: tried %s: %s", label, fr.describe(ctx), ", ".join(p.code for p in m.failures) or "passes")
        if not tried:
            first_reasons += [p.message for p in m.failures]
            if wrong:
                first_reasons.append("the camera crosses the line of action (180-degree rule)")
        tried += 1
        if best is None or rank(score, m) < rank(best[0], best[3]):
            best = (score, fr, cand, m)
        if ({p.code for p in m.failures} <= _HIDDEN_ONLY and m.occluded_pct > rules.MAX_OCCLUDED_PCT
                and (blocked is None or m.subjects_visible_pct > blocked[0])):
            blocked = (m.subjects_visible_pct, fr, cand)  # all it lacks is a clear view of its subjects
        if ctx.check and not regrouped and (cut := _cut_cast(ctx, fr, m)):
            # someone at the frame's edge, legs or half a body: next, a frame that holds them whole with the
            # subjects (a wider one), before the other views of the planned one that may leave them out
            regrouped = True
            queue[k:k] = _with_the_cut(ctx, fr, cut)
        if stops(score, m, wrong, fr):
            break
        if _good(m) and wrong and good_wrong is None:
            good_wrong = tried
        if measured_n >= _MOST_MEASURED * (2 if part.focus else 1) and best is not None and not any(
                best[0][:7]) and not best[0][8]:
            break  # enough tries, and the best so far shows its subjects and speakers from outside the bodies
        if good_wrong is not None and tried - good_wrong >= _SIDE_TRIES:
            # a good framing on the wrong side of the line of action is kept after a few more tries: where the
            # one spoken to faces away (an astronaut at her ship), no front of the speaker is on the side kept,
            # and measuring the whole list for one cost a second of the planner
            break
    best = _settle(looks, best, rank, lambda fr, cand: measured(fr, cand)[0:2])
    if crowded and (best is None or any(best[0][:2])):  # none shows its subjects from outside: the crowded compete
        for fr, cand in crowded:
            with contextlib.suppress(*_FRAMING_FAULTS):
                score, m, _wrong = measured(fr, cand)
                if best is None or rank(score, m) < rank(best[0], best[3]):
                    best = (score, fr, cand, m)
    if pixels is not None and best is not None and not pixels.judged(best[2]):  # its pixels, whatever else it breaks
        with contextlib.suppress(*_FRAMING_FAULTS):
            b_score, b_m, _wrong = measured(best[1], best[2], pixels_too=True)
            best = (b_score, best[1], best[2], b_m)
    if ctx.check and best is not None and (mendable(fails := {p.code for p in best[3].failures})
                                            or fails & _PIXEL_CODES):
        # the search ended on a framing that cuts a body at the edge or holds its people as specks: the same
        # subject a step further away or nearer, kept by the same score (``looser``); or one whose pixels show a
        # story subject cut, hidden, or a thing filling the frame before them: looser, raised, round it
        for fr in (f for f in dict.fromkeys([*mending_framings(best[1], fails, tuple(best[1].subjects(ctx))),
                                             *clearing_framings(best[1], fails)]) if f not in queue[:k]):
            with contextlib.suppress(UserInputError, *_FRAMING_FAULTS):
                cand = build(scene, ctx, fr, cam, part.start_s, part.end_s, states)
                score, m, _wrong = measured(fr, cand, pixels_too=True)
                if rank(score, m) < rank(best[0], best[3]):
                    best = (score, fr, cand, m)
    if ctx.check and best is not None:  # a long still framing moves where that breaks no more rules (``still_moves``)
        best = with_move(best, part, [travels(best[2], s, part.start_s, part.end_s, 1.5, states) for s in best[1].subjects(
            ctx)], lambda fr: (c := build(scene, ctx, fr, cam, part.start_s, part.end_s, states), *measured(
                fr, c, pixels_too=True)[:2]), rank)
    searched = best is not None
    if best is None:  # nothing could even be built: a plain wide of everyone
        fr = Framing("wide", None, "static")
        cand = build(scene, ctx, fr, cam, part.start_s, part.end_s, states)
        m = measure_shot(cand, cam, part.start_s, part.end_s, ctx.everyone(), ctx.lines, states=states, story=story)
        best = (_score(m, False), fr, cand, m)
    _score_, fr, cand, m = best
    if searched and ctx.check and not cleared and (best[0][1] or best[0][4]) and blocked is not None:
        # every framing hides a subject or loses the story's, and one would show them all but for something in
        # front of them: where that is the set's own dressing (a bush, a stack of crates between the camera and the
        # girl), it is taken out of the set, and the part planned again
        b_fr, b_cand = blocked[1], blocked[2]
        with contextlib.suppress(*_FRAMING_FAULTS):
            away = dressing_in_the_way(b_cand, cam, part.start_s, part.end_s, b_fr.subjects(ctx),
                                       keep=[*ctx.props, *ctx.characters], states=states)
            if away:
                from autark.ops import SetVisible, apply_ops

                cleared_scene = apply_ops(scene, [SetVisible(ids=away, visible=False)])
                what = ", ".join(dict.fromkeys(ctx.names.get(a) or cleared_scene.object(a).type for a in away))
                part.note = "; ".join(x for x in (part.note, f"took {what} out of the set: it hid "
                                                  f"{' and '.join(ctx.name(s) for s in b_fr.subjects(ctx))}") if x)
                return _plan_part(cleared_scene, ctx, part, cam, label, transition, SceneStates(cleared_scene),
                                  cleared=True)
    if searched and ctx.check:  # the report reads the kept one at the full rate
        with contextlib.suppress(*_FRAMING_FAULTS):
            m = measured(fr, cand, _KEPT_SAMPLES_PER_S)[1]
    side = _crosses(cand, ctx, cam, part.start_s, part.end_s, states) if part.speakers else 0
    if ctx.side == 0 and side in (1, -1):
        ctx.side = side
    kept = fr.describe(ctx)
    notes = [part.note] if part.note else []
    if kept != planned_desc or first_reasons:
        why = "; ".join(dict.fromkeys(first_reasons)) or "the planned framing did not suit the part"
        notes.append(f"planned {planned_desc}: {why}; kept {kept}" if kept != planned_desc else f"kept as planned "
                     f"although {why}")
    if not m.ok:
        notes.append("no framing passed every rule; kept the one with the fewest broken: "
                     + "; ".join(p.message for p in m.failures))
    if notes:  # what the planner changed, and what it could not mend, in the log as in the shot's notes
        log.info("%s: %s", label, "; ".join(notes))
    move = fr.move
    if fr.subject is not None and move not in ("orbit", "crane", "follow") and travels(cand, fr.subject,
                                                                                         part.start_s, part.end_s,
                                                                                         states=states):
        move = "follow"
    size = fr.size
    subjects = fr.subjects(ctx)
    shot = TimelineShot(name=label, camera=cam, start_s=part.start_s, end_s=part.end_s, size=size, move=move,
                        transition=transition if part.start_s > 0 else "cut",  # type: ignore[arg-type]
                        subjects=subjects, foreground=[fr.over] if fr.over else [], reaction=fr.reaction,
                        notes=notes, story=story, key=list(part.focus) if part.key_act else [])
    ctx.shown.update(subjects)
    ctx.setups.append(_setup(cand, ctx, cam, fr, part, states))
    for i, (v, n) in m.line_visible.items():
        if v * 2 >= n:
            ctx.shown.add(ctx.lines[i].speaker)
    m.notes = list(notes)
    ctx.measures.append(m)
    return apply_ops(cand, [SetTimeline(shots=[shot])])


def plan_shot(scene: Scene, ctx: SceneShots, *, size: str, move: str, subject: str | None, start_s: float,
              end_s: float, first_of_scene: bool, transition: str, warnings: list[str], where: str,
              key: bool = False) -> Scene:
    """Lay one screenplay shot's camera (or cameras, when it is cut into parts) on the scene's timeline."""
    over = None
    if size == "over-the-shoulder":
        over = next((oid for oid in ctx.characters if oid != subject), None) if subject is not None else None
        if over is None:
            warnings.append(f"{where}: an over-the-shoulder shot needs two characters; shot medium instead")
            size = "medium"
    transition = "cut"  # a cross-fade only between scenes (the film's segments): inside one it reads as a ghost
    parts = _cut_still(scene, ctx, _parts(ctx, size, move, subject, over, start_s, end_s, first_of_scene)
                       ) if ctx.check else [_Part(start_s, end_s, size, move, subject, over)]
    if ctx.check:  # no camera held past its time (``holds``): a long part is cut, every other piece nearer
        parts = break_holds(parts, ctx.characters, ctx.lines, MIN_PART_S, lambda t: snap(t, ctx.fps),
                            lambda p: story_subjects(scene, p.start_s, p.end_s, [p.subject] if p.subject else []),
                            ctx.name)
    if ctx.check:  # the key event held whole on its members, and its result first in the next shot
        parts = key_parts(scene, ctx, parts, key, [subject] if subject else [], MIN_PART_S, lambda: _parts(
            ctx, size, move, subject, over, start_s, end_s, first_of_scene, split=False))
    # every framing tried on every part sees the same bodies at the same moments: evaluated, posed and boxed once
    states = SceneStates(scene)
    if ctx.backdrop is None:
        ctx.backdrop = backdrop_cast(states.at(start_s)[0], ctx.characters)
    for k, part in enumerate(parts):
        n = len(ctx.measures) + 1
        shown = sum(o.visible for o in scene.objects)
        scene = _plan_part(scene, ctx, part, f"shot{n}", f"shot {n}", transition if k == 0 else "cut", states)
        if sum(o.visible for o in scene.objects) != shown:  # dressing taken out of the set: the moments again
            states = SceneStates(scene)
    return scene
