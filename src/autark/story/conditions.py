"""A body's condition told in the idea, staged in the body: the sick, the injured and the tired lie down (in a
bed where the set has one) from the shot where the idea says so until it says they recover, laugh or get up, and
the ones who visit or help come to them and kneel by them.

"A clown visits sick children in the hospital" had the children stand up healthy through the whole film. The
condition is read from the idea's words (an adjective before a cast member's word: "sick children", "den kranken
Ritter", "a tired farmer"; or said of them: "the knight is injured", "die Katze ist müde", "Tom falls ill"), its
end from a word of getting well in a later clause ("finally makes them laugh", "bis er wieder lacht", "until he
gets up", "wird wieder gesund"). The story's shots in between give the one it befalls a rest instead of their
acts (a sleep or a sit they already do stays); ``autark.jobs.shot_actions`` keeps a rest that goes on from shot
to shot one lie, so nobody gets up between two shots.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from autark.assets.templates import fold

if TYPE_CHECKING:
    from autark.story.analysis import Concept
    from autark.story.screenplay import CastMember, SceneSpec, Shot

__all__ = ["Condition", "read_conditions", "stage_conditions", "beside_beds", "in_beds"]

# folded words that say a body is unwell or worn out (English, then German with its endings)
_SICK = {"sick", "ill", "unwell", "injured", "hurt", "wounded", "feverish", "fever", "poorly", "bedridden",
         "krank", "kranke", "kranken", "kranker", "krankes", "krankem", "erkrankt", "erkrankte", "erkrankten",
         "verletzt", "verletzte", "verletzten", "verletzter", "verletztes", "verwundet", "verwundete",
         "verwundeten", "verwundeter", "fieber", "erkaeltet", "erkaeltete", "erkaelteten", "grippe"}
_TIRED = {"tired", "exhausted", "sleepy", "weary", "muede", "mueden", "mueder", "muedes", "erschoepft",
          "erschoepfte", "erschoepften", "erschoepfter", "schlaefrig", "schlaefrige", "schlaefrigen"}
# folded words of getting well or getting up; a two-word one is (word, the word that must follow somewhere in
# its clause)
_WELL = {"recover", "recovers", "recovered", "heal", "heals", "healed", "cured", "laugh", "laughs", "laughing",
         "smile", "smiles", "healthy", "gesund", "erholt", "erholen", "geheilt", "heilt", "lacht", "lachen",
         "lachten", "lachte", "laechelt", "laecheln", "aufsteht", "aufstehen", "aufstand", "aufwacht", "aufwachen",
         "genest", "genesen", "gesundet"}
_WELL_PAIRS = {("gets", "up"), ("get", "up"), ("stands", "up"), ("stand", "up"), ("wakes", "up"), ("wake", "up"),
               ("gets", "better"), ("get", "better"), ("feels", "better"), ("feel", "better"), ("steht", "auf"),
               ("stehen", "auf"), ("wacht", "auf"), ("wachen", "auf"), ("geht", "besser")}
_PRONOUNS = {"he", "she", "they", "him", "her", "them", "it", "er", "sie", "ihn", "ihm", "ihnen", "es"}
_VISIT = {"en": "{a} walks to {o}", "de": "{a} geht zu {o}"}
_KNEEL = {"en": "{a} kneels by {o}", "de": "{a} kniet neben {o}"}
_REST = {"en": "{a} lies down", "de": "{a} legt sich hin"}
# an act a resting body keeps (it rests already): sleeping, lying, sitting
_RESTING_WORDS = ("sleeps", "lies", "sits", "asleep", "schläft", "legt sich", "liegt", "setzt sich", "schlaf")
_BED_SIDE_M = 0.45  # open floor between the bed's side and the one who lies down in it


@dataclass(frozen=True)
class Condition:
    names: tuple[str, ...]  # the cast it befalls
    kind: str  # "sick" (ill or injured) or "tired"
    at: int  # the idea's word that tells it (``Event.at``'s word index)
    told_first: bool  # told before anything happens ("sick children", "the knight is injured and ...")
    well_at: int = -1  # the word that tells they are well again (-1: not told)


def _word_names(concept: Concept) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for c in concept.characters:
        out.setdefault(fold(c.word), []).append(c.name)
        out.setdefault(fold(c.name), []).append(c.name)
    return {w: list(dict.fromkeys(ns)) for w, ns in out.items()}


def read_conditions(concept: Concept) -> list[Condition]:
    """Each condition the idea tells of its cast, in its order (one per cast member: the first told)."""
    from autark.story.world_changes import _clauses

    words = _word_names(concept)
    clauses = _clauses(concept.idea)
    found: list[Condition] = []
    taken: set[str] = set()
    last_named: list[str] = []
    for lead, clause in clauses:
        folded = [w for _k, w in clause]
        for j, (k, w) in enumerate(clause):
            kind = "sick" if w in _SICK else "tired" if w in _TIRED else ""
            if not kind:
                continue
            after = next((words[x] for x in folded[j + 1:j + 4] if x in words), None)  # "sick children"
            before = next((words[x] for x in reversed(folded[:j]) if x in words), None)  # "the knight is hurt"
            pronoun = any(x in _PRONOUNS for x in folded[:j])
            names = after or before or (last_named if pronoun or not lead else [])
            names = [n for n in names if n not in taken]
            if names:
                first_event = min((e.at for e in concept.events if e.at >= 0), default=10**6)
                found.append(Condition(tuple(names), kind, k, told_first=k < first_event or lead == ""))
                taken.update(names)
        named = [n for x in folded if x in words for n in words[x]]
        last_named = named or last_named
    return [_with_end(c, clauses, words) for c in found]


def _with_end(cond: Condition, clauses: list, words: dict[str, list[str]]) -> Condition:
    """The condition with the first word after it that tells its cast are well again: a clause that names
    nobody else, or names them, or speaks of them by a pronoun ("makes them laugh", "bis er wieder lacht")."""
    for _lead, clause in clauses:
        folded = [w for _k, w in clause]
        for j, (k, w) in enumerate(clause):
            if k <= cond.at:
                continue
            well = w in _WELL or any(w == a and b in folded[j + 1:] for a, b in _WELL_PAIRS)
            if not well:
                continue
            named = {n for x in folded if x in words for n in words[x]}
            ours = named & set(cond.names)
            others = named - set(cond.names)
            if ours or not others or any(x in _PRONOUNS for x in folded):
                return Condition(cond.names, cond.kind, cond.at, cond.told_first, k)
    return cond


def _beat_span(cond: Condition, staged: Sequence[Sequence[int]], event_at: Sequence[int]) -> tuple[int, int]:
    """(the first shot the condition shows in, the shot they are well again in: len(staged) when never)."""
    n = len(staged)
    if cond.told_first:
        start = 0
    else:
        start = next((i for i, evs in enumerate(staged) if any(event_at[e] > cond.at for e in evs)), n - 1)
    end = n
    if cond.well_at >= 0:
        end = next((i for i, evs in enumerate(staged) if any(event_at[e] >= cond.well_at for e in evs)), n - 1)
        end = max(end, start + 1)
    return start, min(end, n)


def _actor(sentence: str, names: Sequence[str]) -> str | None:
    return next((n for n in names if sentence == n or sentence.startswith(n + " ")), None)


_AT_REST = frozenset({"sleep", "lie", "sit", "rest", "dream", "yawn"})


def _acts_otherwise(concept: Concept, cond: Condition) -> bool:
    """Whether the idea gives the tired ones anything to do or to undergo other than resting: then their
    tiredness is how they are while they do it, and they keep their acts."""
    names = set(cond.names)
    return any((names & set(e.agents) or (not e.patient_is_thing and e.patient in names))
               and e.kind not in _AT_REST and e.verb not in _AT_REST for e in concept.events)


def stage_conditions(concept: Concept, cast: Sequence[CastMember], shots: list[Shot],
                     staged: Sequence[Sequence[int]]) -> list[Shot]:
    """``shots`` with each condition staged: the ones it befalls rest (lie down) in every shot from its first to the one they are well in, their other acts left out; in its first
    shot each other cast member walks up to one of them, in the next kneels by them."""
    conds = read_conditions(concept)
    if not conds or not shots:
        return shots
    lang = concept.language if concept.language in _VISIT else "en"
    names = [c.name for c in cast]
    out = list(shots)
    event_at = [e.at for e in concept.events]
    for cond in conds:
        if cond.kind == "tired" and _acts_otherwise(concept, cond):
            continue  # "a tired mail carrier is chased by a goose": a trait, not a rest all film long
        start, end = _beat_span(cond, staged, event_at)
        resting = set(cond.names)
        visitors = [n for n in names if n not in resting and _walks(cast, n)][:2]
        helped = _helped(concept, cond)
        # the rest each keeps: their own (the tired cat that sleeps sleeps throughout), else lying down
        rest = {who: next((s for i in range(start, end) for s in out[i].actions if _actor(s, names) == who
                           and any(r in s for r in _RESTING_WORDS)), _REST[lang].format(a=who))
                for who in cond.names}
        if cond.kind == "tired":
            visitors = []  # the tired rest; nobody comes to them
        for i in range(start, end):
            shot = out[i]
            acts: list[str] = []
            for who in cond.names:
                own = [s for s in shot.actions if _actor(s, names) == who]
                kept = [s for s in own if any(r in s for r in _RESTING_WORDS)]
                acts += kept[:1] or [rest[who]]
            for k, v in enumerate(visitors):
                patient = helped.get(v) or cond.names[k % len(cond.names)]
                if i == start:
                    acts.append(_VISIT[lang].format(a=v, o=patient))
                elif i == start + 1 and cond.kind == "sick":
                    acts.append(_KNEEL[lang].format(a=v, o=patient))
            others = [s for s in shot.actions if _actor(s, names) not in resting]
            if i == start:  # the walk up comes first, their own acts after it
                acts += others
            else:
                acts = acts[:len(cond.names)] + others + acts[len(cond.names):]
            out[i] = shot.model_copy(update={"actions": list(dict.fromkeys(acts))[:10]})
    return out


def _walks(cast: Sequence[CastMember], name: str) -> bool:
    """A cast member that walks up to someone (a person or an animal; no robot arm, no fish)."""
    from autark.motion.creatures import creature_rig

    typ = next((c.type for c in cast if c.name == name), "")
    rig = creature_rig(typ)
    return rig is None or rig.plan in ("quadruped", "biped")


def _helped(concept: Concept, cond: Condition) -> dict[str, str]:
    """visitor -> the one of the condition's cast an event of the idea has them visit or help."""
    out: dict[str, str] = {}
    for e in concept.events:
        for who in (e.patient, e.recipient, e.partner):
            if who in cond.names:
                for a in e.agents:
                    if a not in cond.names:
                        out.setdefault(a, who)
    return out


def beside_beds(cast: list[CastMember], setting: str, resting: Sequence[str]) -> list[CastMember]:
    """``cast`` with each person in ``resting`` standing at the room side of a bed of the set (one bed each, the
    nearest free one), so their lying down is a lie in that bed (``autark.language.acting`` takes a bed within
    reach); without beds, or for an animal, where they are."""
    from autark.assets import library
    from autark.assets.templates import load_setting
    from autark.motion.creatures import creature_rig

    try:
        layout = load_setting(setting).layout
    except (KeyError, ValueError):
        return cast
    beds = [p for p in layout if "bed" in p.type]
    if not beds:
        return cast
    free = list(beds)
    out = []
    for c in cast:
        if c.name not in resting or not free or creature_rig(c.type) is not None:
            out.append(c)
            continue
        bed = min(free, key=lambda b: math.dist((b.position[0], b.position[2]), (c.position[0], c.position[2])))
        free.remove(bed)
        try:
            spec = library.get(bed.type)
            half = (spec.bounds_max[0] - spec.bounds_min[0]) / 2
        except KeyError:
            half = 0.5
        turn = math.radians(float(bed.rotation[1]) if bed.rotation else 0.0)
        side = (math.cos(turn), -math.sin(turn))  # the bed's own +X across the floor
        bx, bz = bed.position[0], bed.position[2]
        if bx * side[0] + bz * side[1] > 0:  # the side toward the middle of the room
            side = (-side[0], -side[1])
        gap = half + _BED_SIDE_M
        along = (side[1], -side[0])
        # along the bed's side, the spot farthest from the other pieces by it (a visitor's chair at its middle)
        spots = [(bx + side[0] * gap + along[0] * d, bz + side[1] * gap + along[1] * d) for d in (0.0, 0.8, -0.8)]
        others = [(p.position[0], p.position[2]) for p in layout if p is not bed and p.type not in _STRUCTURE]
        x, z = max(spots, key=lambda q: min(min((math.dist(q, o) for o in others), default=9.0), 1.0))
        out.append(c.model_copy(update={"position": (round(x, 2), 0.0, round(z, 2))}))
    return out


_STRUCTURE = {"floor", "wall", "window_wall", "ceiling", "fourth_wall", "rug", "carpet", "clock"}


def in_beds(scene: SceneSpec) -> SceneSpec:
    """``scene`` with whoever lies down in its first shot (the sick, the crowd of sick children that does what
    they do) standing by a bed of the set from the start (``beside_beds``)."""
    if not scene.shots:
        return scene
    forms = {f.format(a="") for f in _REST.values()}
    names = [c.name for c in scene.characters]
    resting = [who for s in scene.shots[0].actions if (who := _actor(s, names)) and s[len(who):] in forms]
    if not resting:
        return scene
    cast = beside_beds(list(scene.characters), scene.setting, resting)
    moved = {c.name for c, was in zip(cast, scene.characters, strict=True) if c.position != was.position}
    if not moved:
        return scene
    from autark.story.crowds import is_extra

    # an extra with no bed left would share one (the engine lies down in the nearest): it stands by instead
    standing = {c.name for c in cast if is_extra(c) and c.name in resting and c.name not in moved}
    shots = [sh.model_copy(update={"actions": [s for s in sh.actions if not (_actor(s, names) in standing
                                                                              and s[len(_actor(s, names) or ""):]
                                                                              in forms)]})
             for sh in scene.shots]
    return scene.model_copy(update={"characters": cast, "shots": shots})
