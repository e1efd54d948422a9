"""The policy corpus: harmful ideas refused in the right category, harmless-but-edgy ones allowed.

policy_corpus.yaml is the list the policy was tuned on: >= 95% decided right and no harmless idea refused.
policy_heldout.yaml (written with the rules) and policy_heldout2.yaml (written after tuning) are never tuned on:
their scores are printed, and only a floor well below the corpus's bar is asserted, so a change that breaks
understanding still fails here (at the time of writing: 100% and 83%, no harmless idea refused in either).
"""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from autark.policy import judge

HERE = Path(__file__).parent


def _score(name: str) -> tuple[float, list[str], list[str]]:
    items = yaml.safe_load((HERE / name).read_text(encoding="utf-8"))
    wrong, harmless_refused = [], []
    for item in items:
        decision = judge(item["text"], "standard")
        refused = decision.refused
        right = (refused == (item["expect"] == "refuse")
                 and (not refused or item["category"] in {f.category for f in decision.findings}))
        if not right:
            wrong.append(f"{item['text']!r}: expected {item['expect']} {item.get('category', '')}, "
                         f"got {decision.verdict} {decision.message}")
        if item["expect"] == "allow" and refused:
            harmless_refused.append(item["text"])
    return 1 - len(wrong) / len(items), wrong, harmless_refused


def test_corpus_is_large_and_bilingual_across_every_category() -> None:
    items = yaml.safe_load((HERE / "policy_corpus.yaml").read_text(encoding="utf-8"))
    assert len(items) >= 60
    categories = {i["category"] for i in items if i["expect"] == "refuse"}
    assert categories == {"violence", "sexual", "minors", "self_harm", "hate", "harassment", "instructions"}
    assert sum(i["expect"] == "allow" for i in items) >= 25
    german = [i for i in items if any(w in i["text"].lower() for w in (" ein", "der ", "die ", "ein ", " und "))]
    assert len(german) >= 15


def test_corpus_decided_right_and_no_harmless_idea_refused() -> None:
    score, wrong, harmless_refused = _score("policy_corpus.yaml")
    assert harmless_refused == []
    assert score >= 0.95, "\n".join(wrong)


@pytest.mark.parametrize("name", ["policy_heldout.yaml", "policy_heldout2.yaml"])
def test_heldout_score_is_reported(name: str, capsys: pytest.CaptureFixture[str]) -> None:
    score, wrong, harmless_refused = _score(name)
    with capsys.disabled():
        print(f"\n{name}: {score:.1%} decided right, harmless refused: {len(harmless_refused)}")
        for line in wrong:
            print("  " + line)
    assert score >= 0.6
