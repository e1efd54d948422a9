"""What kind of body an object has, as the staging of rides, vehicles and swims asks it: a person's (who sits
in a car, rows a boat, swims out into the sea), not an animal's or a thing's. One place for the reading, so
the ride, the vehicle and the water modules import it without importing each other."""

from __future__ import annotations

from autark.scene.model import SceneObject

__all__ = ["is_person"]


def is_person(obj: SceneObject) -> bool:
    """A person's body: a person kind of the catalogue, or any rig with a person's arms (a robot, a troll)."""
    from autark.assets.library import person_kind
    from autark.motion import rig_info

    rig = rig_info(obj.type)
    return bool(person_kind(obj.type)) or (rig is not None and "upper_arm_r" in rig.bones)
