"""Preferences learned from what a user did, visible and reversible.

Evidence comes from two places, both on this machine: the command logs of the user's projects (what they kept,
what they undid) and their ratings of films (``autark rate``). ``learn`` turns them into ``Preferences``, a
small frozen value that is passed *explicitly* to the choices that use it (``autark.story.preferred``) and
recorded in every film made with it: nothing reads preferences from hidden state, so the same idea with the
same preferences makes the same film.

Each piece of evidence is a ``Vote``: +1 for a value the user chose and kept (or a film with it they rated 4
or 5), -1 for one they undid (or a film rated 1 or 2). A value becomes the preference when its votes add up
to ``PREFER_AT`` or more and no other value of the same choice has as many; a value whose votes add up to
``AVOID_AT`` or less is avoided. ``autark preferences`` shows each preference with the votes behind it;
``--reset NAME`` drops the evidence of one choice up to now (``UserFolder.reset``).

    choice              learned from
    lighting            lighting presets set and kept or undone; ratings (fidelity) of films with it
    mood                music moods set and kept or undone; ratings (plot, audio) of films with it
    camera_after_wide   the shot size picked right after a wide shot; ratings (camera) of films with it
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from pydantic import BaseModel, ConfigDict

__all__ = ["ASPECTS", "CHOICES", "PREFERRED_LABEL", "PREFER_AT", "AVOID_AT", "Preferences", "Vote", "learn", "votes_from_log",
           "votes_from_ratings"]

CHOICES = ("lighting", "mood", "camera_after_wide")
ASPECTS = {"plot": ("mood",), "fidelity": ("lighting",), "camera": ("camera_after_wide",), "audio": ("mood",),
           "overall": CHOICES}
PREFERRED_LABEL = "preferred lighting: "  # a new project's first command, suggested by a preference
PREFER_AT = 2
AVOID_AT = -2
_LIGHTING = ("daylight", "overcast", "dawn", "sunset", "night", "studio", "noir", "candlelight")
_MOODS = ("calm", "happy", "sad", "tense", "epic", "mysterious", "romantic")
# the shot-size words of a camera command (the command engine's SHOTS table, both languages)
_SIZE_WORDS = {"wide": "wide", "establishing": "wide", "overview": "wide", "totale": "wide", "weit": "wide",
               "medium": "medium", "halbnah": "medium", "halbtotale": "medium", "close": "close-up",
               "closeup": "close-up", "nah": "close-up", "nahaufnahme": "close-up", "großaufnahme": "close-up"}


class Preferences(BaseModel):
    """What the defaults adapt to; empty (all None) is the built-in behaviour. Frozen and small: it is passed
    in and recorded, never looked up."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    lighting: str | None = None
    mood: str | None = None
    camera_after_wide: str | None = None
    avoid_lighting: tuple[str, ...] = ()
    avoid_mood: tuple[str, ...] = ()

    def record(self) -> dict[str, Any]:
        """The preferences as a film records them (only what is set)."""
        return {k: (list(v) if isinstance(v, tuple) else v) for k, v in self.model_dump().items() if v}


@dataclass(frozen=True)
class Vote:
    choice: str  # one of CHOICES
    value: str
    weight: int  # +1 or -1
    reason: str  # what the user did, in words
    time: str = ""  # UTC ISO time of the evidence ("" when unknown): a reset drops votes before it


def votes_from_log(project: str, entries: Sequence[Any]) -> list[Vote]:
    """Votes from one project's command log (``ProjectStore.history()`` entries: seq, time, kind, sentence,
    ops, state): a lighting or music mood kept or undone, the size of the shot that followed a wide one."""
    votes: list[Vote] = []
    last_size: str | None = None
    for e in entries:
        kept = e.state == "done"
        suggested = e.sentence.startswith(PREFERRED_LABEL)
        if e.kind != "do" or (suggested and kept):  # a suggestion kept is no new vote; one undone is a vote against
            continue
        verb = "kept" if kept else "undid the suggestion" if suggested else "undid"
        where = f"{project} #{e.seq} {e.sentence!r}"
        # a set brings its own lighting ("make this a kitchen": the kitchen's studio light); only a light asked
        # for by itself is a vote
        with_a_set = any(op.get("op") == "add_object" for op in e.ops)
        for op in e.ops:
            if op.get("op") == "apply_lighting" and op.get("preset") in _LIGHTING and not with_a_set:
                votes.append(Vote("lighting", op["preset"], 1 if kept else -1, f"{verb} {where}", e.time))
            if op.get("op") == "set_timeline" and op.get("music_mood") in _MOODS:
                votes.append(Vote("mood", op["music_mood"], 1 if kept else -1, f"{verb} {where}", e.time))
        if not kept or not any(op.get("op") == "set_camera" for op in e.ops):
            continue
        size = next((_SIZE_WORDS[w] for w in e.sentence.lower().replace("-", " ").split() if w in _SIZE_WORDS), None)
        if size is not None and last_size == "wide" and size != "wide":
            votes.append(Vote("camera_after_wide", size, 1, f"picked a {size} after a wide shot: {where}", e.time))
        last_size = size or last_size
    return votes


def votes_from_ratings(ratings: Iterable[dict[str, Any]]) -> list[Vote]:
    """Votes from film ratings: each rated aspect votes for (4-5) or against (1-2) what the film was made with."""
    votes: list[Vote] = []
    for r in ratings:
        score, aspect = r.get("score"), r.get("aspect") or "overall"
        made = r.get("made_with") or {}
        if not isinstance(score, int) or aspect not in ASPECTS or not isinstance(made, dict) or score == 3:
            continue
        weight = 1 if score >= 4 else -1
        for choice in ASPECTS[aspect]:
            value = made.get(choice)
            if isinstance(value, str) and value:
                votes.append(Vote(choice, value, weight, f"rated {r.get('film', 'a film')} {score}/5 for {aspect} "
                                                         f"(made with {choice} {value})", str(r.get("time", ""))))
    return votes


def learn(votes: Iterable[Vote], resets: dict[str, str] | None = None) -> tuple[Preferences, dict[str, list[Vote]]]:
    """The preferences the votes add up to, and the votes that counted for each choice (after its reset)."""
    resets = resets or {}
    counted: dict[str, list[Vote]] = defaultdict(list)
    for v in votes:
        if v.choice in CHOICES and not (v.choice in resets and v.time and v.time <= resets[v.choice]):
            counted[v.choice].append(v)
    fields: dict[str, Any] = {}
    for choice, vs in counted.items():
        totals: dict[str, int] = defaultdict(int)
        for v in vs:
            totals[v.value] += v.weight
        ranked = sorted(totals.items(), key=lambda kv: (-kv[1], kv[0]))
        if ranked and ranked[0][1] >= PREFER_AT and (len(ranked) == 1 or ranked[1][1] < ranked[0][1]):
            fields[choice] = ranked[0][0]
        avoided = tuple(sorted(value for value, total in totals.items() if total <= AVOID_AT))
        if avoided and f"avoid_{choice}" in Preferences.model_fields:
            fields[f"avoid_{choice}"] = avoided
    return Preferences(**fields), dict(counted)
