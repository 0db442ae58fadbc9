"""OpenStreetMap XML and PBF, read with pyosmium: buildings and building parts (multipolygons
assembled by osmium's area handler), highways and footpaths as lines, trees as points, water
and parks/grass as areas."""

from __future__ import annotations

from pathlib import Path

from junior_planner.meshes.asset import MeshError
from junior_planner.meshes.formats import ReadOptions
from junior_planner.meshes.formats.features import add_feature
from junior_planner.meshes.formats.georef import optional, parse_crs
from junior_planner.meshes.formats.source import SiteSource

AREA_KEYS = ("building", "building:part", "natural", "landuse", "leisure", "waterway", "water")


def read(path: Path, options: ReadOptions) -> SiteSource:
    osmium = optional("osmium", "osmium (pyosmium)", "OpenStreetMap")
    import shapely.wkb

    where = str(path)
    source = SiteSource("osm", parse_crs(options.source_crs or "OGC:CRS84", where))
    factory = osmium.geom.WKBFactory()
    parts_seen = 0
    try:
        processor = (osmium.FileProcessor(str(path))
                     .with_locations()
                     .with_areas(osmium.filter.KeyFilter(*AREA_KEYS)))
        for obj in processor:
            if obj.is_area():
                tags = dict(obj.tags)
                try:
                    geometry = shapely.wkb.loads(factory.create_multipolygon(obj), hex=True)
                except (RuntimeError, ValueError, osmium.InvalidLocationError):
                    source.warnings["invalid-polygon-skipped"] += 1
                    continue
                if "building:part" in tags:
                    parts_seen += 1
                add_feature(source, geometry, tags, ident=f"{'w' if obj.from_way() else 'r'}{obj.orig_id()}",
                            storey_m=options.storey_m, untagged_buildings=False)
            elif obj.is_way() and "highway" in obj.tags:
                tags = dict(obj.tags)
                if tags.get("area") == "yes":
                    continue
                try:
                    geometry = shapely.wkb.loads(factory.create_linestring(obj), hex=True)
                except (RuntimeError, ValueError, osmium.InvalidLocationError):
                    source.warnings["incomplete-way"] += 1
                    continue
                add_feature(source, geometry, tags, ident=f"w{obj.id}")
            elif obj.is_node() and obj.tags.get("natural") == "tree":
                try:
                    geometry = shapely.wkb.loads(factory.create_point(obj), hex=True)
                except (RuntimeError, ValueError, osmium.InvalidLocationError):
                    continue
                add_feature(source, geometry, dict(obj.tags), ident=f"n{obj.id}")
            if source.features_read > options.max_features:
                raise MeshError("too-many-features", where, f"> {options.max_features}")
    except MeshError:
        raise
    except (RuntimeError, ValueError, osmium.InvalidLocationError) as exc:  # libosmium's parse errors
        raise MeshError("not-a-mesh", where, str(exc)[:80]) from None
    if parts_seen:
        _drop_outlines_with_parts(source)
    return source


def _drop_outlines_with_parts(source: SiteSource) -> None:
    """A building drawn as an outline plus building:part pieces: the parts carry the shape, the
    outline would swallow them (OSM's Simple 3D Buildings rule)."""
    from shapely import STRtree

    buildings = source.buildings
    if len(buildings) < 2:
        return
    tree = STRtree([b.polygon for b in buildings])
    drop = set()
    for i, outline in enumerate(buildings):
        inside = [int(j) for j in tree.query(outline.polygon, predicate="contains") if int(j) != i]
        if inside and sum(buildings[j].polygon.area for j in inside) >= 0.5 * outline.polygon.area:
            drop.add(i)
    source.buildings = [b for i, b in enumerate(buildings) if i not in drop]
    if drop:
        source.warnings["outline-replaced-by-parts"] += len(drop)
