"""Easing curves: endpoints, monotonicity, float/array agreement, the Hermite spline and the ramp profile."""

from __future__ import annotations

import numpy as np
import pytest

from autark.errors import UserInputError
from autark.scene import easing

CURVES = ["linear", "ease_in", "ease_out", "ease_in_out", "cubic"]


@pytest.mark.parametrize("name", CURVES)
def test_curves_start_at_zero_end_at_one_and_never_go_back(name: str) -> None:
    u = np.linspace(0.0, 1.0, 501)
    v = easing.ease(name, u)
    assert v[0] == pytest.approx(0.0) and v[-1] == pytest.approx(1.0)
    assert np.all(np.diff(v) >= -1e-12)
    # floats go through the same maths as arrays
    for x in (0.0, 0.13, 0.5, 0.77, 1.0):
        assert easing.ease(name, x) == pytest.approx(float(easing.ease(name, np.array([x]))[0]))


def test_curve_shapes_differ_where_they_should() -> None:
    assert easing.ease_in(0.25) < easing.linear(0.25) < easing.ease_out(0.25)
    assert easing.ease_in_out(0.5) == pytest.approx(0.5)
    assert easing.ease_in_out(0.1) < 0.1 and easing.ease_in_out(0.9) > 0.9  # slow at both ends
    assert easing.linear(1.7) == 1.0 and easing.linear(-0.3) == 0.0  # clamped outside 0..1


def test_hold_is_a_step() -> None:
    v = easing.hold(np.array([0.0, 0.5, 0.999, 1.0]))
    assert v.tolist() == [0.0, 0.0, 0.0, 1.0]
    assert easing.hold(0.99) == 0.0


def test_unknown_easing_is_a_user_error_with_the_choices() -> None:
    with pytest.raises(UserInputError, match="ease_in_out"):
        easing.ease("bouncy", 0.5)


def test_hermite_passes_through_its_keys_with_the_given_slopes() -> None:
    v0, v1, m0, m1, t0, t1 = 2.0, 5.0, 1.0, -3.0, 1.0, 3.0
    assert easing.hermite(v0, v1, m0, m1, t0, t1, t0) == pytest.approx(v0)
    assert easing.hermite(v0, v1, m0, m1, t0, t1, t1) == pytest.approx(v1)
    h = 1e-6
    slope0 = (easing.hermite(v0, v1, m0, m1, t0, t1, t0 + h) - v0) / h
    slope1 = (v1 - easing.hermite(v0, v1, m0, m1, t0, t1, t1 - h)) / h
    assert slope0 == pytest.approx(m0, abs=1e-3) and slope1 == pytest.approx(m1, abs=1e-3)


@pytest.mark.parametrize("ramp", [0.0, 0.1, 0.3, 0.5])
def test_ramp_profile_cruises_at_constant_speed_and_covers_the_distance(ramp: float) -> None:
    u = np.linspace(0, 1, 1001)
    d = np.array([easing.ramp_profile(x, ramp) for x in u])
    assert d[0] == pytest.approx(0.0) and d[-1] == pytest.approx(1.0)
    speed = np.diff(d) / np.diff(u)
    assert np.all(speed >= -1e-9)
    if 0 < ramp < 0.5:
        mid = speed[(u[:-1] > ramp + 0.01) & (u[:-1] < 1 - ramp - 0.01)]
        assert np.ptp(mid) < 1e-6  # constant cruise
        assert mid[0] == pytest.approx(1 / (1 - ramp), rel=1e-3)
        assert speed[0] < 0.05 * mid[0]  # starts from rest
