"""Flat, readable shading baked into vertex colours: a fixed sun (south-west, high) plus sky
light. Low-poly models read best with unshared faces and no specular; baking makes every view
(and the cheap 'no shader' GL path) look the same."""

from __future__ import annotations

import numpy as np

from junior_planner.meshes.asset import MeshAsset

SUN = np.array([-0.35, -0.55, 0.76]) / np.linalg.norm([-0.35, -0.55, 0.76])


def face_light(triangles: np.ndarray) -> np.ndarray:
    n = np.cross(triangles[:, 1] - triangles[:, 0], triangles[:, 2] - triangles[:, 0])
    n /= np.maximum(np.linalg.norm(n, axis=1, keepdims=True), 1e-12)
    return (0.55 + 0.35 * np.abs(n @ SUN) + 0.12 * np.abs(n[:, 2])).astype(np.float32)


def flat_shaded(asset: MeshAsset) -> tuple[np.ndarray, np.ndarray]:
    """(triangles (m, 3, 3) float32, colours (m, 3, 4) float32) ready for a GL mesh."""
    faces = np.asarray(asset.faces, dtype=np.int64)
    triangles = np.asarray(asset.vertices, dtype=np.float32)[faces]
    colors = np.asarray(asset.colors, dtype=np.float32)[faces].copy()
    colors[..., :3] *= face_light(triangles)[:, None, None]
    np.clip(colors, 0.0, 1.0, out=colors)
    return triangles, colors
