"""Concept analysis: a one-line idea -> characters, setting, time, weather, objects, actions, mood, genre.

Rule based over ``lexicon.yaml`` (English and German). Words it does not know go through
``autark.story.semantic.nearest`` (embeddings when the optional extra is installed, else synonyms and
difflib); what still is not understood is named in ``Concept.warnings``.
"""

from __future__ import annotations

import re

from autark.assets.templates import fold, load_setting
from autark.errors import LimitExceeded, NotUnderstood
from autark.story import headcount, implied, nouns, place_names, places, roles, sizes, thing_words, trades
from autark.story import verbs as verb_table
from autark.story.analysis_words import (
    MOST_OCCASION_THINGS,
    ONE_WORDS,
    TALKING_CREATURES,
    THE_OR_PLACE,
    after_article_de,
    female_names,
    looks_like_name,
    noun_key,
    plural_after_die,
    plural_words,
    singular_name,
    unstaged_reasons,
)
from autark.story.animal_bodies import animal_body
from autark.story.cast import (
    aged,
    body_for,
    cast_colour,
    character_noun,
    display_noun,
    flock_count,
    gender_cue,
    name_for,
    peers_of_children,
    sexed,
    young_scale,
)
from autark.story.compound_parts import with_compound_parts
from autark.story.concept import IDEA_WORD as _TOKEN
from autark.story.concept import (
    MAX_IDEA_CHARS,
    MOODS,
    CharacterConcept,
    Concept,
    ObjectConcept,
    detect_language,
)
from autark.story.creature_bodies import animal_kin, creature_bodies
from autark.story.dictionary import german_noun
from autark.story.events import Token, extract_events
from autark.story.feared import without_the_merely_feared
from autark.story.german_nouns import after_contraction, icy_eis
from autark.story.giants import giant_noun
from autark.story.given_names import is_known_name, sex_of_name
from autark.story.group_looks import member_sex
from autark.story.idea_marks import indefinite_en
from autark.story.journeys import read_journey
from autark.story.lexicon import Hit, lexicon, names_being
from autark.story.manners import manner_words
from autark.story.meanings import ARTICLES as _ARTICLES
from autark.story.meanings import read_meanings
from autark.story.modified_nouns import dress_made_things, read_made_things
from autark.story.moods import mood_and_genre, names_a_mood
from autark.story.owners import owners_only
from autark.story.passive import turn_passives
from autark.story.plural_verbs import verb_after_plural
from autark.story.pronouns import resolve_pronouns
from autark.story.relations import royal_children
from autark.story.rides import rides
from autark.story.stand_ins import stand_in_notes
from autark.story.substitutions import dug_for, set_aside, without_set_aside
from autark.story.time_phrases import occasion_counts
from autark.story.told_about import told_note, told_topics
from autark.story.unknown_reading import read_unknown_words
from autark.story.unknown_words import plausible as _plausible
from autark.story.unknown_words import unknown_word_notes
from autark.story.uses import by_use
from autark.story.verb_slots import (
    as_verb,
    verb_after_subject,
)
from autark.story.waterside import water_setting
from autark.story.word_places import describing_participles, nouns_by_place, watched_screens
from autark.story.world_readings import read_in_the_world

# the concept's data and the language guess live in ``story.concept``, the words' first reading in
# ``story.meanings``, the mood and genre in ``story.moods``; their names are read from here as before
__all__ = ["MAX_IDEA_CHARS", "MOODS", "CharacterConcept", "ObjectConcept", "Concept", "analyze", "detect_language"]

def analyze(idea: str, language: str | None = None) -> Concept:
    """Read a one-line idea. Raises ``UserInputError`` subclasses for empty, over-long or gibberish ideas."""
    text = (idea or "").strip()
    if not text:
        raise NotUnderstood("the idea is empty", hint='write one sentence, e.g. "a lonely robot finds a flower"')
    if len(text) > MAX_IDEA_CHARS:
        raise LimitExceeded(f"the idea is {len(text)} characters long; at most {MAX_IDEA_CHARS} are allowed",
                            hint="shorten it to a sentence or two; details can be edited in the screenplay")
    if language not in (None, "en", "de"):
        raise NotUnderstood(f"language {language!r} is not supported", hint="use 'en' or 'de'")
    lang = language or detect_language(text)
    lex = lexicon()
    spans = list(_TOKEN.finditer(text.replace("\u2019", "'")))
    tokens = [m.group(0) for m in spans]
    # "the fisherman's fish": the owner is read as the word itself, and remembered as the next thing's holder
    possessive = {k for k, t in enumerate(tokens) if t.lower().endswith("'s") and len(t) > 3}
    tokens = [t[:-2] if k in possessive else t for k, t in enumerate(tokens)]
    folded = [fold(t) for t in tokens]
    breaks = {k for k in range(1, len(spans)) if re.search(r"[,;:.!?()\u2013\u2014]",
                                                          text[spans[k - 1].end():spans[k].start()])}

    # 1. meanings: phrases first (longest), then single words with their inflections (story.meanings)
    reading = read_meanings(tokens, folded, lang, breaks, possessive)
    meanings, verbs, span_start, phrased = reading.meanings, reading.verbs, reading.span_start, reading.phrased
    for k in manner_words(folded, lang, lambda k: not meanings[k] and verbs[k] is None):  # "by mistake", "aus
        meanings[k], verbs[k] = [Hit("stop", "", "any")], None  # Versehen": how it is done, no thing, no act
    for k in occasion_counts(tokens, lang):  # "ein letztes Mal": a time, never the act of painting (malen)
        meanings[k], verbs[k] = [Hit("stop", "", "any")], None
    places.read_worlds(folded, meanings, lang)  # "on a misty alien jungle planet": the jungle, no prop, no alien
    for k in describing_participles(tokens, folded, meanings, verbs):  # "sein verlorenes Fischerboot": no
        meanings[k], verbs[k] = [Hit("stop", "", "any")], None  # act of losing, a boat that is lost
    for k, things in nouns_by_place(tokens, folded, meanings, verbs, lex.lookup) if lang == "en" else ():
        meanings[k], verbs[k] = things, None  # "glides on her roller skates": the skates, no skating
    for k in watched_screens(folded, meanings, verbs):  # "watches her favourite film": the screen plays it
        meanings[k] = [h for h in lex.lookup("tv") if h.category == "object"][:1]
    if lang == "de":  # "auf dem dünnen Eis", "das Eis bricht": ice, not an ice cream
        for k in (k for k in range(len(folded)) if icy_eis(folded, k)):
            meanings[k] = [h for h in lex.lookup("ice") if h.category == "object"]

    warnings: list[str] = []
    # a place's proper name is the place ("in Rome", "nach Venedig"), said in a note; one who acts is a person
    span = [place_names.name_span(folded, k) if any(h.category == "setting" for h in m) else 0
            for k, m in enumerate(meanings)]
    for k in place_names.names_not_places(tokens, folded, [n > 0 for n in span], [v is not None for v in verbs]):
        meanings[k], span[k] = [], 0
    warnings += [place_names.place_name_note(" ".join(tokens[k:k + n]), next(
        h.key for h in meanings[k] if h.category == "setting"), "_".join(folded[k:k + n]))
                 for k, n in enumerate(span) if n]
    names: dict[int, str] = {}  # token index -> a name given in the idea
    for k, tok in enumerate(tokens):
        cats = {h.category for h in meanings[k]}
        prev = meanings[k - 1] if k else []
        after_marker = any(h.category == "name_marker" for h in prev)
        after_character = names_being(prev)
        if verbs[k] is not None and not after_marker:
            continue
        if after_marker and tok[:1].isalpha():
            names[k] = tok[:1].upper() + tok[1:]
        elif looks_like_name(tok) and not cats and not (lang == "de" and (after_article_de(tokens, folded, k) or
                                                                    after_contraction(folded, k))) and not (
                lang == "en" and k and folded[k - 1] in THE_OR_PLACE and not is_known_name(tok)) and not (  # "the Earth rises", "through Ancient Rome": no one
                lang == "de" and not is_known_name(tok) and (german_noun(tok) or animal_body(tok))) and (  # "einem müden Geschäftsmann Kaffee": coffee, no one
                after_character or lang == "en" or is_known_name(tok) or (k + 1 < len(tokens) and (
                folded[k + 1] in ("und", "and") or any(h.category == "action" for h in meanings[k + 1])
                or verbs[k + 1] is not None))):  # a German capital after an article is a noun ("ein Imker")
            names[k] = tok
    from autark.story.personified import dressed_seasons, personified

    seasons_cast, seasons_addressed, seasons_timed = personified(tokens, verbs, breaks)  # "Spring and Autumn argue"
    for k in seasons_cast:
        names[k], verbs[k] = tokens[k], None
    for k in seasons_addressed | seasons_timed:  # "Vorsicht, Herbst", "waits all spring": no one, no jump
        names.pop(k, None)
        verbs[k] = None if k in seasons_timed else verbs[k]

    # a group of people ("a family", "ein Paar") is its members, cast below; never a place, a count or unknown
    groups_at = {k: m for k in range(len(tokens)) if (m := roles.collective_at(folded, tokens, k, lang))}
    for k in groups_at:
        meanings[k] = []
        if k and tokens[k - 1][:1].islower() and lang == "de":  # "ein junges Paar": an adjective, no Junge
            meanings[k - 1] = [h for h in meanings[k - 1] if h.category not in ("character", "stand_in")]
        names.pop(k, None)  # "Twins race to the tree": a capital at the start is the group, no one's name
    verb_slots: set[int] = set()  # unknown words where a subject's verb stands: read as verbs below
    for k in range(1, len(tokens)):  # "the robot irons shirts", "but it sinks": a noun's form where a verb stands
        if lang == "en" and verbs[k] is None and not meanings[k] and verb_after_plural(k, folded, meanings, verbs,
                                                                                         breaks):
            if any(h.category in ("object", "light") for h in meanings[k - 1]):
                verbs[k] = verb_table.stand_in()  # "the lights flicker": a thing's own doing, said by the narrator
            else:
                verb_slots.add(k)  # "two teenagers skateboard": the verb table or its nearest verb, never a noun
        elif lang == "de" and verbs[k] is None and not meanings[k] and tokens[k][:1].islower() and folded[k].endswith(
                ("en", "ern", "eln", "t")) and any(h.category in ("object", "light") for h in meanings[k - 1]):
            verbs[k] = verb_table.stand_in()  # "die Lichter flackern": a thing's own doing, never a near verb
        elif lang == "en" and verbs[k] is None and (verb_after_subject(k, folded, meanings, verbs, breaks)
                                                    or verb_after_plural(k, folded, meanings, verbs, breaks)):
            verbs[k] = as_verb(folded[k], lang)
            meanings[k] = []
    for k in range(len(tokens)):  # "a giant and a dwarf": a person, not a size word (story.sizes)
        if lang == "en" and giant_noun(folded, meanings, verbs, k):
            meanings[k] = [Hit("character", "man", lang)]
    # a rubber duck, a "Plüschbär", a portrait of a king: things, never cast (story.modified_nouns)
    made = read_made_things(tokens, folded, meanings, lang, lex.lookup)
    topics, tellings = told_topics(folded, meanings, verbs, breaks)  # "tells ghost stories": no ghost, no lake
    for k in (*topics, *tellings):
        meanings[k], verbs[k] = [Hit("stop", "", "any")], None
    warnings += [told_note(tokens[k]) for k in topics]
    # 2. unknown content words: the table, embeddings or typos, by part of speech; else reported
    found = read_unknown_words(tokens, folded, meanings, verbs, lang, names, groups_at, possessive, verb_slots, breaks,
                               warnings)
    unknown, unknown_at, guessed, kits = found.unknown, found.unknown_at, found.guessed, found.kits

    warnings += stand_in_notes(tokens, folded, meanings, span_start, warnings, lang)  # what plays a 'cellar', 'Zugabteil'
    known_content = any(h.category not in ("stop", "name_marker") for m in meanings for h in m) or names or any(
        verbs) or groups_at
    if not known_content:  # "xqzv blorp fnarg": a film of a stand-in person would show nothing of it
        raise NotUnderstood(f"autark cannot make a story out of {text!r}: none of its words are known",
                            word=text, hint='describe who does what and where, e.g. "a dog chases a ball '
                            'on the beach"')
    for k, pos in unknown_at.items():  # a verb nobody knows still happens (and is still reported): a gesture
        if pos == "verb" and _plausible(tokens[k]):  # toward what it is about stands in (verbs.stand_in)
            verbs[k] = verb_table.stand_in()

    def first(category: str) -> list[tuple[int, Hit]]:
        return [(k, h) for k, m in enumerate(meanings) for h in m if h.category == category]

    # 3. characters, in the order the idea names them; each word's characters for the events
    characters: list[CharacterConcept] = []
    used_names: set[str] = set()
    order: list[int] = []  # token index of each character, to keep the idea's order
    char_at: dict[int, list[str]] = {}
    by_word: dict[str, list[str]] = {}  # folded base word -> names ("the knight" again later)

    people_at = {k for k, m in enumerate(meanings) if any(h.category in ("character", "stand_in") and h.key in (
        "man", "woman", "child", "person") for h in m)}
    # a pronoun after an animal is the animal's: "a princess kisses a frog, but he ..." made her a prince
    beings_at = {k for k, f in enumerate(folded) if names_being([*meanings[k], *lex.lookup(f)])}

    def _player_kit(word: str, at: int) -> str | None:
        # what a player plays is the word before ("accordion player") or the compound's first part
        if fold(word) in roles.PLAYER_WORDS:
            return next((kit for h in (meanings[at - 1] if at else []) if h.category == "object"
                         and (kit := roles.player_kit(h.key))), None)
        return roles.compound_player(word)

    def add_character(group: str, word: str, name: str | None, at: int = 0, stand_in: bool = False,
                      several: bool = False, size: float | None = None, member: int = 0, count: int = 1) -> str:
        entry = lex.data["characters"][group]
        sex = gender_cue(tokens, at, lang, people_at, beings_at) if group in ("man", "woman", "child", "person") else ""
        if several and lang == "de" and not fold(word).endswith("innen"):
            sex = ""  # "Die Fischer ziehen ihre Netze": 'ihre' is their nets, not a fisherwoman's
        body = sexed(body_for(word, entry["type"], entry["voice"]), sex)
        played = _player_kit(word, at)
        if played and not stand_in:  # "the accordion player", "die Geigenspielerin": a musician, not an athlete
            body = sexed(roles.kit_body(played, word, lang, group) or body, sex)
        elif not stand_in and kits.get(at):  # an unknown word is played by the kit or known word it was read as
            body = sexed(roles.kit_body(kits[at], word, lang, group) or body_for(kits[at], entry["type"],
                                                                                 entry["voice"]), sex)
        elif body.type in ("humanoid", "man", "woman") and not stand_in:  # a role word plays in its costume kit
            kit = roles.kit_body("", word, lang, group)
            if kit is not None:
                body = sexed(kit, sex)
                note = f"{word!r} is a person: {indefinite_en(body.type.replace('_', ' '))} plays them"
                if note not in warnings:
                    warnings.append(note)
        if body.type == "humanoid" and not stand_in:  # a ballerina is a woman, never the faceless figure
            body = implied.plain_body(group, word, sum(c.word == word for c in characters)) or body
        if not stand_in:  # "an old man" is played by an elder's body
            before = tokens[at] if tokens[at] != word else (tokens[at - 1] if at else "")
            body = aged(body, before, sex or {"woman": "f", "man": "m"}.get(group, ""), word)  # "der kleine Mann"
        if several and not sex and group != "animal" and not stand_in:  # "five firefighters": not five alike
            sex = member_sex(word, body.type, member, count, lang)
            body = sexed(body, sex)
        voice = body.voice
        if stand_in:  # a creature played by another body keeps its own nature: named by its noun, mostly mute
            display = singular_name(word)
            voice = "robot" if fold(word) in TALKING_CREATURES else "none"
        else:
            display = display_noun(body.type if body.type not in ("humanoid",) else group, lang, word)[0]
            if group == "animal" and body.type not in ("dog", "cat") and word[:1].isalpha():
                display = character_noun(body.type, group, word, lang)[0]  # "das Kaninchen" is no "Hase"
        order.append(at)
        scale = sizes.size_before(folded, at, group, body.type)
        if scale is None and not stand_in:  # "a lamb": a small sheep; "a teenager": a grown child's body
            scale = young_scale(word) or roles.age_scale(word)
        scale = sizes.cast_size(size or scale, body.type) if (size or scale) is not None else None  # (a teddy's)
        if name is None:
            own_kind = stand_in or (group == "animal" and body.type not in ("dog", "cat"))
            name = name_for(word, "creature" if own_kind else group, lang, used_names,
                            display if body.type not in ("humanoid",) or stand_in else "", several=several,
                            sex=sex or {"woman": "f", "man": "m"}.get(group, "") or {"boy": "m", "girl": "f"}.get(body.type, ""))
        used_names.add(name)
        if scale is not None:
            size_of[name] = scale
        colour = "" if stand_in else cast_colour(folded[max(0, at - 2):at], [next(  # "a black cat", "an old dog"
            (h.key for h in meanings[j] if h.category == "colour"), "") for j in range(max(0, at - 2), at)], group)
        characters.append(CharacterConcept(name=name, type=body.type, group=group, voice=voice, word=word, color=colour,
                                           named=name in names.values()))
        return name

    size_of: dict[str, float] = {}  # character name or object type -> its size from a size word
    seen_groups: dict[str, list[str]] = {}
    modifier: dict[int, tuple[Hit, str]] = {}  # "robot waiter": the waiter's word -> the kind that plays it
    for k, m in enumerate(meanings):
        hit = next((h for h in m if h.category in ("character", "stand_in")), None)
        if hit is None or not span_start[k]:
            continue
        if k and folded[k] in ("friends", "friend") and folded[k - 1] in ("make", "makes", "making", "made"):
            continue  # "makes friends with a family": the family is cast, no friend besides
        head = next((h for h in meanings[k + 1] if h.category in ("character", "stand_in")), None) if (
            k + 1 < len(tokens) and k + 1 not in breaks and span_start[k + 1] and k not in names
            and k + 1 not in names) else None
        if head is not None:  # two person words in a row are one character: the first says what plays it
            modifier[k + 1] = (hit, tokens[k])
            continue
        name = names.get(k + 1) or (names.get(k + 2) if k + 2 in names and k + 1 < len(tokens) and any(
            h.category == "name_marker" for h in meanings[k + 1]) else None)
        group = hit.key
        if hit.category == "stand_in":
            warnings.append(f"autark has no {tokens[k]!r}; a {lex.data['characters'][group]['type']} plays it")
        count = 1
        counted = sizes.count_before(folded, meanings, k)  # "three small pigs": the number past the adjective
        if counted:
            count = counted
        elif name is None and group == "animal" and not (k and folded[k - 1] in ONE_WORDS) and (
                flock := flock_count(tokens[k], lang, folded[k] in plural_words(),
                                     folded[k + 1] if k + 1 < len(folded) else "")):
            # "feeds the pigeons", "füttert Tauben": a flock of small animals, else two ("a couple of": two)
            count = 2 if k > 1 and folded[k - 1] == "of" and folded[k - 2] in ("couple", "pair") else flock
        elif name is None and (folded[k] in plural_words() and not (k and folded[k - 1] in ONE_WORDS) or lang == "de"
                               and folded[k][-1:] == "n" and folded[k][:-1] in plural_words()):  # "mit den Kindern"
            count = headcount.bare_plural(group)  # "while the children watch": more than one
        elif name is None and not (k and folded[k - 1] in ONE_WORDS) and group in ("man", "woman", "person") and \
                implied.looks_plural(folded[k], noun_key(folded[k]), folded[k - 1] if k else "", lang):
            count = 2  # "the neighbours", "die Nachbarn": a plural the vocabulary does not list
        elif name is None and lang == "de" and k and folded[k - 1] == "die" and group in ("man", "woman", "person", "child") \
                and plural_after_die(folded[k], folded[k + 1] if k + 1 < len(folded) else "", group):
            count = 2  # "Die Lehrer trinken", "die Fischer ziehen": a plural written as its singular, by its verb
        base = noun_key(folded[k])
        another = sizes.size_before(folded, k, group) is not None and any(  # "a tiny robot and a giant robot"
            folded[j] in ("a", "an", "ein", "eine", "einen", "einem") for j in range(max(0, k - 3), k))
        if name is None and count == 1 and base in by_word and not another and set(by_word[base]) & set(
                seen_groups.get(group, [])):  # (of its own kind: "Fisch" is no second mention of "Fischer")
            char_at[k] = by_word[base][-1:]  # "the robot ... the robot": one character mentioned twice
            continue
        mod = modifier.get(k)
        if mod is not None and k > 1 and any(h.category == "number" for h in meanings[k - 2]):
            count = int(next(h.key for h in meanings[k - 2] if h.category == "number"))
        if mod is not None and mod[0].key in ("robot", "dog", "cat", "animal"):  # a robot waiter is a robot
            added = [add_character(mod[0].key, mod[1], name if c == 0 else None, k, mod[0].category == "stand_in",
                                   several=count > 1) for c in range(headcount.cast_count(count, tokens[k], lang,
                                                                                          warnings))]
            for i, c in enumerate(characters):
                if c.name in added:  # ...that the words call a waiter
                    own = name_for(tokens[k], c.group, lang, used_names - {c.name}, "", several=count > 1)
                    renamed = c.name if c.named or count > 1 else own
                    used_names.discard(c.name)
                    used_names.add(renamed)
                    added[added.index(c.name)] = renamed
                    characters[i] = c.model_copy(update={"word": tokens[k], "name": renamed})
            char_at[k - 1] = added
        else:
            head_k = k  # a phrase ("old man", "police officer") is named by its last word, its head
            while head_k + 1 < len(tokens) and not span_start[head_k + 1]:
                head_k += 1
            if head_k > k and "_".join(folded[k:head_k + 1]) in roles.ROLE_KITS and not kits.get(k):
                kits[k] = roles.costume_for("_".join(folded[k:head_k + 1]), lang) or ""  # "pop star": a musician
            added = [add_character(group, tokens[head_k], name if c == 0 else None, k, hit.category == "stand_in",
                                   several=count > 1, member=c, count=count) for c in range(headcount.cast_count(
                                       count, tokens[head_k], lang, warnings))]
        char_at[k] = added
        by_word.setdefault(base, []).extend(added)
        seen_groups.setdefault(group, []).extend(added)
    for k, members in groups_at.items():  # "a family": a father, a mother and a child
        if k not in char_at:
            char_at[k] = [add_character(next((h.key for h in lex.lookup(fold(w)) if h.category == "character"), "person"),
                                        w, None, k, several=True, member=i, count=members.count(w))
                          for i, w in enumerate(members)]
    for k, name in sorted(names.items()):
        if name not in used_names:  # a name standing alone ("Mia finds a ball")
            said = sex_of_name(name)  # "Luca", "Jonah" are boys; "Emma" a girl or a woman
            group = {"f": "woman", "m": "man"}.get(said or "") or (
                "woman" if name[-1] in "ae" or fold(name) in female_names() else "man")
            char_at[k] = [add_character(group, name, name, k)]
        elif k not in char_at and k - 1 not in char_at:
            char_at[k] = [name]
    characters = [c for _at, c in sorted(zip(order, characters, strict=True), key=lambda p: p[0])]
    characters = peers_of_children(characters)  # a girl's brother, a boy's friend: children too
    characters = royal_children(characters, folded)  # the king's daughter is a princess
    characters = dressed_seasons(characters, warnings)  # Autumn cast: a fairy in orange, never a man
    if not characters:  # someone the idea names that autark does not know, or nobody: a person plays the lead
        add_character("person", "person", None)
        if unknown:
            warnings.append(f"no character autark knows; a person ({characters[0].name}) plays the lead")
        else:  # a story needs someone on screen ("a red ball rolls down a hill"): said, never silent
            warnings.append(f"the idea names nobody; a person ({characters[0].name}) watches what happens")

    # 4. objects with their colours ("a red ball", "einen roten Ball")
    objects: list[ObjectConcept] = []
    adjectives: dict[str, str] = {}
    for k, hit in first("object"):
        if any(o.type == hit.key for o in objects):
            continue
        colour = ""
        for back in (1, 2):
            if k - back >= 0:
                ch = next((h for h in meanings[k - back] if h.category == "colour"), None)
                if ch is not None:
                    colour = ch.key
                    break
        colour = colour or thing_words.OWN_COLOURS.get(folded[k], "")  # "a taxi": a car, yellow
        objects.append(ObjectConcept(type=hit.key, color=colour, word=tokens[k], phrase=thing_words.phrase_word(
                                     tokens, span_start, k),
                                     count=min(max(sizes.count_before(folded, meanings, k),  # "their bikes": one each
                                                   thing_words.one_each(folded, k, len(characters), lang)) or 1, 4)))
        scale = sizes.size_before(folded, k, "object")
        if scale is not None:
            size_of[hit.key] = scale
        if k and tokens[k - 1].isalpha() and folded[k - 1] not in _ARTICLES and not any(
                h.category in ("stop", "number", "character", "object") for h in meanings[k - 1]) \
                and verbs[k - 1] is None:
            adjectives[hit.key] = tokens[k - 1]

    objects = dress_made_things(made, objects, size_of, warnings, lang, lambda t, w: ObjectConcept(type=t, word=w))
    # 5. where and when
    # a word that is a thing as well as a place ("finds a spaceship in his field") is the thing where the idea
    # names another place; the place it names after "in"/"im" is where it happens
    thing_places = {k for k, _h in first("setting") if any(h.category == "object" for h in meanings[k])
                    and not (k > 1 and folded[k - 2] in nouns.PLACE_PREPOSITIONS)
                    and not (k and folded[k - 1] in nouns.PLACE_PREPOSITIONS)}
    settings = list(dict.fromkeys(h.key for k, h in first("setting") if k not in thing_places)) or list(
        dict.fromkeys(h.key for _k, h in first("setting")))
    # the sky is where a film happens only when the idea names no ground: "under a starry sky a shepherd counts
    # his sheep on the meadow" is a night on the meadow, not a flight among the clouds
    settings = [s for s in settings if s != "sky"] + [s for s in settings if s == "sky"]
    objects, settings = with_compound_parts(lang, characters, objects, settings, lex.lookup, ObjectConcept)
    # a word the film happens in is not a thing in it too ("im Schloss": the throne room, no castle inside it)
    as_place = {k for k, h in first("setting") if k not in thing_places and h.key in settings
                and not (k and folded[k - 1] in places.GOAL_WORDS)}
    objects = places.not_the_setting(objects, [(tokens[k], h.key) for k, h in first("setting") if k in as_place],
                                     settings)
    setting_given = bool(settings)
    # a place played by another set brings what makes it that place, even as part of a phrase ("Picknick machen")
    for k in [k for k, _h in first("setting")] + sorted(phrased):
        for prop in places.props_for(folded[k]):
            if not any(o.type == prop for o in objects):
                objects.append(ObjectConcept(type=prop, word=tokens[k]))
    for k, word in enumerate(folded):  # "her birthday": a cake with candles, balloons and a present
        if any(h.category == "setting" for h in meanings[k] + (meanings[k + 1] if k + 1 < len(folded) else [])):
            continue  # "at the birthday party", "at the carnival": the place brings its own things
        if any(h.category == "object" and h.key not in thing_words.occasion_things(word) for h in meanings[k] + (
                meanings[k + 1] if k + 1 < len(folded) else [])):  # "Hochzeitshemd", "his wedding shirt": a
            continue  # shirt, not a wedding ("Geburtstagskuchen", "her birthday cake" still bring candles)
        for prop in thing_words.occasion_things(word):
            if not any(o.type == prop for o in objects) and len(objects) < MOST_OCCASION_THINGS:
                objects.append(ObjectConcept(type=prop, word=tokens[k]))
    tools = trades.job_tools([c.word for c in characters], [o.type for o in objects])  # a barber's scissors
    objects += [ObjectConcept(type=prop, word=prop) for prop in tools]
    if not settings:  # what the idea implies: its things and creatures, activity, profession (story.implied)
        doing = places.place_for_activity([folded[k] for k in range(len(tokens)) if not any(
            h.category in ("character", "object", "setting", "stand_in") for h in meanings[k])])
        guess = implied.guess_setting(doing, [(fold(c.word), c.type, c.group) for c in characters],
                                      [o.type for o in objects if o.type not in tools],  # (not a job's tools)
                                      any(h.key == "sci-fi" for _k, h in first("genre")))
        if doing and guess == doing[0]:  # a library is the office with its shelves
            objects += [ObjectConcept(type=p, word=doing[1]) for p in places.props_for(doing[1])
                        if not any(o.type == p for o in objects)]
        settings = [guess]
    # a boat that sinks or is rowed needs water: a set without any puts it on the grass (story.waterside)
    settings = water_setting(settings, folded, [o.type for o in objects], [k for k, _h in first("setting")],
                             setting_given)
    template = load_setting(settings[0])
    times = first("time")
    weathers = first("weather")
    actions = list(dict.fromkeys(h.key for _k, h in first("action")))

    # 6. the events: who does what to whom, with what, where, how it turns
    thing_at = {k: h.key for k, h in first("object") if k not in as_place}  # "liest im Schloss": no castle read
    setting_at = {k: h.key for k, h in first("setting") if k not in thing_places or len(thing_places) == len(
        first("setting"))}
    particles = verb_table.particles() if lang == "de" else frozenset()
    read = [Token(text=tokens[k], folded=folded[k], brk=k in breaks, characters=char_at.get(k, []),
                  thing=thing_at.get(k, ""), setting=setting_at.get(k, ""), verb=verbs[k],
                  turn=(verb_table.turn(folded[k]) or "") if verbs[k] is None else "",
                  particle=folded[k] in particles and (k + 1 == len(tokens) or k + 1 in breaks),
                  stop=any(h.category == "stop" for h in meanings[k]) or folded[k] in _ARTICLES,
                  possessive=k in possessive)
            for k in range(len(tokens))]
    aside_names, aside_things = set_aside(read)  # "instead of the cake", "ohne Pferd": nothing acted on
    events = resolve_pronouns(extract_events(read, lang), read, lang, characters)  # her, ihn, es: whom
    events = dug_for(events, read)  # "digs for treasure": a search, nothing buried
    characters, objects = without_set_aside(aside_names, aside_things, characters, objects, events)
    events = turn_passives(events, read, lang)  # "is chased by a goose": the goose chases (story.passive)
    events = by_use(events, [t.folded for t in read])  # "practises the violin": played (story.uses)
    from autark.story.event_readings import settle_cast
    from autark.story.social_readings import social_events

    # "someone" is cast (a hidden figure), a wish's noun is not, a fed animal gets food, a ride its vehicle
    characters, events = settle_cast(events, characters, objects, add_character, kits, lang,
                                     lambda t: ObjectConcept(type=t, word=t), read)
    events = social_events(events, read, characters, objects, lambda t: ObjectConcept(type=t, word=t), lang)
    # a scooter's bicycle, a horse for one who rides with nothing to ride, a flight's plane (story.rides)
    objects += rides(events, characters, objects, [t.folded for t in read], lambda word, at: add_character(
        "animal", word, None, at), lang, warnings)
    from autark.story.heard_sounds import heard_sounds
    from autark.story.idea_clauses import clause_around, with_clauses
    from autark.story.outcomes import absent_ones, read_outcomes, without_absent

    word_spans = [m.span() for m in spans]
    events = with_clauses(events, read, text, word_spans, {})  # the idea's words, for telling
    from autark.story.background import without_background

    events = without_background(events, read, lang)  # "the fish they ever caught": told, never staged
    for ev in events:
        ev.guessed = ev.at in guessed
    events = read_outcomes(read, events, lang,  # "waits in vain", "findet ihn nicht", "almost catches"
                           lambda k: clause_around(text, word_spans, read, k))
    if gone := absent_ones(events):  # the one waited for in vain never comes on screen
        kept = [c for c in characters if c.name not in gone]
        if kept:
            characters, events = kept, without_absent(events, gone)
    objects, events, unknown = heard_sounds(objects, events, tokens, unknown, warnings)  # footsteps: no stairs
    unstaged = unstaged_reasons(events, unknown_at, tokens, breaks)
    stops, events, places_of_events = read_journey(read, events, weathers[0][1].key if weathers else
                                                   template.weather, text, implied.place_of_cast(
                                                       [(fold(c.word), c.type) for c in characters],
                                                       [o.type for o in objects]))
    if stops and any(e.outcome == "failed" and not e.agents and e.verb in ("walk", "arrive") for e in events):
        stops, places_of_events = [], []  # "nobody comes to the party": no one travels there, it stays one place
    settings = places_of_events or settings  # a journey: one set per place, in order (story.journeys)
    settings = water_setting(settings, folded, [o.type for o in objects], [k for k, _h in first("setting")],
                             setting_given)

    # 7. mood and genre: words in the idea count most, what happens and when add a little (story.moods)
    mood_hits = first("mood")
    mood, genre = mood_and_genre([h.key for k, h in mood_hits if names_a_mood(folded[k])],
                                 [h.key for _k, h in first("genre")], events, actions,
                                 weathers[0][1].key if weathers else "", times[0][1].key if times else "",
                                 characters, template.name,
                                 cues=[h.key for k, h in mood_hits if not names_a_mood(folded[k])])

    size_of, told = sizes.storybook_sizes(characters, events, size_of, lang)  # a tiny lead is seen (story.sizes)
    warnings += told
    # the events against the world's things: the fireplace's fire, a goal aimed at, a pond fallen into, a hill slid
    # down, a thing mended, the wind's doing, a wave's (story.world_readings)
    objects, events, settings = read_in_the_world(objects, events, [t.folded for t in read], tokens, settings,
                                                  weathers[0][1].key if weathers else template.weather)
    warnings += unknown_word_notes(unknown, unknown_at, events, tokens)  # staged by a stand-in act, or left out
    characters = owners_only(characters, events, text, lang)  # "the king's crown": no king is cast for it
    characters = animal_kin(creature_bodies(characters, tokens, warnings, unknown), tokens)  # story.creature_bodies
    characters, events = without_the_merely_feared(characters, events, text)  # "afraid of dogs": no pack
    return Concept(
        idea=text, language=lang, characters=characters, settings=settings, setting_given=setting_given,
        time_of_day=times[0][1].key if times else implied.time_from_things([o.type for o in objects], bool(
            template.indoor)) or template.time_of_day, time_given=bool(times),
        weather=weathers[0][1].key if weathers else template.weather, objects=objects, actions=actions,
        events=events, adjectives=adjectives, sizes=size_of, unstaged=unstaged, stops=stops, mood=mood, genre=genre, unknown_words=unknown, warnings=warnings,
    )
