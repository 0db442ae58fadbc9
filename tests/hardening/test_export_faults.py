"""Fault injection in the exporter (issue 9, item 3; SAFETY.md): fail the N-th write / flush / fsync /
rename that `exchange.bundle.write_bundle` makes (temp file -> flush + fsync -> os.replace -> fsync the
folder -> reopen and verify) for N = 1, 2, ... until the export completes with no fault fired; and a
disk that fills up (ENOSPC from the N-th write on). After each fault:

* the export raised (OSError from write_bundle; a one-sentence UserError from export_bundle);
* nothing is under the final name unless it is a complete bundle that `validate` accepts, and no
  temp file is left behind;
* the store is unchanged (row for row);
* once the fault has passed, the same export succeeds.

Media writes (store/media.py, the same temp -> fsync -> rename pattern) are covered by
tests/robustness/test_fault_injection.py::test_faults_while_writing_media.
"""

from __future__ import annotations

import errno
import json
import os
from pathlib import Path
from typing import Any

import pytest

from junior_planner.exchange import bundle as fmt
from junior_planner.exchange import bundle_check
from junior_planner.services import bundle as service
from junior_planner.services.errors import UserError
from junior_planner.store import Store
from junior_planner.store.database import DB_NAME
from tests.hardening.test_crash_matrix import build_workshop, table_rows
from tests.helpers import FaultyFile

pytestmark = [pytest.mark.slow]

MAX_POINTS = 5000
# the exhaustive N loop exports a 4-proposal workshop by default (every write kind is still hit);
# JP_LONG=1 uses the 20-proposal workshop of the crash matrix
PROPOSALS = 20 if os.environ.get("JP_LONG") == "1" else 4


class Faults:
    def __init__(self) -> None:
        self.count, self.target, self.sticky, self.code = 0, 0, False, errno.EIO
        self.kinds: dict[str, int] = {}
        self.fired: list[tuple[int, str]] = []

    def arm(self, target: int, code: int = errno.EIO, sticky: bool = False) -> None:
        self.count, self.target, self.code, self.sticky, self.fired, self.kinds = 0, target, code, sticky, [], {}

    def disarm(self) -> None:
        self.target = 0

    def check(self, kind: str) -> None:
        if not self.target:
            return
        self.count += 1
        self.kinds[kind] = self.kinds.get(kind, 0) + 1
        if self.count == self.target or (self.sticky and self.count > self.target):
            self.fired.append((self.count, kind))
            code = errno.ENOSPC if kind == "write" and self.code == errno.ENOSPC else self.code
            raise OSError(code, os.strerror(code))  # as the kernel says it


FAULTS = Faults()


@pytest.fixture
def faulty(monkeypatch: pytest.MonkeyPatch) -> Faults:
    real_fsync, real_replace, real_fdopen = os.fsync, os.replace, os.fdopen

    def fsync(fd: int) -> None:
        FAULTS.check("fsync")
        real_fsync(fd)

    def replace(src: Any, dst: Any) -> None:
        FAULTS.check("replace")
        real_replace(src, dst)

    monkeypatch.setattr(fmt.os, "fsync", fsync)
    monkeypatch.setattr(fmt.os, "replace", replace)
    monkeypatch.setattr(fmt.os, "fdopen", lambda *a, **k: FaultyFile(real_fdopen(*a, **k), FAULTS.check))
    FAULTS.disarm()
    yield FAULTS
    FAULTS.disarm()


@pytest.fixture(scope="module")
def workshop(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str, tuple]:
    """A 20-proposal workshop, and the members + manifest its export hands to write_bundle."""
    root = tmp_path_factory.mktemp("export-faults")
    data = root / "data"
    wid = build_workshop(data, proposals=PROPOSALS)
    captured: dict[str, Any] = {}
    real = fmt.write_bundle

    def capture(out: Path, members: Any, manifest: Any) -> Any:
        captured["args"] = (dict(members), dict(manifest))
        return real(out, members, manifest)

    fmt.write_bundle = capture
    try:
        with Store(data) as store:
            service.export_bundle(store, store.workshop(wid), root / "reference.jpbundle")
    finally:
        fmt.write_bundle = real
    return data, wid, captured["args"]


def _final_state(folder: Path, name: str) -> str:
    leftovers = [p.name for p in folder.iterdir() if p.name != name]
    assert not leftovers, f"left behind: {leftovers}"
    out = folder / name
    if not out.exists():
        return "absent"
    checked = bundle_check.check_bundle(out)
    assert not checked.problems, checked.problems[:3]
    return "complete"


def _loop(tmp_path: Path, faulty: Faults, run: Any, code: int = errno.EIO, sticky: bool = False,
          targets: Any = None) -> dict[str, Any]:
    points, by_kind, finals = 0, {}, {}
    total_calls = 0
    n = 0
    for n in (targets or range(1, MAX_POINTS)):
        folder = tmp_path / f"n-{n:05d}-{code}-{int(sticky)}"
        folder.mkdir()
        faulty.arm(n, code, sticky)
        raised = None
        try:
            run(folder / "out.jpbundle")
        except (OSError, UserError, fmt.BundleError) as exc:
            raised = exc
        finally:
            fired = list(faulty.fired)
            total_calls = faulty.count
            faulty.disarm()
        if not fired:
            assert raised is None, f"N={n}: {raised!r} without a fault"
            assert _final_state(folder, "out.jpbundle") == "complete"
            if targets is None:
                break
            continue
        points += 1
        kind = fired[0][1]
        by_kind[kind] = by_kind.get(kind, 0) + 1
        assert raised is not None, f"N={n}: the {kind} fault was swallowed and the export reported done"
        state = _final_state(folder, "out.jpbundle")
        finals[state] = finals.get(state, 0) + 1
        run(folder / "out.jpbundle")  # the fault has passed: the same export works
        assert _final_state(folder, "out.jpbundle") == "complete"
    return {"fault_points": points, "by_kind": by_kind, "final_name_after_fault": finals,
            "calls_in_a_clean_run": total_calls, "last_n": n}


def test_faults_in_write_bundle(workshop: tuple, faulty: Faults, tmp_path: Path) -> None:
    _data, _wid, (members, manifest) = workshop
    figures = _loop(tmp_path, faulty, lambda out: fmt.write_bundle(out, members, manifest))
    print(f"\nexport-faults write_bundle (EIO at N): {json.dumps(figures)}")
    assert figures["fault_points"] >= 10 and {"write", "flush", "fsync", "replace"} <= set(figures["by_kind"])


def test_disk_full_in_write_bundle(workshop: tuple, faulty: Faults, tmp_path: Path) -> None:
    _data, _wid, (members, manifest) = workshop
    faulty.arm(10 ** 9)
    fmt.write_bundle(tmp_path / "count.jpbundle", members, manifest)
    writes = faulty.kinds.get("write", 0)
    faulty.disarm()
    targets = sorted({1, 2, writes // 4, writes // 2, writes - 1, writes, writes + 1})
    (tmp_path / "full").mkdir()
    figures = _loop(tmp_path / "full", faulty, lambda out: fmt.write_bundle(out, members, manifest),
                    code=errno.ENOSPC, sticky=True, targets=[t for t in targets if t > 0])
    print(f"\nexport-faults disk full (ENOSPC from the N-th write on, N in {targets}): {json.dumps(figures)}")
    assert figures["fault_points"] >= 5


def test_faults_in_the_export_command_leave_the_store_alone(workshop: tuple, faulty: Faults, tmp_path: Path) -> None:
    """The whole export_bundle (as the CLI and the UI call it): the first fault of each kind and a
    full disk give a one-sentence UserError, the store is unchanged row for row."""
    data, wid, _args = workshop
    before = table_rows(data / DB_NAME)
    faulty.arm(10 ** 9)
    with Store(data) as store:
        service.export_bundle(store, store.workshop(wid), tmp_path / "count.jpbundle")
    kinds_seen = dict(faulty.kinds)
    faulty.disarm()
    writes = kinds_seen["write"]
    targets = [1, writes // 2, writes, writes + 1, writes + 2, writes + 3]

    def run(out: Path) -> None:
        with Store(data) as store:
            service.export_bundle(store, store.workshop(wid), out)

    (tmp_path / "cmd").mkdir()
    figures = _loop(tmp_path / "cmd", faulty, run, targets=targets)
    (tmp_path / "cmd-full").mkdir()
    full = _loop(tmp_path / "cmd-full", faulty, run, code=errno.ENOSPC, sticky=True, targets=[1, writes // 2])
    after = table_rows(data / DB_NAME)
    for rows in (before, after):
        rows.pop("sessions", None)
    assert after == before, "an export changed the store"
    print(f"\nexport-faults export_bundle: calls in a clean run {kinds_seen}; EIO {json.dumps(figures)}; "
          f"ENOSPC {json.dumps(full)}")
    assert figures["fault_points"] >= 4 and full["fault_points"] == 2


def test_disk_full_message_is_one_sentence(workshop: tuple, faulty: Faults, tmp_path: Path) -> None:
    data, wid, _args = workshop
    faulty.arm(1, errno.ENOSPC, sticky=True)
    try:
        with Store(data) as store, pytest.raises(UserError) as info:
            service.export_bundle(store, store.workshop(wid), tmp_path / "out.jpbundle")
    finally:
        faulty.disarm()
    text = str(info.value)
    assert "out.jpbundle" in text and "No space left" in text and "\n" not in text, text
    assert list(tmp_path.iterdir()) == []


def test_failed_folder_fsync_fails_the_export(workshop: tuple, faulty: Faults, tmp_path: Path) -> None:
    _data, _wid, (members, manifest) = workshop
    faulty.arm(10 ** 9)
    fmt.write_bundle(tmp_path / "count.jpbundle", members, manifest)
    last_fsync = faulty.count  # the folder fsync is the last counted call
    faulty.disarm()
    (tmp_path / "f").mkdir()
    faulty.arm(last_fsync)
    try:
        with pytest.raises(OSError):
            fmt.write_bundle(tmp_path / "f" / "out.jpbundle", members, manifest)
    finally:
        fired = list(faulty.fired)
        faulty.disarm()
    assert fired and fired[0][1] == "fsync"
