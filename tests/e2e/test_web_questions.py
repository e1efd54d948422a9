"""The web studio answers a question (issue 21): the answer shows over the viewport, the objects it talks about
are marked in the hierarchy and the first is selected, and nothing in the project changes."""

from __future__ import annotations

from typing import Any

LiveStudio = Any  # conftest.LiveStudio (conftest modules are not imported by name)


def test_a_question_shows_its_answer_and_selects_what_it_refers_to(studio: LiveStudio, page: Any) -> None:
    for sentence in ("add a table", "put a lamp on the table", "add two cups on the table",
                     "add a red chair left of the table"):
        studio.command(sentence)
    seq = studio.api("GET", "/api/project")["seq"]
    page.goto(studio.page_url)
    page.wait_for_selector('#conn[data-state="open"]')
    page.wait_for_selector('#hierarchy .item[data-kind="object"]')

    page.fill("#command", "wo steht der Tisch?")
    page.press("#command", "Enter")
    bubble = page.locator("#command-result.answer .bubble")
    bubble.wait_for()
    text = bubble.inner_text()
    assert "Tisch steht in der Mitte" in text and "Tischlampe" in text and "zwei Tassen" in text
    referred = page.locator('#hierarchy .item.referred[data-kind="object"]')
    ids = {referred.nth(i).get_attribute("data-id") for i in range(referred.count())}
    assert {"obj1", "obj2", "obj3", "obj4"} <= ids
    assert page.get_attribute('#hierarchy .item.selected[data-kind="object"]', "data-id") == "obj1"
    assert studio.api("GET", "/api/project")["seq"] == seq  # a question writes nothing

    page.fill("#command", "add a blue ball")  # the next command clears the marks
    page.press("#command", "Enter")
    page.wait_for_selector("#command-result.ok")
    assert page.locator("#hierarchy .item.referred").count() == 0
