"""Importing a facilitator's own site: it appears in `sites`, takes workshops, keeps buildings
free; a broken or hostile file gives one line, exit 2, and adds nothing."""

from __future__ import annotations

import json
import sqlite3

import pytest

from junior_planner import resources
from junior_planner.cli import main
from junior_planner.store.database import database_path
from tests.meshes import hostile

ESTATE = {"type": "FeatureCollection", "features": [
    {"type": "Feature", "properties": {"height": 18},
     "geometry": {"type": "Polygon", "coordinates": [[[112.9380, 28.2280], [112.9384, 28.2280], [112.9384, 28.2282],
                                                      [112.9380, 28.2282], [112.9380, 28.2280]]]}},
    {"type": "Feature", "properties": {"levels": 6},
     "geometry": {"type": "Polygon", "coordinates": [[[112.9388, 28.2280], [112.9392, 28.2280], [112.9392, 28.2283],
                                                      [112.9388, 28.2283], [112.9388, 28.2280]]]}},
]}


def run(capsys, *args):
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_geojson_footprints_become_a_site_with_buildings_kept_free(capsys, tmp_path):
    path = tmp_path / "estate.geojson"
    path.write_text(json.dumps(ESTATE))
    code, out, err = run(capsys, "site", "import", str(path), "--name", "Our estate")
    assert code == 0, err
    assert out.strip() == "our-estate"
    code, out, _ = run(capsys, "sites", "--json")
    site = {s["id"]: s for s in json.loads(out)}["our-estate"]
    assert site["source"] == "imported" and site["zones"] == 2
    assert site["origin"]["lon"] == pytest.approx(112.9386, abs=1e-4)
    code, ws, _ = run(capsys, "workshop", "new", "--site", "our-estate", "--title", "Estate")
    assert code == 0
    # the first building spans about 39 m x 22 m west of the centre: building there is refused
    script = tmp_path / "s.jsonl"
    script.write_text('{"op":"join","pseudonym":"Owl","age_band":"12-14"}\n'
                      '{"op":"place","block":"bench","x":-38,"y":-4}\n')
    code, _, err = run(capsys, "replay", "--workshop", ws.strip(), str(script))
    assert code == 2 and "on a building" in err


def test_a_bundled_glb_imports_with_a_default_buildable_area(capsys):
    code, out, err = run(capsys, "site", "import", str(resources.model3d("sites", "courtyard", "site.glb")))
    assert code == 0, err
    site_id = out.strip()
    code, out, _ = run(capsys, "sites", "--json")
    site = {s["id"]: s for s in json.loads(out)}[site_id]
    assert site["zones"] > 0  # the apartment blocks stand on the ground: not buildable


@pytest.mark.parametrize("name", ["empty", "truncated-glb", "gltf-external", "cyclic", "stl-billion", "geojson-nothing",
                                  "non-finite", "obj-escape"])
def test_a_bad_file_gives_one_line_exit_2_and_adds_nothing(capsys, tmp_path, data_dir, name):
    files = hostile.write_all(tmp_path / "hostile")
    path, _code = files[name]
    code, out, err = run(capsys, "site", "import", str(path))
    assert code == 2 and out == ""
    assert err.count("\n") == 1 and str(path) in err and "Traceback" not in err
    conn = sqlite3.connect(database_path(data_dir))
    assert conn.execute("SELECT count(*) FROM imported_sites").fetchone()[0] == 0
    conn.close()
    assert not (data_dir / "media").exists() or not any((data_dir / "media").iterdir())


def test_an_imported_sites_buildable_area_can_be_replaced(capsys, tmp_path):
    path = tmp_path / "estate.geojson"
    path.write_text(json.dumps(ESTATE))
    assert run(capsys, "site", "import", str(path))[0] == 0
    lon0, lat0 = 112.9386, 28.22815  # the centre of ESTATE: the site's origin; 0.0001 degree is about 10 m
    ring = [[lon0, lat0 - 1e-4], [lon0 + 1e-4, lat0 - 1e-4], [lon0 + 1e-4, lat0 + 1e-4], [lon0, lat0 + 1e-4], [lon0, lat0 - 1e-4]]
    area = {"type": "FeatureCollection", "features": [{"type": "Feature", "properties": {},
                                                       "geometry": {"type": "Polygon", "coordinates": [ring]}}]}
    area_path = tmp_path / "area.geojson"
    area_path.write_text(json.dumps(area))
    code, out, err = run(capsys, "site", "area", "estate", str(area_path))
    assert code == 0, err
    code, ws, _ = run(capsys, "workshop", "new", "--site", "estate", "--title", "E")
    script = tmp_path / "s.jsonl"
    script.write_text('{"op":"join","pseudonym":"Owl","age_band":"12-14"}\n'
                      '{"op":"place","block":"bench","x":5,"y":0}\n'
                      '{"op":"place","block":"bench","x":-5,"y":0}\n')
    code, _, err = run(capsys, "replay", "--workshop", ws.strip(), str(script))
    assert code == 2 and "line 3: that ground cannot be built on" in err
    code, _, err = run(capsys, "site", "area", "practice-lawn", str(area_path))
    assert code == 2 and "bundled" in err
