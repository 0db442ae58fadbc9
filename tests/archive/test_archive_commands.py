"""`junior-planner archive ...`, `review --db` and `report --db` as a facilitator and a planner run
them, against the real server; the connection string never reaches output, logs or files; QGIS's
way in (GDAL's PostgreSQL driver, `ogrinfo PG:...`) lists and reads the views as layers."""

from __future__ import annotations

import json
import logging
import shutil
import subprocess

import psycopg
import pytest

from junior_planner.cli import main
from junior_planner.store import Store


@pytest.fixture
def two_bundles(lawn_bundles):
    return [str(p) for p in lawn_bundles]


def run(capsys, *args):
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_init_creates_migrates_and_prints_the_grants(capsys, empty_db):
    code, out, err = run(capsys, "archive", "init", "--db", empty_db)
    assert code == 0, err
    assert "Created the city archive (schema version 1)" in out
    assert "GRANT SELECT ON jp.jp_blocks TO jp_planner;" in out
    assert "GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA jp TO jp_facilitator;" in out
    code, out, _ = run(capsys, "archive", "init", "--db", empty_db)
    assert code == 0 and "up to date (schema version 1)" in out
    with psycopg.connect(empty_db) as conn:
        assert conn.execute("SELECT max(version) FROM jp.schema_version").fetchone()[0] == 1
        indexes = {r[0] for r in conn.execute("SELECT indexdef FROM pg_indexes WHERE schemaname = 'jp'")}
    assert any("USING gist (geom)" in i and "block" in i for i in indexes)
    assert any("USING gist (geog)" in i and "note" in i for i in indexes)


def test_a_facilitator_publishes_and_a_planner_reads_status(capsys, city, two_bundles, caplog):
    caplog.set_level(logging.DEBUG)
    code, out, err = run(capsys, "archive", "publish", "--db", city("fei_facilitator"), *two_bundles)
    assert code == 0, err
    assert out.splitlines() == ["a.jpbundle: 3 proposals added", "b.jpbundle: 1 proposal added"]
    code, out, _ = run(capsys, "archive", "publish", "--db", city("fei_facilitator"), two_bundles[0])
    assert out.strip() == "a.jpbundle: already in the archive; nothing changed"
    code, out, err = run(capsys, "archive", "status", "--json", "--db", city())
    info = json.loads(out)
    assert (info["proposals"], info["blocks"], info["notes"], info["bundles"]) == (4, 8, 6, 2)
    # the connection string is nowhere: not in what was printed, logged, or written in the bundle folder
    assert city("fei_facilitator") not in caplog.text and "127.0.0.1" not in caplog.text


def test_one_line_errors_for_the_archive(capsys, city, empty_db, two_bundles, monkeypatch):
    monkeypatch.delenv("JUNIOR_PLANNER_ARCHIVE", raising=False)
    cases = [
        (("archive", "status"), "give the archive's database with --db"),
        (("archive", "publish", "--db", "postgresql://x:secret@127.0.0.1/c", two_bundles[0]), "pgpass"),
        (("archive", "status", "--db", "host=127.0.0.1 port=1 dbname=c connect_timeout=2"), "cannot reach"),
        (("archive", "publish", "--db", empty_db, two_bundles[0]), "run 'junior-planner archive init' first"),
        (("archive", "publish", "--db", city(), "nothing.jpbundle"), "there is no file nothing.jpbundle"),
        (("archive",), "say 'archive init'"),
        (("review", "--site", "x"), "give --db too"),
        (("report", "--out", "r.pdf"), "give the bundles"),
        (("report", "--db", city(), "--since", "soon", "--out", "r.pdf"), "soon"),
    ]
    for args, expected in cases:
        code, out, err = run(capsys, *args)
        assert code == 2, (args, err)
        assert expected in err and len(err.strip().splitlines()) == 1, (args, err)
        assert "secret" not in err and "Traceback" not in err


def test_purge_command_prints_what_it_deleted(capsys, city, tmp_path):
    from junior_planner.services import bundle, data_rights, workshops

    with Store(tmp_path / "kiosk") as store:
        ws = workshops.new_workshop(store, "practice-lawn", "Short-lived", budget=100)
        data_rights.edit_workshop(store, ws, keep_until="2030-01-31")
        path = bundle.export_bundle(store, store.workshop(ws.id), tmp_path / "s.jpbundle").path
    run(capsys, "archive", "publish", "--db", city(), str(path))
    code, out, _ = run(capsys, "archive", "purge", "--db", city(), "--on", "2030-02-01")
    assert code == 0 and "Deleted 1 workshop past its keep-until date" in out and "Short-lived" in out
    code, out, _ = run(capsys, "archive", "purge", "--db", city(), "--on", "2030-02-01")
    assert "Nothing in the archive is past its keep-until date." in out


def test_city_heatmap_command_writes_geojson(capsys, city, two_bundles, tmp_path):
    run(capsys, "archive", "publish", "--db", city(), *two_bundles)
    out_file = tmp_path / "trees.geojson"
    code, out, err = run(capsys, "archive", "heatmap", "--db", city("ana_planner"), "--type", "tree", "--cell", "100000",
                         "--out", str(out_file))
    assert code == 0, err
    assert "1 cells" in out
    geo = json.loads(out_file.read_text())
    assert geo["type"] == "FeatureCollection" and [f["properties"]["proposals"] for f in geo["features"]] == [3]


def test_report_from_the_archive_writes_the_pdf(capsys, city, two_bundles, tmp_path):
    run(capsys, "archive", "publish", "--db", city(), *two_bundles)
    out = tmp_path / "city.pdf"
    code, text, err = run(capsys, "report", "--db", city("ana_planner"), "--site", "practice-lawn", "--out", str(out),
                          "--no-proposal-pages")
    assert code == 0, err
    assert "4 proposals" in text and out.stat().st_size > 10_000
    if shutil.which("pdftotext"):
        words = subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True).stdout
        assert "Lawn morning" in words and "more shade" in words.lower()


@pytest.mark.skipif(shutil.which("ogrinfo") is None, reason="GDAL's ogrinfo is not installed (apt-get install gdal-bin)")
def test_gis_tools_list_and_read_the_views_as_layers(pg_server, city, two_bundles, capsys):
    """QGIS's "Add PostGIS Layer" and ogrinfo both read geometry_columns: the views are layers
    with their geometry type and EPSG:4326, and their features carry real coordinates."""
    run(capsys, "archive", "publish", "--db", city(), *two_bundles)
    dbname = city().rsplit("/", 1)[1]
    conn = f"PG:host=127.0.0.1 port={pg_server.port} dbname={dbname} user=ana_planner"
    listed = subprocess.run(["ogrinfo", "-ro", "-q", conn], capture_output=True, text=True, timeout=60)
    assert listed.returncode == 0, listed.stderr
    for layer, kind in (("jp.jp_blocks", "3D Point"), ("jp.jp_notes", "3D Point"), ("jp.jp_proposals", "Polygon"),
                        ("jp.jp_sites", "Polygon")):
        assert f"{layer} ({kind})" in listed.stdout, listed.stdout
    blocks = subprocess.run(["ogrinfo", "-ro", "-al", "-so", conn, "jp.jp_blocks"], capture_output=True, text=True, timeout=60)
    assert "Feature Count: 8" in blocks.stdout and 'ID["EPSG",4326]' in blocks.stdout
    swing = subprocess.run(["ogrinfo", "-ro", "-q", conn, "-sql", "SELECT * FROM jp.jp_blocks WHERE type = 'swing'"],
                           capture_output=True, text=True, timeout=60)
    assert "POINT Z (119.6" in swing.stdout


def test_a_crash_never_writes_the_connection_string(capsys, city, monkeypatch):
    from junior_planner.services import archive as service

    url = city()

    def boom(given):
        raise RuntimeError(f"something broke near {given}")

    monkeypatch.setattr(service, "status", boom)
    code, out, err = run(capsys, "archive", "status", "--db", url)
    assert code == 1 and url not in err and "<archive>" in err
    log = err.strip().rsplit("(", 1)[1].rstrip(")")
    with open(log, encoding="utf-8") as fh:
        text = fh.read()
    assert "RuntimeError" in text and url not in text
