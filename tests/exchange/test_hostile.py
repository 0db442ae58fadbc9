"""Bundles from other machines are hostile (SAFETY.md): each malicious bundle built here is refused
by `junior-planner import` with exit code 2 and one line naming the problem, and the store is
unchanged (every table compared before and after, and the media folder)."""

from __future__ import annotations

import json
import os
import struct
import zipfile
from pathlib import Path
from typing import Callable

import pytest

from junior_planner.cli import main
from junior_planner.exchange.safezip import DEFAULT_LIMITS
from junior_planner.store import Store
from junior_planner.store.merge import dump_tables

from tests.exchange.helpers import members, rezip


def _info(name: str, mode: int = 0o100644) -> zipfile.ZipInfo:
    info = zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0))
    info.create_system = 3
    info.external_attr = mode << 16
    return info


def _with(extra: dict[str, bytes]) -> Callable:
    def build(content, manifest, path):
        content.update(extra)
        return rezip(path, content)
    return build


def _patch_name(path: Path, placeholder: bytes, replacement: bytes) -> None:
    raw = path.read_bytes()
    assert raw.count(placeholder) == 2 and len(placeholder) == len(replacement)
    path.write_bytes(raw.replace(placeholder, replacement))


def nul_in_name(content, manifest, path):
    content["summary.csvQ.txt"] = b"x"
    rezip(path, content)
    _patch_name(path, b"summary.csvQ.txt", b"summary.csv\x00.txt")
    return path


def symlink(content, manifest, path):
    data = b"/etc/passwd"
    return rezip(path, {**content, "README.txt": data}, infos={"README.txt": _info("README.txt", 0o120777)})


def case_collision(content, manifest, path):
    content["SUMMARY.csv"] = content["summary.csv"]
    return rezip(path, content)


def too_many_entries(content, manifest, path):
    for i in range(DEFAULT_LIMITS.max_entries + 1):
        content[f"audio/{i:064x}.wav"] = b""
    return rezip(path, content)


def zip_bomb(content, manifest, path):
    content["proposals.geojson"] = b" " * (64 * 1024 * 1024)  # deflates ~1000:1
    return rezip(path, content)


def _patch_sizes(path: Path, name: str, size: int) -> None:
    """Declare `size` bytes uncompressed for `name` in the central directory."""
    raw = bytearray(path.read_bytes())
    encoded = name.encode()
    at = 0
    while True:
        at = raw.find(b"PK\x01\x02", at)
        if at < 0:
            raise AssertionError("member not found")
        n = struct.unpack_from("<H", raw, at + 28)[0]
        if raw[at + 46:at + 46 + n] == encoded:
            struct.pack_into("<I", raw, at + 24, size)
            path.write_bytes(bytes(raw))
            return
        at += 46


def too_big_total(content, manifest, path):
    names = [f"audio/{i:064x}.wav" for i in range(4)]
    for name in names:
        content[name] = b"RIFF"
    with zipfile.ZipFile(rezip(path, content)) as zf:
        pass
    for name in names:
        _patch_sizes(path, name, 900 * 1024 * 1024)
    return path


def overlapping(content, manifest, path):
    rezip(path, content)
    raw = bytearray(path.read_bytes())
    with zipfile.ZipFile(path) as zf:
        infos = zf.infolist()
    first, second = infos[0], infos[1]
    at = 0
    while True:  # point the second central entry at the first member's local header
        at = raw.find(b"PK\x01\x02", at)
        n = struct.unpack_from("<H", raw, at + 28)[0]
        if raw[at + 46:at + 46 + n] == second.filename.encode():
            struct.pack_into("<I", raw, at + 42, first.header_offset)
            break
        at += 46
    path.write_bytes(bytes(raw))
    return path


def _manifest_text(text_of: Callable[[dict], str]) -> Callable:
    def build(content, manifest, path):
        rezip(path, content)  # fixes the file list
        content = members(path)
        content["manifest.json"] = text_of(json.loads(content["manifest.json"])).encode()
        with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
            for name, data in content.items():
                zf.writestr(name, data)
        return path
    return build


def _proposal_edit(edit: Callable[[dict], None]) -> Callable:
    def build(content, manifest, path):
        name = sorted(n for n in content if n.startswith("proposals/"))[0]
        doc = json.loads(content[name])
        edit(doc)
        content[name] = json.dumps(doc).encode()
        return rezip(path, content)
    return build


def proposal_nan(content, manifest, path):
    name = sorted(n for n in content if n.startswith("proposals/"))[0]
    content[name] = content[name].replace(b'"yaw": ', b'"yaw": NaN, "x": ', 1)
    return rezip(path, content)


def deep(m: dict) -> str:
    m["workshop"]["settings"]["palette"] = json.loads("[" * 60 + "]" * 60)
    return json.dumps(m)


def duplicate_key(m: dict) -> str:
    return json.dumps(m)[:-1] + ', "format": "junior-planner-bundle"}'


def checksum_mismatch(content, manifest, path):
    rezip(path, content)
    content = members(path)
    content["summary.csv"] = content["summary.csv"][:-1] + b"!"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, data in content.items():
            zf.writestr(name, data)
    return path


def damaged_member(content, manifest, path):
    """summary.csv's compressed bytes flipped in place: the zip's CRC no longer matches."""
    rezip(path, content)
    with zipfile.ZipFile(path) as zf:
        info = zf.getinfo("summary.csv")
    raw = bytearray(path.read_bytes())
    name_len, extra_len = int.from_bytes(raw[info.header_offset + 26:info.header_offset + 28], "little"), \
        int.from_bytes(raw[info.header_offset + 28:info.header_offset + 30], "little")
    start = info.header_offset + 30 + name_len + extra_len
    middle = start + info.compress_size // 2
    raw[middle] ^= 0xFF
    path.write_bytes(bytes(raw))
    return path


def missing_block(doc: dict) -> None:
    doc["annotations"].append({"uuid": "n1", "anchor": {"block": "no-such-block"}, "sticker": "love", "reasons": [],
                               "text": "", "audio": None, "author": None, "created_at": "2026-01-01T00:00:00Z"})


def not_a_zip(content, manifest, path):
    path.write_bytes(b"PK\x03\x04 this is not really a zip" + bytes(100))
    return path


def unknown_block_type(doc: dict) -> None:
    doc["blocks"][0]["type"] = "rocket-launcher"


CASES = {
    "zip-slip": (_with({"../evil.txt": b"x"}), "climbs out of the bundle"),
    "deep-zip-slip": (_with({"proposals/../../evil.txt": b"x"}), "climbs out of the bundle"),
    "absolute-path": (_with({"/etc/cron.d/evil": b"x"}), "absolute path"),
    "backslash": (_with({"proposals\\..\\evil.json": b"x"}), "backslash"),
    "drive-letter": (_with({"C:/Windows/evil.json": b"x"}), "drive letter"),
    "nul-in-name": (nul_in_name, "the member name 'summary.csv\\0.txt' contains a NUL character"),
    "damaged-member": (damaged_member, "the member 'summary.csv' is damaged"),
    "symlink": (symlink, "symbolic link"),
    "case-collision": (case_collision, "same when case is ignored"),
    "unexpected-member": (_with({"extra/run-me.sh": b"#!/bin/sh\n"}), "unexpected member 'extra/run-me.sh'"),
    "folder-entry-with-content": (_with({"proposals/": b"x"}), "folder entry with content"),
    "too-many-entries": (too_many_entries, "too many members"),
    "too-big-total": (too_big_total, "add up to more than"),
    "zip-bomb-ratio": (zip_bomb, "expands suspiciously much"),
    "overlapping-entries": (overlapping, "overlap"),
    "json-too-big": (_manifest_text(lambda m: json.dumps({**m, "padding": os.urandom(5 * 1024 * 1024).hex()})), "too big"),
    "json-too-deep": (_manifest_text(deep), "nested too deeply"),
    "json-nan": (_manifest_text(lambda m: json.dumps(m).replace('"height": 40.0', '"height": NaN')), "NaN is not allowed"),
    "json-infinity": (_manifest_text(lambda m: json.dumps(m).replace('"height": 40.0', '"height": Infinity')), "Infinity"),
    "duplicate-key": (_manifest_text(duplicate_key), "the key 'format' appears twice"),
    "future-format-version": (_manifest_text(lambda m: json.dumps({**m, "format_version": 2})), "newer Junior Planner"),
    "not-our-format": (_manifest_text(lambda m: json.dumps({**m, "format": "something-else"})), "does not describe"),
    "schema-violation": (_manifest_text(lambda m: json.dumps({**m, "extra": 1})), "Additional properties"),
    "proposal-nan": (proposal_nan, "NaN is not allowed"),
    "checksum-mismatch": (checksum_mismatch, "does not match its sha256 checksum"),
    "note-on-missing-block": (_proposal_edit(missing_block), "which is not in the proposal"),
    "pseudonym-smuggled": (_proposal_edit(lambda d: d["participants"][0].update(pseudonym="Red Tiger")), "pseudonym"),
    "unknown-block-type": (_proposal_edit(unknown_block_type), "rocket-launcher"),
    "not-a-zip": (not_a_zip, "not a zip file"),
}


@pytest.fixture
def target(lawn, tmp_path):
    """A store that already holds something (another workshop's import), to compare before/after."""
    store, ws, path = lawn
    data = tmp_path / "target"
    with Store(data) as t:
        from junior_planner.services import bundle

        bundle.import_bundle(t, path)
        # drop one proposal so that a successful import would change the store
        pid = t.proposal_summaries(ws.id)[0].id
        with t.db.transaction() as c:
            c.execute("DELETE FROM proposals WHERE id=?", (pid,))
        before = dump_tables(t)
    return data, before


@pytest.mark.parametrize("case", list(CASES), ids=list(CASES))
def test_hostile_bundle_is_refused_and_the_store_is_unchanged(case, lawn, target, tmp_path, capsys):
    _store, _ws, good = lawn
    data, before = target
    media_before = sorted(p.name for p in (data / "media").glob("*")) if (data / "media").exists() else []
    build, expected = CASES[case]
    content = members(good)
    path = build(content, json.loads(content["manifest.json"]), tmp_path / f"{case}.jpbundle")
    capsys.readouterr()
    code = main(["--data-dir", str(data), "import", str(path)])
    out, err = capsys.readouterr()
    assert code == 2, (out, err)
    assert out == ""
    assert err.count("\n") == 1 and err.startswith("junior-planner: "), err
    assert expected in err, err
    assert path.name in err, "the message names the bundle"
    with Store(data) as t:
        assert dump_tables(t) == before
    assert (sorted(p.name for p in (data / "media").glob("*")) if (data / "media").exists() else []) == media_before


def test_validate_refuses_the_same_bundles(lawn, tmp_path, capsys):
    """validate gives exit code 2 for every hostile bundle too (and never raises)."""
    _store, _ws, good = lawn
    for case, (build, expected) in CASES.items():
        if case in ("unknown-block-type",):  # a compatibility question for import, not a broken file
            continue
        content = members(good)
        path = build(content, json.loads(content["manifest.json"]), tmp_path / f"v-{case}.jpbundle")
        capsys.readouterr()
        assert main(["validate", str(path)]) == 2, case
        assert expected in capsys.readouterr().err, case


def test_the_good_bundle_imports(lawn, target, capsys):
    """The fixture's unmodified bundle is accepted by the same store (the cases above are refused
    for their fault alone)."""
    _store, _ws, good = lawn
    data, before = target
    assert main(["--data-dir", str(data), "import", str(good)]) == 0
    assert "1 new proposals" in capsys.readouterr().out
