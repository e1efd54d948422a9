"""Reading faults of six classes, counted on a corpus of 35 ideas (half German) and 10 held out:

* ``season``: a season cast as a plain man or woman, or as someone where it is the time ("Im Herbst", "all
  spring", "Vorsicht, Herbst,"), or not cast where it argues, knocks or races (story.personified);
* ``clause``: a clause on a noun that lies before the film staged as an event ("the fish they ever caught",
  "den er gestern verloren hat": story.background);
* ``standin``: a koala not a bear cub, a moose or Elch not a deer with its stand-in said, a scooter or Roller a
  motorcycle or ridden on a horse (story.ridden_scooters);
* ``worn``: a thing worn after "mit"/"with" cast as someone;
* ``weak``: a German weak noun after a determiner of one titled as several ("Die Meteoriten");
* and, over all ideas, narration sentences that tell an event no shot shows (story.told_shown).

    python benchmarks/bench_reading_faults.py [--held-out] [-v]
"""

from __future__ import annotations

import sys

from autark.assets.templates import fold
from autark.story import analyze
from autark.story.narrative import plan
from autark.story.told_shown import told_unshown

CORPUS = [
    ("Spring and Autumn argue about whose colours are prettier", "persona:spring,autumn"),
    ("In autumn a boy rakes leaves in the garden", "time:autumn"),
    ("The wind steals a hat from an old man and laughs", "time:wind"),
    ("At night a fox sneaks into the henhouse", "time:night"),
    ("Winter tells Summer to leave the mountain", "persona:winter,summer"),
    ("A girl waits all spring for her letter", "time:spring"),
    ("Frühling und Herbst streiten, wessen Farben schöner sind", "persona:frühling,herbst"),
    ("Im Herbst sammelt ein Junge Kastanien im Park", "time:herbst"),
    ("Vorsicht, Herbst, sagt der Igel und versteckt sich im Laub", "time:herbst"),
    ("Der Wind spielt mit dem Drachen eines Mädchens am Strand", "time:wind"),
    ("Die Nacht fällt über das Dorf und ein Wolf heult", "time:nacht"),
    ("Der Winter klopft an die Tür und bittet um Einlass", "persona:winter"),
    ("Two fishermen argue about the biggest fish they ever caught", "noevent:catch"),
    ("A boy eats the cake that grandma baked yesterday", "noevent:cook"),
    ("The singer remembers the song she used to sing as a child", "noevent:sing"),
    ("Ein Junge sucht den Ball, den er gestern verloren hat", "noevent:lose"),
    ("Zwei Jäger streiten über den Bären, den sie einmal gesehen haben", "noevent:watch"),
    ("Oma erzählt von dem Fisch, den Opa früher gefangen hat", "noevent:catch"),
    ("A koala climbs a tree to eat leaves", "type:koala"),
    ("A boy rides his kick scooter to school", "type:scooter"),
    ("A moose walks across a frozen lake", "type:moose"),
    ("Ein Junge fährt mit seinem Roller zum Bäcker", "type:roller"),
    ("Ein Elch steht im Schnee und frisst Moos", "type:elch"),
    ("Ein Koala schläft auf einem Ast", "type:koala"),
    ("Ein Pirat mit einer Augenklappe sucht einen Schatz", "worn:augenklappe"),
    ("A pirate with an eye patch buries a chest on the beach", "worn:patch"),
    ("Eine Frau mit einem Hut tanzt mit Anna im Garten", "worn:hut"),
    ("Ein Mann mit einer Brille liest mit Paul die Zeitung", "worn:brille"),
    ("A witch with a pointed hat flies over the village", "worn:hat"),
    ("Ein Junge sieht einen Meteoriten am Himmel", "sing:meteoriten"),
    ("Ein Mädchen füttert einen Bären im Wald", "sing:bären"),
    ("Die Prinzessin küsst einen Prinzen im Schloss", "sing:prinzen"),
    ("Ein Kind jagt einen Hasen über die Wiese", "sing:hasen"),
    ("Ein Astronaut trifft einen Affen auf dem Mond", "sing:affen"),
    ("Der Löwe brüllt einen Soldaten an", "sing:soldaten"),
]
HELD_OUT = [
    ("Summer and Winter race each other up the hill", "persona:summer,winter"),
    ("Der Sturm reißt einem Bauern den Hut vom Kopf", "time:sturm"),
    ("A girl finds the doll she lost last summer", "noevent:lose"),
    ("Der Koch serviert die Suppe, die er gestern gekocht hat", "noevent:cook"),
    ("A girl pushes her scooter up the hill", "type:scooter"),
    ("Ein Koala und ein Elch spielen Fangen", "type:koala"),
    ("Ein Zauberer mit einem Umhang zaubert mit Lisa einen Hasen", "worn:umhang"),
    ("Ein Hund bellt einen Studenten an", "sing:studenten"),
    ("Ein Polizist verhaftet einen Piloten am Flughafen", "sing:piloten"),
    ("Die Königin sucht einen Helden für den Kampf", "sing:helden"),
]
_STAND_INS = {"koala": {"bear"}, "moose": {"deer"}, "elch": {"deer"}}


def fault(idea: str, spec: str) -> str:
    """Why the reading of ``idea`` fails its expectation ``spec`` ("" where it does not)."""
    c = analyze(idea)
    what, _, arg = spec.partition(":")
    cast = {fold(x.word).lower(): x for x in c.characters}
    if what == "persona":
        wrong = [w for w in arg.split(",") if fold(w) not in cast or cast[fold(w)].type not in ("fairy", "wizard")]
        return f"not cast as a figure: {wrong}" if wrong else ""
    if what == "time":
        if fold(arg) in cast:
            return f"{arg} cast as {cast[fold(arg)].type}"
        return f"{arg} read as an act" if any(fold(e.word).lower() == fold(arg) for e in c.events) else ""
    if what == "noevent":
        return f"{arg} staged" if arg in [e.verb for e in c.events] else ""
    if what == "type":
        if arg in ("scooter", "roller"):
            types = [o.type for o in c.objects]
            bad = "motorcycle" in types or "horse" in [x.type for x in c.characters]
            return f"played by {types}, cast {[x.type for x in c.characters]}" if bad else ""
        who = cast.get(arg)
        if who is None or who.type not in _STAND_INS[arg]:
            return f"{arg} played by {who.type if who else None}"
        return "" if any(arg in w.lower() for w in c.warnings) else "stand-in unsaid"
    if what == "worn":
        return f"{arg} cast as someone" if any(arg in k for k in cast) else ""
    if what == "sing":
        title = plan(idea, 30.0).title
        return f"title {title!r}" if f"die {arg}" in title.lower() else ""
    raise ValueError(spec)


def main() -> None:
    rows = HELD_OUT if "--held-out" in sys.argv else CORPUS
    counts: dict[str, int] = {}
    told = 0
    for idea, spec in rows:
        why = fault(idea, spec)
        kind = spec.partition(":")[0]
        counts[kind] = counts.get(kind, 0) + bool(why)
        unseen = told_unshown(plan(idea, 30.0))
        told += len(unseen)
        if "-v" in sys.argv and (why or unseen):
            print(f"  {idea}: {why} {[s for _k, s, _st in unseen]}")
    print(f"faults: {sum(counts.values())} {counts} told unshown: {told} ideas: {len(rows)}")


if __name__ == "__main__":
    main()
