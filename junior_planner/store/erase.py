"""Erasing a child's or a workshop's data everywhere it is stored (SAFETY.md: deletion on request,
retention); people.py holds settings and consent, redaction.py the free-text review.

Every write is one transaction (`store.db.transaction()`). Deletions switch on SQLite's
`secure_delete` so freed pages are zeroed, truncate the write-ahead log afterwards so old page
images do not linger in it, and unlink voice notes that nothing references any more only after the
commit (a failed transaction never loses a file that is still needed).

Undo history holds whole before/after states as JSON, so a child's words can survive there after
the note itself is gone; `_rewrite_history` drops or rewrites those records.
"""

from __future__ import annotations

import contextlib
import json
from dataclasses import dataclass, field
from typing import Callable, Iterable, Optional

from junior_planner.store.database import dumps
from junior_planner.store.media import fsync_dir

@dataclass
class Erased:
    """What an erasure removed (for the confirmation afterwards and the command line)."""

    workshops: list[str] = field(default_factory=list)
    participants: list[str] = field(default_factory=list)
    proposals_deleted: list[str] = field(default_factory=list)
    proposals_changed: list[str] = field(default_factory=list)
    notes_removed: int = 0
    history_records_changed: int = 0
    media_removed: int = 0


# --- history -------------------------------------------------------------------------------------
def _history(c, proposal_id: str) -> tuple[list[tuple[int, dict, str]], int]:
    rows = c.execute("SELECT seq, record, created_at FROM history WHERE proposal_id=? ORDER BY seq",
                     (proposal_id,)).fetchall()
    pos = c.execute("SELECT history_pos FROM proposals WHERE id=?", (proposal_id,)).fetchone()[0]
    return [(r[0], json.loads(r[1]), r[2]) for r in rows], pos


def _snapshot_annotations(record: dict) -> Iterable[dict]:
    for side in ("before", "after"):
        for a in ((record.get(side) or {}).get("annotations") or {}).values():
            if a:
                yield a
    note = (record.get("params") or {}).get("annotation")
    if isinstance(note, dict):
        yield note


def _is_empty(record: dict) -> bool:
    return all(not (record.get(side) or {}).get("blocks") and not (record.get(side) or {}).get("annotations")
               and (record.get(side) or {}).get("details") is None for side in ("before", "after"))


def _rewrite_history(c, proposal_id: str, edit: Callable[[dict], Optional[dict]]) -> int:
    """Apply `edit` to every history record of a proposal: it returns the record (changed in
    place or not) or None to drop it. Records are renumbered and the undo pointer follows.
    Returns how many records changed or were dropped."""
    records, pos = _history(c, proposal_id)
    kept: list[tuple[dict, str]] = []
    new_pos, changed = 0, 0
    for seq, record, when in records:
        before = dumps(record)
        result = edit(record)
        if result is None:
            changed += 1
            continue
        if dumps(result) != before:
            changed += 1
        kept.append((result, when))
        if seq <= pos:
            new_pos += 1
    if not changed:
        return 0
    c.execute("DELETE FROM history WHERE proposal_id=?", (proposal_id,))
    c.executemany("INSERT INTO history VALUES (?,?,?,?)",
                  [(proposal_id, i + 1, dumps(r), when) for i, (r, when) in enumerate(kept)])
    c.execute("UPDATE proposals SET history_pos=? WHERE id=?", (new_pos, proposal_id))
    return changed


def _without_notes(uuids: set[str], secrets: set[str]) -> Callable[[dict], Optional[dict]]:
    """A history edit that removes these notes from every state and every command's parameters,
    and drops records left with nothing in them or still holding one of the `secrets` (ids, voice
    note digests)."""

    def edit(record: dict) -> Optional[dict]:
        for side in ("before", "after"):
            snap = record.get(side) or {}
            notes = snap.get("annotations") or {}
            if any(u in uuids for u in notes):
                snap["annotations"] = {u: a for u, a in notes.items() if u not in uuids}
        params = record.get("params") or {}
        text = dumps(params)
        if any(u in text for u in uuids) or any(s in text for s in secrets):
            record["params"] = {}
        if _is_empty(record):
            return None
        text = dumps(record)
        if any(s in text for s in secrets):
            return None
        return record

    return edit


# --- media -------------------------------------------------------------------------------------------
def _audio_in_records(c, where: str, params: tuple) -> set[str]:
    found: set[str] = set()
    for (raw,) in c.execute(f"SELECT record FROM history {where}", params).fetchall():
        for a in _snapshot_annotations(json.loads(raw)):
            if a.get("audio_ref"):
                found.add(a["audio_ref"])
    return found


def _unreferenced(c, digests: set[str]) -> set[str]:
    gone = set()
    for d in digests:
        if c.execute("SELECT 1 FROM annotations WHERE audio_ref=? LIMIT 1", (d,)).fetchone():
            continue
        if c.execute("SELECT 1 FROM history WHERE instr(record, ?) > 0 LIMIT 1", (d,)).fetchone():
            continue
        if c.execute("SELECT 1 FROM imported_sites WHERE mesh_sha256=? OR original_sha256=? OR instr(site_json, ?) > 0 "
                     "LIMIT 1", (d, d, d)).fetchone():
            continue
        gone.add(d)
    return gone


def _unlink_media(store, digests: set[str]) -> int:
    removed = 0
    folder = store.media_dir
    if not digests or not folder.is_dir():
        return 0
    for path in folder.iterdir():
        if path.is_file() and path.name[:64] in digests and (len(path.name) == 64 or path.name[64] == "."):
            with contextlib.suppress(OSError):
                path.unlink()
                removed += 1
    if removed:
        with contextlib.suppress(OSError):
            fsync_dir(folder)
    return removed


@contextlib.contextmanager
def _erasing(store):
    """secure_delete on for the transaction; the WAL truncated afterwards (best effort: another
    process reading the file can keep old frames until it lets go)."""
    conn = store.db.conn
    old = conn.execute("PRAGMA secure_delete").fetchone()[0]
    conn.execute("PRAGMA secure_delete=ON")
    try:
        yield
    finally:
        with contextlib.suppress(*store.db.errors):
            conn.execute(f"PRAGMA secure_delete={int(old)}")
        with contextlib.suppress(*store.db.errors):
            conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")


def _forget_meta(c, workshop_ids: set[str], proposal_ids: set[str]) -> None:
    """Kiosk drafts pointing at deleted proposals; a deleted workshop's PIN and lock."""
    for key, value in c.execute("SELECT key, value FROM meta").fetchall():
        if value in proposal_ids or any(w in key for w in workshop_ids):
            c.execute("DELETE FROM meta WHERE key=?", (key,))


def _delete_proposals(c, ids: list[str]) -> None:
    for pid in ids:
        for table in ("history", "annotations", "blocks", "proposal_participants"):
            c.execute(f"DELETE FROM {table} WHERE proposal_id=?", (pid,))
        c.execute("DELETE FROM proposals WHERE id=?", (pid,))


# --- erasing -------------------------------------------------------------------------------------------
def _record_erasures(c, workshop_id: str, kind: str, item_ids: Iterable[str]) -> None:
    """Remember erased ids (random, never words or names) for the workshop's next bundle."""
    import datetime as _dt

    when = _dt.datetime.now(_dt.timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")
    c.executemany("INSERT OR IGNORE INTO erasures VALUES (?, ?, ?, ?)",
                  [(workshop_id, kind, item, when) for item in item_ids])


def erasures(store, workshop_id: str) -> dict[str, list[str]]:
    """{"proposals": [id...], "notes": ["<proposal id>/<note id>"...]} erased from this workshop."""
    out: dict[str, list[str]] = {"proposals": [], "notes": []}
    for kind, item in store._q("SELECT kind, item_id FROM erasures WHERE workshop_id=? ORDER BY kind, item_id",
                               (workshop_id,)):
        out.setdefault(kind, []).append(item)
    return out


def erase_participant(store, participant_id: str) -> Erased:
    """Delete one child's data everywhere: the participant, their group memberships, the notes
    they wrote (and every trace of them in undo history), the proposals they made alone, kiosk
    drafts pointing at those, and their voice notes once nothing else uses them."""
    result = Erased()
    with _erasing(store):
        with store.db.transaction() as c:
            row = c.execute("SELECT workshop_id FROM participants WHERE id=?", (participant_id,)).fetchone()
            if row is None:
                raise KeyError(participant_id)
            workshop_id = row[0]
            memberships = [r[0] for r in c.execute(
                "SELECT proposal_id FROM proposal_participants WHERE participant_id=?", (participant_id,)).fetchall()]
            alone = [pid for pid in memberships if c.execute(
                "SELECT count(*) FROM proposal_participants WHERE proposal_id=?", (pid,)).fetchone()[0] == 1]
            # every proposal of the workshop may hold their notes (a child can write on a friend's design)
            workshop_proposals = [r[0] for r in c.execute("SELECT id FROM proposals WHERE workshop_id=?", (workshop_id,))]
            audio = set()
            for pid in alone:
                audio |= {r[0] for r in c.execute("SELECT audio_ref FROM annotations WHERE proposal_id=? AND audio_ref IS NOT NULL",
                                                  (pid,))}
                audio |= _audio_in_records(c, "WHERE proposal_id=?", (pid,))
            _delete_proposals(c, alone)
            _record_erasures(c, workshop_id, "proposals", alone)
            result.proposals_deleted = alone
            for pid in workshop_proposals:
                if pid in alone:
                    continue
                uuids = {r[0] for r in c.execute("SELECT uuid FROM annotations WHERE proposal_id=? AND author=?",
                                                 (pid, participant_id))}
                records, _pos = _history(c, pid)
                for _seq, record, _when in records:
                    for a in _snapshot_annotations(record):
                        if a.get("author") == participant_id and a.get("uuid"):
                            uuids.add(a["uuid"])
                # notes of theirs: their audio, from the table and from every version in history
                for _seq, record, _when in records:
                    for a in _snapshot_annotations(record):
                        if a.get("uuid") in uuids and a.get("audio_ref"):
                            audio.add(a["audio_ref"])
                audio |= {r[0] for r in c.execute(
                    "SELECT audio_ref FROM annotations WHERE proposal_id=? AND author=? AND audio_ref IS NOT NULL",
                    (pid, participant_id))}
                removed = 0
                for u in uuids:
                    removed += c.execute("DELETE FROM annotations WHERE proposal_id=? AND uuid=?", (pid, u)).rowcount
                _record_erasures(c, workshop_id, "notes", (f"{pid}/{u}" for u in uuids))
                member = pid in memberships
                if member:
                    c.execute("DELETE FROM proposal_participants WHERE proposal_id=? AND participant_id=?",
                              (pid, participant_id))
                    rest = [r[0] for r in c.execute("SELECT participant_id FROM proposal_participants WHERE proposal_id=? "
                                                    "ORDER BY position", (pid,))]
                    for i, other in enumerate(rest):
                        c.execute("UPDATE proposal_participants SET position=? WHERE proposal_id=? AND participant_id=?",
                                  (i, pid, other))
                secrets = {participant_id} | {a for a in audio}
                changed = _rewrite_history(c, pid, _without_notes(uuids, secrets))
                result.history_records_changed += changed
                result.notes_removed += removed
                if member or removed or changed:
                    result.proposals_changed.append(pid)
            c.execute("DELETE FROM participants WHERE id=?", (participant_id,))
            _forget_meta(c, set(), set(alone))
            gone = _unreferenced(c, audio)
        result.participants = [participant_id]
    result.media_removed = _unlink_media(store, gone)
    return result


def erase_workshop(store, workshop_id: str) -> Erased:
    """Delete a workshop and everything under it: children, proposals, blocks, notes, history,
    its PIN and lock, kiosk drafts, and voice notes nothing else uses."""
    result = Erased()
    with _erasing(store):
        with store.db.transaction() as c:
            if c.execute("SELECT 1 FROM workshops WHERE id=?", (workshop_id,)).fetchone() is None:
                raise KeyError(workshop_id)
            proposals = [r[0] for r in c.execute("SELECT id FROM proposals WHERE workshop_id=?", (workshop_id,))]
            audio = set()
            for pid in proposals:
                audio |= {r[0] for r in c.execute("SELECT audio_ref FROM annotations WHERE proposal_id=? AND audio_ref IS NOT NULL",
                                                  (pid,))}
                audio |= _audio_in_records(c, "WHERE proposal_id=?", (pid,))
            result.notes_removed = sum(c.execute("SELECT count(*) FROM annotations WHERE proposal_id=?", (pid,)).fetchone()[0]
                                       for pid in proposals)
            _delete_proposals(c, proposals)
            result.participants = [r[0] for r in c.execute("SELECT id FROM participants WHERE workshop_id=?", (workshop_id,))]
            c.execute("DELETE FROM participants WHERE workshop_id=?", (workshop_id,))
            c.execute("DELETE FROM erasures WHERE workshop_id=?", (workshop_id,))
            c.execute("DELETE FROM workshops WHERE id=?", (workshop_id,))
            _forget_meta(c, {workshop_id}, set(proposals))
            gone = _unreferenced(c, audio)
        result.workshops = [workshop_id]
        result.proposals_deleted = proposals
    result.media_removed = _unlink_media(store, gone)
    return result
