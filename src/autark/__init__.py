"""autark: a local-first AI movie studio.

Type an idea or plain-language commands; autark builds a 3D scene, animates, renders, voices, scores and
writes a finished MP4, all on your own machine. Heavy parts import lazily so ``import autark`` stays fast.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from autark.errors import AutarkError, ProjectError, UserInputError

if TYPE_CHECKING:
    from autark.scene.export import scene_to_json
    from autark.scene.model import Scene
    from autark.studio import Studio

__version__ = "0.1.0"
__all__ = ["AutarkError", "ProjectError", "Scene", "Studio", "UserInputError", "__version__", "scene_to_json"]


def __getattr__(name: str) -> Any:
    if name == "Studio":
        from autark.studio import Studio

        return Studio
    if name == "Scene":
        from autark.scene.model import Scene

        return Scene
    if name == "scene_to_json":
        from autark.scene.export import scene_to_json

        return scene_to_json
    raise AttributeError(name)
