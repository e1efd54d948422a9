"""What a spoken line claims about the picture, and the acts and effects that make the claim true.

"I made it to the top!" claims the speaker is up there; "ich fliege!" that they fly as they say it; "Ich habe den
Hut gefangen!" that the hat is in their hand; "All over me!" that something landed on them; "Look, a giant
snowman!" that the snowman stands there; "So viele!" that there are many. A viewer hears such a line against
what they see: said while the singer is dry, the witch stands still or the hat sits on an awning, it belongs to
another film. ``story.line_premises`` reads what a line takes for granted from the story's words; a claim here is
read from what the screenplay stages: each shot's action sentences (the acts of its cast, by name) and its
effects (a thing made, carried off, lit, landed on someone).

A claim is a kind of meaning, not a sentence: ``CLAIMS`` maps each kind to the pattern of the lines that make it
(both languages, folded to lower case), to the acts or effects that make it true and for how long (``now``: in
the shot where it is said, as one flies; ``since``: from the shot that makes it true until an act or effect
undoes it, as one is up a tree until they climb down), and to the words one says instead: ``before``, an
intention, where a later shot makes it true ("I'll catch it!"), and ``instead``, a reaction to what is seen,
where none does ("Missed it!"); "" leaves the line out.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

__all__ = ["Shown", "Claim", "CLAIMS", "CLAIM_KINDS", "claims_of", "false_claim"]


def _rx(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern, re.IGNORECASE)


Fx = tuple[str, str, str]  # an effect: (kind, target, into)


@dataclass(frozen=True)
class Shown:
    """What a film shows, shot by shot (film order): each shot's action sentences and effects; the most of
    each prop's type in one scene; the cast's names; the weather of each shot's scene; the language."""

    actions: Sequence[Sequence[str]]
    effects: Sequence[Sequence[Fx]]
    props: dict[str, int] = field(default_factory=dict)
    cast: Sequence[str] = ()
    weather: Sequence[str] = ()
    lang: str = "en"

    def acts(self, who: str, k: int) -> list[str]:
        """What ``who`` does in shot ``k``: their action sentences without their name ("climbs the tree")."""
        if not 0 <= k < len(self.actions):
            return []
        return [a[len(who) + 1:] for a in self.actions[k] if a.startswith(f"{who} ")]

    def does(self, who: str, k: int, pattern: re.Pattern[str]) -> bool:
        return any(pattern.match(a) for a in self.acts(who, k))

    def effects_on(self, k: int, kinds: Sequence[str], who: str = "") -> bool:
        """Is there an effect of ``kinds`` in shot ``k`` (on ``who`` where given: its target or its ``into``)?"""
        if not 0 <= k < len(self.effects):
            return False
        return any(kind in kinds and (not who or who in (target, into)) for kind, target, into in self.effects[k])


@dataclass(frozen=True)
class Claim:
    """A kind of claim: the lines that make it, whether it holds (shown, shot, speaker), the acts of the speaker
    that make it true in a shot (for ``later``), and the lines said instead (en, de)."""

    kind: str
    lines: re.Pattern[str]
    holds: Callable[[Shown, int, str], bool]
    made: Callable[[Shown, int, str], bool]  # is it made true in shot k (by the speaker's act or an effect)?
    before: tuple[str, str] = ("", "")
    instead: tuple[str, str] = ("", "")

    def later(self, shown: Shown, k: int, who: str) -> bool:
        """Is the claim made true in a shot after ``k``?"""
        return any(self.made(shown, j, who) for j in range(k + 1, len(shown.actions)))


def _act(pattern: str) -> Callable[[Shown, int, str], bool]:
    """Made true in a shot by an act of the speaker's that matches ``pattern`` (the start of its sentence)."""
    rx = _rx(pattern)
    return lambda s, k, who: s.does(who, k, rx)


def _now(made: Callable[[Shown, int, str], bool]) -> Callable[[Shown, int, str], bool]:
    """Holds only in the shot that makes it true (one flies as they say "I am flying")."""
    return made


def _since(made: Callable[[Shown, int, str], bool], undone: Callable[[Shown, int, str], bool]
           ) -> Callable[[Shown, int, str], bool]:
    """Holds from the last shot up to ``k`` that makes it true, unless a shot after that one undoes it."""
    def holds(s: Shown, k: int, who: str) -> bool:
        for j in range(k, -1, -1):
            if made(s, j, who):
                return not any(undone(s, m, who) for m in range(j + 1, k + 1))
        return False
    return holds


def _either(*tests: Callable[[Shown, int, str], bool]) -> Callable[[Shown, int, str], bool]:
    return lambda s, k, who: any(t(s, k, who) for t in tests)


def _effect(kinds: Sequence[str], on_speaker: bool) -> Callable[[Shown, int, str], bool]:
    return lambda s, k, who: s.effects_on(k, kinds, who if on_speaker else "")


# the acts of each claim, both languages, as the action sentences begin after the doer's name
_CLIMB = r"(climbs|clambers|klettert|steigt auf|steigt hinauf|sits on|sitzt auf|setzt sich auf|stands on|steht auf|" \
         r"perches|reaches the top|erreicht)"
_DOWN = r"(walks|runs|goes|geht|läuft|rennt|jumps|springt|climbs down|klettert .*(herunter|runter|hinunter)|falls|" \
        r"fällt|slides|rutscht|kneels|kniet|lies down|legt sich)"
_FLY = r"(flies|fliegt|soars|glides|schwebt|rides the broom|reitet (den|auf dem) besen|rides the (dragon|eagle|bird|" \
       r"carpet)|reitet (den|auf dem) (drachen|adler|vogel|teppich))"
_CATCH = r"(catches|fängt|picks up|hebt .* auf|takes|nimmt|grabs|schnappt|holds|hält|fishes|angelt)"
_CHASE = r"(chases|jagt|runs after|rennt .* hinterher|läuft .* hinterher|follows|folgt|verfolgt|hunts|pursues)"
_DANCE = r"(dances|tanzt)"
_FALL = r"(falls|fällt|slips|rutscht .* aus|stumbles|stolpert|trips)"
_CONTEST = r"(races|runs|rennt|läuft|dances|tanzt|plays|spielt|kicks|schießt|competes|wins|gewinnt|jumps|springt|" \
           r"swims|schwimmt|throws|wirft|sings|singt|bakes|backt|cooks|kocht)"
_CARRIED_OFF = ("float_away", "wash_away", "sink", "vanish", "tumble", "roll")
_COVERING = ("land", "recolor", "flood")
_LIGHTING = ("light", "burn", "glow")


def _caught(s: Shown, k: int, who: str) -> bool:
    """The speaker caught or holds a thing in a shot up to ``k`` and nothing was carried off from that shot on:
    a catch in the shot where the wind takes the hat is a reach into the air (the hat flies on), so "I caught
    the hat!" there or after it is false; a catch in a later shot brings it back into the hands, unless it was
    sent to a place where it stays (``jobs.landings``: the hat on the awning)."""
    def carried(j: int) -> bool:
        return s.effects_on(j, _CARRIED_OFF) and not s.effects_on(j, ("vanish",), who)

    def sent_away(j: int) -> bool:  # carried off to a place ("into": an awning, the sea), where it stays
        return j < len(s.effects) and any(kind in _CARRIED_OFF and into and into not in s.cast
                                          for kind, _t, into in s.effects[j])

    return any(s.does(who, j, _rx(_CATCH)) and not any(carried(m) for m in range(j, k + 1))
               and not any(sent_away(m) for m in range(j)) for j in range(k + 1))


def _caught_by_anyone(s: Shown, k: int, who: str) -> bool:
    """Someone caught a thing by shot ``k`` ("What a catch!" praises the dog's catch as well as one's own)."""
    return any(_caught(s, k, name) for name in {*s.cast, who})


def _many(s: Shown, k: int, who: str) -> bool:
    """Many of one kind in the picture: three or more props of a type, or a crowd (five or more of the cast)."""
    return max(s.props.values(), default=0) >= 3 or len(s.cast) >= 5


def _won(s: Shown, k: int, who: str) -> bool:
    """The speaker took part in a contest by shot ``k`` and nobody else cheers while they are down."""
    return any(s.does(who, j, _rx(_CONTEST)) for j in range(k + 1))


def _wet(s: Shown, k: int, who: str) -> bool:
    """Rain in the speaker's scene wets them; a thing landed on them or water risen covers them."""
    return (k < len(s.weather) and s.weather[k] in ("rain", "storm")) or _covered(s, k, who)


_DOWNCAST = r"(shakes|schüttelt|cries|weint|sobs|schluchzt|sighs|seufzt)"
_LOSSES = ("vanish", "melt", "break", "wash_away", "explode", "float_away", "burn", "sink", "tumble")


def _not_at_a_loss(s: Shown, k: int, who: str) -> bool:
    """Nobody shakes their head or cries in shot ``k`` or the one before, and nothing was lost in them (the
    dragon ate the apple, the wave took the sandcastle)."""
    recent = [j for j in (k - 1, k) if 0 <= j < len(s.actions)]
    return not any(s.does(n, j, _rx(_DOWNCAST)) for j in recent for n in {*s.cast, who}) and not any(
        s.effects_on(j, _LOSSES) for j in recent)


_covered = _since(_effect(_COVERING, True), lambda s, k, who: False)
_lit = _since(_effect(_LIGHTING, False), _effect(("extinguish",), False))

CLAIMS: tuple[Claim, ...] = (
    # up there: "I made it to the top!", "Ich bin ganz oben!" (never "almost at the top": that is on the way)
    Claim("on_top", _rx(r"(?<!almost )(?<!nearly )(?<!fast )(?<!gleich )\b(made it to the top|i am (at the top|up here|"
                        r"on top)|i'?m (at the top|up here|on top)|top of the world|look (at me|down)[^.!?]*up here|"
                        r"(ich bin|bin ich|wir sind|sind wir) (ganz )?oben|ganz oben!|hier oben|von hier oben|oben angekommen|"
                        r"gipfel erreicht|reached the (top|summit))"),
          _since(_act(_CLIMB), _act(_DOWN)), _act(_CLIMB), ("Up I go!", "Nach oben!"),
          ("It is so high up there...", "Ganz schön hoch da oben ...")),
    # flying as it is said: "ich fliege!", "Look, I can fly!", "Higher!"
    Claim("flying", _rx(r"\b(i am flying|i'?m flying|i can fly|look,? i fly|ich fliege\b|ich kann fliegen|"
                        r"schau,? ich fliege|we are flying|wir fliegen\b|higher and higher|immer höher|"
                        r"up,? up and away)"),
          _now(_act(_FLY)), _act(_FLY), ("I want to fly!", "Ich will fliegen!"),
          ("If only I could fly...", "Wenn ich nur fliegen könnte ...")),
    # a flight behind one: "What a flight!", "Was für ein Flug!"
    Claim("flown", _rx(r"\b(what a flight|was für ein flug|i flew|ich bin geflogen)"),
          _since(_act(_FLY), lambda s, k, who: False), _act(_FLY), ("Here I go!", "Los geht's!"), ("", "")),
    # a thing in one's hands: "I caught the hat!", "Got it!", "Hab ihn!", "What a catch!"
    Claim("caught", _rx(r"\b(i caught|we caught|i'?ve got (it|him|her|you)\b|i have got (it|him|her|you)\b|got (it|you)!|"
                        r"hab (dich|ihn|sie|es)\b|ich habe (dich|ihn|sie|es|\w+ \w+) (gefangen|erwischt)|"
                        r"gefangen!|erwischt!|i got (it|the)\b)"),
          _caught, _act(_CATCH), ("I will catch it!", "Gleich hab ich's!"), ("Missed it!", "Daneben!")),
    # a catch praised, one's own or another's: "What a catch!"
    Claim("a_catch", _rx(r"\b(what a catch|was für ein fang)"), _caught_by_anyone,
          lambda s, k, who: any(s.does(n, k, _rx(_CATCH)) for n in {*s.cast, who}), ("", ""),
          ("Missed it!", "Daneben!")),
    # something landed on one, paint or water over one: "All over me!", "Ich bin ganz voll!"
    Claim("covered", _rx(r"\b(all over me|covered (in|with)|i am covered|i'?m covered|überall auf mir|ganz voll|"
                         r"voller \w+!|über und über|von oben bis unten|bekleckert|eingesaut)"),
          _covered, _effect(_COVERING, True), ("Uh-oh...", "Oh oh ..."), ("", "")),
    # wet through: "I'm soaked!", "Ich bin klatschnass!"
    Claim("wet", _rx(r"\b(soaked|drenched|soaking wet|i am (all )?wet|i'?m (all )?wet|klatschnass|pitschnass|"
                     r"patschnass|durchnässt|(ich bin|bin ich) (ganz )?nass)"),
          _wet, _either(_effect(_COVERING, True), lambda s, k, who: k < len(s.weather) and s.weather[k] in (
              "rain", "storm")), ("Uh-oh, clouds...", "Oh oh, Wolken ..."), ("", "")),
    # many of a kind in the picture: "So many!", "So viele!"
    Claim("many", _rx(r"\b(so many|all these|lots and lots|how many there are|so viele|wie viele das sind|"
                      r"jede menge|lauter \w+!)"),
          _many, _many, ("", ""), ("", "")),
    # after one, running: "You will not get away from me!", "Du entkommst mir nicht!", "Come back here!"
    Claim("chasing", _rx(r"\b(get away from me|you won'?t get away|you will not escape|come back here|stop right there|"
                         r"entkommst mir nicht|du entkommst|komm (sofort )?zurück|bleib stehen|stehen bleiben|"
                         r"ich krieg dich|i'?ll get you|i will get you)"),
          _now(_act(_CHASE)), _act(_CHASE), ("Just you wait!", "Na warte!"), ("Just you wait!", "Na warte!")),
    # a dance as it is said: "Look, I can dance!"
    Claim("dancing", _rx(r"\b(look,? i can dance|i am dancing|i'?m dancing|ich tanze\b|schau,? ich kann tanzen)"),
          _now(_act(_DANCE)), _act(_DANCE), ("Music, please!", "Musik, bitte!"), ("", "")),
    # down on the ground: "I fell!", "Ich bin hingefallen!"
    Claim("fell", _rx(r"\b(i fell|i have fallen|i slipped|ich bin (hin)?gefallen|ich bin ausgerutscht)"),
          _since(_act(_FALL), lambda s, k, who: False), _act(_FALL), ("", ""), ("", "")),
    # a win: "I won!", "Gewonnen!", "Champion!" (only by one who took part in a contest by then)
    Claim("won", _rx(r"\b(i won|we won|i am the winner|i'?m the winner|ich habe gewonnen|wir haben gewonnen|"
                     r"gewonnen!|ich bin der sieger|ich bin die siegerin|champion)"),
          _won, _won, ("I am going to win!", "Ich werde gewinnen!"), ("", "")),
    # a light or a fire lit: "It is lit!", "Es brennt!", "Let there be light!"
    Claim("lit", _rx(r"\b(it is lit|it'?s lit|it burns|let there be light|how it (shines|glows)|es werde licht|"
                     r"es brennt!|sie brennt!|er brennt!|brennt!|wie (es|sie|er) leuchtet|licht!)"),
          _lit, _effect(_LIGHTING, False), ("Now, some light!", "Jetzt brauchen wir Licht!"), ("", "")),
    # the speaker caught by another: "All right, you got me!" (the fish's words, never the fisher's)
    Claim("caught_me", _rx(r"\b(you got me|you caught me|du hast mich (erwischt|gefangen|gekriegt)|erwischt,? du hast)"),
          lambda s, k, who: any(re.match(rf"^\S+ ({_CATCH}|{_CHASE}|tags) {re.escape(who)}\b", a, re.IGNORECASE)
                                for j in range(min(k + 1, len(s.actions))) for a in s.actions[j]),
          lambda s, k, who: False, ("", ""), ("", "")),
    # a task done well, a rest earned: "Rest now. We have earned it." (not as they shake their heads at a loss)
    Claim("earned", _rx(r"\b(we have earned it|we earned it|well earned|das haben wir uns verdient|"
                        r"das hast du dir verdient|das habe ich mir verdient)"),
          _not_at_a_loss, _not_at_a_loss, ("", ""), ("Well, that is that.", "Tja. Das war's dann wohl.")),
    # a thing up in the air: "Look how high the kite goes!", "Schau mal, wie der Drachen fliegt!"
    Claim("aloft", _rx(r"\b(look (at \w+ \w+ up there|how high)|schau,? wie hoch|schau mal,? wie \w+ \w+ fliegt)"),
          _since(_either(_effect(("aloft", "float_away"), False), _act(_FLY)), lambda s, k, who: False),
          _either(_effect(("aloft", "float_away"), False), _act(_FLY)), ("Up you go!", "Hoch mit dir!"), ("", "")),
    # a thing growing as one looks: "Look how the tree grows!", "Schau, wie groß der Schneemann schon ist!"
    Claim("growing", _rx(r"\b(look how \w+ \w+ grows|how (tall|big) .* is getting|schau,? wie .* wächst|"
                         r"wie groß .* schon ist)"),
          _since(_effect(("grow", "make"), False), lambda s, k, who: False), _effect(("grow", "make"), False),
          ("Come on, grow!", "Na los, wachse!"), ("It will grow big one day!", "Das wird bestimmt mal groß!")),
    # another waving as it is said: "Look, Tom is waving!"
    Claim("waving", _rx(r"\b(look,? \w+ is waving|schau,? \w+ winkt)"),
          lambda s, k, who: any(re.match(r"^\S+ (waves|winkt)\b", a) and not a.startswith(f"{who} ")
                                for a in (s.actions[k] if k < len(s.actions) else [])),
          lambda s, k, who: False, ("", ""), ("", "")),
    # one's own jump, push, run after another, as it is said
    Claim("jumping", _rx(r"\b(look how i jump|watch me jump|schau,? wie ich springe)"),
          _now(_act(r"(jumps|springt|hops|hüpft)")), _act(r"(jumps|springt|hops|hüpft)"),
          ("Here I go!", "Los geht's!"), ("", "")),
    Claim("pushing", _rx(r"\b(i am pushing|i'?m pushing|ich schiebe\b)"),
          _now(_act(r"(pushes|schiebt|drückt)")), _act(r"(pushes|schiebt|drückt)"),
          ("Let me push!", "Lass mich schieben!"), ("", "")),
    Claim("behind", _rx(r"\b(i am right behind you|i'?m right behind you|ich bin direkt hinter dir)"),
          _now(_act(_CHASE + r"|(runs|rennt|läuft|walks|geht)")), _act(_CHASE + r"|(runs|rennt|läuft|walks|geht)"),
          ("Wait for me!", "Wartet auf mich!"), ("", "")),
    # away from a chaser: "Phew... I got away from the fox!"
    Claim("got_away", _rx(r"\b(i got away|ich bin entkommen|entwischt!)"),
          _since(_act(r"(flees|flieht|runs away|rennt weg|läuft weg|escapes|entkommt|hides|versteckt)"),
                 lambda s, k, who: False),
          _act(r"(flees|flieht|runs away|rennt weg|läuft weg|escapes|entkommt|hides|versteckt)"), ("", ""), ("", "")),
    # a fire put out: "The fire is out. We are safe."
    Claim("out", _rx(r"\b(the fire is out|das feuer ist aus)"),
          _since(_effect(("extinguish",), False), lambda s, k, who: False), _effect(("extinguish",), False),
          ("Quick, water!", "Schnell, Wasser!"), ("", "")),
)
CLAIM_KINDS = tuple(c.kind for c in CLAIMS)


def claims_of(text: str) -> list[Claim]:
    """The claims ``text`` makes about the picture."""
    return [c for c in CLAIMS if c.lines.search(text)]


def false_claim(text: str, shown: Shown, k: int, who: str) -> Claim | None:
    """The first claim of ``text`` that the picture does not bear out at shot ``k`` for ``who``, or None."""
    return next((c for c in claims_of(text) if not c.holds(shown, k, who)), None)
