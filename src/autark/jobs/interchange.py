"""The film's scene and timeline for other tools: USD with its animation, animated glTF, OpenTimelineIO.

* ``sample_scene``: the scene evaluated (tracks, actions, poses) at every frame of the film, the one source
  of motion for both 3D formats.
* ``export_usd``: a USD stage (``.usda`` text or ``.usd``/``.usdc`` binary, via Pixar's ``usd-core``), metres
  and Y up, one Xform per object with its transform sampled per frame and visibility, one Mesh per part
  (posed parts of rigged bodies carry their own sampled transform), cameras with their sampled placement and
  focal length. Time codes are frames; ``timeCodesPerSecond`` is the film's frame rate.
* ``export_animated_glb``: the glTF writer (``autark.assets.gltf``) given the samples.
* ``export_otio``: the timeline as OpenTimelineIO: the shots as clips on a video track (cut from the rendered
  film when one is given, so an editor relinks nothing), the dialogue lines as clips on an audio track, the
  music as one clip on a second, and each line's subtitle as a marker. DaVinci Resolve and Kdenlive import
  ``.otio``; OTIO's adapters convert it to FCP XML or EDL.
"""

from __future__ import annotations

import math
import os
import re
from pathlib import Path

import numpy as np

from autark.errors import ProjectError, UserInputError
from autark.scene.model import Scene

__all__ = ["sample_scene", "export_usd", "export_animated_glb", "export_otio", "MAX_SAMPLES"]

MAX_SAMPLES = 18_000  # ten minutes at 30 fps: an export samples at most this many frames


def _fps(scene: Scene, fps: float | None) -> float:
    rate = float(fps or scene.settings.fps)
    if not (1.0 <= rate <= 120.0):
        raise UserInputError(f"cannot sample the scene at {rate} frames a second", hint="use 1 to 120")
    return rate


def sample_scene(scene: Scene, fps: float | None = None) -> list[tuple[float, Scene]]:
    """(time, the scene evaluated at that time) for each frame of the film; one sample for a still scene."""
    from autark.motion import evaluate_scene
    from autark.scene.evaluate import film_duration_s

    rate = _fps(scene, fps)
    duration = film_duration_s(scene)
    moving = bool(scene.timeline.tracks or scene.timeline.actions)
    n = max(1, int(round(duration * rate)) + 1) if moving and duration > 0 else 1
    if n > MAX_SAMPLES:
        raise UserInputError(f"the film is {duration:.0f} s long: exporting {n} frames is more than the "
                             f"{MAX_SAMPLES} allowed", hint="export at a lower rate (--fps)")
    return [(k / rate, evaluate_scene(scene, k / rate)) for k in range(n)]


def export_animated_glb(scene: Scene, path: str | os.PathLike[str], fps: float | None = None) -> int:
    """The scene as an animated .glb; returns the number of samples."""
    from autark.assets.gltf import export_glb

    samples = sample_scene(scene, fps)
    export_glb(scene, path, samples if len(samples) > 1 else None)
    return len(samples)


# -- USD ----------------------------------------------------------------------------------------------------
def _prim_name(name: str, taken: set[str]) -> str:
    base = re.sub(r"[^A-Za-z0-9_]", "_", name) or "object"
    if base[0].isdigit():
        base = "_" + base
    out, k = base, 1
    while out in taken:
        k += 1
        out = f"{base}_{k}"
    taken.add(out)
    return out


def _gf(m: np.ndarray):  # column-vector 4x4 -> USD's row-vector Gf.Matrix4d
    from pxr import Gf

    return Gf.Matrix4d(np.asarray(m, float).T.tolist())


def export_usd(scene: Scene, path: str | os.PathLike[str], fps: float | None = None) -> int:
    """Write the scene with its animation as a USD stage; returns the number of samples."""
    try:
        from pxr import Usd, UsdGeom, Vt
    except ImportError:
        raise UserInputError("writing USD needs Pixar's usd-core",
                             hint="pip install 'autark-studio[interchange]'") from None
    from autark.assets import rig
    from autark.scene.geometry import look_at, model_matrix

    target = Path(path)
    if target.suffix.lower() not in (".usda", ".usd", ".usdc"):
        raise UserInputError(f"{target.name}: a USD file ends in .usda, .usd or .usdc")
    if not target.parent.is_dir():
        raise ProjectError(f"cannot write {target}: the folder {target.parent} does not exist")
    samples = sample_scene(scene, fps)
    rate = _fps(scene, fps)
    tmp = target.with_name(f".{target.stem}.partial{target.suffix}")
    stage = Usd.Stage.CreateNew(str(tmp))
    try:
        UsdGeom.SetStageUpAxis(stage, UsdGeom.Tokens.y)
        UsdGeom.SetStageMetersPerUnit(stage, 1.0)
        stage.SetTimeCodesPerSecond(rate)
        stage.SetFramesPerSecond(rate)
        stage.SetStartTimeCode(0)
        stage.SetEndTimeCode(len(samples) - 1)
        world = UsdGeom.Xform.Define(stage, "/World")
        stage.SetDefaultPrim(world.GetPrim())
        taken: set[str] = set()
        for obj in scene.objects:
            states = [(k, next((o for o in st.objects if o.id == obj.id), None)) for k, (_t, st) in enumerate(samples)]
            # each sample's posed parts, once per object (not once per part): a rig poses all its parts at once
            posed = {k: rig.posed_parts(st.type, st.pose) for k, st in states if st is not None}
            xf = UsdGeom.Xform.Define(stage, f"/World/{_prim_name(obj.name, taken)}")
            xf.GetPrim().SetCustomDataByKey("autark:id", obj.id)
            xf.GetPrim().SetCustomDataByKey("autark:type", obj.type)
            op = xf.AddTransformOp()
            vis = xf.GetVisibilityAttr()
            for k, st in states:
                if st is None:
                    continue
                op.Set(_gf(model_matrix(st.transform)), Usd.TimeCode(k))
                vis.Set(UsdGeom.Tokens.inherited if st.visible else UsdGeom.Tokens.invisible, Usd.TimeCode(k))
            parts = rig.posed_parts(obj.type, obj.pose)
            for index, (part, _m) in enumerate(parts):
                mesh = UsdGeom.Mesh.Define(stage, f"{xf.GetPath()}/part_{index}")
                tri = part.mesh
                mesh.CreatePointsAttr(Vt.Vec3fArray.FromNumpy(np.asarray(tri.vertices, np.float32)))
                mesh.CreateFaceVertexCountsAttr(Vt.IntArray.FromNumpy(np.full(len(tri.faces), 3, np.int32)))
                mesh.CreateFaceVertexIndicesAttr(Vt.IntArray.FromNumpy(np.asarray(tri.faces, np.int32).reshape(-1)))
                mesh.CreateSubdivisionSchemeAttr(UsdGeom.Tokens.none)
                colour = part.color if part.color is not None else obj.material.color
                mesh.CreateDisplayColorAttr([tuple(float(c) for c in colour)])
                if part.bone is not None:  # a rigged part moves with its bone
                    pop = mesh.AddTransformOp()
                    for k, parts_at in posed.items():
                        pop.Set(_gf(parts_at[index][1]), Usd.TimeCode(k))
        aspect = scene.settings.width / scene.settings.height
        for cam in scene.cameras:
            ucam = UsdGeom.Camera.Define(stage, f"/World/Cameras/{_prim_name(cam.name, taken)}")
            ucam.GetPrim().SetCustomDataByKey("autark:active", cam.name == scene.active_camera)
            vertical = 20.25  # mm; the focal length follows from the vertical field of view
            ucam.CreateVerticalApertureAttr(vertical)
            ucam.CreateHorizontalApertureAttr(vertical * aspect)
            ucam.CreateClippingRangeAttr((0.05, 2000.0))
            cop = ucam.AddTransformOp()
            focal = ucam.CreateFocalLengthAttr()
            for k, (_t, st) in enumerate(samples):
                c = next((x for x in st.cameras if x.name == cam.name), None)
                if c is None:
                    continue
                view = look_at(np.asarray(c.position, float), np.asarray(c.target, float), np.asarray(c.up, float))
                cop.Set(_gf(np.linalg.inv(view)), Usd.TimeCode(k))
                focal.Set(vertical / 2 / math.tan(math.radians(c.fov) / 2), Usd.TimeCode(k))
        stage.GetRootLayer().Save()
        del stage
        os.replace(tmp, target)
    except Exception:
        Path(tmp).unlink(missing_ok=True)
        raise
    return len(samples)


# -- OpenTimelineIO -----------------------------------------------------------------------------------------
def export_otio(scene: Scene, path: str | os.PathLike[str], film: str | os.PathLike[str] | None = None) -> int:
    """Write the scene's timeline as an OpenTimelineIO file; returns the number of shot clips."""
    try:
        import opentimelineio as otio
    except ImportError:
        raise UserInputError("writing OpenTimelineIO needs the opentimelineio package",
                             hint="pip install 'autark-studio[interchange]'") from None
    from autark.scene.evaluate import estimate_line_duration_s, film_duration_s

    rate = float(scene.settings.fps)
    duration = film_duration_s(scene)

    def rt(seconds: float):
        return otio.opentime.RationalTime(round(seconds * rate), rate)

    def span(start: float, length: float):
        return otio.opentime.TimeRange(rt(start), rt(max(length, 1.0 / rate)))

    media = (otio.schema.ExternalReference(target_url=Path(film).resolve().as_uri(),
                                           available_range=span(0.0, duration))
             if film is not None else otio.schema.MissingReference())
    timeline = otio.schema.Timeline(name=scene.name or "autark film", global_start_time=rt(0.0))
    video = otio.schema.Track(name="Picture", kind=otio.schema.TrackKind.Video)
    shots = sorted(scene.timeline.shots, key=lambda s: s.start_s)
    cursor = 0.0
    for k, shot in enumerate(shots):
        end = min(shot.end_s, duration)
        if shot.start_s > cursor + 1e-6:
            video.append(otio.schema.Gap(source_range=span(0.0, shot.start_s - cursor)))
        if end <= shot.start_s:
            continue
        clip = otio.schema.Clip(name=f"shot {k + 1}: {shot.camera}", media_reference=media.clone(),
                                source_range=span(shot.start_s, end - shot.start_s))
        clip.metadata["autark"] = {"camera": shot.camera, "size": shot.size, "move": shot.move}
        video.append(clip)
        cursor = end
    if not shots:
        video.append(otio.schema.Clip(name="film", media_reference=media.clone(), source_range=span(0.0, duration)))
    dialogue = otio.schema.Track(name="Dialogue", kind=otio.schema.TrackKind.Audio)
    cursor = 0.0
    for line in sorted(scene.timeline.lines, key=lambda ln: ln.start_s):
        length = line.duration_s or estimate_line_duration_s(line.text)
        start = max(line.start_s, cursor)
        if start > cursor + 1e-6:
            dialogue.append(otio.schema.Gap(source_range=span(0.0, start - cursor)))
        clip = otio.schema.Clip(name=f"{line.speaker}: {line.text[:40]}", media_reference=media.clone(),
                                source_range=span(start, length))
        clip.metadata["autark"] = {"speaker": line.speaker, "text": line.text, "language": line.language}
        # the subtitle, as a marker on the line's own clip (editors show it on the audio track)
        clip.markers.append(otio.schema.Marker(name=line.text, marked_range=span(start, length),
                                               color=otio.schema.MarkerColor.YELLOW,
                                               metadata={"autark": {"subtitle": line.text}}))
        dialogue.append(clip)
        cursor = start + length
    music = otio.schema.Track(name="Music", kind=otio.schema.TrackKind.Audio)
    music.append(otio.schema.Clip(name=f"music ({scene.timeline.music_mood or 'score'})",
                                  media_reference=media.clone(), source_range=span(0.0, duration)))
    timeline.tracks.extend([video, dialogue, music])
    target = Path(path)
    if not target.parent.is_dir():
        raise ProjectError(f"cannot write {target}: the folder {target.parent} does not exist")
    otio.adapters.write_to_file(timeline, str(target))
    return sum(1 for c in video if isinstance(c, otio.schema.Clip))
