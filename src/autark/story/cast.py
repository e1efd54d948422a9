"""Who plays whom: the body (an asset kind from ``autark.assets.library``), voice, name and colour of each
character an idea names, and the display nouns of things and people in both languages.

Kinds come from the registries, not from a list here: a word of the one vocabulary
(``autark.language.lang.NOUNS``) that names a character or animal asset is played by that asset ("knight"
by the knight, as soon as someone registers one); a person word without its own asset is played by the
generic humanoid, a creature without one by its stand-in body (and the plan says so).
"""

from __future__ import annotations

from autark.assets.templates import fold
from autark.story.kinds import character_types

__all__ = ["Body", "FLOCK", "MOST_ANIMALS", "flock_count", "flock_spot", "body_for", "display_noun", "character_noun", "character_types", "name_for", "CAST_COLOURS",
           "is_given_name", "is_kin_name", "gender_cue", "sexed", "sense_of", "aged", "peers_of_children", "cast_colour",
           "young_scale"]

# two characters of one kind are told apart by colour (and name)
CAST_COLOURS = ("red", "blue", "green", "yellow", "purple", "orange", "white", "brown", "pink", "teal")
# names when the idea gives none: per voice group, used in order
_NAMES = {
    "robot": ["Robo", "Bolt", "Pixel", "Sprocket", "Gizmo", "Widget", "Cog", "Rivet"],
    "dog": ["Rex", "Bello", "Buddy", "Fiete", "Rocky", "Lumpi", "Sammy", "Bruno"],
    "cat": ["Luna", "Mimi", "Felix", "Minka", "Tiger", "Susi", "Oscar", "Molly"],
    "man": ["Tom", "Max", "Paul", "Ben", "Jan", "Karl", "Oliver", "Hugo"],
    "woman": ["Anna", "Mia", "Lena", "Clara", "Sophie", "Nora", "Ida", "Greta"],
    "child": ["Lily", "Finn", "Emma", "Noah", "Mila", "Leo", "Zoe", "Jonas"],
    "girl": ["Lily", "Emma", "Mila", "Zoe", "Hanna", "Lotte", "Ella", "Frieda"],
    "boy": ["Finn", "Noah", "Leo", "Ben", "Elias", "Anton", "Milo", "Theo"],
    "person": ["Sam", "Alex", "Kim", "Robin", "Charlie", "Luca", "Jo", "Toni"],
}
# family words are what a family calls them (en, de)
_KIN = {
    "grandfather": ("Grandpa", "Opa"), "grandpa": ("Grandpa", "Opa"), "grossvater": ("Grandpa", "Opa"),
    "opa": ("Grandpa", "Opa"), "grandmother": ("Grandma", "Oma"), "grandma": ("Grandma", "Oma"),
    "grossmutter": ("Grandma", "Oma"), "oma": ("Grandma", "Oma"), "mother": ("Mum", "Mama"), "mum": ("Mum", "Mama"),
    "mom": ("Mom", "Mama"), "mutter": ("Mum", "Mama"), "mama": ("Mum", "Mama"), "father": ("Dad", "Papa"),
    "dad": ("Dad", "Papa"), "vater": ("Dad", "Papa"), "papa": ("Dad", "Papa"),
}


class Body:
    """The asset that plays a character: ``type``, ``voice``, and whether it ``stands_in`` for another kind."""

    def __init__(self, type_: str, voice: str, stands_in: bool = False) -> None:
        self.type = type_
        self.voice = voice
        self.stands_in = stands_in


def _noun_type(folded: str) -> str | None:
    from autark.story.noun_kinds import kind_of_noun

    return kind_of_noun(folded)


# how many a bare plural of small animals is ("feeds the pigeons", "füttert Tauben", "die Enten"): a flock, not
# one bird or two; and the most of any one kind cast (more birds fill a wide shot, they do not read better)
FLOCK = 4
MOST_ANIMALS = 6
_FLOCK_MAX_M = 1.6  # bodies up to a sheep's length come in flocks; dogs, horses and cows in a plural are two
_PLURAL_ENDINGS = {"en": ("s", "es"), "de": ("n", "en", "e", "er", "s")}
# German animal plurals with an umlaut (folded), which no ending rule finds
_UMLAUT_PLURALS = frozenset({"huehner", "gaense", "maeuse", "kuehe", "voegel", "froesche", "fuechse", "woelfe",
                             "kaelber", "laemmer", "haehne", "schwaene", "baere", "loewen", "kueken"})


# English animal words whose plural is the word itself: plural unless a verb after them says one ("the sheep
# graze", "counts his sheep"; "the sheep jumps" is one)
_SAME_PLURAL_EN = frozenset({"sheep", "deer", "moose", "elk", "bison", "reindeer"})
_ONE_VERBS_EN = frozenset({"is", "was", "has", "does"})


def flock_count(word: str, lang: str, listed_plural: bool, next_word: str = "") -> int:
    """How many a bare plural animal word stands for: ``FLOCK`` for small animals (birds, ducks, hens, sheep,
    mice), 2 for larger ones, 0 when ``word`` (as written) is no plural. ``listed_plural``: the vocabulary lists
    it as one ("Vögel", "mice"); else a plural ending on a known singular of the same kind says so ("pigeons",
    "Tauben", "Enten"; "Gans" is no plural of a "Gan")."""
    from autark.assets import library
    from autark.story.animal_bodies import animal_body, same_plural_de
    from autark.story.animal_sizes import animal_size_m
    from autark.story.footprints import footprint
    from autark.story.headcount import bare_plural
    from autark.story.lexicon import lexicon, stems

    folded = fold(word)
    # an animal the tables give a body ("Bienen", "hedgehogs") counts by that body, its singular by the tables
    typ = _noun_type(folded) or animal_body(folded)
    if lang == "en" and folded in _SAME_PLURAL_EN:
        listed_plural = not (next_word in _ONE_VERBS_EN or next_word.endswith("s") and not next_word.endswith("ss"))
    listed_plural = listed_plural or (lang == "de" and typ is not None and same_plural_de(folded, next_word))
    plural = listed_plural or folded in _IRREGULAR_EN or folded in _UMLAUT_PLURALS or any(
        folded == stem + end and (stem in lexicon().index and _noun_type(stem) == typ or (
            typ is not None and animal_body(stem) == typ))
        for stem in stems(folded)[1:] for end in _PLURAL_ENDINGS.get(lang, ()))
    if not plural:
        return 0
    if typ is None or typ not in character_types() or library.get(typ).age:
        return bare_plural(typ or "")  # "the children": a group (story.headcount)
    own = next((animal_size_m(s) for s in stems(folded) if animal_size_m(s) is not None), None)  # a kangaroo's
    size = footprint(typ)
    largest = own if own is not None else (max(size) if size is not None else None)
    return FLOCK if largest is not None and largest <= _FLOCK_MAX_M else 2


def flock_spot(first: tuple[float, float, float], kind: str, n: int) -> tuple[float, float, float]:
    """Where the ``n``-th member of a flock stands: around its first (at ``first``), a body's length apart,
    behind it and to the sides so the flock reads as one group in front of the others."""
    import math

    from autark.story.footprints import footprint

    size = footprint(kind)
    r = max(0.45, 1.1 * max(size)) if size is not None else 0.6
    a = math.radians(-40.0 + 80.0 * ((n - 1) % 3) + 20.0 * ((n - 1) // 3))
    ring = 1 + (n - 1) // 3  # three to a ring, each ring a body's length further out
    x, y, z = first
    return (round(x + r * ring * math.sin(a), 2), y, round(z - r * ring * math.cos(a) * 0.8, 2))


def body_for(word: str, group_type: str, group_voice: str) -> Body:
    """The body for a character word ("Ritter", "knights"): its own asset when one is registered, else the
    lexicon group's body (humanoid, robot, dog, cat)."""
    from autark.assets import library

    typ = _noun_type(fold(word))
    if typ is not None and typ in character_types():
        spec = library.get(typ)
        if spec.type == "robot":
            voice = "robot"
        elif spec.age == "child":
            voice = "child"
        elif spec.gender == "female":
            voice = "woman"
        elif spec.gender == "male" or spec.age:
            voice = "man"
        elif spec.type == "humanoid":
            voice = group_voice
        else:
            voice = "none"  # an animal: no age, no gender presented
        return Body(typ, voice)
    from autark.story.animal_bodies import animal_body

    animal = animal_body(word)
    if animal is not None:  # "ein kleiner Igel" read as a name is still a hedgehog: the mouse's body, mute
        return Body(animal, "none", stands_in=True)
    return Body(group_type, group_voice, stands_in=False)


_BOY_WORDS = ("boy", "junge", "jung", "bub", "son", "sohn", "soehne", "brother", "bruder", "brueder", "schuljunge")
_GIRL_WORDS = ("girl", "maedchen", "daughter", "tochter", "toechter", "sister", "schwester", "schuelerin")


def name_for(word: str, group: str, lang: str, used: set[str], display: str, several: bool = False,
             sex: str = "") -> str:
    """A name for a character the idea does not name: what a family calls a grandfather ("Opa"); the idea's
    own noun for a lone one ("Fisherman", "Dragon": the words then say "the fisherman", never a name); a given
    name only where it is useful, for two or more of one kind ("two knights": Tom and Max), by gender."""
    folded = fold(word)
    kin = _KIN.get(folded) or _KIN.get(folded.rstrip("s"))
    if kin:
        name = kin[lang == "de"]
        if name not in used:
            return name
    noun = _singular_word(word, lang) if group in ("man", "woman", "child", "person") or not display else display
    base = (noun[:1].upper() + noun[1:]).replace(" ", "")
    if not several and base not in used:
        return base
    pool_key = {"f": "woman", "m": "man"}.get(sex, group) if group in ("man", "woman", "person") else group
    if group == "child" and not sex:  # "two boys" are Tom and Max, not Lily and Finn
        sex = "m" if folded.startswith(_BOY_WORDS) else "f" if folded.startswith(_GIRL_WORDS) else ""
    if group == "child" and sex:
        pool_key = "girl" if sex == "f" else "boy"
    pool = _NAMES.get(pool_key)
    if pool is None or (group in ("robot", "dog", "cat") and display and fold(display) not in (
            "robot", "roboter", "dog", "hund", "cat", "katze")):
        pool = [f"{base}{n}" for n in range(2, 12)] if base in used else [base, *(f"{base}{n}" for n in range(2, 12))]
    return next((n for n in pool if n not in used), f"{group.title()}{len(used) + 1}")


def _singular_word(word: str, lang: str) -> str:
    if lang == "de":  # "dem Prinzen", "ihrem Nachbarn": named Prinz, Nachbar
        from autark.story.german_nouns import nominative_singular

        return nominative_singular(word[:1].upper() + word[1:], genitive=True)  # "des Lehrers": Lehrer
    w = word.lower()
    from autark.story.lexicon import lexicon

    return next((s for s in _singulars(w) if s in lexicon().index), w)


def is_given_name(name: str) -> bool:
    """Is ``name`` a person's or pet's name from the pools (said as a name), not a kind's noun?"""
    return any(name in pool for pool in _NAMES.values())


def is_kin_name(name: str) -> bool:
    return any(name in pair for pair in _KIN.values())


# a possessive or pronoun that says who a person is: "her laboratory", "his dog", "ihre Oma", "seinen Drachen"
_FEMALE_CUES = {"en": {"her", "hers", "she", "herself"}, "de": {"ihre", "ihren", "ihrem", "ihrer", "ihres"}}
_MALE_CUES = {"en": {"his", "he", "him", "himself"}, "de": {"sein", "seine", "seinen", "seinem", "seiner", "seines"}}
# gendered variants of a body: female <-> male
_FEMALE_OF = {"policeman": "policewoman", "businessman": "businesswoman", "firefighter": "firewoman", "man": "woman",
              "cowboy": "cowgirl", "prince": "princess", "king": "queen", "grandfather": "grandmother",
              "male_nurse": "nurse", "boy": "girl"}


_FEMALE_BEFORE = {"female", "woman", "girl", "lady", "weibliche", "weiblicher", "weibliches"}
_MALE_BEFORE = {"male", "man", "boy", "gentleman", "männliche", "männlicher", "maennliche", "maennlicher"}


_PERSONAL_PRONOUNS = frozenset({"he", "she", "him", "er", "sie", "ihn"})
# German girls' words of neuter gender, whose possessive is the masculine-looking 'sein' ("das Mädchen und
# seine Katze"): a girl whatever follows
_NEUTER_GIRLS = frozenset({"maedchen", "maedel", "maedels", "fraeulein", "maegdlein", "schulmaedchen"})


def gender_cue(tokens: list[str], at: int, lang: str, people_at: set[int], beings_at: set[int] = frozenset()) -> str:
    """'f' or 'm' when a possessive or pronoun after the person's word (before the next person is named)
    says so ("a nervous violinist plays her first concert" -> 'f'); '' when the idea does not say. After an
    animal or creature is named (``beings_at``) a possessive still counts ("invents a robot in her laboratory")
    but a personal pronoun is the creature's ("a princess kisses a frog, but he ...")."""
    from autark.story.given_names import sex_of_name

    said = sex_of_name(tokens[at]) if at < len(tokens) else None
    if said:  # "until Emma catches him": Emma is a woman, the 'him' is the dog's
        return said
    if lang == "de" and fold(tokens[at]) in _NEUTER_GIRLS:  # "ein Mädchen ... mit seiner Freundin": neuter 'sein'
        return "f"
    female, male = _FEMALE_CUES.get(lang, set()), _MALE_CUES.get(lang, set())
    for k in range(at, max(-1, at - 3), -1):  # "a female pilot", "a girl knight", "a woman doctor"
        if k == at - 2 and (tokens[at - 1].lower().endswith("s") or lang == "de" and tokens[at - 1][:1].islower()):
            break  # "a boy visits Grandma": a verb stands between, the boy is not what she is
        w = tokens[k].lower()
        if w in _FEMALE_BEFORE:
            return "f"
        if w in _MALE_BEFORE:
            return "m"
    after_being = False
    for k in range(at + 1, len(tokens)):
        if k in people_at:
            break
        after_being = after_being or k in beings_at
        w = tokens[k].lower()
        if after_being and w in _PERSONAL_PRONOUNS:
            break
        if w in female:
            return "f"
        if w in male:
            return "m"
    if lang == "de" and tokens[at][:1].isupper() and tokens[at].lower().endswith(("in", "innen")) and len(
            tokens[at]) > 5:
        return "f"  # Ärztin, Geigerin
    return ""


def sexed(body: Body, sex: str) -> Body:
    """The body of the gender the idea says: its female or male variant where one is registered (a
    scientist in her laboratory is played by the female scientist), and the voice to match."""
    if not sex:
        return body
    from autark.assets import library

    known = set(library.all_types())
    typ = body.type
    if typ == "humanoid":  # a person word with no body of its own: the woman's or the man's
        typ = "woman" if sex == "f" else "man"
    if typ == "child" and {"girl", "boy"} <= known:  # a child the idea says is a girl or a boy
        typ = "girl" if sex == "f" else "boy"
    if sex == "f":
        variant = _FEMALE_OF.get(typ) or (f"female_{typ}" if f"female_{typ}" in known else typ)
    else:
        male_of = {v: k for k, v in _FEMALE_OF.items()}
        variant = male_of.get(typ) or (typ[len("female_"):] if typ.startswith("female_") else typ)
    if variant not in known:
        variant = typ if typ in known else body.type
    voice = body.voice
    if voice in ("man", "woman"):
        voice = "woman" if sex == "f" else "man"
    return Body(variant, voice, body.stands_in)


_OLD = {"old", "elderly", "aged", "alt", "alte", "alter", "alten", "altes", "greis", "betagt", "betagte", "betagter"}


# a person called little is a child ("the little man", "die kleine Lena"); "small" and "tiny" only size them
_LITTLE = {"little", "klein", "kleine", "kleiner", "kleinen", "kleines", "kleinem"}
# words for someone of one's own age: a child's brother, friend or classmate is a child too (English, German;
# folded, with the plural and the German feminine forms)
_PEERS = frozenset({
    "brother", "brothers", "sister", "sisters", "sibling", "siblings", "friend", "friends", "classmate",
    "classmates", "cousin", "cousins", "playmate", "playmates", "schoolmate", "schoolmates", "pal", "pals", "buddy",
    "buddies", "twin", "bruder", "brueder", "schwester", "schwestern", "geschwister", "freund", "freunde",
    "freundin", "freundinnen", "klassenkamerad", "klassenkameraden", "klassenkameradin", "mitschueler",
    "mitschuelerin", "mitschuelern", "cousine", "cousinen", "vetter", "spielkamerad", "spielkameraden",
    "spielkameradin", "kumpel", "zwilling", "zwillingsbruder", "zwillingsschwester"})
_FEMALE_PEERS = frozenset({"sister", "sisters", "schwester", "schwestern", "freundin", "freundinnen",
                           "klassenkameradin", "mitschuelerin", "cousine", "cousinen", "spielkameradin",
                           "zwillingsschwester"})
_MALE_PEERS = frozenset({"freund", "freunde", "klassenkamerad", "klassenkameraden", "mitschueler", "vetter",
                         "spielkamerad", "spielkameraden", "kumpel", "zwillingsbruder"})  # German masculine nouns


def _child_body(word: str, sex: str) -> Body:
    from autark.assets import library

    w = fold(word)
    girl = sex == "f" or w.startswith(_GIRL_WORDS) or w in _FEMALE_PEERS
    boy = sex == "m" or w.startswith(_BOY_WORDS) or w in _MALE_PEERS
    typ = "girl" if girl else "boy" if boy else "child"
    return Body(typ if typ in library.all_types() else "child", "child")


def peers_of_children(characters: list) -> list:
    """``characters`` (``CharacterConcept``) with a child's brother, sister, friend or classmate played by a
    child ("a girl plays with her brother", "die kleine Lena und ihr Bruder"): a peer word cast as a grown-up in
    a cast that has a child. The others stay as they are."""
    from autark.assets import library

    known = library.all_types()
    if not any(c.type in known and library.get(c.type).age == "child" for c in characters):
        return characters
    out = []
    for c in characters:
        if fold(c.word) in _PEERS and c.type in ("man", "woman", "humanoid"):
            body = _child_body(c.word, "f" if c.type == "woman" else "")
            c = c.model_copy(update={"type": body.type, "voice": body.voice})
        out.append(c)
    return out


def young_scale(word: str) -> float | None:
    """The size factor of a giant's word ("giant", "Riese": ``story.sizes.ROLE_SIZES``) or of a young animal's
    word ("lamb", "Fohlen", "Welpe"): a small grown body
    (``autark.motion.holding.YOUNG_SCALE``, where a lamb is also lifted as one); else of an animal played by
    another's body, at its own size (``story.animal_sizes``: a donkey is a small horse, a walrus a small
    whale); None for any other word."""
    from autark.motion.holding import young_scale as young
    from autark.story.animal_sizes import role_scale
    from autark.story.giants import role_size

    found = role_size(word) or young(word)  # a giant is the largest a body is shown
    if found is not None:
        return found
    from autark.story.animal_bodies import animal_body, wordnet_animal

    # measured against the body that plays it: the word's own where it has one (a beaver is no mouse grown 4
    # times, 1.5 m tall; a pony is the horse's word, at a pony's size)
    own = _noun_type(fold(word))
    body = (own if own in character_types() else None) or animal_body(word) or wordnet_animal(word)
    return role_scale(word, body) if body else None


def cast_colour(before: list[str], colours: list[str], group: str) -> str:
    """The colour an idea gives a character: a colour word just before it ("a black cat", "ein weißes Pferd",
    ``colours``: the colour each of the words ``before`` names, "" for none), else grey for an old animal
    ("an old dog", "ein alter Esel": its coat greyed, as no elder body exists for animals)."""
    colour = next((c for c in reversed(colours[-2:]) if c), "")
    if colour:
        return colour
    animal = group not in ("man", "woman", "child", "person", "robot")
    return "grey" if animal and any(fold(w) in _OLD for w in before[-2:]) else ""


def aged(body: Body, before: str, sex: str, word: str = "") -> Body:
    """The body of the age the idea gives: "an old man" / "eine alte Frau" is played by the elder (the
    grandfather's or the grandmother's body, without being called Grandpa), "the little man", "die kleine
    Lena" by a child's; other bodies stay."""
    plain = body.type in ("man", "woman", "humanoid")
    if plain and fold(before) in _LITTLE:
        return _child_body(word, sex)
    if fold(before) not in _OLD or not plain:
        return body
    elder = "grandmother" if (sex == "f" or body.type == "woman") else "grandfather"
    from autark.assets import library

    if elder not in set(library.all_types()):
        return body
    return Body(elder, "woman" if elder == "grandmother" else "man", body.stands_in)


# words of two meanings: the other words of the idea choose (a kite in the wind, a dragon that breathes fire;
# a bat swung at a baseball; "das Schloss der Truhe" is its lock, no castle: read as nothing, the chest shows
# it). word -> [(the word to read instead, "" for nothing, cue stems)], first match wins
_BAT = [("baseball_bat", ("baseball", "swing", "swung", "batter", "pitch", "cricket", "homerun", "home_run", "inning"))]
_LOCK = [("", ("truhe", "koffer", "kiste", "schatulle", "fahrrad", "vorhaeng", "tresor", "knack", "schloss_auf",
               "schliesst_auf", "aufschliess", "dietrich"))]
# a bank robbed is the bank's hall (an office with its counter), an English river's bank the river bank (a
# German "Bank" by a river is still a bench); a mouse clicked is the computer's, no animal
_BANK = [("office", ("raub", "rauber", "raeuber", "ueberfall", "geld", "tresor", "konto", "kredit", "robber", "robbery",
                     "bankraeub", "bankraub", "bankueberfall", "bankangestellt", "bankdirektor",
                     "rob", "money", "vault", "teller", "cash", "loan", "heist")),
         ("river_bank", ("river", "stream", "fishing", "fisherman", "riverside"))]
_MOUSE = [("", ("klick", "click", "cursor", "tastatur", "keyboard", "scroll", "doppelklick", "double_click"))]
_SENSES: dict[str, list[tuple[str, tuple[str, ...]]]] = {
    "drachen": [("flugdrachen", ("wind", "steig", "schnur", "verlier", "verlor", "bast", "lass", "papier", "himmel",
                                 "drachenfest", "herbst", "halt", "zieh"))],
    "bat": _BAT, "bats": _BAT, "schloss": _LOCK, "schlosses": _LOCK, "bank": _BANK, "maus": _MOUSE, "mouse": _MOUSE,
}
_OWNING = frozenset({"einen", "seinen", "ihren", "meinen", "deinen", "unseren", "euren"})
_CREATURE_CUES = {"drachen": ("feuer", "frisst", "fress", "spei", "brüll", "bruell", "ritter", "prinzessin", "schupp",
                              "höhle", "hoehle", "schatz", "kampf", "kämpf", "kaempf", "besieg", "flügel")}


def sense_of(word: str, folded_tokens: list[str]) -> str | None:
    """The word to read instead of ``word`` when the idea's other words choose its other meaning
    ("Junge verliert seinen Drachen im Wind": the kite), else None."""
    w = fold(word)
    options = _SENSES.get(w)
    if not options:
        return None
    others = [t for t in folded_tokens if t != w]
    if any(t.startswith(c) for t in others for c in _CREATURE_CUES.get(w, ())):
        return None
    owned = any(a in _OWNING and b == w for a, b in zip(folded_tokens, folded_tokens[1:], strict=False))
    if owned and any(t.startswith(("flieg", "flog")) for t in others):  # "fliegen ihren Drachen": a kite one flies
        return options[0][0]
    for instead, cues in options:
        if any(t.startswith(c) for t in others for c in cues):
            return instead
    return None


def display_noun(key: str, lang: str, word: str = "") -> tuple[str, str]:
    """(noun, German gender) for an asset kind or lexicon group: lexicon.yaml's display noun, else the asset's
    own words (first word, ``gender_de``), else the word the idea used."""
    from autark.story.lexicon import lexicon

    lex = lexicon()
    for section in ("objects", "characters"):
        entry = lex.data[section].get(key)
        if entry is not None:
            noun = entry["noun"]
            return (str(noun["de"][0]), str(noun["de"][1])) if lang == "de" else (str(noun["en"]), "")
    try:
        from autark.assets import library

        spec = library.get(key)
        words = spec.words.get(lang, "").split()
        if words:
            noun = words[0].replace("_", " ")
            if lang == "de":
                return noun[:1].upper() + noun[1:], spec.gender_de or "n"
            return noun, ""
    except KeyError:
        pass
    noun = (word or key).replace("_", " ")
    if lang == "de":
        return noun[:1].upper() + noun[1:], "m"
    return noun.lower(), ""


def character_noun(type_: str, group: str, word: str, lang: str) -> tuple[str, str]:
    """What the text calls a character, with its German gender: the idea's own word in the singular
    ("violinist", "Geigerin", "kitten", "Kätzchen", "Matrose"), a plural made singular ("knights" -> "knight",
    "children" -> "child", "Kühe" -> "Kuh", "Kindern" -> "Kind"), else the kind's noun."""
    if not word or not word[:1].isalpha() or fold(word) == "person":  # the stand-in person of an idea of nobody
        return display_noun(type_ if type_ != "humanoid" else group, lang, word)
    folded = fold(word)
    forms: list[str] = []
    spec_gender = ""
    try:
        from autark.assets import library

        spec = library.get(type_)
        forms = [fold(f) for f in spec.words.get(lang, "").split()]
        spec_gender = spec.gender_de or ""
    except KeyError:
        pass
    group_gender = _GROUP_GENDER.get(group, "")
    if lang == "en":
        from autark.story.lexicon import lexicon

        w = _IRREGULAR_EN.get(word.lower(), word.lower())
        candidates = [*_singulars(w)[1:], w]
        noun = next((c for c in candidates if c in forms and "_" not in c), "")
        noun = noun or next((c for c in candidates if c in lexicon().index), _english_singular(w))
        return noun.replace("_", " "), ""
    if forms and folded == forms[0]:  # the kind's own singular: "Dachs" is no genitive of a "Dach"
        return word[:1].upper() + word[1:], spec_gender
    plain = _no_umlaut(folded)
    for i, form in enumerate(forms):  # the singular this word is a plural (or case form) of
        base = _no_umlaut(form)
        if len(form) < len(folded) and plain.startswith(base) and len(plain) - len(base) <= 3 and len(base) >= 3:
            original = spec.words["de"].split()[i]
            return original[:1].upper() + original[1:], spec_gender if i == 0 else _gender_de(original, "",
                                                                                                 group_gender)
    from autark.story.german_nouns import nominative_singular

    noun = nominative_singular(word[:1].upper() + word[1:], genitive=True)  # "ihrem Nachbarn": der Nachbar
    if folded.endswith(("ern", "eln")) and folded not in forms:  # a dative plural: "mit ihren Schülern"
        from autark.story.dictionary import german_noun

        if german_noun(noun[:-1]):
            noun = noun[:-1]
    if group_gender == "n" and folded not in forms:  # a child word of its own (Schüler) is not "das"
        group_gender = ""
    return noun, _gender_de(noun, spec_gender if forms and folded == forms[0] else "", group_gender)


_IRREGULAR_EN = {"children": "child", "people": "person", "women": "woman", "men": "man", "mice": "mouse",
                 "geese": "goose", "oxen": "ox", "wolves": "wolf", "elves": "elf", "dwarves": "dwarf",
                 "fishermen": "fisherman", "policemen": "policeman", "firemen": "fireman"}


def _no_umlaut(folded: str) -> str:
    return folded.replace("ae", "a").replace("oe", "o").replace("ue", "u")


def _gender_de(noun: str, known: str, group_gender: str) -> str:
    """A German noun's gender: the kind's where the word is its noun, else by the word's ending."""
    w = noun.lower()
    if w.endswith("lein") or (w.endswith("chen") and len(w) > 6 and not w.endswith(_NOT_DIMINUTIVE)):
        return "n"  # Kätzchen, Kaninchen, Eichhörnchen; not Kuchen, Knochen, Drachen
    if known:
        return known
    head = next((w[i:] for i in range(len(w) - 2) if w[i:] in _DE_GENDERS), "")
    if head:  # the word or its last part is a noun whose gender is known: a compound takes its head's
        return _DE_GENDERS[head]
    if w.endswith(("eur", "ör", "oer")):
        return "m"  # der Friseur, der Ingenieur, der Frisör (not the feminine -ur of die Natur)
    if w.endswith(("in", "ung", "heit", "keit", "schaft", "ion", "frau", "mutter", "schwester", "tochter", "tät",
                   "ik", "ei", "ie", "ur", "enz", "anz")):
        return "f"
    if w.endswith(("ment", "tum", "um", "zeug", "nis", "ma", "o")):
        return "n"  # das Instrument, das Museum, das Flugzeug, das Kino
    if group_gender:
        return group_gender
    if w.endswith("e") and not w.endswith(("junge", "affe", "drache", "hase", "löwe", "rabe", "käse")):
        return "f"
    return "m"


_NOT_DIMINUTIVE = ("kuchen", "knochen", "drachen", "rachen", "rochen", "zeichen")
# German nouns whose gender their ending does not tell (or tells wrong), by the word or a compound's last part
# ("Zauberhut": der Hut); folded lower case with umlauts kept as the idea writes them
_DE_GENDERS = {w: g for g, words in (
    ("n", "lamm kalb fohlen ferkel küken kueken pferd schaf rind reh huhn schwein kamel zebra känguru krokodil "
          "nashorn pony tier boot schiff auto flugzeug fahrrad rad buch bild haus bett glas messer brot ei "
          "geschenk spielzeug instrument klavier akkordeon cello horn seil netz zelt feuer licht fenster "
          "schloss dach kissen sofa regal radio handy telefon geld kind mädchen maedchen baby paar volk publikum "
          "team orchester café cafe restaurant hotel kino theater museum zimmer büro buero bad dorf feld meer "
          "ufer land tal gebirge wasser herz lied spiel kartenspiel brett schach papier blatt heft "
          "foto kleid hemd tuch ding essen obst gemüse gemuese fleisch mehl salz öl oel bier wein "
          "taxi kanu floss segel ruder lenkrad gewitter wetter unwetter"),
    ("f", "maus kuh gans hand tür tuer uhr nacht stadt wand bank welt luft milch wurst frucht nuss angst "
          "karte karten post torte kerze gitarre geige flöte floete trompete trommel harfe orgel laterne lampe insel "
          "bühne buehne straße strasse brücke bruecke schule küche kueche"),
    ("m", "hut stuhl tisch schrank ball baum wald berg fluss see strand hund bär baer fuchs wolf vogel fisch "
          "hase löwe loewe affe rabe drache junge mann vater bruder sohn onkel opa koffer schlüssel schluessel "
          "teller löffel loeffel becher korb sack zug bus wagen laster traktor hubschrauber apfel kuchen käse "
          "kaese brief ring stein sand schnee regen wind sturm sturz schal mantel schuh gürtel guertel "
          "kapitän kapitaen pirat ritter könig koenig prinz zauberer magier clown künstler kuenstler welpe kunde "
          "bote riese neffe erbe kollege zeuge geselle knabe gefährte gefaehrte"),
) for w in words.split()}


_GROUP_GENDER = {"man": "m", "woman": "f", "child": "n", "person": "m"}


def _english_singular(word: str) -> str:
    """A plural the tables do not know, by rule: wishes -> wish, ponies -> pony, cats -> cat."""
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith(("shes", "ches", "xes", "sses")):
        return word[:-2]
    if word.endswith("s") and not word.endswith(("ss", "us", "is")):
        return word[:-1]
    return word


def _singulars(word: str) -> list[str]:
    out = [word]
    if word.endswith("men"):
        out.append(word[:-3] + "man")
    if word.endswith("ies"):
        out.append(word[:-3] + "y")
    if word.endswith("s"):
        out.append(word[:-1])
    if word.endswith(("ses", "shes", "ches", "xes", "zes", "oes")):  # "boxes", "heroes"; "bees" is no "be"
        out.append(word[:-2])
    return out
