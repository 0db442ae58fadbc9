"""Pictures for the editor's buttons and messages, drawn with QPainter so they look the same on
every kiosk (a bare Linux machine has no colour emoji font). Each is drawn on a 100 x 100 canvas."""

from __future__ import annotations

import math
from functools import lru_cache
from typing import Callable

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPainterPath, QPen, QPixmap, QPolygonF

INK = QColor("#1d3557")


def _pen(colour=INK, width=9.0) -> QPen:
    pen = QPen(QColor(colour), width)
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    return pen


def _arrowhead(p: QPainter, tip: QPointF, angle_deg: float, size: float = 20.0, colour=INK) -> None:
    a = math.radians(angle_deg)
    left = QPointF(tip.x() - size * math.cos(a - 0.5), tip.y() - size * math.sin(a - 0.5))
    right = QPointF(tip.x() - size * math.cos(a + 0.5), tip.y() - size * math.sin(a + 0.5))
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(QColor(colour))
    p.drawPolygon(QPolygonF([tip, left, right]))


def _undo(p: QPainter, mirror: bool = False) -> None:
    if mirror:
        p.translate(100, 0)
        p.scale(-1, 1)
    path = QPainterPath(QPointF(80, 78))
    path.cubicTo(QPointF(85, 40), QPointF(55, 28), QPointF(28, 40))
    p.setPen(_pen("#2a9d8f", 11))
    p.setBrush(Qt.BrushStyle.NoBrush)
    p.drawPath(path)
    _arrowhead(p, QPointF(16, 46), 160, 26, "#2a9d8f")


def _turn(p: QPainter, clockwise: bool) -> None:
    if clockwise:
        p.translate(100, 0)
        p.scale(-1, 1)
    p.setPen(_pen("#e76f51", 10))
    p.setBrush(Qt.BrushStyle.NoBrush)
    p.drawArc(QRectF(20, 20, 60, 60), 60 * 16, 270 * 16)
    _arrowhead(p, QPointF(60, 12), 10, 24, "#e76f51")


def _plus_minus(p: QPainter, plus: bool) -> None:
    p.setPen(_pen(INK, 6))
    p.setBrush(QColor("#ffd166"))
    p.drawRoundedRect(QRectF(12, 12, 76, 76), 16, 16)
    p.setPen(_pen(INK, 12))
    p.drawLine(QPointF(30, 50), QPointF(70, 50))
    if plus:
        p.drawLine(QPointF(50, 30), QPointF(50, 70))


def _copy(p: QPainter) -> None:
    p.setPen(_pen(INK, 6))
    p.setBrush(QColor("#90e0ef"))
    p.drawRoundedRect(QRectF(14, 14, 50, 50), 8, 8)
    p.setBrush(QColor("#48cae4"))
    p.drawRoundedRect(QRectF(36, 36, 50, 50), 8, 8)


def _bin(p: QPainter) -> None:
    p.setPen(_pen(INK, 6))
    p.setBrush(QColor("#ef476f"))
    p.drawPolygon(QPolygonF([QPointF(24, 30), QPointF(76, 30), QPointF(70, 90), QPointF(30, 90)]))
    p.drawLine(QPointF(16, 24), QPointF(84, 24))
    p.drawLine(QPointF(40, 14), QPointF(60, 14))
    for x in (40, 50, 60):
        p.drawLine(QPointF(x, 42), QPointF(x, 78))


def _eye(p: QPainter) -> None:
    p.setPen(_pen(INK, 6))
    p.setBrush(QColor("white"))
    path = QPainterPath(QPointF(8, 50))
    path.quadTo(QPointF(50, 5), QPointF(92, 50))
    path.quadTo(QPointF(50, 95), QPointF(8, 50))
    p.drawPath(path)
    p.setBrush(QColor("#3a86ff"))
    p.drawEllipse(QPointF(50, 50), 17, 17)
    p.setBrush(INK)
    p.drawEllipse(QPointF(50, 50), 7, 7)


def _bird(p: QPainter) -> None:
    p.setPen(_pen(INK, 9))
    p.setBrush(Qt.BrushStyle.NoBrush)
    path = QPainterPath(QPointF(10, 40))
    path.quadTo(QPointF(30, 22), QPointF(50, 50))
    path.quadTo(QPointF(70, 22), QPointF(90, 40))
    p.drawPath(path)
    p.setPen(_pen("#2a9d8f", 5))
    p.setBrush(QColor("#b7e4c7"))
    p.drawRect(QRectF(22, 64, 56, 26))


def _grid(p: QPainter) -> None:
    p.setPen(_pen("#2a9d8f", 6))
    for v in (15, 38, 62, 85):
        p.drawLine(QPointF(v, 15), QPointF(v, 85))
        p.drawLine(QPointF(15, v), QPointF(85, v))


def _magnet(p: QPainter) -> None:
    p.setBrush(Qt.BrushStyle.NoBrush)
    p.setPen(_pen("#e63946", 20))
    path = QPainterPath(QPointF(28, 20))
    path.lineTo(QPointF(28, 55))
    path.arcTo(QRectF(28, 33, 44, 44), 180, 180)
    path.lineTo(QPointF(72, 20))
    p.drawPath(path)
    p.setPen(_pen("#adb5bd", 20))
    p.drawLine(QPointF(28, 14), QPointF(28, 22))
    p.drawLine(QPointF(72, 14), QPointF(72, 22))


def _arrow(p: QPainter, angle: float) -> None:
    p.translate(50, 50)
    p.rotate(angle)
    p.setPen(_pen(INK, 5))
    p.setBrush(QColor("#ffd166"))
    p.drawPolygon(QPolygonF([QPointF(0, -38), QPointF(34, 4), QPointF(14, 4), QPointF(14, 36),
                             QPointF(-14, 36), QPointF(-14, 4), QPointF(-34, 4)]))


def _car(p: QPainter) -> None:
    p.setPen(_pen(INK, 5))
    p.setBrush(QColor("#e63946"))
    p.drawRoundedRect(QRectF(10, 45, 80, 28), 8, 8)
    p.drawPolygon(QPolygonF([QPointF(26, 46), QPointF(36, 26), QPointF(66, 26), QPointF(76, 46)]))
    p.setBrush(QColor("#333"))
    p.drawEllipse(QPointF(30, 76), 10, 10)
    p.drawEllipse(QPointF(70, 76), 10, 10)


def _water(p: QPainter) -> None:
    p.setPen(_pen("#0077b6", 9))
    p.setBrush(Qt.BrushStyle.NoBrush)
    for y in (30, 52, 74):
        path = QPainterPath(QPointF(10, y))
        for i in range(4):
            x = 10 + i * 20
            path.quadTo(QPointF(x + 5, y - 10), QPointF(x + 10, y))
            path.quadTo(QPointF(x + 15, y + 10), QPointF(x + 20, y))
        p.drawPath(path)


def _house(p: QPainter) -> None:
    p.setPen(_pen(INK, 5))
    p.setBrush(QColor("#f4a261"))
    p.drawRect(QRectF(22, 48, 56, 40))
    p.setBrush(QColor("#9d0208"))
    p.drawPolygon(QPolygonF([QPointF(12, 50), QPointF(50, 14), QPointF(88, 50)]))
    p.setBrush(QColor("#6f4518"))
    p.drawRect(QRectF(43, 64, 14, 24))


def _tree(p: QPainter) -> None:
    p.setPen(_pen(INK, 5))
    p.setBrush(QColor("#8b5e34"))
    p.drawRect(QRectF(44, 56, 12, 34))
    p.setBrush(QColor("#52b788"))
    p.drawEllipse(QPointF(50, 40), 30, 28)


def _feet(p: QPainter) -> None:
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(QColor("#6c584c"))
    for cx, cy in ((36, 62), (64, 34)):
        p.drawEllipse(QPointF(cx, cy), 11, 17)
        p.drawEllipse(QPointF(cx, cy + 24), 8, 6)


def _close(p: QPainter) -> None:
    p.setPen(_pen(INK, 5))
    p.setBrush(QColor("#90be6d"))
    p.drawRect(QRectF(10, 36, 36, 36))
    p.setBrush(QColor("#f9c74f"))
    p.drawRect(QRectF(40, 28, 36, 36))
    p.setPen(_pen("#d62828", 10))
    p.drawLine(QPointF(60, 70), QPointF(88, 96))
    p.drawLine(QPointF(88, 70), QPointF(60, 96))


def _outside(p: QPainter) -> None:
    pen = _pen("#2a9d8f", 6)
    pen.setStyle(Qt.PenStyle.DashLine)
    p.setPen(pen)
    p.setBrush(QColor("#d8f3dc"))
    p.drawRect(QRectF(10, 10, 58, 58))
    p.setPen(_pen("#d62828", 9))
    p.drawLine(QPointF(50, 50), QPointF(82, 82))
    _arrowhead(p, QPointF(92, 92), 45, 24, "#d62828")


def _barrier(p: QPainter) -> None:
    p.setPen(_pen(INK, 5))
    p.setBrush(QColor("#fb8500"))
    p.drawRect(QRectF(8, 32, 84, 26))
    p.setPen(_pen("white", 8))
    for x in (22, 44, 66):
        p.drawLine(QPointF(x, 56), QPointF(x + 14, 34))
    p.setPen(_pen(INK, 7))
    p.drawLine(QPointF(20, 58), QPointF(20, 90))
    p.drawLine(QPointF(80, 58), QPointF(80, 90))


def _coin(p: QPainter) -> None:
    p.setPen(_pen("#b08900", 6))
    p.setBrush(QColor("#ffd60a"))
    p.drawEllipse(QPointF(50, 50), 38, 38)
    p.setBrush(Qt.BrushStyle.NoBrush)
    p.drawEllipse(QPointF(50, 50), 24, 24)


def _ruler(p: QPainter) -> None:
    p.translate(50, 50)
    p.rotate(-35)
    p.setPen(_pen(INK, 5))
    p.setBrush(QColor("#ffd166"))
    p.drawRect(QRectF(-44, -14, 88, 28))
    for i in range(-36, 40, 12):
        p.drawLine(QPointF(i, -14), QPointF(i, -2))


def _lock(p: QPainter) -> None:
    p.setPen(_pen(INK, 9))
    p.setBrush(Qt.BrushStyle.NoBrush)
    p.drawArc(QRectF(30, 12, 40, 48), 0, 180 * 16)
    p.drawLine(QPointF(30, 36), QPointF(30, 46))
    p.drawLine(QPointF(70, 36), QPointF(70, 46))
    p.setPen(_pen(INK, 5))
    p.setBrush(QColor("#ffb703"))
    p.drawRoundedRect(QRectF(20, 44, 60, 46), 8, 8)


def _question(p: QPainter) -> None:
    p.setPen(_pen("#7b2cbf", 6))
    p.setBrush(QColor("#e0aaff"))
    p.drawEllipse(QPointF(50, 50), 40, 40)
    font = p.font()
    font.setPixelSize(56)
    font.setBold(True)
    p.setFont(font)
    p.setPen(QColor("#3c096c"))
    p.drawText(QRectF(0, 0, 100, 100), Qt.AlignmentFlag.AlignCenter, "?")


DRAWINGS: dict[str, Callable[[QPainter], None]] = {
    "undo": _undo, "redo": lambda p: _undo(p, True),
    "turn-left": lambda p: _turn(p, False), "turn-right": lambda p: _turn(p, True),
    "bigger": lambda p: _plus_minus(p, True), "smaller": lambda p: _plus_minus(p, False),
    "copy": _copy, "delete": _bin, "child-eye": _eye, "birds-eye": _bird, "grid": _grid, "snap": _magnet,
    "forward": lambda p: _arrow(p, 0), "back": lambda p: _arrow(p, 180),
    "left": lambda p: _arrow(p, -90), "right": lambda p: _arrow(p, 90),
    # refusals (codes from model/rules.py)
    "road": _car, "water": _water, "building": _house, "tree": _tree, "path": _feet, "too-close": _close,
    "outside": _outside, "not-buildable": _barrier, "over-budget": _coin, "scale": _ruler, "submitted": _lock,
    "unknown": _question,
}


@lru_cache(maxsize=None)
def picture(name: str, size: int = 64) -> QPixmap:
    draw = DRAWINGS.get(name, _question)
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.scale(size / 100.0, size / 100.0)
    draw(painter)
    painter.end()
    return pixmap


def icon(name: str) -> QIcon:
    return QIcon(picture(name, 96))
