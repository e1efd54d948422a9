"""Easing curves and keyframe interpolation.

An easing maps progress ``u`` in 0..1 (the share of time passed between two keyframes) to the share of the
value change done. Every curve here starts at 0, ends at 1 and never goes backwards. The functions take a
float or a NumPy array (arithmetic only, so both work); floats stay floats because the evaluator calls them
once per track per frame, where NumPy's per-call overhead would dominate.

``cubic`` is different: it is not a curve of ``u`` alone but a Catmull-Rom spline through the neighbouring
keyframes (``hermite``), so a camera passing through several keys moves without a kink at each one.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

import numpy as np

__all__ = [
    "EASINGS",
    "linear",
    "ease_in",
    "ease_out",
    "ease_in_out",
    "hold",
    "smoothstep",
    "ease",
    "hermite",
    "catmull_rom_tangent",
    "ramp_profile",
]

U = TypeVar("U", float, np.ndarray)


def _clip01(u: U) -> U:
    if isinstance(u, np.ndarray):
        return np.clip(u, 0.0, 1.0)
    return 0.0 if u < 0.0 else 1.0 if u > 1.0 else u  # type: ignore[return-value]


def linear(u: U) -> U:
    return _clip01(u)


def ease_in(u: U) -> U:
    """Starts at rest, arrives at speed (quadratic)."""
    u = _clip01(u)
    return u * u


def ease_out(u: U) -> U:
    """Leaves at speed, arrives at rest (quadratic)."""
    u = _clip01(u)
    return 1.0 - (1.0 - u) * (1.0 - u)


def smoothstep(u: U) -> U:
    """3u^2 - 2u^3: zero slope at both ends."""
    u = _clip01(u)
    return u * u * (3.0 - 2.0 * u)


def ease_in_out(u: U) -> U:
    """Starts and arrives at rest (smoothstep)."""
    return smoothstep(u)


def hold(u: U) -> U:
    """A step: keeps the first key's value until the next key's time."""
    if isinstance(u, np.ndarray):
        return (u >= 1.0).astype(float)
    return 1.0 if u >= 1.0 else 0.0  # type: ignore[return-value]


EASINGS: dict[str, Callable] = {
    "linear": linear,
    "ease_in": ease_in,
    "ease_out": ease_out,
    "ease_in_out": ease_in_out,
    "hold": hold,
    # As a plain curve (no neighbours known) cubic behaves like ease_in_out; ``hermite`` is the real thing.
    "cubic": smoothstep,
}


def ease(name: str, u: U) -> U:
    """Apply the easing called ``name`` (one of ``EASINGS``) to ``u``."""
    try:
        fn = EASINGS[name]
    except KeyError:
        from autark.errors import UserInputError

        raise UserInputError(f"unknown easing {name!r}", hint=f"use one of {', '.join(EASINGS)}") from None
    return fn(u)


def catmull_rom_tangent(t_prev: float, v_prev: float, t_next: float, v_next: float) -> float:
    """Slope (value per second) at a key from its neighbours: the chord between them, which is what makes
    the spline pass smoothly through every key even when the keys are unevenly spaced in time."""
    dt = t_next - t_prev
    return (v_next - v_prev) / dt if dt > 1e-12 else 0.0


def hermite(v0: float, v1: float, m0: float, m1: float, t0: float, t1: float, t: float) -> float:
    """Cubic Hermite value at time ``t`` between keys (t0, v0) and (t1, v1) with slopes m0, m1 (per second)."""
    dt = t1 - t0
    if dt <= 1e-12:
        return v1
    u = (t - t0) / dt
    u = 0.0 if u < 0.0 else 1.0 if u > 1.0 else u
    u2 = u * u
    u3 = u2 * u
    h00 = 2 * u3 - 3 * u2 + 1
    h10 = u3 - 2 * u2 + u
    h01 = -2 * u3 + 3 * u2
    h11 = u3 - u2
    return h00 * v0 + h10 * dt * m0 + h01 * v1 + h11 * dt * m1


def ramp_profile(u: float, ramp: float) -> float:
    """Share of a distance covered at progress ``u`` with a trapezoidal speed profile: accelerate evenly over
    the first ``ramp`` share of the time, cruise, decelerate over the last ``ramp`` share.

    Walkers use this instead of smoothstep so they cruise at a steady pace (and cadence) and only ease in
    and out at the ends. ``ramp`` is clamped to 0..0.5; 0 is linear.
    """
    u = 0.0 if u < 0.0 else 1.0 if u > 1.0 else u
    r = min(max(ramp, 0.0), 0.5)
    if r <= 1e-9:
        return u
    peak = 1.0 / (1.0 - r)  # cruise speed so that the area under the trapezoid is 1
    if u < r:
        return 0.5 * peak * u * u / r
    if u > 1.0 - r:
        w = 1.0 - u
        return 1.0 - 0.5 * peak * w * w / r
    return 0.5 * peak * r + peak * (u - r)

