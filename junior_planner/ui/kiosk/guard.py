"""The kiosk's guard over every input event: any touch resets the idle clock, context menus and
Escape are eaten, a long press in the hidden top-left corner asks for the facilitator's PIN, and
pressing and holding any button reads its name aloud (the button is then not pressed), as does
holding a finger still on a block in the 3D view."""

from __future__ import annotations

from typing import TYPE_CHECKING, Optional

from PySide6.QtCore import QEvent, QObject, QPoint, Qt, QTimer
from PySide6.QtWidgets import QAbstractButton

if TYPE_CHECKING:
    from junior_planner.ui.kiosk.window import KioskWindow

CORNER = 90  # pixels: the hidden corner
HOLD_MS = 3000
SAY_MS = 700  # holding a button this long reads its name instead of pressing it


class InputWatcher(QObject):
    """Sees every input event in the app: resets the idle clock, eats context menus, and times
    a long press in the hidden corner."""

    def __init__(self, window: "KioskWindow"):
        super().__init__(window)
        self.window = window
        self.hold = QTimer(self)
        self.hold.setSingleShot(True)
        self.hold.timeout.connect(window.ask_pin)
        self.say_hold = QTimer(self)
        self.say_hold.setSingleShot(True)
        self.say_hold.timeout.connect(self._say_held)
        self._held: Optional[QAbstractButton] = None
        self._spoke = False
        self._view_hold: Optional[tuple] = None  # (view, local point) of a finger held on the 3D view

    def eventFilter(self, obj, event) -> bool:  # noqa: N802
        kind = event.type()
        if kind == QEvent.Type.ContextMenu:
            return True
        if kind in (QEvent.Type.MouseButtonPress, QEvent.Type.TouchBegin, QEvent.Type.KeyPress, QEvent.Type.MouseMove,
                    QEvent.Type.TouchUpdate, QEvent.Type.Wheel):
            self.window.touched()
        if kind in (QEvent.Type.MouseButtonPress, QEvent.Type.TouchBegin):
            point = self._global_point(event)
            if point is not None and self.window.in_corner(point):
                self.hold.start(HOLD_MS)
            button = obj if isinstance(obj, QAbstractButton) else None
            if button is not None and button.isEnabled() and kind == QEvent.Type.MouseButtonPress:
                self._held, self._spoke = button, False
                self.say_hold.start(SAY_MS)
            elif kind == QEvent.Type.MouseButtonPress and obj is self.window.editor_view():
                self._held, self._spoke = None, False
                self._view_hold = (obj, event.position().toPoint())
                self.say_hold.start(SAY_MS)
        elif kind == QEvent.Type.MouseMove and self._view_hold is not None and obj is self._view_hold[0]:
            if (event.position().toPoint() - self._view_hold[1]).manhattanLength() > 12:  # a drag, not a hold
                self.say_hold.stop()
                self._view_hold = None
        elif kind in (QEvent.Type.MouseButtonRelease, QEvent.Type.TouchEnd, QEvent.Type.TouchCancel):
            self.hold.stop()
            self.say_hold.stop()
            self._view_hold = None
            if self._spoke and obj is self._held:  # it was read aloud: do not press it too
                self._held.setDown(False)
                self._held, self._spoke = None, False
                return True
            self._held = None
        if kind == QEvent.Type.KeyPress and event.key() == Qt.Key.Key_Escape:
            return True
        return False

    def _say_held(self) -> None:
        if self._held is not None and self._held.isVisible():
            self._spoke = self.window.say_widget(self._held)
        elif self._view_hold is not None:
            view, point = self._view_hold
            self.window.say_block_at(point.x(), point.y())

    @staticmethod
    def _global_point(event) -> Optional[QPoint]:
        if hasattr(event, "points") and event.points():
            return event.points()[0].globalPosition().toPoint()
        if hasattr(event, "globalPosition"):
            return event.globalPosition().toPoint()
        return None
