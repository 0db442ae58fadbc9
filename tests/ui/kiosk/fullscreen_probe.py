"""`python -m tests.ui.kiosk.fullscreen_probe OUT.json`: open the kiosk full screen on a
throw-away workshop, as `junior-planner kiosk` does, let the display server settle it, and write
what Qt reports (platform, screen, window and frame geometry, full-screen state) to OUT.json.
Run inside a display server of the test's choosing (cage, a Wayland kiosk compositor)."""

from __future__ import annotations

import json
import sys
import tempfile
from pathlib import Path


def main(argv: list[str]) -> int:
    from PySide6.QtWidgets import QApplication

    from junior_planner.render.qtapp import application
    from junior_planner.services import workshops
    from junior_planner.services.kiosk import KioskSession
    from junior_planner.store import Store
    from junior_planner.ui import running
    from junior_planner.ui.audio import SoundPlayer
    from junior_planner.ui.kiosk.window import KioskWindow

    out = Path(argv[0])
    application()
    with tempfile.TemporaryDirectory() as tmp, Store(Path(tmp) / "data") as store:
        workshop = workshops.new_workshop(store, "school-gate", "Fullscreen", budget=60)
        window = KioskWindow(store, KioskSession(store, workshop), sounds=SoundPlayer(enabled=False),
                             site_picture=False)
        running.show(window, windowed=False)
        running.settle(3.0)
        screen = window.screen().geometry()
        g, f = window.geometry(), window.frameGeometry()
        out.write_text(json.dumps({
            "platform": QApplication.platformName(),
            "screen": [screen.width(), screen.height()],
            "window": [g.x(), g.y(), g.width(), g.height()],
            "frame": [f.x(), f.y(), f.width(), f.height()],
            "full_screen": window.isFullScreen(),
        }))
        window.allow_close = True
        window.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
