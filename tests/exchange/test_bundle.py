"""Export, validate and import of workshop bundles (.jpbundle): round trip, dedupe, versions,
anonymisation, and the derived files checked by the tools planners use (GDAL/OGR, the official
CityJSON 2.0 schema, the Khronos glTF validator when it is installed)."""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import subprocess
import zipfile
from pathlib import Path

import numpy as np
import pytest

from junior_planner.cli import main
from junior_planner.exchange import bundle as fmt
from junior_planner.exchange.geo import LocalFrame
from junior_planner.meshes.scene_export import read_glb_nodes
from junior_planner.services import bundle, library
from junior_planner.store import Store
from junior_planner.store.merge import dump_tables

from tests.exchange.helpers import PSEUDONYMS, export, make_workshop, members, rezip

HERE = Path(__file__).resolve().parent
CITYJSON_SCHEMA = HERE / "cityjson-2.0" / "cityjson.min.schema.json"


def _proposal_files(content: dict[str, bytes]) -> dict[str, bytes]:
    return {n: d for n, d in content.items() if n != "manifest.json"}


# --- round trip -----------------------------------------------------------------------------------
@pytest.mark.parametrize("site", ["practice-lawn", "lakeside-park"])
def test_round_trip_gives_identical_files(tmp_path, site):
    """export -> import into an empty store -> export again: every member is byte-identical
    (proposal JSON, scenes, derived files, history), the manifest differs only in its time and
    in which machine made it."""
    with Store(tmp_path / "a") as a:
        ws = make_workshop(a, site)
        first = export(a, ws, tmp_path / "first.jpbundle", history=True)
    with Store(tmp_path / "b") as b:
        result = bundle.import_bundle(b, first)
        assert len(result.added) == 3 and result.new_workshop
        again = export(b, b.workshop(ws.id), tmp_path / "again.jpbundle", history=True)
    one, two = members(first), members(again)
    assert set(one) == set(two)
    for name in _proposal_files(one):
        assert one[name] == two[name], name
    m1, m2 = json.loads(one["manifest.json"]), json.loads(two["manifest.json"])
    m1.pop("created_at"), m2.pop("created_at")
    assert m1.pop("kiosk") != m2.pop("kiosk")
    assert m1 == m2


def test_importing_twice_changes_nothing(lawn, tmp_path):
    _store, _ws, path = lawn
    with Store(tmp_path / "b") as b:
        bundle.import_bundle(b, path)
        before = dump_tables(b)
        result = bundle.import_bundle(b, path)
        assert result.added == [] and result.versions == [] and len(result.unchanged) == 3
        assert dump_tables(b) == before


def test_importing_into_the_source_store_changes_nothing(lawn):
    store, _ws, path = lawn
    before = dump_tables(store)
    result = bundle.import_bundle(store, path)
    assert len(result.unchanged) == 3
    assert dump_tables(store) == before


def test_a_changed_proposal_is_kept_as_a_second_version(lawn, tmp_path):
    store, ws, path = lawn
    other = tmp_path / "other"
    shutil.copytree(store.data_dir, other)
    with Store(other) as b:
        pid = b.proposal_summaries(ws.id)[0].id
        with b.db.transaction() as c:  # the other kiosk's copy differs
            c.execute("UPDATE blocks SET x = x + 1 WHERE proposal_id=?", (pid,))
        before = b.proposal(pid)
        result = bundle.import_bundle(b, path)
        assert len(result.versions) == 1 and len(result.unchanged) == 2
        version = b.proposal(result.versions[0])
        original = json.loads(members(path)[f"proposals/{pid}.json"])
        assert version.title.startswith(original["title"]) and pid[:8] in version.title
        assert [blk.x for blk in version.blocks.values()] == [b_["position"][0] for b_ in original["blocks"]]
        assert b.proposal(pid).blocks == before.blocks  # ours is untouched
        snapshot = dump_tables(b)
        assert bundle.import_bundle(b, path).versions == []  # and a second import adds nothing
        assert dump_tables(b) == snapshot


def test_history_is_imported_and_the_editor_can_undo(lawn, tmp_path):
    from junior_planner.services import workshops

    store, ws, path = lawn
    with Store(tmp_path / "b") as b:
        bundle.import_bundle(b, path)
        for s in store.proposal_summaries(ws.id):
            assert b.history(s.id)[1] == store.history(s.id)[1]
            assert len(b.history(s.id)[0]) == len(store.history(s.id)[0])
        draft = next(s for s in b.proposal_summaries(ws.id) if s.status == "draft")
        editor = workshops.open_editor(b, b.proposal(draft.id))
        assert editor.can_undo
        editor.undo()


# --- content ----------------------------------------------------------------------------------------
def test_the_bundle_holds_what_formats_md_lists(lawn):
    store, ws, path = lawn
    content = members(path)
    manifest = json.loads(content["manifest.json"])
    assert manifest["format"] == "junior-planner-bundle" and manifest["format_version"] == 1
    # the bundled sites sit in Jinhua, CGCS2000 / 3-degree Gauss-Kruger CM 120E
    assert manifest["site"]["epsg"] == 4549 and manifest["site"]["origin"]["lon"] == pytest.approx(119.654)
    assert manifest["site"]["georeferenced"] is True and manifest["site"]["crs"] == "EPSG:4549"
    ids = [s.id for s in store.proposal_summaries(ws.id)]
    for pid in ids:
        for name in (f"proposals/{pid}.json", f"scenes/{pid}.glb", f"history/{pid}.jsonl"):
            assert name in content
    for name in ("README.txt", "proposals.city.json", "proposals.geojson", "proposals.gpkg", "proposals-shp.zip",
                 "scenes/site.glb", "summary.csv", "annotations.csv", "indicators.csv",
                 "schema/manifest-1.schema.json", "schema/proposal-1.schema.json"):
        assert name in content
    assert not any(n.startswith(("audio/", "snapshots/")) for n in content)
    assert manifest["snapshots"] == {"included": False, "note": "no pictures were asked for"}
    for name, data in content.items():
        if name != "manifest.json":
            assert manifest["files"][name] == {"sha256": hashlib.sha256(data).hexdigest(), "size": len(data)}
    with zipfile.ZipFile(path) as zf:
        for info in zf.infolist():
            want = zipfile.ZIP_STORED if info.filename.endswith((".glb", ".png", ".wav", ".zip")) else zipfile.ZIP_DEFLATED
            assert info.compress_type == want, info.filename
    import jsonschema
    jsonschema.Draft202012Validator(json.loads(content["schema/manifest-1.schema.json"])).validate(manifest)


def test_no_pseudonym_or_participant_id_leaves_the_store(lawn):
    store, ws, path = lawn
    blob = b"".join(members(path).values())
    for name in PSEUDONYMS:
        assert name.encode() not in blob
    for person in store.participants(workshop_id=ws.id):
        assert person.id.encode() not in blob
    manifest = json.loads(members(path)["manifest.json"])
    assert [p["code"] for p in manifest["participants"]] == ["C01", "C02", "C03", "C04"]


def test_csv_files_have_a_bom_and_one_row_per_block_and_note(lawn):
    store, ws, path = lawn
    content = members(path)
    blocks = sum(s.blocks for s in store.proposal_summaries(ws.id))
    notes = sum(s.annotations for s in store.proposal_summaries(ws.id))
    summary = content["summary.csv"]
    assert summary.startswith(b"\xef\xbb\xbf")
    assert len(summary.decode("utf-8-sig").strip().splitlines()) == blocks + 1
    text = content["annotations.csv"].decode("utf-8-sig")
    assert len(text.strip().splitlines()) == notes + 1
    assert "'=1+1 shade 树荫" in text  # a child's text never becomes a spreadsheet formula


def test_audio_only_when_asked(lawn, tmp_path):
    store, ws, _path = lawn
    wav = b"RIFF\x24\x00\x00\x00WAVEfmt " + bytes(64)
    sha = store.media.put(wav, ".wav")
    with store.db.transaction() as c:
        c.execute("UPDATE annotations SET audio_ref=? WHERE rowid=(SELECT min(rowid) FROM annotations)", (sha,))
    without = members(export(store, ws, tmp_path / "no-audio.jpbundle"))
    assert not any(n.startswith("audio/") for n in without)
    path = export(store, ws, tmp_path / "audio.jpbundle", include_audio=True)
    assert members(path)[f"audio/{sha}.wav"] == wav
    with Store(tmp_path / "b") as b:
        bundle.import_bundle(b, path)
        assert b.media.get(sha, ".wav") == wav


def test_snapshots_come_from_the_renderer_and_are_stored(lawn, tmp_path):
    store, ws, _path = lawn
    png = b"\x89PNG\r\n\x1a\n" + bytes(100)
    path = export(store, ws, tmp_path / "pics.jpbundle", snapshots=lambda p, site, view: png)
    content = members(path)
    pics = [n for n in content if n.startswith("snapshots/")]
    assert len(pics) == 6 and all(content[n] == png for n in pics)
    assert json.loads(content["manifest.json"])["snapshots"]["included"] is True
    with zipfile.ZipFile(path) as zf:
        assert all(zf.getinfo(n).compress_type == zipfile.ZIP_STORED for n in pics)

    def broken(p, site, view):
        raise RuntimeError("cannot create an OpenGL context on this display")

    manifest = json.loads(members(export(store, ws, tmp_path / "nogl.jpbundle", snapshots=broken))["manifest.json"])
    assert manifest["snapshots"]["included"] is False and "OpenGL" in manifest["snapshots"]["note"]


def test_pictures_encoded_on_other_threads_are_collected_before_writing(lawn, tmp_path):
    """A renderer may hand back futures (render/snapshot.py encodes PNGs on worker threads while
    the export goes on): each is waited for and stored; a failed encoding means no pictures at all,
    with the reason in the manifest, never a bundle with some missing."""
    from concurrent.futures import ThreadPoolExecutor

    store, ws, _path = lawn
    png = b"\x89PNG\r\n\x1a\n" + bytes(50)
    with ThreadPoolExecutor(2) as pool:
        path = export(store, ws, tmp_path / "later.jpbundle", snapshots=lambda p, site, view: pool.submit(lambda: png))
        content = members(path)
        assert [content[n] for n in content if n.startswith("snapshots/")] == [png] * 6

        def fails():
            raise RuntimeError("the PNG encoder ran out of memory")

        calls = []

        def renderer(p, site, view):
            calls.append(view)
            return pool.submit(fails if len(calls) == 3 else (lambda: png))

        content = members(export(store, ws, tmp_path / "half.jpbundle", snapshots=renderer))
    assert not [n for n in content if n.startswith("snapshots/")]
    assert "out of memory" in json.loads(content["manifest.json"])["snapshots"]["note"]


def test_what_an_edge_catches_is_logged(lawn, tmp_path, caplog):
    """The picture step catches anything (no GL is not an error), and logs what it was."""
    import logging

    store, ws, _path = lawn

    def broken(p, site, view):
        raise RuntimeError("cannot create an OpenGL context on this display")

    with caplog.at_level(logging.DEBUG, logger="junior_planner"):
        export(store, ws, tmp_path / "logged.jpbundle", snapshots=broken)
    caught = [r for r in caplog.records if r.name == "junior_planner.services.bundle" and r.exc_info]
    assert caught and "OpenGL" in str(caught[0].exc_info[1])


def test_export_without_a_display_notes_that_pictures_were_skipped(lawn, tmp_path, monkeypatch, capsys):
    store, ws, _path = lawn
    monkeypatch.delenv("DISPLAY", raising=False)
    monkeypatch.delenv("WAYLAND_DISPLAY", raising=False)
    monkeypatch.delenv("QT_QPA_PLATFORM", raising=False)
    out = tmp_path / "cli.jpbundle"
    code = main(["--data-dir", str(store.data_dir), "export", "--workshop", ws.id[:8], "--out", str(out)])
    stdout, stderr = capsys.readouterr()
    assert code == 0, stderr
    assert "done" in stdout and "DISPLAY" in stderr
    manifest = json.loads(members(out)["manifest.json"])
    assert manifest["snapshots"]["included"] is False and "DISPLAY" in manifest["snapshots"]["note"]


def test_scene_nodes_are_blocks_with_extras_under_one_y_up_root(lawn):
    store, ws, path = lawn
    content = members(path)
    for s in store.proposal_summaries(ws.id):
        doc = read_glb_nodes(content[f"scenes/{s.id}.glb"])
        nodes = doc["nodes"]
        root = nodes[doc["scenes"][doc.get("scene", 0)]["nodes"][0]]
        assert doc["scenes"][0]["nodes"] == [0] and root["name"] == "site-root"
        assert root["matrix"] == [1.0, 0.0, 0.0, 0.0, 0.0, 0.0, -1.0, 0.0, 0.0, 1.0, 0.0, 0.0, 0.0, 0.0, 0.0, 1.0]
        proposal = store.proposal(s.id)
        children = {nodes[i]["name"]: nodes[i] for i in root["children"]}
        assert "site" not in children  # the site is written once per bundle, in scenes/site.glb
        assert doc["asset"]["extras"]["crs"] == "EPSG:4549" and doc["asset"]["extras"]["georeferenced"] is True
        for uuid, block in proposal.blocks.items():
            assert children[uuid]["extras"]["type"] == block.block_type
            assert children[uuid]["extras"]["proposal"] == s.id
            assert isinstance(children[uuid]["extras"]["notes"], list)
    site_doc = read_glb_nodes(content["scenes/site.glb"])
    assert "site" in {n.get("name") for n in site_doc["nodes"]}
    assert site_doc["asset"]["extras"]["origin"]["lon"] == pytest.approx(119.654)


# --- planners' tools -----------------------------------------------------------------------------------
def test_geojson_opens_with_ogr_and_lands_at_the_site(lawn, tmp_path):
    _store, _ws, path = lawn
    content = members(path)
    target = tmp_path / "proposals.geojson"
    target.write_bytes(content["proposals.geojson"])
    data = json.loads(content["proposals.geojson"])
    assert "crs" not in data  # RFC 7946: WGS84 lon/lat only
    site = library.site("practice-lawn")
    lon0, lat0 = site.origin["lon"], site.origin["lat"]
    points = [c for f in data["features"] if f["geometry"]
              for c in (f["geometry"]["coordinates"][0] if f["geometry"]["type"] == "Polygon" else [f["geometry"]["coordinates"]])]
    assert points and all(abs(lon - lon0) < 0.001 and abs(lat - lat0) < 0.001 for lon, lat in points)
    frame = LocalFrame.for_site(site.origin, site.crs)
    assert np.allclose(frame.lonlat(np.zeros((1, 2)))[0], [lon0, lat0], atol=1e-9)
    ogrinfo = shutil.which("ogrinfo")
    if ogrinfo is None:
        pytest.skip("ogrinfo (GDAL) is not installed")
    result = subprocess.run([ogrinfo, "-ro", "-al", "-so", str(target)], capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    assert f"Feature Count: {len(data['features'])}" in result.stdout
    assert "WGS 84" in result.stdout


def test_cityjson_validates_against_the_official_2_0_schema(lawn):
    import jsonschema

    _store, _ws, path = lawn
    city = json.loads(members(path)["proposals.city.json"])
    schema = json.loads(CITYJSON_SCHEMA.read_text(encoding="utf-8"))
    errors = [e.message for e in jsonschema.Draft7Validator(schema).iter_errors(city)]
    assert errors == []
    assert city["version"] == "2.0" and city["metadata"]["referenceSystem"].endswith("/EPSG/0/4549")
    assert all(isinstance(v, int) for vertex in city["vertices"] for v in vertex)
    types = {o["type"] for o in city["CityObjects"].values()}
    assert {"CityFurniture", "SolitaryVegetationObject"} <= types
    for obj in city["CityObjects"].values():
        assert {"type", "proposal", "reasons"} <= set(obj["attributes"])


def _gltf_validator() -> tuple[str, Path] | None:
    node = shutil.which("node")
    if node is None:
        return None
    for folder in [os.environ.get("GLTF_VALIDATOR_DIR", ""), "/tmp/gv"]:
        if folder and (Path(folder) / "node_modules" / "gltf-validator").is_dir():
            return node, Path(folder)
    return None


VALIDATE_JS = """
const fs = require('fs');
const validator = require('gltf-validator');
(async () => {
  let errors = 0;
  for (const f of process.argv.slice(2)) {
    const report = await validator.validateBytes(new Uint8Array(fs.readFileSync(f)));
    errors += report.issues.numErrors;
    console.log(f + ': ' + report.issues.numErrors + ' errors, ' + report.issues.numWarnings + ' warnings');
  }
  process.exit(errors ? 1 : 0);
})();
"""


def test_scenes_pass_the_khronos_gltf_validator(lawn, tmp_path):
    found = _gltf_validator()
    if found is None:
        pytest.skip("node and the npm package gltf-validator are not installed "
                    "(npm install --prefix /tmp/gv gltf-validator, or set GLTF_VALIDATOR_DIR)")
    node, folder = found
    _store, _ws, path = lawn
    files = []
    for name, data in members(path).items():
        if name.endswith(".glb"):
            files.append(tmp_path / Path(name).name)
            files[-1].write_bytes(data)
    script = folder / "jp-validate.js"
    script.write_text(VALIDATE_JS)
    result = subprocess.run([node, str(script), *map(str, files)], capture_output=True, text=True, timeout=120, cwd=folder)
    assert result.returncode == 0, result.stdout + result.stderr


# --- the command line ------------------------------------------------------------------------------------
def test_validate_prints_one_line_for_a_good_bundle(lawn, capsys):
    _store, _ws, path = lawn
    assert main(["validate", str(path)]) == 0
    out = capsys.readouterr().out
    assert out.count("\n") == 1 and "3 proposals" in out


def test_validate_names_every_problem(lawn, tmp_path, capsys):
    store, ws, path = lawn
    content = members(path)
    pid = store.proposal_summaries(ws.id)[0].id
    manifest = json.loads(content["manifest.json"])
    content["summary.csv"] = content["summary.csv"][:-1] + b"x"  # checksum no longer matches
    del content[f"scenes/{pid}.glb"]
    bad = rezip(tmp_path / "bad.jpbundle", content, manifest, fix_checksums=False)
    assert main(["validate", str(bad)]) == 2
    err = capsys.readouterr().err
    assert "'summary.csv' does not match its sha256 checksum" in err
    assert f"'scenes/{pid}.glb' is listed in the manifest but missing" in err


def test_cli_export_import_round_trip(lawn, tmp_path, capsys):
    store, ws, _path = lawn
    out = tmp_path / "cli.jpbundle"
    assert main(["--data-dir", str(store.data_dir), "export", "--workshop", ws.id, "--out", str(out),
                 "--no-snapshots", "--history"]) == 0
    assert "every checksum verified" in capsys.readouterr().out
    assert main(["--data-dir", str(tmp_path / "b"), "import", str(out)]) == 0
    assert "3 new proposals" in capsys.readouterr().out
    assert main(["--data-dir", str(tmp_path / "b"), "import", str(out)]) == 0
    assert "3 already here" in capsys.readouterr().out


def test_export_refuses_a_missing_folder(lawn, tmp_path, capsys):
    store, ws, _path = lawn
    code = main(["--data-dir", str(store.data_dir), "export", "--workshop", ws.id, "--out",
                 str(tmp_path / "nope" / "x.jpbundle"), "--no-snapshots"])
    assert code == 2 and "does not exist" in capsys.readouterr().err


def test_an_export_leaves_no_temporary_file(lawn):
    _store, _ws, path = lawn
    assert sorted(p.name for p in path.parent.iterdir() if p.name.startswith(".")) == []


def test_the_manifest_schema_rejects_pseudonyms_in_proposals(lawn):
    _store, _ws, path = lawn
    content = members(path)
    name = next(n for n in content if n.startswith("proposals/"))
    doc = json.loads(content[name])
    doc["participants"][0]["pseudonym"] = "Red Tiger"
    assert fmt.schema_problems(doc, "proposal-1.schema.json", name)


def test_the_fast_item_checks_never_accept_what_the_schema_rejects(lawn):
    """proposal_problems skips jsonschema for items its own checks accept: each mutation below
    must be refused by both or accepted by both."""
    _store, _ws, path = lawn
    content = members(path)
    doc = next(json.loads(d) for n, d in content.items() if n.startswith("proposals/") and json.loads(d)["annotations"])
    block, note = doc["blocks"][0], doc["annotations"][0]
    block_edits = [("uuid", "x y"), ("uuid", ""), ("uuid", 5), ("type", "Bench"), ("type", None), ("category", 3),
                   ("position", [1, 2]), ("position", [1, 2, True]), ("position", [1, 2, 1e7]), ("yaw", True),
                   ("yaw", 4000), ("scale", 0), ("scale", -1), ("scale", 101), ("variant", "v" * 41), ("extra", 1)]
    note_edits = [("anchor", {}), ("anchor", {"block": "a", "point": None}), ("anchor", {"point": [1, 2]}),
                  ("anchor", {"block": "b c"}), ("sticker", "Love"), ("reasons", ["ok", 3]), ("reasons", "more-shade"),
                  ("text", "t" * 2001), ("audio", "abc"), ("author", "P01"), ("author", "C1"), ("created_at", 5),
                  ("uuid", None), ("extra", 1)]
    for key, edits, item in (("blocks", block_edits, block), ("annotations", note_edits, note)):
        for field, value in edits + [(None, None)]:
            changed = dict(item)
            if field is not None:
                changed[field] = value
            variant = {**doc, key: [changed] + doc[key][1:]}
            slow = fmt.schema_problems(variant, "proposal-1.schema.json", "x")
            fast = fmt.proposal_problems(variant, "x")
            assert bool(slow) == bool(fast), (key, field, value, slow, fast)
            assert bool(fast) == (field is not None), (key, field, value)


def test_indicators_travel_in_the_bundle_as_a_table(tmp_path, capsys):
    """indicators.csv: one row per proposal and indicator, as `show` computes them."""
    import csv
    import io
    import zipfile

    from junior_planner.cli import main

    assert main(["workshop", "new", "--site", "practice-lawn", "--title", "Ind", "--budget", "30"]) == 0
    ws = capsys.readouterr().out.strip()
    script = tmp_path / "s.jsonl"
    script.write_text('{"op":"join","pseudonym":"Owl","age_band":"9-11"}\n'
                      '{"op":"place","block":"bench","x":0,"y":0}\n{"op":"place","block":"bench","x":3,"y":0}\n')
    assert main(["replay", "--workshop", ws, str(script)]) == 0
    proposal_id = capsys.readouterr().out.strip()
    out = tmp_path / "b.jpbundle"
    assert main(["export", "--workshop", ws, "--out", str(out), "--no-snapshots"]) == 0
    with zipfile.ZipFile(out) as zf:
        text = zf.read("indicators.csv").decode("utf-8-sig")
    rows = {r["indicator"]: r for r in csv.DictReader(io.StringIO(text))}
    assert rows["seats"]["proposal"] == proposal_id and float(rows["seats"]["value"]) == 6  # 2 benches x 3 seats
    assert float(rows["budget"]["value"]) == 4 and rows["budget"]["met"] == "yes"
    assert main(["validate", str(out)]) == 0


def test_work_of_children_without_consent_does_not_leave_the_machine(tmp_path, capsys):
    """SAFETY.md: a proposal whose children all lack guardian consent is left out of exports."""
    import zipfile

    from junior_planner.cli import main
    from junior_planner.services import data_rights
    from junior_planner.store import Store
    from junior_planner.store.database import default_data_dir

    assert main(["workshop", "new", "--site", "practice-lawn", "--title", "Consent"]) == 0
    ws = capsys.readouterr().out.strip()
    ids = []
    for name in ("Owl", "Fox"):
        script = tmp_path / f"{name}.jsonl"
        script.write_text(f'{{"op":"join","pseudonym":"{name}","age_band":"9-11"}}\n{{"op":"place","block":"bench","x":0,"y":0}}\n')
        assert main(["replay", "--workshop", ws, str(script)]) == 0
        ids.append(capsys.readouterr().out.strip())
    with Store(default_data_dir(None)) as store:
        fox = next(p for p in store.participants(proposal_id=ids[1]))
        data_rights.record_consent(store, fox.id, False, "v1")
    out = tmp_path / "b.jpbundle"
    assert main(["export", "--workshop", ws, "--out", str(out), "--no-snapshots"]) == 0
    with zipfile.ZipFile(out) as zf:
        names = zf.namelist()
    assert f"proposals/{ids[0]}.json" in names and f"proposals/{ids[1]}.json" not in names


def test_export_reports_progress_per_proposal(tmp_path, capsys):
    from junior_planner.cli import main
    from junior_planner.services import bundle, workshops
    from junior_planner.store import Store
    from junior_planner.store.database import default_data_dir

    assert main(["workshop", "new", "--site", "practice-lawn", "--title", "Progress"]) == 0
    ws_id = capsys.readouterr().out.strip()
    for name in ("Owl", "Fox", "Cat"):
        script = tmp_path / f"{name}.jsonl"
        script.write_text(f'{{"op":"join","pseudonym":"{name}","age_band":"9-11"}}\n')
        assert main(["replay", "--workshop", ws_id, str(script)]) == 0
    steps = []
    with Store(default_data_dir(None)) as store:
        bundle.export_bundle(store, workshops.find_workshop(store, ws_id), tmp_path / "p.jpbundle",
                             progress=lambda done, total: steps.append((done, total)))
    assert steps == [(1, 4), (2, 4), (3, 4)]
    steps.clear()  # with pictures, each picture is a step too (3 proposals x 2 pictures + 3 + writing)
    with Store(default_data_dir(None)) as store:
        bundle.export_bundle(store, workshops.find_workshop(store, ws_id), tmp_path / "q.jpbundle",
                             snapshots=lambda p, site, view: b"\x89PNG\r\n\x1a\n",
                             progress=lambda done, total: steps.append((done, total)))
    assert steps == [(n, 10) for n in range(1, 10)]


def test_an_export_stopped_half_way_leaves_no_bundle(lawn, tmp_path):
    """Ctrl+C (or closing the panel) while the pictures are drawn: no bundle, not even a partial
    one or its temporary file, in the target folder."""
    store, ws, _path = lawn
    out = tmp_path / "out"
    out.mkdir()
    drawn = []

    def stop_on_the_third(p, site, view):
        drawn.append(view)
        if len(drawn) == 3:
            raise KeyboardInterrupt
        return b"\x89PNG\r\n\x1a\n"

    with pytest.raises(KeyboardInterrupt):
        bundle.export_bundle(store, ws, out / "stopped.jpbundle", snapshots=stop_on_the_third)
    assert list(out.iterdir()) == []

    def stop_while_writing(done, total):
        if done == total - 1:
            raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        bundle.export_bundle(store, ws, out / "stopped.jpbundle", progress=stop_while_writing)
    assert list(out.iterdir()) == []
