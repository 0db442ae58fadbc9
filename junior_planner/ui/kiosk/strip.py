"""The indicator strip above the children's 3D view, in a child's words and pictures: a count
("3 places to sit") or a picture gauge that fills toward the target (room to play, green ground,
shade), a tick when the target is met, and "more than before" / "less than before" after an edit
changed it. No percentages or square metres here: the exact figures stay in exports and review.
The chips never scroll sideways: with room they carry their words (at most two rows on a tall
screen, one on a small one), else only their pictures, counts and gauges (the words are then
in their accessible names and in the line a tap shows, with how it is counted).
Recomputed after every edit (a 2,000-block proposal takes well under a millisecond)."""

from __future__ import annotations

import math
from typing import Iterable, Optional

from PySide6.QtCore import QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QIcon, QPainter, QPixmap
from PySide6.QtWidgets import QFrame, QGridLayout, QPushButton, QSizePolicy, QVBoxLayout

from junior_planner import resources
from junior_planner.i18n import _, language
from junior_planner.model.indicators import IndicatorResult, format_number
from junior_planner.ui.text import PlainLabel

ICON = 40
GAUGE_CELLS = 5
CHIP_ICON = QSize(ICON + 8, ICON + 14)


def gauge_cells(level: Optional[float]) -> Optional[int]:
    """How many of the gauge's cells are filled: one as soon as there is anything, all at the target."""
    if level is None:
        return None
    if level <= 0:
        return 0
    return max(1, min(GAUGE_CELLS, math.floor(level * GAUGE_CELLS + 1e-9)))


def chip_icon(icon: str, level: Optional[float]) -> QIcon:
    """The indicator's picture, with a gauge of five cells under it when it has a level."""
    pixmap = QPixmap(CHIP_ICON)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    path = resources.asset("icons", "blocks", f"{icon}-128.png")
    if path.exists():
        painter.drawPixmap(4, 0, ICON, ICON, QPixmap(str(path)))
    filled = gauge_cells(level)
    if filled is not None:
        cell = (CHIP_ICON.width() - 2 * (GAUGE_CELLS - 1)) / GAUGE_CELLS
        for i in range(GAUGE_CELLS):
            painter.setPen(QColor("#2a9d8f"))
            painter.setBrush(QColor("#2a9d8f") if i < filled else QColor("#ffffff"))
            painter.drawRoundedRect(QRectF(i * (cell + 2), ICON + 3, cell, 10), 3, 3)
    painter.end()
    return QIcon(pixmap)


class IndicatorStrip(QFrame):
    explained = Signal(str)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("indicators")
        self.setStyleSheet("QFrame#indicators { background: #fff7ea; }"
                           "QFrame#indicators QPushButton { background: white; border-radius: 14px; font-size: 17px;"
                           " padding: 4px 10px; min-height: 48px; text-align: left; }"
                           "QFrame#indicators QPushButton[met=\"true\"] { background: #d8f3dc; }"
                           "QLabel#explanation { font-size: 17px; }")
        outer = QVBoxLayout(self)
        outer.setContentsMargins(8, 4, 8, 4)
        outer.setSpacing(2)
        self.grid = QGridLayout()
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.grid.setSpacing(6)
        outer.addLayout(self.grid)
        self.explanation = PlainLabel()
        self.explanation.setObjectName("explanation")
        self.explanation.setWordWrap(True)
        self.explanation.hide()
        outer.addWidget(self.explanation)
        self.buttons: dict[str, QPushButton] = {}
        self._results: dict[str, IndicatorResult] = {}
        self._before: dict[str, float] = {}
        self._columns = 0
        self._words: dict[str, str] = {}  # each chip's text with its words
        self._short: dict[str, str] = {}  # ...and with only its count and marks
        self._compact: Optional[bool] = None

    def show_results(self, results: Iterable[IndicatorResult], age_bands: Optional[set[str]] = None) -> None:
        """Applicable indicators only; play space only for the builders' own age bands."""
        lang = language()
        shown = []
        for result in results:
            if not result.applicable or result.id == "budget":
                continue
            band = result.details.get("age_band") if result.details else None
            if band is None and result.id.startswith("play-area-"):
                band = result.id[len("play-area-"):]
            if age_bands and band and band not in age_bands:
                continue
            shown.append(result)
        wanted = [r.id for r in shown]
        if wanted != list(self.buttons):
            for button in self.buttons.values():
                self.grid.removeWidget(button)
                button.deleteLater()
            self.buttons = {}
            self._before = {}
            for result in shown:
                button = QPushButton()
                button.setIconSize(CHIP_ICON)
                button.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
                button.clicked.connect(lambda _c=False, rid=result.id: self.explain(rid))
                self.buttons[result.id] = button
            self._columns, self._compact = 0, None
        self._results = {r.id: r for r in shown}
        for result in shown:
            button = self.buttons[result.id]
            marks = "  ✓" if result.met else ""
            words = result.child_caption(lang)
            before = self._before.get(result.id)
            change = ""
            if before is not None and result.value is not None and abs(result.value - before) > 1e-9:
                change = _("more than before") if result.value > before else _("less than before")
                marks += " ↑" if result.value > before else " ↓"
            self._before[result.id] = result.value
            self._words[result.id] = words + ("  ✓" if result.met else "") + (f"\n{change}" if change else "")
            count = format_number(result.value) if result.unit == "count" else ""
            self._short[result.id] = (count + marks).strip()
            button.setText(self._short[result.id] if self._compact else self._words[result.id])
            button.setAccessibleName(", ".join(x for x in (words, change) if x))
            button.setIcon(chip_icon(result.icon, result.level))
            button.setProperty("met", "true" if result.met else "false")
            button.style().unpolish(button)
            button.style().polish(button)
        self._arrange()

    def resizeEvent(self, event) -> None:  # noqa: N802
        super().resizeEvent(event)
        self._arrange()

    def _arrange(self) -> None:
        """Words when they fit in the rows the screen allows, else pictures; as many chips in a
        row as fit the width (each at its natural size), wrapping the rest."""
        buttons = list(self.buttons.values())
        if not buttons:
            return
        room = max(1, self.contentsRect().width() - 16)
        window = self.window()
        max_rows = 2 if window is not None and window.height() >= 720 else 1
        compact = False
        for compact in (False, True):
            for rid, button in self.buttons.items():
                button.setText(self._short[rid] if compact else self._words[rid])
            widest = max(b.sizeHint().width() for b in buttons) + self.grid.spacing()
            columns = max(1, min(len(buttons), room // widest))
            if math.ceil(len(buttons) / columns) <= max_rows:
                break
        if columns == self._columns and compact == self._compact and all(self.grid.indexOf(b) >= 0 for b in buttons):
            return
        self._columns, self._compact = columns, compact
        for button in buttons:
            self.grid.removeWidget(button)
        for i, button in enumerate(buttons):
            self.grid.addWidget(button, i // columns, i % columns)
        for c in range(self.grid.columnCount()):
            self.grid.setColumnStretch(c, 1 if c < columns else 0)

    def explain(self, result_id: str) -> None:
        result = self._results.get(result_id)
        if result is None:
            return
        text = result.explanation(language())
        self.explanation.setText(text)
        self.explanation.setVisible(not (self.explanation.isVisible() and self.explanation.text() == text))
        self.explained.emit(text)
