"""Adding GIS features (shapely geometry + properties) to a SiteSource: repair or skip invalid
polygons with a count, read heights, sort into buildings, roads, trees, water and grass."""

from __future__ import annotations

from typing import Any, Mapping, Optional

import numpy as np

from junior_planner.meshes.formats import tags
from junior_planner.meshes.formats.heights import building_height
from junior_planner.meshes.formats.source import Building, SiteSource, Strip, Tree


def usable_polygon(geometry: Any, source: SiteSource) -> Optional[Any]:
    """A valid (Multi)Polygon with area, repaired by make_valid when needed; None (counted) when
    nothing with area remains."""
    from shapely.geometry import MultiPolygon, Polygon
    from shapely.validation import make_valid

    if geometry is None or geometry.is_empty:
        source.warnings["empty-geometry"] += 1
        return None
    if not geometry.is_valid:
        repaired = make_valid(geometry)
        parts = [g for g in getattr(repaired, "geoms", [repaired]) if isinstance(g, (Polygon, MultiPolygon))]
        polygons = [p for g in parts for p in getattr(g, "geoms", [g]) if p.area > 0]
        if not polygons:
            source.warnings["invalid-polygon-skipped"] += 1
            return None
        source.warnings["invalid-polygon-repaired"] += 1
        geometry = polygons[0] if len(polygons) == 1 else MultiPolygon(polygons)
    if geometry.area <= 0:
        source.warnings["invalid-polygon-skipped"] += 1
        return None
    return geometry


def _sane(geometry: Any) -> bool:
    """Finite coordinates of a size the earth has (1e9 m or degrees at most)."""
    bounds = np.asarray(geometry.bounds, dtype=float)
    return bool(np.isfinite(bounds).all() and np.abs(bounds).max() < 1e9)


def add_feature(source: SiteSource, geometry: Any, props: Mapping[str, Any], layer_hint: Optional[str] = None,
                ident: str = "", storey_m: float = 3.0, untagged_buildings: bool = True) -> None:
    if geometry is None:
        source.warnings["no-geometry"] += 1
        return
    kind = tags.classify(props, geometry.geom_type, layer_hint, untagged_buildings)
    if kind is None:
        return
    if not geometry.is_empty and not _sane(geometry):
        source.warnings["invalid-polygon-skipped"] += 1
        return
    source.features_read += 1
    if kind == "building":
        polygon = usable_polygon(geometry, source)
        if polygon is None:
            return
        height, min_height = building_height(props, storey_m)
        roof = props.get("roof:shape") if isinstance(props.get("roof:shape"), str) else ""
        building = Building(polygon, height if height is not None else -1.0, min_height, ident, roof)
        source.buildings.append(building)
    elif kind in ("road", "path"):
        if geometry.geom_type in ("Polygon", "MultiPolygon"):
            geometry = usable_polygon(geometry, source)
            if geometry is None:
                return
        elif geometry.length <= 0:
            source.warnings["empty-geometry"] += 1
            return
        source.roads.append(Strip(geometry, tags.strip_width(props, kind), kind))
    elif kind == "tree":
        for point in getattr(geometry, "geoms", [geometry]):
            source.trees.append(Tree(float(point.x), float(point.y), tags.tree_height(props)))
    else:
        polygon = usable_polygon(geometry, source)
        if polygon is not None:
            (source.water if kind == "water" else source.grass).append(polygon)


def fill_default_heights(source: SiteSource, default_height: float) -> None:
    """Buildings whose file gave no readable height get `default_height`, counted."""
    missing = [b for b in source.buildings if b.height <= 0]
    for building in missing:
        building.height = max(default_height, building.min_height + 1.0)
    if missing:
        source.warnings["no-height"] += len(missing)
        source.default_height_used = default_height
