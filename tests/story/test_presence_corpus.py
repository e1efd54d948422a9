"""The opening does not show the ending: over a corpus of ideas of its own (never a reviewed one), what is found,
made, comes later or is revealed is not on screen when the film opens, and what is lost, eaten, leaves or is
revealed as another is gone by the end (``story.presence``, ``story.reveals``).

Each idea says, by the names the plan gives them, who or what must be absent at the opening (``absent``), gone
at the end (``gone``), or out of sight between its loss and its find (``between``). The check reads only the
plan: who and what each scene casts, and the appear, vanish and transform effects of its shots.
"""

from __future__ import annotations

import pytest

from autark.story import plan
from autark.story.screenplay import Screenplay

# (idea, absent at the opening, gone at the end, out of sight between its loss and its find)
CORPUS: list[tuple[str, tuple[str, ...], tuple[str, ...], tuple[str, ...]]] = [
    ("A fisherman loses his hat on the pier, and his daughter finds it in a bucket.", (), (), ("hat",)),
    ("An old woman searches for her glasses all morning until the parrot finds them under the sofa.",
     ("glasses", "Parrot"), (), ()),
    ("Two children look for a golden key and find it inside a chest in the attic.", ("key",), (), ()),
    ("A boy hides his diary behind the sofa, but his sister finds it.", (), (), ("book",)),
    ("Ein Mädchen verliert ihren Schlüssel im Park, und ein Hund findet ihn unter einer Bank.", (), (), ("key",)),
    ("Der Opa sucht seine Brille und findet sie schließlich im Kühlschrank.", ("glasses",), (), ()),
    ("Die Katze versteckt den Ball unter dem Bett, bis der Junge ihn findet.", ("Junge",), (), ("ball",)),
    ("A woman drops her phone in the snow, and a boy finds it.", (), (), ("phone",)),
    ("Two friends wait at the bus stop, then a robot arrives and waves.", ("Robot",), (), ()),
    ("A grandmother bakes a cake, and later the grandchildren come to visit.", ("cake", "Grandchildren"), (), ()),
    ("Ein Bauer arbeitet auf dem Feld, als plötzlich ein Drache erscheint.", ("Drache",), (), ()),
    ("Ein Ritter wartet am Fluss, dann taucht ein Zauberer auf.", ("Zauberer",), (), ()),
    ("A wizard argues with a farmer, then the wizard flies away.", (), ("Wizard",), ()),
    ("The children hear a ghost in the attic, but the ghost turns out to be an owl.", ("Owl",), ("Ghost",), ()),
    ("A monster scares the villagers, but it turns out to be a cat.", ("Cat",), ("Monster",), ()),
    ("A beggar asks for bread at the inn, and the beggar is really the king.", ("King",), ("Beggar",), ()),
    ("Ein Gespenst erschreckt die Kinder, doch es entpuppt sich als Katze.", ("Katze",), ("Gespenst",), ()),
    ("Ein alter Mann hilft dem Mädchen, und der Mann ist in Wahrheit ein Zauberer.", ("Zauberer",), ("Mann",), ()),
    ("A dragon growls in the cave, but it was only a dog.", ("Dog",), ("Dragon",), ()),
    ("A girl plays with her doll, and at night the doll comes alive and dances with her.", ("Doll",), ("doll",), ()),
    ("The statue in the square comes alive at midnight and talks to a policeman.", ("Statue",), ("statue",), ()),
    ("Ein Teddybär erwacht zum Leben und spielt mit dem Kind.", ("Teddybär",), ("teddy_bear",), ()),
    ("A chef bakes a pie, and the dog eats it.", ("pie",), ("pie",), ()),
    ("A boy builds a kite and flies it on the beach.", ("kite",), (), ()),
    ("A sailor waits on the pier until a mermaid appears.", ("Mermaid",), (), ()),
    ("Die Großmutter strickt einen Schal, und später kommt der Enkel zu Besuch.", ("scarf", "Enkel"), (), ()),
    ("A girl looks everywhere for her cat, and finally she finds it behind the fridge.", (), (), ()),
    ("Ein Koch sucht seinen Löffel und findet ihn endlich im Topf.", ("spoon",), (), ()),
    ("The queen talks with an old gardener, and the gardener turns out to be a wizard.", ("Wizard",),
     ("Gardener",), ()),
    ("Ein Frosch sitzt am Teich, doch in Wahrheit ist er ein Prinz.", ("Prinz",), ("Frosch",), ()),
    ("Three kids play football in the park until their teacher arrives.", ("Teacher",), (), ()),
    ("A dog eats the sausage, and then the butcher comes back.", ("Butcher",), ("sausage",), ()),
    ("Ein Mann backt Brot, und sein Hund frisst es auf.", ("bread",), ("bread",), ()),
    ("A witch argues with a cat and then vanishes.", (), ("Witch",), ()),
    ("A boy loses his teddy bear in the forest and cries all night.", (), ("teddy_bear",), ()),
    ("Die Oma vergisst ihren Regenschirm im Bus.", (), ("umbrella",), ()),
    ("Ein Schwan schwimmt auf dem See und fliegt am Abend davon.", (), ("Schwan",), ()),
    ('A postman loses a letter in the wind, and a girl finds it behind the fence.',
     (), (), ('letter',)),
    ('An old man carves a flute and plays a song for his wife.',
     ('flute',), (), ()),
    ('Ein Bäcker backt eine Torte, doch die Katze frisst sie.',
     ('cake',), ('cake',), ()),
    ('The students wait in class until the teacher finally comes in.',
     ('Teacher',), (), ()),
    ('Mitten in der Nacht taucht ein Geist im Schloss auf und erschreckt den König.',
     ('Geist',), (), ()),
    ('A lion roars in the jungle, but it turns out to be a little kitten.',
     ('Kitten',), ('Lion',), ()),
    ('Eine Maus knabbert am Käse, bis der Kater kommt.',
     ('Kater',), (), ()),
    ('The grandma knits a scarf and gives it to the boy.',
     ('scarf',), (), ()),
    ('A dog hides a bone under the sofa, and the cat finds it.',
     (), (), ('bone',)),
    ("A tired knight arrives at the castle and greets the queen.", ("Knight",), (), ()),
    ('A little boy loses his red ball in the forest, and a bear finds it under a bush.',
     (), (), ('ball',)),
    ('Der Bäcker sucht seine Mütze, bis die Katze sie hinter dem Ofen findet.',
     ('hat', 'Katze'), (), ()),
    ('A pirate hides the gold in a cave, and years later two kids find it.',
     (), (), ('gold_bars',)),
    ("The farmer's wife bakes bread, then the neighbours come to eat it.",
     ('bread', 'Neighbour'), ('bread',), ()),
    ('Ein Junge wartet im Regen, bis sein Vater mit dem Auto kommt.',
     ('Vater',), (), ()),
    ('The king sits on his throne when suddenly a jester appears.',
     ('Jester',), (), ()),
    ('Die Prinzessin küsst den Frosch, und der Frosch ist in Wirklichkeit ein Prinz.',
     ('Prinz',), ('Frosch',), ()),
    ('The old lady feeds a stray dog, and it turns out the dog is a wolf.',
     ('Wolf',), ('Dog',), ()),
    ('A shadow scares the campers at night, but it was only a raccoon.',
     ('Raccoon',), (), ()),
    ('Ein Roboter repariert ein Fahrrad und fährt dann davon.',
     (), ('Roboter',), ()),
    ('A tailor sews a coat for the mayor, and the mayor wears it to the party.',
     ('coat',), (), ()),
    ('Ein Hund vergräbt einen Knochen im Garten, und der Nachbar findet ihn.',
     (), (), ('bone',)),
    ('A knight rests under a tree, then a dragon lands next to him.',
     ('Dragon',), (), ()),
    ('Eine Oma kocht Suppe, und später kommen die Enkel zu Besuch.',
     ('soup', 'Enkel'), (), ()),
]


def _shots(sp: Screenplay) -> list[tuple[int, int]]:
    return [(si, k) for si, sc in enumerate(sp.scenes) for k in range(len(sc.shots))]


def _in(sp: Screenplay, si: int, name: str) -> bool:
    sc = sp.scenes[si]
    return any(c.name == name for c in sc.characters) or any(p.type == name for p in sc.objects)


def seen_at_opening(sp: Screenplay, name: str) -> bool:
    """Is ``name`` on screen as the film opens: cast in the first scene and not kept hidden there by an effect
    (an appear later than the first moment, or a transformation that makes it)."""
    if not _in(sp, 0, name):
        return False
    for k, shot in enumerate(sp.scenes[0].shots):
        for e in shot.effects:
            if e.kind == "appear" and e.target == name and (k or e.at_s > 0):
                return False
            if e.kind == "transform" and e.into == name:
                return False
            if e.kind == "vanish" and e.target == name:
                return True
    return True


def seen_at_end(sp: Screenplay, name: str) -> bool:
    """Is ``name`` on screen at the film's end: cast in the last scene and not sent away there (a vanish, or
    a transformation of it into another)."""
    last = len(sp.scenes) - 1
    if not _in(sp, last, name):
        return False
    gone = False
    for shot in sp.scenes[last].shots:
        for e in shot.effects:
            if e.target == name and (e.kind == "vanish" or e.kind == "transform"):
                gone = True
            elif e.target == name and e.kind == "appear":
                gone = False
    return not gone


def out_of_sight_between(sp: Screenplay, name: str) -> bool:
    """Is ``name`` out of sight for a while before it is found: a vanish before its appear, or a scene
    between without it."""
    order = [(si, k, e) for si, k in _shots(sp) for e in sp.scenes[si].shots[k].effects if e.target == name]
    went = next((n for n, (_si, _k, e) in enumerate(order) if e.kind == "vanish"), None)
    return went is not None and any(e.kind == "appear" for _si, _k, e in order[went + 1:])


def faults(idea: str, absent: tuple[str, ...], gone: tuple[str, ...], between: tuple[str, ...]) -> list[str]:
    sp = plan(idea, duration_s=30, seed=0)
    out = [f"{n} is seen at the opening" for n in absent if seen_at_opening(sp, n)]
    out += [f"{n} is still seen at the end" for n in gone if seen_at_end(sp, n)]
    out += [f"{n} stays in sight from its loss to its find" for n in between if not out_of_sight_between(sp, n)]
    return out


@pytest.mark.parametrize(("idea", "absent", "gone", "between"), CORPUS, ids=[c[0][:40] for c in CORPUS])
def test_the_opening_does_not_show_the_ending(idea: str, absent: tuple[str, ...], gone: tuple[str, ...],
                                              between: tuple[str, ...]) -> None:
    assert faults(idea, absent, gone, between) == []


STANDS = [
    ("A raccoon steals a pie from the table while the baker sleeps.", "pie", "table"),
    ("Ein Dieb stiehlt nachts die Krone vom Regal.", "crown", "shelf"),
    ("A boy takes an apple from the market stall and runs.", "apple", "market_stall"),
    ("Eine Katze klaut den Fisch von der Theke.", "fish", "counter"),
    ("The monkey grabs a banana off the desk.", "banana", "desk"),
    ("Ein Junge nimmt das Buch aus dem Regal.", "book", "shelf"),
    ("A seagull steals a sandwich from the bench at the beach.", "sandwich", "bench"),
]


@pytest.mark.parametrize(("idea", "thing", "stand"), STANDS, ids=[s[0][:40] for s in STANDS])
def test_a_thing_taken_from_its_stand_stands_on_it_until_then(idea: str, thing: str, stand: str) -> None:
    objects = plan(idea, duration_s=30, seed=0).scenes[0].objects
    kinds = [p.type for p in objects]
    taken = objects[kinds.index(thing)]
    # set on it by the command engine, so the stand is built first
    assert taken.placement == f"on the {stand.replace('_', ' ')}" and taken.position is None, taken
    assert kinds.index(stand) < kinds.index(thing), kinds
