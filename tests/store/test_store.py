"""The store: what was committed comes back equal; foreign or damaged files are never touched."""

from __future__ import annotations

import os
import sqlite3
import stat
import subprocess
import sys

import pytest

from junior_planner.model.commands import Annotate, MoveBlock, PlaceBlock
from junior_planner.model.entities import Annotation, new_id
from junior_planner.store import Store, StoreError
from junior_planner.store.database import APPLICATION_ID, database_path
from junior_planner.store import migrations
from tests.helpers import block, make_editor


def test_reopened_store_holds_the_same_proposal(data_dir):
    """Everything an editor committed reads back equal after closing and reopening."""
    store, editor = make_editor(data_dir)
    b = block("bench", 1, 2, yaw=30)
    editor.execute(PlaceBlock(block=b))
    editor.execute(MoveBlock(target=b.uuid, x=3, y=4))
    editor.execute(Annotate(annotation=Annotation(uuid=new_id(), block_uuid=b.uuid, sticker="love",
                                                  reasons=("place-to-sit",), text="为奶奶")))
    editor.execute(Annotate(annotation=Annotation(uuid=new_id(), point=(5.0, 5.0, 0.0), sticker="worry")))
    editor.submit("Shady corner", b.uuid)
    expected = editor.proposal
    store.close()
    with Store(data_dir) as again:
        got = again.proposal(expected.id)
        assert got.content_equal(expected)
        assert got.status == "submitted" and got.submitted_at == expected.submitted_at
        assert got.participants == expected.participants
        assert [w.title for w in again.workshops()] == ["Test workshop"]


def test_a_foreign_file_is_refused_and_left_untouched(data_dir):
    data_dir.mkdir(parents=True)
    path = database_path(data_dir)
    path.write_bytes(b"my holiday photos" * 100)
    before = path.read_bytes()
    with pytest.raises(StoreError) as err:
        Store(data_dir)
    assert err.value.code == "foreign"
    assert path.read_bytes() == before


def test_another_programs_sqlite_database_is_refused_and_left_untouched(data_dir):
    data_dir.mkdir(parents=True)
    path = database_path(data_dir)
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE songs (name TEXT)")
    conn.commit()
    conn.close()
    before = path.read_bytes()
    with pytest.raises(StoreError) as err:
        Store(data_dir)
    assert err.value.code == "foreign"
    assert path.read_bytes() == before


def test_a_database_from_a_newer_version_is_refused(data_dir):
    Store(data_dir).close()
    conn = sqlite3.connect(database_path(data_dir))
    conn.execute(f"PRAGMA user_version={migrations.CURRENT_VERSION + 1}")
    conn.commit()
    conn.close()
    with pytest.raises(StoreError) as err:
        Store(data_dir)
    assert err.value.code == "too-new"


def test_a_damaged_database_is_reported_and_not_overwritten(data_dir):
    """Corrupt pages: opening after an unclean shutdown runs integrity_check and refuses."""
    store, editor = make_editor(data_dir)
    for i in range(60):
        editor.execute(PlaceBlock(block=block("tree", -25 + (i % 10) * 5, -25 + (i // 10) * 5)))
    store.db.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    store.db.conn.execute("INSERT INTO sessions VALUES (999999, 'elsewhere', 'x')")  # as if a kiosk died
    store.close()
    path = database_path(data_dir)
    raw = bytearray(path.read_bytes())
    page = 4096
    for offset in range(2 * page + 100, len(raw) - page, page):  # scribble over table pages, keep the header
        raw[offset:offset + 200] = b"\x07" * 200
    path.write_bytes(bytes(raw))
    before = path.read_bytes()
    with pytest.raises(StoreError) as err:
        Store(data_dir)
    assert err.value.code == "damaged"
    assert path.read_bytes() == before


def test_unclean_shutdown_is_noticed_and_checked(data_dir):
    """A process killed while holding the store leaves a note; the next open checks integrity."""
    Store(data_dir).close()
    code = ("import os, sys; from junior_planner.store import Store; "
            f"s = Store({str(data_dir)!r}); os._exit(0)")
    subprocess.run([sys.executable, "-c", code], check=True)
    with Store(data_dir) as store:
        assert store.was_unclean
    with Store(data_dir) as store:
        assert not store.was_unclean


def test_store_files_are_private_to_the_owner(data_dir):
    Store(data_dir).close()
    mode = stat.S_IMODE(os.stat(database_path(data_dir)).st_mode)
    assert mode & 0o077 == 0
    assert stat.S_IMODE(os.stat(data_dir).st_mode) & 0o077 == 0


def test_the_database_is_marked_as_ours_and_uses_wal(data_dir):
    Store(data_dir).close()
    conn = sqlite3.connect(database_path(data_dir))
    assert conn.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    conn.close()
