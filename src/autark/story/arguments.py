"""What two say when they argue about something: each side's own claim about the topic, in turn.

"Two old fishermen argue about the biggest fish they ever caught" is an argument about whose fish was the
biggest: "Mine was this big!" - "Nonsense, mine was bigger!", not "I was here first!". The topic is read from
the idea (``topic_of``: what follows "argue/quarrel/bicker about, over", "streiten/zanken (sich) über, um,
darüber, ob", "wer ..."), as one of a few kinds of disagreement, each with its sides' sentence patterns in both
languages (``_PATTERNS``), filled from the topic's own noun phrase:

* ``best``: a superlative or comparative ("the biggest fish", "das schönere Lied"): each claims theirs is;
* ``turn``: whose turn it is ("whose turn it is on the swing", "wer dran ist"): each claims the turn;
* ``question``: a yes-or-no ("whether the film was good", "ob der Film gut war"): one says yes, one the opposite;
* ``quality``: a thing with a describing word ("the loud rooster", "den lauten Hahn"): one complains, one denies;
* ``thing``: a thing ("the last apple", "die Fernbedienung"): each claims it.

German agrees: the noun's gender (from the idea's article), its case (der Fisch, den Fisch, mein Fisch, meiner,
meins), the comparative and superlative (größt- -> größer, der größte; best- -> besser).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from autark.story.screenplay import DialogueLine, Screenplay, Shot

__all__ = ["Topic", "topic_of", "argument_lines", "on_topic"]


@dataclass(frozen=True)
class Topic:
    """What an argument is about: its kind, the noun (nominative singular, the idea's language), German gender,
    the describing word's positive, comparative and superlative forms (or the question's predicate), whether
    the idea speaks of the past ("ever caught", "war")."""

    kind: str
    noun: str = ""
    gender: str = "m"
    positive: str = ""
    comparative: str = ""
    superlative: str = ""
    past: bool = False


_EN_ARGUE = re.compile(r"\b(argu\w*|quarrel\w*|bicker\w*|squabbl\w*|disput\w*|debat\w*|fight\w* over|fought over)"
                       r"\s+(about|over|on|as to)\s+(.+)", re.IGNORECASE)
_DE_ARGUE = re.compile(r"\b(streit\w*|stritt\w*|gestritten|zank\w*|gezankt|diskutier\w*)(\s+sich)?"
                       r"((?:\s+[\wäöüÄÖÜß]+){0,3}?)\s*(über|um|wegen|darüber|darum)\s*,?\s*(.+)", re.IGNORECASE)
# "argue whether the film was scary", "streiten, wer zuerst dran ist": the question itself is the topic
_EN_ASKING = re.compile(r"\b(argu\w*|quarrel\w*|bicker\w*|squabbl\w*|disput\w*|debat\w*)\s+((whether|who|whose)\s+.+)",
                        re.IGNORECASE)
_DE_ASKING = re.compile(r"\b(streit\w*|stritt\w*|gestritten|zank\w*|gezankt|diskutier\w*)(\s+sich)?\s*,?\s*((ob|wer)\s+.+)",
                        re.IGNORECASE)
_EN_END = re.compile(r"\s+(until|till|when|while|but|and then|then|before|so that|because)\b|[,.;!?]")
_DE_END = re.compile(r",?\s+(bis|als|aber|doch|während|und dann|dann|bevor|weil)\b|[.;!?]")
_PAST = re.compile(r"\b(ever|caught|was|were|had|did|made|wrote|sang|yesterday|gefangen|war|waren|hatte|hat\b|"
                   r"haben|geschrieben|gesungen|gestern|je\b|jemals)\b", re.IGNORECASE)
_EN_IRREGULAR = {"best": ("good", "better"), "better": ("good", "better"), "worst": ("bad", "worse"),
                 "worse": ("bad", "worse"), "most": ("much", "more"), "more": ("much", "more")}
_DE_IRREGULAR = {"best": ("gut", "besser", "best"), "besser": ("gut", "besser", "best"),
                 "höchst": ("hoch", "höher", "höchst"), "höher": ("hoch", "höher", "höchst"),
                 "meist": ("viel", "mehr", "meist"), "mehr": ("viel", "mehr", "meist"),
                 "nächst": ("nah", "näher", "nächst"), "liebst": ("gern", "lieber", "liebst"),
                 "größt": ("groß", "größer", "größt"), "größer": ("groß", "größer", "größt")}
_EN_SIZE = {"biggest": "big", "bigger": "big", "largest": "large", "larger": "large", "longest": "long",
            "longer": "long", "heaviest": "heavy", "heavier": "heavy", "tallest": "tall", "taller": "tall",
            "fattest": "fat", "fatter": "fat", "highest": "high", "higher": "high"}
_DE_SIZE = ("groß", "lang", "schwer", "hoch", "dick", "fett", "riesig")
_OPPOSITE = {"good": "bad", "bad": "good", "funny": "boring", "exciting": "boring", "boring": "exciting",
             "beautiful": "ugly", "pretty": "ugly", "fair": "unfair", "right": "wrong", "true": "made up",
             "loud": "quiet", "noisy": "quiet", "tasty": "disgusting", "delicious": "disgusting", "scary": "silly",
             "big": "small", "long": "short", "fast": "slow", "old": "new", "new": "old", "expensive": "cheap",
             "gut": "schlecht", "schlecht": "gut", "lustig": "langweilig", "spannend": "langweilig",
             "langweilig": "spannend", "schön": "hässlich", "richtig": "falsch", "wahr": "erfunden",
             "laut": "leise", "lecker": "eklig", "gruselig": "albern", "groß": "klein", "lang": "kurz",
             "schnell": "langsam", "alt": "neu", "neu": "alt", "teuer": "billig"}
_NOT_DESCRIBING = frozenset({"last", "only", "same", "other", "new", "letzt", "einzig", "selb", "ander"})


def _en_forms(adj: str) -> tuple[str, str, str, str]:
    """(kind, positive, comparative, superlative) of an English describing word."""
    a = adj.lower()
    if a in _EN_IRREGULAR:
        pos, comp = _EN_IRREGULAR[a]
        sup = {"better": "best", "worse": "worst", "more": "most"}.get(a, a)
        return "best", pos, comp, sup
    if a.endswith("est") and len(a) > 5:
        return "best", _EN_SIZE.get(a, a[:-3]), a[:-3] + "er", a
    if a in _EN_SIZE and a.endswith("er"):
        return "best", _EN_SIZE[a], a, a[:-2] + "est"
    return "quality", a, "", ""


def _de_forms(adj: str) -> tuple[str, str, str, str]:
    """(kind, positive, comparative, superlative stem) of a German describing word ("größten" -> best, groß,
    größer, größt)."""
    from autark.story.wording import _stem_de

    a = adj.lower()
    stem = _stem_de(a) if not a.endswith("st") else a
    if stem in _DE_IRREGULAR:
        return ("best", *_DE_IRREGULAR[stem])
    for sup_end in ("est", "st"):
        if stem.endswith(sup_end) and len(stem) > len(sup_end) + 2:
            base = stem[:-len(sup_end)]
            return "best", base, base + "er", stem
    if a.endswith(("erer", "eren", "ere")) or (stem.endswith("er") and adj.lower() != stem):  # schönere, längeren
        comp = a[:a.rindex("er") + 2] if a.endswith(("ere", "eren", "erer")) else stem
        base = comp[:-2]
        return "best", base, comp, base + ("est" if base.endswith(("t", "d", "s", "ß", "z")) else "st")
    return "quality", stem, "", ""


_DE_ARTICLE = {"den": "m", "der": "m", "dem": "m", "einen": "m", "einem": "m", "seinen": "m", "ihren": "m",
               "das": "n", "ein": "n", "sein": "n", "ihr": "n", "die": "f", "eine": "f", "einer": "f", "seine": "f",
               "ihre": "f"}
_EN_DETERMINERS = ("the", "a", "an", "their", "his", "her", "its", "which", "whose", "some", "my", "our")
_EN_PREPOSITIONS = frozenset({"on", "in", "at", "with", "from", "for", "near", "by", "under", "during", "after",
                              "before", "behind", "inside", "outside", "of", "to", "into", "over"})
_CONTAINERS = frozenset({"piece", "slice", "bit", "bar", "bowl", "cup", "bag", "box", "plate", "glass", "loaf",
                         "pair", "bottle", "jar", "basket", "stück", "scheibe", "tafel", "schüssel", "tasse",
                         "tüte", "kiste", "teller", "glas", "flasche", "korb"})
# what opens a clause after the noun phrase ("the biggest fish they ever caught", "the song that won")
_EN_CLAUSE = frozenset({"they", "he", "she", "we", "i", "you", "that", "which", "who", "whom", "whose", "ever"})
_PRONOUNS = frozenset({"it", "them", "this", "that", "es", "ihn", "sie", "das", "dies"})
# "fight over", "streiten um", "who gets": a thing both want; "argue about", "streiten über": a matter of opinion
_HAVING = re.compile(r"\b(over|for|who gets|who may have|um|darum)\b", re.IGNORECASE)


def _gradable(positive: str, lang: str) -> bool:
    """A describing word one can have too much of, a complaint ("loud", "salty", "bellend"), not a mere
    description ("broken", "kaputt", "wooden")."""
    p = positive.lower()
    if p in _OPPOSITE:
        return True
    if lang == "de":
        return p.endswith(("ig", "isch", "lich", "end", "sam", "haft"))
    return p.endswith(("y", "ful", "ous", "ish", "ive", "ing")) and not p.endswith(("ly",))


def _kind_of(kind: str, positive: str, lang: str, having: bool) -> str:
    """The kind of a topic with a describing word: a superlative stays ``best``; a gradable word is a
    ``quality``; else it is a thing to have (``thing``) or to hold an opinion on (``about``)."""
    if kind == "best":
        return kind
    if positive and positive.lower() not in _NOT_DESCRIBING and not _is_colour(positive) and _gradable(
            positive, lang):
        return "quality"
    return "thing" if having or positive.lower() in _NOT_DESCRIBING else "about"


def topic_of(idea: str, lang: str) -> Topic | None:
    """The topic of the idea's argument, or None where it argues about nothing said (or does not argue)."""
    if lang == "de":
        m = _DE_ARGUE.search(idea)
        asking = _DE_ASKING.search(idea)
        if not m and not asking:
            return None
        rest = m.group(5) if m else asking.group(3)  # type: ignore[union-attr]
        past = bool(_PAST.search(rest))
        phrase = _DE_END.split(rest)[0] if not rest.lower().startswith(("ob ", "wer ", "wie ")) else re.split(
            r"[.;!?]|,\s+(bis|als|aber|doch)\b", rest)[0]
        return _de_topic(phrase.strip(), past, bool(m) and m.group(4).lower() in ("um", "darum"))
    m = _EN_ARGUE.search(idea) or _EN_ASKING.search(idea)
    if not m:
        return None
    rest = m.group(3) if m.re is _EN_ARGUE else m.group(2)
    past = bool(_PAST.search(rest))
    having = m.re is _EN_ARGUE and (m.group(2).lower() == "over" or "over" in m.group(1).lower())
    return _en_topic(_EN_END.split(rest)[0].strip(), past, having or bool(re.match(r"who gets", rest.lower())))


def _en_topic(phrase: str, past: bool, having: bool) -> Topic | None:
    low = phrase.lower()
    if re.match(r"(whose turn|who goes first|who is next|who gets to go)", low):
        on = re.search(r"\b(on|with|at)\s+the\s+(\w+)", low)
        return Topic("turn", noun=on.group(2) if on else "")
    q = re.match(r"(whether|if)\s+(the|their|his|her)\s+(\w+)\s+(was|is|were|are)\s+(\w+)", low) or re.match(
        r"(how)\s+(\w+)\s+(?:the|their|his|her)\s+(\w+)\s+(is|was|are|were)\b", low)
    if q and q.group(1) == "how":  # "how salty the soup is": too salty, or not at all
        return Topic("quality", noun=q.group(3), positive=q.group(2), past=q.group(4) in ("was", "were"))
    if q:
        return Topic("question", noun=q.group(3), positive=q.group(5), past=q.group(4) in ("was", "were"))
    words = re.findall(r"[a-z']+", low)
    if words and words[0] == "who":
        words = words[2:]  # "who caught the biggest fish", "who gets the last apple"
    while words and words[0] in _EN_DETERMINERS:
        words = words[1:]
    # the noun phrase runs to its first preposition; "a slice of pizza" is one
    end = next((i for i, w in enumerate(words) if w in _EN_CLAUSE or w in _EN_PREPOSITIONS and not (
        w == "of" and i and words[i - 1] in _CONTAINERS)), len(words))
    phrase_words = words[:end]
    if not phrase_words or phrase_words[-1] in _PRONOUNS:
        return None
    if "of" in phrase_words:  # "the last slice of pizza": its head and what it is of
        at = phrase_words.index("of")
        noun, describing = " ".join(phrase_words[at - 1:]), phrase_words[:at - 1]
    else:
        noun, describing = phrase_words[-1], phrase_words[:-1]
    if describing and describing[0] == "most" and len(describing) > 1:  # "the most beautiful song"
        d = describing[1]
        return Topic("best", noun=noun, positive=d, comparative=f"more {d}", superlative=f"most {d}", past=past)
    if not describing:
        return Topic("thing" if having else "about", noun=noun, past=past)
    kind, pos, comp, sup = _en_forms(describing[-1])
    kind = _kind_of(kind, pos, "en", having)
    return Topic(kind, noun=noun, positive=pos, comparative=comp, superlative=sup, past=past)


def _is_colour(word: str) -> bool:
    """A colour word of either language ("red", "rot"): it tells one thing from another, it is no stance."""
    from autark.story.wording import COLOUR_WORDS

    return any(word.lower() in pair for pair in COLOUR_WORDS.values())


def _de_topic(phrase: str, past: bool, having: bool) -> Topic | None:
    words = re.findall(r"[\wäöüÄÖÜß]+", phrase)
    low = [w.lower() for w in words]
    if not words:
        return None
    if low[0] == "wer" and re.search(r"\b(dran|reihe|zuerst darf|als erst)", phrase.lower()):
        on = re.search(r"\b(mit|auf)\s+(der|dem|den)\s+([A-ZÄÖÜ]\w+)", phrase)
        gender = {"der": "f", "dem": "m"}.get(on.group(2), "m") if on else "m"
        return Topic("turn", noun=on.group(3) if on else "", gender=gender)
    if low[0] == "ob" and len(words) >= 4 and low[1] in ("der", "die", "das"):
        return Topic("question", noun=words[2], gender={"der": "m", "die": "f", "das": "n"}[low[1]],
                     positive=low[3], past=low[-1] in ("war", "waren"))
    if low[0] == "wie" and len(words) >= 4 and low[2] in ("der", "die", "das"):  # "wie salzig die Suppe ist"
        return Topic("quality", noun=words[3], gender={"der": "m", "die": "f", "das": "n"}[low[2]],
                     positive=low[1], past=low[-1] in ("war", "waren"))
    if low[0] in ("wer", "ob", "darüber", "darum"):
        words, low = words[1:], low[1:]
    art = next((i for i, w in enumerate(low) if w in _DE_ARTICLE), None)
    if art is None:
        return None
    after = words[art + 1:]
    nouns = [i for i, w in enumerate(after) if w[:1].isupper()]
    if not nouns:
        return None
    noun = after[nouns[0]]
    describing = [w for w in after[:nouns[0]] if w[:1].islower()]
    gender = _DE_ARTICLE[low[art]]
    from autark.story.german_nouns import nominative_singular, plural_in_n
    from autark.story.lexicon import plurals

    weak_plural = bool(describing) and describing[-1].lower().endswith("en")  # "die größten Fische": several
    if low[art] in ("die", "seine", "ihre") and (plural_in_n(noun) or noun.lower() in plurals() or weak_plural):
        gender = "p"  # "um die Birnen", "um die Kekse": several, said as several
    else:
        noun = nominative_singular(noun)
    if not describing:
        return Topic("thing" if having else "about", noun=noun, gender=gender, past=past)
    from autark.story.wording import _stem_de

    adj = describing[-1]
    if _stem_de(adj) in _NOT_DESCRIBING or _is_colour(_stem_de(adj)):  # "die rote Jacke": a thing to have
        return Topic("thing" if having or _stem_de(adj) in _NOT_DESCRIBING else "about", noun=noun, gender=gender,
                     positive=adj, past=past)
    kind, pos, comp, sup = _de_forms(adj)
    kind = _kind_of(kind, pos, "de", having)
    return Topic(kind, noun=noun, gender=gender, positive=pos if kind != "about" else adj, comparative=comp,
                 superlative=sup, past=past)


# each kind's lines, side by side: (first side, second side) in turn; {slots} from ``_slots``
_PATTERNS: dict[str, dict[str, list[tuple[str, str]]]] = {
    "best": {
        "en": [("My {noun} {was} the {sup} of all!", "Nonsense! Mine {was} {comp}!"),
               ("{size_claim}", "Ha! Yours {was} {small}!"),
               ("Everyone knows mine {was} {comp}!", "Then prove it!"),
               ("Mine {was} twice as {pos} as yours!", "Do not make me laugh!"),
               ("Your {noun}? Ha!", "Just you wait, I will show you!")],
        "de": [("{Mein} {noun} {war} {der_sup}!", "Unsinn! {Meiner} {war} {comp}!"),
               ("{size_claim}", "Ha! {Deiner} {war} {small}!"),
               ("Jeder weiß, dass {mein} {noun} {comp} {war}!", "Das musst du erst beweisen!"),
               ("{Mein} {noun} {war} doppelt so {pos} wie {deiner}!", "Dass ich nicht lache!"),
               ("{Dein} {noun}? Ha!", "Warte nur, ich zeige es dir!")]},
    "turn": {
        "en": [("It is my turn{on}!", "No way, I am next!"),
               ("You had the last turn!", "I did not! You always go first!"),
               ("Let me have a go{on}!", "Wait your turn!"),
               ("It is not fair, I never get a turn!", "You just had one!")],
        "de": [("Ich bin{mit} dran!", "Quatsch, jetzt komme ich!"),
               ("Du warst doch eben erst dran!", "Gar nicht! Immer darfst du zuerst!"),
               ("Lass mich endlich{mit} ran!", "Warte, bis du dran bist!"),
               ("Nie komme ich dran!", "Du warst doch gerade erst!")]},
    "question": {
        "en": [("The {noun} {was} {pos}!", "No, the {noun} {was} {opp}!"),
               ("How can you say that? It {was} so {pos}!", "Nonsense, it {was} totally {opp}!"),
               ("You did not even watch it properly!", "I saw enough!"),
               ("Everybody says the {noun} {was} {pos}!", "Then everybody is wrong!")],
        "de": [("{Der} {noun} {war} {pos}!", "Nein, {der_l} {noun} {war} {opp}!"),
               ("Wie kannst du das sagen? {Er} {war} so {pos}!", "Unsinn, {er} {war} total {opp}!"),
               ("Du hast ja gar nicht richtig hingeschaut!", "Ich habe genug gesehen!"),
               ("Alle sagen, {der_l} {noun} {war} {pos}!", "Dann irren sich eben alle!")]},
    "quality": {
        "en": [("The {noun} {is} far too {pos}!", "Nonsense, the {noun} {is} not {pos} at all!"),
               ("I cannot stand the {noun} any longer!", "You always exaggerate!"),
               ("Something has to be done about the {noun}!", "Leave the {noun} alone!"),
               ("Every day the same with the {noun}!", "Other people like the {noun}!")],
        "de": [("{Der} {noun} ist viel zu {pos}!", "Unsinn, {der_l} {noun} ist gar nicht {pos}!"),
               ("Ich halte {den} {noun_acc} nicht mehr aus!", "Du übertreibst mal wieder!"),
               ("Mit {dem} {noun_dat} muss etwas passieren!", "Lass {den} {noun_acc} in Ruhe!"),
               ("Jeden Tag dasselbe mit {dem} {noun_dat}!", "Andere mögen {den} {noun_acc}!")]},
    "about": {
        "en": [("{The_np} {is} my business!", "Since when?"),
               ("You know nothing about {the_np}!", "More than you!"),
               ("I was right about {the_np}!", "You are never right!"),
               ("Everyone agrees with me about {the_np}!", "Everyone? Name one!")],
        "de": [("{Der_np} {ist} meine Sache!", "Seit wann denn das?"),
               ("Du hast keine Ahnung {vom_np}!", "Mehr als du!"),
               ("Ich hatte recht mit {dem_np}!", "Du hast nie recht!"),
               ("Alle sehen das mit {dem_np} so wie ich!", "Alle? Nenn mir einen!")]},
    "thing": {
        "en": [("{The_np} {is} mine!", "Says who?"),
               ("I saw {the_np} first!", "But I need {it} more!"),
               ("Give me {the_np}!", "Never!"),
               ("Hands off {the_np}!", "You hands off!")],
        "de": [("{Der_np} {gehört} mir!", "Wer sagt das?"),
               ("Ich habe {den_np} zuerst gesehen!", "Aber ich brauche {ihn} mehr!"),
               ("Gib mir {den_np}!", "Niemals!"),
               ("Finger weg {vom_np}!", "Selber Finger weg!")]},
}
_MY_DE = {"m": ("mein", "meiner", "deiner"), "f": ("meine", "meine", "deine"), "n": ("mein", "meins", "deins"),
          "p": ("meine", "meine", "deine")}


def _slots(t: Topic, lang: str) -> dict[str, str]:
    from autark.story.lines import NounPhrase
    from autark.story.wording import noun_de

    if lang == "de":
        g = t.gender or "m"
        art = {"m": ("der", "den", "dem"), "f": ("die", "die", "der"), "n": ("das", "das", "dem"),
               "p": ("die", "die", "den")}[g]
        my, mine, yours = _MY_DE[g]
        np = NounPhrase(t.noun, "de", g, t.positive if t.kind in ("thing", "about") else "")
        size = t.positive in _DE_SIZE
        verb = ("waren" if g == "p" else "war") if t.past else ("sind" if g == "p" else "ist")
        sup = f"{'die' if g == 'p' else art[0]} {t.superlative}{'en' if g == 'p' else 'e'}"
        return {"noun": t.noun, "noun_acc": noun_de(t.noun, g, "acc"), "noun_dat": noun_de(t.noun, g, "dat"),
                "war": verb,
                "Mein": my.capitalize(), "mein": my, "Dein": my.replace("m", "d", 1).capitalize(), "deiner": yours, "Meiner": mine.capitalize(), "Deiner": yours.capitalize(),
                "der_sup": sup, "comp": t.comparative, "pos": t.positive, "opp": _OPPOSITE.get(t.positive, f"überhaupt nicht {t.positive}"),
                "Der": art[0].capitalize(), "der_l": art[0], "den": art[1], "dem": art[2],
                "Er": {"m": "Er", "f": "Sie", "n": "Es", "p": "Sie"}[g],
                "er": {"m": "er", "f": "sie", "n": "es", "p": "sie"}[g],
                "size_claim": f"{mine.capitalize()} {verb} sooo {t.positive}!" if size else "",
                "small": "winzig" if size else "gar nichts Besonderes",
                "mit": f" mit {art[2]} {noun_de(t.noun, g, 'dat')}" if t.noun else "",
                "Der_np": np.nom[:1].upper() + np.nom[1:], "der_np": np.nom, "den_np": np.acc, "dem_np": np.dat,
                "vom_np": f"vom {np.dat[4:]}" if np.dat.startswith("dem ") else f"von {np.dat}", "ihn": np.it_acc,
                "gehört": "gehören" if g == "p" else "gehört", "ist": "sind" if g == "p" else "ist"}
    np = NounPhrase(t.noun, "en", "", t.positive if t.kind in ("thing", "about") else "")
    size = t.positive in _EN_SIZE.values()
    several = np.number == "plural"
    was = ("were" if several else "was") if t.past else ("are" if several else "is")
    return {"noun": t.noun, "was": was, "sup": t.superlative, "comp": t.comparative,
            "pos": t.positive, "opp": _OPPOSITE.get(t.positive, f"not {t.positive} at all"),
            "size_claim": f"Mine {was} this {t.positive}!" if size else "",
            "small": "tiny" if size else "nothing special",
            "on": f" on the {t.noun}" if t.noun else "", "The_np": np.nom[:1].upper() + np.nom[1:],
            "the_np": np.nom, "it": np.it_acc, "is": "are" if np.number == "plural" else "is"}


def argument_lines(t: Topic, lang: str) -> list[tuple[int, str]]:
    """The argument's lines in turn: (side 0 or 1, words), each line about the topic; a pattern whose slot is
    empty is left out."""
    from autark.story.wording import capitalise

    slots = _slots(t, lang)
    out: list[tuple[int, str]] = []
    for first, second in _PATTERNS[t.kind]["de" if lang == "de" else "en"]:
        if any(not slots.get(n) for n in re.findall(r"\{(\w+)\}", first + second)):
            continue  # a pair goes whole or not at all: the sides keep their turns
        for side, pattern in ((0, first), (1, second)):
            line = pattern.format(**slots)
            out.append((side, capitalise(line) if line.startswith("{") or not line[:1].isupper() else line))
    return out


def on_topic(text: str, t: Topic, lang: str) -> bool:
    """Does ``text`` speak of the topic (its noun, its describing word's forms, the turn, a claim of mine)?"""
    low = text.lower()
    words = [t.noun, t.positive, t.comparative, t.superlative]
    if any(w and len(w) >= 3 and w.lower()[:max(3, len(w) - 2)] in low for w in words):
        return True
    stance = [_OPPOSITE.get(t.positive, ""), "tiny", "winzig"]
    if any(w and w in low for w in stance):
        return True
    if t.kind == "turn":
        return bool(re.search(r"\b(turn|dran|reihe|go first|zuerst|next|komme ich)\b", low))
    if t.kind == "thing":
        return bool(re.search(r"\b(mine|gehört mir|meins|meiner|first|zuerst|need|brauche)\b", low))
    return False


_WORDS_PER_S = 2.6  # story.narrative.WORDS_PER_S (narrative imports this layer's callers)
_ARGUES = re.compile(r"^(\S+) (argues with|quarrels with|streitet mit|zankt sich mit|zankt mit) (\S+)$")
_IDLE = re.compile(r"^\S+ (looks|schaut|waves|winkt|walks to|geht zu)\b")


def _argue_shots(shots: list[Shot]) -> tuple[list[int], tuple[str, str] | None]:
    """The shots of the argument (those with an argue act, and a shot of only looks just before the first that
    the arguers already talk in) and its two sides."""
    at = [k for k, s in enumerate(shots) if any(_ARGUES.match(a) for a in s.actions)]
    if not at:
        return [], None
    m = next(_ARGUES.match(a) for a in shots[at[0]].actions if _ARGUES.match(a))
    sides = (m.group(1), m.group(3))
    before = at[0] - 1
    if before > 0 and shots[before].actions and all(_IDLE.match(a) for a in shots[before].actions) and \
            {d.speaker for d in shots[before].dialogue} & set(sides):
        at.insert(0, before)
    return at, sides


def argued(sp: Screenplay) -> Screenplay:
    """``sp`` with its argument's shots speaking of the topic the idea gives it, in turn, as many lines as each
    shot has time for (as many as it had, three at least); unchanged where the idea names no topic."""
    topic = topic_of(sp.logline, sp.language)
    if topic is None:
        return sp
    flat = [(si, k) for si, scene in enumerate(sp.scenes) for k in range(len(scene.shots))]
    shots = [sp.scenes[si].shots[k] for si, k in flat]
    at, sides = _argue_shots(shots)
    if not at or sides is None:
        return sp
    lines = argument_lines(topic, sp.language)
    said = {d.text for j, s in enumerate(shots) if j not in at for d in s.dialogue}  # the argument's own go
    new = {}
    for k in at:
        shot = shots[k]
        # the planner's own measure of a shot's words (story.narrative._fit): words at a calm pace, half a second
        room = (shot.duration_s - 0.5) * _WORDS_PER_S - len(shot.narration.split())
        out: list[DialogueLine] = []
        most = max(3, len(shot.dialogue))  # no fewer lines than the shot had
        while lines and len(out) < most:
            side, text = lines[0]
            need = len(text.split())
            if need > room and out:
                break
            lines.pop(0)
            room -= need
            if text not in said:
                out.append(shot.dialogue[0].model_copy(update={"speaker": sides[side], "text": text})
                           if shot.dialogue else _line(sides[side], text))
        if out:
            new[k] = shot.model_copy(update={"dialogue": out})
    scenes = [scene.model_copy(update={"shots": [new.get(flat.index((si, k)), s) for k, s in enumerate(scene.shots)]})
              for si, scene in enumerate(sp.scenes)]
    return sp.model_copy(update={"scenes": scenes})


def _line(speaker: str, text: str) -> DialogueLine:
    from autark.story.screenplay import DialogueLine

    return DialogueLine(speaker=speaker, text=text)
