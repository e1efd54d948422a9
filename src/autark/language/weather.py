"""The weather: 'make it rain', 'let it snow', 'fog rolls in', 'es regnet', 'Gewitter', 'the rain stops'. The
words are the vocabulary's ``WEATHER`` table (lang/en, lang/de); the renderer draws what ``Settings.weather``
says and the mix hears it."""

from __future__ import annotations

from autark.language import lang
from autark.language.context import Ctx
from autark.language.grammar import Token
from autark.language.words import has_noun
from autark.ops import ApplyLighting, Operator, SetSettings

__all__ = ["is_weather", "weather"]

# under clouds the sun goes: a daylit scene turns overcast when rain, snow, fog or a storm comes
_CLOUDY = frozenset({"rain", "snow", "fog", "storm"})
# the words that lead up to a weather word in 'a bench in the rain', 'ein Baum im Schnee'
_LEAD_INS = frozenset({"in", "the", "a", "during", "while", "under", "im", "dem", "den", "der", "die", "das",
                       "bei", "unter", "einem", "einen"})


def is_weather(words: list[str]) -> bool:
    return any(w in lang.WEATHER for w in words)


def weather(tokens: list[Token], ctx: Ctx) -> list[Operator] | None:
    """The weather the clause names (its first weather word), or clear weather when it says the weather
    stops ('the rain stops', 'kein Regen mehr'); a clause with a thing in it besides ('add a chair in the
    rain') is that command too, read without its weather words. Tried before the timed rules ('fog rolls in'
    is no action of a thing called fog), so weather set at a time ('at 3 s it rains') is set at once."""
    from autark.assets import lighting

    words = [t.text for t in tokens]
    named = next((lang.WEATHER[w] for w in words if w in lang.WEATHER), None)
    if named is None:
        return None
    stop = any(w in lang.WEATHER_STOP for w in words) or (
        len(words) > 1 and (words[-2], words[-1]) in (("hört", "auf"), ("hoert", "auf")))
    kind = "clear" if stop else named
    ops: list[Operator] = []
    # 'add a bench in the rain', 'a knight walks in the snow': the rest is a command of its own
    keep = [True] * len(tokens)
    for i, t in enumerate(tokens):
        if t.text in lang.WEATHER:
            keep[i] = False
            j = i - 1
            while j >= 0 and tokens[j].text in _LEAD_INS:
                keep[j] = False
                j -= 1
    rest = [t for t, k in zip(tokens, keep, strict=True) if k]
    if rest and has_noun(rest):
        ops.extend(ctx.clause(rest))
    ops.append(SetSettings(changes={"weather": kind}))
    if kind in _CLOUDY and ctx.scene.settings.lighting == "daylight":
        p = lighting.preset("overcast")
        ops.append(ApplyLighting(preset=p.name, lights=p.build(), exposure=p.exposure))
    ctx.last = []
    return ops
