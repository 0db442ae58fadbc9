"""Security review checks (issue 9, item 6; SAFETY.md "Children's data").

Already covered elsewhere (referenced, not repeated):
* PIN salted + slowed, never in clear, 5-try lock-out surviving a restart: tests/services/test_pin.py
* deletion leaves no trace (rows, history, media, the database file itself), purge by keep-until:
  tests/services/test_data_rights.py
Here: scrypt strength and the raw files (database + WAL) never holding the PIN; owner-only modes of
the data folder, database, WAL, -shm, media and exported bundles (even under umask 022); purge of an
expired workshop end to end; no network call in a full replay + export + import + indicators run
(audit hook in a subprocess); no networking imports in the package.
"""

from __future__ import annotations

import json
import os
import re
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from junior_planner.services import bundle, data_rights, library, pin, workshops
from junior_planner.store import Store
from junior_planner.store.database import DB_NAME
from tests.robustness._common import make_script

PACKAGE = Path(__file__).resolve().parents[2] / "junior_planner"
POSIX = pytest.mark.skipif(sys.platform == "win32", reason="POSIX file modes")


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_scrypt_parameters_are_strong_and_the_pin_is_in_no_file(data_dir: Path) -> None:
    assert pin.SCRYPT["n"] >= 2 ** 14 and pin.SCRYPT["r"] >= 8 and pin.SCRYPT["p"] >= 1
    record = pin.hash_pin("482913")
    assert record["n"] >= 2 ** 14 and len(bytes.fromhex(record["salt"])) >= 16
    assert pin.hash_pin("482913")["hash"] != record["hash"], "no salt"
    with Store(data_dir) as store:
        ws = workshops.new_workshop(store, "practice-lawn", "Security")
        pin.PinGuard(store, ws.id).set_pin("482913")
        raw = b"".join(p.read_bytes() for p in data_dir.iterdir() if p.is_file())  # db + WAL while open
        assert b"482913" not in raw and "482913".encode("utf-16-le") not in raw
    raw = b"".join(p.read_bytes() for p in data_dir.iterdir() if p.is_file())
    assert b"482913" not in raw


@POSIX
def test_store_media_and_bundles_are_owner_only(data_dir: Path, tmp_path: Path) -> None:
    old = os.umask(0o022)
    try:
        with Store(data_dir) as store:
            ws = workshops.new_workshop(store, "practice-lawn", "Modes")
            ws = data_rights.edit_workshop(store, ws, consent_on_file="test")
            proposal = workshops.start_proposal(store, ws)
            workshops.join(store, proposal, "Blue Fox", "9-11")
            digest = store.media.put(b"RIFF voice", ".wav")
            files = {p.name: _mode(p) for p in data_dir.rglob("*")}
            out = tmp_path / "out"
            out.mkdir()
            bundle.export_bundle(store, store.workshop(ws.id), out / "w.jpbundle")
            bundle_mode = _mode(out / "w.jpbundle")
    finally:
        os.umask(old)
    assert _mode(data_dir) == 0o700
    assert files[DB_NAME] == 0o600 and files[DB_NAME + "-wal"] == 0o600, files
    assert files.get(DB_NAME + "-shm", 0o600) == 0o600, files
    media = [name for name in files if name.startswith(digest)]
    assert media and all(files[name] == 0o600 for name in media), files
    # the exporter writes through tempfile.mkstemp (0600) and os.replace keeps the mode
    assert bundle_mode == 0o600, oct(bundle_mode)


def test_purge_deletes_an_expired_workshop_and_keeps_a_current_one(data_dir: Path) -> None:
    with Store(data_dir) as store:
        old = data_rights.create_workshop(store, "practice-lawn", "Expired Zebra Workshop", keep_until="2098-01-31")
        new = data_rights.create_workshop(store, "practice-lawn", "Current Workshop", keep_until="2100-01-01")
        for ws in (old, new):
            workshops.join(store, workshops.start_proposal(store, ws), "Blue Fox", "9-11")
        purged = data_rights.purge_expired(store, on="2098-02-01")
        assert [p.workshop_id for p in purged] == [old.id]
        assert store.workshop(old.id) is None and store.workshop(new.id) is not None
        assert store.proposal_summaries(old.id) == []
    raw = b"".join(p.read_bytes() for p in data_dir.iterdir() if p.is_file())
    assert b"Expired Zebra" not in raw, "the purged workshop's title is still in the database file"


NO_NETWORK = r"""
import sys
calls = []
def hook(event, args):
    if (event.startswith("socket.") and event != "socket.gethostname") or event in ("urllib.Request", "http.client.connect", "ftplib.connect",
                                                  "smtplib.connect", "webbrowser.open"):
        calls.append(event)
        raise RuntimeError(f"network call: {event} {args!r}"[:300])
sys.addaudithook(hook)
from junior_planner import cli
import json
data, script, out, other = sys.argv[1:5]
codes = []
def run(*argv):
    import contextlib, io
    buf = io.StringIO()
    with contextlib.redirect_stdout(buf):
        codes.append(cli.main(["--data-dir", data, *argv]))
    return buf.getvalue().strip()
wid = run("workshop", "new", "--site", "practice-lawn", "--title", "Offline")
pid = run("replay", "--workshop", wid, script).splitlines()[-1]
run("indicators", pid, "--json")
run("export", "--workshop", wid, "--out", out, "--no-snapshots")
run("validate", out)
codes.append(cli.main(["--data-dir", other, "import", out]))
print(json.dumps({"codes": codes, "calls": calls}))
"""


def test_no_network_during_replay_export_import_indicators(tmp_path: Path) -> None:
    lines = make_script(7, 60, library.load_catalog())
    script = tmp_path / "script.jsonl"
    script.write_text("".join(json.dumps(line) + "\n" for line in lines), encoding="utf-8")
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    done = subprocess.run([sys.executable, "-c", NO_NETWORK, str(tmp_path / "data"), str(script),
                           str(tmp_path / "out.jpbundle"), str(tmp_path / "other")],
                          capture_output=True, text=True, timeout=300, env=env,
                          cwd=str(PACKAGE.parent))
    assert done.returncode == 0, done.stderr[-2000:]
    result = json.loads(done.stdout.strip().splitlines()[-1])
    assert result["calls"] == [], result
    assert result["codes"] == [0] * 6, (result, done.stderr[-1000:])


def test_no_networking_imports_in_the_package() -> None:
    pattern = re.compile(r"^\s*(?:import|from)\s+(urllib|http|requests|httpx|aiohttp|urllib3|socket|ftplib|smtplib|"
                         r"xmlrpc|websocket|websockets|grpc|sentry_sdk|telemetry|webbrowser)\b", re.M)
    found = {str(p.relative_to(PACKAGE)): pattern.findall(p.read_text(encoding="utf-8"))
             for p in PACKAGE.rglob("*.py")}
    found = {k: v for k, v in found.items() if v}
    # store/database.py imports socket for socket.gethostname() only (the session row: pid + host)
    assert found == {"store/database.py": ["socket"]}, found
    uses = set(re.findall(r"socket\.(\w+)", (PACKAGE / "store" / "database.py").read_text(encoding="utf-8")))
    assert uses == {"gethostname"}, uses


@POSIX
def test_the_media_folder_is_owner_only(data_dir: Path) -> None:
    old = os.umask(0o022)
    try:
        with Store(data_dir) as store:
            store.media.put(b"RIFF voice", ".wav")
    finally:
        os.umask(old)
    folders = [p for p in data_dir.rglob("*") if p.is_dir()]
    assert folders and all(_mode(p) & 0o077 == 0 for p in folders), {p.name: oct(_mode(p)) for p in folders}
