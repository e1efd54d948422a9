"""Acting sentences in both languages become actions with their thing (``item``) and their other
(``target_object``): "Tom eats the apple", "the knight gives the apple to the dragon", "Anna umarmt Tom"."""

from __future__ import annotations

import pytest

from autark import errors
from autark.language import apply_sentences, lang
from autark.scene import Scene


def _add(word: str, stand_in: str, german: bool = False) -> str:
    """Add a thing by its own word, or a stand-in so named while the vocabulary has no such word yet."""
    if word.lower() in lang.NOUNS:
        return f"füge einen {word} hinzu" if german else f"add a{'n' if word[0] in 'aeiou' else ''} {word}"
    return f"füge eine {stand_in} namens {word} hinzu" if german else f"add a {stand_in} named {word}"


def _id(scene: Scene, name: str) -> str:
    """The object called ``name`` (or, for the stand-in "Apfel", the apple), else the one of that type."""
    names = {name.lower(), {"apfel": "apple"}.get(name.lower(), name.lower())}
    hits = [o.id for o in scene.objects if o.name.lower() in names]
    if not hits:
        hits = [o.id for o in scene.objects if o.type in names]
    assert len(hits) == 1, (name, [(o.name, o.type) for o in scene.objects])
    return hits[0]


def _acts(scene: Scene, kind: str) -> list:
    return [a for a in scene.timeline.actions if a.kind == kind]


EN = ["add a man named Tom", "add a girl named Mia 2 m right of Tom"]


@pytest.mark.parametrize("say", ["Tom eats the apple", "Tom ate the apple", "Tom munches the apple"])
def test_tom_eats_the_apple(say: str) -> None:
    scene = apply_sentences([*EN, _add("apple", "sphere")])
    after = apply_sentences([say], scene)
    (eat,) = _acts(after, "eat")
    assert (eat.object_id, eat.item, eat.target_object) == (_id(after, "Tom"), _id(after, "apple"), None)
    assert eat.end_s - eat.start_s == pytest.approx(4.0)


@pytest.mark.parametrize("say", ["the knight gives the apple to the dragon", "the knight gives the dragon the apple",
                                 "the knight gave the apple to the dragon"])
def test_the_knight_gives_the_apple_to_the_dragon(say: str) -> None:
    scene = apply_sentences(["add a knight named Arthur", "add a dragon 3 m right of the knight", _add("apple", "sphere")])
    after = apply_sentences([say], scene)
    (give,) = _acts(after, "give")
    assert give.object_id == _id(scene, "Arthur") and give.item == _id(scene, "apple")
    assert give.target_object == _id(scene, "dragon")
    (walk,) = _acts(after, "walk")  # three metres apart: he walks up to the dragon first
    assert walk.object_id == give.object_id and give.start_s == pytest.approx(walk.end_s)


def test_mia_dances_with_her_grandfather_for_4_seconds_and_he_dances_too() -> None:
    scene = apply_sentences(["add a girl named Mia", "add a grandfather named Karl 2 m right of Mia"])
    after = apply_sentences(["Mia dances with her grandfather for 4 seconds"], scene)
    dances = {a.object_id: a for a in _acts(after, "dance")}
    mia, karl = _id(after, "Mia"), _id(after, "Karl")
    assert set(dances) == {mia, karl}
    assert dances[mia].target_object == karl and dances[karl].target_object == mia
    assert dances[mia].end_s - dances[mia].start_s == pytest.approx(4.0)
    assert after.timeline.cursor_s == pytest.approx(4.0)


@pytest.mark.parametrize(("say", "kind", "item", "other"), [
    ("Tom plays the guitar", "play", "guitar", None),
    ("Tom hugs Mia", "hug", None, "Mia"),
    ("Tom kisses Mia", "kiss", None, "Mia"),
    ("Tom picks up the ball", "pick_up", "ball", None),
    ("Tom throws the ball to Mia", "throw", "ball", "Mia"),
    ("Tom kicked the ball", "kick", "ball", None),
    ("Tom chases Mia", "chase", None, "Mia"),
    ("Tom falls asleep", "sleep", None, None),
    ("Tom sleeps", "sleep", None, None),
    ("Tom kneels", "kneel", None, None),
    ("Tom celebrates", "celebrate", None, None),
    ("Tom laughs", "laugh", None, None),
    ("Tom nods", "nod", None, None),
    ("Tom shakes his head", "shake_head", None, None),
    ("Tom sings", "sing", None, None),
    ("Tom cries", "cry", None, None),
    ("Tom watches Mia", "look", None, "Mia"),
    ("Tom jumped", "jump", None, None),
])
def test_english_acts(say: str, kind: str, item: str | None, other: str | None) -> None:
    scene = apply_sentences([*EN, _add("guitar", "box"), "add a ball 1 m in front of Tom"])
    (act,) = _acts(apply_sentences([say], scene), kind)
    assert act.object_id == _id(scene, "Tom")
    assert act.item == (_id(scene, item) if item else None)
    assert act.target_object == (_id(scene, other) if other else None)


DE = ["füge einen Mann namens Tom hinzu", "füge eine Frau namens Anna 2 m rechts von Tom hinzu"]


@pytest.mark.parametrize(("setup", "say", "kind", "actor", "item", "other"), [
    (["füge einen Ritter namens Artus hinzu"], "der Ritter isst den Apfel", "eat", "Artus", "Apfel", None),
    (["füge einen Ritter namens Artus hinzu"], "der Ritter aß den Apfel", "eat", "Artus", "Apfel", None),
    (["füge ein Mädchen hinzu"], "das Mädchen tanzt", "dance", "girl", None, None),
    (DE, "Anna umarmt Tom", "hug", "Anna", None, "Tom"),
    (["füge einen Hund hinzu"], "der Hund springt", "jump", "dog", None, None),
    (["füge einen Ritter namens Artus hinzu", "füge einen Drachen 3 m rechts vom Ritter hinzu"],
     "der Ritter gibt dem Drachen den Apfel", "give", "Artus", "Apfel", "dragon"),
    (DE, "Tom wirft den Apfel zu Anna", "throw", "Tom", "Apfel", "Anna"),
    (DE, "Anna spielt mit Tom", "play", "Anna", None, "Tom"),
    (DE, "Tom legt sich hin", "lie", "Tom", None, None),
    (DE, "Anna schläft ein", "sleep", "Anna", None, None),
    (DE, "Anna singt", "sing", "Anna", None, None),
    (DE, "Tom schüttelt den Kopf", "shake_head", "Tom", None, None),
])
def test_german_acts(setup: list[str], say: str, kind: str, actor: str, item: str | None, other: str | None) -> None:
    scene = apply_sentences([*setup, _add("Apfel", "Kugel", german=True)])
    (act,) = _acts(apply_sentences([say], scene), kind)
    assert act.object_id == _id(scene, actor)
    assert act.item == (_id(scene, item) if item else None)
    assert act.target_object == (_id(scene, other) if other else None)


def test_a_character_can_jump_after_walking_and_the_setting_is_not_played() -> None:
    scene = apply_sentences(["add a robot", "add a door 4 m right of the robot", "the robot walks to the door",
                  "the robot jumps"])
    walk, jump = _acts(scene, "walk")[0], _acts(scene, "jump")[0]
    assert jump.start_s == pytest.approx(walk.end_s)
    setting = apply_sentences(["die Szene spielt in der Wüste"])
    assert not setting.timeline.actions
    sung = apply_sentences([*EN, 'Tom sings: "la la la"'])  # with words to sing it is a line, not an act
    assert not sung.timeline.actions and sung.timeline.lines[0].text == "la la la"


def test_an_eaten_apple_is_in_the_hand_then_gone() -> None:
    from autark.motion import evaluate_scene

    scene = apply_sentences([*EN, _add("apple", "sphere"), "Tom eats the apple"])
    apple = _id(scene, "apple")
    assert evaluate_scene(scene, 1.0).object(apple).visible
    assert not evaluate_scene(scene, 4.5).object(apple).visible


@pytest.mark.parametrize(("setup", "say", "kind", "brought"), [
    (["add a man named Tom"], "Tom plays guitar", "play", "guitar"),
    (["add a man named Tom"], "Tom plays guitar and drinks a cup", "drink", "cup"),
    (["füge einen Mann namens Tom hinzu"], "Tom isst einen Apfel", "eat", "apple"),
])
def test_the_thing_handled_comes_with_the_act(setup: list[str], say: str, kind: str, brought: str) -> None:
    from autark.assets import library
    from autark.motion import evaluate_scene

    if brought not in library.all_types():
        pytest.skip(f"this catalogue has no {brought}")
    scene = apply_sentences([*setup, say])
    (act,) = _acts(scene, kind)
    thing = scene.object(act.item)
    assert thing.type == brought
    tom = evaluate_scene(scene, (act.start_s + act.end_s) / 2)
    held = tom.object(act.item).transform.position
    hand = tom.object(act.object_id).transform.position
    assert abs(held[0] - hand[0]) < 0.8 and held[1] > 0.6  # up in the hands, by the body


def test_a_thing_named_with_to_is_not_brought() -> None:
    with pytest.raises(errors.NotFound):
        apply_sentences([*EN, "Tom throws the ball to the dragon"])


def test_two_named_together_act_together_and_a_second_act_joined_with_and_runs_alongside() -> None:
    scene = apply_sentences(EN)
    tom, mia = _id(scene, "Tom"), _id(scene, "Mia")
    dances = {a.object_id: a.target_object for a in _acts(apply_sentences(["Tom and Mia dance"], scene), "dance")}
    assert dances == {tom: mia, mia: tom}
    (hug,) = _acts(apply_sentences(["Tom and Mia hug"], scene), "hug")  # one hugs, the other hugs back (motion.holding)
    assert (hug.object_id, hug.target_object) == (tom, mia)
    both = apply_sentences(["Tom eats an apple and Mia dances"], scene)
    (eat,), (dance,) = _acts(both, "eat"), _acts(both, "dance")
    assert dance.object_id == mia and dance.start_s == pytest.approx(eat.start_s)
    assert both.timeline.cursor_s == pytest.approx(max(eat.end_s, dance.end_s))
    german = apply_sentences(["Tom und Mia tanzen"], scene)
    assert {a.object_id for a in _acts(german, "dance")} == {tom, mia}


@pytest.mark.parametrize("lang_", ["en", "de"])
def test_two_who_argue_with_each_other_meet_instead_of_walking_into_one_another(lang_: str) -> None:
    import math

    from autark.motion import evaluate_scene

    if lang_ == "en":
        said = ["add a man named Tom", "add a man named Ben 6 meters right of Tom", "at 1 second Tom argues with Ben",
                "at 1 second Ben argues with Tom"]
    else:
        said = ["füge einen Mann namens Tom hinzu", "füge einen Mann namens Ben 6 Meter rechts von Tom hinzu",
                "nach 1 Sekunde streitet Tom mit Ben", "nach 1 Sekunde streitet Ben mit Tom"]
    scene = apply_sentences(said)
    tom, ben = _id(scene, "Tom"), _id(scene, "Ben")
    gaps = []
    for k in range(0, 121):  # 12 s
        st = evaluate_scene(scene, k / 10)
        a, b = st.object(tom).transform.position, st.object(ben).transform.position
        gaps.append(math.dist((a[0], a[2]), (b[0], b[2])))
    assert gaps[0] > 5.0  # they start apart and close in: both walked up
    assert 0.6 <= min(gaps) <= 2.0, min(gaps)  # and stand at arm's length, not inside one another


@pytest.mark.parametrize("kind", ["dinosaur", "elephant"])
def test_two_big_bodies_that_argue_stand_head_to_head_not_inside_one_another(kind: str) -> None:
    from autark.motion import evaluate_scene
    from autark.scene.geometry import world_bbox

    scene = apply_sentences([f"add a {kind} named Rex", f"add a {kind} named Bo 14 meters right of Rex",
                  "at 1 second Rex argues with Bo", "at 1 second Bo argues with Rex"])
    rex, bo = _id(scene, "Rex"), _id(scene, "Bo")
    overlap = []
    for k in range(0, 121):
        st = evaluate_scene(scene, k / 10)
        a, b = world_bbox(st.object(rex)), world_bbox(st.object(bo))
        ox = min(a.max[0], b.max[0]) - max(a.min[0], b.min[0])
        oz = min(a.max[2], b.max[2]) - max(a.min[2], b.min[2])
        overlap.append(min(ox, oz))
    final = evaluate_scene(scene, 12.0)
    gap = abs(final.object(rex).transform.position[0] - final.object(bo).transform.position[0])
    start = abs(evaluate_scene(scene, 0.0).object(rex).transform.position[0]
                - evaluate_scene(scene, 0.0).object(bo).transform.position[0])
    assert gap < start - 2.0  # they came together
    # boxes, not bodies: a dinosaur's is 11 m long with its tail, and head to head the two boxes may meet by a
    # snout's length; walked up as people do, they stood a body inside one another (8 m of overlap)
    assert max(overlap) < 1.5, max(overlap)
