"""The one vocabulary (``autark.language.lang``): read by the command engine and the story layer alike.

No word means two things: within a table the merge refuses it, across the tables only the homographs listed
here (with the rule that tells them apart) are allowed. Every word the story layer knows in the categories
they share (things, characters, creatures, colours, numbers, times of day, moods, name markers), the command
engine knows with the same meaning. Where the two tables disagreed before they were one, the richer meaning
won; the tests at the end say which.
"""

from __future__ import annotations

import itertools
import math

import pytest

from autark.assets import library
from autark.assets.templates import fold
from autark.language import apply_sentences, interpret, lang
from autark.language import lexicon as lx
from autark.ops import apply_ops
from autark.scene import Scene
from autark.story import analyze
from autark.story.lexicon import lexicon

# words in two of the tables below, and what tells the meanings apart
HOMOGRAPHS = {
    ("noun", "material"): {"stone", "stein"},  # "a stone wall": an adjective before a noun, else a rock
    ("noun", "camera_move"): {"trucks"},  # "the camera trucks left": after "camera", else lorries
    ("colour", "material"): {"gold", "golden"},  # the same gold: a colour and a metallic finish
    ("ordinal", "unit"): {"second"},  # "the second chair" / "3 seconds"
    ("verb", "camera_move"): {"zoom"},  # the same: a camera command
    ("noun", "action"): {"skates", "paddles"},  # "she skates", "he paddles": after its doer the act, else gear
}


def _tables() -> dict[str, set[str]]:
    return {"noun": set(lx.NOUNS), "stand_in": set(lang.STAND_INS), "colour": set(lang.COLORS),
            "material": set(lang.MATERIALS), "size": set(lang.SIZES) | set(lang.HEIGHT_SIZES),
            "number": set(lang.NUMBERS), "ordinal": set(lang.ORDINALS), "verb": set(lang.VERBS),
            "action": set(lang.ACTION_VERBS), "camera_move": set(lang.CAMERA_MOVES),
            "time_of_day": set(lang.TIME_OF_DAY), "lighting": set(lang.LIGHTING), "mood": set(lang.MOODS),
            "unit": set(lang.UNITS) | set(lang.SECOND_UNITS)}


def test_a_word_with_two_meanings_in_one_table_is_refused() -> None:
    with pytest.raises(lang.VocabularyError, match="'stuhl' means 'chair' in en and 'table' in de"):
        lang.merged("NOUNS", {"en": {"stuhl": "chair"}, "de": {"stuhl": "table"}})
    with pytest.raises(lang.VocabularyError, match="'bank'"):
        lang._invert({"bench": "bank", "box": "kiste bank"}, "NOUNS", "de")
    assert lang.merged("NOUNS", {"en": {"sofa": "sofa"}, "de": {"sofa": "sofa"}}) == {"sofa": "sofa"}


def test_no_word_means_two_things_across_the_tables() -> None:
    tables = _tables()
    found = {}
    for a, b in itertools.combinations(tables, 2):
        if both := tables[a] & tables[b]:
            found[(a, b)] = both
    assert found == HOMOGRAPHS


def test_both_languages_have_the_same_tables() -> None:
    names = {n for n in vars(lang.en) if n.isupper()}
    assert names - {"SAME_PLURAL", "ADJECTIVE_ENDINGS"} <= {n for n in vars(lang.de) if n.isupper()}
    assert {n for n in vars(lang.de) if n.isupper()} - {"ADJECTIVE_ENDINGS"} <= names


def test_every_word_the_story_knows_the_engine_knows_with_the_same_meaning() -> None:
    engine = {
        "object": {fold(w): t for w, t in lx.NOUNS.items()} | {fold("_".join(p)): t for p, t in lx.COMPOUNDS.items()},
        "stand_in": {fold(w): t for w, t in lang.STAND_INS.items()},
        "colour": {fold(w): c for w, c in lang.COLORS.items()},
        "number": {fold(w): str(n) for w, n in lang.NUMBERS.items()},
        "time": {fold(w): t for w, t in lang.TIME_OF_DAY.items()},
        "mood": {fold(w): m for w, m in lang.MOODS.items()},
        "name_marker": {fold(w): "" for w in lang.NAME_MARKERS},
    }
    lex = lexicon()
    bodies = {group: entry["type"] for group, entry in lex.data["characters"].items()}
    # the story's own cues for a time or a mood ("stars", "birthday") are evidence, not names of one
    cues = {(cat, fold(w)) for section, cat in (("time_of_day", "time"), ("moods", "mood"))
            for entry in lex.data[section].values() for ws in entry.values() for w in ws}
    shared: set[str] = set()
    for word, hits in lex.index.items():
        for hit in hits:
            if hit.category == "character":
                # a person's word may name a body of its own (a knight, a queen): one of the cast, not the figure
                typ = engine["object"].get(word)
                # ... and an animal's word its own rigged body (a horse, not the dog that stood in for it)
                assert typ == bodies[hit.key] or (bodies[hit.key] == "humanoid" and typ in library.ASSETS
                                                  and library.get(typ).age) or (
                    hit.key == "animal" and typ in library.ASSETS and library.get(typ).is_character
                    and not library.get(typ).age), (word, hit)
            elif hit.category in engine and hit.lang != "any" and (hit.category, word) not in cues:
                assert engine[hit.category].get(word) == hit.key, (word, hit)
            else:
                continue
            shared.add(word)
    assert len(shared) > 800
    # the story's own cue words (weather, plot, genres, ...) are no part of the shared tables
    assert set(lex.data) == {"characters", "objects", "time_of_day", "weather", "actions", "moods", "genres",
                             "stopwords", "describing"}  # describing: read silently (story.nouns)
    assert not any("en" in e or "de" in e for e in lex.data["objects"].values())
    # the engine knows each of those words (for its suggestions and messages)
    known = {fold(w) for w in lx.known_words()}
    assert not {w for w in shared if "_" not in w} - known


def test_the_story_names_a_person_by_the_engines_kind() -> None:
    # boy, girl and child are the story's group "child"; a knight is a man to both
    for idea, group in (("a knight rides home", "man"), ("eine Prinzessin tanzt", "woman"),
                        ("a schoolgirl reads", "child"), ("an astronaut waits", "person")):
        assert analyze(idea).characters[0].group == group
    scene = apply_sentences(["add a knight", "add a schoolgirl"])
    assert [o.tag for o in scene.objects] == ["man", "girl"]


# -- where the tables disagreed: the richer meaning won -----------------------------------------------------------
def test_armchair_is_a_chair_to_both() -> None:
    # the engine did not know it ("add an armchair" was not understood); the story read it as a chair
    assert [o.type for o in apply_sentences(["add an armchair"]).objects] == ["chair"]
    assert analyze("an old cat sleeps in an armchair").objects[0].type == "chair"


def test_several_is_four_to_both() -> None:
    # the engine said 3, the story 4: "several" is more than "a few" (3), which keeps its 3
    assert len(apply_sentences(["add several chairs"]).objects) == 4
    assert len(apply_sentences(["füge mehrere Stühle hinzu"]).objects) == 4
    assert len(apply_sentences(["add a few chairs"]).objects) == 3
    assert [c.type for c in analyze("several robots dance").characters] == ["robot"] * 4


def test_some_and_both_count_for_both() -> None:
    # "some" was an article to the engine ("add some chairs" added one) and 4 to the story; "both" was nothing
    # to the engine ("move both chairs left" added two more) and 2 to the story
    assert len(apply_sentences(["add some chairs"]).objects) == 4
    scene = apply_sentences(["add two chairs", "move both chairs 2 m to the left"])
    assert len(scene.objects) == 2 and all(o.transform.position[0] < -1.0 for o in scene.objects)
    assert len(analyze("both robots meet a dog").characters) == 3


def test_morning_is_dawn_to_both() -> None:
    # the engine lit "morning" as full daylight, the story read it as dawn (its own time of day, lit like a
    # sunset, now by a dawn preset of its own): dawn is the richer meaning, and the engine knows dawn, sunrise,
    # twilight, ... too
    assert apply_sentences(["good morning"]).settings.lighting == "dawn"
    assert apply_sentences(["at dawn"]).settings.lighting == "dawn"
    assert apply_sentences(["am Nachmittag"]).settings.lighting == "daylight"
    assert analyze("a robot waits in the morning").time_of_day == "dawn"


def test_gold_violet_and_silver_are_colours_of_their_own() -> None:
    # the story folded them into yellow, purple and grey; the engine had them as colours of their own
    assert analyze("a violet flower grows").objects[0].color == "violet"
    assert analyze("ein goldener Ball").objects[0].color == "gold"
    assert apply_sentences(["add a silver ball"]).objects[0].material.color == lx.COLOR_RGB["silver"]


def test_words_the_engine_reads_otherwise_are_not_things_to_the_story() -> None:
    # the story read them as things; the engine has richer meanings: a light source, a material, a camera
    # verb, "can you ...", a size ("a giant tree")
    # (a glass that stands as a noun is a glass, one thing; before a noun only what that noun is made of)
    assert [o.type for o in analyze("a glass of water stands on the table").objects] == ["wine_glass", "table"]
    assert [o.type for o in analyze("a glass ball rolls off the table").objects] == ["ball", "table"]
    assert not analyze("a light in the window at night").objects[1:]
    assert not analyze("a cat watches the rain").objects
    assert not analyze("a robot can fly").objects
    assert analyze("a giant walks through the city").characters[0].group in ("person", "man")  # a big man (giants)
    assert apply_sentences(["add a giant tree"]).objects[0].transform.scale[1] == 3.0


def test_a_creature_without_a_body_is_known_to_the_engine() -> None:
    from autark.errors import NotUnderstood

    with pytest.raises(NotUnderstood) as err:
        interpret("add a kangaroo", Scene())
    assert "kangaroo" in str(err.value)


def test_a_name_that_is_also_a_noun_names_the_one_so_called() -> None:
    # Lily (a girl) is not a lily (a flower), now that the engine knows lilies
    scene = apply_sentences(["add a girl named Lily", "add a table 3 m to the right"])
    scene = apply_ops(scene, interpret("Lily walks to the table", scene))
    (walk,) = scene.timeline.actions
    assert walk.object_id == scene.objects[0].id


# -- one action grammar, one table of speeds and durations ----------------------------------------------------------
def _dog_and_ball() -> Scene:
    return apply_sentences(["add a robot named Robo", "add a dog named Rex 4 m left of Robo", "add a ball 6 m right of Rex"])


def test_the_production_reads_actions_with_the_engines_grammar() -> None:
    from autark.jobs.produce import _Cast, _parse_action, _Parsed

    scene = _dog_and_ball()
    robo, rex, ball = (o.id for o in scene.objects)
    cast = _Cast(characters={"robo": robo, "rex": rex})
    assert _parse_action("Rex rennt zum Ball", scene, cast) == _Parsed(rex, "run", ball)
    assert (_parse_action("Robo looks around", scene, cast).kind,  # type: ignore[union-attr]
            _parse_action("Rex dreht sich zu Robo", scene, cast).target) == ("look", robo)  # type: ignore[union-attr]
    assert _parse_action("Robo juggles three suns", scene, cast) is None


def test_speeds_and_durations_live_in_one_place() -> None:
    # the production walked at 1.1 m/s, ran at 2.6 and waved for 2.4 s; the engine and character motion at
    # 1.2, 3.0 and 2.0 (what the clips were tuned with): one table now, autark.scene.speeds
    from autark.jobs import produce
    from autark.scene import speeds

    scene = _dog_and_ball()
    _robo, rex, ball = scene.objects
    dist = abs(ball.transform.position[0] - rex.transform.position[0])
    (run,) = produce._fallback_actions(produce._Parsed(rex.id, "run", ball.id), scene, 0.0, 20.0)
    assert run.end_s - run.start_s == pytest.approx(dist / speeds.RUN_M_S, rel=0.1)
    # the engine runs the dog (a rigged animal now) at the same speed (to a stop beside the ball), plus the
    # 0.4 s a body takes to get going and to stop
    (act,) = interpret("Rex runs to the ball", scene)[0].actions  # type: ignore[attr-defined]
    way = math.dist(act.target[::2], rex.transform.position[::2])
    assert act.end_s - act.start_s == pytest.approx(way / speeds.RUN_M_S + 0.4, abs=0.01)
    (wave,) = produce._fallback_actions(produce._Parsed(rex.id, "wave", None), scene, 0.0, 20.0)
    (said,) = apply_ops(scene, interpret("Robo waves", scene)).timeline.actions
    assert wave.end_s - wave.start_s == said.end_s - said.start_s == speeds.GESTURE_S
    assert (speeds.WALK_M_S, speeds.RUN_M_S, speeds.GESTURE_S) == (1.2, 3.0, 2.0)
    assert not {n for n in vars(produce) if n.endswith(("_M_S", "GESTURE_S"))} - {"WALK_M_S", "RUN_M_S", "GESTURE_S"}
