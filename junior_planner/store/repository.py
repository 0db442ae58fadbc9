"""The store: workshops, participants, proposals, placed blocks, annotations and undo history.

Every public write is one transaction. `save_edit` is the single path by which an edit reaches
the disk: the change record and the history step commit together or not at all.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Iterable, Optional

from junior_planner.model.commands import Change
from junior_planner.model.entities import (
    Annotation, Participant, PlacedBlock, Proposal, ProposalDetails, Workshop,
)
from junior_planner.store.media import MediaStore
from junior_planner.store.database import Connector, Database, StoreError, database_path, dumps, sqlite_connect

WORKSHOP_SETTINGS = ("budget", "palette", "idle_timeout_s", "languages", "keep_until", "voice_notes", "reason_chips",
                      "consent_on_file", "read_aloud", "sounds", "detail")


@dataclass(frozen=True)
class ProposalSummary:
    id: str
    workshop_id: str
    title: str
    status: str
    blocks: int
    annotations: int
    participants: int
    created_at: str
    updated_at: str



class Store:
    def __init__(self, data_dir: Path | str, connector: Connector = sqlite_connect,
                 errors: Optional[tuple[type[BaseException], ...]] = None):
        self.data_dir = Path(data_dir)
        self.media_dir = self.data_dir / "media"
        self.media = MediaStore(self.media_dir)
        kwargs = {"errors": errors} if errors else {}
        self.db = Database(database_path(self.data_dir), connector, **kwargs)

    @property
    def path(self) -> Path:
        return self.db.path

    @property
    def was_unclean(self) -> bool:
        return self.db.was_unclean

    def close(self) -> None:
        self.db.close()

    @property
    def is_open(self) -> bool:
        return self.db.conn is not None

    def __enter__(self) -> "Store":
        return self

    def __exit__(self, *exc: Any) -> None:
        self.close()

    def _q(self, sql: str, params: Iterable[Any] = ()) -> list[tuple]:
        try:
            return self.db.conn.execute(sql, tuple(params)).fetchall()
        except self.db.errors as exc:
            raise StoreError("read-failed", self.path, str(exc)) from None

    # --- workshops ----------------------------------------------------------------------------
    def add_workshop(self, ws: Workshop) -> None:
        settings = {k: getattr(ws, k) for k in WORKSHOP_SETTINGS}
        with self.db.transaction() as c:
            c.execute("INSERT INTO workshops VALUES (?,?,?,?,?)",
                      (ws.id, ws.site_id, ws.title, ws.created_at, dumps(settings)))

    def workshops(self) -> list[Workshop]:
        return [_workshop(r) for r in self._q("SELECT * FROM workshops ORDER BY created_at, id")]

    def workshop(self, workshop_id: str) -> Optional[Workshop]:
        rows = self._q("SELECT * FROM workshops WHERE id=?", (workshop_id,))
        return _workshop(rows[0]) if rows else None

    def workshop_ids_starting(self, prefix: str) -> list[str]:
        return [r[0] for r in self._q("SELECT id FROM workshops WHERE id LIKE ? ESCAPE '\\'", (_like_prefix(prefix),))]

    # --- small settings -----------------------------------------------------------------------
    def get_meta(self, key: str) -> Optional[str]:
        rows = self._q("SELECT value FROM meta WHERE key=?", (key,))
        return rows[0][0] if rows else None

    def set_meta(self, key: str, value: str) -> None:
        with self.db.transaction() as c:
            c.execute("INSERT INTO meta VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value=excluded.value", (key, value))

    # --- imported sites -----------------------------------------------------------------------
    def add_imported_site(self, site_id: str, site_json: dict, mesh_sha256: str, original_sha256: str,
                          original_name: str, when: str) -> None:
        with self.db.transaction() as c:
            c.execute("INSERT INTO imported_sites VALUES (?,?,?,?,?,?)",
                      (site_id, dumps(site_json), mesh_sha256, original_sha256, original_name, when))

    def update_imported_site(self, site_id: str, site_json: dict) -> None:
        with self.db.transaction() as c:
            c.execute("UPDATE imported_sites SET site_json=? WHERE id=?", (dumps(site_json), site_id))

    def imported_sites(self) -> list[tuple[str, dict, str]]:
        """(id, site.json dict, sha256 of the normalised mesh) for every imported site."""
        return [(site_id, json.loads(text), sha) for site_id, text, sha in self.imported_site_texts()]

    def imported_site_texts(self, site_id: Optional[str] = None) -> list[tuple[str, str, str]]:
        """(id, site.json text, mesh sha256), for callers that cache parsed sites by their text."""
        if site_id is not None:
            return list(self._q("SELECT id, site_json, mesh_sha256 FROM imported_sites WHERE id=?", (site_id,)))
        return list(self._q("SELECT id, site_json, mesh_sha256 FROM imported_sites ORDER BY created_at, id"))

    # --- participants -------------------------------------------------------------------------
    def add_participant(self, p: Participant, proposal_id: Optional[str] = None) -> None:
        with self.db.transaction() as c:
            c.execute("INSERT INTO participants VALUES (?,?,?,?,?,?,?,?)", _participant_row(p))
            if proposal_id is not None:
                position = c.execute("SELECT count(*) FROM proposal_participants WHERE proposal_id=?",
                                     (proposal_id,)).fetchone()[0]
                c.execute("INSERT INTO proposal_participants VALUES (?,?,?)", (proposal_id, p.id, position))

    def participants(self, workshop_id: Optional[str] = None, proposal_id: Optional[str] = None) -> list[Participant]:
        if proposal_id is not None:
            rows = self._q("SELECT p.* FROM participants p JOIN proposal_participants pp ON pp.participant_id=p.id "
                           "WHERE pp.proposal_id=? ORDER BY pp.position", (proposal_id,))
        elif workshop_id is not None:
            rows = self._q("SELECT * FROM participants WHERE workshop_id=? ORDER BY created_at, id", (workshop_id,))
        else:
            rows = self._q("SELECT * FROM participants ORDER BY created_at, id")
        return [Participant(id=r[0], workshop_id=r[1], pseudonym=r[2], avatar=r[3], age_band=r[4],
                            consent=bool(r[5]), consent_notice_version=r[6], created_at=r[7]) for r in rows]

    # --- proposals ----------------------------------------------------------------------------
    def add_proposal(self, p: Proposal, participants: Iterable[Participant] = ()) -> None:
        """A new proposal, with its first participants, in one transaction."""
        with self.db.transaction() as c:
            for person in participants:
                c.execute("INSERT INTO participants VALUES (?,?,?,?,?,?,?,?)", _participant_row(person))
            c.execute("INSERT INTO proposals VALUES (?,?,?,?,?,?,?,?,0)",
                      (p.id, p.workshop_id, p.status, p.details.title, p.details.favourite_block,
                       p.created_at, p.updated_at or p.created_at, p.submitted_at))
            _write_change(c, p.id, p.blocks.values(), (), p.annotations.values(), ())
            for position, participant_id in enumerate(p.participants):
                c.execute("INSERT INTO proposal_participants VALUES (?,?,?)", (p.id, participant_id, position))

    def proposal(self, proposal_id: str) -> Optional[Proposal]:
        rows = self._q("SELECT id, workshop_id, status, title, favourite_block, created_at, updated_at, submitted_at "
                       "FROM proposals WHERE id=?", (proposal_id,))
        if not rows:
            return None
        r = rows[0]
        proposal = Proposal(id=r[0], workshop_id=r[1], status=r[2], details=ProposalDetails(r[3], r[4]),
                            created_at=r[5], updated_at=r[6], submitted_at=r[7])
        proposal.participants = [row[0] for row in self._q(
            "SELECT participant_id FROM proposal_participants WHERE proposal_id=? ORDER BY position", (proposal_id,))]
        for b in self._q("SELECT uuid, block_type, x, y, z, yaw, scale, variant FROM blocks WHERE proposal_id=? "
                         "ORDER BY rowid", (proposal_id,)):
            proposal.blocks[b[0]] = PlacedBlock(*b)
        for a in self._q("SELECT uuid, block_uuid, px, py, pz, sticker, reasons, text, audio_ref, author, created_at "
                         "FROM annotations WHERE proposal_id=? ORDER BY rowid", (proposal_id,)):
            point = (a[2], a[3], a[4]) if a[2] is not None else None
            proposal.annotations[a[0]] = Annotation(uuid=a[0], block_uuid=a[1], point=point, sticker=a[5],
                                                    reasons=tuple(json.loads(a[6])), text=a[7], audio_ref=a[8],
                                                    author=a[9], created_at=a[10])
        return proposal

    def proposal_summaries(self, workshop_id: Optional[str] = None) -> list[ProposalSummary]:
        sql = ("SELECT p.id, p.workshop_id, p.title, p.status, "
               "(SELECT count(*) FROM blocks b WHERE b.proposal_id=p.id), "
               "(SELECT count(*) FROM annotations a WHERE a.proposal_id=p.id), "
               "(SELECT count(*) FROM proposal_participants pp WHERE pp.proposal_id=p.id), "
               "p.created_at, p.updated_at FROM proposals p")
        params: tuple = ()
        if workshop_id is not None:
            sql += " WHERE p.workshop_id=?"
            params = (workshop_id,)
        return [ProposalSummary(*r) for r in self._q(sql + " ORDER BY p.created_at, p.id", params)]

    def proposal_ids_starting(self, prefix: str) -> list[str]:
        return [r[0] for r in self._q("SELECT id FROM proposals WHERE id LIKE ? ESCAPE '\\'", (_like_prefix(prefix),))]

    def set_status(self, proposal_id: str, status: str, when: str) -> None:
        with self.db.transaction() as c:
            submitted = when if status == "submitted" else None
            c.execute("UPDATE proposals SET status=?, updated_at=?, submitted_at=COALESCE(?, submitted_at) WHERE id=?",
                      (status, when, submitted, proposal_id))

    # --- edits and history --------------------------------------------------------------------
    def save_edit(self, change: Change, step: str, record: Optional[dict], when: str) -> None:
        """Commit one edit: its changed states and its history step ("push", "merge", "undo",
        "redo"), in one transaction. Raises StoreError; then nothing of it is stored."""
        with self.db.transaction() as c:
            pid = change.proposal_id
            _write_change(c, pid, change.blocks_upserted, change.blocks_removed,
                          change.annotations_upserted, change.annotations_removed)
            if change.details is not None:
                c.execute("UPDATE proposals SET title=?, favourite_block=? WHERE id=?",
                          (change.details.title, change.details.favourite_block, pid))
            pos = c.execute("SELECT history_pos FROM proposals WHERE id=?", (pid,)).fetchone()[0]
            if step == "push":
                c.execute("DELETE FROM history WHERE proposal_id=? AND seq>?", (pid, pos))
                pos += 1
                c.execute("INSERT INTO history VALUES (?,?,?,?)", (pid, pos, dumps(record), when))
            elif step == "merge":
                c.execute("UPDATE history SET record=?, created_at=? WHERE proposal_id=? AND seq=?",
                          (dumps(record), when, pid, pos))
            elif step == "undo":
                pos -= 1
            elif step == "redo":
                pos += 1
            else:
                raise ValueError(step)
            c.execute("UPDATE proposals SET history_pos=?, updated_at=? WHERE id=?", (pos, when, pid))

    def history(self, proposal_id: str) -> tuple[list[dict], int]:
        records = [json.loads(r[0]) for r in self._q(
            "SELECT record FROM history WHERE proposal_id=? ORDER BY seq", (proposal_id,))]
        pos = self._q("SELECT history_pos FROM proposals WHERE id=?", (proposal_id,))
        return records, (pos[0][0] if pos else 0)

    def history_times(self, proposal_id: str) -> list[str]:
        return [r[0] for r in self._q("SELECT created_at FROM history WHERE proposal_id=? ORDER BY seq", (proposal_id,))]


def _participant_row(p: Participant) -> tuple:
    return (p.id, p.workshop_id, p.pseudonym, p.avatar, p.age_band, int(p.consent), p.consent_notice_version,
            p.created_at)


def _write_change(c: Any, pid: str, blocks: Iterable[PlacedBlock], removed: Iterable[str],
                  annotations: Iterable[Annotation], annotations_removed: Iterable[str]) -> None:
    c.executemany("DELETE FROM blocks WHERE proposal_id=? AND uuid=?", [(pid, u) for u in removed])
    c.executemany("INSERT INTO blocks VALUES (?,?,?,?,?,?,?,?,?) ON CONFLICT (proposal_id, uuid) DO UPDATE SET "
                  "block_type=excluded.block_type, x=excluded.x, y=excluded.y, z=excluded.z, yaw=excluded.yaw, "
                  "scale=excluded.scale, variant=excluded.variant",
                  [(pid, b.uuid, b.block_type, b.x, b.y, b.z, b.yaw, b.scale, b.variant) for b in blocks])
    c.executemany("DELETE FROM annotations WHERE proposal_id=? AND uuid=?", [(pid, u) for u in annotations_removed])
    rows = []
    for a in annotations:
        px, py, pz = a.point if a.point is not None else (None, None, None)
        rows.append((pid, a.uuid, a.block_uuid, px, py, pz, a.sticker, dumps(list(a.reasons)), a.text,
                     a.audio_ref, a.author, a.created_at))
    c.executemany("INSERT INTO annotations VALUES (?,?,?,?,?,?,?,?,?,?,?,?) ON CONFLICT (proposal_id, uuid) DO UPDATE SET "
                  "block_uuid=excluded.block_uuid, px=excluded.px, py=excluded.py, pz=excluded.pz, "
                  "sticker=excluded.sticker, reasons=excluded.reasons, text=excluded.text, "
                  "audio_ref=excluded.audio_ref, author=excluded.author", rows)


def _workshop(row: tuple) -> Workshop:
    settings = json.loads(row[4])
    kwargs = {k: settings[k] for k in WORKSHOP_SETTINGS if k in settings}
    for key in ("palette", "languages", "reason_chips"):
        if kwargs.get(key) is not None:
            kwargs[key] = tuple(kwargs[key])
    return Workshop(id=row[0], site_id=row[1], title=row[2], created_at=row[3], **kwargs)


def _like_prefix(prefix: str) -> str:
    return prefix.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
