"""Opening the database safely: refuse foreign or damaged files without touching them, check
integrity after an unclean shutdown, migrate forward, and run every write in one transaction.
"""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import socket
import sqlite3
from pathlib import Path
from typing import Any, Callable, Iterator, Optional

from junior_planner.store import migrations


def dumps(value: Any) -> str:
    """How the store writes JSON into a column: compact, UTF-8 text, no NaN."""
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"), allow_nan=False)

APPLICATION_ID = 0x4A504C4E  # "JPLN"
SQLITE_HEADER = b"SQLite format 3\x00"
DB_NAME = "junior-planner.sqlite3"


class StoreError(Exception):
    """A problem with the store that the user can act on; the message is one sentence."""

    def __init__(self, code: str, path: Path | str = "", detail: str = ""):
        super().__init__(f"{code}: {path} {detail}".strip())
        self.code, self.path, self.detail = code, str(path), detail


Connector = Callable[[Path], Any]


def sqlite_connect(path: Path) -> Any:
    conn = sqlite3.connect(str(path), isolation_level=None, check_same_thread=False)
    return conn


class Database:
    """One connection with the pragmas the safety rules ask for."""

    def __init__(self, path: Path, connector: Connector = sqlite_connect,
                 errors: tuple[type[BaseException], ...] = (sqlite3.Error,)):
        self.path = Path(path)
        self.errors = errors
        self.was_unclean = False
        self._check_file()
        try:
            self.conn = connector(self.path)
            self._configure()
        except errors as exc:
            raise StoreError(_open_problem(exc), self.path, str(exc)) from None
        self._register_session()

    # --- opening ------------------------------------------------------------------------------
    def _check_file(self) -> None:
        check_sqlite_file(self.path)

    def _configure(self) -> None:
        ex = self.conn.execute
        new_file = self.path.stat().st_size == 0 if self.path.exists() else True
        app_id = ex("PRAGMA application_id").fetchone()[0]
        version = ex("PRAGMA user_version").fetchone()[0]
        tables = ex("SELECT count(*) FROM sqlite_master").fetchone()[0]
        if app_id != APPLICATION_ID and (tables or version):
            raise StoreError("foreign", self.path)
        if version > migrations.CURRENT_VERSION:
            raise StoreError("too-new", self.path, str(version))
        ex("PRAGMA journal_mode=WAL")
        ex("PRAGMA synchronous=FULL")
        ex("PRAGMA foreign_keys=ON")
        ex("PRAGMA busy_timeout=5000")
        with contextlib.suppress(OSError):
            os.chmod(self.path, 0o600)
        if tables and version < migrations.CURRENT_VERSION:
            self._migrate(version)
        elif not tables:
            self._migrate(0)
        del new_file

    def _migrate(self, version: int) -> None:
        if version > 0:
            backup = self.path.with_name(f"{self.path.name}.v{version}.bak")
            if not backup.exists():
                self.conn.execute("PRAGMA wal_checkpoint(FULL)")
                shutil.copy2(self.path, backup)
        with self.transaction():
            for step in range(version + 1, migrations.CURRENT_VERSION + 1):
                for statement in migrations.STEPS[step]:
                    self.conn.execute(statement)
            self.conn.execute(f"PRAGMA application_id={APPLICATION_ID}")
            self.conn.execute(f"PRAGMA user_version={migrations.CURRENT_VERSION}")

    def _register_session(self) -> None:
        """Note this process as a user of the file; stale notes mean an unclean shutdown."""
        host = socket.gethostname()
        try:
            rows = self.conn.execute("SELECT pid, host FROM sessions").fetchall()
            stale = [(pid, h) for pid, h in rows if h != host or not _alive(pid)]
            if stale:
                self.was_unclean = True
                self.check_integrity()
            with self.transaction():
                for pid, h in stale:
                    self.conn.execute("DELETE FROM sessions WHERE pid=? AND host=?", (pid, h))
                self.conn.execute("INSERT OR REPLACE INTO sessions VALUES (?, ?, datetime('now'))", (os.getpid(), host))
        except self.errors as exc:
            raise StoreError(_open_problem(exc), self.path, str(exc)) from None

    def check_integrity(self) -> None:
        result = [r[0] for r in self.conn.execute("PRAGMA integrity_check").fetchall()]
        if result != ["ok"]:
            raise StoreError("damaged", self.path, "; ".join(map(str, result[:3])))
        problems = self.conn.execute("PRAGMA foreign_key_check").fetchall()
        if problems:
            raise StoreError("damaged", self.path, f"{len(problems)} broken references")

    # --- using --------------------------------------------------------------------------------
    @contextlib.contextmanager
    def transaction(self) -> Iterator[Any]:
        """BEGIN IMMEDIATE ... COMMIT; any failure rolls back and nothing of it is visible.
        A database error becomes StoreError("write-failed")."""
        try:
            self.conn.execute("BEGIN IMMEDIATE")
        except self.errors as exc:
            raise StoreError("write-failed", self.path, str(exc)) from None
        try:
            yield self.conn
        except BaseException as exc:
            with contextlib.suppress(*self.errors):
                self.conn.execute("ROLLBACK")
            if isinstance(exc, self.errors):
                raise StoreError("write-failed", self.path, str(exc)) from None
            raise
        try:
            self.conn.execute("COMMIT")
        except self.errors as exc:
            self._forget_failed_commit()
            raise StoreError("write-failed", self.path, str(exc)) from None

    def _forget_failed_commit(self) -> None:
        """A COMMIT whose WAL fsync failed may have left the whole transaction in the WAL file;
        a later recovery would bring back an edit we reported as not kept. Roll back and
        truncate the WAL so those frames are gone (tests/robustness/test_fault_injection.py)."""
        with contextlib.suppress(*self.errors):
            self.conn.execute("ROLLBACK")
        with contextlib.suppress(*self.errors):
            self.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")

    def close(self) -> None:
        conn, self.conn = self.conn, None
        if conn is None:
            return
        with contextlib.suppress(*self.errors):
            conn.execute("DELETE FROM sessions WHERE pid=? AND host=?", (os.getpid(), socket.gethostname()))
        with contextlib.suppress(*self.errors):
            conn.close()


def check_sqlite_file(path: Path) -> None:
    """Before opening: refuse what is not a file or not SQLite (never touching it); make an
    owner-only folder for a new one."""
    if path.exists():
        if not path.is_file():
            raise StoreError("not-a-file", path)
        with open(path, "rb") as fh:
            header = fh.read(16)
        if header and header != SQLITE_HEADER:
            raise StoreError("foreign", path)
    else:
        path.parent.mkdir(parents=True, exist_ok=True)
        with contextlib.suppress(OSError):
            os.chmod(path.parent, 0o700)


def _open_problem(exc: BaseException) -> str:
    """A damaged file and a passing I/O problem (disk full, a failing write) need different advice."""
    text = str(exc).lower()
    if "malformed" in text or "not a database" in text or "corrupt" in text:
        return "damaged"
    return "open-failed"


def _alive(pid: int) -> bool:
    if pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def database_path(data_dir: Path) -> Path:
    return Path(data_dir) / DB_NAME


def default_data_dir(override: Optional[str] = None) -> Path:
    if override:
        return Path(override).expanduser()
    env = os.environ.get("JUNIOR_PLANNER_DATA")
    if env:
        return Path(env).expanduser()
    import platformdirs

    return Path(platformdirs.user_data_dir("junior-planner", appauthor=False))
