"""A third whole-cast corpus (plan level, no film), written and measured last, before the fixes it shows were
made: counts ("ein Dutzend Hühner", "3 ghosts"), group nouns ("a flock of sheep", "eine Herde Kühe"), the
animals of a place ("the woodland animals", "die Meerestiere"), crews, triplets, people named late, royal and
family relations, a busy place's bystanders and two families. Same check as the other corpora
(``cast_check.cast_faults``)."""

from __future__ import annotations

import pytest
from cast_check import cast_faults

CORPUS = [("five bakers decorate a giant wedding cake", 5, 5, [], {}),
 ("Acht Tänzerinnen proben auf der Bühne", 8, 8, [], {}),
 ("3 ghosts haunt an old castle", 3, 3, [], {"ghost": 3}),
 ("ein Dutzend Hühner pickt Körner im Hof", 8, 8, [], {"chicken": 8}),
 ("six astronauts float in a space station", 6, 6, [], {}),
 ("Vier Feuerwehrleute löschen einen Brand", 4, 4, [], {}),
 ("a flock of sheep blocks a country road", 4, 6, [], {"sheep": 4}),
 ("eine Herde Kühe steht auf der Weide", 4, 6, [], {"cow": 4}),
 ("a gang of pirates attacks a merchant ship", 4, 6, [], {"pirate": 3}),
 ("the woodland animals build a bridge over a stream", 3, 8, [], {}),
 ("Die Meerestiere feiern ein Fest im Riff", 3, 8, [], {}),
 ("the pond animals wake up in spring", 3, 8, [], {}),
 ("the crew of a pirate ship finds a map", 3, 4, [], {}),
 ("die Crew eines Raumschiffs landet auf dem Mars", 3, 4, [], {}),
 ("Drillinge streiten um ein Fahrrad", 3, 3, [], {}),
 ("a tired nurse drinks tea until Marta calls her", 2, 2, ["Marta"], {}),
 ("Ein Opa füttert die Enten, als plötzlich Paul vorbeikommt", 2, 8, ["Paul"], {"grandfather": 1}),
 ("a spy hides in a wardrobe and Felix opens the door", 2, 2, ["Felix"], {}),
 ("Die Köchin probiert die Suppe, doch Helga findet sie zu salzig", 2, 2, ["Helga"], {}),
 ("a pilot and her copilot Hannah land in the fog", 2, 2, ["Hannah"], {"pilot": 1}),
 ("the emperor's daughter paints a dragon", 1, 2, [], {"princess": 1}),
 ("Die Tochter der Königin reitet ein weißes Pferd", 2, 3, [], {"princess": 1, "horse": 1}),
 ("an ogre and a fairy share a cup of tea", 2, 2, [], {"fairy": 1}),
 ("a grandmother and her granddaughter bake a pie", 2, 2, [], {"grandmother": 1, "girl": 1}),
 ("Der Opa und sein Enkel reparieren ein Fahrrad", 2, 2, [], {"grandfather": 1, "boy": 1}),
 ("a fisherman's daughter swims with dolphins", 1, 4, [], {}),
 ("a nurse cleans the doctor's glasses", 1, 1, [], {}),
 ("Ein Kind spielt allein im Garten", 1, 1, [], {}),
 ("a violinist practises in an empty hall", 1, 1, [], {}),
 ("a mime performs on a busy square", 2, 10, [], {}),
 ("two families share a picnic table", 4, 8, [], {}),
 ("a teacher and twenty children visit a farm", 6, 10, [], {"teacher": 1}),
]

# known faults left to others (none now: a German plural in -er, "Körner", is no person since story.nouns._german_agent)
KNOWN_FAULTS: frozenset[str] = frozenset({
})


@pytest.mark.parametrize(("idea", "lo", "hi", "names", "kinds"), CORPUS, ids=[c[0][:40] for c in CORPUS])
def test_whole_cast_fresh(idea: str, lo: int, hi: int, names: list[str], kinds: dict[str, int]) -> None:
    faults = cast_faults(idea, lo, hi, names, kinds)
    if idea in KNOWN_FAULTS:
        assert faults, f"{idea!r} is cast right now: take it off KNOWN_FAULTS"
        pytest.xfail("; ".join(faults))
    assert not faults, f"{idea!r}: {faults}"
