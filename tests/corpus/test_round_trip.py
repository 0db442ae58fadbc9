"""Import -> place -> export -> read the export with GDAL: every block comes out where it is on
the earth (within 0.1 m) in GeoJSON (WGS84), in the GeoPackage and the zipped Shapefile (the site's
own CRS) and in CityJSON; a site without a coordinate system exports local coordinates and says so;
a bundle unzipped and zipped again with ordinary tools is still accepted."""

from __future__ import annotations

import json
import subprocess
import zipfile

import numpy as np
import pytest
from pyproj import Transformer

from tests.corpus.conftest import import_site, run

SPOTS = [(12.0, -8.0), (-30.5, 44.0)]


def _design(capsys, tmp_path, site_id: str, spots=SPOTS) -> tuple[str, str]:
    code, ws, err = run(capsys, "workshop", "new", "--site", site_id, "--title", "Round trip")
    assert code == 0, err
    lines = ['{"op":"join","pseudonym":"Owl","age_band":"9-11"}']
    lines += [json.dumps({"op": "place", "block": "bench", "x": x, "y": y}) for x, y in spots]
    script = tmp_path / "design.jsonl"
    script.write_text("\n".join(lines) + "\n")
    code, proposal, err = run(capsys, "replay", "--workshop", ws.strip(), script)
    assert code == 0, err
    return ws.strip(), proposal.strip()


def _export(capsys, tmp_path, workshop: str):
    out = tmp_path / "out.jpbundle"
    code, _out, err = run(capsys, "export", "--workshop", workshop, "--out", out, "--no-snapshots")
    assert code == 0, err
    return out


def _free_spots(site_id: str, count: int = 2):
    """Places on the imported site's ground clear of every zone (so a bench is accepted)."""
    from shapely.geometry import Point, Polygon
    from shapely.ops import unary_union

    from tests.corpus.conftest import stored_site

    data = stored_site(site_id)
    blocked = unary_union([Polygon(z["polygon"]).buffer(3.0) for z in data["zones"]])
    xs = np.linspace(-150, 150, 61)
    spots = [(float(x), float(y)) for x in xs for y in xs if not blocked.contains(Point(x, y))]
    assert len(spots) >= count
    return [spots[len(spots) // 3], spots[2 * len(spots) // 3]][:count]


def test_blocks_on_an_imported_site_come_out_where_they_are_on_the_earth(capsys, corpus, tmp_path):
    import pyogrio.raw
    import shapely

    site, _ = import_site(capsys, corpus / "gis/helsinki-buildings.geojson", "--name", "Kaisaniemi")
    spots = _free_spots(site["id"])
    workshop, _proposal = _design(capsys, tmp_path, site["id"], spots)
    bundle = _export(capsys, tmp_path, workshop)
    east0, north0 = site["origin"]["easting"], site["origin"]["northing"]
    truth = np.array([[east0 + x, north0 + y] for x, y in spots])  # a bench's footprint centre
    to_wgs = Transformer.from_crs(site["crs"], "EPSG:4326", always_xy=True)
    truth_ll = np.column_stack(to_wgs.transform(truth[:, 0], truth[:, 1]))
    to_site = Transformer.from_crs("EPSG:4326", site["crs"], always_xy=True)

    def centres(path, layer=None):
        meta, _f, wkb, fields = pyogrio.raw.read(str(path), layer=layer)
        geoms = shapely.from_wkb(wkb)
        return meta, np.array([g.centroid.coords[0] for g in geoms]), dict(zip(meta["fields"], fields))

    def close(found, want, metres=0.1):
        d = np.linalg.norm(found[:, None, :] - want[None, :, :], axis=2).min(axis=1)
        assert (d < metres).all(), d

    with zipfile.ZipFile(bundle) as archive:
        manifest = json.loads(archive.read("manifest.json"))
        assert manifest["site"]["georeferenced"] and manifest["site"]["crs"] == site["crs"]
    # GeoJSON, WGS84: back to the site CRS with pyproj, within 0.1 m
    _m, found, fields = centres(f"/vsizip/{{{bundle}}}/proposals.geojson")
    blocks = np.array([k == "block" for k in fields["kind"]])
    back = np.column_stack(to_site.transform(found[blocks][:, 0], found[blocks][:, 1]))
    close(back, truth)
    assert np.abs(found[blocks][:, None, :] - truth_ll[None]).min(axis=1).max() < 1e-5
    # GeoPackage in the site's CRS
    meta, found, _fields = centres(f"/vsizip/{{{bundle}}}/proposals.gpkg", layer="blocks")
    assert meta["crs"] == site["crs"]
    close(found, truth)
    # zipped Shapefile with .prj and a UTF-8 .cpg
    with zipfile.ZipFile(bundle) as archive:
        inner = tmp_path / "shp.zip"
        inner.write_bytes(archive.read("proposals-shp.zip"))
    with zipfile.ZipFile(inner) as shp:
        names = set(shp.namelist())
        assert {"blocks.shp", "blocks.shx", "blocks.dbf", "blocks.prj", "blocks.cpg"} <= names
        assert shp.read("blocks.cpg").decode().strip().upper().replace("-", "") == "UTF8"
    meta, found, _fields = centres(f"/vsizip/{inner}/blocks.shp")
    assert meta["crs"] == site["crs"]
    close(found, truth)
    # CityJSON: vertices x scale + translate, in the referenceSystem's CRS
    with zipfile.ZipFile(bundle) as archive:
        city = json.loads(archive.read("proposals.city.json"))
        glb = archive.read(next(n for n in archive.namelist() if n.startswith("scenes/") and "site" not in n))
    assert city["metadata"]["referenceSystem"].endswith(site["crs"].split(":")[1])
    v = np.array(city["vertices"]) * city["transform"]["scale"] + city["transform"]["translate"]
    corners = v.reshape(-1, 8, 3)[:, :4, :2].mean(axis=1)
    close(corners, truth)
    # the scene says where it is
    from junior_planner.meshes.scene_export import read_glb_nodes

    extras = read_glb_nodes(glb)["asset"]["extras"]
    assert extras["crs"] == site["crs"] and extras["origin"]["easting"] == pytest.approx(east0, abs=0.01)


def test_ogr2ogr_reads_the_geopackage_as_a_planner_would(capsys, corpus, tmp_path):
    site, _ = import_site(capsys, corpus / "gis/helsinki-buildings.geojson")
    workshop, _ = _design(capsys, tmp_path, site["id"], _free_spots(site["id"]))
    bundle = _export(capsys, tmp_path, workshop)
    with zipfile.ZipFile(bundle) as archive:
        (tmp_path / "p.gpkg").write_bytes(archive.read("proposals.gpkg"))
    info = subprocess.run(["ogrinfo", "-so", "-al", str(tmp_path / "p.gpkg")], capture_output=True, text=True)
    assert info.returncode == 0, info.stderr
    assert "Layer name: blocks" in info.stdout and "Feature Count: 2" in info.stdout and "Layer name: notes" in info.stdout


def test_a_site_without_a_coordinate_system_exports_local_coordinates_and_says_so(capsys, corpus, tmp_path):
    site, _ = import_site(capsys, corpus / "gltf/BoxTextured.glb")
    workshop, _ = _design(capsys, tmp_path, site["id"], [(3.5, 0.0), (-3.5, 0.0)])
    bundle = _export(capsys, tmp_path, workshop)
    with zipfile.ZipFile(bundle) as archive:
        names = set(archive.namelist())
        manifest = json.loads(archive.read("manifest.json"))
        city = json.loads(archive.read("proposals.city.json"))
        summary = archive.read("summary.csv").decode("utf-8-sig").splitlines()
    assert manifest["site"]["georeferenced"] is False and manifest["site"]["crs"] is None
    assert "proposals.geojson" not in names and "proposals.gpkg" not in names
    assert "referenceSystem" not in city["metadata"]
    v = np.array(city["vertices"]) * city["transform"]["scale"] + city["transform"]["translate"]
    assert np.abs(v[:, :2]).max() < 10  # local metres around the site's middle
    code, out, err = run(capsys, "validate", bundle)
    assert code == 0, err
    assert summary[1].split(",")[14:16] == ["", ""]  # no lon/lat to give


def test_a_bundle_unzipped_and_zipped_again_with_ordinary_tools_is_accepted(capsys, tmp_path):
    code, ws, err = run(capsys, "workshop", "new", "--site", "practice-lawn", "--title", "Rezip")
    lines = '{"op":"join","pseudonym":"Owl","age_band":"9-11"}\n{"op":"place","block":"bench","x":1,"y":1}\n'
    (tmp_path / "s.jsonl").write_text(lines)
    code, _p, err = run(capsys, "replay", "--workshop", ws.strip(), tmp_path / "s.jsonl")
    assert code == 0, err
    bundle = _export(capsys, tmp_path, ws.strip())
    unpacked = tmp_path / "unpacked"
    subprocess.run(["unzip", "-q", str(bundle), "-d", str(unpacked)], check=True)
    again = tmp_path / "again.jpbundle"
    # zip -r adds folder entries, uses its own order and compression level 9
    subprocess.run(["zip", "-q", "-r", "-9", str(again), "."], cwd=unpacked, check=True)
    with zipfile.ZipFile(again) as archive:
        assert any(i.is_dir() for i in archive.infolist())
    code, _out, err = run(capsys, "validate", again)
    assert code == 0, err
    code, out, err = run(capsys, "import", again)
    assert code == 0 and "already here" in out, err
