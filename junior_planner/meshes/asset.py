"""MeshAsset: what the rest of the program sees of a 3D model — plain numpy arrays."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np


@dataclass
class MeshAsset:
    """Triangles in site-local metres, Z up. `colors` are per-vertex RGBA in 0..1."""

    vertices: np.ndarray  # (n, 3) float32
    faces: np.ndarray  # (m, 3) uint32
    colors: np.ndarray  # (n, 4) float32

    @property
    def triangle_count(self) -> int:
        return int(self.faces.shape[0])

    @property
    def bounds(self) -> np.ndarray:
        if len(self.vertices) == 0:
            return np.zeros((2, 3))
        return np.stack([self.vertices.min(axis=0), self.vertices.max(axis=0)])

    def normals(self) -> np.ndarray:
        """Per-vertex normals (area-weighted face normals summed at each vertex)."""
        v = self.vertices.astype(np.float64)
        f = self.faces.astype(np.int64)
        face_n = np.cross(v[f[:, 1]] - v[f[:, 0]], v[f[:, 2]] - v[f[:, 0]])
        n = np.zeros_like(v)
        for k in range(3):
            np.add.at(n, f[:, k], face_n)
        length = np.linalg.norm(n, axis=1, keepdims=True)
        length[length == 0] = 1.0
        return (n / length).astype(np.float32)


def ground_only(asset: MeshAsset, rise: float = 1.0, min_up: float = 0.6) -> MeshAsset:
    """The walkable ground of a site model: faces that face up and lie within `rise` metres of
    the low ground, without tree crowns, roofs or walls (placing and walking pick against this)."""
    v = np.asarray(asset.vertices, dtype=np.float64)
    f = np.asarray(asset.faces, dtype=np.int64)
    tri = v[f]
    normal = np.cross(tri[:, 1] - tri[:, 0], tri[:, 2] - tri[:, 0])
    length = np.linalg.norm(normal, axis=1)
    up = np.divide(normal[:, 2], length, out=np.zeros_like(length), where=length > 0)
    low = float(np.percentile(v[:, 2], 5)) if len(v) else 0.0
    keep = (up >= min_up) & (tri[:, :, 2].max(axis=1) <= low + rise)
    if not keep.any():
        return asset
    return MeshAsset(asset.vertices, asset.faces[keep], asset.colors)


class MeshError(ValueError):
    """A 3D file that cannot be used; `code` is stable, the message names the file and the problem."""

    def __init__(self, code: str, path: str = "", detail: str = ""):
        super().__init__(f"{code}: {path} {detail}".strip())
        self.code, self.path, self.detail = code, path, detail
