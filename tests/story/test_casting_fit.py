"""The right cast, things and looks (``benchmarks/bench_casting_fit.py`` counts the whole corpus): a stand-in of
the word's shape class (a unicycle a bicycle, never a car; a cherry a small fruit), German nouns read whole
(Dachs, not Dach+s; Eicheln), a trade's own kit (never the waiter's for a tailor), animals at their size beside
people, and what the idea dresses someone in worn from the first frame."""

from __future__ import annotations

import pytest

from autark.story.analysis import analyze
from autark.story.footprints import footprint
from autark.story.narrative import plan

_MOTOR = {"car", "bus", "truck", "motorcycle", "tractor", "van", "taxi"}


def _thing(idea: str, word: str) -> str:
    return next(o.type for o in analyze(idea).objects if o.word.lower() == word.lower())


def _body(idea: str, word: str) -> str:
    return next(c.type for c in analyze(idea).characters if c.word.lower() == word.lower())


@pytest.mark.parametrize(("idea", "word"), [("A clown rides a unicycle in the circus", "unicycle"),
                                             ("a boy races his tricycle down the street", "tricycle"),
                                             ("Ein Mädchen fährt mit dem Einrad durch den Park", "Einrad")])
def test_a_pedalled_vehicle_is_never_played_by_a_motor_vehicle(idea: str, word: str) -> None:
    kind = _thing(idea, word)
    assert kind not in _MOTOR and footprint(kind)[2] < 2.0, kind


@pytest.mark.parametrize(("idea", "word"), [("A baker puts a cherry on top of the cake", "cherry"),
                                             ("Die Oma pflückt Kirschen im Garten", "Kirschen"),
                                             ("A bear eats blueberries by the river", "blueberries"),
                                             ("Ein Eichhörnchen sammelt Eicheln im Wald", "Eicheln"),
                                             ("Der Igel findet eine Walnuss unter dem Baum", "Walnuss")])
def test_a_small_fruit_or_nut_is_played_by_a_small_one(idea: str, word: str) -> None:
    kind = _thing(idea, word)
    assert kind != "apple" and max(footprint(kind)) < 0.06, kind


@pytest.mark.parametrize(("idea", "word"), [("Der Dachs schläft in seinem Bau", "Dachs"),
                                             ("Die Kinder beobachten den Dachs am Waldrand", "Dachs"),
                                             ("Ein Waschbär wühlt im Mülleimer", "Waschbär"),
                                             ("An otter floats on its back in the river", "otter")])
def test_a_german_animal_is_read_whole_and_cast_as_itself(idea: str, word: str) -> None:
    assert _body(idea, word) in {"badger", "raccoon", "otter"}


def test_a_roof_is_still_a_roof() -> None:
    c = analyze("Die Katze sitzt auf dem Dach")
    assert [ch.type for ch in c.characters] == ["cat"]
    assert c.settings[0] == "rooftop" or "house" in {o.type for o in c.objects}


@pytest.mark.parametrize(("idea", "word", "kits"), [
    ("A tailor sews a coat for the king", "tailor", {"tailor"}),
    ("Die Schneiderin näht ein Kleid", "Schneiderin", {"female_tailor"}),
    ("An explorer finds a golden statue in the jungle", "explorer", {"explorer", "female_explorer"}),
    ("Der Postbote bringt der Nachbarin einen Brief", "Postbote", {"mail_carrier"})])
def test_a_trade_wears_its_own_kit(idea: str, word: str, kits: set[str]) -> None:
    assert _body(idea, word) in kits


@pytest.mark.parametrize(("idea", "animal", "person"), [
    ("A beaver and a farmer build a fence together", "Beaver", "Farmer"),
    ("Der Biber baut einen Damm und ein Angler staunt", "Biber", "Angler"),
    ("A badger digs a hole while a girl watches", "Badger", "Girl"),
    ("An otter steals a fish from a fisherman", "Otter", "Fisherman")])
def test_a_small_animal_stays_below_the_knees_of_the_people(idea: str, animal: str, person: str) -> None:
    sp = plan(idea, 30.0)
    scale = {e.target: e.scale for sc in sp.scenes for sh in sc.shots for e in sh.effects
             if e.kind == "grow" and e.at_s == 0.0}
    cast = {c.name: c.type for sc in sp.scenes for c in sc.characters}
    height = footprint(cast[animal])[1] * scale.get(animal, 1.0)
    assert height < 0.35 * footprint(cast[person])[1] * scale.get(person, 1.0), height


@pytest.mark.parametrize(("idea", "wearer", "kind"), [
    ("A girl in a red raincoat jumps into a puddle", "Girl", "coat"),
    ("Der Junge mit der Brille liest ein Buch unter dem Baum", "Junge", "glasses"),
    ("A fisherman wearing a yellow hat catches a fish", "Fisherman", "hat")])
def test_what_the_idea_dresses_someone_in_is_worn_from_the_first_frame(idea: str, wearer: str, kind: str) -> None:
    sp = plan(idea, 30.0)
    first = sp.scenes[0].shots[0]
    assert any(e.kind == "wear" and e.target == kind and e.into == wearer and e.at_s == 0.0 for e in first.effects)
    assert not [e for e in analyze(idea).events if e.verb == "wear" or e.instrument == kind or e.patient == kind]


def test_a_king_with_his_crown_wears_his_kit_and_feeds_with_nothing() -> None:
    c = analyze("Ein König mit Krone füttert die Enten am Teich")
    assert "crown" not in {o.type for o in c.objects}
    assert not [e for e in c.events if "crown" in (e.instrument, e.patient)]


def test_playing_with_a_hat_is_no_dressing() -> None:
    sp = plan("A boy plays with a hat in the garden", 30.0)
    assert not [e for sc in sp.scenes for sh in sc.shots for e in sh.effects if e.kind == "wear" and e.at_s == 0.0]


@pytest.mark.parametrize(("idea", "animal"), [("The lion tamer cracks his whip", "lion"),
                                               ("A dog walker slips on the ice", "dog"),
                                               ("The snake charmer plays his flute", "snake"),
                                               ("A dragon slayer rides into the valley", "dragon")])
def test_an_agent_of_an_animal_is_a_person_not_the_animal(idea: str, animal: str) -> None:
    from autark.assets import library

    kinds = [c.type for c in analyze(idea).characters]
    assert animal not in kinds and any(library.get(k).type == "humanoid" or library.get(k).gender for k in kinds)


def test_a_robot_waiter_is_still_the_robot() -> None:
    assert [c.type for c in analyze("The robot waiter serves soup").characters] == ["robot"]


@pytest.mark.parametrize(("idea", "word", "kits"), [
    ("The barber shaves the pirate", "barber", {"hairdresser"}),
    ("Die Friseurin schneidet dem Mädchen die Haare", "Friseurin", {"female_hairdresser"}),
    ("Der Zirkusdirektor verbeugt sich", "Zirkusdirektor", {"ringmaster"}),
    ("The lion tamer cracks his whip", "tamer", {"ringmaster"})])
def test_a_salon_and_a_circus_ring_have_their_own_kits(idea: str, word: str, kits: set[str]) -> None:
    assert _body(idea, word) in kits


@pytest.mark.parametrize(("idea", "thing"), [("A girl glides on her roller skates past the fountain", "ice_skates"),
                                              ("She gives her drums to her brother", "drum")])
def test_a_thing_after_an_owner_is_a_thing_not_an_act(idea: str, thing: str) -> None:
    c = analyze(idea)
    assert thing in {o.type for o in c.objects}
    assert not [e for e in c.events if e.word in ("skates", "drums")]


def test_a_verb_after_its_subject_stays_a_verb() -> None:
    assert [e.verb for e in analyze("The girl skates on the frozen lake").events] == ["slide"]
