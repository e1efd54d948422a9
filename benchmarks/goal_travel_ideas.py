"""Ideas where a thing travels to a goal place, something appears from afar, or someone leads the way (engineer
B's class): each with what must be staged. ``CORPUS`` was written before the staging was built, ``HELD_OUT``
before it too and measured only at the end (``bench_goal_travel.py`` counts how many are staged).

Each entry: (idea, class, what, goal, doer): class "travel" (``what`` lands on ``goal``), "appear" (``what``
comes from afar), "lead" (``doer`` walks ahead to ``goal``, the others follow). ``what`` and ``goal`` are
"|"-separated asset kinds (or "water", "ground"); ``doer`` a word of the guide's cast entry.
"""

CORPUS = [
    ("the wind blows his hat onto the roof", "travel", "hat", "house", ""),
    ("she throws the key over the wall", "travel", "key", "wall|ground", ""),
    ("the paper plane lands in the teacher's coffee cup", "travel", "airplane|paper|plane", "cup", ""),
    ("a kangaroo keeps spiking the ball into the sea", "travel", "ball", "water", ""),
    ("the boy kicks his football over the fence into the neighbour's garden", "travel", "ball|football",
     "fence|ground", ""),
    ("a monkey tosses a banana into the basket", "travel", "banana", "basket", ""),
    ("the girl throws a stone into the old well", "travel", "stone|rock", "well|water", ""),
    ("the storm carries the kite into the old oak tree", "travel", "kite", "tree", ""),
    ("a squirrel drops an acorn into the bird's nest", "travel", "acorn|nut", "nest", ""),
    ("the pizza box flies out of a falling courier's hands and lands on the customer's balcony", "travel",
     "pizza|box|pizza_box", "house", ""),
    ("the farmer hurls the pumpkin onto the cart", "travel", "pumpkin", "cart", ""),
    ("the wind sweeps the letter into the pond", "travel", "letter", "water", ""),
    ("der Ball fliegt über den Zaun in Nachbars Garten", "travel", "ball", "fence|ground", ""),
    ("der Wind weht seinen Hut aufs Dach", "travel", "hat", "house", ""),
    ("das Mädchen wirft den Schlüssel über die Mauer", "travel", "key", "wall|ground", ""),
    ("der Affe schleudert die Banane in den Korb", "travel", "banana", "basket", ""),
    ("der Junge kickt den Ball in den Teich", "travel", "ball", "water", ""),
    ("der Sturm trägt den Drachen in den Baum", "travel", "kite", "tree", ""),
    ("die Oma wirft den alten Brief ins Feuer", "travel", "letter", "campfire|fire|fireplace", ""),
    ("ein Eichhörnchen lässt eine Nuss ins Nest fallen", "travel", "nut|acorn", "nest", ""),
    ("der Papierflieger landet in der Kaffeetasse des Lehrers", "travel", "airplane|paper|plane", "cup", ""),
    ("der Bauer wirft den Kürbis auf den Wagen", "travel", "pumpkin", "cart", ""),
    ("a lost fishing boat appears in the storm", "appear", "boat", "", ""),
    ("a ship appears on the horizon", "appear", "boat|ship", "", ""),
    ("a strange balloon appears over the hills", "appear", "balloon|hot_air_balloon", "", ""),
    ("suddenly a small sailboat emerges from the fog", "appear", "boat|sailboat", "", ""),
    ("ein Schiff taucht am Horizont auf", "appear", "boat|ship", "", ""),
    ("plötzlich erscheint ein Heißluftballon über dem Dorf", "appear", "balloon|hot_air_balloon", "", ""),
    ("aus dem Nebel taucht ein altes Segelboot auf", "appear", "boat|sailboat", "", ""),
    ("am Horizont erscheint ein kleines Fischerboot", "appear", "boat", "", ""),
    ("a curious beaver shows the siblings the way to the shore", "lead", "", "water", "beaver"),
    ("the dog leads the hikers to the hut", "lead", "", "house", "dog"),
    ("a little fox guides the lost children to the castle", "lead", "", "castle", "fox"),
    ("the old fisherman leads the tourists to the lighthouse", "lead", "", "lighthouse", "fisherman"),
    ("der Hund führt die Wanderer zur Hütte", "lead", "", "house", "hund"),
    ("ein Vogel zeigt den Kindern den Weg zum Brunnen", "lead", "", "well|water|fountain", "vogel"),
    ("die Katze führt das Mädchen zum alten Baum", "lead", "", "tree", "katze"),
    ("ein Reh führt die verirrten Kinder zum Zelt", "lead", "", "tent", "reh"),
]

HELD_OUT = [
    ("the wind blows the newspaper into the lake", "travel", "newspaper|paper", "water", ""),
    ("a goat kicks the bucket over the fence", "travel", "bucket", "fence|ground", ""),
    ("die Möwe lässt eine Muschel auf das Boot fallen", "travel", "shell|seashell", "boat", ""),
    ("der Junge wirft den Ball in den Korb", "travel", "ball", "basket", ""),
    ("a pirate ship appears out of the fog", "appear", "boat|ship|pirate_ship", "", ""),
    ("ein kleines Boot taucht im Nebel auf", "appear", "boat", "", ""),
    ("an old dog leads the little girl to the farmhouse", "lead", "", "house|farmhouse", "dog"),
    ("der Fuchs führt die Hühner zum Teich", "lead", "", "water", "fuchs"),
    ("a kind owl shows the lost rabbit the way to the tree", "lead", "", "tree", "owl"),
    ("the gust carries her umbrella onto the bridge", "travel", "umbrella", "bridge", ""),
]
