"""GeoJSON building footprints with heights -> extruded buildings on a ground plate."""

from __future__ import annotations

import math
from pathlib import Path
from typing import Any

import numpy as np

from junior_planner.meshes.asset import MeshAsset, MeshError
from junior_planner.meshes.precheck import MAX_JSON_BYTES, strict_json

BUILDING = np.array([0.85, 0.78, 0.68, 1.0], dtype=np.float32)
ROOF = np.array([0.62, 0.42, 0.36, 1.0], dtype=np.float32)
GROUND = np.array([0.55, 0.68, 0.45, 1.0], dtype=np.float32)
EARTH_RADIUS = 6_371_008.8


def polygon_features(path: Path):
    """(feature number, valid shapely polygon, properties) for each Polygon/MultiPolygon feature
    of a GeoJSON FeatureCollection, read strictly; anything broken raises MeshError."""
    from shapely.geometry import shape
    from shapely.validation import explain_validity

    where = str(path)
    if path.stat().st_size > MAX_JSON_BYTES:
        raise MeshError("too-big", where)
    doc = strict_json(path.read_bytes(), where)
    features = doc.get("features") if isinstance(doc, dict) and doc.get("type") == "FeatureCollection" else None
    if not isinstance(features, list) or not features:
        raise MeshError("not-a-mesh", where, "no FeatureCollection with features")
    for number, feature in enumerate(features, 1):
        geometry = feature.get("geometry") if isinstance(feature, dict) else None
        if not isinstance(geometry, dict) or geometry.get("type") not in ("Polygon", "MultiPolygon"):
            continue
        try:
            polygon = shape(geometry)
        except (ValueError, TypeError, AttributeError, IndexError, KeyError) as exc:
            raise MeshError("invalid-polygon", where, f"feature {number}: {type(exc).__name__} {exc}") from None
        bounds = np.asarray(polygon.bounds, dtype=float)
        if polygon.is_empty or not np.isfinite(bounds).all() or not polygon.is_valid:
            reason = explain_validity(polygon) if not polygon.is_empty else "empty"
            raise MeshError("invalid-polygon", where, f"feature {number}: {reason}")
        properties = feature.get("properties") or {}
        if not isinstance(properties, dict):
            raise MeshError("invalid-polygon", where, f"feature {number}: 'properties' is not an object")
        yield number, polygon, properties


def read_footprints(path: Path) -> tuple[list[tuple[Any, float]], dict[str, float] | None]:
    """[(shapely polygon in local metres, height)], and the lon/lat origin if the file was in degrees."""
    raw = []
    for number, polygon, props in polygon_features(path):
        height = _height(props)
        if height is None:
            raise MeshError("no-height", str(path), f"feature {number}")
        raw.append((polygon, height))
    if not raw:
        raise MeshError("not-a-mesh", str(path), "no polygon features")
    import shapely

    minx = min(p.bounds[0] for p, _ in raw)
    maxx = max(p.bounds[2] for p, _ in raw)
    miny = min(p.bounds[1] for p, _ in raw)
    maxy = max(p.bounds[3] for p, _ in raw)
    origin = None
    if -180 <= minx and maxx <= 180 and -90 <= miny and maxy <= 90:
        lon0, lat0 = (minx + maxx) / 2, (miny + maxy) / 2
        kx = math.radians(1) * EARTH_RADIUS * math.cos(math.radians(lat0))
        ky = math.radians(1) * EARTH_RADIUS
        origin = {"lon": lon0, "lat": lat0, "height": 0.0}
        shift, factor = np.array([lon0, lat0]), np.array([kx, ky])
    else:
        shift, factor = np.array([(minx + maxx) / 2, (miny + maxy) / 2]), np.array([1.0, 1.0])
    return [(shapely.transform(p, lambda xy: (xy - shift) * factor), h) for p, h in raw], origin


def read_area(path: Path, origin: dict[str, float] | None, crs: str = "") -> list[list[list[float]]]:
    """Outer rings of the polygons in a GeoJSON file, in site-local metres. For a site with a
    coordinate system, lon/lat (or the file's `crs` member) is projected into it with pyproj and
    made local with the site's origin and rotation; otherwise (and for coordinates that are not
    lon/lat) the file is taken to be in site-local metres already. A site without a CRS but with a
    lon/lat origin (imported before sites kept their CRS) uses a local projection around it."""
    from junior_planner.meshes.formats.geojson import declared_crs
    from junior_planner.meshes.formats import georef as geo

    where = str(path)
    polygons = list(polygon_features(path))
    if not polygons:
        raise MeshError("not-a-mesh", where, "no polygon features")
    doc = strict_json(path.read_bytes(), where)
    file_crs = declared_crs(doc, where) if isinstance(doc, dict) else None
    rings = []
    for number, polygon, _props in polygons:
        for single in getattr(polygon, "geoms", [polygon]):
            ring = np.asarray(single.exterior.coords, dtype=float)[:-1]
            if not np.isfinite(ring).all():
                raise MeshError("invalid-polygon", where, f"feature {number}")
            lonlat = np.abs(ring[:, 0]).max() <= 180 and np.abs(ring[:, 1]).max() <= 90
            if crs and (file_crs is not None or lonlat):
                source = file_crs if file_crs is not None else geo.parse_crs("OGC:CRS84")
                en = geo.transform_xy(ring, geo.transformer(source, geo.parse_crs(crs, where)))
                ref = _site_georef(origin or {}, crs, where)
                a = math.radians(ref.rotation)
                d = en - np.array([ref.easting, ref.northing])
                ring = np.column_stack([math.cos(a) * d[:, 0] + math.sin(a) * d[:, 1],
                                        -math.sin(a) * d[:, 0] + math.cos(a) * d[:, 1]])
            elif origin and origin.get("lon") and lonlat:
                lat0 = origin["lat"]
                factor = np.array([math.radians(1) * EARTH_RADIUS * math.cos(math.radians(lat0)), math.radians(1) * EARTH_RADIUS])
                ring = (ring - np.array([origin["lon"], lat0])) * factor
            rings.append([[round(float(x), 3), round(float(y), 3)] for x, y in ring])
    return rings


def _site_georef(origin: dict, crs: str, where: str):
    from junior_planner.meshes.formats import georef as geo

    if origin.get("easting") is not None and origin.get("northing") is not None:
        return geo.Georef(crs, float(origin["easting"]), float(origin["northing"]), float(origin.get("height", 0.0)),
                          float(origin.get("rotation", 0.0)))
    from pyproj import CRS

    east, north = geo.transformer(CRS.from_epsg(4326), geo.parse_crs(crs, where)).transform(
        float(origin.get("lon", 0.0)), float(origin.get("lat", 0.0)))
    return geo.Georef(crs, float(east), float(north), float(origin.get("height", 0.0)), 0.0)


def _height(props: dict) -> float | None:
    """The importers' reading of heights (formats/heights.py): numbers, strings with units, levels."""
    from junior_planner.meshes.formats.heights import building_height

    return building_height(props)[0]


def extrude_geojson(path: Path) -> MeshAsset:
    import trimesh
    from shapely.geometry import MultiPolygon, box

    footprints, _origin = read_footprints(path)
    parts_v, parts_f, parts_c = [], [], []
    offset = 0
    union_bounds = np.array([p.bounds for p, _ in footprints])
    minx, miny = union_bounds[:, 0].min() - 20, union_bounds[:, 1].min() - 20
    maxx, maxy = union_bounds[:, 2].max() + 20, union_bounds[:, 3].max() + 20
    plate = trimesh.creation.extrude_polygon(box(minx, miny, maxx, maxy), 0.05)
    plate.apply_translation([0, 0, -0.05])
    pieces = [(plate, GROUND)]
    for polygon, height in footprints:
        polygons = polygon.geoms if isinstance(polygon, MultiPolygon) else [polygon]
        for single in polygons:
            pieces.append((trimesh.creation.extrude_polygon(single, height), BUILDING))
    for mesh, color in pieces:
        colors = np.tile(color, (len(mesh.vertices), 1))
        if color is BUILDING:
            colors[np.asarray(mesh.vertices)[:, 2] > mesh.vertices[:, 2].max() - 1e-6] = ROOF
        parts_v.append(np.asarray(mesh.vertices))
        parts_f.append(np.asarray(mesh.faces) + offset)
        parts_c.append(colors)
        offset += len(mesh.vertices)
    return MeshAsset(np.concatenate(parts_v), np.concatenate(parts_f), np.concatenate(parts_c))
