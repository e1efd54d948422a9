"""The measured bounds of the rigged animals (``animals``, ``animals_more``): bottom centre at the origin, front
toward +Z, metres. Regenerated from the built meshes (the tests check them to the millimetre)."""

from __future__ import annotations

BOUNDS: dict[str, tuple[tuple[float, float, float], tuple[float, float, float]]] = {
    'dog': ((-0.1391, 0.0, -0.6139), (0.1391, 0.8027, 0.7434)),
    'cat': ((-0.1021, 0.0, -0.4207), (0.1021, 0.5186, 0.3683)),
    'horse': ((-0.3095, 0.0, -1.315), (0.3095, 2.2273, 1.794)),
    'unicorn': ((-0.3095, 0.0, -1.315), (0.3095, 2.2273, 1.794)),
    'cow': ((-0.5326, 0.0, -1.161), (0.4089, 1.7376, 1.6976)),
    'sheep': ((-0.3268, 0.0, -0.5955), (0.3179, 0.9491, 0.9077)),
    'pig': ((-0.2652, 0.0, -0.7045), (0.2652, 0.8703, 1.018)),
    'bear': ((-0.4284, 0.0, -0.955), (0.4284, 1.526, 1.4521)),
    'elephant': ((-0.969, 0.0, -2.095), (0.969, 4.034, 3.3332)),
    'rabbit': ((-0.1021, 0.0, -0.2886), (0.1021, 0.4774, 0.2953)),
    'mouse': ((-0.0306, 0.0, -0.1307), (0.0306, 0.0749, 0.109)),
    'fox': ((-0.108, 0.0, -0.7862), (0.108, 0.6544, 0.5967)),
    'wolf': ((-0.1744, 0.0, -0.7933), (0.1744, 1.1562, 1.0145)),
    'lion': ((-0.3598, 0.0, -1.3162), (0.3509, 1.6125, 1.4276)),
    'tiger': ((-0.3403, 0.0, -1.2936), (0.3403, 1.4022, 1.4986)),
    'giraffe': ((-0.5035, 0.0, -1.0641), (0.3886, 4.8904, 1.8221)),
    'deer': ((-0.2173, 0.0, -0.7975), (0.2173, 1.7666, 1.1094)),
    'frog': ((-0.0737, 0.0, -0.0672), (0.0737, 0.0953, 0.1321)),
    'turtle': ((-0.186, 0.0, -0.1971), (0.1933, 0.2107, 0.329)),
    'bird': ((-0.0757, 0.0, -0.1832), (0.0757, 0.2391, 0.1536)),
    'chicken': ((-0.1434, 0.0, -0.2884), (0.1434, 0.5374, 0.2502)),
    'duck': ((-0.1405, 0.0, -0.2593), (0.1405, 0.38, 0.298)),
    'owl': ((-0.1473, 0.0, -0.208), (0.1473, 0.4818, 0.1968)),
    'penguin': ((-0.1963, 0.0, -0.2475), (0.1963, 0.8142, 0.2206)),
    'fish': ((-0.0642, 0.0, -0.1661), (0.0642, 0.161, 0.129)),
    'shark': ((-0.6669, 0.0, -1.6753), (0.6669, 1.1475, 1.44)),
    'whale': ((-2.767, 0.0, -6.96), (2.767, 2.805, 5.16)),
    'dragon': ((-5.1856, 0.0, -6.6893), (5.1856, 6.1876, 5.339)),
    'dinosaur': ((-0.9, 0.0, -6.8047), (0.9, 5.0, 4.45)),
    'snake': ((-0.0585, 0.0, -1.8), (0.0585, 0.09, 0.198)),
    'monkey': ((-0.195, 0.0, -0.4559), (0.195, 1.065, 0.135)),
    'butterfly': ((-0.056, 0.0, -0.0336), (0.056, 0.0147, 0.0404)),

}


def _measure() -> str:
    """The table above, measured again from the animals' meshes (after a builder changed)."""
    import numpy as np

    from autark.assets.catalog import builtin_specs

    rows = []
    for spec in builtin_specs():
        if spec.type not in BOUNDS and spec.build.__module__ not in ("autark.assets.catalog.animals",
                                                                     "autark.assets.catalog.animals_more"):
            continue
        v = np.concatenate([p.mesh.vertices for p in spec.build()])
        lo, hi = (tuple(round(float(c), 4) + 0.0 for c in a) for a in (v.min(0), v.max(0)))
        rows.append(f"    {spec.type!r}: ({lo}, {hi}),")
    return "\n".join(rows)


if __name__ == "__main__":  # python -m autark.assets.catalog.animal_bounds > rows; paste them into BOUNDS
    print(_measure())
