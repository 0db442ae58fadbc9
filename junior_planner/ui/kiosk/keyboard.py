"""An on-screen keyboard for kiosks without one. Chinese goes through the system input method
where one is installed (a physical or system keyboard); this one types letters and digits."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QGridLayout, QPushButton, QWidget

from junior_planner.i18n import _

ROWS = ["1234567890", "qwertyuiop", "asdfghjkl", "zxcvbnm"]


class OnScreenKeyboard(QWidget):
    typed = Signal(str)
    backspace = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("keyboard")
        self.setStyleSheet("QWidget#keyboard QPushButton { padding: 0px; }")  # keys stay 64 px, no taller
        grid = QGridLayout(self)
        grid.setSpacing(4)
        grid.setContentsMargins(0, 0, 0, 0)
        for r, row in enumerate(ROWS):
            for c, char in enumerate(row):
                button = QPushButton(char.upper() if char.isalpha() else char)
                button.setAccessibleName(char)
                button.clicked.connect(lambda _checked=False, ch=char: self.typed.emit(ch))
                grid.addWidget(button, r, c + (r - 1 if r > 1 else 0))
        space = QPushButton(_("space"))
        space.setAccessibleName(_("space"))
        space.clicked.connect(lambda: self.typed.emit(" "))
        grid.addWidget(space, 4, 2, 1, 6)
        back = QPushButton("⌫")
        back.setAccessibleName(_("delete a letter"))
        back.clicked.connect(self.backspace.emit)
        grid.addWidget(back, 4, 8, 1, 2)
