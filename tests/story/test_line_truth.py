"""Lines and narration against the picture: narration of things and weather the scene does not show is told
without them or cut (story.seen_words); a deed said done before it is shown or still to do after it was, and
another's part, are found and left out or said in order (story.line_truth)."""

from __future__ import annotations

import pytest

from autark.story import plan
from autark.story.line_truth import truth_faults, without_false_lines
from autark.story.screenplay import DialogueLine, Screenplay
from autark.story.seen_words import _without_phrase, unseen_narration, unseen_words


@pytest.mark.parametrize(("sentence", "lang", "kinds", "weathers", "told"), [
    ("A sailor ties the boat to the pier before the storm.", "en", {"boat", "jetty"}, {"clear"},
     "A sailor ties the boat to the pier."),
    ("Ein Fischer rudert bei Sturm über den See nach Hause.", "de", {"boat"}, {"clear"},
     "Ein Fischer rudert über den See nach Hause."),
    ("The storm tears the sails.", "en", {"boat"}, {"clear"}, ""),  # the unseen storm is the subject: cut
])
def test_a_narration_is_told_without_what_is_not_seen(sentence: str, lang: str, kinds: set[str],
                                                      weathers: set[str], told: str) -> None:
    at = unseen_words(sentence, lang, kinds, weathers)
    assert at
    assert _without_phrase(sentence, at, lang) == told


def test_what_is_seen_is_told() -> None:
    # a storm that comes later may be announced; the tallest cake is a cake; "well" alone is no well
    assert not unseen_words("A sailor ties the boat before the storm.", "en", {"boat"}, {"clear", "storm"})
    assert not unseen_words("Two chefs bake the tallest cake.", "en", {"cake_7_tiers"}, {"clear"})
    assert not unseen_words("Oh well, not this time.", "en", set(), {"clear"})
    assert not unseen_words("Ach, meine alten Knochen!", "de", set(), {"clear"})  # a figure of the speaker's body


def _with_line(sp: Screenplay, k: int, speaker: str, text: str, at_end: bool = True) -> Screenplay:
    """``sp`` with ``speaker`` saying ``text`` in shot ``k`` (last, or first)."""
    scenes, j = [], 0
    for scene in sp.scenes:
        shots = []
        for shot in scene.shots:
            if j == k:
                line = DialogueLine(speaker=speaker, text=text)
                shot = shot.model_copy(update={"dialogue": [*shot.dialogue, line] if at_end else
                                               [line, *shot.dialogue]})
            shots.append(shot)
            j += 1
        scenes.append(scene.model_copy(update={"shots": shots}))
    return sp.model_copy(update={"scenes": scenes})


def _catch_shot(sp: Screenplay, who: str) -> int:
    shots = [shot for scene in sp.scenes for shot in scene.shots]
    return next(k for k, shot in enumerate(shots) if any(a.startswith(f"{who} catches") or
                                                         a.startswith(f"{who} fängt") for a in shot.actions))


@pytest.mark.parametrize(("idea", "who", "done", "to_do"), [
    ("A boy catches a ball in the garden", "Boy", "I caught the ball!", "Slowly… catch the ball, nice and steady."),
    ("Der Junge fängt den Ball im Garten", "Junge", "Ich habe den Ball gefangen!",
     "Langsam … den Ball fangen, ganz in Ruhe."),
])
def test_a_deed_is_said_done_only_once_shown(idea: str, who: str, done: str, to_do: str) -> None:
    sp = plan(idea, duration_s=30, seed=0)
    k = _catch_shot(sp, who)
    assert k >= 1
    early = _with_line(sp, k - 1, who, done)
    assert any(f.kind == "tense" and f.text == done for f in truth_faults(early))
    late = _with_line(sp, k, who, to_do)  # after the catch is claimed and done in that shot
    late = _with_line(late, k, who, done, at_end=False)
    assert any(f.kind == "tense" and f.text == to_do for f in truth_faults(late))
    kept = [d.text for scene in without_false_lines(late).scenes for shot in scene.shots for d in shot.dialogue]
    assert kept.index(to_do) < kept.index(done)  # the intention said before the claim of the shot's own catch
    later = _with_line(late, k + 1, who, to_do)  # and once the catch is over, no intention at all
    assert any(f.kind == "tense" and f.shot == k + 1 for f in truth_faults(later))
    shots = [shot for scene in without_false_lines(later).scenes for shot in scene.shots]
    assert to_do not in [d.text for d in shots[k + 1].dialogue]


def test_another_roles_words_are_found() -> None:
    sp = plan("A doctor examines a boy in the hospital", duration_s=30, seed=0)
    boy = next(c.name for scene in sp.scenes for c in scene.characters if c.type == "boy")
    doctor = next(c.name for scene in sp.scenes for c in scene.characters if "doctor" in c.type)
    swapped = _with_line(sp, 1, boy, f"Where does it hurt, {doctor}?")
    assert any(f.kind == "role" and f.speaker == boy for f in truth_faults(swapped))


def test_a_film_narrates_what_its_scenes_show() -> None:
    from autark.story.seen_words import seen_narration

    sp = plan("A sailor ties the boat to the pier", duration_s=30, seed=0)
    assert sp.scenes[0].weather != "storm" and not unseen_narration(sp)
    shot = sp.scenes[0].shots[1]
    told = shot.model_copy(update={"narration": "The sailor ties the boat before the storm. The storm tears the sails."})
    scene = sp.scenes[0].model_copy(update={"shots": [sp.scenes[0].shots[0], told, *sp.scenes[0].shots[2:]]})
    sp = sp.model_copy(update={"scenes": [scene, *sp.scenes[1:]]})
    assert [k for k, _s, _w in unseen_narration(sp)] == [1, 1]
    seen = seen_narration(sp)
    assert seen.scenes[0].shots[1].narration == "The sailor ties the boat."
    assert not unseen_narration(seen)


def test_a_stand_in_act_on_the_named_thing_shows_the_told_event() -> None:
    from autark.story.told_shown import _doer, _stood_in

    assert _stood_in("A seal is tangled in a fishing net.", "Seal", ["Seal works on the fishing net"], "en")
    assert _stood_in("Der Pirat vergräbt die Schatzkiste.", "Pirat", ["Pirat kniet bei der Kiste"], "de")
    assert not _stood_in("Der Pirat vergräbt die Schatzkiste.", "Pirat", ["Pirat schaut die Kiste an"], "de")
    assert not _stood_in("Die Katze zieht alle Fäden heraus.", "Katze", ["Katze umarmt Oma"], "de")
    # a try is told by what is tried
    assert _doer("Eine Ente versucht zu fliegen.", ["Ente"]) == ("Ente", "fliegen")
    assert _doer("A boy tries to jump over the puddle.", ["Boy"]) == ("Boy", "jump")


@pytest.mark.parametrize(("idea", "swapped", "kept"), [
    ("A grandmother sends her grandson to bed after the fairy tale", "Off to bed, {doer}!", "Off to bed, {done_to}!"),
    ("Die Mutter schickt die Kinder zum Zähneputzen ins Bad", "Ab ins Bad, {doer}!", "Ab ins Bad, {done_to}!"),
])
def test_who_does_what_to_whom_is_kept_from_the_idea(idea: str, swapped: str, kept: str) -> None:
    from autark.story.line_truth import swapped_roles
    from autark.story.narrative import analyze, develop, screenplay_from_story

    story = develop(analyze(idea, None), 30.0, 0)
    sp = screenplay_from_story(story)
    ev = next(e for e in story.concept.events if not e.patient_is_thing and e.agents)
    doer, done_to = ev.agents[0], ev.patient
    said = _with_line(sp, 1, done_to, swapped.format(doer=doer, done_to=done_to))
    assert [f.speaker for f in swapped_roles(said, story.concept.events)] == [done_to]
    said = _with_line(sp, 1, doer, kept.format(doer=doer, done_to=done_to))
    assert not swapped_roles(said, story.concept.events)


def test_a_line_names_only_the_weather_the_sky_shows() -> None:
    sp = plan("A boy catches a ball in the garden", duration_s=30, seed=0)
    assert {scene.weather for scene in sp.scenes} == {"clear"}
    shots = [shot for scene in sp.scenes for shot in scene.shots]
    k = next(j for j, shot in enumerate(shots) if not shot.dialogue)
    said = _with_line(_with_line(sp, k, "Boy", "Wind from the west!"), k, "Boy", "The basket is full!")
    assert [f.kind for f in truth_faults(said)].count("unseen") == 2
    kept = [shot for scene in without_false_lines(said).scenes for shot in scene.shots][k].dialogue
    assert [d.text for d in kept] == ["The basket is full!"]  # a thing is the scene's to bring: the line stays


def test_a_narration_does_not_make_its_one_person_doer_and_victim() -> None:
    from autark.story.seen_words import seen_narration

    sp = plan("A boy catches a ball in the garden", duration_s=30, seed=0)
    assert [len(scene.characters) for scene in sp.scenes] == [1]
    scene = sp.scenes[0]
    told = [scene.shots[1].model_copy(update={"narration": "The boy pulls him into the lake."}),
            scene.shots[2].model_copy(update={"narration": "The boy looks at the ball."})]
    sp = sp.model_copy(update={"scenes": [scene.model_copy(update={"shots": [scene.shots[0], *told,
                                                                              *scene.shots[3:]]})]})
    shots = seen_narration(sp).scenes[0].shots
    assert (shots[1].narration, shots[2].narration) == ("", "The boy looks at the ball.")


def test_a_line_false_only_by_its_tense_keeps_its_other_sentences() -> None:
    from autark.story.line_truth import _untensed

    assert _untensed("Oh dear, oh dear... Listen, Grandma: I will play for you!", "en") == "Oh dear, oh dear..."
    assert _untensed("I will catch the fish!", "en") == ""  # nothing left to say: the line goes


def test_a_sailors_farewell_is_no_word_about_the_sky() -> None:
    from autark.story.line_truth import _weather_claim

    assert not _weather_claim("Fair winds, Max.", "en", {"clear"})
    assert _weather_claim("Wind from the west!", "en", {"clear"})
