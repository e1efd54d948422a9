"""A line said after a greeting does not ask who the other is (story.talk_on.drop_echoes)."""


def test_one_who_greeted_does_not_then_ask_who_the_other_is() -> None:
    from autark.story.shot_plans import ShotPlan
    from autark.story.talk_on import drop_echoes

    plans = [ShotPlan(kind="setup", subject="Tom", actions=["Tom waves"], events=[],
                      dialogue=[("Tom", "Hallo! Ich bin Tom."), ("Lily", "Schön, dich kennenzulernen, Tom.")],
                      spare=[("Tom", "Oh! Wer bist du denn?")], spare_starts=[0])]
    drop_echoes(plans, ["Tom", "Lily"])
    assert plans[0].spare == []
