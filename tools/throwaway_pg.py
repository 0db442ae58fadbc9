"""A throw-away PostgreSQL + PostGIS server for the archive's tests and benchmarks: Debian's
postgresql-15 and postgresql-15-postgis-3, a cluster made by initdb in a temporary folder, listening
on 127.0.0.1 on a free port, passwords (scram-sha-256) kept in a PGPASSFILE, never in a URL.

As root (CI), initdb and the server run as Debian's `postgres` user (PostgreSQL refuses root).

    python tools/throwaway_pg.py      # start one, print its URL and PGPASSFILE, stop on Enter
"""

from __future__ import annotations

import glob
import os
import secrets
import shutil
import socket
import subprocess
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Optional

INSTALL_LINE = "apt-get install -y postgresql-15 postgresql-15-postgis-3"


def find_bin() -> Optional[Path]:
    """The newest PostgreSQL >= 15 server binaries whose share folder has PostGIS."""
    for folder in sorted(glob.glob("/usr/lib/postgresql/*/bin"), key=lambda p: int(Path(p).parent.name), reverse=True):
        version = Path(folder).parent.name
        if int(version) >= 15 and (Path(folder) / "initdb").exists() \
                and glob.glob(f"/usr/share/postgresql/{version}/extension/postgis.control"):
            return Path(folder)
    return None


def missing_reason() -> Optional[str]:
    if find_bin() is None:
        return f"PostgreSQL 15+ with PostGIS 3 is not installed ({INSTALL_LINE})"
    if os.geteuid() == 0 and shutil.which("runuser") is None:
        return "running as root needs runuser (util-linux) to start PostgreSQL as the postgres user"
    return None


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@dataclass
class Server:
    root: Path
    port: int
    admin: str = "jp_admin"
    passwords: dict[str, str] = field(default_factory=dict)
    bin: Path = Path("/usr/lib/postgresql/15/bin")
    _owned_root: bool = False

    @property
    def passfile(self) -> Path:
        return self.root / "pgpass"

    def url(self, database: str = "postgres", user: Optional[str] = None) -> str:
        return f"postgresql://{user or self.admin}@127.0.0.1:{self.port}/{database}"

    def _as_server(self, *cmd: str) -> list[str]:
        if os.geteuid() == 0:
            return ["runuser", "-u", "postgres", "--", *cmd]
        return list(cmd)

    def _write_passfile(self) -> None:
        lines = [f"127.0.0.1:{self.port}:*:{user}:{password}" for user, password in self.passwords.items()]
        self.passfile.write_text("\n".join(lines) + "\n")
        self.passfile.chmod(0o600)

    def add_login(self, user: str, *member_of: str) -> str:
        """A login role with a password (kept in the PGPASSFILE), member of the given roles."""
        import psycopg

        password = secrets.token_hex(12)
        with psycopg.connect(self.url(), autocommit=True) as conn:
            conn.execute(f'CREATE ROLE "{user}" LOGIN PASSWORD \'{password}\'')
            for role in member_of:
                conn.execute(f'GRANT "{role}" TO "{user}"')
        self.passwords[user] = password
        self._write_passfile()
        return user

    def create_database(self, name: str, template: Optional[str] = None, owner: Optional[str] = None) -> str:
        import psycopg

        with psycopg.connect(self.url(), autocommit=True) as conn:
            extra = (f' TEMPLATE "{template}"' if template else "") + (f' OWNER "{owner}"' if owner else "")
            conn.execute(f'CREATE DATABASE "{name}"{extra}')
        return name

    def stop(self) -> None:
        subprocess.run(self._as_server(str(self.bin / "pg_ctl"), "-D", str(self.root / "data"), "-m", "immediate",
                                       "-w", "stop"), capture_output=True, timeout=60)
        if self._owned_root:
            shutil.rmtree(self.root, ignore_errors=True)


def start(root: Optional[Path] = None, fast: bool = True) -> Server:
    """Make and start a cluster. `fast` turns off fsync (tests); benchmarks keep PostgreSQL's defaults."""
    reason = missing_reason()
    if reason:
        raise RuntimeError(reason)
    owned = root is None
    root = Path(tempfile.mkdtemp(prefix="jp-pg-")) if root is None else Path(root)
    root.mkdir(parents=True, exist_ok=True)
    bin_dir = find_bin()
    server = Server(root=root, port=_free_port(), bin=bin_dir, _owned_root=owned)
    admin_pw = secrets.token_hex(12)
    server.passwords[server.admin] = admin_pw
    pwfile = root / "admin-password"
    pwfile.write_text(admin_pw + "\n")
    (root / "socket").mkdir(exist_ok=True)
    if os.geteuid() == 0:
        shutil.chown(root, "postgres", "postgres")
        for path in (pwfile, root / "socket"):
            shutil.chown(path, "postgres", "postgres")
    subprocess.run(server._as_server(str(bin_dir / "initdb"), "-D", str(root / "data"), "-U", server.admin,
                                     "--auth=scram-sha-256", f"--pwfile={pwfile}", "-E", "UTF8", "--no-locale"),
                   check=True, capture_output=True, timeout=180)
    pwfile.unlink()
    options = f"-p {server.port} -k {root / 'socket'} -c listen_addresses=127.0.0.1 -c max_connections=40"
    if fast:
        options += " -c fsync=off -c synchronous_commit=off -c full_page_writes=off"
    subprocess.run(server._as_server(str(bin_dir / "pg_ctl"), "-D", str(root / "data"), "-l", str(root / "server.log"),
                                     "-o", options, "-w", "-t", "60", "start"),
                   check=True, capture_output=True, timeout=120)
    server._write_passfile()
    return server


if __name__ == "__main__":
    s = start()
    print(f"PGPASSFILE={s.passfile}")
    print(f"URL={s.url()}")
    try:
        input("running; press Enter to stop ")
    finally:
        s.stop()
    time.sleep(0)
