"""pyqtgraph compiles its line and point shaders once per class; every view here shares GL
contexts, so the selection outline still draws in a second editor opened after the first one
was closed (it once vanished: "invalid value" from glUseProgram), without touching pyqtgraph's
private program attributes."""

from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtCore import Qt

from junior_planner.render.qtapp import share_gl_contexts

share_gl_contexts()


def _outline_pixels(view) -> int:
    image = view.grabFramebuffer().convertToFormat(view.grabFramebuffer().format().Format_RGB888)
    width, height = image.width(), image.height()
    data = np.frombuffer(bytes(image.constBits()), dtype=np.uint8)[: height * image.bytesPerLine()]
    rgb = data.reshape(height, image.bytesPerLine())[:, : width * 3].reshape(height, width, 3).astype(int)
    r, g, b = rgb[..., 0], rgb[..., 1], rgb[..., 2]
    return int(((r > 220) & (g > 180) & (g < 240) & (b < 90)).sum())  # the yellow outline (1.0, 0.85, 0.1)


@pytest.mark.gl
def test_the_selection_outline_draws_in_a_second_editor_after_the_first_closed(qtbot, data_dir):
    from junior_planner.ui.editor.widget import EditorWidget
    from tests.helpers import make_editor

    counts = []
    store, editor = make_editor(data_dir)
    for _round in range(3):
        widget = EditorWidget(editor)
        qtbot.addWidget(widget)
        widget.resize(1024, 700)
        widget.show()
        qtbot.waitExposed(widget)
        if not editor.proposal.blocks:
            widget.palette.choose("bench")
            qtbot.keyClick(widget, Qt.Key.Key_Return)  # place one in the middle of the view
        widget.select(next(iter(editor.proposal.blocks)))
        assert widget.selected is not None
        widget.view.top_view()
        widget.view.repaint()
        counts.append(_outline_pixels(widget.view))
        widget.close()
    store.close()
    assert all(n > 20 for n in counts), counts
