"""The shapes a site is made of, in site-local metres: footprints triangulated (earcut) and
extruded (numpy, one call per footprint), flat ground layers, trees, and zone outlines."""

from __future__ import annotations

import math

import numpy as np

from junior_planner.meshes.asset import MeshAsset

WALL = np.array([0.86, 0.80, 0.70, 1.0], dtype=np.float32)
ROOF = np.array([0.66, 0.44, 0.38, 1.0], dtype=np.float32)
GROUND = np.array([0.62, 0.70, 0.52, 1.0], dtype=np.float32)
ROAD = np.array([0.45, 0.45, 0.48, 1.0], dtype=np.float32)
PATH = np.array([0.82, 0.74, 0.60, 1.0], dtype=np.float32)
WATER = np.array([0.35, 0.58, 0.85, 1.0], dtype=np.float32)
GRASS = np.array([0.45, 0.72, 0.38, 1.0], dtype=np.float32)
TRUNK = np.array([0.45, 0.32, 0.2, 1.0], dtype=np.float32)
CROWN = np.array([0.25, 0.55, 0.25, 1.0], dtype=np.float32)
TREE_RADIUS = 2.0
LAYER_Z = {"grass": 0.01, "water": 0.015, "path": 0.02, "road": 0.025}


class _Parts:
    def __init__(self) -> None:
        self.v: list[np.ndarray] = []
        self.f: list[np.ndarray] = []
        self.c: list[np.ndarray] = []
        self.n = 0

    def add(self, vertices: np.ndarray, faces: np.ndarray, colors: np.ndarray) -> None:
        if len(faces) == 0:
            return
        self.v.append(np.asarray(vertices, dtype=np.float64))
        self.f.append(np.asarray(faces, dtype=np.int64) + self.n)
        self.c.append(np.asarray(colors, dtype=np.float32))
        self.n += len(vertices)

    def asset(self) -> MeshAsset:
        return MeshAsset(np.concatenate(self.v).astype(np.float32), np.concatenate(self.f).astype(np.uint32),
                         np.concatenate(self.c))


# --- triangulation and extrusion ------------------------------------------------------------------
def _rings(polygon) -> list[np.ndarray]:
    rings = [np.asarray(polygon.exterior.coords, dtype=np.float64)[:-1, :2]]
    rings += [np.asarray(r.coords, dtype=np.float64)[:-1, :2] for r in polygon.interiors]
    return [r for r in rings if len(r) >= 3]


def triangulate(polygon) -> tuple[np.ndarray, np.ndarray]:
    """(vertices (n, 2), faces (m, 3)) of a polygon with holes, faces pointing up."""
    import mapbox_earcut

    rings = _rings(polygon)
    if not rings:
        return np.zeros((0, 2)), np.zeros((0, 3), dtype=np.int64)
    vertices = np.vstack(rings)
    ends = np.cumsum([len(r) for r in rings]).astype(np.uint32)
    faces = mapbox_earcut.triangulate_float64(vertices, ends).reshape(-1, 3).astype(np.int64)
    a, b, c = vertices[faces[:, 0]], vertices[faces[:, 1]], vertices[faces[:, 2]]
    cross = (b[:, 0] - a[:, 0]) * (c[:, 1] - a[:, 1]) - (b[:, 1] - a[:, 1]) * (c[:, 0] - a[:, 0])
    faces[cross < 0] = faces[cross < 0][:, ::-1]
    return vertices, faces


def extrude(polygon, bottom: float, top: float) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Walls (one quad per edge, outward) and a roof of a polygon with holes; (v, f, colours)."""
    flat_v, flat_f = triangulate(polygon)
    if len(flat_f) == 0:
        return np.zeros((0, 3)), np.zeros((0, 3), dtype=np.int64), np.zeros((0, 4), dtype=np.float32)
    roof_v = np.column_stack([flat_v, np.full(len(flat_v), top)])
    walls_v, walls_f = [], []
    n = len(roof_v)
    for k, ring in enumerate(_rings(polygon)):
        x, y = ring[:, 0], ring[:, 1]
        ccw = 0.5 * float(np.dot(x, np.roll(y, -1)) - np.dot(y, np.roll(x, -1))) > 0
        outward_ccw = ccw if k == 0 else not ccw  # holes face inwards
        a, b = ring, np.roll(ring, -1, axis=0)
        if not outward_ccw:
            a, b = b, a
        m = len(ring)
        quad = np.concatenate([np.column_stack([a, np.full(m, bottom)]), np.column_stack([b, np.full(m, bottom)]),
                               np.column_stack([b, np.full(m, top)]), np.column_stack([a, np.full(m, top)])])
        i = np.arange(m)
        walls_f.append(np.concatenate([np.column_stack([i, i + m, i + 2 * m]), np.column_stack([i, i + 2 * m, i + 3 * m])]) + n)
        walls_v.append(quad)
        n += 4 * m
    vertices = np.vstack([roof_v] + walls_v)
    faces = np.vstack([flat_f] + walls_f)
    colors = np.tile(WALL, (len(vertices), 1))
    colors[:len(roof_v)] = ROOF
    if bottom > 0.05:  # a part standing on others (min_height): give it an underside
        under = flat_f[:, ::-1] + len(vertices)
        vertices = np.vstack([vertices, np.column_stack([flat_v, np.full(len(flat_v), bottom)])])
        faces = np.vstack([faces, under])
        colors = np.vstack([colors, np.tile(WALL, (len(flat_v), 1))])
    return vertices, faces, colors


def _flat(polygon, z: float, rgba: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    v, f = triangulate(polygon)
    return np.column_stack([v, np.full(len(v), z)]), f, np.tile(rgba, (len(v), 1))


def _tree(x: float, y: float, z: float, height: float) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """A trunk and an eight-sided crown: 48 triangles, recognisable from a child's eye."""
    k = 8
    ang = np.linspace(0, 2 * math.pi, k, endpoint=False)
    ring = np.column_stack([np.cos(ang), np.sin(ang)])
    trunk_h = 0.35 * height
    crown_r = min(TREE_RADIUS, 0.3 * height)
    trunk_r = 0.15
    v = [np.column_stack([x + trunk_r * ring[:, 0], y + trunk_r * ring[:, 1], np.full(k, z)]),
         np.column_stack([x + trunk_r * ring[:, 0], y + trunk_r * ring[:, 1], np.full(k, z + trunk_h)]),
         np.column_stack([x + crown_r * ring[:, 0], y + crown_r * ring[:, 1], np.full(k, z + trunk_h + 0.25 * (height - trunk_h))]),
         np.array([[x, y, z + trunk_h], [x, y, z + height]])]
    vertices = np.vstack(v)
    i = np.arange(k)
    j = (i + 1) % k
    bottom_c, top_c = 3 * k, 3 * k + 1
    faces = np.vstack([np.column_stack([i, j, j + k]), np.column_stack([i, j + k, i + k]),
                       np.column_stack([np.full(k, bottom_c), j + 2 * k, i + 2 * k]),
                       np.column_stack([i + 2 * k, j + 2 * k, np.full(k, top_c)])])
    colors = np.vstack([np.tile(TRUNK, (2 * k, 1)), np.tile(CROWN, (k, 1)), np.tile(TRUNK, (1, 1)), np.tile(CROWN, (1, 1))])
    return vertices, faces, colors


def _outline(polygon) -> list[list[float]]:
    ring = np.asarray(polygon.exterior.coords, dtype=np.float64)[:-1]
    return [[round(float(x), 3), round(float(y), 3)] for x, y in ring]


def _zone_polygons(geometry, tolerance: float = 0.05):
    """Simple polygons (outer rings) of a geometry, simplified a little, for site.json zones."""
    from shapely.geometry import Polygon

    result = []
    for part in getattr(geometry, "geoms", [geometry]):
        if part.geom_type != "Polygon" or part.area < 0.25:
            continue
        outer = Polygon(part.exterior).simplify(tolerance, preserve_topology=True)
        if outer.is_valid and outer.area >= 0.25 and outer.geom_type == "Polygon":
            result.append(outer)
    return result
