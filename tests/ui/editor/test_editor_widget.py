"""The 3D editor by mouse, keyboard and touch: what a child does and what ends up stored."""

from __future__ import annotations

import math

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QInputDevice
from PySide6.QtTest import QTest

from junior_planner.model.commands import PlaceBlock
from junior_planner.services import library
from tests.helpers import block
from tests.ui.editor.conftest import open_editing

pytestmark = pytest.mark.gl


def _drag(qtbot, view, start: QPoint, end: QPoint, steps: int = 8) -> None:
    QTest.mousePress(view, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, start)
    for i in range(1, steps + 1):
        p = start + (end - start) * (i / steps)
        QTest.mouseMove(view, p)
    QTest.mouseRelease(view, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, end)


def _touchscreen():
    return QTest.createTouchDevice(QInputDevice.DeviceType.TouchScreen)


def test_palette_shows_every_catalog_block(editing):
    """Every block of the catalog has a picture button (>= 64 px) and every category a tab."""
    catalog = library.load_catalog()
    palette = editing.widget.palette
    assert set(palette.buttons) == set(catalog.blocks)
    assert set(palette.category_buttons) == set(catalog.categories)
    for button in palette.buttons.values():
        assert button.width() >= 64 and button.height() >= 64 and not button.icon().isNull()


def test_click_places_block_at_the_clicked_ground_point(editing):
    """Choosing a block and clicking a pixel places it where that pixel shows the ground."""
    editing.choose("bench")
    target = editing.pixel(5.0, 5.0)
    QTest.mouseMove(editing.view, target)
    QTest.mouseClick(editing.view, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, target)
    blocks = list(editing.stored().blocks.values())
    assert len(blocks) == 1
    assert blocks[0].block_type == "bench"
    assert math.dist((blocks[0].x, blocks[0].y), (5.0, 5.0)) <= 0.1
    assert editing.widget.selected == blocks[0].uuid  # the new block is selected, ready to turn
    assert editing.widget.tool.armed is None


def test_refused_placement_on_the_path_changes_nothing_and_says_why(editing):
    """Placing on the practice lawn's path (y 20..22) is refused: nothing stored, a message shows."""
    editing.choose("bench")
    target = editing.pixel(0.0, 21.0)
    QTest.mouseMove(editing.view, target)
    assert editing.widget.message.isVisible() and editing.widget.message.code == "path"
    QTest.mouseClick(editing.view, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, target)
    assert editing.stored().blocks == {}
    assert editing.widget.message.isVisible() and editing.widget.message.code == "path"
    assert "walk" in editing.widget.message.text.text()


def test_refused_placement_on_another_block(editing):
    """Placing onto an existing block is refused as too close and leaves the store as it was."""
    editing.editor.execute(PlaceBlock(block=block("bench", 0.0, 0.0)))
    before = editing.stored().blocks
    editing.choose("picnic-table")
    target = editing.pixel(0.0, 0.0)
    QTest.mouseMove(editing.view, target)
    QTest.mouseClick(editing.view, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, target)
    assert editing.stored().blocks == before
    assert editing.widget.message.code == "too-close"


def test_drag_moves_a_block_in_one_undo_step_and_undo_restores(editing):
    """Dragging a block moves it where the pointer went; one Ctrl+Z puts it back."""
    bench = block("bench", 0.0, 0.0)
    editing.editor.execute(PlaceBlock(block=bench))
    _drag(editing.qtbot, editing.view, editing.pixel(0.0, 0.0), editing.pixel(6.0, 3.0))
    moved = editing.stored().blocks[bench.uuid]
    assert math.dist((moved.x, moved.y), (6.0, 3.0)) <= 0.1
    assert editing.widget.selected == bench.uuid
    assert editing.widget.buttons["undo"].isEnabled()
    QTest.keyClick(editing.view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    back = editing.stored().blocks[bench.uuid]
    assert (back.x, back.y) == (0.0, 0.0)
    QTest.keyClick(editing.view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert editing.stored().blocks == {}  # the next undo takes away the placement itself
    assert not editing.widget.buttons["undo"].isEnabled() and editing.widget.buttons["redo"].isEnabled()
    QTest.keyClick(editing.view, Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier)
    assert bench.uuid in editing.stored().blocks


def test_drag_onto_the_path_keeps_the_last_good_place(editing):
    """A drag that ends on refused ground leaves the block at the last place it fitted."""
    bench = block("bench", 0.0, 15.0)
    editing.editor.execute(PlaceBlock(block=bench))
    _drag(editing.qtbot, editing.view, editing.pixel(0.0, 15.0), editing.pixel(0.0, 21.0), steps=12)
    kept = editing.stored().blocks[bench.uuid]
    assert 15.0 <= kept.y < 20.0
    assert editing.widget.message.code == "path"


def test_tool_buttons_turn_resize_copy_and_delete(editing, qtbot):
    """The big buttons act on the selected block, each one undoable step."""
    bench = block("bench", 0.0, 0.0)
    editing.editor.execute(PlaceBlock(block=bench))
    QTest.mouseClick(editing.view, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, editing.pixel(0.0, 0.0))
    assert editing.widget.selected == bench.uuid
    buttons = editing.widget.buttons
    qtbot.mouseClick(buttons["turn-left"], Qt.MouseButton.LeftButton)
    assert editing.stored().blocks[bench.uuid].yaw == pytest.approx(15.0)
    qtbot.mouseClick(buttons["bigger"], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(buttons["bigger"], Qt.MouseButton.LeftButton)
    assert editing.stored().blocks[bench.uuid].scale == pytest.approx(1.5)  # the bench's largest
    assert not buttons["bigger"].isEnabled()
    qtbot.mouseClick(buttons["copy"], Qt.MouseButton.LeftButton)
    assert len(editing.stored().blocks) == 2
    QTest.keyClick(editing.view, Qt.Key.Key_Delete)
    assert list(editing.stored().blocks) == [bench.uuid]
    QTest.mouseClick(editing.view, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, editing.pixel(-20.0, -20.0))
    assert editing.widget.selected is None and not buttons["delete"].isEnabled()


def test_dragging_empty_ground_orbits_the_camera(editing):
    """With no block chosen, a drag on the ground turns the camera and changes nothing."""
    azimuth = editing.view.opts["azimuth"]
    _drag(editing.qtbot, editing.view, QPoint(300, 500), QPoint(450, 500))
    assert editing.view.opts["azimuth"] != azimuth
    assert editing.stored().blocks == {}


def test_pinch_changes_the_camera_distance(editing):
    """Two fingers moving apart zoom in (the camera comes closer)."""
    device = _touchscreen()
    view = editing.view
    before = view.opts["distance"]
    QTest.touchEvent(view, device).press(0, QPoint(400, 400), view).press(1, QPoint(500, 400), view).commit()
    for step in range(1, 6):
        QTest.touchEvent(view, device).move(0, QPoint(400 - 20 * step, 400), view).move(1, QPoint(500 + 20 * step, 400), view).commit()
    QTest.touchEvent(view, device).release(0, QPoint(300, 400), view).release(1, QPoint(600, 400), view).commit()
    assert view.opts["distance"] < before * 0.6
    assert editing.stored().blocks == {}


def test_two_finger_twist_rotates_the_selected_block_in_15_degree_steps(editing):
    """A two-finger twist turns the selected block by whole 15-degree steps, as one undo step."""
    bench = block("bench", 0.0, 0.0)
    editing.editor.execute(PlaceBlock(block=bench))
    editing.widget.select(bench.uuid)
    device = _touchscreen()
    view = editing.view
    centre, radius = QPoint(400, 400), 80

    def at(angle_deg):
        a = math.radians(angle_deg)
        dx, dy = round(radius * math.cos(a)), -round(radius * math.sin(a))
        return centre + QPoint(dx, dy), centre - QPoint(dx, dy)

    a, b = at(0)
    QTest.touchEvent(view, device).press(0, a, view).press(1, b, view).commit()
    for angle in (10, 20, 30, 40):  # counter-clockwise on screen
        a, b = at(angle)
        QTest.touchEvent(view, device).move(0, a, view).move(1, b, view).commit()
    QTest.touchEvent(view, device).release(0, a, view).release(1, b, view).commit()
    assert editing.stored().blocks[bench.uuid].yaw == pytest.approx(30.0)
    editing.widget.undo()
    assert editing.stored().blocks[bench.uuid].yaw == pytest.approx(0.0)


def test_one_finger_drags_a_block_and_taps_place(editing):
    """By touch: a tap places the chosen block; one finger on a block drags it; no double handling."""
    device = _touchscreen()
    view = editing.view
    editing.choose("bench")
    p = editing.pixel(-5.0, -5.0)
    QTest.touchEvent(view, device).press(0, p, view).commit()
    QTest.touchEvent(view, device).release(0, p, view).commit()
    blocks = list(editing.stored().blocks.values())
    assert len(blocks) == 1 and math.dist((blocks[0].x, blocks[0].y), (-5.0, -5.0)) <= 0.1
    start, end = editing.pixel(-5.0, -5.0), editing.pixel(2.0, -5.0)
    QTest.touchEvent(view, device).press(0, start, view).commit()
    for i in range(1, 9):
        QTest.touchEvent(view, device).move(0, start + (end - start) * (i / 8), view).commit()
    QTest.touchEvent(view, device).release(0, end, view).commit()
    moved = editing.stored().blocks[blocks[0].uuid]
    assert math.dist((moved.x, moved.y), (2.0, -5.0)) <= 0.1
    assert len(editing.stored().blocks) == 1


def test_child_eye_walks_at_one_metre_and_stops_at_a_building(qtbot, data_dir):
    """On the courtyard, the child-eye camera stays 1.0 m above the ground and cannot walk into
    the building north of the start."""
    e = open_editing(qtbot, data_dir, site="courtyard")
    try:
        widget = e.widget
        qtbot.mouseClick(widget.buttons["view"], Qt.MouseButton.LeftButton)
        assert e.view.mode == "child" and widget.walkpad.isVisible()
        widget.walk.heading = 90.0
        for _ in range(50):
            qtbot.mouseClick(widget.walk_buttons["forward"], Qt.MouseButton.LeftButton)
        assert widget.walk.y < 23.5  # the building starts at y = 23.5
        assert widget.message.code == "bump"
        x, y = widget.walk.x, widget.walk.y
        assert not widget.step(1.0) and (widget.walk.x, widget.walk.y) == (x, y)
        eye = e.view.eye_position()
        assert eye[2] == pytest.approx(e.view.ground_height(x, y) + 1.0, abs=0.01)
        assert math.dist(eye[:2], (x, y)) < 0.01
        qtbot.mouseClick(widget.walk_buttons["left"], Qt.MouseButton.LeftButton)
        assert widget.walk.heading == pytest.approx(120.0)
        qtbot.mouseClick(widget.buttons["view"], Qt.MouseButton.LeftButton)
        assert e.view.mode == "orbit" and not widget.walkpad.isVisible()
    finally:
        widget.close()
        e.store.close()


def test_placing_on_lakeside_terrain_follows_the_ground(qtbot, data_dir):
    """On a site with a 3D model, a click places the block at the clicked point, at ground height."""
    e = open_editing(qtbot, data_dir, site="lakeside-park")
    try:
        e.choose("tree")
        target = e.pixel(-10.0, -10.0)
        QTest.mouseMove(e.view, target)
        QTest.mouseClick(e.view, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, target)
        blocks = list(e.stored().blocks.values())
        assert len(blocks) == 1, e.widget.message.code
        assert math.dist((blocks[0].x, blocks[0].y), (-10.0, -10.0)) <= 0.1
        assert blocks[0].z == pytest.approx(e.view.ground_height(blocks[0].x, blocks[0].y), abs=0.01)
    finally:
        e.widget.close()
        e.store.close()


def test_walking_passes_over_a_crossing_but_not_through_a_bench(qtbot, data_dir):
    """In the editor, the walk's obstacles are the placed blocks taller than a kerb."""
    from junior_planner.model.commands import PlaceBlock
    from junior_planner.model.entities import PlacedBlock, new_id
    from tests.ui.editor.conftest import open_editing

    e = open_editing(qtbot, data_dir)
    e.editor.execute(PlaceBlock(block=PlacedBlock(uuid=new_id(), block_type="bench", x=0.0, y=3.0, variant="")))
    e.editor.execute(PlaceBlock(block=PlacedBlock(uuid=new_id(), block_type="sandpit", x=5.0, y=3.0, variant="")))
    near = list(e.widget._solid_blocks_near(2.5, 3.0, 5.0))
    assert len(near) == 1  # the bench (0.9 m) blocks; the sandpit (0.3 m) can be walked over
    e.widget.close()
    e.store.close()
