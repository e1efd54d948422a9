"""Things and places an idea names that autark has no kind or set of that name for are played by one of the same
category, sized like the real thing, and said in a note (``autark.assets.catalog.appliances``, ``workplace``,
``transit``, the cellar, attic, factory and prison sets, ``story.places.stand_in_notes``,
``story.nouns.thing_note``): a washing machine is no robot, a tram no horse's wagon, a cellar no workshop, a lift
is not left out.

The corpus is written for this test (90 ideas, English and German, one noun each, compounds included): before
the category kinds 42 of them showed a thing or place of the right category, 17 swapped it silently for one of
another, 20 for one of another with a note and 11 dropped it; now all but ``KNOWN_MISSES`` do. Analysis level
(no screenplay, no render): about 0.1 s of CPU an idea.
"""

from __future__ import annotations

import pytest

from autark.assets import library
from autark.assets.templates import fold, setting_aliases
from autark.language import wordnet
from autark.story import analyze, semantic

# category -> the kinds and sets that play a thing or place of it
ACCEPT = {
    "appliance": "fridge oven stove microwave toaster washing_machine dishwasher vacuum_cleaner coffee_machine "
                 "sewing_machine household_appliance chest_freezer",
    "rail": "train tram rail_wagon bus_interior train_station",
    "office": "printer typewriter filing_cabinet photocopier computer",
    "shop": "cash_register scales checkout counter shop supermarket market_stall shop_front",
    "medical": "wheelchair stretcher first_aid_kit hospital_bed medical_cart",
    "tool": "power_drill chainsaw saw",
    "container": "jar tin_can trash_can box bucket bottle sack barrel",
    "lift": "elevator", "cellar": "cellar", "office_room": "office", "attic": "attic", "jungle": "jungle",
    "ice": "snow_field", "mountain": "mountain_top", "station": "train_station", "tent": "tent",
    "workshop": "workshop", "prison": "prison", "greenhouse": "garden", "factory": "factory", "desert": "desert",
    "cave": "cave", "hospital": "hospital", "library": "library",
}
CORPUS = [
    ('A tired father kicks the washing machine until it starts to spin', 'washing machine', 'appliance'),
    ('Eine Oma stopft Socken in die Waschmaschine und lacht', 'Waschmaschine', 'appliance'),
    ('Two sisters fight over who empties the dishwasher', 'dishwasher', 'appliance'),
    ('Der Geschirrspüler im Restaurant geht kaputt und der Koch schimpft', 'Geschirrspüler', 'appliance'),
    ('A cat rides on the vacuum cleaner through the hallway', 'vacuum cleaner', 'appliance'),
    ('Ein Hund jagt den Staubsauger durch das Wohnzimmer', 'Staubsauger', 'appliance'),
    ('The coffee machine in the office refuses to work on Monday', 'coffee machine', 'appliance'),
    ('Ein Student repariert die Kaffeemaschine mit einem Löffel', 'Kaffeemaschine', 'appliance'),
    ('A tailor sews a wedding dress on an old sewing machine', 'sewing machine', 'appliance'),
    ('Die Großmutter näht an ihrer Nähmaschine einen Mantel für den Enkel', 'Nähmaschine', 'appliance'),
    ('A boy hides his homework in the tumble dryer', 'dryer', 'appliance'),
    ('Die Mutter holt die Wäsche aus dem Trockner', 'Trockner', 'appliance'),
    ('The freezer in the garage is full of ice cream', 'freezer', 'appliance'),
    ('Ein Roboter putzt die Gefriertruhe im Keller', 'Gefriertruhe', 'appliance'),
    ('A conductor runs after the tram in the rain', 'tram', 'rail'),
    ('Zwei Freunde verpassen die Straßenbahn und laufen zur Schule', 'Straßenbahn', 'rail'),
    ('An old locomotive pulls a girl and her goat across the mountains', 'locomotive', 'rail'),
    ('Die alte Lokomotive bleibt im Schnee stecken', 'Lokomotive', 'rail'),
    ('A detective searches the subway for a lost umbrella', 'subway', 'rail'),
    ('Im Zugabteil streiten zwei Reisende um den Fensterplatz', 'Zugabteil', 'rail'),
    ('A farmer loads pumpkins onto a freight train', 'freight train', 'rail'),
    ('Ein Bär klettert auf den Güterzug', 'Güterzug', 'rail'),
    ('The children wave at the train as it passes the village', 'train', 'rail'),
    ('Die U-Bahn hält mitten im Tunnel und ein Mann singt', 'U-Bahn', 'rail'),
    ('A clerk feeds paper into the printer until it jams', 'printer', 'office'),
    ('Die Sekretärin tritt gegen den Drucker', 'Drucker', 'office'),
    ('A writer types a love letter on an old typewriter', 'typewriter', 'office'),
    ('Ein Dichter schreibt auf der Schreibmaschine ein Gedicht', 'Schreibmaschine', 'office'),
    ('The manager hides the cake in the filing cabinet', 'filing cabinet', 'office'),
    ('Der Chef versteckt den Schlüssel im Aktenschrank', 'Aktenschrank', 'office'),
    ('Two interns copy a secret map on the photocopier', 'photocopier', 'office'),
    ('Ein Praktikant kopiert am Kopierer seine Hand', 'Kopierer', 'office'),
    ('A cashier counts coins at the cash register', 'cash register', 'shop'),
    ('Die Verkäuferin öffnet die Kasse und findet einen Frosch', 'Kasse', 'shop'),
    ('A baker weighs flour on the scales', 'scales', 'shop'),
    ('Der Händler legt Äpfel auf die Waage', 'Waage', 'shop'),
    ('A nurse pushes an old man in a wheelchair through the park', 'wheelchair', 'medical'),
    ('Ein Junge schiebt seinen Opa im Rollstuhl zum See', 'Rollstuhl', 'medical'),
    ('Two paramedics carry a knight on a stretcher', 'stretcher', 'medical'),
    ('Die Sanitäter tragen den Fußballer auf der Trage vom Platz', 'Trage', 'medical'),
    ('A doctor opens the first aid kit next to the bicycle', 'first aid kit', 'medical'),
    ('Die Lehrerin holt den Verbandskasten aus dem Schrank', 'Verbandskasten', 'medical'),
    ('A carpenter drills a hole with a power drill', 'power drill', 'tool'),
    ('Der Handwerker bohrt mit der Bohrmaschine ein Loch in die Wand', 'Bohrmaschine', 'tool'),
    ('A lumberjack starts his chainsaw in the forest', 'chainsaw', 'tool'),
    ('Ein Förster sägt mit der Kettensäge einen Baum um', 'Kettensäge', 'tool'),
    ('A pirate buries a jar of coins on the island', 'jar', 'container'),
    ('Ein Mädchen fängt ein Glühwürmchen in einem Einmachglas', 'Einmachglas', 'container'),
    ('A robot kicks a tin can down the street', 'tin can', 'container'),
    ('Der Waschbär öffnet die Mülltonne und findet eine Pizza', 'Mülltonne', 'container'),
    ('Two strangers get stuck in the elevator of a hotel', 'elevator', 'lift'),
    ('Ein Hund fährt allein mit dem Aufzug nach oben', 'Aufzug', 'lift'),
    ('A grandmother and a boy wait for the lift', 'lift', 'lift'),
    ('Im Fahrstuhl trifft eine Ärztin ihren alten Lehrer', 'Fahrstuhl', 'lift'),
    ('A boy finds a ghost in the cellar of his school', 'cellar', 'cellar'),
    ('Zwei Kinder verstecken sich im Keller vor dem Gewitter', 'Keller', 'cellar'),
    ('A cat sleeps in the basement next to the boiler', 'basement', 'cellar'),
    ('Im Kellerraum der Schule spielt eine Band', 'Kellerraum', 'cellar'),
    ('A young reporter starts work in a newspaper office', 'newspaper office', 'office_room'),
    ('Eine Journalistin schreibt in der Redaktion bis Mitternacht', 'Redaktion', 'office_room'),
    ('A mouse lives in the attic of an old house', 'attic', 'attic'),
    ('Auf dem Dachboden findet ein Mädchen eine alte Truhe', 'Dachboden', 'attic'),
    ('A parrot explores the rainforest with a scientist', 'rainforest', 'jungle'),
    ('Ein Affe und ein Tiger streiten im Regenwald um eine Banane', 'Regenwald', 'jungle'),
    ('Two skaters fall through the ice of a frozen lake', 'frozen lake', 'ice'),
    ('Ein Junge läuft über den zugefrorenen See zu seinem Hund', 'See', 'ice'),
    ('A princess climbs a glass mountain to find a ring', 'glass mountain', 'mountain'),
    ('Der Prinz klettert auf den Glasberg', 'Glasberg', 'mountain'),
    ('A traveller waits on the platform for the last train', 'platform', 'station'),
    ('Am Bahnsteig verliert ein Mädchen ihren Koffer', 'Bahnsteig', 'station'),
    ('Two scouts pitch a tent by the river', 'tent', 'tent'),
    ('Im Zelt erzählt der Vater eine Geistergeschichte', 'Zelt', 'tent'),
    ('A mechanic fixes an old car in the garage', 'garage', 'workshop'),
    ('In der Werkstatt baut ein Erfinder eine Flugmaschine', 'Werkstatt', 'workshop'),
    ('A thief hides in the pharmacy after closing time', 'pharmacy', 'shop'),
    ('In der Apotheke kauft ein Opa Hustensaft', 'Apotheke', 'shop'),
    ('A prisoner digs a tunnel out of the prison', 'prison', 'prison'),
    ('Ein Ritter sitzt im Kerker und singt', 'Kerker', 'prison'),
    ('A gardener grows giant tomatoes in the greenhouse', 'greenhouse', 'greenhouse'),
    ('Im Gewächshaus wächst eine sprechende Blume', 'Gewächshaus', 'greenhouse'),
    ('Workers build a robot in a factory', 'factory', 'factory'),
    ('In der Fabrik bleibt das Fließband stehen', 'Fabrik', 'factory'),
    ('A camel walks alone through the desert', 'desert', 'desert'),
    ('Eine Karawane zieht durch die Wüste', 'Wüste', 'desert'),
    ('A bat and a boy meet in a dark cave', 'cave', 'cave'),
    ('In der Höhle findet ein Zwerg einen Kristall', 'Höhle', 'cave'),
    ('A nurse reads to a sick girl in the hospital', 'hospital', 'hospital'),
    ('Im Krankenhaus tanzt ein Arzt mit einer Krankenschwester', 'Krankenhaus', 'hospital'),
    ('A librarian chases a dog through the library', 'library', 'library'),
    ('In der Bücherei schläft ein Kater auf einem Buch', 'Bücherei', 'library'),
]
KNOWN_MISSES = {"A grandmother and a boy wait for the lift"}  # the office with its lift (see below), no lift kind


@pytest.fixture(autouse=True)
def no_embeddings(monkeypatch: pytest.MonkeyPatch) -> None:
    """CI has no embedding model: the tables, the kinds' words and WordNet must do it alone."""
    monkeypatch.setattr(semantic, "semantic_available", lambda: False)


def _own_words(kind: str) -> set[str]:
    """The folded words a kind or set is named by in either language."""
    if kind in setting_aliases().values():
        return {w.replace(" ", "_") for w, s in setting_aliases().items() if s == kind}
    spec = library.get(kind)
    return {fold(w) for code in ("en", "de") for w in spec.words.get(code, "").split()}


@pytest.mark.parametrize(("idea", "word", "category"), [r for r in CORPUS if r[0] not in KNOWN_MISSES])
def test_a_thing_or_place_is_played_by_one_of_its_category_and_a_stand_in_is_said(idea: str, word: str,
                                                                                  category: str) -> None:
    c = analyze(idea)
    shown = {o.type for o in c.objects} | set(c.settings) | {ch.type for ch in c.characters}
    fitting = shown & set(ACCEPT[category].split())
    assert fitting, (idea, shown, c.warnings)
    # a kind of another name plays it: a note says so ("'Keller' ... cellar" needs none, "'Zugabteil' ..." does)
    named = fold(word).replace(" ", "_").replace("-", "_")
    parts = {named, *named.split("_")}  # "newspaper office" is an office: the set's own word says it
    if not any(named == k or parts & _own_words(k) or any(named.startswith(w) for w in _own_words(k) if len(w) > 4)
               for k in fitting):
        assert any(repr(word) in n or word.lower() in n.lower() for n in c.warnings), (idea, fitting, c.warnings)


# what no kind is named for is played through its class (WordNet's for an English word, a German compound's
# head, the hand table's class rows), by the generic of its category where there is one, and said
@pytest.mark.parametrize(("idea", "kind", "note"), [
    ("Ein Erfinder baut im Schuppen eine Zeitmaschine", "machine", "'Zeitmaschine' is shown as a machine"),
    ("Eine Spionin versteckt den Plan im Aktenvernichter", "household_appliance",
     "'Aktenvernichter' is shown as a household appliance"),
    ("Die Ärztin legt das Stethoskop auf den Tisch", "first_aid_kit", "'Stethoskop' is played by 'first aid kit'"),
    ("Der Nachbar kauft einen Handsauger", "vacuum_cleaner", "'Handsauger' is played by 'vacuum cleaner'"),
    ("Der Wecker klingelt und der Bär wacht auf", "clock", "'Wecker' is played by 'clock'"),
    ("Ein Hausmeister repariert den Bohrhammer", "chainsaw", "'Bohrhammer' is played by 'chainsaw'"),
    ("A baker sings in the bakery", "kitchen", "'bakery' is played by the set 'kitchen' with an oven"),
    ("Eine Prinzessin verirrt sich im Labyrinth", "garden", "'Labyrinth' is played by the set 'garden' with a bush"),
    ("Ein Hund schläft im Zugabteil", "bus_interior", "'Zugabteil' is played by the set 'bus interior'"),
])
def test_a_thing_of_no_kind_of_its_own_is_played_through_its_class_and_said(idea: str, kind: str,
                                                                             note: str) -> None:
    c = analyze(idea)
    assert kind in {o.type for o in c.objects} | set(c.settings), (idea, c.objects, c.settings)
    assert note in c.warnings, c.warnings


needs_wordnet = pytest.mark.skipif(not wordnet.available(), reason="WordNet is not installed")


@needs_wordnet
@pytest.mark.parametrize(("idea", "kind"), [
    ("A nurse drops the syringe on the floor", "syringe"),  # its own kind now (catalog.hand_things)
    ("A builder breaks the road with a jackhammer", "chainsaw"),  # a power tool
    ("A chef pours milk into the food processor", "blender"),  # a mixer
    ("An old toaster oven sits in the corner", "toaster"),  # a kitchen appliance
    ("Two hobos sleep in a boxcar", "rail_wagon"),
])
def test_an_english_word_is_played_by_the_kind_of_its_wordnet_class(idea: str, kind: str) -> None:
    assert kind in {o.type for o in analyze(idea).objects}


@pytest.mark.parametrize(("idea", "thing"), [
    ("Ein Junge bricht im Eis ein", "ice_block"), ("Der Hund steckt im Eis fest", "ice_block"),
    ("Die Oma isst ein Eis im Park", "ice_cream"), ("Ein Kind gibt dem Hund ein Eis, einen Ball und ein Buch",
                                                   "ice_cream"),
])
def test_german_eis_one_breaks_into_is_ice_and_one_eats_is_an_ice_cream(idea: str, thing: str) -> None:
    c = analyze(idea)
    things = {o.type for o in c.objects}
    if thing == "ice_cream":
        assert "ice_cream" in things
    else:  # the ice, or the water under it where one breaks through, on the snow set: never an ice cream
        assert "ice_cream" not in things and "snow_field" in c.settings, (things, c.settings)


@needs_wordnet
@pytest.mark.parametrize(("idea", "kind", "note"), [
    ("A thief robs the vending machine", "machine", "'vending machine' is shown as a machine"),
    ("A grandpa plays with the slot machine", "machine", "'slot machine' is shown as a machine"),
    ("A boy rides a golf cart", "car", "'golf cart' is played by 'car'"),
    ("A dragon sits on the school bus", "bus", ""),  # a school bus is a bus: nothing to say
])
def test_an_english_pair_is_read_as_one_thing_and_its_stand_in_said(idea: str, kind: str, note: str) -> None:
    c = analyze(idea)
    assert kind in {o.type for o in c.objects}
    assert (note in c.warnings) if note else not any("school bus" in n for n in c.warnings)


@pytest.mark.parametrize("idea", ["A grandmother and a boy wait for the lift", "Two cats get stuck in the lift"])
def test_an_english_lift_one_waits_for_or_is_in_is_the_lift_not_the_verb(idea: str) -> None:
    # the office with its lift: the lift itself is shown, so nothing stands in for it
    assert analyze(idea).settings == ["office"]


def test_a_where_phrase_of_the_place_table_is_no_stand_in() -> None:
    assert not any("above the city" in n for n in analyze("A dog sleeps above the city").warnings)
