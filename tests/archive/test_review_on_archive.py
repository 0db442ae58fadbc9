"""The review on the city archive gives exactly what the review of the same bundles gives: every
pattern computed in SQL by the database agrees with the in-memory corpus, filter by filter; a
planner's login reads it through the views alone."""

from __future__ import annotations

import psycopg
import pytest

from junior_planner.services import archive, review
from junior_planner.services.archive_review import ArchiveCorpus, Scope, city_heatmap
from junior_planner.services.errors import UserError
from junior_planner.services.review_records import Filter, Layer

FILTERS = [Filter(), Filter(age_band="6-8"), Filter(age_band="12-14"), Filter(block_type="tree"),
           Filter(category="nature"), Filter(sticker="love"), Filter(text="shade"), Filter(text="秋千"),
           Filter(site="practice-lawn", sticker="worry")]


@pytest.fixture
def both(city, lawn_bundles):
    archive.publish(city("fei_facilitator"), lawn_bundles)
    memory = review.load_bundles(lawn_bundles)
    db = ArchiveCorpus.open(city("ana_planner"))
    yield memory, db
    db.close()


def test_the_archive_review_has_the_same_proposals_and_filters(both):
    memory, db = both
    assert sorted(r.key for r in db.records) == sorted(r.key for r in memory.records)
    for f in FILTERS:
        assert sorted(r.key for r in db.select(f)) == sorted(r.key for r in memory.select(f)), f
    some = db.select(Filter(text="shade"))
    assert some and all(r.doc["blocks"] for r in some)   # blocks read when a proposal is opened


def test_every_pattern_computed_in_sql_matches_the_in_memory_review(both):
    memory, db = both
    for f in FILTERS:
        for layer in (Layer(), Layer(block_type="tree"), Layer(category="play")):
            for by in ("proposals", "blocks"):
                a = memory.heatmap("practice-lawn", f, layer, by=by)
                b = db.heatmap("practice-lawn", f, layer, by=by)
                assert (a.counts == b.counts).all() and a.proposals == b.proposals and a.origin == b.origin, (f, layer, by)
        assert db.block_types_by_band(f) == memory.block_types_by_band(f), f
        assert db.reasons_by_band(f) == memory.reasons_by_band(f), f
        assert db.participants_by_band(f) == memory.participants_by_band(f), f
        assert db.top_reasons(f) == memory.top_reasons(f), f
        assert db.top_block_types(f) == memory.top_block_types(f), f
        assert [(s.place.id, s.by_sticker) for s in db.sentiment("practice-lawn", f)] == \
               [(s.place.id, s.by_sticker) for s in memory.sentiment("practice-lawn", f)], f
        assert db.summary_sentence(f) == memory.summary_sentence(f), f
    hm = memory.heatmap("practice-lawn")
    busiest = divmod(int(hm.counts.argmax()), hm.counts.shape[1])
    j, i = busiest
    assert hm.counts[j, i] >= 2
    assert [r.key for r in db.proposals_in_cell(db.heatmap("practice-lawn"), i, j)] == \
           [r.key for r in memory.proposals_in_cell(hm, i, j)]


def test_the_scope_limits_the_review(city, lawn_bundles):
    archive.publish(city(), lawn_bundles)
    with ArchiveCorpus.open(city("ana_planner"), Scope(age_band="12-14")) as db:
        assert [r.title for r in db.records] == ["More trees"]
        assert db.participants_by_band()["12-14"] == 1 and db.participants_by_band()["6-8"] == 0
    with ArchiveCorpus.open(city("ana_planner"), Scope(site="school-gate")) as db:
        assert len(db) == 0
    with ArchiveCorpus.open(city("ana_planner"), Scope(site="practice-lawn")) as db:
        # a filter for another site than the scope's: nothing, not an error
        assert len(db) == 4 and not db.mask(Filter(site="school-gate")).any()
    with ArchiveCorpus.open(city("ana_planner"), Scope(since="2999-01-01")) as db:
        assert len(db) == 0
    with pytest.raises(UserError):
        ArchiveCorpus.open(city("ana_planner"), Scope(since="yesterday-ish"))


def test_the_city_heatmap_counts_proposals_per_cell_in_the_database(city, lawn_bundles):
    archive.publish(city(), lawn_bundles)
    # one cell of 100 km holds the whole lawn: the three proposals with trees (P1 has two, counted once)
    [whole] = city_heatmap(city("ana_planner"), "tree", 100_000.0)["features"]
    assert whole["properties"]["proposals"] == 3
    geo = city_heatmap(city("ana_planner"), "tree", 10.0)
    counts = [f["properties"]["proposals"] for f in geo["features"]]
    assert len(counts) >= 2 and max(counts) <= 3 and sum(counts) >= 4   # five trees, in 10 m cells
    ring = geo["features"][0]["geometry"]["coordinates"][0]
    assert all(119.6 < lon < 119.7 and 29.0 < lat < 29.2 for lon, lat in ring)
    width_m = (max(p[1] for p in ring) - min(p[1] for p in ring)) * 111_320
    assert abs(width_m - 10.0) < 0.01


def test_a_planner_login_reads_the_views_and_nothing_else(city, lawn_bundles):
    archive.publish(city("fei_facilitator"), lawn_bundles)
    with psycopg.connect(city("ana_planner")) as conn:
        assert conn.execute("SELECT count(*) FROM jp.jp_blocks").fetchone()[0] == 8
        for table in ("jp.block", "jp.note", "jp.proposal", "jp.consent", "jp.withdrawn", "jp.bundle"):
            with pytest.raises(psycopg.errors.InsufficientPrivilege):
                conn.execute(f"SELECT 1 FROM {table} LIMIT 1")
            conn.rollback()
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            conn.execute("DELETE FROM jp.jp_sites")  # a one-table view: updatable, but not by planners
        conn.rollback()
    with pytest.raises(UserError) as err:
        archive.publish(city("ana_planner"), lawn_bundles)
    assert "may not" in str(err.value)
