"""How a top-level window is shown (full screen, or a window for facilitators and pictures) and,
for `--screenshot`, let settle and saved: one place for every window the CLI opens."""

from __future__ import annotations

import time
import weakref
from pathlib import Path
from typing import Tuple

import shiboken6
from PySide6.QtWidgets import QApplication, QWidget

WINDOW_SIZE: Tuple[int, int] = (1280, 800)


def show(window: QWidget, windowed: bool) -> None:
    """Full screen, or a 1280x800 window when `windowed`.

    Full screen is asked of the window manager, and a kiosk often has none (a bare X session
    started with xinit): the window is first given the whole screen's geometry itself, so it fills
    the screen either way, and follows the screen if its size changes."""
    if windowed:
        window.resize(*WINDOW_SIZE)
        window.show()
        return
    screen = window.screen() or QApplication.primaryScreen()
    window.setGeometry(screen.geometry())
    window.showFullScreen()
    held = weakref.ref(window)  # the screen outlives the window: hold it weakly

    def follow(rect) -> None:
        shown = held()
        if shown is not None and shiboken6.isValid(shown) and shown.isFullScreen():
            shown.setGeometry(rect)

    screen.geometryChanged.connect(follow)


def settle(seconds: float) -> None:
    """Run queued events (layouts, paints, first frames) for `seconds`, without an event loop."""
    app = QApplication.instance()
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        app.processEvents()
        time.sleep(0.01)


def save_picture(window: QWidget, path: str | Path) -> None:
    Path(path).parent.mkdir(parents=True, exist_ok=True)
    window.grab().save(str(path))


def report_ready(window: QWidget, path: str) -> None:
    """For benchmarks/startup.py: once the event loop has painted the shown window, write the time
    (time.time(), the clock a parent process shares) to `path` and close the window."""
    from PySide6.QtCore import QTimer

    def ready() -> None:
        Path(path).write_text(repr(time.time()), encoding="utf-8")
        window.allow_close = True
        window.close()
        QApplication.instance().quit()

    QTimer.singleShot(0, ready)
