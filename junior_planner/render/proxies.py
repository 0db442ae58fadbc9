"""Far-away stand-ins for block models: two coloured boxes (the lower and upper halves of the
model, each in its own average colour), 22 triangles (the bottom on the ground left out). A tree becomes a brown trunk under a green
crown, a slide a coloured block. Used when a block is only a few pixels tall on screen."""

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


def box_triangles(asset: MeshAsset) -> tuple[np.ndarray, np.ndarray]:
    """The cheapest stand-in: one box in the model's area-weighted colour, 10 triangles (no bottom)."""
    v = np.asarray(asset.vertices, dtype=np.float64)
    f = np.asarray(asset.faces, dtype=np.int64)
    tri = v[f]
    area = 0.5 * np.linalg.norm(np.cross(tri[:, 1] - tri[:, 0], tri[:, 2] - tri[:, 0]), axis=1)
    colour = (np.asarray(asset.colors, dtype=np.float64)[f].mean(axis=1) * area[:, None]).sum(axis=0) / max(area.sum(), 1e-9)
    lo, hi = v.min(axis=0), v.max(axis=0)
    hi[2] = max(hi[2], lo[2] + 0.02)
    box = _box(lo, hi, bottom=False)
    colours = np.tile(colour.astype(np.float32), (len(box), 3, 1))
    colours[..., :3] *= face_light(box)[:, None, None]
    return box.astype(np.float32), np.clip(colours, 0, 1)
