"""The Qt-free pointer, gesture and walking logic of the editor."""

from __future__ import annotations

import pytest

from junior_planner.services import library
from junior_planner.ui.editor.gestures import Twist, pair_motion
from junior_planner.ui.editor.tools import PointerTool, snap
from junior_planner.ui.editor.walk import ChildWalk


def test_snap_rounds_to_half_metres():
    """Blocks land on the 0.5 m grid by default."""
    assert snap(1.24) == 1.0 and snap(1.26) == 1.5 and snap(-0.74) == -0.5


def test_armed_block_ghosts_then_places_where_released():
    """With a block chosen, the ghost follows the pointer and the release places it, snapped."""
    tool = PointerTool()
    tool.arm("bench")
    assert tool.move((0, 0), (1.1, 2.2)).kind == "ghost"
    assert tool.press((10, 10), (1.1, 2.2)).kind == "ghost"
    out = tool.release((10, 10), (3.3, 4.4))
    assert (out.kind, out.x, out.y, out.block_type) == ("place", 3.5, 4.5, "bench")


def test_snap_off_keeps_exact_position():
    """Switching snap off places blocks exactly under the pointer."""
    tool = PointerTool(snapping=False)
    tool.arm("tree")
    tool.press((0, 0), (1.23, 4.56))
    out = tool.release((0, 0), (1.23, 4.56))
    assert (out.x, out.y) == (1.23, 4.56)


def test_drag_on_block_moves_it_keeping_the_grab_offset_and_one_merge_key():
    """A drag moves the block (not its corner to the pointer) and all moves share one merge key."""
    tool = PointerTool()
    assert tool.press((100, 100), (1.0, 1.0), "b1", (2.0, 1.0)).kind == "select"
    assert tool.move((102, 101), (1.1, 1.0)).kind == "none"  # below the drag threshold
    first = tool.move((120, 100), (3.0, 1.0))
    second = tool.move((140, 100), (5.0, 2.0))
    assert (first.kind, first.x, first.y) == ("move", 4.0, 1.0)
    assert (second.x, second.y) == (6.0, 2.0)
    assert first.merge_key == second.merge_key is not None
    assert tool.release((140, 100), (5.0, 2.0)).kind == "drop"
    tool.press((100, 100), (1.0, 1.0), "b1", (6.0, 2.0))
    assert tool.move((130, 100), (2.0, 1.0)).merge_key != first.merge_key


def test_click_on_ground_deselects_but_dragging_ground_is_the_cameras():
    """A click on empty ground deselects; a drag there orbits and keeps the selection."""
    tool = PointerTool()
    tool.selected = "b1"
    assert tool.press((0, 0), (0, 0)).kind == "camera"
    assert tool.move((50, 0), (5, 0)).kind == "camera"
    assert tool.release((50, 0), (5, 0)).kind == "camera" and tool.selected == "b1"
    tool.press((0, 0), (0, 0))
    assert tool.release((1, 1), (0, 0)).kind == "deselect" and tool.selected is None


def test_pair_motion_measures_pan_pinch_and_twist():
    """Two fingers: centre movement, spread ratio and counter-clockwise turn in degrees."""
    m = pair_motion(((0, 0), (100, 0)), ((10, 0), (210, 0)))
    assert m.dx == pytest.approx(60) and m.spread == pytest.approx(2.0) and m.turn == pytest.approx(0)
    m = pair_motion(((0, 0), (100, 0)), ((0, 0), (0, -100)))  # screen y down: up is counter-clockwise
    assert m.turn == pytest.approx(90)


def test_twist_hands_out_whole_15_degree_steps():
    """A twist turns in 15-degree steps and keeps the remainder for later."""
    twist = Twist()
    assert twist.add(10) == 0 and twist.add(10) == 1 and twist.add(-25) == -1


def test_child_walk_stops_at_a_building_and_at_the_edge():
    """The child-eye walker cannot enter a building zone nor leave the site."""
    walk = ChildWalk(library.site("courtyard"))
    walk.heading = 90.0
    moved = [walk.step(1.0) for _ in range(60)]
    assert not moved[-1] and walk.y < 23.5 - 0.29
    walk = ChildWalk(library.site("practice-lawn"))
    walk.heading = 0.0
    while walk.step(1.0):
        pass
    assert walk.x < 30


def test_child_walk_stops_at_a_placed_block():
    """Walking at a child's height cannot pass through a placed bench; without it the way is free."""

    from junior_planner.model.geometry import footprint_corners
    from junior_planner.services import library
    from junior_planner.ui.editor.walk import ChildWalk

    bench = footprint_corners(0.0, 2.0, 1.8, 0.6, 0.0)
    walk = ChildWalk(library.site("practice-lawn"), lambda x, y, r: [bench])
    walk.x, walk.y, walk.heading = 0.0, 0.0, 90.0
    assert walk.step(1.0)            # to y = 1.0: the bench's edge is at 1.7, the body 0.3 away
    assert not walk.step(1.0)        # into the bench: refused, position kept
    assert abs(walk.x) < 1e-9 and abs(walk.y - 1.0) < 1e-9
    free = ChildWalk(library.site("practice-lawn"))
    free.x, free.y, free.heading = 0.0, 0.0, 90.0
    assert free.step(1.0) and free.step(1.0)
