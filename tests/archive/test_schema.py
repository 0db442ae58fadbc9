"""The archive's schema: versioned forward steps, each in one transaction; only the owner migrates;
a newer schema is refused; publishers of one workshop at once do not lose each other's work; the
demo workshop, published by a facilitator, is seen city-wide by a planner."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import threading
from pathlib import Path

import psycopg
import pytest

from junior_planner.services import archive, bundle, demo
from junior_planner.services.archive_review import ArchiveCorpus, Scope
from junior_planner.services.errors import UserError
from junior_planner.store import Store
from junior_planner.store import archive_schema as db


def _version(url):
    with psycopg.connect(url) as conn:
        return conn.execute("SELECT max(version) FROM jp.schema_version").fetchone()[0]


def test_a_new_step_migrates_forward_and_only_the_owner_may_run_it(city, monkeypatch):
    steps = dict(db.STEPS)
    steps[db.CURRENT_VERSION + 1] = ("ALTER TABLE jp.proposal ADD COLUMN planner_flag boolean NOT NULL DEFAULT false",)
    monkeypatch.setattr(db, "STEPS", steps)
    monkeypatch.setattr(db, "CURRENT_VERSION", max(steps))
    # a reader on the old schema is told to migrate
    with pytest.raises(UserError) as err:
        ArchiveCorpus.open(city("ana_planner"))
    assert "archive init" in str(err.value)
    with pytest.raises(UserError) as err:
        archive.init(city("fei_facilitator"))
    assert "owner" in str(err.value) or "may not" in str(err.value)
    assert _version(city()) == 1
    result = archive.init(city())
    assert (result.before, result.now) == (1, 2) and "from schema version 1 to 2" in result.summary()
    assert _version(city()) == 2


def test_a_failing_step_leaves_the_previous_version(city, monkeypatch):
    steps = dict(db.STEPS)
    steps[db.CURRENT_VERSION + 1] = ("ALTER TABLE jp.proposal ADD COLUMN ok integer", "THIS IS NOT SQL")
    monkeypatch.setattr(db, "STEPS", steps)
    monkeypatch.setattr(db, "CURRENT_VERSION", max(steps))
    with pytest.raises(Exception):
        archive.init(city())
    assert _version(city()) == 1
    with psycopg.connect(city()) as conn:
        columns = {r[0] for r in conn.execute("SELECT column_name FROM information_schema.columns "
                                              "WHERE table_schema = 'jp' AND table_name = 'proposal'")}
    assert "ok" not in columns


def test_a_newer_schema_is_refused(city, monkeypatch):
    monkeypatch.setattr(db, "CURRENT_VERSION", 0)
    monkeypatch.setattr(db, "STEPS", {})
    with pytest.raises(UserError) as err:
        archive.publish(city(), [])
    assert "newer than this program knows" in str(err.value)


def test_two_kiosks_publishing_one_workshop_at_once_keep_both(city, tmp_path):
    """Kiosk B joined kiosk A's workshop (by importing its bundle); each then made a proposal of its
    own; their two bundles are published at the same moment."""
    import io

    from junior_planner.services import workshops
    from junior_planner.services.replay import Replay
    from tests.review.helpers import WORKSHOP_A

    def add(store, ws, script):
        Replay(store, ws).run(io.BytesIO("\n".join(json.dumps(x) for x in script).encode()))

    with Store(tmp_path / "a") as a, Store(tmp_path / "b") as b:
        ws = workshops.new_workshop(a, "practice-lawn", "Two kiosks", budget=200)
        add(a, ws, WORKSHOP_A[0])
        first = bundle.export_bundle(a, ws, tmp_path / "first.jpbundle").path
        bundle.import_bundle(b, first)
        add(a, ws, WORKSHOP_A[1])
        add(b, b.workshop(ws.id), WORKSHOP_A[2])
        halves = [bundle.export_bundle(a, ws, tmp_path / "kiosk-a.jpbundle").path,
                  bundle.export_bundle(b, b.workshop(ws.id), tmp_path / "kiosk-b.jpbundle").path]
    errors = []

    def go(path):
        try:
            archive.publish(city("fei_facilitator"), [path])
        except Exception as exc:  # noqa: BLE001
            errors.append(exc)

    threads = [threading.Thread(target=go, args=(h,)) for h in halves]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert not errors
    with psycopg.connect(city()) as conn:
        titles = sorted(r[0] for r in conn.execute("SELECT title FROM jp.proposal"))
        assert titles == sorted(["Shady corner", "More trees", "Swings 秋千"])
        assert conn.execute("SELECT count(DISTINCT kiosk) FROM jp.bundle").fetchone()[0] == 2


def test_the_demo_workshop_published_is_seen_city_wide(city, tmp_path):
    data = demo.prepare(str(tmp_path / "demo"))
    with Store(data) as store:
        [ws] = store.workshops()
        path = bundle.export_bundle(store, ws, tmp_path / "demo.jpbundle").path
        titles = sorted(s.title for s in store.proposal_summaries(ws.id))
    [published] = archive.publish(city("fei_facilitator"), [path])
    assert published.outcome.added == len(titles)
    with ArchiveCorpus.open(city("ana_planner"), Scope()) as corpus:
        assert sorted(r.title for r in corpus.records) == titles
        site = corpus.records[0].site_id
        assert corpus.heatmap(site).counts.sum() > 0 and corpus.summary_sentence()


QGIS_PYTHON = "/usr/bin/python3"


def _has_qgis() -> bool:
    return Path(QGIS_PYTHON).exists() and subprocess.run([QGIS_PYTHON, "-c", "import qgis.core"],
                                                          capture_output=True).returncode == 0


@pytest.mark.skipif(not _has_qgis(), reason="QGIS's Python is not installed (apt-get install python3-qgis qgis-providers)")
def test_qgis_opens_the_views_as_postgis_layers(pg_server, city, lawn_bundles, tmp_path):
    archive.publish(city(), lawn_bundles)
    dbname = city().rsplit("/", 1)[1]
    out = tmp_path / "qgis.png"
    tool = Path(__file__).resolve().parents[2] / "tools" / "qgis_layers.py"
    done = subprocess.run([QGIS_PYTHON, str(tool), "--conn", f"host=127.0.0.1 port={pg_server.port} dbname={dbname} "
                           "user=ana_planner", "--out", str(out)], capture_output=True, text=True, timeout=180,
                          env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    assert done.returncode == 0, done.stderr[-2000:]
    layers = {d["layer"]: d for d in map(json.loads, done.stdout.splitlines())}
    assert layers["jp.jp_blocks"]["features"] == 8 and layers["jp.jp_blocks"]["geometry"] == "PointZ"
    assert layers["jp.jp_notes"]["features"] == 6 and layers["jp.jp_proposals"]["geometry"] == "Polygon"
    assert all(d["crs"] == "EPSG:4326" for d in layers.values())
    assert out.stat().st_size > 10_000 and shutil.which(QGIS_PYTHON)
