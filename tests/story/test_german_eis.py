"""German "Eis" is ice where the idea stands, skates or breaks through on it ("auf dem dünnen Eis", "übers Eis",
"das Eis bricht") and an ice cream where it is eaten or bought ("isst ein Eis"). Ideas written for this test."""

from __future__ import annotations

import pytest

from autark.story.analysis import analyze


@pytest.mark.parametrize(("idea", "thing"), [
    ("Ein Fuchs schleicht über das dünne Eis des Teiches", "ice_block"),
    ("Die Pinguine rutschen übers Eis, bis einer ins Wasser fällt", "ice_block"),
    ("Das Eis knackt, als der Elch darauf tritt", "ice_block"),
    ("Ein Mädchen isst am Kiosk ein großes Eis", "ice_cream"),
    ("Der Opa kauft den Kindern ein Eis", "ice_cream"),
])
def test_eis_by_its_context(idea: str, thing: str) -> None:
    types = {o.type for o in analyze(idea, language="de").objects}
    assert thing in types and ({"ice_block", "ice_cream"} - {thing}).isdisjoint(types), (idea, types)
