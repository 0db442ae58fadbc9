"""Far-away stand-ins for block models: two coloured boxes (the lower and upper halves of the
model, each in its own average colour), 22 triangles (the bottom on the ground left out), for
blocks a few pixels tall on screen; and for the tiniest, a two-coloured dot (dot_look). A tree
becomes a brown trunk under a green crown, a slide a coloured block."""

from __future__ import annotations

import numpy as np

from junior_planner.meshes.asset import MeshAsset
from junior_planner.render.shading import face_light

_BOX_FACES = np.array([
    [0, 2, 1], [0, 3, 2], [4, 5, 6], [4, 6, 7], [0, 1, 5], [0, 5, 4],
    [1, 2, 6], [1, 6, 5], [2, 3, 7], [2, 7, 6], [3, 0, 4], [3, 4, 7],
])


def _box(lo: np.ndarray, hi: np.ndarray, bottom: bool = True) -> np.ndarray:
    """A box's triangles, wound counter-clockwise seen from outside (so back faces can be culled);
    without its bottom when it stands on the ground, where nobody can see it from."""
    x0, y0, z0 = lo
    x1, y1, z1 = hi
    corners = np.array([[x0, y0, z0], [x1, y0, z0], [x1, y1, z0], [x0, y1, z0],
                        [x0, y0, z1], [x1, y0, z1], [x1, y1, z1], [x0, y1, z1]], dtype=np.float32)
    return corners[_BOX_FACES if bottom else _BOX_FACES[2:]]


def proxy_triangles(asset: MeshAsset) -> tuple[np.ndarray, np.ndarray]:
    """(triangles (m, 3, 3), colours (m, 3, 4)) of the two-box stand-in."""
    v = np.asarray(asset.vertices, dtype=np.float64)
    f = np.asarray(asset.faces, dtype=np.int64)
    tri = v[f]
    area = 0.5 * np.linalg.norm(np.cross(tri[:, 1] - tri[:, 0], tri[:, 2] - tri[:, 0]), axis=1)
    face_colour = np.asarray(asset.colors, dtype=np.float64)[f].mean(axis=1)
    centre_z = tri[:, :, 2].mean(axis=1)
    lo, hi = v.min(axis=0), v.max(axis=0)
    split = lo[2] + (hi[2] - lo[2]) * 0.5
    parts_t, parts_c = [], []
    for mask, z0, z1 in ((centre_z < split, lo[2], split), (centre_z >= split, split, hi[2])):
        if not mask.any() or area[mask].sum() <= 0:
            continue
        part = tri[mask].reshape(-1, 3)
        box_lo = np.array([part[:, 0].min(), part[:, 1].min(), z0])
        box_hi = np.array([part[:, 0].max(), part[:, 1].max(), max(z1, z0 + 0.02)])
        colour = (face_colour[mask] * area[mask, None]).sum(axis=0) / area[mask].sum()
        box = _box(box_lo, box_hi, bottom=z0 > lo[2])  # the lower box stands on the ground
        parts_t.append(box)
        parts_c.append(np.tile(colour.astype(np.float32), (len(box), 3, 1)))
    triangles = np.concatenate(parts_t).astype(np.float32)
    colours = np.concatenate(parts_c).astype(np.float32)
    colours[..., :3] *= face_light(triangles)[:, None, None]
    return triangles, np.clip(colours, 0, 1)


def dot_look(asset: MeshAsset) -> tuple[np.ndarray, np.ndarray, float, float]:
    """What a block only a few pixels tall is drawn as (one point, render/instanced.py
    InstancedDots): (lower colour, upper colour, the centre's height, the size in metres): the
    two-box stand-in's colours, lit from above-front, on a square as big as the model."""
    triangles, colours = proxy_triangles(asset)
    z = triangles[:, :, 2].mean(axis=1)
    v = np.asarray(asset.vertices, dtype=np.float64)
    lo, hi = v.min(axis=0), v.max(axis=0)
    middle = lo[2] + (hi[2] - lo[2]) * 0.5
    lower = colours[z < middle, 0].mean(axis=0) if (z < middle).any() else colours[:, 0].mean(axis=0)
    upper = colours[z >= middle, 0].mean(axis=0) if (z >= middle).any() else lower
    size = float(max(hi[0] - lo[0], hi[1] - lo[1], hi[2] - lo[2], 0.05))
    return lower.astype(np.float32), upper.astype(np.float32), float(middle), size
