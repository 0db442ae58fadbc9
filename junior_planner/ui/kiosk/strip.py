"""The indicator strip above the children's 3D view: a picture and a few words per indicator
("12 places to sit"), a tick when its target is met; a tap says how it is counted. Recomputed
after every edit (a 2,000-block proposal takes well under a millisecond)."""

from __future__ import annotations

from typing import Iterable, Optional

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QFrame, QHBoxLayout, QPushButton, QScrollArea, QVBoxLayout, QWidget

from junior_planner import resources
from junior_planner.i18n import language
from junior_planner.model.indicators import IndicatorResult
from junior_planner.ui.text import PlainLabel


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
        scroll = QScrollArea()
        scroll.setWidgetResizable(False)  # the row keeps its natural width and scrolls sideways
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setFixedHeight(72)
        from PySide6.QtWidgets import QScroller

        QScroller.grabGesture(scroll.viewport(), QScroller.ScrollerGestureType.TouchGesture)  # swipe with a finger
        inner = QWidget()
        self._inner = inner
        self.row = QHBoxLayout(inner)
        self.row.setContentsMargins(0, 0, 0, 0)
        scroll.setWidget(inner)
        outer.addWidget(scroll)
        self.explanation = PlainLabel()
        self.explanation.setObjectName("explanation")
        self.explanation.setWordWrap(True)
        self.explanation.hide()
        outer.addWidget(self.explanation)
        self.buttons: dict[str, QPushButton] = {}
        self._results: dict[str, IndicatorResult] = {}

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
            while self.row.count():
                item = self.row.takeAt(0)
                if item.widget():
                    item.widget().deleteLater()
            self.buttons = {}
            for result in shown:
                button = QPushButton()
                button.setIconSize(QSize(40, 40))
                from PySide6.QtWidgets import QSizePolicy

                button.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)  # scroll, never squeeze
                icon = resources.asset("icons", "blocks", f"{result.icon}-128.png")
                if icon.exists():
                    button.setIcon(QIcon(str(icon)))
                button.clicked.connect(lambda _c=False, rid=result.id: self.explain(rid))
                self.buttons[result.id] = button
                self.row.addWidget(button)
            self.row.addStretch(1)
        self._results = {r.id: r for r in shown}
        for result in shown:
            button = self.buttons[result.id]
            text = result.caption(lang) + ("  ✓" if result.met else "")
            button.setText(text)
            button.setAccessibleName(text)
            button.setProperty("met", "true" if result.met else "false")
            button.updateGeometry()
            button.style().unpolish(button)
            button.style().polish(button)

        self._inner.adjustSize()

    def explain(self, result_id: str) -> None:
        result = self._results.get(result_id)
        if result is None:
            return
        text = result.explanation(language())
        self.explanation.setText(text)
        self.explanation.setVisible(not (self.explanation.isVisible() and self.explanation.text() == text))
        self.explained.emit(text)
