"""Schema migrations: every saved golden database opens in this version with nothing lost."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from junior_planner.store import Store, migrations
from junior_planner.store.database import database_path

GOLDEN = Path(__file__).parent.parent / "golden"


def _copy(version: int, data_dir: Path) -> Path:
    data_dir.mkdir(parents=True)
    target = database_path(data_dir)
    shutil.copy(GOLDEN / f"v{version}.sqlite3", target)
    return target


@pytest.mark.parametrize("version", sorted(int(p.stem[1:]) for p in GOLDEN.glob("v*.sqlite3")))
def test_golden_database_opens_with_its_proposals(version, data_dir):
    _copy(version, data_dir)
    with Store(data_dir) as store:
        [workshop] = store.workshops()
        titles = sorted(s.title for s in store.proposal_summaries(workshop.id))
        assert titles == ["Play island", "Shady corner"]
        shady = next(s for s in store.proposal_summaries() if s.title == "Shady corner")
        proposal = store.proposal(shady.id)
        assert sorted(b.block_type for b in proposal.blocks.values()) == ["bench", "flower-bed", "street-light", "tree", "tree"]
        assert len(proposal.annotations) == 2 and proposal.status == "submitted"
        records, pos = store.history(proposal.id)
        assert pos == len(records) > 0
    conn = sqlite3.connect(database_path(data_dir))
    assert conn.execute("PRAGMA user_version").fetchone()[0] == migrations.CURRENT_VERSION
    conn.close()


def test_a_migration_runs_forward_keeps_the_data_and_a_backup(data_dir, monkeypatch):
    """The mechanism, with a hypothetical next step: data kept, backup of the old file made."""
    path = _copy(1, data_dir)
    steps = dict(migrations.STEPS)
    steps[migrations.CURRENT_VERSION + 1] = ("ALTER TABLE proposals ADD COLUMN planner_flag INTEGER NOT NULL DEFAULT 0",)
    monkeypatch.setattr(migrations, "STEPS", steps)
    monkeypatch.setattr(migrations, "CURRENT_VERSION", max(steps))
    with Store(data_dir) as store:
        assert len(store.proposal_summaries()) == 2
        assert store.db.conn.execute("SELECT count(planner_flag) FROM proposals").fetchone()[0] == 2
    assert (path.parent / f"{path.name}.v1.bak").exists()
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == max(steps)
    conn.close()


def test_a_failed_migration_leaves_the_old_version_usable(data_dir, monkeypatch):
    path = _copy(1, data_dir)
    steps = dict(migrations.STEPS)
    steps[migrations.CURRENT_VERSION + 1] = ("ALTER TABLE proposals ADD COLUMN ok INTEGER", "THIS IS NOT SQL")
    monkeypatch.setattr(migrations, "STEPS", steps)
    monkeypatch.setattr(migrations, "CURRENT_VERSION", max(steps))
    with pytest.raises(Exception):
        Store(data_dir)
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == 1
    assert "ok" not in [r[1] for r in conn.execute("PRAGMA table_info(proposals)")]
    conn.close()
