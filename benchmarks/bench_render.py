"""Renderer throughput: frames per second (median over N frames after warm-up) for scenes of 10, 200 and 2,000
objects with a shadow-casting sun, at 1280x720, 960x540 (the web viewport) and 640x360, per anti-aliasing mode;
peak RSS per case.

Each case runs in its own subprocess so ``ru_maxrss`` (which includes the GL driver's memory, unlike
tracemalloc) belongs to that case alone. "static" renders the same frame repeatedly (a held shot: shadow maps
are reused); "orbit" turns the camera one degree per frame, so the sun's shadow map is refitted and redrawn
every frame, as in a moving shot.

The Blender peer: bpy 4.5 needs numpy<2, so it lives in its own interpreter: ``$AUTARK_BLENDER_PYTHON``, else
``.venv-blender/bin/python`` in the repository (``make bench-peers``), else this interpreter if it can import
bpy. The 200-object scene is exported with ``autark.assets.gltf.export_glb``, rendered there by Blender's
Workbench engine headless at the same size, and the time-per-frame ratio against autark's no-AA static case is
printed.

    .venv/bin/python benchmarks/bench_render.py            # all cases
    .venv/bin/python benchmarks/bench_render.py --quick    # 640x360 only, fewer frames
    .venv/bin/python benchmarks/bench_render.py --floor    # what a 720p frame costs llvmpipe at the least

``--floor`` renders the 200-object scene at 1280x720 (no AA, static) as it is, with a one-colour fragment
shader on the same geometry, with every object as its 12-triangle box, and with no objects at all (clear,
ground, sky, read-back): how far below the 16.7 ms of 60 fps each part of the frame stays on this machine.

Anti-aliasing modes: none, fxaa (one post pass) and msaa4 (the default for stills).

``--film`` renders frames of a real 30-second film at 1280x720, final quality (the throne room of "a shy ghost
tries to make friends with a family in an old castle": a set, four people, two shadowed spots and a point
light, a camera that moves every frame), with one renderer as it is and one with its between- and
within-frame savings turned off (instance records rebuilt every frame, every light in every object's shader),
frames interleaved so both see the same machine load; it prints median CPU ms per frame (the GL driver's
threads included), main-thread ms and the ratio. ``--against REV`` also renders the same frames with the
renderer package of git revision REV (in its own process) and prints that ratio and the largest pixel
difference.

    .venv/bin/python benchmarks/bench_render.py --film --frames 24 --against 4e36cb6
"""

from __future__ import annotations

import argparse
import json
import math
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

OBJECT_COUNTS = (10, 200, 2000)
SIZES = ((1280, 720), (960, 540), (640, 360))  # 960x540: the web studio's viewport
TYPES = ("cube", "sphere", "cylinder", "chair", "barrel", "table", "tree", "rock")


def build_scene(n: int):
    """``n`` objects of mixed types on a grid, a sun and sky light, a camera framing the grid."""
    from autark.assets import library
    from autark.scene import Camera, Light, Material, Scene, SceneObject, Settings, Transform

    side = math.ceil(math.sqrt(n))
    spacing = 2.0
    objects = []
    for i in range(n):
        t = TYPES[i % len(TYPES)]
        spec = library.get(t)
        x, z = (i % side - (side - 1) / 2) * spacing, (i // side - (side - 1) / 2) * spacing
        hue = (i * 0.137) % 1.0
        color = (0.3 + 0.6 * hue, 0.3 + 0.5 * (1 - hue), 0.35)
        objects.append(SceneObject(id=f"obj{i + 1}", name=t, type=t, bounds_min=spec.bounds_min,
                                   bounds_max=spec.bounds_max, material=Material(color=color),
                                   transform=Transform(position=(x, 0.0, z), rotation=(0.0, (i * 41) % 360, 0.0))))
    half = side * spacing / 2
    lights = [Light(name="sun", type="sun", direction=(-0.4, -1.0, -0.5)),
              Light(name="sky", type="hemisphere", color=(0.6, 0.7, 0.9), intensity=0.35, cast_shadows=False)]
    camera = Camera(name="main", position=(half * 0.8, max(3.0, half * 0.7), half * 1.5 + 4), target=(0, 0.5, 0))
    return Scene(objects=objects, lights=lights, cameras=[camera], settings=Settings(ground_size=max(40.0, half * 3)))


AA_MODES = {"none": (0, False), "fxaa": (0, True), "msaa4": (4, False)}


MOTIONS = ("static", "orbit")


def orbit(scene, degrees: float):  # -> Scene
    """The scene with its camera turned ``degrees`` about the vertical axis through its target."""
    cam = scene.cameras[0]
    a = math.radians(degrees)
    x, y, z = cam.position
    moved = cam.model_copy(update={"position": (x * math.cos(a) + z * math.sin(a), y,
                                                -x * math.sin(a) + z * math.cos(a))})
    return scene.model_copy(update={"cameras": [moved]})


def run_case(n: int, width: int, height: int, aa: int, frames: int, motion: int = 0) -> dict:
    from autark.render import Renderer

    mode = list(AA_MODES)[aa]
    samples, fxaa = AA_MODES[mode]
    base = build_scene(n)
    scenes = [orbit(base, float(i)) for i in range(frames + 3)] if MOTIONS[motion] == "orbit" else None
    renderer = Renderer(width=width, height=height, samples=samples, fxaa=fxaa)
    med, med_cpu = median_frame_s(renderer, lambda i: scenes[i] if scenes else base, frames)
    return {"objects": n, "width": width, "height": height, "aa": mode, "motion": MOTIONS[motion],
            "frame_ms": med * 1000,
            "fps": 1.0 / med, "cpu_ms": med_cpu * 1000,
            "max_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}


def median_frame_s(renderer, scene_at, frames: int, warm_up: int = 3) -> tuple[float, float]:
    """Median wall and CPU seconds per frame of ``renderer`` over ``frames`` frames of ``scene_at(i)`` after
    ``warm_up`` frames (shader compilation, mesh upload, buffer growth); the renderer is released."""
    for i in range(warm_up):
        renderer.render(scene_at(i))
    times, cpu = [], []
    for i in range(warm_up, warm_up + frames):
        scene = scene_at(i)
        start, start_cpu = time.perf_counter(), time.process_time()
        renderer.render(scene)
        times.append(time.perf_counter() - start)
        cpu.append(time.process_time() - start_cpu)  # llvmpipe's threads count here too
    renderer.release()
    return statistics.median(times), statistics.median(cpu)


FLAT_FRAGMENT = """
#version 330
flat in vec4 v_color;
out vec4 f_color;
void main() { f_color = vec4(v_color.rgb, 1.0); }
"""


def floor_case(variant: str, frames: int = 30) -> float:
    """Median ms per frame of the 200-object scene at 720p (no AA, static) in one of the ``--floor`` variants."""
    from autark.render import Renderer, shaders

    if variant == "one-colour shading":  # before the renderer compiles its programs
        shaders.lit_fragment = lambda *_a, **_k: FLAT_FRAGMENT
        shaders.ground_sunlit_fragment = lambda *_a, **_k: FLAT_FRAGMENT.replace("v_color.rgb", "vec3(0.5)")
    scene = build_scene(200)
    if variant == "no objects":
        scene = scene.model_copy(update={"objects": []})
    renderer = Renderer(width=1280, height=720, samples=0, fxaa=False,
                        lod_pixels=1e9 if variant == "boxes only" else 16.0)
    return median_frame_s(renderer, lambda _i: scene, frames)[0] * 1000


FLOOR_VARIANTS = ("as rendered", "one-colour shading", "boxes only", "no objects")


def subprocess_case(n: int, width: int, height: int, aa: int, frames: int, motion: int = 0) -> dict:
    out = subprocess.run([sys.executable, __file__, "--case", str(n), str(width), str(height), str(aa),
                          str(frames), str(motion)], capture_output=True, text=True)
    if out.returncode != 0:
        raise SystemExit(f"case {n} objects {width}x{height} failed:\n{out.stderr[-2000:]}")
    return json.loads(out.stdout.strip().splitlines()[-1])


BLENDER_SCRIPT = r"""
import os, sys, time
import bpy
glb, out, width, height, frames = sys.argv[-5], sys.argv[-4], int(sys.argv[-3]), int(sys.argv[-2]), int(sys.argv[-1])
bpy.ops.wm.read_factory_settings(use_empty=True)
bpy.ops.import_scene.gltf(filepath=glb)
scene = bpy.context.scene
scene.render.engine = "BLENDER_WORKBENCH"
scene.render.resolution_x, scene.render.resolution_y = width, height
scene.render.filepath = out
cams = [o for o in scene.objects if o.type == "CAMERA"]
if cams:
    scene.camera = cams[0]
bpy.ops.render.render(write_still=True)  # warm-up
times = []
for _ in range(frames):
    t = time.perf_counter()
    bpy.ops.render.render(write_still=True)
    times.append(time.perf_counter() - t)
times.sort()
print("BLENDER_FRAME_S", times[len(times) // 2], flush=True)
os._exit(0)  # bpy's atexit handlers can hang a headless process
"""


def blender_python() -> str | None:
    """The interpreter that has bpy (see the module docstring), or None."""
    env = os.environ.get("AUTARK_BLENDER_PYTHON")
    if env:
        return env
    venv = Path(__file__).resolve().parent.parent / ".venv-blender" / "bin" / "python"
    if venv.exists():
        return str(venv)
    try:
        import bpy  # noqa: F401
    except ImportError:
        return None
    return sys.executable


def blender_peer(autark_frame_ms: float, width: int, height: int, frames: int) -> str:
    python = blender_python()
    if python is None:
        return ("Blender peer skipped: no interpreter with bpy (set AUTARK_BLENDER_PYTHON, or make bench-peers "
                "for .venv-blender)")
    from autark.assets.gltf import export_glb

    with tempfile.TemporaryDirectory() as tmp:
        glb = Path(tmp) / "scene.glb"
        export_glb(build_scene(200), glb)
        script = Path(tmp) / "peer.py"
        script.write_text(BLENDER_SCRIPT)
        out = subprocess.run([python, str(script), str(glb), str(Path(tmp) / "peer.png"), str(width),
                              str(height), str(frames)], capture_output=True, text=True, timeout=600)
        line = next((x for x in out.stdout.splitlines() if x.startswith("BLENDER_FRAME_S")), None)
        if line is None:
            return f"Blender peer failed: {out.stderr.strip()[-300:]}"
        blender_ms = float(line.split()[1]) * 1000
        return (f"Blender Workbench ({python}), 200 objects {width}x{height}, median of {frames}: "
                f"{blender_ms:.1f} ms/frame; autark (no AA, static) {autark_frame_ms:.1f} ms/frame; "
                f"time-per-frame ratio blender/autark = {blender_ms / autark_frame_ms:.2f}")


FILM_IDEA = "a shy ghost tries to make friends with a family in an old castle"


def film_scenes(idea: str = FILM_IDEA):
    """The scenes of the idea's 30-second film (``autark.jobs.build_film``: the story planner's screenplay, sets,
    cast, shots) and the final-quality renderer settings."""
    from autark.jobs.film import FilmOptions, SceneSegment
    from autark.jobs.produce import build_film
    from autark.story.narrative import plan

    film = build_film(plan(idea, 30.0), width=1280, height=720, check_shots=False)
    return [s.scene for s in film.segments if isinstance(s, SceneSegment)], FilmOptions().render_settings()


def film_frames(scenes, count: int) -> list[tuple[int, float]]:
    """``count`` (scene index, time) pairs spread evenly over the scenes' frames."""
    times = [(k, i / 30.0) for k, sc in enumerate(scenes) for i in range(int(sc.timeline.duration_s * 30))]
    step = max(1, len(times) // count)
    return times[step // 2::step][:count]


def film_case(count: int, save: str | None = None) -> dict:
    """Median CPU and main-thread ms per frame of the film's frames, this renderer as it is and with its
    savings off (records rebuilt each frame, no per-object light culling), interleaved."""
    from autark.motion import evaluate_scene
    from autark.render import Renderer
    from autark.render import renderer as renderer_module

    scenes, settings = film_scenes()
    frames = film_frames(scenes, count)
    states = [evaluate_scene(scenes[k], t) for k, t in frames]
    reach = renderer_module.light_reach
    fast, slow = Renderer(1280, 720, **settings), Renderer(1280, 720, **settings)
    pixels, cost = [], {"as is": ([], []), "savings off": ([], [])}

    def timed(name: str, render):
        cpu, thread = time.process_time(), time.thread_time()
        out = render()
        cost[name][0].append(time.process_time() - cpu)
        cost[name][1].append(time.thread_time() - thread)
        return out

    def without_savings(state, t: float):
        slow._instancer._records.clear()
        renderer_module.light_reach = lambda _scene: []
        try:
            return slow.render(state, time_s=t)
        finally:
            renderer_module.light_reach = reach

    for warm in range(2):
        fast.render(states[warm], time_s=frames[warm][1])
        without_savings(states[warm], frames[warm][1])
    for state, (_, t) in zip(states, frames, strict=True):
        a = timed("as is", lambda: fast.render(state, time_s=t))  # noqa: B023 - called at once
        b = timed("savings off", lambda: without_savings(state, t))  # noqa: B023 - called at once
        pixels.append(a)
        if not np.array_equal(a, b):
            diff = int(np.abs(a.astype(int) - b.astype(int)).max())
            cost.setdefault("max diff", ([], []))[0].append(diff)
    if save:
        np.save(save, np.stack(pixels))
    fast.release()
    slow.release()
    return {name: (statistics.median(c) * 1000, statistics.median(th) * 1000)
            for name, (c, th) in cost.items() if name != "max diff"} | {
        "max diff": max(cost.get("max diff", ([0], []))[0])}


def film_against(rev: str, count: int, save: str) -> dict:
    """The same frames rendered by the renderer package of git revision ``rev``, in its own process."""
    root = Path(__file__).resolve().parent.parent
    with tempfile.TemporaryDirectory() as tmp:
        archive = subprocess.run(["git", "-C", str(root), "archive", rev, "src/autark/render"],
                                 capture_output=True, check=True).stdout
        subprocess.run(["tar", "-x", "-C", tmp], input=archive, check=True)
        out = subprocess.run([sys.executable, __file__, "--film-old", str(Path(tmp) / "src/autark/render"),
                              str(count), save], capture_output=True, text=True)
    if out.returncode != 0:
        raise SystemExit(f"the {rev} renderer failed:\n{out.stderr[-2000:]}")
    return json.loads(out.stdout.strip().splitlines()[-1])


def film_old_case(package: str, count: int, save: str) -> dict:
    """Load ``package`` as ``autark.render`` and time it on the film's frames (``--film-old``)."""
    import importlib.util

    import autark

    spec = importlib.util.spec_from_file_location("autark.render", f"{package}/__init__.py",
                                                  submodule_search_locations=[package])
    module = importlib.util.module_from_spec(spec)
    sys.modules["autark.render"] = module
    spec.loader.exec_module(module)
    autark.render = module
    from autark.motion import evaluate_scene

    scenes, settings = film_scenes()
    frames = film_frames(scenes, count)
    renderer = module.Renderer(1280, 720, **settings)
    for k, t in frames[:2]:
        renderer.render(evaluate_scene(scenes[k], t), time_s=t)
    cpu, thread, pixels = [], [], []
    for k, t in frames:
        state = evaluate_scene(scenes[k], t)
        c, th = time.process_time(), time.thread_time()
        pixels.append(renderer.render(state, time_s=t))
        cpu.append(time.process_time() - c)
        thread.append(time.thread_time() - th)
    np.save(save, np.stack(pixels))
    return {"old": (statistics.median(cpu) * 1000, statistics.median(thread) * 1000)}


def film_report(count: int, against: str | None) -> None:
    print(f"film frames at 1280x720, final quality: {FILM_IDEA!r}, {count} frames; GL: {gl_name()}; "
          f"load average {os.getloadavg()[0]:.1f}")
    with tempfile.TemporaryDirectory() as tmp:
        now_npy, old_npy = str(Path(tmp) / "now.npy"), str(Path(tmp) / "old.npy")
        old = film_against(against, count, old_npy) if against else None
        r = film_case(count, now_npy)
        print(f"{'renderer':<28} {'cpu ms/frame':>13} {'main thread ms':>15} {'cpu ratio':>10}")
        base = r["as is"][0]
        rows = [("as is", r["as is"]), ("savings off (same process)", r["savings off"])]
        if old is not None:
            rows.append((f"revision {against}", tuple(old["old"])))
        for name, (cpu, thread) in rows:
            print(f"{name:<28} {cpu:>13.1f} {thread:>15.1f} {cpu / base:>10.2f}")
        print(f"largest pixel difference, savings off vs as is: {r['max diff']}")
        if old is not None:
            d = np.abs(np.load(now_npy).astype(int) - np.load(old_npy).astype(int))
            print(f"largest pixel difference, revision {against} vs as is: {int(d.max())} "
                  f"({int((d.max(axis=-1) > 0).sum())} of {d[..., 0].size} pixels differ)")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--case", nargs=6, type=int, metavar=("N", "W", "H", "AA_INDEX", "FRAMES", "MOTION"))
    parser.add_argument("--quick", action="store_true")
    parser.add_argument("--floor", action="store_true", help="the cost floor of a 720p frame (see above)")
    parser.add_argument("--floor-case", choices=FLOOR_VARIANTS, help=argparse.SUPPRESS)
    parser.add_argument("--objects", type=int, nargs="+", default=list(OBJECT_COUNTS), help="scene sizes to run")
    parser.add_argument("--film", action="store_true", help="frames of a real film, with and without savings")
    parser.add_argument("--frames", type=int, default=24, help="--film: how many frames")
    parser.add_argument("--against", metavar="REV", help="--film: also time the renderer of git revision REV")
    parser.add_argument("--film-old", nargs=3, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.film_old:
        print(json.dumps(film_old_case(args.film_old[0], int(args.film_old[1]), args.film_old[2])))
        return
    if args.film:
        film_report(args.frames, args.against)
        return
    if args.case:
        print(json.dumps(run_case(*args.case)))
        return
    if args.floor_case:
        print(json.dumps(floor_case(args.floor_case)))
        return
    if args.floor:
        print(f"720p frame cost floor, 200 objects, no AA; GL: {gl_name()}; load average {os.getloadavg()[0]:.1f}")
        for variant in FLOOR_VARIANTS:  # each in its own process: the shader swap must not leak
            out = subprocess.run([sys.executable, __file__, "--floor-case", variant], capture_output=True,
                                 text=True, check=True)
            ms = json.loads(out.stdout.strip().splitlines()[-1])
            print(f"  {variant:<20} {ms:6.1f} ms/frame = {1000 / ms:5.1f} fps (60 fps needs 16.7 ms)")
        return
    sizes = SIZES[-1:] if args.quick else SIZES
    print(f"renderer benchmark; GL: {gl_name()}; cpus: {os.cpu_count()}; LP_NUM_THREADS="
          f"{os.environ.get('LP_NUM_THREADS', 'default')}; load average at start: {os.getloadavg()[0]:.1f}")
    # Wall time suffers when other processes share the CPUs; CPU time per frame (all threads) does much less,
    # and CPU ms / cores is what the frame would take on an otherwise idle machine with perfect scaling.
    print(f"{'objects':>8} {'size':>10} {'aa':>6} {'motion':>7} {'ms/frame':>9} {'fps':>7} {'cpu ms':>8} "
          f"{'peak RSS MB':>12}")
    results = []
    for n in args.objects:
        for w, h in sizes:
            for aa in range(len(AA_MODES)):
                # The moving camera only where it matters most: 200 objects at 720p, without MSAA.
                orbit_too = n == 200 and w == 1280 and AA_MODES[list(AA_MODES)[aa]][0] == 0
                for motion in range(len(MOTIONS) if orbit_too else 1):
                    frames = 5 if (n >= 2000 or args.quick) else 15
                    r = subprocess_case(n, w, h, aa, frames, motion)
                    results.append(r)
                    print(f"{n:>8} {f'{w}x{h}':>10} {r['aa']:>6} {r['motion']:>7} {r['frame_ms']:>9.1f} "
                          f"{r['fps']:>7.1f} {r['cpu_ms']:>8.1f} {r['max_rss_mb']:>12.0f}", flush=True)
    ref = next((r for r in results if r["objects"] == 200 and r["aa"] == "none" and r["motion"] == "static"),
               None)
    if ref is not None:
        print(blender_peer(ref["frame_ms"], ref["width"], ref["height"], 5))


def gl_name() -> str:
    from autark.render.context import create_context

    ctx = create_context()
    name = ctx.info["GL_RENDERER"]
    ctx.release()
    return name


if __name__ == "__main__":
    main()
