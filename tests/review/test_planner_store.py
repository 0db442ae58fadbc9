"""The planner's tags and comments live in planner.sqlite3, apart from the children's data, and
export as CSV with a BOM."""

from __future__ import annotations

import csv
import hashlib
import sqlite3

import pytest

from junior_planner.store import StoreError
from junior_planner.store.planner import FILE_NAME, PlannerStore


def test_tags_and_comments_round_trip_and_survive_reopening(tmp_path):
    with PlannerStore(tmp_path) as store:
        store.add_tag("ws/p1", "shade")
        store.add_tag("ws/p1", "  follow   up ")
        store.add_tag("ws/p1", "shade")                      # twice: once
        store.add_tag("ws/p1", "unsafe spot", annotation="n1")
        cid = store.add_comment("ws/p1", "Look at the crossing 过马路")
        store.add_comment("ws/p1", "=1+1 the kids' words", annotation="n1")
        store.edit_comment(cid, "Look again at the crossing 过马路")
    with PlannerStore(tmp_path) as store:
        assert store.tags("ws/p1") == ["follow up", "shade"]
        assert store.tags("ws/p1", "n1") == ["unsafe spot"]
        assert [c.text for c in store.comments("ws/p1")] == ["Look again at the crossing 过马路"]
        assert len(store.comments("ws/p1", None)) == 2
        assert store.proposals_tagged("shade") == {"ws/p1"}
        store.remove_tag("ws/p1", "shade")
        assert store.tags("ws/p1") == ["follow up"]
        with pytest.raises(ValueError):
            store.add_tag("ws/p1", "   ")


def test_pragmas_and_file(tmp_path):
    with PlannerStore(tmp_path) as store:
        assert store.conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert store.conn.execute("PRAGMA synchronous").fetchone()[0] == 2   # FULL
        assert store.path == tmp_path / FILE_NAME


def test_csv_export_has_bom_and_defuses_formulas(tmp_path):
    with PlannerStore(tmp_path) as store:
        store.add_tag("ws/p1", "shade")
        store.add_comment("ws/p1", "=HYPERLINK(\"x\") 树荫", annotation="n1")
        rows = store.export_csv(tmp_path / "notes.csv", {"ws/p1": "Shady corner"})
    assert rows == 2
    raw = (tmp_path / "notes.csv").read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    table = list(csv.reader(raw.decode("utf-8-sig").splitlines()))
    assert table[0][:3] == ["kind", "workshop", "proposal"]
    assert table[1][:6] == ["tag", "ws", "p1", "Shady corner", "", "shade"]
    assert table[2][0] == "comment" and table[2][4] == "n1" and table[2][5].startswith("'=HYPERLINK")


def test_a_foreign_file_is_refused_and_left_alone(tmp_path):
    path = tmp_path / FILE_NAME
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE other (x)")
    conn.commit()
    conn.close()
    before = hashlib.sha256(path.read_bytes()).hexdigest()
    with pytest.raises(StoreError) as err:
        PlannerStore(tmp_path)
    assert err.value.code == "foreign"
    assert hashlib.sha256(path.read_bytes()).hexdigest() == before


def test_planner_notes_never_touch_the_bundles(corpus_bundles, tmp_path):
    before = [hashlib.sha256(p.read_bytes()).hexdigest() for p in corpus_bundles]
    from junior_planner.services import review

    corpus = review.load_bundles(corpus_bundles)
    with PlannerStore(tmp_path) as store:
        for r in corpus.records:
            store.add_tag(r.key, "seen")
    assert [hashlib.sha256(p.read_bytes()).hexdigest() for p in corpus_bundles] == before
    assert not (tmp_path / "junior-planner.sqlite3").exists()
