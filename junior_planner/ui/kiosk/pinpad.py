"""The facilitator's way out: a digit pad over the kiosk, asking for the PIN."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QGridLayout, QHBoxLayout, QPushButton, QVBoxLayout

from junior_planner.i18n import _, n_
from junior_planner.services.pin import PinGuard
from junior_planner.ui.text import PlainLabel


class PinPad(QFrame):
    """Emits `opened` after a right PIN; `cancelled` when the facilitator steps back."""

    opened = Signal()
    cancelled = Signal()

    def __init__(self, guard: PinGuard, parent=None):
        super().__init__(parent)
        self.guard = guard
        self.setObjectName("pinpad")
        self.setStyleSheet("QFrame#pinpad { background: rgba(29, 53, 87, 235); border-radius: 24px; }"
                           "QLabel { color: white; }")
        self.entered = ""
        layout = QVBoxLayout(self)
        self.prompt = PlainLabel(_("Facilitator PIN"))
        self.prompt.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.dots = PlainLabel("")
        self.dots.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.dots.setAccessibleName(_("PIN digits entered"))
        layout.addWidget(self.prompt)
        layout.addWidget(self.dots)
        grid = QGridLayout()
        for i, digit in enumerate("123456789"):
            grid.addWidget(self._key(digit), i // 3, i % 3)
        clear = QPushButton(_("Clear"))
        clear.clicked.connect(self.clear)
        grid.addWidget(clear, 3, 0)
        grid.addWidget(self._key("0"), 3, 1)
        ok = QPushButton(_("OK"))
        ok.setProperty("role", "go")
        ok.clicked.connect(self.submit)
        grid.addWidget(ok, 3, 2)
        layout.addLayout(grid)
        row = QHBoxLayout()
        back = QPushButton(_("Back to the children"))
        back.clicked.connect(self._cancel)
        row.addWidget(back)
        layout.addLayout(row)
        self.setFixedSize(420, 560)

    def _key(self, digit: str) -> QPushButton:
        button = QPushButton(digit)
        button.setAccessibleName(digit)
        button.clicked.connect(lambda: self.press(digit))
        return button

    def press(self, digit: str) -> None:
        if len(self.entered) < 12:
            self.entered += digit
            self.dots.setText("●" * len(self.entered))

    def clear(self) -> None:
        self.entered = ""
        self.dots.setText("")

    def submit(self) -> None:
        result = self.guard.check(self.entered)
        self.clear()
        if result.ok:
            self.prompt.setText(_("Facilitator PIN"))
            self.opened.emit()
        elif result.locked_for > 0:
            self.prompt.setText(n_("Too many tries. Wait %n seconds.", int(result.locked_for + 0.999)))
        else:
            self.prompt.setText(n_("Not right. %n tries left.", result.tries_left))

    def _cancel(self) -> None:
        self.clear()
        self.prompt.setText(_("Facilitator PIN"))
        self.cancelled.emit()
