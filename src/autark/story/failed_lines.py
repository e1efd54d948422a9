"""What one says as an attempt fails, in the idea's own verb: a lift fails by weight ("It is too heavy!", "Viel
zu schwer!"), a reach by height ("I cannot reach it!", "Ich komme nicht ran!"), a throw or a shot by missing
("Knapp daneben!"), a ride by balance ("Whoa, so wobbly!"). Without these a failed lift had spoken as a
search, its story verb's line family being "find" ("Where can the heavy stone be?", "Der schwere Felsen ist für
immer weg"), and a failed ride had said nothing of the fall to come.

``fail_group`` picks the group from the event's story verb and the idea's own word (``values["tried"]``: "verb
word", set by ``story.spine_words`` for an event with an outcome); ``story.lines`` says the group's lines while
trying (``TRIED_SAY``) and as the story's last line (``TRIED_END``), and falls back on its own groups (catch,
find, wait, make, any) for the rest. A search's words ("Where can it be?") are kept for what is looked for:
an attempt of another verb whose family is "find" (a pick-up) is "any".
"""

from __future__ import annotations

__all__ = ["fail_group", "says_failure", "TRIED_SAY", "TRIED_END"]

# the idea's own word (folded stem, both languages) -> how it fails
_WORD_GROUPS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("heavy", ("lift", "heb", "hob", "stemm", "lupf", "rais", "hoist", "carr", "trag", "schlepp", "push", "schieb",
               "mov", "beweg", "budg", "drag")),
    ("reach", ("reach", "erreich", "heran", "hinauf", "pflueck", "pick", "grab", "greif", "holen", "holt", "fetch")),
    ("miss", ("throw", "threw", "toss", "wirf", "werf", "warf", "shoot", "shot", "schiess", "kick", "hit", "aim", "ziel",
              "miss", "verfehl")),
    ("balance", ("ride", "rode", "riding", "cycl", "bik", "skat", "ski", "surf", "balanc", "faehr", "fahr", "fuhr", "radel",
                 "reit", "ritt", "balancier", "rollschuh", "snowboard")),
)
# the idea's own word for failing, read as an event of its own ("but fails", "scheitert"): the attempt's end
_FAILING = ("fail", "scheiter", "missling", "misslung", "versag")
# story verbs whose failure is a search's: what is looked for is not found
_SEARCHES = frozenset({"find", "search", "lose", "look_for", "seek"})

TRIED_SAY: dict[str, tuple[list[str], list[str]]] = {
    "heavy": (["It is too heavy!", "Ugh… I cannot lift {it_acc}!", "Too heavy, {other}!"],
              ["Viel zu schwer!", "Uff … ich kriege {it_acc} nicht hoch!", "Zu schwer, {other}!"]),
    "reach": (["I cannot reach {it_acc}!", "Just a little higher…", "Too high, {other}!"],
              ["Ich komme nicht ran!", "Nur noch ein kleines Stück …", "Zu hoch, {other}!"]),
    "miss": (["Missed!", "So close… missed!", "Missed, {other}!"],
             ["Knapp daneben!", "Daneben!", "Knapp daneben, {other}!"]),
    "balance": (["Whoa… whoa!", "Whoa, so wobbly!", "So wobbly, {other}!"],
                ["Hoppla … hoppla!", "Ganz schön wackelig!", "So wackelig, {other}!"]),
}
TRIED_END: dict[str, tuple[list[str], list[str]]] = {
    "heavy": (["Too heavy for me, {other}. Maybe tomorrow.", "Too heavy… maybe tomorrow."],
              ["Zu schwer für mich, {other}. Vielleicht morgen.", "Zu schwer … vielleicht morgen."]),
    "reach": (["Out of reach, {other}. Oh well.", "Too high for me… oh well."],
              ["Zu hoch für mich, {other}. Na ja.", "Unerreichbar … na ja."]),
    "miss": (["Missed by a hair, {other}. Next time.", "Missed… next time."],
             ["Knapp daneben, {other}. Nächstes Mal.", "Daneben … nächstes Mal."]),
    "balance": (["Next time I will stay on, {other}.", "Next time I will stay on."],
                ["Nächstes Mal bleibe ich oben, {other}.", "Nächstes Mal bleibe ich oben."]),
}


def fail_group(family: str, values: dict[str, str], groups: dict[str, str]) -> str:
    """How the attempt of ``family`` failed: a group of ``TRIED_SAY`` by the idea's own word, else the
    family's group in ``groups`` (``story.lines``' own), a search's group only for a search; "" where neither."""
    from autark.assets.templates import fold

    verb, _, word = values.get("tried", "").partition(" ")
    w = fold(word)
    for group, stems in _WORD_GROUPS:
        if w and any(w.startswith(s) for s in stems):
            return group
    group = groups.get(family, "")
    if group == "find" and verb and verb not in _SEARCHES:
        return "any"  # a lift whose family is "find": no "Where can the heavy stone be?"
    return group or ("any" if w.startswith(_FAILING) else "")


def says_failure(values: dict[str, str]) -> bool:
    """Is the event's own word one of failing ("But the knight fails." read as an event of its own)?"""
    from autark.assets.templates import fold

    return fold(values.get("tried", "").partition(" ")[2]).startswith(_FAILING)
