"""Number and agreement in the characters' lines: a thing that is a pair ("scissors", "glasses"), a plural
("cherries", "Blumen") or a mass ("milk", "Mehl") takes no "a" ("a pair of scissors", "some milk", "Mehl")
and its verb agrees ("the scissors are gone", "die Blumen sind weg", not "is" / "ist").

The lines are written for one countable thing ("Look, {a_obj}!", "{obj} is mine!"); ``agree`` mends a
filled line for the thing it names, so the tables need not be written three times.
"""

from __future__ import annotations

import re

__all__ = ["speech_s", "pronoun_order_de", "case_after_preposition_de", "ADVERBS_DE", "UNSTRESSED_DE", "number_en", "number_de", "indefinite_for", "agree", "idea_noun", "plural_en", "PAIR_NOUNS_EN", "PLURAL_ONLY_EN", "MASS_EN", "MASS_DE",
           "ONE_IN_S_EN"]

# nouns that are one thing made of two halves: "a pair of ..." and a plural verb
PAIR_NOUNS_EN = frozenset({
    "scissors", "glasses", "sunglasses", "spectacles", "goggles", "binoculars", "trousers", "pants", "jeans",
    "shorts", "tights", "leggings", "pyjamas", "pajamas", "overalls", "pliers", "tongs", "tweezers", "shears",
    "clippers", "headphones", "earphones", "earmuffs", "handcuffs", "skis", "skates", "boots", "shoes", "socks",
    "gloves", "mittens", "slippers", "sandals", "sneakers", "trainers", "chopsticks", "stilts", "crutches"})
# nouns only used in the plural, or a heap of small things
PLURAL_ONLY_EN = frozenset({
    "clothes", "stairs", "groceries", "belongings", "leftovers", "sweets", "fireworks", "oats", "noodles",
    "dishes", "cards", "dice", "people", "cattle", "police", "goods", "savings", "supplies", "seeds", "crumbs",
    "berries", "cherries", "grapes", "peas", "beans", "nuts", "cookies", "biscuits", "candies", "flowers",
    "keys", "coins", "eggs", "apples", "strawberries", "potatoes", "tomatoes", "carrots", "marbles", "toys",
    "books", "letters", "presents", "gifts", "balloons", "leaves", "stones", "shells", "feathers", "bananas"})
# what is counted in amounts, not pieces: "some milk", never "a milk"
MASS_EN = frozenset({
    "water", "milk", "flour", "sugar", "salt", "pepper", "rice", "sand", "tea", "coffee", "juice", "honey",
    "butter", "jam", "cream", "wool", "yarn", "money", "oil", "hay", "grass", "snow", "ice", "mud", "dust",
    "soup", "bread", "cheese", "soap", "glue", "paint", "ink", "fuel", "petrol", "gasoline", "gold", "silver",
    "wine", "beer", "lemonade", "cocoa", "chocolate", "popcorn", "pasta", "spaghetti", "cereal", "porridge",
    "dough", "sauce", "ketchup", "mustard", "yoghurt", "yogurt", "string", "rope", "wood", "firewood", "straw",
    "seaweed", "treasure", "furniture", "luggage", "laundry", "homework", "food", "meat", "fish food", "corn",
    "grain", "wheat", "lava", "smoke", "fire", "rain", "air", "music", "poison", "medicine", "perfume",
    "toothpaste", "shampoo", "clay", "plasticine", "chalk", "garbage", "rubbish", "trash", "junk"})
MASS_DE = frozenset({
    "wasser", "milch", "mehl", "zucker", "salz", "pfeffer", "reis", "sand", "tee", "kaffee", "saft", "honig",
    "butter", "marmelade", "sahne", "wolle", "garn", "geld", "öl", "heu", "gras", "schnee", "schlamm", "staub",
    "seife", "kleber", "farbe", "tinte", "benzin", "gold", "silber", "wein", "bier", "limonade", "kakao",
    "schokolade", "popcorn", "teig", "soße", "sosse", "ketchup", "senf", "joghurt", "holz", "brennholz",
    "stroh", "futter", "fleisch", "getreide", "weizen", "mais", "lava", "rauch", "regen", "luft", "musik",
    "gift", "medizin", "parfüm", "zahnpasta", "shampoo", "ton", "knete", "kreide", "müll", "abfall", "essen",
    "spielzeug", "gepäck", "wäsche", "obst", "gemüse", "suppe", "eis"})
# words that end in -s and are one thing
ONE_IN_S_EN = frozenset({"bus", "lens", "canvas", "atlas", "iris", "gas", "news", "chess", "tennis", "cactus",
                       "octopus", "walrus", "circus", "virus", "bonus", "campus", "bass", "dress", "glass",
                       "compass", "mattress", "harness", "class", "grass", "moss", "boss", "cross", "princess"})


def number_en(noun: str) -> str:
    """"pair", "plural", "mass" or "one": how an English noun ("scissors", "cherries", "milk") is counted."""
    w = noun.lower().strip()
    last = w.split()[-1] if w else ""
    if w in PAIR_NOUNS_EN or last in PAIR_NOUNS_EN:
        return "pair"
    if w in MASS_EN or last in MASS_EN:
        return "mass"
    if w in PLURAL_ONLY_EN or last in PLURAL_ONLY_EN:
        return "plural"
    if last.endswith("s") and last not in ONE_IN_S_EN and not last.endswith(("ss", "us", "is", "ous")) and len(last) > 3:
        return "plural"  # "playing cards", "dominoes"
    return "one"


def number_de(noun: str, gender: str) -> str:
    """"plural", "mass" or "one" for a German noun with its gender ("p" is a plural)."""
    if gender == "p":
        return "plural"
    last = re.split(r"[\s-]", noun.lower())[-1]
    if last in MASS_DE or any(last.endswith(m) and len(m) >= 4 for m in MASS_DE if m not in ("eis", "ton", "gift")):
        return "mass"  # "Orangensaft", "Vollmilch" are amounts too
    return "one"


def indefinite_for(phrase: str, noun: str, number: str, lang: str) -> str:
    """The thing without a definite article: "a pair of scissors", "some milk", "some cherries" ("Mehl",
    "Blumen" in German), else ``phrase`` as given ("an apple", "einen Apfel")."""
    if number == "one":
        return phrase
    body = phrase.split(" ", 1)[1] if " " in phrase and phrase.split(" ", 1)[0].lower() in (
        "a", "an", "ein", "eine", "einen", "einem", "einer") else phrase
    if lang == "de":
        return body if body.lower().endswith(noun.lower()) else noun
    if number == "pair":
        return f"a pair of {body}"
    return f"some {body}"


# English third person singular -> plural where it is not just a dropped -s
_EN_PLURAL_VERB = {"is": "are", "was": "were", "has": "have", "does": "do", "goes": "go", "isn't": "aren't",
                   "wasn't": "weren't", "doesn't": "don't", "hasn't": "haven't"}
_EN_BEFORE = {"this": "these", "that": "those", "goes": "go", "is": "are", "does": "do"}  # not "was": "That was the cherries!" is said of one sight
_EN_NOT_VERBS = {"and", "or", "for", "with", "of", "to", "in", "on", "at", "from", "is", "as", "this", "us",
                 "yours", "his", "hers", "its", "ours", "theirs", "always", "perhaps", "sometimes"}
# German 3rd person singular -> plural, for verbs the lines use next to their thing
_DE_PLURAL_VERB = {"ist": "sind", "war": "waren", "hat": "haben", "muss": "müssen", "kann": "können",
                   "wird": "werden", "tut": "tun", "gehört": "gehören", "macht": "machen", "kommt": "kommen",
                   "glänzt": "glänzen", "bleibt": "bleiben", "brennt": "brennen", "riecht": "riechen",
                   "bewegt": "bewegen", "gefällt": "gefallen", "liegt": "liegen", "steht": "stehen",
                   "fällt": "fallen", "schmeckt": "schmecken", "fehlt": "fehlen", "passt": "passen",
                   "sieht": "sehen", "schwimmt": "schwimmen", "fliegt": "fliegen", "läuft": "laufen",
                   "rollt": "rollen", "hängt": "hängen", "sitzt": "sitzen", "duftet": "duften", "bekommt": "bekommen",
                   "braucht": "brauchen", "wächst": "wachsen", "funktioniert": "funktionieren"}
# before the thing only where it is the subject after a first word ("Wo ist", "Jetzt gehört"): "hat" there
# has someone else as its subject ("Wer hat die Blumen?")
_DE_BEFORE = {k: v for k, v in _DE_PLURAL_VERB.items() if k not in ("hat", "sieht")}


def _en_plural_verb(word: str) -> str:
    low = word.lower()
    if low in _EN_PLURAL_VERB:
        return _EN_PLURAL_VERB[low]
    if low in _EN_NOT_VERBS or not low.endswith("s") or low.endswith(("ss", "us", "'s")) or len(low) < 4:
        return word
    if low.endswith("ies") and len(low) > 4:
        return word[:-3] + "y"  # "flies" -> "fly"
    if low.endswith(("shes", "ches", "xes", "sses", "zes", "oes")):
        return word[:-2]  # "washes" -> "wash", "goes" handled above
    return word[:-1]


def agree(line: str, phrase: str, noun: str, number: str, lang: str) -> str:
    """``line`` with the verb next to the thing (``phrase``, as the line names it, or its bare ``noun``) made
    plural where the thing is a pair or several, and "a"/"ein" dropped before a bare mass or plural noun
    ("What a delicious milk!" -> "What delicious milk!")."""
    if not noun:
        return line
    if number == "one":  # "some carrot", "plenty of carrot": a countable thing in amounts is several
        if lang == "en":
            line = re.sub(rf"\b(some|plenty of|enough|lots of|more) ({re.escape(noun)})\b",
                          lambda m: f"{m.group(1)} {plural_en(m.group(2))}", line, flags=re.IGNORECASE)
            line = re.sub(rf"\b([Tt]here) is (plenty of|lots of|enough) {re.escape(plural_en(noun))}\b",
                          lambda m: f"{m.group(1)} are {m.group(2)} {plural_en(noun)}", line)
        return line
    words = [w for w in {phrase, noun} if w]
    if lang == "en":
        more = "another pair of" if number == "pair" else "more"  # "another milk" -> "more milk"
        line = re.sub(rf"\b([Aa])nother ((?:\w+ )?{re.escape(noun)})\b",
                      lambda m: (more.capitalize() if m.group(1) == "A" else more) + " " + m.group(2), line)
        line = re.sub(rf"\b([Aa]n?) ((?:\w+ )?{re.escape(noun)})\b", lambda m: m.group(2), line)
    else:
        line = re.sub(rf"\b([Ee]ine?[nmrs]?) ((?:\w+ )?{re.escape(noun)})\b", lambda m: m.group(2), line)
    if number == "mass":
        return line
    if number == "plural":  # "Is that some cherries over there?" -> "Are those cherries over there?"
        line = re.sub(rf"\bIs that some ((?:\w+ )?{re.escape(noun)})\b", r"Are those \1", line)
        line = re.sub(rf"\bIst das (.*?\b{re.escape(noun)})\b", r"Sind das \1", line)
    for np in sorted(words, key=len, reverse=True):
        pat = re.escape(np)
        if lang == "en":
            line = re.sub(rf"(?i:\b({pat}))(\s+)([\w']+)", lambda m: m.group(1) + m.group(2) + _en_plural_verb(m.group(3)), line)
            line = re.sub(rf"\b([\w']+)(\s+)(?i:({pat}))\b",
                          lambda m: _keep_case(m.group(1), _EN_BEFORE.get(m.group(1).lower(), m.group(1)))
                          + m.group(2) + m.group(3), line)
            line = re.sub(rf"(?i:({pat}))(.*?)\b([Ii]t) is\b", lambda m: f"{m.group(1)}{m.group(2)}"
                          f"{_keep_case(m.group(3), 'they')} are", line)
        else:
            line = re.sub(rf"(?i:\b({pat}))(\s+)(\w+)", lambda m: m.group(1) + m.group(2)
                          + _DE_PLURAL_VERB.get(m.group(3), m.group(3)), line)
            line = re.sub(rf"\b(\w+)(\s+)(?i:({pat}))\b", lambda m: _DE_BEFORE.get(m.group(1), m.group(1))
                          + m.group(2) + m.group(3), line)
    return line


def _keep_case(old: str, new: str) -> str:
    return new[:1].upper() + new[1:] if old[:1].isupper() else new


# German determiners before a noun that say "several" ("die Äpfel" where Apfel is masculine, "zwei", "viele")
_DE_SEVERAL = {"zwei", "drei", "vier", "fünf", "viele", "einige", "ein_paar", "paar", "alle", "manche", "mehrere",
               "keine"}
_DE_PLURAL_ENDINGS = ("e", "en", "n", "er", "s")
_UMLAUT = str.maketrans({"a": "ä", "o": "ö", "u": "ü", "A": "Ä", "O": "Ö", "U": "Ü"})


def _de_plural_of(noun: str, word: str) -> bool:
    """Is ``word`` (the idea's) a plural of ``noun`` or of a compound ending in it ("Äpfel" of Apfel,
    "Turnschuhe" of Schuh, "Ohrringe" of Ring)?"""
    n, w = noun.lower(), word.lower()
    stems = {n, n.translate(_UMLAUT)}
    last_vowel = max((i for i, ch in enumerate(n) if ch in "aou"), default=-1)
    if last_vowel >= 0:
        stems.add(n[:last_vowel] + n[last_vowel].translate(_UMLAUT) + n[last_vowel + 1:])  # Apfel -> Äpfel
    forms = {s + e for s in stems for e in _DE_PLURAL_ENDINGS} | (stems - {n})
    return w != n and any(w.endswith(f) for f in forms)


def idea_noun(noun: str, gender: str, word: str, before: str, lang: str) -> tuple[str, str]:
    """(noun, German gender) for the lines: the idea's own plural where it spoke of several of the thing
    ("streiten um die Äpfel" -> "Äpfel", "p"; "argue about the apples" -> "apples"), else ``noun`` and
    ``gender`` as given. ``before`` is the idea's word before ``word`` (its article, if any)."""
    if not word:
        return noun, gender
    if lang == "en":
        w = word.lower()
        if w != noun.lower() and number_en(w) in ("plural", "pair") and number_en(noun) == "one" and (
                w.startswith(noun.lower()[:max(3, len(noun) - 2)]) or w.endswith(noun.lower().split()[-1] + "s")):
            return w, gender  # "apples", "cherries", "playing cards"
        return noun, gender
    b = before.lower().replace(" ", "_")
    if word[:1].isupper() and b in _DE_ONE:
        from autark.story.german_nouns import singular_in_en_gender, weak_singular

        if gender_en := singular_in_en_gender(word):  # "einen Drachen": der Drachen (a kite), not "die Drachen"
            return word, gender_en
        if one := weak_singular(word):  # "einen Plüschbären": der Plüschbär, a weak noun's one
            return one, "m"
    if word.endswith(("eln", "ern")) and (_de_plural_of(noun, word[:-1]) or word[:-1] == noun) or \
            word.endswith("en") and word[:-1] != noun and _de_plural_of(noun, word[:-1]):
        word = word[:-1]  # the dative plural "nach Äpfeln": the lines say "die Äpfel", never "die Äpfeln"
    b = before.lower().replace(" ", "_")
    several = b in _DE_SEVERAL or (b in ("die", "ihre", "seine", "meine", "deine", "unsere", "eure") and gender in ("m", "n"))
    if _de_plural_of(noun, word) and (several or b not in ("der", "das", "dem", "des", "ein", "einen", "einem",
                                                             "eine", "einer", "eines", "den")):
        return word[:1].upper() + word[1:], "p"
    if several and word[:1].isupper() and number_de(word, gender) != "mass" and (word.lower().endswith(
            _DE_PLURAL_ENDINGS) or gender in ("m", "n") and word.lower().endswith(("el", "er", "en", "chen", "lein"))):
        return word, "p"  # "die Juwelen", "seine Plätzchen": the idea's word, several of them
    if b and b[:1].islower() and b not in _DE_ARTICLES and not b.endswith(("e", "en", "er", "es", "em")) \
            and word[:1].isupper() and word != noun and number_de(word, gender) == "one":
        return word, "p"  # "backt Plätzchen", "sammelt Muscheln": a count noun without an article is several
    return noun, gender


# determiners of one thing before a German noun (a weak noun's -en after them is no plural)
_DE_ONE = {"ein", "einen", "einem", "eines", "dem", "des", "den", "kein", "keinen", "seinen", "ihren", "meinen",
           "deinen", "unseren", "seinem", "ihrem", "meinem", "diesen", "diesem", "jeden", "jedem"}
_DE_ARTICLES = {"der", "die", "das", "den", "dem", "des", "ein", "eine", "einen", "einem", "einer", "eines", "kein",
                "mein", "dein", "sein", "ihr", "unser", "euer", "jeder", "jede", "jedes", "dieser", "diese", "dieses",
                # a preposition before a bare noun says nothing of its number ("im Sessel", "ohne Hut")
                "im", "am", "vom", "zum", "zur", "beim", "ins", "ans", "aufs", "mit", "ohne", "für", "von", "zu",
                "aus", "bei", "nach", "seit", "durch", "gegen", "um", "in", "an", "auf", "unter", "über", "vor",
                "hinter", "neben", "zwischen", "als", "wie"}


_EN_IRREGULAR = {"child": "children", "man": "men", "woman": "women", "person": "people", "mouse": "mice",
                 "foot": "feet", "tooth": "teeth", "goose": "geese", "sheep": "sheep", "fish": "fish", "deer": "deer"}
_EN_OES = {"potato", "tomato", "hero", "mango", "echo", "volcano", "torpedo"}
_EN_VES = {"leaf": "leaves", "loaf": "loaves", "knife": "knives", "wolf": "wolves", "shelf": "shelves",
           "scarf": "scarves", "half": "halves", "calf": "calves", "thief": "thieves", "life": "lives"}


def plural_en(noun: str) -> str:
    """The English plural of a noun phrase's last word ("carrot" -> "carrots", "cherry" -> "cherries",
    "golden loaf" -> "golden loaves")."""
    head, _, last = noun.rpartition(" ")
    low = last.lower()
    if low in _EN_IRREGULAR:
        one = _EN_IRREGULAR[low]
    elif low in _EN_VES:
        one = _EN_VES[low]
    elif low.endswith("y") and len(low) > 1 and low[-2] not in "aeiou":
        one = last[:-1] + "ies"
    elif low.endswith(("s", "x", "ch", "sh", "z")) or low in _EN_OES:
        one = last + "es"
    else:
        one = last + "s"
    return f"{head} {one}" if head else one


# what a German article or possessive before a noun says of its gender, where it says it unambiguously
_DE_ARTICLE_GENDER = {"das": "n", "eine": "f", "einer": "f", "einen": "m", "seinen": "m", "ihren": "m",
                      "meinen": "m", "deinen": "m", "unseren": "m", "keinen": "m", "die": "f", "seine": "f",
                      "ihre": "f", "meine": "f", "deine": "f", "unsere": "f", "keine": "f"}
_DE_DATIVE_PREPS = {"mit", "von", "bei", "aus", "zu", "nach", "seit", "in", "an", "auf", "unter", "über", "vor",
                    "hinter", "neben", "zwischen"}


def gender_from_article(before: str, two_before: str) -> str:
    """The gender a German noun's article or possessive shows ("eine" f, "einen" m, "das" n; "der" m unless a
    dative preposition stands before it), "" where it does not ("dem", "ein", "sein")."""
    b = before.lower()
    if b == "der":
        return "f" if two_before.lower() in _DE_DATIVE_PREPS else "m"
    return _DE_ARTICLE_GENDER.get(b, "")


def speech_s(text: str, lang: str) -> float:
    """About how long espeak-ng takes to say ``text`` (measured on its man and child voices: 0.35 s and 3.2 words
    a second in English, 0.4 s and 2.9 words a second in German, and the pauses at its commas and stops; a
    little long rather than short)."""
    words = len(re.findall(r"[\wÄÖÜäöüß'-]+", text))
    pauses = 0.2 * len(re.findall(r",", text)) + 0.4 * len(re.findall(r"\.\.\.|…", text)) + 0.35 * len(
        re.findall(r"[.!?](?=\s+\S)", text.replace("...", "")))  # a comma, a trailing off, a sentence inside
    return pauses + (0.4 + words / 2.9 if lang == "de" else 0.45 + words / 3.2)


# adverbs of the middle field, and the unstressed pronouns that go before them ("dass wir dich hier finden",
# never "dass wir hier dich finden"; "Ich sehe es jetzt", never "Ich sehe jetzt es")
ADVERBS_DE = ("hier", "dort", "jetzt", "heute", "gleich", "wieder", "endlich", "schon", "noch", "auch", "bald", "nie",
              "immer", "morgen")
UNSTRESSED_DE = ("dich", "mich", "ihn", "euch", "es")
_ADVERB_PRONOUN = re.compile(rf"(?<=\w )({'|'.join(ADVERBS_DE)}) ({'|'.join(UNSTRESSED_DE)})\b(?!\s*[,.!?…]|\s*$)")


def pronoun_order_de(line: str) -> str:
    """``line`` with each unstressed pronoun before the adverb a filled slot put it after ("dass wir hier {them}
    finden" with "dich": "dass wir dich hier finden"); a pronoun at a clause's end stays ("Ich sehe jetzt es!"
    is left for the table to avoid), as does one at the sentence's start."""
    return _ADVERB_PRONOUN.sub(lambda m: f"{m.group(2)} {m.group(1)}", line)


# a dative-only preposition, and "vor" after fleeing, hiding or fearing ("flieht vor dem Adler"), take the dative;
# "den"/"einen" before a singular masculine noun after them is an accusative a slot or a template put there
_DATIVE_BEFORE = re.compile(r"\b((?:[Mm]it|[Vv]on|[Aa]us|[Bb]ei|[Ss]eit|[Zz]u|[Nn]ach|gegenüber)|(?:flieht|fliehen|"
                            r"versteckt sich|verstecken sich|fürchtet sich|Angst|rettet sich) vor) (den|einen) "
                            r"((?:[a-zäöüß]+e[nr]? )*)([A-ZÄÖÜ][\wäöüß]*)\b")


def case_after_preposition_de(text: str) -> str:
    """``text`` with a singular masculine noun after a dative preposition in the dative ("flieht vor den Adler"
    -> "flieht vor dem Adler", "mit einen Hund" -> "mit einem Hund"); a noun in -n or -s is left (a dative
    plural, or a weak noun whose case its ending does not tell)."""
    def mend(m: re.Match[str]) -> str:
        if m.group(4).endswith(("n", "s")):
            return m.group(0)
        article = "dem" if m.group(2) == "den" else "einem"
        describing = " ".join(w[:-1] + "n" if w.endswith("er") and m.group(2) == "einen" else w
                              for w in m.group(3).split())  # "einen alten" stays; "einen alter" is no form
        return f"{m.group(1)} {article} {describing + ' ' if describing else ''}{m.group(4)}"

    return _DATIVE_BEFORE.sub(mend, text)
