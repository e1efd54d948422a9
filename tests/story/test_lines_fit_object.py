"""The lines of an act fit what it is done to: boarding a vehicle is no climb up a tree, flying a kite or a
drone is no flight of one's own, and two speakers never say the same line with the names swapped."""

from __future__ import annotations

import re

import pytest

from autark.story import plan


def _lines(idea: str) -> list[tuple[str, str]]:
    sp = plan(idea, duration_s=30, seed=0)
    return [(d.speaker, d.text) for sc in sp.scenes for sh in sc.shots for d in sh.dialogue]


_BOARDING = [
    "a fisherman climbs into his boat at dawn", "the children climb into the school bus and sing",
    "a grandmother climbs into the taxi with her suitcase", "two soldiers climb into the truck",
    "a pilot climbs into the helicopter", "a pirate climbs into the boat and rows to the island",
    "an old man climbs into the plane and flies to the mountains", "two sailors climb aboard the ship and sail away",
    "die Oma steigt in den Zug und winkt", "ein Pirat klettert in sein Boot", "ein Bauer steigt auf seinen Traktor",
    "ein Mann steigt in den Bus und fährt in die Stadt", "die Kinder steigen in das Auto und fahren zum See",
    "eine Astronautin steigt in die Rakete", "der Pilot steigt in das Flugzeug und fliegt über die Berge",
]
_TOP = re.compile(r"\btop\b|look down|\boben\b|nach unten", re.IGNORECASE)


@pytest.mark.parametrize("idea", _BOARDING)
def test_boarding_a_vehicle_is_no_climb_to_the_top(idea: str) -> None:
    lines = _lines(idea)
    assert lines, idea
    assert not [t for _w, t in lines if _TOP.search(t)], lines


@pytest.mark.parametrize("idea", ["a boy climbs up the wall of the castle", "ein Mädchen klettert auf den Berg",
                                  "a boy climbs the tree to get his kite back"])
def test_a_climb_up_something_keeps_its_climbing_lines(idea: str) -> None:
    assert any(_TOP.search(t) for _w, t in _lines(idea)), _lines(idea)


_FLOWN = [
    "two boys fly a kite on the hill", "a girl flies her drone over the park",
    "a girl and her father fly a kite at the beach", "three children fly kites in the park",
    "an old man flies his model airplane in the meadow", "a boy flies a paper plane in the classroom",
    "two brothers fly their drone over the farm", "zwei Mädchen lassen einen Drachen steigen",
    "ein Vater und sein Sohn fliegen ein Modellflugzeug auf der Wiese", "ein Junge lässt seinen Drachen am Strand steigen",
    "zwei Freundinnen fliegen eine Drohne über dem See", "die Zwillinge lassen einen Drachen auf dem Hügel steigen",
    "ein Opa und seine Enkelin fliegen einen Drachen",
]
_SELF_FLYING = re.compile(r"I am flying|ich fliege|up and away|hoch hinaus|look down|nach unten|\boben\b|top\b",
                          re.IGNORECASE)


@pytest.mark.parametrize("idea", _FLOWN)
def test_a_thing_flown_from_the_ground_is_no_flight_of_ones_own(idea: str) -> None:
    lines = _lines(idea)
    assert not [t for _w, t in lines if _SELF_FLYING.search(t)], lines


def test_a_pilot_in_the_plane_still_flies() -> None:
    assert any(re.search(r"flight|up and away", t, re.IGNORECASE) for _w, t in _lines("a pilot flies the plane over the sea"))


@pytest.mark.parametrize("idea", _FLOWN[:4] + _BOARDING[:4] + ["zwei Ritter streiten um einen Apfel bis ein Drache kommt"])
def test_two_speakers_never_say_one_line_with_the_names_swapped(idea: str) -> None:
    lines = _lines(idea)
    names = {w for w, _t in lines}
    heard = []
    for _w, t in lines:
        for n in names:
            t = re.sub(rf",\s*{re.escape(n)}\b", "", t)
        heard.append(re.sub(r"[^\w ]", "", t.lower()).strip())
    assert len(heard) == len(set(heard)), lines


_GATHERING = ["a farmer and his wife pick apples", "ein Bauer und seine Frau ernten Kartoffeln",
              "a girl picks flowers in the meadow", "zwei Kinder pflücken Kirschen im Garten",
              "grandma gathers mushrooms in the forest", "die Oma sammelt Pilze im Wald",
              "two sisters pick strawberries on the farm", "ein Junge pflückt Äpfel vom Baum"]
_HARVEST = re.compile(r"basket|harvest|beauty|so many|Korb|Ernte|wie schön|so viele", re.IGNORECASE)
_FOUND = re.compile(r"doing here|come from|who would have thought|I found|macht .* hier|kommt .* her|gefunden", re.I)


@pytest.mark.parametrize("idea", _GATHERING)
def test_gathering_what_grows_is_a_harvest_not_a_find(idea: str) -> None:
    lines = _lines(idea)
    assert any(_HARVEST.search(t) for _w, t in lines), lines
    assert not [t for _w, t in lines if _FOUND.search(t)], lines
