"""A child's avatar: a round badge in the pseudonym's colour with its animal, drawn (no emoji font
needed), for the kiosk, the gallery and anywhere a child is shown."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPixmap

from junior_planner.model.pseudonyms import ANIMALS, avatar_colour


def avatar_pixmap(pseudonym: str, size: int = 96) -> QPixmap:
    """A round badge with the animal's character: drawn, so it needs no emoji font."""
    animal = pseudonym.partition("-")[2]
    glyph = ANIMALS.get(animal, ("?", "?"))[1]
    colour = avatar_colour(pseudonym)
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setBrush(QColor(colour))
    painter.setPen(Qt.PenStyle.NoPen)
    painter.drawEllipse(2, 2, size - 4, size - 4)
    font = QFont(painter.font())
    font.setPixelSize(int(size * (0.5 if len(glyph) == 1 else 0.34 if len(glyph) == 2 else 0.25)))
    font.setBold(True)
    painter.setFont(font)
    painter.setPen(QColor("white"))
    painter.drawText(pixmap.rect(), Qt.AlignmentFlag.AlignCenter, glyph)
    painter.end()
    return pixmap
