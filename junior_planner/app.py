"""The desktop app's composition root: builds the store and opens the facilitator home."""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import Optional

os.environ.setdefault("PYQTGRAPH_QT_LIB", "PySide6")


def run_app(data_dir: Path, screenshot: Optional[str] = None) -> int:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from junior_planner.i18n import _
    from junior_planner.store import Store
    from junior_planner.ui.facilitator.home import FacilitatorHome

    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("Junior Planner")
    app.setApplicationDisplayName(_("Junior Planner"))
    store = Store(data_dir)
    try:
        window = FacilitatorHome(store)
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
        store.close()
