"""Stateful property test of the one writer (issue 9, item 1).

A hypothesis RuleBasedStateMachine drives a ProposalEditor with place / move / drag (merged moves) /
rotate / scale / delete / annotate / undo / redo / submit / close-and-reopen, and refused edits
(overlap, outside the site, bad scale, NaN, edits after submit), against a reference model: plain
dicts of blocks and notes plus a reference undo stack. After every step:

* the editor's in-memory proposal equals the reference;
* the store (read back from SQLite) equals the reference, and so does a store reopened after a
  simulated kill (at every close-and-reopen step and at the end of each example);
* `PRAGMA integrity_check` is ok; a refused edit changed nothing (memory and disk).

A kill is simulated two ways: (a) the old Store is abandoned without close() and a stale
`sessions` row of a dead process is left behind, then a new Store opens the same data dir (it
must notice the unclean shutdown); (b) the database and WAL files are copied as they are while the
old connection is still open (what a power cut leaves) and the copy is opened.

Profiles: CI (default) 1000 examples of up to 10 steps; JP_LONG=1 ("release") 20000 examples of up
to 40 steps. JP_SM_EXAMPLES / JP_SM_STEPS override either.
"""

from __future__ import annotations

import math
import os
import shutil
import socket
import tempfile
import time
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings, strategies as st
from hypothesis.stateful import (
    Bundle, RuleBasedStateMachine, initialize, invariant, precondition, rule, run_state_machine_as_test,
)

from junior_planner.model.commands import (
    Annotate, DeleteBlock, MoveBlock, PlaceBlock, RotateBlock, ScaleBlock,
)
from junior_planner.model.entities import Annotation, PlacedBlock, new_id
from junior_planner.model.geometry import normalise_yaw
from junior_planner.model.vocabulary import DEFAULT_REASON_CHIPS, STICKERS
from junior_planner.services import library, workshops
from junior_planner.services.editing import EditRefused
from junior_planner.store import Store
from junior_planner.store.database import DB_NAME
from tests.robustness._common import BLOCK_TYPES, SLOTS, scale_range

LONG = os.environ.get("JP_LONG") == "1"
EXAMPLES = int(os.environ.get("JP_SM_EXAMPLES", "20000" if LONG else "1000"))
STEPS = int(os.environ.get("JP_SM_STEPS", "40" if LONG else "10"))
DEAD_PID = 2 ** 22 + 12345  # above the default pid_max: never a live process

CATALOG = library.load_catalog()
# fsync dominates the run time; a RAM disk keeps the CI profile short (JP_SM_DIR overrides)
SCRATCH = os.environ.get("JP_SM_DIR") or ("/dev/shm" if os.path.isdir("/dev/shm") and os.access("/dev/shm", os.W_OK) else None)
STATS = {"examples": 0, "steps": 0, "refused": 0, "reopens": 0, "kill_copy": 0, "kill_stale_row": 0}

yaws = st.sampled_from([0.0, 15.0, 90.0, 180.0, 345.0, -30.0, 375.0, 720.0])
slot_ix = st.integers(0, len(SLOTS) - 1)
jitter = st.sampled_from([-0.5, -0.25, 0.0, 0.3, 0.5])
texts = st.sampled_from(["", "more shade", "for grandma", "我们想要", "x" * 500])


def _block_state(b: PlacedBlock) -> tuple:
    return (b.block_type, b.x, b.y, b.z, b.yaw, b.scale, b.variant)


def _note_state(a: Annotation) -> tuple:
    return (a.block_uuid, tuple(a.point) if a.point is not None else None, a.sticker, tuple(a.reasons), a.text)


def content(proposal) -> dict:
    return {"status": proposal.status, "details": (proposal.details.title, proposal.details.favourite_block),
            "blocks": {u: _block_state(b) for u, b in proposal.blocks.items()},
            "notes": {u: _note_state(a) for u, a in proposal.annotations.items()}}


def integrity_ok(store: Store) -> None:
    assert [r[0] for r in store.db.conn.execute("PRAGMA integrity_check")] == ["ok"]
    assert store.db.conn.execute("PRAGMA foreign_key_check").fetchall() == []


class EditorMachine(RuleBasedStateMachine):
    blocks = Bundle("blocks")

    def __init__(self) -> None:
        super().__init__()
        self.root = Path(tempfile.mkdtemp(prefix="jp-sm-", dir=SCRATCH))
        self.generation = 0
        self.old_stores: list[Store] = []
        # reference model
        self.ref_blocks: dict[str, tuple] = {}
        self.ref_notes: dict[str, tuple] = {}
        self.ref_slot: dict[str, int] = {}
        self.ref_details: tuple = ("", None)
        self.ref_status = "draft"
        self.history: list[tuple[dict, dict]] = []  # (before, after) of {("b"|"n"|"d", key): value}
        self.pos = 0

    # --- setup / teardown ---------------------------------------------------------------------
    @initialize()
    def start(self) -> None:
        STATS["examples"] += 1
        self.data_dir = self.root / "g0"
        store = Store(self.data_dir)
        ws = workshops.new_workshop(store, "practice-lawn", "State machine")
        proposal = workshops.start_proposal(store, ws)
        workshops.join(store, proposal, "Blue Fox", "9-11")
        self.store, self.editor = store, workshops.open_editor(store, proposal)
        self.pid = proposal.id

    def teardown(self) -> None:
        try:
            if hasattr(self, "store"):
                self.check_reopened()
                self.store.close()
        finally:
            for old in self.old_stores:
                if old.db.conn is not None:
                    old.db.conn.close()
            shutil.rmtree(self.root, ignore_errors=True)

    # --- reference helpers --------------------------------------------------------------------
    def reference(self) -> dict:
        return {"status": self.ref_status, "details": self.ref_details,
                "blocks": dict(self.ref_blocks), "notes": dict(self.ref_notes)}

    def _get(self, key: tuple):
        kind, k = key
        if kind == "b":
            return (self.ref_blocks.get(k), self.ref_slot.get(k))
        if kind == "n":
            return self.ref_notes.get(k)
        return self.ref_details

    def _put(self, snapshot: dict) -> None:
        for (kind, k), value in snapshot.items():
            if kind == "b":
                state, slot = value
                if state is None:
                    self.ref_blocks.pop(k, None)
                    self.ref_slot.pop(k, None)
                else:
                    self.ref_blocks[k], self.ref_slot[k] = state, slot
            elif kind == "n":
                if value is None:
                    self.ref_notes.pop(k, None)
                else:
                    self.ref_notes[k] = value
            else:
                self.ref_details = value

    def _push(self, after: dict) -> None:
        before = {key: self._get(key) for key in after}
        del self.history[self.pos:]
        self.history.append((before, after))
        self.pos += 1
        self._put(after)

    def _free_slots(self) -> list[int]:
        used = set(self.ref_slot.values())
        return [i for i in range(len(SLOTS)) if i not in used]

    def _spot(self, slot: int, dx: float, dy: float) -> tuple[float, float]:
        cx, cy = SLOTS[slot]
        return cx + dx, cy + dy

    def _refused(self, action) -> None:
        """An edit the reference says must be refused: EditRefused, and nothing changed."""
        STATS["refused"] += 1
        before_mem, before_disk = content(self.editor.proposal), content(self.store.proposal(self.pid))
        history_before = self.store.history(self.pid)
        with pytest.raises(EditRefused):
            action()
        assert content(self.editor.proposal) == before_mem
        assert content(self.store.proposal(self.pid)) == before_disk
        assert self.store.history(self.pid) == history_before

    @property
    def draft(self) -> bool:
        return self.ref_status == "draft"

    # --- rules: edits that must succeed --------------------------------------------------------
    @precondition(lambda self: self.draft)
    @rule(target=blocks, kind=st.sampled_from(BLOCK_TYPES), slot=slot_ix, dx=jitter, dy=jitter, yaw=yaws,
          scale_at=st.sampled_from([None, 0.0, 0.5, 1.0]))
    def place(self, kind, slot, dx, dy, yaw, scale_at):
        STATS["steps"] += 1
        free = self._free_slots()
        if not free:
            return "none"
        slot = free[slot % len(free)]
        lo, hi = scale_range(CATALOG, kind)
        scale = min(max(1.0, lo), hi) if scale_at is None else lo + (hi - lo) * scale_at
        x, y = self._spot(slot, dx, dy)
        uuid = new_id()
        self.editor.execute(PlaceBlock(block=PlacedBlock(uuid, kind, x, y, yaw=yaw, scale=scale)))
        self._push({("b", uuid): ((kind, x, y, 0.0, normalise_yaw(yaw), scale, ""), slot)})
        return uuid

    @precondition(lambda self: self.draft)
    @rule(uuid=blocks, slot=slot_ix, dx=jitter, dy=jitter, stay=st.booleans())
    def move(self, uuid, slot, dx, dy, stay):
        STATS["steps"] += 1
        if uuid not in self.ref_blocks:
            return
        free = self._free_slots()
        slot = self.ref_slot[uuid] if stay or not free else free[slot % len(free)]
        x, y = self._spot(slot, dx, dy)
        self.editor.execute(MoveBlock(target=uuid, x=x, y=y))
        state = self.ref_blocks[uuid]
        self._push({("b", uuid): ((state[0], x, y, 0.0) + state[4:], slot)})

    @precondition(lambda self: self.draft)
    @rule(uuid=blocks, moves=st.lists(st.tuples(jitter, jitter), min_size=2, max_size=4))
    def drag(self, uuid, moves):
        """Several moves sharing one merge key: one undo step."""
        STATS["steps"] += 1
        if uuid not in self.ref_blocks:
            return
        key = new_id()
        slot = self.ref_slot[uuid]
        for dx, dy in moves:
            x, y = self._spot(slot, dx, dy)
            self.editor.execute(MoveBlock(target=uuid, x=x, y=y), merge_key=key)
        state = self.ref_blocks[uuid]
        self._push({("b", uuid): ((state[0], x, y, 0.0) + state[4:], slot)})

    @precondition(lambda self: self.draft)
    @rule(uuid=blocks, yaw=yaws)
    def rotate(self, uuid, yaw):
        STATS["steps"] += 1
        if uuid not in self.ref_blocks:
            return
        self.editor.execute(RotateBlock(target=uuid, yaw=yaw))
        state = self.ref_blocks[uuid]
        self._push({("b", uuid): (state[:4] + (normalise_yaw(yaw),) + state[5:], self.ref_slot[uuid])})

    @precondition(lambda self: self.draft)
    @rule(uuid=blocks, at=st.floats(0.0, 1.0))
    def scale(self, uuid, at):
        STATS["steps"] += 1
        if uuid not in self.ref_blocks:
            return
        state = self.ref_blocks[uuid]
        lo, hi = scale_range(CATALOG, state[0])
        value = lo + (hi - lo) * at
        self.editor.execute(ScaleBlock(target=uuid, scale=value))
        self._push({("b", uuid): (state[:5] + (value,) + state[6:], self.ref_slot[uuid])})

    @precondition(lambda self: self.draft)
    @rule(uuid=blocks)
    def delete(self, uuid):
        STATS["steps"] += 1
        if uuid not in self.ref_blocks:
            return
        self.editor.execute(DeleteBlock(target=uuid))
        after: dict = {("b", uuid): (None, None)}
        for note, state in self.ref_notes.items():
            if state[0] == uuid:
                after[("n", note)] = None
        if self.ref_details[1] == uuid:
            after[("d", None)] = (self.ref_details[0], None)
        self._push(after)

    @precondition(lambda self: self.draft)
    @rule(uuid=st.one_of(st.none(), blocks), sticker=st.sampled_from((None,) + tuple(STICKERS)),
          reasons=st.lists(st.sampled_from(DEFAULT_REASON_CHIPS), max_size=2, unique=True), text=texts,
          px=st.floats(-29, 29), py=st.floats(-29, 29))
    def annotate(self, uuid, sticker, reasons, text, px, py):
        STATS["steps"] += 1
        if uuid is not None and uuid not in self.ref_blocks:
            return
        point = None if uuid is not None else (px, py, 0.0)
        note = Annotation(uuid=new_id(), block_uuid=uuid, point=point, sticker=sticker, reasons=tuple(reasons),
                          text=text, author=self.editor.proposal.participants[0])
        command = Annotate(annotation=note)
        if sticker is None and not reasons and not text.strip():
            self._refused(lambda: self.editor.execute(command))
            return
        self.editor.execute(command)
        self._push({("n", note.uuid): _note_state(note)})

    @rule()
    def undo(self):
        STATS["steps"] += 1
        change = self.editor.undo()
        if self.draft and self.pos > 0:
            assert change is not None
            self.pos -= 1
            self._put(self.history[self.pos][0])
        else:
            assert change is None

    @rule()
    def redo(self):
        STATS["steps"] += 1
        change = self.editor.redo()
        if self.draft and self.pos < len(self.history):
            assert change is not None
            self._put(self.history[self.pos][1])
            self.pos += 1
        else:
            assert change is None

    @rule(title=st.sampled_from([None, "Our park", "我们的公园"]), favourite=st.one_of(st.none(), blocks))
    def submit(self, title, favourite):
        STATS["steps"] += 1
        if favourite is not None and favourite not in self.ref_blocks:
            favourite = None
        if not self.draft:
            self._refused(lambda: self.editor.submit(title, favourite))
            return
        self.editor.submit(title, favourite)
        if title is not None or favourite is not None:
            self._push({("d", None): (title if title is not None else self.ref_details[0],
                                      favourite if favourite is not None else self.ref_details[1])})
        self.ref_status = "submitted"

    # --- rules: edits that must be refused -----------------------------------------------------
    @rule(kind=st.sampled_from(BLOCK_TYPES), how=st.sampled_from(["overlap", "outside", "nan", "scale"]),
          data=st.data())
    def refused_place(self, kind, how, data):
        STATS["steps"] += 1
        x, y, scale = 0.0, 0.0, 1.0
        free = self._free_slots()
        lo, hi = scale_range(CATALOG, kind)
        if how == "overlap":
            if not self.ref_blocks:
                return
            other = data.draw(st.sampled_from(sorted(self.ref_blocks)))
            x, y = self.ref_blocks[other][1:3]
            scale = lo
        else:
            if not free:
                return
            x, y = SLOTS[free[0]]
            scale = min(max(1.0, lo), hi)
            if how == "outside":
                x = data.draw(st.sampled_from([100.0, -31.0 - 5, 1e9]))
            elif how == "nan":
                x = data.draw(st.sampled_from([math.nan, math.inf, -math.inf]))
            else:
                scale = data.draw(st.sampled_from([0.0, -1.0, CATALOG.get(kind).scale_max * 3]))
        self._refused(lambda: self.editor.execute(PlaceBlock(block=PlacedBlock(new_id(), kind, x, y, scale=scale))))

    @rule(uuid=blocks, how=st.sampled_from(["overlap", "outside", "scale", "nan-yaw"]), data=st.data())
    def refused_change(self, uuid, how, data):
        STATS["steps"] += 1
        if uuid not in self.ref_blocks:
            return
        if how == "overlap":
            others = sorted(set(self.ref_blocks) - {uuid})
            if not others:
                return
            other = data.draw(st.sampled_from(others))
            state = self.ref_blocks[other]
            command = MoveBlock(target=uuid, x=state[1], y=state[2])
        elif how == "outside":
            command = MoveBlock(target=uuid, x=200.0, y=0.0)
        elif how == "scale":
            command = ScaleBlock(target=uuid, scale=CATALOG.get(self.ref_blocks[uuid][0]).scale_max * 5)
        else:
            command = RotateBlock(target=uuid, yaw=math.nan)
        self._refused(lambda: self.editor.execute(command))

    @precondition(lambda self: not self.draft)
    @rule(uuid=blocks)
    def refused_after_submit(self, uuid):
        STATS["steps"] += 1
        if uuid in self.ref_blocks:
            self._refused(lambda: self.editor.execute(DeleteBlock(target=uuid)))
        else:
            self._refused(lambda: self.editor.execute(PlaceBlock(block=PlacedBlock(new_id(), "bench", 5.0, 5.0))))

    # --- close and reopen after a simulated kill -----------------------------------------------
    @rule(how=st.sampled_from(["stale-row", "copy"]))
    def kill_and_reopen(self, how):
        STATS["steps"] += 1
        STATS["reopens"] += 1
        old = self.store
        if how == "stale-row":
            STATS["kill_stale_row"] += 1
            # another process (now dead) was using the file, and this one never closes cleanly
            old.db.conn.execute("INSERT OR REPLACE INTO sessions VALUES (?, ?, datetime('now'))",
                                (DEAD_PID, socket.gethostname()))
            new = Store(self.data_dir)
            assert new.was_unclean
        else:
            STATS["kill_copy"] += 1
            self.generation += 1
            target = self.root / f"g{self.generation}"
            target.mkdir()
            for suffix in ("", "-wal"):
                src = self.data_dir / (DB_NAME + suffix)
                if src.exists():
                    shutil.copyfile(src, target / (DB_NAME + suffix))
            self.data_dir = target
            new = Store(self.data_dir)
        self.old_stores.append(old)  # dropped without close(); its connection is shut at teardown
        proposal = new.proposal(self.pid)
        assert proposal is not None
        self.store, self.editor = new, workshops.open_editor(new, proposal)
        assert self.editor.can_undo == (self.draft and self.pos > 0)
        assert self.editor.can_redo == (self.draft and self.pos < len(self.history))

    # --- invariants ----------------------------------------------------------------------------
    def check_reopened(self) -> None:
        with Store(self.data_dir) as again:
            integrity_ok(again)
            assert content(again.proposal(self.pid)) == self.reference()
            records, pos = again.history(self.pid)
            assert (len(records), pos) == (len(self.history), self.pos)

    @invariant()
    def matches_reference(self):
        if not hasattr(self, "editor"):
            return
        ref = self.reference()
        assert content(self.editor.proposal) == ref
        assert content(self.store.proposal(self.pid)) == ref
        records, pos = self.store.history(self.pid)
        assert (len(records), pos) == (len(self.history), self.pos)
        assert self.editor.can_undo == (self.draft and self.pos > 0)
        assert self.editor.can_redo == (self.draft and self.pos < len(self.history))
        integrity_ok(self.store)


@pytest.mark.timeout(0 if LONG or "JP_SM_EXAMPLES" in os.environ else 600)  # the release profile runs for long
def test_editor_state_machine(capsys):
    for key in STATS:
        STATS[key] = 0
    started = time.monotonic()
    run_state_machine_as_test(EditorMachine, settings=settings(
        max_examples=EXAMPLES, stateful_step_count=STEPS, deadline=None, database=None,
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much, HealthCheck.data_too_large]))
    elapsed = time.monotonic() - started
    with capsys.disabled():
        print(f"\n[state machine] profile={'long' if LONG else 'ci'}{'+override' if 'JP_SM_EXAMPLES' in os.environ or 'JP_SM_STEPS' in os.environ else ''} examples={STATS['examples']} "
              f"steps={STATS['steps']} refused={STATS['refused']} reopens={STATS['reopens']} "
              f"(stale-row {STATS['kill_stale_row']}, copy {STATS['kill_copy']}) seconds={elapsed:.1f}")
    assert STATS["examples"] >= min(EXAMPLES, 1000)
