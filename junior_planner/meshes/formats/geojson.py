"""GeoJSON: RFC 7946 lon/lat by default; the legacy `crs` member (EPSG:n, OGC URNs, CRS84) is
honoured as GDAL does; `--source-crs` overrides both."""

from __future__ import annotations

from pathlib import Path

from junior_planner.meshes.asset import MeshError
from junior_planner.meshes.formats import ReadOptions
from junior_planner.meshes.formats.features import add_feature
from junior_planner.meshes.formats.georef import parse_crs
from junior_planner.meshes.formats.source import SiteSource
from junior_planner.meshes.precheck import MAX_JSON_BYTES, strict_json


def declared_crs(doc: dict, where: str):
    member = doc.get("crs")
    if not isinstance(member, dict):
        return None
    props = member.get("properties") if isinstance(member.get("properties"), dict) else {}
    name = props.get("name")
    if member.get("type") == "name" and isinstance(name, str):
        return parse_crs(name, where)
    if member.get("type") == "EPSG" and props.get("code") is not None:
        return parse_crs(f"EPSG:{props.get('code')}", where)
    raise MeshError("bad-crs", where, "unsupported 'crs' member")


def read(path: Path, options: ReadOptions) -> SiteSource:
    from shapely.errors import ShapelyError
    from shapely.geometry import shape

    where = str(path)
    if path.stat().st_size > MAX_JSON_BYTES:
        raise MeshError("too-big", where)
    doc = strict_json(path.read_bytes(), where)
    if isinstance(doc, dict) and doc.get("type") == "Feature":
        doc = {"type": "FeatureCollection", "features": [doc], "crs": doc.get("crs")}
    features = doc.get("features") if isinstance(doc, dict) and doc.get("type") == "FeatureCollection" else None
    if not isinstance(features, list) or not features:
        raise MeshError("not-a-mesh", where, "no FeatureCollection with features")
    if len(features) > options.max_features:
        raise MeshError("too-many-features", where, f"{len(features)} > {options.max_features}")
    crs = parse_crs(options.source_crs, where) if options.source_crs else declared_crs(doc, where)
    source = SiteSource("geojson", crs if crs is not None else parse_crs("OGC:CRS84"))
    for number, feature in enumerate(features, 1):
        if not isinstance(feature, dict):
            source.warnings["not-a-feature"] += 1
            continue
        props = feature.get("properties")
        if props is None:
            props = {}
        if not isinstance(props, dict):
            raise MeshError("invalid-polygon", where, f"feature {number}: 'properties' is not an object")
        geometry = feature.get("geometry")
        if not isinstance(geometry, dict):
            source.warnings["no-geometry"] += 1
            continue
        try:
            shp = shape(geometry)
        except (ValueError, TypeError, AttributeError, IndexError, KeyError, ShapelyError):
            source.warnings["invalid-polygon-skipped"] += 1
            continue
        ident = str(feature.get("id") if feature.get("id") is not None else number)
        add_feature(source, shp, props, ident=ident, storey_m=options.storey_m)
    return source
