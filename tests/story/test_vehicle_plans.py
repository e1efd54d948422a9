"""Ideas told in vehicles are planned with the cast in them (story.boarding, story.spine, story.journey_shots):
someone drives, flies, sails or lands the vehicle, or climbs into or out of it, in a sentence of the plan, and
a journey by plane ends in a landing in the next set with the plane there. Varied casts, vehicles, verbs and
word orders in both languages; the plans are read at the sentence level (no film)."""

from __future__ import annotations

import re

import pytest

from autark.story import plan, semantic


@pytest.fixture(autouse=True)
def _no_embeddings(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(semantic, "semantic_available", lambda: False)


# (idea, a word of the vehicle as the plan names it)
IN_VEHICLES = [
    ("An old woman drives her red car to the bakery.", "car"),
    ("The farmer's son drives the tractor across the muddy field.", "tractor"),
    ("Two sisters sail a little boat to the lighthouse.", "boat"),
    ("A pilot climbs into his airplane and flies to the island.", "airplane"),
    ("The astronauts board their rocket at dawn.", "rocket"),
    ("A girl and her grandpa travel by train to the sea.", "train"),
    ("The school bus driver takes the pupils to the museum.", "bus"),
    ("A balloonist floats in his hot air balloon over the village.", "balloon"),
    ("An explorer steers a submarine past the coral reef.", "submarine"),
    ("The cowboy drives the covered wagon through the desert.", "wagon"),
    ("Ein Bauer fährt mit seinem Traktor zur Mühle.", "Traktor"),
    ("Die Oma steigt in ihr Auto und fährt zum Markt.", "Auto"),
    ("Der Lokführer fährt mit dem Zug durch den Tunnel.", "Zug"),
    ("Zwei Fischer rudern mit dem Boot hinaus auf den See.", "Boot"),
    ("Die Pilotin fliegt mit ihrem Flugzeug über die Berge.", "Flugzeug"),
    ("Der Astronaut steigt in die Rakete.", "Rakete"),
    ("Ein Mädchen fährt mit dem Bus zur Schule.", "Bus"),
    ("Die Kinder sitzen auf dem Floß und treiben den Fluss hinunter.", "Flo"),
    ("Ein Forscher taucht mit dem U-Boot zum Wrack.", "boot"),
    ("Der Taxifahrer bringt den Touristen zum Bahnhof.", "Auto"),
]
_IN = r"(drives|flies|sails|lands|climbs into|climbs out of|sits in|fährt mit|fliegt mit|landet|steigt in|steigt aus|sitzt in)"


@pytest.mark.parametrize(("idea", "vehicle"), IN_VEHICLES, ids=[i[:36] for i, _ in IN_VEHICLES])
def test_the_cast_is_put_in_the_vehicle(idea: str, vehicle: str) -> None:
    sp = plan(idea, duration_s=30, seed=0)
    names = {c.name for sc in sp.scenes for c in sc.characters}
    acts = [a for sc in sp.scenes for s in sc.shots for a in s.actions]
    inside = [a for a in acts if (m := re.match(rf"(\S+) {_IN} .*{vehicle}", a, re.I)) and m.group(1) in names]
    assert inside, acts
    assert not any(re.match(rf"\S+ (walks|geht) (to|zu) (the|dem) \S*{vehicle}", a, re.I) for a in acts
                   if a.split()[0] in {m.split()[0] for m in inside}) or len(inside) > 1, acts


@pytest.mark.parametrize("idea", [
    "A pilot takes off from the city, flies over the sea and lands on a small island.",
    "Der Pilot fliegt mit dem Flugzeug zur Insel und landet am Strand.",
])
def test_a_flight_ends_in_a_landing_with_the_plane_in_the_next_set(idea: str) -> None:
    sp = plan(idea, duration_s=30, seed=0)
    assert len(sp.scenes) >= 2, [s.setting for s in sp.scenes]
    later = sp.scenes[1:]
    assert any(o.type == "airplane" for sc in later for o in sc.objects), [[o.type for o in sc.objects] for sc in later]
    first = later[0].shots[0].actions
    assert any(re.match(r"\S+ (lands|landet)", a) for a in first), first


@pytest.mark.parametrize(("idea", "vehicle"), [
    ("The children wait in the bus.", "bus"),
    ("Ein Mann sitzt im Auto und wartet.", "Auto"),
    ("Two sailors stand on the deck of their boat and sing.", "boat"),
    ("Die Oma sitzt im Zug und strickt.", "Zug"),
])
def test_one_in_a_vehicle_doing_something_else_is_put_in_it_first(idea: str, vehicle: str) -> None:
    sp = plan(idea, duration_s=20, seed=0)
    acts = [a for sc in sp.scenes for s in sc.shots for a in s.actions]
    names = {c.name for sc in sp.scenes for c in sc.characters}
    assert any((m := re.match(rf"(\S+) (climbs into|steigt in) .*{vehicle}", a, re.I)) and m.group(1) in names
               for a in acts), acts


def test_one_on_a_ship_is_on_its_deck() -> None:
    # 'auf dem Schiff' is the ship's deck set (story.places): he stands on it, no boat to climb into
    sp = plan("Der Kapitän steht auf dem Schiff und schaut auf das Meer.", duration_s=20, seed=0)
    assert sp.scenes[0].setting == "ship_deck", [sc.setting for sc in sp.scenes]


def test_waiting_for_a_bus_is_no_boarding() -> None:
    acts = [a for sc in plan("a woman holds an umbrella and waits for the bus", duration_s=20, seed=0).scenes
            for s in sc.shots for a in s.actions]
    assert not any("climbs into" in a for a in acts), acts
