"""What a spoken line takes for granted, and whether it holds at the moment the line is said.

"Almost there! I can see it." takes a journey of the speaker's for granted; "Look: the sandcastle is shining!"
a sandcastle that still stands; "Best party ever!" a party; "Thank you, you saved me." a danger one was saved
from; "Buhuu…" a loss. A line whose premise is false at its shot is one a viewer hears as said in another film
(the wave has just washed the sandcastle away). The story is read as a viewer reads it: the idea, and for
each shot what is done in it and told over it (its action sentences and its narration, in the film's
language), up to and including the shot where the line is said. ``story.line_checks`` reports such lines;
``story.founded_lines`` leaves them out of a film as it is planned.

A premise is a name, the pattern of the lines that take it for granted (folded to lower case, both languages)
and the test of the story that makes it hold (``PREMISES``).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

__all__ = ["StoryMoments", "PREMISES", "premises_of", "unfounded", "PREMISE_NAMES", "RELATION_PREMISES", "SUCCESS",
           "TEAM", "FOUND_YOU", "RACE_WORDS"]


def _rx(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern, re.IGNORECASE)


# what the story shows or tells (its idea, its shots' actions and narration) that makes a premise hold
_JOURNEY_VERB = (r"(walks|runs|goes|rides|drives|flies|sails|rows|climbs|arrives|travels|returns|comes|hikes|swims|"
                 r"skis|cycles|geht|läuft|reitet|fährt|fliegt|segelt|rudert|klettert|kommt|wandert|schwimmt|radelt|"
                 r"reist|kehrt)")
_AWAY = r"(?!\s+\d)(?!\s+to\s+the\s+(right|left)\b)(?!\s+nach\s+(rechts|links)\b)"
_CLAUSE_START = re.compile(r",|;|\b(?:and|und|so|then|dann|before|bevor|while|während|until|bis|but|aber|when|als|"
                           r"wenn|who|der|die|das)\b", re.IGNORECASE)
_JOURNEY_IDEA = _rx(r"\b(travel|journey|trip|voyage|rides?\b|riding|drives? (to|home|across|through)|fl(y|ies) "
                    r"(to|home|across|over|away)|sails?|rows?\b|climbs?|hike|arriv|comes? home|coming home|"
                    r"returns? (home|to)|on the way|way home|walks? (to|home|across|through)|goes (to|home)|"
                    r"sets? off|reis|fährt (nach|zu|über|durch|heim|los)|fliegt (nach|zu|über|heim)|segel|rudert|"
                    r"klettert|wander|kommt .*(an|heim|nach hause|zurück)\b|kehrt .*zurück|unterwegs|heimweg|"
                    r"auf dem weg|macht sich auf)")
_WRECK = _rx(r"\b(wash\w* .*away|destroy|collaps|crumbl|melt|falls? apart|fell apart|explod|burns? (down|up)|"
             r"breaks?\b|broke|smash|shatter|sinks?\b|ruin|knocks? .*(down|over)|tips? over|spill|is gone|"
             r"zerstör|spült .*weg|weggespült|schmilzt|geschmolzen|zerbr|zerfällt|bricht .*zusammen|stürzt .*ein|"
             r"explodier|verbrenn|brennt .*(ab|nieder)|versinkt|kaputt|ist hin|umgeworfen|wirft .*um|kippt|"
             r"verschütt|fällt .*herunter|fällt um)")
_LOSS = _rx(r"\b(los(es|t|ing)\b|lose\b|fail|miss(es|ed)?\b|nobody|dies|died|dead|cries|cry\b|weeps|sad|"
            r"goodbye|farewell|leaves|sold|never|in vain|verlier|verloren|scheitert|verpass|niemand|keiner|stirbt|"
            r"gestorben|tot\b|weint|traurig|abschied|verabschied|verkauft|nie\b|vergeblich|runs? away|escapes|"
            r"steal|stole|takes? .*(away|from)|läuft weg|rennt weg|entwisch|entkommt|stiehlt|klaut|nimmt .*weg)")
_PERIL = _rx(r"\b(falls?\b|fell|stuck|trapped|sink|drown|fire|burn|flames?|rescue|sav(e|es|ed)\b|help|storm|"
             r"injur|hurt|breaks? (his|her|a) (leg|arm)|crash|chase|attack|danger|ill\b|sick|flood|"
             r"fällt|stürzt|steckt .*fest|gefangen|sinkt|ertrink|feuer|brand|brennt|rett|hilf|hilfe|holt hilfe|"
             r"sturm|verletz|bricht sich|jagt|angriff|gefahr|krank|flut|bandag|verbind|wound|wunde|vet\b|doctor|"
             r"arzt|ärztin|hospital|krankenhaus)")
_CONTEST = _rx(r"\b(race|racing|wins?\b|won\b|match|game|contest|competition|tournament|championship|duel|"
               r"penalty|goal|bet|wette|rennen|gewinn|spiel|turnier|wettbewerb|meisterschaft|duell|elfmeter|"
               r"tor\b|verlier|\d+ metres .* in [\d.]+ seconds|\d+ meter .* in [\d,.]+ sekunden)")
_PARTY = _rx(r"\b(party|celebrat|feast|festival|fest\b|feier|wedding|hochzeit|birthday|geburtstag|picnic|picknick|"
             r"ball\b|dance|tanz|carnival|karneval)")  # told, not acted: "Tom celebrates" is a cheer, no party
# a danger one is saved from: a peril, not only help ("helps his grandmother carry the shopping" saves nobody)
_DANGER = _rx(_PERIL.pattern.replace("|help|", "|").replace("|rett|hilf|hilfe|holt hilfe|", "|rett|")
              + r"|\b(nets?|traps?|snares?|cages?|tangled|netz\w*|falle|fallen|käfig\w*|schlinge\w*|spalte\w*|"
              r"\w+spalte\w*|befrei\w*|frees?)\b")
# a reason to be careful: a danger, or a risky deed, place or creature
_RISK = _rx(_PERIL.pattern + r"|\b(carr|trag|climb|kletter|ladder|leiter|rid|reit|fahr|drive|ski|ice\b|eis\b|knife|"
            r"messer|hot\b|heiß|glass|glas|vase|cake|torte|fl(y|ies)|flieg|jump|spring|boat|boot\b|swim|schwimm|"
            r"bear|bär|dragon|drache|wolf|tiger|lion|löwe|snake|schlange|bee|biene|night|nacht|dark|dunkel|forest|"
            r"wald|cave|höhle|sea\b|meer|river|fluss|lake|mountain|berg|roof|dach|tree|baum|road|street|straße|"
            r"bicycle|bike|fahrrad|horse|pferd|space|weltraum|raumschiff|mars|moon|mond|war\b|krieg|potion|trank|"
            r"magic|zauber|wave|welle|wind|rain|regen|snow|schnee|ball\b|goat|ziege|monkey|affe|goose|gans)")
# those the idea brings together as ones who know each other (a class, friends, a team, siblings, "and his son")
_KNOWN = _rx(r"\b(friends?|class|team|family|brothers|sisters|siblings|cousins|twins|couple|crew|band|villagers|"
             r"neighbours|neighbors|pupils|children|his|her|their|freund\w*|klasse|mannschaft|team|familie|brüder|"
             r"schwestern|geschwister|cousins?|zwillinge|paar|dorfbewohner|nachbarn|schüler|kinder|sein\w*|ihr\w*)")
# two who meet again: no "Who are you?" ("treffen sich nach vielen Jahren wieder", "meet again")
_REUNION = _rx(r"\b(again|reunit\w*|after (many|all these|so many|ten|\w+) years|wieder\w*|nach (vielen|langer|so "
               r"langer|\w+) (jahren|zeit))")
_STRANGERS = _rx(r"\b(meets?|met|new|stranger|arriv|lands?|trifft|treffen|begegne|becom\w* friends|make friends|"
                 r"werden freunde|freunde werden|befreunde|freundschaft|neu\w*|fremd\w*|kommt)")
_FIND = _rx(r"\b(find|found|discover|search|look(s|ing)? for|dig|digs|treasure|finde|fand|gefunden|entdeck|such|"
            r"gräbt|schatz)")
# one who hides themself (not a thing: "hides the bone", "versteckt den Knochen")
_HIDES_SELF = (r"(?:(hides|hid|hiding)\s+(in|under|behind|inside|among|between|beneath|away|up|on|it|him|her|them)self\b|"
               r"(hides|hid|hiding)\s+(in|under|behind|inside|among|between|beneath|away|up|on)\b|versteck\w* sich)")
# the moment of a find itself (not the search before it): the seeker's "Found it!" is said in or after it
_FOUND_NOW = _rx(r"\b(finds?|found|discover\w*|findet|finden|fand|gefunden|entdeck\w*|digs? up|gräbt \w+ aus)\b")
# a thing come back to the one who lost it: found, brought or given back, picked up again
_BACK = _rx(r"\b(brings? .*back|gives? .*back|gives? the \w+ to|returns? the|finds?\b|found|back again|picks? up|"
            r"bringt .*zurück|gibt .*zurück|gibt (der|die|das|den) \w+ \w+|findet|gefunden|wieder da|hebt .*auf)")
# who comes out of a contest on top, or under, in a shot: a cheer beside a head shaken or tears; in the idea or
# a narration: the one who wins or loses ("A little turtle wins the race", "Der Hase verliert")
_CHEER = r"(celebrates|cheers|jumps for joy|feiert|jubelt)"
_DOWN = r"(shakes their head|shakes (his|her) head|cries|schüttelt den kopf|weint)"
_WINS = r"(wins|won|defeats|beats|gewinnt|gewann|besiegt|schlägt)"
_LOSES = r"(loses|lost|verliert|verlor)"
# words of a parting: leaving, letting go, saying goodbye
_PARTING = _rx(r"\b(leav|goes away|go away|part\b|parts\b|goodbye|farewell|depart|sails? away|flies away|fly away|"
               r"moves? away|says? goodbye|lets? .* go\b|release|frees?\b|set .* free|sets .* free|move[sd]? to|"
               r"abschied|verabschied|geht weg|fährt weg|fliegt (weg|davon)|zieht (weg|um)|verlässt|lässt .* frei|"
               r"wieder frei|freilassen|auswander|emigrat)")
_CLEAN = _rx(r"\b(clean|wash|wipe|scrub|polish|sweep|tidy|putz|wäscht|wasch|wisch|fegt|poliert|räumt .*auf|sauber)")
_FOOD = _rx(r"\b(cook|bake|eat|food|meal|dinner|breakfast|lunch|supper|soup|cake|bread|feed|picnic|restaurant|"
            r"kitchen|cookies?|pie|pizza|sandwich|tea\b|pasta|spaghetti|pancake|stew|chef|baker|koch|back(t|en|e|st)\b|"
            r"bäck|isst|frisst|essen|mahl|frühstück|suppe|kuchen|brot|fütter|picknick|küche|kekse|torte|tee\b|nudel|"
            r"pfannkuchen|eintopf|hungry|hunger|eats?\b|eating|aufess\w*|fressen|ice cream|eis\b|eiscreme|apples?|"
            r"äpfel|apfel|sausages?|wurst|würstchen|cheese|käse|honey|honig|fruit|obst|pretzels?|brezeln?|candy|"
            r"sweets|süßigkeit\w*|chocolate|schokolade|bananas?|banane\w*|carrots?|karotte\w*|möhre\w*|"
            r"sandwiches|snack\w*|nibbl|knabber|gobbl|munch|devour|verschling\w*)"
            # a German compound on a food ("Pausenbrote", "Apfelkuchen", "Schokoladeneis")
            r"|\w+(brot|brote|brötchen|kuchen|suppe|wurst|würste|käse|äpfel|apfel|keks|kekse|torte|brezel|"
            r"schokolade|nudeln|salat|pizza|fleisch|schokoladeneis|vanilleeis|erdbeereis)\b")


# an attempt the idea tells as failing: "tries to light a campfire but only sneezes smoke", "will ein Kaninchen aus
# dem Hut ziehen, aber es kommt eine Taube heraus", "catches nothing", "küsst einen Frosch und nichts passiert"
_FAILED_ATTEMPT = _rx(r"\b(tries|tried|trying|attempts?|wants? to|versucht\w*|will|möchte|wollen)\b[^.]*?"
                      r"\b(but|only|instead|nothing|aber|nur|stattdessen|nichts|doch|jedoch|falls|fällt|stürzt)\b|"
                      r"\b(fails?|failed|in vain|nothing happens|catches nothing|nichts passiert|vergeblich|"
                      r"misslingt|scheitert|fängt nichts|klappt nicht|falls over)\b")
# a contest or a quarrel: the first two of the cast stand against each other ("Two chefs compete", "Zwei Köche
# kochen um die Wette", "Die Nachbarn streiten")
_RIVALRY = _rx(r"\b(compet\w*|rival\w*|races?|racing|argue\w*|fight\w*|quarrel\w*|duel\w*|against|versus|"
               r"wetteifer\w*|streit\w*|zank\w*|kämpf\w*|wette|gegen|duell\w*|konkurr\w*)\b")
# one standing against another in a shot: the chaser and the chased, two who argue or fight
_AGAINST = re.compile(r"^(\S+) (argues with|streitet mit|chases|jagt|flees from|flieht vor|fights|kämpft mit|"
                      r"competes with) (\S+)$")
# one lost, missing, hidden or sought: "There you are!" finds them
_LOST_ONE = _rx(r"\b(los(es|t|ing)\b|lose\b|search\w*|look(s|ing)? for|finds?|found|missing|runs? away|ran away|"
                r"escap\w*|stray\w*|hid(es|ing|den)?\b|verlier\w*|verloren\w*|verirr\w*|such\w*|find\w*|gefunden|"
                r"vermisst|verschwund\w*|verschwindet|weggelaufen|läuft weg|entlaufen\w*|ausgebüxt|entwisch\w*|"
                r"versteck\w*)")


@dataclass(frozen=True)
class StoryMoments:
    """The story as a viewer knows it: the idea, and each shot's action sentences and narration (film order)."""

    idea: str
    shots: Sequence[tuple[Sequence[str], str]]  # (actions, narration)
    cast: Sequence[str] = ()  # the names of the cast (whose journey the idea tells)

    def _texts(self, upto: int) -> list[str]:
        return [" ".join([*actions, narration]) for actions, narration in self.shots[:upto + 1]]

    def shown(self, pattern: re.Pattern[str], upto: int) -> bool:
        """Is something of ``pattern`` done or told in a shot up to and including shot ``upto``?"""
        return any(pattern.search(t) for t in self._texts(upto))

    def anywhere(self, pattern: re.Pattern[str]) -> bool:
        """Is something of ``pattern`` in the idea or in any shot?"""
        return bool(pattern.search(self.idea)) or self.shown(pattern, len(self.shots))

    def by_now(self, pattern: re.Pattern[str], upto: int) -> bool:
        """Has something of ``pattern`` happened by shot ``upto``: shown by then, or said by the idea and shown
        in no shot at all (then its moment is unknown and it is given the benefit of the doubt)."""
        if self.shown(pattern, upto):
            return True
        return bool(pattern.search(self.idea)) and not self.shown(pattern, len(self.shots))

    def wrecked_by(self, upto: int) -> bool:
        """Has something of the story come apart by shot ``upto`` (shown or told in a shot)?"""
        return self.shown(_WRECK, upto)

    def told(self, pattern: re.Pattern[str]) -> bool:
        """Is something of ``pattern`` in the idea or told over a shot (not only acted: a cheer is no party)?"""
        return bool(pattern.search(self.idea)) or any(pattern.search(n) for _a, n in self.shots)

    def travels(self, speaker: str, upto: int) -> bool:
        """Is ``speaker`` on a way somewhere by shot ``upto`` (an action of theirs that goes to a place, or the
        idea is a journey)? A few metres to the right, or a run to someone, is no journey."""
        if self._idea_journey_of(speaker):
            return True
        own = re.compile(rf"^{re.escape(speaker)} {_JOURNEY_VERB}{_AWAY}\s+(to|into|across|up|over|home|through|"
                         rf"zu[mr]?|in|über|auf|nach|heim|durch)\b(?!\s+[A-ZÄÖÜ][a-zäöüß]+$)")
        return any(own.search(a) for actions, _n in self.shots[:upto + 1] for a in actions)

    def _idea_journey_of(self, speaker: str) -> bool:
        """Does the idea tell a journey of ``speaker``: one of its clauses with a journey word names them, or
        names nobody of the cast ("the queen arrives for tea" is the queen's journey, not the wizard's)?"""
        for m in _JOURNEY_IDEA.finditer(self.idea):
            clause = _CLAUSE_START.split(self.idea[:m.start()])[-1].lower()
            names = [n for n in self.cast if re.search(rf"\b{re.escape(n.lower())}\b", clause)]
            if not names or any(n.lower() == speaker.lower() for n in names):
                return True
        return False

    def lost_now(self, upto: int) -> bool:
        """Is something lost, wrecked or in peril at shot ``upto``, and not found or brought back since? A shot
        that tells a loss counts as the loss even where the thing is picked up in it."""
        if not self.by_now(_LOSS, upto) and not self.by_now(_WRECK, upto) and not self.by_now(_PERIL, upto):
            return False
        for t in reversed(self._texts(upto)):
            if _LOSS.search(t) or _WRECK.search(t) or _PERIL.search(t):
                return True
            if _BACK.search(t):
                return False
        return True

    def _named_in(self, who: str, verbs: str, text: str) -> bool:
        """Does ``text`` tell that ``who`` (a name, or the kind's noun it stands for) does one of ``verbs``?"""
        return bool(re.search(rf"\b{re.escape(who)}\w*\s+(\w+\s+){{0,1}}{verbs}\b", text, re.IGNORECASE))

    def _told_outcome(self, who: str) -> str:
        """How the idea or a narration says ``who`` comes out of the contest: "won", "lost" (of one of two, also
        where it says the other loses or wins), or "" where it says nothing of them."""
        texts = [self.idea, *(n for _a, n in self.shots)]
        if any(self._named_in(who, _WINS, t) for t in texts):
            return "won"
        if any(self._named_in(who, _LOSES, t) for t in texts):
            return "lost"
        other = [n for n in self.cast if n != who]
        if len(other) == 1 and any(self._named_in(other[0], _LOSES, t) for t in texts):
            return "won"  # "Die Katze verliert das Wettrennen gegen den Hund": the dog won
        if len(other) == 1 and any(self._named_in(other[0], _WINS, t) for t in texts):
            return "lost"
        return ""

    def _shown_won(self, who: str, upto: int | None) -> bool:
        """Is ``who`` shown on top by shot ``upto``: cheering while another shakes their head or cries?"""
        for actions, _n in self.shots if upto is None else self.shots[:upto + 1]:
            cheer = any(re.match(rf"{re.escape(who)} {_CHEER}\b", a, re.IGNORECASE) for a in actions)
            if cheer and any(re.search(rf"\b{_DOWN}\b", a, re.IGNORECASE) and not a.startswith(f"{who} ")
                             for a in actions):
                return True
        return False

    def decided(self, upto: int) -> bool:
        """Has the contest come out by shot ``upto`` (one shown on top, or a win or a loss told by then)?"""
        return any(self._shown_won(n, upto) for n in self.cast) or self.shown(_rx(rf"\b({_WINS}|{_LOSES})\b"), upto)

    def won(self, who: str, upto: int | None = None) -> bool:
        """Has ``who`` come out of a contest on top (by shot ``upto``; at all where None)? What the idea or a
        narration says of them ("A little turtle wins the race") goes before what a shot shows; else they
        cheered while another shook their head or cried."""
        told = self._told_outcome(who)
        if told:
            return told == "won" and (upto is None or self.decided(upto))
        return self._shown_won(who, upto)

    def lost(self, who: str) -> bool:
        """Does ``who`` come out of a contest under: the idea or a narration says so, or another won?"""
        told = self._told_outcome(who)
        if told:
            return told == "lost"
        return not self.won(who) and any(self.won(n) for n in self.cast if n != who)

    def attempt_failed(self) -> bool:
        """Does the idea tell an attempt that fails (``_FAILED_ATTEMPT``)?"""
        return bool(_FAILED_ATTEMPT.search(self.idea))

    def hider(self, who: str) -> bool:
        """Does the idea tell that ``who`` hides (the one sought, who never says the seeker's "Found it!")?"""
        return self._named_in(who, _HIDES_SELF, self.idea)

    def rival(self, who: str) -> bool:
        """Is ``who`` one of the first two of a contest or quarrel the idea tells?"""
        return bool(_RIVALRY.search(self.idea)) and len(self.cast) >= 2 and who in self.cast[:2]

    def opponent(self, who: str) -> bool:
        """Does ``who`` chase, flee from, argue or fight with another in a shot (hunter and prey, foes)?"""
        return any((m := _AGAINST.match(a)) is not None and who in (m.group(1), m.group(3))
                   for actions, _n in self.shots for a in actions)

    def handled_before(self, who: str, upto: int) -> bool:
        """Has ``who`` dealt with a thing in a shot before ``upto`` (picked it up, gone to it, worked on it,
        looked at it: an action of theirs with an article after its verb)?"""
        own = re.compile(rf"^{re.escape(who)} \w+( \w+)? (the|a|an|der|die|das|den|dem|zu dem|zu der|zum|zur|"
                         rf"an dem|an der|am)\b", re.IGNORECASE)
        return any(own.search(a) for actions, _n in self.shots[:upto] for a in actions)

    def misplaced_by(self, who: str, upto: int) -> bool:
        """Did ``who`` put down, drop or lose something by shot ``upto``, or does the idea say they lose or
        forget a thing?"""
        if self.lost_own(who, upto):
            return True
        return bool(_rx(r"\b(los(es|t)|forg[eo]t|misplac|verlier|verloren|vergess|vergisst|verleg)").search(self.idea))

    def lost_own(self, who: str, upto: int) -> bool:
        """Did ``who`` themself put down, drop or lose a thing by shot ``upto``, or does the idea say they lose it
        ("Die Wanderin verliert ihre Wanderkarte")?"""
        own = re.compile(rf"^{re.escape(who)} (puts down|drops|loses|forgets|legt .*hin|lässt .*fallen|verliert|"
                         rf"vergisst)\b", re.IGNORECASE)
        if any(own.search(a) for actions, _n in self.shots[:upto + 1] for a in actions):
            return True
        return self._named_in(who, r"(loses|lost|forgets|verliert|verlor|vergisst)", self.idea) or self._named_in(
            who, r"(finds|findet|searches for|looks for|sucht)\s+(his|her|their|seine\w*|ihre\w*)\s+(lost|verloren\w*)",
            self.idea)  # "A boy finds his lost kite": his own

    def cheered(self, who: str, upto: int) -> bool:
        """Has ``who`` cheered in a shot by ``upto`` (a task of theirs is over)?"""
        own = re.compile(rf"^{re.escape(who)} {_CHEER}\b", re.IGNORECASE)
        return any(own.search(a) for actions, _n in self.shots[:upto + 1] for a in actions)

    def went_bad_last(self, upto: int) -> bool:
        """Is the latest thing that happened by shot ``upto`` a wreck or a loss (no success shown after it)?"""
        for t in reversed(self._texts(upto)):
            if _WRECK.search(t) or _LOSS.search(t):
                return True
            if re.search(r"\b(celebrates|claps|cheers|feiert|klatscht|jubelt)\b", t):
                return False
        return bool(_LOSS.search(self.idea)) and not _rx(r"\b(but|then|finally|aber|dann|schließlich|doch)\b").search(
            self.idea) and not self.shots


_Test = Callable[[StoryMoments, int, str], bool]


@dataclass(frozen=True)
class Premise:
    """A premise: its name, the lines that take it for granted and the test that it holds (story, shot,
    speaker)."""

    name: str
    lines: re.Pattern[str]
    holds: _Test
    why: str
    # what is said in its place where it does not hold: the same moment as the story has it (English, German)
    instead: tuple[tuple[str, ...], tuple[str, ...]] = ((), ())


PREMISES: tuple[Premise, ...] = (
    Premise("journey", _rx(r"\b(almost there|we are here|we made it[.!,]? *(we are here|right on time)|"
                           r"just a little further|not far now|i can see it\b|fast da\b|wir sind da\b|"
                           r"gleich sind wir da|nicht mehr weit|ich kann es (schon )?sehen|nur noch ein stück)"),
            lambda s, k, who: s.travels(who, k), "a journey's words from one who goes nowhere"),
    Premise("whole", _rx(r"\b(is finished|is ready|shining|is getting (bigger|taller)|how (tall|big) .* is getting|"
                         r"looks? (great|amazing|wonderful|perfect|beautiful)|good as new|built it myself|"
                         r"selbst gebaut|ist fertig|glänzt|sieht (toll|super|schön|prima) aus|wird immer größer|"
                         r"wie groß .* schon|wie neu)"),
            lambda s, k, who: not s.wrecked_by(k), "speaks of a thing as whole after it came apart"),
    Premise("triumph", _rx(r"(?<!almost )(?<!fast )\b(we did it|i did it|hooray|hurra|^wow!? (yes|ja)|yay|juhu|(?<!fast )geschafft!|"
                           r"best day|schönste tag|i knew i could|ich wusste, dass ich es schaffe|"
                           r"what a (catch|find|success)|was für ein (fang|fund|erfolg)|well done|gut gemacht|"
                           r"not bad at all|gar nicht schlecht|we are the best|wir sind die besten|i am so happy|"
                           r"ich freue mich so)"),
            lambda s, k, who: not s.went_bad_last(k) and not (s.anywhere(_CONTEST) and s.lost(who)),
            "a triumph straight after a loss or a wreck, or by the loser"),
    Premise("win", _rx(r"\b(i won|we won|i win\b|we win\b|ich habe gewonnen|wir haben gewonnen|gewonnen!|"
                       r"i will win|ich gewinne|champion)"),
            lambda s, k, who: s.anywhere(_CONTEST) and not s.lost(who), "a win without a contest, or by the loser"),
    # the loser's words: a winner does not promise to win next time ("Next time it is me!" by the turtle that won)
    Premise("lost_contest", _rx(r"\b(next time (i will win|it is me|i will be faster)|you win this time|"
                                r"you won\b|diesmal hast du gewonnen|nächstes mal (gewinne ich|ich\b|bin ich schneller)|"
                                r"du hast gewonnen)"),
            lambda s, k, who: not s.won(who), "a loser's words from the one who won"),
    # a hope to win, said before the contest is decided ("This time I will win!" as the turtle celebrates)
    Premise("undecided", _rx(r"\b(this time i will win|i will win this|may the best one win|on your marks|"
                             r"diesmal gewinne ich|dieses rennen gewinne ich|möge der bessere gewinnen|auf die plätze)"),
            lambda s, k, who: not s.decided(k), "a hope to win after the contest came out"),
    # a thing seen for the first time: not by one who has already gone to it, picked it up or worked on it
    # ("Look, a present!" as Grandpa wraps the present he fetched, "Schau! Eine Wanderkarte!" of her own map)
    Premise("first_sight", _rx(r"^\W*(look|schau)\W+(a|an|some|ein|eine|einen)\b"),
            lambda s, k, who: not s.handled_before(who, k), "a first sight of a thing the speaker already had"),
    # wonder at a thing come upon, never at one's own thing found again ("Was macht die Wanderkarte denn hier?")
    Premise("wonder", _rx(r"doing here\?|and to think we found|und wir haben .* hier gefunden|macht .* denn hier\?|^\W*(i found|ich habe) (a|an|ein|eine|einen)\b|^\W*(is that|ist das da drüben) (a|an|some|ein|eine|"
                          r"einen)\b|^\W*(a|an|ein|eine|einen)\b[^.!?]*! (who would have thought|wer hätte das gedacht)"),
            lambda s, k, who: not s.lost_own(who, k) and not any(s.hider(n) for n in s.cast),
            "wonders at a thing of their own they lost, or at the place where one hid"),
    # a thing gone for good is still gone when the film ends ("The map is gone for good" before the fox brings it)
    Premise("gone_for_good", _rx(r"\b(gone for good|für immer weg|bleibt verschwunden)"),
            lambda s, k, who: s.lost_now(k) and s.lost_now(len(s.shots) - 1), "a thing gone for good that comes back"),
    # one misplaces a thing they had: they put it down, dropped or lost it, or the idea says they lose or forget it
    # ("Where did I put the fence?" after the storm blew it away)
    Premise("misplaced", _rx(r"\b(where did i put|wo habe ich .*gelassen|where is my|wo ist mein)"),
            lambda s, k, who: s.misplaced_by(who, k), "a thing misplaced that was taken or blown away"),
    # keeping at a task that is over: no "Keep at it." as the winner cheers
    Premise("underway", _rx(r"\b(keep at it|keep going|step by step|nearly there|dranbleiben|schritt für schritt|"
                            r"komm schon, weiter|fast geschafft|now, let me think|mal überlegen|here goes nothing|"
                            r"na dann, los|today is the day|heute ist der tag)"),
            lambda s, k, who: not s.cheered(who, k), "keeps at a task that is over"),
    # one who comes to meet again an old friend does not wonder who they are
    Premise("reunion", _rx(r"\b(who is that over there|wer ist das da drüben)"),
            lambda s, k, who: not _REUNION.search(s.idea), "wonders who an old friend met again is"),
    Premise("again", _rx(r"\b(good to see you again|wiederzusehen)"),
            lambda s, k, who: bool(_REUNION.search(s.idea)), "a reunion of ones who never met"),
    # a thing found again was lost ("I thought I had lost it!" of a treasure never had)
    Premise("found_again", _rx(r"\b(thought i had lost|back again|dachte, ich hätte .* verloren|wieder da)"),
            lambda s, k, who: s.lost_own(who, k), "a thing found again that the speaker never lost"),
    # "you two" is said to two others, never by one of the two ("Please stop fighting, you two!" by the knight)
    Premise("two_others", _rx(r"\b(you two|both of you|ihr zwei|ihr beiden|ihr beide)\b"),
            lambda s, k, who: sum(1 for n in s.cast if n != who) >= 2, "says 'you two' with only one other there"),
    # a goodbye where the story has a parting, a loss, or at its end ("Goodbye, Alex!" as two strangers meet)
    Premise("parting", _rx(r"\b(good ?bye|farewell|auf wiedersehen|tschüss|leb wohl|lebt wohl|mach'?s gut|macht'?s gut|"
                           r"so this is goodbye|abschied nehmen|until we meet again|bis wir uns wiedersehen|"
                           r"i will miss you|ich werde dich vermissen)"),
            lambda s, k, who: s.told(_PARTING) or k >= len(s.shots) - 1 or s.lost_now(k),
            "a goodbye in a story where nobody parts"),
    Premise("party", _rx(r"\b(party|fest aller zeiten|beste fest|feier\b|celebration ever)"),
            lambda s, k, who: s.told(_PARTY), "a party that the story does not have"),
    Premise("escape", _rx(r"\b(that was close|we got away|got away|das war knapp|gerade noch|entkommen!)"),
            lambda s, k, who: s.anywhere(_PERIL) or s.anywhere(_CONTEST), "a narrow escape from no danger"),
    Premise("strangers", _rx(r"^\W*(friends|freunde), \w+\?|\b(who are you|nice to meet you|pleased to meet|glad we met|hello! i am|"
                             r"wer bist du|freut mich, dich|schön, dass wir uns getroffen|schön, dich kennenzulernen|"
                             r"hallo! ich bin)"),
            lambda s, k, who: (not _KNOWN.search(s.idea) or bool(_STRANGERS.search(s.idea))) and not _REUNION.search(
                s.idea),
            "a first meeting of ones the idea brings as knowing each other"),
    Premise("warning", _rx(r"\b(be careful|sei vorsichtig|seid vorsichtig|stay with me|bleib bei mir|watch out|"
                           r"pass auf\b|passt auf\b)"),
            lambda s, k, who: s.anywhere(_RISK), "a warning where there is nothing to be careful of"),
    Premise("rescue", _rx(r"\b(saved me|you saved|gerettet|for saving|get you out of there|hol(e)? dich da raus|"
                          r"you will be fine now|bist in sicherheit|you are safe|hold on\b|halt durch|i am coming for|"
                          r"ich hole dich|ich hole (den|die|das) \w+ da raus|i will get (the|a) \w+ out)"),
            lambda s, k, who: s.anywhere(_DANGER), "a rescue from no danger"),
    Premise("carried", _rx(r"\b(for carrying me|dass du mich trägst|mich getragen|fürs tragen)"),
            lambda s, k, who: any(re.search(rf"\b(carries|trägt) {re.escape(who)}\b", a)
                                  for actions, _n in s.shots[:k + 1] for a in actions),
            "thanks for being carried by one who was not carried"),
    Premise("found", _rx(r"\b(what a find|was für ein fund|i found|we found|found it|ich habe .*gefunden|"
                         r"wir haben .*gefunden|gefunden!)"),
            lambda s, k, who: (s.by_now(_FOUND_NOW, k) or (k >= len(s.shots) - 1 and not _FOUND_NOW.search(s.idea)
                                                            and s.anywhere(_FIND))) and not s.hider(who), "a find before anything was found, or by the hider"),
    # the seeker looks for the one hidden, not for the place they hide in ("The bed must be here somewhere")
    Premise("hiding_place", _rx(r"\b(must be here somewhere|there is .+, at last|muss .*hier irgendwo sein|"
                                r"irgendwo hier muss|endlich ist .* wieder da)"),
            lambda s, k, who: not any(s.hider(n) for n in s.cast), "seeks a thing where one hid themself",
            (("Where are you hiding?", "Come out, come out, wherever you are!"),
             ("Wo hast du dich versteckt?", "Komm raus, wo auch immer du bist!"))),
    # the one found is no "it" where one hid themself ("Found it at last!" of a girl)
    Premise("found_it", _rx(r"\b(found it at last|endlich gefunden)"),
            lambda s, k, who: not any(s.hider(n) for n in s.cast), "a person found called 'it'",
            (("Got you at last!",), ("Endlich hab ich dich!",))),
    # the hider's boast holds only while nobody has found them ("Keiner hat mich gesehen" as the father finds her)
    Premise("unseen", _rx(r"\b(nobody saw me|keiner hat mich gesehen)"),
            lambda s, k, who: not (_FOUND_NOW.search(s.idea) and s.by_now(_FOUND_NOW, k)), "unseen after being found"),
    Premise("clean", _rx(r"\b(all clean|almost clean|so clean|sauber|blitzblank)"),
            lambda s, k, who: s.anywhere(_CLEAN), "cleaning words where nothing is cleaned"),
    Premise("food", _rx(r"\b(dinner is served|breakfast time|lunch is ready|essen ist fertig|guten appetit|"
                        r"enjoy your meal|bon app|who is hungry|wer hat hunger|frühstückszeit|tasty|lecker|"
                        r"delicious|yummy|^\W*mmm\b|so hungry|every last bite|so einen hunger|solchen hunger|"
                        r"letzten bissen)"),
            lambda s, k, who: s.told(_FOOD), "words of a meal in a story without food"),
    Premise("loss", _rx(r"\b(buhuu|boohoo|sniff|don'?t be sad|do not be sad|sei nicht traurig|"
                        r"we still have each other|wir haben ja noch uns|not the [\w ]+… not today|"
                        r"nicht (der|die|das) \w+ … nicht heute|so much for|where did i put|wo habe ich .*gelassen)"),
            lambda s, k, who: s.lost_now(k), "sad words where nothing was lost, or after it came back"),
)
# what the story's relations and outcome must allow (story.line_audit counts them as contradictions)
SUCCESS = _rx(r"(?<!almost )(?<!fast )\b(we did it|i did it|it works|it worked|got you|i caught|we caught|"
              r"what a (catch|flight|success|ride|jump|throw|shot)|hooray|hurra|geschafft!|es (klappt|funktioniert)|es hat geklappt|"
              r"ich habe (es|ihn|sie) gefangen|erwischt|was für ein (fang|flug|erfolg|sprung|wurf|schuss)|was für eine fahrt|"
              r"very good|sehr gut|perfect!|perfekt!|"
              r"there it stands|da steht|a little magic always helps|ein bisschen zauber hilft|i knew i could|"
              r"ich wusste, dass ich es schaffe|not bad at all|gar nicht schlecht|wait until they hear|"
              r"wenn die anderen das hören|well done|gut gemacht|so ist es gut|that is it, \w+\. very good)")
TEAM = _rx(r"\b(you can do it|du schaffst (das|es)|keep going|weiter so|bravo|well done|gut gemacht|we did it|"
           r"wir haben es geschafft|thank you for (showing|helping)|danke, dass du (es mir gezeigt|mir geholfen)|"
           r"let us get to it|packen wir es an|together we|zusammen schaffen|we make a good team|"
           r"wir sind ein gutes team|good job|super gemacht|can i help|kann ich helfen)\b")
FOUND_YOU = _rx(r"\b(there you are|da bist du ja|i found you|ich habe dich gefunden|we would find you|"
                r"dich hier finden|jetzt bist du in sicherheit|you are safe now)")
# a race's words ("On your marks...", "Not if I get there first!") where the contest is a race: a run, a swim, a
# ride or a flight to a goal, not a baking contest ("Zwei Bäckerinnen wetteifern um die schönste Torte")
RACE_WORDS = _rx(r"\b(on your marks|auf die plätze|not if i get there first|zuerst da bin|what a race|"
                 r"was für ein rennen|faster, \w+|schneller, \w+)")
_RACE = _rx(r"\b(races?|racing|rennen|wettrennen|wettlauf|sprint\w*|run|runs|running|läuft|laufen|rennt|swim\w*|"
            r"schwimm\w*|rides?|riding|reit\w*|fährt|fahren|drives?|fl(y|ies)|flieg\w*|rows?|ruder\w*|skat\w*|"
            r"ski(s|ing)?|metres|meter)\b")
RELATION_PREMISES = (
    Premise("failed_attempt", SUCCESS, lambda s, k, who: not s.attempt_failed(),
            "a success the idea tells as a failed attempt",
            (("Hm. Not like that.", "Oh well… not this time.", "Why will it not work?"),
             ("Hm. So nicht.", "Na ja … diesmal nicht.", "Warum klappt das nicht?"))),
    Premise("rivals", TEAM, lambda s, k, who: not s.rival(who), "a teammate's words from a rival",
            (("You will not beat me!", "Is that all you have got?", "Watch and learn!"),
             ("Mich schlägst du nicht!", "Ist das alles, was du kannst?", "Schau zu und lerne!"))),
    Premise("opponents", TEAM, lambda s, k, who: not s.opponent(who), "a teammate's words from a hunter, prey or foe"),
    Premise("race_words", RACE_WORDS, lambda s, k, who: s.anywhere(_RACE), "a race's words in a contest that is no race",
            (("Ready? Then let us begin!", "We will see about that!"),
             ("Bereit? Dann fangen wir an!", "Das werden wir ja sehen!"))),
    Premise("found_you", FOUND_YOU, lambda s, k, who: bool(_LOST_ONE.search(s.idea)) and not s.hider(who)
            and (not _FOUND_NOW.search(s.idea) or s.by_now(_FOUND_NOW, k)),
            "one found who was never lost or sought",
            (("Look who is here!", "Well, hello there!"), ("Schau mal, wer da ist!", "Na, hallo!"))),
)
PREMISES = PREMISES + RELATION_PREMISES
PREMISE_NAMES = tuple(p.name for p in PREMISES)


def premises_of(text: str) -> list[Premise]:
    """The premises ``text`` takes for granted."""
    return [p for p in PREMISES if p.lines.search(text)]


def unfounded(text: str, story: StoryMoments, shot: int, speaker: str) -> Premise | None:
    """The first premise of ``text`` that does not hold at ``shot`` for ``speaker``, or None."""
    return next((p for p in premises_of(text) if not p.holds(story, shot, speaker)), None)
