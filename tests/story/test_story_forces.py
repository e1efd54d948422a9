"""Forces of nature acting on a thing (story.forces): a wave, the wind, a river, an avalanche, lightning, a fire or
an earthquake as the subject of an act is read as the force, and what it does is drawn on the thing it acts on
(carried off, blown away, buried, burnt, broken), in both languages. Sentences are this file's own."""

from __future__ import annotations

import pytest

from autark.audio import VoiceEngine
from autark.jobs.produce import build_scene
from autark.motion import evaluate_scene
from autark.scene.geometry import world_bbox
from autark.story import plan, semantic
from autark.story.analysis import analyze
from autark.story.forces import force_effect, force_of


@pytest.fixture(autouse=True)
def no_embeddings(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(semantic, "semantic_available", lambda: False)


# (idea, the thing acted on, the change drawn on it)
CORPUS = [
    ("two children build a sand castle on the beach until a huge wave washes it away", "sand_castle", "break"),
    ("a fisherman sits by the river until the current carries his boat off", "boat", "wash_away"),
    ("a girl flies her kite in the meadow until a sudden gust takes it", "kite", "float_away"),
    ("an old farmer sleeps in the hut until an avalanche buries the hut", "house", "vanish"),
    ("lightning strikes the old oak tree while a shepherd watches", "tree", "burn"),
    ("a heavy storm blows the tent away and the campers run", "tent", "float_away"),
    ("the scouts sit by the campfire until a tornado lifts their car", "car", "float_away"),
    ("a man reads the newspaper on a bench until the wind blows it away", "newspaper", "float_away"),
    ("the strong wind knocks the scarecrow over in the field", "scarecrow", "break"),
    ("a boy builds a snowman until a landslide buries it", "snowman", "vanish"),
    ("the tide washes the little boat out to sea while a sailor shouts", "boat", "wash_away"),
    ("a fire burns the old barn down while the farmer's wife cries", "barn", "burn"),
    ("an earthquake destroys the tower and the king flees", "castle_tower", "break"),
    ("a wave sweeps the surfboard away and the surfer swims after it", "surfboard", "wash_away"),
    ("the river sweeps the raft downstream and two friends run along the bank", "raft", "wash_away"),
    ("a blizzard buries the car and the family waits", "car", "vanish"),
    ("Zwei Kinder bauen eine Sandburg, bis eine riesige Welle sie wegspült", "sand_castle", "break"),
    ("Ein Blitz schlägt in die alte Scheune ein und der Bauer rennt", "barn", "burn"),
    ("Eine Lawine begräbt die kleine Hütte am Berg", "house", "vanish"),
    ("Der heftige Sturm trägt das Zelt davon und die Wanderer staunen", "tent", "float_away"),
    ("Ein Mädchen lässt ihren Drachen steigen, bis der Wind ihn wegträgt", "kite", "float_away"),
    ("Die Strömung treibt das Boot fort und der Fischer ruft um Hilfe", "boat", "wash_away"),
    ("Ein Feuer verbrennt die Hütte des Försters", "house", "burn"),
    ("Ein starkes Erdbeben zerstört den Turm und die Ritter fliehen", "castle_tower", "break"),
    ("Der Fluss nimmt das Floß mit und die Kinder laufen hinterher", "raft", "wash_away"),
    ("Ein Tornado hebt das Auto hoch und der Farmer schaut entsetzt", "car", "float_away"),
    ("Der Blitz trifft den Baum im Garten und die Oma erschrickt", "tree", "burn"),
    ("Eine große Welle spült den Sonnenschirm weg und die Familie lacht", "beach_umbrella", "wash_away"),
    ("Schnee begräbt das Auto des Lehrers über Nacht", "car", "vanish"),
    ("Die Flutwelle reißt das Ruderboot mit und die Fischer rufen", "boat", "wash_away"),
    ("a boy leaves his bicycle by the lake and the flood carries it off", "bicycle", "wash_away"),
    ("a flood tears the wooden bridge away while the villagers watch", "bridge", "break"),
    ("Eine Sturmflut reißt das Fischerboot vom Steg", "boat", "wash_away"),
    ("a gust of wind blows the umbrella out of the old lady's hand", "umbrella", "float_away"),
    ("Ein plötzlicher Windstoß reißt dem Opa den Hut vom Kopf", "hat", "float_away"),
]


@pytest.mark.parametrize(("idea", "thing", "change"), CORPUS)
def test_a_force_changes_the_thing_it_acts_on(idea: str, thing: str, change: str) -> None:
    concept = analyze(idea)
    changes = {(fx.kind, fx.target) for fx in map(force_effect, concept.events) if fx is not None}
    if not changes:  # a buried thing may be read by presence (it vanishes) rather than by the force
        changes = {(e.kind, e.target) for s in plan(idea, duration_s=30, seed=0).scenes for sh in s.shots
                   for e in sh.effects}
    assert (change, thing) in changes, (concept.events, changes)
    assert not any(e.verb == "wave" for e in concept.events)  # "a wave" is the force, nobody waving


@pytest.mark.parametrize(("word", "force"), [
    ("Flutwelle", "water"), ("Sturmböe", "air"), ("Strömung", "water"), ("Schneelawine", "bury"),
    ("gust", "air"), ("lightning", "fire"), ("Erdbeben", "quake"), ("table", ""), ("Tisch", ""), ("Wellensittich", ""),
])
def test_force_words(word: str, force: str) -> None:
    assert force_of(word) == force


@pytest.mark.parametrize("idea", [
    "the boy in the snow builds a snowman",
    "a girl by the river catches a fish",
    "a girl plays with her boat in the garden",
    "the wind blows over the meadow while a boy reads",
    "ein Junge trägt das Boot zum See",
])
def test_no_force_no_change(idea: str) -> None:
    assert not [fx for fx in map(force_effect, analyze(idea).events) if fx is not None]


def test_a_boat_the_current_takes_is_carried_off_along_the_water(brisk_voices: VoiceEngine) -> None:
    spec = plan("a fisherman sits by the river until the current carries his boat off", duration_s=20,
                seed=1).scenes[0]
    scene = build_scene(spec, width=160, height=90, fps=10, voices=brisk_voices, check_shots=False)
    away = next(o for o in scene.objects if o.id.endswith("_away"))
    own = away.id.removesuffix("_away")
    keys = next(t for t in scene.timeline.tracks if t.target == f"object:{away.id}.visible").keyframes
    shown, gone = keys[1].time_s, keys[2].time_s
    assert gone - shown >= 3.0
    start = world_bbox(evaluate_scene(scene, shown + 0.05).object(away.id)).center
    end = world_bbox(evaluate_scene(scene, gone - 0.05).object(away.id)).center
    assert abs(end[0] - start[0]) > 4.0  # off to the side, out of the set
    assert end[1] < start[1] + 0.2  # along the water, not up into the sky
    waters = [world_bbox(o) for o in scene.objects if "river" in o.type or "river" in o.name.lower()]
    if waters:  # pulled into the set's river first, then carried along it
        assert any(w.min[2] - 0.6 <= end[2] <= w.max[2] + 0.6 for w in waters), (end, [(w.min, w.max) for w in waters])
    assert not evaluate_scene(scene, shown + 0.05).object(own).visible
    assert not evaluate_scene(scene, gone + 0.1).object(away.id).visible


@pytest.mark.parametrize("idea", [
    "two children build a sand castle on the beach until a huge wave washes it away",
    "Eine Lawine begräbt die kleine Hütte am Berg",
    "a fire burns the old barn down while the farmer's wife cries",
])
def test_the_cast_runs_from_the_force_and_nobody_plays_it(idea: str) -> None:
    shots = [sh for s in plan(idea, duration_s=30, seed=0).scenes for sh in s.shots]
    hit = next(sh for sh in shots if any(e.kind in ("break", "vanish", "burn") for e in sh.effects))
    assert hit.actions and (" flees" in hit.actions[0] or " flieht" in hit.actions[0]), hit.actions
    assert not any(" kneel" in a or " kniet" in a for a in hit.actions)  # nobody plays the avalanche
