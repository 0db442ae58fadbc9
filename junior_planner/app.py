"""The desktop app's composition root: opens the workspace (store + Library) and the first window."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Optional

os.environ.setdefault("PYQTGRAPH_QT_LIB", "PySide6")


def run_app(data_dir: Path, screenshot: Optional[str] = None) -> int:
    from junior_planner.render.qtapp import application

    from junior_planner.i18n import _
    from junior_planner.services.workspace import Workspace
    from junior_planner.ui import running
    from junior_planner.ui.facilitator.home import FacilitatorHome

    app = application()
    app.setApplicationName("Junior Planner")
    app.setApplicationDisplayName(_("Junior Planner"))
    workspace = Workspace.open(data_dir)
    try:
        window = FacilitatorHome(workspace)
        running.show(window, windowed=True)
        if screenshot:
            running.settle(0.5)
            running.save_picture(window, screenshot)
            window.close()
            return 0
        return app.exec()
    finally:
        workspace.close()


def run_kiosk(data_dir: Path, workshop_id: str, windowed: bool = False, scale: float = 1.0,
              high_contrast: bool = False, screenshot: Optional[str] = None) -> int:
    """The children's kiosk. Returns EXIT_BY_FACILITATOR (0) only when a facilitator closed it."""
    from junior_planner.render.qtapp import application

    from junior_planner.i18n import _
    from junior_planner.services.kiosk import KioskSession
    from junior_planner.ui import running
    from junior_planner.services.workspace import Workspace
    from junior_planner.ui.kiosk.window import KioskWindow

    app = application()
    app.setApplicationDisplayName(_("Junior Planner"))
    workspace = Workspace.open(data_dir)
    try:
        workshop = workspace.workshop(workshop_id)
        window = KioskWindow(workspace, KioskSession(workspace.store, workshop), scale=scale,
                             high_contrast=high_contrast)
        running.show(window, windowed=windowed or bool(screenshot))
        if screenshot:
            running.settle(0.8)
            running.save_picture(window, screenshot)
            window.allow_close = True
            window.close()
            return 0
        probe = os.environ.get("JUNIOR_PLANNER_STARTUP_PROBE")
        if probe:  # benchmarks/startup.py: when the first event loop turn after showing is reached,
            running.report_ready(window, probe)  # the welcome screen takes touches
        return app.exec()
    finally:
        workspace.close()
