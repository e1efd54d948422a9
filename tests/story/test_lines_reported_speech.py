"""What the idea says a character says is said by them, in their own words (story.reported_speech), and an
animal the idea makes speak has a voice (story.talking_animals). Ideas written for this test, both languages:
pleas, requests, news, questions, warnings, complaints, orders and quotations, by people and by animals."""

from __future__ import annotations

import pytest

from autark.story import plan
from autark.story.analysis import analyze
from autark.story.reported_speech import spoken
from autark.story.talking_animals import talking_animals, with_talking_animals

SPEECH = [
    ("The fish begs the fisherman to let it go", "Please, let me go!", "plea"),
    ("A goat asks the farmer to open the gate", "Please, open the gate!", "plea"),
    ("A talking cat asks a girl for some milk", "Could I have some milk, please?", "question"),
    ("A hungry wolf asks the shepherd for a sheep", "Could I have a sheep, please?", "question"),
    ("The donkey promises the farmer that he will carry the apples", "I will carry the apples.", "statement"),
    ("A girl tells her brother that she is hungry", "I am hungry.", "statement"),
    ("The crow tells the fox that the cheese is his", "The cheese is mine.", "statement"),
    ("The frog asks the princess whether he may sleep in her bed", "May I sleep in your bed?", "question"),
    ("A robot asks the children if they can help him", "Can you help me?", "question"),
    ("A little duck asks her mother where the pond is", "Where is the pond?", "question"),
    ("A mouse tells the elephant about the big city", "Let me tell you about the big city!", "tell"),
    ("A boy complains to his mother about the cold soup", "I do not like the cold soup!", "complain"),
    ("The queen orders the knight to find the golden ring", "Find the golden ring!", "order"),
    ("Der Rabe sagt dem Fuchs, dass der Käse ihm gehört", "Der Käse gehört mir.", "statement"),
    ("Die Katze sagt dem Hund, dass sie keine Angst hat", "Ich habe keine Angst.", "statement"),
    ("Der Frosch fragt die Prinzessin, ob er mitessen darf", "Darf ich mitessen?", "question"),
    ("Ein Junge fragt seine Mutter, wo der Ball ist", "Wo ist der Ball?", "question"),
    ("Die Maus bittet den Löwen, sie freizulassen", "Bitte, lass mich frei!", "plea"),
    ("Die Ente bittet den Fuchs, ihr zu helfen", "Bitte, hilf mir!", "plea"),
    ("Der Hase fleht den Jäger an, ihn gehen zu lassen", "Bitte, lass mich gehen!", "plea"),
    ("Ein sprechender Hund erzählt dem Jungen von seinem Knochen", "Ich erzähle dir von meinem Knochen!", "tell"),
    ("Ein Bär warnt die Kinder vor dem Gewitter", "Vorsicht vor dem Gewitter!", "warn"),
    ("Eine Kuh beschwert sich beim Bauern über das nasse Heu", "Ich mag das nasse Heu nicht!", "complain"),
    ("Der Fuchs bittet die Gans um einen Tanz", "Kann ich bitte einen Tanz haben?", "question"),
    ('Der Papagei ruft: "Hilfe, ein Sturm!"', "Hilfe, ein Sturm!", "quote"),
    ("The old sailor tells the boy where the treasure is", "I know where the treasure is!", "know"),
    ("Der Fuchs sagt dem Raben, wo der Käse liegt", "Ich weiß, wo der Käse liegt!", "know"),
]


def _speech(idea: str) -> tuple[str, str] | None:
    concept = analyze(idea)
    ev = next(e for e in concept.events if e.kind == "talk" or e.verb in ("talk", "argue"))
    return spoken(idea, ev, concept.language)


@pytest.mark.parametrize(("idea", "line", "act"), SPEECH, ids=[i[:34] for i, _l, _a in SPEECH])
def test_reported_speech_is_said_in_the_first_person(idea: str, line: str, act: str) -> None:
    assert _speech(idea) == (line, act)


@pytest.mark.parametrize("idea", ["An old owl tells the lost rabbit the way home",
                                  "Die Großmutter erzählt eine Geschichte"])
def test_speech_without_words_of_its_own_is_not_made_up(idea: str) -> None:
    concept = analyze(idea)
    for ev in concept.events:
        if ev.kind == "talk":
            said = spoken(idea, ev, concept.language)
            assert said is None or said[0].split()[0].lower() not in ("the", "die"), said


@pytest.mark.parametrize(("idea", "animal", "voice"), [
    ("The fish begs the fisherman to let it go", "Fish", "child"),
    ("A talking cat asks a girl for some milk", "Cat", "child"),
    ("A hungry wolf asks the shepherd for a sheep", "Wolf", "man"),
    ("Der Rabe sagt dem Fuchs, dass der Käse ihm gehört", "Rabe", "child"),
    ("Ein sprechender Hund spielt mit dem Jungen", "Hund", "child"),
    ("Eine Kuh beschwert sich beim Bauern über das nasse Heu", "Kuh", "woman"),
    ("Ein Bär warnt die Kinder vor dem Gewitter", "Bär", "man"),
])
def test_an_animal_the_idea_makes_speak_has_a_voice(idea: str, animal: str, voice: str) -> None:
    concept = with_talking_animals(analyze(idea))
    assert {c.name: c.voice for c in concept.characters}[animal] == voice


@pytest.mark.parametrize("idea", ["A dog chases a cat around the garden", "Ein Pferd frisst einen Apfel auf der Wiese",
                                  "The fox steals the cheese from the crow"])
def test_an_animal_that_does_not_speak_stays_mute(idea: str) -> None:
    assert not talking_animals(analyze(idea))


@pytest.mark.parametrize(("idea", "speaker", "line"), [
    ("The fish begs the fisherman to let it go", "Fish", "Please, let me go!"),
    ("A talking cat asks a girl for some milk", "Cat", "Could I have some milk, please?"),
    ("Die Maus bittet den Löwen, sie freizulassen", "Maus", "Bitte, lass mich frei!"),
    ("Der Frosch fragt die Prinzessin, ob er mitessen darf", "Frosch", "Darf ich mitessen?"),
    ("The queen orders the knight to find the golden ring", "Queen", "Find the golden ring!"),
    ("Ein Junge fragt seine Mutter, wo der Ball ist", "Junge", "Wo ist der Ball?"),
])
def test_the_film_says_it_and_the_one_spoken_to_answers(idea: str, speaker: str, line: str) -> None:
    lines = [(d.speaker, d.text) for sh in plan(idea, duration_s=30, seed=0).shots for d in sh.dialogue]
    at = lines.index((speaker, line))
    assert at + 1 < len(lines) and lines[at + 1][0] != speaker, lines  # answered by another
    assert lines[at + 1][1] not in ("Is that so?", "Ach ja?"), lines  # a plea, a question, an order: answered


def test_an_animal_asked_for_by_a_talking_animal_stays_mute_where_people_are() -> None:
    voices = {c.name: c.voice for c in with_talking_animals(analyze("A hungry wolf asks the shepherd for a sheep")).characters}
    assert voices["Wolf"] != "none" and voices["Sheep"] == "none", voices
    fable = {c.name: c.voice for c in with_talking_animals(analyze("Die Maus bittet den Löwen, sie freizulassen")).characters}
    assert "none" not in fable.values(), fable  # only animals: the lion answers the mouse
