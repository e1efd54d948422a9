"""One alone speaks in the shots where nobody else could (for ``story.solo_lines.lone_track``).

A film whose only speaker is one person or one animal had shots of five seconds without a word where nothing of
theirs happened (the boy between two tries at the violin, the painter at the sunset's end): ``solo_lines`` finds
lines for work and feats, not for a shot between deeds, a deed that is over in a moment, or an ending without
a last line. Here such a shot gets one line, in this order: what the shot's own deed makes its doer say, what
is said once the deed before it is over, what is said on the way to the next one, else an aside to the story's
thing (the violin, the boat, the snowman), spoken of with its article, by where the story stands: before the deed, during it, after
it came off or went wrong. Every line names the story's thing or is the story's own event line, so none is a
filler any film could say; each phase is used once a film, so no record sticks.
"""

from __future__ import annotations

import random
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from autark.story.events import Event
    from autark.story.shot_plans import ShotPlan, _Speech

__all__ = ["ASIDES", "speak_in_quiet_shots"]

_L = tuple[list[str], list[str]]
# an aside about the story's thing, by where the story stands; {obj} the thing with its article (German {obj_dat}
# after a preposition), never its bare noun as if it were called by name: "Quiet out here, coffee." and "Still
# hier, Schlüssel." speak to a thing as to a pet. No "we" (one alone), no line without the thing.
ASIDES: dict[str, _L] = {
    "before": (["So… where do I start with {obj}?", "Right. {obj} will not beat me."],
               ["So … wo fange ich bei {obj_dat} an?", "So. {obj_acc} kriege ich schon hin."]),
    # before what will come upon them (a find, a loss): with the thing, meaning nothing yet
    "with": (["Just me and {obj} today.", "A quiet day. Just me and {obj}."],
             ["Heute nur ich und {obj}.", "Ein ruhiger Tag. Nur ich und {obj}."]),
    "during": (["Easy with {obj}. Easy does it.", "Come on… once more with {obj}."],
               ["Ruhig mit {obj_dat}. Ganz ruhig.", "Komm schon … noch einmal mit {obj_dat}."]),
    "good": (["Who would have thought it of {obj}?", "Not bad at all, {obj} and me."],
             ["Wer hätte das von {obj_dat} gedacht?", "Gar nicht schlecht, das mit {obj_dat}."]),
    "bad": (["Oh no… what now with {obj}?", "Not like this. Not {obj}."],
            ["Oje … was mache ich jetzt mit {obj_dat}?", "Nicht so. Nicht {obj}."]),
}


def _thing_event(evs: list[Event | None]) -> Event | None:
    """The first of ``evs`` done to or with a thing (its patient or instrument)."""
    return next((e for e in evs if e is not None and (e.patient and e.patient_is_thing or e.instrument)), None)


def speak_in_quiet_shots(plans: list[ShotPlan], sp: _Speech, events: list[Event], rng: random.Random,
                         most: int, skip: set[int]) -> None:
    """One spare line for the lone speaker in each shot after the opening where they are present and nobody
    speaks (not the shots in ``skip``, whose time a change of the world keeps), up to ``most`` lines a film."""
    from autark.story.exchanges import _how_it_went, _present
    from autark.story.lines import _fill, after_line, before_line, event_lines
    from autark.story.solo_words import FEATS, UNMEANT, fresh, lone_speaker, said_key
    from autark.story.spine_words import _fam, _values

    me = lone_speaker(plans, sp)
    if not me:
        return
    said = {said_key(t) for p in plans for _w, t in p.dialogue + p.spare}
    planned = sum(len(p.dialogue) + len(p.spare) for p in plans)
    left = dict.fromkeys(ASIDES, 1)
    for k, p in enumerate(plans):
        if planned >= most:
            return
        if not k or k in skip or p.dialogue or p.spare or me not in _present(p, sp):
            continue
        here = next((events[i] for i in p.events if i < len(events)), None)
        gone = next((events[i] for q in reversed(plans[:k]) for i in reversed(q.events) if i < len(events)
                     and i not in p.events), None)
        coming = next((events[i] for q in plans[k + 1:] for i in q.events if i < len(events)), None)
        mine = [e if e is not None and me in e.agents else None for e in (here, gone, coming)]
        options: list[tuple[str | None, str]] = []  # (line, the aside's phase or "")
        if mine[0] is not None and _fam(mine[0]) and not mine[0].outcome:
            options.append((event_lines(_fam(mine[0]), sp.lang, "say", _values(sp, mine[0], me, ""), rng), ""))
        if mine[1] is not None and _fam(mine[1]) and here is None:
            options.append((after_line(_fam(mine[1]), sp.lang, "say", _values(sp, mine[1], me, ""), rng), ""))
        if mine[2] is not None and _fam(mine[2]) and here is None and coming is not None and coming.kind != "talk":
            options.append((before_line(_fam(mine[2]), sp.lang, _values(sp, mine[2], me, ""), rng), ""))
        thing_ev = _thing_event([mine[0], mine[1] if here is None else None, mine[2]])
        if thing_ev is not None:
            went = "" if gone is None else "bad" if gone.outcome == "failed" else _how_it_went(gone)
            phase = ("during" if thing_ev is mine[0] else "bad" if went == "bad" and gone is not None
                     else "good" if gone is not None and thing_ev is gone and went == "good" and (gone.kind in FEATS or _fam(gone) in FEATS)
                     else "" if thing_ev is not mine[2] or _fam(thing_ev) == "find"
                     else "with" if _fam(thing_ev) in UNMEANT else "before")
            # a loss comes upon one: no "Right, boat. Do not let me down." before it; a thing not found yet is
            # not spoken to at all
            if phase and left[phase]:
                values = _values(sp, thing_ev, me, "")
                line = _fill(fresh(ASIDES[phase][sp.lang == "de"], values, said), values, rng)
                if line and values.get("obj"):
                    options.append((line, phase))
        line, phase = next(((o, ph) for o, ph in options if o and said_key(o) not in said), (None, ""))
        if line:
            if phase:
                left[phase] -= 1
            p.spare_starts.append(len(p.spare))
            p.spare.append((me, sp.with_trait(me, line)))
            said.add(said_key(line))
            planned += 1
