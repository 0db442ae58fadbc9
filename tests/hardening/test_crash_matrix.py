"""Crash matrix (issue 9, item 2; SAFETY.md "Nothing a child made is ever lost"): SIGKILL at random
moments during export, import and the first open of a version-1 store (migration).

Kills come after a random delay (half anywhere in an uncut run's time, half in its last 40 %); for
export a third instead wait until the temp file appears and kill within 50 ms.

* export (`junior-planner export` of a 20-proposal workshop): after a kill the final name holds
  nothing or a complete bundle that `validate` accepts; leftover temp files are hidden dot-files
  ending in `.tmp`, never `*.jpbundle`.
* import (`junior-planner import` into an empty store): the store passes integrity_check and holds
  none or all of the bundle's proposals.
* migration (tests/golden/v1.sqlite3, killed during the first open): the store opens afterwards,
  migrated or not, with every v1 row still there.

Together with tests/robustness/test_crash_recovery.py (200 editing kills) this gives ~300 kills in
the default run; JP_LONG=1 raises the three phases here to 300 + 300 + 200 = 800 (1,000 with the
editing kills). Knobs: JP_MATRIX_EXPORT, JP_MATRIX_IMPORT, JP_MATRIX_MIGRATE, JP_MATRIX_SEED.
"""

from __future__ import annotations

import io
import json
import os
import random
import shutil
import signal
import sqlite3
import sys
import time
from pathlib import Path
from typing import Any, Callable, Optional

import pytest

from junior_planner.exchange import bundle_check
from junior_planner.services import data_rights, library, workshops
from junior_planner.services.replay import Replay
from junior_planner.store import Store
from junior_planner.store.database import DB_NAME
from junior_planner.store.migrations import CURRENT_VERSION
from tests.robustness._common import make_script
from tests.robustness.test_crash_recovery import Launcher

pytestmark = [pytest.mark.slow,
              pytest.mark.skipif(not sys.platform.startswith("linux"), reason="SIGKILL, fork and /proc")]

LONG = os.environ.get("JP_LONG") == "1"
EXPORT_KILLS = int(os.environ.get("JP_MATRIX_EXPORT", "300" if LONG else "40"))
IMPORT_KILLS = int(os.environ.get("JP_MATRIX_IMPORT", "300" if LONG else "40"))
MIGRATE_KILLS = int(os.environ.get("JP_MATRIX_MIGRATE", "200" if LONG else "20"))
SEED = int(os.environ.get("JP_MATRIX_SEED", "20261129"))
N_PROPOSALS = 20
GOLDEN_V1 = Path(__file__).resolve().parents[1] / "golden" / "v1.sqlite3"


# --- shared fixtures (also used by test_export_faults.py and test_kiosk_day.py) -------------------
def build_workshop(data: Path, proposals: int = N_PROPOSALS, lines: int = 12, seed: int = 1000) -> str:
    """A store with one consented workshop on practice-lawn holding `proposals` replayed proposals."""
    catalog = library.load_catalog()
    with Store(data) as store:
        ws = workshops.new_workshop(store, "practice-lawn", "Crash matrix")
        ws = data_rights.edit_workshop(store, ws, consent_on_file="test")
        for i in range(proposals):
            script = make_script(seed + i, lines, catalog)
            buf = io.BytesIO("".join(json.dumps(line) + "\n" for line in script).encode("utf-8"))
            Replay(store, ws, lambda _n: None).run(buf)
        assert len(store.proposal_summaries(ws.id)) == proposals
        return ws.id


def table_rows(db: Path) -> dict[str, list[tuple]]:
    """Every row of every table, read with the plain sqlite3 module (read-only)."""
    conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    try:
        names = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table' ORDER BY name")]
        return {n: sorted(conn.execute(f'SELECT * FROM "{n}"').fetchall(), key=repr) for n in names}
    finally:
        conn.close()


def integrity(store: Store) -> list[str]:
    return [r[0] for r in store.db.conn.execute("PRAGMA integrity_check").fetchall()]


# --- the kill loop -----------------------------------------------------------------------------------
def _kill_loop(name: str, kills: int, launcher: Launcher, work: Path, prepare: Callable[[Path], list[str]],
               check: Callable[[Path, int], str], writing: Optional[Callable[[Path], bool]] = None) -> dict[str, Any]:
    """Time one uncut run, then `kills` runs killed after a random delay up to 1.1 x that."""
    rng = random.Random(f"{SEED}-{name}")
    first = work / f"{name}-uncut"
    argv = prepare(first)
    err = work / f"{name}-uncut.stderr"
    t0 = time.monotonic()
    launcher.start(argv, err)
    while launcher.running():
        time.sleep(0.001)
    uncut = time.monotonic() - t0
    rc = launcher.wait()
    assert rc == 0, err.read_text()
    outcomes: dict[str, int] = {}
    check(first, 0)
    errors = []
    for i in range(kills):
        case = work / f"{name}-{i:04d}"
        argv = prepare(case)
        err = work / f"{name}-{i:04d}.stderr"
        launcher.start(argv, err)
        if writing is not None and i % 3 == 0:
            # a third of the kills aimed at the writing itself: once it has begun, within 50 ms
            deadline = time.monotonic() + 60
            while not writing(case) and launcher.running() and time.monotonic() < deadline:
                time.sleep(0.0005)
            time.sleep(rng.uniform(0.0, 0.05))
        else:
            # half anywhere in the run, half in its last 40 % (where the writing and committing happen)
            low = 0.0 if rng.random() < 0.5 else 0.6 * uncut
            time.sleep(rng.uniform(low, 1.1 * uncut))
        launcher.kill()
        rc = launcher.wait()
        if rc not in (0, -signal.SIGKILL):
            errors.append(f"{name} #{i}: exit {rc}: {err.read_text()[-500:]}")
            continue
        try:
            outcome = check(case, rc)
        except AssertionError as exc:
            errors.append(f"{name} #{i} (rc {rc}): {exc}")
            continue
        outcomes[outcome] = outcomes.get(outcome, 0) + 1
        shutil.rmtree(case, ignore_errors=True)
        err.unlink(missing_ok=True)
    assert not errors, "\n".join(errors[:10])
    return {"kills": kills, "uncut_s": round(uncut, 3), "outcomes": outcomes}


@pytest.fixture(scope="module")
def launcher():
    started = Launcher("fork")
    yield started
    started.close()


@pytest.fixture(scope="module")
def source(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str, Path]:
    """A 20-proposal workshop and a bundle of it (exported in-process)."""
    from junior_planner.services import bundle as service

    root = tmp_path_factory.mktemp("matrix-source")
    data = root / "data"
    wid = build_workshop(data)
    with Store(data) as store:
        service.export_bundle(store, store.workshop(wid), root / "source.jpbundle")
    return data, wid, root / "source.jpbundle"


SUMMARY: dict[str, Any] = {}


def test_sigkill_during_export(launcher: Launcher, source: tuple[Path, str, Path], tmp_path: Path) -> None:
    data, wid, _bundle = source
    before = table_rows(data / DB_NAME)

    def prepare(case: Path) -> list[str]:
        case.mkdir()
        return ["--data-dir", str(data), "export", "--workshop", wid, "--out", str(case / "out.jpbundle"),
                "--no-snapshots"]

    def check(case: Path, rc: int) -> str:
        out = case / "out.jpbundle"
        others = [p.name for p in case.iterdir() if p.name != "out.jpbundle"]
        for name in others:  # temp files: hidden, never taken for a bundle
            assert name.startswith(".out.jpbundle.") and name.endswith(".tmp"), f"unexpected file {name}"
        if not out.exists():
            assert rc != 0, "a finished export left no bundle"
            return "no file" + (" + temp" if others else "")
        checked = bundle_check.check_bundle(out)
        assert not checked.problems, checked.problems[:3]
        assert len(checked.proposals) == N_PROPOSALS
        return "complete" + (" + temp" if others else "")

    def writing(case: Path) -> bool:
        return any(case.glob(".out.jpbundle.*"))

    figures = _kill_loop("export", EXPORT_KILLS, launcher, tmp_path, prepare, check, writing)
    # export never writes to the store (it is opened for reading; the session row comes and goes)
    after = table_rows(data / DB_NAME)
    after.pop("sessions", None), before.pop("sessions", None)
    assert after == before
    SUMMARY["export"] = figures
    print(f"\ncrash-matrix export: {json.dumps(figures)}")


def test_sigkill_during_import(launcher: Launcher, source: tuple[Path, str, Path], tmp_path: Path) -> None:
    data, wid, bundle = source
    with Store(data) as src:
        wanted = {s.id for s in src.proposal_summaries(wid)}

    def prepare(case: Path) -> list[str]:
        return ["--data-dir", str(case / "data"), "import", str(bundle)]

    def check(case: Path, rc: int) -> str:
        folder = case / "data"
        if not (folder / DB_NAME).exists():
            assert rc != 0
            return "no store yet"
        with Store(folder) as store:
            assert integrity(store) == ["ok"]
            ids = {s.id for s in store.proposal_summaries(wid)} if store.workshop(wid) else set()
            have = len(ids)
            assert have in (0, N_PROPOSALS), f"{have} of {N_PROPOSALS} proposals after the kill"
            assert not ids or ids == wanted, "other proposals than the bundle's"
            if rc == 0:
                assert have == N_PROPOSALS
            return "all" if have else "none"

    figures = _kill_loop("import", IMPORT_KILLS, launcher, tmp_path, prepare, check)
    SUMMARY["import"] = figures
    print(f"\ncrash-matrix import: {json.dumps(figures)}")


def test_sigkill_during_migration(launcher: Launcher, tmp_path: Path) -> None:
    golden = table_rows(GOLDEN_V1)

    def prepare(case: Path) -> list[str]:
        (case / "data").mkdir(parents=True)
        shutil.copyfile(GOLDEN_V1, case / "data" / DB_NAME)
        return ["--data-dir", str(case / "data"), "workshop", "list"]

    def check(case: Path, rc: int) -> str:
        folder = case / "data"
        raw = sqlite3.connect(folder / DB_NAME)
        try:
            left_at = raw.execute("PRAGMA user_version").fetchone()[0]
        finally:
            raw.close()
        with Store(folder) as store:
            assert integrity(store) == ["ok"]
            version = store.db.conn.execute("PRAGMA user_version").fetchone()[0]
            assert version == CURRENT_VERSION
        rows = table_rows(folder / DB_NAME)
        for table, content in golden.items():
            if table == "sessions":
                continue
            assert rows.get(table) == content, f"table {table} changed by the migration"
        return f"rc {rc}, left at v{left_at}"

    figures = _kill_loop("migrate", MIGRATE_KILLS, launcher, tmp_path, prepare, check)
    SUMMARY["migrate"] = figures
    print(f"\ncrash-matrix migration: {json.dumps(figures)}")
    total = sum(v["kills"] for v in SUMMARY.values())
    phases = ", ".join(f"{k} {v['kills']}" for k, v in SUMMARY.items())
    print(f"crash-matrix: {total} kills here ({phases}); "
          f"with the 200 editing kills of tests/robustness/test_crash_recovery.py: {total + 200}")
