"""Publishing bundles into the city archive, on a real PostgreSQL + PostGIS: idempotent, newer
bundles add and replace, erasure and withdrawn consent reach the archive, retention purges."""

from __future__ import annotations

import io
import json

import psycopg
import pytest

from junior_planner.services import archive, bundle, data_rights, workshops
from junior_planner.services.errors import UserError
from junior_planner.services.replay import Replay
from junior_planner.store import Store
from tests.exchange.helpers import members, rezip
from tests.review.helpers import WORKSHOP_A, WORKSHOP_B


def _count(url, sql, *params):
    with psycopg.connect(url) as conn:
        return conn.execute(sql, params).fetchone()[0]


def test_publishing_puts_every_block_and_note_in_place(city, lawn_bundles):
    a, b = lawn_bundles
    results = archive.publish(city(), [a, b])
    assert [r.outcome.added for r in results] == [3, 1]
    assert "3 proposals added" in results[0].summary()
    assert _count(city(), "SELECT count(*) FROM jp.proposal") == 4
    assert _count(city(), "SELECT count(*) FROM jp.block") == 3 + 2 + 1 + 2
    assert _count(city(), "SELECT count(*) FROM jp.note") == 2 + 2 + 1 + 1
    # the same block in local metres, in the site's CRS (EPSG:4549) and in WGS84, all agree
    with psycopg.connect(city()) as conn:
        rows = conn.execute("""SELECT x, y, ST_SRID(geom), ST_X(geom), ST_Y(geom), ST_X(geog::geometry), ST_Y(geog::geometry),
                                      ST_Distance(ST_Transform(geom, 4326)::geography, geog)
                                 FROM jp.block WHERE type = 'swing'""").fetchall()
    [(x, y, srid, e, n, lon, lat, apart)] = rows
    assert (x, y) == (15.0, 10.0) and srid == 4549
    assert 119.5 < lon < 119.8 and 29.0 < lat < 29.2 and 400_000 < e < 600_000
    assert apart < 0.01   # metres between the two geometries


def test_publishing_the_same_bundle_twice_changes_nothing(city, lawn_bundles):
    a, _b = lawn_bundles
    archive.publish(city(), [a])
    before = _count(city(), "SELECT md5(string_agg(t::text, ',' ORDER BY t::text)) FROM jp.block t")
    [again] = archive.publish(city(), [a])
    assert again.outcome.already and "nothing changed" in again.summary()
    assert _count(city(), "SELECT count(*) FROM jp.bundle") == 1
    assert _count(city(), "SELECT md5(string_agg(t::text, ',' ORDER BY t::text)) FROM jp.block t") == before


def test_a_re_export_with_more_proposals_adds_them_and_an_older_one_changes_nothing(city, tmp_path):
    with Store(tmp_path / "kiosk") as store:
        ws = workshops.new_workshop(store, "practice-lawn", "Growing", budget=200)
        Replay(store, ws).run(io.BytesIO("\n".join(json.dumps(x) for x in WORKSHOP_A[0]).encode()))
        first = bundle.export_bundle(store, ws, tmp_path / "first.jpbundle").path
        Replay(store, ws).run(io.BytesIO("\n".join(json.dumps(x) for x in WORKSHOP_A[1]).encode()))
        second = bundle.export_bundle(store, ws, tmp_path / "second.jpbundle").path
    [r1] = archive.publish(city(), [first])
    [r2] = archive.publish(city(), [second])
    assert (r1.outcome.added, r2.outcome.added, r2.outcome.updated) == (1, 1, 1)
    assert _count(city(), "SELECT count(*) FROM jp.proposal") == 2
    # the first bundle again (a copy, so a different file): the archive keeps the newer versions
    copy = tmp_path / "first-again.jpbundle"
    content = members(first)
    rezip(copy, content)   # same proposals, same time, another checksum
    [r3] = archive.publish(city(), [copy])
    assert r3.outcome.kept == 1 and r3.outcome.added == 0
    assert _count(city(), "SELECT count(*) FROM jp.proposal") == 2


def test_a_broken_bundle_is_refused_with_validates_sentence_and_nothing_written(city, lawn_bundles, tmp_path):
    a, _b = lawn_bundles
    content = members(a)
    name = next(n for n in content if n.startswith("proposals/") and n.endswith(".json"))
    doc = json.loads(content[name])
    doc["blocks"][0]["position"] = ["here", 0, 0]
    content[name] = json.dumps(doc).encode()
    broken = rezip(tmp_path / "broken.jpbundle", content)
    checked = bundle.check(broken)
    assert checked.problems
    with pytest.raises(UserError) as err:
        archive.publish(city(), [broken])
    assert checked.problems[0] in str(err.value)
    assert _count(city(), "SELECT count(*) FROM jp.proposal") == 0


def _lawn_with_two_children(store):
    ws = workshops.new_workshop(store, "practice-lawn", "Rights", budget=200)
    for script in WORKSHOP_A:
        Replay(store, ws).run(io.BytesIO("\n".join(json.dumps(x) for x in script).encode()))
    return ws


def test_erasing_a_child_on_the_kiosk_erases_them_in_the_archive_for_good(city, tmp_path):
    with Store(tmp_path / "kiosk") as store:
        ws = _lawn_with_two_children(store)
        before = bundle.export_bundle(store, ws, tmp_path / "before.jpbundle").path
        archive.publish(city(), [before])
        assert _count(city(), "SELECT count(*) FROM jp.proposal") == 3
        owl = next(p for p in store.participants(workshop_id=ws.id) if p.pseudonym == "Quiet Owl")
        tiger = next(p for p in store.participants(workshop_id=ws.id) if p.pseudonym == "Red Tiger")
        data_rights.delete_participant(store, owl.id)
        after = bundle.export_bundle(store, ws, tmp_path / "after.jpbundle").path
        data_rights.record_consent(store, tiger.id, False)   # Red Tiger's guardian withdraws consent
        later = bundle.export_bundle(store, ws, tmp_path / "later.jpbundle").path
    [r] = archive.publish(city(), [after])
    assert r.outcome.removed == 1 and "removed" in r.summary()
    assert _count(city(), "SELECT count(*) FROM jp.proposal WHERE title = 'More trees'") == 0
    assert _count(city(), "SELECT count(*) FROM jp.note WHERE text = 'shade please'") == 0
    [r] = archive.publish(city(), [later])
    assert r.outcome.removed == 1
    assert _count(city(), "SELECT count(*) FROM jp.proposal") == 1  # Shady corner stays
    # an old copy of the first bundle (another file: not known by its checksum), published later,
    # brings nothing of theirs back
    [r] = archive.publish(city(), [rezip(tmp_path / "old-copy.jpbundle", members(before))])
    assert r.outcome.refused == 2   # Quiet Owl's (erased for good) and Red Tiger's (no consent since)
    assert _count(city(), "SELECT count(*) FROM jp.proposal WHERE title IN ('More trees', 'Swings 秋千')") == 0
    assert _count(city(), "SELECT count(*) FROM jp.proposal") == 1


def test_consent_given_again_lets_a_newer_bundle_bring_the_proposal_back(city, tmp_path):
    with Store(tmp_path / "kiosk") as store:
        ws = _lawn_with_two_children(store)
        tiger = next(p for p in store.participants(workshop_id=ws.id) if p.pseudonym == "Red Tiger")
        data_rights.record_consent(store, tiger.id, False)
        without = bundle.export_bundle(store, ws, tmp_path / "without.jpbundle").path
        data_rights.record_consent(store, tiger.id, True)
        with_again = bundle.export_bundle(store, ws, tmp_path / "with.jpbundle").path
    archive.publish(city(), [without])
    assert _count(city(), "SELECT count(*) FROM jp.proposal WHERE title = 'Swings 秋千'") == 0
    [r] = archive.publish(city(), [with_again])
    assert r.outcome.added == 1
    assert _count(city(), "SELECT count(*) FROM jp.proposal WHERE title = 'Swings 秋千'") == 1


def test_a_redaction_on_the_kiosk_replaces_the_words_in_the_archive(city, tmp_path):
    with Store(tmp_path / "kiosk") as store:
        ws = _lawn_with_two_children(store)
        first = bundle.export_bundle(store, ws, tmp_path / "first.jpbundle").path
        [item] = [i for i in data_rights.review(store, ws.id) if "grandma" in i.text]
        data_rights.redact(store, item)
        second = bundle.export_bundle(store, ws, tmp_path / "second.jpbundle").path
    archive.publish(city(), [first])
    assert _count(city("ana_planner"), "SELECT count(*) FROM jp.jp_notes WHERE text LIKE '%%grandma%%'") == 1
    archive.publish(city(), [second])
    assert _count(city("ana_planner"), "SELECT count(*) FROM jp.jp_notes WHERE text LIKE '%%grandma%%'") == 0
    # nowhere in any table either, nor in the search text
    with psycopg.connect(city()) as conn:
        for (table,) in conn.execute("SELECT table_name FROM information_schema.tables WHERE table_schema = 'jp' "
                                     "AND table_type = 'BASE TABLE'").fetchall():
            hits = conn.execute(f"SELECT count(*) FROM jp.{table} t WHERE t::text LIKE '%%grandma%%'").fetchone()[0]
            assert hits == 0, table


def test_purge_deletes_workshops_past_keep_until_and_counts_them(city, tmp_path):
    with Store(tmp_path / "kiosk") as store:
        ws = _lawn_with_two_children(store)
        data_rights.edit_workshop(store, ws, keep_until="2030-06-30")
        old = bundle.export_bundle(store, store.workshop(ws.id), tmp_path / "old.jpbundle").path
        ws2 = workshops.new_workshop(store, "practice-lawn", "Kept", budget=200)
        Replay(store, ws2).run(io.BytesIO("\n".join(json.dumps(x) for x in WORKSHOP_B[0]).encode()))
        kept = bundle.export_bundle(store, ws2, tmp_path / "kept.jpbundle").path
    archive.publish(city(), [old, kept])
    assert archive.purge(city(), on="2030-06-30") == []
    [purged] = archive.purge(city(), on="2030-07-01")
    assert (purged.proposals, purged.blocks, purged.notes) == (3, 6, 5)
    assert "Rights" in archive.purge_summary([purged]) and "3 proposals" in archive.purge_summary([purged])
    assert _count(city(), "SELECT count(*) FROM jp.proposal") == 1
    assert _count(city(), "SELECT count(*) FROM jp.workshop") == 1
    assert _count(city(), "SELECT count(*) FROM jp.purge") == 1
    assert archive.purge(city(), on="2030-07-02") == []


def test_a_password_in_the_url_is_refused_before_connecting(city):
    with pytest.raises(UserError) as err:
        archive.publish("postgresql://jp_admin:hunter2@127.0.0.1:1/city", [])
    assert "hunter2" not in str(err.value) and "pgpass" in str(err.value)


def test_a_wrong_password_says_so_without_the_url(pg_server, city, monkeypatch, tmp_path):
    bad = tmp_path / "pgpass"
    bad.write_text(f"127.0.0.1:{pg_server.port}:*:jp_admin:not-it\n")
    bad.chmod(0o600)
    monkeypatch.setenv("PGPASSFILE", str(bad))
    with pytest.raises(UserError) as err:
        archive.status(city())
    assert "password authentication failed" in str(err.value)
    assert city() not in str(err.value)


def test_words_with_tabs_newlines_and_backslashes_arrive_unchanged(city, tmp_path):
    words = "line one\nline\ttwo \\ back\\slash \\N 树荫 'quote' \"dq\""
    with Store(tmp_path / "kiosk") as store:
        ws = workshops.new_workshop(store, "practice-lawn", "Tabs", budget=200)
        script = [{"op": "join", "pseudonym": "Blue Fox", "age_band": "9-11"},
                  {"op": "place", "block": "tree", "x": 0.0, "y": 0.0, "as": "t"},
                  {"op": "annotate", "target": "t", "sticker": "idea", "text": words},
                  {"op": "submit", "title": "Tab\ttitle \\N"}]
        Replay(store, ws).run(io.BytesIO("\n".join(json.dumps(x) for x in script).encode()))
        path = bundle.export_bundle(store, ws, tmp_path / "t.jpbundle").path
    archive.publish(city(), [path])
    with psycopg.connect(city("ana_planner")) as conn:
        assert conn.execute("SELECT text FROM jp.jp_notes").fetchone()[0] == words
        assert conn.execute("SELECT title FROM jp.jp_proposals").fetchone()[0] == "Tab\ttitle \\N"
