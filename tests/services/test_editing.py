"""The one writer: refused edits change nothing, undo survives a restart, a failed commit is
not shown as done."""

from __future__ import annotations

import pytest

from junior_planner.model.commands import DeleteBlock, MoveBlock, PlaceBlock
from junior_planner.services import workshops
from junior_planner.services.editing import EditRefused
from junior_planner.store import Store, StoreError
from tests.helpers import block, make_editor


def test_a_refused_edit_leaves_memory_and_store_unchanged(data_dir):
    store, editor = make_editor(data_dir)
    editor.execute(PlaceBlock(block=block("sandpit", 0, 0)))
    rows_before = store.db.conn.execute("SELECT count(*) FROM history").fetchone()[0]
    with pytest.raises(EditRefused) as err:
        editor.execute(PlaceBlock(block=block("sandpit", 1, 1)))
    assert err.value.refusal.code == "too-close"
    assert len(editor.proposal.blocks) == 1
    assert store.db.conn.execute("SELECT count(*) FROM blocks").fetchone()[0] == 1
    assert store.db.conn.execute("SELECT count(*) FROM history").fetchone()[0] == rows_before


def test_undo_and_redo_survive_a_restart(data_dir):
    store, editor = make_editor(data_dir)
    b = block("bench", 0, 0)
    editor.execute(PlaceBlock(block=b))
    editor.execute(MoveBlock(target=b.uuid, x=5, y=5))
    editor.execute(DeleteBlock(target=b.uuid))
    editor.undo()  # the bench is back, at (5, 5)
    proposal_id = editor.proposal.id
    store.close()

    store = Store(data_dir)
    editor = workshops.open_editor(store, store.proposal(proposal_id))
    assert editor.proposal.blocks[b.uuid].x == 5
    assert editor.can_redo
    editor.undo()
    assert editor.proposal.blocks[b.uuid].x == 0
    editor.redo()
    editor.redo()
    assert b.uuid not in editor.proposal.blocks
    assert not editor.can_redo
    store.close()
    with Store(data_dir) as again:
        assert b.uuid not in again.proposal(proposal_id).blocks


def test_a_new_edit_after_undo_drops_the_redo_steps(data_dir):
    store, editor = make_editor(data_dir)
    b = block("bench", 0, 0)
    editor.execute(PlaceBlock(block=b))
    editor.execute(MoveBlock(target=b.uuid, x=5, y=5))
    editor.undo()
    editor.execute(MoveBlock(target=b.uuid, x=-5, y=-5))
    assert not editor.can_redo
    records, pos = store.history(editor.proposal.id)
    assert pos == len(records) == 2


def test_a_drag_is_one_undo_step(data_dir):
    store, editor = make_editor(data_dir)
    b = block("bench", 0, 0)
    editor.execute(PlaceBlock(block=b))
    for i in range(1, 20):
        editor.execute(MoveBlock(target=b.uuid, x=i * 0.5, y=0), merge_key="drag-1")
    assert editor.proposal.blocks[b.uuid].x == 9.5
    records, pos = store.history(editor.proposal.id)
    assert pos == len(records) == 2
    editor.undo()
    assert editor.proposal.blocks[b.uuid].x == 0


def test_subscribers_hear_each_committed_change_once(data_dir):
    store, editor = make_editor(data_dir)
    heard = []
    editor.subscribe(heard.append)
    b = block("bench", 0, 0)
    editor.execute(PlaceBlock(block=b))
    with pytest.raises(EditRefused):
        editor.execute(PlaceBlock(block=block("bench", 0, 0)))
    editor.undo()
    assert [(c.blocks_upserted, c.blocks_removed) for c in heard] == [((b,), ()), ((), (b.uuid,))]


def test_a_failed_commit_is_not_shown_as_done(data_dir, monkeypatch):
    store, editor = make_editor(data_dir)
    heard = []
    editor.subscribe(heard.append)

    def broken(*args, **kwargs):
        raise StoreError("write-failed", store.path, "disk full")

    monkeypatch.setattr(store, "save_edit", broken)
    with pytest.raises(StoreError):
        editor.execute(PlaceBlock(block=block("bench", 0, 0)))
    assert editor.proposal.blocks == {} and heard == [] and not editor.can_undo
    monkeypatch.undo()
    b = block("bench", 0, 0)
    editor.execute(PlaceBlock(block=b))  # the overlap grid was not polluted by the failed edit
    assert list(editor.proposal.blocks) == [b.uuid]


def test_submitting_sets_title_and_favourite_and_freezes_the_proposal(data_dir):
    store, editor = make_editor(data_dir)
    b = block("bench", 0, 0)
    editor.execute(PlaceBlock(block=b))
    editor.submit("Shady corner", b.uuid)
    assert editor.proposal.status == "submitted"
    with pytest.raises(EditRefused) as err:
        editor.execute(MoveBlock(target=b.uuid, x=1, y=1))
    assert err.value.refusal.code == "submitted"
    assert editor.undo() is None
    with Store(data_dir) as again:
        p = again.proposal(editor.proposal.id)
        assert (p.title, p.favourite_block, p.status) == ("Shady corner", b.uuid, "submitted")
