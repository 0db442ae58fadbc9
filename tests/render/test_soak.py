"""Soak: thousands of frames of the 3D view while a child edits, in a child process (a crash
such as PySide6 6.12.0's "Fatal Python error: none_dealloc" then fails this test instead of
killing pytest). None's reference count must not drift down: that build drops one reference to
None per void-returning call, and a 3D view makes thousands of such calls a second."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

pytestmark = [pytest.mark.gl, pytest.mark.slow]

ROOT = Path(__file__).resolve().parents[2]
FRAMES = 5_000
EDIT_EVERY = 4  # frames
ALLOWED_DROP = 1_000

_SOAK = textwrap.dedent(f"""
    import json, math, random, sys, time
    from pathlib import Path

    from junior_planner.render import snapshot
    snapshot.share_gl_contexts()
    from PySide6.QtWidgets import QApplication
    app = QApplication([])

    from junior_planner.model.commands import DeleteBlock, MoveBlock, PlaceBlock, RotateBlock
    from junior_planner.services.editing import EditRefused
    from junior_planner.services import library
    from tests.helpers import block, make_editor

    store, editor = make_editor(Path(sys.argv[1]))
    view = snapshot.make_viewport(library.load_catalog(), (320, 200))
    view.set_site(editor.site, None, None)
    view.set_proposal(editor.proposal)
    editor.subscribe(lambda change: view.apply(change, editor.proposal))
    frames_drawn = [0]  # paintGL emits cameraChanged when the camera moved, which it does every frame
    view.cameraChanged.connect(lambda: frames_drawn.__setitem__(0, frames_drawn[0] + 1))
    rng = random.Random(4)
    kinds = ["bench", "small-tree", "slide", "bin", "flower-bed"]
    counts = {{"place": 0, "move": 0, "rotate": 0, "delete": 0, "refused": 0, "pick": 0}}

    def spot():
        return rng.uniform(-27, 27), rng.uniform(-27, 17)  # off the path at y 20..22

    def edit():
        blocks = list(editor.proposal.blocks)
        roll = rng.random()
        try:
            if not blocks or (roll < 0.45 and len(blocks) < 40):
                x, y = spot()
                editor.execute(PlaceBlock(block=block(rng.choice(kinds), x=x, y=y, yaw=rng.uniform(0, 360))))
                counts["place"] += 1
            elif roll < 0.75:
                x, y = spot()
                target = rng.choice(blocks)
                editor.execute(MoveBlock(target=target, x=x, y=y), merge_key="drag-" + target)
                counts["move"] += 1
            elif roll < 0.85:
                editor.execute(RotateBlock(target=rng.choice(blocks), yaw=rng.uniform(0, 360)))
                counts["rotate"] += 1
            else:
                editor.execute(DeleteBlock(target=rng.choice(blocks)))
                counts["delete"] += 1
        except EditRefused:
            counts["refused"] += 1

    def one_frame(i):
        view.setCameraPosition(azimuth=-90 + 30 * math.sin(i / 50.0), elevation=35 + 10 * math.cos(i / 70.0),
                               distance=60 + 25 * math.sin(i / 90.0))
        view.repaint()  # paintGL now, as a window does on every update
        app.processEvents()

    for i in range(50):  # warm up: GL items, shaders, caches
        one_frame(i)
        if i % {EDIT_EVERY} == 0:
            edit()
    before = sys.getrefcount(None)
    start = time.perf_counter()
    frames_drawn[0] = 0
    for i in range({FRAMES}):
        one_frame(i)
        if i % {EDIT_EVERY} == 0:
            edit()
        if i % 97 == 0:
            view.pick(rng.uniform(0, 320), rng.uniform(0, 200))
            counts["pick"] += 1
        if i % 500 == 0:
            view.grabFramebuffer()
    seconds = time.perf_counter() - start
    after = sys.getrefcount(None)
    placed = sum(sum(c) for c in view.blocks.counts().values())
    store.close()
    print("RESULT " + json.dumps({{"before": before, "after": after, "seconds": seconds, "counts": counts,
                                  "blocks": len(editor.proposal.blocks), "drawn": placed,
                                  "frames_drawn": frames_drawn[0]}}), flush=True)
""")


def test_thousands_of_frames_with_edits_keep_none_alive(tmp_path):
    """5,000 frames of a 320x200 view of practice-lawn, with a place/move/rotate/delete through
    the ProposalEditor every few frames: the process exits 0, the view draws exactly the
    proposal's blocks, and sys.getrefcount(None) drops by no more than 1,000."""
    env = dict(os.environ, PYTHONPATH=str(ROOT), JUNIOR_PLANNER_DATA=str(tmp_path / "data"))
    env.pop("QT_QPA_PLATFORM", None)
    result = subprocess.run([sys.executable, "-c", _SOAK, str(tmp_path / "data")], capture_output=True, text=True,
                            timeout=420, env=env, cwd=ROOT)
    assert result.returncode == 0, (
        f"the soak process died with status {result.returncode} (-6 with 'none_dealloc' is the PySide6 None-refcount "
        f"bug):\n{result.stdout[-2000:]}\n{result.stderr[-4000:]}")
    assert "Error while drawing item" not in result.stderr, result.stderr[-4000:]
    [line] = [l for l in result.stdout.splitlines() if l.startswith("RESULT ")]
    out = json.loads(line[len("RESULT "):])
    counts = out["counts"]
    assert counts["place"] > 50 and counts["move"] > 50 and counts["delete"] > 20, counts
    assert out["drawn"] == out["blocks"]
    assert out["frames_drawn"] >= 0.95 * FRAMES, f"only {out['frames_drawn']} of {FRAMES} frames were drawn"
    assert out["before"] - out["after"] <= ALLOWED_DROP, (
        f"None's refcount fell from {out['before']} to {out['after']} over {FRAMES} frames")
