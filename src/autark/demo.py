"""The README's main job (placeholder until the command engine lands): print an empty scene."""

from autark.scene import Scene

if __name__ == "__main__":
    print(Scene(name="demo").model_dump_json(indent=2))
