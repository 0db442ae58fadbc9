"""Crash recovery, the way SQLite tests it (SAFETY.md, "Nothing a child made is ever lost").

A child process (`junior-planner replay --progress`) applies a long, seeded edit script; it is
SIGKILLed at a random moment, many times. After each kill the store must open, pass
`PRAGMA integrity_check`, hold every line the child reported done (`done K` on stderr) and nothing
half-done: its content equals the reference state after line K or K+1 (the child may have committed
line K+1 but died before saying so). Undo and redo still work on the reopened history.

Knobs: JP_CRASH_KILLS (default 200), JP_CRASH_SEED, JP_CRASH_LINES, JP_CRASH_WORKERS.
"""

from __future__ import annotations

import json
import os
import random
import shutil
import signal
import subprocess
import sys
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Optional

import pytest

from junior_planner.services import library, workshops
from junior_planner.services.replay import Replay
from junior_planner.store import Store
from tests.robustness._common import canonical, make_script, stored_content

pytestmark = [pytest.mark.slow,
              pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL and fork are POSIX")]

KILLS = int(os.environ.get("JP_CRASH_KILLS", "200"))
SEED = int(os.environ.get("JP_CRASH_SEED", "20240611"))
LINES = int(os.environ.get("JP_CRASH_LINES", "500"))
WORKERS = int(os.environ.get("JP_CRASH_WORKERS", "2"))


def _cli() -> list[str]:
    script = Path(sys.executable).with_name("junior-planner")
    return [str(script)] if script.exists() else [sys.executable, "-m", "junior_planner"]


def _only_proposal(store: Store, workshop_id: str) -> Optional[str]:
    ids = [s.id for s in store.proposal_summaries(workshop_id)]
    assert len(ids) <= 1, f"the replay made {len(ids)} proposals"
    return ids[0] if ids else None


@dataclass
class Reference:
    states: list[Any]  # states[P]: content after the first P lines (P = 0: no proposal yet)
    undone: list[Any]  # undone[P]: content after line P and then one undo (None: nothing to undo)


def _reference(tmp: Path, script: Path, n_lines: int) -> Reference:
    """Apply the script in-process to a fresh store; after every line read the content back from
    the store, and also what one undo would make of it (undo + redo leaves the history as it was)."""
    store = Store(tmp)
    workshop = workshops.new_workshop(store, "practice-lawn", "Reference")
    states: list[Any] = [None]
    undone: list[Any] = [None]
    replay: Replay

    def on_done(line: int) -> None:
        assert line == len(states)
        assert replay.proposal is not None and replay.editor is not None
        now = stored_content(store, replay.proposal.id)
        assert now == canonical(replay.proposal, store.participants(proposal_id=replay.proposal.id))
        states.append(now)
        editor = replay.editor
        if editor.can_undo:
            editor.undo()
            undone.append(stored_content(store, replay.proposal.id))
            editor.redo()
            assert stored_content(store, replay.proposal.id) == now
        else:
            undone.append(None)

    replay = Replay(store, workshop, on_done)
    with open(script, "rb") as fh:
        replay.run(fh)
    store.close()
    assert len(states) == n_lines + 1
    return Reference(states, undone)


@dataclass
class Outcome:
    delay: float
    returncode: int
    k: int
    p: Optional[int]
    unclean: bool
    half_join: bool = False
    undo_checked: bool = False
    error: Optional[str] = None


# --- starting and killing the child ------------------------------------------------------------------
# "exec": each child is a fresh `junior-planner replay` process. "fork": each child is forked from a
# warm zygote (package imported, bundled sites and catalog parsed) and runs the same
# `junior_planner.cli.main([...replay...])`; only the start-up cost differs. "auto" picks fork when a
# fresh process needs more than AUTO_FORK_STARTUP seconds to finish its first line (the bundled
# sites take seconds to parse), so that 200 kills fit in about three minutes on two cores.
SPAWN = os.environ.get("JP_CRASH_SPAWN", "auto")
AUTO_FORK_STARTUP = 0.6

ZYGOTE = r"""
import json, os, sys, traceback
from junior_planner import cli
from junior_planner.services import library, replay, workshops
from junior_planner.store import Store
library.bundled_sites(); library.load_catalog()
out = sys.stdout
out.write("ready\n"); out.flush()
for line in sys.stdin:
    req = json.loads(line)
    if "wait" in req:
        _, status = os.waitpid(req["wait"], 0)
        out.write(json.dumps(os.waitstatus_to_exitcode(status)) + "\n"); out.flush()
        continue
    sys.stderr.flush()
    pid = os.fork()
    if pid == 0:
        code = 99
        try:
            fd = os.open(req["stderr"], os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
            os.dup2(fd, 2); os.close(fd)
            null = os.open(os.devnull, os.O_RDWR); os.dup2(null, 0); os.dup2(null, 1); os.close(null)
            code = cli.main(req["argv"])
            sys.stdout.flush(); sys.stderr.flush()
        except BaseException:
            traceback.print_exc(); sys.stderr.flush()
        os._exit(code)
    out.write(json.dumps(pid) + "\n"); out.flush()
"""


class Launcher:
    """Starts one child at a time (one launcher per worker thread); stderr goes to a file."""

    def __init__(self, mode: str) -> None:
        self.mode = mode
        self.zygote: Optional[subprocess.Popen] = None
        if mode == "fork":
            self.zygote = subprocess.Popen([sys.executable, "-c", ZYGOTE], stdin=subprocess.PIPE,
                                           stdout=subprocess.PIPE, text=True)
            assert self.zygote.stdout is not None and self.zygote.stdout.readline() == "ready\n"
        self.child: Optional[subprocess.Popen] = None
        self.pid = 0

    def _ask(self, request: dict) -> Any:
        assert self.zygote is not None and self.zygote.stdin is not None and self.zygote.stdout is not None
        self.zygote.stdin.write(json.dumps(request) + "\n")
        self.zygote.stdin.flush()
        return json.loads(self.zygote.stdout.readline())

    def start(self, argv: list[str], stderr: Path) -> None:
        if self.mode == "fork":
            self.pid = self._ask({"argv": argv, "stderr": str(stderr)})
            return
        with open(stderr, "wb") as err:
            self.child = subprocess.Popen(_cli() + argv, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                                          stderr=err)
        self.pid = self.child.pid

    def running(self) -> bool:
        if self.child is not None:
            return self.child.poll() is None
        try:  # a forked child is the zygote's: exited means gone or a zombie
            state = Path(f"/proc/{self.pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
        except (OSError, IndexError):
            return False
        return state not in ("Z", "X")

    def kill(self) -> None:
        try:
            os.kill(self.pid, signal.SIGKILL)  # the child is not reaped yet, so the pid is still its
        except ProcessLookupError:
            pass

    def wait(self) -> int:
        """Reap the child (before the store is opened: a zombie still counts as alive)."""
        if self.child is not None:
            code, self.child = self.child.wait(timeout=120), None
            return code
        return self._ask({"wait": self.pid})

    def close(self) -> None:
        if self.zygote is not None:
            assert self.zygote.stdin is not None
            self.zygote.stdin.close()
            self.zygote.wait(timeout=30)


def _wait_for_done(stderr: Path, target: int, launcher: Launcher, timeout: float = 300.0) -> None:
    """Poll the child's stderr until it says `done {target}` (or later) or exits."""
    deadline = time.monotonic() + timeout
    wanted = f"done {target}\n".encode()
    buffer = b""
    with open(stderr, "rb") as fh:
        while time.monotonic() < deadline:
            chunk = fh.read()
            if chunk:
                buffer += chunk
                if wanted in buffer:
                    return
                continue
            if not launcher.running():
                return
            time.sleep(0.0002)
    raise AssertionError(f"the child never said {wanted!r}")


def _done_numbers(text: str) -> list[int]:
    return [int(line.split()[1]) for line in text.splitlines() if line.startswith("done ")]


@dataclass(frozen=True)
class Kill:
    """When to kill: `delay` seconds after start (start-up kills), or once the child has said
    `done {after}`, plus `delay` seconds (a random point inside the next line's work). Tied to the
    child's progress rather than the clock, the kills stay spread over the script however loaded
    the machine is."""

    delay: float
    after: Optional[int] = None


def _kill_once(launcher: Launcher, index: int, kill: Kill, template: Path, work: Path, workshop_id: str,
               script: Path, ref: Reference, n_lines: int) -> Outcome:
    data = work / f"kill-{index:04d}"
    shutil.copytree(template, data)
    err_path = work / f"kill-{index:04d}.stderr"
    err_path.touch()
    launcher.start(["--data-dir", str(data), "replay", "--workshop", workshop_id, str(script), "--progress"],
                   err_path)
    if kill.after is not None:
        _wait_for_done(err_path, kill.after, launcher)
    time.sleep(kill.delay)
    launcher.kill()  # a no-op if it already finished
    returncode = launcher.wait()
    text = err_path.read_text(encoding="utf-8", errors="replace")
    numbers = _done_numbers(text)
    k = numbers[-1] if numbers else 0
    delay = kill.delay
    out = Outcome(delay, returncode, k, None, False)
    try:
        assert numbers == list(range(1, k + 1)), f"progress out of order: {numbers[:5]}..."
        if returncode == 0:
            assert k == n_lines
        else:
            assert returncode == -signal.SIGKILL, text
        store = Store(data)  # must open; after an unclean shutdown it runs integrity_check itself
        try:
            out.unclean = store.was_unclean
            rows = [r[0] for r in store.db.conn.execute("PRAGMA integrity_check").fetchall()]
            assert rows == ["ok"], rows
            if returncode == 0:
                assert not store.was_unclean, "a clean exit left its session behind"
            elif 0 < k < n_lines:
                # the child had the store open (it reported a commit and was not finished)
                assert store.was_unclean, "the child died holding the store but was_unclean is False"
            pid = _only_proposal(store, workshop_id)
            content = stored_content(store, pid) if pid else None
            matches = [p for p in (k, k + 1) if p <= n_lines and ref.states[p] == content]
            if not matches and k == 0 and content is not None and not content["participants"] \
                    and not content["blocks"] and not content["annotations"]:
                # killed between the first join's two commits (proposal, then participant)
                out.half_join, out.p = True, 0
            elif not matches:
                later = [p for p in range(n_lines + 1) if ref.states[p] == content]
                raise AssertionError(f"after a kill with done {k}, the store matches prefixes {later[:10]} "
                                     f"(wanted {k} or {k + 1})")
            else:
                out.p = matches[-1]
            if pid is not None and not out.half_join:
                # the history survives: one undo gives the reference's undo state, redo gives it back
                editor = workshops.open_editor(store, store.proposal(pid))
                if editor.can_undo:
                    editor.undo()
                    after_undo = stored_content(store, pid)
                    assert canonical(editor.proposal, store.participants(proposal_id=pid)) == after_undo
                    assert any(ref.undone[p] == after_undo for p in matches), "undo after reopening went wrong"
                    editor.redo()
                    assert stored_content(store, pid) == content, "redo after reopening did not restore"
                    out.undo_checked = True
                else:
                    assert all(ref.undone[p] is None for p in matches)
        finally:
            store.close()
        with Store(data) as again:  # and it reopens cleanly once more, with the same content
            assert not again.was_unclean
            assert (stored_content(again, pid) if pid else None) == content
    except Exception as exc:  # reported by the main thread, with the kill's details
        out.error = f"kill #{index} (delay {delay:.3f}s, rc {returncode}, done {k}): {type(exc).__name__}: {exc}"
        return out
    shutil.rmtree(data, ignore_errors=True)
    err_path.unlink(missing_ok=True)
    return out


def test_sigkill_during_replay_loses_nothing_reported_done(tmp_path: Path) -> None:
    started = time.monotonic()
    catalog = library.load_catalog()
    lines = make_script(SEED, LINES, catalog)
    script = tmp_path / "script.jsonl"
    script.write_text("".join(json.dumps(line, ensure_ascii=False) + "\n" for line in lines), encoding="utf-8")
    ref = _reference(tmp_path / "reference", script, LINES)

    # one workshop, prepared once by the real command; every kill starts from a copy of it
    template = tmp_path / "template"
    made = subprocess.run(_cli() + ["--data-dir", str(template), "workshop", "new", "--site", "practice-lawn",
                                    "--title", "Crash test"], capture_output=True, text=True, timeout=60)
    assert made.returncode == 0, made.stderr
    workshop_id = made.stdout.strip()
    assert sorted(p.name for p in template.iterdir()) == ["junior-planner.sqlite3"], "not closed cleanly"

    # an uncut run of the real command; it must end in the reference's final state
    def uncut(launcher: Launcher, name: str) -> tuple[float, float]:
        data = tmp_path / name
        shutil.copytree(template, data)
        err = tmp_path / f"{name}.stderr"
        err.touch()
        t0 = time.monotonic()
        launcher.start(["--data-dir", str(data), "replay", "--workshop", workshop_id, str(script), "--progress"], err)
        _wait_for_done(err, 1, launcher)
        first = time.monotonic() - t0
        while launcher.running():
            time.sleep(0.001)
        took = time.monotonic() - t0
        assert launcher.wait() == 0, err.read_text()
        assert _done_numbers(err.read_text()) == list(range(1, LINES + 1))
        with Store(data) as store:
            assert not store.was_unclean
            pid = _only_proposal(store, workshop_id)
            assert pid is not None and stored_content(store, pid) == ref.states[LINES]
        return first, took

    plain = Launcher("exec")
    exec_first, exec_total = uncut(plain, "full-exec")
    mode = SPAWN if SPAWN != "auto" else (
        "fork" if exec_first > AUTO_FORK_STARTUP and sys.platform.startswith("linux") else "exec")
    launchers = [Launcher(mode) for _ in range(WORKERS)]
    try:
        # time runs the way the kills will run (WORKERS at once)
        with ThreadPoolExecutor(max_workers=WORKERS) as pool:
            timings = list(pool.map(lambda i: uncut(launchers[i], f"full-{i}"), range(WORKERS)))
        first_done = min(t[0] for t in timings)
        total = max(t[1] for t in timings)

        # a fifth of the kills during start-up (before the first line is done), the rest at a random
        # point of a random line's work, across the whole script (after the last line: the exit)
        rng = random.Random(SEED)
        per_line = max((total - first_done) / LINES, 0.0005)
        kills = [Kill(rng.uniform(0.0, first_done)) if rng.random() < 0.2
                 else Kill(rng.uniform(0.0, 1.5 * per_line), rng.randint(1, LINES)) for _ in range(KILLS)]
        work = tmp_path / "kills"
        work.mkdir()

        def worker(w: int) -> list[tuple[int, Outcome]]:
            return [(i, _kill_once(launchers[w], i, kills[i], template, work, workshop_id, script, ref, LINES))
                    for i in range(w, KILLS, WORKERS)]

        with ThreadPoolExecutor(max_workers=WORKERS) as pool:
            done = [item for chunk in pool.map(worker, range(WORKERS)) for item in chunk]
    finally:
        for launcher in launchers:
            launcher.close()
    outcomes = [o for _i, o in sorted(done, key=lambda item: item[0])]

    errors = [o.error for o in outcomes if o.error]
    ks = [o.k for o in outcomes]
    mid = [o for o in outcomes if 0 < o.k < LINES]
    ahead = sum(1 for o in outcomes if o.p is not None and o.p == o.k + 1)
    elapsed = time.monotonic() - started
    buckets = [0] * 5
    for k in ks:
        buckets[min(4, k * 5 // (LINES + 1))] += 1
    summary = (f"crash-recovery: {len(outcomes)} kills ({mode} children) of a {LINES}-line replay (fresh process: "
               f"first line done at {exec_first:.2f}s, all at {exec_total:.2f}s; {mode}: {first_done:.2f}s, "
               f"{total:.2f}s); {len(mid)} mid-script, {sum(k == 0 for k in ks)} before any line done, "
               f"{sum(k == LINES for k in ks)} after the last; K min {min(ks)} max {max(ks)}; K by fifths {buckets}; "
               f"{ahead} had line K+1 committed but unreported; {sum(o.half_join for o in outcomes)} between "
               f"the first join's two commits; {sum(o.unclean for o in outcomes)} reopened unclean; "
               f"{sum(o.undo_checked for o in outcomes)} undo/redo checks; {len(errors)} failures; {elapsed:.1f}s")
    print("\n" + summary)
    if os.environ.get("JP_CRASH_DEBUG"):
        for o in outcomes:
            print(f"  delay {o.delay:.3f} rc {o.returncode} K {o.k} P {o.p} unclean {o.unclean} half {o.half_join}")
    assert not errors, summary + "\n" + "\n".join(errors[:10])
    if KILLS >= 50:
        assert len(mid) >= KILLS // 2, summary
