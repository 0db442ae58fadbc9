"""Real 3D files become sites children can build on: CityJSON (3D BAG, Web Mercator), Khronos
glTF samples as .glb, as .gltf with its .bin and texture (folder and zip), compressed by common
tools (Draco, meshopt, quantization, WebP), and an OBJ with its .mtl and textures."""

from __future__ import annotations

import json
import shutil
import zipfile

import numpy as np
import pytest

from tests.corpus.conftest import import_site, run, stored_site


def _raw_cityjson_seq_bounds(path):
    """The extent straight from the file: integer vertices x scale + translate (no reader of ours)."""
    lines = [json.loads(line) for line in path.read_text().splitlines() if line.strip()]
    header = lines[0]
    scale, translate = np.array(header["transform"]["scale"]), np.array(header["transform"]["translate"])
    points = np.vstack([np.array(f["vertices"], dtype=np.float64) * scale + translate for f in lines[1:] if f["vertices"]])
    return header, points, lines[1:]


def test_a_3d_bag_cityjsonseq_tile_lands_in_rd_new(capsys, corpus):
    path = corpus / "cityjson/3dbag-tile-901.city.jsonl"
    site, summary = import_site(capsys, path)
    header, points, features = _raw_cityjson_seq_bounds(path)
    assert header["metadata"]["referenceSystem"].endswith("7415")  # RD New + NAP height
    assert site["crs"] == "EPSG:28992"  # its horizontal part
    lo, hi = np.array(site["model_bounds"])
    east, north, height = site["origin"]["easting"], site["origin"]["northing"], site["origin"]["height"]
    assert np.allclose(lo[:2] + [east, north], points[:, :2].min(axis=0), atol=0.01 * np.ptp(points[:, 0]))
    assert np.allclose(hi[:2] + [east, north], points[:, :2].max(axis=0), atol=0.01 * np.ptp(points[:, 0]))
    assert hi[2] + height == pytest.approx(points[:, 2].max(), abs=0.5)
    # one building of the file, by its first vertex, is within 1 m of where the site has a building
    first = next(f for f in features if f["vertices"])
    corner = np.array(first["vertices"][0], dtype=np.float64) * header["transform"]["scale"] + header["transform"]["translate"]
    local = corner[:2] - [east, north]
    from shapely.geometry import Point, Polygon

    zones = [Polygon(z["polygon"]) for z in stored_site(site["id"])["zones"] if z["kind"] == "building"]
    assert min(z.distance(Point(*local)) for z in zones) < 1.0


def test_cityjson_files_of_version_1_1_and_2_0_read_like_the_sequence(capsys, corpus, tmp_path):
    path = corpus / "cityjson/3dbag-tile-901.city.jsonl"
    header, _points, features = _raw_cityjson_seq_bounds(path)
    seq, _ = import_site(capsys, path)
    for version in ("1.1", "2.0"):
        # the same objects as one CityJSON document: each feature's vertices appended, indices shifted
        vertices, objects = [], {}
        for f in features:
            base = len(vertices)
            vertices += f["vertices"]
            for oid, obj in f["CityObjects"].items():
                obj = json.loads(json.dumps(obj))
                for g in obj.get("geometry") or []:
                    g["boundaries"] = _shift(g["boundaries"], base)
                objects[oid] = obj
        doc = dict(header, version=version, CityObjects=objects, vertices=vertices)
        single = tmp_path / f"tile-{version}.city.json"
        single.write_text(json.dumps(doc))
        site, _ = import_site(capsys, single)
        assert site["crs"] == seq["crs"] and site["model_bounds"] == seq["model_bounds"]


def _shift(boundaries, base):
    if isinstance(boundaries, list):
        return [_shift(b, base) for b in boundaries]
    return boundaries + base


def test_a_web_mercator_cityjson_is_reprojected_not_scaled(capsys, corpus):
    from pyproj import Transformer

    path = corpus / "cityjson/web-mercator-tile.city.jsonl"
    site, _ = import_site(capsys, path, "--max-triangles", "6000000")
    header, points, _features = _raw_cityjson_seq_bounds(path)
    assert header["metadata"]["referenceSystem"].endswith("3857")
    assert site["crs"] == "EPSG:32632"
    to_utm = Transformer.from_crs("EPSG:3857", "EPSG:32632", always_xy=True)
    x, y = to_utm.transform(points[:, 0], points[:, 1])
    size = np.subtract(*np.array(site["model_bounds"])[::-1])[:2]
    assert np.allclose(size, [np.ptp(x), np.ptp(y)], rtol=0.01)
    assert np.ptp(points[:, 0]) > 1.4 * size[0]  # the file's metres are ~1.6x too long at 51 N


def _plain_bounds(path):
    """The model's extent by trimesh (an independent reader), Y up turned Z up."""
    import trimesh

    scene = trimesh.load_scene(str(path))
    lo, hi = scene.bounds
    return np.array([hi[0] - lo[0], hi[2] - lo[2], hi[1] - lo[1]])


@pytest.mark.parametrize("name", ["BoxTextured.glb", "BoxTextured-draco.glb", "BoxTextured-webp.glb",
                                  "2CylinderEngine-draco/2CylinderEngine.gltf", "2CylinderEngine-meshopt.glb",
                                  "2CylinderEngine-quantized.glb", "BoxTextured-gltf/BoxTextured.gltf"])
def test_gltf_samples_and_their_compressed_copies_import_at_true_size(capsys, corpus, name):
    path = corpus / "gltf" / name
    if not path.exists():
        pytest.skip(f"{name} is made with npm tools (tools/test_corpus.py); npm was missing")
    site, _ = import_site(capsys, path, "--units", "mm" if "Engine" in name else "m")
    reference = corpus / "gltf" / ("2CylinderEngine.glb" if "Engine" in name else "BoxTextured.glb")
    want = _plain_bounds(reference) * (0.001 if "Engine" in name else 1.0)
    got = np.subtract(*np.array(site["model_bounds"])[::-1])
    assert np.allclose(got, want, rtol=0.01), (got, want)
    assert site["crs"] is None  # a model has no place on the earth until one is given


def test_a_single_object_gets_ground_around_it_to_build_on(capsys, corpus, tmp_path):
    site, _ = import_site(capsys, corpus / "gltf/BoxTextured.glb", "--name", "Box")
    data = stored_site(site["id"])
    bounds = np.array(data["bounds"])
    assert np.ptp(bounds[:, 0]) >= 10 and np.ptp(bounds[:, 1]) >= 10  # a plate reaching beyond the 1 m box
    code, ws, err = run(capsys, "workshop", "new", "--site", site["id"], "--title", "Box")
    assert code == 0, err
    script = tmp_path / "s.jsonl"
    script.write_text('{"op":"join","pseudonym":"Owl","age_band":"9-11"}\n{"op":"place","block":"bench","x":3.5,"y":0}\n')
    code, _out, err = run(capsys, "replay", "--workshop", ws.strip(), script)
    assert code == 0, err


def test_a_gltf_with_its_files_in_a_zip_imports_and_one_pointing_outside_is_refused(capsys, corpus, tmp_path):
    folder = corpus / "gltf/BoxTextured-gltf"
    bundle = tmp_path / "box.zip"
    with zipfile.ZipFile(bundle, "w") as archive:
        for file in folder.iterdir():
            archive.write(file, f"model/{file.name}")
    site, _ = import_site(capsys, bundle)
    assert np.allclose(np.subtract(*np.array(site["model_bounds"])[::-1]), [1, 1, 1], atol=0.01)
    # the same .gltf naming its buffer outside its folder
    bad = tmp_path / "bad"
    shutil.copytree(folder, bad)
    doc = json.loads((bad / "BoxTextured.gltf").read_text())
    doc["buffers"][0]["uri"] = "../BoxTextured0.bin"
    (bad / "BoxTextured.gltf").write_text(json.dumps(doc))
    shutil.copy(folder / "BoxTextured0.bin", tmp_path / "BoxTextured0.bin")
    code, out, err = run(capsys, "site", "import", bad / "BoxTextured.gltf")
    assert code == 2 and out == "" and "outside its own folder" in err and len(err.strip().splitlines()) == 1


def test_an_unknown_required_extension_is_refused_by_name(capsys, corpus, tmp_path):
    doc = json.loads((corpus / "gltf/BoxTextured-gltf/BoxTextured.gltf").read_text())
    doc["extensionsRequired"] = ["KHR_texture_basisu"]
    shutil.copytree(corpus / "gltf/BoxTextured-gltf", tmp_path / "m")
    (tmp_path / "m/BoxTextured.gltf").write_text(json.dumps(doc))
    code, _out, err = run(capsys, "site", "import", tmp_path / "m/BoxTextured.gltf")
    assert code == 2 and "KHR_texture_basisu" in err


def test_an_obj_with_its_mtl_and_textures_keeps_its_colours(capsys, corpus):
    from junior_planner.meshes.formats import read_site

    source = read_site(corpus / "obj/spider/spider.obj")
    colors = np.round(source.meshes[0].asset.colors, 2)
    assert len(np.unique(colors, axis=0)) > 2  # textures and materials, not one grey
    site, _ = import_site(capsys, corpus / "obj/spider/spider.obj", "--units", "cm")
    assert site["model_bounds"] is not None


def test_a_model_can_be_given_a_place_on_the_earth_at_import_and_later(capsys, corpus):
    site, _ = import_site(capsys, corpus / "gltf/BoxTextured.glb", "--crs", "EPSG:4549",
                          "--origin", "460000", "3217000", "--height", "40", "--rotation", "30")
    assert site["crs"] == "EPSG:4549" and site["origin"]["easting"] == pytest.approx(460000, abs=0.01)
    assert site["origin"]["rotation"] == 30 and 119 < site["origin"]["lon"] < 120.5
    plain, _ = import_site(capsys, corpus / "gltf/BoxTextured.glb")
    code, out, err = run(capsys, "site", "georef", plain["id"], "--crs", "EPSG:4549", "--origin", "461000", "3218000")
    assert code == 0, err
    code, listing, _ = run(capsys, "sites", "--json")
    placed = {s["id"]: s for s in json.loads(listing)}[plain["id"]]
    assert placed["crs"] == "EPSG:4549" and placed["origin"]["northing"] == pytest.approx(3218000)
    code, _out, err = run(capsys, "site", "georef", plain["id"], "--crs", "EPSG:4326", "--origin", "1", "2")
    assert code == 2 and "not a projected coordinate system in metres" in err


def test_a_chosen_level_of_detail_is_used(capsys, corpus):
    path = corpus / "cityjson/3dbag-tile-901.city.jsonl"
    best, _ = import_site(capsys, path)
    lod12, _ = import_site(capsys, path, "--lod", "1.2")
    triangles = {s["id"]: stored_site(s["id"])["import"]["counts"] for s in (best, lod12)}
    assert triangles[best["id"]] == triangles[lod12["id"]]  # the same objects
    # LoD 1.2 is a block model: flat roofs, so no roof reaches the LoD 2.2 ridge heights
    assert lod12["model_bounds"][1][2] <= best["model_bounds"][1][2] + 0.01
    code, _out, err = run(capsys, "site", "import", path, "--lod", "9")
    assert code == 2 and "nothing usable" in err and "lod-missing" in err
