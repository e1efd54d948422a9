"""The idea's key event on screen (jobs.key_shots): the screenplay marks the shot of the climax's act, the planner
holds it whole on who does it, what it is done to and who receives it, opens the next shot on its result, and
never cross-fades inside a scene. The corpus (key_ideas.yaml: ideas written for it, half German, acts on things and
people, arrivals and changes across genres) keeps the key event readable in most of its films."""

from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace

import pytest
import yaml

from autark.cinema import rules
from autark.cinema.measure import ShotMeasures
from autark.cinema.verdict import problems
from autark.jobs.framings import RAISED_VIEW, SceneShots
from autark.jobs.key_shots import RESULT_S, key_framings, key_miss, key_parts
from autark.jobs.shots import _Part  # the parts key_parts reads and writes

IDEAS = yaml.safe_load((Path(__file__).parent / "key_ideas.yaml").read_text(encoding="utf-8"))


def _ctx() -> SceneShots:
    return SceneShots(characters=["waiter", "mayor", "guest"], props=["cake"], names={}, fps=24)


_ANY_SCENE = SimpleNamespace(find_object=lambda oid: object())


def test_the_shot_after_the_key_event_opens_on_its_result_before_the_planned_close_up() -> None:
    ctx = _ctx()
    ctx.after_key = ("waiter", "mayor", "cake")
    planned = [_Part(10.0, 16.0, "close-up", "zoom", "guest", None)]
    parts = key_parts(_ANY_SCENE, ctx, planned, False, ["guest"], 1.2, lambda: [])  # type: ignore[arg-type]
    assert [(p.size, p.subject, p.focus) for p in parts] == [
        ("medium", None, ("waiter", "mayor", "cake")), ("close-up", "guest", ())]
    assert parts[0].end_s == parts[1].start_s == pytest.approx(10.0 + RESULT_S)
    assert not parts[0].key_act and ctx.after_key == ()  # shown once


def test_a_short_shot_after_the_key_event_is_all_result_and_an_establishing_wide_stays_first() -> None:
    ctx = _ctx()
    ctx.after_key = ("waiter", "mayor")
    planned = [_Part(0.0, 1.6, "wide", "static", None, None, establishing=True),
               _Part(1.6, 4.0, "close-up", "static", "mayor", None)]
    parts = key_parts(_ANY_SCENE, ctx, planned, False, [], 1.2, lambda: [])  # type: ignore[arg-type]
    assert [(p.size, p.focus) for p in parts] == [("wide", ()), ("medium", ("waiter", "mayor"))]
    assert parts[1].start_s == 1.6 and parts[1].end_s == 4.0


def test_without_a_key_event_the_parts_are_left_as_planned() -> None:
    planned = [_Part(0.0, 4.0, "close-up", "static", "mayor", None)]
    assert key_parts(_ANY_SCENE, _ctx(), planned, False, [], 1.2, lambda: []) == planned  # type: ignore[arg-type]


def test_key_framings_hold_the_speakers_then_the_members_then_their_people_medium_before_wide() -> None:
    out = key_framings(_ctx(), ("waiter", "mayor", "cake"), ["guest"])
    groups = list(dict.fromkeys(f.group for f in out))
    assert groups == [("waiter", "mayor", "cake", "guest"), ("waiter", "mayor", "cake"), ("waiter", "mayor")]
    first = [f for f in out if f.group == groups[0]]
    assert [f.size for f in first] == ["medium"] * 6 + ["wide"] * 6
    assert RAISED_VIEW in {f.view for f in first} and all(f.subject is None and f.move == "static" for f in out)


def _measures(key_pct: float | None, thing_pct: float | None = None) -> ShotMeasures:
    m = ShotMeasures("c", 0.0, 4.0, 1280, 720, ["waiter"], 24, key_shown_pct=key_pct, thing_seen_pct=thing_pct,
                     thing_s=2.0 if thing_pct is not None else 0.0, things=["cake"] if thing_pct is not None else [],
                     key=["waiter", "mayor"] if key_pct is not None else [])
    m.problems = problems(m)
    return m


def test_a_framing_that_loses_the_key_event_misses_by_how_much_and_fails_the_check() -> None:
    assert key_miss(_measures(100.0, 100.0)) == 0.0 and key_miss(_measures(None)) == 0.0
    assert key_miss(_measures(40.0)) == pytest.approx(rules.MIN_KEY_PCT - 40.0)
    assert key_miss(_measures(100.0, 20.0)) > key_miss(_measures(100.0, 60.0)) > 0.0
    assert "key_hidden" in {p.code for p in _measures(40.0).failures}
    assert "key_hidden" not in {p.code for p in _measures(95.0).problems}


def test_the_corpus_is_varied() -> None:
    assert len(IDEAS) >= 30
    assert sum(it["lang"] == "de" for it in IDEAS) * 2 >= len(IDEAS)
    assert len({it["idea"] for it in IDEAS}) == len(IDEAS)


@pytest.mark.parametrize("item", IDEAS[::6], ids=lambda it: it["idea"][:30])
def test_a_plan_marks_its_key_event_and_cuts_inside_every_scene(item: dict[str, str]) -> None:
    from autark.story import plan

    sp = plan(item["idea"], language=item["lang"])
    assert any(shot.key for shot in sp.shots)
    assert all(shot.transition == "cut" for scene in sp.scenes for shot in scene.shots[1:])


@pytest.mark.slow
def test_corpus_films_show_their_key_event_readable() -> None:
    from autark.cinema import SceneStates, line_spans, measure_shot
    from autark.jobs.film import SceneSegment
    from autark.jobs.produce import build_film
    from autark.story import plan

    shown = total = 0
    for item in IDEAS[::5]:
        built = build_film(plan(item["idea"], language=item["lang"]), width=640, height=360, fps=12)
        for seg in (s for s in built.segments if isinstance(s, SceneSegment)):
            scene, states = seg.scene, SceneStates(seg.scene)
            for shot in (s for s in scene.timeline.shots if s.key):
                m = measure_shot(scene, shot.camera, shot.start_s, shot.end_s, shot.subjects, line_spans(scene),
                                 states=states, key=shot.key)
                total += 1
                shown += (m.key_shown_pct or 0.0) >= rules.MIN_KEY_PCT
            assert all(s.transition == "cut" for s in scene.timeline.shots)
    assert total >= 4 and shown >= 0.7 * total


def test_square_views_stand_across_the_line_between_the_two_on_the_sets_front_side() -> None:
    from autark.jobs.key_shots import square_views

    views = square_views(((0.0, 0.0, 0.0), (0.0, 0.0, -2.0)))  # one behind the other, seen from the front
    assert views[0] == pytest.approx((1.0, 0.3, 0.0), abs=1e-6) or views[0] == pytest.approx((-1.0, 0.3, 0.0))
    side = square_views(((0.0, 0.0, 0.0), (2.0, 0.0, 0.0)))
    assert side[0] == pytest.approx((0.0, 0.3, 1.0)) and len(side) == 3  # side by side: from the front
    assert square_views(((0.0, 0.0, 0.0), (0.1, 0.0, 0.0))) == [] and square_views(None) == []
    first = key_framings(_ctx(), ("waiter", "mayor"), (), ((0.0, 0.0, 0.0), (2.0, 0.0, 0.0)))[0]
    assert first.view == pytest.approx((0.0, 0.3, 1.0)) and first.size == "medium"
