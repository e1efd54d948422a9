"""Down a slope and up a height read from the idea (``autark.story.slopes``), in English and German: a slide,
sledge or ski run down a hill is a slide of a slope thing of the set (a snowy hill where there is snow, skis or a
sled; the playground slide it names), staged as a climb up it and a slide down it; a run up a thing is a climb of
it; a slide across the ice is no slope's."""

from __future__ import annotations

import pytest

from autark.story import analyze
from autark.story.narrative import plan

DOWN = [
    ("en", "A penguin family slides down the hill", "snow_hill"),
    ("en", "The kids sledge down the snowy hill", "snow_hill"),
    ("en", "A skier races down the mountain", "snow_hill"),
    ("en", "A little girl slides down the slide at the playground", "playground_slide"),
    ("en", "Two boys roll down the grassy hill in summer", "hill"),
    ("de", "Die Kinder rodeln den Hügel hinab", "snow_hill"),
    ("de", "Ein Mädchen rutscht die Rutsche hinunter", "playground_slide"),
    ("de", "Der Skifahrer fährt den Berg hinunter", "snow_hill"),
    ("de", "Drei Pinguine rutschen auf dem Bauch den Schneehang hinunter", "snow_hill"),
    ("de", "Der Junge fährt mit dem Schlitten den Hügel hinunter", "snow_hill"),
]


@pytest.mark.parametrize(("lang", "idea", "slope"), DOWN, ids=[d[1] for d in DOWN])
def test_a_slide_down_a_slope_is_staged_up_it_and_down_it(lang: str, idea: str, slope: str) -> None:
    concept = analyze(idea)
    slides = [e for e in concept.events if e.kind == "slide"]
    assert slides and slides[0].patient == slope, [(e.verb, e.kind, e.patient) for e in concept.events]
    assert slope in {o.type for o in concept.objects}
    acts = [(k, a) for k, shot in enumerate(plan(idea, 30.0, seed=1, language=lang).shots) for a in shot.actions]
    doer = slides[0].agents[0]
    up = [k for k, a in acts if a.startswith(f"{doer} ") and (" climbs " in a or " klettert " in a)]
    down = [k for k, a in acts if a.startswith(f"{doer} ") and (" slides " in a or " rutscht " in a)]
    # up in one shot, down in a shot of its own after it (with the climb, the slide was squeezed into its end)
    assert up and any(k > up[0] and k not in up for k in down), acts


@pytest.mark.parametrize(("idea", "thing"), [("A squirrel runs up the tree in the park", "tree"),
                                             ("Der Junge rennt die Treppe hinauf", "stairs"),
                                             ("Ein Eichhörnchen rennt den Baum hinauf", "tree")])
def test_a_run_up_a_thing_is_a_climb_of_it(idea: str, thing: str) -> None:
    assert any(e.kind == "climb" and e.patient == thing for e in analyze(idea).events)


def test_a_slide_on_flat_ice_is_no_slope() -> None:
    concept = analyze("The penguin slides across the frozen lake")
    assert not {"hill", "snow_hill"} & {o.type for o in concept.objects}


@pytest.mark.parametrize(("idea", "place"), [("Die Kinder rodeln den Hügel hinab", "snow_field"),
                                             ("The kids sledge down the hill", "snow_field"),
                                             ("Two boys roll down the grassy hill in summer", "meadow"),
                                             ("Der Skifahrer fährt den Berg hinunter", "mountain_top")])
def test_a_snowy_slope_is_in_the_snow(idea: str, place: str) -> None:
    assert analyze(idea).settings == [place]
