"""The planner's own notes on the children's proposals: tags and comments per proposal and per
note, in their own SQLite file `planner.sqlite3` in the data folder. The children's bundles and
the kiosk database are never written to.

A proposal is named by "<workshop id>/<proposal id>" (unique across bundles); a comment or tag on
one of the children's notes adds the note's uuid. WAL, synchronous=FULL, owner-only permissions,
every write in one transaction; a file that is not ours is refused and left untouched.
"""

from __future__ import annotations

import contextlib
import csv
import io
import os
import sqlite3
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import Iterator, Optional

from junior_planner.store.database import StoreError, check_sqlite_file

FILE_NAME = "planner.sqlite3"
APPLICATION_ID = 0x4A50524E  # "JPRN": the planner's review notes
VERSION = 1
MAX_TAG = 60
MAX_COMMENT = 4000

SCHEMA = (
    """CREATE TABLE tags (
        proposal TEXT NOT NULL,
        annotation TEXT NOT NULL DEFAULT '',
        tag TEXT NOT NULL,
        created_at TEXT NOT NULL,
        PRIMARY KEY (proposal, annotation, tag)
    )""",
    """CREATE TABLE comments (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        proposal TEXT NOT NULL,
        annotation TEXT NOT NULL DEFAULT '',
        text TEXT NOT NULL,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
    )""",
    "CREATE INDEX comments_by_proposal ON comments (proposal, annotation)",
)


@dataclass(frozen=True)
class Comment:
    id: int
    proposal: str
    annotation: str
    text: str
    created_at: str
    updated_at: str


def _now() -> str:
    return datetime.now(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


def _clean_tag(tag: str) -> str:
    tag = " ".join(str(tag).split())
    if not tag or len(tag) > MAX_TAG:
        raise ValueError(f"a tag needs 1 to {MAX_TAG} characters")
    return tag


class PlannerStore:
    def __init__(self, data_dir: Path | str):
        self.path = Path(data_dir) / FILE_NAME
        check_sqlite_file(self.path)
        try:
            self.conn = sqlite3.connect(str(self.path), isolation_level=None, check_same_thread=False)
            self._configure()
        except sqlite3.Error as exc:
            raise StoreError("open-failed", self.path, str(exc)) from None

    def _configure(self) -> None:
        ex = self.conn.execute
        app_id = ex("PRAGMA application_id").fetchone()[0]
        version = ex("PRAGMA user_version").fetchone()[0]
        tables = ex("SELECT count(*) FROM sqlite_master").fetchone()[0]
        if (tables or version) and app_id != APPLICATION_ID:
            self.conn.close()
            raise StoreError("foreign", self.path)
        if version > VERSION:
            self.conn.close()
            raise StoreError("too-new", self.path, str(version))
        ex("PRAGMA journal_mode=WAL")
        ex("PRAGMA synchronous=FULL")
        ex("PRAGMA busy_timeout=5000")
        with contextlib.suppress(OSError):
            os.chmod(self.path, 0o600)
        if not tables:
            with self.transaction():
                for statement in SCHEMA:
                    ex(statement)
                ex(f"PRAGMA application_id={APPLICATION_ID}")
                ex(f"PRAGMA user_version={VERSION}")

    @contextlib.contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        self.conn.execute("BEGIN IMMEDIATE")
        try:
            yield self.conn
        except BaseException:
            self.conn.execute("ROLLBACK")
            raise
        try:
            self.conn.execute("COMMIT")
        except sqlite3.Error as exc:
            with contextlib.suppress(sqlite3.Error):
                self.conn.execute("ROLLBACK")
            raise StoreError("write-failed", self.path, str(exc)) from None

    def close(self) -> None:
        with contextlib.suppress(sqlite3.Error):
            self.conn.close()

    def __enter__(self) -> "PlannerStore":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    # --- tags ---------------------------------------------------------------------------------
    def add_tag(self, proposal: str, tag: str, annotation: str = "") -> None:
        tag = _clean_tag(tag)
        with self.transaction() as c:
            c.execute("INSERT OR IGNORE INTO tags VALUES (?, ?, ?, ?)", (proposal, annotation or "", tag, _now()))

    def remove_tag(self, proposal: str, tag: str, annotation: str = "") -> None:
        with self.transaction() as c:
            c.execute("DELETE FROM tags WHERE proposal=? AND annotation=? AND tag=?", (proposal, annotation or "", tag))

    def tags(self, proposal: str, annotation: str = "") -> list[str]:
        rows = self.conn.execute("SELECT tag FROM tags WHERE proposal=? AND annotation=? ORDER BY tag",
                                 (proposal, annotation or "")).fetchall()
        return [r[0] for r in rows]

    def all_tags(self) -> list[str]:
        return [r[0] for r in self.conn.execute("SELECT DISTINCT tag FROM tags ORDER BY tag").fetchall()]

    def proposals_tagged(self, tag: str) -> set[str]:
        return {r[0] for r in self.conn.execute("SELECT DISTINCT proposal FROM tags WHERE tag=?", (tag,)).fetchall()}

    # --- comments -----------------------------------------------------------------------------
    def add_comment(self, proposal: str, text: str, annotation: str = "") -> int:
        text = text.strip()
        if not text or len(text) > MAX_COMMENT:
            raise ValueError(f"a comment needs 1 to {MAX_COMMENT} characters")
        now = _now()
        with self.transaction() as c:
            cur = c.execute("INSERT INTO comments (proposal, annotation, text, created_at, updated_at) VALUES (?, ?, ?, ?, ?)",
                            (proposal, annotation or "", text, now, now))
            return int(cur.lastrowid)

    def edit_comment(self, comment_id: int, text: str) -> None:
        text = text.strip()
        if not text or len(text) > MAX_COMMENT:
            raise ValueError(f"a comment needs 1 to {MAX_COMMENT} characters")
        with self.transaction() as c:
            c.execute("UPDATE comments SET text=?, updated_at=? WHERE id=?", (text, _now(), comment_id))

    def delete_comment(self, comment_id: int) -> None:
        with self.transaction() as c:
            c.execute("DELETE FROM comments WHERE id=?", (comment_id,))

    def comments(self, proposal: str, annotation: Optional[str] = "") -> list[Comment]:
        """Comments on the proposal (annotation ""), on one note, or on all of it (annotation None)."""
        if annotation is None:
            rows = self.conn.execute("SELECT * FROM comments WHERE proposal=? ORDER BY id", (proposal,)).fetchall()
        else:
            rows = self.conn.execute("SELECT * FROM comments WHERE proposal=? AND annotation=? ORDER BY id",
                                     (proposal, annotation)).fetchall()
        return [Comment(*r) for r in rows]

    # --- export -------------------------------------------------------------------------------
    def export_csv(self, out: Path | str, titles: Optional[dict[str, str]] = None) -> int:
        """All tags and comments as CSV (UTF-8 with a BOM, so spreadsheets show Chinese); text
        starting with = + - @ gets a leading apostrophe so no spreadsheet runs it. Returns rows."""
        titles = titles or {}
        rows = [("kind", "workshop", "proposal", "title", "annotation", "value", "created_at", "updated_at")]
        for proposal, annotation, tag, created in self.conn.execute(
                "SELECT proposal, annotation, tag, created_at FROM tags ORDER BY proposal, annotation, tag"):
            rows.append(("tag", *_split(proposal), titles.get(proposal, ""), annotation, tag, created, created))
        for c in self.comments_all():
            rows.append(("comment", *_split(c.proposal), titles.get(c.proposal, ""), c.annotation, c.text,
                         c.created_at, c.updated_at))
        buffer = io.StringIO()
        writer = csv.writer(buffer, lineterminator="\r\n")
        for row in rows:
            writer.writerow([_safe_cell(v) for v in row])
        out = Path(out)
        tmp = out.with_name(out.name + ".tmp")
        with open(tmp, "w", encoding="utf-8-sig", newline="") as fh:
            fh.write(buffer.getvalue())
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, out)
        return len(rows) - 1

    def comments_all(self) -> list[Comment]:
        return [Comment(*r) for r in self.conn.execute("SELECT * FROM comments ORDER BY proposal, annotation, id")]


def _split(key: str) -> tuple[str, str]:
    workshop, _sep, proposal = key.partition("/")
    return (workshop, proposal) if proposal else ("", key)


def _safe_cell(value: object) -> str:
    text = "" if value is None else str(value)
    return "'" + text if text[:1] in ("=", "+", "-", "@") else text
