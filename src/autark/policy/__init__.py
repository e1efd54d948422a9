"""autark's content policy: what a film may show, judged by meaning in English and German.

    decision = judge("a man stabs his neighbour", level="standard")
    decision.refused          # True
    decision.message          # "refused: graphic violence ('stabs', 'neighbour')"
    check(text, level)        # raises PolicyRefused (exit code 2 on the command line) when refused

The policy is the data file ``policy.yaml`` beside this module (categories, words in both languages, rules,
severities, levels), which a person can read; ``judge.py`` reads who does what to whom. Levels: ``standard``
(the default) and ``strict`` (``--policy``, ``AUTARK_POLICY``). A decision is allowed, allowed with a flag
(severity below the level's bar: a dragon kills a knight) or refused; callers log each decision.

This package sits just above the base layer: the command engine (language) and the story, jobs and command
line layers all check text with it, and it needs nothing but ``autark.errors``.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any, Literal

import yaml

from autark.errors import UserInputError
from autark.policy.judge import Finding, Nearest, PolicyData, find

__all__ = ["LEVELS", "Decision", "Finding", "PolicyRefused", "check", "check_level", "describe", "judge", "policy_path",
           "strings_of"]

Level = Literal["standard", "strict"]
LEVELS: tuple[str, ...] = ("standard", "strict")


class PolicyRefused(UserInputError):
    """The text asks for something the content policy refuses; nothing was made or changed."""

    code = "refused"

    def __init__(self, decision: Decision) -> None:
        super().__init__(decision.message, hint=decision.hint)
        self.decision = decision


@cache
def _data() -> PolicyData:
    text = resources.files("autark.policy").joinpath("policy.yaml").read_text(encoding="utf-8")
    return PolicyData.parse(yaml.safe_load(text))


def policy_path() -> str:
    """Where the policy file is, for messages that point a person at it."""
    return str(resources.files("autark.policy").joinpath("policy.yaml"))


def check_level(level: str) -> Level:
    """``level`` if it is one, else a UserInputError naming the levels there are."""
    if level not in LEVELS:
        raise UserInputError(f"there is no policy level {level!r}", hint="use one of: " + ", ".join(LEVELS))
    return level  # type: ignore[return-value]


@dataclass(frozen=True)
class Decision:
    """What the policy says about one text at one level."""

    text: str
    level: str
    verdict: Literal["allowed", "flagged", "refused"]
    severity: int
    findings: tuple[Finding, ...]
    lang: str
    where: str = "idea"  # idea, plan, command, film text

    @property
    def refused(self) -> bool:
        return self.verdict == "refused"

    @property
    def message(self) -> str:
        """"refused: graphic violence ('stabs', 'neighbour')", in the text's language; empty when allowed."""
        if self.verdict == "allowed":
            return ""
        names = _data().raw["categories"]
        bar = _bar(self.level)
        shown = [f for f in self.findings if (f.severity >= bar) == self.refused]
        parts = []
        for category in dict.fromkeys(f.category for f in shown):
            words = dict.fromkeys(w for f in shown if f.category == category for w in f.words)
            parts.append(f"{names[category][self.lang]} ({', '.join(repr(w) for w in words)})")
        head = {("en", True): "refused", ("de", True): "abgelehnt", ("en", False): "allowed with a flag",
                ("de", False): "erlaubt, aber vermerkt"}[(self.lang, self.refused)]
        return f"{head}: {'; '.join(parts)}"

    @property
    def hint(self) -> str:
        if self.lang == "de":
            return f"Richtlinie {self.level!r}: {policy_path()}"
        return f"policy {self.level!r}: {policy_path()}"

    def to_json(self) -> dict[str, Any]:
        """The decision as the project's log and the film's policy file keep it."""
        return {"where": self.where, "level": self.level, "verdict": self.verdict, "severity": self.severity,
                "text": self.text[:500], "message": self.message,
                "findings": [{"category": f.category, "severity": f.severity, "words": list(f.words),
                              "rule": f.rule} for f in self.findings]}


def _bar(level: str) -> int:
    return int(_data().raw["levels"][check_level(level)]["refuses_from"])


def judge(text: str, level: str = "standard", *, lang: str | None = None, where: str = "idea",
          nearest: Nearest | None = None) -> Decision:
    """The policy's decision on ``text`` at ``level``; ``lang`` (en/de) is the message's language, by default
    that of the words found. ``nearest``: maps a word the policy's lists lack to the closest word they have by
    meaning (the story layer's ``autark.story.semantic.nearest``: its synonym table, and word embeddings where
    the semantic extra is installed); without it the rules stand alone."""
    bar = _bar(level)
    findings = tuple(find(text, _data(), nearest))
    severity = max((f.severity for f in findings), default=0)
    verdict = "refused" if severity >= bar else "flagged" if severity > 0 else "allowed"
    if lang not in ("en", "de"):
        langs = [f.lang for f in findings]
        lang = "de" if langs and langs.count("de") > langs.count("en") else "en"
    return Decision(text, level, verdict, severity, findings, lang, where)  # type: ignore[arg-type]


def check(text: str, level: str = "standard", *, lang: str | None = None, where: str = "idea",
          nearest: Nearest | None = None) -> Decision:
    """``judge`` that raises ``PolicyRefused`` when the text is refused; the decision otherwise."""
    decision = judge(text, level, lang=lang, where=where, nearest=nearest)
    if decision.refused:
        raise PolicyRefused(decision)
    return decision


def describe(level: str = "standard") -> str:
    """What ``level`` refuses, in a sentence (for --help and the docs)."""
    return str(_data().raw["levels"][check_level(level)]["says"])


def strings_of(value: Any) -> list[str]:
    """Every string in a nested structure of dicts and lists (a plan's ``model_dump()``), in order: the text
    a plan carries, for ``judge`` (keys are names of fields, not text, and are left out)."""
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        return [s for v in value.values() for s in strings_of(v)]
    if isinstance(value, list | tuple):
        return [s for v in value for s in strings_of(v)]
    return []
