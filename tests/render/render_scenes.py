"""Reference scenes for the renderer's tests, built directly from scene data (no command engine, no presets),
so a golden image changes only when the renderer or an asset's mesh changes."""

from __future__ import annotations

import math
from collections.abc import Callable

from autark.assets import library
from autark.scene import Camera, Light, Material, Scene, SceneObject, Settings, Transform

Vec3 = tuple[float, float, float]


def obj(oid: str, asset_type: str, pos: Vec3 = (0.0, 0.0, 0.0), color: Vec3 | None = None, rot: Vec3 = (0, 0, 0),
        scale: Vec3 = (1.0, 1.0, 1.0), pose: dict[str, Vec3] | None = None, **material: float) -> SceneObject:
    spec = library.get(asset_type)
    mat = Material(color=color or spec.color, roughness=material.pop("roughness", spec.roughness),
                   metallic=material.pop("metallic", spec.metallic), **material)
    return SceneObject(id=oid, name=asset_type, type=asset_type, material=mat,
                       transform=Transform(position=pos, rotation=rot, scale=scale),
                       bounds_min=spec.bounds_min, bounds_max=spec.bounds_max, pose=pose or {})


def sun_dir(elevation_deg: float, azimuth_deg: float) -> Vec3:
    el, az = math.radians(elevation_deg), math.radians(azimuth_deg)
    return (-math.sin(az) * math.cos(el), -math.sin(el), -math.cos(az) * math.cos(el))


def daylight(elevation: float = 55.0, azimuth: float = 35.0) -> list[Light]:
    return [Light(name="sun", type="sun", direction=sun_dir(elevation, azimuth), color=(1.0, 0.97, 0.92)),
            Light(name="sky", type="hemisphere", color=(0.6, 0.7, 0.9), ground_color=(0.35, 0.3, 0.25),
                  intensity=0.35, cast_shadows=False)]


def cam(position: Vec3, target: Vec3, fov: float = 45.0) -> list[Camera]:
    return [Camera(name="main", position=position, target=target, fov=fov)]


def red_cube() -> Scene:
    return Scene(objects=[obj("cube", "cube", (0, 0, 0), (0.8, 0.1, 0.1))], lights=daylight(),
                 cameras=cam((2.0, 1.8, 3.4), (0, 0.45, 0)))


def table_chairs() -> Scene:
    objects = [obj("table", "table")]
    for i, (x, z, ry) in enumerate([(-0.45, 0.75, 180), (0.45, 0.75, 180), (-0.45, -0.75, 0), (0.45, -0.75, 0)]):
        objects.append(obj(f"chair{i}", "chair", (x, 0, z), rot=(0, ry, 0)))
    objects.append(obj("cup", "cup", (0.2, 0.75, 0.1)))
    return Scene(objects=objects, lights=daylight(50, 30), cameras=cam((2.6, 2.4, 3.6), (0, 0.5, 0)))


def sunset() -> Scene:
    objects = [obj("house", "house", (0, 0, -3)), obj("tree", "tree", (3, 0, -1)), obj("bench", "bench", (-1, 0, 1))]
    lights = [Light(name="sun", type="sun", direction=sun_dir(8, -60), color=(1.0, 0.55, 0.25), intensity=0.9),
              Light(name="sky", type="hemisphere", color=(0.55, 0.4, 0.55), ground_color=(0.3, 0.2, 0.15),
                    intensity=0.3, cast_shadows=False)]
    settings = Settings(sky_top=(0.25, 0.25, 0.5), sky_horizon=(1.0, 0.55, 0.3), exposure=1.1)
    return Scene(objects=objects, lights=lights, settings=settings, cameras=cam((5, 2.0, 9), (0, 1.5, -1)))


def night_point() -> Scene:
    objects = [obj("lamp", "street_lamp", (0, 0, 0)), obj("bench", "bench", (1.2, 0, 0.8)),
               obj("rock", "rock", (-1.5, 0, 1))]
    lights = [Light(name="bulb", type="point", position=(0, 4.2, 0.8), color=(1.0, 0.8, 0.5), intensity=12.0,
                    range=12.0),
              Light(name="sky", type="hemisphere", color=(0.1, 0.13, 0.25), ground_color=(0.03, 0.03, 0.05),
                    intensity=0.15, cast_shadows=False)]
    settings = Settings(sky_top=(0.01, 0.02, 0.06), sky_horizon=(0.05, 0.07, 0.15), exposure=1.4)
    return Scene(objects=objects, lights=lights, settings=settings, cameras=cam((3, 2.5, 7), (0, 1.5, 0)))


def spot_cone() -> Scene:
    objects = [obj("ball", "sphere", (0, 0, 0), (0.9, 0.9, 0.9))]
    lights = [Light(name="key", type="spot", position=(0, 5, 0.5), direction=(0, -1, -0.1), intensity=30.0,
                    cone_angle=25.0, range=15.0),
              Light(name="ambient", type="ambient", intensity=0.04, cast_shadows=False)]
    settings = Settings(sky_top=(0.02, 0.02, 0.03), sky_horizon=(0.05, 0.05, 0.06))
    return Scene(objects=objects, lights=lights, settings=settings, cameras=cam((0, 3, 6), (0, 0.3, 0)))


def glass() -> Scene:
    objects = [obj("box", "cube", (0, 0, -1), (0.9, 0.6, 0.1)),
               obj("glass", "cube", (0, 0, 0.6), (0.6, 0.8, 0.95), opacity=0.35, roughness=0.05)]
    return Scene(objects=objects, lights=daylight(), cameras=cam((0.5, 1.5, 4.5), (0, 0.5, 0)))


def metal_rough() -> Scene:
    objects = [obj("metal", "sphere", (-0.7, 0, 0), (0.95, 0.8, 0.5), metallic=1.0, roughness=0.15),
               obj("rough", "sphere", (0.7, 0, 0), (0.95, 0.8, 0.5), metallic=0.0, roughness=0.9)]
    return Scene(objects=objects, lights=daylight(40, 20), cameras=cam((0, 1.0, 3.2), (0, 0.5, 0)))


def candle_dark() -> Scene:
    objects = [obj("table", "table"), obj("candle", "candle", (0, 0.75, 0)), obj("plate", "plate", (0.4, 0.75, 0.1))]
    lights = [Light(name="flame", type="point", position=(0, 1.0, 0), color=(1.0, 0.6, 0.25), intensity=0.3,
                    range=6.0, cast_shadows=False),
              Light(name="ambient", type="ambient", color=(1.0, 0.7, 0.45), intensity=0.02, cast_shadows=False)]
    settings = Settings(sky_top=(0.02, 0.015, 0.01), sky_horizon=(0.04, 0.03, 0.02), exposure=1.4)
    return Scene(objects=objects, lights=lights, settings=settings, cameras=cam((0.9, 1.4, 1.6), (0, 0.8, 0)))


def crowd(n: int = 200, types: tuple[str, ...] = ("cube", "sphere", "cylinder", "chair", "barrel")) -> Scene:
    """``n`` objects on a grid, a few types, colours cycling: the instancing case."""
    side = math.ceil(math.sqrt(n))
    palette = [(0.8, 0.2, 0.2), (0.2, 0.6, 0.3), (0.2, 0.4, 0.8), (0.9, 0.7, 0.2), (0.7, 0.7, 0.7)]
    objects = []
    for i in range(n):
        x, z = (i % side - side / 2) * 1.5, (i // side - side / 2) * 1.5
        objects.append(obj(f"o{i}", types[i % len(types)], (x, 0, z), palette[(i // len(types)) % len(palette)],
                           rot=(0, (i * 37) % 360, 0), scale=(0.8, 0.8, 0.8)))
    extent = side * 0.75
    settings = Settings(ground_size=max(40.0, side * 2.0))
    return Scene(objects=objects, lights=daylight(), settings=settings,
                 cameras=cam((extent * 0.9, extent * 0.9, extent * 1.6), (0, 0, 0)))


def closeup() -> Scene:
    return Scene(objects=[obj("vase", "vase", (0, 0, 0), (0.2, 0.45, 0.7))], lights=daylight(),
                 cameras=cam((0, 0.25, 0.9), (0, 0.2, 0), fov=35.0))


def humanoid() -> Scene:
    pose = {"upper_arm_l": (0, 0, 70), "upper_arm_r": (-40, 0, 0), "neck": (0, 20, 0), "upper_leg_r": (-25, 0, 0),
            "lower_leg_r": (30, 0, 0)}
    return Scene(objects=[obj("hero", "humanoid", pose=pose)], lights=daylight(50, 20),
                 cameras=cam((0.8, 1.3, 3.2), (0, 0.95, 0)))


def car() -> Scene:
    return Scene(objects=[obj("car", "car", rot=(0, 35, 0))], lights=daylight(45, 30),
                 cameras=cam((3.8, 1.8, 4.4), (0, 0.6, 0)))


GOLDEN_SCENES: dict[str, Callable[[], Scene]] = {
    "red_cube": red_cube,
    "table_chairs": table_chairs,
    "sunset": sunset,
    "night_point": night_point,
    "spot_cone": spot_cone,
    "glass": glass,
    "metal_rough": metal_rough,
    "candle_dark": candle_dark,
    "crowd_200": crowd,
    "closeup": closeup,
    "humanoid": humanoid,
    "car": car,
}
