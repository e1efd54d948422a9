"""The sentence table: setup sentences, one sentence under test, and geometric checks of the result.

Pure data, importable without pytest (``benchmarks/bench_commands.py`` replays every row). Each row:

    {"id": str, "lang": "en" | "de", "setup": [sentences...], "say": sentence, "expect": [check, ...],
     optional "airborne": [refs allowed to float], "overlap_ok": True}

A check is a tuple whose first item names it (see ``tests/language/test_sentences.py``). Object refs:
"chair" = the most recently added chair, "chair#2" = the second chair by creation order, "@Robo" = by name.
"""

from __future__ import annotations

from typing import Any

RED = (0.8, 0.1, 0.1)
GREEN = (0.15, 0.6, 0.2)
BLUE = (0.1, 0.25, 0.8)
YELLOW = (0.95, 0.85, 0.1)
WHITE = (0.95, 0.95, 0.95)

ROWS: list[dict[str, Any]] = []


def _row(lang: str, say: str, expect: list[tuple], setup: tuple[str, ...] | list[str] = (), **extra: Any) -> None:
    ROWS.append({"id": f"{len(ROWS) + 1:03d}-{lang}", "lang": lang, "setup": list(setup), "say": say,
                 "expect": expect, **extra})


T = ("add a table",)
TL = ("add a table", "add a lamp", "put the lamp on the table")
TS = ("add a table", "add a sofa 3 m right of the table")
R = ("add a robot",)

# -- adding things, with counts, colours, sizes and materials --------------------------------------------------
_row("en", "add a chair", [("count", "chair", 1), ("floor", "chair")])
_row("de", "füge einen Stuhl hinzu", [("count", "chair", 1), ("floor", "chair")])
_row("en", "add three red chairs", [("count", "chair", 3), ("color_all", "chair", RED)])
_row("de", "stell drei kleine Holzstühle in die Mitte", [("count", "chair", 3), ("material_all", "chair", "wood"),
                                                       ("height_ratio", "chair", 0.7)])
_row("en", "add 12 cubes", [("count", "cube", 12)])
_row("de", "füge zwölf Würfel hinzu", [("count", "cube", 12)])
_row("en", "add a big table", [("count", "table", 1), ("height_ratio", "table", 1.5), ("floor", "table")])
_row("de", "füge einen großen Tisch hinzu", [("height_ratio", "table", 1.5)])
_row("en", "add a tiny sphere", [("height_ratio", "sphere", 0.4), ("floor", "sphere")])
_row("de", "füge eine winzige Kugel hinzu", [("height_ratio", "sphere", 0.4)])
_row("en", "add a tall lamp", [("height_ratio", "lamp", 1.5), ("width_ratio", "lamp", 1.0)])
_row("en", "add a glass vase on the table", [("on", "vase", "table"), ("opacity_below", "vase", 1.0)], T)
_row("de", "stell eine gläserne Vase auf den Tisch", [("on", "vase", "table"), ("opacity_below", "vase", 1.0)], T)
_row("en", "add a golden ball", [("metallic", "ball", 1.0)])
_row("de", "füge einen goldenen Ball hinzu", [("metallic", "ball", 1.0)])
_row("en", "add a metal chair", [("metallic", "chair", 1.0)])
_row("de", "füge einen Metallstuhl hinzu", [("metallic", "chair", 1.0), ("count", "chair", 1)])
_row("en", "add a wooden table and a blue sofa", [("count", "table", 1), ("count", "sofa", 1),
                                                 ("color", "sofa", BLUE), ("material", "table", "wood")])
_row("de", "füge einen Tisch und ein blaues Sofa hinzu", [("count", "table", 1), ("color", "sofa", BLUE)])
_row("en", "add a couch", [("count", "sofa", 1)])
_row("de", "füge eine Couch hinzu", [("count", "sofa", 1)])
_row("en", "add two trees and a rock", [("count", "tree", 2), ("count", "rock", 1)])
_row("de", "füge zwei Bäume und einen Felsen hinzu", [("count", "tree", 2), ("count", "rock", 1)])
_row("en", "a red car", [("count", "car", 1), ("color", "car", RED)])
_row("de", "ein rotes Auto", [("count", "car", 1), ("color", "car", RED)])
_row("de", "füge einen Wagen hinzu", [("count", "car", 1)])
_row("en", "add a table lamp on the desk", [("on", "table_lamp", "desk")], ("add a desk",))
_row("de", "stell eine Tischlampe auf den Schreibtisch", [("on", "table_lamp", "desk")], ("füge einen Schreibtisch hinzu",))
_row("en", "add 2 dogs and 3 cats", [("count", "dog", 2), ("count", "cat", 3)])
_row("de", "füge zwei Hunde und drei Katzen hinzu", [("count", "dog", 2), ("count", "cat", 3)])
_row("de", "füge einen Roboter hinzu", [("count", "robot", 1), ("floor", "robot")])
_row("en", "add a green pine tree", [("count", "pine_tree", 1), ("color", "pine_tree", GREEN)])

# -- what people mean: a lamp on a table is a table lamp, a light above it is a light source ---------------------
_row("en", "add a lamp on the table", [("count", "lamp", 0), ("count", "table_lamp", 1), ("on", "table_lamp", "table")], T)
_row("en", "put a lamp on the desk", [("count", "lamp", 0), ("on", "table_lamp", "desk")], ("add a desk",))
_row("de", "stell eine Lampe auf den Tisch", [("count", "lamp", 0), ("on", "table_lamp", "table")], T)
_row("de", "stell eine rote Lampe auf den Schreibtisch", [("on", "table_lamp", "desk"), ("color", "table_lamp", RED)],
     ("füge einen Schreibtisch hinzu",))
_row("en", "put a light on the desk", [("on", "table_lamp", "desk"), ("lights", 0)], ("add a desk",))
_row("de", "stell ein Licht auf den Tisch", [("on", "table_lamp", "table"), ("lights", 0)], T)
_row("en", "add a lamp next to the table", [("count", "lamp", 1), ("count", "table_lamp", 0)], T)
_row("de", "stell eine Lampe auf den Boden", [("count", "lamp", 1), ("floor", "lamp")])
_row("en", "add a light above the table", [("count", "table_lamp", 0), ("lights", 1), ("light_above", "table")], T)
_row("de", "füge ein Licht über dem Tisch hinzu", [("count", "table_lamp", 0), ("light_above", "table")], T)
_row("en", "add a table lamp on the desk", [("count", "table_lamp", 2)], ("add a desk", "add a table",
                                                                        "add a lamp on the table"))

# -- spatial relations for new things ----------------------------------------------------------------------------
_row("en", "add a chair left of the table", [("left_of", "chair", "table")], T)
_row("de", "stell einen Stuhl links vom Tisch", [("left_of", "chair", "table")], ("füge einen Tisch hinzu",))
_row("en", "add a chair to the right of the table", [("right_of", "chair", "table")], T)
_row("de", "stell einen Stuhl rechts neben den Tisch", [("right_of", "chair", "table")], T)
_row("en", "add a chair in front of the table", [("front_of", "chair", "table")], T)
_row("de", "stell einen Stuhl vor den Tisch", [("front_of", "chair", "table")], T)
_row("en", "add a chair behind the table", [("behind", "chair", "table")], T)
_row("de", "stell einen Stuhl hinter den Tisch", [("behind", "chair", "table")], T)
_row("en", "add a lamp next to the table", [("next_to", "lamp", "table")], T)
_row("de", "stell eine Lampe neben den Tisch", [("next_to", "lamp", "table")], T)
_row("en", "put a cup on the table", [("on", "cup", "table")], T)
_row("de", "stell eine Tasse auf den Tisch", [("on", "cup", "table")], T)
_row("en", "add a cat under the table", [("under", "cat", "table")], T, overlap_ok=True)
_row("de", "setz eine Katze unter den Tisch", [("under", "cat", "table")], T, overlap_ok=True)
_row("en", "add a sphere above the table", [("above", "sphere", "table")], T, airborne=["sphere"])
_row("de", "füge eine Kugel über dem Tisch hinzu", [("above", "sphere", "table")], T, airborne=["sphere"])
_row("en", "add a chair 2 m left of the table", [("left_of", "chair", "table"), ("gap_x", "chair", "table", 2.0)], T)
_row("de", "stell einen Stuhl 2 Meter links vom Tisch", [("gap_x", "chair", "table", 2.0)], T)
_row("en", "add a lamp between the table and the sofa", [("between", "lamp", "table", "sofa")], TS)
_row("de", "stell eine Lampe zwischen den Tisch und das Sofa", [("between", "lamp", "table", "sofa")], TS)
_row("en", "add four chairs around the table", [("count", "chair", 4), ("around", "chair", "table")], T)
_row("de", "stell vier Stühle um den Tisch herum", [("count", "chair", 4), ("around", "chair", "table")], T)
_row("en", "add six chairs around the table", [("count", "chair", 6), ("around", "chair", "table")], T)
_row("de", "stell sechs Stühle um den Tisch", [("count", "chair", 6), ("around", "chair", "table")], T)
_row("en", "add a chair in the middle of the room", [("middle", "chair")])
_row("de", "stell einen Stuhl in die Mitte des Raums", [("middle", "chair")])
_row("en", "add a cabinet in the corner", [("corner", "cabinet", -1, -1)])
_row("de", "stell einen Schrank in die Ecke", [("corner", "cabinet", -1, -1)])
_row("en", "add a lamp in the front right corner", [("corner", "lamp", 1, 1)])
_row("de", "stell eine Lampe in die vordere rechte Ecke", [("corner", "lamp", 1, 1)])
_row("en", "add three books on the shelf", [("count", "book", 3), ("all_on", "book", "shelf")], ("add a shelf",))
_row("de", "leg drei Bücher auf das Regal", [("count", "book", 3), ("all_on", "book", "shelf")], ("add a shelf",))
_row("en", "add five cups on the table", [("count", "cup", 5), ("all_on", "cup", "table")], T)
_row("de", "stell fünf Tassen auf den Tisch", [("count", "cup", 5), ("all_on", "cup", "table")], T)
_row("en", "add a book on the chair", [("on", "book", "chair")], ("add a chair",))
_row("de", "leg ein Buch auf den Stuhl", [("on", "book", "chair")], ("add a chair",))
_row("en", "add a box on the box", [("count", "box", 2), ("on", "box#2", "box#1")], ("add a box",))
_row("en", "add a wall", [("count", "wall", 1), ("floor", "wall")])
_row("en", "add ten trees", [("count", "tree", 10)])
_row("de", "pflanze zehn Bäume", [("error", "NotUnderstood", "pflanze")])

# -- several commands in one sentence -----------------------------------------------------------------------------
_row("en", "add a table and put two chairs next to it", [("count", "chair", 2), ("next_to", "chair#1", "table"),
                                                         ("next_to", "chair#2", "table")])
_row("de", "füge einen Tisch hinzu und stell zwei Stühle daneben", [("count", "chair", 2),
                                                                     ("next_to", "chair#1", "table")])
_row("en", "add a lamp, then make it red", [("count", "lamp", 1), ("color", "lamp", RED)])
_row("de", "füge eine Lampe hinzu, dann mach sie rot", [("count", "lamp", 1), ("color", "lamp", RED)])
_row("en", "add a table and put a vase on it", [("on", "vase", "table")])
_row("de", "füge einen Tisch hinzu und stell eine Vase darauf", [("on", "vase", "table")])
_row("en", "add a sofa and then add a lamp to the left of the sofa", [("left_of", "lamp", "sofa")])
_row("de", "füge ein Sofa hinzu und dann stell eine Lampe rechts vom Sofa", [("right_of", "lamp", "sofa")])
_row("en", "add a chair between the table and the sofa", [("between", "chair", "table", "sofa"),
                                                          ("count", "chair", 1)], TS)

# -- moving ----------------------------------------------------------------------------------------------------
_row("en", "put the lamp on the table", [("on", "lamp", "table")], ("add a table", "add a lamp"))
_row("de", "stell die Lampe auf den Tisch", [("on", "lamp", "table")], ("add a table", "add a lamp"))
_row("en", "move the lamp onto the table", [("on", "lamp", "table")], ("add a table", "add a lamp"))
_row("de", "setz die Lampe auf den Tisch", [("on", "lamp", "table")], ("add a table", "add a lamp"))
_row("en", "move the chair to 2, 0, 3", [("pos", "chair", (2.0, 0.0, 3.0))], ("add a chair",))
_row("de", "beweg den Stuhl nach 2, 0, 3", [("pos", "chair", (2.0, 0.0, 3.0))], ("add a chair",))
_row("en", "move the chair to x=2 z=3", [("pos", "chair", (2.0, 0.0, 3.0))], ("add a chair",))
_row("de", "schieb den Stuhl auf x=1 z=-2", [("pos", "chair", (1.0, 0.0, -2.0))], ("add a chair",))
_row("en", "move the chair 2 m to the left", [("delta", "chair", (-2.0, 0.0, 0.0))], ("add a chair",))
_row("de", "beweg den Stuhl 2 Meter nach links", [("delta", "chair", (-2.0, 0.0, 0.0))], ("add a chair",))
_row("en", "move the chair 50 cm forward", [("delta", "chair", (0.0, 0.0, 0.5))], ("add a chair",))
_row("de", "schieb den Stuhl 50 cm nach vorne", [("delta", "chair", (0.0, 0.0, 0.5))], ("add a chair",))
_row("en", "move the chair back", [("delta", "chair", (0.0, 0.0, -1.0))], ("add a chair",))
_row("de", "schieb den Stuhl nach hinten", [("delta", "chair", (0.0, 0.0, -1.0))], ("add a chair",))
_row("en", "move the cube up", [("delta", "cube", (0.0, 1.0, 0.0))], ("add a cube",), airborne=["cube"])
_row("de", "beweg den Würfel 1 m nach oben", [("delta", "cube", (0.0, 1.0, 0.0))], ("add a cube",),
     airborne=["cube"])
_row("en", "move the chair behind the table", [("behind", "chair", "table")], ("add a table", "add a chair"))
_row("de", "stell den Stuhl hinter den Tisch", [("behind", "chair", "table")], ("add a table", "add a chair"))
_row("en", "move the chair next to the table", [("next_to", "chair", "table")],
     ("add a table", "add a chair 5 m right of the table"))
_row("de", "schieb den Stuhl neben den Tisch", [("next_to", "chair", "table")],
     ("add a table", "add a chair 5 m right of the table"))
_row("en", "move the table 3 m to the right", [("delta", "table", (3.0, 0.0, 0.0)), ("on", "lamp", "table")], TL)
_row("de", "verschieb den Tisch 3 Meter nach rechts", [("delta", "table", (3.0, 0.0, 0.0)), ("on", "lamp", "table")],
     TL)
_row("en", "move the chair 1 m to the right", [("moved_dir", "chair", 0, 1)],
     ("add a table", "add a chair left of the table"))
_row("en", "put the cube on the floor", [("floor", "cube")], ("add a cube", "move the cube 2 m up"))
_row("de", "stell den Würfel auf den Boden", [("floor", "cube")], ("add a cube", "move the cube 2 m up"))
_row("en", "move it to the left", [("delta", "chair", (-1.0, 0.0, 0.0))], ("add a chair",))
_row("de", "schieb ihn nach rechts", [("delta", "chair", (1.0, 0.0, 0.0))], ("füge einen Stuhl hinzu",))
_row("en", "move the chair in front of the table", [("front_of", "chair", "table")], ("add a table", "add a chair"))
_row("de", "stell den Stuhl vor den Tisch", [("front_of", "chair", "table")], ("add a table", "add a chair"))
_row("en", "put the book on the shelf", [("on", "book", "shelf")], ("add a shelf", "add a book"))
_row("de", "leg das Buch ins Regal", [("on", "book", "shelf")], ("add a shelf", "add a book"))
_row("en", "move the lamp to the left of the sofa", [("left_of", "lamp", "sofa")], ("add a sofa", "add a lamp"))
_row("de", "stell die Lampe links neben das Sofa", [("left_of", "lamp", "sofa")], ("add a sofa", "add a lamp"))
_row("en", "move the chair into the corner", [("corner", "chair", -1, -1)], ("add a chair",))
_row("de", "stell den Stuhl in die Mitte", [("middle", "chair")], ("add a table", "add a chair 3 m left of the table"))

# -- turning -----------------------------------------------------------------------------------------------------
_row("en", "turn the chair 90 degrees", [("rot_delta", "chair", 90.0)], ("add a chair",))
_row("de", "dreh den Stuhl um 90 Grad", [("rot_delta", "chair", 90.0)], ("add a chair",))
_row("en", "rotate the chair 45 degrees to the right", [("rot_delta", "chair", -45.0)], ("add a chair",))
_row("de", "dreh den Stuhl 45 Grad nach rechts", [("rot_delta", "chair", -45.0)], ("add a chair",))
_row("en", "turn the chair to face the table", [("faces", "chair", "table")],
     ("add a table", "add a chair 2 m left of the table"))
_row("de", "dreh den Stuhl zum Tisch", [("faces", "chair", "table")],
     ("add a table", "add a chair 2 m behind the table"))
_row("en", "turn the chair around", [("rot_delta", "chair", 180.0)], ("add a chair",))
_row("de", "dreh den Stuhl um", [("rot_delta", "chair", 180.0)], ("add a chair",))
_row("en", "make the robot face the car", [("faces", "robot", "car")], ("add a car", "add a robot 3 m left of the car"))
_row("de", "dreh den Roboter zum Auto", [("faces", "robot", "car")], ("add a car", "add a robot 3 m in front of the car"))

# -- scaling -----------------------------------------------------------------------------------------------------
_row("en", "make the chair twice as big", [("height_ratio", "chair", 2.0), ("floor", "chair")], ("add a chair",))
_row("de", "mach den Stuhl doppelt so groß", [("height_ratio", "chair", 2.0), ("floor", "chair")], ("add a chair",))
_row("en", "make the chair half the size", [("height_ratio", "chair", 0.5), ("floor", "chair")], ("add a chair",))
_row("de", "mach den Stuhl halb so groß", [("height_ratio", "chair", 0.5)], ("add a chair",))
_row("en", "make the chair a bit smaller", [("height_ratio_between", "chair", 0.75, 0.99)], ("add a chair",))
_row("de", "mach den Stuhl etwas kleiner", [("height_ratio_between", "chair", 0.75, 0.99)], ("add a chair",))
_row("en", "make the tree 2 m tall", [("height", "tree", 2.0)], ("add a tree",))
_row("de", "mach den Baum 3 Meter hoch", [("height", "tree", 3.0)], ("add a tree",))
_row("en", "scale the cube by 3", [("height_ratio", "cube", 3.0)], ("add a cube",))
_row("de", "skaliere den Würfel um den Faktor 2", [("height_ratio", "cube", 2.0)], ("add a cube",))
_row("en", "make the chair bigger", [("height_ratio_between", "chair", 1.2, 2.0)], ("add a chair",))
_row("de", "mach den Stuhl größer", [("height_ratio_between", "chair", 1.2, 2.0)], ("add a chair",))
_row("en", "make the table twice as big", [("height_ratio", "table", 2.0), ("on", "cup", "table")],
     ("add a table", "put a cup on the table"))
_row("de", "mach den Tisch doppelt so groß", [("height_ratio", "table", 2.0), ("on", "cup", "table")],
     ("add a table", "put a cup on the table"))

# -- colour and material -----------------------------------------------------------------------------------------
_row("en", "make the sofa blue", [("color", "sofa", BLUE)], ("add a sofa",))
_row("de", "mach das Sofa blau", [("color", "sofa", BLUE)], ("add a sofa",))
_row("en", "paint it green", [("color", "chair", GREEN)], ("add a chair",))
_row("de", "färbe es grün", [("color", "sofa", GREEN)], ("füge ein Sofa hinzu",))
_row("en", "color the chair yellow", [("color", "chair", YELLOW)], ("add a chair",))
_row("de", "streich den Stuhl gelb an", [("color", "chair", YELLOW)], ("add a chair",))
_row("en", "make the table metal", [("metallic", "table", 1.0)], T)
_row("de", "mach den Tisch gläsern", [("opacity_below", "table", 1.0)], T)
_row("en", "make the red chair green", [("color", "chair#1", GREEN), ("color", "chair#2", BLUE)],
     ("add a red chair", "add a blue chair"))
_row("de", "mach den blauen Stuhl gelb", [("color", "chair#1", RED), ("color", "chair#2", YELLOW)],
     ("add a red chair", "add a blue chair"))
_row("en", "turn the cube red", [("color", "cube", RED)], ("add a cube",))
_row("de", "mach den Würfel weiß", [("color", "cube", WHITE)], ("add a cube",))

# -- names, visibility, copies, groups -------------------------------------------------------------------------
_row("en", "call the robot Robo", [("name", "robot", "Robo")], R)
_row("de", "nenne den Roboter Robo", [("name", "robot", "Robo")], R)
_row("en", "rename the chair to throne", [("name", "chair", "throne")], ("add a chair",))
_row("de", "benenne den Stuhl in Thron um", [("name", "chair", "Thron")], ("add a chair",))
_row("en", "move Robo 2 m to the right", [("delta", "@Robo", (2.0, 0.0, 0.0))], ("add a robot", "call the robot Robo"))
_row("de", "dreh Robo um 90 Grad", [("rot_delta", "@Robo", 90.0)], ("add a robot", "call the robot Robo"))
_row("en", "hide the chair", [("visible", "chair", False)], ("add a chair",))
_row("de", "versteck den Stuhl", [("visible", "chair", False)], ("add a chair",))
_row("en", "show the chair", [("visible", "chair", True)], ("add a chair", "hide the chair"))
_row("de", "zeig den Stuhl", [("visible", "chair", True)], ("add a chair", "hide the chair"))
_row("en", "duplicate the chair", [("count", "chair", 2), ("next_to", "chair#2", "chair#1")], ("add a chair",))
_row("de", "dupliziere den Stuhl", [("count", "chair", 2), ("next_to", "chair#2", "chair#1")], ("add a chair",))
_row("en", "duplicate the cup", [("count", "cup", 2), ("on", "cup#1", "table"), ("on", "cup#2", "table")],
     ("add a table", "put a cup on the table"))
_row("en", "copy the chair three times", [("count", "chair", 4)], ("add a chair",))
_row("en", "group the chairs and the table as dining set",
     [("parent", "chair#1", "dining set"), ("parent", "chair#2", "dining set"), ("parent", "table", "dining set")],
     ("add a table", "add two chairs next to the table"))
_row("de", "gruppiere die Stühle und den Tisch als Essgruppe",
     [("parent", "chair#1", "Essgruppe"), ("parent", "table", "Essgruppe")],
     ("add a table", "add two chairs next to the table"))
_row("en", "move the dining set 3 m to the left",
     [("delta", "table", (-3.0, 0.0, 0.0)), ("delta", "chair#1", (-3.0, 0.0, 0.0)), ("delta", "chair#2", (-3.0, 0.0, 0.0))],
     ("add a table", "add two chairs next to the table", "group the chairs and the table as dining set"))
_row("de", "verschieb die Essgruppe 2 Meter nach hinten",
     [("delta", "table", (0.0, 0.0, -2.0)), ("delta", "chair#1", (0.0, 0.0, -2.0))],
     ("add a table", "add two chairs next to the table", "gruppiere die Stühle und den Tisch als Essgruppe"))

# -- removing ----------------------------------------------------------------------------------------------------
_row("en", "remove the chair", [("count", "chair", 0), ("count", "table", 1)], ("add a table", "add a chair"))
_row("de", "entferne den Stuhl", [("count", "chair", 0), ("count", "table", 1)], ("add a table", "add a chair"))
_row("en", "delete all chairs", [("count", "chair", 0), ("count", "table", 1)], ("add a table", "add three chairs"))
_row("de", "lösche alle Stühle", [("count", "chair", 0), ("count", "table", 1)], ("add a table", "add three chairs"))
_row("en", "remove the table", [("count", "table", 0), ("floor", "lamp")], TL)
_row("de", "entferne den Tisch", [("count", "table", 0), ("floor", "lamp")], TL)
_row("en", "clear the scene", [("total", 0)], ("add a table", "add three chairs"))
_row("de", "leere die Szene", [("total", 0)], ("add a table", "add three chairs"))
_row("en", "delete everything", [("total", 0)], ("add a table", "add a sofa"))
_row("de", "lösche den roten Stuhl", [("count", "chair", 1), ("color", "chair", BLUE)],
     ("add a red chair", "add a blue chair"))

# -- references ----------------------------------------------------------------------------------------------------
_row("en", "make the second chair red", [("color", "chair#2", RED), ("not_color", "chair#1", RED)],
     ("add three chairs",))
_row("de", "mach den zweiten Stuhl rot", [("color", "chair#2", RED), ("not_color", "chair#3", RED)],
     ("add three chairs",))
_row("en", "make the big chair red", [("color", "chair#2", RED), ("not_color", "chair#1", RED)],
     ("add a small chair", "add a big chair"))
_row("de", "mach den kleinen Stuhl blau", [("color", "chair#1", BLUE), ("not_color", "chair#2", BLUE)],
     ("add a small chair", "add a big chair"))
_row("en", "paint the chair next to the table blue", [("color", "chair#1", BLUE), ("not_color", "chair#2", BLUE)],
     ("add a table", "add a chair left of the table", "add a chair 4 m right of the table"))
_row("de", "mach den Stuhl neben dem Tisch blau", [("color", "chair#1", BLUE), ("not_color", "chair#2", BLUE)],
     ("add a table", "add a chair left of the table", "add a chair 4 m right of the table"))
_row("en", "make the chair red", [("error", "Ambiguous", "two chairs")], ("add two chairs",))
_row("en", "move the chair to the left", [("error", "Ambiguous", "the red chair"), ("error", "Ambiguous", "the blue chair")],
     ("add a red chair and a blue chair",))
_row("de", "schieb den Stuhl nach links", [("error", "Ambiguous", "roter stuhl|red chair")],
     ("add a red chair and a blue chair",))
_row("en", "make the chair red", [("color", "chair#2", RED), ("not_color", "chair#1", RED)],
     ("add a chair", "add a table", "add a chair"))
_row("en", "make all chairs blue", [("color_all", "chair", BLUE)], ("add three chairs",))
_row("de", "mach alle Stühle grün", [("color_all", "chair", GREEN)], ("add three chairs",))
_row("en", "paint every chair white", [("color_all", "chair", WHITE)], ("add two chairs", "add a table"))
_row("en", "make the chairs yellow", [("color_all", "chair", YELLOW)], ("add two chairs",))
_row("de", "mach die Stühle gelb", [("color_all", "chair", YELLOW)], ("add two chairs",))
_row("en", "make the last chair red", [("color", "chair#3", RED), ("not_color", "chair#1", RED)],
     ("add three chairs",))
_row("de", "mach den letzten Stuhl rot", [("color", "chair#3", RED)], ("add three chairs",))

# -- focus: "it", "them" and "the chair" mean what the previous sentence talked about ------------------------------
_row("en", "make it red", [("color", "table", RED), ("not_color", "lamp", RED)],
     ("add a table", "add a lamp", "move the table 2 m left"))
_row("de", "mach ihn rot", [("color", "table", RED), ("not_color", "lamp", RED)],
     ("füge einen Tisch hinzu", "füge eine Lampe hinzu", "schieb den Tisch 2 Meter nach links"))
_row("en", "move the chair 1 m to the left", [("delta", "chair#1", (-1.0, 0.0, 0.0)), ("delta", "chair#2", (0.0, 0.0, 0.0))],
     ("add two chairs", "add a table", "make the first chair blue"))
_row("de", "schieb den Stuhl 1 m nach links", [("delta", "chair#1", (-1.0, 0.0, 0.0)),
                                                ("delta", "chair#2", (0.0, 0.0, 0.0))],
     ("füge zwei Stühle hinzu", "füge einen Tisch hinzu", "mach den ersten Stuhl blau"))
_row("en", "make them red", [("color_all", "chair", RED), ("not_color", "table", RED)],
     ("add two chairs", "add a table", "make the chairs yellow"))
_row("de", "mach sie rot", [("color_all", "chair", RED), ("not_color", "table", RED)],
     ("füge zwei Stühle hinzu", "füge einen Tisch hinzu", "mach die Stühle gelb"))
_row("en", "make it blue", [("color", "robot", BLUE), ("not_color", "tree", BLUE)],
     ("add a robot", "add a tree 3 m left of the robot", "close-up of the robot"))
_row("de", "färbe ihn blau", [("color", "robot", BLUE), ("not_color", "tree", BLUE)],
     ("füge einen Roboter hinzu", "füge einen Baum 3 m links vom Roboter hinzu", "Nahaufnahme vom Roboter"))
_row("en", "turn it 90 degrees", [("rot_delta", "sofa", 90.0), ("rot_delta", "chair", 0.0)],
     ("add a sofa", "add a chair", "paint the sofa green"))
_row("de", "dreh es um 90 Grad", [("rot_delta", "sofa", 90.0), ("rot_delta", "chair", 0.0)],
     ("füge ein Sofa hinzu", "füge einen Stuhl hinzu", "mach das Sofa grün"))

# -- errors --------------------------------------------------------------------------------------------------------
_row("en", "add a chiar", [("error", "NotUnderstood", "chair"), ("suggests", "chair")])
_row("de", "füge einen Stuhll hinzu", [("error", "NotUnderstood", "stuhl"), ("suggests", "stuhl")])
_row("en", "make the lamp red", [("error", "NotFound", "lamp")], ("add a chair",))
_row("de", "mach die Lampe rot", [("error", "NotFound", "lampe")], ("add a chair",))
_row("en", "   ", [("error", "NotUnderstood", "empty")])
_row("en", "add " + "very " * 600 + "big chair", [("error", "LimitExceeded", "2000")])
_row("en", "add 500 chairs", [("error", "LimitExceeded", "200")])
_row("en", "add a table and a chiar", [("error", "NotUnderstood", "chair")])
_row("de", "blorf den Stuhl", [("error", "NotUnderstood", "blorf")], ("add a chair",))
_row("en", "add a table and then paint the sofa red", [("error", "NotFound", "sofa")])
_row("en", "add a chair and move it onto the lamp", [("error", "NotFound", "lamp")])
_row("de", "mach den fünften Stuhl rot", [("error", "NotFound", "2")], ("add two chairs",))

# -- lighting ------------------------------------------------------------------------------------------------------
_row("en", "sunset", [("preset", "sunset"), ("sun_low_warm",)])
_row("de", "Sonnenuntergang", [("preset", "sunset"), ("sun_low_warm",)])
_row("en", "use night lighting", [("preset", "night"), ("cool_dim",)])
_row("de", "mach es Nacht", [("preset", "night"), ("cool_dim",)])
_row("en", "studio lighting", [("preset", "studio"), ("min_lights", 3)])
_row("de", "Dreipunktbeleuchtung bitte", [("preset", "studio"), ("min_lights", 3)])
_row("en", "three-point lighting", [("preset", "studio")])
_row("en", "film noir lighting", [("preset", "noir")])
_row("en", "candle light", [("preset", "candlelight"), ("warm_lights",)])
_row("de", "Kerzenlicht", [("preset", "candlelight"), ("warm_lights",)])
_row("en", "overcast", [("preset", "overcast")])
_row("de", "bewölkt", [("preset", "overcast")])
_row("en", "daylight please", [("preset", "daylight")], ("sunset",))
_row("de", "Tageslicht", [("preset", "daylight")], ("sunset",))
_row("en", "add a warm spotlight on the robot", [("spot_on", "robot"), ("warm_lights",)], R)
_row("de", "füge einen warmen Scheinwerfer auf den Roboter hinzu", [("spot_on", "robot")], R)
_row("en", "make it darker", [("light_ratio_below", 1.0)], ("daylight",))
_row("de", "mach es heller", [("light_ratio_above", 1.0)], ("daylight",))
_row("en", "set the background to a night sky", [("setting", "background", "night sky")])
_row("de", "setze den Hintergrund auf Nachthimmel", [("setting", "background", "night sky")])
_row("en", "make the ground green", [("setting", "ground_color", GREEN)])
_row("de", "mach den Boden grün", [("setting", "ground_color", GREEN)])
_row("en", "make the sky black", [("setting", "background", "black")])

# -- camera --------------------------------------------------------------------------------------------------------
_row("en", "close-up on the chair", [("cam_fills", "chair", 0.5)], ("add a chair", "add a table 3 m left of the chair"))
_row("de", "Nahaufnahme vom Stuhl", [("cam_fills", "chair", 0.5)], ("add a chair", "add a table 3 m left of the chair"))
_row("en", "wide shot", [("cam_all_inside",)], ("add a table", "add four chairs around the table", "add a tree"))
_row("de", "Totale", [("cam_all_inside",)], ("add a table", "add four chairs around the table", "add a tree"))
_row("en", "medium shot of the robot", [("cam_fills_between", "robot", 0.3, 0.95)], R)
_row("de", "halbnahe Einstellung vom Roboter", [("cam_fills_between", "robot", 0.3, 0.95)], R)
_row("en", "the camera looks at the robot from the left", [("cam_side", "robot", 0, -1), ("cam_inside", "robot")], R)
_row("de", "die Kamera schaut von links auf den Roboter", [("cam_side", "robot", 0, -1), ("cam_inside", "robot")], R)
_row("en", "look at the robot from above", [("cam_side", "robot", 1, 1), ("cam_inside", "robot")], R)
_row("de", "schau den Roboter von oben an", [("cam_side", "robot", 1, 1)], R)
_row("en", "view the robot from behind", [("cam_side", "robot", 2, -1), ("cam_inside", "robot")], R)
_row("en", "look at the robot from the right", [("cam_side", "robot", 0, 1)], R)
_row("de", "schau von rechts auf den Roboter", [("cam_side", "robot", 0, 1)], R)
_row("en", "move the camera back", [("cam_farther", 2.0)], R)
_row("de", "fahr die Kamera zurück", [("cam_farther", 2.0)], R)
_row("en", "close-up of the table", [("cam_fills", "table", 0.5)], ("add a table", "add a sofa 3 m right of the table"))
_row("de", "Totale bitte", [("cam_all_inside",)], ("add a house", "add a car 2 m in front of the house"))
_row("en", "wide shot", [("cam_all_inside",)], ("add a truck", "add a tree 4 m left of the truck",
                                                "add a rock 6 m right of the truck"))

# -- commands in time (checked by evaluating the scene at times; "end" = the cursor after the command) ---------
RD = ("add a robot", "call the robot Robo", "add a door 4 m left of the robot")
RD_DE = ("füge einen Roboter hinzu", "nenne den Roboter Robo", "füge eine Tür 4 m links vom Roboter hinzu")
RT = ("add a robot", "call the robot Robo", "add a tree 5 m right of the robot")
RT_DE = ("füge einen Roboter hinzu", "nenne den Roboter Robo", "füge einen Baum 5 m rechts vom Roboter hinzu")
RC = ("add a robot", "add a chair 2 m left of the robot")
RF = ("add a robot", "call the robot Robo", "add a flower 2 m right of the robot")
RF_DE = ("füge einen Roboter hinzu", "nenne den Roboter Robo", "füge eine Blume 2 m rechts vom Roboter hinzu")
TF = ("add a table", "add a flower 2 m right of the table")
TR = ("add a table", "add a robot 4 m left of the table")
WALKED = (*RD, "the robot walks to the door in 3 seconds")
WALKED_DE = (*RD_DE, "der Roboter geht in 3 Sekunden zur Tür")
ORIG_LAMP = (0.95, 0.92, 0.8)

_row("en", "the robot walks to the door in 3 seconds", [("near_at", "robot", "door", 3.0), ("still_at", "robot", 0.0),
                                                        ("action", "robot", "walk", 0.0), ("cursor", 3.0)], RD)
_row("de", "der Roboter geht in 3 Sekunden zur Tür", [("near_at", "robot", "door", 3.0), ("still_at", "robot", 0.0),
                                                      ("action", "robot", "walk", 0.0), ("cursor", 3.0)], RD_DE)
_row("en", "Robo runs to the tree", [("near_at", "robot", "tree", "end"), ("action", "robot", "run", 0.0),
                                     ("cursor_between", 1.0, 3.0)], RT)
_row("de", "Robo rennt zum Baum", [("near_at", "robot", "tree", "end"), ("action", "robot", "run", 0.0),
                                   ("cursor_between", 1.0, 3.0)], RT_DE)
_row("en", "the humanoid walks 4 m forward", [("delta_at", "humanoid", "end", (0.0, 0.0, 4.0)),
                                              ("cursor_between", 3.0, 4.5)], ("add a humanoid",))
_row("de", "die Person geht 4 m nach vorne", [("delta_at", "humanoid", "end", (0.0, 0.0, 4.0))], ("füge eine Person hinzu",))
_row("en", "the robot sits on the chair", [("action", "robot", "sit", 0.0), ("over_at", "robot", "chair", "end")], RC)
_row("de", "der Roboter setzt sich auf den Stuhl", [("action", "robot", "sit", 0.0), ("over_at", "robot", "chair", "end")],
     ("füge einen Roboter hinzu", "füge einen Stuhl 2 m links vom Roboter hinzu"))
_row("en", "Robo waves", [("action", "robot", "wave", 2.0), ("cursor", 4.0)], (*RD, "wait 2 seconds"))
_row("de", "Robo winkt", [("action", "robot", "wave", 2.0), ("cursor", 4.0)], (*RD_DE, "warte 2 Sekunden"))
_row("en", "the robot points at the flower", [("action", "robot", "point", 0.0, "flower"), ("cursor", 2.0)], RF)
_row("de", "der Roboter zeigt auf die Blume", [("action", "robot", "point", 0.0, "flower")], RF_DE)
_row("en", "the robot turns to the table", [("faces_at", "robot", "table", "end")], ("add a robot", "add a table 3 m left of the robot"))
_row("de", "der Roboter dreht sich zum Tisch", [("faces_at", "robot", "table", "end")],
     ("füge einen Roboter hinzu", "füge einen Tisch 3 m hinter dem Roboter hinzu"))
_row("en", "the car drives from left to right", [("ndc_x_at", "car", 0.0, -1.0, -0.5), ("ndc_x_at", "car", "end", 0.5, 1.0)],
     ("add a car",))
_row("de", "das Auto fährt von links nach rechts", [("ndc_x_at", "car", 0.0, -1.0, -0.5), ("ndc_x_at", "car", "end", 0.5, 1.0)],
     ("füge ein Auto hinzu",))
_row("en", "the ball flies to the house", [("near_at", "ball", "house", "end"), ("rises_at", "ball", "mid", 0.5),
                                           ("still_at", "ball", 0.0)], ("add a ball", "add a house 8 m left of the ball"))
_row("de", "der Ball fliegt zum Haus", [("near_at", "ball", "house", "end"), ("rises_at", "ball", "mid", 0.5)],
     ("füge einen Ball hinzu", "füge ein Haus 8 m links vom Ball hinzu"))
_row("en", "the camera orbits the table for 5 seconds", [("cam_centre_at", "table", 0.0), ("cam_centre_at", "table", 2.5),
                                                         ("cam_centre_at", "table", 5.0), ("cam_moves", 0.0, 2.5),
                                                         ("cursor", 5.0)], T)
_row("de", "die Kamera umkreist den Tisch 5 Sekunden lang", [("cam_centre_at", "table", 0.0),
                                                           ("cam_centre_at", "table", 2.5), ("cam_moves", 0.0, 2.5),
                                                           ("cursor", 5.0)], T)
_row("en", "slowly zoom in on the flower", [("zoomed_in", "end"), ("cam_centre_at", "flower", "end"), ("cursor", 5.0)], TF)
_row("de", "zoom langsam auf die Blume", [("zoomed_in", "end"), ("cam_centre_at", "flower", "end"), ("cursor", 5.0)],
     ("füge einen Tisch hinzu", "füge eine Blume 2 m rechts vom Tisch hinzu"))
_row("en", "zoom in on the flower", [("zoomed_in", "end"), ("cursor", 2.5)], TF)
_row("en", "pan to the robot", [("cam_centre_x_at", "robot", "end"), ("not_cam_centre_x_at", "robot", 0.0)], TR)
_row("de", "schwenk zum Roboter", [("cam_centre_x_at", "robot", "end")],
     ("füge einen Tisch hinzu", "füge einen Roboter 4 m links vom Tisch hinzu"))
_row("en", "the camera follows the robot", [("cam_centre_x_at", "robot", 1.5), ("cam_centre_x_at", "robot", 3.0),
                                            ("shot_move_at", 1.5, "follow"), ("cursor", 3.0)], WALKED)
_row("de", "die Kamera folgt dem Roboter", [("cam_centre_x_at", "robot", 1.5), ("cam_centre_x_at", "robot", 3.0),
                                            ("shot_move_at", 1.5, "follow")], WALKED_DE)
_row("en", "dolly in", [("cam_nearer", "end"), ("shot_move_at", 1.0, "dolly")], T)
_row("de", "die Kamera fährt heran", [("cam_nearer", "end")], T)
_row("en", "crane up", [("cam_higher", "end", 2.0), ("cam_centre_at", "table", "end")], T)
_row("de", "die Kamera fährt nach oben", [("cam_higher", "end", 2.0)], T)
_row("en", "cut to a close-up of the robot", [("shot_size_at", 2.1, "close-up"), ("cam_fills_at", "robot", 2.1, 0.2),
                                              ("cursor", 2.0)], ("add a robot", "add a table 3 m left of the robot",
                                                                 "wait 2 seconds"))
_row("de", "Schnitt auf eine Nahaufnahme vom Roboter", [("shot_size_at", 2.1, "close-up"), ("cursor", 2.0)],
     ("füge einen Roboter hinzu", "füge einen Tisch 3 m links vom Roboter hinzu", "warte 2 Sekunden"))
_row("en", "wide shot for 3 seconds", [("shot_size_at", 1.0, "wide"), ("cam_all_inside_at", 1.0), ("cursor", 3.0)],
     ("add a table", "add a tree 4 m left of the table"))
_row("de", "Totale für 3 Sekunden", [("shot_size_at", 1.0, "wide"), ("cam_all_inside_at", 1.0), ("cursor", 3.0)],
     ("füge einen Tisch hinzu", "füge einen Baum 4 m links vom Tisch hinzu"))
_row("en", "over the shoulder of Robo looking at the flower", [("shot_size_at", 0.5, "over-the-shoulder"),
                                                               ("cam_centre_at", "flower", 0.5)],
     ("add a robot", "call the robot Robo", "add a flower 3 m in front of the robot"))
_row("de", "über die Schulter von Robo auf die Blume", [("shot_size_at", 0.5, "over-the-shoulder"),
                                                        ("cam_centre_at", "flower", 0.5)],
     ("füge einen Roboter hinzu", "nenne den Roboter Robo", "füge eine Blume 3 m vor dem Roboter hinzu"))
_row("en", "at 4 seconds the lamp turns red", [("color_at", "lamp", 3.9, ORIG_LAMP), ("color_at", "lamp", 4.1, RED),
                                               ("cursor", 4.0)], ("add a lamp",))
_row("de", "bei 4 Sekunden wird die Lampe rot", [("color_at", "lamp", 3.9, ORIG_LAMP), ("color_at", "lamp", 4.1, RED)],
     ("füge eine Lampe hinzu",))
_row("en", "at 2 seconds the lamp slowly turns red", [("color_at", "lamp", 2.0, ORIG_LAMP), ("color_at", "lamp", 5.0, RED),
                                                      ("color_between_at", "lamp", 3.5, ORIG_LAMP, RED), ("cursor", 5.0)],
     ("add a lamp",))
_row("de", "die Lampe wird langsam rot", [("color_at", "lamp", 0.0, ORIG_LAMP), ("color_at", "lamp", "end", RED),
                                          ("cursor", 3.0)], ("füge eine Lampe hinzu",))
_row("en", "after 2 seconds the robot waves", [("action", "robot", "wave", 2.0), ("cursor", 4.0)], R)
_row("de", "nach 2 Sekunden winkt der Roboter", [("action", "robot", "wave", 2.0), ("cursor", 4.0)],
     ("füge einen Roboter hinzu",))
_row("en", "the robot walks to the door, then Robo waves", [("action", "robot", "walk", 0.0),
                                                            ("action_follows", "robot", "wave", "walk")], RD)
_row("de", "Robo geht zur Tür und winkt dann", [("action", "robot", "walk", 0.0),
                                                ("action_follows", "robot", "wave", "walk")], RD_DE)
_row("en", "Robo walks to the door and waves", [("action_follows", "robot", "wave", "walk")], RD)
_row("en", "at the same time Robo waves", [("action", "robot", "wave", 0.0), ("cursor", 3.0)], WALKED)
_row("de", "gleichzeitig winkt Robo", [("action", "robot", "wave", 0.0), ("cursor", 3.0)], WALKED_DE)
_row("en", "wait 2 seconds", [("cursor", 5.0)], WALKED)
_row("de", "warte 2 Sekunden", [("cursor", 5.0)], WALKED_DE)
_row("en", "the light fades out over 3 seconds", [("light_ratio_at", 0.0, 0.99, 1.01), ("light_ratio_at", 3.0, 0.0, 0.01),
                                                  ("light_ratio_at", 1.5, 0.1, 0.9), ("cursor", 3.0)], ("sunset",))
_row("de", "das Licht blendet über 3 Sekunden aus", [("light_ratio_at", 0.0, 0.99, 1.01),
                                                     ("light_ratio_at", 3.0, 0.0, 0.01)], ("Sonnenuntergang",))
_row("en", "move the table 2 m to the left in 3 seconds", [("delta_at", "table", 0.0, (0.0, 0.0, 0.0)),
                                                           ("delta_at", "table", 3.0, (-2.0, 0.0, 0.0)),
                                                           ("cursor", 3.0)], T)
_row("en", "the robot says 'hello'", [("line", "robot", "hello", 0.0), ("character", "robot", "robot", "en"),
                                      ("cursor_line",)], R)
_row("de", 'der Roboter sagt "hallo"', [("line", "robot", "hallo", 0.0), ("character", "robot", "robot", "de"),
                                        ("cursor_line",)], ("füge einen Roboter hinzu",))
_row("en", "Robo says: where am I?", [("line", "Robo", "where am I?", 1.0), ("character", "Robo", "robot", "en")],
     ("add a robot", "call the robot Robo", "wait 1 second"))
_row("en", "narrator: once upon a time...", [("line", "narrator", "once upon a time...", 0.0), ("cursor_line",)])
_row("de", "Erzähler: Es war einmal...", [("line", "narrator", "Es war einmal...", 0.0), ("cursor_line",)])
_row("en", "Anna says 'hi there, Robo'", [("line", "Anna", "hi there, Robo", 0.0), ("character", "Anna", "woman", "en")],
     ("add a person", "call the person Anna"))
_row("en", "play sad music", [("music", "sad")])
_row("de", "spiel traurige Musik", [("music", "sad")])
_row("en", "the music is tense", [("music", "tense")])
_row("en", "the film lasts 20 seconds", [("film_duration", 20.0)])
_row("de", "der Film dauert 20 Sekunden", [("film_duration", 20.0)])
_row("en", "the robot sits on the lamp", [("error", "UserInputError", "seat")], ("add a robot", "add a lamp"))
_row("de", "der Roboter setzt sich", [("error", "NotFound", "setzen|sit")], ("füge einen Roboter hinzu",))
_row("en", "Bob says hello", [("error", "NotFound", "bob")], R)

# -- names at creation; people words (round 3) -------------------------------------------------------------------
_row("en", "add a robot named Robo", [("count", "robot", 1), ("name", "robot", "Robo"), ("floor", "robot"),
                                      ("character", "Robo", "robot", "en")])
_row("en", "add a robot called Robo", [("name", "robot", "Robo"), ("character", "Robo", "robot", "en")])
_row("en", "add a woman named Anna next to the table", [("name", "woman", "Anna"), ("next_to", "@Anna", "table"),
                                                         ("character", "Anna", "woman", "en")], T)
_row("de", "füge einen Roboter namens Robo hinzu", [("name", "robot", "Robo"), ("character", "Robo", "robot", "de")])
_row("de", "stell eine Frau namens Anna neben den Tisch", [("name", "woman", "Anna"), ("next_to", "@Anna", "table"),
                                                           ("character", "Anna", "woman", "de")], T)
_row("en", "Robo waves", [("action", "@Robo", "wave", 0.0), ("cursor", 2.0)], ("add a robot named Robo",))
_row("en", "move Robo 2 m left", [("delta", "@Robo", (-2.0, 0.0, 0.0))], ("add a robot called Robo",))
_row("de", "Robo winkt", [("action", "@Robo", "wave", 0.0)], ("füge einen Roboter namens Robo hinzu",))
_row("de", "schieb Anna 2 m nach links", [("delta", "@Anna", (-2.0, 0.0, 0.0))], ("füge eine Frau namens Anna hinzu",))
_row("en", "add a robot named Robo", [("error", "Ambiguous", "already")], ("add a robot named Robo",))
_row("en", "add a man", [("count", "man", 1), ("name", "man", "man"), ("height_ratio", "man", 1.0)])
# the cast's children are built child-sized: their scale stays 1
_row("en", "add a girl", [("name", "girl", "girl"), ("height_ratio", "girl", 1.0), ("floor", "girl")])
_row("en", "add two people", [("count", "humanoid", 2), ("name", "humanoid", "person")])
_row("en", "add a child", [("count", "child", 1), ("height_ratio", "child", 1.0)])
_row("en", "add three kids", [("count", "child", 3)])
_row("en", "the girl waves", [("action", "@girl", "wave", 0.0)], ("add a man", "add a girl", "add a woman"))
_row("en", "the woman says 'hello'", [("line", "@Anna", "hello", 0.0), ("character", "Anna", "woman", "en")],
     ("add a man", "add a woman named Anna", "add a boy"))
_row("en", "the girl says 'hi'", [("character", "girl", "child", "en")], ("add a girl",))
_row("de", "füge einen Mann hinzu", [("name", "man", "man"), ("height_ratio", "man", 1.0)])
_row("de", "füge ein Mädchen hinzu", [("name", "girl", "girl"), ("height_ratio", "girl", 1.0)])
_row("de", "füge zwei Kinder hinzu", [("count", "child", 2)])
_row("de", "füge drei Leute hinzu", [("count", "humanoid", 3), ("height_ratio", "humanoid", 1.0)])
_row("de", "füge zwei Menschen hinzu", [("count", "humanoid", 2)])
_row("de", "das Mädchen winkt", [("action", "@girl", "wave", 0.0)], ("füge einen Jungen hinzu", "füge ein Mädchen hinzu",
                                                                    "füge einen Mann hinzu"))
_row("de", 'die Frau sagt "hallo"', [("character", "woman", "woman", "de")], ("füge einen Mann hinzu",
                                                                          "füge eine Frau hinzu"))
# the cast: a role is its own body, named by its word and tagged with its kind
_row("en", "add a knight", [("count", "knight", 1), ("name", "knight", "knight"), ("floor", "knight")])
_row("en", "add two red knights", [("count", "knight", 2), ("color", "knight", (0.8, 0.1, 0.1))])
_row("de", "füge eine Köchin hinzu", [("count", "female_chef", 1), ("name", "female_chef", "female chef")])
_row("en", "add a girl named Mia", [("name", "girl", "Mia"), ("character", "Mia", "child", "en")])
_row("en", "add an old man", [("count", "grandfather", 1)])
_row("de", "füge eine Königin namens Anna hinzu", [("name", "queen", "Anna"), ("character", "Anna", "woman", "de")])
_row("en", "the man waves", [("action", "@knight", "wave", 0.0)], ("add a knight", "add a queen"))
_row("en", "the person waves", [("action", "@queen", "wave", 0.0)], ("add a queen",))
_row("en", "add a fisherman", [("count", "man", 1), ("name", "man", "man")])

# -- a jump: a character's jump clip (it chains with its walks), a thing's keyframed hop, at the cursor --------------------------------------------------
_row("en", "the robot jumps", [("delta_at", "robot", 0.4, (0.0, 0.5, 0.0)), ("delta_at", "robot", 0.2, (0.0, 0.2, 0.0)),
                               ("still_at", "robot", 0.8), ("still_at", "robot", 0.0), ("cursor", 0.8)], R)
_row("de", "Robo springt", [("delta_at", "@Robo", 0.4, (0.0, 0.5, 0.0)), ("still_at", "@Robo", "end"), ("cursor", 0.8)],
     ("füge einen Roboter namens Robo hinzu",))
_row("en", "the ball jumps", [("delta_at", "ball", 2.4, (0.0, 0.5, 0.0)), ("still_at", "ball", 2.0),
                              ("still_at", "ball", 2.8), ("cursor", 2.8)], ("add a ball", "wait 2 seconds"))
_row("de", "der Roboter hüpft", [("delta_at", "robot", 0.4, (0.0, 0.5, 0.0)), ("cursor", 0.8)], ("füge einen Roboter hinzu",))
_row("en", "the robot jumps", [("action_follows", "robot", "jump", "walk")], (*RD, "the robot walks to the door"))

# -- light switches; candle light -----------------------------------------------------------------------------------
L = ("add a lamp",)
L_DE = ("füge eine Lampe hinzu",)
_row("en", "switch on the lamp", [("glow", "lamp", 0.5, 2.0), ("lamp_light", "lamp", True)], L)
_row("en", "turn on the lamp", [("glow", "lamp", 0.5, 2.0), ("lamp_light", "lamp", True), ("rot_delta", "lamp", 0.0)], L)
_row("en", "switch the lamp on", [("lamp_light", "lamp", True)], L)
_row("en", "turn off the lamp", [("glow", "lamp", 0.0, 0.0), ("lamp_light", "lamp", False)], (*L, "turn on the lamp"))
_row("en", "switch on the lamp", [("lamp_light", "table_lamp", True), ("glow", "table_lamp", 0.5, 2.0)],
     ("add a table", "add a lamp on the table"))
_row("en", "light the candle", [("lamp_light", "candle", True)], ("add a candle",))
_row("de", "mach die Lampe an", [("glow", "lamp", 0.5, 2.0), ("lamp_light", "lamp", True)], L_DE)
_row("de", "mach die Lampe aus", [("glow", "lamp", 0.0, 0.0), ("lamp_light", "lamp", False)], (*L_DE, "mach die Lampe an"))
_row("de", "schalte die Lampe ein", [("lamp_light", "lamp", True)], L_DE)
_row("de", "schalte das Licht aus", [("lamp_light", "lamp", False), ("glow", "lamp", 0.0, 0.0)],
     (*L_DE, "schalte die Lampe ein"))
_row("de", "zünde die Kerze an", [("lamp_light", "candle", True)], ("füge eine Kerze hinzu",))
_row("en", "switch on the chair", [("error", "NotUnderstood", "no light to switch")], ("add a chair",))
_row("en", "add candle light", [("preset", "candlelight")])
_row("en", "add candlelight", [("preset", "candlelight")])
_row("de", "Kerzenlicht bitte", [("preset", "candlelight")])

# -- arrangements: rows and circles, evenly spaced, on the floor, no overlaps -----------------------------------------
_row("en", "add 3 trees in a row", [("count", "tree", 3), ("arranged", "tree", "row", 3), ("floor", "tree")])
_row("en", "add five chairs in a circle", [("count", "chair", 5), ("arranged", "chair", "circle", 5)])
_row("en", "add a row of 4 columns behind the house", [("arranged", "column", "row", 4), ("behind", "column#1", "house"),
                                                       ("behind", "column#4", "house")], ("add a house",))
_row("en", "add a circle of 6 rocks", [("arranged", "rock", "circle", 6)])
_row("en", "add 4 chairs in a row in front of the table", [("arranged", "chair", "row", 4),
                                                          ("front_of", "chair#1", "table")], T)
_row("en", "put the chairs in a row", [("arranged", "chair", "row", 3, "moved")], ("add three chairs",))
_row("de", "stell drei Bäume in eine Reihe", [("count", "tree", 3), ("arranged", "tree", "row", 3)])
_row("de", "füge fünf Stühle im Kreis hinzu", [("arranged", "chair", "circle", 5)])
_row("de", "stell eine Reihe aus vier Säulen hinter das Haus", [("arranged", "column", "row", 4),
                                                                ("behind", "column#2", "house")], ("füge ein Haus hinzu",))
_row("de", "stell sechs Steine in einen Kreis", [("arranged", "rock", "circle", 6)])
_row("en", "put them in a row", [("error", "NotFound", "nothing")])

# -- settings from commands (templates.setting_ops): replace the previous setting, keep the user's things ----------
# (an outdoor set's counts include the far side's copies of its back's scenery: templates.with_far_side)
_row("en", "make this a forest", [("setting", "setting", "forest"), ("tagged", "setting", 10), ("count", "pine_tree", 12),
                                  ("setting", "ground_color", (0.25, 0.36, 0.16))])
_row("en", "the scene is a desert", [("setting", "setting", "desert"), ("count", "cactus", 9), ("count", "pine_tree", 0),
                                     ("count", "robot", 1), ("delta", "robot", (0.0, 0.0, 0.0))],
     ("add a robot", "make this a forest"))
_row("en", "set the scene in a living room", [("setting", "setting", "living_room"), ("count", "sofa", 1),
                                              ("setting", "ground_visible", False), ("preset", "studio")])
_row("en", "make this a forest", [("count", "car", 1), ("delta", "car", (0.0, 0.0, 0.0)), ("count", "tree", 11),
                                  ("count", "pine_tree", 11),
                                  ("tagged", "setting", 10)], ("add a car", "add a tree 3 m behind the car"))
_row("en", "the scene is a jungel", [("error", "NotUnderstood", "place"), ("suggests", "jungle")])
_row("en", "the tree turns red", [("color", "tree", RED), ("not_color", "tree#1", RED)],
     ("make this a forest", "add a tree"))
_row("de", "mach daraus einen Wald", [("setting", "setting", "forest"), ("tagged", "setting", 10)])
_row("de", "die Szene spielt in der Wüste", [("setting", "setting", "desert"), ("count", "cactus", 9),
                                             ("count", "pine_tree", 0)], ("mach daraus einen Wald",))
_row("de", "die Szene spielt im Wohnzimmer", [("setting", "setting", "living_room"), ("count", "robot", 1)],
     ("füge einen Roboter hinzu",))
_row("de", "die Szene spielt in der Blorf", [("error", "NotUnderstood", "ort")])
