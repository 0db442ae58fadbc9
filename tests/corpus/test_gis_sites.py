"""Real GIS files become sites in the right place: OpenStreetMap (PBF and XML), GeoJSON in WGS84
and in Web Mercator, an office Shapefile (projected, GB18030 text, no .cpg; as files, a folder and
a zip) and a GeoPackage. Each is checked against figures computed independently with GDAL
(pyogrio) and pyproj: the building count, the extent within 1 %, one building within 1 m."""

from __future__ import annotations

import numpy as np
import pytest
import shapely
from pyproj import Transformer
from shapely.geometry import Point, Polygon

from tests.corpus.conftest import import_site, stored_site


def _gdal_buildings(path, layer=None, **kwargs):
    import pyogrio.raw

    meta, _fids, wkb, fields = pyogrio.raw.read(str(path), layer=layer, **kwargs)
    return meta, shapely.from_wkb(wkb, on_invalid="ignore"), dict(zip(meta["fields"], fields))


def _projected(geoms, source: str, target: str):
    t = Transformer.from_crs(source, target, always_xy=True)
    return [shapely.transform(g, lambda xy: np.column_stack(t.transform(xy[:, 0], xy[:, 1]))) for g in geoms]


def _building_zones(site_id: str):
    data = stored_site(site_id)
    return [Polygon(z["polygon"]) for z in data["zones"] if z["kind"] == "building"], data


def _check_extent_and_one_building(site_id: str, truth) -> None:
    """`truth`: the buildings in the site's CRS, computed by GDAL + pyproj."""
    zones, data = _building_zones(site_id)
    east, north = data["origin"]["easting"], data["origin"]["northing"]
    mine = np.array([z.bounds for z in zones])
    theirs = np.array([g.bounds for g in truth])
    lo = np.array([theirs[:, 0].min() - east, theirs[:, 1].min() - north])
    hi = np.array([theirs[:, 2].max() - east, theirs[:, 3].max() - north])
    size = hi - lo
    assert np.abs(mine[:, :2].min(axis=0) - lo).max() <= 0.01 * size.max()
    assert np.abs(mine[:, 2:].max(axis=0) - hi).max() <= 0.01 * size.max()
    assert np.allclose(mine[:, 2:].max(axis=0) - mine[:, :2].min(axis=0), size, rtol=0.01)
    # the largest building of one simple outline: its centroid (GDAL + pyproj) is within 1 m of
    # the centroid of the building zone nearest to it
    simple = [g for g in truth if _simple_outline(g) is not None]
    biggest = _simple_outline(max(simple, key=lambda g: g.area))
    target = np.array(biggest.centroid.coords[0]) - [east, north]
    nearest = min(zones, key=lambda z: Point(*target).distance(z.centroid))
    assert np.hypot(*(np.array(nearest.centroid.coords[0]) - target)) < 1.0


def _simple_outline(geometry):
    parts = list(getattr(geometry, "geoms", [geometry]))
    if len(parts) == 1 and parts[0].geom_type == "Polygon" and not parts[0].interiors:
        return parts[0]
    return None


def test_an_osm_extract_imports_with_buildings_roads_trees_water_in_utm(capsys, corpus):
    site, summary = import_site(capsys, corpus / "osm/helsinki.osm.pbf", "--name", "Helsinki")
    assert site["crs"] == "EPSG:32635"  # Helsinki is in UTM zone 35N; not China, so not Gauss-Kruger
    counts = stored_site(site["id"])["import"]["counts"]
    assert counts["roads"] > 500 and counts["paths"] > 500 and counts["trees"] > 100 and counts["water"] > 0
    assert "buildings had no height: used 9 m" in summary
    # independently: every closed way and multipolygon relation tagged building or building:part
    # (pyosmium's plain reader, no geometry), and GDAL's OSM driver for the shapes
    import osmium

    tagged = sum(1 for o in osmium.FileProcessor(str(corpus / "osm/helsinki.osm.pbf"), osmium.osm.WAY | osmium.osm.RELATION)
                 if ("building" in o.tags or "building:part" in o.tags)
                 and (o.is_relation() and o.tags.get("type") == "multipolygon" or not o.is_relation() and o.is_closed()))
    imported = stored_site(site["id"])["import"]
    replaced = imported["warnings"].get("outline-replaced-by-parts", 0)
    # every tagged area is a building or a part, less those whose geometry cannot be assembled
    assert 0.9 * tagged <= imported["counts"]["buildings"] + replaced <= tagged
    # the shapes of those buildings as GDAL's OSM driver assembles them (the same OSM ids)
    from junior_planner.meshes.formats import read_site

    ours = {b.ident for b in read_site(corpus / "osm/helsinki.osm.pbf").buildings}
    meta, geoms, fields = _gdal_buildings(corpus / "osm/helsinki.osm.pbf", layer="multipolygons")
    keys = [f"r{r}" if r is not None else f"w{w}" for r, w in zip(fields["osm_id"], fields["osm_way_id"])]
    truth = _projected([g for g, k in zip(geoms, keys) if k in ours and g is not None], "EPSG:4326", "EPSG:32635")
    assert len(truth) >= 0.8 * len(ours)  # GDAL's default osmconf makes no polygons of bare building:part ways
    _check_extent_and_one_building(site["id"], truth)


def test_osm_xml_and_pbf_of_the_same_extract_give_the_same_site(capsys, corpus):
    pbf, _ = import_site(capsys, corpus / "osm/helsinki.osm.pbf")
    xml, _ = import_site(capsys, corpus / "osm/helsinki.osm")
    assert xml["crs"] == pbf["crs"] and xml["origin"] == pbf["origin"] and xml["model_bounds"] == pbf["model_bounds"]
    assert stored_site(xml["id"])["import"]["counts"] == stored_site(pbf["id"])["import"]["counts"]


def test_geojson_in_wgs84_is_projected_not_scaled(capsys, corpus):
    path = corpus / "gis/helsinki-buildings.geojson"
    site, _ = import_site(capsys, path)
    _meta, geoms, _fields = _gdal_buildings(path)
    assert stored_site(site["id"])["import"]["counts"]["buildings"] == len(geoms)
    _check_extent_and_one_building(site["id"], _projected(list(geoms), "EPSG:4326", site["crs"]))


def test_geojson_in_web_mercator_with_a_crs_member_lands_like_the_wgs84_file(capsys, corpus):
    wgs, _ = import_site(capsys, corpus / "gis/helsinki-buildings.geojson")
    merc, _ = import_site(capsys, corpus / "gis/helsinki-buildings-3857.geojson")
    assert merc["crs"] == wgs["crs"] == "EPSG:32635"
    size_w = np.subtract(*wgs["model_bounds"][::-1])
    size_m = np.subtract(*merc["model_bounds"][::-1])
    assert np.allclose(size_m[:2], size_w[:2], rtol=0.001)  # Web Mercator here is ~2x too long: reprojected
    assert merc["origin"]["easting"] == pytest.approx(wgs["origin"]["easting"], abs=1.0)
    assert merc["origin"]["northing"] == pytest.approx(wgs["origin"]["northing"], abs=1.0)


def test_an_office_shapefile_keeps_its_crs_and_reads_gb18030_text_without_a_cpg(capsys, corpus):
    from junior_planner.meshes.formats.ogr import guess_dbf_encoding

    folder = corpus / "gis/helsinki-gb18030"
    assert not list(folder.glob("*.cpg"))
    assert guess_dbf_encoding((folder / "buildings.dbf").read_bytes()) == "GB18030"
    site, _ = import_site(capsys, folder / "buildings.shp")
    assert site["crs"] == "EPSG:3067"  # already metric: kept
    _meta, geoms, fields = _gdal_buildings(folder / "buildings.shp", encoding="GB18030")
    _gj_meta, _gj_geoms, gj_fields = _gdal_buildings(corpus / "gis/helsinki-buildings.geojson")
    # the same text as the UTF-8 original (a Shapefile has no null: empty text)
    assert [n or "" for n in fields["name"]] == [n or "" for n in gj_fields["name"]]
    assert any(isinstance(n, str) and any(c in n for c in "äöå") for n in fields["name"])
    assert stored_site(site["id"])["import"]["counts"]["buildings"] == len(geoms)
    _check_extent_and_one_building(site["id"], list(geoms))
    # the same files as a folder and as a zip give the same site
    as_folder, _ = import_site(capsys, folder)
    as_zip, _ = import_site(capsys, corpus / "gis/helsinki-buildings-gb18030.zip")
    assert as_folder["model_bounds"] == as_zip["model_bounds"] == site["model_bounds"]
    assert as_folder["origin"] == as_zip["origin"] == site["origin"]


def test_a_shapefile_with_an_explicit_wrong_encoding_is_read_as_told(capsys, corpus, tmp_path):
    from junior_planner.meshes.formats import ReadOptions
    from junior_planner.meshes.formats.ogr import read_shapefile

    path = corpus / "gis/helsinki-gb18030/buildings.shp"
    told = read_shapefile(path, ReadOptions(encoding="GB18030"))
    assert len(told.buildings) > 100


def test_a_geopackage_imports_its_polygon_layer(capsys, corpus):
    path = corpus / "gis/helsinki-buildings.gpkg"
    site, _ = import_site(capsys, path, "--layer", "buildings")
    _meta, geoms, _fields = _gdal_buildings(path, layer="buildings")
    assert stored_site(site["id"])["import"]["counts"]["buildings"] == len(geoms)
    _check_extent_and_one_building(site["id"], _projected(list(geoms), "EPSG:4326", site["crs"]))


def test_a_chosen_crs_is_used_for_geographic_input(capsys, corpus):
    site, _ = import_site(capsys, corpus / "gis/helsinki-buildings.geojson", "--crs", "EPSG:3067")
    assert site["crs"] == "EPSG:3067"
    _meta, geoms, _fields = _gdal_buildings(corpus / "gis/helsinki-buildings.geojson")
    _check_extent_and_one_building(site["id"], _projected(list(geoms), "EPSG:4326", "EPSG:3067"))
