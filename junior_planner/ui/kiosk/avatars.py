"""A child's avatar as a pixmap for labels (kiosk, gallery): drawn by render/avatars.py."""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QPainter, QPixmap

from junior_planner.render.avatars import draw_avatar


def avatar_pixmap(pseudonym: str, size: int = 96) -> QPixmap:
    """A round badge with a picture of the animal, `size` pixels square."""
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    draw_avatar(painter, QRectF(2, 2, size - 4, size - 4), pseudonym)
    painter.end()
    return pixmap
