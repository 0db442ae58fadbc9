"""The one way the windows show text: always plain. Titles, notes, names and file names come
from children, facilitators, planners and imported bundles; Qt would guess that "<h1>BIG</h1>"
or "<img src='file:///...'>" is rich text and draw it (or fetch it). Every label is a
PlainLabel, every message box goes through `tell`, every tooltip built from data through
`plain_tooltip` (tests/test_architecture.py keeps it so)."""

from __future__ import annotations

import html
from typing import Optional

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QMessageBox, QWidget


class PlainLabel(QLabel):
    """A QLabel that never interprets its text as HTML."""

    def __init__(self, text: str = "", parent: Optional[QWidget] = None):
        super().__init__(parent)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setText(text)


def message_box(parent: Optional[QWidget], title: str, text: str,
                icon: QMessageBox.Icon = QMessageBox.Icon.Information) -> QMessageBox:
    box = QMessageBox(icon, title, "", QMessageBox.StandardButton.Ok, parent)
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setText(text)
    return box


def tell(parent: Optional[QWidget], title: str, text: str, warning: bool = False) -> None:
    """A modal message in plain text (QMessageBox.information/warning guess rich text)."""
    message_box(parent, title, text, QMessageBox.Icon.Warning if warning else QMessageBox.Icon.Information).exec()


def plain_tooltip(text: str) -> str:
    """Tooltips are always rich-text capable: escape the text and keep its line breaks."""
    return "<p style='white-space:pre-wrap'>" + html.escape(text) + "</p>"


def tell_warning(parent: Optional[QWidget], title: str, text: str) -> None:
    tell(parent, title, text, warning=True)
