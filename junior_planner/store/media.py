"""Content-addressed media beside the database (voice notes, snapshots, imported site models).

Every file is written temp -> flush + fsync -> os.replace -> fsync the folder, so a crash leaves
either the whole file or nothing under its final name.
"""

from __future__ import annotations

import hashlib
import os
import tempfile
from pathlib import Path


def fsync_dir(folder: Path) -> None:
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def atomic_write(path: Path, data: bytes) -> None:
    if not path.parent.exists():
        path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        os.chmod(path.parent, 0o700)  # children's voice notes: owner only, whatever the umask
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".tmp-", suffix=path.suffix)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.chmod(tmp, 0o600)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    fsync_dir(path.parent)


class MediaStore:
    def __init__(self, folder: Path):
        self.folder = Path(folder)

    def path(self, digest: str, suffix: str) -> Path:
        if len(digest) != 64 or any(c not in "0123456789abcdef" for c in digest):
            raise ValueError("not a sha256 digest")
        return self.folder / f"{digest}{suffix}"

    def put(self, data: bytes, suffix: str) -> str:
        digest = hashlib.sha256(data).hexdigest()
        target = self.path(digest, suffix)
        if not target.exists() or hashlib.sha256(target.read_bytes()).hexdigest() != digest:
            atomic_write(target, data)
        return digest

    def get(self, digest: str, suffix: str) -> bytes:
        data = self.path(digest, suffix).read_bytes()
        if hashlib.sha256(data).hexdigest() != digest:
            raise OSError(f"media file {digest}{suffix} does not match its checksum")
        return data
