"""A kiosk day, compressed (issue 9, item 5): many children, one after another, each building a
proposal through KioskSession (the kiosk's own service), frames drawn by a hidden SiteViewport,
some groups walking away (idle -> leave_for_later), an export every so often. Measures resident
memory after a warm-up and at the end, open file descriptors, and prints JSON figures.

    xvfb-run -a .venv/bin/python tools/kiosk_day.py            # the full day (50,000 edits, ~minutes)
    xvfb-run -a .venv/bin/python tools/kiosk_day.py --edits 2000 --children 20 --frames 500 \\
        --idle 20 --export-every 500                           # the CI slice (tests/hardening/test_kiosk_day.py)

Without a display (or with --no-render) the frames are skipped and reported as 0.
"""

from __future__ import annotations

import argparse
import gc
import json
import os
import random
import sys
import tempfile
import time
from pathlib import Path
from typing import Any, Optional

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

FULL = {"edits": 50_000, "children": 200, "frames": 20_000, "idle": 200, "export_every": 0}
BLOCK_TYPES = ("bench", "tree", "flower-bed", "sandpit")


def rss_kib() -> int:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1])
    return 0


def open_fds() -> int:
    return len(os.listdir("/proc/self/fd"))


def run(edits: int, children: int, frames: int, idle: int, export_every: int, data_dir: Path,
        seed: int = 20261129, render: bool = True) -> dict[str, Any]:
    """export_every: an export after every that many edits (0: one per simulated hour, the day being
    8 hours spread evenly over the edits)."""
    from junior_planner.model.commands import CommandError, MoveBlock, PlaceBlock, RotateBlock
    from junior_planner.model.entities import PlacedBlock
    from junior_planner.services import bundle, data_rights, library, workshops
    from junior_planner.services.editing import EditRefused
    from junior_planner.services.kiosk import KioskSession
    from junior_planner.store import Store

    started = time.monotonic()
    rng = random.Random(seed)
    fds_start = open_fds()
    store = Store(data_dir)
    ws = workshops.new_workshop(store, "practice-lawn", "Kiosk day")
    ws = data_rights.edit_workshop(store, ws, consent_on_file="test")
    site = library.site(ws.site_id, store)
    viewport = None
    if render:
        from junior_planner.render import snapshot

        if snapshot.display_problem():
            render = False
        else:
            viewport = snapshot.make_viewport(library.load_catalog(), (640, 400))
            from PySide6.QtWidgets import QApplication
    every = export_every or max(1, edits // 8)
    frame_every = max(1, edits // frames) if render and frames else 0
    per_child = max(1, edits // children)
    idle_children = set(rng.sample(range(children), min(idle, children)))  # one idle return each
    out_dir = data_dir.parent / "exports"
    out_dir.mkdir(exist_ok=True)
    figures: dict[str, Any] = {"edits": 0, "rejected": 0, "undos": 0, "frames": 0, "exports": 0,
                               "idle_returns": 0, "finished": 0, "fds_start": fds_start}
    # warm-up: every code path has run once (first export, first frames, first finished group)
    warm_at = max(per_child * 2, edits // 10, every if every <= edits // 2 else 0)
    done = 0
    for child in range(children):
        session = KioskSession(store, ws)
        name = session.suggest_pseudonym()
        proposal, editor = session.start([(name, rng.choice(["6-8", "9-11", "12-14"]), "")])
        if viewport is not None:
            snapshot.set_scene(viewport, editor.proposal, site)
        placed: list[str] = []
        for step in range(per_child):
            if step == per_child // 2 and child in idle_children:
                # the group walks away: idle -> leave_for_later (the draft stays: consent on file);
                # they come back and the facilitator resumes it
                session.leave_for_later(proposal.id)
                figures["idle_returns"] += 1
                draft = store.proposal(proposal.id)
                assert draft is not None and draft.status == "draft", "an idle draft was lost"
                editor = session.resume(draft)
                if viewport is not None:
                    snapshot.set_scene(viewport, editor.proposal, site)
            op = rng.random()
            try:
                if not placed or (op < 0.3 and len(placed) < 12):
                    uuid = f"{child:04d}-{len(placed):04d}-{rng.getrandbits(32):08x}"
                    block = PlacedBlock(uuid=f"00000000-0000-4000-8000-{uuid.replace('-', '')[:12]}",
                                        block_type=rng.choice(BLOCK_TYPES), x=rng.uniform(-25, 25),
                                        y=rng.uniform(-25, 15), z=0.0, yaw=0.0, scale=1.0, variant="")
                    editor.execute(PlaceBlock(block=block))
                    placed.append(block.uuid)
                elif op < 0.6:
                    target = rng.choice(placed)
                    if target in editor.proposal.blocks:
                        editor.execute(MoveBlock(target=target, x=rng.uniform(-25, 25), y=rng.uniform(-25, 15), z=0.0))
                elif op < 0.75:
                    target = rng.choice(placed)
                    if target in editor.proposal.blocks:
                        editor.execute(RotateBlock(target=target, yaw=float(rng.randrange(0, 360, 15))))
                elif op < 0.9:
                    editor.undo()
                    figures["undos"] += 1
                else:
                    editor.redo()
            except (CommandError, EditRefused):
                figures["rejected"] += 1
            done += 1
            figures["edits"] += 1
            if frame_every and done % frame_every == 0 and figures["frames"] < frames:
                viewport.set_proposal(editor.proposal)
                QApplication.processEvents()
                viewport.grabFramebuffer()
                figures["frames"] += 1
            if done % every == 0:
                bundle.export_bundle(store, store.workshop(ws.id), out_dir / "day.jpbundle")
                figures["exports"] += 1
            if done == warm_at:
                gc.collect()
                figures["rss_warm_kib"] = rss_kib()
                figures["fds_warm"] = open_fds()
        kept = session.finish(editor, f"Design {child}", None)
        assert kept, "a group with consent on file lost its design"
        figures["finished"] += 1
    gc.collect()
    if viewport is not None:
        QApplication.processEvents()
    figures["rss_end_kib"] = rss_kib()
    figures["fds_end"] = open_fds()
    figures.setdefault("rss_warm_kib", figures["rss_end_kib"])
    figures.setdefault("fds_warm", figures["fds_end"])
    figures["rss_growth"] = round(figures["rss_end_kib"] / figures["rss_warm_kib"] - 1.0, 4)
    figures["proposals_kept"] = len(store.proposal_summaries(ws.id))
    figures["integrity"] = [r[0] for r in store.db.conn.execute("PRAGMA integrity_check").fetchall()]
    if viewport is not None:
        viewport.close()
        viewport.deleteLater()
    store.close()
    figures["fds_after_close"] = open_fds()
    figures["seconds"] = round(time.monotonic() - started, 1)
    return figures


def main(argv: Optional[list[str]] = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--edits", type=int, default=FULL["edits"])
    p.add_argument("--children", type=int, default=FULL["children"])
    p.add_argument("--frames", type=int, default=FULL["frames"])
    p.add_argument("--idle", type=int, default=FULL["idle"])
    p.add_argument("--export-every", type=int, default=FULL["export_every"],
                   help="edits between exports (0: one per simulated hour of an 8-hour day)")
    p.add_argument("--no-render", action="store_true")
    p.add_argument("--data-dir", help="default: a temporary folder")
    args = p.parse_args(argv)
    from junior_planner.render.qtapp import share_gl_contexts

    share_gl_contexts()
    with tempfile.TemporaryDirectory(prefix="kiosk-day-") as tmp:
        data = Path(args.data_dir) if args.data_dir else Path(tmp) / "data"
        figures = run(args.edits, args.children, args.frames, args.idle, args.export_every, data,
                      render=not args.no_render)
    print(json.dumps(figures, indent=1))
    ok = figures["rss_growth"] <= 0.10 and figures["fds_end"] <= figures["fds_warm"] and figures["integrity"] == ["ok"]
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
