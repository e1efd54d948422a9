"""Motion clips by action kind are a registry: every kind the scene model allows has one clip, in one layer,
and a second clip for a kind is refused."""

from __future__ import annotations

import pytest

from autark.errors import RegistryError
from autark.motion import CLIPS, GESTURE_KINDS, MOVEMENT_KINDS, Clip
from autark.scene.timeline import BUILTIN_ACTION_KINDS


def test_every_action_kind_has_one_clip_in_its_layer() -> None:
    assert set(CLIPS) >= set(BUILTIN_ACTION_KINDS)
    # the answer to a hug, the arms round a thing carried, the breath that puts a candle out (jobs.effects), an
    # umbrella or a torch held up over the head (motion.holding), the hands at work on a thing (motion.handwork,
    # by jobs.hand_work): implied, never asked for
    assert set(CLIPS) - set(BUILTIN_ACTION_KINDS) == {"embrace", "carry", "blow", "hold_up", "rub", "handle", "wrap",
                                                       "chop", "pour_over", "hang_up"}
    assert set(CLIPS) == MOVEMENT_KINDS | GESTURE_KINDS and not MOVEMENT_KINDS & GESTURE_KINDS
    assert {k for k, c in CLIPS.items() if c.layer == "movement"} == MOVEMENT_KINDS
    assert {k for k, c in CLIPS.items() if c.layer == "gesture"} == GESTURE_KINDS
    assert all(CLIPS[k].ends is not None for k in ("walk", "run", "drive", "fly", "turn", "sit"))
    assert CLIPS["idle"].ends is None  # idling leaves the body where it is


def test_a_second_clip_for_a_kind_is_refused() -> None:
    walk = CLIPS["walk"]
    with pytest.raises(RegistryError, match="'walk' is already registered"):
        CLIPS.add("walk", Clip("walk", "movement", walk.play, walk.ends))
    with pytest.raises(RegistryError, match="register a Clip"):
        CLIPS.add("shuffle", Clip("dance", "movement", walk.play))
    assert CLIPS["walk"] is walk and "shuffle" not in CLIPS
