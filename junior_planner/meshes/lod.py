"""Simplified levels of detail for site models, so a school's oldest computer (Mesa's software
renderer, llvmpipe, on two cores) draws the site smoothly.

A site is drawn at a detail level the facilitator chooses (workshop setting "detail": "full",
"normal" or "low"); "normal" and "low" are the site mesh simplified by quadric edge collapse
(fast-simplification) to at most NORMAL_TRIANGLES / LOW_TRIANGLES triangles, each new vertex
taking the colour of the nearest original vertex. Only drawing uses them: picking and ground
heights keep the full model. A simplified mesh is kept in a cache file named by the model's
checksum and the level (services/library.lod_cache_dir), so it is made once per site and computer.
"""

from __future__ import annotations

import hashlib
import os
import tempfile
from pathlib import Path
from typing import Optional

import numpy as np

from junior_planner.meshes.asset import MeshAsset

LEVELS = ("full", "normal", "low")
DEFAULT_LEVEL = "normal"
NORMAL_TRIANGLES = 40_000
LOW_TRIANGLES = 20_000
CACHE_VERSION = 1


def budget(level: str) -> Optional[int]:
    """The most triangles a site is drawn with at `level` (None: the full model)."""
    return {"normal": NORMAL_TRIANGLES, "low": LOW_TRIANGLES}.get(level)


def simplify(asset: MeshAsset, triangles: int) -> MeshAsset:
    """`asset` with at most about `triangles` triangles (quadric edge collapse); the same mesh if it
    already has no more."""
    if len(asset.faces) <= triangles:
        return asset
    import fast_simplification
    from scipy.spatial import cKDTree

    vertices = np.ascontiguousarray(asset.vertices, dtype=np.float32)
    faces = np.ascontiguousarray(asset.faces, dtype=np.int64)
    reduction = 1.0 - triangles / float(len(faces))
    new_vertices, new_faces = fast_simplification.simplify(vertices, faces, target_reduction=reduction, agg=7,
                                                           preserve_border=True)  # the site keeps its edges
    if len(new_faces) > triangles * 1.05:
        # many open edges (extruded footprints with no floor, e.g. OpenStreetMap buildings) stop the
        # first pass: a second one may collapse them too
        reduction = 1.0 - triangles / float(len(new_faces))
        new_vertices, new_faces = fast_simplification.simplify(
            np.ascontiguousarray(new_vertices, dtype=np.float32), np.ascontiguousarray(new_faces, dtype=np.int64),
            target_reduction=reduction, agg=7)
    if len(new_faces) == 0:
        return asset
    _distance, nearest = cKDTree(vertices).query(new_vertices, k=1)
    colors = np.asarray(asset.colors, dtype=np.float32)[nearest]
    return MeshAsset(np.asarray(new_vertices, dtype=np.float32), np.asarray(new_faces, dtype=np.uint32), colors)


def _key(asset: MeshAsset, level: str) -> str:
    digest = hashlib.sha256()
    digest.update(f"lod{CACHE_VERSION}:{level}:{budget(level)}".encode())
    digest.update(np.ascontiguousarray(asset.vertices, dtype=np.float32).tobytes())
    digest.update(np.ascontiguousarray(asset.faces, dtype=np.uint32).tobytes())
    return digest.hexdigest()[:32]


def at_level(asset: MeshAsset, level: str, cache_dir: Optional[Path] = None) -> MeshAsset:
    """The site mesh to draw at `level`, from the cache when it was made before."""
    triangles = budget(level)
    if triangles is None or len(asset.faces) <= triangles:
        return asset
    path = Path(cache_dir) / f"site-{_key(asset, level)}.npz" if cache_dir is not None else None
    if path is not None and path.exists():
        try:
            with np.load(path) as data:
                return MeshAsset(data["vertices"], data["faces"], data["colors"])
        except (OSError, ValueError, KeyError):
            pass  # a damaged cache file is made again
    simple = simplify(asset, triangles)
    if path is not None:
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(dir=path.parent, suffix=".tmp")
            with os.fdopen(fd, "wb") as fh:
                np.savez(fh, vertices=simple.vertices, faces=simple.faces, colors=simple.colors)
            os.replace(tmp, path)
        except OSError:
            pass  # no cache: it is made again next time
    return simple
