"""Reading zip files from other machines without trusting them (SAFETY.md).

Never `extractall`: the central directory is checked entry by entry (names, types, sizes,
compression ratio, overlaps, case-folding collisions) before any member is read, and members are
then read through bounded streams into memory. Every refusal is a `BundleError` whose message is
one sentence naming the file and what is wrong with it.
"""

from __future__ import annotations

import hashlib
import json
import re
import stat
import struct
import unicodedata
import zipfile
import zlib
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Iterator, Optional

from junior_planner.i18n import _


class BundleError(ValueError):
    """A bundle that cannot be used; the message is one sentence naming the file and the problem."""


@dataclass(frozen=True)
class Limits:
    max_file_bytes: int = 4 * 1024 ** 3          # the zip file itself
    max_entries: int = 10_000
    max_total_bytes: int = 3 * 1024 ** 3         # sum of uncompressed sizes
    max_member_bytes: int = 1024 ** 3            # one member, uncompressed
    max_ratio: float = 200.0                     # uncompressed / compressed, for members over 1 MiB
    ratio_floor_bytes: int = 1024 ** 2


DEFAULT_LIMITS = Limits()
_DRIVE = re.compile(r"^[A-Za-z]:")
_LOCAL_HEADER = struct.Struct("<4s5H3I2H")
_LOCAL_SIGNATURE = b"PK\x03\x04"
_CHUNK = 1024 * 1024


def _check_name(raw: str, where: str) -> None:
    shown = raw.replace("\x00", "\\0")
    if "\x00" in raw:
        raise BundleError(_("{file}: the member name '{name}' contains a NUL character").format(file=where, name=shown))
    if "\\" in raw:
        raise BundleError(_("{file}: the member name '{name}' contains a backslash").format(file=where, name=shown))
    if raw.endswith("/"):
        raise BundleError(_("{file}: '{name}' is a folder entry, which a bundle never has").format(file=where, name=shown))
    if raw.startswith("/"):
        raise BundleError(_("{file}: the member name '{name}' is an absolute path").format(file=where, name=shown))
    if _DRIVE.match(raw):
        raise BundleError(_("{file}: the member name '{name}' starts with a drive letter").format(file=where, name=shown))
    parts = raw.split("/")
    if ".." in parts:
        raise BundleError(_("{file}: the member name '{name}' climbs out of the bundle with '..'").format(file=where, name=shown))
    if any(part in ("", ".") for part in parts) or any(ord(ch) < 32 for ch in raw):
        raise BundleError(_("{file}: the member name '{name}' is not a plain relative path").format(file=where, name=shown))


def _file_type(info: zipfile.ZipInfo) -> Optional[int]:
    """The Unix file type bits of an entry made on Unix (None when the zip does not say)."""
    mode = info.external_attr >> 16
    if info.create_system != 3 or stat.S_IFMT(mode) == 0:
        return None
    return stat.S_IFMT(mode)


class SafeZip:
    """A checked zip: `names` are the members, `read(name, limit)` returns one member's bytes."""

    def __init__(self, path: Path | str, limits: Limits = DEFAULT_LIMITS):
        self.path = Path(path)
        self.where = self.path.name
        self.limits = limits
        try:
            if not self.path.is_file():
                raise BundleError(_("{file}: there is no such file").format(file=self.path))
            size = self.path.stat().st_size
        except OSError as exc:
            raise BundleError(_("{file}: cannot read it ({reason})").format(file=self.path, reason=exc.strerror)) from None
        if size > limits.max_file_bytes:
            raise BundleError(_("{file}: the file is too big ({size} bytes)").format(file=self.where, size=size))
        try:
            self._zip = zipfile.ZipFile(self.path)
        except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, ValueError, EOFError, NotImplementedError):
            raise BundleError(_("{file}: this is not a zip file (a bundle is a zip file)").format(file=self.where)) from None
        try:
            self._infos = self._check_directory(size)
        except BaseException:
            self._zip.close()
            raise

    # --- the central directory ---------------------------------------------------------------
    def _check_directory(self, file_size: int) -> dict[str, zipfile.ZipInfo]:
        infos = self._zip.infolist()
        limits, where = self.limits, self.where
        if len(infos) > limits.max_entries:
            raise BundleError(_("{file}: too many members ({count}; at most {limit})").format(
                file=where, count=len(infos), limit=limits.max_entries))
        total = sum(info.file_size for info in infos)
        if total > limits.max_total_bytes:
            raise BundleError(_("{file}: the members add up to more than {limit} bytes").format(
                file=where, limit=limits.max_total_bytes))
        seen: dict[str, str] = {}
        by_name: dict[str, zipfile.ZipInfo] = {}
        for info in infos:
            raw = info.orig_filename
            _check_name(raw[:-1] if raw.endswith("/") and len(raw) > 1 else raw, where)
            kind = _file_type(info)
            if raw.endswith("/") or info.is_dir() or kind == stat.S_IFDIR:
                # zip tools add folder entries when a planner unzips and zips a bundle again:
                # an empty one says nothing and is passed over; one with content is refused
                if info.file_size or info.compress_size > 2 or not raw.endswith("/"):
                    raise BundleError(_("{file}: '{name}' is a folder entry with content").format(file=where, name=raw))
                continue
            if kind == stat.S_IFLNK:
                raise BundleError(_("{file}: '{name}' is a symbolic link").format(file=where, name=raw))
            if kind is not None and kind != stat.S_IFREG:
                raise BundleError(_("{file}: '{name}' is not a regular file").format(file=where, name=raw))
            folded = unicodedata.normalize("NFC", raw).casefold()
            if folded in seen:
                raise BundleError(_("{file}: the member names '{first}' and '{second}' are the same when case is ignored").format(
                    file=where, first=seen[folded], second=raw))
            seen[folded] = raw
            if info.flag_bits & 0x1:
                raise BundleError(_("{file}: '{name}' is encrypted").format(file=where, name=raw))
            if info.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED):
                raise BundleError(_("{file}: '{name}' uses an unsupported compression method").format(file=where, name=raw))
            if info.file_size > limits.max_member_bytes:
                raise BundleError(_("{file}: '{name}' is too big ({size} bytes)").format(file=where, name=raw, size=info.file_size))
            if info.compress_type == zipfile.ZIP_STORED and info.compress_size != info.file_size:
                raise BundleError(_("{file}: '{name}' has inconsistent sizes").format(file=where, name=raw))
            if (info.file_size > limits.ratio_floor_bytes
                    and info.file_size > limits.max_ratio * max(info.compress_size, 1)):
                raise BundleError(_("{file}: '{name}' expands suspiciously much ({ratio:.0f} times; a zip bomb?)").format(
                    file=where, name=raw, ratio=info.file_size / max(info.compress_size, 1)))
            by_name[raw] = info
        self._check_overlaps(infos, file_size)
        return by_name

    def _check_overlaps(self, infos: list[zipfile.ZipInfo], file_size: int) -> None:
        """Each member's local header and data must lie in its own stretch of the file, before the
        central directory, with the same name as the directory says (overlapping entries are a
        known zip-bomb and parser-confusion trick)."""
        where = self.where
        end_of_data = getattr(self._zip, "start_dir", file_size)
        previous_end, previous_name = 0, ""
        fp = self._zip.fp
        assert fp is not None
        for info in sorted(infos, key=lambda i: i.header_offset):
            if info.header_offset < previous_end:
                raise BundleError(_("{file}: the members '{first}' and '{second}' overlap").format(
                    file=where, first=previous_name, second=info.orig_filename))
            fp.seek(info.header_offset)
            header = fp.read(_LOCAL_HEADER.size)
            if len(header) != _LOCAL_HEADER.size or header[:4] != _LOCAL_SIGNATURE:
                raise BundleError(_("{file}: the member '{name}' is damaged").format(file=where, name=info.orig_filename))
            fields = _LOCAL_HEADER.unpack(header)
            name_len, extra_len = fields[9], fields[10]
            local_name = fp.read(name_len)
            if local_name.decode("utf-8" if info.flag_bits & 0x800 else "cp437", "replace") != info.orig_filename:
                raise BundleError(_("{file}: the member '{name}' has a different name in its local header").format(
                    file=where, name=info.orig_filename))
            end = info.header_offset + _LOCAL_HEADER.size + name_len + extra_len + info.compress_size
            if end > end_of_data:
                raise BundleError(_("{file}: the member '{name}' runs past the end of the data").format(
                    file=where, name=info.orig_filename))
            previous_end, previous_name = end, info.orig_filename

    # --- members -------------------------------------------------------------------------------
    @property
    def names(self) -> list[str]:
        return list(self._infos)

    def info(self, name: str) -> zipfile.ZipInfo:
        return self._infos[name]

    def chunks(self, name: str, limit: Optional[int] = None) -> Iterator[bytes]:
        """A member's bytes in chunks, never more than its declared size (nor `limit`)."""
        info = self._infos[name]
        cap = info.file_size if limit is None else min(info.file_size, limit)
        if info.file_size > cap:
            raise BundleError(_("{file}: '{name}' is too big ({size} bytes; at most {limit})").format(
                file=self.where, name=name, size=info.file_size, limit=cap))
        got = 0
        try:
            with self._zip.open(info) as stream:
                while True:
                    chunk = stream.read(min(_CHUNK, cap + 1 - got))
                    if not chunk:
                        break
                    got += len(chunk)
                    if got > cap:
                        raise BundleError(_("{file}: '{name}' holds more data than it declares").format(file=self.where, name=name))
                    yield chunk
        except (zipfile.BadZipFile, zlib.error, OSError, EOFError, ValueError) as exc:
            if isinstance(exc, BundleError):
                raise
            raise BundleError(_("{file}: the member '{name}' is damaged ({reason})").format(
                file=self.where, name=name, reason=str(exc)[:80])) from None
        if got != info.file_size:
            raise BundleError(_("{file}: the member '{name}' is shorter than it declares").format(file=self.where, name=name))

    def head(self, name: str, size: int) -> bytes:
        """The first `size` bytes of a member (or all of it when shorter)."""
        try:
            with self._zip.open(self._infos[name]) as stream:
                return stream.read(size)
        except (zipfile.BadZipFile, zlib.error, OSError, EOFError, ValueError) as exc:
            raise BundleError(_("{file}: the member '{name}' is damaged ({reason})").format(
                file=self.where, name=name, reason=str(exc)[:80])) from None

    def read(self, name: str, limit: Optional[int] = None) -> bytes:
        return b"".join(self.chunks(name, limit))

    def sha256(self, name: str) -> tuple[str, int]:
        digest, size = hashlib.sha256(), 0
        for chunk in self.chunks(name):
            digest.update(chunk)
            size += len(chunk)
        return digest.hexdigest(), size

    def close(self) -> None:
        self._zip.close()

    def __enter__(self) -> "SafeZip":
        return self

    def __exit__(self, *exc: Any) -> None:
        self.close()


# --- strict JSON -------------------------------------------------------------------------------
class StrictJSONError(Exception):
    """JSON that breaks a rule of strict_json (the message is one translated sentence)."""


def no_duplicate_keys(pairs: list[tuple[str, Any]]) -> dict:
    """json.loads object_pairs_hook: a key given twice is refused, not silently the last one."""
    result: dict = {}
    for key, value in pairs:
        if key in result:
            raise StrictJSONError(_("the key '{key}' appears twice").format(key=key[:40]))
        result[key] = value
    return result


def reject_constant(name: str) -> Any:
    """json.loads parse_constant: NaN and Infinity are refused."""
    raise StrictJSONError(_("{value} is not allowed; use a finite number").format(value=name))


def json_depth(value: Any, limit: int) -> int:
    """Nesting depth (iterative, stops counting past `limit`)."""
    deepest = 0
    stack: list[tuple[Any, int]] = [(value, 1)]
    while stack:
        item, level = stack.pop()
        if isinstance(item, (dict, list)):
            deepest = max(deepest, level)
            if deepest > limit:
                return deepest
            stack.extend((v, level + 1) for v in (item.values() if isinstance(item, dict) else item))
    return deepest


def strict_json(raw: bytes, where: str, max_bytes: int, max_depth: int = 32) -> Any:
    """UTF-8 JSON with a size cap and a depth cap; no NaN/Infinity, no duplicate keys."""
    if len(raw) > max_bytes:
        raise BundleError(_("{file}: the JSON is too big ({size} bytes; at most {limit})").format(
            file=where, size=len(raw), limit=max_bytes))
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        raise BundleError(_("{file}: the file is not UTF-8 text").format(file=where)) from None
    if text.startswith("\ufeff"):
        raise BundleError(_("{file}: the JSON starts with a byte order mark").format(file=where))
    try:
        value = json.loads(text, object_pairs_hook=no_duplicate_keys, parse_constant=reject_constant)
    except StrictJSONError as exc:
        raise BundleError(f"{where}: {exc}") from None
    except json.JSONDecodeError as exc:
        raise BundleError(_("{file}: not valid JSON ({detail} at line {line})").format(
            file=where, detail=exc.msg, line=exc.lineno)) from None
    except RecursionError:
        raise BundleError(_("{file}: the JSON is nested too deeply").format(file=where)) from None
    if json_depth(value, max_depth) > max_depth:
        raise BundleError(_("{file}: the JSON is nested too deeply").format(file=where))
    return value
