"""Light, sky and weather that agree with the idea, measured in pixels: every idea of benchmarks/light_ideas.yaml is
planned (30 s), each world its scenes pass through (weather, hour, lighting) is built as ``autark make`` builds a
scene's set, cast, props and lights (no shots, no lines), and a wide key frame on the cast is rendered at 320x180,
beside the same set under a clear day (the reference). Measured per frame: the mean luma (Rec. 709 on the 8-bit
sRGB values), the sky's colour (top rows: luma, warmth R - B, saturation), the shadows' depth (the frame drawn with
and without the key light's shadows: how much darker the shadowed pixels are) and, in a storm, the brightest
flash. Checked against what the idea says (``expect`` in the YAML):

- plan: the film passes through as many worlds as the idea tells, in its weathers and hours;
- wet: rain, storm, snow, fog or overcast outdoors give a grey sky, soft shadows and a dimmer frame than a clear
  day (snow may be brighter: its ground is white);
- night is darker than the day, dusk and sunset darker than the day and warmer at the horizon, dawn's sky warmer
  than noon's;
- a storm flashes; a clear day has blue sky and shadows;
- the light changes where the idea's time or weather changes.

Run: .venv/bin/python benchmarks/bench_light.py [--held] [--all] [--match TEXT] [--save DIR] [-v]

Session 18 (the tree before the light work, then after it; same bench): corpus 14 of 32 ideas with a fault, 24
faults (wet 13: hard shadows, blue skies, no dimming in rain; plan 9: changes of hour or weather not read; night
2: lamp-lit rooms as bright as day) -> 0 of 32, 0; held out 6 of 10, 9 faults (wet 4, plan 5) -> 5 of 10, 6 (wet 1,
plan 5: "until a thunderstorm surprises them", two changes of hour in one idea, "Nach einem Gewitter in der Nacht
geht die Sonne auf").
"""

from __future__ import annotations

import argparse
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np
import yaml

IDEAS = Path(__file__).with_name("light_ideas.yaml")
LUMA = np.array([0.2126, 0.7152, 0.0722])
W, H = 320, 180
WET = {"rain", "storm", "snow", "fog", "overcast"}


@dataclass
class Look:
    """What one key frame shows."""

    luma: float
    sky_luma: float
    sky_warmth: float
    sky_sat: float
    shadow: float
    contrast: float = 0.0  # the frame's luma spread (standard deviation)
    flash: float = 0.0
    indoor: bool = False
    png: str = ""


@dataclass
class World:
    weather: str
    hour: str
    lighting: str
    setting: str
    look: Look | None = None
    ref: Look | None = None
    faults: list[str] = field(default_factory=list)


def _luma(px: np.ndarray) -> np.ndarray:
    return px.astype(np.float64) @ LUMA


def _built(spec: Any) -> Any:
    """The scene's set, cast, props and lights, as ``jobs.produce.build_scene`` builds them, and a wide camera on
    the cast (inside the room, for a room)."""
    from autark.jobs import produce
    from autark.jobs.shot_actions import Cast
    from autark.ops import SetSettings
    from autark.scene.model import Camera, Scene

    warnings: list[str] = []
    scene = produce.with_ops(Scene(name="light"), [SetSettings(changes={"width": W, "height": H, "duration_s": 30.0})])
    scene = produce._setting(scene, spec, warnings, "bench")
    names = Cast()
    scene = produce._add_cast(scene, spec.characters, "en", names)
    scene = produce._add_props(scene, spec, names, warnings, "bench")
    scene = produce._light_cast(scene, names, warnings, "bench")
    bodies = [scene.object(o).transform.position for o in names.characters.values()] or [(0.0, 0.0, 0.0)]
    c = np.mean(np.asarray(bodies, float), axis=0)
    eye = c + np.array([0.0, 1.7, 6.5])
    from autark.assets.openings import room_box

    room = room_box(scene.objects)
    if room is not None:  # a room: the camera stays inside its walls
        lo, hi = (np.asarray(v, float) for v in room)
        eye = np.clip(eye, lo + 0.4, hi - 0.4)
    cam = Camera(name="bench", position=tuple(eye), target=tuple(c + np.array([0.0, 1.2, 0.0])), fov=50.0)
    return scene.model_copy(update={"cameras": [cam], "active_camera": "bench"}), room is not None


def _look(renderer: Any, scene: Any, indoor: bool, save: Path | None) -> Look:
    from autark.motion import evaluate_scene
    from autark.scene.weather import lightning_strikes

    t = 1.0
    state = evaluate_scene(scene, t)
    frame = renderer.render(state, time_s=t)
    if save is not None:
        from PIL import Image

        Image.fromarray(frame).save(save)
    flat = state.model_copy(update={"lights": [lt.model_copy(update={"cast_shadows": False}) for lt in state.lights]})
    plain = renderer.render(flat, time_s=t)
    y, y0 = _luma(frame), _luma(plain)
    changed = (y0 - y) > 2.0
    shadow = float(np.mean(1.0 - y[changed] / np.maximum(y0[changed], 1.0))) if changed.sum() > 60 else 0.0
    sky = frame[: H // 12].reshape(-1, 3).astype(np.float64).mean(axis=0)
    sat = float((sky.max() - sky.min()) / max(sky.max(), 1.0))
    flash = 0.0
    strikes = lightning_strikes(scene.settings.weather, 0.0, 30.0)
    if strikes:
        lit = renderer.render(evaluate_scene(scene, strikes[0] + 0.02), time_s=strikes[0] + 0.02)
        flash = float(_luma(lit).mean() - y.mean())
    return Look(round(float(y.mean()), 1), round(float(sky @ LUMA), 1), round(float(sky[0] - sky[2]), 1),
                round(sat, 2), round(shadow, 2), round(float(y.std()), 1), round(flash, 1), indoor, str(save or ""))


def _matches(want: str, got: str) -> bool:
    return want == "*" or got in want.split("|")


def _checks(w: World, want: tuple[str, str]) -> list[str]:
    """The faults of one world's frame against what the idea says it is."""
    out: list[str] = []
    look, ref = w.look, w.ref
    assert look is not None and ref is not None
    weather, hour = want
    hour = hour if hour != "*" else w.hour
    weathers = weather.split("|")
    if weathers and all(x in WET for x in weathers) and not look.indoor:
        if look.shadow > 0.25:
            out.append(f"wet:hard shadows {look.shadow}")
        if look.sky_sat > 0.35 and look.sky_luma > 40:
            out.append(f"wet:coloured sky sat {look.sky_sat}")
        if not set(weathers) & {"snow", "fog"} and look.luma >= 0.95 * ref.luma:  # snow and fog are bright
            out.append(f"wet:not dimmer {look.luma} vs day {ref.luma}")
        if "snow" not in weathers and hour != "night" and look.contrast >= ref.contrast:  # a white ground, a dark sky
            out.append(f"wet:not softer {look.contrast} vs day {ref.contrast}")
    if weathers == ["storm"] and look.flash < 8.0:
        out.append(f"storm:no flash {look.flash}")
    if hour == "night" and look.luma > 0.6 * ref.luma:
        out.append(f"night:bright {look.luma} vs day {ref.luma}")
    if hour == "night" and not look.indoor and look.sky_luma > 45:
        out.append(f"night:bright sky {look.sky_luma}")
    if hour in ("sunset", "dusk") and look.luma >= ref.luma:
        out.append(f"{hour}:not dimmer {look.luma} vs day {ref.luma}")
    if hour in ("dawn", "sunset") and not look.indoor and look.sky_warmth < ref.sky_warmth + 25:
        out.append(f"{hour}:sky not warm {look.sky_warmth} vs day {ref.sky_warmth}")
    if weathers == ["clear"] and hour == "day" and not look.indoor and look.shadow < 0.15:
        out.append(f"day:no shadows {look.shadow}")
    return out


def _changed(a: Look, b: Look) -> bool:
    return abs(a.luma - b.luma) > 8 or abs(a.sky_warmth - b.sky_warmth) > 15 or abs(a.shadow - b.shadow) > 0.15


def film(renderer: Any, idea: dict[str, Any], save: Path | None) -> dict[str, Any]:
    from autark.story import plan

    sp = plan(idea["idea"], 30.0, seed=0, language=idea["lang"])
    worlds: list[tuple[World, Any]] = []
    for spec in sp.scenes:
        key = (spec.weather, spec.time_of_day, spec.lighting, spec.setting)
        if worlds and (worlds[-1][0].weather, worlds[-1][0].hour, worlds[-1][0].lighting, worlds[-1][0].setting) == key:
            continue
        worlds.append((World(*key), spec))
    expect = [tuple(e) for e in idea["expect"]]
    faults: list[str] = []
    reads = [(w.weather, w.hour) for w, _ in worlds]
    distinct = [r for i, r in enumerate(reads) if i == 0 or r != reads[i - 1]]
    if len(distinct) < len(expect):
        faults.append(f"plan:{len(expect) - len(distinct)} change(s) not read")
    # the expected worlds are the film's last ones (a storm that breaks may open on the clear sky before it)
    skip = max(0, len(distinct) - len(expect))
    for i, (w, spec) in enumerate(worlds):
        d = sum(1 for j in range(1, i + 1) if reads[j] != reads[j - 1])  # which distinct world this is
        if d < skip:
            continue
        want = expect[min(d - skip, len(expect) - 1)]
        if not (_matches(want[0], w.weather) and _matches(want[1], w.hour)):
            faults.append(f"plan:world {i + 1} read {w.weather}/{w.hour}, idea {want[0]}/{want[1]}")
        scene, indoor = _built(spec)
        path = save / f"{idea['n']:02d}_{i}.png" if save is not None else None
        w.look = _look(renderer, scene, indoor, path)
        clear = spec.model_copy(update={"weather": "clear", "time_of_day": "day", "lighting": "daylight"})
        ref_scene, _ = _built(clear)
        w.ref = _look(renderer, ref_scene, indoor, None)
        w.faults = _checks(w, want)
        faults += [f"w{i + 1} {f}" for f in w.faults]
    for i in range(1, len(worlds)):  # where the weather or the hour changes (not only the place)
        a, b = worlds[i - 1][0].look, worlds[i][0].look
        if reads[i] != reads[i - 1] and a is not None and b is not None and not _changed(a, b):
            faults.append(f"change:w{i}->w{i + 1} looks the same")
    return {"idea": idea["idea"], "worlds": [w for w, _ in worlds], "faults": faults}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--held", action="store_true", help="the held-out ideas only")
    parser.add_argument("--all", action="store_true", help="corpus and held-out ideas")
    parser.add_argument("--match", default="", help="only ideas containing this text")
    parser.add_argument("--save", help="write each key frame here as NN_world.png")
    parser.add_argument("-v", action="store_true", help="print every world's numbers")
    args = parser.parse_args()
    from autark.render import Renderer

    ideas = yaml.safe_load(IDEAS.read_text(encoding="utf-8"))
    for n, idea in enumerate(ideas):
        idea["n"] = n
    if not args.all:
        ideas = [d for d in ideas if bool(d.get("held")) == args.held]
    ideas = [d for d in ideas if args.match in d["idea"]]
    save = Path(args.save) if args.save else None
    if save is not None:
        save.mkdir(parents=True, exist_ok=True)
    renderer = Renderer(width=W, height=H)
    t0 = time.process_time()
    total = bad = 0
    kinds: dict[str, int] = {}
    for idea in ideas:
        r = film(renderer, idea, save)
        total += 1
        bad += bool(r["faults"])
        for f in r["faults"]:
            k = f.split(":")[0].split()[-1]
            kinds[k] = kinds.get(k, 0) + 1
        print(f"{len(r['faults']):2d} {idea['n']:02d} {r['idea']}", flush=True)
        for f in r["faults"]:
            print(f"      {f}")
        if args.v:
            for w in r["worlds"]:
                print(f"      {w.weather}/{w.hour}/{w.lighting}@{w.setting}: {w.look} | day {w.ref}")
    print(f"ideas {total}  with a fault {bad}  faults {sum(kinds.values())} {dict(sorted(kinds.items()))}"
          f"  cpu {time.process_time() - t0:.0f}s")
    renderer.release()


if __name__ == "__main__":
    main()
