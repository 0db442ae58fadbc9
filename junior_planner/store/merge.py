"""Merging proposals from another kiosk's bundle: everything in ONE transaction (all or nothing).

Functions taking a Store, so the repository stays the single owner of the table layout it
already writes (the rows are written with its own helpers).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Optional

from junior_planner.model.entities import Participant, Proposal, Workshop
from junior_planner.store.database import dumps
from junior_planner.store.repository import WORKSHOP_SETTINGS, Store, _participant_row, _write_change


@dataclass
class IncomingProposal:
    proposal: Proposal
    participants: list[Participant]  # new participant rows only (existing ones are not written)
    history: list[tuple[int, dict[str, Any], str]] = field(default_factory=list)  # (seq, record, created_at)
    history_pos: int = 0


def existing_participant_ids(store: Store, ids: list[str]) -> set[str]:
    found: set[str] = set()
    for start in range(0, len(ids), 500):
        chunk = ids[start:start + 500]
        rows = store._q(f"SELECT id FROM participants WHERE id IN ({','.join('?' * len(chunk))})", chunk)
        found.update(r[0] for r in rows)
    return found


def merge(store: Store, workshop: Optional[Workshop], incoming: list[IncomingProposal]) -> None:
    """Insert the workshop (when new) and every incoming proposal with its participants, blocks,
    notes and history, in one transaction. Raises StoreError; then nothing of it is stored."""
    with store.db.transaction() as c:
        if workshop is not None:
            settings = {k: getattr(workshop, k) for k in WORKSHOP_SETTINGS}
            c.execute("INSERT INTO workshops VALUES (?,?,?,?,?)",
                      (workshop.id, workshop.site_id, workshop.title, workshop.created_at, dumps(settings)))
        for item in incoming:
            p = item.proposal
            c.executemany("INSERT INTO participants VALUES (?,?,?,?,?,?,?,?)",
                          [_participant_row(person) for person in item.participants])
            c.execute("INSERT INTO proposals VALUES (?,?,?,?,?,?,?,?,?)",
                      (p.id, p.workshop_id, p.status, p.details.title, p.details.favourite_block,
                       p.created_at, p.updated_at or p.created_at, p.submitted_at, item.history_pos))
            _write_change(c, p.id, p.blocks.values(), (), p.annotations.values(), ())
            c.executemany("INSERT INTO proposal_participants VALUES (?,?,?)",
                          [(p.id, pid, position) for position, pid in enumerate(p.participants)])
            c.executemany("INSERT INTO history VALUES (?,?,?,?)",
                          [(p.id, seq, dumps(record), when) for seq, record, when in item.history])


def dump_tables(store: Store) -> dict[str, list[tuple]]:
    """Every row of every table but `sessions`, sorted: for checking that nothing changed."""
    tables = [r[0] for r in store._q("SELECT name FROM sqlite_master WHERE type='table' ORDER BY name")]
    return {t: sorted(store._q(f'SELECT * FROM "{t}"'), key=repr) for t in tables if t != "sessions"}
