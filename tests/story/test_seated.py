"""A customer or a guest sits at the laid table, a king with no table on his throne (story.seated)."""

from autark.story import plan


def test_the_customer_sits_at_the_table_the_soup_stands_on() -> None:
    scene = plan("A robot waiter spills soup on a grumpy customer", duration_s=20, seed=0).scenes[0]
    table = next(p for p in scene.objects if p.type == "table")
    chair = next(p for p in scene.objects if p.type == "chair")
    assert abs(chair.position[2] - table.position[2]) < 0.01 and abs(chair.position[0] - table.position[0]) > 0.8
    assert scene.shots[0].actions[0] == "Customer sits down"


def test_a_king_with_no_table_sits_on_his_throne() -> None:
    scene = plan("Ein König langweilt sich im Schloss, bis ein Narr kommt", duration_s=20, seed=0).scenes[0]
    assert scene.setting == "throne_room"
    assert any(a.startswith("König setzt sich auf den Thron") for a in scene.shots[0].actions)


def test_nobody_sits_where_the_idea_names_no_customer_guest_or_king() -> None:
    scene = plan("A chef and a waiter argue about the last slice of pizza", duration_s=20, seed=0).scenes[0]
    assert not any("sits down" in a for a in scene.shots[0].actions)
    assert not any(p.type == "chair" for p in scene.objects)
