"""The one way this program makes its QApplication: with OpenGL contexts shared, so every GL
view (a second window, the next test) can use the shader programs and buffers pyqtgraph and our
instanced items compiled in the first one."""

from __future__ import annotations

import sys

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication


def share_gl_contexts() -> None:
    """Must run before the QApplication exists."""
    if QApplication.instance() is None:
        QCoreApplication.setAttribute(Qt.ApplicationAttribute.AA_ShareOpenGLContexts, True)


def application() -> QApplication:
    app = QApplication.instance()
    if app is None:
        share_gl_contexts()
        app = QApplication(sys.argv[:1])
    return app
