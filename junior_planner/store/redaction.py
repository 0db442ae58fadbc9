"""The free text children wrote (note words and proposal titles, current or surviving only in undo
history) and replacing one piece of it everywhere it is stored (SAFETY.md: redaction)."""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any, Optional

from junior_planner.store.erase import _erasing, _rewrite_history, _snapshot_annotations


@dataclass(frozen=True)
class TextEntry:
    """One piece of free text a child wrote: a note's words or a proposal's title. `current` is
    False for words that survive only in undo history (an earlier version, a deleted note)."""

    kind: str  # "note" or "title"
    proposal_id: str
    proposal_title: str
    annotation_uuid: Optional[str]
    text: str
    author: Optional[str]  # participant id
    current: bool = True


def free_text(store, workshop_id: str) -> list[TextEntry]:
    entries: list[TextEntry] = []
    for pid, title in store._q("SELECT id, title FROM proposals WHERE workshop_id=? ORDER BY created_at, id", (workshop_id,)):
        seen: set[tuple[Optional[str], str]] = set()
        if title.strip():
            entries.append(TextEntry("title", pid, title, None, title, None))
            seen.add((None, title))
        for uuid, text, author in store._q("SELECT uuid, text, author FROM annotations WHERE proposal_id=? ORDER BY rowid",
                                           (pid,)):
            if text.strip():
                entries.append(TextEntry("note", pid, title, uuid, text, author))
                seen.add((uuid, text))
        for (raw,) in store._q("SELECT record FROM history WHERE proposal_id=? ORDER BY seq", (pid,)):
            record = json.loads(raw)
            for a in _snapshot_annotations(record):
                text = a.get("text") or ""
                if text.strip() and (a.get("uuid"), text) not in seen:
                    entries.append(TextEntry("note", pid, title, a.get("uuid"), text, a.get("author"), current=False))
                    seen.add((a.get("uuid"), text))
            for side in ("before", "after"):
                details = (record.get(side) or {}).get("details") or {}
                t = details.get("title") or ""
                if t.strip() and (None, t) not in seen:
                    entries.append(TextEntry("title", pid, title, None, t, None, current=False))
                    seen.add((None, t))
    return entries


def redact(store, entry: TextEntry, replacement: str) -> int:
    """Replace one piece of free text, in the table and in every history record holding it (not an
    undoable edit: undo never brings it back). Returns how many history records changed."""
    old = entry.text

    def scrub(value: Any) -> Any:
        if isinstance(value, dict):
            out = {k: scrub(v) for k, v in value.items()}
            if entry.kind == "note":
                if out.get("uuid") == entry.annotation_uuid and out.get("text") == old:
                    out["text"] = replacement  # a note's state, or an annotate command's note
                fields = out.get("fields")
                if out.get("target") == entry.annotation_uuid and isinstance(fields, dict) and fields.get("text") == old:
                    out["fields"] = {**fields, "text": replacement}  # an edit-note command
            elif out.get("title") == old:
                out["title"] = replacement  # details states and the details command
            return out
        if isinstance(value, list):
            return [scrub(v) for v in value]
        return value

    with _erasing(store):
        with store.db.transaction() as c:
            if entry.kind == "note":
                c.execute("UPDATE annotations SET text=? WHERE proposal_id=? AND uuid=? AND text=?",
                          (replacement, entry.proposal_id, entry.annotation_uuid, old))
            else:
                c.execute("UPDATE proposals SET title=? WHERE id=? AND title=?", (replacement, entry.proposal_id, old))
            changed = _rewrite_history(c, entry.proposal_id, scrub)
    return changed
