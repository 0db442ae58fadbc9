"""The 3D editor: a child builds on their site here.

Pictures first (a palette of block thumbnails, big picture buttons), every edit through the one
writer (`ProposalEditor.execute`, so undo and redo always work), and a gentle message with a
picture when a block does not fit. Pointer decisions come from the Qt-free `PointerTool`; the view
routes mouse and touch (view.py); walking the child-eye camera is `ChildWalk`.
"""

from __future__ import annotations

import re

import dataclasses
from functools import lru_cache
from typing import Optional

from PySide6.QtCore import QSize, Qt, QTimer
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QFrame, QGridLayout, QHBoxLayout, QSizePolicy, QToolButton, QVBoxLayout, QWidget,
)

from junior_planner.i18n import _
from junior_planner.meshes.asset import MeshAsset
from junior_planner.model.commands import Command, DeleteBlock, MoveBlock, PlaceBlock, RotateBlock, ScaleBlock
from junior_planner.model.entities import PlacedBlock, new_id
from junior_planner.model.rules import Refusal
from junior_planner.resources import model3d
from junior_planner.services import library
from junior_planner.services.editing import EditRefused, ProposalEditor
from junior_planner.store import StoreError
from junior_planner.ui.editor import pictures
from junior_planner.ui.editor.feedback import child_sentence, picture_name
from junior_planner.ui.editor.gestures import Twist
from junior_planner.ui.editor.palette import BlockPalette
from junior_planner.ui.editor.tools import GRID, Outcome, PointerTool
from junior_planner.ui.editor.view import EditorViewport
from junior_planner.ui.editor.walk import ChildWalk
from junior_planner.ui.text import PlainLabel

ROTATE_STEP = 15.0
SCALE_STEP = 0.25
MESSAGE_MS = 4000
BIRDS_EYE_ZOOM = 0.75
DRAG_TURN = 0.3  # degrees of heading per pixel dragged sideways in the child-eye view
DRAG_WALK = 0.04  # metres per pixel dragged up or down

STYLE = """
EditorWidget { background: #fff8e7; }
QToolButton { background: white; border: 3px solid #d0d7e2; border-radius: 14px; padding: 3px;
              font-size: 14px; font-weight: 600; color: #1d3557; }
QToolButton:hover { border-color: #3a86ff; }
QToolButton:pressed, QToolButton:checked { background: #ffe066; border-color: #f4a261; }
QToolButton:disabled { color: #b0b7c3; background: #f1f3f5; border-color: #e9ecef; }
QToolButton[role="block"] { font-size: 14px; }
QToolButton[role="category"] { font-size: 13px; padding: 1px; }
#palette { background: #e9f5db; border-left: 4px solid #b5e48c; }
#toolbar { background: #caf0f8; border-bottom: 4px solid #90e0ef; }
#message { background: #fff3bf; border: 4px solid #f08c00; border-radius: 20px; }
#message QLabel { font-size: 20px; font-weight: 700; color: #5c2e00; background: transparent; border: none; }
#walkpad QToolButton { background: rgba(255, 255, 255, 215); font-size: 12px; }
"""


@lru_cache(maxsize=64)
def block_model(path: str) -> MeshAsset:
    from junior_planner.meshes.loader import load_file

    return load_file(model3d(path))


ground_index = library.ground_index


class MessageBubble(QFrame):
    """A gentle inline message with a picture: never a dialog."""

    def __init__(self, parent: QWidget):
        super().__init__(parent)
        self.setObjectName("message")
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents, True)
        row = QHBoxLayout(self)
        row.setContentsMargins(12, 8, 18, 8)
        self.picture = PlainLabel()
        self.picture.setFixedSize(64, 64)
        self.text = PlainLabel()
        self.text.setWordWrap(True)
        row.addWidget(self.picture)
        row.addWidget(self.text, 1)
        self.code: Optional[str] = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.clear)
        self.hide()

    def say(self, picture: str, text: str, code: Optional[str] = None, linger_ms: Optional[int] = MESSAGE_MS) -> None:
        self.code = code
        self.picture.setPixmap(pictures.picture(picture, 64))
        self.text.setText(text)
        self.setAccessibleName(text)
        self._place()
        self.show()
        self.raise_()
        if linger_ms:
            self._timer.start(linger_ms)
        else:
            self._timer.stop()

    def clear(self) -> None:
        self.code = None
        self.hide()

    def _place(self) -> None:
        parent = self.parentWidget()
        width = min(560, parent.width() - 24)
        self.setFixedWidth(max(width, 200))
        self.adjustSize()
        self.move((parent.width() - self.width()) // 2, 14)


HIGH_CONTRAST = """
EditorWidget { background: #ffffff; }
QToolButton { background: #ffffff; border: 4px solid #000000; color: #000000; }
QToolButton:pressed, QToolButton:checked { background: #ffd400; border-color: #000000; }
QToolButton:disabled { color: #6c757d; border-color: #6c757d; }
#palette { background: #ffffff; border-left: 4px solid #000000; }
#toolbar { background: #ffffff; border-bottom: 4px solid #000000; }
#message { background: #ffffff; border: 5px solid #000000; }
#message QLabel { color: #000000; }
"""


def scaled_style(style: str, scale: float) -> str:
    """The style sheet with every font size multiplied by `scale`."""
    if abs(scale - 1.0) < 1e-6:
        return style
    return re.sub(r"font-size: (\d+)px", lambda m: f"font-size: {round(int(m.group(1)) * scale)}px", style)


def _big_button(name: str, text: str, picture: str, size: int = 74) -> QToolButton:
    button = QToolButton()
    button.setObjectName(name)
    button.setText(text)
    button.setAccessibleName(text)
    button.setIcon(pictures.icon(picture))
    button.setIconSize(QSize(44, 44))
    button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextUnderIcon)
    button.setMinimumSize(size, size)
    button.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
    button.setFocusPolicy(Qt.FocusPolicy.TabFocus)  # keyboard users reach every button with Tab
    return button


class EditorWidget(QWidget):
    undoing = False  # true while an undo or redo runs (listeners may react differently, e.g. sounds)
    def __init__(self, editor: ProposalEditor, parent: Optional[QWidget] = None, with_site_model: bool = True,
                 high_contrast: bool = False, scale: float = 1.0):
        """`scale` (the facilitator's size setting, 0.75 to 2) sizes buttons, pictures and words."""
        super().__init__(parent)
        self.setObjectName("editor")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setStyleSheet(scaled_style(STYLE + (HIGH_CONTRAST if high_contrast else ""), scale))
        self.scale = scale
        self.editor = editor
        self.tool = PointerTool()
        self.walk = ChildWalk(editor.site, self._solid_blocks_near)
        self._twist = Twist()
        self._twist_key: Optional[str] = None
        self._twist_count = 0
        self._walk_rest = [0.0]

        self.view = EditorViewport(editor.catalog, block_model)
        self.view.handler = self
        self.view.setMinimumSize(320, 240)
        mesh = library.site_mesh(editor.site) if with_site_model else None
        self.view.set_site(editor.site, mesh, ground_index(editor.site) if with_site_model else None)
        self.view.set_proposal(editor.proposal)
        self.birds_eye()
        self.message = MessageBubble(self.view)
        self.walkpad = self._make_walkpad()

        self.palette = BlockPalette(editor.catalog, editor.workshop.palette, scale=scale)
        self.palette.setFixedWidth(round(320 * scale))
        self.palette.chosen.connect(self._choose)

        toolbar = QFrame()
        toolbar.setObjectName("toolbar")
        bar = QHBoxLayout(toolbar)
        bar.setContentsMargins(8, 6, 8, 6)
        bar.setSpacing(6)
        self.buttons: dict[str, QToolButton] = {}
        groups = [
            [("undo", _("Undo"), "undo", self.undo), ("redo", _("Redo"), "redo", self.redo)],
            [("turn-left", _("Turn"), "turn-left", lambda: self.rotate(ROTATE_STEP)),
             ("turn-right", _("Turn"), "turn-right", lambda: self.rotate(-ROTATE_STEP)),
             ("bigger", _("Bigger"), "bigger", lambda: self.resize_selected(+1)),
             ("smaller", _("Smaller"), "smaller", lambda: self.resize_selected(-1)),
             ("copy", _("Copy"), "copy", self.duplicate), ("delete", _("Remove"), "delete", self.delete)],
            [("grid", _("Grid"), "grid", self._toggle_grid), ("snap", _("Snap"), "snap", self._toggle_snap)],
            [("view", _("Walk in"), "child-eye", self.toggle_view)],
        ]
        for g, group in enumerate(groups):
            if g:
                bar.addSpacing(10)
            for name, text, picture, slot in group:
                button = _big_button(name, text, picture, round(74 * scale))
                button.setIconSize(QSize(round(44 * scale), round(44 * scale)))
                button.clicked.connect(slot)
                self.buttons[name] = button
                bar.addWidget(button)
        for name in ("grid", "snap"):
            self.buttons[name].setCheckable(True)
            self.buttons[name].setChecked(True)
        self.buttons["turn-left"].setAccessibleName(_("Turn left"))
        self.buttons["turn-right"].setAccessibleName(_("Turn right"))
        bar.addStretch(1)
        self._set_view_button()

        main = QHBoxLayout()
        main.setContentsMargins(0, 0, 0, 0)
        main.setSpacing(0)
        main.addWidget(self.view, 1)
        main.addWidget(self.palette)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(0)
        outer.addWidget(toolbar)
        outer.addLayout(main, 1)

        editor.subscribe(self._on_change)
        self.read_only = editor.proposal.status != "draft"
        if self.read_only:
            self.palette.setEnabled(False)
            self.message.say("submitted", child_sentence(Refusal("submitted")), "submitted", linger_ms=None)
        self._refresh()

    # --- helpers --------------------------------------------------------------------------------
    def close_editor(self) -> None:
        self.editor.unsubscribe(self._on_change)

    def closeEvent(self, event) -> None:  # noqa: N802
        self.close_editor()
        super().closeEvent(event)

    @property
    def selected(self) -> Optional[str]:
        return self.tool.selected if self.tool.selected in self.editor.proposal.blocks else None

    def _ground(self, x: float, y: float) -> Optional[tuple[float, float]]:
        hit = self.view.pick(x, y, blocks=False)
        return (float(hit.point[0]), float(hit.point[1])) if hit is not None else None

    def _run(self, command: Command, merge_key: Optional[str] = None, quiet: bool = False):
        """One edit through the one writer; a refusal becomes a gentle message."""
        try:
            return self.editor.execute(command, merge_key=merge_key)
        except EditRefused as refused:
            if not quiet:
                self.say_refusal(refused.refusal)
        except StoreError:
            self.message.say("unknown", _("Oops, that could not be saved. Please tell a grown-up."))
        return None

    def say_refusal(self, refusal: Refusal, linger_ms: Optional[int] = MESSAGE_MS) -> None:
        self.message.say(picture_name(refusal), child_sentence(refusal), refusal.code, linger_ms)

    def _on_change(self, change) -> None:
        self.view.apply(change, self.editor.proposal)
        if self.tool.selected in change.blocks_removed:
            self.select(None)
        elif any(b.uuid == self.tool.selected for b in change.blocks_upserted):
            self.view.show_selection(self.tool.selected)
        self._refresh()

    def _refresh(self) -> None:
        block = self.editor.proposal.blocks.get(self.selected or "")
        kind = self.editor.catalog.get(block.block_type) if block else None
        editable = not self.read_only and self.editor.proposal.status == "draft"
        for name in ("turn-left", "turn-right", "copy", "delete"):
            self.buttons[name].setEnabled(editable and block is not None)
        self.buttons["bigger"].setEnabled(editable and kind is not None and block.scale < kind.scale_max - 1e-9)
        self.buttons["smaller"].setEnabled(editable and kind is not None and block.scale > kind.scale_min + 1e-9)
        self.buttons["undo"].setEnabled(self.editor.can_undo)
        self.buttons["redo"].setEnabled(self.editor.can_redo)

    def select(self, uuid: Optional[str]) -> None:
        self.tool.selected = uuid
        self.view.show_selection(uuid)
        self._refresh()

    # --- palette --------------------------------------------------------------------------------
    def _choose(self, block_type: Optional[str]) -> None:
        self.tool.arm(block_type)
        if block_type is None:
            self.view.show_ghost(None)
            if self.message.code not in (None, "submitted"):
                self.message.clear()
        else:
            self.select(None)

    def _ghost_block(self, block_type: str, x: float, y: float) -> PlacedBlock:
        kind = self.editor.catalog.get(block_type)
        return PlacedBlock(uuid=new_id(), block_type=block_type, x=x, y=y, z=self.view.ground_height(x, y),
                           variant=kind.default_variant if kind else "")

    # --- pointer (called by the view) -----------------------------------------------------------
    def press(self, x: float, y: float) -> bool:
        hit = self.view.pick(x, y)
        block = hit.block if hit is not None else None
        placed = self.editor.proposal.blocks.get(block or "")
        out = self.tool.press((x, y), self._ground(x, y), block, (placed.x, placed.y) if placed else None)
        self._do(out)
        return out.kind != "camera"

    def move(self, x: float, y: float, pressed: bool) -> bool:
        if self.tool.mode == "camera" or (self.tool.mode is None and self.tool.armed is None):
            return False
        self._do(self.tool.move((x, y), self._ground(x, y)))
        return True

    def release(self, x: float, y: float) -> bool:
        out = self.tool.release((x, y), self._ground(x, y))
        self._do(out)
        return out.kind != "camera"

    def cancel(self) -> None:
        self._do(self.tool.cancel())

    def _do(self, out: Outcome) -> None:
        kind = out.kind
        if kind == "ghost":
            ghost = self._ghost_block(out.block_type, out.x, out.y)
            refusal = self.editor.check(PlaceBlock(block=ghost))
            self.view.show_ghost(ghost, refusal is None)
            if refusal is not None:
                self.say_refusal(refusal, linger_ms=None)
            elif self.message.code not in (None, "submitted"):
                self.message.clear()
        elif kind == "ghost-off":
            self.view.show_ghost(None)
        elif kind == "place":
            change = self._run(PlaceBlock(block=self._ghost_block(out.block_type, out.x, out.y)))
            if change is not None:
                self.view.show_ghost(None)
                self.message.clear()
                placed = change.blocks_upserted[0].uuid
                self.palette.choose(None)
                self.select(placed)
        elif kind == "select":
            self.select(out.target)
        elif kind == "deselect":
            self.select(None)
        elif kind == "move":
            block = self.editor.proposal.blocks.get(out.target or "")
            if block is None:
                return
            if (block.x, block.y) == (out.x, out.y):
                self.view.show_ghost(None)
                return
            z = self.view.ground_height(out.x, out.y)
            change = self._run(MoveBlock(target=block.uuid, x=out.x, y=out.y, z=z), merge_key=out.merge_key, quiet=True)
            if change is None:  # refused: the block stays at its last good place; a red ghost shows why
                wanted = dataclasses.replace(block, x=out.x, y=out.y, z=z)
                self.view.show_ghost(wanted, False)
                refusal = self.editor.check(MoveBlock(target=block.uuid, x=out.x, y=out.y, z=z))
                if refusal is not None:
                    self.say_refusal(refusal)
            else:
                self.view.show_ghost(None)
                if self.message.code not in (None, "submitted"):
                    self.message.clear()
        elif kind == "drop":
            self.view.show_ghost(None)

    # --- two fingers ------------------------------------------------------------------------------
    def gesture_begin(self) -> None:
        self._twist = Twist()
        self._twist_count += 1
        self._twist_key = f"twist-{id(self)}-{self._twist_count}"

    def twist(self, degrees: float) -> None:
        steps = self._twist.add(degrees)
        if not steps:
            return
        if self.selected is not None:
            self.rotate(steps * ROTATE_STEP, merge_key=self._twist_key)
        elif self.view.mode == "child":
            self.turn(steps * ROTATE_STEP)
        else:
            self.view.orbit(-steps * ROTATE_STEP, 0)

    # --- tools --------------------------------------------------------------------------------------
    def rotate(self, degrees: float, merge_key: Optional[str] = None) -> None:
        block = self.editor.proposal.blocks.get(self.selected or "")
        if block is not None:
            self._run(RotateBlock(target=block.uuid, yaw=block.yaw + degrees), merge_key=merge_key)

    def resize_selected(self, direction: int) -> None:
        block = self.editor.proposal.blocks.get(self.selected or "")
        kind = self.editor.catalog.get(block.block_type) if block else None
        if block is None or kind is None:
            return
        scale = min(max(block.scale + direction * SCALE_STEP, kind.scale_min), kind.scale_max)
        if abs(scale - block.scale) < 1e-9:
            self.say_refusal(Refusal("scale"))
            return
        self._run(ScaleBlock(target=block.uuid, scale=round(scale, 3)))

    def delete(self) -> None:
        if self.selected is not None:
            self._run(DeleteBlock(target=self.selected))

    def duplicate(self) -> None:
        block = self.editor.proposal.blocks.get(self.selected or "")
        kind = self.editor.catalog.get(block.block_type) if block else None
        if block is None or kind is None:
            return
        gap = max(kind.width, kind.depth) * block.scale + 0.5
        last: Optional[Refusal] = None
        for dx, dy in ((gap, 0), (0, gap), (-gap, 0), (0, -gap), (gap, gap), (-gap, -gap)):
            x, y = self.tool.snapped(block.x + dx, block.y + dy)
            copy = dataclasses.replace(block, uuid=new_id(), x=x, y=y, z=self.view.ground_height(x, y))
            last = self.editor.check(PlaceBlock(block=copy))
            if last is None:
                change = self._run(PlaceBlock(block=copy))
                if change is not None:
                    self.select(copy.uuid)
                return
        if last is not None:
            self.say_refusal(last)

    def undo(self) -> None:
        self.undoing = True
        try:
            self.editor.undo()
        except StoreError:
            self.message.say("unknown", _("Oops, that could not be saved. Please tell a grown-up."))
        finally:
            self.undoing = False
        self._refresh()

    def redo(self) -> None:
        self.undoing = True
        try:
            self.editor.redo()
        except StoreError:
            self.message.say("unknown", _("Oops, that could not be saved. Please tell a grown-up."))
        finally:
            self.undoing = False
        self._refresh()

    def _toggle_grid(self) -> None:
        self.view.grid.setVisible(self.buttons["grid"].isChecked())
        self.view.update()

    def _toggle_snap(self) -> None:
        self.tool.snapping = self.buttons["snap"].isChecked()

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
