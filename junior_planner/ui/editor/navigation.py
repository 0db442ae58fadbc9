"""Moving around the site in the editor: bird's-eye and child's-eye views, walking at a child's
eye height, and the keys (undo, redo, arrows, Enter, Delete). A mixin of EditorWidget."""

from __future__ import annotations



from PySide6.QtCore import QSize, Qt, QTimer
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QGridLayout, QToolButton, QWidget,
)

from junior_planner.i18n import _
from junior_planner.model.commands import MoveBlock
from junior_planner.ui.editor import pictures
from junior_planner.ui.editor.tools import GRID, Outcome

from junior_planner.ui.editor.look import BIRDS_EYE_ZOOM, DRAG_TURN, DRAG_WALK, _big_button


class Navigation:
    """The view and key handling of EditorWidget (which holds the view, the walk and the buttons)."""

    # --- views and walking ----------------------------------------------------------------------
    def toggle_view(self) -> None:
        if self.view.mode == "child":
            self.birds_eye()
        else:
            self._show_child_eye()
        self._set_view_button()

    def birds_eye(self) -> None:
        """The site's bird's-eye camera, a little closer so blocks are big enough to tap."""
        self.view.birds_eye()
        self.view.opts["distance"] *= BIRDS_EYE_ZOOM
        self.view.update()

    def _show_child_eye(self) -> None:
        self.view.child_eye(self.walk.x, self.walk.y, self.walk.heading)

    def _set_view_button(self) -> None:
        button = self.buttons["view"]
        child = self.view.mode == "child"
        button.setText(_("From above") if child else _("Walk in"))
        button.setAccessibleName(button.text())
        button.setIcon(pictures.icon("birds-eye" if child else "child-eye"))
        button.setMinimumWidth(104)
        self.walkpad.setVisible(child)
        if child:
            self._place_walkpad()

    def _solid_blocks_near(self, x: float, y: float, radius: float):
        """Footprints of the placed blocks near (x, y) that a child cannot walk through."""
        from junior_planner.model.rules import block_corners
        from junior_planner.ui.editor.walk import WALK_OVER

        for block in self.editor.proposal.blocks.values():
            kind = self.editor.catalog.get(block.block_type)
            if kind is None or kind.height * block.scale <= WALK_OVER:
                continue
            reach = radius + max(kind.width, kind.depth) * block.scale
            if abs(block.x - x) <= reach and abs(block.y - y) <= reach:
                yield block_corners(block, kind)

    def step(self, metres: float) -> bool:
        moved = self.walk.step(metres)
        if not moved:
            self.message.say("building", _("Bump! You cannot walk through that."), "bump")
        self._show_child_eye()
        return moved

    def turn(self, degrees: float) -> None:
        self.walk.turn(degrees)
        self._show_child_eye()

    def walk_drag(self, dx: float, dy: float) -> None:
        if self.view.mode != "child":
            return
        if dx:
            self.walk.turn(-dx * DRAG_TURN)
        self._walk_rest[0] += -dy * DRAG_WALK
        if abs(self._walk_rest[0]) >= 0.25:
            metres, self._walk_rest[0] = self._walk_rest[0], 0.0
            if not self.walk.step(metres):
                self.message.say("building", _("Bump! You cannot walk through that."), "bump")
        self._show_child_eye()

    def _make_walkpad(self) -> QWidget:
        pad = QWidget(self.view)
        pad.setObjectName("walkpad")
        grid = QGridLayout(pad)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setSpacing(4)
        self.walk_buttons: dict[str, QToolButton] = {}
        for name, text, row, col, slot in (
                ("forward", _("Walk"), 0, 1, lambda: self.step(1.0)),
                ("left", _("Turn left"), 1, 0, lambda: self.turn(30.0)),
                ("right", _("Turn right"), 1, 2, lambda: self.turn(-30.0)),
                ("back", _("Step back"), 2, 1, lambda: self.step(-1.0))):
            button = _big_button(f"walk-{name}", text, name, size=72)
            button.setFixedSize(76, 76)
            button.setIconSize(QSize(36, 36))
            button.setAutoRepeat(True)
            button.setAutoRepeatInterval(180)
            button.clicked.connect(slot)
            grid.addWidget(button, row, col)
            self.walk_buttons[name] = button
        pad.adjustSize()
        pad.hide()
        return pad

    def _place_walkpad(self) -> None:
        self.walkpad.adjustSize()
        self.walkpad.move(16, self.view.height() - self.walkpad.height() - 16)
        self.walkpad.raise_()

    def resizeEvent(self, event) -> None:  # noqa: N802
        super().resizeEvent(event)
        QTimer.singleShot(0, self._place_walkpad)

    # --- keys ---------------------------------------------------------------------------------------
    def key(self, event) -> bool:
        if event.matches(QKeySequence.StandardKey.Undo):
            self.undo()
        elif event.matches(QKeySequence.StandardKey.Redo) or (
                event.key() == Qt.Key.Key_Y and event.modifiers() & Qt.KeyboardModifier.ControlModifier):
            self.redo()
        elif event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            self.delete()
        elif event.key() == Qt.Key.Key_Escape:
            self.palette.choose(None)
            self.select(None)
        elif event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.tool.armed is not None:
            self.place_at_centre()
        elif (self.view.mode != "child" and self.selected is not None
              and event.key() in (Qt.Key.Key_Up, Qt.Key.Key_Down, Qt.Key.Key_Left, Qt.Key.Key_Right)):
            self.nudge(*{Qt.Key.Key_Up: (0.0, 1.0), Qt.Key.Key_Down: (0.0, -1.0),
                         Qt.Key.Key_Left: (-1.0, 0.0), Qt.Key.Key_Right: (1.0, 0.0)}[event.key()])
        elif self.view.mode == "child" and event.key() in (Qt.Key.Key_Up, Qt.Key.Key_Down, Qt.Key.Key_Left, Qt.Key.Key_Right):
            {Qt.Key.Key_Up: lambda: self.step(1.0), Qt.Key.Key_Down: lambda: self.step(-1.0),
             Qt.Key.Key_Left: lambda: self.turn(30.0), Qt.Key.Key_Right: lambda: self.turn(-30.0)}[event.key()]()
        else:
            return False
        return True

    def place_at_centre(self) -> None:
        """Keyboard placing: the chosen block goes where the middle of the view meets the ground."""
        block_type = self.tool.armed
        ground = self._ground(self.view.width() / 2, self.view.height() / 2)
        if block_type is None or ground is None:
            return
        step = GRID if self.tool.snapping else None
        x, y = ground if step is None else (round(ground[0] / step) * step, round(ground[1] / step) * step)
        self._do(Outcome("place", block_type=block_type, x=x, y=y))

    def nudge(self, dx: float, dy: float) -> None:
        """Keyboard moving: half a metre (one grid step) in screen-independent compass directions."""
        block = self.editor.proposal.blocks.get(self.selected or "")
        if block is None:
            return
        x, y = block.x + dx * GRID, block.y + dy * GRID
        self._run(MoveBlock(target=block.uuid, x=x, y=y, z=self.view.ground_height(x, y)))

    def keyPressEvent(self, event) -> None:  # noqa: N802
        if not self.key(event):
            super().keyPressEvent(event)
