"""More ideas for the whole cast (plan level, no film), written after ``test_cast_headcount_corpus`` and first
measured before any fix was tuned on them: counts in words, digits and dozens, group nouns ("a pack of
wolves", "ein Schwarm Fische"), the animals of a place ("the zoo animals", "die Haustiere"), crews by their
vessel, people named late, royal relations, a giant's size and no one unasked. Same format and checks as
``test_cast_headcount_corpus``."""

from __future__ import annotations

import pytest
from cast_check import cast_faults

CORPUS = [
 ("nine scouts pitch their tents beside a river", 8, 9, [], {}),
 ("Sechs Bauern ernten Kartoffeln auf dem Feld", 6, 6, [], {}),
 ("a dozen penguins slide down an icy hill", 8, 8, [], {"penguin": 8}),
 ("Ein halbes Dutzend Enten schwimmt im Teich", 6, 6, [], {"duck": 6}),
 ("4 cooks prepare a feast for the king", 5, 5, [], {"king": 1}),
 ("Zehn Soldaten bewachen das Tor der Burg", 8, 10, [], {}),
 ("three grandmothers knit a giant scarf together", 3, 3, [], {"grandmother": 3}),
 ("fünf Polizisten jagen einen Dieb durch die Stadt", 6, 6, [], {}),
 ("a pack of wolves surrounds a lonely hunter", 5, 6, [], {"wolf": 3}),
 ("Ein Rudel Hunde rennt über den Strand", 4, 6, [], {"dog": 4}),
 ("a gang of thieves robs a bank at midnight", 4, 6, [], {}),
 ("eine Schar Kinder läuft dem Eiswagen hinterher", 4, 6, [], {}),
 ("the jungle animals gather at the river to drink", 3, 8, [], {}),
 ("Die Zootiere brechen in der Nacht aus", 3, 8, [], {}),
 ("the farm animals throw a party in the barn", 3, 8, [], {}),
 ("Alle Tiere des Waldes suchen den kleinen Igel", 3, 8, [], {}),
 ("the crew of a rocket lands on a strange planet", 3, 4, [], {}),
 ("Die Besatzung eines Flugzeugs wartet auf den Start", 3, 4, [], {}),
 ("Triplets share one umbrella in the rain", 3, 3, [], {}),
 ("die Vierlinge feiern ihren Geburtstag", 4, 4, [], {}),
 ("a boy builds a sandcastle until Noah kicks it over", 2, 2, ["Noah"], {"boy": 1}),
 ("Eine Katze schläft auf dem Sofa, als Jakob nach Hause kommt", 2, 2, ["Jakob"], {"cat": 1}),
 ("an old fisherman tells stories to his granddaughter Mila", 2, 2, ["Mila"], {}),
 ("Der Bäcker backt Brötchen, bis Frieda an die Tür klopft", 2, 2, ["Frieda"], {}),
 ("a robot and its inventor Hugo test a new engine", 2, 2, ["Hugo"], {"robot": 1}),
 ("Ein Pirat vergräbt einen Schatz, doch Ronja beobachtet ihn", 2, 2, ["Ronja"], {"pirate": 1}),
 ("the queen's daughter escapes from the tower", 1, 2, [], {"princess": 1}),
 ("Der Sohn des Kaisers reitet durch die Wüste", 1, 3, [], {"prince": 1}),
 ("a giant helps a lost child find her way home", 2, 2, [], {}),
 ("Ein Riese und ein Zwerg spielen Schach", 2, 2, [], {"dwarf": 1}),
 ("an old woman feeds her chickens every morning", 2, 6, [], {"grandmother": 1, "chicken": 1}),
 ("ein kleiner Junge und sein Opa fliegen einen Drachen", 2, 2, [], {"boy": 1, "grandfather": 1}),
 ("a teacher reads a story to the class", 3, 10, [], {"teacher": 1}),
 ("a nurse helps an old man across the street", 2, 2, [], {}),
 ("Ein Astronaut repariert eine Antenne auf dem Mond", 1, 1, [], {}),
 ("a detective examines a footprint in the mud", 1, 1, [], {}),
 ("eine Ärztin untersucht einen kranken Hund", 2, 2, [], {"dog": 1}),
 ("a pair of swans glide across a quiet lake", 2, 2, [], {}),
 ("Vier Musikerinnen spielen in einer Kirche", 4, 4, [], {}),
 ("seven dwarfs march home from the mine", 7, 7, [], {"dwarf": 7}),
 ("twelve knights sit at a round table", 8, 8, [], {}),
 ("Mehrere Kinder bauen eine Sandburg am Strand", 3, 6, [], {}),
("eleven footballers warm up before the match", 8, 8, [], {}),
 ("Drei Hexen tanzen um ein Feuer im Moor", 3, 3, [], {"witch": 3}),
 ("two dozen balloons float over four clowns", 4, 4, [], {"clown": 4}),
 ("sieben Schwäne gleiten über den See", 7, 7, [], {}),
 ("7 cowboys ride into a dusty town", 7, 8, [], {}),
 ("zwölf Schüler machen einen Ausflug in den Zoo", 8, 10, [], {}),
 ("four sisters share one tiny bedroom", 4, 4, [], {}),
 ("Fünf Freundinnen gehen zusammen zelten", 5, 5, [], {}),
 ("a herd of elephants crosses a dry river", 4, 6, [], {"elephant": 4}),
 ("ein Schwarm Fische schwimmt um ein Wrack", 4, 6, [], {"fish": 4}),
 ("a troop of monkeys steals fruit from a market stall", 4, 8, [], {"monkey": 4}),
 ("the sea creatures help a lost diver", 4, 6, [], {}),
 ("Die Haustiere langweilen sich, als die Familie verreist", 3, 10, [], {}),
 ("the zoo animals escape during a thunderstorm", 3, 8, [], {}),
 ("the animals of the savanna gather at a waterhole", 3, 8, [], {}),
 ("the crew of a submarine hears a strange noise", 3, 4, [], {}),
 ("Quadruplets ride a tandem bicycle", 4, 4, [], {}),
 ("the twins and their dog dig a hole in the garden", 3, 3, [], {"dog": 1}),
 ("a shy boy practises the piano until Clara applauds", 2, 2, ["Clara"], {}),
 ("Ein Fischer flickt sein Netz, während Anton Möwen füttert", 2, 8, ["Anton"], {}),
 ("a mouse hides in a shoe and later Olivia finds it", 2, 2, ["Olivia"], {"mouse": 1}),
 ("Oma strickt einen Pullover für ihren Enkel Leon", 2, 2, ["Leon"], {"grandmother": 1}),
 ("a clown juggles for his niece Sophie", 2, 2, ["Sophie"], {"clown": 1}),
 ("Die Lehrerin sucht ihren Schlüssel, bis Moritz ihn findet", 2, 2, ["Moritz"], {}),
 ("the prince's sister trains a falcon", 2, 2, [], {"princess": 1}),
 ("Der Sohn der Königin verliert seine Krone", 1, 2, [], {"prince": 1}),
 ("a sleepy giant yawns and the whole forest shakes", 1, 1, [], {}),
 ("Zwei Riesen werfen Felsen über das Tal", 2, 2, [], {}),
 ("a girl and her aunt plant sunflowers", 2, 2, [], {"girl": 1}),
 ("a boy teaches his little brother to swim", 2, 2, [], {"boy": 2}),
 ("a farmer's wife milks a cow at dawn", 2, 3, [], {"cow": 1}),
 ("Ein Hirte zählt seine Schafe", 2, 6, [], {"sheep": 1}),
 ("a woman paints a vase in her studio", 1, 1, [], {}),
 ("Ein Junge wartet an der Bushaltestelle", 1, 1, [], {}),
 ("a robot waters the plants on a balcony", 1, 1, [], {"robot": 1}),
 ("Eine Katze jagt eine Maus durch die Küche", 2, 2, [], {"cat": 1, "mouse": 1}),
 ("a chef cooks soup in the chef's kitchen", 1, 1, [], {}),
 ("the villagers welcome a travelling circus", 3, 10, [], {}),
 ("a speaker talks to a huge audience", 1, 10, [], {}),
 ("three pigs and a wolf argue about a house", 4, 4, [], {"pig": 3, "wolf": 1}),
]

# known faults left to others (none now: a garment in -er, "Pullover", is no person since story.nouns._german_agent)
KNOWN_FAULTS: frozenset[str] = frozenset({
})


@pytest.mark.parametrize(("idea", "lo", "hi", "names", "kinds"), CORPUS, ids=[c[0][:40] for c in CORPUS])
def test_whole_cast_held_out(idea: str, lo: int, hi: int, names: list[str], kinds: dict[str, int]) -> None:
    faults = cast_faults(idea, lo, hi, names, kinds)
    if idea in KNOWN_FAULTS:
        assert faults, f"{idea!r} is cast right now: take it off KNOWN_FAULTS"
        pytest.xfail("; ".join(faults))
    assert not faults, f"{idea!r}: {faults}"


def test_held_out_corpus_is_broad() -> None:
    assert len(CORPUS) >= 80
    assert len({c[0] for c in CORPUS}) == len(CORPUS)
