"""The editor's 3D view: the owner's SiteViewport plus pointer and touch routing.

Mouse and one finger go to the handler (the EditorWidget) first; what it does not take (a press
on empty ground with no block chosen) stays with pyqtgraph's orbit/pan/zoom, or walks in the
child-eye view. Two fingers pan, pinch zooms, twist turns. Touches are handled as touches only:
the mouse events Qt synthesizes from them are dropped, so nothing is done twice.
"""

from __future__ import annotations

from typing import Optional, Protocol

from PySide6.QtCore import QEvent, QPointF, Qt
from PySide6.QtGui import QInputDevice, QMouseEvent, QTouchEvent
from PySide6.QtGui import QEventPoint

from junior_planner.render.viewport import SiteViewport
from junior_planner.ui.editor.gestures import pair_motion

# pyqtgraph keeps compiled shader programs per class, not per GL context. Every view here is made
# with shared GL contexts (render/qtapp.share_gl_contexts, set before the QApplication), so a
# program compiled in one view's context is valid in every other view's, and no view needs to
# swap pyqtgraph's private program attributes (tests/ui/editor/test_editor.py and
# tests/render/test_viewport.py draw several views and windows in one process).
TOUCH_EVENTS = (QEvent.Type.TouchBegin, QEvent.Type.TouchUpdate, QEvent.Type.TouchEnd, QEvent.Type.TouchCancel)


class PointerHandler(Protocol):
    def press(self, x: float, y: float) -> bool: ...  # True: the handler took it (not the camera)
    def move(self, x: float, y: float, pressed: bool) -> bool: ...
    def release(self, x: float, y: float) -> bool: ...
    def cancel(self) -> None: ...
    def gesture_begin(self) -> None: ...
    def twist(self, degrees: float) -> None: ...
    def walk_drag(self, dx: float, dy: float) -> None: ...
    def key(self, event) -> bool: ...


class EditorViewport(SiteViewport):
    ZOOM_LIMITS = (3.0, 600.0)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.handler: Optional[PointerHandler] = None
        self.setAttribute(Qt.WidgetAttribute.WA_AcceptTouchEvents, True)
        self.setMouseTracking(True)  # the ghost follows a hovering mouse
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self._taken = False  # the handler owns the current mouse press
        self._touch_mode: Optional[str] = None  # "one", "two", "done" (a gesture ends when all fingers lift)
        self._one_taken = False
        self._last: QPointF = QPointF()
        self._pair: Optional[tuple[tuple[float, float], tuple[float, float]]] = None

    # --- mouse --------------------------------------------------------------------------------
    def _from_touch(self, event: QMouseEvent) -> bool:
        device = event.pointingDevice()
        return self._touch_mode is not None or (device is not None and device.type() == QInputDevice.DeviceType.TouchScreen)

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 (Qt name)
        if self._from_touch(event):
            event.accept()
            return
        pos = event.position()
        self.mousePos = pos
        self._last = pos
        self._taken = False
        if event.button() == Qt.MouseButton.LeftButton and self.handler is not None:
            self._taken = self.handler.press(pos.x(), pos.y())
        if not self._taken:
            super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        if self._from_touch(event):
            event.accept()
            return
        pos = event.position()
        left = bool(event.buttons() & Qt.MouseButton.LeftButton)
        taken = self.handler.move(pos.x(), pos.y(), left) if self.handler is not None else False
        if taken or self._taken:
            self.mousePos = pos
            return
        if left and self.mode == "child":
            diff = pos - self._last
            self._last = self.mousePos = pos
            if self.handler is not None:
                self.handler.walk_drag(diff.x(), diff.y())
            return
        self._last = pos
        super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        if self._from_touch(event):
            event.accept()
            return
        if event.button() == Qt.MouseButton.LeftButton and self.handler is not None:
            pos = event.position()
            self.handler.release(pos.x(), pos.y())
        self._taken = False
        super().mouseReleaseEvent(event)

    def wheelEvent(self, event) -> None:  # noqa: N802
        if self.mode == "child":
            if self.handler is not None:
                self.handler.walk_drag(0.0, -event.angleDelta().y() / 4.0)
            event.accept()
            return
        super().wheelEvent(event)
        self._clamp_zoom()

    def keyPressEvent(self, event) -> None:  # noqa: N802
        if self.handler is not None and self.handler.key(event):
            event.accept()
            return
        super().keyPressEvent(event)

    # --- touch --------------------------------------------------------------------------------
    def event(self, event: QEvent) -> bool:
        if event.type() in TOUCH_EVENTS:
            self._touch(event)
            event.accept()
            return True
        return super().event(event)

    def _touch(self, event: QTouchEvent) -> None:
        if event.type() == QEvent.Type.TouchCancel:
            if self.handler is not None and self._touch_mode == "one":
                self.handler.cancel()
            self._touch_mode = None
            return
        points = list(event.points())
        down = [p for p in points if p.state() != QEventPoint.State.Released]
        if self._touch_mode is None and down:
            self._touch_mode = "one"
            pos = down[0].position()
            self._last = pos
            self._one_taken = self.handler.press(pos.x(), pos.y()) if self.handler is not None else False
        if len(down) >= 2:
            pair = ((down[0].position().x(), down[0].position().y()), (down[1].position().x(), down[1].position().y()))
            if self._touch_mode == "one":
                if self.handler is not None:
                    self.handler.cancel()
                    self.handler.gesture_begin()
                self._touch_mode, self._pair = "two", pair
            elif self._touch_mode == "two" and self._pair is not None:
                self._two_fingers(pair)
            return
        if self._touch_mode == "two" and len(down) < 2:
            self._touch_mode = "done"
        if self._touch_mode == "one":
            point = down[0] if down else points[0]
            pos = point.position()
            if not down:
                if self.handler is not None:
                    self.handler.release(pos.x(), pos.y())
            else:
                taken = self.handler.move(pos.x(), pos.y(), True) if self.handler is not None else False
                if not (taken or self._one_taken):
                    diff = pos - self._last
                    if self.mode == "child":
                        if self.handler is not None:
                            self.handler.walk_drag(diff.x(), diff.y())
                    else:
                        self.orbit(-diff.x(), diff.y())
                self._last = pos
        if not down:
            self._touch_mode = None

    def _two_fingers(self, pair) -> None:
        motion = pair_motion(self._pair, pair)
        self._pair = pair
        if self.mode != "child":
            self.pan(motion.dx, motion.dy, 0, relative="view-upright")
            self.opts["distance"] /= motion.spread
            self._clamp_zoom()
        if self.handler is not None and motion.turn:
            self.handler.twist(motion.turn)
        self.update()

    def _clamp_zoom(self) -> None:
        lo, hi = self.ZOOM_LIMITS
        self.opts["distance"] = min(max(self.opts["distance"], lo), hi)
        self.update()
