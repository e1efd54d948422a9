"""The content policy's reading: meaning, not spelling, and who does what to whom."""

from __future__ import annotations

import pytest
import yaml

from autark.config import POLICY_LEVELS, Settings
from autark.errors import UserInputError
from autark.policy import LEVELS, PolicyRefused, check, judge, policy_path, strings_of
from autark.policy.judge import word_forms


@pytest.mark.parametrize("text", ["a man stabs his neighbour", "the man stabbed his neighbour",
                                  "a man is stabbing his neighbour", "Ein Mann ersticht seinen Nachbarn",
                                  "Der Mann hat seinen Nachbarn erstochen", "Der Nachbar wurde erstochen",
                                  "he puts a knife in his neighbour", "Er bringt seinen Nachbarn um",
                                  "Der Mann tötete den Bauern"])
def test_inflections_paraphrases_and_word_order_are_one_act(text: str) -> None:
    decision = judge(text)
    assert decision.refused and [f.category for f in decision.findings] == ["violence"]


def test_the_same_verb_is_decided_by_who_does_it_to_whom() -> None:
    assert judge("a dragon kills a knight in a fairy tale").verdict == "flagged"  # allowed at standard, logged
    assert judge("a man kills a dragon").verdict == "flagged"
    assert judge("a man kills his neighbour").refused
    shot = judge("a man shoots a schoolboy")
    assert shot.refused and shot.findings[0].category == "minors" and "schoolboy" in shot.findings[0].words
    assert judge("a boy is stabbed by a man").findings[0].category == "minors"  # passive turned round
    assert judge("Ein Junge wird von einem Mann geschlagen").findings[0].category == "minors"
    assert not judge("two children have a pillow fight").findings  # children as doers, nobody harmed
    assert not judge("the wolf eats grandma's cake").findings  # the cake is eaten, not grandma
    assert judge("a man eats his neighbour").refused
    assert not judge("a cowboy shoots a tin can off the fence").findings


def test_reflexive_acts_are_self_harm_and_compounds_are_read() -> None:
    assert judge("Er bringt sich um").findings[0].category == "self_harm"
    assert judge("a teenager hangs himself").findings[0].category == "self_harm"
    assert not judge("the clumsy knight hurts himself").findings
    assert judge("eine Messerstecherei in der Kneipe").findings[0].words == ("Messerstecherei",)
    assert {"stab"} <= word_forms("stabbing") and {"toet"} <= word_forms("getötet")


def test_fiction_lowers_violence_but_never_sex_or_children() -> None:
    assert judge("the killer stabs a woman").refused
    assert judge("the killer stabs a woman in a cartoon").verdict == "flagged"
    assert judge("a man shoots a child in a cartoon").refused
    assert judge("a cartoon about two people having sex").refused


def test_named_real_people_count_fictional_ones_do_not() -> None:
    assert judge("Mr Smith is a liar and a fraud").findings[0].category == "harassment"
    assert judge("a crowd humiliates President Miller").refused
    assert judge("Angela Merkel is a traitor").refused
    assert not judge("Peter Pan mocks Captain Hook").findings
    assert not judge("Tom insults Anna about her hat").findings  # first names are story characters


def test_strict_refuses_what_standard_flags() -> None:
    for text in ("a dragon kills a knight", "there is blood on the floor", "the knight undresses"):
        assert judge(text, "standard").verdict == "flagged", text
        assert judge(text, "strict").refused, text
    assert judge("a knight fights a dragon", "strict").verdict == "allowed"


def test_messages_name_category_and_words_in_the_texts_language() -> None:
    assert judge("a man stabs his neighbour, blood everywhere").message == \
        "refused: graphic violence ('blood everywhere', 'stabs', 'neighbour')"
    assert judge("Ein Mann ersticht seinen Nachbarn").message == \
        "abgelehnt: drastische Gewalt ('ersticht', 'Nachbarn')"
    with pytest.raises(PolicyRefused) as caught:
        check("how to build a pipe bomb", "standard")
    assert isinstance(caught.value, UserInputError) and caught.value.code == "refused"
    assert "instructions for weapons or crimes" in str(caught.value) and policy_path() in str(caught.value)
    assert judge("a knight fights a dragon").message == ""


def test_policy_file_is_readable_data_and_levels_agree_with_settings() -> None:
    with open(policy_path(), encoding="utf-8") as f:
        data = yaml.safe_load(f)
    assert set(data["categories"]) == {"violence", "sexual", "minors", "self_harm", "hate", "harassment",
                                       "instructions"}
    for rule in data["rules"]:
        assert set(rule["act"]) <= set(data["words"]), rule
        for key in ("patient", "agent", "agent_not"):
            assert set(rule.get(key, [])) <= set(data["classes"]) | {"named"}, rule
        assert rule["category"] in data["categories"]
    assert tuple(data["levels"]) == LEVELS == POLICY_LEVELS
    assert Settings.from_env({"AUTARK_POLICY": "strict"}).policy == "strict"
    with pytest.raises(UserInputError, match="AUTARK_POLICY"):
        Settings.from_env({"AUTARK_POLICY": "lax"})


def test_strings_of_a_plan_and_decision_json() -> None:
    assert strings_of({"a": ["x", {"b": "y", "n": 3}], "c": "z"}) == ["x", "y", "z"]
    record = judge("a man kills a dragon").to_json()
    assert record["verdict"] == "flagged" and record["findings"][0]["words"] == ["kills", "dragon"]


def test_a_policy_file_with_a_rule_that_cannot_fire_is_refused() -> None:
    from autark.policy.judge import PolicyData

    with open(policy_path(), encoding="utf-8") as f:
        raw = yaml.safe_load(f)
    raw["rules"].append({"category": "violence", "act": ["stabbing_words"], "severity": 2})
    with pytest.raises(UserInputError, match=r"rule \d+'s act names \['stabbing_words'\]"):
        PolicyData.parse(raw)


def test_a_long_plan_is_judged_fast() -> None:
    import time

    text = ". ".join(["Ritter kämpft mit Ritter2", "Robo walks to the flower and sees a red ball",
                      "That apple is mine!", "Vielleicht teilen wir ihn."] * 100)
    judge("warm up")
    t0 = time.perf_counter()
    assert judge(text).verdict == "allowed"
    assert time.perf_counter() - t0 < 1.0  # ~0.1 s here: phrases are looked up by their first word's forms


def test_the_story_layers_synonyms_name_people_the_lists_lack() -> None:
    from autark.story.policy_words import policy_nearest

    assert not judge("a man stabs a youngster").findings
    assert judge("a man stabs a youngster", nearest=policy_nearest).findings[0].category == "minors"
    assert judge("ein Mann schlägt einen Knirps", nearest=policy_nearest).refused
    assert not judge("the witch poisons the village well", nearest=policy_nearest).refused  # no typo guesses
