"""A shot gets the time its planned talk takes, from shots that need less (story.talk_time)."""

from autark.story.talk_time import lengths_for_talk, talk_need_s


def test_a_short_shot_with_an_exchange_gets_time_from_a_quiet_one() -> None:
    lengths = [5.0, 4.0, 8.0, 6.0]
    needs = [3.0, 7.5, 1.0, 2.0]
    out = lengths_for_talk(lengths, needs)
    assert out[0] == 5.0  # the opening keeps its length
    assert out[1] > 6.0
    assert abs(sum(out) - sum(lengths)) < 0.05
    assert min(out) >= 3.2


def test_no_shot_falls_below_its_own_need() -> None:
    out = lengths_for_talk([5.0, 4.0, 5.0], [1.0, 9.0, 4.8])
    assert out[2] >= 4.8 - 0.05
    assert lengths_for_talk([5.0, 5.0], [1.0, 1.0]) == [5.0, 5.0]  # nothing short: nothing moves


def test_the_need_counts_every_line_laid_out() -> None:
    one = talk_need_s("", ["Hello there, Tom!"], "en")
    two = talk_need_s("The night is dark.", ["Hello there, Tom!"], "en")
    assert two > one > 1.0
    assert talk_need_s("", [], "en") == 0.0

