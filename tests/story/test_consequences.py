"""What a viewer must see happen to an event's thing (``story.consequences``), for verbs no table lists, and the
consequence staged where the screenplay leaves it to the narrator (``story.consequence_staging``)."""

from __future__ import annotations

import pytest

from autark.story import analyze, plan
from autark.story.consequence_staging import with_consequences
from autark.story.consequences import consequence, verb_consequence
from autark.story.staging_audit import GIVES, audit


@pytest.mark.parametrize(("word", "lang", "expected"), [
    ("shatters", "en", "shape"), ("crumbles", "en", "shape"), ("bursts", "en", "shape"),
    ("zerspringt", "de", "shape"), ("zerfällt", "de", "shape"), ("melts", "en", "shape"),
    ("drifts", "en", "air"), ("kicks", "en", "air"), ("segelt", "de", "air"),
    ("kullern", "de", "travel"), ("scatter", "en", "travel"),
    ("snatches", "en", "holder"), ("releases", "en", "holder"), ("frees", "en", "holder"),
    ("chases", "en", "chase"),
])
def test_a_verb_no_table_lists_gets_its_consequence_from_wordnet(word: str, lang: str, expected: str) -> None:
    assert verb_consequence(word, lang) == expected


def test_the_events_roles_decide_what_is_checked() -> None:
    turned = analyze("A witch turns the prince into a frog")
    assert [consequence(e, "en") for e in turned.events] == ["kind"]
    chase = analyze("Ein Hund jagt die Katze durch den ganzen Garten")
    assert [consequence(e, "de") for e in chase.events] == ["chase"]
    walk = analyze("A boy walks to the old lighthouse")
    assert all(consequence(e, "en") == "" for e in walk.events)  # nothing done to a thing


def _staged(idea: str, monkeypatch: pytest.MonkeyPatch) -> tuple[list, list]:
    """The shots of the idea's plan without the consequences staged, and with them."""
    from autark.story import consequence_staging

    concept = analyze(idea)
    with monkeypatch.context() as m:
        m.setattr(consequence_staging, "with_consequences", lambda _c, sp: sp)
        before = plan(idea, 30.0)
    return before.shots, with_consequences(concept, before).shots


def test_a_freed_creature_goes_off_in_the_shot_of_its_freeing(monkeypatch: pytest.MonkeyPatch) -> None:
    before, after = _staged("A fisherman frees a dolphin from a tangled net", monkeypatch)
    changed = [(b, s) for b, s in zip(before, after, strict=True) if b != s]
    assert changed
    for b, s in changed:
        added = [a for a in s.actions if a not in b.actions]
        assert added and all(a.startswith("Dolphin") for a in added)
        assert s.actions.index(added[0]) > 0  # after the one who frees it has done it


def test_a_ball_kicked_to_nowhere_flies_off(monkeypatch: pytest.MonkeyPatch) -> None:
    before, after = _staged("Ein Mädchen schießt den Ball hoch über die Mauer des Gartens", monkeypatch)
    assert any(e.kind == "fly_off" and e.target == "ball" for s in after for e in s.effects) or any(
        e.kind == "land" and e.target == "ball" and e.into not in ("", "ground") for s in before for e in s.effects)


def test_every_event_with_a_consequence_has_it_in_its_shot_after_staging() -> None:
    for idea in ("The red balloon slips away and drifts over the town", "Die Vase zerbricht auf dem Boden",
                 "A fisherman frees a dolphin from a tangled net"):
        concept = analyze(idea)
        sp = with_consequences(concept, plan(idea, 30.0))
        for st, ev in zip(audit(concept, sp), concept.events, strict=True):
            kind = consequence(ev, concept.language)
            if not kind or kind == "chase" or st.shot < 0:
                continue
            shot = sp.shots[st.shot]
            assert any(e.target == ev.patient and e.kind in GIVES[kind] for e in shot.effects) or any(
                ev.patient in a or a.startswith(tuple(ev.agents) or ("\0",)) for a in shot.actions), (idea, ev.word)


def test_a_thing_too_big_to_send_is_not_sent_flying(monkeypatch: pytest.MonkeyPatch) -> None:
    _before, after = _staged("The striker shoots and the ball flies past the goalkeeper into the net", monkeypatch)
    assert not any(e.kind == "fly_off" and "net" in e.target for s in after for e in s.effects)


def test_the_audit_says_whether_each_shot_brings_its_consequence_about() -> None:
    idea = "A witch turns the prince into a frog"
    stagings = audit(analyze(idea), plan(idea, 30.0))
    assert [(s.consequence, s.brought) for s in stagings] == [("kind", True)]
    idea = "A boy walks to the old lighthouse"
    assert all(not s.consequence for s in audit(analyze(idea), plan(idea, 30.0)))


@pytest.mark.parametrize(("idea", "thing"), [
    ("A boy tries to catch a fish but catches nothing.", "fish"),  # failed: never held
    ("The old keeper lights the lamp one last time", "lamp"),  # lit by its own staging (story.switched_lights)
    ("Die Katze wirft die Tasse vom Tisch", "cup"),  # knocked off (tumble): not sent flying as well
])
def test_nothing_is_staged_that_another_staging_gives_or_a_failure_denies(idea: str, thing: str,
                                                                           monkeypatch: pytest.MonkeyPatch) -> None:
    before, after = _staged(idea, monkeypatch)
    for b, s in zip(before, after, strict=True):
        assert [e for e in s.effects if e.target == thing] == [e for e in b.effects if e.target == thing], idea
        assert [a for a in s.actions if a not in b.actions] == [], idea


def test_a_creature_led_is_not_sent_off_as_if_freed(monkeypatch: pytest.MonkeyPatch) -> None:
    before, after = _staged("Ein Hund führt den Wanderer zu einem alten Haus", monkeypatch)
    assert not any(a not in b.actions for b, s in zip(before, after, strict=True) for a in s.actions
                   if "flieht" in a)
