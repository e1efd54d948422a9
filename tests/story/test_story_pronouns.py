"""A pronoun of a later clause is the one it stands for (story.pronouns): English by sex and kind (him: the fox,
not the farmer who chases; her: the cow his daughter finds; it: a creature or a thing), German by the gender its
article gives (der Bär: er, ihn; die Katze: sie; das Pferd: es; das Mädchen: es or sie), a reflexive
("verwandelt sich") by the one who acts. Each row: the idea, the word of the act with the pronoun, the kinds
who do it, and the kind (or the thing) it is done to ("" where none)."""

from __future__ import annotations

import pytest

from autark.story import analyze

ROWS = [
    ("the bear finds a wounded girl in the forest and hugs her", "hugs", ["bear"], "girl"),
    ("der Bär findet die Katze im Schnee und trägt sie zu seiner Höhle", "trägt", ["bear"], "cat"),
    ("das Mädchen gibt dem Pferd einen Apfel, und es frisst ihn sofort", "frisst", ["horse"], "apple"),
    ("the fox steals the farmer's hat and the farmer chases him through the forest", "chases", ["farmer"], "fox"),
    ("a fox sleeps in its den, and one night it steals a chicken", "steals", ["fox"], ""),
    ("die Hexe braut einen Trank, und in der Nacht verwandelt sie sich in eine Katze", "verwandelt", ["witch"], ""),
    ("a girl finds a kitten in the rain and takes it home", "takes", ["girl"], "cat"),
    ("ein Junge findet einen Hund, aber der Hund beißt ihn", "beißt", ["dog"], "boy"),
    ("die Prinzessin küsst den Frosch, und er verwandelt sich in einen Prinzen", "verwandelt", ["frog"], ""),
    ("a knight meets a dragon and he fights it", "fights", ["knight"], "dragon"),
    # a clause that turns against a chase acts on the chaser
    ("a cat chases the mouse until the dog scares it away", "scares", ["dog"], "cat"),
    ("der Lehrer lobt die Schülerin, und sie lacht", "lacht", ["girl"], ""),
    ("die Oma strickt einen Schal und schenkt ihn ihrem Enkel", "schenkt", ["grandmother"], "scarf"),
    ("a farmer loses his cow, and his daughter finds her behind the barn", "finds", ["woman"], "cow"),
    ("the pirate hides the treasure under a palm tree, but a monkey steals it", "steals", ["monkey"],
     "treasure_chest"),
    ("zwei Kinder finden ein Kätzchen und bringen es zu ihrer Mutter", "bringen", ["child", "child"], "cat"),
    ("the boy throws the ball and the dog catches it", "catches", ["dog"], "ball"),
    ("der Koch backt einen Kuchen, aber die Katze frisst ihn", "frisst", ["cat"], "cake"),
    ("a wolf follows the girl, but her father chases him away", "chases", ["man"], "wolf"),
    ("the robot repairs the old car and drives it to the city", "drives", ["robot"], "car"),
    ("the queen gives the knight a sword and he thanks her", "thanks", ["knight"], "queen"),
    ("die Tochter ruft ihren Vater, und er kommt sofort", "kommt", ["man"], ""),
    ("the baby drops the spoon and the grandmother picks it up", "picks", ["grandmother"], "spoon"),
    ("ein Ritter rettet die Prinzessin, und sie umarmt ihn", "umarmt", ["princess"], "knight"),
    ("the girls find an old map and follow it to a cave", "follow", ["girl", "girl", "girl"], "map"),  # three: headcount
    ("a little boy finds a lost duckling and brings it to the pond", "brings", ["boy"], "duck"),
    ("the shepherd loses a lamb in the mountains, and his dog finds it behind a rock", "finds", ["dog"], "sheep"),
    ("the nurse helps the old man and he thanks her", "thanks", ["grandfather"], "nurse"),
    ("ein Polizist sieht einen Dieb und verfolgt ihn durch die Stadt", "verfolgt", ["policeman"], "thief"),
    ("der Fischer fängt einen Fisch, aber er lässt ihn wieder frei", "lässt", ["sailor"], "fish"),
    ("a cat finds a ball of wool and plays with it all day", "plays", ["cat"], "ball_of_yarn"),
    ("das Kind füttert die Ente, und sie quakt fröhlich", "quakt", ["duck"], ""),
    ("a knight finds a sword in a stone and pulls it out", "pulls", ["knight"], "sword"),
    ("zwei Brüder finden einen Schatz und verstecken ihn im Wald", "verstecken", ["man", "man"], "treasure_chest"),
    ("die Katze jagt die Maus, bis der Hund sie verjagt", "verjagt", ["dog"], "cat"),
    ("the wolf chases the rabbit, but the hunter stops him", "stops", ["man"], "wolf"),  # (no farmer's straw hat)
    # an animal is the gender of its noun, and a German dative is whom it is for, not what is eaten
    ("der Opa füttert die Ziege, und sie frisst ihm aus der Hand", "frisst", ["goat"], ""),
    ("the boy loses his puppy in the park, and a jogger finds it near the pond", "finds", ["athlete"], "dog"),
    ("a robot finds a flower in the ruins and carries it to a girl", "carries", ["robot"], "flower"),
    ("der König verliert seine Krone, und der Narr findet sie im Brunnen", "findet", ["clown"], "crown"),
    ("ein Mädchen rettet einen Vogel, und er fliegt davon", "fliegt", ["bird"], ""),
    ("the farmer's wife bakes a pie, but the dog eats it", "eats", ["dog"], "pie"),
    ("Zwei Kinder spielen am Strand, bis ein Tornado sie verfolgt", "verfolgt", [], "child"),
]


@pytest.mark.parametrize(("idea", "word", "doers", "done_to"), ROWS, ids=[r[0][:44] for r in ROWS])
def test_a_pronoun_is_the_one_it_stands_for(idea: str, word: str, doers: list[str], done_to: str) -> None:
    concept = analyze(idea)
    kinds = {c.name: c.type for c in concept.characters}
    ev = next(e for e in concept.events if e.word == word)
    assert sorted(kinds.get(a, a) for a in ev.agents) == doers, (ev.agents, kinds)
    patient = ev.patient if ev.patient_is_thing else kinds.get(ev.patient, ev.patient)
    assert patient == done_to, (ev, kinds)
    assert ev.recipient not in ev.agents or not ev.recipient
