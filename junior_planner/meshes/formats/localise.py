"""Moving a SiteSource into site-local metres: its CRS read or given, the site's CRS chosen,
everything projected once (pyproj, vectorised), the origin subtracted; features that do not
survive the projection left out and counted."""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Optional

import numpy as np

from junior_planner.meshes.asset import MeshAsset, MeshError
from junior_planner.meshes.formats import georef as geo
from junior_planner.meshes.formats.source import SiteSource


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


def _warning_text(source: SiteSource) -> str:
    return ", ".join(f"{code} {n}" for code, n in sorted(source.warnings.items())) or "no features"
