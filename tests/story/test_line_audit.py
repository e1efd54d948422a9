"""The line audit (story.line_audit) reads German and English as a native speaker hears them, a line against the
story's relations and outcome (story.line_premises), and the films' lines as the generators make them: no success
after a failed attempt, no teammate's words between rivals, no "there you are" to one never lost, and one alone
saying what they are about to do in the idea's own verb (story.deed_words)."""

from __future__ import annotations

import pytest

from autark.story import analyze, plan
from autark.story.deed_words import deed_infinitive
from autark.story.line_audit import Audit, audit, filler, grammar_faults, line_key
from autark.story.line_grammar import pronoun_order_de
from autark.story.line_premises import StoryMoments, unfounded


@pytest.mark.parametrize(("text", "lang"), [
    ("Wer hätte gedacht, dass wir hier dich finden?", "de"),
    ("Der Wolf schleicht sich the die Schafe auf der Weide heran.", "de"),
    ("Der Hase flieht vor den Adler.", "de"),
    ("Ich gehe mit den Hund spazieren.", "de"),
    ("Das ist für dem Kind.", "de"),
    ("Gib mir es!", "de"),
    ("Look, a apple!", "en"),
    ("That is an banana.", "en"),
    ("We is here!", "en"),
    ("Look at the the cake!", "en"),
])
def test_what_a_native_speaker_would_not_say_is_found(text: str, lang: str) -> None:
    assert grammar_faults(text, lang), text


@pytest.mark.parametrize(("text", "lang"), [
    ("Wer hätte gedacht, dass wir dich hier finden?", "de"),
    ("Der Wolf schleicht sich an die Schafe auf der Weide heran.", "de"),
    ("Der Hase flieht vor dem Adler.", "de"),
    ("Ich spiele mit den Kindern.", "de"),
    ("Gib es mir!", "de"),
    ("Look, an apple!", "en"),
    ("A unicorn! And a one-legged pirate!", "en"),
    ("Careful… careful with the cake...", "en"),
    ("Sure, sure.", "en"),
])
def test_good_german_and_english_pass(text: str, lang: str) -> None:
    assert not grammar_faults(text, lang), grammar_faults(text, lang)


def test_a_pronoun_a_slot_put_after_an_adverb_goes_before_it() -> None:
    assert pronoun_order_de("Wer hätte gedacht, dass wir hier dich finden?") == \
        "Wer hätte gedacht, dass wir dich hier finden?"
    assert pronoun_order_de("Ich bringe gleich dich nach Hause.") == "Ich bringe dich gleich nach Hause."
    assert pronoun_order_de("Dass wir hier den Hund finden!") == "Dass wir hier den Hund finden!"
    assert not grammar_faults(pronoun_order_de("Ich habe schon es gesehen."), "de")


def _story(idea: str, cast: list[str], actions: list[str] | None = None) -> StoryMoments:
    return StoryMoments(idea, [(actions or [], "")], cast)


def test_success_after_a_failed_attempt_is_unfounded() -> None:
    failed = _story("A small dragon tries to light a campfire but only sneezes smoke", ["Dragon"])
    done = _story("A small dragon lights a campfire", ["Dragon"])
    for line in ("We did it!", "Wir haben es geschafft!", "What a catch!", "It works!"):
        assert unfounded(line, failed, 0, "Dragon") is not None, line
    assert unfounded("It works!", done, 0, "Dragon") is None


def test_teammates_words_between_rivals_are_unfounded_but_not_from_a_judge() -> None:
    contest = _story("Two chefs compete to bake the tallest cake for the king", ["Tom", "Max", "King"])
    assert unfounded("Bravo, Max!", contest, 0, "Tom") is not None
    assert unfounded("You can do it!", contest, 0, "Max") is not None
    assert unfounded("Bravo, Tom!", contest, 0, "King") is None
    chase = _story("A fox chases a rabbit", ["Fox", "Rabbit"], ["Fox chases Rabbit"])
    assert unfounded("Keep going!", chase, 0, "Rabbit") is not None
    friends = _story("Two friends bake a cake together", ["Tom", "Max"])
    assert unfounded("Bravo, Max!", friends, 0, "Tom") is None


def test_there_you_are_needs_one_lost_or_sought() -> None:
    never = _story("Ein Zauberer zieht ein Kaninchen aus dem Hut", ["Zauberer", "Kaninchen"])
    lost = _story("Ein Bauer verliert seine Kuh im Nebel", ["Bauer", "Kuh"])
    assert unfounded("Da bist du ja!", never, 0, "Zauberer") is not None
    assert unfounded("Da bist du ja!", lost, 0, "Bauer") is None


@pytest.mark.parametrize(("idea", "infinitive"), [
    ("Ein Pirat vergräbt eine Schatzkiste auf der Insel", "vergraben"),
    ("Der Junge zündet das Lagerfeuer an", "anzünden"),
    ("Der Fischer fängt einen Fisch", "fangen"),
    ("A mountaineer plants a flag on the mountain", "plant"),
    ("A girl searches for her lost kite", ""),  # a preposition's object is no direct object: no "search the kite"
])
def test_the_idea_s_own_verb_as_an_infinitive(idea: str, infinitive: str) -> None:
    concept = analyze(idea)
    assert deed_infinitive(concept.events[0], concept.language) == infinitive


def test_filler_is_one_template_in_two_ideas() -> None:
    a = Audit("A dragon lights a campfire", lines=[(1, "Dragon", "Right. Now for the campfire.")], names=["Dragon"])
    b = Audit("A climber plants a flag", lines=[(1, "Climber", "Right. Now for the flag.")], names=["Climber"])
    c = Audit("A cook bakes bread", lines=[(1, "Cook", "Now to bake the bread.")], names=["Cook"])
    assert line_key("Right. Now for the flag.", b.idea, b.names) == "right now for the X"
    assert list(filler([a, b, c])) == ["right now for the X"]


IDEAS = [
    "A boy tries to catch a fish all day and catches nothing",
    "Ein Zauberer will ein Kaninchen aus dem Hut ziehen, aber es kommt eine Taube heraus",
    "Two chefs compete to bake the tallest cake for the king",
    "Zwei Bäckerinnen wetteifern um die schönste Torte auf dem Dorffest",
    "Ein Wolf schleicht sich an die Schafe auf der Weide heran",
]


@pytest.fixture(scope="module")
def audits() -> list[Audit]:
    return [audit(plan(idea, duration_s=30, seed=0)) for idea in IDEAS]


def test_the_films_lines_hold_the_story_s_relations_and_outcome(audits: list[Audit]) -> None:
    found = [(a.idea, f.text, f.why) for a in audits for f in a.findings if f.kind in ("contradiction", "grammar",
                                                                                       "slot") and f.speaker != "narrator"]
    assert not found


def test_a_failure_told_over_its_deed_staged_as_done_is_a_contradiction() -> None:
    from autark.story.screenplay import Screenplay

    sp = plan("A boy catches a fish at the lake", duration_s=30, seed=0)
    shots = [s for sc in sp.scenes for s in sc.shots]
    k = next(i for i, s in enumerate(shots) if any(a.startswith("Boy catches") for a in s.actions))
    data = sp.model_dump()
    i = 0
    for sc in data["scenes"]:
        for shot in sc["shots"]:
            shot["narration"] = "The boy catches nothing." if i == k else ""
            i += 1
    found = [f for f in audit(Screenplay.model_validate(data)).findings if f.kind == "contradiction"]
    assert [f.text for f in found] == ["The boy catches nothing."]


def test_a_noun_after_a_dative_preposition_is_put_in_the_dative() -> None:
    from autark.story.line_grammar import case_after_preposition_de as cased

    assert cased("Der Hase flieht vor den Adler.") == "Der Hase flieht vor dem Adler."
    assert cased("Er geht mit einen alten Hund.") == "Er geht mit einem alten Hund."
    for fine in ("Ich spiele mit den Kindern.", "Sie flieht vor den Hasen.", "Zu den Autos!"):
        assert cased(fine) == fine
    assert not grammar_faults(cased("Der Hase flieht vor den Adler."), "de")


@pytest.mark.parametrize(("idea", "made", "prize"), [
    ("Zwei Bäckerinnen wetteifern um die schönste Torte auf dem Dorffest", "Torte", ""),
    ("Two knights compete for the golden cup", "", "my cup"),
])
def test_rivals_in_a_contest_of_making_speak_of_their_own_thing(idea: str, made: str, prize: str) -> None:
    said = [d.text for sc in plan(idea, duration_s=30, seed=0).scenes for s in sc.shots for d in s.dialogue]
    assert not made or any(made in t for t in said), said
    assert not prize or not any(prize in t.lower() for t in said), said
