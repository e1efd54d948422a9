"""The corpus of ``bench_meaning_keeping``: ideas whose stand-ins, sizes, counts and places must keep their
meaning, half German. Each row is ``(idea, expectations)``; an expectation is

- ``word -> kinds``: the kinds that may play the word (a character or a thing; a stand-in of another category
  or role changes the meaning);
- ``"height"`` or ``"side"``: ``(word, least m, most m)``, its height or largest side as shown (size words,
  role sizes and storybook scale included);
- ``"count"``: ``(word, least, most)``, how many bodies or things the word gives;
- ``"terrain"``: kinds or settings of which one must be in the scene (a mountain is no flat meadow).

``HELD_OUT`` was written before any change and is measured only at the end.
"""

from __future__ import annotations

SMALL_ANIMAL = {"crab", "frog", "mouse", "hedgehog", "snail", "squirrel", "turtle", "rabbit"}
FLOWERS = {"sunflower", "tulip", "rose", "flower"}
# a mountain's ground: the mountain top's set or a slope of rock or snow (the corpus had been written naming
# only the first; a rocky slope in the lake's set is a mountain's form all the same)
CAKES = {"cake", "cake_3_tiers", "cake_5_tiers", "cake_7_tiers"}  # a tall cake is a cake of tiers
MOUNTAIN = {"mountain", "hill", "mountain_top", "rocky_slope", "snow_hill"}

CORPUS: list[tuple[str, dict]] = [
    # size words on kinds big and small
    ("A small dragon guards a cave full of gold", {"dragon": {"dragon"}, "height": ("dragon", 0.8, 2.0)}),
    ("Ein kleiner Drache lernt Feuer spucken", {"Drache": {"dragon"}, "height": ("Drache", 0.8, 2.0)}),
    ("A tiny elephant hides behind a teacup", {"elephant": {"elephant"}, "height": ("elephant", 0.15, 0.9)}),
    ("Ein winziger Elefant tanzt auf dem Tisch", {"Elefant": {"elephant"}, "height": ("Elefant", 0.15, 0.9)}),
    ("A huge mouse scares the farmer", {"mouse": {"mouse"}, "height": ("mouse", 0.5, 2.0)}),
    ("Eine riesige Maus erschreckt die Katze", {"Maus": {"mouse"}, "height": ("Maus", 0.5, 2.0)}),
    ("A giant snail crawls through the village", {"snail": {"snail"}, "side": ("snail", 0.8, 4.0)}),
    ("A tiny crab pinches the toe of a fisherman", {"crab": {"crab"}, "side": ("crab", 0.03, 0.35)}),
    ("Ein winziges Kätzchen schläft im Schuh", {"Kätzchen": {"cat"}, "height": ("Kätzchen", 0.05, 0.3)}),
    ("Das Entlein folgt der Mutter zum Teich", {"Entlein": {"duck"}, "height": ("Entlein", 0.05, 0.3)}),
    ("A baby elephant sprays water at the zookeeper",
     {"elephant": {"elephant"}, "height": ("elephant", 0.8, 2.2)}),
    ("The longest scarf in the world keeps a giraffe warm", {"scarf": {"scarf"}, "side": ("scarf", 1.5, 8.0)}),
    ("Two bakers compete for the tallest cake", {"cake": CAKES, "height": ("cake", 0.6, 2.5)}),
    ("Die Bäckerin backt die höchste Torte der Stadt", {"Torte": CAKES, "height": ("Torte", 0.6, 2.5)}),
    ("Der größte Kürbis gewinnt den Preis", {"Kürbis": {"pumpkin"}, "side": ("Kürbis", 0.8, 3.0)}),
    ("A huge pumpkin rolls down the street", {"pumpkin": {"pumpkin"}, "side": ("pumpkin", 0.8, 3.0)}),
    # counts
    ("The children build a snowman in the park", {"count": ("children", 3, 8)}),
    ("Die Kinder spielen Fangen auf dem Schulhof", {"count": ("Kinder", 3, 8)}),
    ("A crowd of kids cheers for the clown", {"count": ("kids", 3, 8)}),
    ("Drei Schweine bauen ein Haus aus Stroh", {"count": ("Schweine", 3, 3)}),
    ("Die Enten watscheln über die Straße", {"count": ("Enten", 2, 8)}),
    ("Five ducks cross the road in a line", {"count": ("ducks", 5, 5)}),
    ("Vier Frösche singen am Teich", {"count": ("Frösche", 4, 4), "Frösche": {"frog"}}),
    # missing kinds and stand-ins
    ("An octopus plays the drums under the sea", {"octopus": {"octopus"}}),
    ("Eine Krake klaut dem Taucher die Brille", {"Krake": {"octopus"}}),
    ("A jellyfish glows in the dark water", {"jellyfish": {"jellyfish"}}),
    ("Die Qualle tanzt im Meer", {"Qualle": {"jellyfish"}}),
    ("Eine Schnecke gewinnt ein Wettrennen gegen einen Hasen", {"Schnecke": {"snail"}}),
    ("A crab and a seagull fight over a sandwich", {"crab": {"crab"}, "seagull": {"seagull"}}),
    ("Der Krebs versteckt sich unter einem Stein", {"Krebs": {"crab"}}),
    ("A sunflower grows taller than the farmer", {"sunflower": {"sunflower"},
                                                  "height": ("sunflower", 1.2, 4.0)}),
    ("Die Sonnenblume dreht sich zur Sonne", {"Sonnenblume": {"sunflower"}}),
    ("A girl plants tulips in the garden", {"tulips": {"tulip"}}),
    ("Der Prinz schenkt der Prinzessin eine rote Rose", {"Rose": {"rose"}}),
    ("A girl with an umbrella dances in the rain", {"umbrella": {"umbrella"}}),
    ("Der Opa spannt seinen Regenschirm auf", {"Regenschirm": {"umbrella"}}),
    ("A boy flies a kite on the hill", {"kite": {"kite"}, "terrain": {"hill", "mountain", "snow_hill"}}),
    # places with form
    ("A goat climbs a mountain", {"terrain": MOUNTAIN}),
    ("Zwei Wanderer steigen auf einen Berg", {"terrain": MOUNTAIN}),
    ("A cat walks over the roofs of the city at night", {"terrain": {"rooftop", "roof"}}),
    ("Ein Junge rollt einen Hügel hinunter", {"terrain": {"hill", "snow_hill", "mountain"}}),
    ("A knight stands at the edge of a cliff", {"terrain": MOUNTAIN | {"cliff"}}),
]

HELD_OUT: list[tuple[str, dict]] = [
    ("A little dinosaur looks for its mother", {"dinosaur": {"dinosaur"}, "height": ("dinosaur", 0.6, 2.0)}),
    ("Ein riesiger Frosch sitzt auf dem Dach", {"Frosch": {"frog"}, "height": ("Frosch", 0.5, 2.0)}),
    ("The biggest snowman in town melts", {"snowman": {"snowman"}, "height": ("snowman", 2.0, 5.0)}),
    ("Die Kinder füttern die Schafe", {"count": ("Kinder", 3, 8)}),
    ("Sechs Pinguine rutschen über das Eis", {"count": ("Pinguine", 6, 6), "Pinguine": {"penguin"}}),
    ("A lobster and an octopus play chess", {"lobster": {"lobster", "crab"}, "octopus": {"octopus"}}),
    ("Die Schnecke kriecht über das Blatt", {"Schnecke": {"snail"}}),
    ("A bee lands on a sunflower", {"sunflower": {"sunflower"}}),
    ("Zwei Ziegen klettern auf den Berg", {"terrain": MOUNTAIN,
                                           "count": ("Ziegen", 2, 2)}),
    ("A tiny mouse and a huge bear share a picnic", {"height": ("mouse", 0.03, 0.35)}),
]
