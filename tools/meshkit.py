"""Small helpers for building low-poly, vertex-coloured meshes and writing them as glb.

Conventions (see docs/assets.md):
- We build in site-local metres, Z up, ground at z = 0.
- Every part has one flat colour, stored as glTF vertex colours (COLOR_0, RGBA bytes). Parts never
  share vertices, so a colour never bleeds into its neighbour; `trimesh.load_scene` reads the
  colours back exactly.
- No normals are written: glTF viewers must then draw flat normals, which is the low-poly look.
- `write_glb` turns Z-up into glTF Y-up, (x, y, z) -> (x, z, -y), and writes the same bytes on
  every run (rounded coordinates, sorted mesh names, no timestamps, no randomness without a seed).
"""

from __future__ import annotations

import hashlib
from pathlib import Path
from typing import Mapping, Sequence

import numpy as np
import trimesh
from shapely.geometry import MultiPolygon, Polygon
from shapely.geometry.polygon import orient

# Rounding before export keeps the bytes identical across machines whose libm differs in the last bit.
_DECIMALS = 4


def rgba(color: str | Sequence[float] | Sequence[int]) -> np.ndarray:
    """'#rrggbb', '#rrggbbaa', an RGB(A) byte tuple or an RGB(A) float tuple (0-1) -> uint8[4]."""
    if isinstance(color, str):
        text = color.lstrip("#")
        values = [int(text[i : i + 2], 16) for i in range(0, len(text), 2)]
    else:
        values = list(color)
        if all(isinstance(v, float) for v in values) and max(values) <= 1.0:
            values = [round(v * 255) for v in values]
    if len(values) == 3:
        values.append(255)
    return np.array(values, dtype=np.uint8)


def shade(color, factor: float) -> np.ndarray:
    """The colour made darker (factor < 1) or lighter (factor > 1), alpha kept."""
    c = rgba(color).astype(float)
    if factor <= 1:
        c[:3] *= factor
    else:
        c[:3] += (255 - c[:3]) * (factor - 1)
    return np.clip(np.round(c), 0, 255).astype(np.uint8)


def yaw_matrix(angle_deg: float, at=(0.0, 0.0, 0.0)) -> np.ndarray:
    """Rotation about +z by angle (degrees, counter-clockwise), then a move to `at`."""
    m = trimesh.transformations.rotation_matrix(np.radians(angle_deg), [0, 0, 1])
    m[:3, 3] = at
    return m


def _as_polygons(shape) -> list[Polygon]:
    if isinstance(shape, Polygon):
        polys = [shape]
    elif isinstance(shape, MultiPolygon):
        polys = list(shape.geoms)
    elif hasattr(shape, "geoms"):
        polys = [g for g in shape.geoms if isinstance(g, Polygon)]
    else:
        polys = [Polygon(shape)]
    return [orient(p, 1.0) for p in polys if not p.is_empty and p.area > 1e-9]


def triangulate(shape) -> tuple[np.ndarray, np.ndarray]:
    """A (multi)polygon, possibly with holes -> (2D vertices, faces), every face counter-clockwise."""
    verts, faces, offset = [], [], 0
    for poly in _as_polygons(shape):
        v, f = trimesh.creation.triangulate_polygon(poly, engine="earcut")
        v = np.asarray(v, dtype=float)
        f = np.asarray(f, dtype=np.int64)
        if len(f) == 0:
            continue
        a, b, c = v[f[:, 0]], v[f[:, 1]], v[f[:, 2]]
        cross = (b[:, 0] - a[:, 0]) * (c[:, 1] - a[:, 1]) - (b[:, 1] - a[:, 1]) * (c[:, 0] - a[:, 0])
        flip = cross < 0
        f[flip] = f[flip][:, ::-1]
        verts.append(v)
        faces.append(f + offset)
        offset += len(v)
    if not verts:
        return np.zeros((0, 2)), np.zeros((0, 3), dtype=np.int64)
    return np.vstack(verts), np.vstack(faces)


class MeshBuilder:
    """Collects coloured parts and turns them into one vertex-coloured `trimesh.Trimesh`."""

    def __init__(self) -> None:
        self._vertices: list[np.ndarray] = []
        self._faces: list[np.ndarray] = []
        self._colors: list[np.ndarray] = []
        self._count = 0

    # -- the one primitive everything goes through ------------------------------------------
    def add(self, vertices, faces, color, transform=None) -> "MeshBuilder":
        v = np.asarray(vertices, dtype=float).reshape(-1, 3)
        f = np.asarray(faces, dtype=np.int64).reshape(-1, 3)
        if transform is not None:
            t = np.asarray(transform, dtype=float)
            v = v @ t[:3, :3].T + t[:3, 3]
        c = np.asarray(color)
        if c.ndim == 2:  # one colour per vertex
            c = c.astype(np.uint8)
        else:
            c = np.broadcast_to(rgba(color), (len(v), 4))
        self._vertices.append(v)
        self._faces.append(f + self._count)
        self._colors.append(np.asarray(c, dtype=np.uint8))
        self._count += len(v)
        return self

    def add_mesh(self, mesh: trimesh.Trimesh, color, transform=None) -> "MeshBuilder":
        return self.add(mesh.vertices, mesh.faces, color, transform)

    def extend(self, other: "MeshBuilder", transform=None) -> "MeshBuilder":
        for v, f, c in other.parts():
            self.add(v, f, c, transform)
        return self

    def parts(self):
        start = 0
        for v, f, c in zip(self._vertices, self._faces, self._colors):
            yield v, f - start, c
            start += len(v)

    # -- shapes, all standing on `at` (the centre of their base) -------------------------------
    def box(self, size, at=(0, 0, 0), color="#888888", yaw=0.0, transform=None) -> "MeshBuilder":
        sx, sy, sz = size
        m = trimesh.creation.box(extents=(sx, sy, sz))
        local = yaw_matrix(yaw, (at[0], at[1], at[2] + sz / 2.0))
        if transform is not None:
            local = np.asarray(transform) @ local
        return self.add_mesh(m, color, local)

    def box_between(self, lo, hi, color) -> "MeshBuilder":
        """An axis-aligned box from corner `lo` to corner `hi`."""
        lo, hi = np.asarray(lo, float), np.asarray(hi, float)
        size = hi - lo
        at = ((lo[0] + hi[0]) / 2, (lo[1] + hi[1]) / 2, lo[2])
        return self.box(size, at, color)

    def cylinder(self, radius, height, at=(0, 0, 0), color="#888888", sections=8, transform=None):
        m = trimesh.creation.cylinder(radius=radius, height=height, sections=sections)
        local = yaw_matrix(0.0, (at[0], at[1], at[2] + height / 2.0))
        if transform is not None:
            local = np.asarray(transform) @ local
        return self.add_mesh(m, color, local)

    def rod(self, p0, p1, radius, color, sections=6):
        """A thin cylinder from point p0 to point p1 (poles, bars, chains)."""
        m = trimesh.creation.cylinder(radius=radius, segment=[p0, p1], sections=sections)
        return self.add_mesh(m, color)

    def cone(self, radius, height, at=(0, 0, 0), color="#888888", sections=8):
        m = trimesh.creation.cone(radius=radius, height=height, sections=sections)
        return self.add_mesh(m, color, yaw_matrix(0.0, at))

    def blob(self, radii, at=(0, 0, 0), color="#888888", subdivisions=1):
        """An ellipsoid centred on `at` (tree crowns, bushes, stones)."""
        m = trimesh.creation.icosphere(subdivisions=subdivisions)
        t = np.diag([radii[0], radii[1], radii[2], 1.0])
        t[:3, 3] = at
        return self.add_mesh(m, color, t)

    def prism(self, shape, z0, z1, color, side_color=None) -> "MeshBuilder":
        """A (multi)polygon extruded from z0 up to z1: top and sides (no bottom, it sits on something)."""
        v2, f = triangulate(shape)
        if len(f) == 0:
            return self
        top = np.column_stack([v2, np.full(len(v2), float(z1))])
        self.add(top, f, color)
        rings = []
        for poly in _as_polygons(shape):
            rings.append(np.asarray(poly.exterior.coords)[:-1])
            rings.extend(np.asarray(r.coords)[:-1] for r in poly.interiors)
        self.walls(rings, z0, z1, side_color if side_color is not None else shade(color, 0.8))
        return self

    def walls(self, rings, z0, z1, color) -> "MeshBuilder":
        """Vertical quads along closed rings (exterior counter-clockwise faces outward)."""
        for ring in rings:
            ring = np.asarray(ring, dtype=float)
            n = len(ring)
            if n < 2:
                continue
            a = ring
            b = np.roll(ring, -1, axis=0)
            v = np.concatenate(
                [
                    np.column_stack([a, np.full(n, z0)]),
                    np.column_stack([b, np.full(n, z0)]),
                    np.column_stack([b, np.full(n, z1)]),
                    np.column_stack([a, np.full(n, z1)]),
                ]
            )
            i = np.arange(n)
            f = np.concatenate([np.column_stack([i, i + n, i + 2 * n]), np.column_stack([i, i + 2 * n, i + 3 * n])])
            self.add(v, f, color)
        return self

    def flat(self, shape, z, color) -> "MeshBuilder":
        """A horizontal (multi)polygon at height z, facing up (markings, water, lawn)."""
        v2, f = triangulate(shape)
        if len(f):
            self.add(np.column_stack([v2, np.full(len(v2), float(z))]), f, color)
        return self

    def quad(self, corners, color) -> "MeshBuilder":
        """Two triangles, corners counter-clockwise seen from the side that should face you."""
        return self.add(corners, [[0, 1, 2], [0, 2, 3]], color)

    # -- results ----------------------------------------------------------------------------
    @property
    def triangle_count(self) -> int:
        return int(sum(len(f) for f in self._faces))

    def mesh(self) -> trimesh.Trimesh:
        if not self._vertices:
            raise ValueError("empty mesh")
        return trimesh.Trimesh(
            vertices=np.vstack(self._vertices),
            faces=np.vstack(self._faces),
            vertex_colors=np.vstack(self._colors),
            process=False,
        )


def fit_to_box(mesh: trimesh.Trimesh, width: float, depth: float, height: float, tolerance=0.04):
    """Centre the footprint on the origin, stand it on z=0, and stretch it to the exact size.

    The stretch only irons out small modelling slack; a model off by more than `tolerance`
    is a mistake in the generator, so it raises instead of silently distorting the shape.
    """
    lo, hi = mesh.bounds
    size = hi - lo
    want = np.array([width, depth, height], dtype=float)
    ratio = size / want
    if np.any(np.abs(ratio - 1.0) > tolerance):
        raise ValueError(f"model size {np.round(size, 3)} is not close to {want}")
    v = mesh.vertices.copy()
    v[:, 0] = (v[:, 0] - (lo[0] + hi[0]) / 2) / ratio[0]
    v[:, 1] = (v[:, 1] - (lo[1] + hi[1]) / 2) / ratio[1]
    v[:, 2] = (v[:, 2] - lo[2]) / ratio[2]
    return trimesh.Trimesh(vertices=v, faces=mesh.faces, vertex_colors=mesh.visual.vertex_colors, process=False)


def z_up_to_y_up(vertices: np.ndarray) -> np.ndarray:
    v = np.asarray(vertices, dtype=float)
    return np.column_stack([v[:, 0], v[:, 2], -v[:, 1]])


def y_up_to_z_up(vertices: np.ndarray) -> np.ndarray:
    v = np.asarray(vertices, dtype=float)
    return np.column_stack([v[:, 0], -v[:, 2], v[:, 1]])


def glb_bytes(meshes: Mapping[str, trimesh.Trimesh]) -> bytes:
    """Z-up meshes by name -> glb bytes (Y-up), identical on every run."""
    scene = trimesh.Scene()
    for name in sorted(meshes):
        m = meshes[name]
        v = np.round(z_up_to_y_up(m.vertices), _DECIMALS) + 0.0  # + 0.0 turns -0.0 into 0.0
        colors = np.asarray(m.visual.vertex_colors, dtype=np.uint8)
        out = trimesh.Trimesh(vertices=v, faces=m.faces, vertex_colors=colors, process=False)
        scene.add_geometry(out, geom_name=name, node_name=name)
    return trimesh.exchange.gltf.export_glb(scene, include_normals=False)


def write_glb(path: str | Path, meshes: Mapping[str, trimesh.Trimesh]) -> str:
    """Write the meshes as one glb file; returns its sha256."""
    data = glb_bytes(meshes)
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)
    return hashlib.sha256(data).hexdigest()


def load_glb_z_up(path: str | Path) -> list[tuple[str, np.ndarray, np.ndarray, np.ndarray]]:
    """A glb written by `write_glb` -> [(name, Z-up vertices, faces, RGBA colours)], world placed."""
    scene = trimesh.load_scene(str(path))
    parts = []
    for node in sorted(scene.graph.nodes_geometry):
        transform, geom_name = scene.graph[node]
        mesh = scene.geometry[geom_name]
        v = trimesh.transform_points(mesh.vertices, transform)
        colors = getattr(mesh.visual, "vertex_colors", None)
        if colors is None or len(colors) != len(v):
            colors = np.tile(np.array([200, 200, 200, 255], np.uint8), (len(v), 1))
        parts.append((node, y_up_to_z_up(v), np.asarray(mesh.faces), np.asarray(colors, dtype=np.uint8)))
    return parts


def file_sha256(path: str | Path) -> str:
    return hashlib.sha256(Path(path).read_bytes()).hexdigest()

