"""Size and count words scale and multiply what an idea casts; phrase verbs ("makes friends", "takes a walk",
"Freunde finden") are read as the act they mean, never their words' own. Ideas written for these tests, in both
languages, without the embedding model (CI has none)."""

from __future__ import annotations

import pytest

from autark.story import analyze, plan, semantic
from autark.story.set_pieces import is_set_piece
from autark.story.sizes import CAST_RANGE, PROP_RANGE, size_word


@pytest.fixture(autouse=True)
def no_embeddings(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(semantic, "semantic_available", lambda: False)


@pytest.mark.parametrize(("word", "factor"), [("huge", 2.5), ("riesiger", 2.5), ("riesigen", 2.5), ("kleine", 0.7),
                                              ("winzigen", 0.4), ("tiny", 0.4), ("table", None), ("hug", None)])
def test_size_words_with_german_endings(word: str, factor: float | None) -> None:
    assert size_word(word) == factor


@pytest.mark.parametrize(("idea", "who", "bigger"), [
    ("an enormous cactus stands in the desert while a cowboy sleeps", "cactus", True),
    ("ein riesiger Kürbis liegt im Garten und ein Kind lacht", "pumpkin", True),
    ("a tiny lamp glows while a cat reads a book", "lamp", False),
    ("a huge dragon guards a castle", "Dragon", True),
    ("eine winzige Katze spielt mit einem Ball", "Katze", False),
])
def test_a_size_word_scales_the_thing_or_the_character(idea: str, who: str, bigger: bool) -> None:
    concept = analyze(idea)
    assert who in concept.sizes, (concept.sizes, concept.objects, concept.characters)
    factor = concept.sizes[who]
    assert (factor > 1.0) is bigger
    lo, hi = PROP_RANGE if who.islower() else (0.0, CAST_RANGE[1])
    assert lo < factor <= hi  # clamped: a giant stays inside a shot (a tiny body is as small as it says)
    screenplay = plan(idea, duration_s=20, seed=2)
    first = screenplay.scenes[0].shots[0]
    sized = [e for e in first.effects if e.kind == "grow" and e.target == who]
    assert sized and sized[0].scale == sized[0].start_scale == factor and sized[0].at_s == 0.0


def test_little_before_a_person_is_their_age_not_their_size() -> None:
    assert "Girl" not in analyze("a little girl feeds a huge dog").sizes
    concept = analyze("a little girl feeds a huge dog")
    assert concept.sizes.get("Dog", 1.0) > 1.0
    assert [e.verb for e in concept.events] == ["feed"]  # "huge" is not "hug"


def test_a_giant_prop_is_staged_behind_the_cast() -> None:
    idea = "a boy finds a huge cactus in the desert"
    concept = analyze(idea)
    assert concept.sizes.get("cactus") == 2.5 and not is_set_piece("cactus") and is_set_piece("cactus", 2.5)
    scene = plan(idea, duration_s=20, seed=1).scenes[0]
    cactus = next(p for p in scene.objects if p.type == "cactus")
    rearmost = min(c.position[2] for c in scene.characters)
    assert cactus.position is not None and cactus.position[2] < rearmost - 1.5  # behind, not on the boy


@pytest.mark.parametrize(("idea", "kind", "n"), [
    ("three small boats float near a fisherman", "boat", 3),
    ("zwei rote Äpfel liegen neben einem Mädchen", "apple", 2),
])
def test_a_count_word_stages_that_many_props(idea: str, kind: str, n: int) -> None:
    scene = plan(idea, duration_s=20, seed=1).scenes[0]
    placed = [p for p in scene.objects if p.type == kind]
    assert len(placed) == n
    assert len({p.position for p in placed}) == n  # each on its own spot


def test_count_and_size_together_cast_that_many() -> None:
    concept = analyze("drei kleine Hunde spielen im Park")
    assert [c.type for c in concept.characters] == ["dog"] * 3
    assert all(concept.sizes.get(c.name) == 0.7 for c in concept.characters)


def test_two_of_a_kind_told_apart_by_size_are_two() -> None:
    concept = analyze("a tiny robot and a giant robot dance together")
    assert len(concept.characters) == 2
    small, big = (concept.sizes[c.name] for c in concept.characters)
    assert small < 1.0 < big


@pytest.mark.parametrize(("idea", "verb", "not_cast"), [
    ("a shy girl makes friends with a dog in the park", "befriend", "friend"),
    ("a boy and a robot become friends", "befriend", "friend"),
    ("an old man takes a long walk by the lake", "walk", ""),
    ("the tired cat falls asleep on the sofa", "sleep", ""),
    ("a knight fights a dragon but he gives up", "give_up", ""),
    ("a woman takes a nap under a tree", "sleep", ""),
    ("ein Fuchs will Freunde finden", "befriend", "freund"),
    ("ein Igel und eine Maus werden Freunde", "befriend", "freund"),
    ("der Bär freundet sich mit dem Hasen an", "befriend", ""),
    ("ein Opa geht am See spazieren", "walk", ""),
    ("die Katze macht ein Nickerchen auf dem Sofa", "sleep", ""),
    ("ein Kind versteckt sich hinter einem Baum", "hide_away", ""),
    ("the lonely robot made friends with a cat", "befriend", "friend"),  # past tenses
    ("an old woman took a walk on the beach", "walk", ""),
    ("the dog fell asleep under the table", "sleep", ""),
    ("der Bär und der Hase freundeten sich an", "befriend", ""),
    ("die Maus versteckte sich hinter dem Sofa", "hide_away", ""),
])
def test_phrase_verbs_are_the_act_they_mean(idea: str, verb: str, not_cast: str) -> None:
    concept = analyze(idea)
    verbs = [e.verb for e in concept.events]
    assert verb in verbs, verbs
    assert not {"invent", "take", "give"} & set(verbs) or verb == "give_up"  # nothing is made, taken or given
    ev = next(e for e in concept.events if e.verb == verb)
    assert ev.agents, concept.events  # someone does it
    if not_cast:
        assert not any(not_cast in c.word.lower() for c in concept.characters), concept.characters


def test_befriending_is_staged_as_going_over_and_a_hug() -> None:
    screenplay = plan("a lonely robot makes friends with a cat", duration_s=30, seed=3)
    actions = [a for s in screenplay.shots for a in s.actions]
    assert any(a.startswith("Robot waves to Cat") for a in actions), actions
    assert any(a.startswith("Robot hugs Cat") for a in actions), actions
    assert not any("cooks" in a or "makes" in a for a in actions), actions


def test_a_word_after_an_article_starts_no_phrase() -> None:
    concept = analyze("ein Freund findet einen Schatz")  # a friend finds a treasure: no befriending
    assert [e.verb for e in concept.events] == ["find"]
    assert [c.word for c in concept.characters] == ["Freund"]


def test_a_size_word_shrinks_no_character_out_of_sight() -> None:
    # a tiny mouse is tiny (no storybook scale) but never a speck (story.degree_words.FLOOR_M); a tiny elephant
    # is about a cat's height, not an elephant a little smaller
    from autark.story.degree_words import FLOOR_M
    from autark.story.footprints import footprint

    mouse = analyze("a tiny mouse watches a giant tree").sizes.get("Mouse", 1.0) * footprint("mouse")[1]
    assert FLOOR_M - 0.005 <= mouse < footprint("mouse")[1]
    elephant = analyze("a tiny elephant eats an apple").sizes["Elephant"] * footprint("elephant")[1]
    assert 0.15 <= elephant <= 0.9


@pytest.mark.parametrize(("idea", "thing"), [("a hungry mouse finds a cookie in the kitchen", "cookie"),
                                             ("ein Rabe klaut dem Bauern den Schlüssel", "key")])
def test_a_small_thing_an_event_is_about_is_shown_at_a_readable_size(idea: str, thing: str) -> None:
    first = plan(idea, duration_s=20, seed=1).scenes[0].shots[0]
    sized = next(e for e in first.effects if e.target == thing)
    assert 1.5 <= sized.scale == sized.start_scale <= PROP_RANGE[1]


@pytest.mark.parametrize(("idea", "cast"), [
    ("A surfer rides a giant wave at the beach and falls off", ["lifeguard"]),  # a size: no giant is cast
    ("a boy paints a giant smile on the wall", ["boy"]),
    ("the giant laughed and ate the village bread", ["man"]),  # the giant's verb, past: the giant is cast
    ("the giant waves at the children", None),
    ("the giant can fly", ["man"]),
])
def test_a_singular_giant_before_a_bare_verb_form_is_a_size(idea: str, cast: list[str] | None) -> None:
    types = [c.type for c in analyze(idea).characters]
    if cast is None:
        assert "man" in types, types  # "waves": the giant's verb
    else:
        assert types == cast, types
