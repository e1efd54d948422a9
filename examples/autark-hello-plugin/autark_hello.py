"""An example autark plugin: an asset pack (a garden gnome, with its words) and an exporter (.obj)."""
from autark.assets.spec import AssetSpec, MeshPart
from autark.plugins.kinds import ExportResult, Permissions, Plugin

CUBE_FACES = ((1, 2, 4, 3), (5, 7, 8, 6), (1, 5, 6, 2), (3, 4, 8, 7), (1, 3, 7, 5), (2, 6, 8, 4))


def _gnome():
    from autark.assets import shapes

    return [MeshPart(shapes.cylinder(0.12, 0.25), color=(0.2, 0.3, 0.8)),  # a blue coat
            MeshPart(shapes.sphere(0.09, (0.0, 0.32, 0.0)), color=(0.95, 0.8, 0.7)),  # the head
            MeshPart(shapes.cone(0.1, 0.22, (0.0, 0.38, 0.0)), color=(0.85, 0.1, 0.1))]  # a red hat


class Gnomes:
    def assets(self):
        return [AssetSpec("garden_gnome", "prop", (-0.12, 0.0, -0.12), (0.12, 0.6, 0.12), _gnome, gender_de="m",
                          words={"en": "gnome gnomes", "de": "gartenzwerg gartenzwerge"})]


class BoxesObj:
    """Each object's world box as a Wavefront OBJ cube: the layout, for any 3D tool."""

    def export(self, request):
        from autark.scene.export import scene_to_json

        objects, lines = scene_to_json(request.scene)["objects"], []
        for n, obj in enumerate(objects):
            lo, hi = obj["bbox"]["min"], obj["bbox"]["max"]
            lines += [f"o {obj['name']}"] + [f"v {x} {y} {z}" for x in (lo[0], hi[0]) for y in (lo[1], hi[1])
                                             for z in (lo[2], hi[2])]
            lines += ["f " + " ".join(str(8 * n + i) for i in face) for face in CUBE_FACES]
        request.target.write_text("\n".join(lines) + "\n", encoding="utf-8")
        return ExportResult(request.target, f"{len(objects)} object box(es)")


def plugin(registries):
    registries["asset_pack"].add("hello-gnomes", Plugin("hello-gnomes", "asset_pack", Gnomes, "a garden gnome"))
    registries["exporter"].add("hello-obj", Plugin("hello-obj", "exporter", BoxesObj, "object boxes as OBJ",
                                                   Permissions(paths=("the target file",)), suffixes=(".obj",)))
