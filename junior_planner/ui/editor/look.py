"""How the editor looks: its style sheets (normal, high contrast, scaled by the facilitator's size
setting), the message bubble that says why a block does not fit, and the big picture buttons."""

from __future__ import annotations

import re

from functools import lru_cache
from typing import Optional

from PySide6.QtCore import QSize, Qt, QTimer
from PySide6.QtWidgets import (
    QFrame, QHBoxLayout, QSizePolicy, QToolButton, QWidget,
)

from junior_planner.meshes.asset import MeshAsset
from junior_planner.resources import model3d
from junior_planner.services.library import Library
from junior_planner.ui.editor import pictures
from junior_planner.ui.text import PlainLabel

ROTATE_STEP = 15.0
SCALE_STEP = 0.25
MESSAGE_MS = 4000
BIRDS_EYE_ZOOM = 0.75
DRAG_TURN = 0.3  # degrees of heading per pixel dragged sideways in the child-eye view
DRAG_WALK = 0.04  # metres per pixel dragged up or down

STYLE = """
EditorWidget { background: #fff8e7; }
QToolButton { background: white; border: 3px solid #d0d7e2; border-radius: 14px; padding: 3px;
              font-size: 14px; font-weight: 600; color: #1d3557; }
QToolButton:hover { border-color: #3a86ff; }
QToolButton:pressed, QToolButton:checked { background: #ffe066; border-color: #f4a261; }
QToolButton:disabled { color: #b0b7c3; background: #f1f3f5; border-color: #e9ecef; }
QToolButton[role="block"] { font-size: 14px; }
QToolButton[role="category"] { font-size: 13px; padding: 1px; }
#palette { background: #e9f5db; border-left: 4px solid #b5e48c; }
#toolbar { background: #caf0f8; border-bottom: 4px solid #90e0ef; }
#message { background: #fff3bf; border: 4px solid #f08c00; border-radius: 20px; }
#message QLabel { font-size: 20px; font-weight: 700; color: #5c2e00; background: transparent; border: none; }
#walkpad QToolButton { background: rgba(255, 255, 255, 215); font-size: 12px; }
"""


@lru_cache(maxsize=64)
def block_model(path: str) -> MeshAsset:
    from junior_planner.meshes.loader import load_file

    return load_file(model3d(path))


ground_index = Library.of().ground_index


class MessageBubble(QFrame):
    """A gentle inline message with a picture: never a dialog."""

    def __init__(self, parent: QWidget):
        super().__init__(parent)
        self.setObjectName("message")
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents, True)
        row = QHBoxLayout(self)
        row.setContentsMargins(12, 8, 18, 8)
        self.picture = PlainLabel()
        self.picture.setFixedSize(64, 64)
        self.text = PlainLabel()
        self.text.setWordWrap(True)
        row.addWidget(self.picture)
        row.addWidget(self.text, 1)
        self.code: Optional[str] = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.clear)
        self.hide()

    def say(self, picture: str, text: str, code: Optional[str] = None, linger_ms: Optional[int] = MESSAGE_MS) -> None:
        self.code = code
        self.picture.setPixmap(pictures.picture(picture, 64))
        self.text.setText(text)
        self.setAccessibleName(text)
        self._place()
        self.show()
        self.raise_()
        if linger_ms:
            self._timer.start(linger_ms)
        else:
            self._timer.stop()

    def clear(self) -> None:
        self.code = None
        self.hide()

    def _place(self) -> None:
        parent = self.parentWidget()
        width = min(560, parent.width() - 24)
        self.setFixedWidth(max(width, 200))
        self.adjustSize()
        self.move((parent.width() - self.width()) // 2, 14)


HIGH_CONTRAST = """
EditorWidget { background: #ffffff; }
QToolButton { background: #ffffff; border: 4px solid #000000; color: #000000; }
QToolButton:pressed, QToolButton:checked { background: #ffd400; border-color: #000000; }
QToolButton:disabled { color: #6c757d; border-color: #6c757d; }
#palette { background: #ffffff; border-left: 4px solid #000000; }
#toolbar { background: #ffffff; border-bottom: 4px solid #000000; }
#message { background: #ffffff; border: 5px solid #000000; }
#message QLabel { color: #000000; }
"""


def scaled_style(style: str, scale: float) -> str:
    """The style sheet with every font size multiplied by `scale`."""
    if abs(scale - 1.0) < 1e-6:
        return style
    return re.sub(r"font-size: (\d+)px", lambda m: f"font-size: {round(int(m.group(1)) * scale)}px", style)


def _big_button(name: str, text: str, picture: str, size: int = 74) -> QToolButton:
    button = QToolButton()
    button.setObjectName(name)
    button.setText(text)
    button.setAccessibleName(text)
    button.setIcon(pictures.icon(picture))
    button.setIconSize(QSize(44, 44))
    button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextUnderIcon)
    button.setMinimumSize(size, size)
    button.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
    button.setFocusPolicy(Qt.FocusPolicy.TabFocus)  # keyboard users reach every button with Tab
    return button
