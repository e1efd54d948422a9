"""Hand-written screenplays for the production tests (a uniquely named module, not conftest)."""

from __future__ import annotations

TWO_SCENES = """\
title: The Walk
language: en
duration_s: 9.0
seed: 3
music_mood: happy
title_card: {text: The Walk, subtitle: a test film, duration_s: 1.5}
scenes:
- setting: meadow
  time_of_day: day
  lighting: daylight
  characters:
  - {name: Robo, type: robot, voice: robot, position: [-1.8, 0.0, 0.0]}
  objects:
  - {type: flower, color: red, position: [1.8, 0.0, 0.0]}
  - {type: ball, color: blue, placement: next to Robo}
  shots:
  - duration_s: 1.5
    camera: static
    size: wide
    narration: Robo sees a flower.
  - duration_s: 2.5
    camera: static
    size: wide
    actions: [Robo walks to the flower, Robo juggles three suns]
- setting: space_station
  lighting: night
  time_of_day: night
  characters:
  - {name: Robo, type: robot, voice: robot, position: [0.0, 0.0, 0.0]}
  shots:
  - duration_s: 2.0
    camera: static
    size: medium
    subject: Robo
    dialogue: [{speaker: Robo, text: Hello there.}]
end_card: {text: The End, subtitle: '', duration_s: 1.5}
"""
