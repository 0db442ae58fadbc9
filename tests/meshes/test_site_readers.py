"""The site readers on small files written here: heights as real files write them, GeoJSON's
legacy `crs` member, what OSM and office tags mean, CityJSON semantics and terrain, a missing
optional library, and the format registry."""

from __future__ import annotations

import json
import sys

import numpy as np
import pytest

from junior_planner.meshes.asset import MeshError
from junior_planner.meshes.formats import ReadOptions, detect, read_site
from junior_planner.meshes.formats.build import GeorefRequest, build
from junior_planner.meshes.formats.georef import gk_zone_epsg, utm_epsg
from junior_planner.meshes.formats.heights import building_height, parse_length


@pytest.mark.parametrize("value, metres", [(23, 23.0), ("23", 23.0), ("50 m", 50.0), ("12米", 12.0), ("30 ft", 9.144),
                                           ("12,5", 12.5), (" 7.5m ", 7.5), ("1200 cm", 12.0)])
def test_lengths_are_read_as_files_write_them(value, metres):
    assert parse_length(value) == pytest.approx(metres)


@pytest.mark.parametrize("value", [None, "", "tall", "12 floors", True, float("nan"), [3], "NaN"])
def test_unreadable_lengths_are_none(value):
    assert parse_length(value) is None


def test_heights_from_levels_min_height_and_nothing():
    assert building_height({"building:levels": "6"}) == (18.0, 0.0)
    assert building_height({"层数": 4}, storey_m=3.5) == (14.0, 0.0)
    assert building_height({"height": "20", "min_height": "8 m"}) == (20.0, 8.0)
    assert building_height({"height": 20, "building:min_level": 2}) == (20.0, 6.0)
    assert building_height({"height": None}) == (None, 0.0)
    assert building_height({"height": 5e-324}) == (None, 0.0)  # not a building's height
    assert building_height({}) == (None, 0.0)


def _collection(features, **extra):
    return {"type": "FeatureCollection", "features": features, **extra}


def _square(lon, lat, d=0.0003, **props):
    ring = [[lon, lat], [lon + d, lat], [lon + d, lat + d], [lon, lat + d], [lon, lat]]
    return {"type": "Feature", "properties": props, "geometry": {"type": "Polygon", "coordinates": [ring]}}


def test_one_odd_building_no_longer_rejects_the_file(tmp_path):
    """'50 m', '23', null, missing, levels only, a bow-tie: all import; the default is counted."""
    bowtie = {"type": "Feature", "properties": {"height": 10}, "geometry": {"type": "Polygon", "coordinates": [[
        [119.651, 29.08], [119.6513, 29.0803], [119.6513, 29.08], [119.651, 29.0803], [119.651, 29.08]]]}}
    features = [_square(119.650, 29.080, height="50 m"), _square(119.6504, 29.080, height="23"),
                _square(119.6508, 29.080, height=None), _square(119.6500, 29.0804),
                _square(119.6504, 29.0804, **{"building:levels": 5}), bowtie]
    path = tmp_path / "jinhua.geojson"
    path.write_text(json.dumps(_collection(features)))
    built = build(read_site(path), GeorefRequest(default_height=9.0), str(path))
    assert built.counts["buildings"] == 6
    assert built.warnings == {"no-height": 2, "invalid-polygon-repaired": 1}
    assert built.georef.crs == "EPSG:4549"  # Jinhua: CGCS2000 3-degree Gauss-Kruger CM 120E
    assert built.model_bounds[1][2] == pytest.approx(50.0)


def test_the_legacy_crs_member_is_honoured_and_can_be_overridden(tmp_path):
    from pyproj import Transformer

    to_merc = Transformer.from_crs("EPSG:4326", "EPSG:3857", always_xy=True)
    (x0, y0), (x1, y1) = to_merc.transform(119.650, 29.080), to_merc.transform(119.651, 29.081)
    ring = [[x0, y0], [x1, y0], [x1, y1], [x0, y1], [x0, y0]]
    doc = _collection([{"type": "Feature", "properties": {"height": 9}, "geometry": {"type": "Polygon", "coordinates": [ring]}}],
                      crs={"type": "name", "properties": {"name": "urn:ogc:def:crs:EPSG::3857"}})
    path = tmp_path / "merc.geojson"
    path.write_text(json.dumps(doc))
    built = build(read_site(path), GeorefRequest(), str(path))
    size = np.subtract(*np.array(built.model_bounds)[::-1])[:2]
    # 0.001 degree at 29 N: 97.4 m east, 110.9 m north (pyproj); Web Mercator would say 111 m and 127 m
    assert size == pytest.approx([97.4, 110.9], abs=0.5)
    with pytest.raises(MeshError) as info:
        read_site(path, ReadOptions(source_crs="EPSG:99999"))
    assert info.value.code == "bad-crs"


def test_zones_follow_the_tags(tmp_path):
    line = {"type": "Feature", "properties": {"highway": "residential"},
            "geometry": {"type": "LineString", "coordinates": [[119.650, 29.079], [119.652, 29.079]]}}
    foot = {"type": "Feature", "properties": {"highway": "footway"},
            "geometry": {"type": "LineString", "coordinates": [[119.650, 29.0795], [119.652, 29.0795]]}}
    tree = {"type": "Feature", "properties": {"natural": "tree"}, "geometry": {"type": "Point", "coordinates": [119.6515, 29.0802]}}
    features = [_square(119.650, 29.080, building="yes"), _square(119.6505, 29.0805, natural="water"),
                _square(119.6510, 29.0805, leisure="park"), line, foot, tree]
    path = tmp_path / "tags.geojson"
    path.write_text(json.dumps(_collection(features)))
    built = build(read_site(path), GeorefRequest(), str(path))
    kinds = sorted({k for k, _z in built.zones})
    assert kinds == ["building", "path", "road", "tree", "water"]  # the park is green ground, buildable
    assert built.counts == {"buildings": 1, "roads": 1, "paths": 1, "trees": 1, "water": 1, "grass": 1,
                            "meshes": 0, "ground": 0, "city_objects": 0}


def test_cityjson_semantics_colour_surfaces_and_tinrelief_is_ground(tmp_path):
    doc = {"type": "CityJSON", "version": "1.1", "transform": {"scale": [0.01, 0.01, 0.01], "translate": [460000, 3217000, 40]},
           "metadata": {"referenceSystem": "https://www.opengis.net/def/crs/EPSG/0/4549"},
           "CityObjects": {
               "b1": {"type": "Building", "geometry": [{"type": "Solid", "lod": "1.2", "boundaries": [[
                   [[0, 3, 2, 1]], [[4, 5, 6, 7]], [[0, 1, 5, 4]], [[1, 2, 6, 5]], [[2, 3, 7, 6]], [[3, 0, 4, 7]]]],
                   "semantics": {"surfaces": [{"type": "GroundSurface"}, {"type": "RoofSurface"}, {"type": "WallSurface"}],
                                 "values": [[0, 1, 2, 2, 2, 2]]}}]},
               "t1": {"type": "TINRelief", "geometry": [{"type": "CompositeSurface", "lod": "1",
                                                         "boundaries": [[[8, 9, 10]], [[8, 10, 11]]]}]}},
           "vertices": [[0, 0, 0], [1000, 0, 0], [1000, 1000, 0], [0, 1000, 0], [0, 0, 900], [1000, 0, 900],
                        [1000, 1000, 900], [0, 1000, 900], [-3000, -3000, 0], [4000, -3000, 0], [4000, 4000, 0], [-3000, 4000, 0]]}
    path = tmp_path / "block.city.json"
    path.write_text(json.dumps(doc))
    source = read_site(path)
    roles = {m.role: m.asset for m in source.meshes}
    assert set(roles) == {"building", "ground"}
    colours = {tuple(round(float(v), 2) for v in c) for c in roles["building"].colors}
    assert (0.66, 0.44, 0.38, 1.0) in colours and (0.86, 0.8, 0.7, 1.0) in colours  # roof and walls
    built = build(source, GeorefRequest(), str(path))
    assert built.georef.crs == "EPSG:4549" and built.georef.height == pytest.approx(40.0)
    assert [k for k, _z in built.zones] == ["building"]
    assert np.ptp(built.bounds[:, 0]) == pytest.approx(70.0)  # the terrain is the ground: no plate around it


def test_a_missing_optional_library_is_one_clear_line(tmp_path, monkeypatch):
    from junior_planner.services.sites import mesh_message

    path = tmp_path / "area.osm"
    path.write_text('<?xml version="1.0"?><osm version="0.6"></osm>')
    monkeypatch.setitem(sys.modules, "osmium", None)
    with pytest.raises(MeshError) as info:
        read_site(path)
    message = mesh_message(info.value)
    assert info.value.code == "missing-library" and "osmium" in message and "\n" not in message


def test_formats_are_known_by_content_when_the_ending_is_wrong(tmp_path):
    path = tmp_path / "export.dat"
    path.write_text(json.dumps(_collection([_square(119.65, 29.08, height=9)])))
    fmt, _target = detect(path)
    assert fmt.name == "geojson"
    seq = tmp_path / "tiles.json"
    seq.write_text('{"type":"CityJSON","version":"2.0","transform":{"scale":[1,1,1],"translate":[0,0,0]},'
                   '"CityObjects":{},"vertices":[]}\n{"type":"CityJSONFeature","CityObjects":{},"vertices":[]}\n')
    assert detect(seq)[0].name == "cityjsonseq"


def test_zone_numbers_are_the_crs_the_place_needs():
    assert gk_zone_epsg(119.65) == 4549 and gk_zone_epsg(114.3) == 4547 and gk_zone_epsg(75.0) == 4534
    assert utm_epsg(24.94, 60.17) == 32635 and utm_epsg(-58.4, -34.6) == 32721


def test_an_office_shapefile_in_gauss_kruger_with_gbk_text_and_no_cpg(tmp_path):
    """What a Jinhua planning office hands over: EPSG:4549 (no zone prefix), GBK attributes, no
    .cpg, heights as '12米' and storeys as 层数."""
    import pyogrio.raw
    import shapely
    from shapely.geometry import box

    from junior_planner.meshes.formats.ogr import guess_dbf_encoding

    east, north = 464500.0, 3217300.0  # central Jinhua in CGCS2000 / GK CM 120E
    geoms = [box(east, north, east + 30, north + 12), box(east + 40, north, east + 60, north + 40)]
    wkb = np.empty(2, dtype=object)
    wkb[:] = shapely.to_wkb(np.array(geoms, dtype=object))
    names = np.array(["金华市第一中学 教学楼", "婺城区 少年宫"], dtype=object)
    heights = np.array(["12米", ""], dtype=object)
    storeys = np.array(["", "6"], dtype=object)
    path = tmp_path / "建筑.shp"
    pyogrio.raw.write(str(path), wkb, [names, heights, storeys], ["名称", "高度", "层数"], driver="ESRI Shapefile",
                      geometry_type="Polygon", crs="EPSG:4549", encoding="GBK")
    for cpg in tmp_path.glob("*.cpg"):
        cpg.unlink()
    assert guess_dbf_encoding(path.with_suffix(".dbf").read_bytes()) == "GB18030"
    source = read_site(path)
    assert source.crs.to_epsg() == 4549
    built = build(source, GeorefRequest(), str(path))
    assert built.georef.crs == "EPSG:4549"
    assert built.georef.easting == pytest.approx(east + 30) and built.georef.northing == pytest.approx(north + 20)
    assert sorted(b.height for b in source.buildings) == [12.0, 18.0]
    assert not built.warnings


def test_cityjson_roads_and_water_are_no_build_zones(tmp_path):
    doc = {"type": "CityJSON", "version": "2.0", "transform": {"scale": [0.01, 0.01, 0.01], "translate": [460000, 3217000, 40]},
           "metadata": {"referenceSystem": "https://www.opengis.net/def/crs/EPSG/0/4549"},
           "CityObjects": {
               "r1": {"type": "Road", "geometry": [{"type": "MultiSurface", "lod": "1", "boundaries": [[[0, 1, 2, 3]]]}]},
               "w1": {"type": "WaterBody", "geometry": [{"type": "MultiSurface", "lod": "1", "boundaries": [[[4, 5, 6, 7]]]}]}},
           "vertices": [[0, 0, 0], [4000, 0, 0], [4000, 600, 0], [0, 600, 0],
                        [0, 2000, 0], [1500, 2000, 0], [1500, 3000, 0], [0, 3000, 0]]}
    path = tmp_path / "streets.city.json"
    path.write_text(json.dumps(doc))
    built = build(read_site(path), GeorefRequest(), str(path))
    areas = {kind: __import__("shapely").geometry.Polygon(z).area for kind, z in built.zones}
    assert areas["road"] == pytest.approx(40 * 6, rel=0.02) and areas["water"] == pytest.approx(15 * 10, rel=0.02)
