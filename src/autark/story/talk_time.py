"""A shot long enough for the talk planned in it, where the film's length allows (for ``story.narrative``).

The film's time is first shared out by the shots' kinds and how much is planned in them; a shot with an exchange
of four lines then often had 4.6 s for 9 s of talk, and its answers were left out (``exchanges.spare_that_fits``)
while a quiet shot beside it had seconds to spare. Here each shot's need is what its words take as
``jobs.produce`` lays them (a lead after the cut, each line's ``line_grammar.speech_s``, a breath between lines),
and the shots short of it get time from those with more than they need. A shot gives away at most 40 % of
its length and never falls below its own need or ``_SHORTEST_S`` (a walk or a fall still needs its seconds); the
film's length stays as it was.
"""

from __future__ import annotations

from autark.story.line_grammar import speech_s

__all__ = ["talk_need_s", "lengths_for_talk"]

_LEAD_S, _GAP_S = 0.25, 0.2  # jobs.produce LINE_LEAD_S, LINE_GAP_S
_SHORTEST_S = 3.2  # no shot is cut shorter than this to give time to another's talk
_MOST_GIVEN = 0.4  # the share of its length a shot may give away
_MOST_TAKEN_S = 11.0  # a shot is lengthened for its talk to this at most (a long static shot is no better)


def talk_need_s(narration: str, lines: list[str], lang: str) -> float:
    """Seconds a shot needs to say its ``narration`` and ``lines`` one after another, as the film lays them."""
    texts = ([narration] if narration else []) + lines
    if not texts:
        return 0.0
    return _LEAD_S + sum(speech_s(t, lang) + _GAP_S for t in texts)


def lengths_for_talk(lengths: list[float], needs: list[float], first_fixed: bool = True) -> list[float]:
    """``lengths`` with time moved from shots that need less than they have to those whose talk (``needs``, in
    seconds) does not fit, the total kept; ``first_fixed``: the opening (title, where and who) keeps its length."""
    if len(lengths) != len(needs) or len(lengths) < 2:
        return list(lengths)
    out = list(lengths)
    movable = range(1 if first_fixed else 0, len(out))
    short = {i: min(needs[i], _MOST_TAKEN_S) - out[i] for i in movable if needs[i] > out[i] and out[i] < _MOST_TAKEN_S}
    spare = {i: min(out[i] * _MOST_GIVEN, out[i] - max(needs[i], _SHORTEST_S)) for i in movable if i not in short}
    spare = {i: s for i, s in spare.items() if s > 0.05}
    wanted, offered = sum(short.values()), sum(spare.values())
    if wanted <= 0 or offered <= 0:
        return out
    moved = min(wanted, offered)
    for i, s in spare.items():
        out[i] -= moved * s / offered
    for i, s in short.items():
        out[i] += moved * s / wanted
    out = [round(x, 1) for x in out]
    out[-1] = round(sum(lengths) - sum(out[:-1]), 2)  # rounding does not change the film's length
    return out
