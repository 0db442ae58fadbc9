"""The desktop app's composition root: opens the workspace (store + Library) and the first window."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Optional

os.environ.setdefault("PYQTGRAPH_QT_LIB", "PySide6")


def run_app(data_dir: Path, screenshot: Optional[str] = None) -> int:
    from PySide6.QtCore import QTimer
    from junior_planner.render.qtapp import application

    from junior_planner.i18n import _
    from junior_planner.services.workspace import Workspace
    from junior_planner.ui.facilitator.home import FacilitatorHome

    app = application()
    app.setApplicationName("Junior Planner")
    app.setApplicationDisplayName(_("Junior Planner"))
    workspace = Workspace.open(data_dir)
    try:
        window = FacilitatorHome(workspace)
        window.resize(1280, 800)
        window.show()
        if screenshot:
            def grab() -> None:
                Path(screenshot).parent.mkdir(parents=True, exist_ok=True)
                window.grab().save(str(screenshot))
                app.quit()

            QTimer.singleShot(500, grab)
        return app.exec()
    finally:
        workspace.close()


def run_kiosk(data_dir: Path, workshop_id: str, windowed: bool = False, scale: float = 1.0,
              high_contrast: bool = False, screenshot: Optional[str] = None) -> int:
    """The children's kiosk. Returns EXIT_BY_FACILITATOR (0) only when a facilitator closed it."""
    from PySide6.QtCore import QTimer
    from junior_planner.render.qtapp import application

    from junior_planner.i18n import _
    from junior_planner.services.kiosk import KioskSession
    from junior_planner.services.workspace import Workspace
    from junior_planner.ui.kiosk.window import KioskWindow

    app = application()
    app.setApplicationDisplayName(_("Junior Planner"))
    workspace = Workspace.open(data_dir)
    try:
        workshop = workspace.workshop(workshop_id)
        window = KioskWindow(workspace, KioskSession(workspace.store, workshop), scale=scale,
                             high_contrast=high_contrast)
        if windowed or screenshot:
            window.resize(1280, 800)
            window.show()
        else:
            window.showFullScreen()
        if screenshot:
            def grab() -> None:
                Path(screenshot).parent.mkdir(parents=True, exist_ok=True)
                window.grab().save(str(screenshot))
                window.allow_close = True
                app.exit(0)

            QTimer.singleShot(800, grab)
        return app.exec()
    finally:
        workspace.close()
