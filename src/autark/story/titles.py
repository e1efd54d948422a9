"""A film's title made from the idea's own words: the thing its story turns on, with the idea's adjective
("the last apple" -> "The Last Apple", "eine alte Gitarre" -> "Die alte Gitarre"); without one, who it is about
("The Cat and the Dog", "Der Ritter und der Drache"); a lone character with a verb that is theirs
("The Dancing Lesson" is beyond this: "Mia and the Dance" / "Mia und der Tanz" is what it writes).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from autark.assets.templates import fold
from autark.story.cast import character_noun, display_noun
from autark.story.german_nouns import nominative
from autark.story.lines import NounPhrase
from autark.story.roles import COLLECTIVES
from autark.story.wording import _NUMBERS, noun_de, plural_nominative

if TYPE_CHECKING:
    from autark.story.analysis import Concept

__all__ = ["title_for"]

_SMALL = {"a", "an", "the", "and", "of", "in", "on", "at", "to", "with"}
# a verb's noun, for a title about someone who does it
_VERB_NOUN = {"dance": ("the Dance", "der Tanz"), "sing": ("the Song", "das Lied"), "land": ("the Landing", "die Landung"),
              "search": ("the Way Home", "der Weg nach Hause"), "chase": ("the Chase", "die Jagd"),
              "fight": ("the Duel", "das Duell"), "argue": ("the Quarrel", "der Streit"), "teach": ("the Lesson", "die Lektion"),
              "cook": ("the Kitchen", "die Küche"), "meet": ("the Meeting", "die Begegnung"), "fly": ("the Flight", "der Flug"),
              "swim": ("the Swim", "das Bad"), "sleep": ("the Dream", "der Traum"), "play": ("the Game", "das Spiel")}

# the idea's word beginnings that tell each of those acts itself (folded): a wolf that howls does the singing act
# on screen, but "The Wolf and the Song" names what the idea never said
_TOLD_AS = {"dance": ("danc", "tanz"), "sing": ("sing", "sang", "sung", "song", "lied"), "land": ("land",),
            "search": ("search", "such", "lost", "verirr", "verlauf", "way_home", "heim"),
            "chase": ("chas", "jag", "verfolg", "pursu", "hunt"), "fight": ("fight", "fought", "kaempf", "kampf", "duel"),
            "argue": ("argu", "quarrel", "streit", "zank"), "teach": ("teach", "taught", "lesson", "lehr", "bring"),
            "cook": ("cook", "koch"), "meet": ("meet", "met", "treff", "traf", "begegn"),
            "fly": ("fly", "flie", "flew", "flog", "flug", "flight"), "swim": ("swim", "swam", "schwimm", "schwamm", "bad"),
            "sleep": ("sleep", "slept", "dream", "schlaf", "schlief", "traeum", "traum"), "play": ("play", "spiel")}


def _told_as(idea: str, verb: str) -> bool:
    """Whether the idea tells ``verb`` in its own words, not only as the act that stands in for another."""
    return any(w.startswith(_TOLD_AS.get(verb, (verb,))) for w in (fold(t) for t in re.findall(r"\w+", idea)))


# prepositions that make a thing where something happens, not what the story is about ("waits at the window",
# "versteckt sich unter dem Sofa", "falls down the stairs", "watches from a roof"): no title
_WHERE_WORDS = frozenset({"at", "on", "under", "from", "down", "in", "into", "onto", "behind", "beside", "near",
                          "over", "through", "across", "inside", "up", "auf", "unter", "an", "am", "im", "vom", "von",
                          "ueber", "über", "hinter", "neben", "durch", "aus", "zum", "zur", "beim", "bei"})


def _where_it_happens(concept: Concept, typ: str, inside: bool = True) -> bool:
    """Whether the idea names this thing only after a preposition of place (the window waited at); with
    ``inside`` False, "in" does not count (a ghost haunting an old castle: the castle is the story's)."""
    word = next((o.word for o in concept.objects if o.type == typ), "")
    tokens = re.findall(r"\w+", concept.idea)
    at = [k for k, t in enumerate(tokens) if word and t.lower() == word.lower()]
    where = _WHERE_WORDS if inside else _WHERE_WORDS - {"in", "im", "into", "inside", "through", "durch"}

    def before(k: int) -> str:  # the word before the thing's phrase (its article and describing words skipped)
        j = k - 1
        while j >= 0 and j >= k - 3 and (tokens[j].lower() in _ARTICLES_BEFORE or tokens[j][:1].islower() and
                                         tokens[j].lower() not in _WHERE_WORDS):
            j -= 1
        return tokens[j].lower() if j >= 0 else ""

    return bool(at) and all(before(k) in where for k in at)


_ARTICLES_BEFORE = frozenset({"the", "a", "an", "his", "her", "their", "its", "my", "der", "die", "das", "dem", "den",
                              "des", "ein", "eine", "einem", "einen", "einer", "seinem", "seiner", "ihrem", "ihrer"})


def _title_case(text: str) -> str:
    words = text.split()
    return " ".join(w if (i and w.lower() in _SMALL) else w[:1].upper() + w[1:] for i, w in enumerate(words))


def title_for(concept: Concept) -> str:
    lang = concept.language
    de = lang == "de"
    # a thing that only does something late in the story ("until his ship reaches the island") is not what a
    # film of two is about; one that starts it is ("Der Vulkan bricht aus ...")
    told = {fold(w) for w in re.findall(r"\w+", concept.idea)}
    invented = {o.type for o in concept.objects if fold(o.word) not in told}  # the fed birds' bread: not said
    from autark.story.place_names import OCCASIONS

    # what an occasion brings along (Christmas: a tree, presents) dresses the set; the film is not about it
    invented |= {o.type for o in concept.objects if fold(o.word).replace(" ", "_") in OCCASIONS}
    things = [e.patient for i, e in enumerate(concept.events) if e.patient and e.patient_is_thing
              and not (i and e.thing_does_it and len(concept.characters) >= 2) and e.patient not in invented
              and not _where_it_happens(concept, e.patient)]  # the window one waits at
    # a thing a place brought along (the hospital's bed, the market's stalls) is scenery, not what it is about;
    # and a thing no event is done to is where it happens, not what it is about, once two are cast ("rettet eine
    # Katze von einem Baum": the firefighter and the cat, not the tree)
    if things or len(concept.characters) < 2:
        things += [o.type for o in concept.objects if not _brought_by_place(o.type, o.word) and o.type not in invented
                   and not _where_it_happens(concept, o.type, inside=False)]
    if things:
        # the thing of the turn (the last event's) if it has one, else the first the story is about
        key = things[0]
        word = next((o.word for o in concept.objects if o.type == key), "")
        if de and word[:1].islower():  # a thing read from a verb ("läutet": a bell) is named by its noun
            word = ""
        noun, gender = display_noun(key, lang, word or key)
        if word:  # the idea's own word for it ("Schatzkarte", "cookies"), in the singular
            if de and fold(word) != fold(noun):  # its own gender: das Schloss, not die (Burg)
                shown, shown_gender = noun, gender
                gender = _gender_of_de(key, nominative(word), gender)  # "mit Äpfeln": die Äpfel
                if not gender and fold(nominative(word)).endswith(fold(shown)):
                    gender = shown_gender  # a compound on the thing's own noun: "Turmuhr", die Uhr
            phrase = next((o.phrase for o in concept.objects if o.type == key and o.phrase), "")
            if phrase and not de:  # "a kick scooter": the Kick Scooter, not the Kick
                word = phrase
            noun = nominative(word[:1].upper() + word[1:]) if de else _singular_of(word.lower())
            if de and (one := _one_weak_noun(concept.idea, noun)):  # "einen Plüschbären": Der Plüschbär
                noun, gender = one, "m"
            if not de and f"{word} {key}".lower() in concept.idea.lower():
                noun = f"{noun} {key}"  # "a birthday cake": the Birthday Cake, not the Birthday
            elif not de and "_" in key and key.replace("_", " ") in concept.idea.lower():
                noun = key.replace("_", " ")  # "a sand castle": the Sand Castle, not the Sand
        adjective = concept.adjectives.get(key, "")
        if de and adjective[:1].isupper():  # a German noun is no adjective: "im Herbstwald Äpfel" is no
            adjective = ""  # "Herbstwalden Äpfel"
        if word and any(c.word != word and f"{word} {c.word}".lower() in concept.idea.lower()
                        for c in concept.characters):
            adjective = ""  # "a grumpy lighthouse keeper": grumpy is the keeper's, not the lighthouse's
        if de and not gender:  # a compound's head ("Baumhaus": das Haus), else the idea's own article for it
            gender = _compound_gender_de(noun) or _article_gender_de(concept.idea, word or noun) or _dictionary_gender(
                noun)  # ... else the dictionary's ("mit einem Kaugummi": der or das by the article; der by Ding's)
        if de and _several_without_one(concept.idea, word or noun):
            gender = "pl"  # "lassen Drachen steigen", "die Drachen": kites, whose one is written alike
        if de and not gender:
            return noun
        if de and gender == "pl":  # "Äpfel": die (roten) Äpfel
            adj = adjective if not adjective or adjective.endswith("en") else (
                adjective + ("n" if adjective.endswith("e") else "en"))
            return f"Die {adj + ' ' if adj else ''}{noun}"
        if de:
            return NounPhrase(noun, "de", gender, adjective).nom[:1].upper() + NounPhrase(
                noun, "de", gender, adjective).nom[1:]
        return _title_case(f"the {adjective + ' ' if adjective else ''}{noun}")
    chars = concept.characters
    from autark.story.crowds import read_crowd

    crowd = read_crowd(concept)
    if crowd is not None and len(chars) >= 2:  # "the audience applauds the singer": the singer's film
        apart = [c for c in chars if c.name not in crowd.leaders]
        led = [c for c in chars if c.name in crowd.leaders]
        if len(apart) == 1 and crowd.kind == "children" and len(led) > 1 and len({c.word for c in led}) == 1:
            chars = [apart[0], *led]  # "a clown visits sick children": the Clown and the Children
        elif len(apart) == 1:
            chars = apart
    if len(chars) >= 2:
        nouns = []
        from autark.story.cast import is_kin_name

        for c in chars[:2]:
            noun, gender = character_noun(c.type, c.group, c.word, lang)
            if c.named or (de and is_kin_name(c.name) and fold(c.name) == fold(c.word)):  # "Oma", not "Das Oma"
                nouns.append(c.name)
            elif de:
                nouns.append(NounPhrase(noun, "de", gender).nom)
            else:
                nouns.append(f"the {noun}")
        kin = [c for c in chars if (c.type, c.word) == (chars[1].type, chars[1].word)]
        if len(kin) > 1 and chars[1].word != chars[0].word and not chars[1].named and not de:
            # "a clown visits sick children": the Clown and the Children; "feeds the ducks": the Ducks
            plural = chars[1].word.lower()
            nouns[1] = f"the {plural if plural != _singular_of(plural) or plural in _IRREGULAR.values() else _plural(plural)}"
        elif len(kin) > 1 and de and chars[1].word != chars[0].word and not chars[1].named:  # "die Kinder"
            nouns[1] = f"die {nominative(plural_nominative(chars[1].word[:1].upper() + chars[1].word[1:], 'de'))}"
        if nouns[0] == nouns[1]:
            two = [c.word for c in chars[:2] if c.word.lower() != _singular_of(c.word).lower()]
            plural = two[0] if two else _plural(nouns[0].split()[-1])
            if de:  # the idea's own plural ("Katzen", "Roboter", "Zwillinge"), never an English -s nor "Kind"
                from autark.story.told_number import group_word_de

                plural = noun_de(group_word_de(concept.idea, chars[0].word), "p", "nom")
            n = sum(c.word == chars[0].word for c in chars)  # five children, not "two" (of them women or men)
            count = _NUMBERS["de" if de else "en"].get(n, "")
            if fold(plural) in COLLECTIVES:  # the word says how many: "Die Zwillinge", not "Die zwei Zwillinge"
                count = ""
            if not count:  # more than a handful: "The Children"
                return _title_case(f"the {plural}") if not de else f"Die {plural}"
            return _title_case(f"the {count} {plural}") if not de else f"Die {count} {plural}"
        return _title_case(f"{nouns[0]} {'und' if de else 'and'} {nouns[1]}") if not de else \
            f"{nouns[0][:1].upper()}{nouns[0][1:]} und {nouns[1]}"
    verb = concept.events[0].verb if concept.events else ""
    who = chars[0].name if chars else ""
    if chars and not chars[0].named:  # a kind is not a name: "The Girl and the Dance", "Der Drache"
        from autark.story.cast import is_given_name, is_kin_name

        if not (is_given_name(who) or is_kin_name(who)):
            noun, gender = character_noun(chars[0].type, chars[0].group, chars[0].word, lang)
            who = NounPhrase(noun, lang, gender).nom if de else _title_case(f"the {noun}")
            who = who[:1].upper() + who[1:]
    if who and verb in _VERB_NOUN and _told_as(concept.idea, verb):
        return f"{who} {'und' if de else 'and'} {_VERB_NOUN[verb][de]}"
    if who:
        return who
    return concept.idea.split(",")[0][:60].strip().rstrip(".").capitalize()


def _several_without_one(idea: str, word: str) -> bool:
    """Whether the idea's German ``word`` of a thing written alike in the one and the many ("Drachen",
    "Kuchen": ``german_nouns.SINGULAR_IN_EN``; "Brötchen", "Messer", "Schlüssel") stands after no determiner of
    one: bare or after "die"."""
    from autark.story.german_nouns import before_describing, one_after_die, singular_in_en_gender
    from autark.story.line_grammar import _DE_ONE, number_de

    w = fold(word).lower()
    alike = singular_in_en_gender(word) or w.endswith(("chen", "lein")) or w.endswith(("el", "er")) and len(w) > 4
    if not alike or number_de(word, "m") == "mass":  # ("backt Brötchen", "schärft Messer"; "kauft Zucker": some)
        return False
    words = re.findall(r"\w+", idea)
    before = next((before_describing(words, k, _DE_ONE | _ARTICLES_BEFORE) for k, w in enumerate(words) if w == word
                   and k), "")  # past its describing words: "reißt die alte Mauer ein"
    if before == "die":
        return not one_after_die(word)  # "die Mauer" is one, "die Messer" several
    # (a bare noun after a verb or a number is several; after an article, a possessive or a name it is one)
    return bool(before) and before[:1].islower() and before not in _DE_ONE and before not in _ARTICLES_BEFORE


def _one_weak_noun(idea: str, word: str) -> str:
    """The nominative singular of the idea's German ``word`` where it is a weak noun's other case after a
    determiner of one ("findet einen Plüschbären": "Plüschbär"), "" otherwise."""
    from autark.story.german_nouns import weak_singular
    from autark.story.line_grammar import _DE_ONE

    words = re.findall(r"\w+", idea)
    at = [k for k, w in enumerate(words) if w == word]
    if not at or not any(k and words[k - 1].lower() in _DE_ONE or k > 1 and words[k - 2].lower() in _DE_ONE
                         for k in at):
        return ""
    return weak_singular(word)


def _brought_by_place(kind: str, word: str) -> bool:
    from autark.story.places import props_for

    return bool(word) and kind in props_for(word)


def _gender_of_de(key: str, word: str, fallback: str) -> str:
    """The German gender of the idea's word for a thing: the asset's where the word is its first noun or a
    compound on it (Schatzkarte: die Karte), else by the word's ending (-chen: das), else "" (not known)."""
    w = fold(word)
    try:
        from autark.assets import library

        spec = library.get(key)
        listed = [fold(x) for x in spec.words.get("de", "").split()]
        first = listed[0] if listed else ""
        if first and (w == first or w.endswith(first)):
            return spec.gender_de or fallback
        heads = [x for x in listed if w.endswith(x) and w != x]  # "Einkaufskörbe" on "körbe": several
        if heads and max(heads, key=len) in {fold(p) for p in _plurals()}:
            return "pl"
        if w in listed:  # another of the asset's own words: a plural ("Äpfel") takes "die"; a synonym has a
            from autark.story.lexicon import plurals  # gender of its own (das Schloss, not die: Burg's)

            if w in {fold(p) for p in plurals()}:
                return "pl"
            if first.endswith(w):  # "Ballon" of "Luftballon": the compound's head, its gender
                return spec.gender_de or fallback
            return _OWN_GENDER.get(w) or _first_word_gender(w)
    except (KeyError, IndexError):
        pass
    if w in _OWN_GENDER:
        return _OWN_GENDER[w]
    from autark.story.german_nouns import singular_in_en_gender

    if gender := singular_in_en_gender(word):  # "Drachen" (a kite), "Kuchen": one, not a plural in -n
        return gender
    if w.endswith("lein") or (w.endswith("chen") and any(u in word.lower() for u in "äöü")):  # not Kuchen
        return "n"
    if w.endswith(("ung", "heit", "keit", "schaft", "ion")):
        return "f"
    from autark.story.german_nouns import plural_in_n

    if plural_in_n(word):  # "Beeren", "Tomaten": a thing's -n on a noun is its plural
        return "pl"
    if gender := _compound_gender_de(word):  # "Spielzeugauto": das Auto, "Gummiente": die Ente
        return gender
    return ""  # not known: the title is the bare word ("Schloss"), never with a wrong article


# German nouns the assets list as another's synonym, with their own gender
_OWN_GENDER = {"schloss": "n", "palast": "m", "festung": "f", "schiff": "n", "boot": "n", "auto": "n", "wagen": "m",
               "haus": "n", "huette": "f", "kahn": "m", "jacht": "f", "kutter": "m", "dampfer": "m", "floss": "n",
               "geschenk": "n", "paket": "n", "torte": "f", "kuchen": "m", "gebaeude": "n", "turm": "m",
               "kiste": "f", "truhe": "f", "schatz": "m", "gold": "n", "tier": "n", "pferd": "n", "zelt": "n",
               "flieger": "m", "flugzeug": "n", "drachen": "m", "ente": "f", "bild": "n", "foto": "n", "bahn": "f",
               "zug": "m"}


def _plurals() -> set[str]:
    from autark.story.lexicon import plurals

    return plurals()


def _dictionary_gender(noun: str) -> str:
    from autark.story.translations import gender_de

    return gender_de(fold(noun))


def _compound_gender_de(noun: str) -> str:
    """The gender of a German compound by its head, the longest known noun it ends in ("Höhlenwand": die Wand,
    "Baumhaus": das Haus); "" where none is known."""
    w = fold(noun)
    for k in range(1, len(w) - 2):
        head = w[k:]
        if gender := _OWN_GENDER.get(head) or _first_word_gender(head):
            return gender
    return ""


# the gender an article or possessive before a thing shows, as the thing is mostly an object (accusative):
# "einen Trank" is a he, "eine Rose" a she, "ein Bild" an it
_ARTICLE_GENDER_DE = {"einen": "m", "den": "m", "keinen": "m", "seinen": "m", "ihren": "m", "meinen": "m",
                      "eine": "f", "keine": "f", "seine": "f", "meine": "f", "das": "n", "ein": "n", "kein": "n",
                      "sein": "n", "mein": "n"}


def _article_gender_de(idea: str, word: str) -> str:
    """The gender the idea's own article before ``word`` shows (a describing word may stand between), "" if
    none does."""
    words = re.findall(r"\w+", idea)
    for k, w in enumerate(words):
        if fold(w) != fold(word) and fold(nominative(w)) != fold(word):
            continue
        j = k - 1
        while j >= 0 and words[j][:1].islower() and words[j].lower() not in _ARTICLE_GENDER_DE and \
                words[j].lower() != "die" and j >= k - 2:
            j -= 1
        if j >= 0 and words[j].lower() in _ARTICLE_GENDER_DE:
            return _ARTICLE_GENDER_DE[words[j].lower()]
        from autark.story.german_nouns import plural_in_n

        if j >= 0 and words[j].lower() == "die" and not plural_in_n(w):  # "an die Höhlenwand"
            return "f"
    return ""


def _first_word_gender(w: str) -> str:
    """The gender of an asset whose own (first) German word is ``w``; "" where none is."""
    from autark.assets import library

    for kind in library.all_types():
        try:
            spec = library.get(kind)
        except KeyError:
            continue
        words = spec.words.get("de", "").split()
        if words and fold(words[0]) == w and spec.gender_de:
            return spec.gender_de
    return ""


def _singular_of(word: str) -> str:
    """The English noun in the singular ("cherries" -> "cherry", "boxes" -> "box"); a pair or a word that only
    has a plural keeps it ("The Scissors", "The Glasses", "The Clothes"), as does one in -s ("The Bus")."""
    from autark.story.line_grammar import ONE_IN_S_EN, PAIR_NOUNS_EN, PLURAL_ONLY_EN

    last = word.split()[-1] if word.split() else word
    if not last.endswith("s") or last in PAIR_NOUNS_EN or last in ONE_IN_S_EN or last.endswith(("ss", "us", "is")) or \
            last in PLURAL_ONLY_EN and last in _ONLY_PLURAL:
        return word
    if last.endswith("ies") and last[:-1] in _IE_NOUNS:
        one = last[:-1]  # "cookies" -> "cookie"
    elif last.endswith("ies") and len(last) > 4:
        one = last[:-3] + "y"
    elif last.endswith("ves") and last[:-3] + "f" in _F_PLURALS:
        one = last[:-3] + "f"
    elif last.endswith("ves") and last[:-3] + "fe" in _F_PLURALS:
        one = last[:-3] + "fe"
    elif last.endswith(("ches", "shes", "xes", "sses", "zes", "oes")):
        one = last[:-2]
    else:
        one = last[:-1]
    return word[: len(word) - len(last)] + one


# plural-only nouns with no singular to title by; nouns whose plural ends in -ves
_ONLY_PLURAL = {"clothes", "stairs", "groceries", "belongings", "leftovers", "sweets", "fireworks", "oats", "goods",
                "savings", "supplies", "cattle", "police", "people", "dice"}
_IE_NOUNS = {"cookie", "movie", "pie", "tie", "zombie", "brownie", "smoothie", "selfie", "genie", "rookie", "magpie",
             "pixie", "hippie", "lie", "birdie", "goalie", "veggie", "sweetie", "auntie", "doggie", "kittie"}
_F_PLURALS = {"leaf", "loaf", "wolf", "knife", "wife", "life", "shelf", "half", "calf", "thief", "scarf", "elf"}


_IRREGULAR = {"child": "children", "man": "men", "woman": "women", "person": "people", "mouse": "mice",
              "sheep": "sheep", "fish": "fish", "deer": "deer", "goose": "geese", "wolf": "wolves", "elf": "elves"}


def _plural(noun_phrase: str) -> str:
    noun = noun_phrase.split()[-1]
    if noun in _IRREGULAR:
        return _IRREGULAR[noun]
    if noun.endswith("man"):  # "caveman": the Two Cavemen
        return noun[:-3] + "men"
    return noun + ("es" if noun.endswith(("s", "x", "ch", "sh")) else "s")
