"""The words of a film (issue 17): grammatical narration and dialogue in English and German for any cast and
event, lines that belong to this idea, gender and age from the idea, and a cast that is the idea's."""

from __future__ import annotations

import re
from collections import defaultdict
from pathlib import Path

import pytest
import yaml
from grammar_check import faults, kind_nouns

from autark.assets.templates import fold
from autark.story import analyze, plan
from autark.story.cast import is_given_name, is_kin_name
from autark.story.roles import COLLECTIVES
from autark.story.wording import adjective_de, capitalise, indefinite_en, noun_de, noun_phrase

CORPUS = yaml.safe_load((Path(__file__).parent / "ideas_corpus.yaml").read_text(encoding="utf-8"))
IDEAS = [(lang, idea) for lang in ("en", "de") for idea in CORPUS[lang]]


def _lines(idea: str) -> tuple[object, list[str]]:
    sp = plan(idea, duration_s=30, seed=0)
    return sp, [t for s in sp.shots for t in ([s.narration] if s.narration else []) + [d.text for d in s.dialogue]]


def test_german_noun_phrases_follow_case_and_gender() -> None:
    assert noun_phrase("Fischer", "de", "m", "alt", "nom", definite=False) == "ein alter Fischer"
    assert noun_phrase("Fischer", "de", "m", "alt", "nom") == "der alte Fischer"
    assert noun_phrase("Apfel", "de", "m", "letzten", "acc") == "den letzten Apfel"
    assert noun_phrase("Drache", "de", "m", "", "acc") == "den Drachen"
    assert noun_phrase("Mädchen", "de", "n", "kleines", "dat") == "dem kleinen Mädchen"
    assert noun_phrase("Gitarre", "de", "f", "alte", "acc", definite=False) == "eine alte Gitarre"
    assert noun_de("Käse", "m", "acc") == "Käse" and noun_de("Bär", "m", "dat") == "Bären"
    assert adjective_de("müde", "m", "acc", True) == "müden"
    assert noun_phrase("fisherman", "en", "", "old", definite=False) == "an old fisherman"
    assert indefinite_en("umbrella") == "an umbrella" and indefinite_en("unicorn") == "a unicorn"
    assert capitalise("never! the apple. is mine") == "Never! The apple. Is mine"


@pytest.mark.parametrize(("idea", "expected"), [
    ("An old fisherman catches a fish", "an old fisherman"),
    ("Ein alter Mann sitzt auf einer Bank", "ein alter Mann"),
    ("A cat sleeps on the sofa until the dog jumps on it", "we meet a cat."),  # the cat of a comedy speaks
])
def test_narration_speaks_of_kinds_with_articles(idea: str, expected: str) -> None:
    _sp, lines = _lines(idea)
    assert any(expected in t for t in lines), lines


def test_gender_comes_from_the_idea() -> None:
    c = analyze("a nervous violinist plays her first concert while her grandmother cheers")
    violinist = c.characters[0]
    assert violinist.word == "violinist" and violinist.voice == "woman"
    assert analyze("A scientist invents a robot in her laboratory").characters[0].type == "female_scientist"
    assert analyze("Eine Studentin schreibt ihrem Freund einen Brief").characters[0].voice == "woman"
    assert analyze("A boy throws a ball and his dog catches it").characters[0].type == "boy"


def test_the_subject_of_the_idea_is_cast_and_acts() -> None:
    sp, lines = _lines("a nervous violinist plays her first concert while her grandmother cheers")
    cast = [c.name for c in sp.scenes[0].characters]
    assert cast[0] == "Violinist" and "Grandma" in cast
    assert any(a.startswith("Violinist ") for s in sp.shots for a in s.actions)
    assert any("Oh dear" in t for t in lines), lines  # her trait (nervous) is heard


def test_a_kite_in_the_wind_is_not_a_dragon() -> None:
    c = analyze("Junge verliert seinen Drachen im Wind")
    assert [ch.type for ch in c.characters] == ["boy"] and [o.type for o in c.objects] == ["kite"]
    c = analyze("Ein Drache speit Feuer und frisst den Ritter")
    assert "dragon" in [ch.type for ch in c.characters]


def test_one_of_a_kind_is_called_by_its_noun_two_get_names() -> None:
    c = analyze("A fisherman catches a big fish")
    assert c.characters[0].name == "Fisherman" and not is_given_name("Fisherman")
    two = analyze("Two knights argue about the last apple")
    names = [ch.name for ch in two.characters]
    assert len(set(names)) == 2 and all(is_given_name(n) for n in names)
    assert is_kin_name(analyze("A girl dances with her grandfather").characters[1].name)


@pytest.mark.slow
def test_corpus_lines_are_grammatical_and_belong_to_their_idea() -> None:
    """Every narration and dialogue line of the 102-idea corpus passes the grammar check, and few lines are
    said word for word in another idea's film (before this work: 61 of 379 lines faulty, 32% reused)."""
    bad: list[tuple[str, str, list[str]]] = []
    where: dict[str, set[str]] = defaultdict(set)
    total = 0
    for lang, idea in IDEAS:
        sp, lines = _lines(idea)
        names = {c.name for s in sp.scenes for c in s.characters}
        concept = analyze(idea)
        words = {w.lower() for w in re.findall(r"[\w'-]+", idea)}
        for ch in concept.characters:  # everyone cast traces to a word of the idea
            stand_in = ch.word == "person" and any("a person" in w for w in concept.warnings)  # said in the notes
            # a member of a group the idea names ("her family": a father, a mother, a child)
            member = any(ch.word.lower() in COLLECTIVES.get(fold(w), ((), ()))[lang == "de"] for w in words)
            assert ch.word.lower() in words or ch.named or stand_in or member, (idea, ch)
        if concept.events and concept.events[0].agents:  # the idea's subject is cast, and acts on screen
            lead = concept.events[0].agents[0]
            assert lead in names, (idea, lead, names)
            assert any(a.split()[0] == lead for s in sp.shots for a in s.actions), (idea, lead)
        noun_names = {n for n in names if n.lower() in kind_nouns(lang) and not is_kin_name(n)}
        for text in lines:
            total += 1
            where[text].add(idea)
            found = faults(text, lang, names, noun_names)
            if found:
                bad.append((idea, text, found))
    assert not bad, bad[:10]
    reused = sum(len(ideas) for ideas in where.values() if len(ideas) > 1)
    assert reused / total < 0.2, sorted(((len(v), k) for k, v in where.items() if len(v) > 1), reverse=True)[:10]


def test_two_person_words_in_a_row_are_one_character() -> None:
    c = analyze("Two robot dogs play in the park")
    assert [ch.type for ch in c.characters] == ["robot", "robot"]  # no dog the idea did not ask for
    officer = analyze("A police officer chases a thief").characters[0]
    assert (officer.name, officer.type) == ("Officer", "policeman")  # named by the phrase's head
    sp = plan("A police officer chases a thief through the city", duration_s=60, seed=0)
    assert "a police officer" in sp.shots[0].narration, sp.shots[0].narration
    old = analyze("An old man sits on a bench").characters[0]
    assert (old.name, old.type) == ("Man", "grandfather")  # an elder's body, not called Grandpa


def test_a_line_too_long_for_its_shot_keeps_its_event_sentence() -> None:
    from autark.story.narrative import _fit
    from autark.story.screenplay import DialogueLine

    line = DialogueLine(speaker="Violinist", text="Oh dear, oh dear... Listen, Grandma: I will play for you!")
    _narration, kept = _fit("", [line], 3.7)
    assert [d.text for d in kept] == ["Listen, Grandma: I will play for you!"]


def test_plurals_and_forms_of_the_idea_become_the_singular_noun() -> None:
    from autark.story.cast import character_noun
    from autark.story.lines import NounPhrase

    assert character_noun("knight", "man", "knights", "en") == ("knight", "")
    assert character_noun("child", "child", "children", "en")[0] == "child"
    assert character_noun("cow", "animal", "Kühe", "de") == ("Kuh", "f")
    assert character_noun("child", "child", "Kindern", "de") == ("Kind", "n")
    assert character_noun("sailor", "man", "Matrose", "de") == ("Matrose", "m")  # its own word, its own gender
    assert character_noun("grandfather", "man", "Großvater", "de")[0] == "Großvater"
    assert NounPhrase("Käse", "de", "m", "nachts").acc == "den Käse"  # an adverb is no describing word
    sp, lines = _lines("Two knights argue about who gets the last apple, until a dragon eats it")
    assert "two knights." in lines[0] and "Tom and Max" in lines[1], lines  # the names in a sentence of their own
    assert plan("Zwei Katzen kämpfen um einen Fisch, bis ein Hund ihn nimmt").title == "Die zwei Katzen"


@pytest.mark.parametrize(("idea", "told"), [
    ("Zwei Ritter streiten um den letzten Apfel, bis ein Drache ihn frisst", "Der Drache frisst den letzten Apfel."),
    ("Two cats fight over a fish, until a dog takes it", "The dog takes the fish."),
    ("Ein Bär stiehlt einem Imker den Honig im Wald", "Der Bär stiehlt dem Imker den Honig im Wald."),
    ("A dog chases a cat through the garden until the cat climbs a tree", "The dog chases the cat through the garden."),
])
def test_the_narrator_tells_an_event_with_what_the_film_has_shown(idea: str, told: str) -> None:
    _sp, lines = _lines(idea)
    assert told in lines, lines
