"""A corpus of ideas written for this test (none a reviewed idea; English and German, animals, people, weak
nouns, stand-ins, singular and plural): who is cast, by which body, how many, and never a name in an oblique
case. Measured when written: 37 of these 66 ideas had a cast fault before story.german_nouns,
story.animal_sizes and the animal and role rows, 3 after (a German word the lexicon reads by an inflection it
is not, a noun read as a verb: outside the cast's own reading)."""

from __future__ import annotations

import pytest

from autark.assets.templates import fold
from autark.story.analysis import analyze

# idea -> {the idea's word: (the bodies that may play it, how many: exactly one, or at least that many)}
CORPUS = [
    ("Der Tierpfleger wäscht einen schmutzigen Elefanten", {"Elefanten": ({"elephant"}, 1)}),
    ("Die Jägerin verfolgt einen verwundeten Hirsch", {"Hirsch": ({"deer"}, 1)}),
    ("Ein Mädchen reitet auf einem müden Esel nach Hause", {"Esel": ({"horse"}, 1)}),
    ("Der Clown jongliert vor dem kleinen Prinzen", {"Prinzen": ({"prince", "boy"}, 1)}),
    ("Die Zauberin verwandelt ihren Nachbarn in einen Frosch", {"Nachbarn": ({"man"}, 1)}),
    ("Der Polizist sucht den entlaufenen Affen im Park", {"Affen": ({"monkey"}, 1)}),
    ("Ein Bauer füttert seinen alten Raben", {"Raben": ({"bird"}, 1)}),
    ("Die Kinder spielen mit den jungen Hasen", {"Hasen": ({"rabbit"}, 2)}),
    ("Der Löwe brüllt den frechen Jungen an", {"Jungen": ({"boy"}, 1), "Löwe": ({"lion"}, 1)}),
    ("Die Prinzessin gibt dem Drachen einen Namen", {"Drachen": ({"dragon"}, 1)}),
    ("Ein Soldat trägt den verletzten Kollegen ins Lager", {"Kollegen": ({"man", "soldier"}, 1)}),
    ("Der Kellner bringt dem Kunden die Suppe", {"Kunden": ({"man"}, 1)}),
    ("Der Bote überbringt dem Präsidenten einen Brief", {"Präsidenten": ({"businessman", "man"}, 1)}),
    ("Die Studentin hilft dem Astronauten beim Einsteigen", {"Astronauten": ({"astronaut"}, 1)}),
    ("Ein Pirat fesselt einen Matrosen an den Mast", {"Matrosen": ({"sailor"}, 1)}),
    ("Ein kleiner Igel klettert über den Gartenzaun", {"Igel": ({"mouse"}, 1)}),
    ("Ein alter Dachs gräbt eine Höhle", {"Dachs": ({"fox"}, 1)}),
    ("Eine junge Giraffe trinkt am Wasserloch", {"Giraffe": ({"giraffe"}, 1)}),
    ("Ein frecher Waschbär plündert die Mülltonne", {"Waschbär": ({"fox"}, 1)}),
    ("An old tortoise crosses the garden path very slowly", {"tortoise": ({"turtle"}, 1)}),
    ("A little owl hoots at the full moon", {"owl": ({"owl"}, 1)}),
    ("A young goat climbs onto the farmer's car", {"goat": ({"sheep"}, 1)}),
    ("A kangaroo hops across the dusty road", {"kangaroo": ({"rabbit"}, 1)}),
    ("A platypus paddles through the muddy creek", {"platypus": ({"mouse", "duck"}, 1)}),
    ("Ein Känguru springt über den Zaun", {"Känguru": ({"rabbit"}, 1)}),
    ("A sloth hangs from a branch and smiles", {"sloth": ({"monkey"}, 1)}),
    ("Ein Faultier schläft im Regenwald", {"Faultier": ({"monkey"}, 1)}),
    ("A skunk walks into the campsite at night", {"skunk": ({"fox"}, 1)}),
    ("Ein Stinktier erschreckt die Camper", {"Stinktier": ({"fox"}, 1)}),
    ("A squirrel buries an acorn under the bench", {"squirrel": ({"fox", "mouse"}, 1)}),
    ("Das Eichhörnchen sammelt Nüsse für den Winter", {"Eichhörnchen": ({"fox", "mouse"}, 1)}),
    ("Der Geier beobachtet den Wanderer", {"Geier": ({"bird"}, 1)}),
    ("A vulture lands next to the tired cowboy", {"vulture": ({"bird"}, 1)}),
    ("Eine Schnecke kriecht über das Gurkenbeet", {"Schnecke": ({"snail"}, 1)}),
    ("A walrus naps on the pier", {"walrus": ({"whale"}, 1)}),
    ("Ein Walross döst auf der Eisscholle", {"Walross": ({"whale"}, 1)}),
    ("A husky pulls the sled to the village", {"husky": ({"dog"}, 1)}),
    ("The bride dances with the old gardener", {"bride": ({"princess", "woman"}, 1)}),
    ("Der Bräutigam verliert den Ring im See", {"Bräutigam": ({"businessman", "man"}, 1)}),
    ("Ein Säugling lacht über den Hund", {"Säugling": ({"baby"}, 1)}),
    ("Die Witwe füttert ihre Katze", {"Witwe": ({"woman", "grandmother"}, 1)}),
    ("Ein Jugendlicher repariert sein Fahrrad", {"Jugendlicher": ({"student", "boy"}, 1)}),
    ("Zwei Bären stehlen Honig vom Imker", {"Bären": ({"bear"}, 2)}),
    ("Die Affen klauen die Hüte der Touristen", {"Affen": ({"monkey"}, 2)}),
    ("Der Hirte sucht seinen verlorenen Widder in den Bergen", {"Widder": ({"sheep"}, 1)}),
    ("Ein Biber fällt einen Baum am Fluss", {"Biber": ({"mouse", "fox"}, 1)}),
    ("Die Försterin rettet einen kleinen Fuchs aus der Falle", {"Fuchs": ({"fox"}, 1)}),
    ("Der Zirkusdirektor streichelt den zahmen Löwen", {"Löwen": ({"lion"}, 1)}),
    ("Ein Junge schenkt seinem besten Freund einen Hamster", {"Hamster": ({"mouse"}, 1)}),
    ("Die Bäckerin verjagt einen frechen Spatzen", {"Spatzen": ({"bird"}, 1)}),
    ("Der König begrüßt den fremden Prinzen am Tor", {"Prinzen": ({"prince"}, 1)}),
    ("Ein Seehund klaut dem Angler den Fisch", {"Seehund": ({"whale"}, 1)}),
    ("Ein Pelikan schluckt den Hut des Matrosen", {"Pelikan": ({"bird"}, 1)}),
    ("Ein Nilpferd gähnt im Schlammloch", {"Nilpferd": ({"elephant"}, 1)}),
    ("A mole pops out of the lawn during the picnic", {"mole": ({"mouse"}, 1)}),
    ("An otter juggles pebbles on its belly", {"otter": ({"fox"}, 1)}),
    ("A lonely camel crosses the desert at dawn", {"camel": ({"horse"}, 1)}),
    ("A raccoon opens the fridge at midnight", {"raccoon": ({"fox"}, 1)}),
    ("A chimpanzee paints a portrait of the zookeeper", {"chimpanzee": ({"monkey"}, 1)}),
    ("A hedgehog and a rabbit race to the old oak", {"hedgehog": ({"mouse"}, 1), "rabbit": ({"rabbit"}, 1)}),
    ("An old donkey refuses to cross the bridge", {"donkey": ({"horse"}, 1)}),
    ("A baby elephant sprays water at the tourists", {"elephant": ({"elephant"}, 1)}),
    ("Die Braut verliert ihren Schleier im Wind", {"Braut": ({"princess", "woman"}, 1)}),
    ("Der Nachbar leiht dem Studenten eine Leiter", {"Studenten": ({"student"}, 1), "Nachbar": ({"man"}, 1)}),
    ("Die Ärztin untersucht den kranken Elefanten", {"Elefanten": ({"elephant"}, 1)}),
    ("Der Drache entführt einen ängstlichen Bauern", {"Bauern": ({"farmer"}, 1)}),
]
# names a German idea's weak noun must not be given (the nominative is: Prinz, Nachbar, Kunde)
OBLIQUE = {"Prinzen", "Nachbarn", "Kollegen", "Kunden", "Präsidenten", "Astronauten", "Matrosen", "Jungen",
           "Elefanten", "Affen", "Raben", "Hasen", "Spatzen", "Studenten", "Bauern", "Löwen"}
MOST_FAULTS = 3


def _faults(idea: str, want: dict) -> list[str]:
    concept = analyze(idea)
    bad = []
    for word, (bodies, n) in want.items():
        got = [c.type for c in concept.characters if fold(c.word) == fold(word)]
        if not got or got[0] not in bodies or (len(got) != n if n == 1 else len(got) < n):
            bad.append(f"{word}: {got}")
    return bad + [f"named {c.name}" for c in concept.characters if c.name in OBLIQUE]


@pytest.mark.slow  # 66 ideas read: about 10 s of CPU
def test_the_cast_corpus() -> None:
    faults = {idea: bad for idea, want in CORPUS if (bad := _faults(idea, want))}
    assert len(CORPUS) >= 60
    assert len(faults) <= MOST_FAULTS, faults
