"""Each spoken line and each narrated sentence checked against the idea's outcome (``story.outcome_model``), in
the shot where it is said: what a viewer who read the idea hears as the story told wrong.

* ``success``: success or a finished thing claimed after the deed failed, was undone or ruined ("Look at the
  treehouse. We built it!" after the roof collapsed, "What a catch!" after the pike jumped back), except by
  the one whose deed undid it (the girl who scores) or for a deed done since;
* ``accuses``: "So it was you all along!" to one who is no culprit, "Sorry! The apples were too tempting." from a
  helper;
* ``kind``: a meal's words for a thing made that is no food ("Das Essen ist fertig!" for a witch's potion);
* ``sleeper``: a line to one asleep ("Well done, little dog!"), or by one asleep (sleep talk aside);
* ``again``: "one more try", "again" before anything was tried;
* ``swapped`` (narration): the sentence of an event whose subject is another than the idea's ("The lighthouse
  keeper is tangled in the net" where the seal is; the children collapsing where the sandcastle does).

``line_fault`` and ``narration_fault`` say why a line or sentence is wrong ("" where it is not); they read the
story as ``Film``: the shots' event indices, each event's agents, and the model. ``story.true_lines`` applies
them to a film as it is planned; ``benchmarks/bench_story_lines.py`` counts them over a corpus.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache

from autark.story.outcome_model import DONE, FAILED, OutcomeModel, asleep_at, turn_shot

__all__ = ["Film", "SELF_RUIN", "STORY_FAULTS", "line_fault", "narration_fault", "SUCCESS_CLAIM", "AGAIN"]

STORY_FAULTS = ("success", "accuses", "kind", "sleeper", "again", "swapped")


def _rx(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern, re.IGNORECASE)


# a deed done or a thing finished, whole or admired, in both languages
SUCCESS_CLAIM = _rx(
    r"(?<!almost )(?<!fast )\b(we did it|i did it|we built it|i built it|built it (myself|ourselves)|selbst gebaut|"
    r"haben es gebaut|is (done|finished|ready)|are (done|finished|ready)|(ist|sind) (fertig|gleich fertig)|"
    r"fertig!|nearly done|almost (ready|done|finished)|fast fertig|looks? (great|amazing|wonderful|perfect|"
    r"beautiful|good)|sieht (toll|super|schön|prima|wunderbar|gut) aus|sehen (toll|super|schön) aus|"
    r"(is|ist|wird) (getting bigger|getting taller|immer größer)|how (tall|big) .* is getting|wie groß .* schon|"
    r"my best work|mein bestes|fresh and warm|frisch und warm|smells (wonderful|delicious|great)|"
    r"riecht (wunderbar|lecker|gut)|what a (catch|find|success|flight|ride|jump|throw|shot|kick)|"
    r"was für ein (fang|fund|erfolg|flug|sprung|wurf|schuss|tritt)|got you|hab dich|erwischt|i caught|ich habe (ihn|sie|es) gefangen|"
    r"good as new|wie neu|it works|it worked|es klappt|es funktioniert|es hat geklappt|i knew i could|ich wusste, dass ich|"
    r"hooray|hurra|juhu|yay|geschafft!|well done|gut gemacht|bravo|keep going|weiter so|there it stands|da steht|"
    r"ta-da|pure magic|reine zauberei|so happy|freue mich so|one more piece|noch ein stück|große freude|"
    r"great joy|made my day|so proud|so stolz|was the best|war das beste|best (day|time) ever)")
# an accusation, and a culprit's confession
_ACCUSE = _rx(r"\b(so it was you|it was you|you did (it|this)|du warst es|warst du das|das warst du|you thief|"
              r"du dieb|caught you|hab dich!|erwischt)")
_CONFESS = _rx(r"\b(too tempting|zu verlockend|could not resist|konnte nicht widerstehen|never again|nie wieder|"
               r"you got me|you have got me|du hast mich|ich gebe auf|i give up)")
# a meal's words
_MEAL = _rx(r"\b(dinner is served|breakfast time|lunch is ready|(das )?essen ist fertig|guten appetit|"
            r"enjoy your meal|bon app|who is hungry|wer hat hunger|tasty|lecker|delicious|yummy|fresh and warm|"
            r"frisch und warm|smells (wonderful|delicious)|riecht (wunderbar|lecker)|komm probieren|come and taste|"
            r"the food|das essen)")
# trying again: only after a try
AGAIN = _rx(r"\b(one more (try|time|go)|try again|once more|again[!?,.]|noch (ein)?mal|nochmal|noch ein versuch|"
            r"(und )?wieder!|immer wieder)")
# what may be said to or by one asleep
_QUIET = _rx(r"\b(shh|sh+\b|pst|psst|good night|gute nacht|sleep (well|tight)|schlaf gut|quiet|leise|asleep|"
             r"schläft|sleeps|sleeping|zzz|yawn|gähn|schnarch|snore|nap\b|nickerchen|müde|tired)")
# a wish to do what the shot's thing does ("If only I could fly..." as the golf ball flies away)
_WISH = _rx(r"\b(if only i could|i wish i could|wenn ich nur \w+ könnte|ich wünschte, ich könnte)")
# the words of one craft or thing that a table's line brings, and the idea's words that allow them: no
# "Last stitch" where nobody knits, no soup "built", no basket where nothing is gathered
_LICENSED = tuple((_rx(a), _rx(b)) for a, b in (
    (r"\b(stitch\w*|stich\w*|thread|faden)\b", r"knit|sew|stitch|embroider|weav|strick|näh|stick|web|häkel|crochet"),
    (r"\b(build|built|bauen|baue|gebaut)\b", r"build|built|bau|construct|errich|zimmer|hammer|repair|reparier|fix|"
                                             r"nest|castle|burg|house|haus|tower|turm|bridge|brücke|snowman|schneemann"),
    (r"\b(salt|salz)\b", r"cook|bake|soup|stew|salt|koch|back|suppe|eintopf|salz|chef|bäck|köch|pancake|pfannkuchen|"
                          r"pizza|pasta|nudel|meal|essen|dinner|breakfast|lunch|mahl"),
    (r"\b(pizza)\b", r"pizza|hungry|hunger|food|essen|meal|dinner|kitchen|küche|cook|koch"),
    (r"\b(basket|korb)\b", r"basket|korb|pick|gather|collect|harvest|sammel|pflück|ernte|einkauf|shopping|apple|"
                            r"äpfel|fruit|obst|berr|beere|mushroom|pilz|egg|eier|picnic|picknick"),
))
_VERBISH = _rx(r"\b(cook\w*|koch\w*|köch\w*|bak\w*|back\w*|bäck\w*|chef\w*|eat\w*|isst|frisst|essen|fütter\w*|"
               r"feed\w*|kitchen|küche)\b")
# what one asleep may say: sleep talk
_SNORE = _rx(r"(\bzzz+|\byawn|\bgähn|\bschnarch|\bsnore|\bmmh+|\bnap\b|\bnickerchen|\bmüde|\btired|\bsleepy|\bschläfrig)")
# a thing's own ruin: it is the sentence's subject ("the sandcastle collapses"), never its people
SELF_RUIN = frozenset({"collapse", "melt", "sink", "explode", "crumble"})


@dataclass
class Film:
    """What the checks read of a film: the model, each shot's event indices, each event's agents and story
    verb's word, and the cast's names."""

    model: OutcomeModel
    staged: Sequence[Sequence[int]]
    agents_of: Sequence[Sequence[str]]
    words: Sequence[str]  # each event's word as the idea says it ("collapses")
    names: Sequence[str]

    def tried_before(self, k: int, speaker: str = "") -> bool:
        """Was a deed staged in a shot before ``k``, or one in shot ``k`` that ``speaker`` watched (not their own:
        "Wow! Again!" from one who saw the pigeons fed, never "Play it again!" from one of the players)?"""
        if any(self.agents_of[i] for evs in self.staged[:k] for i in evs if i < len(self.agents_of)):
            return True
        here = self.staged[k] if k < len(self.staged) else ()
        return bool(speaker) and any(self.agents_of[i] and speaker not in self.agents_of[i] for i in here
                                     if i < len(self.agents_of))


@cache
def _premise_claims() -> tuple[re.Pattern[str], ...]:
    """The success words the lines' premises know (``story.line_premises``: a triumph, a thing whole, success)."""
    from autark.story.line_premises import PREMISES, SUCCESS

    return (SUCCESS, *(p.lines for p in PREMISES if p.name in ("whole", "triumph")))


def _food_idea(model: OutcomeModel) -> bool:
    """Does the idea name a food (not only a cook's verb: "brews a potion" names none)?"""
    from autark.story.line_premises import _FOOD

    return bool(_FOOD.search(_VERBISH.sub(" ", model.idea)))


def _success_fault(film: Film, k: int, speaker: str, text: str) -> str:
    """Why a success claimed by ``speaker`` in shot ``k`` contradicts the outcome ("" where it does not)."""
    model = film.model
    for e in model.events:
        if e.status == DONE or turn_shot(film.staged, e) > k:
            continue
        ender = film.agents_of[e.ended_by] if 0 <= e.ended_by < len(film.agents_of) else ()
        if speaker in ender and speaker not in e.agents:
            continue  # the girl who scores, the guard who catches the thief
        if 0 <= e.ended_by < len(film.words) and _names_deed(text, model.events[e.ended_by].verb,
                                                               film.words[e.ended_by]):
            continue  # "What a kick!" of the girl's goal, said by the keeper it beat
        since = {i for evs in film.staged[max(turn_shot(film.staged, e), 0):k + 1] for i in evs}
        if any(speaker in film.agents_of[i] and model.events[i].status == DONE and i > max(e.index, e.ended_by)
               for i in since if i < len(model.events)):
            continue  # a deed of theirs done since
        if e.status == FAILED and speaker not in e.agents and e.agents:
            continue  # another's failure: one watching may still cheer their own
        return f"claims success after the {e.verb} was {e.status}"
    return ""


def line_fault(film: Film, k: int, speaker: str, text: str, to: str) -> tuple[str, str]:
    """(kind, why) of the fault of ``text`` said by ``speaker`` to ``to`` ("" nobody, "*" several) in shot ``k``,
    or ("", "")."""
    model = film.model
    if SUCCESS_CLAIM.search(text) or any(p.search(text) for p in _premise_claims()):
        why = _success_fault(film, k, speaker, text)
        if why:
            return "success", why
    if _CONFESS.search(text) and speaker not in model.culprits:
        return "accuses", f"a culprit's confession from {speaker}, who is none"
    if _ACCUSE.search(text) and (to in model.helpers or not model.culprits or to not in ("", "*")
                                 and to not in model.culprits):
        return "accuses", f"accuses {to or 'nobody'}, who is no culprit"
    if _MEAL.search(text) and model.made and not _food_idea(model):
        return "kind", "a meal's words for a thing made that is no food"
    if to not in ("", "*") and asleep_at(model, film.staged, film.agents_of, to, k) and not _QUIET.search(text):
        return "sleeper", f"said to {to}, who is asleep"
    if asleep_at(model, film.staged, film.agents_of, speaker, k) and not _SNORE.search(text) and (
            k < len(film.staged) - 1 or _QUIET.search(text)):  # at the end one may wake to find what happened
        return "sleeper", f"said by {speaker}, who is asleep"
    if AGAIN.search(text) and not film.tried_before(k, speaker):
        return "again", "'again' before anything was tried"
    here = film.staged[k] if k < len(film.staged) else ()
    doer = _not_the_doer(film, here, speaker, text)
    if doer:
        return "swapped", doer
    if _WISH.search(text) and any(not film.agents_of[i] for i in here if i < len(film.agents_of)):
        return "kind", "wishes to do what a thing does in the shot (the ball flies away)"
    for said, licence in _LICENSED:
        if said.search(text) and not licence.search(model.idea):
            return "kind", f"{said.search(text).group(0)!r}: a word of a deed or thing the idea does not have"
    return "", ""


_FIRST_PERSON = _rx(r"\b(i|i'm|ich)\b")


def _not_the_doer(film: Film, here: Sequence[int], speaker: str, text: str) -> str:
    """Why ``text`` has ``speaker`` say they do what another does in the shot ("Look, I am flying!" as the
    ball flies away, "I am tangled!" from the one who frees the seal), or ""."""
    if not _FIRST_PERSON.search(text):
        return ""
    for i in here:
        if i >= len(film.agents_of) or speaker in film.agents_of[i] or i >= len(film.model.events):
            continue
        verb, word = film.model.events[i].verb, film.words[i] if i < len(film.words) else ""
        if _names_deed(text, verb, word):
            return f"{speaker} says they do the {verb}, which is {', '.join(film.agents_of[i]) or 'a thing'}'s"
    return ""


def _names_deed(text: str, verb: str, word: str) -> bool:
    """Does ``text`` name the deed of ``verb`` (the story verb) or ``word`` (the idea's)?"""
    said = [w.lower() for w in re.findall(r"[\wÄÖÜäöüß]+", text) if len(w) > 2]
    return any(len(verb) > 2 and w.startswith(verb) or len(word) > 3 and _stem(w) == _stem(word) for w in said)


def _stem(word: str) -> str:
    return word.lower()[:4]


def narration_fault(film: Film, k: int, sentence: str) -> tuple[str, int]:
    """("swapped", the event's index) where ``sentence`` (narrated over shot ``k``) tells one of the shot's
    events with another subject than the idea's, else ("", -1)."""
    words = re.findall(r"[\wÄÖÜäöüß]+", sentence)
    for i in film.staged[k] if k < len(film.staged) else ():
        if i >= len(film.words) or not film.words[i] or len(film.words[i]) < 3:
            continue
        at = next((j for j, w in enumerate(words) if _stem(w) == _stem(film.words[i])), -1)
        if at <= 0:
            continue
        subject = {w for w in words[:at] if w in film.names}
        agents = set(film.agents_of[i])
        e = film.model.events[i] if i < len(film.model.events) else None
        if not subject or e is None:
            continue
        if e.verb in SELF_RUIN and e.patient and e.patient not in film.names:
            return "swapped", i  # the children collapse where their sandcastle does
        if agents and not subject & agents:
            return "swapped", i  # the keeper tangled where the seal is
    return "", -1
