"""A SiteSource -> the site: geo-referenced, in site-local metres, as one coloured mesh, the
no-build zones children meet (buildings, roads, paths, water, trees) and a ground to build on.

Geometry is moved once into the site's metric CRS (pyproj, vectorised) and then made local by
subtracting the origin (and turning by the rotation, for geo-referenced 3D models). Extrusion is
done here with numpy + earcut per footprint, not with trimesh per building, so a district of
thousands of buildings builds in well under a second.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import Optional

import numpy as np

from junior_planner.meshes.asset import MeshAsset, MeshError
from junior_planner.meshes.formats import georef as geo
from junior_planner.meshes.formats.features import fill_default_heights
from junior_planner.meshes.formats.source import SiteSource

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


@dataclass
class GeorefRequest:
    """What the user said about where the file is: the site's CRS (`--crs`), and for files
    without coordinates of their own, where the model's origin stands."""

    crs: Optional[str] = None
    origin: Optional[tuple[float, float]] = None
    height: float = 0.0
    rotation: float = 0.0
    default_height: float = 9.0
    margin: Optional[float] = None


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
    crs_label: str = ""
    notes: list[str] = field(default_factory=list)


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


# --- moving everything into site-local metres -----------------------------------------------------
def _source_bounds(source: SiteSource) -> Optional[tuple[float, float, float, float]]:
    boxes = [b.polygon.bounds for b in source.buildings] + [s.geometry.bounds for s in source.roads]
    boxes += [g.bounds for g in source.water + source.grass]
    boxes += [(t.x, t.y, t.x, t.y) for t in source.trees]
    for mesh in source.meshes:
        lo, hi = mesh.asset.bounds
        boxes.append((float(lo[0]), float(lo[1]), float(hi[0]), float(hi[1])))
    if not boxes:
        return None
    arr = np.asarray(boxes, dtype=np.float64)
    return float(arr[:, 0].min()), float(arr[:, 1].min()), float(arr[:, 2].max()), float(arr[:, 3].max())


def _map_source(source: SiteSource, fn) -> None:
    """Apply fn ((n, 2) -> (n, 2)) to every x/y of the source, in place."""
    import shapely

    def geom(g):
        return shapely.transform(g, fn)

    for b in source.buildings:
        b.polygon = geom(b.polygon)
    for s in source.roads:
        s.geometry = geom(s.geometry)
    source.water = [geom(g) for g in source.water]
    source.grass = [geom(g) for g in source.grass]
    if source.trees:
        xy = fn(np.array([[t.x, t.y] for t in source.trees], dtype=np.float64))
        for t, (x, y) in zip(source.trees, xy):
            t.x, t.y = float(x), float(y)
    for mesh in source.meshes:
        v = np.asarray(mesh.asset.vertices, dtype=np.float64).copy()
        v[:, :2] = fn(v[:, :2])
        mesh.asset = MeshAsset(v, mesh.asset.faces, mesh.asset.colors)


def _move(source: SiteSource, x0: float, y0: float, z0: float) -> None:
    """Make (x0, y0, z0) the origin of everything in the source."""
    shift = np.array([x0, y0])
    _map_source(source, lambda xy: xy - shift)
    for mesh in source.meshes:
        v = np.asarray(mesh.asset.vertices, dtype=np.float64).copy()
        v[:, 2] -= z0
        mesh.asset = MeshAsset(v, mesh.asset.faces, mesh.asset.colors)


def _finite(geometry) -> bool:
    bounds = np.asarray(geometry.bounds, dtype=float)
    return bool(np.isfinite(bounds).all() and np.abs(bounds).max() < 1e9)


def _drop_outside(source: SiteSource, where: str) -> None:
    """Features whose coordinates did not survive the projection are left out and counted."""
    before = len(source.buildings) + len(source.roads) + len(source.water) + len(source.grass) + len(source.trees)
    source.buildings = [b for b in source.buildings if _finite(b.polygon)]
    source.roads = [r for r in source.roads if _finite(r.geometry)]
    source.water = [g for g in source.water if _finite(g)]
    source.grass = [g for g in source.grass if _finite(g)]
    source.trees = [t for t in source.trees if np.isfinite([t.x, t.y]).all() and max(abs(t.x), abs(t.y)) < 1e9]
    after = len(source.buildings) + len(source.roads) + len(source.water) + len(source.grass) + len(source.trees)
    if after < before:
        source.warnings["invalid-polygon-skipped"] += before - after
    for mesh in source.meshes:
        if not np.isfinite(np.asarray(mesh.asset.vertices)).all():
            raise MeshError("outside-crs", where, "")
    if not after and not source.meshes:
        raise MeshError("nothing-usable", where, _warning_text(source))


def _looks_like_lonlat(bounds) -> bool:
    return -180 <= bounds[0] <= bounds[2] <= 180 and -90 <= bounds[1] <= bounds[3] <= 90


def _ground_z(source: SiteSource) -> float:
    zs = [np.asarray(m.asset.vertices)[:, 2] for m in source.meshes]
    if not zs:
        return 0.0
    z = np.concatenate(zs)
    return float(np.percentile(z, 1)) if len(z) else 0.0


def localise(source: SiteSource, request: GeorefRequest, where: str) -> Optional[geo.Georef]:
    """Move the source into site-local metres; return its geo-reference (None: local only)."""
    from pyproj import CRS

    bounds = _source_bounds(source)
    if bounds is None:
        raise MeshError("nothing-usable", where)
    requested = geo.parse_crs(request.crs, where) if request.crs else None
    source_crs = source.crs
    if source_crs is None and not source.meshes and _looks_like_lonlat(bounds):
        source_crs = CRS.from_user_input("OGC:CRS84")  # a Shapefile of lon/lat without a .prj
    if source_crs is None and requested is not None and (source.is_geodata and not source.meshes):
        source_crs = requested  # GIS coordinates without a declared CRS: they are in --crs
    if source_crs is not None:
        lon, lat = geo.centre_lonlat(source_crs, bounds)
        if not (math.isfinite(lon) and math.isfinite(lat)):
            raise MeshError("outside-crs", where, geo.crs_name(source_crs)[:60])
        target = geo.choose_site_crs(source_crs, lon, lat, requested, where)
        if geo.crs_name(geo.horizontal(source_crs)) != geo.crs_name(target):
            trans = geo.transformer(source_crs, target)
            _map_source(source, lambda xy: geo.transform_xy(xy, trans))
            _drop_outside(source, where)  # a latitude of 39900: no place in the target CRS
            bounds = _source_bounds(source)
        east0 = round((bounds[0] + bounds[2]) / 2.0, 2)
        north0 = round((bounds[1] + bounds[3]) / 2.0, 2)
        height0 = round(_ground_z(source), 3)
        _move(source, east0, north0, height0)
        return geo.Georef(geo.crs_name(target), east0, north0, height0, 0.0)
    # a 3D model (or GIS file) without coordinates of its own: centre it; --crs/--origin place it
    cx, cy = (bounds[0] + bounds[2]) / 2.0, (bounds[1] + bounds[3]) / 2.0
    z0 = min((float(np.asarray(m.asset.vertices)[:, 2].min()) for m in source.meshes), default=0.0)
    _move(source, cx, cy, z0)
    if requested is None and request.origin is None:
        return None
    if requested is None or request.origin is None:
        raise MeshError("georef-incomplete", where)
    if not geo.is_metric_projected(requested):
        raise MeshError("crs-not-metric", where, geo.crs_name(requested)[:60])
    a = math.radians(request.rotation)
    east = request.origin[0] + math.cos(a) * cx - math.sin(a) * cy
    north = request.origin[1] + math.sin(a) * cx + math.cos(a) * cy
    return geo.Georef(geo.crs_name(geo.horizontal(requested)), east, north, request.height + z0, request.rotation)


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
    if margin > 0 or not model_ground:
        pass
    bounds = np.array([[lo_x, lo_y], [hi_x, lo_y], [hi_x, hi_y], [lo_x, hi_y]])
    asset = parts.asset()
    blocked = _blocked_area(zones)
    total = (hi_x - lo_x) * (hi_y - lo_y)
    if total - blocked < 4.0:
        raise MeshError("nothing-buildable", where)
    return BuiltSite(asset, zones, bounds,
                     [[round(float(x), 3) for x in content_lo], [round(float(x), 3) for x in content_hi]],
                     ref, source.counts(), dict(source.warnings), source.default_height_used,
                     ref.crs if ref else "")


def _blocked_area(zones) -> float:
    from shapely.geometry import Polygon
    from shapely.ops import unary_union

    polygons = [Polygon(z) for kind, z in zones if kind in ("building", "water", "road")]
    polygons = [p if p.is_valid else p.buffer(0) for p in polygons]
    return float(unary_union(polygons).area) if polygons else 0.0


def _warning_text(source: SiteSource) -> str:
    return ", ".join(f"{code} {n}" for code, n in sorted(source.warnings.items())) or "no features"


def import_file(path: str, options, request: GeorefRequest) -> BuiltSite:
    """Read any supported site file and build the site (run in the limited child process)."""
    from pathlib import Path

    from junior_planner.meshes.formats import read_site

    return build(read_site(Path(path), options), request, str(path))
