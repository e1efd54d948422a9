"""What a story's shots are made of, shared by the spine (``story.spine``) and its words (``story.spine_words``):
the plan of one shot, the names and things of one story as its sentences and lines say them, and one actor's
action sentence. Apart from the spine so that its words need not import it (and it them back)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from autark.story.cast import display_noun
from autark.story.lines import NounPhrase
from autark.story.verbs import sentence

if TYPE_CHECKING:
    from autark.story.analysis import Concept
    from autark.story.events import Event
    from autark.story.screenplay import CastMember

__all__ = ["ShotPlan", "_Speech", "_act", "_END_KIND", "_DISASTERS"]

# what everyone does at the end, by the tone the story ends on
_END_KIND = {"happy": "celebrate", "comedy": "laugh", "sad": "hug", "surprise": "laugh", "conflict": "laugh",
             "calm": "wave", "eaten": "laugh", "disaster": "hug"}
_DISASTERS = {"erupt", "explode", "collapse", "burn"}  # what a thing does that those near it must get away from


@dataclass
class ShotPlan:
    kind: str
    actions: list[str] = field(default_factory=list)
    dialogue: list[tuple[str, str]] = field(default_factory=list)
    narration: str = ""
    subject: str = ""
    tone: str = "calm"
    events: list[int] = field(default_factory=list)  # indices into concept.events staged here (story.journeys)
    size: str = ""  # a shot size the story needs (an insert of a small thing: "close-up"); "": the beat's own
    spare: list[tuple[str, str]] = field(default_factory=list)  # said only where time is left (story.exchanges)
    # where in ``spare`` an exchange begins: one that does not fit is left out whole and the next one tried
    spare_starts: list[int] = field(default_factory=list)


def _engine_knows(word: str, typ: str) -> bool:
    """Whether the command engine reads ``word`` as a thing of kind ``typ`` (the actions are its sentences)."""
    from autark.language import lexicon as lx

    return lx.NOUNS.get(word.lower()) == typ


class _Speech:
    """Names, things and who can speak, for one story."""

    def __init__(self, concept: Concept, cast: list[CastMember]) -> None:
        self.lang = concept.language
        self.cast = cast
        self.voiced = {c.name for c in cast if c.voice not in ("none", "narrator")}
        self.concept = concept
        self._things: dict[str, NounPhrase] = {}
        from autark.story.wording import people

        self.people = people(concept, cast)
        self._traited: set[str] = set()
        from autark.story.uncast import hidden_names

        self.hidden = hidden_names(concept)  # "someone": found out only at the end

    def with_trait(self, name: str, line: str) -> str:
        """A character's first line carries their trait ("a nervous violinist": "Oh dear, my hands...")."""
        from autark.story.lines import trait_line
        from autark.story.wording import trait_en

        person = self.people.get(name)
        if person is None or name in self._traited or not person.trait:
            return line
        self._traited.add(name)
        said = trait_line(trait_en(person.trait, self.lang), self.lang)
        return f"{said} {line}" if said else line

    def person_ref(self, name: str, case: str = "nom") -> str:
        """How the words speak of a cast member ("the dragon", "Tom")."""
        person = self.people.get(name)
        return person.ref(case) if person else name

    def address(self, name: str) -> str:
        """How a character calls another: a given or family name, "" for a kind ("Hey, Dragon" is never said)."""
        person = self.people.get(name)
        return person.address() if person else name

    def thing(self, typ: str) -> NounPhrase:
        if typ not in self._things:
            word = next((o.word for o in self.concept.objects if o.type == typ), typ)
            noun, gender = display_noun(typ, self.lang, word)
            if self.lang == "de" and word[:1].isupper() and (noun.lower().endswith(word.lower()) or word.lower(
                    ).endswith(noun.lower())) and _engine_knows(word, typ):
                # the idea's own word for it: "Drachen" (not Flugdrachen), "Schatzkarte" (not Karte); only one the
                # command engine reads as this thing ("Baumhaus" played by a house was no word of the scene, and
                # every action with it was left out)
                noun = word
            adjective = self.concept.adjectives.get(typ, "")
            if any(f"{word} {c.word}".lower() in self.concept.idea.lower() for c in self.concept.characters):
                adjective = ""  # "a grumpy lighthouse keeper": the keeper is grumpy, not the lighthouse
            self._things[typ] = NounPhrase(noun, self.lang, gender, adjective)
        return self._things[typ]

    def said(self, typ: str) -> NounPhrase:
        """The thing as the lines and the narrator say it: the idea's plural where it spoke of several ("die
        Äpfel", "the pears"; ``story.line_grammar.idea_noun``). The action sentences keep ``thing``'s noun, the
        one the scene's objects answer to."""
        one = self.thing(typ)
        word = next((o.word for o in self.concept.objects if o.type == typ), "")
        from autark.story.line_grammar import idea_noun
        from autark.story.wording import TOKEN

        tokens = TOKEN.findall(self.concept.idea)
        at = next((i for i, t in enumerate(tokens) if t == word), -1)
        before = tokens[at - 1] if at > 0 else ""
        noun, gender = idea_noun(one.noun, one.gender, word, before, self.lang)
        from autark.story.german_nouns import weak_singular

        one_of_weak = self.lang == "de" and before.lower() in _ONE_DE and weak_singular(word).lower() == noun.lower() != ""
        if at >= 0 and (noun, gender) == (one.noun, one.gender) and word.lower() != one.noun.lower() and \
                not one.noun.lower().startswith(f"{word.lower()} ") and not one_of_weak:  # ("einen Planeten": one)
            noun, gender = self._own_word(typ, word, tokens, at, one)  # "the sugar", not its stand-in "plate"
        if self.lang == "de" and at >= 0 and gender != "p" and typ.endswith("s") and not typ.endswith("ss") \
                and noun.lower().endswith(("en", "n", "er", "s")) and before.lower() not in _ONE_DE:
            gender = "p"  # a heap the assets name in the plural ("coins"): "die Goldmünzen", not "eine Goldmünzen"
        if (noun, gender) == (one.noun, one.gender):
            return one
        adjective = self.concept.adjectives.get(typ, "")
        return NounPhrase(noun, self.lang, gender, adjective if self._things_adjective_kept(typ) else "")

    def _own_word(self, typ: str, word: str, tokens: list[str], at: int, one: NounPhrase) -> tuple[str, str]:
        """The idea's own word for a thing a stand-in plays ("crayons" played by a pencil, "Zucker" by a plate),
        with its German gender from the asset, the word's ending or its article; the stand-in's noun where the
        gender is not known."""
        if self.lang == "en":  # the idea's whole phrase: "the fire truck", never "the fire"
            phrase = next((o.phrase for o in self.concept.objects if o.type == typ and o.phrase), "")
            return (phrase or word).lower(), ""
        from autark.story.line_grammar import gender_from_article
        from autark.story.titles import _gender_of_de

        gender = _gender_of_de(typ, word, "") or gender_from_article(tokens[at - 1] if at else "",
                                                                     tokens[at - 2] if at > 1 else "")
        gender = "p" if gender == "pl" else gender
        return (word[:1].upper() + word[1:], gender) if gender else (one.noun, one.gender)

    def _things_adjective_kept(self, typ: str) -> bool:
        word = next((o.word for o in self.concept.objects if o.type == typ), typ)
        return not any(f"{word} {c.word}".lower() in self.concept.idea.lower() for c in self.concept.characters)

    def slots(self, ev: Event) -> tuple[str, str, str]:
        """(object, recipient, partner) of an event as the action sentence writes them."""
        de = self.lang == "de"
        o = r = w = ""
        if ev.patient:
            if ev.patient_is_thing:
                np = self.thing(ev.patient)
                o, w = (np.acc, np.dat) if de else (np.nom, np.nom)
            else:
                o = w = ev.patient
        if ev.recipient:
            r = ev.recipient
            w = w or ev.recipient
        if ev.partner:
            w = ev.partner
        return o, r, w


# German articles of one thing: the idea speaks of one, whatever the asset's name
_ONE_DE = {"ein", "eine", "einen", "einem", "einer", "eines", "der", "das", "dem", "des", "kein", "keinen"}

_SIDEWAYS = {"en": {"walk": "{a} walks to the {side}", "run": "{a} runs to the {side}",
                    "fly": "{a} flies to the {side}", "drive": "{a} drives to the {side}"},
             "de": {"walk": "{a} geht nach {side}", "run": "{a} rennt nach {side}", "fly": "{a} fliegt nach {side}",
                    "drive": "{a} fährt nach {side}"}}


def _sideways(kind: str, sp: _Speech, a: str, lead: str = "") -> str:
    """A walk or run with nowhere named: across the set, toward the side away from where ``lead`` (the first
    of those who go together, else ``a``) stands; a walk is never left out for want of a destination."""
    member = next((c for c in sp.cast if c.name == (lead or a)), None)
    right = member is None or member.position[0] <= 0.3
    side = ("right" if right else "left") if sp.lang == "en" else ("rechts" if right else "links")
    return _SIDEWAYS[sp.lang][kind].format(a=a, side=side)


def _act(kind: str, sp: _Speech, a: str, o: str = "", r: str = "", w: str = "", lead: str = "") -> str:
    """The action sentence of one actor, a walk or run with no goal going sideways (see ``_sideways``), and an
    act its body cannot do replaced by its own (a fish granting a wish leaps: ``motion.skills.kind_for_body``)."""
    from autark.motion.skills import kind_for_body

    member = next((c for c in sp.cast if c.name == a), None)
    own = kind_for_body(member.type, kind) if member is not None else kind
    if own != kind:
        return sentence(own, sp.lang, a=a, o=o if own == "look" else "")
    said = sentence(kind, sp.lang, a=a, o=o, r=r, w=w)
    if kind in _SIDEWAYS[sp.lang] and said == sentence(kind, sp.lang, a=a):  # it names nowhere to go
        return _sideways(kind, sp, a, lead)
    return said
