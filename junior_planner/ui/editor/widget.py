"""The 3D editor: a child builds on their site here.

Pictures first (a palette of block thumbnails, big picture buttons), every edit through the one
writer (`ProposalEditor.execute`, so undo and redo always work), and a gentle message with a
picture when a block does not fit. Pointer decisions come from the Qt-free `PointerTool`; the view
routes mouse and touch (view.py); walking the child-eye camera is `ChildWalk`.
"""

from __future__ import annotations


import dataclasses
from typing import Optional

from PySide6.QtCore import Signal, QSize, Qt
from PySide6.QtWidgets import (
    QFrame, QHBoxLayout, QToolButton, QVBoxLayout, QWidget,
)

from junior_planner.i18n import _
from junior_planner.model.commands import Command, DeleteBlock, MoveBlock, PlaceBlock, RotateBlock, ScaleBlock
from junior_planner.model.entities import PlacedBlock, new_id
from junior_planner.model.rules import Refusal
from junior_planner.services.library import Library
from junior_planner.services.editing import EditRefused, ProposalEditor
from junior_planner.services.workspace import StoreError
from junior_planner.ui.editor.feedback import child_sentence, picture_name
from junior_planner.ui.editor.gestures import Twist
from junior_planner.ui.editor.palette import BlockPalette
from junior_planner.ui.editor.tools import Outcome, PointerTool
from junior_planner.ui.editor.view import EditorViewport
from junior_planner.ui.editor.walk import ChildWalk

from junior_planner.ui.editor.look import (  # noqa: F401 - names the kiosk and tests use from here
    BIRDS_EYE_ZOOM, DRAG_TURN, DRAG_WALK, HIGH_CONTRAST, MESSAGE_MS, ROTATE_STEP, SCALE_STEP, STYLE, MessageBubble,
    _big_button, block_model, ground_index, scaled_style,
)
from junior_planner.ui.editor.navigation import Navigation


class EditorWidget(Navigation, QWidget):
    refused = Signal(str)  # a child's edit was refused (its code): the kiosk plays a sound
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
        mesh = Library.of().site_mesh_to_draw(editor.site, editor.workshop.detail) if with_site_model else None
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
        if linger_ms is not None:  # an edit that was tried, not a ghost still looking for its place
            self.refused.emit(refusal.code)

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
