"""Verbs and verb phrases of unseen ideas, both languages (story.catenatives, story.verbs, verbs.yaml): the act the
idea names is the act read, never the words' own meaning and never a stand-in gesture.

Each idea -> (sets of story verbs, one of each must be among its events; verbs none of its events may be). The
classes: a verb that governs another ("starts to dance" never takes off, "fängt an zu" never catches), idioms and
phrasal verbs ("falls in love" is no fall, "lets it go" a release), verbs no table named before (German by their
stem, English through WordNet), and German separable verbs written together at a clause's end ("davonfliegt").
Written by hand, not from any review; measured before and after: 52 of 63 ideas read wrong before (0 after), 25 of
the 44 held-out ones (``HELD_OUT``, written after the tables: 2 after, then fixed by class), 25 of the 34 of
``HELD_OUT_2`` (1 after, fixed: a German lower-case verb after its subject).
"""

from __future__ import annotations

import pytest

from autark.story import analyze
from autark.story.catenatives import read_catenatives
from autark.story.verbs import verb

CORPUS = {
    'the two goats begin to climb the old fence': ([{'climb'}], {'fly', 'stand_in'}),
    'a shy robot starts dancing at the wedding': ([{'dance'}], {'fly', 'stand_in'}),
    'the grandfather tries to fix the bicycle in the garage': ([{'repair'}], {'stand_in'}),
    'a hungry bear decides to steal honey from the farmers': ([{'steal'}], {'stand_in'}),
    'the children continue singing while the rain falls': ([{'sing'}], {'stand_in', 'talk'}),
    'the knight refuses to fight the baby dragon': ([{'refuse'}], {'fight'}),
    'my little sister learns to ride a horse on the farm': ([{'ride'}, {'fall'}], {'stand_in'}),
    'the old clown manages to juggle five apples': ([{'play'}], {'stand_in'}),
    'a tiny mouse dares to jump over the sleeping cat': ([{'jump'}], {'stand_in'}),
    'the penguins start to slide down the icy hill': ([{'slide'}], {'fly'}),
    'Die Ziegen fangen an, auf den Zaun zu klettern': ([{'climb'}], {'catch'}),
    'Der Opa fängt plötzlich an zu singen': ([{'sing'}], {'catch'}),
    'Die Kinder beginnen im Garten zu tanzen': ([{'dance'}], {'stand_in'}),
    'Der Bär versucht, den Honig zu stehlen': ([{'steal'}], {'stand_in'}),
    'Die Prinzessin beschließt, mit dem Drachen zu kämpfen': ([{'fight'}], {'stand_in'}),
    'Der Hund weigert sich zu baden': ([{'refuse'}], {'clean', 'swim'}),
    'Die kleine Ente lernt schwimmen': ([{'swim'}], {'stand_in'}),
    'Der Koch hört auf zu kochen, als die Gäste gehen': ([{'cook'}], {'watch'}),
    'Die Piraten wagen es, ins Wasser zu springen': ([{'jump'}], {'stand_in'}),
    'a lonely astronaut falls in love with a lamp': ([{'fall_in_love'}], {'fall'}),
    'the zookeeper sets the parrot free': ([{'release'}], {'put_down'}),
    'a little boy lets his kite go at the beach': ([{'release'}], {'walk'}),
    'the snowman comes to life on christmas eve': ([{'come_alive'}], {'walk'}),
    'the toys come alive when the children sleep': ([{'come_alive'}], {'walk'}),
    'a police dog runs after the thief': ([{'chase'}], {'run'}),
    'an old nurse takes care of a wounded soldier': ([{'help'}], {'take'}),
    'the older kids pick on a small boy in the schoolyard': ([{'laugh'}], {'pick_up', 'stand_in'}),
    'the hikers get lost in the mountains': ([{'get_lost'}], set()),
    'the girl makes a wish and blows out the candles': ([{'wish'}, {'extinguish'}], {'invent'}),
    'a rooster shows off in front of the hens': ([{'show_off'}], {'show'}),
    'the monkeys play a trick on the zookeeper': ([{'laugh'}], {'play'}),
    'the baby bursts into tears': ([{'cry'}], set()),
    'Der Ritter verliebt sich in die Hexe': ([{'fall_in_love'}], set()),
    'Der Junge lässt den Vogel frei': ([{'release'}], set()),
    'Die Vogelscheuche wird lebendig': ([{'come_alive'}], set()),
    'Der Teddy erwacht zum Leben': ([{'come_alive'}], {'live'}),
    'Der Hund läuft dem Briefträger hinterher': ([{'chase'}], set()),
    'Die Oma passt auf die Enkel auf': ([{'help'}], set()),
    'Die Kinder verirren sich im Wald': ([{'get_lost'}], set()),
    'Die Affen spielen dem Wärter einen Streich': ([{'laugh'}], {'play'}),
    'Das Mädchen hat Angst vor dem Gewitter': ([{'fear'}], set()),
    'the fox tricks the hungry wolf': ([{'trick'}, {'believe'}], {'stand_in'}),  # told, believed (story.tricks)
    'a surgeon operates on the wounded knight': ([{'help'}], {'use'}),
    'the cat scratches the sofa': ([{'break', 'fight'}], {'stand_in'}),
    'Die Katze kratzt den Hund': ([{'fight'}], {'stand_in'}),
    'Der Fuchs überlistet den Raben': ([{'trick'}, {'believe'}], {'stand_in'}),
    'Die Mutter streichelt das Baby': ([{'hug'}], {'stand_in'}),
    'Der Bauer mäht die Wiese': ([{'garden'}], {'stand_in'}),
    'Die Kinder toben im Garten': ([{'play'}], {'stand_in'}),
    'Der Pirat versteckt den Schatz und flüchtet': ([{'flee'}], {'stand_in'}),
    'Die Ärztin operiert den Ritter': ([{'help'}], {'stand_in'}),
    'Der Vater bügelt die Hemden': ([{'clean'}], {'stand_in'}),
    'Der Löwe brüllt und die Zebras flüchten': ([{'flee'}], {'stand_in'}),
    'Das Kind schaukelt im Park': ([{'dance', 'play'}], {'stand_in'}),
    'Ein Vogel singt, bis die Katze herbeischleicht': ([{'sing'}, {'hide'}], set()),
    'Die Kinder spielen, bis der Wind den Drachen davonträgt': ([{'play'}, {'blow', 'carry'}], set()),
    'Der Hund bellt, während der Postbote vorbeiradelt': ([{'drive'}], set()),
    'Ein Junge, der am Ende heimläuft': ([{'run', 'walk'}], set()),
    'Die Ente schwimmt, bis ein Boot vorbeifährt': ([{'swim'}, {'drive'}], set()),
    'Die Gäste tanzen, bis der Drache hereinfliegt': ([{'dance'}, {'fly'}], set()),
    'Die Maus schläft, bis die Katze zurückkommt': ([{'sleep'}, {'arrive', 'walk'}], set()),
    'Der Ritter kämpft, bis der Drache davonfliegt': ([{'fight'}, {'fly'}], set()),
    'Zum Schluss fliegt der Ballon davon': ([{'fly'}], set()),}

HELD_OUT = {
    'a nervous waiter begins to juggle the plates': ([{'play'}], {'fly', 'stand_in'}),
    'the sheep start running when the wolf howls': ([{'run'}], {'fly'}),
    'an old sailor tries to catch a giant fish': ([{'catch'}], {'stand_in'}),
    'the twins decide to build a treehouse': ([{'invent', 'repair'}], {'stand_in'}),
    'the dog refuses to leave the beach': ([{'refuse'}], set()),
    'a young witch learns to fly on her broom': ([{'fly'}], {'stand_in'}),
    'the orchestra continues to play while the ship sinks': ([{'play'}], {'talk'}),
    'grandma stops knitting and starts to dance': ([{'dance'}], {'fly', 'walk'}),
    'the robot wants to paint a picture': ([{'wish'}], {'stand_in', 'craft'}),  # a wish, not yet painted
    'a clumsy giraffe attempts to ride a bicycle': ([{'ride'}], {'stand_in'}),
    'Der Zauberer beginnt, den Hasen zu verzaubern': ([{'magic'}], {'stand_in'}),
    'Die Oma fängt an, Kuchen zu backen': ([{'cook'}], {'catch'}),
    'Das Pferd weigert sich, über den Bach zu springen': ([{'refuse'}], set()),
    'Der kleine Drache lernt fliegen': ([{'fly'}], set()),
    'Die Räuber beschließen, die Bank auszurauben': ([{'steal'}], {'stand_in'}),
    'Der Roboter versucht zu kochen': ([{'cook'}], {'stand_in'}),
    'the little prince falls in love with a rose': ([{'fall_in_love'}], {'fall'}),
    'the fisherman lets the golden fish go': ([{'release'}], {'walk'}),
    'the statue comes to life in the museum': ([{'come_alive'}], {'walk'}),
    'a cowboy runs after the runaway horse': ([{'chase'}], set()),
    'the big brother looks after his baby sister': ([{'help'}], set()),
    'the students play a prank on their teacher': ([{'laugh'}], set()),
    'the tourists get lost in the desert': ([{'get_lost'}], set()),
    'the farmer wakes up and feeds the chickens': ([{'wake'}, {'feed'}], set()),
    'Die Puppen werden um Mitternacht lebendig': ([{'come_alive'}], set()),
    'Das Mädchen lässt den Schmetterling frei': ([{'release'}], set()),
    'Der Prinz verliebt sich in eine Meerjungfrau': ([{'fall_in_love'}], set()),
    'Der Junge kümmert sich um einen kranken Hund': ([{'help'}], set()),
    'Die Kinder machen sich über den Clown lustig': ([{'laugh'}], set()),
    'the goat nibbles the laundry': ([{'eat'}], {'stand_in'}),
    'a sneaky raccoon swipes the sandwich': ([{'steal', 'take'}], {'stand_in'}),
    'the chef flips the pancakes': ([{'cook', 'throw'}], {'stand_in'}),
    'Der Hund buddelt im Garten': ([{'bury'}], {'stand_in'}),
    'Die Katze schnappt sich den Fisch': ([{'catch', 'take'}], {'stand_in'}),
    'Der Vater schimpft mit dem Sohn': ([{'argue'}], set()),
    'Die Tante umarmt ihre Nichte': ([{'hug'}], {'stand_in'}),
    'Die Schüler kritzeln an die Tafel': ([{'write'}], {'stand_in'}),
    'Die Mutter tröstet das weinende Kind': ([{'hug'}], {'stand_in'}),
    'Ein Hase hoppelt über die Wiese': ([{'jump', 'run'}], {'stand_in'}),
    'Die Katze spielt, bis der Hund hereinrennt': ([{'play'}, {'run'}], set()),
    'Die Bauern feiern, bis ein Gewitter heraufzieht': ([{'celebrate'}], set()),
    'Der Fischer wartet, während ein Schiff vorbeisegelt': ([{'wait'}, {'drive'}], set()),
    'Ein Kind, das am Ende davonrennt': ([{'flee', 'run'}], set()),
    'Die Gänse schnattern, bis der Fuchs herbeischleicht': ([{'hide'}], set()),}

HELD_OUT_2 = {  # a third batch, written after the second round of changes
    'a stubborn donkey refuses to cross the bridge': ([{'refuse'}], {'walk'}),
    "the baker's son begins to knead the dough": ([{'cook'}], {'fly', 'stand_in'}),
    'an owl decides to teach the rabbits to read': ([{'teach'}], {'stand_in'}),
    'the skeleton starts to play the xylophone': ([{'play'}], {'fly'}),
    'a tired mailman stops to rest under a tree': ([{'sit', 'sleep'}], {'stand_in'}),
    'the old captain learns to dance the tango': ([{'dance'}], {'stand_in'}),
    'the kitten tries to catch its own tail': ([{'catch'}], {'stand_in'}),
    'the aliens begin to abduct the cows': ([{'steal', 'take'}], {'fly', 'stand_in'}),
    "a brave squirrel dares to steal the eagle's egg": ([{'steal'}], {'stand_in'}),
    'the robot falls in love with a vacuum cleaner': ([{'fall_in_love'}], {'fall'}),
    'the kids set the frogs free in the pond': ([{'release'}], {'put_down'}),
    'the gingerbread man comes alive in the oven': ([{'come_alive'}], {'walk'}),
    'a hungry wolf runs after the three pigs': ([{'chase'}], set()),
    'the babysitter looks after the twins': ([{'help'}], set()),
    'the clown shows off his new shoes': ([{'show_off'}], {'show'}),
    'the sailors get lost in the fog': ([{'get_lost'}], set()),
    'the birthday girl makes a wish': ([{'wish'}], {'invent'}),
    'the magician chickens out before the big trick': ([{'flee'}], set()),
    'Der Esel weigert sich, über die Brücke zu gehen': ([{'refuse'}], {'walk'}),
    'Die Hühner fangen an zu gackern': ([{'sing'}], {'catch'}),
    'Der Opa beschließt, einen Kuchen zu backen': ([{'cook'}], {'stand_in'}),
    'Das Kätzchen versucht, den Schmetterling zu fangen': ([{'catch'}], {'stand_in'}),
    'Der Lehrer verliebt sich in die Bäckerin': ([{'fall_in_love'}], set()),
    'Der Fischer lässt den kleinen Fisch frei': ([{'release'}], set()),
    'Der Lebkuchenmann wird im Ofen lebendig': ([{'come_alive'}], set()),
    'Der Wolf rennt den drei Schweinchen hinterher': ([{'chase'}], set()),
    'Die Wanderer verlaufen sich im Nebel': ([{'get_lost'}], {'run'}),
    'Der Pfau gibt vor den Hennen an': ([{'show_off'}], set()),
    'Die Möwe klaut dem Touristen die Pommes und fliegt davon': ([{'steal'}, {'fly'}], set()),
    'Der Hund schnüffelt am Zaun, bis die Katze vorbeischleicht': ([{'search'}, {'hide'}], set()),
    'Die Ritter kämpfen, bis der Drache zurückfliegt': ([{'fight'}, {'fly'}], set()),
    'Der Zwerg hämmert, während die Sonne aufgeht': ([{'repair'}], set()),
    'Die Kinder rodeln, bis es dunkel wird': ([{'slide'}], set()),
    'Die Oma strickt und der Kater schnurrt': ([{'craft'}], {'stand_in'}),
}


@pytest.mark.parametrize("idea", list(CORPUS) + list(HELD_OUT) + list(HELD_OUT_2))
def test_the_idea_s_act_is_read(idea: str) -> None:
    want, never = CORPUS.get(idea) or HELD_OUT.get(idea) or HELD_OUT_2[idea]
    got = [e.verb for e in analyze(idea).events]
    assert all(w & set(got) for w in want) and not set(got) & never, (idea, got)


def test_a_governing_verb_is_no_act_of_its_own() -> None:
    # "starts" never takes off, "fangen" never catches; the inner verb is the only event, with its thing
    events = analyze("the goats start to eat the flowers").events
    assert [(e.verb, e.patient) for e in events] == [("eat", "flower")]
    events = analyze("Die Ziegen fangen an, die Blumen zu fressen").events
    assert [e.verb for e in events] == ["eat"]


def test_a_refusal_is_shown_at_its_thing_and_its_act_never_happens() -> None:
    events = analyze("the princess refuses to eat the porridge").events
    assert [e.verb for e in events] == ["refuse"] and events[0].kind == "shake_head"


def test_learning_stumbles_first_where_the_body_needs_balance() -> None:
    skate = analyze("a penguin learns to skate").events  # tried and failed, then done (story.lessons)
    assert [(e.verb, e.then) for e in skate] == [("slide", "fall"), ("slide", "celebrate")]
    read = analyze("a penguin learns to read").events
    assert [(e.verb, e.then) for e in read] == [("read", "shake_head"), ("read", "celebrate")]


def test_a_noun_after_an_article_is_no_governing_verb() -> None:
    # "the start of the race", "der Plan": nouns, nothing governed
    assert not read_catenatives(["the", "start", "to", "the", "race"], "en", set())
    assert not read_catenatives(["der", "plan", "zu", "fliegen"], "de", set())
    assert not read_catenatives(["the", "knight", "wants", "to", "become", "king"], "en", set())  # a wish


@pytest.mark.parametrize(("word", "key"), [
    ("davonfliegt", "fly"), ("vorbeifährt", "drive"), ("hinterherrennt", "chase"), ("zurückkommt", "arrive"),
    ("herbeischleicht", "hide"), ("wegreißt", "blow"), ("davonzulaufen", "flee"), ("zerknabbert", "eat"),
    ("aufpasst", "help"), ("freilässt", "release"),
])
def test_a_german_verb_written_with_its_particle_reads_its_stem(word: str, key: str) -> None:
    from autark.assets.templates import fold

    found = verb(fold(word), "de")
    assert found is not None and found.key == key, (word, found)


def test_a_german_noun_is_never_split_into_a_particle_and_a_verb() -> None:
    assert verb("aufgaben", "de") is None or verb("aufgaben", "de").key != "give"  # type: ignore[union-attr]
    assert verb("ausflug", "de") is None and verb("angebot", "de") is None


@pytest.mark.parametrize(("idea", "key"), [
    ("the brave knight chickens out when the dragon roars", "flee"),
    ("the old dog dozes off by the fire", "sleep"),
    ("the nervous bride freaks out at the altar", "fear"),
    ("a grumpy giant storms off into the forest", "leave"),
])
def test_an_english_phrasal_verb_no_table_names_is_read_through_wordnet(idea: str, key: str) -> None:
    from autark.language import wordnet

    if not wordnet.available():
        pytest.skip("wordnet-base is not installed")
    assert key in [e.verb for e in analyze(idea).events]  # ("when the dragon roars": the roar comes first)


def test_a_place_word_after_a_verb_is_no_phrasal_particle() -> None:
    from autark.story.phrasal_verbs import phrasal_at

    assert phrasal_at(["the", "kids", "run", "in", "the", "park"], 2) is None  # no "run_in" (to arrest)
    assert phrasal_at(["the", "chickens", "out", "in", "the", "yard"], 1) is None  # a noun after its article


def test_a_german_loan_verb_is_read_through_its_english_kin_only_where_the_tables_name_it() -> None:
    from autark.story.unknown_words import _loan_verb

    for word, key in {"attackiert": "fight", "kollidiert": "crash", "fotografiert": "point"}.items():
        found = _loan_verb(word)
        assert found is not None and verb(found.known, "de").key == key, (word, found)  # type: ignore[union-attr]
    assert _loan_verb("rasiert") is None and _loan_verb("probiert") is None  # false friends: no raze, no probe


def test_a_governing_verb_written_together_in_a_subordinate_clause_is_no_act() -> None:
    # "bis es anfängt zu regnen": no one catches anything
    assert "catch" not in [e.verb for e in analyze("Die Kinder spielen im Garten, bis es anfängt zu regnen").events]
    assert [e.verb for e in analyze("a man gets up and drinks tea").events] == ["drink"]  # no lift
