"""A default buildable area for an imported site: the ground minus whatever stands on it."""

from __future__ import annotations

import numpy as np

from junior_planner.meshes.asset import MeshAsset

CELL = 1.0  # metres


def standing_footprints(asset: MeshAsset, min_height: float = 1.0, max_zones: int = 400) -> list[list[list[float]]]:
    """Outlines (simple polygons, metres) of the places where the model rises more than
    `min_height` above its lowest ground: buildings, walls, big trees. Vectorised over triangles."""
    from shapely.geometry import Polygon, box
    from shapely.ops import unary_union

    v = np.asarray(asset.vertices, dtype=np.float64)
    f = np.asarray(asset.faces, dtype=np.int64)
    ground = float(np.percentile(v[:, 2], 5))
    tri = v[f]
    tall = tri[:, :, 2].max(axis=1) > ground + min_height
    if not tall.any():
        return []
    tri = tri[tall]
    lo = np.floor(tri[:, :, :2].min(axis=1) / CELL).astype(np.int64)
    hi = np.floor(tri[:, :, :2].max(axis=1) / CELL).astype(np.int64)
    span = hi - lo + 1
    small = (span[:, 0] * span[:, 1]) <= 400  # huge triangles (a ground plate) are not "standing"
    cells: set[tuple[int, int]] = set()
    for (x0, y0), (nx, ny) in zip(lo[small], span[small]):
        for i in range(nx):
            for j in range(ny):
                cells.add((x0 + i, y0 + j))
    merged = unary_union([box(i * CELL, j * CELL, (i + 1) * CELL, (j + 1) * CELL) for i, j in cells])
    # no cell at all (every tall triangle a huge one) gives an empty collection: no footprints
    polygons = [g for g in getattr(merged, "geoms", [merged]) if g.geom_type == "Polygon" and not g.is_empty]
    polygons.sort(key=lambda p: -p.area)
    result = []
    for polygon in polygons[:max_zones]:
        outline = Polygon(polygon.exterior).simplify(CELL * 0.5)
        if outline.is_valid and outline.area >= CELL * CELL:
            result.append([[round(x, 3), round(y, 3)] for x, y in list(outline.exterior.coords)[:-1]])
    return result
