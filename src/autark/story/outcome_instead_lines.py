"""What is said in the place of a line the idea's outcome denies, where no line of the shot's event fits
(``story.true_lines``): the moment as the outcome has it, by fault kind (``story.outcome_lines``), in English and
German. Short, or built on the thing the outcome is about ("Oh no, the raft!", "Die ganze Arbeit an dem Floß
…"), so that no film hears what every other film says."""

from __future__ import annotations

__all__ = ["INSTEAD", "INSTEAD_OF_THING"]

# fault kind -> (English lines, German lines); "{other}" is the one spoken to
INSTEAD: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "again": (("Here goes!", "First try!"), ("Los geht's!", "Erster Versuch!")),
    "sleeper": (("Shh!", "Psst."), ("Pst!", "Psst.")),
    "snore": (("Zzz…", "Zzz… mmh…"), ("Zzz …", "Zzz … mmh …")),
    "success": (("Oh no…", "Oh dear."), ("Oh nein …", "Ach je.")),
    "accuses": (("Thank you, {other}!",), ("Danke, {other}!",)),
}
# fault kind -> lines on the thing the ended deed was about ({obj}, {obj_dat}: story.lines.NounPhrase slots)
INSTEAD_OF_THING: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "success": (("Oh no, {obj}!", "All that work on {obj_dat}…", "Not {obj}!"),
                ("Oh nein, {obj}!", "Die ganze Arbeit an {obj_dat} …", "Nicht {obj}!")),
}
