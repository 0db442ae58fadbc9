"""A SiteSource -> the site: geo-referenced, in site-local metres, as one coloured mesh, the
no-build zones children meet (buildings, roads, paths, water, trees) and a ground to build on.

Geometry is moved once into the site's metric CRS (pyproj, vectorised) and then made local by
subtracting the origin (and turning by the rotation, for geo-referenced 3D models). Extrusion is
done here with numpy + earcut per footprint, not with trimesh per building, so a district of
thousands of buildings builds in well under a second.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Optional

import numpy as np

from junior_planner.meshes.asset import MeshAsset, MeshError
from junior_planner.meshes.formats import georef as geo
from junior_planner.meshes.formats.features import fill_default_heights
from junior_planner.meshes.formats.source import SiteSource

from junior_planner.meshes.formats.localise import GeorefRequest, _warning_text, localise  # noqa: F401
from junior_planner.meshes.formats.shapes import (  # noqa: F401 - the builder's pieces
    GRASS, GROUND, LAYER_Z, ROAD, PATH, WATER, _flat, _outline, _Parts, _tree, _zone_polygons, extrude, triangulate,
)


@dataclass
class BuiltSite:
    asset: MeshAsset
    zones: list[tuple[str, list[list[float]]]]
    bounds: np.ndarray  # (4, 2) outline of the ground, site-local
    model_bounds: list[list[float]]  # [[min x, y, z], [max x, y, z]] of the file's content, site-local
    georef: Optional[geo.Georef]
    counts: dict[str, int]
    warnings: dict[str, int]
    default_height_used: Optional[float]
    child_spot: list[float]  # where the child's-eye view starts, facing north, on free ground


# --- the whole site -------------------------------------------------------------------------------
def _has_ground(asset: MeshAsset) -> bool:
    """Does the model bring its own ground: up-facing triangles near its bottom covering at least
    half of its footprint?"""
    v = np.asarray(asset.vertices, dtype=np.float64)
    f = np.asarray(asset.faces, dtype=np.int64)
    if len(f) == 0:
        return False
    tri = v[f]
    normal = np.cross(tri[:, 1] - tri[:, 0], tri[:, 2] - tri[:, 0])
    area2 = np.linalg.norm(normal, axis=1)
    up = np.divide(normal[:, 2], area2, out=np.zeros_like(area2), where=area2 > 0)
    low = v[:, 2].min()
    extent = v[:, :2].max(axis=0) - v[:, :2].min(axis=0)
    near = tri[:, :, 2].max(axis=1) <= low + max(0.5, 0.02 * float(extent.max()))
    covered = 0.5 * float((np.abs(normal[:, 2])[(up > 0.7) & near]).sum())
    # an object smaller than a small playground (a bench, a statue, an engine) is not a site
    return covered >= 0.5 * float(extent[0] * extent[1]) and extent.min() >= 10.0


def build(source: SiteSource, request: GeorefRequest, where: str) -> BuiltSite:
    from shapely.geometry import box

    from junior_planner.meshes.occupancy import standing_footprints

    fill_default_heights(source, request.default_height)
    if not (source.buildings or source.roads or source.trees or source.water or source.grass or source.meshes):
        raise MeshError("nothing-usable", where, _warning_text(source))
    ref = localise(source, request, where)
    parts = _Parts()
    zones: list[tuple[str, list[list[float]]]] = []
    content_lo = np.full(3, np.inf)
    content_hi = np.full(3, -np.inf)

    def grow(v: np.ndarray) -> None:
        nonlocal content_lo, content_hi
        if len(v):
            content_lo = np.minimum(content_lo, v.min(axis=0))
            content_hi = np.maximum(content_hi, v.max(axis=0))

    for polygons, rgba, layer in ((source.grass, GRASS, "grass"), (source.water, WATER, "water")):
        for polygon in polygons:
            for single in getattr(polygon, "geoms", [polygon]):
                v, f, c = _flat(single, LAYER_Z[layer], rgba)
                parts.add(v, f, c)
                grow(v)
            if layer == "water":
                zones += [("water", _outline(p)) for p in _zone_polygons(polygon)]
    if source.roads:
        import shapely

        lines = [s for s in source.roads if s.geometry.geom_type not in ("Polygon", "MultiPolygon")]
        buffered = shapely.buffer(np.array([s.geometry for s in lines], dtype=object),
                                  np.array([s.width / 2.0 for s in lines]), cap_style="flat", join_style="round",
                                  quad_segs=2) if lines else []
        strips = list(zip(lines, buffered)) + [(s, s.geometry) for s in source.roads if s not in lines]
        for strip, polygon in strips:
            rgba = ROAD if strip.kind == "road" else PATH
            for single in getattr(polygon, "geoms", [polygon]):
                if single.is_empty or single.area <= 0:
                    continue
                v, f, c = _flat(single, LAYER_Z[strip.kind], rgba)
                parts.add(v, f, c)
                grow(v)
            zones += [(strip.kind, _outline(p)) for p in _zone_polygons(polygon)]
    for building in source.buildings:
        for single in getattr(building.polygon, "geoms", [building.polygon]):
            v, f, c = extrude(single, building.min_height, building.height)
            parts.add(v, f, c)
            grow(v)
        if building.min_height < 2.5:  # a part high up (a bridge, a canopy) does not block the ground
            zones += [("building", _outline(p)) for p in _zone_polygons(building.polygon)]
    for tree in source.trees:
        v, f, c = _tree(tree.x, tree.y, 0.0, tree.height)
        parts.add(v, f, c)
        grow(v)
        ang = np.linspace(0, 2 * math.pi, 8, endpoint=False)
        zones.append(("tree", [[round(tree.x + 1.2 * math.cos(a), 3), round(tree.y + 1.2 * math.sin(a), 3)] for a in ang]))
    model_ground = False
    solid_meshes = []
    for mesh in source.meshes:
        asset = mesh.asset
        parts.add(asset.vertices, asset.faces, asset.colors)
        grow(np.asarray(asset.vertices, dtype=np.float64))
        if mesh.role == "ground":
            model_ground = True
        elif mesh.role in ("road", "water"):  # CityJSON roads and water bodies: flat, but not to build on
            zones += [(mesh.role, _outline(p)) for p in _surface_footprint(asset)]
        else:
            solid_meshes.append(asset)
    if parts.n == 0:
        raise MeshError("nothing-usable", where, _warning_text(source))
    if not math.isfinite(float(content_lo[0])):
        content_lo = content_hi = np.zeros(3)
    if solid_meshes:
        solids = _Parts()
        for asset in solid_meshes:
            solids.add(asset.vertices, asset.faces, asset.colors)
        solid = solids.asset()
        if not model_ground and _has_ground(solid):
            model_ground = True
        # a model with its own ground: what stands a metre above it; a lone object: all of it
        zones += [("building", z) for z in standing_footprints(solid, min_height=0.05 if not model_ground else 1.0)]
    # ground: the model's own, else a plate reaching a margin beyond everything
    extent = float(max(content_hi[0] - content_lo[0], content_hi[1] - content_lo[1], 1.0))
    margin = request.margin if request.margin is not None else (0.0 if model_ground else max(5.0, min(20.0, 0.5 * extent)))
    lo_x, lo_y = float(content_lo[0]) - margin, float(content_lo[1]) - margin
    hi_x, hi_y = float(content_hi[0]) + margin, float(content_hi[1]) + margin
    if not model_ground:
        plate = box(lo_x, lo_y, hi_x, hi_y)
        v, f, c = _flat(plate, 0.0, GROUND)
        parts.add(v, f, c)
    bounds = np.array([[lo_x, lo_y], [hi_x, lo_y], [hi_x, hi_y], [lo_x, hi_y]])
    asset = parts.asset()
    # one union of the zones serves the buildable check and the child's starting spot
    standing = _union(z for kind, z in zones if kind in ("building", "water"))
    blocked = _union([z for kind, z in zones if kind == "road"], standing)
    if (hi_x - lo_x) * (hi_y - lo_y) - blocked.area < 4.0:
        raise MeshError("nothing-buildable", where)
    model_bounds = [[round(float(x), 3) for x in content_lo], [round(float(x), 3) for x in content_hi]]
    lone_object = bool(solid_meshes) and not model_ground
    return BuiltSite(asset, zones, bounds, model_bounds, ref, source.counts(), dict(source.warnings),
                     source.default_height_used, _child_spot(bounds, model_bounds, standing, lone_object))


def _union(rings, start=None):
    """The union of zone outlines (repaired where a simplified outline crosses itself)."""
    from shapely.geometry import Polygon
    from shapely.ops import unary_union

    polygons = [Polygon(r) for r in rings]
    polygons = [p if p.is_valid else p.buffer(0) for p in polygons] + ([start] if start is not None else [])
    return unary_union(polygons) if polygons else Polygon()


def _child_spot(bounds: np.ndarray, model_bounds, standing, lone_object: bool) -> list[float]:
    """Where the child's-eye view starts, facing north: south of the middle of what was imported
    (so the model is in front of the child), on free ground (buildings, water and a lone object's
    own footprint are where one cannot stand), the free point nearest to that."""
    from shapely.geometry import Point, box
    from shapely.ops import nearest_points, unary_union

    (c_lo_x, c_lo_y, _z0), (c_hi_x, c_hi_y, _z1) = model_bounds
    wanted = Point((c_lo_x + c_hi_x) / 2.0, c_lo_y + 0.25 * (c_hi_y - c_lo_y))
    if lone_object:  # a model of one thing: stand outside it, in front
        standing = unary_union([standing, box(c_lo_x, c_lo_y, c_hi_x, c_hi_y)])
        wanted = Point((c_lo_x + c_hi_x) / 2.0, c_lo_y - max(2.0, 0.5 * (c_hi_y - c_lo_y)))
    (lo_x, lo_y), (hi_x, hi_y) = bounds.min(axis=0), bounds.max(axis=0)
    ground = box(lo_x + 0.5, lo_y + 0.5, hi_x - 0.5, hi_y - 0.5)
    free = ground.difference(standing.buffer(1.0)) if not standing.is_empty else ground
    if free.is_empty:
        return [0.0, 0.0]
    spot = wanted if free.contains(wanted) else nearest_points(free, wanted)[0]
    return [round(spot.x, 2), round(spot.y, 2)]


def _surface_footprint(asset: MeshAsset, most: int = 400) -> list:
    """The outline, seen from above, of a surface mesh (a road, a lake): its triangles' union,
    as simple polygons (largest first), for the no-build zones."""
    import shapely

    v = np.asarray(asset.vertices, dtype=np.float64)[:, :2]
    tri = v[np.asarray(asset.faces, dtype=np.int64)]
    area = 0.5 * np.abs((tri[:, 1, 0] - tri[:, 0, 0]) * (tri[:, 2, 1] - tri[:, 0, 1])
                        - (tri[:, 1, 1] - tri[:, 0, 1]) * (tri[:, 2, 0] - tri[:, 0, 0]))
    tri = tri[area > 1e-6]
    if not len(tri):
        return []
    rings = np.concatenate([tri, tri[:, :1]], axis=1)
    merged = shapely.union_all(shapely.polygons(rings)).buffer(0.01)
    polygons = sorted(_zone_polygons(merged), key=lambda p: -p.area)
    return polygons[:most]


def import_file(path: str, options, request: GeorefRequest) -> BuiltSite:
    """Read any supported site file and build the site (run in the limited child process)."""
    from pathlib import Path

    from junior_planner.meshes.formats import read_site

    return build(read_site(Path(path), options), request, str(path))
