"""An editor window on a fresh proposal, shown under Xvfb (GL needs a real display)."""

from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtCore import QPoint, Qt

from junior_planner.ui.editor.widget import EditorWidget
from tests.helpers import make_editor


class Editing:
    def __init__(self, qtbot, store, editor, widget):
        self.qtbot, self.store, self.editor, self.widget = qtbot, store, editor, widget
        self.view = widget.view

    def pixel(self, x: float, y: float) -> QPoint:
        """The widget pixel where the ground point (x, y) is seen."""
        z = self.view.ground_height(x, y)
        pixels, visible = self.view.project(np.array([[x, y, z]]))
        assert visible[0], (x, y)
        return QPoint(round(pixels[0][0]), round(pixels[0][1]))

    def stored(self):
        return self.store.proposal(self.editor.proposal.id)

    def choose(self, block_type: str) -> None:
        kind = self.editor.catalog.get(block_type)
        self.qtbot.mouseClick(self.widget.palette.category_buttons[kind.category], Qt.MouseButton.LeftButton)
        self.qtbot.mouseClick(self.widget.palette.buttons[block_type], Qt.MouseButton.LeftButton)
        assert self.widget.tool.armed == block_type


def open_editing(qtbot, data_dir, site: str = "practice-lawn") -> Editing:
    store, editor = make_editor(data_dir, site=site)
    widget = EditorWidget(editor)
    qtbot.addWidget(widget)
    widget.resize(1280, 800)
    widget.show()
    qtbot.waitExposed(widget)
    qtbot.wait(50)
    return Editing(qtbot, store, editor, widget)


@pytest.fixture
def editing(qtbot, data_dir):
    e = open_editing(qtbot, data_dir)
    yield e
    e.widget.close()
    e.store.close()
