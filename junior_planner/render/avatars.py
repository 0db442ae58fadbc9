"""A child's avatar wherever it is drawn (kiosk, gallery, take-home sheet): a round badge in the
pseudonym's colour with a picture of the animal (Twemoji, assets/icons/animals/, CC-BY 4.0), so a
child who cannot read knows their own; the animal's written name only if its picture is missing."""

from __future__ import annotations

from functools import lru_cache
from typing import Optional

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFont, QPainter
from PySide6.QtSvg import QSvgRenderer

from junior_planner import resources
from junior_planner.model.pseudonyms import ANIMALS, avatar_colour


def animal_of(pseudonym: str) -> str:
    """'blue-fox' -> 'fox' (a badge key or a pseudonym id)."""
    return pseudonym.rpartition("-")[2]


@lru_cache(maxsize=32)
def _picture(animal: str) -> Optional[QSvgRenderer]:
    path = resources.asset("icons", "animals", f"{animal}.svg")
    if not path.exists():
        return None
    renderer = QSvgRenderer(str(path))
    return renderer if renderer.isValid() else None


def draw_avatar(painter: QPainter, rect: QRectF, pseudonym: str) -> None:
    """The badge in `rect` (a square): the coloured disc and the animal on it."""
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setBrush(QColor(avatar_colour(pseudonym)))
    painter.setPen(Qt.PenStyle.NoPen)
    painter.drawEllipse(rect)
    animal = animal_of(pseudonym)
    picture = _picture(animal)
    if picture is not None:
        inset = rect.width() * 0.17
        picture.render(painter, rect.adjusted(inset, inset, -inset, -inset))
    else:
        glyph = ANIMALS.get(animal, ("?", "?"))[1]
        font = QFont(painter.font())
        font.setPixelSize(max(1, int(rect.height() * (0.5 if len(glyph) == 1 else 0.34 if len(glyph) == 2 else 0.25))))
        font.setBold(True)
        painter.setFont(font)
        painter.setPen(QColor("white"))
        painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, glyph)
    painter.restore()
