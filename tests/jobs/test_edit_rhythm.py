"""The edit as a contact sheet reads it (``autark.jobs.edit_rhythm``): two views are the same picture when the
camera and the people in the frame barely changed; a push in, a turn, a walk across the frame make a new one. And
the planner gives a long still framing a move (``autark.jobs.still_moves``), so that a sheet's frames ~2 s apart
differ."""

from __future__ import annotations

import numpy as np
import pytest

from autark.jobs.edit_rhythm import View, edit_counts, pixel_same, same_view
from autark.jobs.film import SceneSegment
from autark.jobs.framings import Framing
from autark.jobs.still_moves import MOVE_AFTER_S, moved_framings, no_worse
from autark.scene.model import Camera

BOXES = {"a": (-0.5, -0.8, -0.2, 0.4), "b": (0.2, -0.8, 0.5, 0.4)}


def _view(pos: tuple[float, float, float], target: tuple[float, float, float] = (0.0, 1.0, 0.0), fov: float = 50.0,
          boxes: dict | None = None) -> View:
    return View(0, Camera(name="c", position=pos, target=target, fov=fov), BOXES if boxes is None else boxes)


def test_the_same_camera_on_still_people_is_the_same_picture() -> None:
    a = _view((0.0, 1.6, 8.0))
    assert same_view(a, _view((0.0, 1.6, 8.0)))
    # a glide of 0.3 m on a wide 8 m away moves the picture by under a twentieth of the frame
    assert same_view(a, _view((0.3, 1.6, 8.0), (0.3, 1.0, 0.0)))


@pytest.mark.parametrize("other", [
    _view((0.0, 1.6, 6.0)),  # pushed in by a quarter
    _view((0.0, 1.6, 8.0), (1.5, 1.0, 0.0)),  # panned
    _view((2.8, 1.6, 7.5)),  # arced round the target
    _view((0.0, 1.6, 8.0), fov=40.0),  # zoomed
    _view((0.0, 1.6, 8.0), boxes={"a": (0.1, -0.8, 0.4, 0.4), "b": BOXES["b"]}),  # one walked across
    _view((0.0, 1.6, 8.0), boxes={"a": BOXES["a"]}),  # one left the frame
    View(-1, None),  # a card
], ids=["push", "pan", "arc", "zoom", "walk", "left", "card"])
def test_a_move_a_walk_or_a_card_is_a_new_picture(other: View) -> None:
    assert not same_view(_view((0.0, 1.6, 8.0)), other)


def test_pixels_of_one_frame_and_of_another_scene() -> None:
    rng = np.random.default_rng(0)
    a = rng.integers(0, 255, (180, 320, 3), dtype=np.uint8)
    assert pixel_same(a, np.clip(a.astype(int) + 3, 0, 255).astype(np.uint8))
    assert not pixel_same(a, rng.integers(0, 255, (180, 320, 3), dtype=np.uint8))


def test_only_a_long_still_framing_is_moved_and_the_key_act_only_pushed_in() -> None:
    wide, single = Framing("wide", None, "static"), Framing("medium", "p1", "static")
    assert [f.move for f in moved_framings(wide, 3.0, False, False)] == ["dolly", "truck"]
    assert [f.move for f in moved_framings(single, 3.0, False, False)] == ["dolly", "orbit"]
    assert [f.move for f in moved_framings(single, 3.0, True, False)] == ["dolly"]
    assert moved_framings(single, MOVE_AFTER_S - 0.1, False, False) == []
    assert moved_framings(single, 5.0, False, True) == []  # one walks: followed already
    assert moved_framings(Framing("medium", "p1", "follow"), 5.0, False, False) == []
    # kept only where it breaks no rule the still one does not
    assert no_worse((0, 0, 1, 2), (0, 0, 1, 2)) and no_worse((0, 0, 0, 5), (0, 0, 1, 0))
    assert not no_worse((0, 1, 0, 0), (0, 0, 1, 2))


CASTS = [
    ["add a man named Tom", "add a woman named Anna 2 meters right of Tom"],
    ["füge ein Mädchen namens Lena hinzu", "füge eine Katze namens Mimi 1 Meter rechts von Lena hinzu"],
    ["füge einen Ritter namens Kurt hinzu", "füge ein Pferd namens Blitz 3 Meter links von Kurt hinzu"],
]


@pytest.mark.parametrize("commands", CASTS, ids=lambda c: c[0])
@pytest.mark.parametrize("size", ["wide", "medium"])
def test_a_long_still_shot_shows_no_picture_twice_on_the_sheet(commands: list[str], size: str) -> None:
    from autark.cinema import line_spans
    from autark.jobs.shots import SceneShots, plan_shot
    from autark.language import apply_sentences

    scene = apply_sentences(commands)
    cast = [c.object_id for c in scene.characters]
    ctx = SceneShots(characters=cast, props=[], names={o.id: o.name for o in scene.objects}, fps=24,
                     new_place=False, lines=line_spans(scene))
    laid = plan_shot(scene, ctx, size=size, move="static", subject=None if size == "wide" else cast[0], start_s=0.0,
                     end_s=10.0, first_of_scene=False, transition="cut", warnings=[], where="shot 1")
    counts = edit_counts([SceneSegment(laid, 10.0)], n=5)  # a frame every 2 s
    notes = [n for s in laid.timeline.shots for n in s.notes]
    # at most one pair alike (a still framing no move could keep clean: the push in cut a head, the arc crossed the
    # line); without the moves and with holds of 5 s, two or three of the four were
    assert counts.same_pairs <= 1, notes
    assert counts.longest_still_s < 4.0, notes
    assert any("pushed in" in n or "glided" in n or "arced" in n for n in notes), notes
