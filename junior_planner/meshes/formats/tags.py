"""What a GIS feature is, from its OpenStreetMap-style tags or an office's attribute names.
Shared by the GeoJSON, Shapefile/GeoPackage and OSM readers."""

from __future__ import annotations

from typing import Any, Mapping, Optional

from junior_planner.meshes.formats.heights import HEIGHT_KEYS, LEVEL_KEYS, parse_length

PATHS = {"footway", "path", "pedestrian", "steps", "cycleway", "track", "bridleway", "corridor"}
ROAD_WIDTH_M = {"motorway": 14.0, "trunk": 12.0, "primary": 12.0, "secondary": 10.0, "tertiary": 8.0,
                "motorway_link": 7.0, "trunk_link": 7.0, "primary_link": 7.0, "secondary_link": 7.0,
                "residential": 6.0, "unclassified": 6.0, "living_street": 5.0, "service": 4.0, "road": 6.0,
                "pedestrian": 4.0, "footway": 2.0, "path": 1.5, "cycleway": 2.0, "steps": 2.0, "track": 3.0,
                "bridleway": 2.0, "corridor": 2.0}
NOT_ROADS = {"proposed", "construction", "abandoned", "platform", "elevator", "bus_stop", "razed"}
WATER = {("natural", "water"), ("waterway", "riverbank"), ("landuse", "reservoir"), ("landuse", "basin"),
         ("natural", "bay"), ("leisure", "swimming_pool")}
GRASS = {("leisure", "park"), ("leisure", "garden"), ("leisure", "playground"), ("leisure", "pitch"),
         ("landuse", "grass"), ("landuse", "meadow"), ("landuse", "village_green"), ("landuse", "recreation_ground"),
         ("landuse", "forest"), ("natural", "grassland"), ("natural", "wood"), ("natural", "scrub"),
         ("leisure", "nature_reserve"), ("landuse", "cemetery")}
# layer names in office files (English and Chinese) that say what a whole layer is
LAYER_HINTS = (("road", ("road", "street", "highway", "道路", "路网", "街道")),
               ("path", ("path", "footway", "步道", "人行")),
               ("water", ("water", "river", "lake", "水系", "水体", "河", "湖")),
               ("grass", ("green", "grass", "park", "绿地", "公园", "草")),
               ("tree", ("tree", "树")),
               ("building", ("building", "bldg", "house", "建筑", "房屋", "楼")))


def _text(props: Mapping[str, Any], key: str) -> str:
    value = props.get(key)
    return value.strip().lower() if isinstance(value, str) else ""


def layer_kind(name: str) -> Optional[str]:
    lower = (name or "").lower()
    for kind, words in LAYER_HINTS:
        if any(w in lower for w in words):
            return kind
    return None


def classify(props: Mapping[str, Any], geometry_type: str, layer_hint: Optional[str] = None,
             untagged_buildings: bool = True) -> Optional[str]:
    """'building', 'road', 'path', 'tree', 'water', 'grass', or None (ignored). An office's file
    of bare footprints is buildings (`untagged_buildings`); OpenStreetMap's untagged areas
    (platforms, barriers, squares) are not."""
    lines = geometry_type in ("LineString", "MultiLineString")
    points = geometry_type in ("Point", "MultiPoint")
    polygons = geometry_type in ("Polygon", "MultiPolygon")
    highway = _text(props, "highway")
    if highway and highway not in NOT_ROADS and (lines or (polygons and _text(props, "area") == "yes")):
        return "path" if highway in PATHS else "road"
    if points:
        if _text(props, "natural") == "tree" or layer_hint == "tree":
            return "tree"
        return None
    if polygons:
        building = _text(props, "building") or _text(props, "building:part")
        if building and building != "no":
            return "building"
        pairs = {(k, _text(props, k)) for k in ("natural", "waterway", "landuse", "leisure")}
        if pairs & WATER or "water" in props and _text(props, "water"):
            return "water"
        if pairs & GRASS:
            return "grass"
        if any(k in props for k in HEIGHT_KEYS + LEVEL_KEYS):
            return "building"
        if layer_hint in ("water", "grass", "road", "path"):
            return layer_hint
        # an office file of footprints with no tags at all: buildings (OSM's untagged areas are not)
        if untagged_buildings and not any(k in props for k in ("natural", "landuse", "leisure", "amenity", "waterway",
                                                                 "place", "boundary", "highway", "railway")):
            return "building"
        return None
    if lines and layer_hint in ("road", "path"):
        return layer_hint
    return None


def strip_width(props: Mapping[str, Any], kind: str) -> float:
    width = parse_length(props.get("width"))
    if width is not None and 0.5 <= width <= 60:
        return width
    lanes = parse_length(props.get("lanes"))
    if lanes is not None and 1 <= lanes <= 12:
        return lanes * 3.5
    return ROAD_WIDTH_M.get(_text(props, "highway"), 6.0 if kind == "road" else 2.0)


def tree_height(props: Mapping[str, Any]) -> float:
    height = parse_length(props.get("height"))
    return height if height is not None and 1 <= height <= 80 else 6.0
