"""The editor works without a pointer: Tab reaches the buttons, Enter places the chosen block in
the middle of the view, arrows move the selected block by one grid step, Delete removes it."""

from __future__ import annotations

from PySide6.QtCore import Qt


def test_enter_places_the_chosen_block_where_the_view_looks(editing):
    editing.widget.palette.choose("bench")
    editing.qtbot.keyClick(editing.widget, Qt.Key.Key_Return)
    [block] = editing.stored().blocks.values()
    centre = editing.view.pick(editing.view.width() / 2, editing.view.height() / 2, blocks=False).point
    assert abs(block.x - centre[0]) <= 0.25 and abs(block.y - centre[1]) <= 0.25
    assert editing.widget.selected == block.uuid


def test_arrows_move_the_selected_block_half_a_metre_and_delete_removes_it(editing):
    editing.widget.palette.choose("bench")
    editing.qtbot.keyClick(editing.widget, Qt.Key.Key_Return)
    [before] = editing.stored().blocks.values()
    editing.qtbot.keyClick(editing.widget, Qt.Key.Key_Right)
    editing.qtbot.keyClick(editing.widget, Qt.Key.Key_Up)
    [after] = editing.stored().blocks.values()
    assert (after.x - before.x, after.y - before.y) == (0.5, 0.5)
    editing.qtbot.keyClick(editing.widget, Qt.Key.Key_Delete)
    assert editing.stored().blocks == {}
    editing.qtbot.keyClick(editing.widget, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert len(editing.stored().blocks) == 1


def test_tab_reaches_the_tool_buttons(editing):
    assert editing.widget.buttons["undo"].focusPolicy() & Qt.FocusPolicy.TabFocus
    assert editing.widget.buttons["view"].focusPolicy() & Qt.FocusPolicy.TabFocus


def test_high_contrast_editor_uses_black_outlines(qtbot, data_dir):
    from junior_planner.ui.editor.widget import EditorWidget
    from tests.helpers import make_editor

    store, editor = make_editor(data_dir)
    widget = EditorWidget(editor, high_contrast=True)
    qtbot.addWidget(widget)
    assert "#000000" in widget.styleSheet()
    store.close()


def test_the_size_setting_makes_the_palette_and_buttons_bigger(qtbot, data_dir):
    """The facilitator's size setting (kiosk --size) reaches the editor's palette and buttons."""
    from junior_planner.ui.editor.widget import EditorWidget
    from tests.helpers import make_editor

    store, editor = make_editor(data_dir)
    small, big = EditorWidget(editor), EditorWidget(editor, scale=1.5)
    qtbot.addWidget(small)
    qtbot.addWidget(big)
    assert big.palette.buttons["bench"].width() == round(small.palette.buttons["bench"].width() * 1.5)
    assert big.buttons["undo"].minimumWidth() > small.buttons["undo"].minimumWidth()
    assert "font-size: 21px" in big.styleSheet()  # 14 px words become 21 px
    store.close()
