"""Kiosk benchmark: how soon the indicator strip and coin meter show an edit. Prints JSON.

    QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/kiosk.py

A kiosk window (the 3D view replaced by a stand-in: its frame time is benchmarks/render.py's)
holds a draft of 2,000 small blocks packed on the practice lawn; each timed edit moves one block through the one
writer (rules, SQLite commit) and the strip recomputes every indicator and redraws its words.
Target (indicators issue): the strip shows an edit within 50 ms.
"""

from __future__ import annotations

import json
import os
import random
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent))

from _common import summary  # noqa: E402


def main() -> None:
    from PySide6.QtWidgets import QLabel

    from junior_planner.model.commands import MoveBlock
    from junior_planner.model.entities import PlacedBlock, Proposal, new_id, utc_now
    from junior_planner.render.qtapp import application
    from junior_planner.services import workshops
    from junior_planner.services.kiosk import KioskSession
    from junior_planner.store import Store
    from junior_planner.ui.audio import SoundPlayer
    from junior_planner.ui.kiosk.window import KioskWindow

    app = application()
    with tempfile.TemporaryDirectory() as tmp, Store(Path(tmp)) as store:
        ws = workshops.new_workshop(store, "practice-lawn", "Benchmark", budget=100000)
        person = workshops.new_participant(ws, "blue-fox", "9-11")
        now = utc_now()
        draft = Proposal(id=new_id(), workshop_id=ws.id, created_at=now, updated_at=now, participants=[person.id])
        kinds = ["street-light", "bin", "drinking-fountain", "spring-rider"]
        for i in range(2000):  # 50 x 40 small blocks 1.1 m apart, clear of the path (y 20..22)
            x, y = -27.5 + (i % 50) * 1.1, -28 + (i // 50) * 1.1
            b = PlacedBlock(uuid=new_id(), block_type=kinds[i % len(kinds)], x=x, y=y, variant="")
            draft.blocks[b.uuid] = b
        store.add_proposal(draft, [person])
        session = KioskSession(store, ws)
        session._remember(draft.id)
        window = KioskWindow(store, session, sounds=SoundPlayer(enabled=False), editor_factory=lambda e: QLabel("3D"),
                             site_picture=False)
        window.resize(1280, 800)
        window.show()
        app.processEvents()
        editor = window.editor
        rng = random.Random(3)
        uuids = list(editor.proposal.blocks)
        strip_ms, edit_ms = [], []
        for _ in range(60):
            uuid = rng.choice(uuids)
            b = editor.proposal.blocks[uuid]
            start = time.perf_counter()
            try:
                editor.execute(MoveBlock(target=uuid, x=b.x, y=b.y, z=b.z))  # same place: always allowed
            except Exception:
                continue
            app.processEvents()
            edit_ms.append((time.perf_counter() - start) * 1000)
            start = time.perf_counter()
            window._update_top()
            app.processEvents()
            strip_ms.append((time.perf_counter() - start) * 1000)
        window.allow_close = True
        window.close()
        print(json.dumps({"blocks": len(editor.proposal.blocks),
                          "edit_to_strip_shown_ms": {**summary(edit_ms), "target_ms": 50},
                          "strip_update_alone_ms": summary(strip_ms)}, indent=2))


if __name__ == "__main__":
    main()
