"""Questions about the scene (issue 21, item 1): a table of English and German questions over scenes built from
commands, each with the facts its answer must state (names, counts, relation words, numbers within a
tolerance, the ids it refers to); questions change nothing; a question in a command's place is no error."""

from __future__ import annotations

import re
from functools import cache

import pytest

from autark.language import interpret
from autark.language.answers import answer
from autark.language.questions import is_question, read_question
from autark.ops import apply_ops
from autark.scene.model import Scene

SCENES = {
    # table in the middle, lamp and two cups on it, sofa 1.2 m right, red chair left, Robo behind, ball in front
    "room": ["add a table", "put a lamp on the table", "add two cups on the table",
             "add a sofa 1.2 m right of the table", "add a red chair left of the table",
             "add a robot named Robo behind the table", "add a blue ball in front of the table",
             "Robo says hello there", "at 5 seconds Robo waves", "play sad music"],
    # built in German: a table, two chairs next to it, a green tree, Anna who speaks, walks, and a dolly
    "dorf": ["stell einen Tisch in die Mitte", "stell zwei Stühle neben den Tisch", "füge einen grünen Baum hinzu",
             "füge eine Frau namens Anna hinzu", "Anna sagt guten Morgen", "nach 2 Sekunden geht Anna zum Tisch",
             "die Kamera fährt langsam auf den Tisch zu"],
}


@cache
def scene_of(key: str) -> Scene:
    scene = Scene()
    for command in SCENES[key]:
        scene = apply_ops(scene, interpret(command, scene))
    return scene


# (scene, question, words the answer must hold, ids it must refer to, numbers it must state (value, tolerance))
T = tuple[str, str, list[str], list[str], list[tuple[float, float]]]
TABLE: list[T] = [
    # where is X
    ("room", "where is the table?", ["table", "middle", "lamp", "two cups", "on it"], ["obj1", "obj2", "obj3"],
     [(0.0, 0.05)]),
    ("room", "wo steht der Tisch?", ["Tisch", "Mitte", "darauf", "Tischlampe", "zwei Tassen"], ["obj1", "obj2"], []),
    ("room", "where is the kitchen table?", ["table", "middle"], ["obj1"], []),
    ("room", "where is the sofa?", ["sofa", "right", "right of the table"], ["obj5", "obj1"], [(3.0, 0.05)]),
    ("room", "wo ist das Sofa?", ["Sofa", "rechts", "rechts von Tisch"], ["obj5"], [(3.0, 0.05)]),
    ("room", "where is the red chair", ["red chair", "left", "left of the table"], ["obj6", "obj1"], [(-1.1, 0.06)]),
    ("room", "wo steht der rote Stuhl?", ["Roter Stuhl", "links von Tisch"], ["obj6"], [(-1.1, 0.06)]),
    ("room", "where is Robo?", ["Robo", "behind the table"], ["obj7", "obj1"], [(-0.7, 0.06)]),
    ("room", "wo ist Robo?", ["Robo", "hinter Tisch"], ["obj7"], [(-0.7, 0.06)]),
    ("room", "where are the cups?", ["two", "cup", "on the table", "0.75 m up"], ["obj3", "obj4", "obj1"],
     [(0.75, 0.01)]),
    ("room", "wo sind die Tassen?", ["zwei", "Tasse", "auf Tisch", "hoch"], ["obj3", "obj4"], [(0.75, 0.01)]),
    ("room", "where is the lamp?", ["table lamp", "on the table"], ["obj2", "obj1"], [(0.75, 0.01)]),
    ("room", "wo steht die Lampe?", ["Tischlampe", "auf Tisch"], ["obj2", "obj1"], []),
    ("room", "where is the ball?", ["blue ball", "in front of the table"], ["obj8", "obj1"], [(0.7, 0.06)]),
    ("room", "wo liegt der Ball?", ["Blauer Ball", "vor Tisch"], ["obj8"], []),
    ("room", "where is the dragon?", ["no dragon"], [], []),
    ("room", "where is the tree?", ["no tree"], [], []),
    ("dorf", "wo ist Anna?", ["Anna", "hinter Tisch"], ["obj5", "obj1"], [(-0.65, 0.1)]),
    ("dorf", "where are the chairs?", ["two", "chair", "right"], ["obj2", "obj3"], [(1.1, 0.06)]),
    ("dorf", "wo stehen die Stühle?", ["zwei", "Stuhl", "rechts"], ["obj2", "obj3"], []),
    ("dorf", "wo ist der Baum?", ["Grüner Baum", "vor Tisch"], ["obj4"], []),
    # what is on / next to / behind / in front of / left of / right of / under X
    ("room", "what is on the table?", ["table lamp", "two cups", "on the table"], ["obj2", "obj3", "obj4"], []),
    ("room", "was steht auf dem Tisch?", ["Auf Tisch", "Tischlampe", "zwei Tassen"], ["obj2", "obj3", "obj4"], []),
    ("room", "what is next to the table?", ["red chair", "Robo", "blue ball", "next to the table"],
     ["obj6", "obj7", "obj8"], []),
    ("room", "was steht neben dem Tisch?", ["Neben Tisch", "Roter Stuhl", "Robo"], ["obj6", "obj7"], []),
    ("room", "what is behind the table?", ["Robo", "behind the table"], ["obj7"], []),
    ("room", "was steht hinter dem Tisch?", ["Hinter Tisch", "Robo"], ["obj7"], []),
    ("room", "what is in front of the table?", ["blue ball", "in front of the table"], ["obj8"], []),
    ("room", "was liegt vor dem Tisch?", ["Vor Tisch", "Blauer Ball"], ["obj8"], []),
    ("room", "what is left of the table?", ["red chair", "left of the table"], ["obj6"], []),
    ("room", "was steht links vom Tisch?", ["Links von Tisch", "Roter Stuhl"], ["obj6"], []),
    ("room", "what is right of the table?", ["sofa", "right of the table"], ["obj5"], []),
    ("room", "was steht rechts vom Tisch?", ["Rechts von Tisch", "Sofa"], ["obj5"], []),
    ("room", "what is under the lamp?", ["table", "under"], ["obj1"], []),
    ("room", "what is on the sofa?", ["Nothing", "on the sofa"], [], []),
    ("room", "was liegt auf dem Sofa?", ["Auf Sofa ist nichts"], [], []),
    ("dorf", "what is next to the table?", ["two chairs", "Anna"], ["obj2", "obj3", "obj5"], []),
    ("dorf", "was steht neben dem Tisch?", ["zwei Stühle", "Anna"], ["obj2", "obj3"], []),
    ("dorf", "what is on the table?", ["Nothing"], [], []),
    # yes or no
    ("room", "is the lamp on the table?", ["Yes", "table lamp"], ["obj2"], []),
    ("room", "ist die Lampe auf dem Tisch?", ["Ja", "Tischlampe"], ["obj2"], []),
    ("room", "is the chair right of the table?", ["No", "sofa"], ["obj5"], []),
    ("room", "ist der Ball vor dem Tisch?", ["Ja", "Blauer Ball"], ["obj8"], []),
    ("room", "is the ball on the sofa?", ["No", "Nothing"], [], []),
    # how many
    ("room", "how many cups are there?", ["2 cups"], ["obj3", "obj4"], [(2, 0)]),
    ("room", "wie viele Tassen gibt es?", ["2 Tassen"], ["obj3", "obj4"], [(2, 0)]),
    ("room", "how many chairs are there?", ["one red chair"], ["obj6"], []),
    ("room", "how many tables are in the scene?", ["one table"], ["obj1"], []),
    ("room", "how many trees are there?", ["no trees"], [], []),
    ("room", "how many things are there?", ["8 things"], ["obj1", "obj8"], [(8, 0)]),
    ("dorf", "how many chairs are there?", ["2 chairs"], ["obj2", "obj3"], [(2, 0)]),
    ("dorf", "wie viele Stühle gibt es?", ["2 Stühle"], ["obj2", "obj3"], [(2, 0)]),
    ("dorf", "wie viele Frauen gibt es?", ["1", "Anna"], ["obj5"], []),
    ("dorf", "how many people are there?", ["one", "Anna"], ["obj5"], []),
    # the camera
    ("room", "what does the camera see?", ["0.0 s", "main", "table", "sofa (right)", "Robo"], ["obj1", "obj5"], []),
    ("room", "was sieht die Kamera?", ["sieht die Kamera", "Tisch", "Sofa (rechts)"], ["obj1", "obj5"], []),
    ("room", "what does the camera see at 5 seconds?", ["5.0 s", "table"], ["obj1"], [(5.0, 0.01)]),
    ("dorf", "was sieht die Kamera bei 8 Sekunden?", ["8.0 s", "Tisch", "Anna"], ["obj1", "obj5"], []),
    ("dorf", "what does the camera see at 8 seconds?", ["8.0 s", "table", "Anna"], ["obj1", "obj5"], []),
    # what happens at a time
    ("room", "what happens at 5 seconds?", ["Robo waves", "5.0 s", "7.0 s"], ["obj7"], [(7.0, 0.01)]),
    ("room", "was passiert bei 5 Sekunden?", ["Robo winkt"], ["obj7"], [(5.0, 0.01)]),
    ("room", "what happens at 6 s?", ["Robo waves"], ["obj7"], []),
    ("room", "what happens at 3 seconds?", ["nothing happens"], [], []),
    ("room", "was passiert nach 2 Sekunden?", ["passiert nichts"], [], []),
    ("room", "what happens at 60 seconds?", ["over", "7.0 s long"], [], [(7.0, 0.01)]),
    ("dorf", "what happens at 3.5 seconds?", ["Anna walks", "camera 'main'"], ["obj5"], []),
    ("dorf", "was passiert bei 3,5 Sekunden?", ["Anna geht", "Kamera 'main'"], ["obj5"], []),
    # who says what
    ("room", "who says what?", ["Robo says", "hello there", "0.0 s"], ["obj7"], []),
    ("room", "wer sagt was?", ["sagt Robo", "hello there"], ["obj7"], []),
    ("room", "what does Robo say?", ["hello there"], ["obj7"], []),
    ("room", "was sagt Robo?", ["hello there"], ["obj7"], []),
    ("room", "when does Robo speak?", ["0.0 s", "hello there"], ["obj7"], []),
    ("dorf", "was sagt Anna?", ["sagt Anna", "guten Morgen"], ["obj5"], []),
    ("dorf", "what does Anna say?", ["Anna says", "guten Morgen"], ["obj5"], []),
    # how long is the film
    ("room", "how long is the film?", ["7.0 s long"], [], [(7.0, 0.01)]),
    ("room", "wie lang ist der Film?", ["dauert 7.0 s"], [], [(7.0, 0.01)]),
    ("room", "wie lange dauert der Film?", ["dauert"], [], [(7.0, 0.01)]),
    ("dorf", "how long is the film?", ["long"], [], [(9.9, 0.06)]),
    # colours
    ("room", "what colour is the chair?", ["red chair is red"], ["obj6"], []),
    ("room", "welche Farbe hat der Stuhl?", ["ist rot"], ["obj6"], []),
    ("room", "what color is the ball?", ["is blue"], ["obj8"], []),
    ("room", "welche Farbe hat der Ball?", ["ist blau"], ["obj8"], []),
    ("dorf", "what colour is the tree?", ["green tree is green"], ["obj4"], []),
    ("dorf", "welche Farbe hat der Baum?", ["ist grün"], ["obj4"], []),
    # who and what is in the scene
    ("room", "who is in the scene?", ["Robo (a robot)", "in the scene"], ["obj7"], []),
    ("room", "wer ist in der Szene?", ["Robo (Roboter)", "in der Szene"], ["obj7"], []),
    ("dorf", "who is in the scene?", ["Anna (a woman)"], ["obj5"], []),
    ("dorf", "wer ist in der Szene?", ["Anna (Frau)"], ["obj5"], []),
    ("room", "what is in the scene?", ["table", "table lamp", "two cups", "sofa", "red chair", "Robo", "blue ball"],
     ["obj1", "obj8"], []),
    ("room", "was ist in der Szene?", ["Tisch", "zwei Tassen", "Sofa", "Roter Stuhl"], ["obj1"], []),
]

_NUMBER = re.compile(r"-?\d+(?:\.\d+)?")


def test_the_table_is_big_and_bilingual() -> None:
    german = [q for _s, q, *_ in TABLE if read_question(q).german]  # type: ignore[union-attr]
    assert len(TABLE) >= 60 and len(german) >= 30 and len(TABLE) - len(german) >= 30


@pytest.mark.parametrize(("key", "question", "words", "ids", "numbers"), TABLE,
                         ids=[f"{k}:{q}" for k, q, *_ in TABLE])
def test_question_is_answered_with_its_facts(key: str, question: str, words: list[str], ids: list[str],
                                             numbers: list[tuple[float, float]]) -> None:
    scene = scene_of(key)
    before = scene.model_dump_json()
    reply = answer(question, scene)
    assert reply is not None, f"{question!r} was not read as a question"
    for word in words:
        assert word.lower() in reply.text.lower(), f"{question!r}: {word!r} missing from {reply.text!r}"
    assert set(ids) <= set(reply.ids), f"{question!r}: refers to {reply.ids}, expected {ids}"
    stated = [float(n) for n in _NUMBER.findall(reply.text)]
    for value, tolerance in numbers:
        assert any(abs(n - value) <= tolerance + 1e-9 for n in stated), f"{question!r}: no {value} in {reply.text!r}"
    assert scene.model_dump_json() == before  # answering never changes the scene


def test_answers_come_in_the_askers_language() -> None:
    scene = scene_of("room")
    assert answer("wie viele Tassen gibt es?", scene).german  # type: ignore[union-attr]
    assert not answer("how many cups are there?", scene).german  # type: ignore[union-attr]


@pytest.mark.parametrize("command", ["add a red chair", "Robo says where is the cat?", "stell einen Tisch hin",
                                     "what", "Robo: who are you?"])
def test_commands_and_spoken_lines_are_no_questions(command: str) -> None:
    words = command.lower().replace("?", " ?").replace(":", " :").split()
    assert (command == "what") == is_question(words)
    assert command == "what" or answer(command, scene_of("room")) is None


def test_a_question_as_a_command_changes_nothing() -> None:
    scene = scene_of("room")
    assert interpret("where is the kitchen table?", scene) == []
    assert interpret("wie viele Stühle gibt es?", scene) == []


def test_it_means_what_the_last_command_talked_about_and_this_is_no_it() -> None:
    scene = Scene()
    for command in ("add a table", "add a red chair next to the table"):
        scene = apply_ops(scene, interpret(command, scene))
    chair = next(o.id for o in scene.objects if o.type == "chair")
    for question in ("where is it?", "wo ist er?", "what colour is it?"):
        reply = answer(question, scene)
        assert reply is not None and reply.ids[0] == chair and ("red" in reply.text or "Roter" in reply.text)
    assert read_question("why this music?").np is None  # type: ignore[union-attr]
