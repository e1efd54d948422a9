"""Sounds heard from off screen, read from ideas in both languages across genres: the hearing is an event of its
own (``hear``, staged as ``listen`` with the sound), the sound is no thing of the set (no staircase for the
footsteps, no knocking by the listener), no unknown word, and the plan's shot has the listener listening to
it. The last ten ideas were written before the reading was built and only measured at the end."""

from __future__ import annotations

import pytest

from autark.language.heard_words import heard_phrase, heard_sound
from autark.story import analyze
from autark.story.narrative import plan

CORPUS = [
    ("At night in an old castle, a young knight hears footsteps behind the door.", "footsteps"),
    ("A lonely lighthouse keeper hears a scream from the sea and rows out in the storm.", "scream"),
    ("The farmer hears a strange noise in the barn and finds a baby dragon.", "noise"),
    ("Two campers hear a wolf howling in the forest and hide in their tent.", "howl"),
    ("A girl hears a knock at the door on a rainy evening and finds a wet kitten.", "knock"),
    ("In the haunted library, the old librarian hears the floor creaking.", "creak"),
    ("A detective hears a crash in the kitchen and catches the thief.", "crash"),
    ("The sleepy baker hears the doorbell and opens the door for a giant.", "bell"),
    ("In the jungle, the explorer hears a roar and climbs a tree.", "roar"),
    ("A farmer's wife hears the cows mooing at midnight and runs to the barn.", "moo"),
    ("The little prince hears a bird chirping outside his window.", "chirp"),
    ("During the night a nurse hears a loud bang in the hospital.", "bang"),
    ("A cowboy hears a horse neighing in the desert and follows the sound.", "neigh"),
    ("An old man hears a cry for help from the river and jumps in.", "scream"),
    ("The astronaut hears a strange knocking on the outside of the space station.", "knock"),
    ("Im alten Schloss hört ein junger Ritter nachts Schritte im Gang.", "footsteps"),
    ("Ein Mädchen hört nachts ein Klopfen an der Tür und findet einen nassen Welpen.", "knock"),
    ("Die Oma hört ein seltsames Geräusch im Keller und findet eine Katze.", "noise"),
    ("Zwei Wanderer hören im Wald das Heulen der Wölfe und rennen nach Hause.", "howl"),
    ("Der Nachtwächter hört einen Schrei im Museum und ruft die Polizei.", "scream"),
    ("In der Bibliothek hört die Bibliothekarin das Knarren der alten Treppe.", "creak"),
    ("Der Bäcker hört um Mitternacht ein lautes Klirren in der Backstube.", "crash"),
    ("Ein kleiner Junge hört das Bellen eines Hundes und sucht ihn im Park.", "bark"),
    ("Die Prinzessin hört ein Miauen unter ihrem Bett.", "meow"),
    ("Der Fischer hört ein Platschen im See und sieht einen riesigen Fisch.", "splash"),
    ("Im Zirkus hört der Clown einen lauten Knall und fällt vom Stuhl.", "bang"),
    ("Der Bauer hört nachts das Muhen seiner Kuh und läuft in den Stall.", "moo"),
    ("Die Lehrerin hört ein Pfeifen im Klassenzimmer und schaut sich um.", "whistle"),
    ("Eine Hexe lauscht dem Gezwitscher der Vögel im Garten.", "chirp"),
    ("Der Kapitän hört das Läuten der Glocke und steuert das Schiff zum Hafen.", "bell"),
]
HELD_OUT = [
    ("A shy robot hears footsteps in the empty factory and hides behind a box.", "footsteps"),
    ("The queen hears a loud crash in the throne room and calls the guards.", "crash"),
    ("On the farm a boy hears his dog barking at the fence.", "bark"),
    ("A pirate hears a splash next to his ship and sees a mermaid.", "splash"),
    ("The night guard hears whistling in the dark parking garage.", "whistle"),
    ("Der Astronaut hört ein Klopfen an der Raumstation.", "knock"),
    ("Im verschneiten Wald hört ein Fuchs das Brüllen eines Bären.", "roar"),
    ("Die Köchin hört ein Knarzen in der Speisekammer und findet eine Maus.", "creak"),
    ("Ein Ritter hört Hilfeschreie aus dem Turm und rettet die Prinzessin.", "scream"),
    ("Der Opa hört nachts Geräusche im Garten und findet einen Igel.", "noise"),
]


def _sound_of(words: str) -> str | None:
    return heard_sound(words) if " " not in words else heard_phrase(words)


@pytest.mark.parametrize(("idea", "sound"), CORPUS + HELD_OUT)
def test_a_sound_heard_is_listened_to_and_is_no_thing(idea: str, sound: str) -> None:
    concept = analyze(idea)
    (hearing,) = [e for e in concept.events if e.verb == "hear"]
    assert _sound_of(hearing.sound) == sound and hearing.agents, hearing
    assert not any(o.word.lower() in hearing.sound.lower().split() for o in concept.objects), concept.objects
    assert not any(w.lower() in hearing.sound.lower().split() for w in concept.unknown_words)
    screenplay = plan(idea, 30.0)
    listened = [a for s in screenplay.shots for a in s.actions
                if a.startswith(hearing.agents[0]) and (" listens to " in a or " hört " in a)]
    assert listened and hearing.sound.split()[-1] in listened[0], [s.actions for s in screenplay.shots]


@pytest.mark.parametrize("idea", [
    "Im Zirkus fällt der Clown vom Stuhl, und die Zuschauer klatschen, weil sie denken, es gehört zur Show.",
    "Der Ball gehört dem Jungen, aber der Hund spielt damit.",
])
def test_what_belongs_to_someone_is_heard_by_no_one(idea: str) -> None:
    """"gehört" is gehören (belongs) in an idea's present tense, never hören: no one listens."""
    concept = analyze(idea)
    assert not [e for e in concept.events if e.verb in ("hear", "stand_in")], concept.events
